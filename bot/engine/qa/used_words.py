"""Whether the releases use a word: one reading for the checks that refuse a question
asked in a verb no release uses ("how many students dropped out?" where every count of
students is of another doing): ``gate.counted_verb`` on the retrieval fallback and
``UnstatedAnswers.uncounted_doing`` among the executors.
"""

from __future__ import annotations

from bot.search.index import Index
from bot.search.synonyms import synonyms
from bot.search.terms import index_term, stem


def release_uses(index: Index, word: str) -> bool:
    """Whether a statement holds ``word`` (a normalised word): its stem, its index term
    (irregular forms mapped: "came" -> "come"), or a word the thesaurus gives for it."""
    term = index_term(word)
    known = index.terms.known
    return (
        known(stem(word))
        or known(term)
        or any(known(s) for s in (*synonyms(term), *synonyms(stem(word))))
    )
