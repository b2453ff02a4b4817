"""A term index over facts and quotes, scored with BM25.

Questions are matched on stemmed content words. Stop words and the generic verbs of
questions ("happen", "tell") carry no information about *which* fact is meant, so they
are dropped before matching.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import math
import threading
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, NamedTuple, TypeAlias

import snowballstemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.textnorm import normalize
from bot.vocab import engine_stop_words
from bot.workers import INHERITS_ARGUMENTS, ProcessCall

if TYPE_CHECKING:
    import numpy as np

# numpy is imported by the functions that build and read the arrays, not here: a
# terminal answer that never touches the term index (``Index(deferred=True)``) does
# not pay for importing it.

log = logging.getLogger(__name__)


# Words never indexed nor read as what a question is about: the shared stop words of
# bot/vocab/stop_words.txt and the engine's own question_stop_words.txt (README there).
STOP_WORDS = engine_stop_words()
# Words that say what *kind* of answer is wanted; they steer ranking, not matching.
QUESTION_WORDS = frozenset({"what", "who", "whom", "whose", "when", "where", "which", "why", "how"})

# A misspelt word matched to the vocabulary counts for less than the word itself.
TYPO_WEIGHT = 0.7

# From this many docs on, TermIndex.start builds in a worker process: below it the
# process start-up costs more than it saves.
BACKGROUND_BUILD_DOCS = 50_000

# BM25 parameters (the usual defaults; facts are short and similar in length).
BM25_K1 = 1.2
BM25_B = 0.5


# A snowball stemmer keeps the word being stemmed in its own fields, so two threads
# sharing one corrupt each other's words (IndexError, or a wrong stem): answers run in
# worker threads and a reload builds in another, so each thread has its own.
_stemmers = threading.local()


@lru_cache(maxsize=131_072)
def stem(word: str) -> str:
    stemmer = getattr(_stemmers, "english", None)
    if stemmer is None:
        stemmer = _stemmers.english = snowballstemmer.stemmer("english")
    return stemmer.stemWord(word)


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
    "taught": "teach",
    "told": "tell",
    "kept": "keep",
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


# Words the stemmer folds into another word's stem: "initiator" and "initiative" both
# become "initi", so a question about the eWTP's initiators matched every "Initiative"
# in a name. These keep a term of their own.
_OWN_TERM: dict[str, str] = dict.fromkeys(
    ("initiator", "initiators", "initiate", "initiates", "initiated", "initiating"), "initiator"
)


def _term_of(word: str) -> str | None:
    """The index term of one normalised word, or None for a stop word."""
    if (word in STOP_WORDS or len(word) <= 1) and not word.isdigit():
        return None
    own = _OWN_TERM.get(word)
    if own is not None:
        return own
    return stem(_IRREGULAR.get(word, word)) or None


def index_term(word: str) -> str:
    """The term the index holds for a normalised word, stop word or not: its stem, after
    irregular forms are mapped ("came" -> "come"). For vocabularies that must agree with
    the index, such as the thesaurus."""
    own = _OWN_TERM.get(word)
    if own is not None:
        return own
    return stem(_IRREGULAR.get(word, word))


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


class Doc(NamedTuple):
    # A named tuple: made and hashed in C, for the hundreds of thousands of docs of a
    # large knowledge base (a frozen dataclass hashes in Python).
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
        import numpy as np

        # Every contribution is positive (idf, tf factor and weights all are).
        return np.flatnonzero(self.values > 0.0)

    def in_order_met(self) -> list[int]:
        """Ids of the docs holding any query term, in the order the postings list them."""
        return list(dict.fromkeys(self._hits.tolist()))


@dataclass(frozen=True, slots=True)
class TermArrays:
    """Everything a TermIndex knows, as a vocabulary and flat arrays.

    Plain data, so that on a large knowledge base it can be worked out in another
    process (see ``TermIndex.start``) and handed back cheaply.
    """

    vocabulary: list[str]  # term id -> term, in order of first use
    idf: list[float]  # per term id
    # Postings grouped by term (CSR): the docs of term t are
    # post_docs[post_start[t]:post_start[t + 1]], ascending, with BM25's
    # term-frequency factor of each in post_norms.
    post_start: np.ndarray
    post_docs: np.ndarray
    post_norms: np.ndarray
    # Each doc's distinct term ids (CSR, in order of first use): the first text_len[d]
    # come from its own text, the others only from its context.
    doc_start: np.ndarray
    doc_terms: np.ndarray
    text_len: np.ndarray


def term_arrays(texts: Sequence[tuple[str, Sequence[str]]]) -> TermArrays:
    """Index (text, context names) pairs: the costly part of building a TermIndex."""
    term_id: dict[str, int] = defaultdict(itertools.count().__next__)
    get_id = term_id.__getitem__
    term_ids = array("i")  # every term of every doc, in order
    lengths = array("i")
    distinct_ids = array("i")  # each doc's distinct term ids, in order of first use
    distinct = array("i")
    text_len = array("i")
    # The same names are the context of many docs; their terms are worked out once.
    name_terms: dict[str, list[str]] = {}
    for text, context in texts:
        own = content_terms(text)
        terms = own
        for name in context:
            extra = name_terms.get(name)
            if extra is None:
                extra = name_terms[name] = content_terms(name)
            terms = terms + extra
        ids = list(map(get_id, terms))
        term_ids.extend(ids)
        lengths.append(len(ids))
        unique = dict.fromkeys(ids)
        distinct_ids.extend(unique)
        distinct.append(len(unique))
        # The distinct terms of the text come first, so they are a prefix.
        text_len.append(len(dict.fromkeys(ids[: len(own)])) if context else len(unique))
    n = len(lengths)
    vocabulary = len(term_id)
    import numpy as np

    # One sort of (term, doc) pairs gives the postings and each term's count per doc,
    # where counting per doc in Python cost seconds at millions of words.
    doc_of = np.repeat(np.arange(n, dtype=np.int64), np.asarray(lengths, dtype=np.intc))
    pairs, tf_counts = np.unique(
        np.asarray(term_ids, dtype=np.int64) * max(1, n) + doc_of, return_counts=True
    )
    post_docs = (pairs % max(1, n)).astype(np.int32)
    post_start = np.zeros(vocabulary + 1, dtype=np.int64)
    np.cumsum(np.bincount(pairs // max(1, n), minlength=vocabulary), out=post_start[1:])
    tf = tf_counts.astype(np.float64)
    doc_lengths = np.asarray(lengths, dtype=np.float64)
    avg_length = float(doc_lengths.sum()) / max(1, n)
    # The operations of the scalar BM25 formula, in the same order, so every factor is
    # the number the formula gives.
    length_of = doc_lengths[post_docs]
    post_norms = (
        tf * (BM25_K1 + 1) / (tf + BM25_K1 * (1 - BM25_B + BM25_B * length_of / avg_length))
    )
    # math.log, not numpy's, so idf is the same number whatever numpy's build.
    idf = [math.log(1 + (n - df + 0.5) / (df + 0.5)) for df in np.diff(post_start).tolist()]
    doc_start = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.asarray(distinct, dtype=np.int64), out=doc_start[1:])
    return TermArrays(
        vocabulary=list(term_id),
        idf=idf,
        post_start=post_start,
        post_docs=post_docs,
        post_norms=post_norms,
        doc_start=doc_start,
        doc_terms=np.asarray(distinct_ids, dtype=np.int32),
        text_len=np.asarray(text_len, dtype=np.int32),
    )


# What a TermIndex is built from: each doc's (text, context names), in doc order.
Texts: TypeAlias = Callable[[], Iterable[tuple[str, Sequence[str]]]]


def _term_arrays_of(texts: Texts) -> TermArrays:
    return term_arrays(list(texts()))


class PendingTermIndex:
    """A TermIndex being built in another process; ``result()`` waits for it."""

    def __init__(self, docs: list[Doc], call: ProcessCall[TermArrays] | None, texts: Texts) -> None:
        self._docs = docs
        self._call = call
        self._texts = texts

    def result(self) -> TermIndex:
        arrays: TermArrays | None = None
        if self._call is not None:
            try:
                arrays = self._call.result()
            except RuntimeError:  # a failed worker is no reason not to answer questions
                log.warning(
                    "building the term index in a worker process failed; building it here",
                    exc_info=True,
                )
        if arrays is None:
            arrays = _term_arrays_of(self._texts)
        return TermIndex.from_arrays(self._docs, arrays)

    def close(self) -> None:
        """Give up on the index: stop the worker building it, if there is one."""
        if self._call is not None:
            self._call.cancel()


class TermIndex:
    def __init__(self, docs: Iterable[tuple[Doc, str, Sequence[str]]]) -> None:
        """``docs`` yields (doc, text, context): the context (e.g. the names of a fact's
        subjects) helps find the doc, but only the text counts as what the doc *says*."""
        items = list(docs)
        self._adopt([doc for doc, _, _ in items], term_arrays([(t, c) for _, t, c in items]))

    @classmethod
    def from_arrays(cls, docs: list[Doc], arrays: TermArrays) -> TermIndex:
        index = cls.__new__(cls)
        index._adopt(docs, arrays)
        return index

    @classmethod
    def start(cls, docs: list[Doc], texts: Texts) -> PendingTermIndex:
        """Build in a worker process when there are many docs (the caller meanwhile builds
        something else on the other core), else when ``result()`` is asked for.

        ``texts()`` gives each doc's (text, context); a forked worker calls it itself,
        so the texts are neither gathered here nor copied to it.
        """
        call: ProcessCall[TermArrays] | None = None
        if len(docs) >= BACKGROUND_BUILD_DOCS:
            try:
                if INHERITS_ARGUMENTS:
                    call = ProcessCall(_term_arrays_of, texts)
                else:
                    call = ProcessCall(term_arrays, list(texts()))
            except (OSError, RuntimeError):
                log.warning("no worker process for the term index; building it here", exc_info=True)
        return PendingTermIndex(docs, call, texts)

    def _adopt(self, docs: list[Doc], arrays: TermArrays) -> None:
        if len(docs) != len(arrays.text_len):
            raise ValueError(f"{len(docs)} docs but {len(arrays.text_len)} indexed texts")
        self.docs = docs
        self.position = {doc: i for i, doc in enumerate(docs)}
        self._vocabulary = arrays.vocabulary
        self._term_id = {term: i for i, term in enumerate(arrays.vocabulary)}
        self._idf = dict(zip(arrays.vocabulary, arrays.idf, strict=True))
        self._start = arrays.post_start
        self._post_docs = arrays.post_docs
        self._post_norms = arrays.post_norms
        # Python lists: a doc's terms are read one doc at a time, and slicing a list is
        # cheaper than slicing an array and converting the slice.
        self._doc_start = arrays.doc_start.tolist()
        self._doc_terms = arrays.doc_terms
        self._text_len = arrays.text_len.tolist()
        n = len(docs)
        # A term nobody has ever written about weighs more than the rarest known one.
        self.unknown_idf = math.log(1 + (n + 0.5) / 0.5)
        self.mean_idf = sum(arrays.idf) / len(arrays.idf) if arrays.idf else self.unknown_idf
        self._vocabulary_sorted = sorted(arrays.vocabulary)

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
        import numpy as np

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
        import numpy as np

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
        import numpy as np

        mask = np.zeros(len(self.docs), dtype=bool)
        for term in terms:
            term_id = self._term_id.get(term)
            if term_id is not None:
                mask[self._post_docs[self._posting(term_id)]] = True
        return mask

    def mask_of_all(self, terms: Iterable[str]) -> np.ndarray:
        """One flag per doc: whether it (text or context) holds every one of ``terms``."""
        import numpy as np

        mask = np.ones(len(self.docs), dtype=bool)
        for term in set(terms):
            mask &= self.mask_of_any((term,))
        return mask

    def terms_of(self, doc_id: int) -> frozenset[str]:
        """Terms of the doc's text and context."""
        start, end = self._doc_start[doc_id], self._doc_start[doc_id + 1]
        return frozenset(map(self._vocabulary.__getitem__, self._doc_terms[start:end].tolist()))

    def text_terms_of(self, doc_id: int) -> frozenset[str]:
        """Terms of the doc's own text only."""
        start = self._doc_start[doc_id]
        end = start + self._text_len[doc_id]
        return frozenset(map(self._vocabulary.__getitem__, self._doc_terms[start:end].tolist()))


def _common_prefix(a: str, b: str) -> str:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return a[:n]
