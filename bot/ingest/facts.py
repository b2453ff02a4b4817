"""Facts: one per narrative sentence, linked to the entities it mentions.

Sentences that carry a speech quote are left to the quotes; sentences that name no
entity are kept only when they open with a pronoun ("It achieved ..."), which then
points at the previous fact's main entity, and are dropped otherwise.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.ingest.dates import find_date
from bot.ingest.entities import Registry

_PRONOUN_START = re.compile(
    r"^(?:it|its|they|their|he|she|his|her|this|these|the (?:company|organi[sz]ation|initiative|platform|group|firm|partnership|agreement|meeting))\b",
    re.IGNORECASE,
)
_PLURAL_START = re.compile(
    r"^(?:the two(?: \w+)?|both(?: \w+)?|they|their|the partners|the parties)\b", re.IGNORECASE
)
_DEFINITE_START = re.compile(r"^the\s+[a-z]", re.IGNORECASE)
_WEEKDAY = re.compile(
    r"\b(?:today|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\b(?:met|meets) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_YEAR_START = re.compile(
    r"^(?:in|since|during|by)\s+(?:early |late |mid-)?(\d{4})\b", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class FoundFact:
    text: str
    about: tuple[str, ...]
    date: str | None


def fact_date(sentence: str, release_date: dt.date | None) -> str | None:
    """The date a statement is about, when the sentence says so."""
    found = find_date(sentence)
    if found is not None and found.date is not None:
        return found.date.isoformat()
    year = _YEAR_START.match(sentence)
    if year:
        return year.group(1)
    if release_date is not None and _WEEKDAY.search(sentence):
        return release_date.isoformat()
    return None


def is_statement(sentence: str) -> bool:
    """A full sentence, not a heading ("About Acme") or a stray fragment."""
    words = sentence.split()
    if len(words) < 5 or not re.search(r"[a-z]", sentence) or re.match(r"About\s", sentence):
        return False
    return bool(re.search(r"[.!?\"'”’)]$", sentence)) or len(words) >= 12


def fact_for(
    sentence: str,
    registry: Registry,
    previous: FoundFact | None,
    release_date: dt.date | None,
    parties: tuple[str, ...] = (),
) -> FoundFact | None:
    """The fact a narrative sentence states, or None when it is no statement or names
    nothing. ``parties`` are the release's main parties, for "The two …" and "Both …"."""
    text = sentence.strip()
    if not is_statement(text):
        return None
    about = registry.mentions(text)
    # "It achieved ..." is about what the previous statement was about; so, failing any
    # name, is "The study is expected ..." (a definite noun phrase pointing back).
    points_back = _PRONOUN_START.match(text) or (not about and _DEFINITE_START.match(text))
    plural = _PLURAL_START.match(text)
    if plural and (len(parties) >= 2 or previous is not None):
        # "The two will pilot …", "Both will …": the release's parties (or, failing
        # two of them, every party of the previous statement).
        group = parties if len(parties) >= 2 else previous.about if previous else ()
        about = [*group, *(e for e in about if e not in group)]
    elif previous is not None and points_back and previous.about[0] not in about:
        about = [previous.about[0], *about]
    if not about:
        return None
    return FoundFact(text=text, about=tuple(about), date=fact_date(text, release_date))
