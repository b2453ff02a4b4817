"""Units of measure in questions and releases (``bot/vocab/measures.yaml``).

A question may write a unit short ("how many km of corridors"), where a release writes
it in full ("162 kilometres of corridors"), or the other way round; and it may ask for
a dimension ("how much did the corridor length grow?") rather than name a unit. Here
the unit words are made one (``same_unit``), the short forms in a question are written
out (``written_out``) and a dimension asked is named (``asked_dimension``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from bot.search.terms import stem
from bot.vocab import figure_questions, measures

# Before an abbreviation, these make it a unit: "how many km", "how much ha".
_QUANTITY_WORDS = figure_questions().quantity


@cache
def _unit_table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(any form of a unit -> its plural in full, stem of any form -> the plural's
    stem, plural's stem -> dimension), built once per process."""
    written: dict[str, str] = {}
    stems: dict[str, str] = {}
    dimension: dict[str, str] = {}
    for measure in measures():
        for unit, forms in measure.units.items():
            whole = stem(unit)
            dimension[whole] = measure.name
            for form in (unit, *forms):
                written[form] = unit
                stems[stem(form)] = whole
    return written, stems, dimension


@cache
def _unit_sizes() -> dict[str, tuple[str, float]]:
    """Stem of any form of a sized unit -> (its dimension, its size in that dimension's
    smallest unit), built once per process."""
    sizes: dict[str, tuple[str, float]] = {}
    for measure in measures():
        for unit, size in measure.sizes.items():
            for form in (unit, *measure.units.get(unit, ())):
                sizes[stem(form)] = (measure.name, size)
    return sizes


def in_unit_of(value: float, unit: str, target: str) -> float | None:
    """``value`` written in the unit stem ``unit`` ("kilowatt"), expressed in the unit
    stem ``target`` ("megawatt"): 610 kilowatts is 0.61 megawatts. None when either unit
    has no size (``measures.yaml`` ``sizes``) or they measure different dimensions."""
    a, b = _unit_sizes().get(unit), _unit_sizes().get(target)
    if a is None or b is None or a[0] != b[0]:
        return None
    return value * a[1] / b[1]


def dimension_nouns(words: Sequence[str]) -> frozenset[str]:
    """The stems of the words of ``words`` that ask for a dimension ("capacity" of
    "how much did X's capacity grow?"); empty for none."""
    nouns = {w for measure in measures() for w in measure.asked_by}
    return frozenset(stem(w) for w in words if w in nouns)


def unit_stem(term: str) -> str | None:
    """The stem of the unit ``term`` (a stem: "km", "kilometr") writes, as its plural
    in full ("kilometr"); None for a word that is no unit."""
    return _unit_table()[1].get(term)


def same_unit(a: str, b: str) -> bool:
    """Whether stems ``a`` and ``b`` write one unit ("km" and "kilometr")."""
    unit = unit_stem(a)
    return unit is not None and unit == unit_stem(b)


def unit_dimension(term: str) -> str | None:
    """The dimension ("length") of the unit stem ``term`` writes, or None."""
    unit = unit_stem(term)
    return None if unit is None else _unit_table()[2].get(unit)


# A word a hyphen or "&" ties to another word ("t-shirts", "kg-rated", "m&s"): part of
# a compound, which normalising splits ("t shirts"), never a unit on its own.
_JOINED = re.compile(r"(?<![\w-])([^\W\d_]+)(?=[-&][^\W\d_])|(?<=[^\W\d_][-&])([^\W\d_]+)")


def joined_words(raw: str) -> frozenset[str]:
    """The words of the raw (unnormalised) text ``raw`` a hyphen or "&" joins to another
    word, lower-cased: "how many t-shirts" -> {"t", "shirts"}. A figure's unit ("a
    10-km trail") is not joined to a word, so it is not among them."""
    return frozenset(m[1] or m[2] for m in _JOINED.finditer(raw.lower()))


def as_unit(noun: str, raw: str) -> bool:
    """Whether ``noun``, counted in the raw question ``raw`` ("how many kg-rated boxes"),
    may be a unit: not when a hyphen or "&" joins it to a word there, nor when it is one
    letter (``written_out`` writes a unit after a figure in full before this is asked)."""
    return len(noun) > 1 and noun not in joined_words(raw)


def written_out(words: Sequence[str], joined: frozenset[str] = frozenset()) -> list[str]:
    """``words`` (normalised) with each unit written short after a figure or after
    "many"/"much" written in full: "how many km of" -> "how many kilometres of"; "300
    ha" -> "300 hectares". Elsewhere a short form is left as typed ("m", "t", "ha"), as
    is one in ``joined`` (``joined_words`` of the raw question: "t-shirts"), and a
    one-letter form ("t", "m", "l") counts only right after a figure ("5 t"): after
    "many" it is far more often a word's first letter than a unit."""
    written = _unit_table()[0]
    out = list(words)
    for i in range(1, len(out)):
        full = written.get(out[i])
        if full is None or full == out[i] or out[i] in joined:
            continue
        before = out[i - 1]
        after_figure = before.replace(",", "").replace(".", "").isdigit()
        if after_figure or (before in _QUANTITY_WORDS and len(out[i]) > 1):
            out[i] = full
    return out


def asked_dimension(words: Sequence[str]) -> str | None:
    """The dimension a question names as a noun ("the corridor length" -> "length"),
    the first listed when the noun asks for several ("capacity"), or None."""
    named = asked_dimensions(words)
    return named[0] if named else None


def asked_dimensions(words: Sequence[str]) -> tuple[str, ...]:
    """Every dimension a question's nouns ask for ("the plant's capacity" -> weight,
    power, volume), in the order of ``measures.yaml``; empty for none."""
    asked = set(words)
    return tuple(measure.name for measure in measures() if asked & measure.asked_by)


@cache
def dimension_units(name: str) -> frozenset[str]:
    """The stems of every form of every unit of the dimension ``name`` ("length" ->
    "kilometr", "km", "metr", "mile" …); empty for an unknown dimension."""
    return frozenset(
        stem(form)
        for measure in measures()
        if measure.name == name
        for unit, forms in measure.units.items()
        for form in (unit, *forms)
    )


def measured_dimension(words: Sequence[str]) -> frozenset[str]:
    """For "how much did the corridor length grow?", the unit stems of the dimension
    asked ("length": kilometres, metres …): what a figure must be measured in to answer
    it. Empty when the question counts a noun ("how many trees in the area?": trees) or
    names a unit itself ("how much area, in hectares"): then the noun or unit decides."""
    if tuple(words[:2]) != ("how", "much") or any(unit_stem(stem(w)) for w in words):
        return frozenset()
    return frozenset(u for name in asked_dimensions(words) for u in dimension_units(name))
