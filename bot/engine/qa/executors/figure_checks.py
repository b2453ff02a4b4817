"""A figure put up for checking: "the academy has already trained 25,000 entrepreneurs,
yes?", "has the network rewetted 20,000 ha?".

The claim is checked against the newest figure *reached* that the releases state for the
subject and the thing counted (issue 12: the newest statement is the current one), never
against a goal ("aims to train a further 25,000" is no state; ``events.is_aim``):

- **Yes** when the newest figure (on or before the time asked, when one is) is the one
  claimed, or more ("more than 20,000" for 20,000, or for 5,000);
- **No** when it is less, with the newest figure and its date; a goal of the subject with
  the claimed figure is named as what it is ("25,000 is a goal: …"). No verdict (None)
  when a later figure of the claim's verb is counted in other words ("connected 7,800
  homes" after 4,100 households, for a claim of 5,000 households).

A figure counts for the claim when it counts the same thing (the words after it share a
word with those after the claimed figure: "entrepreneurs") or, for a claim counting in
other words ("30k people"), when the verb before it is the claim's ("trained"). Money,
shares and years are never compared with a count. A claim that names a goal ("its
30,000 goal") is left to ``targets.py``, which ran before. A claim about the founding
("was X founded by 10 councils?") or the start ("launched with 100 sensors") counts
at one moment, not a running figure: the newest count ("now counts 14 member
councils", "now has 1,100 sensors") is no verdict on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered, format_date
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, _fmt
from bot.engine.qa.executors.events import is_aim
from bot.engine.qa.executors.targets import GOAL_WORDS
from bot.engine.qa.figure_series import ORIGIN_WORDS
from bot.engine.qa.figures import (
    MEMBERSHIP_TERMS,
    NOT_A_STATE,
    Figure,
    counts_members,
    figure_value,
    figures_in,
    same_word,
)
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.shorthand import asked_figures
from bot.engine.qa.vocabulary import FOUNDER_WORDS, SHAPE_WORDS
from bot.kb.models import EntityKind, LoadedFact
from bot.search.synonyms import synonyms
from bot.search.terms import STOP_WORDS, stem

# A founding claim counts the founders, fixed at the founding: the "found-" words of
# ``FOUNDER_WORDS`` only, as "created 5,000 jobs" or "started 300 firms" is a running count.
_FOUNDING_STEMS = frozenset(stem(w) for w in FOUNDER_WORDS if w.startswith(("found", "cofound")))
# "Launched with 40 sensors", "started with 12 members": a start verb
# (``figure_series.ORIGIN_WORDS``) with "with" gives the figure at the start; "has opened
# 12 hubs" without it is a running count.
_ORIGIN_STEMS = frozenset(stem(w) for w in ORIGIN_WORDS)
_AT_ORIGIN = frozenset(("with",))
# A figure given as an upper bound ("nearly 20,000") is below the round figure it names.
_BELOW = ("nearly", "almost", "up to", "fewer than", "less than", "under")
# Money and shares are never the count a claim gives.
_NOT_A_COUNT = re.compile(r"[$€£%]|per cent|percent", re.IGNORECASE)
# The claimed figure and the few words after it in the question ("25,000 entrepreneurs").
_CLAIMED = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:k|m|mn|bn)?(?![\w,])"
    r"(?:\s+(?:thousand|million|billion))?(?P<after>(?:\s+[A-Za-z][\w-]*){0,3})",
    re.IGNORECASE,
)
_IGNORED = (
    frozenset(stem(w) for w in (*STOP_WORDS, *SHAPE_WORDS))
    | frozenset(stem(w) for w in "already yet so far total right correct true yes".split())
    | frozenset(
        # Nouns that count anyone ("30k people"): the verb says what was counted.
        stem(w)
        for w in "people persons individuals ones".split()
    )
)


@dataclass(frozen=True, slots=True, eq=False)
class Reading:
    """A figure reached: the fact stating it, the figure, its value and date (ISO)."""

    fact: LoadedFact
    figure: Figure
    value: float
    date: str


class FigureCheckAnswers(ExecutorBase):
    def figure_check(self, q: Query) -> Answer | None:
        """ "Yes"/"No" for a claimed figure against the newest figure reached, cited;
        None for a question that is not such a claim, or when no figure reached of the
        thing claimed is stated."""
        if q.answer_type is not AnswerType.YES_NO or q.quote or not q.subjects:
            return None
        # A claim about a goal is ``targets.py``'s.
        if set(q.words) & GOAL_WORDS or _NOT_A_COUNT.search(q.question):
            return None
        if any(self.index.entity(e).kind is EntityKind.PLACE for e in q.subjects):
            # "Did X train 10,000 entrepreneurs in Kenya?": the subject's running total
            # ("20,000 in nine countries") is no figure for one place.
            return None
        stems = {stem(w) for w in q.words}
        if stems & _FOUNDING_STEMS or (stems & _ORIGIN_STEMS and set(q.words) & _AT_ORIGIN):
            # "Was X founded by 10 councils?", "was it launched with 100 sensors?": the
            # figure at the start, not the newest one.
            return None
        claimed = asked_figures(q.question)
        if len(claimed) != 1:
            return None
        (value,) = claimed
        match = _CLAIMED.search(q.question)
        after = {stem(w) for w in (match["after"] if match else "").casefold().split()}
        after -= _IGNORED
        verbs = {t for t in q.terms if not any(c.isdigit() for c in t)} - _IGNORED - after
        readings = self._readings(q, after, verbs)
        if not readings:
            return None
        newest = max(readings, key=lambda r: r.date)
        shown = f"{newest.figure.shown} as of {format_date(newest.date)}"
        below = newest.figure.shown.casefold().startswith(_BELOW)
        sources = [newest.fact.source]
        if newest.value > value or (newest.value == value and not below):
            same = next(
                (
                    r
                    for r in readings
                    if r.value == value and r is not newest and r.date < newest.date
                ),
                None,
            )
            if newest.value == value:
                lead = f"**Yes:** {shown}."
            elif same is not None:
                lead = (
                    f"**Yes, and more by now:** {same.figure.shown} as of "
                    f"{format_date(same.date)}; the newest figure is {shown}."
                )
            else:
                lead = f"**Yes, more than that:** {shown}."
            lines = [lead, f"• {newest.fact.text.strip()}"]
            if same is not None:
                lines.append(f"• {same.fact.text.strip()}")
                sources.append(same.fact.source)
        elif self._newer_act(q, verbs, newest.date) or self._newer_elsewhere(q, after, newest):
            # "Has X connected 5,000 households?": 4,100 households (2021) is the newest
            # figure in the claim's noun, but "has connected more than 7,800 homes"
            # (2024) is a newer figure of the same act; a "No" from 4,100 would be false.
            return None
        else:
            lines = [f"**No:** {shown}, not {_fmt(value)}.", f"• {newest.fact.text.strip()}"]
            goal = self._goal_with(q, value)
            if goal is not None:
                lines.append(f"{_fmt(value)} is a goal, not a figure reached: {goal.text.strip()}")
                sources.append(goal.source)
        return answered(
            self.index, q.question, "\n".join(lines), sources, entities=newest.fact.about
        )

    def _readings(self, q: Query, after: set[str], verbs: set[str]) -> list[Reading]:
        """The figures reached for the subjects that count what is claimed, on or before
        the time asked."""
        cutoff = q.time.until or q.time.year
        found = []
        for fact in self._claim_subject_facts(q):
            if is_aim(fact.text):
                continue
            date = self.fact_date(fact)
            if cutoff is not None and int(date[:4]) > cutoff:
                continue
            for figure in figures_in(fact.text):
                # "towards its target of 2,500", "a further 6,000": a goal or an
                # increment beside the figure reached, not a figure reached.
                if _NOT_A_COUNT.search(figure.value) or set(figure.before) & NOT_A_STATE:
                    continue
                counted = set(figure.after) - _IGNORED
                same_thing = any(
                    same_word(a, b) or a in synonyms(b) for a in counted for b in after
                ) or (
                    # "an alliance of 40 genebanks" counts its members.
                    bool(after & MEMBERSHIP_TERMS) and counts_members(fact.text, figure)
                )
                same_act = bool(verbs & set(figure.before))
                if same_thing or (same_act and not (after and counted)):
                    found.append(Reading(fact, figure, figure_value(figure), date))
                    break
        return found

    def _newer_act(self, q: Query, verbs: set[str], since: str) -> bool:
        """Whether a figure reached after ``since`` (ISO date) is of the claim's verb,
        counted in other words: the newest figure of the act, which a "No" cannot
        overlook (it may hold the claim in other words)."""
        cutoff = q.time.until or q.time.year
        for fact in self._claim_subject_facts(q):
            date = self.fact_date(fact)
            if date <= since or is_aim(fact.text):
                continue
            if cutoff is not None and int(date[:4]) > cutoff:
                continue
            for figure in figures_in(fact.text):
                if _NOT_A_COUNT.search(figure.value) or set(figure.before) & NOT_A_STATE:
                    continue
                if verbs & set(figure.before):
                    return True
        return False

    def _newer_elsewhere(self, q: Query, after: set[str], newest: Reading) -> bool:
        """Whether a fact about another entity the newest reading's fact names, dated
        after it, counts the claimed thing: "the Alliance's SkyCold drones serve 240
        clinics" (2023), then "SkyCold serves 365 clinics" (2026) about SkyCold alone."""
        others = [e for e in newest.fact.about if e not in q.subjects]
        for entity in others:
            for fact in self.index.facts_by_entity.get(entity, [])[:MAX_LIST_FACTS]:
                if self.fact_date(fact) <= newest.date or is_aim(fact.text):
                    continue
                for figure in figures_in(fact.text):
                    if _NOT_A_COUNT.search(figure.value) or set(figure.before) & NOT_A_STATE:
                        continue
                    counted = set(figure.after) - _IGNORED
                    if any(same_word(a, b) or a in synonyms(b) for a in counted for b in after):
                        return True
        return False

    def _claim_subject_facts(self, q: Query) -> list[LoadedFact]:
        """The facts about one of the subjects ("has the vault stored 100,000?" is
        answered by a fact leading with the network that fills it)."""
        index = self.index
        facts = {
            f.id: f for s in q.subjects for f in index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]
        }
        return list(facts.values())

    def _goal_with(self, q: Query, value: float) -> LoadedFact | None:
        """A goal of the subjects whose figure is ``value``, newest first."""
        goals = [
            f
            for f in self._claim_subject_facts(q)
            if set(self._fact_terms(f)) & NOT_A_STATE
            and any(figure_value(g) == value for g in figures_in(f.text))
        ]
        goals.sort(key=self.fact_date, reverse=True)
        return goals[0] if goals else None
