"""Kinds that session 11's newcomer trial (tests/fixtures/kb_floodsms, "who directs the
Hydrology Lab?") found misread (issues 10 and 12), each asked here in other words on
another base: a verb naming an office ("who presides over X?", bot/vocab/office_verbs.yaml)
asks for the holder of that title now, never a sentence naming an earlier holder.
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered, ask
from tests.kbpaths import KB_FIVE


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


def test_an_office_verb_asks_for_the_titles_holder_now(five: Engine) -> None:
    # Daniel HARTMANN was President until 2021-12-31; Amara OKAFOR is President since 2022.
    reply = answered(five, "who presides over the Digital Trade Alliance?", "Amara OKAFOR")
    assert "HARTMANN is the President" not in reply
    answered(five, "who presided over the Digital Trade Alliance in 2020?", "Daniel HARTMANN")


def test_who_was_quoted_in_a_year_names_that_years_speakers_only(five: Engine) -> None:
    reply = answered(five, "which people were quoted in 2022?", "Lina MA", "Nurul AZIZ")
    assert "LI Yong" not in reply and "Jack MA" not in reply
    # The title the 2022 release gives, not the newest one.
    assert "President, Digital Trade Alliance (as of 2022-03-15)" in reply
    missing = ask(five, "who was quoted in 2020?")
    assert missing.status is Status.NOT_FOUND
    assert "2019, 2021" in missing.reply


def test_a_speech_act_verb_asks_for_the_speakers_words(five: Engine) -> None:
    answered(five, "what has Lina MA promised?", "Lina MA", "“")
    answered(five, "what did Amara OKAFOR warn?", "Amara OKAFOR", "“")
