""" "Name the execs who met in Kigali and give me their titles": chat's short forms of
people nouns ("execs", "reps", "bosses") name people as "executives" does, so the order
is read as "which people met …, and their titles" (``read._PEOPLE_NOUNS``)."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.kbpaths import KB_FIVE


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


def test_execs_are_people(five: Engine) -> None:
    answer = five.handle("name the execs who met in Kigali in 2019 and give me their titles")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith("**Monday, November 11, 2019:**")
    assert "don't answer" not in answer.text
