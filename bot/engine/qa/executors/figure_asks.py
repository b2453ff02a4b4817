"""A figure asked for by a noun rather than "how many": "what's the latest figure for
entrepreneurs trained?", "the most recent number of member companies", "latest count of
graduates".

"Figure", "number", "count", "tally" name what is wanted, not what a release says, so
they are taken out of the words to match, and the question becomes a number question:
the fact path then answers with the figure's newest statement and its dated history
(``figures.py``, the same grouping as every newest-first figure).
"""

from __future__ import annotations

import dataclasses
import re

from bot.engine.answer import Answer, Status
from bot.engine.qa.equated import equated_terms, with_noun
from bot.engine.qa.executors.base import _CHANGE_TERMS, ExecutorBase, Result
from bot.engine.qa.query import AnswerType, Query, TimeConstraint
from bot.engine.qa.read import ANSWER_TYPE_TERMS
from bot.search.terms import stem

# Nouns that ask for a figure ("the latest figure for …", "the number of …").
FIGURE_NOUNS = frozenset(
    "figure figures number numbers count counts tally total totals statistic statistics "
    "stat stats headcount".split()
)
_FIGURE_TERMS = frozenset(stem(w) for w in FIGURE_NOUNS)
# "The most recent figure", "the current number": the newest leads anyway.
_RECENT_TERMS = frozenset(
    stem(w) for w in "recent recently latest newest current currently updated most".split()
)


class FigureAsks(ExecutorBase):
    def figure_by_noun(self, q: Query) -> Result:
        """The newest statement of the figure named; None when the question names no
        figure noun, or nothing beyond it, or no fact states it."""
        if not set(q.words) & FIGURE_NOUNS or q.role_asks or q.quote or q.meta:
            return None
        if q.words[:1] == ("why",):
            return None  # "why did X miss its number?" asks a reason, not the figure
        if set(q.terms) & _CHANGE_TERMS or len(q.time.points) > 1:
            return None  # "how did the number change between …": arithmetic
        if q.answer_type not in (AnswerType.ANY, AnswerType.NUMBER):
            return None
        asking = _FIGURE_TERMS | ANSWER_TYPE_TERMS["count"] | _RECENT_TERMS
        if q.subjects:
            # "The figure for people the Academy trained": "people" is the subject's; with
            # no subject, "member companies" needs both words.
            asking |= ANSWER_TYPE_TERMS[None]
        before_latest = _BEFORE_LATEST.search(" ".join(q.words)) is not None
        if before_latest:
            asking |= _REPORT_TERMS
        terms = [t for t in q.terms if t not in asking]
        if not terms:
            return None
        numeric = dataclasses.replace(
            q, terms=tuple(terms), wants="count", answer_type=AnswerType.NUMBER
        )
        if before_latest:
            return self._before_latest(numeric, terms)
        found = self.facts(numeric, terms)
        if isinstance(found, Answer) and found.status is Status.ANSWERED:
            return found
        # "The latest figure for seed samples": the noun a release equates them with
        # ("accessions (distinct seed samples)"), and the words its sentences use.
        equated = equated_terms(self.index, terms)
        if equated is None:
            return found
        noun = next(t for t in equated if t not in terms)
        terms = with_noun(self.index, noun, equated)
        numeric = dataclasses.replace(numeric, terms=tuple(terms))
        return self.facts(numeric, terms) or found

    def _before_latest(self, q: Query, terms: list[str]) -> Result:
        """ "What was the diesel figure before the latest report?": the figure as of
        the month before the newest statement of it (the newest release stating it
        left out); None when no figure is stated before that."""
        newest = self.facts(dataclasses.replace(q, time=TimeConstraint()), terms)
        if not isinstance(newest, Answer) or newest.status is not Status.ANSWERED:
            return None
        dates = [self.index.source_date(c.source_id) for c in newest.citations]
        if not dates:
            return None
        latest = max(dates)
        year, month = (latest.year, latest.month - 1) if latest.month > 1 else (latest.year - 1, 12)
        earlier = TimeConstraint(until=year, until_month=month)
        found = self.facts(dataclasses.replace(q, time=earlier), terms)
        if not isinstance(found, Answer) or found.status is not Status.ANSWERED:
            return None
        return found


# "Before the latest report", "before the last update": the figure one statement back.
_BEFORE_LATEST = re.compile(
    r"\bbefore the (?:latest|last|newest|most recent|current)"
    r"(?: (?:report|release|update|announcement|statement|figure|one))?\b"
)
# The words naming the report in that phrase, which no sentence uses.
_REPORT_TERMS = frozenset(
    stem(w) for w in "report release update announcement statement before".split()
)
