"""Answers found wrong in session 10's review of its own changes: each test names the
question that was answered confidently and wrongly, and checks the kind of fix."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index
from tests.kbpaths import KB_CABLE, KB_FIVE


@pytest.fixture(scope="module")
def cable() -> Engine:
    return Engine(Index(load_knowledge(KB_CABLE)))


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


def test_a_sentence_reporting_the_words_beats_a_quote_sharing_half(cable: Engine) -> None:
    """ "What did Henrik Aas say about the new vessel?": no quote of his has both words,
    one 2021 quote has "vessels"; the 2025 sentence "Henrik Aas … said the new vessel
    will carry 2,000 tonnes of spare cable" has both and is what he said."""
    reply = render_text(cable.handle("what did Henrik Aas say about the new vessel?"))
    assert "2,000 tonnes" in reply, reply
    assert "sixty years" not in reply, reply


@pytest.mark.parametrize("period", ["Q1", "H2", "FY2020"])
def test_a_quarter_or_fiscal_year_is_no_wrong_place(five: Engine, period: str) -> None:
    """ "When did the Academy open a campus in Q1?" asks a time: never "Not in Q1: no
    release puts it in Q1; they give the place as Kigali …" (a capitalised word ending
    the question is read as a place only when it is no time)."""
    reply = render_text(five.handle(f"when did the Academy open a campus in {period}?"))
    assert f"Not in {period}" not in reply, reply


def test_a_place_no_release_names_is_still_a_wrong_detail(five: Engine) -> None:
    reply = render_text(five.handle("when did the Academy open its campus in Lagos?"))
    assert "**Not in Lagos:**" in reply and "Kigali" in reply, reply


def test_a_goal_stating_a_figure_is_not_met_by_a_progress_report(five: Engine) -> None:
    """ "Did the Academy train women entrepreneurs by 2023 as it aimed to?": the aim is
    30,000 entrepreneurs, half of them women; a 2021 report of 5,100 trained is progress,
    not the goal met, so never "Yes: it happened … by the 2023 goal"."""
    reply = render_text(
        five.handle("did the Academy train women entrepreneurs by 2023 as it aimed to?")
    )
    assert not reply.splitlines()[1].startswith("**Yes"), reply


class _EveryRelease(list):  # type: ignore[type-arg]
    """``Index.sources_newest`` that refuses a pass over every release: a question about
    a dateline or a year's release looks its few releases up."""

    def __iter__(self):  # type: ignore[override]
        raise AssertionError("a question read every release")


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("which release came out of Kigali?", "2019-11-12"),
        (
            "how long had Amara Okafor been President of the Digital Trade Alliance when"
            " the 2024 release came out?",
            "2024",
        ),
    ],
)
def test_a_release_asked_by_dateline_or_year_reads_no_list_of_every_release(
    question: str, shown: str
) -> None:
    engine = Engine(Index(load_knowledge(KB_FIVE)))
    engine.warm()
    index = engine.index
    index.sources_newest = _EveryRelease(index.sources_newest)
    reply = render_text(engine.handle(question))
    assert shown in reply, reply


def test_a_yes_no_asked_in_a_quarter_is_not_told_a_place(five: Engine) -> None:
    """ "Did the Academy open a campus in Q1?" asks a time: never "they place it at
    Kigali", as if "Q1" were a place the releases do not name."""
    reply = render_text(five.handle("did the Academy open a campus in Q1?"))
    assert "place it at" not in reply, reply
