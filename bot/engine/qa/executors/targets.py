"""A goal against the figures reached: "how far was X from its 30,000 goal in March 2022?",
"did X reach its target by the end of 2023?", "did X meet its targets?".

A goal is a fact stating a figure as an aim ("aims to train 30,000 entrepreneurs by the
end of 2023"); a figure reached is a fact about the same thing stating a figure of the
same unit that is no aim ("has trained 12,400 entrepreneurs"). A goal is never the
answer to how many were reached (``facts.py`` sets goals aside for that).

- **How far from the goal:** the goal minus the newest figure reached on or before the
  date asked (the newest release's when none is), the working shown, both cited.
- **Whether the goal was reached by a date** (the one asked, else the goal's own
  deadline): a fact that states the outcome ("fell short of its target", "ahead of
  its targets") answers first; else "yes" when a figure reached by then is at least the
  goal, "no" when a figure dated after it is still below (the figures are running
  totals), and "the releases don't say" otherwise. A goal to bring a measure down ("cut
  the average repair time from 21 days to 10 days") is met at or below its figure, and
  the figure it starts "from" is no goal. A stated outcome is of the goal's
  deadline, so a date asked before it is answered from the figures.
- A goal the question gives by its figure ("its 1,000-village goal") is that one or
  none; a phase's goal with no figures of its own is measured against the programme's.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from bot.engine.answer import Answer, Status
from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered, format_date, not_found
from bot.engine.qa.ends import Relation, two_ends
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result, _fmt
from bot.engine.qa.executors.events import is_aim
from bot.engine.qa.executors.goal_years import deadline_year, sets_for_year
from bot.engine.qa.figure_series import counted_words
from bot.engine.qa.figures import (
    Figure,
    figure_value,
    figures_in,
    is_goal_figure,
    is_money,
    is_planned_figure,
    is_starting_value,
    reports_goal_met,
    same_word,
)
from bot.engine.qa.implied_subjects import MAX_OWNER_DOCS, sole_owner
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.shorthand import asked_figures
from bot.engine.qa.vocabulary import CAUSE_CLAUSE, GOAL_DEADLINE, REDUCTION_VERBS
from bot.engine.qa.written_dates import months_in
from bot.kb.models import EntityKind, LoadedFact
from bot.search.synonyms import synonyms
from bot.search.terms import STOP_WORDS, content_terms, stem

# Words naming a goal in the question ("its 30,000 goal", "the target").
GOAL_WORDS = frozenset("goal goals target targets aim aims objective objectives".split())
# "How far from the goal", "how many short of", "how many more to reach the target".
_GAP_WORDS = frozenset(
    "far short away left remaining remain need needed needs more close near distance "
    # "How many was it still missing to hit 30,000?": what is missing is the gap.
    "missing lacking lacked lack".split()
)
# "Did X reach / meet / hit its target?".
_REACH_WORDS = frozenset(
    "reach reached reaches meet met meets hit hits achieve achieved achieves attain attained "
    "make made exceed exceeded surpass surpassed miss missed beat".split()
)
# "Did X miss / fail / fall short of its target?": the same question, asked the other
# way round, so that its yes is a goal not reached.
# Question words that say which goal, not what it counts ("the original goal").
_NOT_A_MEASURE = frozenset(
    stem(w) for w in "original first initial new latest old previous".split()
)
_MISS_WORDS = frozenset("miss missed misses fail failed fails fall fell falls".split())
# "By how many did it beat / exceed its target?": the amount over a goal met.
_BEAT_WORDS = frozenset(
    "beat beaten exceed exceeded surpass surpassed outperform outperformed top topped".split()
)
# "If the second phase hits its goal, how many in total?": a sum, not progress.
_HYPOTHETICAL = frozenset("if total altogether overall cumulative".split())
# A sentence stating the outcome of a goal, and which way it went.
_OUTCOME_YES = re.compile(
    r"\b(?:ahead of|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|pass(?:ed|ing)|topp(?:ed|ing)|"
    r"met|meeting|reached|reaching|achieved|achieving|beat(?:ing|en)?|beyond|above)\b",
    re.IGNORECASE,
)
_OUTCOME_NO = re.compile(
    r"\b(?:(?:fell|falls|fall|came|comes|remained|was|is) short of|short of|missed|"
    r"below|behind|(?:did|does|has|have) not (?:reach|meet|achieve|hit)|"
    r"failed to (?:reach|meet|achieve|hit))\b",
    re.IGNORECASE,
)
_TARGET_IN_TEXT = re.compile(r"\b(?:targets?|goals?|aims?|objectives?)\b", re.IGNORECASE)
# A figure in the question ("its 30,000 goal"), not a year.
_GOAL_STEMS = frozenset(stem(w) for w in GOAL_WORDS)
_STOP_STEMS = frozenset(stem(w) for w in STOP_WORDS)
# "A further 25,000": an increment on a goal, not a goal of its own.
_FURTHER = re.compile(r"\b(?:further|additional|another)\b", re.IGNORECASE)
# Words of a goal's deadline and of its restatement ("remains … by the end of 2027"),
# which say nothing of what it measures.
_DEADLINE_STEMS = frozenset(stem(w) for w in "end remain remains still".split())
_REDUCTION_STEMS = frozenset(stem(w) for w in REDUCTION_VERBS)


@dataclass(frozen=True, slots=True)
class Goal:
    """A goal: the sentence setting it and its figure for the unit asked."""

    fact: LoadedFact
    figure: Figure
    # A goal to bring the measure down ("cut … from 21 days to 10 days"): met at or
    # below its figure rather than at or above it.
    lower: bool = False

    def met(self, value: float) -> bool:
        """Whether a figure reached of ``value`` meets the goal."""
        target = figure_value(self.figure)
        return value <= target if self.lower else value >= target

    def left(self, value: float) -> float:
        """How far ``value`` still is from the goal (negative once it is passed)."""
        target = figure_value(self.figure)
        return value - target if self.lower else target - value

    def working(self, shown: str) -> str:
        """The subtraction giving ``left``, as the reply shows it ("10 − 7" or "11 − 10")."""
        return f"{shown} − {self.figure.value}" if self.lower else f"{self.figure.value} − {shown}"


@dataclass(frozen=True, slots=True)
class Reached:
    """A figure reached: the fact, its figure, its value and its date (ISO)."""

    fact: LoadedFact
    figure: Figure
    value: float
    date: str


def _asked_numbers(question: str) -> set[float]:
    """The figures a question gives ("its 30,000 goal", "30k"), not years."""
    return asked_figures(question)


def _is_percent(figure: Figure) -> bool:
    return "%" in figure.value or "cent" in figure.value


def _counts_same(a: Figure, b: Figure) -> bool:
    """Whether two figures count the same thing: the same word after them, or a content
    word in common among the few after them ("2,000 operators", "1,850 community water
    operators"); two percentages when their clauses before them share a content word
    ("raise tree canopy cover to 30 per cent", "measured canopy cover at 19.5 per cent")."""
    if _is_percent(a) or _is_percent(b):
        if _is_percent(a) != _is_percent(b):
            return False
        lead_a = set(a.lead) - _STOP_STEMS - _DEADLINE_STEMS - _GOAL_STEMS
        lead_b = set(b.lead) - _STOP_STEMS - _DEADLINE_STEMS - _GOAL_STEMS
        return bool(lead_a & lead_b)
    if is_money(a) != is_money(b):
        # "a US$8 million grant will pay for more cisterns" and "520 cisterns built":
        # a sum is never the count a goal of it is checked against, whatever words follow.
        return False
    if _other_heads(a, b):
        return False
    if a.unit and a.unit == b.unit:
        return True
    # "410 solar vaccine refrigerators" and "1,500 fridges" (the thesaurus); never a
    # deadline's words ("1,500 by the end of 2020" counts nothing).
    after_a = set(a.after) - _STOP_STEMS - _DEADLINE_STEMS
    after_b = set(b.after) - _STOP_STEMS - _DEADLINE_STEMS
    return bool(after_a & after_b) or any(synonyms(x) & after_b for x in after_a)


def _other_heads(a: Figure, b: Figure) -> bool:
    """Whether two figures count different things by their nouns' heads, whatever
    modifiers they share: "40 hydrogen locomotives" and "48,000 kilometres on hydrogen"
    (heads "locomotives" and "kilometres", ``counted_words``). Neither head may be a word
    of the other's phrase or its synonym ("locos" and "hydrogen locomotives" count the
    same, and "1,500 fridges" and "410 solar vaccine refrigerators")."""
    phrase_a, phrase_b = counted_words(a), counted_words(b)
    if not phrase_a or not phrase_b:
        return False

    def named(head: str, phrase: tuple[str, ...]) -> bool:
        return any(same_word(head, w) or w in synonyms(head) for w in phrase)

    return not named(phrase_a[-1], phrase_b) and not named(phrase_b[-1], phrase_a)


def _deadline(text: str) -> str | None:
    """A goal sentence's deadline as "YYYY-12" ("by the end of 2023"), or None."""
    found = GOAL_DEADLINE.findall(text)
    # "…by the end of 2022 have been raised to … by the end of 2024": the last one holds.
    return f"{found[-1]}-12" if found else None


def _aims_lower(text: str, figure: Figure) -> bool:
    """Whether a goal sentence aims to bring its measure down to ``figure``: below the
    value it starts "from", or set by a verb of reducing ("cut", "halve", "reduce")."""
    found = figures_in(text)
    starts = [
        f
        for i, f in enumerate(found)
        if f.unit == figure.unit and f != figure and is_starting_value(f, found[i + 1 :])
    ]
    if starts:
        return figure_value(figure) < figure_value(starts[0])
    return bool(set(figure.lead) & _REDUCTION_STEMS)


def _figure_for(text: str, terms: set[str]) -> Figure | None:
    """The figure of a sentence counting what the question names ("villages" in "targets
    of 2,000 operators and 150 villages"), the last one of that unit ("raised to 300
    villages"); the first figure when the question names none of its units. A value
    the goal starts from ("from 21 days to 10 days") is never its figure."""
    every = figures_in(text)
    found = [
        f
        for i, f in enumerate(every)
        if f.unit and "%" not in f.value and not is_starting_value(f, every[i + 1 :])
    ]
    if not found:
        return None
    named = [f for f in found if any(same_word(w, t) for w in f.after for t in terms)]
    if named:
        return named[-1]
    # The figure the goal word governs ("aims to reach 1,000 villages"), not a budget
    # the same sentence gives.
    aimed = [f for f in found if set(f.before) & _GOAL_STEMS]
    return aimed[0] if aimed else found[0]


# Words that end the phrase qualifying a goal in a question ("its *first-year* goal").
_QUALIFIER_ENDS = frozenset("its their the a an his her of this that which did does its".split())


def _goal_qualifier(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words right before the question's goal word that say which goal ("first",
    "year" of "did X meet its first-year goal?"), back to "its"/"the"; empty when none,
    or when they hold a figure (a goal named by its figure is matched by value)."""
    at = next((i for i, w in enumerate(words) if w in GOAL_WORDS), None)
    if at is None:
        return ()
    found: list[str] = []
    for w in reversed(words[:at]):
        if w in _QUALIFIER_ENDS:
            break
        found.insert(0, w)
    if not found or any(any(ch.isdigit() for ch in w) for w in found):
        return ()
    return tuple(found)


def _goals_named(goals: list[Goal], qualifier: tuple[str, ...]) -> list[Goal]:
    """The goals whose sentence writes ``qualifier`` as a phrase ("in the first year"
    for "first year", hyphens read as spaces); empty for no qualifier."""
    if len(qualifier) < 2:
        return []  # one word ("interpreter goal") names a measure, which _goals weighs
    phrase = " ".join(qualifier)
    return [
        g for g in goals if phrase in " ".join(re.findall(r"[a-z0-9]+", g.fact.text.casefold()))
    ]


def _sets_goal(text: str) -> bool:
    """Whether a sentence sets a goal: an aim (``is_aim``), or a clause planning a figure
    after one reached ("has secured £3.5 million, and will grow from 14 to 27 member
    stations by the end of 2024": the 27 is the goal, ``is_planned_figure``)."""
    return is_aim(text) or any(
        is_planned_figure(text, f) for f in figures_in(text, spelled_out=True)
    )


def asks_goal_reached(words: set[str]) -> bool:
    """ "Has X reached / missed its goal (yet)?": a goal checked against the figures
    reached, which ``TargetAnswers.goal_progress`` reads (their words need no fact)."""
    return bool(words & GOAL_WORDS and words & (_REACH_WORDS | _MISS_WORDS))


# Questions relating the goal to an event, which events.py dates.
_EVENT_RELATIONS = frozenset(
    (Relation.WHEN, Relation.BEFORE, Relation.IS_BEFORE, Relation.IS_AFTER)
)
# How many words on each side of a goal word name what the goal is of ("the goal of
# audio announcements on every bus", "its step-free station target").
_GOAL_NEIGHBOURHOOD = 5


def _goal_neighbourhoods(text: str) -> list[frozenset[str]]:
    """The stems of the words around each goal word of ``text``."""
    words = re.findall(r"[a-z0-9]+", text.casefold())
    return [
        frozenset(
            stem(w) for w in words[max(0, i - _GOAL_NEIGHBOURHOOD) : i + 1 + _GOAL_NEIGHBOURHOOD]
        )
        for i, w in enumerate(words)
        if stem(w) in _GOAL_STEMS
    ]


def _yes_no(met: bool, *, missed: bool) -> str:
    """The answer's first word: whether the goal was ``met``, or, for a question asking
    whether it was ``missed``, whether it was not."""
    return "Yes" if met != missed else "No"


class TargetAnswers(ExecutorBase):
    def goal_progress(self, q: Query) -> Result:
        """ "How far from the goal" or "did X reach its target" for the subject's goals;
        None when the question names no goal or the releases state none for it."""
        words = set(q.words)
        if q.quote or q.meta:
            return None
        by_figure = not words & GOAL_WORDS and self._goal_by_figure(q)
        if not words & GOAL_WORDS and not by_figure:
            return None
        if not q.subjects and not _asked_numbers(q.question):
            # "Was the 30,000 target met?" names its goal by its figure; "how many short
            # of the target was it in June 2021?" by the one thing with a goal then.
            owner = self._goal_owner(q, words & GOAL_WORDS) or self._goal_owner_of_measure(q)
            if owner is None:
                return None
            q = dataclasses.replace(q, subjects=(owner,))
        elif not q.subjects:
            # "Did they reach the 300k screening target?": the one thing whose goals count
            # screenings, when one does.
            owner = self._goal_owner_of_measure(q)
            if owner is not None:
                q = dataclasses.replace(q, subjects=(owner,))
        if words & _HYPOTHETICAL:
            return None  # "if it hits its goal, how many in total?" (events.total_with_goal)
        ends = two_ends(q.words)
        if ends is not None and ends.relation in _EVENT_RELATIONS:
            # "…when the KL campus opened?": as of that event; "was the goal met before
            # the grant?": the two dated (events.py).
            return None
        # "By how many did it miss its goal?": the amount missed is the gap at the deadline.
        missed_by = bool(words & _MISS_WORDS) and bool(words & {"many", "much"})
        # "By how many did it beat its target?": the amount over a goal that was met.
        beaten_by = bool(words & _BEAT_WORDS) and bool(words & {"many", "much"})
        gap = bool(words & _GAP_WORDS or missed_by or beaten_by) and "how" in words
        reach = (bool(words & (_REACH_WORDS | _MISS_WORDS)) or by_figure) and not gap
        if q.words[:1] == ("why",):
            # "Why did X miss its clinic target?" asks the reason, not yes or no: the
            # sentence reporting that goal missed with its cause, when one gives it.
            if words & _MISS_WORDS:
                found = self._why_missed(q)
                if found is not None:
                    return found
            reach = False
        # "Did it miss its goal?" is answered yes when the goal was not reached.
        missed = bool(words & _MISS_WORDS)
        if not gap and not reach:
            return None
        goals = self._goals(q)
        qualifier = _goal_qualifier(q.words)
        named = _goals_named(goals, qualifier) or (
            _goals_named(self._goals(q, wide=True), qualifier) if len(qualifier) > 1 else []
        )
        # "Did the audio announcement goal get met?": a sentence reporting how the goal
        # of those words turned out, whether or not the goal has a figure; the answer
        # when the goals with figures leave it open.
        told = (
            self._outcome_named(q, qualifier, missed=missed)
            if reach and not _asked_numbers(q.question)
            else None
        )
        if named:
            # "Did X meet its first-year goal?": the goal whose sentence names that
            # period, not the newest one set.
            goals = named
        if reach and goals and q.wants == "date" and not missed:
            # "When did X reach 150 sites?": the date the goal was reached, not yes or no.
            return self._when_reached(q, goals[0])
        if reach and by_figure and goals and self._cutoff(q) is None:
            # "Has X trained 30,000 already?": the figure now, not the goal's deadline.
            now = self._now_against(q, goals[0])
            if now is not None:
                return now
        if reach:
            cutoff = self._cutoff(q)
            deadline = _deadline(goals[0].fact.text) if goals else None
            # A stated outcome is of the goal's deadline: a date asked before it is
            # answered from the figures reached by then.
            if cutoff is None or deadline is None or cutoff >= deadline:
                stated = self._stated_outcome(q, missed=missed, aim=goals[0] if goals else None)
                if isinstance(stated, Answer) and goals:
                    # The goal and the newest figure reached by its date, beside the
                    # sentence saying how it turned out.
                    stated = self._with_figures(q, stated, goals[0], cutoff or deadline)
                if stated is not None:
                    return stated
        if not goals:
            return told or self._no_goal_for_measure(q)
        if gap and missed_by and self._cutoff(q) is None and q.today is not None:
            # A goal missed is one whose deadline has passed, not the newest one set.
            now = q.today.isoformat()[:7]
            goals = [g for g in goals if (_deadline(g.fact.text) or "9999") < now] or goals
        if gap and beaten_by and self._cutoff(q) is None:
            # The goal beaten is one a figure reached meets, not the newest one set.
            goals = [g for g in goals if any(g.met(r.value) for r in self._reached(g))] or goals
        if gap:
            return self._gap(q, goals[0], by_deadline=missed_by)
        judged = self._reached_by(q, goals[0], missed=missed)
        if told is not None and not (
            isinstance(judged, Answer) and judged.status is Status.ANSWERED
        ):
            return told
        return judged

    def _goal_by_figure(self, q: Query) -> bool:
        """ "Did X reach 30,000 graduates by 2023?", "had X trained 30,000 by 2021?": no
        goal word, but a yes/no question giving a figure that a goal of the subject
        states, so whether it was reached (an aim is no "yes")."""
        words = set(q.words)
        if not q.subjects and not _asked_numbers(q.question):
            return False  # "did they hit 1,500 fridges?": the goal stating it names them
        if not words & (_REACH_WORDS | _MISS_WORDS) and q.answer_type is not AnswerType.YES_NO:
            return False
        # "Did the Fund give US$8 million?": a sum that "will pay for" something is a
        # pledge, not a goal to be reached; without a goal word only a count is checked.
        return bool(_asked_numbers(q.question)) and any(
            not is_money(g.figure) for g in self._goals(q)
        )

    # --- what the releases state ----------------------------------------------------------

    def _goal_owner(self, q: Query, asked: set[str]) -> str | None:
        """The one entity whose facts state a goal of a figure (``is_aim``, not "a
        further N"), as
        stated by the date asked (``_cutoff``), or None (``implied_subjects``)."""
        cutoff = self._cutoff(q) or "9999"
        terms = {a for w in asked for t in (stem(w),) for a in (t, *synonyms(t))}
        return sole_owner(
            self.index,
            terms,
            lambda f: (
                is_aim(f.text)
                and bool(figures_in(f.text))
                and not _FURTHER.search(f.text)
                and self.fact_date(f)[: len(cutoff)] <= cutoff
            ),
        )

    def _goal_owner_of_measure(self, q: Query) -> str | None:
        """The one entity whose goal sentences count what the question measures
        ("screening", "station" of "did they reach the screening target?"), when the goal
        words alone name several owners; None when the question measures nothing, or
        none or several such entities set goals of it."""
        skipped = {stem(w) for w in (*GOAL_WORDS, *_REACH_WORDS, *_MISS_WORDS, *_GAP_WORDS)}
        measured = {
            t for t in q.terms if t not in skipped and not any(c.isdigit() for c in t)
        } - _NOT_A_MEASURE
        if not measured:
            return None
        cutoff = self._cutoff(q) or "9999"
        docs: set[int] = set()
        for term in {a for t in measured for a in (t, *synonyms(t))}:
            docs |= self.index.terms.docs_with_all([term])
            if len(docs) > MAX_OWNER_DOCS:
                return None
        # Every goal sentence is about the owner, whichever of its parts leads it ("the
        # second phase of the programme aims to screen 300,000" is the programme's too).
        common: set[str] | None = None
        for doc_id in sorted(docs):
            doc = self.index.terms.docs[doc_id]
            fact = self.index.fact_by_id.get(doc.id) if doc.kind == "fact" else None
            if fact is None or not is_aim(fact.text) or _FURTHER.search(fact.text):
                continue
            if self.fact_date(fact)[: len(cutoff)] > cutoff:
                continue
            common = set(fact.about) if common is None else common & set(fact.about)
        owners = [e for e in common or () if self.index.entity(e).kind is not EntityKind.PLACE]
        return owners[0] if len(owners) == 1 else None

    def _goals(self, q: Query, *, by_measure: bool = True, wide: bool = False) -> list[Goal]:
        """The subjects' goals (a goal sentence and the figure of the unit asked), the
        one whose figure the question gives first, then the one in force at the date
        asked, newest first. A sentence saying how a goal turned out is no goal. With
        ``wide``, the subjects' every fact, not only those leading with them ("the
        partners aim to …", about the programme too)."""
        asked = _asked_numbers(q.question)
        terms = set(q.terms)
        goals = []
        pool = self._subject_facts(q)
        if asked or wide:
            # A phase's goal is often stated about the phase ("Safe Taps 2030 … aims to
            # reach 1,000 villages"), which names the programme asked about too.
            pool += [
                f
                for s in q.subjects
                for f in self.index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]
            ]
        for fact in dict.fromkeys(pool):
            if not _sets_goal(fact.text) or _FURTHER.search(fact.text):
                continue
            if _OUTCOME_NO.search(fact.text) or _OUTCOME_YES.search(fact.text):
                continue
            figure = _figure_for(fact.text, terms)
            given = [f for f in figures_in(fact.text) if figure_value(f) in asked]
            if given:
                figure = given[0]  # "its target of 2,000 operators": the figure asked
            if figure is not None:
                goals.append(Goal(fact, figure, _aims_lower(fact.text, figure)))
        if asked:
            # A goal the question gives by its figure ("its 1,000-village goal") is that
            # one, or none: another goal of the subject would answer another question.
            goals = [g for g in goals if figure_value(g.figure) in asked]
        else:
            # "Did X meet its goal for jointers?": a thing the subject's figures count
            # ("120 cable jointers") that no goal's sentence names has no goal; the
            # subject's goal of another measure would answer another question.
            counted = self._counted(q, terms) if by_measure else frozenset()
            if counted:
                goals = [
                    g
                    for g in goals
                    if any(same_word(w, t) for w in self._fact_terms(g.fact) for t in counted)
                ]
        year = deadline_year(q.words)
        if year is not None:
            # "Did X reach its 2020 target?": the goal set for 2020, not the newest one
            # set by then for a later year.
            goals = [g for g in goals if sets_for_year(g.fact.text, g.figure, year)] or goals
        cutoff = self._cutoff(q)
        in_force = [g for g in goals if cutoff is None or self.fact_date(g.fact)[:7] <= cutoff]
        goals = in_force or goals
        # What the question counts first ("operators"), then a sentence naming a goal
        # ("aims to", "targets") over one that only says "will", then the newest.
        goals.sort(
            key=lambda g: (
                any(same_word(w, t) for w in g.figure.after for t in terms),
                bool(_TARGET_IN_TEXT.search(g.fact.text)),
                # A goal with a deadline ("to 12 hours by 2025") over a plan ("will buy").
                _deadline(g.fact.text) is not None,
                self.fact_date(g.fact),
            ),
            reverse=True,
        )
        return goals

    def _no_goal_for_measure(self, q: Query) -> Result:
        """ "Did X meet its goal for jointers?" when X's goals measure other things: the
        releases state no such goal, and the goals they do state, cited; None otherwise."""
        if _asked_numbers(q.question):
            return None
        counted = self._counted(q, set(q.terms))
        others = self._goals(q, by_measure=False) if counted else []
        if not others:
            return None
        named = [w for w in dict.fromkeys(q.words) if stem(w) in counted] or sorted(counted)
        lines = [
            f"The releases state no goal for {' or '.join(named)}. The goals they give:",
            *(
                f"• {self.fact_date(g.fact)}: {g.fact.text.strip()}{placeholder(g.fact.source)}"
                for g in others[:3]
            ),
        ]
        found = answered(
            self.index, q.question, "\n".join(lines), [g.fact.source for g in others[:3]]
        )
        return dataclasses.replace(found, status=Status.NOT_FOUND)

    def _counted(self, q: Query, terms: set[str]) -> frozenset[str]:
        """The question's terms that a figure about a subject counts ("jointers" in "has
        trained 120 cable jointers"): what the question measures."""
        return frozenset(
            t
            for s in q.subjects
            for f in self.index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]
            for figure in figures_in(f.text)
            for t in terms
            if any(same_word(w, t) for w in figure.after)
        )

    def _subject_facts(self, q: Query) -> list[LoadedFact]:
        """The facts leading with a subject; with none named, the facts about the thing
        whose goal states the figure asked ("the 30,000 target")."""
        seen: dict[str, LoadedFact] = {}
        subjects = list(q.subjects)
        if not subjects:
            asked = _asked_numbers(q.question)
            # Words no release uses ("hit") would leave no fact to rank.
            known = [t for t in q.terms if self.index.terms.known(t)]
            ranked = [
                c.item
                for c in self.retriever.rank(known, set(), include_quotes=False)[:20]
                if isinstance(c.item, LoadedFact)
                and c.item.about
                and is_aim(c.item.text)
                and any(figure_value(f) in asked for f in figures_in(c.item.text))
            ]
            # The party of the sentence setting the goal ("the partners aim to train
            # 300"), before one reporting how it turned out ("According to P, the goal
            # of 300 was missed", led by the speaker).
            setting = [
                f
                for f in ranked
                if not _OUTCOME_NO.search(f.text) and not _OUTCOME_YES.search(f.text)
            ]
            if setting or ranked:
                subjects.append((setting or ranked)[0].about[0])
        for s in subjects:
            for f in self.index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]:
                if f.about and f.about[0] == s:
                    seen.setdefault(f.id, f)
        return list(seen.values())

    def _reached(self, goal: Goal) -> list[Reached]:
        """Figures reached for the goal's subject and unit, oldest first: of the same
        measure as the goal where the goal's sentence says more than its unit ("150,000
        accessions at Nordfjell": the accessions at Nordfjell, not those the founding
        members hold in their own genebanks), else every figure of the unit."""
        found = self._reached_of_unit(goal)
        context = self._goal_context(goal)
        if context:
            same = [r for r in found if self._fact_terms(r.fact) & context]
            found = same or found
        return found

    def _goal_context(self, goal: Goal) -> frozenset[str]:
        """The words of the goal's sentence that say what is measured, beyond its unit:
        not the goal's own words, figures, years, or the names of what it is about."""
        index = self.index
        subject = index.entity(goal.fact.about[0]) if goal.fact.about else None
        names = {
            t
            for label in ((subject.name, *subject.aliases) if subject else ())
            for t in content_terms(label)
        }
        unit = {goal.figure.unit}
        terms = self._fact_terms(goal.fact) - _GOAL_STEMS - _DEADLINE_STEMS - names - unit
        return frozenset(t for t in terms if not any(c.isdigit() for c in t))

    def _reached_of_unit(self, goal: Goal) -> list[Reached]:
        """Figures reached for the goal's subject and unit, oldest first."""
        found = []
        for fact in self._about_goal(goal):
            # "Has collected 1,860 … towards its target of 2,500" reports 1,860 reached
            # (``is_aim``); a sentence stating the goal first sets or restates it.
            if fact.id == goal.fact.id:
                # "… completed the last of its 40 streets, meeting the programme's
                # target": the goal's own sentence reports it reached.
                if reports_goal_met(fact.text):
                    found.append(
                        Reached(fact, goal.figure, figure_value(goal.figure), self.fact_date(fact))
                    )
                continue
            if is_aim(fact.text):
                continue
            # "410 … on the way to its goal of 1,500": the goal's own figure is no figure
            # reached. A count spelled out ("Fifteen shore-power berths are in
            # operation") is one too: it must count the goal's own unit.
            other = next(
                (
                    f
                    for f in figures_in(fact.text, spelled_out=True)
                    if _counts_same(f, goal.figure)
                    and not f.whole
                    and not is_planned_figure(fact.text, f)
                    and (f.met or not set(f.before) & _GOAL_STEMS)
                ),
                None,
            )
            if other is None:
                continue
            found.append(Reached(fact, other, figure_value(other), self.fact_date(fact)))
        found.sort(key=lambda r: r.date)
        return found

    def _about_goal(self, goal: Goal) -> list[LoadedFact]:
        """The facts about the thing the goal is set for: its first entity's, else (a
        phase with no figures of its own) those of the others it names, in order."""
        for entity in goal.fact.about:
            facts = self.index.facts_by_entity.get(entity, [])[:MAX_LIST_FACTS]
            if any(
                f.id != goal.fact.id and not is_aim(f.text) and figures_in(f.text, spelled_out=True)
                for f in facts
            ):
                own = [f for f in facts if f.about and f.about[0] == entity]
                # "The Consortium aims for 20 berths at the Port" is counted in facts led
                # by the Port, the goal's other entity, which also name the Consortium.
                named = set(goal.fact.about)
                led = [f for f in facts if f not in own and f.about and f.about[0] in named]
                return own + led
        return []

    def _reported_in_month(self, q: Query, by: list[Reached]) -> Reached | None:
        """The newest figure reached by the month asked ("by March 2023", a month named)
        when a release published in that month gives it as its newest: what stood as of
        that release. None for a year or no date asked, or no such release."""
        t = q.time
        month = t.until_month if t.until is not None else t.month if t.year is not None else None
        cutoff = self._cutoff(q)
        if month is None or cutoff is None or not by:
            return None
        newest = by[-1]
        published = self.index.source_date(newest.fact.source).isoformat()
        return newest if published[:7] == cutoff else None

    def _cutoff(self, q: Query) -> str | None:
        """The date asked, as "YYYY-MM" (a year alone is its December); None for now."""
        t = q.time
        if t.until is not None:
            return f"{t.until}-{t.until_month or 12:02d}"
        if t.year is not None:
            return f"{t.year}-{t.month or 12:02d}"
        return None

    def _stated_outcome(self, q: Query, *, missed: bool = False, aim: Goal | None = None) -> Result:
        """A fact about the subject saying how a goal turned out ("fell short of its
        target of 30,000 graduates", "ahead of its targets"); ``missed``: the question
        asks whether the goal was missed, so a goal not reached is its yes. With ``aim``
        (the goal asked), a sentence giving figures must give the goal's ("did not reach
        its goal of 1,500" says nothing of the 3,000 goal)."""
        pool = dict.fromkeys(self._subject_facts(q))
        if aim is not None:
            # The outcome of a goal may lead with another party of the goal ("The
            # Academy qualified 512 interpreters, exceeding the target of 450" for the
            # partners' goal): it names the goal's figure, checked below.
            for s in aim.fact.about:
                pool.update(dict.fromkeys(self.index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]))
        goal_value = figure_value(aim.figure) if aim is not None else None

        def telling(fact: LoadedFact) -> tuple[bool, str]:
            # A sentence giving the figure reached beside the goal ("qualified 240 …,
            # short of the goal of 300") before one giving only the verdict or a reason.
            reached = any(
                figure_value(f) != goal_value and not is_goal_figure(f)
                for f in figures_in(fact.text)
            )
            return (reached, self.fact_date(fact))

        for fact in sorted(pool, key=telling, reverse=True):
            text = fact.text
            if not _TARGET_IN_TEXT.search(text):
                continue
            # "27 of the 41 stations, short of its goal of 30": the whole (41) is how
            # many there are, not the goal the sentence judges.
            given = {figure_value(f) for f in figures_in(text) if not f.whole}
            if aim is not None and given and figure_value(aim.figure) not in given:
                continue
            no, yes = _OUTCOME_NO.search(text), _OUTCOME_YES.search(text)
            if not no and not yes:
                continue
            met = not (no and (not yes or no.start() < yes.start()))
            lead = f"**{_yes_no(met, missed=missed)}**, as the release states:"
            body = f"{lead}\n{text.strip()}"
            return answered(self.index, q.question, body, [fact.source], entities=fact.about)
        return None

    def _outcome_named(self, q: Query, qualifier: tuple[str, ...], *, missed: bool) -> Result:
        """The sentence about a subject reporting how the goal the question names by its
        words turned out ("meeting the goal of audio announcements on every bus …" for
        "the audio announcement goal"): every word of ``qualifier`` near its goal word.
        With a date asked, the outcome must be dated by then. None when none does."""
        wanted = {stem(w) for w in qualifier} - _STOP_STEMS - _NOT_A_MEASURE
        if not wanted:
            return None
        cutoff = self._cutoff(q)
        pool = {
            f.id: f
            for s in q.subjects
            for f in self.index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]
        }
        for fact in sorted(pool.values(), key=self.fact_date, reverse=True):
            text = fact.text
            no, yes = _OUTCOME_NO.search(text), _OUTCOME_YES.search(text)
            if not (no or yes) or not _TARGET_IN_TEXT.search(text):
                continue
            if not any(wanted <= near for near in _goal_neighbourhoods(text)):
                continue
            if cutoff is not None and self.fact_date(fact)[:7] > cutoff:
                continue
            met = not (no and (not yes or no.start() < yes.start()))
            months = months_in(text)
            when = f" ({format_date(months[0])})" if len(set(months)) == 1 else ""
            lead = f"**{_yes_no(met, missed=missed)}**{when}, as the release states:"
            body = f"{lead}\n{text.strip()}"
            return answered(self.index, q.question, body, [fact.source], entities=fact.about)
        return None

    def _why_missed(self, q: Query) -> Answer | None:
        """ "Why did X miss its <measure> goal?": the subject's sentence reporting a goal
        not reached (``_OUTCOME_NO``) that names the measure asked and states a cause
        (``CAUSE_CLAUSE``: "… after building work was delayed by the pandemic"); None
        when no sentence does (the premise is then checked elsewhere)."""
        skipped = {stem(w) for w in (*GOAL_WORDS, *_MISS_WORDS, *_REACH_WORDS)} | _STOP_STEMS
        measured = {t for t in q.terms if t not in skipped and not any(c.isdigit() for c in t)} - {
            t for terms in q.mention_terms.values() for t in terms
        }
        # A sentence about the subject, led by the thing the goal counts too ("Njia
        # clinics" in a sentence about the programme's clinic goal).
        pool = dict.fromkeys(
            f for s in q.subjects for f in self.index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]
        )
        for fact in pool:
            text = fact.text
            if not _TARGET_IN_TEXT.search(text) or not _OUTCOME_NO.search(text):
                continue
            if not CAUSE_CLAUSE.search(text):
                continue
            have = set(content_terms(text))
            if not all(t in have or have & set(synonyms(t)) for t in measured):
                continue
            body = f"As the release states:\n{text.strip()}"
            return answered(self.index, q.question, body, [fact.source], entities=fact.about)
        return None

    def _with_figures(self, q: Query, stated: Answer, aim: Goal, cutoff: str | None) -> Answer:
        """``stated`` with the goal's sentence and the newest figure reached by ``cutoff``
        (the goal's deadline) added and cited, when the releases give them."""
        every = self._reached(aim)
        reached = [r for r in every if cutoff is None or r.date[:7] <= cutoff]
        lines = []
        sources = [c.source_id for c in stated.citations]
        if aim.fact.source not in sources or aim.fact.text.strip() not in stated.text:
            lines.append(f"• Goal ({self.fact_date(aim.fact)}): {aim.fact.text.strip()}")
            sources.append(aim.fact.source)
        # A sentence stating the figure reached beside the outcome ("flew 1,310 missions,
        # passing its goal of 1,200") is itself the newest figure: an older one shown as
        # "Reached" would contradict it.
        goal = figure_value(aim.figure)
        states_reached = any(
            figure_value(f) > goal for f in figures_in(stated.text.split("\n\nSource")[0])
        )
        shown = stated.text.split("\n\nSource")[0]
        if reached and not states_reached and reached[-1].fact.text.strip() not in shown:
            newest = reached[-1]
            lines.append(f"• Reached ({newest.date}): {newest.fact.text.strip()}")
            sources.append(newest.fact.source)
        if (
            every
            and (not reached or every[-1].date > reached[-1].date)
            and every[-1].fact.text.strip() not in shown
        ):
            # The newest figure stated after the deadline: where it stands now.
            latest = every[-1]
            lines.append(f"• Newest stated ({latest.date}): {latest.fact.text.strip()}")
            sources.append(latest.fact.source)
        if not lines:
            return stated
        body = stated.text.split("\n\nSource")[0]
        return answered(
            self.index,
            q.question,
            body + "\n" + "\n".join(lines),
            sources,
            entities=stated.entities,
        )

    # --- the answers -----------------------------------------------------------------------

    def _when_reached(self, q: Query, aim: Goal) -> Result:
        """ "When did X reach 150 sites?": the sentence reporting the goal's figure reached
        ("passed its goal of 150 sites by 2025 in October 2025", dated by the month it
        names, else its own date or its release's); else the first figure reached at or
        over the goal, between the release before it and its own; else not found, with
        the newest figure. Each cited."""
        goal = figure_value(aim.figure)
        pool = dict.fromkeys([*self._about_goal(aim), *self._subject_facts(q)])
        reports: list[tuple[str, LoadedFact]] = []
        for fact in pool:
            given = [f for f in figures_in(fact.text) if figure_value(f) == goal]
            # "Passed its goal of 150 sites in October 2025", or the goal's sentence
            # saying so after it ("The goal of 500 … was reached in September 2024").
            stated = bool(
                _TARGET_IN_TEXT.search(fact.text)
                and _OUTCOME_YES.search(fact.text)
                and not _OUTCOME_NO.search(fact.text)
            )
            if given and fact.id != aim.fact.id and (stated or any(f.met for f in given)):
                months = months_in(fact.text)
                when = months[-1] if len(set(months)) == 1 else self.fact_date(fact)
                reports.append((when, fact))
        if reports:
            # The earliest report: "passed its goal … in February 2024" before a later
            # "now serves 22, above its target of 20".
            when, fact = min(reports, key=lambda r: r[0])
            text = f"**{format_date(when)}**\n{fact.text.strip()}"
            return answered(self.index, q.question, text, [fact.source], entities=fact.about)
        reached = self._reached(aim)
        hit = next((r for r in reached if aim.met(r.value)), None)
        if hit is None:
            return None
        below = [r for r in reached if r.date < hit.date and not aim.met(r.value)]
        since = (
            f", after {below[-1].figure.shown} as of {format_date(below[-1].date)}" if below else ""
        )
        lines = [
            f"**By {format_date(hit.date)}**: the first figure the releases give at or over "
            f"{aim.figure.value} is {hit.figure.shown}{since}; they give no closer date.",
            f"• Reached ({hit.date}): {hit.fact.text.strip()}{placeholder(hit.fact.source)}",
            f"• Goal ({self.fact_date(aim.fact)}): {aim.fact.text.strip()}"
            f"{placeholder(aim.fact.source)}",
        ]
        if below:
            lines.append(
                f"• Before ({below[-1].date}): {below[-1].fact.text.strip()}"
                f"{placeholder(below[-1].fact.source)}"
            )
        sources = [hit.fact.source, aim.fact.source, *(b.fact.source for b in below[-1:])]
        return answered(self.index, q.question, "\n".join(lines), sources, entities=aim.fact.about)

    def _now_against(self, q: Query, aim: Goal) -> Answer | None:
        """ "Has X trained 30,000 already?" (a goal's figure put up with no date, its
        deadline past by the newest figure): yes when the newest figure reached is at
        least it, else no, the newest figure and the goal cited; None when no figure is
        reached after the goal's deadline."""
        reached = self._reached(aim)
        deadline = _deadline(aim.fact.text)
        if not reached or deadline is None or reached[-1].date[:7] <= deadline:
            # A goal still open by the newest figure ("by the end of 2026") is judged
            # as before: not yet.
            return None
        newest = reached[-1]
        met = aim.met(newest.value)
        verdict = "Yes" if met else "No"
        left = aim.left(newest.value)
        gap = (
            f"{_fmt(-left)} {'under' if aim.lower else 'over'}"
            if met
            else f"{aim.working(newest.figure.value)} = {_fmt(left)} short"
        )
        lines = [
            f"**{verdict}**: {newest.figure.shown} as of {format_date(newest.date)}, the newest "
            f"figure the releases give, against {aim.figure.value} ({gap}).",
            f"• Reached ({newest.date}): {newest.fact.text.strip()}"
            f"{placeholder(newest.fact.source)}",
            f"• Goal ({self.fact_date(aim.fact)}): {aim.fact.text.strip()}"
            f"{placeholder(aim.fact.source)}",
        ]
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [newest.fact.source, aim.fact.source],
            entities=aim.fact.about,
        )

    def _gap(self, q: Query, aim: Goal, *, by_deadline: bool = False) -> Result:
        """The goal minus the newest figure reached by the date asked; ``by_deadline``
        ("by how many did it miss?"): by the goal's own deadline when none is asked."""
        cutoff = self._cutoff(q) or (_deadline(aim.fact.text) if by_deadline else None)
        reached = [r for r in self._reached(aim) if cutoff is None or r.date[:7] <= cutoff]
        goal, figure = aim.fact, aim.figure
        if not reached:
            when = q.time.describe() or "so far"
            return not_found(
                q.question,
                f"The releases give the goal ({goal.text.strip()}) but no figure reached {when}.",
            )
        now = reached[-1]
        diff = aim.left(now.value)
        about = "about " if now.figure.shown != now.figure.value else ""
        if diff > 0:
            lead = (
                f"**{about}{_fmt(diff)} short of the {figure.value} goal** as of "
                f"{format_date(now.date)} ({aim.working(_fmt(now.value))} = {_fmt(diff)})."
            )
        else:
            over = (
                f"{figure.value} − {_fmt(now.value)}"
                if aim.lower
                else f"{_fmt(now.value)} − {figure.value}"
            )
            lead = (
                f"**The {figure.value} goal was {'reached' if aim.lower else 'passed'}** by "
                f"{format_date(now.date)}: {now.figure.shown} reached ({over} = {_fmt(-diff)} "
                f"{'under' if aim.lower else 'over'})."
            )
        lines = [
            lead,
            f"• Goal ({self.fact_date(goal)}): {goal.text.strip()}{placeholder(goal.source)}",
            f"• Reached ({now.date}): {now.fact.text.strip()}{placeholder(now.fact.source)}",
        ]
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [now.fact.source, goal.source],
            entities=goal.about,
        )

    def _reached_by(self, q: Query, aim: Goal, *, missed: bool = False) -> Result:
        goal, figure = aim.fact, aim.figure
        cutoff = self._cutoff(q) or _deadline(goal.text)
        reached = self._reached(aim)
        by = [r for r in reached if cutoff is None or r.date[:7] <= cutoff]
        after = [r for r in reached if cutoff is not None and r.date[:7] > cutoff]
        when = format_date(cutoff) if cutoff else "now"
        goal_line = (
            f"• Goal ({self.fact_date(goal)}): {goal.text.strip()}{placeholder(goal.source)}"
        )
        hit = next((r for r in by if aim.met(r.value)), None)
        if hit is not None:
            lead = (
                f"**{_yes_no(True, missed=missed)}**: {hit.figure.shown} by "
                f"{format_date(hit.date)}, against a goal of {figure.value}."
            )
            shown = [hit]
        elif after and not aim.met(after[0].value):
            later = after[0]
            lead = (
                f"**{_yes_no(False, missed=missed)}**: still short of the {figure.value} goal "
                f"after {when} — "
                f"{later.figure.shown} as of {format_date(later.date)} "
                f"({aim.working(_fmt(later.value))} = {_fmt(aim.left(later.value))} short)."
            )
            shown = [*by[-1:], later]
        elif (newest_by := self._reported_in_month(q, by)) is not None and not aim.met(
            newest_by.value
        ):
            # "Had X certified 5,000 by March 2023?": a release of March 2023 gives as its
            # newest figure 2,150 (February): not as of that release, though a later
            # figure passes the goal.
            published = self.index.source_date(newest_by.fact.source).isoformat()
            lead = (
                f"**{_yes_no(False, missed=missed)}**, not as of {format_date(published)}: the "
                f"release of that day gives {newest_by.figure.shown} "
                f"({format_date(newest_by.date)}) against a goal of {figure.value} "
                f"({aim.working(_fmt(newest_by.value))} = {_fmt(aim.left(newest_by.value))} short)."
            )
            shown = [newest_by]
        elif (
            self._cutoff(q) is None
            and cutoff is not None
            and q.today is not None
            and q.today.isoformat()[:7] < cutoff
            and by
        ):
            # "Has X reached its goal?" before the goal's deadline: not yet, as of the
            # newest figure, with the time left.
            newest = by[-1]
            about = "about " if newest.figure.shown != newest.figure.value else ""
            lead = (
                f"**Not yet** as of {format_date(newest.date)}: {newest.figure.shown} against "
                f"a goal of {figure.value} by {format_date(cutoff)} "
                f"({aim.working(_fmt(newest.value))} = "
                f"{about}{_fmt(aim.left(newest.value))} to go)."
            )
            shown = [newest]
        else:
            newest = by[-1] if by else None
            text = f"The releases don't say whether the {figure.value} goal was reached by {when}"
            if newest is not None:
                text += f": the newest figure by then is {newest.figure.shown} ({format_date(newest.date)})"
            if after:
                # A running total past the goal later says nothing of the date asked.
                text += (
                    f"; the next figure, {after[0].figure.shown} "
                    f"({format_date(after[0].date)}), comes after that date."
                )
            elif newest is not None:
                text += ", and no figure is dated after it."
            else:
                text += "."
            return not_found(q.question, text)
        lines = [lead, goal_line] + [
            f"• Reached ({r.date}): {r.fact.text.strip()}{placeholder(r.fact.source)}"
            for r in shown
        ]
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [goal.source, *(r.fact.source for r in shown)],
            entities=goal.about,
        )
