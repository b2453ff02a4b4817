"""A figure at a time, between two times, short of a goal, its goal, and its series
(issues 10 and 12: ``figure_series.py``, ``executors/figure_times.py``, ``trends.py``).

Asked on an invented four-release base (tests/fixtures/kb_cisterns) whose sentences say
"rainwater storage cisterns" where the questions say "tanks" (the thing's alias), put a
goal beside the figure reached in one sentence, give a grant in US$ beside the count,
report a goal missed and a new one, and state a membership "up from the five that
founded it".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered, ask

KB_CISTERNS = Path(__file__).parent / "fixtures" / "kb_cisterns"
R2018, R2020, R2022, R2024 = (
    "2018-03-06-kora-trust-launch",
    "2020-06-10-kora-trust-150",
    "2022-04-20-kora-trust-340",
    "2024-03-12-kora-trust-520",
)


@pytest.fixture(scope="module")
def cisterns() -> Engine:
    return Engine(Index(load_knowledge(KB_CISTERNS)))


def test_a_goal_is_judged_per_figure_not_per_sentence() -> None:
    from bot.engine.qa.figures import figures_in, is_goal_figure, is_past_goal

    reached, goal = figures_in(
        "The Trust has built 150 cisterns in hill villages, on the way to its goal of 600."
    )
    assert not is_goal_figure(reached) and is_goal_figure(goal)
    (missed,) = figures_in("The Trust fell short of its goal of 600 cisterns.")
    (planned,) = figures_in("The Trust aims to reach 600 cisterns.")
    assert is_past_goal(missed) and not is_past_goal(planned)


def test_a_series_keeps_a_figure_stated_beside_its_goal(cisterns: Engine) -> None:
    reply = answered(
        cisterns, "how has the number of rain tanks developed over the years?", "520", "340"
    )
    # The 2020 sentence also names the goal of 600: its 150 is still a figure reached.
    history = reply.split("Newest first:")[1]
    assert history.index("520") < history.index("340") < history.index("150 rainwater")


def test_the_figure_by_a_year_is_the_newest_stated_by_then(cisterns: Engine) -> None:
    reply = answered(cisterns, "how many tanks had the trust built by 2023?", "340")
    assert "520" not in reply
    early = ask(cisterns, "how many tanks had the trust built by 2019?")
    # Nothing was stated that early: never a later figure as the one then.
    assert early.status is Status.NOT_FOUND and "150, as of 2020-06-10" in early.reply


@pytest.mark.parametrize(
    ("question", "working", "sources"),
    [
        ("how many more tanks were built from 2020 to 2024?", "520 − 150 = 370", {R2020, R2024}),
        (
            "by how much did the tank total rise between 2022 and 2024?",
            "520 − 340 = 180",
            {R2022, R2024},
        ),
    ],
)
def test_a_change_between_two_years_uses_the_figure_in_force_at_each(
    cisterns: Engine, question: str, working: str, sources: set[str]
) -> None:
    asked = ask(cisterns, question)
    assert asked.status is Status.ANSWERED and working in asked.reply, asked.reply
    # The US$8 million grant of 2022 is no count of cisterns.
    assert "8 million" not in asked.reply and set(asked.sources) == sources


def test_a_gain_since_the_founding_starts_from_the_founders(cisterns: Engine) -> None:
    reply = answered(
        cisterns, "how many councils has the trust added since it was founded?", "14 − 5 = 9"
    )
    assert "seven" not in reply.split("\n")[1]


@pytest.mark.parametrize(
    ("question", "working"),
    [
        ("how far from its 600-cistern goal was the trust in April 2022?", "600 − 340 = 260"),
        ("how many tanks short of 600 was the trust at the end of 2020?", "600 − 150 = 450"),
    ],
)
def test_a_shortfall_is_the_goal_minus_the_figure_then(
    cisterns: Engine, question: str, working: str
) -> None:
    asked = ask(cisterns, question)
    assert asked.status is Status.ANSWERED and working in asked.reply, asked.reply
    # Both the figure and the goal it is measured against are cited.
    assert R2018 in asked.sources


def test_the_goal_asked_is_the_newest_one_still_pursued(cisterns: Engine) -> None:
    reply = answered(cisterns, "what is the trust's current goal for rain tanks?", "1,000")
    first = reply.split("\n")[1]
    assert "1,000" in first and "600" not in first
    assert "600" in reply  # the earlier goal, as history


def test_the_figure_before_someone_took_over_is_the_newest_stated_before_it(
    cisterns: Engine,
) -> None:
    # "Took over" is the thesaurus' "succeed": a start of the title, dated July 1, 2023 by
    # a fact; the figure in force the day before is the 2022 one, not the 2024 one.
    reply = answered(
        cisterns,
        "how many tanks had been built before Ama Osei took over as executive director?",
        "340",
        "July 1, 2023",
    )
    assert "340" in reply.split("\n")[1] and "520" not in reply.split("\n")[1]


def test_a_sum_paying_for_a_thing_is_not_its_price(cisterns: Engine) -> None:
    # "The Lenta Fund's US$8 million grant will pay for more rainwater storage cisterns"
    # states no price of a cistern.
    asked = ask(cisterns, "how much does a rain tank cost?")
    assert asked.status is Status.NOT_FOUND and "8 million" not in asked.reply
    answered(cisterns, "how much did the Lenta Fund give?", "US$8 million")


def test_a_size_when_something_happened_is_the_figure_in_force_then(cisterns: Engine) -> None:
    # "How large … when A happened": A dated February 2, 2022; the membership stated by
    # then is the 2020 one ("seven member councils"), not the 2024 one.
    reply = answered(
        cisterns,
        "how large was the trust's membership when the Odera depot opened?",
        "seven member councils",
        "February 2, 2022",
    )
    assert "14" not in reply.split("\n")[1]


def test_which_of_two_years_had_the_higher_share_is_the_change_between_them(
    cisterns: Engine,
) -> None:
    reply = answered(
        cisterns,
        "was the share of women builders bigger in 2020 or in 2022, and by how much?",
        "**Up**",
        "+7 percentage points",
    )
    assert "35" in reply and "42" in reply


@pytest.mark.parametrize(
    ("question", "working"),
    [
        ("what was the increase in tanks from 2020 to 2024?", "520 − 150 = 370"),
        ("how many tanks are left to build to reach the 1,000 target?", "1,000 − 520 = 480"),
    ],
)
def test_a_change_asked_by_its_noun_and_what_is_left_to_a_goal(
    cisterns: Engine, question: str, working: str
) -> None:
    answered(cisterns, question, working)


def test_a_figure_counts_the_noun_right_after_it(cisterns: Engine) -> None:
    # "80 village plumbers to repair rainwater storage cisterns" counts plumbers.
    reply = answered(cisterns, "how many cisterns were there at the end of 2022?", "340")
    assert "80" not in reply.split("\n")[1]


def test_a_size_compared_between_two_years(cisterns: Engine) -> None:
    answered(
        cisterns, "how much larger was the tank count in 2024 than in 2020?", "520 − 150 = 370"
    )


def test_a_membership_over_time_counts_a_figure_spelled_out(cisterns: Engine) -> None:
    reply = answered(cisterns, "how has the trust's membership changed over the years?", "**Up**")
    assert "seven" in reply and "14" in reply


def test_a_sum_written_with_a_currency_code_is_no_goal_of_a_count() -> None:
    # kb_peatland: "the founding members … have pledged EUR 4.5 million" is a sum, not an
    # earlier goal of the Network beside its 20,000 hectares (figures.is_money read only
    # "US$", "$", "€" and "£").
    from bot.engine.engine import Engine
    from bot.kb.loader import load_knowledge
    from bot.search.index import Index
    from tests.kbpaths import KB_PEATLAND

    engine = Engine(Index(load_knowledge(KB_PEATLAND)))
    reply = engine.handle("what's the target for the network?").text
    assert "20,000" in reply, reply
    assert "EUR 4.5 million" not in reply, reply


def test_every_reader_of_sums_takes_a_currency_code() -> None:
    """The sums a "how much money" count reads are ``figures.is_money``'s, so "EUR 4.5
    million" is one as "US$4.5 million" is (a private prefix test missed it)."""
    from bot.engine.qa.executors import stated_counts

    found = stated_counts._money("The members have pledged EUR 4.5 million for three years.")
    assert found is not None and found.value == "4.5 million"
