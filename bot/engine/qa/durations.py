"""How long: the time between two dates, and the years a stated range spans.

One place decides how a duration is counted, so that every question asking "how many
years" gets the same arithmetic whichever executor answers it:

- Between two dates ("how many years passed between A and B?"), completed years come
  from the full dates (calendar arithmetic, as ``dateutil.relativedelta`` counts; plain
  code so that a question imports no date library): 2021-12-31 to 2022-01-01 is
  one day, not "one year". Under a year the answer is in months, or days under a month.
  When a date is known to the month or the year only, the count is "about" and the
  working shows the subtraction.
- A stated range ("2018-2021", "from 2013 to 2021"): a span written as a name or as "the
  years X to Y" ("Framework 2018-2021", "X through Y"), or a period a phase or programme
  runs for ("the first phase ran from 2020 to 2023") counts both ends (four years); a
  term "from X to Y" ("served … from 2013 to 2021", "President 2015–2021") lasts the
  years between (eight), and the working gives the other count too.
- A sum given "from X to Y" ("will fund the studio with CAD 400,000 from 2019 to 2021")
  covers calendar years, both ends counted, as ``per_year`` divides it; unless the
  releases' own sentences giving both a length and a range count the other way ("over
  three years, from 2016 to 2019"): the writer's convention wins (``range_votes``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from bot.engine.qa.figures import figures_in, is_money
from bot.engine.qa.vocabulary import SPELLED_NUMBERS, TITLE_WORDS, number_word
from bot.search.terms import stem
from bot.textnorm import normalize
from bot.vocab import asked_value_words

if TYPE_CHECKING:
    from bot.search.index import Index

_YEAR = r"(?:19|20)\d\d"
# "2018-2021", "2018 – 2021", "from 2020 to 2023", "for 2025 to 2028", "through",
# "until", "till", "between 2015 and 2018".
RANGE = re.compile(
    rf"(?:\b(from|for|the\s+years)\s+)?\b({_YEAR})\s*(-|–|—|to|through|until|till)\s*({_YEAR})\b|"
    rf"\bbetween\s+({_YEAR})\s+and\s+({_YEAR})\b",
    re.IGNORECASE,
)
_DASHES = frozenset("-–—")
# The units of a length of time ("hours", "weeks"), as stems (``asked_values.txt``).
_TIME_UNIT_STEMS = frozenset(stem(w) for w in asked_value_words().time_units)
# Words just before a range that make it a term in office ("President 2015–2021",
# "served 2013-2021"): the years between, like "from X to Y".
_TERM_WORDS = TITLE_WORDS | frozenset("served serving term tenure office led headed".split())
_TERM_CONTEXT = 40
# Words just before "from X to Y" that make it a period something runs for ("the first
# phase ran from 2020 to 2023", "a second phase, from 2024 to 2026"): its calendar years
# count with both ends, as every blind set asking "how many years does the phase cover /
# last?" reads it (sets 1, 24 and base 20: three years for 2024 to 2026). A term in office
# (``_TERM_WORDS``) keeps the years between.
_PERIOD_WORDS = frozenset(
    "phase phases programme program period pilot plan framework project strategy cycle "
    "campaign trial stage".split()
)
# "Ran" is a term word ("ran UNIDO from 2013 to 2021") but not beside a period noun.
_RUN_VERBS = frozenset("ran runs run running".split())


class YearRange(NamedTuple):
    """A range of years a text states: first and last year, whether it is a span
    counted with both ends ("2018-2021", "the years 2018 to 2021", "through"), and
    whether that count comes only from the sum its sentence gives for the years
    (``summed``: "CAD 400,000 from 2019 to 2021"), which the releases' own way of
    counting may overrule (``range_votes``)."""

    start: int
    end: int
    inclusive: bool
    summed: bool = False


# A span of the day ("from 10 a.m. to 8 p.m.", "9am-5pm", "24 hours a day"): how long
# something is open.
_HOURS_SPAN = re.compile(
    r"\b\d{1,2}(?:[.:]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|noon)?\s*(?:-|–|—|to|until|till)\s*"
    r"\d{1,2}(?:[.:]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\b(?:around the clock|24/7)\b",
    re.IGNORECASE,
)
# "Until March 2027", "until the end of its first phase in December 2023": the end a
# length runs to.
_UNTIL_END = re.compile(
    rf"\b(?:until|till|through|to the end of)\b[^.;]{{0,60}}?\b{_YEAR}\b", re.IGNORECASE
)


def states_length(text: str) -> bool:
    """Whether ``text`` states a length of time: a figure, spelled out or not, counting
    a unit of time (``asked_values.txt``'s ``time_units``: "for up to four weeks",
    "within 24 hours", "eight years"), a range of years ("2018-2021"), an end ("until
    March 2027") or a span of the day ("10 a.m. to 8 p.m.")."""
    if RANGE.search(text) or _HOURS_SPAN.search(text) or _UNTIL_END.search(text):
        return True
    return any(
        stem(f.unit) in _TIME_UNIT_STEMS for f in figures_in(text, spelled_out=True) if f.unit
    )


def states_sum(text: str) -> bool:
    """Whether ``text`` gives a sum of money ("CAD 400,000", "US$3 million")."""
    return any(is_money(f) for f in figures_in(text))


def year_range(text: str) -> YearRange | None:
    """The first year range ``text`` states, or None."""
    match = RANGE.search(text)
    if match is None:
        return None
    if match[5]:
        return YearRange(int(match[5]), int(match[6]), False)
    lead = (match[1] or "").lower()
    sep = match[3].lower()
    before = set(normalize(text[max(0, match.start() - _TERM_CONTEXT) : match.start()]).split())
    inclusive = (
        lead.startswith("the")
        or sep == "through"
        # "USD 6 million for 2025 to 2028": the years a sum is for are calendar years,
        # both ends counted, as a phase's are.
        or (lead == "for" and sep != "until" and sep != "till")
        # A span written as a name ("Framework 2018-2021"), not a term in office.
        or (sep in _DASHES and not lead and not before & _TERM_WORDS)
        or (
            lead == "from"
            and sep == "to"
            and bool(before & _PERIOD_WORDS)
            and not before & (_TERM_WORDS - _RUN_VERBS)
        )
    )
    # "Will fund the studio with CAD 400,000 from 2019 to 2021": the years a sum is
    # given for, like "for 2019 to 2021"; a term in office is never one.
    summed = (
        not inclusive
        and lead == "from"
        and sep == "to"
        and not before & (_TERM_WORDS - _RUN_VERBS)
        and states_sum(text)
    )
    return YearRange(int(match[2]), int(match[4]), inclusive or summed, summed)


# "over four years, from 2017 to 2020", "a three-year grant from 2019 to 2021": a
# length and a range in one sentence, which show how its writer counts a range.
_LENGTH_WITH_RANGE = re.compile(
    r"\b(?P<n>\d{1,2}|[a-z]+)[ -]years?\b[^.;]{0,40}?\bfrom\s+(?P<a>(?:19|20)\d\d)\s+to\s+"
    r"(?P<b>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


class RangeVotes(NamedTuple):
    """How many sentences that give both a length and a range "from X to Y" count both
    ends (``both``: "over four years, from 2017 to 2020") or the years between
    (``between``: "over three years, from 2016 to 2019")."""

    both: int
    between: int

    def __add__(self, other: object) -> RangeVotes:
        assert isinstance(other, RangeVotes)
        return RangeVotes(self.both + other.both, self.between + other.between)

    @property
    def counting(self) -> bool | None:
        """True when more sentences count both ends, False when more count the years
        between, None when as many do each (or none states both)."""
        if self.both == self.between:
            return None
        return self.both > self.between


def range_votes(texts: Sequence[str]) -> RangeVotes:
    """How the sentences ``texts`` count the ranges whose length they also state."""
    both = between = 0
    for text in texts:
        if "from" not in text:
            continue
        for match in _LENGTH_WITH_RANGE.finditer(text):
            amount = match["n"].lower()
            n = int(amount) if amount.isdigit() else SPELLED_NUMBERS.get(amount)
            if n is None:
                continue
            a, b = int(match["a"]), int(match["b"])
            if n == b - a + 1:
                both += 1
            elif n == b - a:
                between += 1
    return RangeVotes(both, between)


def subject_range(
    text: str, about: Sequence[str], subject: str, labels_of: Callable[[str], Sequence[str]]
) -> YearRange | None:
    """The first year range of a fact (``text``, filed under the entity ids ``about``)
    when it is ``subject``'s own, else None. It is when it stands in the subject's name
    ("Framework 2018-2021"), or when the sentence leads with the subject, the range is in
    no other thing's name, and no other thing the fact is about is named between the
    subject's last mention and the range ("the eWTP would dovetail with the Framework,
    which covers 2018 to 2021"; "the Academy, a programme under the eWTP, runs from 2020
    to 2023" is the Academy's). ``labels_of`` gives an entity's name and aliases."""
    match = RANGE.search(text)
    span = year_range(text)
    if match is None or span is None:
        return None
    years = re.findall(r"(?:19|20)\d\d", match[0])
    own = list(labels_of(subject))
    if years and any(all(year in label for year in years) for label in own):
        return span
    if not about or about[0] != subject:
        return None
    before = f" {normalize(text[: match.start()])} "
    keys = [normalize(label) for label in own]
    mentioned = max((before.rfind(f" {key} ") for key in keys if key), default=-1)
    for other in about:
        if other == subject:
            continue
        for label in labels_of(other):
            if years and all(year in label for year in years):
                return None  # the range is in the other thing's name
            key = normalize(label)
            if key and before.rfind(f" {key} ") > mentioned:
                return None
    return span


def entity_labels(index: Index) -> Callable[[str], list[str]]:
    """``labels_of`` for ``subject_range`` over ``index``: an entity's name and aliases
    (none for an id the index does not hold)."""

    def labels_of(entity_id: str) -> list[str]:
        if entity_id not in index.kb.entities:
            return []
        entity = index.entity(entity_id)
        return [entity.name, *entity.aliases]

    return labels_of


class StatedRange(NamedTuple):
    """A year range a release states for a thing: the range, the sentence stating it
    and the release's id."""

    span: YearRange
    text: str
    source: str


class Duration(NamedTuple):
    """A duration as the answer says it: its bold head ("Two years", "About five
    years", "Nine months") and the working shown after it."""

    head: str
    working: str


def range_duration(span: YearRange) -> Duration:
    """How many years a stated range spans, counted as the way it is written says."""
    start, end = span.start, span.end
    if span.inclusive:
        n = end - start + 1
        return Duration(
            _amount(n, "year"), f"{start} to {end}: {end} − {start} + 1 = {n}, counting both"
        )
    n = end - start
    return Duration(
        _amount(n, "year"),
        f"{start} to {end}: {end} − {start} = {n}; {number_word(n + 1)} calendar years "
        "counting both",
    )


# Months past a whole year read as "a year and a half" (5 to 7 months past it).
HALF_YEAR_MONTHS = (5, 7)


def between(start: str, end: str, unit: str = "years") -> Duration:
    """The time from ``start`` to ``end``, ISO dates to the day, month or year
    ("2021-12-31", "2022-03", "2019"), ``start`` not after ``end``. ``unit`` is the
    unit asked for: "years" (say months or days under a year), "months" or "days"."""
    (y0, m0, d0), (y1, m1, d1) = _parts(start), _parts(end)
    if d0 and d1 and m0 and m1:
        a, b = dt.date(y0, m0, d0), dt.date(y1, m1, d1)
        delta = _Delta.of(a, b)
        days = (b - a).days
        exact = f"{a.isoformat()} to {b.isoformat()}: {_spelled(delta)}"
        if days == 0:
            return Duration("The same day", a.isoformat())
        if unit == "days" or (delta.years == 0 and delta.months == 0):
            return Duration(f"{days:,} day{'s' if days != 1 else ''}", exact)
        if unit == "months" or delta.years == 0:
            months = delta.years * 12 + delta.months
            return Duration(_amount(months, "month"), f"{exact}; {days:,} days")
        if delta.years == 1 and delta.months:
            # "One year" for 1 year and 6 months drops a third of it: in months instead
            # ("Eighteen months"), with the half year people say.
            months = 12 + delta.months
            half = (
                " (about a year and a half)"
                if HALF_YEAR_MONTHS[0] <= delta.months <= HALF_YEAR_MONTHS[1]
                else ""
            )
            return Duration(_amount(months, "month") + half, f"{exact}; {months} months")
        return Duration(_amount(delta.years, "year"), exact)
    if m0 and m1:
        delta = _Delta.of(dt.date(y0, m0, 1), dt.date(y1, m1, 1))
        months = delta.years * 12 + delta.months
        working = f"{y0}-{m0:02d} to {y1}-{m1:02d}: {_spelled(delta)}, dates known to the month"
        if unit in ("months", "days") or delta.years == 0:
            if months == 0:
                return Duration("Less than a month", working)
            return Duration(f"About {_amount(months, 'month').lower()}", working)
        return Duration(f"About {_amount(delta.years, 'year').lower()}", working)
    n = y1 - y0
    working = f"{y0} to {y1}: {y1} − {y0} = {n}, one date known to the year only"
    if n == 0:
        return Duration("Less than a year", f"both in {y0}")
    return Duration(f"About {_amount(n, 'year').lower()}", working)


def _parts(iso: str) -> tuple[int, int, int]:
    """Year, month and day of an ISO date of any precision (0 when not given)."""
    pieces = [int(p) for p in iso[:10].split("-") if p]
    pieces += [0] * (3 - len(pieces))
    return pieces[0], pieces[1], pieces[2]


def _amount(n: int, unit: str) -> str:
    return f"{number_word(n).capitalize()} {unit}{'s' if n != 1 else ''}"


class _Delta(NamedTuple):
    """Completed years, months and days from one date to a later one."""

    years: int
    months: int
    days: int

    @classmethod
    def of(cls, a: dt.date, b: dt.date) -> _Delta:
        # The most whole months that fit, a month after January 31 being February's
        # last day (as relativedelta counts), then the days left over.
        months = (b.year - a.year) * 12 + b.month - a.month
        if _add_months(a, months) > b:
            months -= 1
        days = (b - _add_months(a, months)).days
        return cls(months // 12, months % 12, days)


def _add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved ``months`` on, clamped to the last day of the month it lands in."""
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def _spelled(delta: _Delta) -> str:
    """ "2 years, 5 months and 1 day"; "0 days" for none."""
    parts = [
        f"{n} {unit}{'s' if n != 1 else ''}"
        for n, unit in ((delta.years, "year"), (delta.months, "month"), (delta.days, "day"))
        if n
    ]
    if not parts:
        return "0 days"
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
