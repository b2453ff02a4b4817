"""Kinds that blind set 15 found misread (issue 10), each asked here in other words on an
invented release rather than the set's: "among" (a preposition, no word of the claim)
in a yes/no, an "at <event>" that names where something happened rather than asking
about a place, and a claim put up for checking whose object is "it" ("made it into").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered, ask
from tests.kbpaths import KB_CANOPY, KB_TEXTILE
from tests.tmpkb import engine_of


@pytest.fixture(scope="module")
def textile() -> Engine:
    return Engine(Index(load_knowledge(KB_TEXTILE)))


_SOLAR_RELEASE = """\
source:
  id: 2021-09-14-lakeshore-solar
  title: Lakeshore Solar Compact launched in Tampere
  publisher: Business Wire
  date: 2021-09-14
  dateline: {city: Tampere, country: Finland}
  text: ../sources/2021-09-14-lakeshore-solar.txt
entities:
  - id: lakeshore-compact
    name: Lakeshore Solar Compact
    kind: initiative
    summary: The Lakeshore Solar Compact, a regional rooftop-solar programme.
    aliases: [the Compact]
  - id: norrvik-energy
    name: Norrvik Energy
    kind: organization
    summary: Norrvik Energy, a Finnish utility.
  - id: tampere-hall
    name: Tampere Hall
    kind: place
    summary: Tampere Hall, a congress centre in Tampere, Finland.
  - id: compact-summit
    name: Lakeshore Solar Summit
    kind: event
    summary: The summit at which the Lakeshore Solar Compact was launched.
    aliases: [the summit]
facts:
  - id: norrvik-cofounder
    about: [norrvik-energy]
    text: Norrvik Energy is one of the backers of the Lakeshore Solar Compact.
  - id: summit-venue
    about: [compact-summit]
    place: tampere-hall
    text: The Lakeshore Solar Summit took place at Tampere Hall in Tampere, Finland.
  - id: summit-agenda
    about: [compact-summit, lakeshore-compact]
    text: The Lakeshore Solar Summit focused on rooftop panels for public schools.
  - id: compact-sites
    about: [lakeshore-compact]
    text: Among the Lakeshore Solar Compact's first sites are twelve public schools.
  - id: norrvik-lease
    about: [norrvik-energy]
    text: Norrvik Energy signed a lease for a panel depot in Pirkkala in 2021.
  - id: compact-award
    about: [lakeshore-compact]
    text: The Lakeshore Solar Compact was shortlisted for the 2020 Nordic Energy Award.
"""
_STEM = "2021-09-14-lakeshore-solar"


def test_among_asks_as_one_of_does(tmp_path: Path) -> None:
    # "among" is no word the fact must contain: "one of the backers" states it.
    engine = engine_of(tmp_path, {_STEM: _SOLAR_RELEASE})
    answered(engine, "was Norrvik Energy among the backers of the Compact?", "one of the backers")


def test_an_event_after_at_is_no_place_asked(tmp_path: Path) -> None:
    # Where the summit took place says nothing about a lease signed there.
    engine = engine_of(tmp_path, {_STEM: _SOLAR_RELEASE})
    got = ask(engine, "did the partners sign a lease at the Lakeshore Solar Summit?")
    assert got.status is Status.NOT_FOUND, got.reply
    # A place asked is still checked against the fact's.
    answered(engine, "was the summit held in Tampere?", "Tampere Hall")


def test_a_checked_claim_may_have_it_as_its_object(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, {_STEM: _SOLAR_RELEASE})
    answered(
        engine,
        "fact check: the Compact made it into the 2020 Nordic Energy Award shortlist, correct?",
        "shortlisted",
    )


def test_a_year_before_any_holder_is_not_found(textile: Engine) -> None:
    # The Alliance's first chair is from its founding (2017): nobody is stated for 2009,
    # and the earliest holder is shown as related, not as the answer.
    got = ask(textile, "who was chair of the Fibre Return Alliance in 2009?")
    assert got.status is Status.NOT_FOUND, got.reply
    assert "OYELARAN" in got.reply, got.reply
    answered(textile, "who was the chair of the Fibre Return Alliance in 2019?", "OYELARAN")


@pytest.mark.parametrize(
    "question",
    [
        "at the time of the Sorting Lab opening, who was chair of the FRA?",
        "at the time the Sorting Lab opened, who chaired the Fibre Return Alliance?",
    ],
)
def test_the_event_may_come_before_the_holder_asked(textile: Engine, question: str) -> None:
    # The lab opened in 2019, under the Alliance's first chair, not today's.
    reply = answered(textile, question, "OYELARAN")
    assert "LINDQVIST" not in reply, reply


def test_put_up_money_is_funding(textile: Engine) -> None:
    # "FRA" is two organisations; "put up the money" is what the Agency's facts say it
    # did ("funded by"), so it settles which one.
    answered(
        textile, "which FRA put up the money for the second sorting line?", "Fabric Reuse Agency"
    )


def test_it_after_a_holder_question_is_the_organisation(textile: Engine) -> None:
    # The first part's subject is the head (a person); "it" is the Agency it named.
    reply = answered(
        textile, "who heads the Fabric Reuse Agency and how much did it grant?", "6 million"
    )
    assert "don't answer" not in reply, reply


def test_a_list_naming_nobody_is_no_count_of_people(textile: Engine) -> None:
    # The founding fact lists a programme and a scheme; none of them is a person.
    got = ask(textile, "how many people did the Fibre Return Alliance employ at its founding?")
    assert got.status is Status.NOT_FOUND, got.reply


def test_one_of_is_no_count(tmp_path: Path) -> None:
    # "one of the backers" gives no number of backers.
    engine = engine_of(tmp_path, {_STEM: _SOLAR_RELEASE})
    got = ask(engine, "how many backers does the Lakeshore Solar Compact have?")
    assert got.status is Status.NOT_FOUND, got.reply


def test_a_release_count_may_open_with_its_preposition(textile: Engine) -> None:
    answered(textile, "in how many announcements does Marcus Oyelaran appear?", "**Two**")


def test_the_years_one_person_is_quoted_in(textile: Engine) -> None:
    reply = answered(textile, "which years was Tomas Lindqvist quoted in?", "2019", "2021")
    assert "people are quoted" not in reply, reply
    # Nobody named: everyone quoted, as before.
    answered(textile, "who is quoted?", "people are quoted")


def test_a_figure_joined_to_its_noun_is_the_figure_asked(textile: Engine) -> None:
    answered(textile, "where does the 3,400-tonne figure come from?", "2019", "3,400 t")


def test_that_after_a_statement_stands_for_it() -> None:
    # "that" is the joining in 2018; "its founding" is the insurer's (1921), not the
    # year of a survey the words happen to match.
    engine = Engine(Index(load_knowledge(KB_CANOPY)))
    answered(
        engine,
        "Southern Cross Mutual joined the Urban Canopy Alliance in 2018 - how many years "
        "after its founding was that?",
        "97",
    )


def test_who_an_explanation_is_for_is_no_word_of_it(textile: Engine) -> None:
    answered(
        textile, "explain the ReThread Programme to someone new to the Alliance", "collect and sort"
    )


def test_a_count_before_those_behind_asks_who_launched_it() -> None:
    engine = Engine(Index(load_knowledge(KB_CANOPY)))
    answered(engine, "which four councils were behind the Urban Canopy Alliance?", "launched")


def test_a_place_no_release_names_inside_an_owners_premises(tmp_path: Path) -> None:
    # "Oslo" is no word of the base; the summit's fact places it at Tampere Hall.
    engine = engine_of(tmp_path, {_STEM: _SOLAR_RELEASE})
    answered(
        engine, "was the summit held at Norrvik Energy's Oslo headquarters?", "**No", "Tampere Hall"
    )
