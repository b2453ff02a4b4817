"""A release named by its dateline: "the Geneva release", "the Kuala Lumpur one".

People name a release by where it was issued as often as by when. The executors that
compare figures between two releases (``executors/release_changes.py``) read a release
by its year ("the 2021 release"), so a release named by its dateline city is written as
its year before the question is read, when exactly one release has that dateline: "how
much did the count grow between the Geneva release and the Kuala Lumpur one?" reads
"… between the 2021 release and the 2022 one". A city with two releases, or a city not
followed by a release noun (or "one" after one), is left as written.
"""

from __future__ import annotations

from collections import defaultdict
from weakref import WeakKeyDictionary

from bot.search.index import Index
from bot.textnorm import normalize

# Nouns that name a release ("the Geneva announcement"); "one" stands for the noun
# already used ("… and the Kuala Lumpur one").
RELEASE_NAMING = frozenset("release releases announcement announcements statement update".split())


# Per snapshot, weakly held: a snapshot replaced by a reload is not kept alive here.
_BY_INDEX: WeakKeyDictionary[Index, dict[tuple[str, ...], frozenset[int]]] = WeakKeyDictionary()


def _years_by_city(index: Index) -> dict[tuple[str, ...], frozenset[int]]:
    """The years of the releases datelined in each city (normalised words), read once
    per snapshot."""
    cached = _BY_INDEX.get(index)
    if cached is not None:
        return cached
    years: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for stated in index.sources_newest:
        city = tuple(normalize(stated.source.dateline.city).split())
        if city:
            years[city].add(stated.source.date.year)
    table = {city: frozenset(found) for city, found in years.items()}
    _BY_INDEX[index] = table
    return table


def dated_releases(index: Index, words: list[str]) -> list[str]:
    """``words`` (normalised) with each "<dateline city> <release noun>" written as the
    year of the one release datelined there."""
    if not RELEASE_NAMING & set(words):
        return words
    years = _years_by_city(index)
    out = list(words)
    i = 0
    noun_seen = False
    while i < len(out):
        for city, found in years.items():
            end = i + len(city)
            if tuple(out[i:end]) != city or len(found) != 1 or end >= len(out):
                continue
            after = out[end]
            named = after in RELEASE_NAMING or (after == "one" and noun_seen)
            if named:
                out[i:end] = [str(next(iter(found)))]
                break
        noun_seen = noun_seen or out[i] in RELEASE_NAMING
        i += 1
    return out
