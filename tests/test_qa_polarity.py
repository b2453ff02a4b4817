"""Yes/no with the right polarity (issue 10, hunt A7), on the five-release fixture.

A fact that denies the question's point ("receives no funding from governments") is a
**no**, cited, never a yes because its words and year match. Membership ("was A a
founding partner of B?") is a yes or a no only when a sentence says so or gives B's
complete list; else the releases don't say. A name no release uses is never answered
with a fact about something else. Wordings differ from the hunt's (kb_textile).
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.negation import asks_negated, denies
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from bot.search.terms import content_terms
from tests.asking import ask
from tests.kbpaths import KB_FIVE, R2, R3, R5


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


def test_denial_read_from_the_words_after_a_negator() -> None:
    fact = "The Quorvane Guild is funded by its makers and takes no money from the city."
    assert denies(fact, content_terms("take money city")) is not None
    # The negator denies the city's money, not the makers' funding.
    assert denies(fact, content_terms("funded makers")) is None
    # A clause boundary ends the scope: "not" in one clause denies nothing in the next.
    assert denies("It is not large, but it exports pots.", content_terms("exports pots")) is None
    assert asks_negated("does it take no money".split())
    assert asks_negated("isn t it a member".split())
    assert not asks_negated("is it a member".split())


def test_a_denying_fact_in_the_year_asked_is_a_no(five: Engine) -> None:
    got = ask(five, "Did the Digital Export Academy receive government funding in 2021?")
    assert got.status is Status.ANSWERED
    assert "**No" in got.reply and "Yes" not in got.reply
    assert "receives no funding from governments" in got.reply
    assert got.sources == [R3]


def test_a_denying_fact_without_a_year_is_a_no(five: Engine) -> None:
    got = ask(five, "Does the Trust accept money from governments?")
    assert got.status is Status.ANSWERED and "**No" in got.reply, got.reply
    assert "accepts no government funding" in got.reply


def test_a_denial_after_the_affirmed_part_of_a_sentence(five: Engine) -> None:
    got = ask(five, "Is the academy's second phase paid for by governments?")
    assert got.status is Status.ANSWERED and "**No" in got.reply, got.reply
    assert R5 in got.sources


def test_a_denial_of_another_year_does_not_answer_for_the_year_asked(five: Engine) -> None:
    got = ask(five, "Did the Development Trust for Africa take government money in 2019?")
    assert got.status is Status.NOT_FOUND, got.reply
    assert "don't say for 2019" in got.reply


def test_not_among_a_complete_list_of_founding_partners(five: Engine) -> None:
    got = ask(
        five, "Was the ASEAN Young Entrepreneurs Circle one of the academy's founding partners?"
    )
    assert got.status is Status.ANSWERED, got.reply
    assert "**No" in got.reply and "not among them" in got.reply
    assert got.sources == [R2]
    # A later list of partners (which names the Circle) is no list of founding partners.
    got = ask(five, "Was the Development Trust for Africa a founding partner of the academy?")
    assert "**No" in got.reply and got.sources == [R2], got.reply


def test_named_in_the_list_is_a_yes(five: Engine) -> None:
    got = ask(five, "Was UNIDO a founding partner of the Digital Export Academy?")
    assert got.status is Status.ANSWERED and "**Yes" in got.reply, got.reply
    assert got.sources == [R2]


def test_named_beside_the_members_is_not_membership(five: Engine) -> None:
    # "… funded by the Trust, Alibaba Group and the members of the Digital Trade Alliance"
    got = ask(five, "Is Alibaba Group a member of the Digital Trade Alliance?")
    assert got.status is Status.NOT_FOUND, got.reply
    assert "don't say" in got.reply and "Yes" not in got.reply


def test_a_name_no_release_uses_is_not_answered_with_another_fact(five: Engine) -> None:
    got = ask(five, "Did Tencent pay for the academy in 2021?")
    assert got.status is Status.NOT_FOUND, got.reply
    assert "don't mention Tencent" in got.reply


def test_a_class_stated_word_for_word_is_a_yes(five: Engine) -> None:
    got = ask(five, "Is the Development Trust for Africa a private philanthropic foundation?")
    assert got.status is Status.ANSWERED, got.reply
    assert got.reply.split("\n")[1].startswith("**Yes"), got.reply
    # Another organisation's class is not stated of it: described, never a yes.
    got = ask(five, "Is the Digital Trade Alliance a philanthropic foundation?")
    assert "Yes" not in got.reply.split("\n")[1], got.reply
