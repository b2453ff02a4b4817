"""Kinds that failed on dev set 9 (issue 10), each asked on the five-release fixture
(tests/fixtures/kb_five) or the bundled release in wording invented for the test.
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import ask
from tests.kbpaths import KB_FIVE


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


# --- the holder of a title at an event's date, never today's ------------------------------


@pytest.mark.parametrize(
    ("question", "holder", "not_holder"),
    [
        # The Kigali launch (2019): Hartmann; Okafor became President only in 2022.
        (
            "who led the Alliance as president when the launch ceremony took place?",
            "HARTMANN",
            "OKAFOR",
        ),
        # The "presidency" is the President's office; Lina Ma took her title in July 2021.
        (
            "who had the DTA presidency at the time Lina Ma became programme director?",
            "HARTMANN",
            "OKAFOR",
        ),
        # The Kuala Lumpur campus opening (March 2022): Okafor, from January 1, 2022.
        ("who was the Alliance's president when the Asian campus opened?", "OKAFOR", "HARTMANN"),
    ],
)
def test_the_holder_at_an_event_is_the_one_in_force_then(
    five: Engine, question: str, holder: str, not_holder: str
) -> None:
    status, reply, _ = ask(five, question)
    assert status is Status.ANSWERED, reply
    head = reply.split("\n")[1]
    assert holder in head and not_holder not in head, reply


def test_a_holder_at_an_undated_event_is_not_todays(five: Engine) -> None:
    status, reply, _ = ask(
        five, "who was the Academy's programme director when the partners met in Hangzhou in 2024?"
    )
    assert status is Status.NOT_FOUND, reply
    assert "Lina" not in reply, reply


# --- a release picked by where it was sent from --------------------------------------


@pytest.mark.parametrize(
    ("question", "dateline", "other"),
    [
        # Geneva is also a place the 2019 release mentions; only the 2021 one is sent from it.
        ("which announcement was sent from Geneva?", "Geneva, Switzerland, 2021-06-08", "Kigali"),
        # By country: the Kuala Lumpur release.
        ("which press release was issued from Malaysia?", "Kuala Lumpur, Malaysia", "Kigali"),
    ],
)
def test_a_release_by_its_dateline(five: Engine, question: str, dateline: str, other: str) -> None:
    status, reply, _ = ask(five, question)
    assert status is Status.ANSWERED and dateline in reply, reply
    assert other not in reply, reply
