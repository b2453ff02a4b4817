"""The time a figure took to go from one value to another: "how long did it take to go
from 31 to 118 sites?", "how long did X take to grow from 12 to 40 members?".

Each value is dated by the first statement giving it as a figure reached (no goal, no
plan): the later value by a sentence whose figure counts the noun asked, else by one about
the question's subject; the earlier value by a sentence about the same thing as the later
one (a release may count the same sites as "31 solar microgrids"). The answer is the time
between the two statements' dates (``durations.between``), both cited. None when the
question names no two figures or a value is stated nowhere.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered, format_date
from bot.engine.qa.durations import between
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.figure_series import names_counted
from bot.engine.qa.figures import (
    Figure,
    figure_value,
    figures_in,
    is_goal_figure,
    is_planned_figure,
)
from bot.engine.qa.query import Query
from bot.engine.qa.shorthand import asked_figures
from bot.engine.qa.vocabulary import PREPOSITIONS, SPELLED_NUMBERS
from bot.kb.models import LoadedFact
from bot.search.terms import content_terms, stem

# "From 31 to 118 sites": the two values and the noun after the second.
_FROM_TO = re.compile(
    r"\bfrom\s+(?P<a>[\d,.]+(?:\s*(?:k|million))?)\s+to\s+(?P<b>[\d,.]+(?:\s*(?:k|million))?)"
    r"(?:\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}))?",
    re.IGNORECASE,
)


# A question naming no subject reads every fact of a base this small for the value (the
# bundled and test bases); a larger base's facts are first narrowed by their words and
# the oldest this many read (the bound of release_topic.MAX_TOPIC_FACTS_READ).
MAX_UNSUBJECTED_FACTS_READ = 2_000


class StatedValue(NamedTuple):
    """A value first stated: the fact, its figure and its date (ISO)."""

    fact: LoadedFact
    figure: Figure
    date: str


class FigureDurationAnswers(ExecutorBase):
    def figure_duration(self, q: Query) -> Result:
        """ "How long did it take to go from A to B <noun>?" (module docstring)."""
        words = set(q.words)
        if q.quote or q.meta or not {"how", "long"} <= words:
            return None
        match = _FROM_TO.search(q.question)
        if match is None:
            return None
        a, b = (asked_figures(match[k]) for k in ("a", "b"))
        if len(a) != 1 or len(b) != 1:
            return None
        noun = _head(match["noun"] or "")
        later = self._first_stated(q, b.pop(), noun, owner=None, written=match["b"])
        if later is None:
            return None
        owner = later.fact.about[0] if later.fact.about else None
        earlier = self._first_stated(q, a.pop(), noun, owner=owner)
        if earlier is None or earlier.date > later.date:
            return None
        span = between(earlier.date, later.date)
        lines = [
            f"**{span.head}** between the first statements of {earlier.figure.shown} and "
            f"{later.figure.shown} ({span.working}).",
            *(
                f"• {format_date(s.date)}: {s.fact.text.strip()}{placeholder(s.fact.source)}"
                for s in (earlier, later)
            ),
        ]
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [earlier.fact.source, later.fact.source],
            entities=[e for s in (earlier, later) for e in s.fact.about],
        )

    def _first_stated(
        self, q: Query, value: float, noun: str, *, owner: str | None, written: str = ""
    ) -> StatedValue | None:
        """The earliest statement of ``value`` (``written`` as the question gives it) as
        a figure reached: about ``owner`` when given (any noun), else counting ``noun``
        (about a subject of the question when it names one)."""
        if owner is not None:
            facts = self.index.facts_by_entity.get(owner, [])
        elif q.subjects:
            facts = [f for s in q.subjects for f in self.index.facts_by_entity.get(s, [])]
        elif len(self.index.fact_by_id) <= MAX_UNSUBJECTED_FACTS_READ:
            facts = list(self.index.fact_by_id.values())
        else:
            facts = self._stating_candidates(value, noun, written)
        found = []
        for fact in facts:
            if owner is not None and (not fact.about or fact.about[0] != owner):
                continue
            for figure in figures_in(fact.text, spelled_out=True):
                if figure_value(figure) != value or figure.whole:
                    continue
                if is_goal_figure(figure) or is_planned_figure(fact.text, figure):
                    continue
                if owner is None and noun and not names_counted(figure, noun):
                    continue
                found.append(StatedValue(fact, figure, self.fact_date(fact)))
                break
        return min(found, key=lambda s: s.date) if found else None

    def _stating_candidates(self, value: float, noun: str, written: str) -> list[LoadedFact]:
        """For a question naming no subject on a large base: the oldest
        MAX_UNSUBJECTED_FACTS_READ facts whose words hold the value (as the question
        writes it, in digits, or spelled out) and, given a ``noun``, a word that may count
        it (``same_word``), found from the term postings rather than by reading every
        fact of the base for figures on each question."""
        terms = self.index.terms
        forms = {written}
        if value == int(value):
            forms.update((str(int(value)), f"{int(value):,}"))
            forms.update(w for w, n in SPELLED_NUMBERS.items() if n == value)
        holding = None
        for form in forms:
            words = content_terms(form)
            if words:
                mask = terms.mask_of_all(words)
                holding = mask if holding is None else holding | mask
        if holding is None:
            return []
        if noun:
            # same_word: the noun, a term it starts (of four letters or more), or a term
            # starting with it (when it has four letters or more).
            related = {noun, *(noun[:k] for k in range(4, len(noun)))}
            if len(noun) >= 4:
                related.update(terms.terms_starting(noun))
            holding &= terms.mask_of_any(related)
        docs, fact_by_id = terms.docs, self.index.fact_by_id
        found = [
            fact_by_id[doc.id]
            for doc in map(docs.__getitem__, holding.nonzero()[0].tolist())
            if doc.kind == "fact"
        ]
        found.sort(key=self.fact_date)  # stable: the base's order among equal dates
        return found[:MAX_UNSUBJECTED_FACTS_READ]


def _head(phrase: str) -> str:
    """The stem of the head of the noun phrase after the second figure: its last word
    before a preposition, article or verb ("teachers" of "certified teachers", "sites"
    of "sites in Fiji"); "" for none."""
    words: list[str] = []
    for word in phrase.casefold().split():
        if word in _PHRASE_END:
            break
        words.append(word)
    return stem(words[-1]) if words else ""


# Words that end the noun phrase after a figure ("118 sites in Fiji", "40 members did").
_PHRASE_END = frozenset(PREPOSITIONS) | frozenset(
    "a an the and or did does do was were is are has have had it they took take".split()
)
