"""Whether a goal that is an event was met by its deadline: "did the corridor manage a
first zero-emission crossing by 2024 like it aimed to?", "did X open its second campus
by 2022 as planned?".

The goal is a sentence about the subject stating an aim ("aims for a first zero-emission
crossing by 2024", ``events.is_aim``) that has the question's words for the thing aimed
at. It was met when another sentence, not an aim, dated, has every one of those words
("completed the first zero-emission crossing … on May 30, 2023"): yes when dated by the
deadline (the year the question or the aim gives, to its end), else not by then, with
the date it happened. Both sentences are shown, cited. None when the question asks no
such thing or no sentence reports the thing done: the yes/no executor says what the
releases say (a numeric goal is ``targets.py``'s).
"""

from __future__ import annotations

import itertools
import re

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered_facts, format_date
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.executors.events import is_aim
from bot.engine.qa.figures import figures_in
from bot.engine.qa.query import AnswerType, Query
from bot.kb.models import LoadedFact
from bot.search.terms import stem

# Words saying the thing was a goal ("like it aimed to", "as planned", "as promised").
_GOAL_ASKS = frozenset(
    stem(w)
    for w in "aim aimed aims planned plan plans promised intended target targeted goal "
    "hoped meant supposed schedule scheduled".split()
)
# "Did it open on time?": "time" asks about the plan only in these pairs.
_ON_TIME = frozenset((("on", "time"), ("in", "time")))
# A plan stated without a goal word: "the plant is due to open in 2021", "is scheduled
# to open", "was expected to be completed".
_PLANNED = re.compile(
    r"\b(?:is|are|was|were)\s+(?:due|scheduled|set|expected)\s+to\s+[a-z]+", re.IGNORECASE
)


def states_plan(text: str) -> bool:
    """Whether a sentence states a plan or aim ("plans to open … by 2024", "is due to
    launch in spring 2021", ``events.is_aim``) rather than something done."""
    return is_aim(text) or bool(_PLANNED.search(text))


# Words of the question that say how it is asked, not what was aimed at.
_ASKING = frozenset(
    stem(w)
    for w in "manage managed achieve achieved accomplish accomplished reach reached make "
    "made get got hit deliver delivered like".split()
)
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
_YEAR = re.compile(r"\b(?:by|in) (?:the end of )?((?:19|20)\d\d)\b", re.IGNORECASE)
# At least this many words name the thing aimed at ("first zero emission crossing").
MIN_GOAL_WORDS = 2


class GoalEventAnswers(ExecutorBase):
    def goal_event_met(self, q: Query) -> Result:
        """Yes, or not by the deadline, for an aimed-at event a sentence reports done;
        None otherwise."""
        on_time = bool(_ON_TIME & set(itertools.pairwise(q.words)))
        if q.answer_type is not AnswerType.YES_NO or not (set(q.terms) & _GOAL_ASKS or on_time):
            return None
        if not q.subjects or q.quote or q.meta:
            return None
        if any(w.isdigit() and not _YEAR_WORD.fullmatch(w) for w in q.words):
            return None  # "its 10-day repair target": a figure to reach (targets.py)
        named = {t for m in q.mention_terms.values() for t in m}
        thing = set(q.terms) - _GOAL_ASKS - _ASKING - named
        thing = {t for t in thing if not t.isdigit()} - ({stem("time")} if on_time else set())
        if not thing:
            return None
        # "Did the plant open on schedule?": one word names what was planned when the
        # subject itself did it; then only sentences leading with the subject count
        # (not "Line 2 of the plant is due to open in 2025").
        own = len(thing) < MIN_GOAL_WORDS
        if own and not (on_time or stem("schedule") in q.terms):
            return None  # "did X hit its training target?": a figure (targets.py)
        facts: dict[str, LoadedFact] = {}
        for subject in q.subjects:
            for fact in self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]:
                if not own or fact.about[:1] == (subject,):
                    facts.setdefault(fact.id, fact)

        def planned(fact: LoadedFact) -> bool:
            return states_plan(fact.text)

        # An aim stating a figure ("aims to train 30,000 entrepreneurs by 2023") is met
        # by the figure, not by any sentence with its words (targets.py judges it).
        aims = [
            f
            for f in facts.values()
            if planned(f) and thing <= self._fact_terms(f) and not figures_in(f.text)
        ]
        done = [
            f for f in facts.values() if not planned(f) and f.date and thing <= self._fact_terms(f)
        ]
        if not aims or not done:
            return None
        aim = aims[0]
        deadline = q.time.until or q.time.year
        stated = _YEAR.search(aim.text)
        if deadline is None and stated is not None:
            deadline = int(stated[1])
        if deadline is None:
            return None
        label = "goal" if is_aim(aim.text) else "plan"
        first = min(done, key=self.fact_date)
        when = self.fact_date(first)
        met = int(when[:4]) <= deadline
        verdict = (
            f"**Yes:** it happened on {format_date(when)}, by the {deadline} {label}."
            if met
            else f"**Not by {deadline}:** it happened later, on {format_date(when)}."
        )
        lines = [
            verdict,
            f"• {first.text.strip()}{placeholder(first.source)}",
            f"• {label.capitalize()}: {aim.text.strip()}{placeholder(aim.source)}",
        ]
        return answered_facts(self.index, q.question, lines, [first, aim])
