"""Typed values: what a statement states, and what a question asks for, as named types.

A statement "The Trust committed US$3 million to the third phase" carries a MONEY value;
"schools pay farmers within 14 days" a DURATION of days; "the zone grew to 60 square
kilometres" a MEASURE of area; "5,600 fishers were recording their catch" a COUNT of
fishers. A question asks for one type: "how much is X worth" money, "how many hubs"
a count of hubs, "how big is the zone" a measure, "what share" a percentage.

Matching the two by type rather than by wording answers phrasings no executor was
written for ("how much is X putting into Y", "what is X contributing") from any
statement that carries a value of the type asked (``executors/typed_fallback.py``).
Values are read once per knowledge base, when its tables are built (``values_in``);
a question is read by ``asked_value``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.engine.qa.counted_phrase import noun_phrase
from bot.engine.qa.figures import (
    MEMBER_UNIT,
    NOT_A_STATE,
    Figure,
    counts_members,
    figure_value,
    figures_in,
    figures_then,
    is_money,
    same_word,
)
from bot.engine.qa.measures import asked_dimensions, unit_dimension
from bot.search.terms import STOP_WORDS, stem
from bot.vocab import asked_value_words


class ValueKind(StrEnum):
    MONEY = "money"
    COUNT = "count"
    MEASURE = "measure"
    PERCENT = "percent"
    DURATION = "duration"


@dataclass(frozen=True, slots=True)
class TypedValue:
    """One value a statement states: "US$4.5 million" (MONEY), "5,600" fishers (COUNT)."""

    kind: ValueKind
    number: float  # the value as a number ("US$4.5 million" -> 4,500,000.0)
    shown: str  # as the statement words it, with its qualifier ("more than 20,000")
    # The stems of what it counts or measures in ("fisher"; "aggreg", "hub"; "kilometr"):
    # the words after it, up to the next figure or punctuation, and MEMBER_UNIT for a
    # count of a body's members ("an association of 34 utilities").
    nouns: tuple[str, ...]
    dimension: str = ""  # a MEASURE's dimension ("area", "length"); "" otherwise
    # A figure aimed at, not reached: a goal, a target, a plan ("will build 14 hubs").
    planned: bool = False
    # A running total ("1,850 fishers have recorded their catch since 2017"): everything
    # since a start, as of the statement's date.
    running: bool = False
    # The stems of the few words either side of it ("storag", "fee", "of"; "per",
    # "crate"): what a sum is the price or the fee of.
    near: tuple[str, ...] = ()


_WORDS = asked_value_words()
_TIME_UNITS = frozenset(stem(w) for w in _WORDS.time_units)
_MEMBERSHIP_VERBS = frozenset(stem(w) for w in _WORDS.membership_verbs)
_SQUARE = stem("square")
_SINCE = "since"
_STOP_STEMS = frozenset(stem(w) for w in STOP_WORDS)


def _counted(figure: Figure) -> tuple[str, ...]:
    """The stems of the noun phrase after a figure, up to its first grammar word
    ("41,000 smallholder farmers in Central Province" -> "smallhold", "farmer")."""
    words = figure.after or ((figure.unit,) if figure.unit else ())
    end = next((i for i, w in enumerate(words) if w in _STOP_STEMS), len(words))
    return words[:end]


def _dimension(figure: Figure) -> str:
    """The dimension of the unit a figure is measured in ("60 square kilometres" is an
    area, "162 kilometres" a length), or "" when it is no measure."""
    if figure.unit == _SQUARE and len(figure.after) > 1 and unit_dimension(figure.after[1]):
        return "area"
    return unit_dimension(figure.unit) or ""


def _typed(text: str, figure: Figure) -> TypedValue:
    number = figure_value(figure)
    planned = bool(set(figure.lead) & NOT_A_STATE) and not figure.met
    # "Since" anywhere in the sentence: "1,850 fishers have recorded their catch since
    # the first cold rooms opened" reaches it past the figure's few words.
    running = not planned and _SINCE in text.casefold().split()
    nouns = _counted(figure)
    value = figure.value.casefold()
    if is_money(figure):
        kind, dimension = ValueKind.MONEY, ""
    elif "%" in value or "cent" in value:
        kind, dimension = ValueKind.PERCENT, ""
    elif dimension := _dimension(figure):
        kind = ValueKind.MEASURE
    elif figure.unit in _TIME_UNITS:
        kind = ValueKind.DURATION
    else:
        kind = ValueKind.COUNT
        if counts_members(text, figure) or set(figure.before) & _MEMBERSHIP_VERBS:
            nouns = (*nouns, MEMBER_UNIT)
    near = (*figure.before, *figure.after)
    return TypedValue(kind, number, figure.shown, nouns, dimension, planned, running, near)


def values_in(text: str) -> tuple[TypedValue, ...]:
    """Every value ``text`` states, typed, in order; a figure it went up FROM ("grew
    from 42 to 60 square kilometres": the 42) is an earlier state and left out, as are
    bare figures that count nothing."""
    if not any(c.isdigit() for c in text):
        return ()
    figures = figures_then(figures_in(text))
    return tuple(
        typed
        for typed in (_typed(text, f) for f in figures if not f.whole)
        if typed.kind is not ValueKind.COUNT or typed.nouns
    )


@dataclass(frozen=True, slots=True)
class AskedValue:
    """The type of value a question asks for: MONEY for "how much is X worth", COUNT of
    "hub" for "how many hubs"; ``dimensions`` a MEASURE must be in (empty: any),
    ``planned`` whether a figure aimed at is asked ("how many hubs did X plan"), and
    ``noun_asked`` whether a noun naming the sum asked it ("what is the fee?"), which
    a statement must then use."""

    kind: ValueKind
    noun: str = ""  # the stem of the counted noun (COUNT, DURATION)
    dimensions: tuple[str, ...] = ()
    planned: bool = False
    noun_asked: str = ""


# "How many more fishers", "how many fewer": a change between two times, not a value.
_CHANGE_OPENERS = _WORDS.change_openers


def asked_value(words: Sequence[str]) -> AskedValue | None:
    """The value ``words`` (a question's normalised words) ask for, or None when they
    ask for no value of a type (a person, a date, a reason)."""
    said = set(words)
    planned = bool(said & _WORDS.planned)
    if tuple(words[:2]) == ("how", "many"):
        phrase = noun_phrase(tuple(words))
        if not phrase or phrase[0] in _CHANGE_OPENERS:
            return None
        noun = stem(phrase[-1])
        kind = ValueKind.DURATION if noun in _TIME_UNITS else ValueKind.COUNT
        return AskedValue(kind, noun, planned=planned)
    dimensions = asked_dimensions(words)
    if tuple(words[:2]) == ("how", "much"):
        if said & _WORDS.money:
            named = next((w for w in words if w in _WORDS.money_nouns), "")
            return AskedValue(ValueKind.MONEY, planned=planned, noun_asked=named)
        if said & _WORDS.size or dimensions:
            return AskedValue(ValueKind.MEASURE, dimensions=dimensions, planned=planned)
        return None
    if words[:1] == ["how"] or tuple(words[:1]) == ("how",):
        if len(words) > 1 and words[1] in _WORDS.size:
            return AskedValue(ValueKind.MEASURE, dimensions=dimensions, planned=planned)
        return None
    if words[:1] and words[0] in ("what", "which"):
        if said & _WORDS.share:
            return AskedValue(ValueKind.PERCENT, planned=planned)
        if said & _WORDS.size_nouns or dimensions:
            return AskedValue(ValueKind.MEASURE, dimensions=dimensions, planned=planned)
        named = next((w for w in words if w in _WORDS.money_nouns), "")
        if named or said & _WORDS.money_what:
            return AskedValue(ValueKind.MONEY, planned=planned, noun_asked=named)
    return None


def counted_heads(value: TypedValue) -> tuple[str, ...]:
    """What a value counts: the head (last word) of its noun phrase, and a body's
    members where it counts them. "40 lifeboat stations" counts stations, never
    lifeboats."""
    if not value.nouns:
        return ()
    if value.nouns[-1] == MEMBER_UNIT and len(value.nouns) > 1:
        return (value.nouns[-2], MEMBER_UNIT)
    return value.nouns[-1:]


def fits(value: TypedValue, asked: AskedValue) -> bool:
    """Whether ``value`` is a value of the type ``asked``: the same kind, counting the
    noun asked (a form of it, or a body's members for "members"), in a dimension asked,
    and (but for money) aimed at exactly when a plan is asked."""
    if value.kind is not asked.kind:
        return False
    if value.kind is not ValueKind.MONEY and value.planned != asked.planned:
        # A sum pledged ("will provide US$3 million") is the sum given; a count planned
        # ("will build 14 hubs") is not the count reached.
        return False
    if asked.kind in (ValueKind.COUNT, ValueKind.DURATION):
        return any(same_word(noun, asked.noun) for noun in counted_heads(value))
    if asked.kind is ValueKind.MEASURE and asked.dimensions:
        return value.dimension in asked.dimensions
    return True


def asking_words() -> frozenset[str]:
    """The stems of the words that only say which type is asked ("worth", "contribute",
    "big", "plan"): no content a statement must share with the question."""
    w = _WORDS
    return frozenset(
        stem(word)
        for group in (w.money, w.money_what, w.size, w.share, w.planned)
        for word in group
    ) - frozenset(stem(word) for word in w.money_nouns)
