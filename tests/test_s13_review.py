"""Session 13's reviewer findings on its new executors, each a wrong answer a user got.

On the committed fixture bases kb_foodrescue (the newcomer's food-rescue releases) and
kb_microgrid (blind base 20), in wording no case set uses.
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered, ask
from tests.kbpaths import KB_FOODRESCUE, KB_MICROGRID


@pytest.fixture(scope="module")
def food() -> Engine:
    return Engine(Index(load_knowledge(KB_FOODRESCUE)))


@pytest.fixture(scope="module")
def microgrid() -> Engine:
    return Engine(Index(load_knowledge(KB_MICROGRID)))


def test_a_sum_written_with_a_dollar_sign_names_its_giver(food: Engine) -> None:
    # "committing a further $600,000": no word boundary sits between a space and "$".
    reply = answered(food, "who are fresh rescue's funders?", "Marlow")
    assert "**Marlow" in reply


def test_funded_by_names_the_funders_of_the_sentence_s_subject_only(microgrid: Engine) -> None:
    # "X is … launched by H and funded by A and B": A and B fund X, not H.
    reply = ask(microgrid, "who are the funders of halcyon grid partners?").reply
    assert "**Pacific Island Energy Fund and Koro Sea Trust**" not in reply


def test_who_left_since_a_year_leaves_out_earlier_departures(food: Engine) -> None:
    asked = ask(food, "who has left the kestrel valley food bank network since 2024?")
    assert "Dana Whitfield" not in asked.reply or asked.status is not Status.ANSWERED
    answered(food, "who has left the kestrel valley food bank network?", "Dana Whitfield")


def test_a_head_of_something_at_a_funded_company_is_no_round_lead(food: Engine) -> None:
    reply = ask(food, "who is frostlane's head of investment?").reply
    assert "Cascadia" not in reply
    answered(food, "which firm led frostlane's series a round?", "Cascadia")
