"""Full dates a sentence writes out ("on November 3, 2025", "3 November 2025").

A fact's ``date`` is when it holds: a reviewer dates a figure ("102,400 accessions")
as of its release, though the sentence also says when the event it mentions happened
("after a deposit ceremony on November 3, 2025"). Asked *when*, the date the sentence
writes is the answer, not the date the figure holds as of.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from bot.vocab import month_names, month_names_pattern


def first_day(iso: str) -> dt.date:
    """An ISO date as coarse as stated ("2021-07-08", "2021-07" or "2021") as a date: a
    month or a year stands for its first day. ValueError when ``iso`` is no such date."""
    parts = [int(p) for p in iso.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


_MONTH_NAMES = month_names()
_MONTH = month_names_pattern()
# "November 3, 2025", "Nov. 3 2025" is not matched on purpose: abbreviations are rare in
# reviewed facts, and a miss only keeps the fact's own date.
_WRITTEN = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)


def written_dates(text: str) -> list[str]:
    """The ISO dates ("2025-11-03") of the full dates ``text`` writes, in order; an
    impossible one ("February 30, 2024") is left out."""
    out = []
    for match in _WRITTEN.finditer(text):
        month = match["m1"] or match["m2"]
        day = match["d1"] or match["d2"]
        year = match["y1"] or match["y2"]
        try:
            out.append(dt.date(int(year), _MONTH_NAMES.index(str(month).casefold()) + 1, int(day)))
        except ValueError:
            continue
    return [d.isoformat() for d in out]


def date_when(fact_date: str, text: str) -> str:
    """What "when?" is answered with from a fact dated ``fact_date`` (ISO): the one full
    date its sentence writes, when it writes exactly one other than that; else
    ``fact_date``. Two written dates ("from May 1 to June 30, 2025") say no single when."""
    written = set(written_dates(text))
    if len(written) == 1 and fact_date not in written:
        return written.pop()
    return fact_date


# "delivered by Havsund Shipyard in November 2022": a date a few words after a word.
_DATE_AFTER = re.compile(
    rf"[^.;:,]{{0,60}}?\b(?:in|on)\s+(?:(?P<month>{_MONTH})\s+(?:(?P<day>\d{{1,2}}),?\s+)?)?"
    rf"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+")


def date_after_word(text: str, fits: Callable[[str], bool]) -> str | None:
    """The date ``text`` writes right after a word that ``fits`` (given the word as
    written): "The vessel, delivered by the yard in November 2022, …" with "delivered"
    fitting gives "2022-11". ISO to the precision written ("2022", "2022-11",
    "2022-11-05"), the date nearest its word when several fit; None when no fitting
    word has a date after it in its clause (no comma between).

    An undated fact holds as of its release, but the event it recalls happened when
    the sentence says: asked which came first, that date is the event's."""
    found = [
        match
        for word in _WORD.finditer(text)
        if fits(word[0]) and (match := _DATE_AFTER.match(text, word.end())) is not None
    ]
    # The date nearest its word: "repair vessel … delivered in November 2022, completed
    # its first repair in February 2023" dates the repair by the second.
    for match in sorted(found, key=lambda m: m.start("year") - m.pos)[:1]:
        year, month, day = match["year"], match["month"], match["day"]
        if month is None:
            return year
        number = _MONTH_NAMES.index(month.casefold()) + 1
        if day is None:
            return f"{year}-{number:02d}"
        try:
            return dt.date(int(year), number, int(day)).isoformat()
        except ValueError:
            return f"{year}-{number:02d}"
    return None


# "In August 2022", "in April 2024": a month the sentence says something happened in.
_IN_MONTH = re.compile(rf"\bin\s+({_MONTH})\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def months_in(text: str) -> list[str]:
    """The months ("2022-08") that ``text`` says something happened "in", in order; not
    the start of a span ("more than 3,400 missions since its launch in March 2021")."""
    return [
        f"{m[2]}-{_MONTH_NAMES.index(m[1].casefold()) + 1:02d}"
        for m in _IN_MONTH.finditer(text)
        if not _SPAN_START.search(re.split(r"[,;]", text[: m.start()])[-1])
    ]


_SPAN_START = re.compile(r"\b(?:since|from)\b", re.IGNORECASE)

# "between June 2018 and December 2019", "from March to October 2021": a span's end.
_SPAN_END = re.compile(
    rf"\b(?:between|from)\s+(?:{_MONTH})(?:\s+(?:19|20)\d\d)?\s+(?:and|to|until|through)\s+"
    rf"({_MONTH})\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def span_end_month(text: str) -> str | None:
    """The month ("2019-12") that a span of months ``text`` states ends in ("repaired
    1,240 items between June 2018 and December 2019"); None when it states none."""
    m = _SPAN_END.search(text)
    if m is None:
        return None
    return f"{m[2]}-{_MONTH_NAMES.index(m[1].casefold()) + 1:02d}"
