"""A figure over time: "how has the alliance's membership changed over time?", "did the
share of women go up or down between 2021 and 2022?".

The series is the facts about one subject that state a figure counting the same thing
(the word after the figure: "member", "entrepreneur"; a percentage is its own kind),
none of them a goal, each dated (its own date, else its release's). The one that counts
what the question names is chosen ("membership" is "member", "share of women" is a
percentage next to "women"). The answer states the direction (up, down, unchanged) from
the oldest to the newest figure in the time asked, with the change, then every dated
figure, newest first, each cited. "How much / how many more" questions stay with the
arithmetic executors, which give the difference alone.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered
from bot.engine.qa.ends import two_ends
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result, _fmt
from bot.engine.qa.executors.events import names_goal
from bot.engine.qa.figure_series import INCREMENT_STEMS, coordinated, names_counted
from bot.engine.qa.figures import (
    MEMBER_UNIT,
    MEMBERSHIP_TERMS,
    Figure,
    counted_unit,
    counts_members,
    figure_value,
    figures_in,
    is_goal_figure,
    is_money,
    is_starting_value,
    same_word,
    summary_statement,
)
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.vocabulary import SPELLED_NUMBERS
from bot.kb.models import LoadedFact
from bot.search.synonyms import synonyms
from bot.search.terms import stem
from bot.vocab import figure_questions

# Words asking how something moved.
MOVE_WORDS = frozenset(
    "change changed changes changing grow grew grown growing evolve evolved evolving develop "
    "developed trend trends up down rise rose risen fall fell fallen increase increased "
    "decrease decreased shrink shrank shrunk higher lower".split()
)
# Words choosing between two times ("higher in 2021 or 2022?").
_CHOICE_WORDS = frozenset("higher lower more fewer bigger smaller larger greater".split())
# Words of the question that say how, not what is measured.
_NOT_MEASURED = frozenset(
    stem(w)
    for w in (
        *MOVE_WORDS,
        *_CHOICE_WORDS,
        *"compared compare comparing versus vs against with than "
        "time times year years over go went gone or and between since how did has have "
        "the number figure figures count level amount share proportion percentage history "
        "per cent percent among".split(),
    )
)
# Words asking for a figure's past values by name ("the history of …").
_HISTORY_WORDS = frozenset("history histories".split())
# "Up or down", "rise or fall": a question for the direction.
_OPPOSITES = tuple(
    frozenset(p.split())
    for p in (
        "up down",
        "increase decrease",
        "increased decreased",
        "rise fall",
        "rose fell",
        "grow shrink",
        "grew shrank",
        "more fewer",
        "higher lower",
    )
)
# Verbs of a yes/no question about a figure's movement ("has X grown?").
_GROWTH_WORDS = frozenset(
    "grow grown grew rise risen rose fall fallen fell increase increased decrease decreased "
    "shrink shrunk shrank decline declined drop dropped".split()
)
# "X went from what in 2015 to what in 2025?": both ends asked by "what".
_GOING_WORDS = frozenset("go goes going gone went".split())
_FROM_WHAT_TO_WHAT = re.compile(
    r"\bfrom (?:what|how many|how much)\b.*\bto (?:what|how many|how much)\b"
)
_COMPARE_WORDS = frozenset("compared compare comparing versus vs against".split())
_PERCENT_WORDS = frozenset("share percent percentage proportion cent".split())
# "By how many points": a change of a share, in percentage points.
_POINT_WORDS = frozenset("point points pp".split())
# Verbs of a share's movement that MOVE_WORDS leaves out as too loose alone.
_SHARE_MOVE_WORDS = frozenset("move moved moves shift shifted shifts".split())
# Words of the movement asked, which say nothing of what is measured.
_MOVE_TERMS = frozenset(stem(w) for w in (*_POINT_WORDS, *_SHARE_MOVE_WORDS))
MAX_SERIES = 6
# Question words asking something other than a figure's series ("who", "what did X
# say", "when"): "over the years" alone does not make a trend of them.
_OTHER_QUESTION_WORDS = frozenset(
    "who whom whose when where why which what say said says quote titles title role roles".split()
)
_MILLION = 1_000_000
# Verbs of a movement that, asked "by how much" with no time, ask the whole series'
# change ("by how much did the budget go up?", "how much has the fleet grown?").
_WHOLE_SERIES_MOVES = figure_questions().moved
# Words naming one end of a change ("than at launch", "since 2020"): another executor's
# two-ended difference (figure_gains.py), not the whole series.
_ONE_END_WORDS = frozenset("than since launch launched founding start started".split())
# How many candidate facts BM25 adds to the subjects' own.
MAX_RANKED = 20


@dataclass(frozen=True, slots=True)
class Point:
    """One dated figure of a series."""

    fact: LoadedFact
    figure: Figure
    value: float
    date: str


# "…, up from 230,000 in 2021": a figure's earlier value and the year it held.
_UP_FROM = re.compile(
    r"\b(?:up|down|rising|falling|grown|risen|fallen)\s+from\s+"
    r"(?P<value>(?:US\$|\$|€|£)?\d[\d,.]*(?:\s+million|\s+billion)?)\s+in\s+"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _earlier_point(fact: LoadedFact, figure: Figure) -> Point | None:
    """The earlier value a sentence gives right after ``figure`` with its year ("reach
    310,000 listeners each week, up from 230,000 in 2021"), as a point dated that year;
    None when it gives none or the year is not before the sentence's own date."""
    at = fact.text.find(figure.value)
    match = _UP_FROM.search(fact.text, at + len(figure.value)) if at >= 0 else None
    if match is None or re.search(r"[.;]", fact.text[at : match.start()]):
        return None
    found = figures_in(match["value"])
    if not found:
        return None
    earlier = dataclasses.replace(found[0], unit=figure.unit, after=figure.after)
    return Point(fact, earlier, figure_value(earlier), match["year"])


def _written_plural(text: str, term: str) -> bool:
    """Whether ``text`` writes the stem ``term`` as a plural ("station" as "stations")."""
    return re.search(rf"\b{re.escape(term)}\w*s\b", text, re.IGNORECASE) is not None


# "…, up from 64": an earlier value with no year, dated only by an older sentence that
# states it (``restated_point``).
_UP_FROM_BARE = re.compile(
    r"\b(?:up|down|rising|falling|grown|risen|fallen)\s+from\s+"
    r"(?P<value>(?:US\$|\$|€|£)?\d[\d,.]*(?:\s+million|\s+billion)?)(?![\d,.]*\s+in\s+\d)"
)


def restated_point(
    fact: LoadedFact,
    figure: Figure,
    older: Iterable[LoadedFact],
    date_of: Callable[[LoadedFact], str],
) -> Point | None:
    """The earlier value a sentence gives right after ``figure`` with no year ("delivers
    to 140 partner pantries, up from 64"), as the point of the older sentence (among
    ``older``, dated by ``date_of``) that states that value counting the same thing ("will
    deliver them to 64 partner pantries", at the launch), even as a plan: the later
    sentence confirms it held. None when no older sentence states it."""
    at = fact.text.find(figure.value)
    match = _UP_FROM_BARE.search(fact.text, at + len(figure.value)) if at >= 0 else None
    if match is None or re.search(r"[.;]", fact.text[at : match.start()]):
        return None
    found = figures_in(match["value"])
    if not found:
        return None
    value = figure_value(found[0])
    date = date_of(fact)
    best: Point | None = None
    for other in older:
        when = date_of(other)
        if other.id == fact.id or when >= date:
            continue
        for stated in figures_in(other.text):
            if figure_value(stated) != value or stated.after[:2] != figure.after[:2]:
                continue
            if best is None or when > best.date:
                best = Point(other, dataclasses.replace(stated, unit=figure.unit), value, when)
    return best


class TrendAnswers(ExecutorBase):
    def trend(self, q: Query) -> Result:
        """The dated series of the figure asked, with its direction; None when the
        question asks no movement over time or fewer than two figures are stated."""
        words = set(q.words)
        if q.quote or q.meta or q.role_asks:
            return None
        # "By how many points did the proportion of X move between 2021 and 2022?": a
        # share's change in percentage points, which the series states with its working.
        points = bool(words & _PERCENT_WORDS and words & _POINT_WORDS)
        # "Was the share higher in 2021 or 2022 (and by how much)?": two times to choose
        # between, answered by the series' direction and change.
        choice = "or" in words and len(q.time.points) == 2 and bool(words & _CHOICE_WORDS)
        over_time = {"over", "time"} <= words or {"over", "years"} <= words
        # "ClassBridge sites over the years?": a figure named with its span alone asks
        # its series as much as "how has it changed over the years?" does.
        # "Launches went from what in 2015 to what in 2025?": the two figures asked for.
        went_from = (
            len(q.time.points) == 2
            and bool(words & _GOING_WORDS)
            and _FROM_WHAT_TO_WHAT.search(" ".join(q.words)) is not None
        )
        # "The history of staff trained": a series asked for by name, when it names
        # what is measured (the history of a partnership is its timeline).
        history = bool(words & _HISTORY_WORDS) and bool(
            {t for t in q.terms if t not in _NOT_MEASURED and t not in _MOVE_TERMS}
        )
        moved = (
            history
            or went_from
            or words & MOVE_WORDS
            or (points and words & _SHARE_MOVE_WORDS)
            or choice
            or (over_time and not words & _OTHER_QUESTION_WORDS)
        )
        if not moved and not (words & _COMPARE_WORDS and len(q.time.points) == 2):
            return None
        how_much = {"how", "much"} <= words or {"how", "many"} <= words
        # "By how much did X's budget go up?" with no ends: the change over the whole
        # series, first statement to newest, which no two-ended executor answers.
        whole_series = (
            how_much
            and not q.time.bounded
            and not words & _ONE_END_WORDS
            and bool(words & _WHOLE_SERIES_MOVES)
        )
        if (
            how_much
            and not points
            and not choice
            and not whole_series
            and (len(q.time.points) > 1 or not q.time.bounded)
        ):
            return None  # the difference alone: arithmetic.change, events.change_between
        if two_ends(q.words) is not None:
            return None  # between two events, not two dates (events.change_between)
        up_or_down = any(pair <= words for pair in _OPPOSITES)
        how_moved = "how" in words and bool(words & {"has", "have", "did"})
        # "Has the alliance grown?", "did the membership rise between 2019 and 2021?".
        going = bool(words & {"up", "down"} and words & {"go", "goes", "going", "gone", "went"})
        asked_yes_no = q.answer_type is AnswerType.YES_NO and bool(words & _GROWTH_WORDS or going)
        # "The share in 2022 compared with 2021": two dates set side by side.
        compared = (bool(words & _COMPARE_WORDS) and len(q.time.points) == 2) or choice or went_from
        if not (
            over_time
            or whole_series
            or up_or_down
            or how_moved
            or asked_yes_no
            or compared
            or points
            or history
            or "trend" in words
        ):
            return None
        measured = {t for t in q.terms if t not in _NOT_MEASURED and t not in _MOVE_TERMS}
        percent = bool(words & _PERCENT_WORDS)
        series = self._series(q, measured, percent)
        if series is None:
            return None
        return self._trend_answer(q, series, percent)

    def _series(self, q: Query, measured: set[str], percent: bool) -> list[Point] | None:
        """The series about a subject the question names; else, one the subject is only
        the place or holder of ("the number of accessions at Nordfjell": the network's
        accessions, which its facts state at the vault)."""
        return self._series_of(q, measured, percent, leading=True) or (
            self._series_of(q, measured, percent, leading=False) if q.subjects else None
        )

    def _series_of(
        self, q: Query, measured: set[str], percent: bool, *, leading: bool
    ) -> list[Point] | None:
        pool: dict[str, LoadedFact] = {}
        for s in q.subjects:
            for fact in self.index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]:
                pool.setdefault(fact.id, fact)
            # A later release restating the subject's summary states its figures as of then.
            for fact in map(summary_statement, self.index.summary_history(s)):
                pool.setdefault(fact.id, fact)
        if measured:
            ranked = self.retriever.rank(sorted(measured), set(q.subjects), include_quotes=False)
            for c in ranked[:MAX_RANKED]:
                if isinstance(c.item, LoadedFact):
                    pool.setdefault(c.item.id, c.item)
        # A share's words may be a synonym of the sentence's ("female" for "women").
        said_as = {
            t: {t, *qt.alternatives}
            for t, qt in zip(
                sorted(measured), self.retriever.query_terms(sorted(measured)), strict=False
            )
        }
        groups: dict[tuple[str, str], list[tuple[tuple[int, int], Point]]] = defaultdict(list)
        for fact in pool.values():
            if not fact.about or not self._in_time(q, fact):
                continue
            if (
                q.subjects
                and fact.about[0] not in q.subjects
                and (leading or not set(fact.about) & set(q.subjects))
            ):
                continue
            fact_terms = self._fact_terms(fact)
            fits = []
            goal: Figure | None = None
            every = figures_in(fact.text, spelled_out=True)
            for i, figure in enumerate(every):
                if is_starting_value(figure, every[i + 1 :]):
                    continue  # "grows from three sites to five": five is the state
                # A figure joined by "and" to a goal's is a goal ("a new goal: 40 member
                # stations and 500,000 weekly listeners by 2027").
                joined = goal is not None and coordinated(goal, figure)
                goal = figure if joined or is_goal_figure(figure) else None
                if ("%" in figure.value or "cent" in figure.value) != percent:
                    continue
                # A goal is no figure reached, judged per figure: "has installed 410 …,
                # on the way to its goal of 1,500" states 410 reached. A sum a release
                # says will be spent is a sum, though ("will" makes no goal of it).
                if names_goal(" ".join(figure.lead)) or joined:
                    continue
                money = is_money(figure)
                if money:
                    # Sums are one series whatever word follows them ("US$4 million from").
                    figure = dataclasses.replace(figure, unit="money")
                elif is_goal_figure(figure):
                    continue
                members = counts_members(fact.text, figure)
                # What the figure counts (the words after it, or a body's members) fits
                # better than a word before it ("the founding members hold 230,000
                # accessions" counts no members).
                counted = sum(
                    1
                    for t in measured
                    if any(same_word(w, t) or w in synonyms(t) for w in figure.after)
                    or (t in MEMBERSHIP_TERMS and members)
                )
                if figure.value.casefold() in SPELLED_NUMBERS and not counted:
                    # "nine member organisations" counts; a "one" or "two" in running
                    # text that counts nothing asked is no figure.
                    continue
                fit = sum(
                    1
                    for t in measured
                    if any(
                        same_word(w, t) or w in synonyms(t) for w in (*figure.after, *figure.before)
                    )
                    or (percent and bool(said_as.get(t, {t}) & fact_terms))
                    or (t in MEMBERSHIP_TERMS and members)
                )
                # A total is the state; "new" or "additional" money is an increment.
                state = (stem("total") in figure.before) - bool(set(figure.after) & INCREMENT_STEMS)
                fits.append(((fit, counted), state, figure))
            if not fits:
                continue
            # The figure of the fact that counts what is asked, else its first one.
            fit, _, figure = max(fits, key=lambda f: (f[0], f[1]))
            point = Point(fact, figure, figure_value(figure), self.fact_date(fact))
            unit = figure.unit if figure.unit == "money" else counted_unit(fact.text, figure)
            # Of several words asked in the phrase ("15 stations step-free"), the plural
            # noun is what is counted, not the adjective after it.
            named = sorted(
                (t for t in measured if names_counted(figure, t)),
                key=lambda t: (not _written_plural(fact.text, t), t),
            )
            if named and unit not in ("money", MEMBER_UNIT):
                # "310 schools", "1,450 rural schools": the noun asked says what each
                # counts, whatever adjective comes first (as ``achieved_points``).
                unit = named[0]
            groups[(fact.about[0], unit)].append((fit, point))
            earlier = _earlier_point(fact, figure) or restated_point(
                fact, figure, pool.values(), self.fact_date
            )
            if earlier is not None:
                # "310,000 listeners each week, up from 230,000 in 2021": the 230,000 is
                # the figure as of 2021, a point of the same series.
                groups[(fact.about[0], unit)].append((fit, earlier))
        best: tuple[tuple[int, int, int], list[Point]] | None = None
        for found in groups.values():
            # One release stating one value twice (a fact and its summary) is one point.
            once = {(p.fact.source, p.value): p for _, p in reversed(found)}
            if not percent:
                # A release giving two counts of one thing on one date gives the whole
                # and a part of it ("now runs at nine sites", "opened … at four sites"):
                # the whole, the larger, is the state then.
                whole: dict[tuple[str, str], Point] = {}
                for p in once.values():
                    kept = whole.get((p.fact.source, p.date))
                    if kept is None or p.value > kept.value:
                        whole[(p.fact.source, p.date)] = p
                once = {(p.fact.source, p.value): p for p in whole.values()}
            # "Up from 9 in 2017" beside 2017's own sentence stating 9: one point, the
            # sentence's (its date is the finer).
            points = [
                p
                for p in once.values()
                if not any(
                    o is not p
                    and o.value == p.value
                    and len(o.date) > len(p.date)
                    and o.date.startswith(p.date)
                    for o in once.values()
                )
            ]
            if len({p.value for p in points}) < 2 or len({p.date for p in points}) < 2:
                continue
            fit = max(f for f, _ in found)
            key = (fit[0], fit[1], len(points))
            if measured and key[0] == 0:
                continue
            if best is None or key > best[0]:
                best = (key, points)
        if best is None:
            return None
        points = sorted(best[1], key=lambda p: p.date)
        return points[-MAX_SERIES:]

    def _trend_answer(self, q: Query, series: list[Point], percent: bool) -> Result:
        first, last = series[0], series[-1]
        diff = last.value - first.value
        mark = "%" if percent else ""
        unit = " percentage points" if percent else ""
        if diff > 0:
            way = "Up"
        elif diff < 0:
            way = "Down"
        else:
            way = "Unchanged"
        sign = "+" if diff > 0 else ("−" if diff < 0 else "±")
        if first.figure.unit == "money" and min(first.value, last.value) >= _MILLION:
            # Sums in millions stay in millions: "+16 million (22 − 6)".
            m = _MILLION
            change = f"{sign}{_fmt(abs(diff) / m)} million ({_fmt(last.value / m)} − {_fmt(first.value / m)})"
        else:
            change = f"{sign}{_fmt(abs(diff))}{unit} ({_fmt(last.value)}{mark} − {_fmt(first.value)}{mark})"
        lead = (
            f"**{way}**: from {first.figure.shown} ({first.date}) to "
            f"{last.figure.shown} ({last.date}), {change}."
        )
        # Newest first, as every figure over time is shown (issue 12).
        lines = [lead, "Newest first:"] + [
            f"• As of {p.date}: {p.fact.text.strip()}{placeholder(p.fact.source)}"
            for p in reversed(series)
        ]
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [p.fact.source for p in series],
            entities=[e for p in series for e in p.fact.about],
        )
