"""Kinds of questions that session 18's blind development base 34 (river-ferry
electrification) found misread, asked here in other words on an invented base (a
regional parks board planting community orchards):

- a title asked at an organisation whose own name holds a title qualifier ("the
  Harwick *Regional* Parks Board's chief executive"): the word is the name's, not the
  title's; and "right now" asks what "now" asks;
- an organisation named with a word of its name left out, after an article that opens
  another entity's alias ("the Harwick parks board", where "the Harwick" is the valley);
- growth between two counts written in millions, shown in millions as written;
- the original goal, spelt out ("twelve orchards") and restated after a newer goal;
- "who is P's successor, and when did he start?": "he" is the successor the first part
  answers with, not P;
- "how much more … in <year> than its goal?": the year's figure against the goal, not
  the figure before the year;
- "when did <surname> become <title>?" where two people share the surname and one
  alias ("Ms Marlow") matched it: the one holding the title, not a premise corrected;
- "which came first, A or <surname> becoming <title>?": both ends dated, not "which
  <surname>" answered with a namesake's fact;
- a count of one spelt out after a verb of having ("already has one litter boat").
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.figures import figures_in
from tests.asking import answered, ask
from tests.tmpkb import engine_of, source_line

_R1 = (
    source_line("2018-03-06-orchards-launch", "Harwick launches Orchard Commons", "2018-03-06")
    + """\
entities:
  - {id: board, name: Harwick Regional Parks Board, kind: organization, aliases: [HRPB, the parks board], summary: The public body that runs the parks of the Harwick valley.}
  - {id: orchards, name: Orchard Commons, kind: initiative, summary: A programme planting community orchards in Harwick's parks.}
  - {id: mara-quill, name: Mara QUILL, kind: person, aliases: [Mara Quill], summary: Chief Executive of the Harwick Regional Parks Board.}
  - {id: oskar-marlow, name: Oskar MARLOW, kind: person, aliases: [Oskar Marlow], summary: Chief Operating Officer at the Harwick Regional Parks Board.}
  - {id: valley, name: Harwick Valley, kind: place, aliases: [the Harwick], summary: The valley of the Harwick river.}
roles:
  - {entity: mara-quill, title: Chief Executive, organization: board}
  - {entity: oskar-marlow, title: Chief Operating Officer, organization: board}
facts:
  - id: launched
    about: [orchards, board]
    date: 2018-03-06
    text: The Harwick Regional Parks Board launched Orchard Commons on March 6, 2018.
  - id: goal-twelve
    about: [orchards, board]
    text: Orchard Commons' goal is to plant twelve orchards by the end of 2021.
  - id: visitors-2017
    about: [board, valley]
    date: 2017
    text: The board's parks had 1.2 million visitors in 2017.
"""
)

_R2 = (
    source_line("2022-10-11-orchards-new-chief", "Oskar Marlow leads the parks board", "2022-10-11")
    + """\
entities:
  - {id: nursery, name: Greyloft Nurseries, kind: organization, summary: A fruit-tree nursery that supplies Orchard Commons.}
  - {id: ilse-marlow, name: Ilse MARLOW, kind: person, aliases: [Ms Marlow, Ilse Marlo], summary: Managing Director of Greyloft Nurseries.}
roles:
  - {entity: ilse-marlow, title: Managing Director, organization: nursery}
  - {entity: mara-quill, title: Chief Executive, organization: board, ended: 2022-06-30}
  - {entity: oskar-marlow, title: Chief Operating Officer, organization: board, ended: 2022-06-30}
  - {entity: oskar-marlow, title: Chief Executive, organization: board}
facts:
  - id: marlow-chief
    about: [oskar-marlow, board, mara-quill]
    date: 2022-07-01
    text: Oskar MARLOW became Chief Executive of the Harwick Regional Parks Board on July 1, 2022, succeeding Mara QUILL.
  - id: marlow-planting
    about: [oskar-marlow, board]
    date: 2016-05-02
    text: Oskar MARLOW became Chief Operating Officer at the Harwick Regional Parks Board on May 2, 2016.
  - id: goal-missed
    about: [orchards, board]
    text: Orchard Commons fell short of its goal of twelve orchards by the end of 2021 by two orchards.
  - id: goal-thirty
    about: [orchards, board]
    text: "The board set a new goal for Orchard Commons: 30 orchards by the end of 2026."
  - id: visitors-2021
    about: [board, valley]
    date: 2021
    text: The board's parks had a record 2.9 million visitors in 2021.
"""
)


@pytest.fixture(scope="module")
def orchards(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(
        tmp_path_factory.mktemp("orchards"),
        {
            "2018-03-06-orchards-launch": _R1,
            "2022-10-11-orchards-new-chief": _R2,
        },
    )


def test_a_qualifier_in_the_organisations_name_is_the_names(orchards: Engine) -> None:
    reply = answered(
        orchards, "who is the Harwick Regional Parks Board's chief executive?", "Oskar MARLOW"
    )
    assert "name no" not in reply


def test_right_now_asks_the_current_holder(orchards: Engine) -> None:
    reply = answered(
        orchards,
        "who is the Harwick Regional Parks Board's chief executive right now?",
        "Oskar MARLOW",
    )
    assert reply.index("Oskar MARLOW") < reply.find("Mara QUILL") or "Mara QUILL" not in reply


def test_a_qualifier_outside_the_name_is_still_the_titles(orchards: Engine) -> None:
    asked = ask(orchards, "who is the Harwick Regional Parks Board's deputy chief executive?")
    assert asked.status is Status.NOT_FOUND, asked.reply
    assert "deputy" in asked.reply, asked.reply


def test_an_article_alias_does_not_cut_a_longer_name_short(orchards: Engine) -> None:
    answered(orchards, "who ran the Harwick parks board in 2023?", "Oskar MARLOW")
    # The alias alone still names its owner.
    answered(orchards, "what is the Harwick?", "valley")


def test_growth_of_counts_in_millions_is_shown_in_millions(orchards: Engine) -> None:
    reply = answered(
        orchards, "how much did visitor numbers grow from 2017 to 2021?", "1.7 million"
    )
    assert "1,700,000" not in reply


def test_the_original_goal_is_the_first_set_though_spelt_out_and_restated(
    orchards: Engine,
) -> None:
    reply = answered(orchards, "what was orchard commons' original goal?", "twelve")
    assert reply.index("twelve") < reply.index("30"), reply


def test_he_after_a_successor_question_is_the_successor(orchards: Engine) -> None:
    answered(orchards, "who is mara quill's successor and when did he start?", "July 1, 2022")


def test_a_shared_surname_is_the_namesake_holding_the_title(orchards: Engine) -> None:
    reply = answered(orchards, "when did marlow become chief operating officer?", "May 2, 2016")
    assert "never give" not in reply
    # Named in full, the other namesake's premise is still corrected.
    asked = ask(orchards, "when did Ilse Marlow become chief operating officer?")
    assert "never give Ilse MARLOW" in asked.reply, asked.reply


_LITTER_1 = (
    source_line("2021-04-20-tidewell-goal", "Tidewell sets a litter goal", "2021-04-20")
    + """\
entities:
  - {id: tidewell, name: Tidewell Shores, kind: initiative, summary: A programme clearing litter from the beaches of Carrow Bay.}
facts:
  - id: tidewell-2020
    about: [tidewell]
    date: 2020
    text: Tidewell Shores cleared 0.8 million kilograms of litter in 2020.
  - id: tidewell-goal
    about: [tidewell]
    text: Tidewell Shores has set a new goal of clearing 1 million kilograms of litter a year by 2022.
  - id: tidewell-one-boat
    about: [tidewell]
    text: Tidewell Shores already has one litter boat on the bay, the Sandpiper.
"""
)

_LITTER_2 = (
    source_line("2023-02-14-tidewell-passes", "Tidewell passes its litter goal", "2023-02-14")
    + """\
facts:
  - id: tidewell-2022
    about: [tidewell]
    date: 2022
    text: Tidewell Shores cleared 1.4 million kilograms of litter in 2022, passing its goal of 1 million kilograms a year.
  - id: tidewell-four-boats
    about: [tidewell]
    text: Tidewell Shores now runs four litter boats on the bay.
"""
)


@pytest.fixture(scope="module")
def litter(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(
        tmp_path_factory.mktemp("litter"),
        {"2021-04-20-tidewell-goal": _LITTER_1, "2023-02-14-tidewell-passes": _LITTER_2},
    )


def test_more_in_a_year_than_its_goal_compares_with_the_goal(litter: Engine) -> None:
    reply = answered(
        litter, "how much more litter did Tidewell Shores clear in 2022 than its goal?", "passed"
    )
    # The figure before the year (2020's 0.8 million) is no end of this difference.
    assert "0.6 million" not in reply and "600,000" not in reply, reply


def test_which_came_first_with_a_shared_surname_dates_both_ends(orchards: Engine) -> None:
    reply = answered(
        orchards,
        "which came first, the visitor record or Marlow becoming chief executive?",
        "**The visitor record** came first",
        "July 1, 2022",
    )
    assert "**Oskar MARLOW**" not in reply, reply


def test_one_spelt_out_after_has_is_a_count(litter: Engine) -> None:
    answered(litter, "how many litter boats did Tidewell Shores have in 2021?", "one")
    # The newest count is still the newest: the one is history.
    answered(litter, "how many litter boats does Tidewell Shores have now?", "first:** four")


def test_one_in_a_ratio_after_has_is_no_count() -> None:
    shown = [
        f.shown
        for f in figures_in("The bay has one warden for every 3 km of shore.", spelled_out=True)
    ]
    assert "one" not in shown
    shown = [
        f.shown for f in figures_in("The bay has one warden per 3 km of shore.", spelled_out=True)
    ]
    assert "one" not in shown
    shown = [
        f.shown for f in figures_in("The bay already has one warden on duty.", spelled_out=True)
    ]
    assert "one" in shown
