"""Confidently wrong answers found by blind set 7 (issue 10), each asked on the
five-release fixture (tests/fixtures/kb_five) in wording invented for the test.
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import ask as _ask
from tests.kbpaths import KB_FIVE


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


# --- releases counted by how they reached their wire -----------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("how many releases were sent out through GlobeNewswire?", "**One** of the five"),
        ("how many of the releases got distributed via PR Newswire?", "**Three** of the five"),
    ],
)
def test_a_wire_verb_is_no_topic(five: Engine, question: str, lead: str) -> None:
    status, reply, _ = _ask(five, question)
    assert status is Status.ANSWERED and lead in reply, reply


def test_a_count_by_an_unknown_word_is_not_a_confident_none(five: Engine) -> None:
    status, reply, _ = _ask(five, "how many releases were frobulated by Business Wire?")
    assert status is Status.NOT_FOUND and "None" not in reply, reply
    assert '"frobulated"' in reply, reply


# --- a title judged at an event's date, not today ---------------------------------------


def test_a_title_still_held_when_an_event_happened(five: Engine) -> None:
    status, reply, _ = _ask(
        five,
        "was Daniel Hartmann still the alliance's president when the trust committed its money?",
    )
    assert status is Status.ANSWERED and reply.startswith("**was") and "**Yes.**" in reply, reply
    assert "not now" not in reply and "2021" in reply, reply


def test_a_title_ended_before_the_event(five: Engine) -> None:
    status, reply, _ = _ask(
        five, "did Hartmann still lead the alliance at the time of the Kuala Lumpur campus opening?"
    )
    assert status is Status.ANSWERED and "**No.**" in reply and "ended before then" in reply, reply
    assert "March 15, 2022" in reply, reply


# --- the title asked selects which start dates an end -----------------------------------


def test_the_title_asked_dates_the_start(five: Engine) -> None:
    status, reply, _ = _ask(
        five,
        "how many days after the trust's grant did Lina Ma take up the programme director post?",
    )
    assert status is Status.ANSWERED and "2021-07-01" in reply, reply
    assert "2024-06-01" not in reply, reply


# --- the time the releases span ---------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("how long is it between the earliest and the latest announcement?", "**Six years**"),
        ("how many months lie between the first release and the most recent one?", "**72 months**"),
    ],
)
def test_the_span_of_the_releases_is_computed(five: Engine, question: str, head: str) -> None:
    status, reply, sources = _ask(five, question)
    assert status is Status.ANSWERED and head in reply, reply
    assert sorted(s[:10] for s in sources) == ["2018-04-21", "2024-05-08"], sources


# --- where a figure comes from: the releases stating it ---------------------------------


def test_where_a_figure_comes_from_is_the_release_stating_it(five: Engine) -> None:
    status, reply, sources = _ask(five, "where does that 5,100 number come from, for a memo?")
    assert status is Status.ANSWERED and "5,100 entrepreneurs" in reply, reply
    assert [s[:10] for s in sources] == ["2021-06-08"], sources


def test_a_figure_no_release_states_is_not_found(five: Engine) -> None:
    status, reply, _ = _ask(five, "what's the source of the 73,210 figure?")
    assert status is Status.NOT_FOUND and "73,210" in reply, reply


# --- a count for one place the releases give only for several together -----------------


def test_a_group_figure_is_not_one_places_figure(five: Engine) -> None:
    status, reply, _ = _ask(five, "how many of the academy's trainees were from Ethiopia?")
    assert status is Status.NOT_FOUND and "no figure for Ethiopia alone" in reply, reply
