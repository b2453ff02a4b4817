"""Figures over time (session 14): the kinds a blind base's figure questions failed on,
asked in other words on an invented five-release base written here (a well-drilling
programme, its trust and its funder, 2015-2025).

- one release counting the thing and, in another sentence, what it serves ("has drilled
  120 wells"; "the wells drilled … serve about 30,000 villagers"): the count is the
  series, never the people served;
- a count of new things ("2 new districts were opened") is what was added, never the
  count in force;
- a whole and a part on one day ("now operates in ten districts"; "began work in three
  districts of Lorna"): the whole is the state;
- a figure joined to a goal ("a new goal: 20 districts and 1,500 wells by 2027") is a
  goal, not a figure reached;
- a series asked by its noun and span alone ("districts over time?");
- a change within one year ("by how much did X increase its grant in 2020?");
- every sum given by a date ("in total by 2021"), a further grant written after a
  running total, a grant whose sum follows a comma ("X's newest grant to Y, of GBP 1.5
  million"), and the newest grant;
- a figure for a year no statement reaches (not found, the old figure not shown);
- the time between two figures named with a modified noun ("to 800 drilled wells");
- "pairs of boots" counting boots, handed out as the release's "distributed";
- a count asked where only a share is stated ("how many wells did the survey say were
  still in use?": "64 per cent of … wells were still in use").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.search.synonyms import synonyms
from bot.search.terms import index_term
from tests.asking import answered, ask
from tests.tmpkb import engine_of, source_line

_ENTITIES = (
    "entities:\n"
    "  - {id: wellspring, name: WellSpring, kind: initiative, summary: A village well-drilling"
    " programme of the Orrin Water Trust.}\n"
    "  - {id: orrin, name: Orrin Water Trust, kind: organization, summary: A water charity.}\n"
    "  - {id: calder, name: Calder Foundation, kind: organization, summary: A private"
    " foundation.}\n"
    "  - {id: harrowgate, name: Harrowgate Institute, kind: organization, summary: A technical"
    " college.}\n"
)


def _facts(*rows: tuple[str, str, str]) -> str:
    return "facts:\n" + "".join(
        f"  - id: {fid}\n    about: [{about}]\n    text: {json.dumps(text)}\n"
        for fid, about, text in rows
    )


_RELEASES = {
    "w2015": source_line("w2015", "Orrin Water Trust launches WellSpring", "2015-03-10")
    + _ENTITIES
    + _facts(
        (
            "launch",
            "wellspring, orrin",
            "The Orrin Water Trust launched WellSpring on March 10, 2015.",
        ),
        ("college", "harrowgate", "Harrowgate Institute enrols 12,000 students."),
    ),
    "w2017": source_line("w2017", "Calder Foundation backs WellSpring", "2017-06-01")
    + _facts(
        (
            "grant1",
            "calder, wellspring",
            "The Calder Foundation committed GBP 3 million to WellSpring on June 1, 2017.",
        ),
        ("served1", "wellspring", "The wells drilled by WellSpring serve about 30,000 villagers."),
        ("wells1", "wellspring", "WellSpring has drilled 120 wells."),
        ("districts1", "wellspring", "WellSpring now operates in six districts."),
    ),
    "w2020": source_line("w2020", "WellSpring reaches Lorna", "2020-09-15")
    + _facts(
        ("served2", "wellspring", "The wells drilled by WellSpring serve about 88,000 villagers."),
        ("wells2", "wellspring", "WellSpring has drilled 410 wells."),
        ("districts2", "wellspring", "WellSpring now operates in ten districts."),
        ("lorna", "wellspring", "WellSpring began work in three districts of Lorna province."),
        ("boots", "wellspring", "WellSpring has distributed 9,000 pairs of rubber boots."),
        (
            "grant2",
            "calder, wellspring",
            "The Calder Foundation added GBP 2 million to its grant to WellSpring, bringing its"
            " total commitment to GBP 5 million.",
        ),
    ),
    "w2023": source_line("w2023", "WellSpring drills its 800th well", "2023-04-20")
    + _facts(
        ("wells3", "wellspring", "WellSpring has drilled 800 wells."),
        (
            "survey",
            "wellspring",
            "64 per cent of WellSpring wells were still in use after five years, the 2023"
            " survey found.",
        ),
        ("districts3", "wellspring", "WellSpring now operates in fourteen districts."),
        (
            "grant3",
            "calder, wellspring",
            "The Calder Foundation's total commitment to WellSpring reached GBP 9 million with a"
            " further grant of GBP 4 million for 2023 to 2025.",
        ),
        (
            "goal",
            "wellspring",
            "WellSpring set a new goal: 20 districts and 1,500 wells by 2027.",
        ),
    )
    + "  - id: added-2021\n    about: [wellspring]\n    date: 2021-03\n"
    "    text: In the first quarter of 2021 alone, 2 new WellSpring districts were opened.\n",
    "w2025": source_line("w2025", "Calder renews WellSpring grant", "2025-02-12")
    + _facts(
        (
            "grant4",
            "calder, wellspring",
            "The Calder Foundation's newest grant to WellSpring, of GBP 1.5 million, was signed"
            " in February 2025.",
        ),
        ("trust", "orrin", "The Orrin Water Trust opened an office in Lorna."),
        ("course", "harrowgate", "Harrowgate Institute trains WellSpring's well keepers."),
    ),
}


@pytest.fixture(scope="module")
def wells(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("wells"), _RELEASES)


def test_a_change_between_years_counts_the_noun_not_what_it_serves(wells: Engine) -> None:
    reply = answered(wells, "by how much did the number of wells go up from 2017 to 2020?", "290")
    assert "villagers" not in reply.split("\n")[1] and "88,000" not in reply


def test_one_release_s_count_outranks_its_sentence_naming_the_noun_before_a_figure(
    wells: Engine,
) -> None:
    from bot.engine.qa.figure_series import achieved_points
    from bot.search.terms import stem

    facts = wells.index.fact_by_id
    # Either order: the sentence counting the wells is the release's point.
    for pair in (("served2", "wells2"), ("wells2", "served2")):
        points = achieved_points(
            [facts[f] for f in pair], frozenset({stem("well")}), lambda f: "2020-09-15"
        )
        assert [p.figure.shown for p in points] == ["410"], pair


def test_a_figure_joined_to_a_goal_is_no_figure_reached(wells: Engine) -> None:
    reply = answered(wells, "how many wells short of the 2027 goal is wellspring?", "700")
    assert "Reached" not in reply


def test_a_series_asked_by_its_noun_and_span_alone(wells: Engine) -> None:
    reply = answered(wells, "wellspring districts over time?", "six", "ten", "fourteen")
    # The whole on each day, never the part opened in one province.
    assert "three districts" not in reply
    assert reply.index("fourteen") < reply.index("six districts")


def test_a_gain_within_one_year_is_the_figure_then_less_the_one_before(wells: Engine) -> None:
    answered(
        wells, "by how much did the calder foundation increase its grant in 2020?", "2 million"
    )
    reply = answered(wells, "how many districts did wellspring gain in 2020?", "10 − 6 = 4")
    assert "three" not in reply.split("\n")[1]


def test_a_count_of_new_things_is_what_was_added_not_the_count(wells: Engine) -> None:
    reply = answered(wells, "how many districts were added between 2021 and 2023?", "14 − 10 = 4")
    assert "2 new" not in reply


def test_every_sum_given_by_a_date_and_a_further_grant_after_a_total(wells: Engine) -> None:
    by_2021 = answered(wells, "how much had calder given in total by 2021?", "5 million", "3 + 2")
    assert "1.5" not in by_2021
    answered(wells, "how much has calder committed altogether?", "10.5 million", "3 + 2 + 4 + 1.5")


def test_the_newest_grant_asked_by_its_noun(wells: Engine) -> None:
    reply = answered(wells, "what is the calder foundation's most recent grant?", "1.5 million")
    assert reply.index("1.5 million") < reply.index("GBP 3 million")


def test_a_year_no_statement_reaches_is_not_found_without_the_old_figure(wells: Engine) -> None:
    # A 2025 release speaks of the Institute without restating its students.
    late = ask(wells, "how many students does harrowgate institute have in 2025?")
    assert late.status is Status.NOT_FOUND and "12,000" not in late.reply
    answered(wells, "how many students did harrowgate institute have in 2015?", "12,000")
    # A bound is met by the older figure.
    answered(wells, "how many students did harrowgate institute have by 2024?", "12,000")


def test_the_time_between_two_figures_named_with_a_modified_noun(wells: Engine) -> None:
    answered(wells, "how long did it take to get from 120 to 800 drilled wells?", "2017", "2023")


def test_pairs_of_a_thing_count_it_and_handing_out_is_distributing(wells: Engine) -> None:
    answered(wells, "how many boots had been handed out by 2021?", "9,000")


def test_a_count_only_a_share_answers_is_that_share(wells: Engine) -> None:
    reply = answered(
        wells,
        "how many wells did the survey say were still in use after five years?",
        "64 per cent",
    )
    assert "800 wells" not in reply
    # A count the releases state is never a share.
    drilled = answered(wells, "how many wells has wellspring drilled?", "800")
    assert "per cent" not in drilled


def test_kids_are_children() -> None:
    assert index_term("children") in synonyms(index_term("kids"))


def test_the_fixture_is_written_where_asked(tmp_path: Path) -> None:
    engine_of(tmp_path, _RELEASES)
    assert sorted(p.stem for p in (tmp_path / "releases").iterdir()) == sorted(_RELEASES)
