""" "When did the members last meet?" with no sentence saying "met": the newest of the
subject's gatherings (an assembly, a forum, a summit) answers, the earlier ones as
history (``recent.RecentAnswers._gatherings``)."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.kbpaths import KB_SEEDBANK


@pytest.fixture(scope="module")
def seedbank() -> Engine:
    return Engine(Index(load_knowledge(KB_SEEDBANK)))


@pytest.mark.parametrize(
    "question",
    [
        "when did the Highland Seed Network members last convene?",
        "on what date did the HSN's members most recently gather?",
    ],
)
def test_the_newest_gathering(seedbank: Engine, question: str) -> None:
    answer = seedbank.handle(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith("**Last:** Thursday, September 15, 2022")
    assert "2017-09-14" in answer.text
