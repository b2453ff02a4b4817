"""Kinds of time question the held-out textile base (session 4's sealed base 7, now
tests/fixtures/kb_textile) showed failing, each asked in wording invented for the test,
on that base or on the five-release fixture (tests/fixtures/kb_five).
"""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered
from tests.kbpaths import KB_FIVE, KB_TEXTILE


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


@pytest.fixture(scope="module")
def textile() -> Engine:
    return Engine(Index(load_knowledge(KB_TEXTILE)))


# --- the title in force in a year, at an organisation named by a shared acronym --------


@pytest.mark.parametrize(
    "question",
    [
        "who was the chair of the FRA board back in 2018?",
        "in 2020 who was chair of the FRA's board?",
    ],
)
def test_title_in_a_year_at_a_shared_acronym(textile: Engine, question: str) -> None:
    # The acronym is settled by the question's other words only after its title is read.
    reply = answered(textile, question, "OYELARAN")
    assert "LINDQVIST" not in reply.split("\n[1]")[0], reply
