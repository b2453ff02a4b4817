"""An age "when X launched Y" is dated by Y's start, never by the founding of X, which
launched it (review of session 9: the first thing the clause named was taken)."""

from __future__ import annotations

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.kbpaths import KB_WILDFIRE


def test_age_when_one_thing_launched_another_is_dated_by_the_launch() -> None:
    wildfire = Engine(Index(load_knowledge(KB_WILDFIRE)))
    # Halvard Mutual (1887) when the agency (1958) launched SmokeLine (2017).
    text = wildfire.handle(
        "How old was Halvard Mutual when the Tallwood Forestry Agency launched SmokeLine?"
    ).text
    lead = text.split("\n")[0]
    assert "2017" in lead and "1958" not in lead, text
    alone = wildfire.handle("How old was Orbisight Space when SmokeLine launched?").text
    assert "2017 − 2012" in alone, alone
