"""Plan: a question that relates two things in time, split into its two ends.

"Which came first, A or B?", "how many years passed between A and B?", "how many
years after A was B?", "A was how many years before B?" and "how many graduates were
there when A happened?" each name two things (or a figure and an event); each end is
parsed as a query of its own and dated by the executors (``executors/events.py``).
The split reads the question's grammar words only, never a topic.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.vocab import month_words

# "Which came first / earlier, A or B?" and "which came last / later, A or B?".
_FIRST_WORDS = frozenset("first earlier earliest sooner older oldest".split())
_LAST_WORDS = frozenset("last later latest newer newest recent".split())
_ORDER_WORDS = _FIRST_WORDS | _LAST_WORDS
# Words asking for a span of time ("how many years", "how long").
_SPAN_WORDS = frozenset(
    "year years long decade decades month months week weeks day days time".split()
)
# Words joining two ends put before "how many years" ("A to B", "A and B", "A vs B").
_JOINING = frozenset("to and until till vs versus".split())
# Verbs that end an event's description and start the other's ("after A did B").
_AUX = frozenset("did was were had has is are does do could would will".split())
# "How many graduates were there when A opened?", "…by the time A opened?".
_WHEN = ("when", "by the time", "at the time", "as of when", "before", "just before")
MAX_END_WORDS = 12
# "How many years separate A and B?": a verb putting a span between two ends.
_SEPARATE_WORDS = frozenset("separate separates separated divide divides divided".split())
_DETERMINERS = frozenset("the a an its their his her this that these those".split())


class Relation(StrEnum):
    FIRST = "first"  # which of two things came first
    LAST = "last"  # which came last
    ORDER = "order"  # whether the first came before or after the second
    IS_BEFORE = "is-before"  # yes/no: did the first come before the second
    IS_AFTER = "is-after"  # yes/no: did the first come after the second
    BETWEEN = "between"  # the years between two things
    WHEN = "when"  # a figure as of the date of a thing
    BEFORE = "before"  # a figure as of just before the date of a thing
    CHANGE = "change"  # the change of a figure between the dates of two things


@dataclass(frozen=True, slots=True)
class TwoEnds:
    """The two things a question relates, as words; ``head`` is the question asked as
    of the second thing's date (for ``WHEN``)."""

    relation: Relation
    first: tuple[str, ...]
    second: tuple[str, ...]
    head: tuple[str, ...] = ()


# "How long ago", "how many years ago": the asks of a span up to the day asked.
_AGO_ASKS = (("how", "long"), ("how", "many", "years"), ("how", "many", "months"))


def ago_event(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """ "how long ago did li yong meet jack ma" → ("li", "yong", "meet", "jack", "ma"):
    the event of a span asked up to the day asked, or None for any other question (one
    measured to another event, "… at the time of B", is ``two_ends``')."""
    if "ago" not in words:
        return None
    k = words.index("ago")
    if tuple(words[:k]) not in _AGO_ASKS or _marker_at(list(words), k + 1, len(words)):
        return None
    event = _clean(words[k + 1 :])
    return event if 0 < len(event) <= MAX_END_WORDS else None


def two_ends(words: tuple[str, ...]) -> TwoEnds | None:
    """The two ends of a question relating two things in time, or None."""
    return (
        _order(words)
        or _before_or_after(words)
        or _span(words)
        or _change(words)
        or _when(words)
        or _yes_no_order(words)
    )


def _clean(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    out = list(words)
    while out and out[-1] in _AUX | {"the", "and", "or", "of"}:
        out.pop()
    while out and out[0] in _AUX | {"and", "or", "of"}:
        out.pop(0)
    return tuple(out)


def _ok(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return 0 < len(a) <= MAX_END_WORDS and 0 < len(b) <= MAX_END_WORDS


def _order(words: tuple[str, ...]) -> TwoEnds | None:
    """ "which came first, A or B", "what happened earlier: A or B", "A or B: which
    came first?"."""
    if len(words) > 3 and words[-3] in ("which", "what") and words[-1] in _ORDER_WORDS:
        rest = words[:-3]
        if "or" in rest:
            k = rest.index("or")
            a, b = _clean(rest[:k]), _clean(rest[k + 1 :])
            if _ok(a, b):
                relation = Relation.FIRST if words[-1] in _FIRST_WORDS else Relation.LAST
                return TwoEnds(relation, a, b)
    if not words or words[0] not in ("which", "what", "who"):
        return None
    for i, w in enumerate(words[1:5], 1):
        if w in _FIRST_WORDS or w in _LAST_WORDS:
            rest = words[i + 1 :]
            if "or" not in rest:
                return None
            k = rest.index("or")
            a, b = _clean(rest[:k]), _clean(rest[k + 1 :])
            if not _ok(a, b):
                return None
            relation = Relation.FIRST if w in _FIRST_WORDS else Relation.LAST
            return TwoEnds(relation, a, b)
    return None


# "Was A before or after B?": the choice between the two orders, either way round.
_EITHER_ORDER = (("before", "or", "after"), ("after", "or", "before"))


def _before_or_after(words: tuple[str, ...]) -> TwoEnds | None:
    """ "Was A launched before or after B?", "did A come after or before B?": A, the end
    asked about, is the first; B the one it is placed against."""
    if not words or words[0] not in _AUX:
        return None
    for k in range(1, len(words) - 3):
        if words[k : k + 3] in _EITHER_ORDER:
            a, b = _clean(words[1:k]), _clean(words[k + 3 :])
            return TwoEnds(Relation.ORDER, a, b) if _ok(a, b) else None
    return None


def _yes_no_order(words: tuple[str, ...]) -> TwoEnds | None:
    """ "Was A reached before B came out?", "did A open after B?": yes or no on the order
    of A (the end asked about) against B. A plain date after the word ("before 2021")
    is the time constraint's, not an end."""
    if not words or words[0] not in _AUX:
        return None
    marks = [k for k, w in enumerate(words) if w in ("before", "after")]
    if len(marks) != 1:
        return None
    k = marks[0]
    a, b = _clean(words[1:k]), _clean(words[k + 1 :])
    if not _ok(a, b) or _plain_date(b):
        return None
    return TwoEnds(Relation.IS_BEFORE if words[k] == "before" else Relation.IS_AFTER, a, b)


def _span(words: tuple[str, ...]) -> TwoEnds | None:
    """The years between two things, in the ways people ask it."""
    if not set(words) & _SPAN_WORDS or not ({"how"} & set(words)):
        return None
    ws = list(words)
    if "between" in ws:
        i = ws.index("between")
        if "and" in ws[i + 1 :]:
            j = ws.index("and", i + 1)
            return _ends(ws[i + 1 : j], ws[j + 1 :])
    if "from" in ws:
        i = ws.index("from")
        for stop in ("until", "till", "to"):
            if stop in ws[i + 1 :]:
                j = ws.index(stop, i + 1)
                return _ends(ws[i + 1 : j], ws[j + 1 :])
    how = ws.index("how")
    for i in range(how, len(ws)):
        # "How many years separate A and B?", "how long lies between…" (read above).
        if ws[i] in _SEPARATE_WORDS and "and" in ws[i + 2 :]:
            j = ws.index("and", i + 2)
            return _ends(ws[i + 1 : j], ws[j + 1 :])
    if "since" in ws[how:] and "when" in ws[ws.index("since", how) :]:
        # "How many years had passed since A when B happened?"
        i = ws.index("since", how)
        j = ws.index("when", i)
        return _ends(ws[i + 1 : j], ws[j + 1 :])
    anchored = _anchored(ws, how)
    if anchored is not None:
        return anchored
    if how > 0 and not {"before", "after"} & set(ws[how:]):
        # "A to B: how many years apart?", "A and B, how long between them?": the two
        # ends are put first, joined by a word of span.
        head = ws[:how]
        k = next((i for i, w in enumerate(head) if w in _JOINING), None)
        if k is not None and 0 < k < len(head) - 1:
            return _ends(head[:k], head[k + 1 :])
    if how > 0 and ("before" in ws[how:] or "after" in ws[how:]):
        # "A was how many years before B".
        k = next(i for i in range(how, len(ws)) if ws[i] in ("before", "after"))
        return _ends(ws[:how], ws[k + 1 :])
    for word in ("after", "before"):
        if word in ws[how:]:
            # "How many years after A was B?", "how long before A did B?".
            i = ws.index(word, how)
            auxes = [k for k in range(i + 1, len(ws)) if ws[k] in _AUX]
            if not auxes:
                return None
            j = auxes[0]
            if len(auxes) > 1 and j + 1 < len(ws) and ws[j + 1] not in _DETERMINERS:
                # "After the alliance was founded did the lab open": "was founded" is
                # the first end's own verb; the next auxiliary starts the second end.
                j = auxes[1]
                return _ends(ws[i + 1 : j], ws[j + 1 :])
            return _ends(ws[i + 1 : j], ws[j + 1 :])
    return None


# "…at the time of B", "…by the time of B", "…as of B": the end a span is measured at.
_AT_TIME_OF = (
    ("at", "the", "time", "of"),
    ("by", "the", "time", "of"),
    ("at", "the", "time"),
    ("by", "the", "time"),
    ("as", "of"),
    ("when",),
)


def _marker_at(ws: list[str], start: int, end: int) -> tuple[int, int] | None:
    """Where the first "at the time of" marker (``_AT_TIME_OF``) lies in ``ws[start:end]``:
    its start and the index after it, or None."""
    for i in range(start, end):
        for marker in _AT_TIME_OF:
            if tuple(ws[i : i + len(marker)]) == marker:
                return i, i + len(marker)
    return None


def _anchored(ws: list[str], how: int) -> TwoEnds | None:
    """A span measured from A to the time of B, in the ways people ask it: "how long ago
    was A at the time of B?", "how many years had passed since A by the time of B?", "at
    the time of B, how long had it been since A?", "when B happened, how long ago was A?"."""
    if "ago" in ws[how:] or "since" in ws[how:]:
        k = ws.index("ago", how) if "ago" in ws[how:] else ws.index("since", how)
        after = _marker_at(ws, k + 1, len(ws))
        if after is not None:
            # "how long ago was A at the time of B", "… since A at the time of B".
            return _ends(ws[k + 1 : after[0]], ws[after[1] :])
        before = _marker_at(ws, 0, 1)
        if before is not None and how > before[1]:
            # "at the time of B, how long ago was A" / "… since A".
            return _ends(ws[k + 1 :], ws[before[1] : how])
    return None


def _ends(a: list[str], b: list[str]) -> TwoEnds | None:
    first, second = _clean(a), _clean(b)
    # "The Hangzhou meeting and the Kigali one": "one" is the other end's noun.
    if len(second) > 1 and second[-1] == "one" and first and first[-1] != "one":
        second = (*second[:-1], _head_noun(first))
    elif len(first) > 1 and first[-1] == "one" and second and second[-1] != "one":
        first = (*first[:-1], _head_noun(second))
    if not _ok(first, second):
        return None
    return TwoEnds(Relation.BETWEEN, first, second)


# Words after a noun phrase's head ("the meeting of Li Yong and Jack Ma in Hangzhou").
_POST_HEAD = frozenset("of in at on with between from for by".split())


def _head_noun(end: tuple[str, ...]) -> str:
    """The noun an end's phrase is about: its last word before a preposition."""
    cut = next((i for i, w in enumerate(end) if i > 0 and w in _POST_HEAD), len(end))
    return end[cut - 1]


# "How many more…", "how much did X grow…": a change of a figure.
_CHANGE_WORDS = frozenset(
    "more fewer less grow grew grown increase increased rise rose risen change changed fall "
    "fell drop dropped".split()
)
_YEARISH = frozenset("in the of year".split())


def _change(words: tuple[str, ...]) -> TwoEnds | None:
    """ "How many more entrepreneurs were trained between A and B?" (A, B not years)."""
    start = 1 if words[:1] == ("by",) else 0
    if words[start : start + 2] not in (("how", "many"), ("how", "much")):
        return None
    if not set(words) & _CHANGE_WORDS:
        return None
    ws = list(words)
    for opener, closers in (("between", ("and",)), ("from", ("until", "till", "to"))):
        if opener not in ws:
            continue
        i = ws.index(opener)
        j = next((k for k in range(i + 1, len(ws)) if ws[k] in closers), None)
        if j is None:
            continue
        a, b = _clean(ws[i + 1 : j]), _clean(ws[j + 1 :])
        if not _ok(a, b) or all(_plain_date(e) for e in (a, b)):
            return None  # "between 2021 and 2022": the change executor reads the years
        return TwoEnds(Relation.CHANGE, a, b, tuple(ws[:i]))
    return None


def _plain_date(words: tuple[str, ...]) -> bool:
    """Whether an end is only a date ("2021", "june 2021", "the end of 2023")."""
    return any(w.isdigit() for w in words) and all(
        w.isdigit() or w in _YEARISH or w in _MONTH_WORDS for w in words
    )


_MONTH_WORDS = month_words() | frozenset("early mid late end start beginning".split())


def _when(words: tuple[str, ...]) -> TwoEnds | None:
    """ "How many graduates were there when the campus opened?", "how many had X
    trained before Y became director?" (the figure as of just before Y's date)."""
    # "How big / how large was X's membership when …": a size is a figure too; "how far
    # was X from its goal when …": a shortfall at the event's date.
    if words[:2] not in (
        ("how", "many"),
        ("how", "much"),
        ("how", "big"),
        ("how", "large"),
        ("how", "far"),
    ):
        return None
    text = " ".join(words)
    for phrase in _WHEN:
        marker = f" {phrase} "
        if marker in text:
            head, _, event = text.partition(marker)
            head_words, event_words = tuple(head.split()), _clean(event.split())
            if len(head_words) >= 3 and _ok(event_words, event_words):
                if phrase.endswith("before"):
                    if _plain_date(event_words):
                        return None  # "before 2021": the time constraint reads it
                    return TwoEnds(Relation.BEFORE, (), event_words, head_words)
                return TwoEnds(Relation.WHEN, (), event_words, head_words)
    return None
