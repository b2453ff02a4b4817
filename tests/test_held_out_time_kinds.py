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


# --- tenures: when someone left a post, how long they held a title --------------------


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("when did Daniel Hartmann leave the Digital Trade Alliance?", "December 31, 2021"),
        ("when did Priya Raman stop being director of research?", "December 31, 2025"),
    ],
)
def test_when_someone_left_a_post(
    five: Engine, textile: Engine, question: str, wanted: str
) -> None:
    engine = five if "Hartmann" in question else textile
    reply = answered(engine, question, wanted)
    assert wanted in reply.split("\n")[1], reply  # it leads the answer


def test_how_long_a_title_was_held_from_its_stated_start_to_its_end(textile: Engine) -> None:
    # Start: the founding appointment (2017-05-15); end: the role's ended date.
    answered(textile, "for how many years was Oyelaran Chair of the Board?", "Four years")


def test_a_title_still_held_lasts_at_least_to_the_newest_release(textile: Engine) -> None:
    reply = answered(textile, "how long has Virtanen been the Secretary-General?", "At least two")
    assert "2024" in reply, reply  # from its stated start, not the release announcing it


def test_a_stated_term_beats_a_start_the_releases_do_not_give(five: Engine) -> None:
    # Hartmann's first release (2019) is not his start; the release states six years.
    reply = answered(five, "how long was Daniel Hartmann the DTA president?", "Six years")
    assert "Two years" not in reply, reply
