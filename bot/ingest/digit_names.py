"""Names that open with a digit ("7harbours", "7Seas Alliance"): no capital starts them,
so the readers of capitalised names never see them.

Only a word of digits glued to at least three letters counts, and only where the
sentence says it is a name: after "known as", "called", "named", or right before a word
that says what it is ("the 7harbours alliance", "a new 9lives programme").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.kb.models import EntityKind

# The kind word after the name, and the kind it makes the name.
_KIND_WORDS = {
    "alliance": EntityKind.ORGANIZATION,
    "coalition": EntityKind.ORGANIZATION,
    "consortium": EntityKind.ORGANIZATION,
    "association": EntityKind.ORGANIZATION,
    "network": EntityKind.ORGANIZATION,
    "platform": EntityKind.INITIATIVE,
    "initiative": EntityKind.INITIATIVE,
    "programme": EntityKind.INITIATIVE,
    "program": EntityKind.INITIATIVE,
    "project": EntityKind.INITIATIVE,
    "campaign": EntityKind.INITIATIVE,
}
# A word of digits, then letters: a name's ("7harbours", "1Path").
_DIGIT_WORD = r"(?P<n>\d+[A-Za-z][\w-]{2,})"
# Endings that make a digit word a measure, an ordinal or a decade, never a name.
_NOT_A_NAME = re.compile(
    r"\d+(?:st|nd|rd|th|s|km|kg|mg|ml|mm|cm|gb|mb|tb|mw|kw|gw|kwh|mwh|hrs?|mins?|yrs?|am|pm)",
    re.IGNORECASE,
)
# A quantity written with a unit symbol, case as written ("5GHz", "400kV", "50GWh",
# "100Gbps", "10MW-scale"): an optional metric prefix and a unit of frequency, power,
# energy, voltage, current, data, mass, length or volume. Names glue other letters to
# their digits ("7Seas", "9lives", "3GPP").
_UNIT_SYMBOL = re.compile(
    r"\d+(?:[kMGTPmµnu]?(?:Hz|Wh|Wp|W|VA|V|Ah|A|bps|Bps|B|b|g|l|L|m|t|J|Pa)"
    r"|[kMGT]?(?:bits?|bytes?))(?:/s|ps)?"
)
_KIND = "|".join(_KIND_WORDS)
_AFTER_NAMING = re.compile(
    rf"\b(?:known\s+as|called|named|dubbed)\s+(?:the\s+)?{_DIGIT_WORD}(?![\w-])", re.IGNORECASE
)
_BEFORE_KIND = re.compile(rf"(?<![\w-]){_DIGIT_WORD}\s+(?P<kind>{_KIND})\b", re.IGNORECASE)


def _is_measure(word: str) -> bool:
    """Whether a digit word is a quantity ("5GHz", "10MW-scale", "3rd"), not a name."""
    head = word.split("-", 1)[0]
    return bool(
        _NOT_A_NAME.fullmatch(word) or _NOT_A_NAME.fullmatch(head) or _UNIT_SYMBOL.fullmatch(head)
    )


class DigitName(NamedTuple):
    """A name opening with a digit, as written, and the kind its sentence gives it."""

    name: str
    kind: EntityKind


def digit_names(sentence: str) -> list[DigitName]:
    """The digit-led names ``sentence`` writes as names (see the module's docstring), in
    order, each once. An organisation unless a programme word follows the name."""
    out: dict[str, DigitName] = {}
    for match in _BEFORE_KIND.finditer(sentence):
        name = match.group("n")
        if not _is_measure(name):
            out.setdefault(name, DigitName(name, _KIND_WORDS[match.group("kind").lower()]))
    for match in _AFTER_NAMING.finditer(sentence):
        name = match.group("n")
        if not _is_measure(name):
            out.setdefault(name, DigitName(name, EntityKind.ORGANIZATION))
    return list(out.values())
