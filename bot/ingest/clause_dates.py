"""A fact's date is its main clause's, never a date a subordinate clause gives.

"The partnership, launched in March 2021, is extended to March 2027" was drafted dated
2021-03: the date of the clause set off by commas, not of the extension. "Jane Doe, its
Chief Executive since 2015, will become Chair on 1 February 2025" holds two times, and a
fact's one date would date both (the README asks reviewers to split such sentences).
``clause_date`` reads the date from the main clause alone and says when a subordinate
clause holds another time, so the draft leaves such a fact undated with a review note.

A running total's start is such a clause too, wherever it stands: "has repaired 21,700
items since it began in June 2018" states a figure as of the release; June 2018 is when
the count began, and dating the fact 2018-06 would make 21,700 a 2018 figure. So is a
change's start ("now has 1,450 members, up from two when it opened in May 2017") and a
relative clause closing the sentence ("…, succeeding B, who stepped down on 31 December
2020.").

Those last two are set aside rather than weighed against the main clause: they tell
another event about something the main clause names, so the main clause keeps its own
time ("reached 900 in June 2024, up from 400 in 2022" is June 2024's figure; "was
appointed in January 2024, succeeding B, who retired in 2023" is January 2024's news).
Only when what is left still holds two times does the fact stay undated.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from bot.ingest.facts import fact_date
from bot.vocab import month_names_pattern

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A clause set off by commas that describes the noun before it rather than stating the
# news: a participle ("launched in March 2021"), a relative clause ("who joined in
# 2015"), an appositive with a possessive or an article ("its Executive Director since
# 2015", "a member since 2019"), or "previously/formerly …". Only such a clause holding a
# year counts.
_SUBORDINATE = re.compile(
    r",\s+(?P<clause>(?:(?:who|which|whose|that)\s|(?:its|their|his|her|the|a|an)\s|"
    r"(?:previously|formerly|then|once|since)\s|[a-z]+ed\s+(?:in|on|since|from|by)\s)"
    r"[^,;()\"“”]{2,100}?),"
)
# A relative clause closing the sentence ("…, succeeding Tomas Weller, who stepped down
# on 31 December 2020 after eleven years in the post."): it describes the one named
# before it, as the clause between commas does.
_CLOSING_RELATIVE = re.compile(r",\s+(?P<clause>(?:who|which|whose)\s[^,;()\"“”]{2,120}?)\.?\s*$")
# A change's starting point: "now has 1,450 members, up from two when it opened in May
# 2017" dates where the count started, never the count, which stands as of the release.
# A bare "from" counts only set off by a comma (", from 400 in 2022"): "a grant from the
# Fund in 2021" is the statement's own time.
_CHANGE_START = re.compile(
    r"(?P<clause>(?:\b(?:up|down)\s+|(?<=,\s))from\s+(?:[^,;()]|(?<=\d),(?=\d)){1,60}?"
    r"\b(?:19|20)\d\d)\b"
)
# The same clause opening the sentence: "Launched in 2021, the programme now …".
_OPENING_PARTICIPLE = re.compile(
    r"^(?P<clause>(?:Founded|Launched|Established|Created|Formed|Set\s+up|Opened|Built)\s+"
    r"(?:in|on|since)\s[^,;]{2,60}?),"
)
# An opening since-phrase ("Since its launch in September 2020, the programme has
# rescued 3.1 million pounds"): it dates the start of a running figure, never the figure,
# which stands as of the release.
_OPENING_SINCE = re.compile(r"^(?P<clause>Since\s[^,;]{2,60}?),")
# The same start after the figure it counts from: "since it began in June 2018", "since
# its launch in 2019", "since March 2020". Only beside a figure (``_COUNT``): "has been
# Director since January 2021" dates when the post began, which is that statement's date.
_RUNNING_SINCE = re.compile(
    r"\b(?P<clause>since\s+(?:(?:it|they|we|the\s+\w+)\s+(?:began|started|launched|opened"
    r"|was\s+(?:launched|founded|created|set\s+up|opened))\s+in\s+"
    r"|(?:its|their|our)\s+\w+\s+in\s+)?"
    rf"(?:(?:{month_names_pattern(capitalised=True)})\s+)?(?:19|20)\d\d)\b"
)
# A counted figure (not a year): "21,700", "4.8", "310".
_COUNT = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?\b")


class ClauseDate(NamedTuple):
    """The date of a statement's main clause (None when it gives none, or when a
    subordinate clause holds another time) and the subordinate clauses holding a year,
    for the review note (empty when there are none)."""

    date: str | None
    clauses: tuple[str, ...]
    two_times: bool


def clause_date(sentence: str, release: dt.date | None) -> ClauseDate | None:
    """The main clause's date of ``sentence`` ("YYYY", "YYYY-MM" or "YYYY-MM-DD", as
    ``fact_date`` gives it); None when no subordinate clause of it holds a year (the
    sentence's date then stands as ``fact_date`` reads it)."""
    weighed = _with_year(
        (
            *_OPENING_PARTICIPLE.finditer(sentence),
            *_OPENING_SINCE.finditer(sentence),
            *_SUBORDINATE.finditer(sentence),
            *_running_starts(sentence),
        )
    )
    set_aside = _with_year(
        (*_CLOSING_RELATIVE.finditer(sentence), *_CHANGE_START.finditer(sentence))
    )
    clauses = weighed + [c for c in set_aside if c not in weighed]
    if not clauses:
        return None
    main = sentence
    for clause in clauses:
        main = main.replace(clause, " ")
    # A clause describing the main clause's noun ("its Director since 2015") beside a
    # main-clause time makes two times; a set-aside clause leaves the main clause its own
    # time, and only two times within it stay undated.
    years = set(_YEAR.findall(main))
    two_times = len(years) > 1 or bool(weighed and years)
    date = None if two_times else fact_date(main, release)
    return ClauseDate(date, tuple(clauses), two_times)


def _with_year(matches: tuple[re.Match[str], ...]) -> list[str]:
    """The clauses of ``matches`` that hold a year, in order."""
    return [m.group("clause") for m in matches if _YEAR.search(m.group("clause"))]


def _running_starts(sentence: str) -> list[re.Match[str]]:
    """The since-phrases of ``sentence`` that give the start of a figure it counts: a
    figure stands before the phrase, in the same clause."""
    return [
        m
        for m in _RUNNING_SINCE.finditer(sentence)
        if _COUNT.search(re.split(r"[;:]", sentence[: m.start()])[-1])
    ]


def clause_note(found: ClauseDate) -> str:
    """The review note for a fact ``clause_date`` changed."""
    said = "; ".join(repr(c) for c in found.clauses)
    if found.two_times:
        return (
            f"states two times (the clause {said} and the main clause): left undated, since"
            " one date would date both; split it into one fact per date"
        )
    if found.date is not None:
        return f"dated by its main clause ({found.date}), not by the clause {said}"
    return f"its date would be the clause {said}'s, not the statement's: left undated"
