"""Kinds that held-out bases 21, 23 and 25 found misread (issue 12, knowledge over
time), each asked here in other words on an invented base of mountain rescue teams.

- a count of a doing ("searched the fells 214 times in 2018") is its own series: "how many
  times did the crews search in 2018?" is never answered with the crews' number, and a
  year no sentence counts is not found;
- "X went from what in A to what in B?" asks the figure at both years;
- an acronym two organisations share is settled by which one's sentences count what a
  "how many …?" asks, and of two series counting a modifier asked, the one naming more
  of the words asked is meant ("volunteer crew members" over "volunteer rescue bases" for "volunteer crew");
- a year written with a goal ("the goal for 2035", "its 2021 target") is the goal's
  deadline, not the date it was set: a year no goal is set for is not found, with the
  goals given;
- "how much did X put into Y?" is a sum given (not a thing included), from X's own
  sentences in whatever verb ("will fund Y with …"), never a sum of Y's partners
  together; a sum asked "for 2022 to 2024" is the one stated for that period; "X's first
  funding" is the earliest period stated when no sentence says "first";
- a goal asked with no subject ("what was the leader target and did they hit it?") is
  the goal of the one thing whose goal sentences count what is asked, when the goal
  words alone name several things with goals;
- "how many … in 2022 alone?" asks the amount within that year: a level stated then
  ("has trained 320") is no answer, and with no sentence for that year it is not found;
- the time between two agreements of a kind ("the two Harrow grants"), and an end
  no dated sentence states dated by the release reporting it ("the Harrow renewal":
  "has renewed its support …", as of its release).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.asking import ask
from tests.tmpkb import engine_of, source_line

_LAUNCH = (
    source_line(
        "2019-04-02-fellguide", "Fellside Rescue Association launches FellGuide", "2019-04-02"
    )
    + """\
entities:
  - id: fra
    name: Fellside Rescue Association
    kind: organization
    summary: The Fellside Rescue Association (FRA) runs 9 volunteer rescue bases in the Tarrow fells.
    aliases: [FRA]
  - id: fellguide
    name: FellGuide
    kind: initiative
    summary: FellGuide, a course for mountain leaders run by the Fellside Rescue Association.
  - id: harrow
    name: Harrow Outdoor Insurance
    kind: organization
    summary: Harrow Outdoor Insurance, an insurer of climbing clubs.
    aliases: [Harrow]
  - id: harrow-grant-2019
    name: Harrow grant to FellGuide (2019)
    kind: agreement
    summary: Harrow Outdoor Insurance's first grant to FellGuide.
facts:
  - id: fellguide-launched
    about: [fellguide, fra, harrow]
    date: 2019-04-02
    text: The Fellside Rescue Association and Harrow Outdoor Insurance launched FellGuide on April 2, 2019.
  - id: harrow-funds-2019
    about: [harrow, fellguide, harrow-grant-2019]
    date: 2019-04-02
    text: Harrow Outdoor Insurance will fund FellGuide with GBP 900,000 over three years, from 2019 to 2021.
  - id: fra-responses-2018
    about: [fra]
    date: 2018
    text: The Fellside Rescue Association's crews searched the fells 214 times in 2018.
  - id: fra-members-2019
    about: [fra]
    text: The Fellside Rescue Association has 540 volunteer crew members.
  - id: fellguide-goal-300
    about: [fellguide]
    text: FellGuide aims to train 300 mountain leaders by the end of 2021.
  - id: alliance-goal
    about: [forest-alliance]
    text: The Forest Restoration Alliance aims to replant 5,000 hectares of woodland by 2030.
  - id: fellguide-goal-1000
    about: [fellguide]
    text: FellGuide's long-term aim is to train 1,000 mountain leaders by 2030.
"""
)
_REPORT = (
    source_line("2022-05-10-fellguide", "FellGuide passes its first goal", "2022-05-10")
    + """\
entities:
  - id: forest-alliance
    name: Forest Restoration Alliance
    kind: organization
    summary: The Forest Restoration Alliance replants native woodland in the Tarrow valleys.
    # "FRA" is also the Fellside Rescue Association (2019 release).
    shared_aliases: [FRA]
  - id: harrow-grant-2022
    name: Harrow grant to FellGuide (2022)
    kind: agreement
    summary: Harrow Outdoor Insurance's second grant to FellGuide.
summaries:
  - entity: fra
    text: The Fellside Rescue Association (FRA) runs 11 volunteer rescue bases in the Tarrow fells.
facts:
  - id: harrow-renews
    about: [harrow, fellguide, harrow-grant-2022]
    text: Harrow Outdoor Insurance has renewed its support for FellGuide with GBP 1.5 million from 2022 to 2024.
  - id: alliance-volunteers
    about: [forest-alliance, fra]
    text: >-
      The Forest Restoration Alliance's volunteer crew members plant trees beside the
      Fellside Rescue Association's bases each spring.
  - id: alliance-hectares-2022
    about: [forest-alliance]
    text: The Forest Restoration Alliance has replanted 1,200 hectares of woodland.
  - id: fellguide-trained-320
    about: [fellguide]
    text: FellGuide has trained 320 mountain leaders, passing its goal of 300 by the end of 2021.
  - id: fellguide-goal-600
    about: [fellguide]
    text: FellGuide raises its goal to 600 mountain leaders by the end of 2025.
"""
)
_TEN_YEARS = (
    source_line("2025-03-04-fra-review", "Fellside Rescue Association annual review", "2025-03-04")
    + """\
summaries:
  - entity: fra
    text: The Fellside Rescue Association (FRA) runs 14 volunteer rescue bases in the Tarrow fells.
facts:
  - id: fra-responses-2024
    about: [fra]
    date: 2024
    text: The Fellside Rescue Association's crews searched the fells 388 times in 2024.
  - id: fra-members-2025
    about: [fra]
    text: The Fellside Rescue Association has 700 volunteer crew members.
  - id: fellguide-invested
    about: [fellguide, harrow, fra]
    text: Partners have invested GBP 3.1 million in FellGuide since 2019.
  - id: alliance-hectares-2025
    about: [forest-alliance]
    text: The Forest Restoration Alliance has replanted 2,900 hectares of woodland.
"""
)


_RESTATED = (
    source_line(
        "2023-09-01-fra-bases", "Fellside Rescue Association opens a twelfth base", "2023-09-01"
    )
    + """\
summaries:
  - entity: fra
    text: The Fellside Rescue Association (FRA) runs 12 volunteer rescue bases in the Tarrow fells.
"""
)


@pytest.fixture
def fells(tmp_path: Path) -> Engine:
    # One engine a test: an answer never leans on the question asked before it.
    root = tmp_path
    return engine_of(
        root,
        {
            "2019-04-02-fellguide": _LAUNCH,
            "2022-05-10-fellguide": _REPORT,
            "2023-09-01-fra-bases": _RESTATED,
            "2025-03-04-fra-review": _TEN_YEARS,
        },
    )


def test_times_counted_are_their_own_series(fells: Engine) -> None:
    got = ask(fells, "how many times did the association's crews search in 2024?")
    assert got.status is Status.ANSWERED
    assert "388" in got.reply
    assert "700" not in got.reply and "members" not in got.reply


def test_times_in_a_year_no_sentence_counts_are_not_found(fells: Engine) -> None:
    got = ask(fells, "how many times did FRA crews search in 2021?")
    assert got.status is Status.NOT_FOUND
    assert "700" not in got.reply and "540" not in got.reply


def test_went_from_what_to_what_gives_both_years(fells: Engine) -> None:
    got = ask(fells, "searches went from what in 2018 to what in 2024?")
    assert got.status is Status.ANSWERED
    assert "214" in got.reply and "388" in got.reply


def test_shared_acronym_settled_by_what_is_counted(fells: Engine) -> None:
    members = ask(fells, "how many volunteer crew members does FRA have?")
    assert members.status is Status.ANSWERED
    assert "700" in members.reply
    hectares = ask(fells, "how many hectares has FRA replanted?")
    assert hectares.status is Status.ANSWERED
    assert "2,900" in hectares.reply


def test_series_naming_more_words_asked_wins(fells: Engine) -> None:
    got = ask(fells, "by how many did the association's volunteer crew grow between 2019 and 2025")
    assert got.status is Status.ANSWERED
    assert "160" in got.reply  # 700 − 540, not the bases' 14 − 9 (+5)


def test_goal_for_a_year_none_is_set_for_is_not_found(fells: Engine) -> None:
    got = ask(fells, "what is fellguide's goal for 2035?")
    assert got.status is Status.NOT_FOUND
    assert "600" in got.reply  # the goals given are shown


def test_goal_for_a_year_is_the_one_set_for_it(fells: Engine) -> None:
    got = ask(fells, "what's fellguide's target for 2021?")
    assert got.status is Status.ANSWERED
    assert got.reply.split("\n")[1].startswith("**300**")


def test_goal_for_a_later_year_is_not_the_newest_set(fells: Engine) -> None:
    got = ask(fells, "did fellguide reach its 2030 target?")
    assert "1,000" in got.reply and "600" not in got.reply


def test_goal_reached_for_a_year_is_that_years_goal(fells: Engine) -> None:
    got = ask(fells, "did fellguide reach its 2021 target?")
    assert got.status is Status.ANSWERED
    assert got.reply.split("\n")[1].startswith("**Yes**")
    assert "300" in got.reply


def test_put_into_is_a_sum_given_by_the_giver(fells: Engine) -> None:
    got = ask(fells, "how much did harrow put into fellguide?")
    assert got.status is Status.ANSWERED
    assert "1.5 million" in got.reply
    assert "3.1" not in got.reply  # the partners' sum together, not Harrow's


def test_sum_at_the_start_is_the_givers_first(fells: Engine) -> None:
    got = ask(fells, "how much did harrow put into fellguide at the start")
    assert got.status is Status.ANSWERED
    assert "900,000" in got.reply.split("\n")[1]


def test_sum_for_a_period_is_the_one_stated_for_it(fells: Engine) -> None:
    got = ask(fells, "how much has harrow given for 2022 to 2024?")
    assert got.status is Status.ANSWERED
    assert "1.5 million" in got.reply.split("\n")[1]


def test_first_funding_is_the_earliest_period(fells: Engine) -> None:
    got = ask(fells, "what period does harrow's first funding cover?")
    assert got.status is Status.ANSWERED
    assert "2019 to 2021" in got.reply


def test_years_between_two_agreements_of_a_kind(fells: Engine) -> None:
    got = ask(fells, "how many years between the two harrow grants")
    assert got.status is Status.ANSWERED
    assert "Three years" in got.reply or "three years" in got.reply


def test_end_dated_by_the_release_reporting_it(fells: Engine) -> None:
    got = ask(fells, "how many years between the fellguide launch and the harrow renewal?")
    assert got.status is Status.ANSWERED
    assert "2022-05-10" in got.reply and "2019-04-02" in got.reply


def test_goal_without_subject_is_the_one_counting_what_is_asked(fells: Engine) -> None:
    got = ask(fells, "what was the leader target for 2021 and did they hit it?")
    assert got.status is Status.ANSWERED
    assert got.reply.split("\n")[1].startswith("**Yes**")
    assert "300" in got.reply


def test_amount_in_a_year_alone_is_never_a_level(fells: Engine) -> None:
    got = ask(fells, "how many mountain leaders did fellguide train in 2022 alone?")
    assert got.status is Status.NOT_FOUND
    assert "2022 alone" in got.reply
