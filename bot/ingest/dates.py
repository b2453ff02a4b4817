"""Dates as releases write them: find where a date is, let python-dateutil read it.

Releases write dates in many forms: ``April 21, 2018``, ``21 April 2018``, ``MAR 6 2024``,
``2021-Mar-04``, ``Tuesday, May 4, 2021``, ``On March 14th`` (no year), ``07/06/2019``
(day and month order depend on the country). A regular expression only *locates* a
candidate (so "may" the verb and stray numbers are not dates); ``dateutil.parser`` does
the reading. A date without a year comes back with ``year_known=False`` so the caller can
take the year from the page's metadata or ``--date`` instead of guessing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil import parser as _dateutil

from bot.vocab import month_pattern

# A month's name or its abbreviation, with an optional full stop (case-insensitive use).
MONTH = month_pattern()


def month_number(name: str) -> int:
    """1 to 12 for a month's name or abbreviation as ``MONTH`` matches it ("Sept.", "august")."""
    return dt.datetime.strptime(name.strip(".")[:3].title(), "%b").month


_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
DATE_RE = re.compile(
    rf"\b{_WEEKDAY}(?:"
    # ("Aug - 14 - 2023": a news site's byline writes dashes between the parts;
    # "April 3,2017": a comma with no space before the year is typed as often.)
    # ("July 29, 2021Acme Corp.": a page that dropped the space or dash after the date
    # glues the year to the story's first word; a year ends at its fourth figure.)
    rf"(?P<md>{MONTH}(?:\s+|\s*-\s*){_DAY}(?!\d)(?:(?:,\s*|\s+|\s*-\s*)(?P<y1>{_YEAR})(?!\d))?)"
    # ("12March 2021", "12-Mar-2021": a page that lost the space, or a stamp in hyphens.)
    # (The month is a whole word: "12 marketing" is no date.)
    rf"|(?P<dm>{_DAY}(?:\s+(?:of\s+)?|-|(?=[A-Za-z]{{3}})){MONTH}(?![A-Za-z])"
    rf"(?:(?:,\s*|\s+|-)(?P<y2>{_YEAR})(?!\d))?)"
    rf"|(?P<ymd>(?P<y3>{_YEAR})[-/.](?:\d{{1,2}}|{MONTH})[-/.]\d{{1,2}}\b"
    # ("2009 / 07 / 15": a newsroom's date line spaces its slashes; only a line of its
    # own, since a page's clock and weather widget writes today's date so, with more.)
    rf"|(?P<y5>{_YEAR})\s+/\s+\d{{1,2}}\s+/\s+\d{{1,2}}(?=[ \t]*(?:\n|$)))"
    # ("26-8-2015": a dateline may write hyphens; the same mark twice, so "2021-25"
    # and a run of figures are never read.)
    rf"|(?P<num>(?<![\d-])\d{{1,2}}(?P<sep>[/.-])\d{{1,2}}(?P=sep)(?P<y4>{_YEAR})\b(?!-\d))"
    # ("7/8/98": an old page's stamp writes a two-digit year; only with slashes, since
    # "1.2.10" is a version number, and never inside a longer run of figures.)
    r"|(?P<short>(?<![\d/])\d{1,2}/\d{1,2}/(?P<y6>\d{2})(?![\d/]))"
    r")",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in text: ``start``/``end`` are offsets of the whole match."""

    start: int
    end: int
    text: str
    month: int
    day: int
    year: int | None
    # A numeric date whose day and month could be swapped (07/06/2019).
    ambiguous: bool = False

    @property
    def date(self) -> dt.date | None:
        """The full date, or None when the text gave no year."""
        if self.year is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def with_year_near(self, anchor: dt.date) -> dt.date:
        """The date in the year that puts it nearest ``anchor`` (a dateline's "March 6")."""
        options = []
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                options.append(dt.date(year, self.month, self.day))
            except ValueError:  # 29 February
                continue
        return min(options, key=lambda d: abs((d - anchor).days))


def _read(match: re.Match[str], dayfirst: bool) -> FoundDate | None:
    text = match.group(0)
    year_given = any(match.group(g) for g in ("y1", "y2", "y3", "y4", "y5", "y6"))
    # A default in a leap year lets "February 29" without a year parse.
    default = dt.datetime(2000, 1, 1)
    if match.group("ymd"):
        dayfirst = False  # year first is always year-month-day (ISO 8601)
    # ("March 12,2021": dateutil reads a figure run into a comma as no year and keeps the
    # default's; the parts separated as written everywhere else read right.)
    spaced = re.sub(r"(?<=\d),(?=\d)", ", ", text)
    # ("12March 2021", "12-Mar-2021": the day glued or hyphenated to the month.)
    spaced = re.sub(r"(?<=\d)-?(?=[A-Za-z]{3})|(?<=[A-Za-z])-(?=\d)", " ", spaced)
    try:
        parsed = _dateutil.parse(spaced, default=default, dayfirst=dayfirst, fuzzy=True)
    except (ValueError, OverflowError):
        return None
    ambiguous = False
    numeric = match.group("num") or match.group("short")
    if numeric:
        # The numeric part alone: the match may open with a weekday ("Thu, 08/06/2009").
        first, second = (int(p) for p in re.split(r"[/.-]", numeric)[:2])
        ambiguous = first <= 12 and second <= 12 and first != second
    return FoundDate(
        match.start(),
        match.end(),
        text,
        parsed.month,
        parsed.day,
        parsed.year if year_given else None,
        ambiguous,
    )


def find_date(
    text: str, pos: int = 0, *, anchored: bool = False, dayfirst: bool = True
) -> FoundDate | None:
    """The first readable date in ``text`` from ``pos`` (only at ``pos`` when anchored)."""
    if anchored:
        match = DATE_RE.match(text, pos)
        return _read(match, dayfirst) if match else None
    for match in DATE_RE.finditer(text, pos):
        found = _read(match, dayfirst)
        if found is not None:
            return found
    return None


# A short line with a day and a year and at most a few words between: the shape of a date
# line in any language ("14 Ottobre 2022", "3 de marzo de 2021", "Montag, 3. März 2021").
_DATE_LINE_SHAPE = re.compile(
    r"(?:[^\W\d_]+,?\s+)?\d{1,2}\.?(?:\s+[^\W\d_]+\.?){1,3},?\s+(?:19|20)\d{2}"
)


def read_date_line(line: str) -> dt.date | None:
    """The full date a line of its own gives in any language dateparser reads
    ("14 Ottobre 2022" -> 2022-10-14), or None; day, month and year are all required.

    Only for what ``find_date`` (English month names, numbers) cannot read: a news page
    in another language above an English story. Lines not shaped like a date are never
    handed to dateparser (its language detection is slow on arbitrary text).
    """
    line = line.strip()
    if len(line) > 40 or not _DATE_LINE_SHAPE.fullmatch(line):
        return None
    import dateparser  # (slow to import; most releases never need it)

    parsed = dateparser.parse(
        line,
        settings={
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PARSERS": ["absolute-time"],
        },
    )
    return parsed.date() if parsed is not None else None


def strip_dates(text: str) -> str:
    """``text`` with every date removed ("VELMONT, MAR 6 2024" -> "VELMONT, ")."""
    return DATE_RE.sub("", text)


def is_only_a_date(line: str) -> bool:
    """A line that is a date, perhaps with a time or a zone after it, and nothing else
    (a page's empty table cells before it, "| | 28 Oct 2015", are no text)."""
    line = re.sub(r"^(?:\s*\|)+", "", line).strip()
    found = find_date(line, anchored=True)
    if found is None:
        return False
    rest = line[found.end :]
    return len(rest) < 40 and not re.search(r"[a-z]{4,}\s+[a-z]{4,}", rest)
