"""Which phase (or stage) a question or a sentence names: "the first phase", "phase two",
"stage 2", "the second phase's". A programme's phases are numbered; a sentence or a
name that gives none is of no phase in particular.
"""

from __future__ import annotations

import re

from bot.engine.qa.vocabulary import NUMBER_WORDS

_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "initial": 1,
    "original": 1,
    "next": 2,
}
_PHASE_NOUN = r"(?:phase|stage|tranche)s?(?:'s)?"
_ORDINAL_BEFORE = re.compile(
    r"\b(" + "|".join(map(re.escape, _ORDINALS)) + r")\s+" + _PHASE_NOUN + r"\b", re.IGNORECASE
)
_NUMBER_AFTER = re.compile(
    r"\b" + _PHASE_NOUN + r"\s+(\d|" + "|".join(NUMBER_WORDS[1:6]) + r"|i{1,3}|iv)\b",
    re.IGNORECASE,
)
_NUMBERS = {w: i for i, w in enumerate(NUMBER_WORDS)}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def phase_named(text: str) -> int | None:
    """The number of the first phase a text names ("the second phase" → 2, "phase two"
    → 2, "stage 3" → 3); None when it names none. "Original" and "initial" name the
    first; "next" the second."""
    found: list[tuple[int, int]] = []
    for match in _ORDINAL_BEFORE.finditer(text):
        found.append((match.start(), _ORDINALS[match[1].casefold()]))
    for match in _NUMBER_AFTER.finditer(text):
        word = match[1].casefold()
        if word.isdigit():
            number = int(word)
        elif word in _ROMAN:
            number = _ROMAN[word]
        else:
            number = _NUMBERS[word]
        found.append((match.start(), number))
    return min(found)[1] if found else None


_ORDINAL_WORD = "|".join(map(re.escape, _ORDINALS))
# "the first and (the) second phase(s)": two phases named by one noun.
_TWO_ORDINALS = re.compile(
    rf"\b({_ORDINAL_WORD})\s+(?:and|or|&)\s+(?:the\s+)?({_ORDINAL_WORD})\s+{_PHASE_NOUN}\b",
    re.IGNORECASE,
)


def phases_named(text: str) -> list[int]:
    """Every phase a text names, in order, once each: "the first and the second phase"
    → [1, 2], "phase one and phase two" → [1, 2], "the second phase" → [2]."""
    found: list[tuple[int, int]] = []
    for match in _TWO_ORDINALS.finditer(text):
        found.append((match.start(1), _ORDINALS[match[1].casefold()]))
        found.append((match.start(2), _ORDINALS[match[2].casefold()]))
    for match in _ORDINAL_BEFORE.finditer(text):
        found.append((match.start(), _ORDINALS[match[1].casefold()]))
    for match in _NUMBER_AFTER.finditer(text):
        found.append((match.start(), _number(match[1])))
    return list(dict.fromkeys(n for _, n in sorted(found)))


def _number(word: str) -> int:
    word = word.casefold()
    if word.isdigit():
        return int(word)
    return _ROMAN[word] if word in _ROMAN else _NUMBERS[word]
