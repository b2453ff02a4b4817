"""Who does the thing asked, in a sentence that names several parties: "Which
organisation hosts the shared content hub?" over "… a shared content hub hosted by HBC"
is HBC, the party after "<verb>ed by", not every organisation the sentence names.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.qa.executors.membership import name_spans
from bot.kb.models import LoadedFact
from bot.search.index import Index
from bot.search.synonyms import synonyms
from bot.search.terms import index_term
from bot.textnorm import normalize

# Words allowed between "by" and the party's name ("hosted by the Harbourline …").
_ARTICLES = frozenset(("the", "a", "an"))


def passive_agent(
    index: Index, fact: LoadedFact, verbs: Sequence[str], candidates: Sequence[str]
) -> str | None:
    """The one of ``candidates`` (entity ids) that ``fact`` names right after "<verb> by",
    where the verb is one of ``verbs`` (index terms; thesaurus synonyms count); None when
    the sentence has no such phrase or names no candidate there."""
    asked = {a for v in verbs for a in (v, *synonyms(v))}
    words = normalize(fact.text).split()
    starts = [
        i + 2
        for i in range(len(words) - 2)
        if index_term(words[i]) in asked and words[i + 1] == "by"
    ]
    for start in starts:
        while start < len(words) and words[start] in _ARTICLES:
            start += 1
        named = [e for e in candidates if any(p == start for p, _ in name_spans(index, words, e))]
        if len(named) == 1:
            return named[0]
    return None
