"""Nouns a release equates: "230,000 accessions (distinct seed samples)" says that a
question's "seed samples" are the releases' "accessions".

Read per question from the few sentences that hold the question's words (a posting
lookup, bounded), never over the whole base: a phrase in brackets right after a noun
("accessions (distinct seed samples)") that holds two consecutive words of the question
makes that noun stand for them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.search.index import Index
from bot.search.terms import content_terms, stem

# "accessions (distinct seed samples)": a noun, then lower-case words in brackets.
_BRACKETED = re.compile(r"\b([A-Za-z][\w-]*)\s+\(((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\)")
# At most this many sentences holding a pair of the question's words are read.
MAX_SENTENCES = 20


def equated_terms(index: Index, terms: Sequence[str]) -> list[str] | None:
    """``terms`` with two consecutive ones that a release puts in brackets after a noun
    replaced by that noun's stem ("seed", "sampl" → "access"); None when no release
    equates any such pair."""
    for i in range(len(terms) - 1):
        pair = {terms[i], terms[i + 1]}
        docs = index.terms.docs_with_all(pair)
        if not docs or len(docs) > MAX_SENTENCES:
            continue
        for doc_id in sorted(docs):
            doc = index.terms.docs[doc_id]
            fact = index.fact_by_id.get(doc.id) if doc.kind == "fact" else None
            if fact is None:
                continue
            for match in _BRACKETED.finditer(fact.text):
                if pair <= set(content_terms(match[2])):
                    noun = stem(match[1].casefold())
                    return [*terms[:i], noun, *terms[i + 2 :]]
    return None


def with_noun(index: Index, noun: str, terms: Sequence[str]) -> list[str]:
    """``noun`` and those of ``terms`` that some sentence holds beside it (a word no
    statement of the noun uses, "arctic", would find none of them)."""
    return [t for t in terms if t == noun or index.terms.docs_with_all({noun, t})]
