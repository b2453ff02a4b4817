"""A figure a later release states only by restating a summary (issue 12): "a federation
of 33 cooperatives" under ``summaries:`` is the membership as of that release, so "how
many … now" leads with it, newest first, cited to that release, and the trend ends on it.

Asked on an invented three-release base (tests/fixtures/kb_summary_figures): 2018 and 2021
state "has N member cooperatives" as facts; 2024 states the membership only in the
association's restated summary, without the word "member".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.figures import (
    counted_unit,
    figures_in,
    same_figure,
    summary_statement,
)
from bot.kb.loader import load_knowledge
from bot.kb.models import LoadedFact, LoadedSummary
from bot.search.index import Index
from bot.search.terms import content_terms
from tests.asking import ask

KB = Path(__file__).parent / "fixtures" / "kb_summary_figures"
R2018, R2021, R2024 = (
    "2018-06-12-copperleaf-founded",
    "2021-03-08-copperleaf-factory",
    "2024-10-02-copperleaf-export",
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(Index(load_knowledge(KB)))


def test_every_count_of_members_counts_one_thing() -> None:
    a = "The Guild has 14 member bakeries."
    b = "The Guild, a network of 19 bakeries in four towns."
    c = "The Guild sold 19 bakeries."
    (fa,), (fb,), (fc,) = figures_in(a), figures_in(b), figures_in(c)
    assert counted_unit(a, fa) == counted_unit(b, fb)
    assert counted_unit(c, fc) != counted_unit(a, fa)


def test_a_restated_summary_is_a_newer_statement_of_the_figure() -> None:
    older = LoadedFact(
        id="guild-2019",
        text="The Guild has 14 member bakeries.",
        about=("guild",),
        date="2019-05-01",
        place=None,
        source="r2019",
        position=0,
    )
    restated = summary_statement(
        LoadedSummary(entity="guild", text="The Guild, a network of 19 bakeries.", source="r2023")
    )
    dates = {"r2019": "2019-05-01", "r2023": "2023-02-01"}
    found = same_figure(
        older,
        [restated],
        terms_of=lambda f: frozenset(content_terms(f.text)),
        date_of=lambda f: f.date or dates[f.source],
        asked=content_terms("how many member bakeries does the Guild have"),
        subjects=("guild",),
    )
    assert [(f.figure.value, f.date, f.fact.source) for f in found] == [
        ("19", "2023-02-01", "r2023"),
        ("14", "2019-05-01", "r2019"),
    ]


@pytest.mark.parametrize(
    "question",
    [
        "how many member cooperatives does the Copperleaf Tea Growers Association have?",
        "how many members does Copperleaf have?",
        "what's the latest figure for member cooperatives of the Copperleaf association?",
    ],
)
def test_how_many_now_leads_with_the_summary_of_the_newest_release(
    engine: Engine, question: str
) -> None:
    status, reply, sources = ask(engine, question)
    assert status is Status.ANSWERED
    assert "33 as of 2024-10-02" in reply and "21 as of 2021-03-08" in reply
    assert reply.index("33") < reply.index("21") < reply.index("12 ")
    assert sources[0] == R2024


def test_the_membership_over_time_ends_on_the_restated_summary(engine: Engine) -> None:
    status, reply, sources = ask(
        engine, "how has the Copperleaf Tea Growers Association's membership grown over time?"
    )
    assert status is Status.ANSWERED
    assert "**Up**: from 12 (2018-06-12) to 33 (2024-10-02)" in reply
    assert sources == [R2024, R2021, R2018]  # newest first (issue 12)


def test_a_summary_after_the_time_asked_is_not_the_figure_then(engine: Engine) -> None:
    status, reply, sources = ask(engine, "how many member cooperatives did the CTGA have in 2022?")
    assert status is Status.ANSWERED
    assert "21" in reply and "33" not in reply and R2024 not in sources


def test_a_gain_up_to_now_ends_on_the_restated_summary(engine: Engine) -> None:
    status, reply, sources = ask(
        engine,
        "how many members did the Copperleaf Tea Growers Association gain between 2018 and 2024?",
    )
    assert status is Status.ANSWERED
    assert "**+21**" in reply and "33 − 12" in reply
    assert sources == [R2018, R2024]
