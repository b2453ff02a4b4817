"""Titles over time, as a newcomer's own releases show them (issues 10 and 12), on the
invented two-release base tests/fixtures/kb_titles: a title's initials and its full
form, an organisation's short name, the holder of a title now, in a year and after
someone, ended titles never current, "Earlier" only for older statements."""

from __future__ import annotations

import re

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered, ask
from tests.kbpaths import KB_FIVE, KB_TITLES


@pytest.fixture(scope="module")
def titles() -> Engine:
    return Engine(Index(load_knowledge(KB_TITLES)))


def _plain(reply: str) -> str:
    return re.sub(r" \[\d+\](?:\[\d+\])*", "", reply)  # the per-sentence markers


# --- a title by its initials, an organisation by its short name ---------------------------


@pytest.mark.parametrize(
    "question",
    ["who is the COO of Oduya?", "who heads Oduya?", "who is the COO of Oduya Ventures?"],
)
def test_the_current_holder_leads_by_initials_and_short_name(titles: Engine, question: str) -> None:
    """ "Oduya" is "Oduya Ventures" less its company-type word; "COO" names the Chief
    Operating Officer; the holder whose COO title ended is never the answer."""
    reply = _plain(answered(titles, question, "Kwame Asante"))
    first = next(line for line in reply.splitlines()[1:] if line.strip())
    assert "Kwame Asante" in first, reply


def test_a_title_by_initials_is_not_ambiguous_with_its_ended_holder(titles: Engine) -> None:
    reply = answered(titles, "!who COO of Oduya Ventures", "Kwame Asante")
    assert "Which one" not in reply


def test_a_leading_word_that_is_no_short_name_finds_nothing_by_it(titles: Engine) -> None:
    """ "Brightwater Growers Collective" less "Brightwater" is not a company-type word:
    "Brightwater" alone is no short form of it (as "ASEAN" is none of "ASEAN Young
    Entrepreneurs Circle"), so the name index alone decides, not the short-name rule."""
    from bot.engine.qa.subjects import NameFinder
    from bot.search.names import Match

    finder = NameFinder(titles.index)
    match = Match("brightwater-collective", "Brightwater Growers Collective", 81.0, "name")
    assert not finder._short_name(match, ["brightwater"])
    oduya = Match("oduya-ventures", "Oduya Ventures", 81.0, "name")
    assert finder._short_name(oduya, ["oduya"])


# --- ended titles: never current, dated by when they were held ------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "is Marta Lindqvist still the COO of Oduya Ventures?",
        "is Marta Lindqvist still Chief Operating Officer at Oduya Ventures?",
    ],
)
def test_an_ended_title_is_no_with_its_end_and_who_holds_it_now(
    titles: Engine, question: str
) -> None:
    """The initials are a claim the roles settle (not "the releases don't say"), and
    "Chief Operating Officer" is that title, not the Chairwoman title she holds now
    (a chair is a top job, but no officer)."""
    reply = _plain(answered(titles, question, "**No:**", "ended 2024-06-30", "Kwame Asante"))
    assert "**Yes" not in reply


def test_an_ended_title_is_dated_by_the_release_that_gave_it_held(titles: Engine) -> None:
    reply = _plain(answered(titles, "who runs Oduya Ventures?", "Kwame Asante"))
    assert "Chief Operating Officer, Oduya Ventures (as of 2023-05-04; ended 2024-06-30)" in reply
    assert "(as of 2024-09-17; ended" not in reply


# --- a title in a year: Earlier only for older statements ----------------------------------


def test_a_year_gives_every_title_then_and_later_ones_as_later(titles: Engine) -> None:
    reply = _plain(answered(titles, "what was Marta Lindqvist's role in 2023?"))
    head = next(line for line in reply.splitlines() if line.startswith("In 2023"))
    assert "Chief Operating Officer" in head and "Chair of the Investment Committee" in head
    earlier = next((line for line in reply.splitlines() if line.startswith("Earlier:")), "")
    later = next((line for line in reply.splitlines() if line.startswith("Later:")), "")
    assert "Chairwoman of the Supervisory Board" in later
    assert "Chairwoman" not in earlier


def test_a_years_holder_is_described_as_of_then(titles: Engine) -> None:
    """ "Who was Oduya's COO in 2023?": Marta Lindqvist, with her 2023 summary, not the
    2024 restatement giving her next title."""
    reply = answered(titles, "who was Oduya's COO in 2023?", "Marta Lindqvist")
    assert "Supervisory Board" not in reply


def test_in_a_year_both_held_the_title_the_later_holder_leads(titles: Engine) -> None:
    """2024: Marta Lindqvist until June, Kwame Asante from July; the release that ends
    her title gives his, so he is the newest stated by then."""
    reply = _plain(answered(titles, "who was the COO of Oduya Ventures in 2024?"))
    assert reply.splitlines()[1].startswith("**Kwame Asante**"), reply


def test_two_holders_of_one_release_are_no_earlier_than_each_other() -> None:
    five = Engine(Index(load_knowledge(KB_FIVE)))
    reply = _plain(answered(five, "who's running the academy now?", "Okafor", "Lina"))
    assert not any(
        line.startswith("Earlier:") and "(as of 2024-05-08)" in line for line in reply.splitlines()
    ), reply


# --- the next holder ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "who replaced Marta Lindqvist as COO of Oduya Ventures?",
        "who succeeded Marta Lindqvist?",
        "who took over from Marta Lindqvist as chief operating officer?",
        "who is Marta Lindqvist's successor?",
    ],
)
def test_the_successor_is_the_next_holder_of_the_title(titles: Engine, question: str) -> None:
    reply = _plain(answered(titles, question, "Kwame Asante"))
    assert reply.splitlines()[1].count("Kwame Asante") == 1, reply


def test_no_successor_named_is_not_found(titles: Engine) -> None:
    asked = ask(titles, "who replaced Petra Novak as head of research?")
    assert asked.status is Status.NOT_FOUND, asked.reply
    assert "don't say" in asked.reply and "ended 2024-03-31" in asked.reply


# --- chat wording ------------------------------------------------------------------------


def test_chat_typos_in_who_runs_the_article_alias(titles: Engine) -> None:
    """ "whos" is "who's", "runing" is "running", "the colective" is the alias "the
    Collective" with a typo."""
    answered(titles, "whos runing the colective now??", "Efua Mensimah")


def test_a_hedge_is_no_request_for_a_quote(titles: Engine) -> None:
    reply = answered(titles, "what are Marta Lindqvist's current titles? two i think", "Chairwoman")
    assert "Small cooperatives" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "Checking a caption: 'Marta Lindqvist, COO of Oduya Ventures' - is that her correct "
        "current title?",
        "is Marta Lindqvist, COO of Oduya, still correct?",
    ],
)
def test_a_caption_title_is_checked_against_the_persons_titles(
    titles: Engine, question: str
) -> None:
    """A title right after a name is claimed for that person (never a mention of its
    holder now), and words that ask for a check ("correct", "caption") are no part of the
    claim: No, with the title she holds now."""
    reply = _plain(answered(titles, question, "**No:**", "Chairwoman of the Supervisory Board"))
    assert not reply.splitlines()[1].startswith("**Kwame Asante**"), reply


def test_the_askers_copy_is_no_speaker(titles: Engine) -> None:
    reply = answered(titles, "my slide says 'Kwame Asante, COO of Oduya Ventures' - correct?")
    assert "Kwame Asante" in reply and "I have no quote" not in reply
