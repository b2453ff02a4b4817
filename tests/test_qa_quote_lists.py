"""Lists inside a quote (issue 10, hunt B4): "what crops did X mention?" is answered
from the items the speaker lists in their own words, the quote shown and cited, on the
five-release fixture in wordings of its own."""

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


def test_the_items_of_the_one_list_in_a_quote(five: Engine) -> None:
    got = ask(five, "What activities did Samuel Mensah mention?")
    assert got.status is Status.ANSWERED, got.reply
    assert "hire, buy and sell locally" in got.reply.split("\n")[1], got.reply
    assert "best investment" in got.reply  # the quote, shown


def test_the_count_of_a_quoted_list(five: Engine) -> None:
    got = ask(five, "How many things did Samuel Mensah list?")
    assert got.status is Status.ANSWERED, got.reply
    assert got.reply.split("\n")[1].startswith("**Three"), got.reply


def test_two_lists_each_shown_with_its_lead_in(five: Engine) -> None:
    got = ask(five, "Which groups did Jack Ma name?")
    assert got.status is Status.ANSWERED, got.reply
    assert "SMEs, youth and women" in got.reply, got.reply
    assert "global buy" in got.reply
