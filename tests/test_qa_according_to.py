""" "According to <speaker>, …?" asks for the speaker's words (``query``: the speaker
named after "according to"), and a quote about every thing the question names answers
when its words are worded otherwise ("cooperate" for "share a cold chain")."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.kbpaths import KB_COLDCHAIN


@pytest.fixture(scope="module")
def coldchain() -> Engine:
    return Engine(Index(load_knowledge(KB_COLDCHAIN)))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "according to Joseph Banda, why should Tessara and Ruvania cooperate?",
            "share a cold chain",
        ),
        ("according to Ibrahim Sow, why back the solar fridges?", "no grid and no diesel"),
    ],
)
def test_according_to_a_speaker(coldchain: Engine, question: str, said: str) -> None:
    answer = coldchain.handle(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert said in answer.text
