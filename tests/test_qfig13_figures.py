"""Figures over time, session 13 (``figure_periods.py``, ``executors/period_figures.py``,
and the figure executors they feed).

Asked on a small invented base (``tests.tmpkb``): a meal-delivery programme whose
releases give running totals ("since 2019"), a figure for one stretch ("in 2022", "from
March to August 2023", "in the second quarter of 2021") and a level ("has 240 drivers"),
with food weighed in pounds beside sums in dollars.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.asking import answered, ask
from tests.tmpkb import engine_of, source_line

_PARTIES = (
    "entities:\n"
    "  - {id: tidewater, name: Tidewater Meals, kind: initiative, summary: A meal-delivery"
    " programme for older people.}\n"
    "  - {id: orchard, name: Orchard Grocers, kind: organization, summary: A grocery chain.}\n"
    "  - {id: alliance, name: Harbor Food Alliance, kind: organization, summary: 'The Harbor"
    " Food Alliance is a coalition of pantries serving 9 counties.'}\n"
)
_R2021 = (
    source_line("t21", "Tidewater Meals passes 90000 meals", "2021-09-01") + _PARTIES + "facts:\n"
    "  - {id: t21-total, about: [tidewater], text: 'Tidewater Meals has delivered 90,000"
    " meals since it began in 2019.'}\n"
    "  - {id: t21-q2, about: [tidewater], date: 2021-06, text: 'In the second quarter of"
    " 2021 alone Tidewater Meals delivered 14,000 meals.'}\n"
    "  - {id: t21-drivers, about: [tidewater], text: 'Tidewater Meals has 180 volunteer"
    " drivers.'}\n"
    "  - {id: t21-orchard, about: [orchard, tidewater], text: 'Orchard Grocers commits"
    " $120,000 to Tidewater Meals for 2021 to 2023.'}\n"
    "  - {id: t21-first-goal, about: [orchard, tidewater], text: 'The Tidewater Meals"
    " partners aim to deliver 40,000 meals in the first year.'}\n"
    "  - {id: t21-driver-goal, about: [tidewater], text: 'Tidewater Meals aims to recruit"
    " 200 volunteer drivers by 2022.'}\n"
    "  - {id: t21-kitchens, about: [tidewater], text: 'Tidewater Meals will cook its meals"
    " in 6 community kitchens.'}\n"
)
_R2023 = (
    source_line("t23", "Tidewater Meals report", "2023-10-02") + "facts:\n"
    "  - {id: t23-total, about: [tidewater], text: 'Tidewater Meals has delivered 210,000"
    " meals since 2019.'}\n"
    "  - {id: t23-year, about: [tidewater], date: 2022, text: 'Tidewater Meals delivered"
    " 52,000 meals in 2022.'}\n"
    "  - {id: t23-range, about: [tidewater], date: 2023, text: 'Tidewater Meals collected"
    " 1.2 million pounds of surplus groceries from March to August 2023.'}\n"
    "  - {id: t23-drivers, about: [tidewater], text: 'Tidewater Meals has 240 volunteer"
    " drivers.'}\n"
    "  - {id: t23-orchard, about: [orchard, tidewater], text: 'Orchard Grocers adds a"
    " further $80,000 to Tidewater Meals.'}\n"
    "  - {id: t23-funding, about: [tidewater, orchard], text: 'Total funding pledged to"
    " Tidewater Meals since 2021 is $300,000.'}\n"
    "  - {id: t23-driver-why, about: [tidewater, orchard], text: 'According to Orchard"
    " Grocers, Tidewater Meals missed the driver goal of 200 because of fuel costs.'}\n"
    "  - {id: t23-driver-out, about: [tidewater], date: 2022-12, text: 'Tidewater Meals"
    " recruited 190 volunteer drivers by the end of 2022, short of the goal of 200.'}\n"
    "  - {id: t23-new-goal, about: [tidewater], text: 'Tidewater Meals has set a new goal"
    " of 100,000 meals a year by 2025.'}\n"
    "  - {id: t23-trainee-goal, about: [tidewater, orchard], text: 'Tidewater Meals aims"
    " to train 60 cooks by 2024.'}\n"
    "  - {id: t23-kitchens, about: [tidewater], text: 'Tidewater Meals now cooks in 11"
    " community kitchens.'}\n"
)
_R2023 += (
    "summaries:\n"
    "  - {entity: alliance, text: 'The Harbor Food Alliance is a coalition of pantries serving"
    " 12 counties; it handed out 8 million pounds of groceries in 2022.'}\n"
)
_R2025 = (
    source_line("t25", "Tidewater Meals grows", "2025-04-08") + "facts:\n"
    "  - {id: t25-first, about: [tidewater], text: 'Since its launch Tidewater Meals has"
    " delivered 260,000 meals, beating its first-year goal of 40,000 meals.'}\n"
    "  - {id: t25-cooks, about: [orchard, tidewater], text: 'Orchard Grocers has trained 64"
    " cooks for Tidewater Meals, exceeding the target of 60 by 2024.'}\n"
    "  - {id: t25-plan, about: [orchard, tidewater], text: 'The Tidewater Meals partners"
    " plan to serve 150,000 meals in 2027.'}\n"
    "  - {id: t25-kitchens, about: [tidewater], text: 'The expansion adds 4 community"
    " kitchens, bringing Tidewater Meals to 15 community kitchens.'}\n"
)


@pytest.fixture(scope="module")
def tidewater(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("tidewater")
    return engine_of(root, {"t21": _R2021, "t23": _R2023, "t25": _R2025})


def test_a_year_asked_is_answered_by_the_figure_for_that_year(tidewater: Engine) -> None:
    reply = answered(tidewater, "How many meals did Tidewater Meals deliver in 2022?", "52,000")
    assert "210,000" not in reply.split("\n")[1]


def test_a_stretch_of_months_asked_is_matched_to_the_sentence_giving_it(
    tidewater: Engine,
) -> None:
    answered(
        tidewater,
        "how much did Tidewater Meals collect from March to August 2023?",
        "1.2 million",
    )


def test_a_year_with_only_running_totals_is_not_found_naming_the_stretches_given(
    tidewater: Engine,
) -> None:
    # A running total ("since 2019") stated in 2021 is no count of 2021's meals alone.
    got = ask(tidewater, "how many meals did Tidewater Meals deliver in 2021?")
    assert got.status is Status.NOT_FOUND, got.reply
    assert "second quarter of 2021: 14,000" in got.reply, got.reply
    assert "2020" not in got.reply.split("\n")[0]
    got = ask(tidewater, "how many meals did Tidewater Meals deliver in 2020?")
    assert got.status is Status.NOT_FOUND, got.reply


def test_a_total_or_a_level_asked_in_a_year_keeps_the_figure_in_force(
    tidewater: Engine,
) -> None:
    answered(tidewater, "how many volunteer drivers did Tidewater Meals have in 2022?", "180")


def test_pounds_of_goods_are_a_weight_not_a_sum_of_money() -> None:
    from bot.engine.qa.figures import figures_in, is_money

    weight, money = figures_in(
        "The programme collected 2.5 million pounds of fresh food and received £40,000."
    )
    assert not is_money(weight)
    assert is_money(money)


def test_an_increment_is_no_count_of_the_whole(tidewater: Engine) -> None:
    # "Adds 4 kitchens, bringing it to 15 kitchens": 15 is the count, 4 is not.
    reply = answered(tidewater, "how many kitchens does Tidewater Meals use?", "15")
    assert "4 as of" not in reply and "**4" not in reply, reply


@pytest.mark.parametrize(
    "question",
    [
        "how many kitchens did Tidewater Meals have at launch?",
        "how many community kitchens did Tidewater Meals begin with?",
    ],
)
def test_at_launch_is_the_earliest_count_a_launch_plan_too(
    tidewater: Engine, question: str
) -> None:
    # The first release's "will cook in 6 kitchens" is the count it started with.
    reply = answered(tidewater, question, "**6**")
    assert "15" not in reply.split("\n")[1], reply


def test_a_difference_in_a_count_names_what_it_counts() -> None:
    from bot.kb.loader import load_knowledge
    from bot.search.index import Index
    from tests.kbpaths import KB_FIVE

    engine = Engine(Index(load_knowledge(KB_FIVE)))
    answered(
        engine, "by how many countries did the alliance grow from 2019 to 2021?", "3 more countries"
    )


def test_how_much_has_a_party_committed_is_every_commitment_summed(tidewater: Engine) -> None:
    reply = answered(
        tidewater,
        "how much has Orchard Grocers contributed to Tidewater Meals?",
        "$200,000",
        "120,000",
        "80,000",
    )
    assert "300,000" not in reply, reply  # a running total of everyone's funding


def test_a_goal_named_by_its_period_is_that_goal(tidewater: Engine) -> None:
    # Not the newest goal (100,000 a year by 2025): the one set for the first year.
    reply = answered(tidewater, "has Tidewater Meals met its first-year goal?", "Yes", "40,000")
    assert "100,000" not in reply.split("\n")[1], reply


def test_a_goal_outcome_gives_the_figure_reached(tidewater: Engine) -> None:
    # The sentence with the figure (190 of 200) before a speaker's reason for the miss.
    reply = answered(tidewater, "did Tidewater Meals reach its 200 drivers goal?", "No", "190")
    assert "190" in reply.split("\n")[2], reply


def test_a_goal_outcome_led_by_another_party_of_the_goal(tidewater: Engine) -> None:
    # The outcome leads with Orchard Grocers, the goal with Tidewater Meals.
    # The outcome is stated after the goal's deadline year (2025 for "by 2024").
    answered(tidewater, "did Tidewater Meals reach the 60 by 2024 cooks target?", "Yes", "64")


def test_the_goal_for_a_year_is_the_one_its_sentence_sets_for_it(tidewater: Engine) -> None:
    # Set in a 2025 release for 2027: nothing is dated 2027, but the goal names it.
    answered(tidewater, "what's the goal for 2027?", "150,000")


def test_a_summary_states_a_count_as_of_its_release_for_a_year_asked(tidewater: Engine) -> None:
    # "The alliance", not its name: the summary found by its words states the count.
    answered(tidewater, "how many counties did the alliance serve in 2021?", "9")
    answered(tidewater, "how many counties does the alliance serve?", "12")


def test_pounds_of_goods_measure_the_goods(tidewater: Engine) -> None:
    answered(
        tidewater, "how much groceries did the Harbor Food Alliance hand out in 2022?", "8 million"
    )


def test_a_sum_over_a_span_of_years_per_year(tidewater: Engine) -> None:
    # "$120,000 for 2021 to 2023": three years, both counted.
    answered(
        tidewater,
        "how much money is Orchard Grocers' 2021 commitment per year?",
        "40,000 a year",
        "3 years",
    )
