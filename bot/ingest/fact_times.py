"""Two more ways a sentence's date is not its statement's date.

* An announcement made "today" that mentions a later or earlier time in a detail ("…
  today announced that the programme is expanding to Idaho, with a new hub opening in
  July 2025"): the statement is the announcement, of the release's date; the other time
  belongs to a detail. Dating the fact 2025-07 would make the whole expansion a July
  2025 event.
* A figure for a period beside a running total ("4.6 million pounds from January to
  October 2023, and 8.2 million pounds in total since September 2020"): one date cannot
  date both figures, and the README asks reviewers to split such sentences.

``date_of_a_detail`` and ``period_and_total`` say so, for the draft's review notes.
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


def _without_years(sentence: str) -> str:
    return re.sub(r"\b(?:19|20)\d\d\b", " ", sentence)


DETAIL_NOTE = (
    "says 'today' of the announcement but was dated by another time it mentions: left"
    " with the release's date; give the detail a fact of its own if it matters"
)
PERIOD_TOTAL_NOTE = (
    "gives a figure for a period and a running total: split it into one fact per figure,"
    " each with its own date"
)
