"""A word that announces only as a verb ("share", "report", "release", "put") asks for a
day's release only as a verb: "what was the Academy's share of women on May 8, 2024?"
asks a figure, not what the Academy shared that day (review of session 9)."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.kbpaths import KB_FIVE

_RELEASE_HEAD = "**Business Wire, Hangzhou"


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


@pytest.mark.parametrize(
    "message",
    [
        "What was the Academy's share of women on May 8, 2024?",
        "What was in the Academy's annual report on May 8, 2024?",
    ],
)
def test_a_noun_asked_on_a_release_day_is_no_announcement(five: Engine, message: str) -> None:
    body = five.handle(message).text
    assert not body.startswith(_RELEASE_HEAD), body


@pytest.mark.parametrize(
    "message",
    [
        "What did the Academy share on May 8, 2024?",
        "What was reported on May 8, 2024?",
        "What did the Academy announce on May 8, 2024?",
    ],
)
def test_the_verb_asks_the_days_release(five: Engine, message: str) -> None:
    body = five.handle(message).text
    assert body.startswith(_RELEASE_HEAD), body
