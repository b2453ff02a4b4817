"""A term index over facts and quotes, scored with BM25.

Questions are matched on stemmed content words. Stop words and the generic verbs of
questions ("happen", "tell") carry no information about *which* fact is meant, so they
are dropped before matching.
"""

from __future__ import annotations

import bisect
import math
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

import snowballstemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.textnorm import normalize

_STEMMER = snowballstemmer.stemmer("english")

STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing done down during
    each either else ever every few for from further had has have having he her here hers
    herself him himself his how i if in into is it its itself just let me more most my
    myself no nor not now of off on once only or other our ours ourselves out over own
    same shall she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up upon very was we were what
    when where which while who whom whose why will with would you your yours yourself
    yourselves s t don doesn didn isn wasn aren weren won't can't
    please tell know say says said saying explain describe give show find anything
    something thing things happen happened happens happening occur occurred take took
    taken place exactly actually really much many lot bot hey hi hello thanks thank
    mean means meant kind sort type like get got make made one ones want wants
    wanted need needs wish
    held hold holds holding press release releases announcement article mention
    mentioned mentions describe described describes according besides except
    excluding apart aside beyond else another one two three four five six seven
    eight nine ten
    """.split()
)
# Words that say what *kind* of answer is wanted; they steer ranking, not matching.
QUESTION_WORDS = frozenset({"what", "who", "whom", "whose", "when", "where", "which", "why", "how"})

# A misspelt word matched to the vocabulary counts for less than the word itself.
TYPO_WEIGHT = 0.7

# BM25 parameters (the usual defaults; facts are short and similar in length).
BM25_K1 = 1.2
BM25_B = 0.5


@lru_cache(maxsize=131_072)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word)


# Irregular past forms the stemmer cannot fold: a release says "met" and "led" where a
# question asks "when did they meet?" and "who leads it?". ("found" is left alone: it is
# also the verb of "founded".)
_IRREGULAR = {
    "met": "meet",
    "led": "lead",
    "held": "hold",
    "began": "begin",
    "begun": "begin",
    "took": "take",
    "taken": "take",
    "made": "make",
    "won": "win",
    "gave": "give",
    "given": "give",
    "went": "go",
    "gone": "go",
    "saw": "see",
    "seen": "see",
    "spoke": "speak",
    "spoken": "speak",
    "wrote": "write",
    "written": "write",
    "chose": "choose",
    "chosen": "choose",
    "built": "build",
    "brought": "bring",
    "bought": "buy",
    "sold": "sell",
    "paid": "pay",
    "grew": "grow",
    "grown": "grow",
    "rose": "rise",
    "risen": "rise",
    "fell": "fall",
    "fallen": "fall",
    "became": "become",
    "came": "come",
    "sent": "send",
    "spent": "spend",
    "struck": "strike",
    "drew": "draw",
    "drawn": "draw",
}


def content_terms(text: str) -> list[str]:
    """Stemmed content words of a text, in order, stop words removed."""
    return [
        stem(_IRREGULAR.get(w, w))
        for w in normalize(text).split()
        if (w not in STOP_WORDS and len(w) > 1) or w.isdigit()
    ]


@dataclass(frozen=True, slots=True)
class Doc:
    kind: str  # "fact" or "quote"
    id: str


class TermIndex:
    def __init__(self, docs: Iterable[tuple[Doc, str, str]]) -> None:
        """``docs`` yields (doc, text, context): the context (e.g. the names of a fact's
        subjects) helps find the doc, but only the text counts as what the doc *says*."""
        self.docs: list[Doc] = []
        self._lengths: list[int] = []
        # Each doc's distinct terms as a tuple (a third of a small frozenset's memory,
        # across hundreds of thousands of docs); terms_of() hands out the frozenset.
        self._doc_terms: list[tuple[str, ...]] = []
        self._text_terms: list[tuple[str, ...]] = []
        # Postings as two parallel arrays per term (doc ids, term counts): a few bytes a
        # posting instead of a tuple object each, which matters at millions of postings.
        self._postings: dict[str, array[int]] = defaultdict(lambda: array("i"))
        self._counts: dict[str, array[int]] = defaultdict(lambda: array("i"))
        # BM25 term-frequency factors, computed the first time a term is scored.
        self._norms: dict[str, array[float]] = {}
        for doc, text, context in docs:
            own = content_terms(text)
            terms = own + content_terms(context) if context else own
            counts: dict[str, int] = {}
            for term in terms:
                counts[term] = counts.get(term, 0) + 1
            doc_id = len(self.docs)
            self.docs.append(doc)
            self._lengths.append(len(terms))
            self._doc_terms.append(tuple(counts))
            self._text_terms.append(tuple(dict.fromkeys(own)) if context else self._doc_terms[-1])
            for term, count in counts.items():
                self._postings[term].append(doc_id)
                self._counts[term].append(count)
        self.position = {doc: i for i, doc in enumerate(self.docs)}
        self._avg_length = sum(self._lengths) / max(1, len(self._lengths))
        n = len(self.docs)
        self._idf = {
            term: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5))
            for term, p in self._postings.items()
        }
        # A term nobody has ever written about weighs more than the rarest known one.
        self.unknown_idf = math.log(1 + (n + 0.5) / 0.5)
        self.mean_idf = sum(self._idf.values()) / len(self._idf) if self._idf else self.unknown_idf
        self._vocabulary_sorted = sorted(self._postings)

    def __len__(self) -> int:
        return len(self.docs)

    def idf(self, term: str) -> float:
        return self._idf.get(term, self.unknown_idf)

    def known(self, term: str) -> bool:
        return term in self._postings

    def resolve_term(self, term: str) -> tuple[str, float] | None:
        """The vocabulary term a (possibly misspelt) query term stands for, and a weight.

        Exact stems weigh 1. A shared stem prefix ("recognis"/"recognit") or a single
        typo in a long word weighs less, because it is a guess.
        """
        if term in self._postings:
            return term, 1.0
        if len(term) < 4:
            return None
        if len(term) == 4:
            return self._typo_of(term)
        prefix = term[:5]
        start = bisect.bisect_left(self._vocabulary_sorted, prefix)
        best: tuple[str, float] | None = None
        for candidate in self._vocabulary_sorted[start : start + 200]:
            if not candidate.startswith(prefix):
                break
            common = len(_common_prefix(term, candidate))
            shorter = min(len(term), len(candidate))
            if shorter >= 6 and common >= max(6, int(0.75 * max(len(term), len(candidate)))):
                weight = 0.8
            elif OSA.distance(term, candidate, score_cutoff=1) <= 1:
                weight = 0.7
            else:
                continue
            if (
                best is None
                or weight > best[1]
                or (weight == best[1] and len(candidate) < len(best[0]))
            ):
                best = (candidate, weight)
        return best or self._typo_of(term)

    def _typo_of(self, term: str) -> tuple[str, float] | None:
        """A vocabulary term one edit away (two for long words) with the same first letter."""
        allowed = 2 if len(term) >= 9 else 1
        bucket = self._by_initial.get(term[0])
        if not bucket:
            return None
        found = process.extractOne(term, bucket, scorer=OSA.distance, score_cutoff=allowed)
        return (found[0], TYPO_WEIGHT) if found else None

    @cached_property
    def _by_initial(self) -> dict[str, list[str]]:
        # Built on first use: most questions never need a typo looked up.
        buckets: dict[str, list[str]] = defaultdict(list)
        for term in self._vocabulary_sorted:
            if len(term) >= 4:
                buckets[term[0]].append(term)
        return buckets

    def score(self, terms: Sequence[tuple[str, float]]) -> dict[int, float]:
        """BM25 scores of the docs that contain any of the weighted terms."""
        scores: dict[int, float] = defaultdict(float)
        for term, weight in terms:
            idf = self._idf.get(term)
            if idf is None:
                continue
            # Same arithmetic, in the same order, as weight * idf * norm per posting, so
            # the scores are bit-for-bit what the straightforward loop gives.
            factor = weight * idf
            for doc_id, norm in zip(self._postings[term], self._norms_of(term), strict=True):
                scores[doc_id] += factor * norm
        return scores

    def docs_with_all(self, terms: Iterable[str]) -> set[int]:
        """Ids of the docs (text or context) that contain every one of ``terms``."""
        postings = sorted((self._postings.get(t, array("i")) for t in set(terms)), key=len)
        if not postings:
            return set()
        found = set(postings[0])
        for posting in postings[1:]:
            if not found:
                break
            found.intersection_update(posting)
        return found

    def _norms_of(self, term: str) -> array[float]:
        norms = self._norms.get(term)
        if norms is None:
            lengths, avg = self._lengths, self._avg_length
            norms = array(
                "d",
                [
                    tf * (BM25_K1 + 1) / (tf + BM25_K1 * (1 - BM25_B + BM25_B * lengths[d] / avg))
                    for d, tf in zip(self._postings[term], self._counts[term], strict=True)
                ],
            )
            # Idempotent, so two threads racing here store equal lists.
            self._norms[term] = norms
        return norms

    def terms_of(self, doc_id: int) -> frozenset[str]:
        """Terms of the doc's text and context."""
        return frozenset(self._doc_terms[doc_id])

    def text_terms_of(self, doc_id: int) -> frozenset[str]:
        """Terms of the doc's own text only."""
        return frozenset(self._text_terms[doc_id])


def _common_prefix(a: str, b: str) -> str:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return a[:n]
