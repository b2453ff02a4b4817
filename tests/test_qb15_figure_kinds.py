"""Figures, goals and releases asked in the words chat uses (blind development sets of
session 15, asked here in other words on an invented base): a unit written short ("how
many MW", a release's "8 MW") or asked by its dimension ("how much did the capacity
grow?"), never a count of another noun; a mass noun nothing measures ("how much
electricity") not found, not answered with a count beside it; the goal a release of the
year asked set; the place of the first things of a kind a sentence names; what the
newest or oldest release is about; the part of a total given only over several places;
a thing made "together with" partners; the items of a quote's list asked after a
statement.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.measures import asked_dimension, same_unit, written_out
from bot.engine.qa.read import understand
from bot.search.terms import stem
from tests.asking import answered, ask
from tests.tmpkb import engine_of, source_line

_QUOTE = "We wanted green roofs, green schools, green jobs and green bills. We got all four,"

_RELEASES = {
    "2020-03-10-sunfold-launch": source_line(
        "2020-03-10-sunfold-launch",
        "Stillwater Solar Cooperative launches Sunfold rooftop solar programme",
        "2020-03-10",
        city="Larchmont",
        country="Wales",
    )
    + """\
entities:
  - {id: ssc, name: Stillwater Solar Cooperative, kind: organization, summary: A community energy cooperative in Larchmont., aliases: [the cooperative]}
  - {id: sunfold, name: Sunfold, kind: initiative, summary: The rooftop solar programme of the Stillwater Solar Cooperative.}
  - {id: larchmont, name: Larchmont, kind: place, summary: A town in Wales.}
  - {id: bexley-moor, name: Bexley Moor, kind: place, summary: Farmland east of Larchmont.}
  - {id: orrin-vale, name: Orrin Vale, kind: place, summary: A valley north of Larchmont.}
  - {id: tomos-pryce, name: Tomos PRYCE, kind: person, summary: Director of the Stillwater Solar Cooperative.}
roles:
  - {entity: tomos-pryce, title: Director, organization: ssc}
quotes:
  - id: pryce-green
    speaker: tomos-pryce
    about: [sunfold]
    text: "We wanted green roofs, green schools, green jobs and green bills. We got all four,"
facts:
  - id: sunfold-launched
    about: [sunfold, ssc]
    date: 2020-03-10
    place: larchmont
    text: >-
      The Stillwater Solar Cooperative launched Sunfold, which puts solar panels on the roofs
      of schools, clinics and farms, on March 10, 2020.
  - id: sunfold-goal-20
    about: [sunfold]
    text: Sunfold's goal is to install 20 megawatts of rooftop panels by the end of 2022.
  - id: sunfold-first-rooftop
    about: [sunfold, larchmont]
    date: 2020-05
    place: larchmont
    text: Sunfold's first rooftop panels will be fitted in May 2020 on Larchmont Primary School.
  - id: sunfold-first-farm
    about: [sunfold, bexley-moor]
    date: 2021
    place: bexley-moor
    text: Sunfold's first farm panels will be fitted in 2021 on barns at Bexley Moor.
""",
    "2021-04-02-sunfold-first-year": source_line(
        "2021-04-02-sunfold-first-year", "Sunfold passes 8 MW", "2021-04-02"
    )
    + """\
facts:
  - id: sunfold-mw-8
    about: [sunfold]
    date: 2020-12-31
    text: Sunfold had installed 8 MW of rooftop panels by December 31, 2020.
  - id: sunfold-homes-1200
    about: [sunfold]
    text: Sunfold's panels now supply 1,200 households.
""",
    "2022-06-15-sunfold-new-goal": source_line(
        "2022-06-15-sunfold-new-goal", "Sunfold sets a goal of 45 megawatts", "2022-06-15"
    )
    + """\
entities:
  - {id: larchmont-council, name: Larchmont Council, kind: organization, summary: The town council of Larchmont.}
facts:
  - id: sunfold-goal-45
    about: [sunfold]
    text: Sunfold's new goal is 45 megawatts of rooftop panels by the end of 2025.
  - id: sunfold-mw-19
    about: [sunfold]
    date: 2022-05-31
    text: Sunfold had installed 19 megawatts of rooftop panels by May 31, 2022.
  - id: sunfold-homes-3400
    about: [sunfold]
    text: Sunfold's panels now supply 3,400 households.
  - id: training-yard
    about: [ssc, larchmont-council]
    date: 2022
    text: >-
      In 2022 the Stillwater Solar Cooperative and the Larchmont Council jointly built a
      solar training yard for roofers.
""",
    "2024-09-01-sunfold-report": source_line(
        "2024-09-01-sunfold-report",
        "Sunfold report finds 41 megawatts on three valleys roofs",
        "2024-09-01",
    )
    + """\
entities:
  - {id: orrin-union, name: Orrin Vale Farmers' Union, kind: organization, summary: A union of farms.}
facts:
  - id: sunfold-mw-41
    about: [sunfold]
    date: 2024-06-30
    text: >-
      Sunfold had installed 41 megawatts of rooftop panels in Larchmont, Bexley Moor and Orrin
      Vale by June 30, 2024.
  - id: sunfold-homes-7900
    about: [sunfold]
    text: Sunfold's panels now supply 7,900 households.
  - id: sunfold-goal-45-remains
    about: [sunfold]
    text: Sunfold's goal remains 45 megawatts of rooftop panels by the end of 2025.
  - id: orrin-farms
    about: [orrin-union, orrin-vale]
    text: The Orrin Vale Farmers' Union has 240 member farms in Orrin Vale.
""",
}


@pytest.fixture(scope="module")
def sunfold(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("sunfold")
    (root / "sources").mkdir()
    for name in _RELEASES:
        (root / "sources" / f"{name}.txt").write_text(f"{_QUOTE}\n", encoding="utf-8")
    return engine_of(root, _RELEASES, keep_texts=True)


# --- units written short, and dimensions -----------------------------------------------


def test_units_written_short_are_read_in_full_only_as_units() -> None:
    assert written_out("how many mw of panels".split()) == "how many megawatts of panels".split()
    assert written_out("the 300 ha target".split()) == "the 300 hectares target".split()
    # A lone short form is a word ("ha" laughing, "m" of a name), not a unit.
    assert written_out("ha ha who is m".split()) == "ha ha who is m".split()
    assert same_unit(stem("km"), stem("kilometres")) and not same_unit(stem("km"), stem("kg"))
    assert asked_dimension("how much did the corridor length grow".split()) == "length"


def test_a_unit_asked_short_finds_the_series_written_in_full(sunfold: Engine) -> None:
    reply = answered(sunfold, "how many MW had sunfold installed by the end of 2022?", "19")
    assert "households" not in reply.split("\n")[0]


def test_a_unit_written_short_in_a_release_counts_for_the_full_word(sunfold: Engine) -> None:
    answered(sunfold, "how many megawatts had sunfold installed by the end of 2020?", "8 MW")


def test_a_dimension_asked_takes_the_series_in_its_units(sunfold: Engine) -> None:
    # 41 − 8 megawatts, never 7,900 − 1,200 households.
    reply = answered(sunfold, "how much did sunfold's capacity grow between 2021 and 2024?", "33")
    assert "6,700" not in reply


def test_a_mass_noun_nothing_measures_is_not_found(sunfold: Engine) -> None:
    asked = ask(sunfold, "how much electricity did sunfold's panels generate in 2023?")
    assert asked.status is Status.NOT_FOUND, asked.reply
    assert "households" not in asked.reply


@pytest.mark.parametrize(
    "question",
    [
        # A unit of another dimension than the series stated (megawatts).
        "how many hectares of panels had sunfold installed by 2023?",
        # A unit of goods no sentence measures, beside a count of households.
        "how many tonnes of panels did sunfold's households get?",
    ],
)
def test_a_unit_no_figure_is_written_in_is_not_found(sunfold: Engine, question: str) -> None:
    asked = ask(sunfold, question)
    assert asked.status is Status.NOT_FOUND, asked.reply
    assert "megawatts" not in asked.reply and "households." not in asked.reply


# --- goals set in a year ---------------------------------------------------------------


def test_the_goal_set_in_a_year_is_the_one_its_release_states(sunfold: Engine) -> None:
    reply = answered(sunfold, "what target did sunfold set in 2022?", "45")
    assert "**20**" not in reply


def test_no_goal_set_in_a_year_is_not_found_with_the_one_in_force(sunfold: Engine) -> None:
    asked = ask(sunfold, "what goal did sunfold set in 2021?")
    assert asked.status is Status.NOT_FOUND, asked.reply
    assert "20 megawatts" in asked.reply and "Source:" in asked.reply


def test_a_goal_only_restated_in_a_year_is_no_new_goal(sunfold: Engine) -> None:
    # The 2024 report restates the 2022 goal of 45 megawatts.
    reply = answered(sunfold, "what goal did sunfold set in 2024?", "No new goal in 2024", "45")
    assert "first set as of 2022-06-15" in reply


# --- the first things of a kind, and the releases at either end -------------------------


@pytest.mark.parametrize(
    ("question", "place", "other"),
    [
        ("where were sunfold's first panels installed?", "Larchmont", "Bexley Moor"),
        ("where were sunfold's first farm panels installed?", "Bexley Moor", "Larchmont Primary"),
    ],
)
def test_first_things_are_placed_by_the_sentence_naming_them(
    sunfold: Engine, question: str, place: str, other: str
) -> None:
    reply = answered(sunfold, question, place)
    assert other not in reply


@pytest.mark.parametrize(
    ("question", "headline"),
    [
        ("what is the latest release about?", "Sunfold report finds 41 megawatts"),
        ("what was the first release about?", "launches Sunfold rooftop solar programme"),
    ],
)
def test_what_a_release_at_either_end_is_about(
    sunfold: Engine, question: str, headline: str
) -> None:
    answered(sunfold, question, headline)


# --- a part of a total, things done together, a quote's list ----------------------------


def test_a_part_of_a_total_over_places_is_not_found_with_the_total(sunfold: Engine) -> None:
    asked = ask(sunfold, "how many megawatts are in orrin vale?")
    assert asked.status is Status.NOT_FOUND, asked.reply
    assert "41 megawatts" in asked.reply and "no figure for Orrin Vale alone" in asked.reply
    assert "Source:" in asked.reply


def test_together_with_is_read_as_with() -> None:
    # A word no statement uses beside the verb ("together") would weigh on the ranking
    # of the one fact that "A and B jointly built" something.
    for typed in ("together with", "along with", "jointly with"):
        words = understand(f"what did a build {typed} b", lambda _: False).words
        assert words == ("what", "did", "a", "build", "with", "b"), words


def test_a_thing_made_together_with_a_partner(sunfold: Engine) -> None:
    answered(
        sunfold,
        "what did the cooperative build together with the larchmont council?",
        "training yard",
    )


def test_a_list_in_a_quote_asked_after_a_statement(sunfold: Engine) -> None:
    answered(
        sunfold,
        "tomos pryce listed a bunch of 'green' things, what were they",
        "**green roofs, green schools, green jobs and green bills**",
    )
