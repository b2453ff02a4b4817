""" "Where were the offtake agreements signed, each time?": "each time", "both times",
"on both occasions" ask for each one (the plural already does) and name nothing to
look up, so they are read away (``read._EACH_TIME``)."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.kbpaths import KB_TEXTILE


@pytest.fixture(scope="module")
def textile() -> Engine:
    return Engine(Index(load_knowledge(KB_TEXTILE)))


@pytest.mark.parametrize(
    "question",
    [
        "where were the offtake agreements signed, each time?",
        "where were the offtake agreements signed on both occasions?",
    ],
)
def test_each_time_names_nothing(textile: Engine, question: str) -> None:
    answer = textile.handle(question)
    plain = textile.handle("where were the offtake agreements signed?")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text == plain.text
