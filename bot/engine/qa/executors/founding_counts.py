"""How many there were at the start: "how many genebanks founded the network?", "how many
members did X launch with?", "how many companies set up the alliance?".

The count at founding is not the newest count: it is the figure a sentence about the
subject gives with a verb of beginning next to it ("was founded by 14 national and
community genebanks", "launched with 12 founding members"), the oldest such sentence
when several do. A later count of the same noun ("an alliance of 40 genebanks") is
shown after it as what the newest release says, each cited. None when no sentence
states a count at the start, so that the other count executors answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered, format_date
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.executors.events import is_aim
from bot.engine.qa.executors.items import list_noun
from bot.engine.qa.figures import Figure, figures_in, same_word, summary_statement
from bot.engine.qa.query import AnswerType, Query
from bot.kb.models import LoadedFact
from bot.search.terms import stem

# Words of a question asking about the start ("founded", "founding", "set up", "launch",
# "initially", "originally"), stemmed as the question's terms are.
_START_TERMS = frozenset(
    stem(w)
    for w in "found founded founding founders establish established launch launched "
    "create created initially originally original".split()
)
# A sentence's verb of beginning, before the figure ("was founded by 14", "founded in
# Tampere on May 15, 2017 by twelve companies", "launched with 12").
_BEGAN = re.compile(r"\b(?:founded|established|launched|set up|created|formed|started)\b", re.I)
_BY_OR_WITH = re.compile(r"\b(?:by|with)\s+(?:(?:about|some|around|over)\s+)?$", re.I)
# The founders named after the figure ("12 founding members", "12 member companies, its
# founding members").
_FOUNDERS = re.compile(r"\bfound(?:ing|ers?)\b", re.I)
# How far after the figure the founders may be named, in characters.
FOUNDERS_REACH = 80


@dataclass(frozen=True, slots=True)
class StartCount:
    """A count at the start: the sentence, its figure and its date (ISO)."""

    fact: LoadedFact
    figure: Figure
    date: str


class FoundingCountAnswers(ExecutorBase):
    def founding_count(self, q: Query) -> Result:
        """ "How many <noun> founded X?": the count a sentence gives with a verb of
        beginning, the oldest first, with the newest count of the noun after it; None
        when the question asks no count at the start or no sentence states one."""
        if q.answer_type is not AnswerType.NUMBER or q.wants != "count":
            return None
        if not q.subjects or q.quote or q.meta or q.role_asks or q.time.points:
            return None
        if not set(q.terms) & _START_TERMS:
            return None
        noun = list_noun(q.words)
        if noun is None:
            return None
        asked = stem(noun)
        at_start: list[StartCount] = []
        later: list[StartCount] = []
        for fact in self._start_statements(q):
            if is_aim(fact.text):
                continue
            figure = _counting(fact.text, asked)
            if figure is None:
                continue
            found = StartCount(fact, figure, self.fact_date(fact))
            (at_start if _at_start(fact.text, figure) else later).append(found)
        if not at_start:
            return None
        first = min(at_start, key=lambda c: c.date)
        lines = [
            f"**{first.figure.shown}** at the start, as of {format_date(first.date)}:",
            f"{first.fact.text.strip()}{placeholder(first.fact.source)}",
        ]
        sources = [first.fact.source]
        newest = max(later, key=lambda c: c.date, default=None)
        if newest is not None and newest.date > first.date:
            lines.append(
                f"• Newest ({newest.date}): {newest.fact.text.strip()}"
                f"{placeholder(newest.fact.source)}"
            )
            sources.append(newest.fact.source)
        return answered(
            self.index, q.question, "\n".join(lines), sources, entities=first.fact.about
        )

    def _start_statements(self, q: Query) -> list[LoadedFact]:
        """The facts leading with a subject, and its dated summaries as statements of
        their releases (``summary_statement``)."""
        found: list[LoadedFact] = []
        for subject in q.subjects:
            facts = self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
            found += [f for f in facts if f.about and f.about[0] == subject]
            found += map(summary_statement, self.index.summary_history(subject))
        return found


def _at_start(text: str, figure: Figure) -> bool:
    """Whether ``text`` gives ``figure`` as a count at the start: after "by" or "with"
    following a verb of beginning in its sentence, or before the word "founding" or
    "founders" ("X, founded in 2017, now has 40 members" is a count of now)."""
    at = text.casefold().find(figure.value.casefold())
    if at < 0:
        return False
    before = re.split(r"[.;]\s", text[:at])[-1]
    after = re.split(r"[.;]\s", text[at:])[0][:FOUNDERS_REACH]
    return bool(_FOUNDERS.search(after) or (_BY_OR_WITH.search(before) and _BEGAN.search(before)))


def _counting(text: str, noun: str) -> Figure | None:
    """The figure of ``text`` counting ``noun`` (a stem) within the few words after it
    ("14 national and community genebanks"), a count spelled out included."""
    for figure in figures_in(text, spelled_out=True):
        if "%" in figure.value or "cent" in figure.value:
            continue
        if any(same_word(w, noun) for w in figure.after):
            return figure
    return None
