"""A term index over facts and quotes, scored with BM25.

Questions are matched on stemmed content words. Stop words and the generic verbs of
questions ("happen", "tell") carry no information about *which* fact is meant, so they
are dropped before matching.
"""

from __future__ import annotations

import bisect
import itertools
import math
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy as np
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


def _term_of(word: str) -> str | None:
    """The index term of one normalised word, or None for a stop word."""
    if (word in STOP_WORDS or len(word) <= 1) and not word.isdigit():
        return None
    return stem(_IRREGULAR.get(word, word)) or None


class _TermTable(dict[str, str | None]):
    """word -> its term, filled on first sight; looking up a known word is one dict probe.

    A plain dict lookup is the cheapest per-word step there is (an index build maps
    millions of words), and forgetting everything when full bounds what years of user
    questions can make it hold.
    """

    LIMIT = 262_144

    def __missing__(self, word: str) -> str | None:
        if len(self) >= self.LIMIT:
            self.clear()
        term = self[word] = _term_of(word)
        return term


_TERMS = _TermTable()


def content_terms(text: str) -> list[str]:
    """Stemmed content words of a text, in order, stop words removed."""
    return list(filter(None, map(_TERMS.__getitem__, normalize(text).split())))


@dataclass(frozen=True, slots=True)
class Doc:
    kind: str  # "fact", "quote" or "entity"
    id: str


class Scores:
    """BM25 scores of every doc for one query: 0.0 for a doc holding none of its terms."""

    __slots__ = ("_hits", "values")

    def __init__(self, values: np.ndarray, hits: np.ndarray) -> None:
        self.values = values  # float64, one per doc
        self._hits = hits  # the postings read, term by term (doc ids, with repeats)

    def get(self, doc_id: int) -> float:
        return float(self.values[doc_id])

    def touched(self) -> np.ndarray:
        """Ids of the docs holding any query term, ascending."""
        # Every contribution is positive (idf, tf factor and weights all are).
        return np.flatnonzero(self.values > 0.0)

    def in_order_met(self) -> list[int]:
        """Ids of the docs holding any query term, in the order the postings list them."""
        return list(dict.fromkeys(self._hits.tolist()))


class TermIndex:
    def __init__(self, docs: Iterable[tuple[Doc, str, Sequence[str]]]) -> None:
        """``docs`` yields (doc, text, context): the context (e.g. the names of a fact's
        subjects) helps find the doc, but only the text counts as what the doc *says*."""
        self.docs: list[Doc] = []
        # Each doc's distinct terms as a tuple (a third of a small frozenset's memory,
        # across hundreds of thousands of docs); terms_of() hands out the frozenset.
        self._doc_terms: list[tuple[str, ...]] = []
        self._text_terms: list[tuple[str, ...]] = []
        # Term ids are handed out in order of first use. Postings are gathered flat
        # (term id, count per doc) with C-level extends, then grouped by term in numpy:
        # a Python append per posting was most of the index build at millions of them.
        self._term_id: dict[str, int] = defaultdict(itertools.count().__next__)
        term_ids = array("i")
        lengths = array("i")
        get_id = self._term_id.__getitem__
        # The same names are the context of many docs; their terms are worked out once.
        name_terms: dict[str, list[str]] = {}
        for doc, text, context in docs:
            own = content_terms(text)
            terms = own
            for name in context:
                extra = name_terms.get(name)
                if extra is None:
                    extra = name_terms[name] = content_terms(name)
                terms = terms + extra
            self.docs.append(doc)
            lengths.append(len(terms))
            doc_terms = tuple(dict.fromkeys(terms))
            self._doc_terms.append(doc_terms)
            self._text_terms.append(tuple(dict.fromkeys(own)) if context else doc_terms)
            term_ids.extend(map(get_id, terms))
        self._term_id = dict(self._term_id)  # a lookup must not add terms
        self.position = {doc: i for i, doc in enumerate(self.docs)}
        n = len(self.docs)
        vocabulary = len(self._term_id)

        # Postings grouped by term (CSR): docs of term t are _post_docs[start[t]:start[t+1]],
        # ascending, with the term's count in each. One sort of (term, doc) pairs gives
        # both, where counting per doc in Python cost seconds at millions of words.
        doc_of = np.repeat(np.arange(n, dtype=np.int64), np.asarray(lengths, dtype=np.intc))
        pairs, tf_counts = np.unique(
            np.asarray(term_ids, dtype=np.int64) * max(1, n) + doc_of, return_counts=True
        )
        self._post_docs: np.ndarray = (pairs % max(1, n)).astype(np.int32)
        tf = tf_counts.astype(np.float64)
        self._start = np.zeros(vocabulary + 1, dtype=np.int64)
        np.cumsum(np.bincount(pairs // max(1, n), minlength=vocabulary), out=self._start[1:])

        doc_lengths = np.asarray(lengths, dtype=np.float64)
        self._avg_length = float(doc_lengths.sum()) / max(1, n)
        # BM25's term-frequency factor of every posting, computed once. The operations
        # are those of the scalar formula in the same order, so the figures are equal.
        length_of = doc_lengths[self._post_docs]
        self._post_norms: np.ndarray = (
            tf
            * (BM25_K1 + 1)
            / (tf + BM25_K1 * (1 - BM25_B + BM25_B * length_of / self._avg_length))
        )
        frequency = np.diff(self._start).tolist()
        # math.log, not numpy's, so idf is the same number whatever numpy's build.
        self._idf = {
            term: math.log(1 + (n - df + 0.5) / (df + 0.5))
            for term, df in zip(self._term_id, frequency, strict=True)
        }
        # A term nobody has ever written about weighs more than the rarest known one.
        self.unknown_idf = math.log(1 + (n + 0.5) / 0.5)
        self.mean_idf = sum(self._idf.values()) / len(self._idf) if self._idf else self.unknown_idf
        self._vocabulary_sorted = sorted(self._term_id)

    def __len__(self) -> int:
        return len(self.docs)

    def idf(self, term: str) -> float:
        return self._idf.get(term, self.unknown_idf)

    def known(self, term: str) -> bool:
        return term in self._term_id

    def _posting(self, term_id: int) -> slice:
        return slice(int(self._start[term_id]), int(self._start[term_id + 1]))

    def resolve_term(self, term: str) -> tuple[str, float] | None:
        """The vocabulary term a (possibly misspelt) query term stands for, and a weight.

        Exact stems weigh 1. A shared stem prefix ("recognis"/"recognit") or a single
        typo in a long word weighs less, because it is a guess.
        """
        if term in self._term_id:
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

    def score(self, terms: Sequence[tuple[str, float]]) -> Scores:
        """BM25 scores of the docs for the weighted terms."""
        hits: list[np.ndarray] = []
        parts: list[np.ndarray] = []
        for term, weight in terms:
            term_id = self._term_id.get(term)
            if term_id is None:
                continue
            where = self._posting(term_id)
            hits.append(self._post_docs[where])
            # weight * idf * norm per posting, multiplied in that order.
            parts.append((weight * self._idf[term]) * self._post_norms[where])
        if not hits:
            return Scores(np.zeros(len(self.docs)), np.zeros(0, np.int32))
        docs = np.concatenate(hits)
        # bincount adds each doc's contributions in the order given (term by term),
        # as a running sum per doc would.
        values = np.bincount(docs, weights=np.concatenate(parts), minlength=len(self.docs))
        return Scores(values, docs)

    def docs_with_all(self, terms: Iterable[str]) -> set[int]:
        """Ids of the docs (text or context) that contain every one of ``terms``."""
        postings: list[np.ndarray] = []
        for term in set(terms):
            term_id = self._term_id.get(term)
            if term_id is None:
                return set()
            postings.append(self._post_docs[self._posting(term_id)])
        if not postings:
            return set()
        postings.sort(key=len)
        found = postings[0]
        for posting in postings[1:]:
            if not len(found):
                break
            found = np.intersect1d(found, posting, assume_unique=True)
        return set(found.tolist())

    def mask_of_any(self, terms: Iterable[str]) -> np.ndarray:
        """One flag per doc: whether it (text or context) holds any of ``terms``."""
        mask = np.zeros(len(self.docs), dtype=bool)
        for term in terms:
            term_id = self._term_id.get(term)
            if term_id is not None:
                mask[self._post_docs[self._posting(term_id)]] = True
        return mask

    def mask_of_all(self, terms: Iterable[str]) -> np.ndarray:
        """One flag per doc: whether it (text or context) holds every one of ``terms``."""
        mask = np.ones(len(self.docs), dtype=bool)
        for term in set(terms):
            mask &= self.mask_of_any((term,))
        return mask

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
