"""Titles and items in time (issue 12): the title in force in a year between two statements,
who used to run an organisation, and the newest or first item of a kind
(``executors/affiliation.py``, ``former_heads.py``, ``item_order.py``).

Asked on the invented base tests/fixtures/kb_cisterns: a manager stated in 2020 and
2022 whose next title is first given in 2024, and an executive director whose title
ended in 2023 before his successor's was first stated.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered

KB_CISTERNS = Path(__file__).parent / "fixtures" / "kb_cisterns"


@pytest.fixture(scope="module")
def cisterns() -> Engine:
    return Engine(Index(load_knowledge(KB_CISTERNS)))


def test_a_title_between_two_statements_is_the_one_stated_before(cisterns: Engine) -> None:
    reply = answered(cisterns, "what was Ama Osei doing at the trust in 2023?", "Programme Manager")
    lead = reply.split("\n")[1]
    assert "Programme Manager" in lead and "Executive Director" not in lead
    assert "2024-03-12" in reply  # the next title, as what came after


@pytest.mark.parametrize(
    "question",
    ["who previously led the Kora Water Trust?", "who used to be in charge of the trust?"],
)
def test_who_used_to_run_it_is_the_earlier_holder_of_its_top_title(
    cisterns: Engine, question: str
) -> None:
    reply = answered(cisterns, question, "Jonas BREL", "ended 2023-06-30")
    assert reply.index("Jonas BREL") < reply.index("Ama OSEI")


# --- the newest or oldest item of a kind (executors/item_order.py) ----------------------


@pytest.mark.parametrize(
    ("question", "lead", "other"),
    [
        ("which depot was opened most recently?", "Newest: Odera", "Basso"),
        ("what was the earliest depot to open?", "First: Basso", "Odera"),
    ],
)
def test_the_newest_or_first_item_of_a_kind_by_its_opening_date(
    cisterns: Engine, question: str, lead: str, other: str
) -> None:
    reply = answered(cisterns, question, lead, other)
    # The Basso depot's reopening in 2024 is no newer depot.
    assert "reopened" not in reply


def test_a_founding_date_is_given_to_the_day_when_a_sentence_gives_it(cisterns: Engine) -> None:
    # A 2024 sentence recalls "founded in 2018"; the 2018 one gives the day.
    answered(cisterns, "when was the Kora Water Trust set up?", "March 5, 2018")


def test_years_from_a_founding_count_from_its_day(cisterns: Engine) -> None:
    reply = answered(
        cisterns,
        "how many years passed between the founding of the trust and the opening of the "
        "Odera depot?",
        "2018-03-05 to 2022-02-02",
    )
    assert "Three years" in reply and "four" not in reply.casefold()


def test_how_long_someone_had_held_a_title_by_a_date(cisterns: Engine) -> None:
    # From the fact dating her start (July 1, 2023) to the date asked, not to a range
    # some other sentence states.
    reply = answered(
        cisterns, "how long had Ama Osei been executive director by March 2024?", "8 months"
    )
    assert "2023-07 to 2024-03" in reply


def test_an_item_is_its_whole_noun_phrase_and_never_a_fact_id() -> None:
    # kb_peatland: "which sensor network launched first?" once answered "First: Trondheim
    # (2011)" from a sensor maker's founding, and listed a fact's id as an item's name.
    from tests.kbpaths import KB_PEATLAND

    engine = Engine(Index(load_knowledge(KB_PEATLAND)))
    reply = engine.handle("which sensor network launched first?").text
    assert "First: Trondheim" not in reply, reply
    assert "nwtech-supplies-sensors" not in reply, reply
