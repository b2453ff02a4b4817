"""A release named by its dateline: "the Geneva release", "the Kuala Lumpur one".

People name a release by where it was issued as often as by when. The executors that
compare figures between two releases (``executors/release_changes.py``) read a release
by its year ("the 2021 release"), so a release named by its dateline city is written as
its year before the question is read, when the releases datelined there share one year: "how
much did the count grow between the Geneva release and the Kuala Lumpur one?" reads
"… between the 2021 release and the 2022 one". A city of releases in two years, or one not
followed by a release noun (or "one" after one), is left as written, and so is every
other city of the question when one such city is named with a release noun.
"""

from __future__ import annotations

from bot.search.index import Index

# Nouns that name a release ("the Geneva announcement"); "one" stands for the noun
# already used ("… and the Kuala Lumpur one").
RELEASE_NAMING = frozenset("release releases announcement announcements statement update".split())


# The longest dateline name looked up, in words ("Kuala Lumpur", "Dar es Salaam").
MAX_DATELINE_WORDS = 4


def dated_releases(index: Index, words: list[str]) -> list[str]:
    """``words`` (normalised) with each "<dateline city> <release noun>" written as the
    year of the releases datelined there, when they share one year (looked up in
    ``Index.sources_by_dateline``, never by reading every release)."""
    if not RELEASE_NAMING & set(words):
        return words
    datelines = index.sources_by_dateline
    out = list(words)
    i = 0
    noun_seen = False
    while i < len(out):
        for n in range(MAX_DATELINE_WORDS, 0, -1):
            end = i + n
            if end >= len(out):
                continue
            named = out[end] in RELEASE_NAMING or (out[end] == "one" and noun_seen)
            found = datelines.get(" ".join(out[i:end])) if named else None
            years = {s.source.date.year for s in found or ()}
            if len(years) > 1:
                # One release named by a city of several years: writing only the other
                # as its year would ask about a year and a city ("the 2021 release or
                # the Hangzhou one"), which matches neither; all are left as written.
                return words
            if len(years) == 1:
                out[i:end] = [str(years.pop())]
                break
        noun_seen = noun_seen or out[i] in RELEASE_NAMING
        i += 1
    return out
