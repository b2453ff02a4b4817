"""The change in a stated figure between two times: "how much did the tonnage grow from
2021 to 2023?", "how many members did X gain between its founding and 2026?", "how many
more fibre types could the lab sort in 2021 than when it opened?".

The series is the facts (about the question's subjects, else the facts the retriever
finds for the measured words) whose figure counts the noun asked: the word after the
figure, stems compared by prefix ("tonnage" and "tonnes"), a count spelled out included
("three fibre types"). Goals are no figures reached. Each end of the question is a year
(the newest figure stated by the end of it), the beginning ("its founding", "when it
opened": the oldest figure stated) or now (the newest). The answer is the difference,
with the working and both sentences, each cited.
"""

from __future__ import annotations

from collections import defaultdict

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result, _fmt
from bot.engine.qa.executors.events import is_aim
from bot.engine.qa.executors.items import list_noun
from bot.engine.qa.executors.trends import Point, restated_point
from bot.engine.qa.figure_series import names_counted
from bot.engine.qa.figures import (
    MEMBER_UNIT,
    MEMBERSHIP_TERMS,
    counted_unit,
    counts_members,
    figure_value,
    figures_in,
    figures_then,
    is_goal_figure,
    same_word,
    summary_statement,
)
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.vocabulary import (
    NOW_WORDS,
    PAST_AUX,
    PRESENT_AUX,
    RELEASE_NOUNS,
    SHAPE_WORDS,
)
from bot.kb.models import LoadedFact
from bot.search.terms import stem
from bot.textnorm import normalize

# Words asking for a gain (or a loss) rather than a figure.
_GAIN_WORDS = frozenset(
    "more fewer less grow grew grown growing gain gained gaining increase increased "
    "increasing rise rose risen add added adding lose lost drop dropped expand expanded "
    "expanding shrink shrank".split()
)
# Words naming the beginning as one end ("since its founding", "when it opened").
_ORIGIN_WORDS = frozenset(
    "founding founded foundation opened opening launch launched start started began "
    "beginning inception outset creation created".split()
)
# Question words that say how, not what is counted.
_NOT_MEASURED = frozenset(
    stem(w)
    for w in (
        *_GAIN_WORDS,
        *_ORIGIN_WORDS,
        *NOW_WORDS,
        *SHAPE_WORDS,
        *"how many much did does do has have had could can was were is are than the its "
        "from to between and in by since number total figure amount".split(),
    )
)
# Words naming the releases themselves as the ends of a gain.
# How many candidate facts BM25 adds when the question names no subject.
MAX_RANKED = 20


class FigureGainAnswers(ExecutorBase):
    def figure_gain(self, q: Query) -> Result:
        """The difference between the figure at two ends; None when the question asks
        no gain between two ends, or fewer than two dated figures count what it asks."""
        words = set(q.words)
        if q.quote or q.meta or q.role_asks:
            return None
        if q.answer_type is not AnswerType.NUMBER or not words & _GAIN_WORDS:
            return None
        opener = q.words[1:3] if q.words[:1] == ("by",) else q.words[:2]
        if opener not in (("how", "many"), ("how", "much")):
            return None  # "how many / much …", "by how much …"
        years = list(q.time.points)
        origin = bool(words & _ORIGIN_WORDS)
        now = bool(words & NOW_WORDS)
        if len(years) == 2:
            ends = years
        elif len(years) == 1 and origin != now:
            ends = ["origin", years[0]] if origin else [years[0], "now"]
        elif not years and origin and (now or (words & PRESENT_AUX and not words & PAST_AUX)):
            # "How many more pantries does X serve than at launch?": the present tense
            # asks now, as "now" does.
            ends = ["origin", "now"]
        else:
            return None
        measured = {t for t in q.terms if t not in _NOT_MEASURED}
        # "By how many countries …": the noun after "how many", past the "by".
        noun = list_noun(q.words[1:] if q.words[:1] == ("by",) else q.words)
        if noun is not None and stem(noun) in measured:
            # "How many more countries did the members come from": the noun after "how
            # many" is what is counted, not the other words ("members").
            measured = {stem(noun)}
        if not measured:
            return None
        series = self._gain_series(q, measured)
        if series is None:
            return None
        if words & RELEASE_NOUNS:
            # "Between the 2019 and 2021 releases": the figures those releases state, not
            # those in force then (a later release may date one back into the year).
            a, b = (self._stated_in(series, end) for end in ends)
        else:
            a, b = (self._gain_end(series, end) for end in ends)
        if ends[0] == "origin" and a is not None and not self._from_the_start(a):
            return None  # the oldest figure stated is no figure at the beginning
        if a is None or b is None or a.fact.id == b.fact.id:
            return None
        diff = b.value - a.value
        sign = "+" if diff > 0 else ("−" if diff < 0 else "±")
        text = (
            f"**{sign}{_fmt(abs(diff))}** (from {a.figure.shown} as of {a.date} to "
            f"{b.figure.shown} as of {b.date}: {_fmt(b.value)} − {_fmt(a.value)} = "
            f"{'−' if diff < 0 else ''}{_fmt(abs(diff))}).\n"
            f"• As of {a.date}: {a.fact.text.strip()}{placeholder(a.fact.source)}\n"
            f"• As of {b.date}: {b.fact.text.strip()}{placeholder(b.fact.source)}"
        )
        return answered(
            self.index,
            q.question,
            text,
            [a.fact.source, b.fact.source],
            entities=[*a.fact.about, *b.fact.about],
        )

    @staticmethod
    def _gain_end(series: list[Point], end: str) -> Point | None:
        """The point for one end: the oldest, the newest, or the newest stated by the
        end of a year ("2021", "2021-06")."""
        if end == "origin":
            return series[0]
        if end == "now":
            return series[-1]
        by = [p for p in series if p.date[: len(end)] <= end]
        return by[-1] if by else None

    def _stated_in(self, series: list[Point], end: str) -> Point | None:
        """The newest point a release dated in ``end`` (a year or a date) states; the
        oldest or newest of all for "origin" and "now"."""
        if end in ("origin", "now"):
            return self._gain_end(series, end)
        stated = [
            p
            for p in series
            if self.index.source_date(p.fact.source).isoformat()[: len(end)] == end
        ]
        return max(stated, key=lambda p: p.date, default=None)

    def _from_the_start(self, point: Point) -> bool:
        """Whether ``point`` is the figure at the beginning: its sentence says so ("its
        founding members", "at its opening"), or the first release about its subject
        states it (a figure first given years later is not the one at the launch)."""
        if set(normalize(point.fact.text).split()) & _ORIGIN_WORDS:
            return True
        subject = point.fact.about[0]
        first = min(
            (self.index.source_date(f.source) for f in self.index.facts_by_entity.get(subject, [])),
            default=None,
        )
        return first is not None and self.index.source_date(point.fact.source) <= first

    def _known_stem(self, term: str) -> str:
        """``term``, or the longest known term it starts with ("tonnag" for "tonnage" is
        "tonn", as "tonnes" is stemmed): the releases' word for what is measured."""
        known = self.index.terms.known
        if known(term):
            return term
        return next(
            (term[:k] for k in range(len(term) - 1, 3, -1) if known(term[:k])),
            term,
        )

    def _gain_series(self, q: Query, measured: set[str]) -> list[Point] | None:
        """The dated figures counting what is asked, oldest first, of one subject and
        unit (the group with most statements); None with fewer than two values."""
        pool: dict[str, LoadedFact] = {}
        for s in q.subjects:
            for fact in self.index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]:
                pool.setdefault(fact.id, fact)
            # A later release restating the subject's summary states its figures as of then.
            for fact in map(summary_statement, self.index.summary_history(s)):
                pool.setdefault(fact.id, fact)
        if not q.subjects:
            stems = sorted({self._known_stem(t) for t in measured})
            ranked = self.retriever.rank(stems, set(), include_quotes=False)
            if not ranked and len(stems) > 1:
                # No sentence has every word ("the rewetted area": "has rewetted 4,800
                # hectares"): the sentences each word finds, each still filtered below
                # by what its figure counts.
                ranked = [
                    c for t in stems for c in self.retriever.rank([t], set(), include_quotes=False)
                ]
            for c in ranked[:MAX_RANKED]:
                if isinstance(c.item, LoadedFact):
                    pool.setdefault(c.item.id, c.item)
        groups: dict[tuple[str, str], list[Point]] = defaultdict(list)
        for fact in pool.values():
            # A figure reached stated beside its goal ("now has 3,850, towards its goal
            # of 5,000") is a point; only the goal figure is not (``is_goal_figure``).
            if not fact.about or is_aim(fact.text):
                continue
            if q.subjects and fact.about[0] not in q.subjects:
                continue
            for figure in figures_then(figures_in(fact.text, spelled_out=True)):
                if "%" in figure.value or "cent" in figure.value or is_goal_figure(figure):
                    continue
                # What it counts is named after the figure ("4,800 hectares") or, for a
                # measure asked by its verb ("the rewetted area"), by the verb right
                # before it ("has rewetted 4,800 hectares").
                counts = any(
                    same_word(w, t) for w in (*figure.after, *figure.before[-1:]) for t in measured
                ) or (bool(measured & MEMBERSHIP_TERMS) and counts_members(fact.text, figure))
                if counts:
                    point = Point(fact, figure, figure_value(figure), self.fact_date(fact))
                    # Every count of members is one figure, whatever noun follows it.
                    unit = counted_unit(fact.text, figure)
                    named = sorted(t for t in measured if names_counted(figure, t))
                    if named and unit != MEMBER_UNIT:
                        # "310 schools", "1,450 rural schools": the noun asked says what
                        # each counts, whatever adjective comes first.
                        unit = named[0]
                    group = groups[(fact.about[0], unit)]
                    # "140 partner pantries, up from 64": the 64 an older sentence states
                    # (a launch's "will deliver to 64 partner pantries") is a point too.
                    earlier = restated_point(fact, figure, pool.values(), self.fact_date)
                    # A summary restating its release's own fact is no second point.
                    for p in (point, earlier):
                        if p is not None and not any(
                            (g.fact.source, g.value) == (p.fact.source, p.value) for g in group
                        ):
                            group.append(p)
                    break
        best = max(
            (g for g in groups.values() if len({p.value for p in g}) > 1),
            key=len,
            default=None,
        )
        if best is None:
            return None
        return sorted(best, key=lambda p: p.date)
