"""Kinds that sealed set 21 found misread (issues 10 and 12), each asked here in other
words on another base.

The worst: a confident "Yes: the release says so" to "is A <claim>?" from a sentence
that states the claim of another thing ("Is UNIDO one of the initiators of the eWTP?"
against "Alibaba Group is one of the initiators …"). The claim's subject must be the
sentence's (``yes_no._leads_clause``); otherwise the sentence is shown without a yes,
and, when only one thing can meet the claim ("the largest …", "the first campus"), as
a no.
"""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import ask
from tests.kbpaths import KB_LISTS


@pytest.fixture(scope="module")
def lists() -> Engine:
    return Engine(Index(load_knowledge(KB_LISTS)))


def test_a_claim_stated_of_another_thing_is_no_yes(lists: Engine) -> None:
    # "Norvik Shipping, the largest ferry operator in Norland, is …": not the Fund.
    reply = ask(lists, "Is the Harbour Skills Fund the largest ferry operator in Norland?")
    # Only one thing can be "the largest": a sentence saying it of another is a no.
    assert "**no:**" in reply.reply.casefold(), reply.reply
    assert "Norvik Shipping" in reply.reply, reply.reply


def test_a_claim_stated_of_the_thing_asked_is_still_a_yes(lists: Engine) -> None:
    reply = ask(lists, "Is Norvik Shipping the largest ferry operator in Norland?")
    assert "**yes" in reply.reply.casefold(), reply.reply
