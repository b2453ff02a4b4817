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
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import repeat
from typing import TYPE_CHECKING, NamedTuple, TypeAlias

import snowballstemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot import slices
from bot.textnorm import normalized_words, normalized_words_each
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

# Vocabularies whose longest term is at most this long are sorted in numpy (see
# TermIndex._adopt): 4 bytes a character for every term.
SORT_IN_NUMPY_MAX_LENGTH = 64

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


# Irregular past forms and plurals the stemmer cannot fold: a release says "met" and "led"
# where a question asks "when did they meet?" and "who leads it?". ("found" is left alone:
# it is also the verb of "founded".)
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
    "flew": "fly",
    "flown": "fly",
    "ran": "run",
    # Irregular plurals: "did she say anything about schoolchildren?" where the quote
    # speaks of "a schoolchild".
    "children": "child",
    "schoolchildren": "schoolchild",
    "grandchildren": "grandchild",
    # Plurals in -ses of short nouns in -s, and Greek plurals in -es of nouns in -is,
    # whose stem keeps an "e" the singular's lacks ("buses" -> "buse", "bus" -> "bus"):
    # "did X say anything about buses?" where the quote speaks of "a hydrogen bus".
    # Words that are also verbs ("analyses", "diagnoses", "bases") are left alone.
    "buses": "bus",
    "busses": "bus",
    "minibusses": "minibus",
    "gases": "gas",
    "gasses": "gas",
    "lenses": "lens",
    "aliases": "alias",
    "canvases": "canvas",
    "atlases": "atlas",
    "pluses": "plus",
    "crises": "crisis",
    "theses": "thesis",
    "hypotheses": "hypothesis",
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
    return list(filter(None, map(_TERMS.__getitem__, normalized_words(text))))


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
    """What one segment of the term index knows, as a vocabulary and flat arrays.

    Plain data, so that on a large knowledge base it can be worked out in another
    process (see ``TermIndex.start``) and handed back cheaply. It holds no figure that
    depends on the other segments: BM25's term-frequency factors need the average doc
    length and idf needs each term's doc count over every segment, so ``TermIndex``
    works those out when it combines segments.
    """

    vocabulary: list[str]  # local term id -> term, in order of first use
    # Postings grouped by term (CSR): the docs of term t are
    # post_docs[post_start[t]:post_start[t + 1]], ascending (local doc ids), with the
    # term's count in each in post_tf (the smallest unsigned type that holds them).
    post_start: np.ndarray
    post_docs: np.ndarray
    post_tf: np.ndarray
    # Each doc's distinct term ids (CSR): the first text_len[d] come from its own text,
    # the others only from its context (each part ascending).
    doc_start: np.ndarray
    doc_terms: np.ndarray
    text_len: np.ndarray
    doc_length: np.ndarray  # terms in each doc, repeats and context included (int64)


# Distinct texts whose words are looked up per pass of term_arrays: bounds the word
# lists held at once (a few MB) while keeping every step a C-level pass.
_CHUNK_TEXTS = 16_384


def term_arrays(texts: Sequence[tuple[str, Sequence[str]]]) -> TermArrays:
    """Index (text, context names) pairs: the costly part of building a segment.

    Each doc's words are its text's, then each context name's (``content_terms`` of
    each), and term ids are given in order of first use. Each distinct text and name
    is split and looked up once, in C-level passes over a chunk of them at a time, and
    everything per doc (its words, lengths and distinct terms, the postings) is worked
    out in numpy: a Python loop per doc was about 5 s of a worker's CPU at 100,000
    entities.
    """
    import numpy as np

    # Each doc's pieces: its text, then its context names; the same names are the
    # context of many docs, and many texts repeat ("A meeting of partners.").
    pieces: list[str] = []
    sizes: list[int] = []
    for text, context in texts:
        pieces.append(text)
        pieces += context
        sizes.append(1 + len(context))
    distinct = list(dict.fromkeys(pieces))
    slot = dict(zip(distinct, range(len(distinct)), strict=True))
    piece_slot = np.fromiter(map(slot.__getitem__, pieces), np.int64, len(pieces))
    del slot
    # The term ids of each distinct piece's content words, in order: taking the pieces
    # in order of first use gives every term its id in order of first use.
    term_id: dict[str | None, int] = defaultdict(itertools.count().__next__)
    term_id[None] = -1  # a stop word (``_TERMS`` gives None): no term
    get_id = term_id.__getitem__
    get_term = _TERMS.__getitem__
    id_parts: list[np.ndarray] = []
    count_parts: list[np.ndarray] = []
    for start in range(0, len(distinct), _CHUNK_TEXTS):
        words = normalized_words_each(distinct[start : start + _CHUNK_TEXTS])
        counts = np.fromiter(map(len, words), np.int64, len(words))
        ids = np.fromiter(
            map(get_id, map(get_term, itertools.chain.from_iterable(words))),
            np.int64,
            int(counts.sum()),
        )
        # Stop words dropped, and each piece's count of terms with them.
        kept = ids >= 0
        word_piece = np.repeat(np.arange(len(words), dtype=np.int64), counts)
        id_parts.append(ids[kept])
        count_parts.append(np.bincount(word_piece[kept], minlength=len(words)))
    # Every term, by id (None came first, as -1, and is the only key that is not a str).
    vocabulary = [term for term in term_id if term is not None]
    piece_ids = np.concatenate(id_parts) if id_parts else np.zeros(0, dtype=np.int64)
    piece_counts = np.concatenate(count_parts) if count_parts else np.zeros(0, dtype=np.int64)
    piece_start = np.cumsum(piece_counts) - piece_counts
    # Every doc's term ids, in order: each of its pieces' ids in turn.
    counts = piece_counts[piece_slot]
    total = int(counts.sum())
    before = np.cumsum(counts) - counts  # where each piece's ids go
    term_ids = piece_ids[
        np.repeat(piece_start[piece_slot] - before, counts) + np.arange(total, dtype=np.int64)
    ]
    n = len(texts)
    size = np.asarray(sizes, dtype=np.int64)
    piece_doc = np.repeat(np.arange(n, dtype=np.int64), size)
    piece_own = np.zeros(len(pieces), dtype=bool)
    piece_own[np.cumsum(size) - size] = True  # the doc's own text, not a context name
    doc_of = np.repeat(piece_doc, counts)
    own = np.repeat(piece_own, counts)
    del piece_slot, piece_doc, piece_own, counts, before
    # Each doc's distinct terms: those of its own text first (ascending), then those
    # only its context has (ascending). A term of both sorts twice: its own text's
    # entry is kept.
    width = max(1, len(vocabulary))
    keys = np.sort((doc_of * 2 + ~own) * width + term_ids)
    if len(keys):
        # Sorted and deduplicated by hand: np.unique of a plain array hashes, which
        # was several times slower than sorting at millions of keys (numpy 2.3).
        keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
    from_context = (keys // width) % 2 == 1
    own_key = keys[from_context] - width
    found = np.searchsorted(keys, own_key)
    in_own = keys[np.minimum(found, len(keys) - 1)] == own_key
    keep = np.ones(len(keys), dtype=bool)
    keep[np.flatnonzero(from_context)[in_own]] = False
    keys = keys[keep]
    key_doc = keys // (2 * width)
    doc_start = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(key_doc, minlength=n), out=doc_start[1:])
    text_len = np.bincount(key_doc[(keys // width) % 2 == 0], minlength=n)
    # One sort of (term, doc) pairs gives the postings and each term's count per doc,
    # where counting per doc in Python cost seconds at millions of words.
    pairs, tf_counts = np.unique(term_ids * max(1, n) + doc_of, return_counts=True)
    post_start = np.zeros(len(vocabulary) + 1, dtype=np.int64)
    np.cumsum(np.bincount(pairs // max(1, n), minlength=len(vocabulary)), out=post_start[1:])
    return TermArrays(
        vocabulary=vocabulary,
        post_start=post_start,
        post_docs=(pairs % max(1, n)).astype(np.int32),
        post_tf=tf_counts.astype(np.min_scalar_type(int(tf_counts.max(initial=0)))),
        doc_start=doc_start,
        doc_terms=(keys % width).astype(np.int32),
        text_len=text_len.astype(np.int32),
        doc_length=np.bincount(doc_of, minlength=n).astype(np.int64),
    )


# What a TermIndex is built from: each doc's (text, context names), in doc order.
Texts: TypeAlias = Callable[[], Iterable[tuple[str, Sequence[str]]]]


def _term_arrays_of(texts: Texts) -> TermArrays:
    return term_arrays(list(texts()))


class TermSegment:
    """An immutable part of the term index: the docs it was built from and their arrays.

    Shared by every snapshot whose index uses it (Lucene's segments): a reload indexes
    only the docs that are new or changed into a new segment, and masks, in the older
    segments, the docs whose item is gone or changed (a tombstone). ``items[d]`` is the
    model object (fact, quote, entity) local doc ``d`` was made from; a doc is live in a
    later snapshot only while that very object is still served (unchanged files keep
    their objects: ``bot.kb.cache``), so a changed item is never scored from stale text.
    """

    __slots__ = (
        "doc_length",
        "doc_start",
        "doc_terms",
        "docs",
        "items",
        "post_docs",
        "post_start",
        "post_tf",
        "term_id",
        "text_len",
        "vocabulary",
    )

    def __init__(self, docs: list[Doc], items: list[object], arrays: TermArrays) -> None:
        if not len(docs) == len(items) == len(arrays.text_len):
            raise ValueError(
                f"{len(docs)} docs, {len(items)} items but {len(arrays.text_len)} indexed texts"
            )
        self.docs = docs
        self.items = items
        self.vocabulary = arrays.vocabulary
        self.term_id = {term: i for i, term in enumerate(arrays.vocabulary)}
        self.post_start = arrays.post_start
        self.post_docs = arrays.post_docs
        self.post_tf = arrays.post_tf
        # Python lists: a doc's terms are read one doc at a time, and slicing a list is
        # cheaper than slicing an array and converting the slice.
        self.doc_start: list[int] = arrays.doc_start.tolist()
        self.doc_terms = arrays.doc_terms
        self.text_len: list[int] = arrays.text_len.tolist()
        self.doc_length = arrays.doc_length

    def __len__(self) -> int:
        return len(self.docs)


# A reload merges segments (indexes their live docs again, into the new segment) when
# there would be more than MAX_SEGMENTS, or when more than MAX_DEAD_SHARE of a
# segment's docs are masked: many segments cost every query a little, and masked docs
# cost memory and a little scoring. Lucene's tiered policy merges at about these points.
MAX_SEGMENTS = 8
MAX_DEAD_SHARE = 0.2


class SegmentPlan(NamedTuple):
    """What a build keeps and what it indexes anew (see ``TermIndex.start``)."""

    kept: list[tuple[TermSegment, np.ndarray]]  # segment, global id of each local doc (-1: masked)
    fresh: list[int]  # global doc ids to index into the new segment, ascending


def _plan(
    docs: list[Doc], items: list[object], previous: TermIndex | None, stale: Iterable[int]
) -> SegmentPlan:
    """Which segments of ``previous`` stay (with their docs' new global ids) and which
    docs need indexing: those no kept segment holds live (``stale`` ones among them),
    merged segments' included."""
    import numpy as np

    n = len(docs)
    if previous is None or not previous.segments:
        return SegmentPlan([], list(range(n)))
    # By id(): each kept segment holds its items, so no new object can reuse the id of
    # one of them while the segment lives.
    global_id = slices.positions_by_id(items)
    for i in stale:
        global_id.pop(id(items[i]), None)
    lookup = global_id.get
    covered = np.zeros(n, dtype=bool)
    mapped: list[tuple[TermSegment, np.ndarray, int]] = []
    # Newest segment first: when two hold the same item live, the newer one indexed it
    # later (an item whose context changed is indexed again while its old copy stays).
    for segment in reversed(previous.segments):
        where = np.fromiter(  # in C, a slice at a time (bot.slices)
            itertools.chain.from_iterable(
                map(lookup, map(id, part), repeat(-1)) for _, part in slices.slices(segment.items)
            ),
            dtype=np.int32,
            count=len(segment),
        )
        live = where >= 0
        # An item held live by a newer segment is not counted twice.
        twice = live.copy()
        twice[live] = covered[where[live]]
        where[twice] = -1
        live &= ~twice
        covered[where[live]] = True
        mapped.append((segment, where, int(live.sum())))
    mapped.reverse()
    kept = [m for m in mapped if m[2] and len(m[0]) - m[2] <= MAX_DEAD_SHARE * len(m[0])]
    fresh_count = n - sum(alive for _, _, alive in kept)
    if len(kept) + (fresh_count > 0) > MAX_SEGMENTS:
        # Too many: fold every segment but the largest into the new one.
        kept = [max(kept, key=lambda m: m[2])]
    kept_ids = {id(segment) for segment, _, _ in kept}
    for segment, where, _ in mapped:
        if id(segment) not in kept_ids:
            covered[where[where >= 0]] = False
    return SegmentPlan(
        [(segment, where) for segment, where, _ in kept], np.flatnonzero(~covered).tolist()
    )


class PendingTermIndex:
    """A TermIndex whose new segment may be being built in another process;
    ``result()`` waits for it."""

    def __init__(
        self,
        docs: list[Doc],
        items: list[object],
        plan: SegmentPlan,
        call: ProcessCall[TermArrays] | None,
        texts: Texts,
    ) -> None:
        self._docs = docs
        self._items = items
        self._plan = plan
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
        fresh = self._plan.fresh
        segments = list(self._plan.kept)
        if fresh or not segments:
            if arrays is None:
                arrays = _term_arrays_of(self._texts)
            import numpy as np

            docs, items = self._docs, self._items
            segment = TermSegment([docs[i] for i in fresh], [items[i] for i in fresh], arrays)
            segments.append((segment, np.asarray(fresh, dtype=np.int32)))
        return TermIndex.combine(self._docs, segments)

    def close(self) -> None:
        """Give up on the index: stop the worker building it, if there is one."""
        if self._call is not None:
            self._call.cancel()


class _Part(NamedTuple):
    """One segment as one snapshot's index sees it."""

    segment: TermSegment
    where: np.ndarray  # global id of each local doc, -1 for a masked one (int32)
    # BM25's length part of each local doc for this snapshot's average doc length:
    # K1 * (1 - B + B * length / average), as the term-frequency factor reads it.
    length_part: np.ndarray
    # Whether its live postings, mapped to global ids, stay ascending (so that a term
    # found in this segment alone needs no sort).
    ordered: bool
    identity: bool  # every doc live and its global id its local id


class TermIndex:
    """BM25 over facts, quotes and summaries, as one or more immutable segments.

    Global doc ids are positions in ``docs`` (the order of ``Index._doc_keys``, whatever
    the segments), so every figure, order and tie is the one an index built from
    scratch on the same docs gives: N, each term's doc count and the average doc
    length are summed over the segments' live docs when a snapshot is made, and a
    term's postings from several segments are read in global order.
    """

    def __init__(self, docs: Iterable[tuple[Doc, str, Sequence[str]]]) -> None:
        """``docs`` yields (doc, text, context): the context (e.g. the names of a fact's
        subjects) helps find the doc, but only the text counts as what the doc *says*.
        One segment; each doc's item is the doc itself."""
        import numpy as np

        items = list(docs)
        keys = [doc for doc, _, _ in items]
        arrays = term_arrays([(t, c) for _, t, c in items])
        segment = TermSegment(keys, list(keys), arrays)
        self._adopt(keys, [(segment, np.arange(len(keys), dtype=np.int32))])

    @classmethod
    def combine(cls, docs: list[Doc], segments: list[tuple[TermSegment, np.ndarray]]) -> TermIndex:
        """The index over ``docs`` made of ``segments``, each with the global id of each
        of its local docs (-1: masked). Every doc of ``docs`` must be live in exactly
        one segment."""
        index = cls.__new__(cls)
        index._adopt(docs, segments)
        return index

    @classmethod
    def start(
        cls,
        docs: list[Doc],
        texts: Callable[[Sequence[int]], Iterable[tuple[str, Sequence[str]]]],
        items: list[object] | None = None,
        previous: TermIndex | None = None,
        stale: Iterable[int] = (),
    ) -> PendingTermIndex:
        """Begin building the index over ``docs``: keep ``previous``'s segments whose
        docs' items (``items[i]`` is the model object doc ``i`` is made from) are still
        served, and index the rest into one new segment, in a worker process when they
        are many (the caller meanwhile builds something else on the other core), else
        when ``result()`` is asked for.

        ``stale``: global ids of docs whose item is the same object but whose context
        changed (a fact about an entity that was renamed): indexed again.

        ``texts(ids)`` gives the (text, context) of the docs with those global ids; a
        forked worker calls it itself, so the texts are neither gathered here nor
        copied to it.
        """
        items = list(docs) if items is None else items
        plan = _plan(docs, items, previous, stale)
        fresh = plan.fresh

        def fresh_texts() -> Iterable[tuple[str, Sequence[str]]]:
            return texts(fresh)

        call: ProcessCall[TermArrays] | None = None
        if len(fresh) >= BACKGROUND_BUILD_DOCS:
            try:
                if INHERITS_ARGUMENTS:
                    call = ProcessCall(_term_arrays_of, fresh_texts)
                else:
                    call = ProcessCall(term_arrays, list(fresh_texts()))
            except (OSError, RuntimeError):
                log.warning("no worker process for the term index; building it here", exc_info=True)
        return PendingTermIndex(docs, items, plan, call, fresh_texts)

    def _adopt(self, docs: list[Doc], segments: list[tuple[TermSegment, np.ndarray]]) -> None:
        import numpy as np

        n = len(docs)
        self.docs = docs
        self.position = {doc: i for i, doc in enumerate(docs)}
        seg_of = np.full(n, -1, dtype=np.int32)
        local_of = np.zeros(n, dtype=np.int32)
        total_length = 0
        df: dict[str, int] = {}
        for s, (segment, where) in enumerate(segments):
            live = where >= 0
            if seg_of[where[live]].max(initial=-1) >= 0:
                raise ValueError("a doc is live in two segments")
            seg_of[where[live]] = s
            local_of[where[live]] = np.flatnonzero(live).astype(np.int32)
            total_length += int(segment.doc_length[live].sum())
            counts = np.diff(segment.post_start)
            if not live.all() and len(counts):
                # Live postings per term: every term of a segment has one posting at
                # least, so its postings start where reduceat's slices do.
                counts = np.add.reduceat(
                    live[segment.post_docs].astype(np.int64), segment.post_start[:-1]
                )
            if not df:
                df = dict(zip(segment.vocabulary, counts.tolist(), strict=True))
            else:
                get = df.get
                for term, count in zip(segment.vocabulary, counts.tolist(), strict=True):
                    df[term] = get(term, 0) + count
        if n and seg_of.min() < 0:
            raise ValueError(f"{int((seg_of < 0).sum())} of {n} docs are in no segment")
        self._seg_of = seg_of
        self._local_of = local_of
        # The operations of the scalar BM25 formula, in the same order, so every factor
        # is the number the formula gives (an integer total is exact, as numpy's sum of
        # the float lengths was).
        avg_length = float(total_length) / max(1, n)
        parts: list[_Part] = []
        for segment, where in segments:
            length_part = BM25_K1 * (
                1 - BM25_B + BM25_B * segment.doc_length.astype(np.float64) / avg_length
            )
            mapped = where[where >= 0]
            identity = len(mapped) == len(where) and bool(
                np.array_equal(where, np.arange(len(where), dtype=where.dtype))
            )
            ordered = identity or bool(np.all(mapped[1:] > mapped[:-1]))
            parts.append(_Part(segment, where, length_part, ordered, identity))
        self._parts = parts
        # math.log, not numpy's, so idf is the same number whatever numpy's build; a
        # term whose every doc is masked is no longer known.
        self._idf = {
            term: math.log(1 + (n - count + 0.5) / (count + 0.5))
            for term, count in df.items()
            if count
        }
        # A term nobody has ever written about weighs more than the rarest known one.
        self.unknown_idf = math.log(1 + (n + 0.5) / 0.5)
        # fsum: the same mean whatever order the segments list the terms in.
        self.mean_idf = (
            math.fsum(self._idf.values()) / len(self._idf) if self._idf else self.unknown_idf
        )
        # Sorted in numpy, whose sort of fixed-width strings releases the GIL (list.sort
        # would hold it for the whole sort, a stall for the event loop during a reload);
        # code point order, as sorted() gives. Fixed width is the longest term's, so a
        # vocabulary with a very long term (a URL) is sorted by sorted() instead.
        vocabulary = list(self._idf)
        if max(map(len, vocabulary), default=0) <= SORT_IN_NUMPY_MAX_LENGTH:
            self._vocabulary_sorted: list[str] = np.sort(np.array(vocabulary, dtype=str)).tolist()
        else:
            self._vocabulary_sorted = sorted(vocabulary)

    @property
    def segments(self) -> list[TermSegment]:
        return [part.segment for part in self._parts]

    def __len__(self) -> int:
        return len(self.docs)

    def idf(self, term: str) -> float:
        return self._idf.get(term, self.unknown_idf)

    def known(self, term: str) -> bool:
        return term in self._idf

    def _postings(self, term: str) -> tuple[np.ndarray, np.ndarray] | None:
        """The global ids of the docs holding ``term`` (ascending) and the BM25 factor
        of each; None for an unknown term."""
        import numpy as np

        if term not in self._idf:
            return None
        found: list[tuple[np.ndarray, np.ndarray]] = []
        ordered = True
        for part in self._parts:
            t = part.segment.term_id.get(term)
            if t is None:
                continue
            start = part.segment.post_start
            where = slice(int(start[t]), int(start[t + 1]))
            local = part.segment.post_docs[where]
            # The scalar formula's operations in its order: tf * (K1 + 1) / (tf + the
            # doc's length part), the numbers a from-scratch build gives.
            tf = part.segment.post_tf[where].astype(np.float64)
            norms = tf * (BM25_K1 + 1) / (tf + part.length_part[local])
            if part.identity:
                found.append((local, norms))
                continue
            docs = part.where[local]
            live = docs >= 0
            if not live.all():
                found.append((docs[live], norms[live]))
            else:
                found.append((docs, norms))
            ordered = ordered and part.ordered
        if len(found) == 1 and ordered:
            return found[0]
        docs = np.concatenate([d for d, _ in found])
        norms = np.concatenate([w for _, w in found])
        order = np.argsort(docs, kind="stable")
        return docs[order], norms[order]

    def resolve_term(self, term: str) -> tuple[str, float] | None:
        """The vocabulary term a (possibly misspelt) query term stands for, and a weight.

        Exact stems weigh 1. A shared stem prefix ("recognis"/"recognit") or a single
        typo in a long word weighs less, because it is a guess.
        """
        if term in self._idf:
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
            found = self._postings(term)
            if found is None:
                continue
            docs, norms = found
            hits.append(docs)
            # weight * idf * norm per posting, multiplied in that order.
            parts.append((weight * self._idf[term]) * norms)
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
            found = self._postings(term)
            if found is None:
                return set()
            postings.append(found[0])
        if not postings:
            return set()
        postings.sort(key=len)
        found_ids = postings[0]
        for posting in postings[1:]:
            if not len(found_ids):
                break
            found_ids = np.intersect1d(found_ids, posting, assume_unique=True)
        return set(found_ids.tolist())

    def mask_of_any(self, terms: Iterable[str]) -> np.ndarray:
        """One flag per doc: whether it (text or context) holds any of ``terms``."""
        import numpy as np

        mask = np.zeros(len(self.docs), dtype=bool)
        for term in terms:
            found = self._postings(term)
            if found is not None:
                mask[found[0]] = True
        return mask

    def mask_of_all(self, terms: Iterable[str]) -> np.ndarray:
        """One flag per doc: whether it (text or context) holds every one of ``terms``."""
        import numpy as np

        mask = np.ones(len(self.docs), dtype=bool)
        for term in set(terms):
            mask &= self.mask_of_any((term,))
        return mask

    def terms_starting(self, prefix: str) -> list[str]:
        """The vocabulary's terms that start with ``prefix``, in code point order (one
        slice of the sorted vocabulary, found by bisection)."""
        vocabulary = self._vocabulary_sorted
        first = bisect.bisect_left(vocabulary, prefix)
        end = bisect.bisect_left(vocabulary, prefix + "\U0010ffff", first)
        return vocabulary[first:end]

    def terms_of(self, doc_id: int) -> frozenset[str]:
        """Terms of the doc's text and context."""
        segment = self._parts[int(self._seg_of[doc_id])].segment
        local = int(self._local_of[doc_id])
        start, end = segment.doc_start[local], segment.doc_start[local + 1]
        return frozenset(map(segment.vocabulary.__getitem__, segment.doc_terms[start:end].tolist()))

    def text_terms_of(self, doc_id: int) -> frozenset[str]:
        """Terms of the doc's own text only."""
        segment = self._parts[int(self._seg_of[doc_id])].segment
        local = int(self._local_of[doc_id])
        start = segment.doc_start[local]
        end = start + segment.text_len[local]
        return frozenset(map(segment.vocabulary.__getitem__, segment.doc_terms[start:end].tolist()))


def _common_prefix(a: str, b: str) -> str:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return a[:n]
