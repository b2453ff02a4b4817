"""Asking the engine or the `partnerbot ask` front door from tests, defined once.

``ask`` answers through an ``Engine`` (no process, no I/O); ``ask_json`` runs
``partnerbot ask --json -`` in-process, one message a line, as a script would.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from bot.cli.main import main
from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.render.text import render_text
from tests.kbpaths import KB_FIVE


class Asked(NamedTuple):
    """One answer as tests read it: its status, the plain-text reply and the source ids
    it cites, in citation order."""

    status: Status
    reply: str
    sources: list[str]


def ask(engine: Engine, message: str) -> Asked:
    """``message`` answered by ``engine``; fails the test when an ``answered`` reply
    cites nothing (every answer must cite its releases)."""
    answer = engine.handle(message)
    if answer.status is Status.ANSWERED:
        assert answer.citations, message
    return Asked(answer.status, render_text(answer), [c.source_id for c in answer.citations])


def answered(engine: Engine, message: str, *wanted: str) -> str:
    """The reply to ``message``, which must be ``answered``, cited, and contain every one
    of ``wanted`` (case-blind)."""
    answer = engine.handle(message)
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert answer.citations, reply
    for text in wanted:
        assert text.casefold() in reply.casefold(), (text, reply)
    return reply


def ask_json(
    messages: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    knowledge: Path = KB_FIVE,
    today: dt.date | None = None,
) -> list[dict[str, Any]]:
    """``partnerbot ask --json --knowledge DIR [--today DATE] -`` with one message a
    line: one JSON object per message. Fails the test on a non-zero exit code."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(messages) + "\n"))
    dated = ["--today", today.isoformat()] if today else []
    code = main(["ask", "--json", "--knowledge", str(knowledge), *dated, "-"])
    out, _ = capsys.readouterr()
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]
