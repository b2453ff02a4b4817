"""One release picked by what it is about: "who published the trust grant release?",
"where was the funding release issued?", "which release announced the leadership
change?". The question's topic words (its terms that name no field of a release) are
looked for, with their thesaurus synonyms, in each release's headline and sentences; the
release they fit best, when one fits better than every other, is the one asked.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.kb.models import LoadedSource
from bot.search.index import Index
from bot.search.synonyms import synonyms
from bot.search.terms import content_terms

# A headline says what the release is about: a word of it counts as many sentences.
HEADLINE_WEIGHT = 3
# The work bound of one question: at most this many sentences are read, newest releases
# first (``sources`` comes newest first), so a base of thousands of releases is never read
# whole for one "which release announced X?" (the bound of executors/unstated.py's
# evidence reads, MAX_EVIDENCE_READ = 500, times four: a release has about 10-40 facts,
# so a team's last 50-200 releases are all read).
MAX_TOPIC_FACTS_READ = 2_000


def release_by_topic(
    index: Index, sources: Sequence[LoadedSource], topic: Sequence[str]
) -> LoadedSource | None:
    """The one of ``sources`` whose headline and sentences hold the ``topic`` terms (index
    terms; synonyms count) best, or None when no release holds any, or two fit alike."""
    wanted = [frozenset((t, *synonyms(t))) for t in topic]
    if not wanted:
        return None
    scored: list[tuple[int, LoadedSource]] = []
    read = 0
    for loaded in sources:
        if read >= MAX_TOPIC_FACTS_READ:
            break
        headline = set(content_terms(loaded.source.title))
        score = HEADLINE_WEIGHT * sum(1 for w in wanted if w & headline)
        for fact in index.facts_by_source.get(loaded.id, [])[: MAX_TOPIC_FACTS_READ - read]:
            read += 1
            terms = set(content_terms(fact.text))
            score += sum(1 for w in wanted if w & terms)
        scored.append((score, loaded))
    scored.sort(key=lambda s: -s[0])
    if not scored or scored[0][0] == 0:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]
