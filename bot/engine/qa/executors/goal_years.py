"""The goals set for a year the question names, whatever their subject: "what is the
goal for 2026?", "what's the target for 2030?".

A goal's year is the one its own sentence gives the figure ("plan to rescue 7 million
pounds of fresh food in 2026", "a target of 450 by 2025"), not its release's date: a
2025 release setting a goal for 2026 answers "the goal for 2026". The candidates are the
sentences the retriever finds for the year, and for the goal words with it (at most
``MAX_RANKED`` each),
each kept when a figure of it is a goal or a plan and the year follows that figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.engine.qa.figure_series import FigurePoint
from bot.engine.qa.figures import (
    Figure,
    figure_value,
    figures_in,
    is_goal_figure,
    is_money,
    is_planned_figure,
)
from bot.engine.qa.retrieve import Retriever
from bot.kb.models import LoadedFact
from bot.search.terms import stem

# How many candidate sentences the retriever gives for the goal words and the year.
MAX_RANKED = 40
_GOAL_TERMS = tuple(stem(w) for w in ("goal", "target", "aim", "plan"))


def goals_for_year(
    retriever: Retriever,
    year: str,
    date_of: Callable[[LoadedFact], str],
    subjects: tuple[str, ...] = (),
) -> list[FigurePoint]:
    """The goal figures whose sentence names ``year`` ("2026") after them, newest
    release first; about one of ``subjects`` when given. Sums of money are left out (a
    pledge is no goal)."""
    found: dict[str, FigurePoint] = {}
    # The year alone finds a plan worded without a goal word; the goal words with it
    # rank the goals first.
    ranked = [
        *retriever.rank([year], set(subjects), include_quotes=False)[:MAX_RANKED],
        *retriever.rank([*_GOAL_TERMS, year], set(subjects), include_quotes=False)[:MAX_RANKED],
    ]
    for candidate in ranked:
        fact = candidate.item
        if not isinstance(fact, LoadedFact) or fact.id in found:
            continue
        if subjects and not set(subjects) & set(fact.about):
            continue
        for figure in figures_in(fact.text):
            if is_money(figure) or not (
                is_goal_figure(figure) or is_planned_figure(fact.text, figure)
            ):
                continue
            at = fact.text.find(figure.value)
            if at < 0 or not re.search(rf"\b{year}\b", fact.text[at:]):
                continue
            found[fact.id] = FigurePoint(fact, figure, figure_value(figure), date_of(fact))
            break
    return sorted(found.values(), key=lambda p: p.date, reverse=True)


# Goal words a deadline year goes with: "the 2020 target", "the goal for 2030".
_GOAL_WORDS = frozenset("goal goals target targets aim aims".split())
_YEAR = re.compile(r"(?:19|20)\d\d")


def deadline_year(words: tuple[str, ...]) -> str | None:
    """The year a question names as a goal's deadline: right before a goal word ("its
    2020 target"), or after "for" right after one ("the goal for 2030"); None for a
    year asked otherwise ("what was the goal in 2018?" asks the goal set by then)."""
    for i, word in enumerate(words):
        if not _YEAR.fullmatch(word):
            continue
        if any(_YEAR.fullmatch(w) for w in (*words[i - 2 : i], *words[i + 1 : i + 3])):
            return None  # "the goal for 2024-2026": a period's goal, not a year's
        if words[i + 1 : i + 2] and words[i + 1] in _GOAL_WORDS:
            return word
        if i >= 2 and words[i - 1] == "for" and words[i - 2] in _GOAL_WORDS:
            return word
    return None


def sets_for_year(text: str, figure: Figure, year: str) -> bool:
    """Whether a goal's sentence ``text`` gives ``year`` after its ``figure`` ("1,200
    … by the end of 2020" for 2020): the goal is for that year."""
    at = text.find(figure.value)
    return at >= 0 and re.search(rf"\b{year}\b", text[at:]) is not None
