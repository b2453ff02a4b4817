"""A place a fact states in words next to the act asked about: "where was the agreement
signed?" from "Under the agreement, signed in Nairobi on March 11, 2025, …"; and whether
a fact puts the act anywhere at all ("was spread on 14 city parks": ``locative_after``).

The place need not be an entity of the base (a release names many cities it files no entry
for), so it is read from the sentence: a capitalised name after "in" or "at", at most a few
words after a word of the question's own verb or noun ("signed" for "sign"). Only that act's
place counts: "hubs for farmers in Kenya" does not say where an agreement was signed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.search.terms import stem
from bot.vocab import month_names

# How many words may stand between the asked act and "in <Place>" ("signed today in").
MAX_GAP_WORDS = 3
_WORD = re.compile(r"[\w'’-]+")
# "in Nairobi", "at Kisumu", "in Boras, Sweden"; a month is a date, not a place.
_PLACE_AFTER = re.compile(
    r"^(?:in|at) (?:the )?((?:[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+)*(?:, [A-Z][\w'’-]+)?)"
)
_MONTHS = frozenset(month_names())
# A name ending in a possessive ("Greenloop's"): the owner of the place, not the place.
_POSSESSIVE = re.compile(r"['’]s?$")
# Where a clause ends: a stop, a comma, a semicolon, or "and" joining another clause.
_CLAUSE_END = re.compile(r"[.,;:]\s|[.,;:]$| and ")
# A possessive place phrase runs at most this many words ("Greenloop's windrow site on
# Quarry Road"); a longer one is a clause, not a place.
MAX_OWNED_PLACE_WORDS = 8


def _owned_place(text: str) -> str | None:
    """The phrase a possessive name opens ("Greenloop's windrow site on Quarry Road"),
    to the end of its clause, when it ends in another capitalised name (the place the
    thing owned is at); None otherwise (the sentence itself then answers)."""
    phrase = _CLAUSE_END.split(text, maxsplit=1)[0].strip()
    words = phrase.split()
    if len(words) > MAX_OWNED_PLACE_WORDS or len(words) < 2:
        return None
    return phrase if words[-1][:1].isupper() else None


def place_in_words(text: str, terms: Iterable[str]) -> str | None:
    """The place ``text`` gives, as written, just after a word whose stem is one of
    ``terms`` (the question's content terms); None when it states none there."""
    asked = set(terms)
    if not asked:
        return None
    for word in _WORD.finditer(text):
        if stem(word.group().casefold()) not in asked:
            continue
        rest = text[word.end() :]
        for gap in range(MAX_GAP_WORDS + 1):
            found = _PLACE_AFTER.match(rest.lstrip(" ,"))
            if found is not None:
                place = found[1]
                if _POSSESSIVE.search(place):
                    # "at Greenloop's windrow site on Quarry Road": the owner alone is no
                    # place; the whole phrase it opens is, up to the clause's end.
                    return _owned_place(rest.lstrip(" ,")[found.start(1) :])
                if place.split()[0].casefold() not in _MONTHS:
                    return place
                break
            skipped = re.match(r"[ ,]*[\w'’-]+", rest)
            if skipped is None or gap == MAX_GAP_WORDS:
                break
            rest = rest[skipped.end() :]
    return None


# Prepositions that put an act somewhere in words naming no place entry ("was spread on 14
# city parks", "installed across the district's schools").
_LOCATIVE = re.compile(r"^(?:on|in|at|across|throughout|into|onto)\s+(?:the\s+)?([\w'’-]+)")


def locative_after(text: str, terms: Iterable[str]) -> bool:
    """Whether ``text`` puts the act asked about somewhere, in any words: a locative
    preposition ("on", "across", …) at most a few words after a word whose stem is one
    of ``terms``, before a word that is no date ("spread on 14 city parks", not "spread
    in 2020")."""
    asked = set(terms)
    for word in _WORD.finditer(text):
        if stem(word.group().casefold()) not in asked:
            continue
        rest = text[word.end() :]
        for _ in range(MAX_GAP_WORDS + 1):
            found = _LOCATIVE.match(rest.lstrip(" ,"))
            if found is not None:
                after = found[1].casefold()
                if not (after.isdigit() and len(after) == 4) and after not in _MONTHS:
                    return True
            skipped = re.match(r"[ ,]*[\w'’-]+", rest)
            if skipped is None:
                break
            rest = rest[skipped.end() :]
    return False
