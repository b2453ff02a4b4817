"""Answer a figure asked within a stretch of time ("how many calls in 2019?") from the
verdict of ``figure_periods.within_period``: the sentence for that stretch, cited, or
not_found naming the stretches the releases give a figure for and the running totals."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import NamedTuple

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered, citations, not_found
from bot.engine.qa.figure_periods import (
    Period,
    PeriodFigure,
    PeriodVerdict,
    asked_period,
    is_done_so_far,
    is_running_total,
    not_stated_text,
    period_in,
    shown_figures,
    within_period,
)
from bot.engine.qa.query import Query
from bot.kb.models import LoadedFact
from bot.search.index import Index


class Stated(NamedTuple):
    """One statement of a figure, as the figure executors hold it: its sentence, the
    figure as the release words it, and the date it holds (ISO)."""

    fact: LoadedFact
    shown: str
    date: str


def answer_within_period(index: Index, q: Query, stated: Sequence[Stated]) -> Answer | None:
    """The reply when ``q`` asks a figure within a stretch of time ("in 2019", "from
    January to October 2023") and ``stated`` (one series, non-empty) settles it: the
    sentence for that stretch, or not_found naming the stretches given, never a running
    total. None when the question asks no stretch or the series says nothing either way."""
    asked = asked_period(q)
    if asked is None or not stated:
        return None
    verdict = within_period(
        asked,
        [period_figure(s.fact, s.shown, s.date) for s in stated],
        # "How many in 2024 alone?": the amount within the year, never a level.
        alone="alone" in q.words,
    )
    if verdict is None:
        return None
    return period_answer(index, q, asked, verdict, stated[0].fact.about)


def period_figure(fact: LoadedFact, shown: str, date: str) -> PeriodFigure:
    """A statement of a figure (``shown`` as the release words it, ``date`` when it
    holds), with the stretch its sentence says it covers."""
    return PeriodFigure(
        fact.text,
        fact.source,
        shown,
        date,
        period_in(fact.text),
        is_running_total(fact.text),
        is_done_so_far(fact.text),
    )


def period_answer(
    index: Index, q: Query, asked: Period, verdict: PeriodVerdict, entities: tuple[str, ...]
) -> Answer:
    """The reply for ``verdict``: the matching sentence with its figure, or not_found
    citing every release whose figure it names."""
    if verdict.match is not None:
        m = verdict.match
        period = m.period.shown if m.period is not None else asked.shown
        text = f"**{m.shown}** ({period}):\n{m.text.strip()}"
        return answered(index, q.question, text, [m.source], entities=entities)
    text = not_stated_text(asked, verdict.others)
    shown = shown_figures(verdict.others)
    return dataclasses.replace(
        not_found(q.question, text),
        citations=citations(index, [f.source for part in shown for f in part]),
        entities=entities,
    )
