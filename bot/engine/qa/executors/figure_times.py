"""A figure at a time, between two times, against its goal, and the goal itself.

Over one series (``figure_series``: the dated figures reached that count the noun asked,
goals, sums and percentages left out unless asked), each answered with its working and
every figure it uses cited:

- **at a time**: "how many fridges had been installed by 2024?" → the figure in force
  then, the newest stated at or before it (a year or month covers all of it);
- **between two times**: "how many more X between 2019 and 2021?", "by how much did X
  grow from 2021 to 2023?", "how many members did X gain between its founding and
  2026?" → the figure in force at each end (the founding: the figure a sentence gives as
  the start, "up from the four that founded it"), and the difference;
- **short of a goal at a time**: "how far was X from 30,000 in March 2022?", "how many
  short of the 3,000 target in September 2023?" → goal − figure in force then; the goal
  is the figure the question names, else the goal stated by then;
- **the goal**: "what's the target for X?" → the newest goal stated, older ones as
  history (from the goal facts, not from a quote).

The rule "the figure in force is the newest stated at or before the time" is issue 12's
("what was true when"); an end no figure is old enough for is left to the other
executors (None), never answered with a later figure.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from functools import cached_property

from bot.engine.answer import Answer, Status
from bot.engine.cite import placeholder
from bot.engine.qa.compose import (
    answered,
    answered_facts,
    format_date,
    not_found,
    not_found_cited,
)
from bot.engine.qa.ends import two_ends
from bot.engine.qa.executors.arithmetic import asks_time_count
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result, _fmt
from bot.engine.qa.executors.commitments import GIVING_STEMS
from bot.engine.qa.executors.events import names_goal
from bot.engine.qa.executors.goal_years import deadline_year, goals_for_year, sets_for_year
from bot.engine.qa.executors.items import list_noun
from bot.engine.qa.executors.period_figures import Stated, answer_within_period
from bot.engine.qa.executors.targets import GOAL_WORDS
from bot.engine.qa.figure_series import (
    ORIGIN_WORDS,
    FigurePoint,
    achieved_points,
    asked_at_point,
    fmt_measure,
    goal_nouns,
    goal_points,
    in_force,
    name_heads,
    noun_phrase,
    noun_stems,
    occurrence_points,
    reported_met,
    series_fit,
    stale_for_year,
)
from bot.engine.qa.figures import (
    GOAL_NAMING,
    is_past_goal,
    shown_with_unit,
    summary_statement,
)
from bot.engine.qa.measures import (
    dimension_nouns,
    in_unit_of,
    measured_dimension,
    unit_dimension,
    unit_stem,
)
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.vocabulary import (
    GOAL_DEADLINE,
    INTENT_WORDS,
    NOW_WORDS,
    ORIGINAL_WORDS,
    SHAPE_WORDS,
    SHORT_WORDS,
)
from bot.kb.models import EntityKind, LoadedFact
from bot.search.terms import STOP_WORDS, stem
from bot.vocab import figure_questions, money_given

# Words asking for a gain (or a loss) between two times (``figure_questions.txt``).
GAIN_WORDS = figure_questions().change
# Of GAIN_WORDS, those asking for a fall, and those asking for a change either way.
_LOSS_WORDS = figure_questions().fall
_EITHER_WAY = figure_questions().either_way
# "What was the increase in X from 2020 to 2024?": a change asked by its noun.
_CHANGE_NOUNS = frozenset(
    "increase rise growth gain change difference drop decrease decline fall".split()
)
_GOAL_STEMS = frozenset(stem(w) for w in "target goal aim".split())
# "What goal did X set / adopt in 2021?": a goal asked by the year it was set.
_SETTING_WORDS = figure_questions().goal_setting
_PHASE_WORDS = frozenset("phase phases stage stages round rounds".split())
_MONEY_WORDS = (
    frozenset(
        "money cost costs funding fund funds budget spend spent dollars euros sum loan pay "
        "paid lend lent raise raised worth".split()
    )
    | money_given().words
)
# Money given, by any of its words (``bot/vocab/money_given.yaml``), as stems: one
# series, whatever word the question or each release uses ("its grant" for "awarded",
# "donated a further", "bringing its total commitment to").
_GIVEN_STEMS = GIVING_STEMS | frozenset(stem(w) for w in money_given().nouns) | {stem("total")}
_PERCENT_WORDS = frozenset("percent percentage per cent share proportion %".split())
# Question words that say how, when or how much, not what is counted.
_NOT_MEASURED = frozenset(
    stem(w)
    for w in (
        *ORIGINAL_WORDS,
        *GAIN_WORDS,
        *SHORT_WORDS,
        *_CHANGE_NOUNS,
        *GOAL_WORDS,
        *ORIGIN_WORDS,
        *NOW_WORDS,
        *SHAPE_WORDS,
        *"how many much did does do has have had could can was were is are than the its "
        "from to between and in by since number total figure figures amount count "
        "there been reach reached hit still of over time what which "
        # "What target did X set in 2021?": setting a goal is no measure.
        "set sets setting adopt adopted adopts "
        # "By how many points did the share drop?": the unit of a change in a
        # percentage, not what is measured.
        "point points percentage".split(),
    )
)
# A figure the question names: "30,000", "30 000", "30k", "3.5 million".
_ASKED_FIGURE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[, ]\d{3})+|\d+(?:\.\d+)?)"
    r"(?:\s*(k|thousand|million)\b|\s*(%|per ?cent\b))?(?!\w)",
    re.IGNORECASE,
)
_SCALE = {"k": 1e3, "thousand": 1e3, "million": 1e6}


# "How many people had X trained?": people of any kind, which a sentence counts by its
# own noun ("trained 5,100 entrepreneurs"): the verb says which count it is.
_ANY_PEOPLE = frozenset("people persons individuals".split())
# The words right before "times" that count them ("how many times", "the number of
# times"), not "three times" or "at times".
_TIMES_COUNTED = frozenset(("many", "of"))
_TIME = stem("times")
# "How many …" counts things, never a percentage.
_COUNT_WORDS = frozenset(("many", "number"))


def _counted_word(point: FigurePoint) -> str:
    """The word a point's sentence writes right after its figure when it is a plain
    plural noun ("141 optometrists" → "optometrists"); "" otherwise (a unit, a clause)."""
    text = point.fact.text
    at = text.find(point.figure.value)
    if at < 0:
        return ""
    match = re.match(r"\s+([a-z]+s)\b(?![-'’])", text[at + len(point.figure.value) :])
    return match[1] if match else ""


def _names_goal_year(words: tuple[str, ...], year: str) -> bool:
    """Whether ``year`` is written as a goal's ("the 2025 goal", "its target for 2025"),
    the year just before a goal word or just after one and "for"/"of"."""
    for i, w in enumerate(words):
        if w != year[:4]:
            continue
        if words[i + 1 : i + 2] and words[i + 1] in GOAL_WORDS:
            return True
        if i >= 2 and words[i - 1] in ("for", "of") and words[i - 2] in GOAL_WORDS:
            return True
    return False


def _mass_noun(words: tuple[str, ...]) -> str | None:
    """The noun right after "how much" ("how much honey …"), what is measured; None
    when a verb, a money word or a change follows ("how much did …", "how much money")."""
    if words[:2] != ("how", "much") or len(words) < 3:
        return None
    noun = words[2]
    if noun in STOP_WORDS or noun in _MONEY_WORDS or noun in GAIN_WORDS or noun.isdigit():
        return None
    return noun


def _shown(point: FigurePoint, share: bool) -> str:
    """A point's figure as the release words it; a percentage as "61%" (the form the
    arithmetic executor shows)."""
    return f"{_fmt(point.value)}%" if share else point.figure.shown


def _asks_percent(q: Query) -> bool:
    """Whether the question asks for a percentage ("per cent", "share", "30%"). A word
    of a name asked about ("the Heat Share network") asks for none."""
    return bool(set(q.leftover) & _PERCENT_WORDS) or "%" in q.question


# How many words on either side of a figure may name the measure asked ("a combined
# capacity of 1.3 megawatts": "capacity" two words before).
_NOUN_REACH = 3
# How many candidate facts the retriever adds for each measured word.
MAX_RANKED = 20
_EARLIEST = "origin"
_NEWEST = "now"
# The oldest dated figure, whether or not it is the start ("how much did the corridor
# length grow?", no range asked: from the first figure stated to the last).
_FIRST = "first"
# An end "before <year>": the figure in force when the year began.
_BEFORE = "before:"


# "Planned at launch", "at the start": the first goal or plan set.
_AT_START = frozenset("launch launched outset start".split())
# Sums in millions are shown in millions ("+18.5 million (41 − 22.5)"), as trends.py does.
_MILLION = 1_000_000


def _in_millions(a: FigurePoint, b: FigurePoint) -> bool:
    """Whether two points are written in millions: sums ("US$22.5 million") or counts
    ("3.1 million passengers"), so that their change is shown as the releases write
    figures of that size ("2.5 million"), not spelt out in digits."""
    return all("million" in p.figure.value.casefold().split() for p in (a, b))


class FigureTimeAnswers(ExecutorBase):
    @cached_property
    def _figure_name_heads(self) -> dict[str, frozenset[str]]:
        return name_heads(self.index)

    def figure_in_time(self, q: Query) -> Result:
        """A figure at a time, between two times, short of a goal, or the goal; None
        for a question of none of these shapes, or when no series counts its noun."""
        if q.quote or q.meta:
            return None
        words = set(q.words)
        opener = q.words[1:] if q.words[:1] == ("by",) else q.words
        how = opener[:2] in (("how", "many"), ("how", "much"), ("how", "far")) or (
            # "How big was the gap to the 30,000 goal?": a shortfall asked by its size.
            opener[:2] in (("how", "big"), ("how", "large"), ("what", "was"), ("what", "is"))
            and bool(words & SHORT_WORDS)
            and bool(words & GOAL_WORDS)
        )
        if words & GOAL_WORDS and not how and q.answer_type is not AnswerType.YES_NO:
            return self._ft_goal(q)
        if q.words[:1] == ("what",) and words & _CHANGE_NOUNS and not words & GOAL_WORDS:
            ends = self._ft_ends(q, words)
            return self._ft_change(q, ends) if ends is not None else None
        if q.answer_type is AnswerType.YES_NO:
            # "Did X increase its grant in 2020?": the change within the year, judged.
            # A change between two times is the trend's (``trends.py``).
            ends = self._ft_ends(q, words) if len(q.time.points) == 1 else None
            if ends is None or not ends[0].startswith(_BEFORE):
                return None
            return self._ft_change(q, ends, verdict=True)
        if not how:
            return None
        if words & INTENT_WORDS and (q.subjects or q.time.points or words & _AT_START):
            # "How many more corals is ReefRise 2030 supposed to outplant?": the goal set
            # for the thing named ("aims to outplant a further 250,000"), as "what is its
            # target?" asks it; "how many stations are expected to join by the end of
            # 2024?" the goal set for that time, whatever its subject; "how many hours were
            # planned at launch?" the first one set.
            found = self._ft_goal(q)
            if found is not None:
                return found
        if two_ends(q.words) is not None:
            return None  # an end that is an event: events.as_of_event, change_between
        if words & SHORT_WORDS and (self._ft_asked_figure(q) is not None or words & GOAL_WORDS):
            return self._ft_shortfall(q)
        ends = self._ft_ends(q, words)
        if ends is not None and ends[0].startswith(_BEFORE) and words & GOAL_WORDS:
            # "How much more did X rescue in 2024 than its goal?" compares the year's
            # figure with the goal, not with the figure before the year.
            return None
        if ends is not None and (words & GAIN_WORDS):
            return self._ft_change(q, ends)
        return None

    def figure_at_time(self, q: Query) -> Result:
        """ "How many X by 2024?": the figure in force then; None for another shape.
        Tried after the stated counts (``stated_counts.py``), as their fallback for a
        noun the sentences word otherwise ("fridges" for "refrigerators")."""
        if q.quote or q.meta or q.answer_type is AnswerType.YES_NO:
            return None
        words = set(q.words)
        if q.words[:2] not in (("how", "many"), ("how", "much")) or words & GOAL_WORDS:
            return None
        if len(q.time.points) != 1 or words & GAIN_WORDS or words & SHORT_WORDS:
            return None
        if q.time.since is not None or two_ends(q.words) is not None:
            return None
        if asks_time_count(q.words):
            return None  # "how many years does the 2025 grant cover?": a duration
        return self._ft_at(q, q.time.points[0])

    def figure_owner(self, q: Query, candidates: tuple[str, ...]) -> str | None:
        """Of ``candidates`` (entity ids a shared name or acronym names), the one whose
        own sentences count what a "how many …?" asks ("how many volunteer crew members
        does MRF have?": the Federation that has them, not the Foundation sharing its
        initials); None for another question, or when none or several count it."""
        if q.quote or q.answer_type is not AnswerType.NUMBER:
            return None
        measured = self._ft_measured(q, by_subject=False)
        if not measured:
            return None
        fitting = [
            c
            for c in candidates
            if achieved_points(
                self.index.facts_by_entity.get(c, [])[:MAX_LIST_FACTS], measured, self.fact_date
            )
        ]
        return fitting[0] if len(fitting) == 1 else None

    def figure_fact_by(self, q: Query, date: str, news: str = "") -> LoadedFact | None:
        """The sentence stating the figure in force at ``date`` (ISO, as coarse as
        given) for what ``q`` counts, or stated by the release ``news`` (the one
        reporting the event dated ``date``, days after it); None when no series or
        nothing by then."""
        found = self._ft_series(q)
        if found is None:
            return None
        reported = [p for p in found[0] if news and p.fact.source == news and not p.origin]
        if reported:
            # "22 of the 41 are now step-free", in the release reporting the reopening a
            # week before: the figure as of that event.
            return max(reported, key=lambda p: p.date).fact
        point = in_force(found[0], date)
        return point.fact if point is not None and not point.origin else None

    def figure_first_after(self, q: Query, date: str) -> FigurePoint | None:
        """The first figure stated for what ``q`` counts, when its series has none in
        force at ``date`` (ISO, as coarse as given): every figure is dated later ("1,450
        members" in 2019, asked "when it opened" in 2017). None when one is in force
        then, or no series counts the noun."""
        found = self._ft_series(q)
        if found is None or in_force(found[0], date) is not None:
            return None
        return min(found[0], key=lambda p: p.date, default=None)

    # -- what is counted ---------------------------------------------------------------

    def _ft_measured(self, q: Query, *, by_subject: bool = True) -> frozenset[str]:
        """The stems naming what is counted, with the words counting the same thing;
        with no noun asked, the last words of the thing named (unless ``by_subject`` is
        False)."""
        dimension = measured_dimension(q.words)
        if dimension:
            # "How much did the corridor length grow?": the figures in a unit of length,
            # never a count of another noun beside it (hives along the corridors).
            return dimension
        opener = q.words[1:] if q.words[:1] == ("by",) else q.words
        noun = list_noun(opener) or _mass_noun(opener)
        terms = {t for t in q.terms if t not in _NOT_MEASURED and not t.isdigit()}
        if noun is not None and stem(noun) in terms and noun not in _ANY_PEOPLE:
            # "How many more countries did the members come from": the noun after "how
            # many" is what is counted, not the other words ("members").
            terms = {stem(noun)}
        found: set[str] = set()
        for term in terms:
            found |= noun_stems(term, self._figure_name_heads)
        for subject in () if found or not by_subject else q.subjects:
            entity = self.index.entity(subject)
            if entity.kind not in (EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.PLACE):
                # "the number of solar fridges": with no other noun asked, the thing
                # named is what is counted.
                for label in (entity.name, *entity.aliases):
                    head = label.split()[-1:] if label.split() else []
                    for word in head:
                        found |= noun_stems(stem(word.casefold()), self._figure_name_heads)
        return frozenset(found)

    @staticmethod
    def _ft_doing(q: Query) -> frozenset[str] | None:
        """The words of what a "how many times did S V?" counts, besides "times" and the
        names asked about ("crew", "launch" of "how many times did MRF crews launch?");
        None for a question counting no times, or naming nothing done."""
        at = next((i for i in range(len(q.words) - 1) if q.words[i + 1] == "times"), None)
        if at is None or q.words[at] not in _TIMES_COUNTED:
            return None
        doing = frozenset(t for t in q.terms if t != _TIME and not t.isdigit())
        return doing or None

    def _ft_pool(
        self,
        q: Query,
        measured: frozenset[str],
        subjects: tuple[str, ...] | None = None,
        extra: tuple[str, ...] = (),
    ) -> list[LoadedFact]:
        """The facts about ``subjects`` (the question's by default) and those the
        retriever finds for each measured word (and each of ``extra``)."""
        subjects = q.subjects if subjects is None else subjects
        pool: dict[str, LoadedFact] = {}
        for s in subjects:
            for fact in self.index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]:
                pool.setdefault(fact.id, fact)
            for fact in map(summary_statement, self.index.summary_history(s)):
                pool.setdefault(fact.id, fact)
        for term in (*sorted(measured), *extra):
            ranked = self.retriever.rank([term], set(subjects), include_quotes=False)
            for c in ranked[:MAX_RANKED]:
                if isinstance(c.item, LoadedFact):
                    pool.setdefault(c.item.id, c.item)
        if subjects:
            # About a subject the question names ("the alliance"), not a namesake's.
            wanted = set(subjects)
            return [f for f in pool.values() if wanted & set(f.about)]
        return list(pool.values())

    def _ft_series(
        self,
        q: Query,
        measured: frozenset[str] | None = None,
        subjects: tuple[str, ...] | None = None,
    ) -> tuple[list[FigurePoint], frozenset[str]] | None:
        doing = self._ft_doing(q) if measured is None else None
        if doing is not None:
            # "How many times did the crews launch in 2020?": the counts of that doing
            # ("launched 612 times"), never the crews' own number.
            counted = occurrence_points(self._ft_pool(q, doing, subjects), doing, self.fact_date)
            return (counted, doing) if counted else None
        measured = self._ft_measured(q) if measured is None else measured
        if not measured:
            return None
        words = set(q.words)
        pool = self._ft_pool(q, measured, subjects)
        money = bool(words & _MONEY_WORDS or "$" in q.question or "€" in q.question)
        percent = _asks_percent(q)
        points = achieved_points(
            pool,
            measured,
            self.fact_date,
            money=money,
            percent=percent,
            subjects=q.subjects if subjects is None else subjects,
        )
        if money and (not points or words & money_given().words):
            # "How much did X increase its grant?" where the sentences say "awarded",
            # "added … bringing its total commitment to": the subject's sums given, in
            # any of the words for them, are the series of what it gave.
            given = measured | _GIVEN_STEMS | {stem("total")}
            points = achieved_points(pool, given, self.fact_date, money=True)
        if not money and not percent and not words & _COUNT_WORDS:
            # "How much did canopy cover go up?" names no unit: the percentages, when
            # they count what is asked better, or as well and more often.
            shares = achieved_points(pool, measured, self.fact_date, percent=True)
            if series_fit(shares, measured) > series_fit(points, measured):
                points = shares
        if len({p.figure.unit for p in points}) > 1 and measured_dimension(q.words):
            points = self._ft_one_unit(q, points)
        return (points, measured) if points else None

    def _ft_one_unit(self, q: Query, points: list[FigurePoint]) -> list[FigurePoint]:
        """Of ``points`` in several units of the dimension asked (3,100 kilograms of
        bread baked, 2,000 tonnes of flour a year a mill can grind), the one series in
        one unit whose sentences share the most words with the question, then the
        longest: two units are two things measured, never one series."""
        by_unit: dict[str, list[FigurePoint]] = {}
        named = dimension_nouns(q.words)
        for p in points:
            unit = unit_stem(p.figure.unit) or p.figure.unit
            near = {*p.figure.before[-_NOUN_REACH:], *p.figure.after[:_NOUN_REACH]}
            if named & near and in_unit_of(1.0, p.figure.unit, p.figure.unit) is not None:
                # "a combined capacity of 610 kilowatts", later "of 2.4 megawatts": the
                # noun asked beside each says they measure one thing, in units the
                # change converts (``_ft_change``).
                unit = unit_dimension(p.figure.unit) or unit
            by_unit.setdefault(unit, []).append(p)
        asked = set(q.terms)

        def fit(series: list[FigurePoint]) -> tuple[int, int]:
            shared = max(len(asked & self._fact_terms(p.fact)) for p in series)
            return shared, len(series)

        return max(by_unit.values(), key=fit)

    def _ft_named_goal(self, q: Query, value: float) -> FigurePoint | None:
        """The goal stated with the figure the question names ("the 30k target"), about
        the question's subjects or found by the goal words; None when none states it."""
        pool = self._ft_pool(q, frozenset(), extra=tuple(sorted(_GOAL_STEMS)))
        return next(
            (
                g
                for g in goal_points(pool, frozenset(), self.fact_date, percent=_asks_percent(q))
                if g.value == value
            ),
            None,
        )

    # -- the shapes --------------------------------------------------------------------

    def _ft_ends(self, q: Query, words: set[str]) -> tuple[str, str] | None:
        points = list(q.time.points)
        # Not a word of a name: "the Calder Foundation" asks from no founding.
        origin = bool(set(q.leftover) & ORIGIN_WORDS)
        now = bool(words & NOW_WORDS)
        if len(points) == 2:
            return points[0], points[1]
        if len(points) == 1 and origin and not now:
            return _EARLIEST, points[0]
        if len(points) == 1 and (now or q.time.since is not None):
            return points[0], _NEWEST
        if not points and origin:
            return _EARLIEST, _NEWEST
        if not points and q.time.since is None and measured_dimension(q.words):
            return _FIRST, _NEWEST
        if len(points) == 1 and len(points[0]) == 4 and words & GAIN_WORDS:
            # "By how much did X increase its commitment in 2020?": the change within
            # the year, from the figure in force before it to the one at its end.
            return _BEFORE + points[0], points[0]
        return None

    def _ft_point_at(self, series: list[FigurePoint], end: str) -> FigurePoint | None:
        if end == _EARLIEST:
            start = [p for p in series if p.origin]
            if start:
                return start[0]
            oldest = min((p for p in series if p.date), key=lambda p: p.date, default=None)
            if oldest is not None and set(oldest.fact.text.casefold().split()) & ORIGIN_WORDS:
                return oldest
            return None
        if end == _FIRST:
            return min((p for p in series if p.date), key=lambda p: p.date, default=None)
        if end == _NEWEST:
            return max((p for p in series if p.date), key=lambda p: p.date, default=None)
        if end.startswith(_BEFORE):
            # In force before the year: stated in an earlier one.
            return in_force(series, str(int(end[len(_BEFORE) :]) - 1))
        return in_force(series, end)

    def _ft_at(self, q: Query, end: str) -> Result:
        found = self._ft_series(q)
        if found is None:
            return None
        series, _ = found
        # The amount within a stretch, never a running total (``figure_periods``).
        within = answer_within_period(
            self.index, q, [Stated(p.fact, p.figure.shown, p.date) for p in series]
        )
        if within is not None:
            return within
        point = in_force(series, end)
        if point is None:
            return self._ft_too_early(q, series, end)
        if stale_for_year(
            self.index, q.time.year, q.words, (p.fact.source for p in series), q.subjects
        ):
            # As ``stated_counts._stale_answer``: the older figure's date, not the figure.
            text = (
                f"The releases give no figure for that in {q.time.year}: the newest they "
                f"state is as of {point.date}, older than that."
            )
            reply = answered(
                self.index, q.question, text, [point.fact.source], entities=list(point.fact.about)
            )
            return dataclasses.replace(reply, status=Status.NOT_FOUND)
        between = _between(series, point, end) if asked_at_point(q.words) else None
        if between is not None:
            return self._ft_between(q, point, between, end)
        # The shape of every figure as of a date (stated_counts.py, facts.py).
        line = (
            f"**As of {format_date(point.date)}: {point.figure.shown}**\n"
            f"{point.fact.text.strip()}{placeholder(point.fact.source)}"
        )
        return answered(
            self.index, q.question, line, [point.fact.source], entities=list(point.fact.about)
        )

    def _ft_change(self, q: Query, ends: tuple[str, str], *, verdict: bool = False) -> Result:
        """The change between the figures in force at ``ends``, with its working; with
        ``verdict``, opened by "Yes" or "No" for the direction asked ("did X increase
        its grant in 2020?": yes when it went up)."""
        found = self._ft_series(q)
        if found is None:
            return None
        series, _ = found
        a, b = (self._ft_point_at(series, end) for end in ends)
        if a is None or b is None or a is b:
            return None
        measure = ""
        if a.figure.unit != b.figure.unit and (
            converted := in_unit_of(a.value, a.figure.unit, b.figure.unit)
        ):
            # "From 610 kilowatts to 2.4 megawatts": the change in the later unit.
            measure = " " + shown_with_unit(b.fact.text, b.figure).split()[-1]
            a = dataclasses.replace(a, value=converted)
        diff = b.value - a.value
        sign = "+" if diff > 0 else ("−" if diff < 0 else "±")
        a_when = a.date or "the start"
        # Two percentages differ by percentage points, not per cent.
        shares = all("%" in p.figure.value or "cent" in p.figure.value for p in (a, b))
        unit = " percentage points" if shares else measure
        scale, unit = (_MILLION, " million") if _in_millions(a, b) else (1, unit)
        opener = q.words[1:] if q.words[:1] == ("by",) else q.words
        noun = list_noun(opener) if opener[:2] == ("how", "many") and diff else None
        counted = ""
        if noun is not None and not shares and scale == 1:
            # "How many countries did X add?": the difference says what it counts.
            counted = f", {_fmt(abs(diff))} {'more' if diff > 0 else 'fewer'} {noun}"
        start, end = _shown(a, shares), _shown(b, shares)
        fmt = _fmt
        if measure:
            fmt = fmt_measure
            start = f"{shown_with_unit(a.fact.text, a.figure)} = {fmt(a.value)}{measure}"
            end = shown_with_unit(b.fact.text, b.figure)
        text = (
            f"**{sign}{fmt(abs(diff) / scale)}{unit}**{counted} (from {start} as of {a_when}"
            f" to {end} as of {b.date}: {fmt(b.value / scale)} − "
            f"{fmt(a.value / scale)} = {'−' if diff < 0 else ''}{fmt(abs(diff) / scale)}{unit})."
        )
        if verdict:
            words = set(q.words)
            asked = -1 if words & _LOSS_WORDS else (0 if words & _EITHER_WAY else 1)
            held = (diff > 0) - (diff < 0)
            yes = held != 0 if asked == 0 else held == asked
            text = f"**{'Yes' if yes else 'No'}:** {text}"
        lines = [text]
        # "nine members, up from the four that founded it": one sentence, both ends.
        for p in [b] if a.fact is b.fact else [a, b]:
            lines.append(
                f"• As of {self.fact_date(p.fact)}: {p.fact.text.strip()}"
                f"{placeholder(p.fact.source)}"
            )
        facts = list(dict.fromkeys((a.fact, b.fact)))
        return answered_facts(self.index, q.question, lines, facts)

    def _ft_shortfall(self, q: Query) -> Result:
        goal_value = self._ft_asked_figure(q)
        # The goal named ("its 8,000 target", "the 30k target") is cited from the
        # sentence setting it, which also says what it counts when the question does not.
        goal_fact = self._ft_named_goal(q, goal_value) if goal_value is not None else None
        measured = self._ft_measured(q)
        subjects = None
        if goal_fact is not None:
            # The goal says what is counted ("outplant 200,000 coral fragments"); the
            # thing's own name ("ReefRise now runs 14 …") does not.
            measured = self._ft_measured(q, by_subject=False) | goal_nouns(
                goal_fact.figure, self._figure_name_heads
            )
            subjects = q.subjects or goal_fact.fact.about[:1]
        found = self._ft_series(q, measured, subjects)
        if found is None:
            return None
        series, measured = found
        points = list(q.time.points)
        end = points[-1] if points else _NEWEST
        point = self._ft_point_at(series, end)
        if end != _NEWEST and _names_goal_year(q.words, end):
            # "Short of the 2025 goal": the year is the goal's deadline, and the first
            # figure stated after it (a later release's "141, short of the goal of 150
            # by 2025") tells how the goal ended better than an older one in force then.
            after = [p for p in series if p.date and p.date[:4] > end[:4]]
            point = min(after, key=lambda p: p.date) if after else point
        if point is None:
            return None
        if goal_value is None:
            goals = goal_points(
                self._ft_pool(q, measured), measured, self.fact_date, percent=_asks_percent(q)
            )
            goal_fact = (in_force(goals, end) if end != _NEWEST else None) or (
                goals[-1] if goals else None
            )
            if goal_fact is None:
                return None
            goal_value = goal_fact.value
        gap = goal_value - point.value
        when = point.date
        if gap > 0:
            # "**9 optometrists short**": the gap named by what the figure counts.
            noun = _counted_word(point) if gap != 1 else ""
            lead = (
                f"**{_fmt(gap)}{f' {noun}' if noun else ''} short** of {_fmt(goal_value)} as of "
                f"{when}: {_fmt(goal_value)} − {_fmt(point.value)} = {_fmt(gap)}."
            )
        else:
            lead = (
                f"**Reached**: {point.figure.shown} as of {when}, {_fmt(-gap)} past the goal "
                f"of {_fmt(goal_value)}."
            )
        lines = [
            lead,
            f"• As of {when}: {point.fact.text.strip()}{placeholder(point.fact.source)}",
        ]
        facts = [point.fact]
        if goal_fact is not None and goal_fact.fact is not point.fact:
            lines.append(
                f"• Goal, as of {goal_fact.date}: {goal_fact.fact.text.strip()}"
                f"{placeholder(goal_fact.fact.source)}"
            )
            facts.append(goal_fact.fact)
        return answered_facts(self.index, q.question, lines, facts)

    def _ft_goal(self, q: Query) -> Result:
        """ "What's the target for X?": the newest goal stated, older ones as history."""
        words = set(q.words)
        if not (q.words[:1] == ("what",) or q.words[:2] == ("how", "many")):
            return None
        if words & SHORT_WORDS or words & {"reach", "reached", "hit", "met", "meet", "miss"}:
            return None
        if q.wants == "date" or words & {"deadline", "when"}:
            return None  # by when: goal_deadlines.py
        if words & _PHASE_WORDS:
            return None  # a phase's goal: phase_goals.py
        measured = self._ft_measured(q)
        if not measured and not q.subjects:
            return self._ft_goal_for_year(q)
        # Asked "now" on a day given, a goal a later release sets is not set yet.
        pool = [f for f in self._ft_pool(q, measured) if self.known_on(q, f)]
        goals = goal_points(pool, measured, self.fact_date, percent=_asks_percent(q))
        asked = {t for t in q.terms if t not in _NOT_MEASURED and not t.isdigit()}
        if measured and q.subjects and not asked:
            # What the thing's own name counts: only goals named as such, never a plan
            # ("BeaconWatch will add 2 patrol boats").
            goals = [g for g in goals if names_goal(g.fact.text)]
        if q.subjects and not asked:
            # "What's the target for SmokeLine now?": no noun asked, and the thing's own
            # name counts nothing ("SmokeLine network"); every goal set for it answers.
            # Only goals named as such ("aims to reach", "a new target of"), not plans
            # ("will raise its discount from 12 to 15 per cent"), and of one unit: the
            # one the most goal statements count.
            named = [
                f
                for f in self._ft_pool(q, frozenset())
                if names_goal(f.text) and self.known_on(q, f)
            ]
            every = goal_points(named, frozenset(), self.fact_date, percent=_asks_percent(q))
            # What each counts is its noun phrase's head ("8,000 connected schools" and
            # "2,000 rural schools" both count schools).
            units = Counter(noun_phrase(g.figure)[-1:] for g in every)
            if goals:
                # The name's own goals fix the unit; a goal of that unit that a later
                # release sets without the name beside its figure ("the X partners have
                # set a new target: 150,000 children") is a newer goal for it all the same.
                own = {noun_phrase(g.figure)[-1:] for g in goals}
                seen = {(g.fact.id, g.value) for g in goals}
                goals = sorted(
                    goals
                    + [
                        g
                        for g in every
                        if noun_phrase(g.figure)[-1:] in own and (g.fact.id, g.value) not in seen
                    ],
                    key=lambda g: g.date,
                )
            elif units:
                unit = units.most_common(1)[0][0]
                goals = [g for g in every if noun_phrase(g.figure)[-1:] == unit]
        deadline = deadline_year(q.words)
        if deadline is not None and goals:
            # "What is X's goal for 2030?": a goal set for that year, not the newest one
            # set by then; none set for it is not found, the goals given shown.
            for_year = [g for g in goals if sets_for_year(g.fact.text, g.figure, deadline)]
            if not for_year:
                return self._ft_no_goal_for(q, deadline, goals)
            goals = for_year
        elif q.time.points:
            stated_ever = goals
            goals = [g for g in goals if g.date[:4] <= q.time.points[-1][:4]]
            if stated_ever and not goals and words & _SETTING_WORDS:
                # "What goal did X set in 2018?", before any goal: none then, and when
                # the first one came.
                first = min(stated_ever, key=lambda g: g.date)
                return self._ft_no_goal_yet(q, q.time.points[-1][:4], first)
        if q.time.points and goals and words & _SETTING_WORDS:
            set_then = self._ft_set_in_year(q, goals, measured, q.time.points[-1][:4])
            if isinstance(set_then, Answer):
                return set_then
            goals = set_then
        if not measured:
            # "What is X's goal?" names no measure: a sentence naming its figure a goal
            # ("aims to cut … to 10 days"), else one with a deadline ("… to 12 hours by
            # 2025"), answers, not a plan ("will carry 2,000 tonnes").
            goals = (
                [g for g in goals if set(g.figure.lead) & GOAL_NAMING]
                or [g for g in goals if GOAL_DEADLINE.search(g.fact.text)]
                or goals
            )
        if not goals:
            return None
        if words & (ORIGINAL_WORDS | _AT_START):
            # "What was the original target?", "what was planned at launch?": the first
            # goal set, the later ones after.
            # Each value where it was first set, in the order first set: a goal restated
            # later ("fell short of its goal of ten") is still the first one.
            set_first: dict[float, FigurePoint] = {}
            for g in goals:
                set_first.setdefault(g.value, g)
            first, *later = set_first.values()
            lines = [
                f"**{first.figure.shown}** (the first goal, as of {first.date}): "
                f"{first.fact.text.strip()}{placeholder(first.fact.source)}"
            ]
            if later:
                lines.append("Later goals:")
                lines += [
                    f"• As of {g.date}: {g.fact.text.strip()}{placeholder(g.fact.source)}"
                    for g in later
                ]
            return answered_facts(self.index, q.question, lines, [g.fact for g in (first, *later)])
        # The newest goal still pursued (a goal stated as missed or met is history),
        # from the release that set it; a later restatement follows.
        current = [g for g in goals if not is_past_goal(g.figure)] or goals
        passed = reported_met(current[-1], pool, self.fact_date)
        if passed is not None:
            # A later release reports the goal reached: the target now is a goal or plan
            # with a deadline ("plan to bring X to 100 roofs by 2028") of the same noun
            # set since, not the goal passed.
            goals = goals + self._ft_set_after(pool, passed, {id(g.fact) for g in goals})
            current = [g for g in goals if g.date >= passed.date] or current
        newest = next(g for g in current if g.value == current[-1].value)
        lines = [
            f"**{newest.figure.shown}** (the goal as of {newest.date}): "
            f"{newest.fact.text.strip()}{placeholder(newest.fact.source)}"
        ]
        if passed is not None:
            lines.append(
                f"Goal of {passed.figure.value} reported passed as of {passed.date}: "
                f"{passed.fact.text.strip()}{placeholder(passed.fact.source)}"
            )
        restated = current[-1] if current[-1] is not newest else None
        if restated is not None:
            lines.append(
                f"Restated as of {restated.date}: {restated.fact.text.strip()}"
                f"{placeholder(restated.fact.source)}"
            )
        # Each earlier goal once, from the release that first set it.
        first_set: dict[float, FigurePoint] = {}
        for g in goals:
            first_set.setdefault(g.value, g)
        older = [g for g in reversed(first_set.values()) if g.value != newest.value]
        if older:
            lines.append("Earlier goals:")
            lines += [
                f"• As of {g.date}: {g.fact.text.strip()}{placeholder(g.fact.source)}"
                for g in older
            ]
        facts = [newest.fact, *([restated.fact] if restated else []), *(g.fact for g in older)]
        if passed is not None:
            facts.insert(1, passed.fact)
        return answered_facts(self.index, q.question, lines, facts)

    def _ft_set_after(
        self, pool: list[LoadedFact], passed: FigurePoint, seen: set[int]
    ) -> list[FigurePoint]:
        """The goals and plans with a deadline that ``pool`` states on or after the day a
        goal is reported reached (``passed``), counting its noun, oldest first; none of
        the facts in ``seen`` (ids of facts already read as goals)."""
        head = noun_phrase(passed.figure)[-1:]
        return [
            g
            for g in goal_points(pool, frozenset(), self.fact_date)
            if id(g.fact) not in seen
            and g.date >= passed.date
            and g.value != passed.value
            and noun_phrase(g.figure)[-1:] == head
            and GOAL_DEADLINE.search(g.fact.text)
        ]

    def _ft_set_in_year(
        self, q: Query, goals: list[FigurePoint], measured: frozenset[str], year: str
    ) -> list[FigurePoint] | Answer:
        """ "What target did X set in 2021?": the goals first stated in ``year`` (of
        ``goals``, those stated by then, oldest first; else any goal its releases name);
        a goal that year's releases only restate is answered as such, with the release
        that first set it; none is not found, citing the goal then in force."""
        earlier = {g.value for g in goals if g.date[:4] < year}
        stated = [g for g in goals if g.date[:4] == year] or self._ft_goals_set_in(
            q, measured, year
        )
        new = [g for g in stated if g.value not in earlier]
        if new:
            return new
        if stated:
            again = stated[-1]
            first = min((g for g in goals if g.value == again.value), key=lambda g: g.date)
            lines = [
                f"No new goal in {year}: its releases restate **{first.figure.shown}**, "
                f"first set as of {first.date}.",
                f"• As of {first.date}: {first.fact.text.strip()}{placeholder(first.fact.source)}",
                f"• As of {again.date}: {again.fact.text.strip()}{placeholder(again.fact.source)}",
            ]
            return answered_facts(self.index, q.question, lines, [first.fact, again.fact])
        held = min((g for g in goals if g.value == goals[-1].value), key=lambda g: g.date)
        text = (
            f"The releases state no goal set in {year}. A goal then in force, set as of "
            f"{held.date}: {held.fact.text.strip()}"
        )
        return not_found_cited(
            self.index, q.question, text, [held.fact.source], entities=held.fact.about
        )

    def _ft_no_goal_yet(self, q: Query, year: str, first: FigurePoint) -> Answer:
        """No goal was set in ``year`` nor before: not_found citing ``first``, the
        oldest goal the releases state, and its date."""
        text = (
            f"The releases state no goal set in {year}. The first goal they give was set "
            f"as of {first.date}: {first.fact.text.strip()}"
        )
        return not_found_cited(
            self.index, q.question, text, [first.fact.source], entities=first.fact.about
        )

    def _ft_goals_set_in(self, q: Query, measured: frozenset[str], year: str) -> list[FigurePoint]:
        """The goals named as such ("set a new target to …") in the statements of
        ``year`` about the question's subjects, counts and percentages alike, oldest
        first: "what target did X set in 2021?" asks for any goal set then."""
        pool = [
            f
            for f in self._ft_pool(q, measured)
            if self.fact_date(f)[:4] == year and names_goal(f.text)
        ]
        found = [
            g
            for percent in (False, True)
            for g in goal_points(pool, measured, self.fact_date, percent=percent)
        ]
        return sorted(found, key=lambda g: g.date)

    def _ft_no_goal_for(self, q: Query, year: str, goals: list[FigurePoint]) -> Answer:
        """No goal of ``goals`` is set for ``year``: not_found, with the goals the
        releases do give, newest first, each cited."""
        given = list({g.value: g for g in goals}.values())[::-1][:MAX_LIST_FACTS]
        lines = [f"The releases give no goal for {year}. The goals they give:"]
        lines += [f"• As of {g.date}: {g.fact.text.strip()}" for g in given]
        return not_found_cited(
            self.index,
            q.question,
            "\n".join(lines),
            [g.fact.source for g in given],
            entities=[e for g in given for e in g.fact.about],
        )

    def _ft_goal_for_year(self, q: Query) -> Result:
        """ "What is the goal for 2026?", naming no subject: the goals whose sentence
        sets a figure for that year (``goal_years``), newest first; None otherwise."""
        if len(q.time.points) != 1 or len(q.time.points[0]) != 4:
            return None
        goals = goals_for_year(self.retriever, q.time.points[0], self.fact_date)
        if not goals:
            return None
        first, *others = goals
        lines = [
            f"**{first.figure.shown}** (the goal for {q.time.points[0]}, set as of "
            f"{first.date}): {first.fact.text.strip()}{placeholder(first.fact.source)}"
        ]
        lines += [
            f"• Also (as of {g.date}): {g.fact.text.strip()}{placeholder(g.fact.source)}"
            for g in others[:MAX_LIST_FACTS]
        ]
        facts = [g.fact for g in (first, *others[:MAX_LIST_FACTS])]
        return answered_facts(self.index, q.question, lines, facts)

    def _ft_between(self, q: Query, before: FigurePoint, after: FigurePoint, end: str) -> Answer:
        """No figure stated for the month asked, between two that are: not_found with
        both (the older one was no longer the figure then; the newer one not yet)."""
        text = (
            f"The releases give no figure for that at {format_date(end)}. They give "
            f"{before.figure.shown} as of {before.date} and {after.figure.shown} as of "
            f"{after.date}:\n• {before.fact.text.strip()}\n• {after.fact.text.strip()}"
        )
        reply = answered(
            self.index,
            q.question,
            text,
            [before.fact.source, after.fact.source],
            entities=list(before.fact.about),
        )
        return dataclasses.replace(reply, status=Status.NOT_FOUND)

    def _ft_too_early(self, q: Query, series: list[FigurePoint], end: str) -> Answer:
        """No figure is stated by ``end``: not_found, naming the earliest one (never a
        later figure as the one then)."""
        first = min((p for p in series if p.date), key=lambda p: p.date, default=None)
        text = f"The releases give no figure for that by {format_date(end)}."
        if first is not None:
            text += f" The earliest they give is {first.figure.shown}, as of {first.date}."
        return not_found(q.question, text)

    @staticmethod
    def _ft_asked_figure(q: Query) -> float | None:
        """The figure the question names ("30,000", "30k"), not a year or a day; the
        largest when it names several. None when it names none."""
        values = []
        for match in _ASKED_FIGURE.finditer(q.question):
            digits = match[1].replace(",", "").replace(" ", "")
            if re.fullmatch(r"(?:19|20)\d\d", digits) and not match[2]:
                continue
            value = float(digits) * _SCALE.get((match[2] or "").casefold(), 1.0)
            if value < 32 and not match[2] and not match[3]:
                continue  # a day of a month ("September 20")
            values.append(value)
        return max(values) if values else None


def _between(series: list[FigurePoint], point: FigurePoint, end: str) -> FigurePoint | None:
    """For a month asked ("at the end of 2023": "2023-12"), the next stated point after
    it when ``point`` (the one in force) is from an earlier year: the figure then lies
    between the two, so neither is it. None for a year asked ("in 2022": the older
    figure held in part of it) or when nothing later is stated."""
    if len(end) < 7 or not point.date or point.date[:4] >= end[:4]:
        return None
    later = [p for p in series if p.date and p.date[: len(end)] > end]
    return min(later, key=lambda p: p.date) if later else None
