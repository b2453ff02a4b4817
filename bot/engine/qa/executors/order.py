"""Which of two things came first: "which came first, the G20 recognition or Enabling
E-commerce?", "which opened first, the Kigali campus or the Kuala Lumpur one?".

Each thing is dated by its facts: among the dated facts about it, those sharing most of
the question's other words ("recognition", "opened"), the earliest. The two are shown in
date order, each cited; a thing with no dated fact gives None (the other executors may
still answer).
"""

from __future__ import annotations

from bot.engine.answer import Answer
from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered, format_date
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase
from bot.engine.qa.query import Query
from bot.kb.models import LoadedFact
from bot.search.terms import stem

# "Which came first / earlier / sooner", "which was later / more recent".
_EARLIER = frozenset("first earlier earliest sooner before older".split())
_LATER = frozenset("later latest last after newer recent".split())
_IDIOM_TERMS = frozenset(
    stem(w)
    for w in (*_EARLIER, *_LATER, "came", "come", "happened", "happen", "was", "took", "place")
)


class OrderAnswers(ExecutorBase):
    def which_first(self, q: Query) -> Answer | None:
        """The two subjects in the order they happened; None when the question asks no
        order between two things or one of them has no dated fact."""
        words = set(q.words)
        earlier, later = bool(words & _EARLIER), bool(words & _LATER)
        if "or" not in words or earlier == later or len(q.subjects) != 2:
            return None
        if not words & {"which", "what"} or q.quote or q.meta:
            return None
        if any(s in self.index.person_ids for s in q.subjects):
            return None  # "which came first, A or B" orders things that happened
        other = {t for t in q.terms if t not in _IDIOM_TERMS}
        dated = [self._dated_fact(s, other) for s in q.subjects]
        if any(d is None for d in dated):
            return None
        pairs = sorted(
            ((self._when(f), s, f) for s, f in zip(q.subjects, dated, strict=True) if f),
            key=lambda p: p[0],
        )
        (when_a, a, fact_a), (when_b, b, fact_b) = pairs
        if when_a[:4] == when_b[:4] and (len(when_a) == 4 or len(when_b) == 4):
            return None  # the same year, one of them to the year only: no order stated
        index = self.index
        lead, follow = (pairs[0], pairs[1]) if earlier else (pairs[1], pairs[0])
        word = "came first" if earlier else "came later"
        text = (
            f"**{index.short_name(lead[1])} {word}:** {format_date(lead[0])}, "
            f"{'before' if earlier else 'after'} {index.short_name(follow[1])} "
            f"({format_date(follow[0])}).\n"
            f"• {when_a}: {fact_a.text.strip()}{placeholder(fact_a.source)}\n"
            f"• {when_b}: {fact_b.text.strip()}{placeholder(fact_b.source)}"
        )
        return answered(
            index,
            q.question,
            text,
            [fact_a.source, fact_b.source],
            entities=[a, b],
        )

    def _dated_fact(self, subject: str, other: set[str]) -> LoadedFact | None:
        """The earliest of the subject's dated facts sharing most of ``other``."""
        facts = [
            f
            for f in self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
            if self._dated(f)
        ]
        if not facts:
            return None
        return min(
            facts,
            key=lambda f: (-len(other & self._fact_terms(f)), self._when(f)),
        )
