"""Kinds that session 11's newcomer trial (tests/fixtures/kb_floodsms, "who directs the
Hydrology Lab?") found misread (issues 10 and 12), each asked here in other words on
another base: a verb naming an office ("who presides over X?", bot/vocab/office_verbs.yaml)
asks for the holder of that title now, never a sentence naming an earlier holder; "who
was quoted in <year>?" names that year's speakers only; "what did X promise?" asks for X's
words; a gain in a figure counts the noun asked, never the figure of the places it is
in ("500 farmers in 20 districts"); a title at a unit kept as a post of its parent ("Head
of the Dive Unit" at the Trust) answers role questions asked of the unit; "who quoted
<words>?" is the speaker whose quote has them; "which release announced the new CFO?"
reads the title's initials; "what did the releases say in <year>?" is that year's news;
"how many quotes are there?" counts them; an entity card shows the newest figure, not the
one it updates; and "when did X start?" with no title is their current title's start.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered, ask
from tests.kbpaths import KB_FIVE
from tests.tmpkb import engine_of, source_line


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


_SEEDS_1 = (
    source_line("2020-03-01-seed-scheme-launch", "Tarrow Seed Scheme launches", "2020-03-01")
    + """\
entities:
  - id: scheme
    name: Tarrow Seed Scheme
    kind: initiative
    summary: The Tarrow Seed Scheme, which lends seed to farmers around Tarrow.
  - id: grain-co
    name: Tarrow Grain Co
    kind: organization
    summary: Tarrow Grain Co, a seed merchant that supplies the Tarrow Seed Scheme.
  - id: tom-hale
    name: Tom Hale
    kind: person
    summary: Tom Hale, who looks after Tarrow Grain Co's money.
roles:
  - entity: tom-hale
    title: Chief Financial Officer
    organization: grain-co
facts:
  - id: grain-co-cfo
    about: [grain-co, tom-hale]
    text: Tom Hale has been Chief Financial Officer of Tarrow Grain Co since 2015.
  - id: scheme-will-reach
    about: [scheme]
    text: The Tarrow Seed Scheme will initially reach 500 farmers in 20 districts.
"""
)
_SEEDS_2 = (
    source_line("2022-05-01-seed-scheme-grows", "Tarrow Seed Scheme grows", "2022-05-01")
    + """\
entities:
  - id: ana-ruiz
    name: Ana Ruiz
    kind: person
    summary: Ana Ruiz, who looks after the Tarrow Seed Scheme's money.
roles:
  - entity: ana-ruiz
    title: Chief Financial Officer
    organization: scheme
facts:
  - id: scheme-at-start
    about: [scheme]
    date: 2020
    text: At its start in 2020, the Tarrow Seed Scheme reached 500 farmers in 20 districts.
  - id: scheme-now
    about: [scheme]
    text: The Tarrow Seed Scheme now reaches 2,000 farmers in 45 districts.
  - id: scheme-cfo
    about: [scheme]
    text: Ana Ruiz joined the Tarrow Seed Scheme as its new Chief Financial Officer in April 2022.
"""
)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("seeds")
    return engine_of(
        root,
        {"2020-03-01-seed-scheme-launch": _SEEDS_1, "2022-05-01-seed-scheme-grows": _SEEDS_2},
    )


def test_a_gain_counts_the_noun_asked_not_the_places_it_is_in(seeds: Engine) -> None:
    reply = answered(
        seeds, "how many farmers did the Tarrow Seed Scheme gain between 2020 and 2022?", "1,500"
    )
    assert "1,980" not in reply


_DIVERS_1 = (
    source_line(
        "2019-04-02-harbour-trust-dive-unit", "Harbour Trust opens a dive unit", "2019-04-02"
    )
    + """\
entities:
  - id: harbour-trust
    name: Tarrow Harbour Trust
    kind: organization
    summary: The Tarrow Harbour Trust, which runs the harbour of Tarrow.
  - id: dive-unit
    name: Tarrow Dive Unit
    kind: organization
    summary: The Tarrow Harbour Trust's Dive Unit, which inspects the harbour walls.
    aliases: [Dive Unit, the Dive Unit]
  - id: mora-reid
    name: Mora Reid
    kind: person
    summary: Head of the Dive Unit of the Tarrow Harbour Trust.
  - id: ian-bell
    name: Ian Bell
    kind: person
    summary: A diver of the Tarrow Harbour Trust.
roles:
  - entity: mora-reid
    title: Head of the Dive Unit
    organization: harbour-trust
facts:
  - id: unit-opened
    about: [dive-unit, harbour-trust]
    text: The Tarrow Harbour Trust opened its Dive Unit in April 2019.
"""
)
_DIVERS_2 = (
    source_line("2023-06-01-harbour-trust-new-head", "Harbour Trust names a new head", "2023-06-01")
    + """\
roles:
  - entity: mora-reid
    title: Head of the Dive Unit
    organization: harbour-trust
    ended: 2022-08
  - entity: mora-reid
    title: Chief Executive
    organization: harbour-trust
  - entity: ian-bell
    title: Head of the Dive Unit
    organization: harbour-trust
facts:
  - id: unit-walls
    about: [dive-unit]
    text: The Tarrow Dive Unit inspected 40 harbour walls in 2022.
"""
)


@pytest.fixture(scope="module")
def divers(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("divers")
    return engine_of(
        root,
        {
            "2019-04-02-harbour-trust-dive-unit": _DIVERS_1,
            "2023-06-01-harbour-trust-new-head": _DIVERS_2,
        },
    )


def test_a_title_at_a_unit_kept_as_a_post_of_its_parent(divers: Engine) -> None:
    # The titles are "Head of the Dive Unit" at the Trust; the Unit is an organisation.
    reply = answered(divers, "who was the head of the Tarrow Dive Unit in 2020?", "Mora Reid")
    assert "Ian Bell" not in reply.split("\n")[1]
    answered(divers, "is Mora Reid still head of the Dive Unit?", "No", "Ian Bell")
    answered(divers, "who was head of the Dive Unit before Ian Bell?", "Mora Reid")
    answered(divers, "when did Mora Reid stop being head of the Dive Unit?", "August 2022")


def test_who_quoted_a_phrase_is_the_speaker_whose_quote_has_it(five: Engine) -> None:
    reply = answered(five, "who quoted a weaving cooperative?", "Amara OKAFOR", "weaving")
    assert "Who is quoted" not in reply


def test_which_release_announced_a_title_by_its_initials(seeds: Engine) -> None:
    asked = ask(seeds, "which release announced the new CFO?")
    assert asked.status is Status.ANSWERED, asked.reply
    assert "Ana Ruiz" in asked.reply.split("\n")[2], asked.reply
    assert "Carried by" not in asked.reply


def test_what_the_releases_said_in_a_year(five: Engine) -> None:
    reply = answered(five, "what did the releases say in 2021?", "US$15 million")
    assert "Whose words" not in reply


def test_counts_of_the_bases_own_quotes_and_releases(five: Engine) -> None:
    reply = answered(five, "how many quotes do you have?", "quotes**, by", "Amara OKAFOR: 7")
    assert "Whose words" not in reply
    answered(five, "how many quotes are there from 2022?", "4 quotes", "Lina MA: 1")
    answered(five, "how many releases are there?", "Five")


def test_an_entity_card_shows_the_newest_figure_not_the_one_it_updates(five: Engine) -> None:
    reply = answered(five, "!what Digital Export Academy", "more than 20,000 entrepreneurs")
    assert "12,400 entrepreneurs" not in reply
    reply = answered(five, "!what Digital Trade Alliance", "340 member companies")
    assert "300 member companies" not in reply


def test_when_someone_started_with_no_title_named_is_their_current_titles_start(
    five: Engine,
) -> None:
    answered(five, "when did Lina MA start?", "June 1, 2024", "Executive Director")
