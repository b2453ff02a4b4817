"""A place a fact states in words next to the act asked about: "where was the agreement
signed?" from "Under the agreement, signed in Nairobi on March 11, 2025, …".

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
                if place.split()[0].casefold() not in _MONTHS:
                    return place
                break
            skipped = re.match(r"[ ,]*[\w'’-]+", rest)
            if skipped is None or gap == MAX_GAP_WORDS:
                break
            rest = rest[skipped.end() :]
    return None
