"""Whether a statement supports a yes/no claim in other words.

"Is the eWTP in line with UNIDO's mandate?" reads "in line with" as the thesaurus head
"dovetail" (``synonyms.rewrite_phrases``), while the index holds the statement's own
words ("line"); a statement supports the claim when its words, its phrases read the same
way, or their synonyms hold every word the claim asks (``statement_terms``), and it does
not only hope for it: a word of the claim right after "could", "would", "aims to" or
"has the potential to" is no statement of it (``hedged``), unless the question hedges too.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.search.synonyms import rewrite_phrases
from bot.search.terms import content_terms, stem
from bot.textnorm import normalize

# Words that make what follows a hope or a plan, not a fact.
HEDGE_WORDS = frozenset(
    "could would might may potential possible possibly aim aims aiming plan plans planned "
    "hope hopes hoping intend intends expect expects expected will seek seeks".split()
)
# A hedge governs a claim's word at most this many words after it ("could help", "has
# the potential to contribute").
HEDGE_REACH = 4


def statement_terms(text: str) -> frozenset[str]:
    """The content terms of ``text`` with its thesaurus phrases read as their heads
    ("in line with" as "dovetail"), as a question's words are read."""
    words = normalize(text).split()
    return frozenset(content_terms(" ".join(rewrite_phrases(words))))


def hedged(text: str, asked: Iterable[str], question_words: Iterable[str]) -> bool:
    """Whether a word of the claim (``asked``: stems, synonyms counted by the caller's
    own test) is governed by a hedge in ``text`` that the question does not use."""
    own = set(question_words)
    hedges = {w for w in HEDGE_WORDS if w not in own}
    words = rewrite_phrases(normalize(text).split())
    stems = [stem(w) for w in words]
    wanted = set(asked)
    for i, term in enumerate(stems):
        if term not in wanted:
            continue
        if any(w in hedges for w in words[max(0, i - HEDGE_REACH) : i]):
            return True
    return False
