"""Kinds of question the held-out peatland base (session 11's base 9, kept outside the
repo) answered wrongly, each asked in wording invented for the test on another fixture.
"""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered
from tests.kbpaths import KB_SEEDBANK


@pytest.fixture(scope="module")
def seedbank() -> Engine:
    return Engine(Index(load_knowledge(KB_SEEDBANK)))


# --- a body of the organisation: its chair, never the organisation's top job ----------


@pytest.mark.parametrize(
    ("question", "holder", "not_holder"),
    [
        # Pieter VAN DAM chairs the HSN board from 2022; Ingrid HALVORSEN is then its
        # Executive Director (the top job), and chairs the board only from 2025.
        ("who headed the HSN board in 2023?", "VAN DAM", "HALVORSEN"),
        ("in 2023, who was leading the HSN's board?", "VAN DAM", "HALVORSEN"),
    ],
)
def test_who_led_a_board_is_its_chair(
    seedbank: Engine, question: str, holder: str, not_holder: str
) -> None:
    lead = answered(seedbank, question).split("\n")[1]
    assert holder in lead and not_holder not in lead, lead
