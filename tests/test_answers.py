"""Answer-quality cases, each as its own test.

``answers.json`` is a copy of ``shared/eval/answers.json``. ``heldout_team*.json`` were
written by teammates who had not read the code (other wordings, chat phrasing, typos,
aliases, abstentions), in the same format, to check that the behaviour is general
rather than fitted. Each set was first run blind, then kept as a regression test.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot import limits
from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.render.text import render_text
from tests.conftest import DATA

CASES: list[dict[str, Any]] = [
    case
    for name in ("answers.json", "heldout_team.json", "heldout_team2.json", "heldout_team3.json")
    for case in json.loads((DATA / name).read_text(encoding="utf-8"))["cases"]
]
# Known gaps: kinds of question the engine does not understand yet (none today).
KNOWN_GAPS: dict[str, str] = {}


def _param(case: dict[str, Any]) -> Any:
    reason = KNOWN_GAPS.get(case["msg"])
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, id=case["msg"], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_answer_quality(engine: Engine, case: dict[str, Any]) -> None:
    answer = engine.handle(case["msg"])
    reply = render_text(answer)
    assert answer.status.value in case["status"], reply
    for group in case.get("all", []):
        assert any(alt.casefold() in reply.casefold() for alt in group), (group, reply)
    for banned in case.get("none", []):
        assert banned.casefold() not in reply.casefold(), (banned, reply)
    assert len(reply) <= limits.MESSAGE_CHARS
    if answer.status is Status.ANSWERED:
        assert answer.citations, reply
        assert "Source: PR Newswire, Hangzhou, China, 2018-04-21" in reply
