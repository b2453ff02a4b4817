"""Review findings of session 15 on the engine, asked on invented material: a unit's
short form inside a compound ("t-shirts", "m&s") stays a word; the first things of a
kind are placed only by a sentence with the verb asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.executors.ordinal import is_participle
from bot.engine.qa.measures import as_unit, joined_words, written_out
from tests.asking import answered, ask
from tests.tmpkb import engine_of, source_line

_RELEASES = {
    "2019-02-11-oventide-founded": source_line(
        "2019-02-11-oventide-founded",
        "Brightwell Bakers Guild starts Oventide community ovens",
        "2019-02-11",
        city="Dunmere",
        country="Ireland",
    )
    + """\
entities:
  - {id: guild, name: Brightwell Bakers Guild, kind: organization, summary: A guild of village bakers in Dunmere., aliases: [the guild]}
  - {id: oventide, name: Oventide, kind: initiative, summary: The community oven programme of the Brightwell Bakers Guild.}
  - {id: dunmere, name: Dunmere, kind: place, summary: A market town in Ireland.}
  - {id: carrow-fen, name: Carrow Fen, kind: place, summary: A fenland village west of Dunmere.}
facts:
  - id: oventide-started
    about: [oventide, guild]
    date: 2019-02-11
    text: The Brightwell Bakers Guild started Oventide, which shares wood-fired ovens between villages.
  - id: oventide-first-ovens
    about: [oventide, dunmere]
    date: 2019-04
    place: dunmere
    text: Oventide's first community ovens were mounted in April 2019 in Dunmere Market Hall.
  - id: oventide-bread-2019
    about: [oventide]
    date: 2019-12-31
    text: Oventide's ovens baked 3,100 kilograms of bread in 2019.
""",
    "2021-05-20-oventide-goal": source_line(
        "2021-05-20-oventide-goal", "Oventide sets a goal of 40 ovens", "2021-05-20"
    )
    + """\
entities:
  - {id: harlow-trust, name: Harlow Trust, kind: organization, summary: A charitable trust for rural crafts.}
facts:
  - id: oventide-goal-40
    about: [oventide]
    text: Oventide's goal is to open 40 community ovens by the end of 2024.
  - id: oventide-bread-2021
    about: [oventide]
    date: 2021-04-30
    text: Oventide's ovens had baked 7,400 kilograms of bread by April 30, 2021.
  - id: harlow-grant
    about: [harlow-trust, oventide]
    date: 2021-05-20
    text: The Harlow Trust granted Oventide £250,000 to build ovens in Carrow Fen.
  - id: mill-1200
    about: [oventide]
    date: 2021-05-20
    text: Oventide's Carrow Fen mill has a capacity of 1,200 tonnes of flour a year.
""",
    "2023-08-02-oventide-report": source_line(
        "2023-08-02-oventide-report", "Oventide report counts 31 ovens", "2023-08-02"
    )
    + """\
facts:
  - id: oventide-bread-2023
    about: [oventide]
    date: 2023-06-30
    text: Oventide's ovens had baked 9,800 kilograms of bread by June 30, 2023.
  - id: mill-2000
    about: [oventide]
    date: 2023-08-02
    text: Oventide's Carrow Fen mill now has a capacity of 2,000 tonnes of flour a year.
  - id: oventide-ovens-31
    about: [oventide]
    text: Oventide now runs 31 community ovens.
""",
}


@pytest.fixture(scope="module")
def oventide(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("oventide")
    return engine_of(root, _RELEASES)


# --- short forms of units inside ordinary words ------------------------------------------


def test_a_short_form_joined_to_a_word_is_no_unit() -> None:
    raw = "How many T-shirts, kg-rated crates and Mi-Fi hubs did B&M ship in 2019?"
    joined = joined_words(raw)
    typed = "how many t shirts kg rated crates and mi fi hubs did b m ship in 2019".split()
    assert written_out(typed, joined) == typed
    assert not as_unit("kg", raw) and not as_unit("t", "how many t shirts")
    # A figure's unit is no compound: "a 12-km canal" is twelve kilometres.
    assert "km" not in joined_words("how long is the 12-km canal?")
    assert written_out("the 12 km canal".split(), joined_words("the 12-km canal")) == [
        "the",
        "12",
        "kilometres",
        "canal",
    ]


def test_a_one_letter_unit_counts_only_after_a_figure() -> None:
    assert written_out("how many t of grain".split()) == "how many t of grain".split()
    assert written_out("a 40 t load".split()) == "a 40 tonnes load".split()
    assert written_out("how many kg of grain".split())[2] == "kilograms"


# --- the first things of a kind, placed by the verb asked -------------------------------


def test_first_things_are_placed_by_a_sentence_with_the_verb_asked(oventide: Engine) -> None:
    # "installed" and "mounted" are one group of the thesaurus.
    answered(oventide, "where were oventide's first ovens installed?", "Dunmere")
    for verb in ("repaired", "inspected"):
        asked = ask(oventide, f"where were oventide's first ovens {verb}?")
        assert asked.status is Status.NOT_FOUND, asked.reply
        assert "mounted in April 2019" in asked.reply and "Source:" in asked.reply


def test_a_participle_is_read_by_its_ending_or_the_list() -> None:
    assert all(is_participle(w) for w in ("planted", "scrapped", "sown", "built"))
    assert not any(is_participle(w) for w in ("green", "garden", "women", "seed", "red"))


# --- a goal asked for a year before any -------------------------------------------------


def test_a_goal_asked_before_any_is_not_found_with_the_first(oventide: Engine) -> None:
    asked = ask(oventide, "what goal did oventide set in 2019?")
    assert asked.status is Status.NOT_FOUND, asked.reply
    assert "no goal set in 2019" in asked.reply and "2021-05-20" in asked.reply
    assert "40 community ovens" in asked.reply and "Source:" in asked.reply
    answered(oventide, "what goal did oventide set in 2021?", "40")


# --- a dimension's change asked with no range -------------------------------------------


@pytest.mark.parametrize(
    ("question", "change", "absent"),
    [
        # From the first figure stated (3,100 kilograms) to the last (9,800).
        ("how much did the weight of bread oventide baked grow?", "+6,700", "31"),
        # A capacity in tonnes a year is a capacity as much as one in megawatts.
        ("how much did the capacity of oventide's mill grow?", "+800", "6,700"),
    ],
)
def test_a_dimension_asked_with_no_range_runs_from_first_to_last(
    oventide: Engine, question: str, change: str, absent: str
) -> None:
    reply = answered(oventide, question, change)
    assert absent not in reply.split("\n")[0]


# --- pounds, a weight and a currency ----------------------------------------------------


def test_pounds_given_are_a_sum_of_money(oventide: Engine) -> None:
    answered(oventide, "how many pounds did the Harlow Trust grant oventide?", "£250,000")
    # Pounds of bread are a weight still: no sum of money answers them.
    for question in (
        "how many pounds of bread did oventide bake in 2019?",
        "how many pounds of bread did the Harlow Trust give oventide?",
    ):
        assert "250,000" not in ask(oventide, question).reply


# --- the release at one end, about a subject --------------------------------------------


@pytest.mark.parametrize(
    ("question", "headline", "other"),
    [
        ("what was the first release about the Harlow Trust?", "sets a goal of 40", "starts"),
        ("what was the first release about oventide?", "starts Oventide", "sets a goal"),
        ("what is the latest release about the Harlow Trust?", "sets a goal of 40", "counts"),
        ("which was the newest announcement on the Harlow Trust?", "sets a goal of 40", "counts"),
        ("what was the first release about?", "starts Oventide", "sets a goal"),
    ],
)
def test_the_release_at_one_end_about_a_subject(
    oventide: Engine, question: str, headline: str, other: str
) -> None:
    reply = answered(oventide, question, headline)
    assert other not in reply


# --- word lists are data ----------------------------------------------------------------


def test_the_engine_word_lists_of_figures_are_vocab_data() -> None:
    from bot.engine.qa.executors import events, figure_times
    from bot.vocab import figure_questions, irregular_participles, recalling_words

    words = figure_questions()
    assert words.change == figure_times.GAIN_WORDS and {"grow", "drop"} <= words.change
    assert words.fall < words.change and words.either_way < words.change
    assert recalling_words() == events._RECALLING and "since" in recalling_words()  # pyright: ignore[reportPrivateUsage]
    assert "sown" in irregular_participles() and words.quantity == {"many", "much"}
