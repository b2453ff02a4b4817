"""A goal's deadline: "by when is X supposed to hit 25,000 tonnes?", "what is the deadline
for X's target?", "when should X reach its goal?".

A goal is a fact about a subject stating an aim (``events.is_aim``) with a deadline in
its own words ("by the end of 2026", "by 2025"); when the question gives the goal's
figure ("25,000 tonnes"), only a goal stating that figure answers. The newest statement
leads; older ones that restate or set another deadline follow as dated history, each
cited, so that a deadline moved by a later release shows as moved.
"""

from __future__ import annotations

import re

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.executors.events import is_aim
from bot.engine.qa.executors.targets import GOAL_WORDS
from bot.engine.qa.figures import figure_value, figures_in
from bot.engine.qa.phases import phases_named
from bot.engine.qa.query import Query
from bot.engine.qa.vocabulary import GOAL_DEADLINE, INTENT_WORDS, ORIGINAL_WORDS
from bot.kb.models import LoadedFact
from bot.search.terms import stem

# "By when…", "what is the deadline…", "when is X supposed / due / expected to…".
_DEADLINE_WORDS = frozenset("deadline deadlines due".split())
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\w,])")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# Words of a deadline question that say nothing of what the goal counts.
_NOT_COUNTED = frozenset(
    stem(w) for w in (*GOAL_WORDS, *INTENT_WORDS, *_DEADLINE_WORDS, *ORIGINAL_WORDS, "when", "by")
)
# Older statements of the goal shown after the newest.
MAX_HISTORY = 3


def _asked_figures(question: str) -> set[float]:
    """The figures the question gives ("25,000"), years aside."""
    return {
        float(m.replace(",", ""))
        for m in _NUMBER.findall(question)
        if not _YEAR.match(m.replace(",", ""))
    }


class GoalDeadlineAnswers(ExecutorBase):
    def goal_deadline(self, q: Query) -> Result:
        """The deadline of the subject's goal, newest statement first; None when the
        question asks no deadline or no goal of a subject states one."""
        words = set(q.words)
        if q.quote or q.meta or q.time.bounded:
            return None
        by_when = "when" in words and bool(words & (INTENT_WORDS | {"by"}))
        deadline = bool(words & _DEADLINE_WORDS) and bool(words & (GOAL_WORDS | {"when", "what"}))
        if not (by_when or deadline):
            return None
        if phases_named(" ".join(q.words)):
            return None  # "the first phase's goal and by when?" (phase_goals.py)
        asked = _asked_figures(q.question)
        if not asked and not words & GOAL_WORDS:
            return None  # "when is X supposed to open?" asks a date, not a goal's
        goals: list[tuple[str, str, LoadedFact]] = []
        for subject, fact in self._goal_candidates(q):
            if not fact.about or (subject and fact.about[0] != subject):
                continue
            if not is_aim(fact.text):
                continue
            by = GOAL_DEADLINE.search(fact.text)
            if by is None:
                continue
            if asked and not any(figure_value(f) in asked for f in figures_in(fact.text)):
                continue
            goals.append((self.fact_date(fact), by[0], fact))
        if not goals:
            return None
        # "The original goal, and by when?": the first goal set leads, the later follow.
        original = bool(words & ORIGINAL_WORDS)
        goals.sort(key=lambda g: g[0], reverse=not original)
        (date, by, newest), *older = goals
        lines = [f"**{by[0].upper()}{by[1:]}** (as of {date}):", newest.text.strip()]
        lines[-1] += placeholder(newest.source)
        shown = [newest]
        if older:
            lines.append("Later:" if original else "Earlier:")
            for when, _by, fact in older[:MAX_HISTORY]:
                lines.append(f"• As of {when}: {fact.text.strip()}{placeholder(fact.source)}")
                shown.append(fact)
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [f.source for f in shown],
            entities=list(dict.fromkeys(e for f in shown for e in f.about)),
        )

    def _goal_candidates(self, q: Query) -> list[tuple[str, LoadedFact]]:
        """(subject, fact) for the facts that may state the goal: those about each
        subject; with no subject, those holding every word of what the goal counts
        ("the original sensor target": the sentences with "sensor"), subject ""."""
        if q.subjects:
            return [
                (subject, fact)
                for subject in q.subjects
                for fact in self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
            ]
        counted = [t for t in q.terms if t not in _NOT_COUNTED and not t.isdigit()]
        if not counted:
            return []
        docs = self.index.terms.docs_with_all(counted)
        if len(docs) > MAX_LIST_FACTS:
            return []
        found = []
        for doc_id in sorted(docs):
            doc = self.index.terms.docs[doc_id]
            fact = self.index.fact_by_id.get(doc.id) if doc.kind == "fact" else None
            if fact is not None:
                found.append(("", fact))
        return found
