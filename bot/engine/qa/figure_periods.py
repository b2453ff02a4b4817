"""The period a figure covers, and the period a question asks a figure for.

Three kinds of figure answer "how many X?":

- a **running total** counts everything since a start ("has handled 1.3 million relay
  calls since January 2017", "12.5 million pounds in total"): the figure in force at a
  time, never the amount *in* one year;
- a **period figure** counts one stated stretch of time ("rescued 5.3 million pounds of
  fresh food in 2024", "in the first quarter of 2021 alone SignLink handled 58,000
  calls", "from January to October 2023"): the answer for exactly that stretch;
- a **level** ("has 7,900 registered users", "collects from 92 stores"): the figure in
  force at a time, as the figure series read it.

"How many calls did X handle in 2019?" asks the amount within 2019: a period figure for
2019 answers it; a running total stated in or before 2019 does not (it counts earlier
years too), so with only running totals and other periods the answer is not_found,
naming the stretches the releases do give a figure for. A question asking a total ("in
total", "by 2024", "had … by") keeps the figure in force.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.engine.qa.query import Query
from bot.engine.qa.vocabulary import NUMBER_WORDS
from bot.vocab import irregular_participles, month_names, month_names_pattern

_MONTHS = month_names()
_MONTH = month_names_pattern()
_YEAR = r"((?:19|20)\d\d)"
_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_QUARTERS |= {"fourth": 4, "4th": 4, "final": 4, "last": 4}
_HALVES = {"first": 1, "1st": 1, "second": 2, "2nd": 2}

_QUARTER = re.compile(
    rf"\b(?:in|during|for) the ({'|'.join(_QUARTERS)}) quarter of {_YEAR}\b", re.IGNORECASE
)
_HALF = re.compile(rf"\b(?:in|during|for) the ({'|'.join(_HALVES)}) half of {_YEAR}\b", re.I)
# "From January to October 2023", "between January 2023 and October 2023".
_RANGE = re.compile(
    rf"\b(?:from|between) ({_MONTH})(?: {_YEAR})? (?:to|through|until|and) ({_MONTH}),? {_YEAR}\b",
    re.IGNORECASE,
)
# "In 2024", "during 2024", "in calendar year 2024", "in 2024 alone".
_IN_YEAR = re.compile(
    rf"\b(?:in|during|over|for) (?:(?:the )?(?:calendar|fiscal|financial) (?:year )?)?{_YEAR}"
    r"(?![\w-])(?!\s*(?:[-–]|to)\s*\d)",
    re.IGNORECASE,
)
# Verbs of a one-off event: "founded in 2007", "opened in March 2024" date the event, not
# a stretch the sentence's figure counts.
_EVENT_VERBS = frozenset(
    "founded established launched opened formed created began started born joined set "
    "signed announced incorporated registered appointed named introduced".split()
)
# A running total: its sentence counts from a start ("since January 2017") or says so.
_RUNNING = re.compile(
    r"\bsince\b|\bin total\b|\bso far\b|\bto date\b|\baltogether\b|\bcumulative\b|"
    r"\bin all\b|\bin its (?:first )?\w+ years\b",
    re.IGNORECASE,
)
# A superlative a few words before "so far" or "to date" ("the largest grant so far"):
# the comparison's end, not a running total's ("-est" forms and "most" ones, after a
# determiner, so that "the Forest Trust has planted 40 so far" stays a total).
_SUPERLATIVE_REACH = 3
_SUPERLATIVE_BEFORE = re.compile(
    rf"\b(?:its|the|their|our|his|her)\s+(?:\w+est|most\s+\w+)"
    rf"(?:\s+[\w-]+){{0,{_SUPERLATIVE_REACH}}}\s*$",
    re.IGNORECASE,
)
# "Has opened 21 playgrounds", "have trained 5,380 teachers": a perfect of doing counts
# everything done so far, a running total ("has 7,900 users", no participle, is a level).
_QUALIFIED = r"(?:(?:more than|over|nearly|almost|about|around|some|at least)\s+)?"
_COUNT = rf"(?:\d|(?:{'|'.join(NUMBER_WORDS[2:])})\b)"
_PERFECT_COUNT = re.compile(
    rf"\b(?:has|have)\s+(?:(?:now|already|also)\s+)?(?P<verb>[a-z]+)\s+{_QUALIFIED}{_COUNT}",
    re.IGNORECASE,
)
# "Opened 13 playgrounds in Wendmere by December 31, 2020": a past verb of doing, its
# count, then the date it was reached by: everything done by then.
_DONE_BY = re.compile(
    rf"\b(?P<verb>[a-z]+)\s+{_QUALIFIED}{_COUNT}[^.;]*?\bby\s+(?:the end of\s+)?"
    rf"(?:(?:{_MONTH})\s+)?(?:\d{{1,2}},?\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# "Will have trained 30,000 by 2025": a goal, no total reached.
_FUTURE = re.compile(r"\b(?:will|would|aims?|plans?|expects?|goal|target)\b", re.IGNORECASE)
# "In the autumn of 2020": a season within one year, as months.
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_SEASON = re.compile(rf"\b(?:in|during) the ({'|'.join(_SEASONS)}) of {_YEAR}\b", re.IGNORECASE)
# How many running totals a not_found reply shows (the newest): enough to show the
# series grows, short enough for one Discord message.
_MAX_RUNNING = 3
# Words of a question asking a total or a figure in force, not an amount within a year
# ("at the end of 2020" is a point in time).
_TOTAL_ASKED = frozenset("total totals cumulative overall altogether by had until end".split())


@dataclass(frozen=True, slots=True)
class Period:
    """A stretch of months ("2021-01" to "2021-03"), as a sentence words it ("the first
    quarter of 2021")."""

    start: str  # ISO month, "2021-01"
    end: str  # ISO month, "2021-03"
    shown: str

    def covers(self, other: Period) -> bool:
        """Whether this period is ``other`` exactly (a figure for it answers it)."""
        return (self.start, self.end) == (other.start, other.end)

    def within(self, other: Period) -> bool:
        """Whether this period lies inside ``other``."""
        return other.start <= self.start and self.end <= other.end


def _month(name: str) -> int:
    return _MONTHS.index(name.casefold()) + 1


def period_in(text: str) -> Period | None:
    """The one stretch of time ``text`` says its figure counts: a quarter, a half, a
    range of months or a year ("in 2024", not "founded in 2007"); None when it names
    none, or names several years (no one period is its figure's)."""
    match = _RANGE.search(text)
    if match is not None:
        end_year = int(match[4])
        start_year = int(match[2]) if match[2] else end_year
        return Period(
            f"{start_year}-{_month(match[1]):02d}",
            f"{end_year}-{_month(match[3]):02d}",
            match[0].split(" ", 1)[1],
        )
    match = _QUARTER.search(text)
    if match is not None:
        q, year = _QUARTERS[match[1].casefold()], match[2]
        return Period(f"{year}-{3 * q - 2:02d}", f"{year}-{3 * q:02d}", match[0].split(" ", 1)[1])
    match = _SEASON.search(text)
    if match is not None:
        first, last = _SEASONS[match[1].casefold()]
        year = match[2]
        return Period(f"{year}-{first:02d}", f"{year}-{last:02d}", match[0].split(" ", 1)[1])
    match = _HALF.search(text)
    if match is not None:
        h, year = _HALVES[match[1].casefold()], match[2]
        return Period(f"{year}-{6 * h - 5:02d}", f"{year}-{6 * h:02d}", match[0].split(" ", 1)[1])
    years = []
    for match in _IN_YEAR.finditer(text):
        before = text[: match.start()].split()[-1:]
        if before and before[0].casefold().strip(",") in _EVENT_VERBS:
            continue
        years.append(match[1])
    if len(set(years)) == 1:
        return Period(f"{years[0]}-01", f"{years[0]}-12", years[0])
    return None


def is_running_total(text: str) -> bool:
    """Whether a sentence's figure counts everything from a start ("since January
    2017", "in total", "so far"): a figure in force, never one year's amount. "So far"
    or "to date" closing a superlative ("its largest commitment so far") compares the
    sum with earlier ones; it totals nothing."""
    return any(
        _SUPERLATIVE_BEFORE.search(text[: match.start()]) is None
        for match in _RUNNING.finditer(text)
    )


def is_done_so_far(text: str) -> bool:
    """Whether a sentence's figure counts everything done up to its date, in a verb of
    doing ("has opened 21 playgrounds", "opened 13 … by December 31, 2020"; not "will
    have trained 30,000 by 2025", a goal, nor "has 7,900 users", a level): the figure
    in force at its date, no amount of any one year before it."""
    return any(
        _participle(match["verb"]) and _FUTURE.search(text[: match.start()]) is None
        for match in (*_PERFECT_COUNT.finditer(text), *_DONE_BY.finditer(text))
    )


def _participle(word: str) -> bool:
    """Whether ``word`` is a past participle of doing ("opened", "built")."""
    word = word.casefold()
    return (word.endswith("ed") and len(word) > 3) or word in _irregular()


@cache
def _irregular() -> frozenset[str]:
    """``irregular_participles()``, read once."""
    return irregular_participles()


def is_period_amount(text: str) -> bool:
    """Whether a sentence's figure is one stretch's amount ("logged 300,000 rides in
    2023"): a period stated and no running total, so neither a total since a start nor
    a level in force, and no point in their history."""
    return period_in(text) is not None and not is_running_total(text)


def asked_period(q: Query) -> Period | None:
    """The stretch of time "how many/much …" asks the amount within: a range of months
    the question writes ("from January to October 2023"), a quarter or half, else the
    one year (or month) asked ("in 2019", "this year", "in 2025 alone"); None when it
    asks a total or a figure by a time ("in total", "by 2024", "had … in 2023"), or no
    time."""
    words = set(q.words)
    if words & _TOTAL_ASKED or " in all" in f" {' '.join(q.words)} ":
        return None
    if q.words[:2] not in (("how", "many"), ("how", "much")):
        return None
    stated = period_in(q.question)
    if stated is not None and stated.shown != stated.start[:4]:
        return stated
    t = q.time
    if t.year is None or t.since is not None or t.until is not None or len(t.points) != 1:
        return None
    if t.month is not None:
        month = f"{t.year}-{t.month:02d}"
        return Period(month, month, month)
    return Period(f"{t.year}-01", f"{t.year}-12", str(t.year))


@dataclass(frozen=True, slots=True)
class PeriodFigure:
    """One statement of a figure with the stretch it covers (None for a running total
    or a level): what ``within_period`` chooses among."""

    text: str  # the sentence stating it
    source: str  # its release's id
    shown: str
    date: str
    period: Period | None
    running: bool
    # Everything done up to its date ("has opened 21"): the figure in force then, which
    # answers a stretch holding its date, and no other (``within_period``).
    done: bool = False


@dataclass(frozen=True, slots=True)
class PeriodVerdict:
    """The statement for the stretch asked (``match``), or, when none is and the
    releases give only running totals and other stretches, those (``others``): the
    question is then not_found. Never both."""

    match: PeriodFigure | None
    others: tuple[PeriodFigure, ...] = ()


def within_period(
    asked: Period, figures: list[PeriodFigure], *, alone: bool = False
) -> PeriodVerdict | None:
    """The verdict for a figure asked within ``asked``: the statement whose own period
    is exactly it; else, when every statement is a running total, another period's
    figure or a count of what was done by a date outside ``asked`` (no level that holds
    at a time), a verdict with no match; None when a level may answer (the figure in
    force, as before). With ``alone`` ("in 2024 alone"), the
    amount within the stretch is asked whatever the statements are: no level answers."""
    exact = [f for f in figures if f.period is not None and f.period.covers(asked)]
    if exact:
        return PeriodVerdict(max(exact, key=lambda f: f.date))
    if not figures:
        return None
    if alone:
        return PeriodVerdict(None, tuple(sorted(figures, key=lambda f: f.date)))
    if not any(f.period is not None or f.running or f.done for f in figures):
        return None
    # A level holds at any time, as a count of what was done holds in its own stretch
    # ("has now screened 214,000", said in 2023, for "how many in 2023?"): the figure in
    # force answers. A count done by another year's date is no amount of this one.
    if any(
        f.period is None
        and not f.running
        and (not f.done or asked.start <= f.date[:7] <= asked.end)
        for f in figures
    ):
        return None
    return PeriodVerdict(None, tuple(sorted(figures, key=lambda f: f.date)))


def shown_figures(
    others: tuple[PeriodFigure, ...],
) -> tuple[list[PeriodFigure], list[PeriodFigure]]:
    """The statements a not_found reply shows: every other stretch's figure, and the
    newest running totals (``_MAX_RUNNING``)."""
    periods = [f for f in others if f.period is not None]
    running = [f for f in others if f.period is None][-_MAX_RUNNING:]
    return periods, running


def not_stated_text(asked: Period, others: tuple[PeriodFigure, ...]) -> str:
    """The not_found reply for ``within_period``'s verdict with no match: no figure for
    the stretch asked, then the stretches that have one and the running totals."""
    periods, running = shown_figures(others)
    lines = [
        f"The releases give no figure for {asked.shown} alone."
        + (
            " They give one for "
            + "; ".join(f"{f.period.shown}: {f.shown}" for f in periods if f.period)
            + "."
            if periods
            else ""
        )
    ]
    if running:
        lines.append("Running totals (everything since the start, not one stretch's amount):")
        lines += [f"• As of {f.date}: {f.text.strip()}" for f in running]
    return "\n".join(lines)
