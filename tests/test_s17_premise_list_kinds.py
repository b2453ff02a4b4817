"""Kinds a held-out base of session 17 found misread, each asked here in other words on
an invented base of mobile library buses (no words of that base's):

- "what has A committed to B over the years?" is every sum A gave B, as "how much has
  A committed?" ("over the years" asks no length);
- durations: a length a sentence states ("over five years, from 2016 to
  2020") beats one worked out, and "A's first grant to B" is A's oldest sum for B, never the years from A's
  founding to B's launch; a sum's years written "from X to Y" with no length are counted
  as the releases count the ranges whose length they state (both ends in one base, the
  years between in another);
- false premises a sentence contradicts are answered, the correction first: "pull out"
  (or "leave") against "has renewed its support" at the time asked, "stop funding in
  2019" against a sum given for 2016 to 2020, "sacked" against "retired"; one nothing
  contradicts stays not found;
- "who are the partners of X?" with no sentence listing them whole: every party that
  launched it, joined it, is called its partner or gives it money;
- "which towns has X opened routes in?": the places its sentences name after "in" for the
  thing asked, less a county, a country and a place only a goal names;
- a count asked "in <year>" of a thing done ("how many routes did X open in 2023?") when
  the releases give only running totals ("has opened 17 routes") is not found, the totals
  shown; "when will <a part of a goal> open?" is not found, the goal shown;
- "is A part of B?" against "A is not connected to B" is a no; "the first route outside
  <region>" is the place the sentence saying so names; "when did the centre open?" is
  dated by "Y opened the centre on …"; a quote's "the town" in a release
  datelined in that town is that town; "the reading centre that lends braille books" is
  a description of a centre.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.asking import answered, ask
from tests.tmpkb import engine_of, source_line

_LAUNCH = (
    source_line("2016-03-10-roads", "Reading Roads launches", "2016-03-10", city="Wexmoor")
    + """\
entities:
  - id: wcl
    name: Wexmoor County Libraries
    kind: organization
    summary: The library service of Wexmoor County.
  - id: hale
    name: Hale Literacy Trust
    kind: organization
    summary: The Hale Literacy Trust, a reading charity.
  - id: carrow
    name: Carrow Printworks
    kind: organization
    summary: Carrow Printworks, a printing company founded in 1931.
    aliases: [Carrow]
  - id: roads
    name: Reading Roads
    kind: initiative
    summary: Reading Roads, a programme of mobile library buses.
  - id: marta
    name: Marta Quell
    kind: person
    summary: Head of Libraries at Wexmoor County Libraries.
  - id: wexmoor
    name: Wexmoor
    kind: place
    summary: Wexmoor, a market town of Kelvale.
  - id: dunmere
    name: Dunmere
    kind: place
    summary: Dunmere, where the first buses were built.
  - id: kelvale
    name: Kelvale
    kind: place
    summary: Kelvale, the county where Wexmoor and Dunmere lie.
roles:
  - {entity: marta, title: Head of Libraries, organization: wcl}
facts:
  - id: roads-launched
    about: [roads, wcl, hale, carrow]
    date: 2016-03-10
    text: >-
      Wexmoor County Libraries, the Hale Literacy Trust and Carrow Printworks launched
      Reading Roads, a programme of mobile library buses, on March 10, 2016.
  - id: carrow-first
    about: [carrow, roads]
    text: >-
      Carrow Printworks will give GBP 900,000 in books and funding to Reading Roads over
      {length} years, from 2016 to 2020.
  - id: carrow-founded
    about: [carrow]
    date: 1931
    text: Carrow Printworks was founded in 1931.
"""
)
_JOINED = (
    source_line("2018-09-04-roads", "Fenwick College of Art joins Reading Roads", "2018-09-04")
    + """\
entities:
  - id: fenwick
    name: Fenwick College of Art
    kind: organization
    summary: Fenwick College of Art, an art school.
  - id: prize-grant
    name: Carrow funding of the Reading Roads illustration prize (2018 to 2020)
    kind: agreement
    summary: Carrow Printworks' GBP 60,000 for the Reading Roads illustration prize.
    aliases: [prize grant]
  - id: prize
    name: Reading Roads illustration prize
    kind: initiative
    summary: A prize for the best picture book drawn on a Reading Roads bus.
  - id: braille
    name: Dunmere Braille Centre
    kind: organization
    summary: The Dunmere Braille Centre is a reading centre in Dunmere that lends braille books.
  - id: ana
    name: Ana Voss
    kind: person
    summary: Director of the Dunmere Braille Centre.
roles:
  - {entity: ana, title: Director, organization: braille}
facts:
  - id: fenwick-joins
    about: [fenwick, roads]
    date: 2018-09-04
    text: Fenwick College of Art joined Reading Roads on September 4, 2018.
  - id: braille-opened
    about: [braille, fenwick]
    date: 2018-09-10
    text: Fenwick College of Art opened the Dunmere Braille Centre on its Dunmere campus on September 10, 2018.
  - id: prize-funding
    about: [carrow, prize-grant, roads, prize]
    text: Carrow Printworks will fund the Reading Roads illustration prize with GBP 60,000 from 2018 to 2020.
  - id: routes-9
    about: [roads, wexmoor, dunmere]
    text: "Reading Roads has opened 9 bus routes: 6 in Wexmoor and 3 in Dunmere."
"""
)
_RENEWED = (
    source_line("2021-05-18-roads", "Carrow renews Reading Roads support", "2021-05-18")
    + """\
entities:
  - id: tomas
    name: Tomas Reddy
    kind: person
    summary: Head of Libraries at Wexmoor County Libraries.
  - id: ashby
    name: Ashby
    kind: place
    summary: Ashby, a town on the Kel estuary.
  - id: story-house
    name: Ashby Story House
    kind: organization
    summary: The Ashby Story House, a children's reading room.
  - id: heritage
    name: Ashby Heritage Society
    kind: organization
    summary: The Ashby Heritage Society, a local history club.
roles:
  - {entity: tomas, title: Head of Libraries, organization: wcl}
facts:
  - id: carrow-renews
    about: [carrow, roads]
    text: Carrow Printworks has renewed its support for Reading Roads with GBP 1.2 million from 2021 to 2024.
  - id: marta-retires
    about: [marta, wcl]
    date: 2021-04-30
    text: Marta Quell retired as Head of Libraries on April 30, 2021 after nine years in the post.
  - id: routes-17
    about: [roads, wexmoor, dunmere, ashby]
    text: >-
      Reading Roads has opened 17 bus routes: 8 in Wexmoor, 5 in Dunmere and 4 in Ashby.
  - id: story-house-not-connected
    about: [story-house, heritage]
    text: The Ashby Story House is not connected to the Ashby Heritage Society.
"""
)
_GOAL = (
    source_line("2024-11-20-roads", "Reading Roads sets a new goal", "2024-11-20", city="Ashby")
    + """\
entities:
  - id: port-ellis
    name: Port Ellis
    kind: place
    summary: Port Ellis, a harbour town beyond Kelvale.
  - id: ashby-green
    name: Ashby Green
    kind: place
    summary: Ashby Green, a square in Ashby.
quotes:
  - id: reddy-green
    speaker: tomas
    about: [roads, ashby-green]
    text: Ashby Green is the most visited stop in the town,
facts:
  - id: routes-31
    about: [roads, kelvale]
    date: 2024-10-31
    text: Reading Roads opened 31 bus routes in Kelvale by October 31, 2024.
  - id: roads-goal-40
    about: [roads, port-ellis]
    text: >-
      Reading Roads' new goal is 40 bus routes by the end of 2027, including the first
      outside Kelvale, in Port Ellis.
"""
)


def _base(root: Path, length: str) -> Engine:
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "2024-11-20-roads.txt").write_text(
        "Tomas Reddy said: Ashby Green is the most visited stop in the town, he said.\n",
        encoding="utf-8",
    )
    return engine_of(
        root,
        {
            "2016-03-10-roads": _LAUNCH.replace("{length}", length),
            "2018-09-04-roads": _JOINED,
            "2021-05-18-roads": _RENEWED,
            "2024-11-20-roads": _GOAL,
        },
        keep_texts=True,
    )


@pytest.fixture
def roads(tmp_path: Path) -> Engine:
    """The base whose sentences count a range with both ends ("five years, 2016 to 2020")."""
    return _base(tmp_path / "both", "five")


@pytest.fixture
def roads_between(tmp_path: Path) -> Engine:
    """The same base written by one who counts the years between ("four years")."""
    return _base(tmp_path / "between", "four")


# --- durations ----------------------------------------------------------------------


def test_a_first_grant_is_the_oldest_sum_with_its_stated_length(roads: Engine) -> None:
    reply = answered(roads, "how many years does carrow's first grant to reading roads cover?")
    assert "Five years" in reply and "as the release says" in reply, reply
    assert "1931" not in reply, reply  # never the founding year to the launch


def test_a_later_grant_is_picked_by_its_ordinal(roads: Engine) -> None:
    # The prize's grant (filed under the programme too) is the prize's, not the second.
    reply = answered(roads, "how many years does carrow's second grant to reading roads cover?")
    assert "Four years" in reply and "2021 to 2024" in reply, reply


def test_a_sums_range_is_counted_as_the_base_counts_ranges(
    roads: Engine, roads_between: Engine
) -> None:
    reply = answered(roads, "how many years did the prize grant run?")
    assert "Three years" in reply and "counting both" in reply, reply
    reply = answered(roads_between, "how many years did the prize grant run?")
    assert "Two years" in reply, reply


def test_what_a_party_has_committed_over_the_years_is_every_sum(roads: Engine) -> None:
    reply = answered(
        roads,
        "what has carrow committed to reading roads over the years?",
        "900,000",
        "1.2 million",
    )
    assert "2 commitments" in reply, reply


# --- false premises -------------------------------------------------------------------


def test_a_withdrawal_contradicted_then_is_answered_with_the_correction(roads: Engine) -> None:
    got = ask(roads, "why did carrow pull out of reading roads in 2021?")
    assert got.status is Status.ANSWERED, got.reply
    assert got.reply.index("otherwise") < got.reply.index("renewed its support"), got.reply


def test_a_sum_for_a_period_covering_the_year_contradicts_stopping(roads: Engine) -> None:
    got = ask(roads, "why did carrow stop funding reading roads in 2019?")
    assert got.status is Status.ANSWERED, got.reply
    assert "GBP 900,000" in got.reply, got.reply
    got = ask(roads, "why did carrow leave reading roads?")
    assert got.status is Status.ANSWERED and "renewed its support" in got.reply, got.reply


def test_a_dismissal_contradicted_by_a_retirement_is_answered(roads: Engine) -> None:
    got = ask(roads, "why was marta quell sacked?")
    assert got.status is Status.ANSWERED, got.reply
    assert "retired as Head of Libraries" in got.reply, got.reply


def test_a_premise_nothing_contradicts_stays_not_found(roads: Engine) -> None:
    got = ask(roads, "why did the hale literacy trust pull out of reading roads?")
    assert got.status is Status.NOT_FOUND, got.reply
    assert "don't say" in got.reply, got.reply


# --- lists ----------------------------------------------------------------------------


def test_partners_with_no_whole_list_are_every_launcher_joiner_and_giver(roads: Engine) -> None:
    reply = answered(
        roads,
        "who are the partners of reading roads?",
        "Wexmoor County Libraries",
        "Hale Literacy Trust",
        "Carrow Printworks",
        "Fenwick College of Art",
    )
    assert reply.index("Wexmoor County Libraries") < reply.index("Fenwick College"), reply


def test_towns_a_programme_did_something_in_are_the_places_named_after_in(
    roads: Engine,
) -> None:
    reply = answered(roads, "which towns has reading roads opened bus routes in?")
    first = reply.splitlines()[1]
    assert first == "**Wexmoor, Dunmere, Ashby**", reply
    assert "Port Ellis" not in first and "Kelvale" not in first, reply


# --- not found ------------------------------------------------------------------------


def test_a_count_done_in_a_year_with_only_running_totals_is_not_found(roads: Engine) -> None:
    got = ask(roads, "how many bus routes did reading roads open in 2023?")
    assert got.status is Status.NOT_FOUND, got.reply
    assert "no figure for 2023" in got.reply and "17 bus routes" in got.reply, got.reply


def test_a_part_of_a_goal_has_no_date_of_its_own(roads: Engine) -> None:
    got = ask(roads, "when will the port ellis bus route open?")
    assert got.status is Status.NOT_FOUND, got.reply
    assert "only name Port Ellis in a goal" in got.reply and "2027" in got.reply, got.reply
    assert "**When:**" not in got.reply, got.reply  # never the release's date as its date


# --- the rest -------------------------------------------------------------------------


def test_a_denied_connection_answers_is_part_of_with_no(roads: Engine) -> None:
    reply = answered(roads, "is the ashby story house part of the ashby heritage society?")
    assert reply.splitlines()[1].startswith("**No:**"), reply


def test_the_first_beyond_a_region_is_the_place_the_sentence_names(roads: Engine) -> None:
    reply = answered(roads, "which town will get the first reading roads route outside kelvale?")
    assert reply.splitlines()[1].startswith("**Port Ellis**, as a goal"), reply


def test_the_town_in_a_quote_is_the_town_its_release_is_datelined_in(roads: Engine) -> None:
    reply = answered(roads, "is ashby green the most visited stop in ashby?")
    assert "**Yes**, according to Tomas Reddy" in reply, reply


def test_a_thing_opened_by_another_opened_then(roads: Engine) -> None:
    answered(roads, "when did the dunmere braille centre open?", "September 10, 2018")


def test_a_centre_is_a_described_body(roads: Engine) -> None:
    reply = answered(roads, "who runs the reading centre that lends braille books?")
    assert reply.splitlines()[1].startswith("**Ana Voss** — Director"), reply  # not its card
