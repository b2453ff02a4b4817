"""An answer is about the question's subject, and places stated in words (issue 10), on
the invented base tests/fixtures/kb_placed (README there)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered, ask
from tests.kbpaths import KB_FIVE

KB_PLACED = Path(__file__).parent / "fixtures" / "kb_placed"


@pytest.fixture(scope="module")
def placed() -> Engine:
    return Engine(Index(load_knowledge(KB_PLACED)))


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


@pytest.mark.parametrize(
    "question", ["where's Halvard headquartered?", "where is Halvard based these days?"]
)
def test_an_organisation_by_its_first_word_and_a_headquartered_compound(
    placed: Engine, question: str
) -> None:
    status, reply, sources = ask(placed, question)
    assert status is Status.ANSWERED and "Oslo" in reply, reply
    assert sources == ["2024-06-05-halvard-mgt"], sources


def test_a_subject_named_in_lower_case_is_not_answered_with_another_entity(
    placed: Engine,
) -> None:
    # The only fact placing anything is a meeting at another organisation's headquarters.
    status, reply, _ = ask(placed, "where is halvard based?")
    assert status is not Status.ANSWERED, reply
    assert "Kestrel" not in reply and "Geneva" not in reply, reply


def test_where_an_agreement_was_signed_is_read_from_the_sentence(placed: Engine) -> None:
    status, reply, _ = ask(placed, "in which city did Halvard and MGT sign the breeding agreement?")
    assert status is Status.ANSWERED and "**Where:** Arusha" in reply, reply


def test_a_place_near_other_words_is_not_where_the_act_happened(placed: Engine) -> None:
    # "farmers … in Tanzania" is where the farmers are, not where anything was planted.
    _, reply, _ = ask(placed, "where will MGT host the trial plots?")
    assert "**Where:** Tanzania" not in reply, reply


# --- counts asked with no subject named ------------------------------------------------


def test_a_count_with_no_subject_gives_every_stated_figure(placed: Engine) -> None:
    # "dams" stems to "dam", a short stem; "Nine of the 60 farm dams" counts nine.
    status, reply, _ = ask(placed, "how many farm dams?")
    assert status is Status.ANSWERED, reply
    # Both statements, each shown: the plan and the part of it done.
    assert "will dig 60 farm dams" in reply and "Nine of the 60" in reply, reply


def test_a_part_of_a_planned_whole_is_the_count_reached(placed: Engine) -> None:
    status, reply, _ = ask(placed, "how many farm dams have been dug?")
    assert status is Status.ANSWERED and "Nine**" in reply, reply


# --- age limits stated in words ---------------------------------------------------------


def test_an_age_range_stated_in_words_answers_an_age_limit(placed: Engine) -> None:
    status, reply, _ = ask(placed, "what's the age limit to join MGT?")
    assert status is Status.ANSWERED and "aged 18 to 35" in reply, reply


def test_a_bound_on_something_else_is_no_age_limit(placed: Engine) -> None:
    # "under 30 per cent" bounds seed losses, not anyone's age.
    status, reply, _ = ask(placed, "what's the maximum age at Halvard?")
    assert status is not Status.ANSWERED and "30" not in reply, reply


# --- items of a list inside a quote, counted ---------------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("how many things did Ingrid Halvorsen say farmers could grow drought-proof?", "Four"),
        ("how many things did Halvorsen say farmers should sell through?", "Three"),
    ],
)
def test_things_someone_said_are_the_items_of_the_list_the_question_words(
    placed: Engine, question: str, lead: str
) -> None:
    status, reply, _ = ask(placed, question)
    assert status is Status.ANSWERED and f"**{lead}:**" in reply, reply


# --- chat short forms of counted nouns ---------------------------------------------------


def test_ppl_is_people_in_a_count(five: Engine) -> None:
    status, reply, _ = ask(five, "newest count of ppl trained by the academy?")
    assert status is Status.ANSWERED and "20,000" in reply, reply


# --- a thing named by its place and its noun ------------------------------------------


def test_the_place_adjective_and_noun_name_the_thing_there(placed: Engine) -> None:
    # "Tanzanian" reads as Tanzania; the station is in Arusha, a city in Tanzania.
    status, reply, _ = ask(placed, "what is the Tanzanian station for?")
    assert status is Status.ANSWERED and "breeding station" in reply, reply
    assert "East Africa" not in reply, reply


# --- two parties: the answer is about both ---------------------------------------------


@pytest.mark.parametrize(
    "question",
    ["where did Halvard meet the Kestrel Foundation?", "when did MGT meet Kestrel Foundation?"],
)
def test_a_meeting_of_one_party_with_someone_else_is_not_theirs(
    placed: Engine, question: str
) -> None:
    status, reply, _ = ask(placed, question)
    assert status is not Status.ANSWERED, reply
    assert "Geneva" not in reply and "2023" not in reply, reply


# --- which <noun> came first -------------------------------------------------------------


def test_which_noun_came_first_dates_each_ends_noun(five: Engine) -> None:
    # Kigali also hosted a meeting in 2019; the campus there opened in February 2020.
    status, reply, _ = ask(five, "which campus opened earlier, KL or Kigali?")
    assert status is Status.ANSWERED and "**Kigali**" in reply and "(February 2020)" in reply, reply


# --- a share's change in percentage points ----------------------------------------------


def test_a_share_moved_by_points_is_its_series_change(placed: Engine) -> None:
    status, reply, _ = ask(
        placed,
        "by how many points did the proportion of female MGT members shift from 2023 to 2024?",
    )
    assert status is Status.ANSWERED and "+9 percentage points" in reply, reply


# --- a list's size at the start against a year ------------------------------------------


def test_a_list_at_the_start_against_a_year_gives_both_counts(five: Engine) -> None:
    status, reply, _ = ask(five, "how many partners did the academy have at its start vs 2022?")
    assert status is Status.ANSWERED, reply
    assert "**Four** partners" in reply and "**six**" in reply, reply


@pytest.mark.parametrize(
    "question",
    [
        "who said Africa and Asia have excellent small businesses?",
        "which person said small businesses across Africa make excellent products?",
    ],
)
def test_a_region_that_opens_an_alias_names_no_one(five: Engine, question: str) -> None:
    # kb_five's Development Trust for Africa has the alias "Africa Development Trust", but
    # facts about other things use "Africa": it is a region there, not the Trust.
    reply = answered(five, question)
    assert "HARTMANN" in reply and "Development Trust for Africa on that" not in reply
