"""Two more ways a sentence's date is not its statement's date.

* An announcement made "today" that mentions a later or earlier time in a detail ("…
  today announced that the programme is expanding to Idaho, with a new hub opening in
  July 2025"): the statement is the announcement, of the release's date; the other time
  belongs to a detail. Dating the fact 2025-07 would make the whole expansion a July
  2025 event.
* A figure for a period beside a running total ("4.6 million pounds from January to
  October 2023, and 8.2 million pounds in total since September 2020"): one date cannot
  date both figures, and the README asks reviewers to split such sentences.

* Two clauses, each with its own time: "repair cafés opened at A in April 2019 and at
  B in October 2019", "the library now holds 310 tools, and residents borrowed them
  2,050 times in 2019". One date cannot date both (the README asks reviewers to split
  such sentences).

``date_of_a_detail``, ``period_and_total`` and ``clauses_with_own_times`` say so, for
the draft's review notes.
"""

from __future__ import annotations

import re

from bot.vocab import month_names_pattern

# The announcement itself: "today announced", "announced today", "today signed".
_TODAY = re.compile(r"\btoday\b", re.I)

# A figure: "4.6 million", "$600,000", "210", "12.5 million pounds".
_FIGURE = re.compile(r"(?<![\w.])\$?\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion|thousand))?\b")
# A figure's period: "in 2024", "from January to October 2023", "in the first half of
# 2023", "during 2024", "last year".
_PERIOD = re.compile(
    r"\b(?:in|during|for)\s+(?:the\s+(?:first|second|third|fourth|last)\s+\w+\s+of\s+)?"
    rf"(?:(?:{month_names_pattern(capitalised=True)})\s+)?(?:19|20)\d\d\b"
    r"|\bfrom\s+[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?\s+(?:to|through|until)\s+[A-Z][a-z]+\s+"
    r"(?:19|20)\d\d\b"
    r"|\blast\s+year\b"
)
# A running total: "in total", "to date", "so far", "altogether", "since September 2020".
_RUNNING = re.compile(
    r"\b(?:in\s+total|to\s+date|so\s+far|altogether|cumulative(?:ly)?|all\s+told"
    r"|since\s+(?:its\s+\w+\s+in\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\b"
)


# Where a detail of the announcement begins: "…, with a new hub opening in July 2025",
# "…, including a depot due in 2026". (The announced statement's own time, "will step
# down on December 31", comes before any of these and stays the fact's date.)
_DETAIL = re.compile(r",\s+(?:with|including|along\s+with|alongside)\s", re.I)


def date_of_a_detail(sentence: str, date: str | None, release: str | None) -> bool:
    """Whether ``date`` (ISO), read from ``sentence``, is a detail's in an announcement
    made today (``release``, ISO): the sentence says "today", and the date's year is
    written only in a trailing "…, with …" phrase."""
    if date is None or release is None or date == release:
        return False
    today = _TODAY.search(sentence)
    if today is None:
        return False
    detail = _DETAIL.search(sentence, today.end())
    if detail is None:
        return False
    year = re.compile(rf"\b{re.escape(date[:4])}\b")
    return year.search(sentence, detail.end()) is not None and not year.search(
        sentence[: detail.start()]
    )


def period_and_total(sentence: str) -> bool:
    """Whether ``sentence`` gives a figure for a period and a running total: two
    figures or more, a period ("in 2024", "from January to October 2023") and a total
    ("in total", "since September 2020", "to date")."""
    if len(_FIGURE.findall(_without_years(sentence))) < 2:
        return False
    period = _PERIOD.search(sentence)
    if period is None:
        return False
    rest = sentence[: period.start()] + " " + sentence[period.end() :]
    return _RUNNING.search(rest) is not None


# A time a clause states: "in April 2019", "in 2019", "on 1 May 2025"; "now" for the
# release's own time.
_CLAUSE_TIME = re.compile(
    rf"\b(?:in|on|during|by)\s+(?:\d{{1,2}}\s+)?(?:(?:{month_names_pattern(capitalised=True)})"
    r"\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_NOW = re.compile(r"\b(?:now|currently|today)\b")
# Two times that bound one period are one time: "between June 2018 and December 2019",
# "from 2022 to 2025", "2025–2027".
_RANGE = re.compile(
    r"\b(?:between|from)\s+[^,;]{0,30}?(?:19|20)\d\d\s+(?:and|to|until|through)\s+"
    r"[^,;]{0,30}?(?:19|20)\d\d\b|(?:19|20)\d\d\s*(?:to|[-–—])\s*(?:19|20)\d\d"
)
# Where one clause (or one conjunct) ends and the next begins.
_CLAUSE_BREAK = re.compile(r",?\s+and\s+|;\s+|:\s+")


def clauses_with_own_times(sentence: str) -> bool:
    """Whether ``sentence`` joins clauses that each state their own time: two different
    times ("opened at A in April 2019 and at B in October 2019"), or a figure "now"
    beside a figure of a stated time ("now holds 310 tools, and … 2,050 times in
    2019"). Times bounding one period ("between June 2018 and December 2019") are one."""
    rest = _RANGE.sub(" ", sentence)
    clauses = [c for c in _CLAUSE_BREAK.split(rest) if c.strip()]
    if len(clauses) < 2:
        return False
    times = [tuple(_CLAUSE_TIME.findall(c)) for c in clauses]
    stated = {t for ts in times for t in ts}
    if len(stated) >= 2 and sum(1 for ts in times if ts) >= 2:
        return True
    counted = [c for c in clauses if _FIGURE.search(_without_years(c))]
    return (
        len(counted) >= 2
        and any(_NOW.search(c) and not _CLAUSE_TIME.search(c) for c in counted)
        and any(_CLAUSE_TIME.search(c) for c in counted)
    )


def _without_years(sentence: str) -> str:
    return re.sub(r"\b(?:19|20)\d\d\b", " ", sentence)


DETAIL_NOTE = (
    "says 'today' of the announcement but was dated by another time it mentions: left"
    " with the release's date; give the detail a fact of its own if it matters"
)
OWN_TIMES_NOTE = (
    "joins clauses that each state their own time: split it into one fact per time,"
    " each with its own date"
)
PERIOD_TOTAL_NOTE = (
    "gives a figure for a period and a running total: split it into one fact per figure,"
    " each with its own date"
)
