"""Kinds that held-out bases 21, 23 and 25 found misread (issue 12, knowledge over
time), each asked here in other words on an invented base of mountain rescue teams.

- a count of a doing ("responded 214 times in 2019") is its own series: "how many
  times did the teams respond in 2019?" is never answered with the teams' number, and a
  year no sentence counts is not found;
- "X went from what in A to what in B?" asks the figure at both years;
- an acronym two organisations share is settled by which one's sentences count what a
  "how many …?" asks, and of two series counting a modifier asked, the one naming more
  of the words asked is meant ("volunteer members" over "volunteer bases");
- a year written with a goal ("the goal for 2035", "its 2021 target") is the goal's
  deadline, not the date it was set: a year no goal is set for is not found, with the
  goals given.
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
    summary: The Fellside Rescue Association (FRA) runs volunteer mountain rescue teams in the Tarrow fells.
    aliases: [FRA]
  - id: fellguide
    name: FellGuide
    kind: initiative
    summary: FellGuide, a course for mountain guides run by the Fellside Rescue Association.
facts:
  - id: fra-responses-2018
    about: [fra]
    date: 2018
    text: The Fellside Rescue Association's teams responded 214 times in 2018.
  - id: fra-members-2019
    about: [fra]
    text: The Fellside Rescue Association has 540 volunteer team members.
  - id: fra-bases-2019
    about: [fra]
    text: The Fellside Rescue Association runs 9 volunteer bases.
  - id: fellguide-goal-300
    about: [fellguide]
    text: FellGuide aims to train 300 mountain guides by the end of 2021.
  - id: fellguide-goal-1000
    about: [fellguide]
    text: FellGuide's long-term aim is to train 1,000 mountain guides by 2030.
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
facts:
  - id: alliance-hectares-2022
    about: [forest-alliance]
    text: The Forest Restoration Alliance has replanted 1,200 hectares of woodland.
  - id: fellguide-trained-320
    about: [fellguide]
    text: FellGuide has trained 320 mountain guides, passing its goal of 300 by the end of 2021.
  - id: fellguide-goal-600
    about: [fellguide]
    text: FellGuide raises its goal to 600 mountain guides by the end of 2025.
  - id: fra-members-2022
    about: [fra]
    text: The Fellside Rescue Association has 610 volunteer team members.
  - id: fra-bases-2022
    about: [fra]
    text: The Fellside Rescue Association runs 11 volunteer bases.
"""
)
_TEN_YEARS = (
    source_line("2025-03-04-fra-review", "Fellside Rescue Association annual review", "2025-03-04")
    + """\
facts:
  - id: fra-responses-2024
    about: [fra]
    date: 2024
    text: The Fellside Rescue Association's teams responded 388 times in 2024.
  - id: fra-members-2025
    about: [fra]
    text: The Fellside Rescue Association has 700 volunteer team members.
  - id: fra-bases-2025
    about: [fra]
    text: The Fellside Rescue Association runs 14 volunteer bases.
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
    text: The Fellside Rescue Association runs 12 volunteer bases in the Tarrow fells.
"""
)


@pytest.fixture(scope="module")
def fells(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("fells")
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
    got = ask(fells, "how many times did the association's teams respond in 2024?")
    assert got.status is Status.ANSWERED
    assert "388" in got.reply
    assert "700" not in got.reply and "members" not in got.reply


def test_times_in_a_year_no_sentence_counts_are_not_found(fells: Engine) -> None:
    got = ask(fells, "how many times did FRA teams respond in 2021?")
    assert got.status is Status.NOT_FOUND
    assert "610" not in got.reply and "540" not in got.reply


def test_went_from_what_to_what_gives_both_years(fells: Engine) -> None:
    got = ask(
        fells, "the association's volunteer team members went from what in 2019 to what in 2025?"
    )
    assert got.status is Status.ANSWERED
    assert "540" in got.reply and "700" in got.reply


def test_shared_acronym_settled_by_what_is_counted(fells: Engine) -> None:
    members = ask(fells, "how many volunteer team members does FRA have?")
    assert members.status is Status.ANSWERED
    assert "700" in members.reply
    hectares = ask(fells, "how many hectares has FRA replanted?")
    assert hectares.status is Status.ANSWERED
    assert "2,900" in hectares.reply


def test_series_naming_more_words_asked_wins(fells: Engine) -> None:
    got = ask(fells, "by how many did the association's volunteer team grow between 2019 and 2025")
    assert got.status is Status.ANSWERED
    assert "160" in got.reply  # 700 − 540, not the bases' 14 − 9


def test_goal_for_a_year_none_is_set_for_is_not_found(fells: Engine) -> None:
    got = ask(fells, "what is fellguide's goal for 2035?")
    assert got.status is Status.NOT_FOUND
    assert "600" in got.reply  # the goals given are shown


def test_goal_for_a_year_is_the_one_set_for_it(fells: Engine) -> None:
    got = ask(fells, "what's fellguide's target for 2021?")
    assert got.status is Status.ANSWERED
    assert got.reply.split("\n")[1].startswith("**300**")


def test_goal_reached_for_a_year_is_that_years_goal(fells: Engine) -> None:
    got = ask(fells, "did fellguide reach its 2021 target?")
    assert got.status is Status.ANSWERED
    assert got.reply.split("\n")[1].startswith("**Yes**")
    assert "300" in got.reply
