"""Faults found reviewing session 11's merged changes, each asked in words of its own."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered
from tests.kbpaths import KB_HYHAUL


@pytest.fixture(scope="module")
def hyhaul() -> Engine:
    return Engine(Index(load_knowledge(KB_HYHAUL)))


@pytest.mark.parametrize(
    "question",
    [
        "when did the Green Corridor launch for the first time?",
        "in what year did the Green Corridor launch for freight trains?",
    ],
)
def test_an_event_named_with_its_verb_is_still_dated(hyhaul: Engine, question: str) -> None:
    # "The Green Corridor launch" is an event's name: the verb went into it, and the
    # word after "for" ("time", "freight") is no event that a sentence must state.
    answered(hyhaul, question, "2021")


def test_a_change_between_releases_reads_a_figures_scale(hyhaul: Engine) -> None:
    # "1.1 million kilometres" is 1,100,000: read as 1.1, the change from 1,200 came out
    # as a confident -1,198.9. The releases are named by their datelines (2019, 2023).
    reply = answered(
        hyhaul,
        "how much did the kilometres grow between the Kessington release and the Harwick one?",
        "1,100,000",
    )
    assert reply.splitlines()[1].startswith("**+"), reply


def test_warm_builds_the_titles_at_an_organisations_unit() -> None:
    # Index.unit_roles reads every role of the base (one name lookup per "… of …"
    # title): at 100,000 entities that is for the snapshot's thread, not a user's question.
    engine = Engine(Index(load_knowledge(KB_HYHAUL)))
    assert "unit_roles" not in vars(engine.index)
    engine.warm()
    assert "unit_roles" in vars(engine.index)
