"""A phase's goal and its deadline: "what was the original goal for the first phase, and
by when?", "how many more is phase two supposed to train?", "what is stage 2 meant to
reach?".

A goal is a sentence stating a figure as an aim (``events.is_aim``), "a further N"
included: that is the goal of the phase it names. Its phase is the one the sentence
names, else the one its first ``about`` entity's name gives; a goal naming no phase is
the programme's original goal, which is the first phase's when no sentence gives the
first phase another. The question's phase picks the goal, and a goal of another phase
never answers it: with none for the phase asked the answer is not found, naming the
phases that have one. The answer gives the figure, the deadline the sentence states ("by
the end of 2023", or the end of a "from 2024 to 2026" range) and the sentence, cited.

Progress against a goal ("how far from…", "did it reach…") is ``targets.py``'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered, not_found
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.executors.events import is_aim
from bot.engine.qa.executors.targets import GOAL_WORDS
from bot.engine.qa.figures import figures_in, same_word
from bot.engine.qa.phases import phase_named, phases_named
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.vocabulary import GOAL_DEADLINE, INTENT_WORDS
from bot.kb.models import LoadedFact

# Words of progress against a goal, which targets.py answers, and "why", which asks
# what the releases say of an outcome.
_PROGRESS_WORDS = frozenset(
    "why miss misses far short away left remaining reach reached reaches meet met meets hit hits achieved "
    "exceed exceeded missed".split()
)
# "If the second phase hits its goal, how many in total?": a sum (events.total_with_goal).
_HYPOTHETICAL = frozenset("if total altogether overall cumulative".split())
_RANGE_END = re.compile(
    r"\bfrom (?:19|20)\d\d to ((?:19|20)\d\d)\b|\b(?:19|20)\d\d[-–]((?:19|20)\d\d)\b"
)
# A sentence saying how a goal turned out, which sets none.
_OUTCOME = re.compile(r"\b(?:short of|missed|exceeded|surpassed|reached|met|ahead of)\b", re.I)
# A sentence naming a goal, not only a plan ("will").
_GOAL_IN_TEXT = re.compile(
    r"\b(?:aims?|aimed|aiming|targets?|goals?|objectives?|sets? out to|seeks? to)\b", re.I
)
# A figure of money ("US$35 million").
_MONEY = re.compile(r"(?:US\$|\$|€|£)|\b(?:million|billion)\b", re.I)
# Words that end what a figure counts ("2,000 operators *and* …", "… *by* 2022").
_PHRASE_ENDS = frozenset("and or by to in at from with for of over before until".split())
MAX_NOUN_WORDS = 4
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w-]*)")
# At most this many ranked sentences name the things a subjectless question is about.
MAX_RANKED = 10
_FURTHER = re.compile(r"\b(?:a further|an additional|another)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PhaseGoal:
    """A goal sentence, the phase it belongs to (None: the programme's, unnumbered) and
    the figure it aims at, as the sentence words it ("a further 25,000")."""

    fact: LoadedFact
    phase: int | None
    figure: str


class PhaseGoalAnswers(ExecutorBase):
    def phase_goal(self, q: Query) -> Result:
        """The goal of the phase the question names; None when it names no phase or
        asks no goal (or asks progress against one)."""
        words = set(q.words)
        if q.quote or q.meta or words & (_PROGRESS_WORDS | _HYPOTHETICAL):
            return None
        if not words & (GOAL_WORDS | INTENT_WORDS):
            return None
        if q.answer_type not in (AnswerType.NUMBER, AnswerType.ANY, AnswerType.DATE):
            return None
        if q.answer_type is AnswerType.DATE and not words & GOAL_WORDS:
            return None  # "when is the first phase expected to end?" asks its period
        asked = phases_named(" ".join(q.words))
        if not asked:
            return None
        goals = self._phase_goals(q)
        if not goals:
            return None
        first_given = any(g.phase == 1 for g in goals)
        lines: list[str] = []
        sources: list[str] = []
        about: list[str] = []
        missing: list[int] = []
        for phase in asked:
            fits = [
                g
                for g in goals
                if g.phase == phase or (phase == 1 and g.phase is None and not first_given)
            ]
            if not fits:
                missing.append(phase)
                continue
            # The original goal: the first one set (a later restatement is history).
            goal = min(fits, key=lambda g: self.fact_date(g.fact))
            deadline = _deadline(goal.fact.text)
            by = f", by {deadline}" if deadline else ""
            lines.append(
                f"**{goal.figure}{by}** — the {_ordinal(phase)} phase's goal, as of "
                f"{self.fact_date(goal.fact)}:\n{goal.fact.text.strip()}"
                f"{placeholder(goal.fact.source)}"
            )
            sources.append(goal.fact.source)
            about.extend(goal.fact.about)
        have = sorted(
            {g.phase for g in goals if g.phase is not None} | ({1} if not first_given else set())
        )
        named = " and ".join(_ordinal(p) for p in have)
        given = (
            f"; they give one for the {named} phase{'s' if len(have) > 1 else ''}" if have else ""
        )
        if not lines:
            return not_found(
                q.question,
                f"The releases give no goal for the {_ordinal(missing[0])} phase{given}.",
            )
        if missing:
            lines.append(f"The releases give no goal for the {_ordinal(missing[0])} phase.")
        return answered(
            self.index, q.question, "\n".join(lines), sources, entities=list(dict.fromkeys(about))
        )

    def _phase_goals(self, q: Query) -> list[PhaseGoal]:
        """The goals about the subjects and the things their facts are about (a phase's
        programme), each with its phase."""
        index = self.index
        near: dict[str, None] = {}
        subjects = list(q.subjects)
        if not subjects:
            # "What is the third phase meant to reach?": the things the question's
            # words are about, from the best-ranked sentences.
            ranked = self.retriever.rank(list(q.terms), set(), include_quotes=False)
            for c in ranked[:MAX_RANKED]:
                if isinstance(c.item, LoadedFact):
                    subjects.extend(c.item.about[:1])
        for subject in dict.fromkeys(subjects):
            near[subject] = None
            for fact in index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]:
                near.update(dict.fromkeys(fact.about))
        terms = set(q.terms)
        found: dict[str, PhaseGoal] = {}
        for entity in near:
            for fact in index.facts_by_entity.get(entity, [])[:MAX_LIST_FACTS]:
                if fact.id in found or not is_aim(fact.text) or _OUTCOME.search(fact.text):
                    continue  # "fell short of its target": how a goal turned out
                if not _GOAL_IN_TEXT.search(fact.text):
                    continue  # "will run … and is funded with US$4 million": a plan
                figure = _goal_figure(fact.text, terms)
                if figure is None:
                    continue
                phase = phase_named(fact.text)
                if phase is None and fact.about:
                    phase = phase_named(index.entity(fact.about[0]).name)
                found[fact.id] = PhaseGoal(fact, phase, figure)
        return list(found.values())


def _goal_figure(text: str, terms: set[str]) -> str | None:
    """The figure a goal sentence aims at, with "a further" when it is an increment and
    the words it counts ("2,000 community water operators"): the one counting what the
    question names, else the first the goal word governs ("aims to reach 1,000 villages",
    not the budget before it), money only when nothing else is aimed at."""
    found = [f for f in figures_in(text) if f.unit and "%" not in f.value]
    if not found:
        return None
    goal = _GOAL_IN_TEXT.search(text)
    after_goal = [f for f in found if goal is None or text.find(f.value, goal.start()) >= 0]
    not_money = [f for f in after_goal if not _MONEY.search(f.shown)]
    named = [f for f in found if any(same_word(w, t) for w in f.after for t in terms)]
    figure = (named or not_money or after_goal or found)[0]
    at = text.find(figure.value, goal.start() if goal is not None and figure in after_goal else 0)
    further = _FURTHER.search(text[max(0, at - 20) : at])
    noun = _noun_after(text, at + len(figure.value))
    return f"{'a further ' if further else ''}{figure.shown}{noun}"


def _noun_after(text: str, at: int) -> str:
    """The words after a figure that say what it counts, up to the next link word or
    punctuation (" community water operators"), or ""."""
    words = []
    rest = text[at:]
    while (match := _NEXT_WORD.match(rest)) is not None:
        if match[1].casefold() in _PHRASE_ENDS or len(words) == MAX_NOUN_WORDS:
            break
        words.append(match[1])
        rest = rest[match.end() :]
    return f" {' '.join(words)}" if words else ""


def _deadline(text: str) -> str | None:
    """The deadline a goal sentence sets, as it words it: "the end of 2023" ("by the end
    of 2023"), else the year a range it states ends ("from 2024 to 2026": "2026")."""
    match = GOAL_DEADLINE.search(text)
    if match:
        return match[0].removeprefix("by ")
    match = _RANGE_END.search(text)
    return (match[1] or match[2]) if match else None


def _ordinal(n: int) -> str:
    return {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}.get(n, f"{n}th")
