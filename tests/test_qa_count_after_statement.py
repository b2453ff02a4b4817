""" "The KL campus teaches in several languages - how many?": a statement with a vague
quantity, then "how many" after a dash or comma, counts the things it gives a vague
quantity of (``read.count_after_statement``)."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.read import count_after_statement
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.kbpaths import KB_COLDCHAIN, KB_FIVE


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


@pytest.fixture(scope="module")
def coldchain() -> Engine:
    return Engine(Index(load_knowledge(KB_COLDCHAIN)))


def test_the_rewrite() -> None:
    assert (
        count_after_statement("the Alliance was founded by several partners - how many?")
        == "how many partners the Alliance was founded by?"
    )
    assert count_after_statement("how many partners founded it?") == (
        "how many partners founded it?"
    )


def test_languages(five: Engine) -> None:
    answer = five.handle("the KL campus teaches in several languages - how many?")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith("**Four:**")


def test_founding_partners(coldchain: Engine) -> None:
    answer = coldchain.handle(
        "the Lakes Cold Chain Alliance was founded by a few partners, how many?"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert "four" in answer.text.split("\n")[0].casefold()
