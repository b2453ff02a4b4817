"""A venue named with its city: "Alibaba Group headquarters in Hangzhou, China".

A fact's ``place`` is often premises ("Alibaba Group headquarters", "the Harbor Grid
Cooperative head office"); a reader asking "did they meet in Vienna?" wants the city it
is in: a place (one the fact is also about, or any the index names) that the venue's
summary puts it in ("Alibaba Group's headquarters in Hangzhou, China"). None when the
venue's own name already holds it, or its summary puts it in no named place.
"""

from __future__ import annotations

import re

from bot.kb.models import EntityKind, LoadedFact
from bot.search.index import Index
from bot.textnorm import normalize

# A run of capitalised words in a summary: a name the index may know ("Hangzhou, China").
_CAPITALISED = re.compile(r"[A-Z][\w'’-]*(?:,? [A-Z][\w'’-]*)*")


def venue_with_city(index: Index, place: str, fact: LoadedFact | None = None) -> str:
    """``place``'s display name, followed by "in <city>" when ``city_of`` knows one."""
    name = index.display_name(place)
    city = city_of(index, place, fact)
    if city is None:
        return name
    return f"{name} in {index.entity(city).name}"


def city_of(index: Index, place: str, fact: LoadedFact | None = None) -> str | None:
    """The place entity that ``place`` (premises) is in, or None when ``place`` is not
    premises of another named place, or its name already holds that place's name."""
    venue = index.entity(place)
    own = f" {normalize(venue.name)} "
    candidates: list[str] = []
    if fact is not None:
        candidates += [
            e for e in fact.about if e != place and index.entity(e).kind is EntityKind.PLACE
        ]
    for run in _CAPITALISED.findall(venue.summary):
        for words in (run, run.split(",")[0]):
            candidates += [
                label.entity_id
                for label in index.names.exact(words)
                if label.entity_id != place
                and index.entity(label.entity_id).kind is EntityKind.PLACE
            ]
    summary = f" {normalize(venue.summary)} "
    found = list(dict.fromkeys(candidates))
    if any(f" {normalize(index.entity(c).name)} " in own for c in found):
        return None  # "Hangzhou Summit venue": the name says where already
    # The place the venue's summary puts it in ("… headquarters in Hangzhou"); a country
    # whose summary only names its capital is in no city.
    named = [c for c in found if f" in {normalize(index.entity(c).name)} " in summary]
    return named[0] if named else None
