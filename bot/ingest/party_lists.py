"""Parties listed after "with" in a deal sentence, names in lower case included.

"Orrin signed a memorandum along with kesto Group, q& formerly known as Qualtel
Group, Brennel, vo, and Ostratel": a list of three or more short names joined by
commas (the last by "and") after "with" is a list of the deal's parties. Brands that
open in lower case ("kesto Group", "q&", "vo") are names here, because the list says
so; the readers of capitalised names never see them. "formerly known as X" gives the
party's former name, an alias.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.ingest.words import STOPWORDS, is_country, is_place

# A deal's wording before its partners ("signed ... along with", "partnered with").
_DEAL_WITH = re.compile(
    r"\b(?:sign\w*|partner\w*|agree\w*|memorand\w*|MoU|alliance|collaborat\w*|"
    r"cooperat\w*|co-operat\w*|join\w*|team\w*\s+up)\b[^.;:]{0,120}?"
    r"\b(?:along\s+with|together\s+with|alongside|with)\s+(?P<list>[^.;:]+)",
    re.IGNORECASE,
)
# "e& formerly known as Etisalat Group": the name now, then the one before.
_FORMERLY = re.compile(r"\s+(?:formerly|previously)\s+(?:known\s+as\s+|called\s+)?", re.I)
# One name: capitalised words, or a short brand in lower case ("du", "e&"), perhaps
# followed by capitalised words ("stc Group").
_CAPITALISED = r"[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,4}"
# (Alone, at most three characters: a longer word in lower case is a common noun.)
_LOWER_ALONE = r"[a-z][a-z0-9&'’.-]{0,2}"
_LOWER_LED = r"[a-z][a-z0-9&'’.-]{0,4}(?:\s+[A-Z][\w&'’.-]*){1,3}"
# The fewest names that make a list of parties rather than a pair a sentence joins.
_MIN_LISTED = 3


class ListedParty(NamedTuple):
    """A party named in a list: its ``name``, and its ``former`` name if the list gives one."""

    name: str
    former: str | None


def listed_parties(sentence: str) -> list[ListedParty]:
    """The parties ``sentence`` lists after a deal's "with" (see the module doc), or []
    when it lists fewer than three names, holds none in lower case (capitalised lists
    are read elsewhere) or only names in lower case (common nouns), or names a place among them (a list of places, not parties)."""
    match = _DEAL_WITH.search(sentence)
    if match is None:
        return []
    items = re.split(r",\s+(?:and\s+)?|\s+and\s+", match.group("list"))
    found: list[ListedParty] = []
    for raw in items:
        item = raw.strip()
        parts = _FORMERLY.split(item, maxsplit=1)
        name = parts[0].strip()
        former = parts[1].strip() if len(parts) == 2 else ""
        former = former if re.fullmatch(_CAPITALISED, former) else ""
        if not (re.fullmatch(_CAPITALISED, name) or _lower_case_brand(name)):
            break  # the list ends where the first word that is no name starts
        found.append(ListedParty(name, former or None))
    lower = sum(p.name[:1].islower() for p in found)
    if len(found) < _MIN_LISTED or not 0 < lower < len(found):
        return []
    if any(is_place(p.name) or is_country(p.name) for p in found):
        return []
    return found


def _lower_case_brand(name: str) -> bool:
    """Whether ``name`` is a brand written in lower case: a word of at most three
    characters that is no function word ("du", "e&"), or a short word before capitalised
    words ("stc Group")."""
    if not (re.fullmatch(_LOWER_ALONE, name) or re.fullmatch(_LOWER_LED, name)):
        return False
    return name.split()[0].lower() not in STOPWORDS
