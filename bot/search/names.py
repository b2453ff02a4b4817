"""Fuzzy name matching: candidate generation plus one scoring function.

Every name, alias and role title becomes a *label*. A lookup never scores every label:
word postings (exact words and word prefixes) and character-trigram postings propose
a short list of candidates, and only those are scored. The scores are on a 0-100
scale and the thresholds are named constants, measured on the answer-quality cases
(``tests/data/answers.json``) and the matching tests rather than set by feel.
"""

from __future__ import annotations

import bisect
import logging
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import accumulate, chain, compress, count, repeat
from operator import attrgetter
from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from bot import slices, stages
from bot.textnorm import compact, normalize
from bot.vocab import engine_stop_words

if TYPE_CHECKING:
    import numpy as np

    from bot.workers import ProcessCall

log = logging.getLogger(__name__)

# numpy is imported where the postings are built and read, not here: a one-shot
# `partnerbot ask "!quote Jack MA"` answers from exact labels and never needs it
# (about 0.17 s of its cold start).

# A label scoring at least this is a match; below it the bot says it does not know.
MATCH_THRESHOLD = 80.0
# Labels scoring at least this are offered as "did you mean" suggestions.
SUGGEST_THRESHOLD = 55.0
# When the runner-up entity scores within this of the best, the answer is ambiguous.
AMBIGUITY_MARGIN = 3.0

# Scores of the different kinds of agreement between a query and a label.
SCORE_EXACT = 100.0
SCORE_COMPACT = 99.0  # same letters, different spacing or punctuation ("ecommerce")
SCORE_PER_TYPO = 6.0  # subtracted per edit (insert, delete, substitute, transpose)
# Typos a several-word name may carry, one per word at most (the README promises two).
MAX_NAME_TYPOS = 2
SCORE_WORDS_BASE = 80.0  # every query word is a word (or word prefix) of the label...
# ...plus this much times the share of the label covered. It is small on purpose: "jack"
# is as good a match for "Jack MA" as for "Jack Smith", so they must come out ambiguous.
SCORE_WORDS_COVERAGE = 5.0
# Role titles ("Director General") find people, but an actual name always wins.
ROLE_LABEL_CAP = 95.0
# Fuzzy (ratio-based) agreement is discounted so it never beats a typo-level match.
FUZZY_WEIGHT = 0.92
# ...and when query and label have the same several words, each already judged by
# _word_typos, fuzzy agreement only ever suggests (just below MATCH_THRESHOLD).
FUZZY_SAME_WORDS_CAP = 79.0
# ...and a query word this long that the label lacks caps fuzzy agreement the same way.
FOREIGN_WORD_CHARS = 4
# Words that make a title a lower post than the title they dress ("Pro-Vice-Chancellor"
# is not the Vice-Chancellor, a Deputy Director General not the Director General): a
# role label with one of them that the query lacks only ever suggests (see
# ``_lower_post``). The list is the lower-post part of bot/vocab/title_modifiers.txt.
LOWER_POST_WORDS = frozenset(("pro", "deputy", "vice", "assistant", "associate", "sub"))
# The longest initials a role label's title is read as ("CEO of X", "DG of X", in
# capitals); see ``_other_initials``.
MAX_INITIALS_CHARS = 5

# The most a label can score when the query is not its key nor its letters: one typo,
# a typo per word, or a role's cap (word and fuzzy agreement stay below). It follows
# from similarity() and is checked by tests/test_names.py.
BEST_INEXACT_SCORE = max(SCORE_EXACT - SCORE_PER_TYPO, ROLE_LABEL_CAP)

# Trigram candidates: the best this many by shared-trigram count are scored.
MAX_GRAM_CANDIDATES = 64
# When the postings a query touches hold more than SMALL_POSTINGS label ids in all, only
# the MAX_SCORED labels sharing the most words and trigrams with it are scored, counted
# over the rarest postings up to these budgets. Small knowledge bases (like the bundled
# one) never get there, so their answers do not depend on these numbers.
SMALL_POSTINGS = 5_000
MAX_SCORED = 48
WORD_POSTINGS_BUDGET = 3_000
GRAM_POSTINGS_BUDGET = 6_000
# tied_exactly remembers this many keys' answers.
TIED_CACHE_SIZE = 4_096
# Autocomplete: when more labels than SMALL_COMPLETE have a word starting with what was
# typed (or MAX_PREFIXED_WORDS words start with it), only the best COMPLETE_LIMIT (a
# Discord screenful) are ranked. Small knowledge bases never get there, so their answers
# do not depend on the numbers below.
MAX_PREFIXED_WORDS = 400
COMPLETE_LIMIT = 25
# The large path reads candidates in a precomputed order, this many at a time, checks
# only those, and reads a batch COMPLETE_BATCH_GROWTH times larger when too few survive.
COMPLETE_BATCH = 8 * COMPLETE_LIMIT
COMPLETE_BATCH_GROWTH = 8
# Ranking every label costs about 4 µs each in Python: at 100,000 entities, 500 to
# 1,000 labels share a two- or three-letter word start ("Zh", "Ibr", "Hub"), 2-4 ms a
# keystroke, which made autocomplete's p99 (session 13: 1,000 here, p99 5.3 ms). Above
# one batch the large path reads no more than ranking them all would, and reads one
# batch when the first holds a screenful, so this is where it starts to pay.
SMALL_COMPLETE = COMPLETE_BATCH
# Autocomplete's fuzzy fallback (a typo, or a prefix that few names hold) scores at most
# MAX_SCORED labels once the postings it touches hold more than this many label ids:
# scoring is about 10-15 µs a label, and "Xin J" at 100,000 entities proposed 1,479
# labels (every "Xin"), about 10 ms a keystroke. Lookups keep SMALL_POSTINGS: they may
# take longer, a keystroke may not (design.md: "Autocomplete answers fast").
COMPLETE_FUZZY_POSTINGS = 4 * MAX_SCORED
# Fuzzy search: a typed word of three letters or more also proposes the labels of the
# first MAX_CANDIDATE_PREFIXED words that start with it.
MAX_CANDIDATE_PREFIXED = 200
# Word prefixes shorter than this are too unselective to use.
MIN_PREFIX = 2
# From this many labels on, a NameIndex built with ``background=True`` makes its postings
# in a worker process: below it, starting one costs more than it saves (the term index's
# bound, BACKGROUND_BUILD_DOCS, for the same reason; 100,000 entities make 400,000 labels,
# whose postings take about 3.5 s of CPU).
BACKGROUND_LABELS = 50_000
# A reload updates the last snapshot's postings (NameIndex.updated) unless more than
# this share of the labels changed; then building them again costs about as much.
MAX_UPDATED_SHARE = 0.2


def max_typos(length: int) -> int:
    """How many edits a query of this length may contain and still match."""
    if length < 4:
        return 0
    if length < 8:
        return 1
    return 2


def _grams(text: str) -> set[str]:
    padded = f" {text} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


class Label(NamedTuple):
    # A named tuple rather than a frozen dataclass: hundreds of thousands are made per
    # index build, and a tuple is made in C where a frozen dataclass sets each field
    # through object.__setattr__.
    key: str  # normalised
    compact: str
    text: str  # as written in the knowledge file
    entity_id: str
    via: str  # "name", "alias" or "role"
    # A person's own name or alias, whose single words (a surname) are ways to name them.
    person: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    entity_id: str
    label: str
    score: float
    via: str


def without_titles_of_named(matches: list[Match], query: str) -> list[Match]:
    """``matches`` less the title labels ("CEO of Corvana Logistics") that ``query``
    matched only through the organisation they name, when that organisation is among
    the matches too: "Corvana", a short form of "Corvana Logistics", names the company,
    not the people holding its titles. ``query`` need not be normalised."""
    words = set(normalize(query).split())
    keys = [normalize(m.label) for m in matches if m.via != "role"]
    names = [key for key in keys if words <= set(key.split())]
    if not names:
        return matches
    return [
        m
        for m in matches
        if m.via != "role" or not any(f" {key} " in f" {normalize(m.label)} " for key in names)
    ]


def similarity(
    query: str, query_compact: str, label: Label, named: AbstractSet[str] = frozenset()
) -> float:
    """How well a normalised query agrees with one label, 0-100. ``named``: the query's
    words that are words of some name as they stand, never a misspelt other word."""
    if query == label.key:
        score = SCORE_EXACT
    elif query_compact == label.compact:
        score = SCORE_COMPACT
    else:
        score = 0.0
        longest = max(len(query_compact), len(label.compact))
        allowed = max_typos(min(len(query_compact), len(label.compact)))
        if allowed and query in named:
            # One word that is a word of some name as typed ("mushi", the surname of two
            # people) is that word, not a misspelling of another name ("Moshi", a
            # town): the people it names must not lose to a typo (as in _word_score).
            allowed = 0
        if allowed:
            edits = OSA.distance(query_compact, label.compact, score_cutoff=allowed)
            if edits <= allowed:
                score = SCORE_EXACT - SCORE_PER_TYPO * edits
        if score < SCORE_WORDS_BASE + SCORE_WORDS_COVERAGE:
            score = max(score, _word_score(query, label, named))
        if score < MATCH_THRESHOLD:
            score = max(score, _word_typos(query, label))
        if score < MATCH_THRESHOLD and longest:
            fuzzy = max(fuzz.ratio(query, label.key), fuzz.token_sort_ratio(query, label.key))
            fuzzy *= FUZZY_WEIGHT
            if _same_word_count(query, label.key):
                # Word by word, _word_typos allows one edit per word and found more: a
                # ratio over the whole name must not let "line yong" pass for "Li Yong"
                # (two edits in a two-letter word). It may still be suggested.
                fuzzy = min(fuzzy, FUZZY_SAME_WORDS_CAP)
            elif fuzzy >= MATCH_THRESHOLD and _has_foreign_word(query, label.key):
                # "deputy director general of unido" is close to "director general of
                # unido" by ratio, but "deputy" names another post: a whole word of the
                # query that is nowhere in the label only ever suggests.
                fuzzy = FUZZY_SAME_WORDS_CAP
            score = max(score, fuzzy)
    if label.via == "role":
        score = min(score, ROLE_LABEL_CAP)
        if _lower_post(query, label.key) or _other_initials(query, label):
            # "Vice-Chancellor of X" is not X's Pro-Vice-Chancellor: a title word
            # dropped must leave "I don't know", not another post's holder.
            score = min(score, FUZZY_SAME_WORDS_CAP)
    return score


def _other_initials(query: str, label: Label) -> bool:
    """Whether the role label gives its title as initials ("FEC of Alibaba Group",
    written in capitals) that the normalised ``query`` spells otherwise ("ceo of
    alibaba group"): one letter of initials makes another post (CEO, CFO, COO), so
    initials admit no typo."""
    title, of, _ = label.text.partition(" of ")
    if not of or not (title.isalpha() and title.isupper()) or len(title) > MAX_INITIALS_CHARS:
        return False
    asked, asked_of, _ = query.partition(" of ")
    return bool(asked_of) and asked.split()[-1:] != [title.casefold()]


def _lower_post(query: str, key: str) -> bool:
    """Whether the role label ``key`` (normalised) has a LOWER_POST_WORDS word that the
    normalised ``query`` lacks, before its "of" (the title, not the organisation)."""
    title = key.partition(" of ")[0].split()
    return bool(LOWER_POST_WORDS.intersection(title) - set(query.split()))


def _has_foreign_word(query: str, key: str) -> bool:
    """Whether a query word of FOREIGN_WORD_CHARS letters or more is no label word, no
    prefix or extension of one, and more than two edits from each."""
    label_words = key.split()
    for word in query.split():
        if len(word) < FOREIGN_WORD_CHARS:
            continue
        if not any(
            w.startswith(word) or word.startswith(w) or OSA.distance(word, w, score_cutoff=2) <= 2
            for w in label_words
        ):
            return True
    return False


def _same_word_count(query: str, key: str) -> bool:
    spaces = query.count(" ")
    return spaces > 0 and key.count(" ") == spaces


def _word_score(query: str, label: Label, named: AbstractSet[str] = frozenset()) -> float:
    """Every query word matches a distinct label word, exactly, as a prefix or with a typo."""
    q_words = query.split()
    l_words = label.key.split()
    if not q_words or len(q_words) > len(l_words):
        return 0.0
    used: set[int] = set()
    covered = 0
    typos = 0
    for word in q_words:
        found = -1
        typo = False
        for i, candidate in enumerate(l_words):
            if i in used:
                continue
            if candidate == word or (len(word) >= 3 and candidate.startswith(word)):
                found, typo = i, False
                break
            if (
                found < 0
                and len(word) >= 5
                and word not in named  # "young" is a word of "ASEAN Young …", not "Yong"
                and OSA.distance(word, candidate, score_cutoff=1) <= 1
            ):
                # Kept unless a later word agrees exactly. One word of a person's name
                # is how people name them ("okafr" for "Amara Okafor"), so its typo
                # counts, unless at the first letter, which typos rarely hit (as in
                # _word_typos). One misspelt word of another name is another word:
                # "tmall" or "smalt" are not the "small" of "small business".
                found, typo = i, word[0] != candidate[0] or not label.person
        if found < 0:
            return 0.0
        used.add(found)
        typos += typo
        covered += min(len(word), len(l_words[found]))
    if typos and len(q_words) == typos:
        # Only misspelt words (see above), and only part of the name: two weak
        # agreements at once. "tmall" is one edit from "small"
        # and names nothing in "small business", so a name that the base does not
        # know is never taken for part of another one; it may still be suggested.
        return SCORE_WORDS_BASE - SCORE_PER_TYPO * typos
    share = covered / max(1, len(label.compact))
    return SCORE_WORDS_BASE + SCORE_WORDS_COVERAGE * min(1.0, share)


def _word_typos(query: str, label: Label) -> float:
    """A typo in each word of a several-word name ("jak mah" for "Jack Ma"), up to MAX_NAME_TYPOS.

    Short words make a whole-name edit budget too small, though the README promises two
    typos in a name: counted word by word, each word may carry one edit.
    """
    spaces = query.count(" ")
    if spaces == 0 or label.key.count(" ") != spaces:
        return 0.0
    q_words = query.split()
    l_words = label.key.split()
    if len(q_words) != len(l_words):
        return 0.0
    total = 0
    for word, target in zip(q_words, l_words, strict=True):
        if word == target:
            continue
        if min(len(word), len(target)) < 2 or word[0] != target[0]:
            return 0.0
        edits = OSA.distance(word, target, score_cutoff=1)
        if edits > 1:
            return 0.0
        total += edits
    if total > MAX_NAME_TYPOS:
        return 0.0
    return SCORE_EXACT - SCORE_PER_TYPO * total


# A posting: the ids of the labels holding a word or trigram (a slice of a flat array).
_Posting: TypeAlias = "np.ndarray"
# Where a word occurs in its label is packed below its label id while indexing.
_POSITION_BITS = 16
_POSITION_MASK = (1 << _POSITION_BITS) - 1
# Sorts after every character: ``prefix + _LAST_CHAR`` bounds the keys starting with prefix.
_LAST_CHAR = "\U0010ffff"


class _FlatPostings:
    """Posting lists of sorted keys, concatenated into one array.

    Key ``j``'s label ids are ``ids[starts[j]:starts[j + 1]]``, and the labels of all the
    keys starting with a prefix are one contiguous slice, found by bisection: no Python
    loop over the (possibly thousands of) keys sharing a short prefix.
    """

    __slots__ = ("ids", "keys", "position", "starts")

    def __init__(self, postings: dict[str, list[int]], dtype: type) -> None:
        import numpy as np

        self.keys: list[str] = sorted(postings)
        self.position: dict[str, int] = {key: j for j, key in enumerate(self.keys)}
        self.starts: list[int] = [0, *accumulate(len(postings[key]) for key in self.keys)]
        self.ids: np.ndarray = np.fromiter(
            chain.from_iterable(postings[key] for key in self.keys),
            dtype=dtype,
            count=self.starts[-1],
        )

    def __contains__(self, key: str) -> bool:
        return key in self.position

    def posting(self, j: int) -> np.ndarray:
        return self.ids[self.starts[j] : self.starts[j + 1]]

    def prefixed(self, prefix: str) -> tuple[int, int]:
        """The range of keys (``keys[first:end]``) that start with ``prefix``."""
        first = bisect.bisect_left(self.keys, prefix)
        return first, bisect.bisect_left(self.keys, prefix + _LAST_CHAR, first)


class _KeyTable:
    """Label ids by exact key (CSR): the ids of key ``k`` are
    ``ids[starts[slot[k]]:starts[slot[k] + 1]]``, ascending.

    Read as a dict of lists (``get``). Made of a key dict and two arrays rather than one
    list per key, so that a reload renumbers it in numpy (``updated``): at 100,000
    entities a dict of 400,000 lists took about a second to make again.
    """

    __slots__ = ("ids", "slot", "starts")

    def __init__(self, slot: dict[str, int], starts: list[int], ids: np.ndarray) -> None:
        self.slot = slot
        self.starts = starts
        self.ids = ids

    @classmethod
    def build(cls, keys: list[str]) -> _KeyTable:
        """The table of ``keys[i]`` -> i."""
        import numpy as np

        slot: dict[str, int] = {}
        add = slot.setdefault
        codes = np.fromiter((add(key, len(slot)) for key in keys), np.int64, len(keys))
        return cls._of(slot, codes, np.arange(len(keys), dtype=np.int64))

    @classmethod
    def _of(cls, slot: dict[str, int], codes: np.ndarray, ids: np.ndarray) -> _KeyTable:
        import numpy as np

        order = np.argsort((codes << 32) | ids)
        starts = np.zeros(len(slot) + 1, dtype=np.int64)
        np.cumsum(np.bincount(codes, minlength=len(slot)), out=starts[1:])
        return cls(slot, starts.tolist(), ids[order].astype(np.int32))

    def get(self, key: str, default: Any = None) -> Any:
        """The ids of the labels with this key, ascending, or ``default`` if none."""
        j = self.slot.get(key)
        if j is None:
            return default
        start, end = self.starts[j], self.starts[j + 1]
        return self.ids[start:end].tolist() if end > start else default

    def updated(self, remap: np.ndarray, added: list[tuple[str, int]]) -> _KeyTable:
        """This table with each id ``i`` renumbered ``remap[i]`` (-1: gone) and the
        (key, id) pairs of ``added``. A key left with no label keeps its slot (an empty
        slice) until the next full build."""
        import numpy as np

        counts = np.diff(np.asarray(self.starts, dtype=np.int64))
        codes = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
        ids = remap[self.ids]
        live = ids >= 0
        slot = dict(self.slot)
        add = slot.setdefault
        new_codes = np.fromiter((add(key, len(slot)) for key, _ in added), np.int64, len(added))
        new_ids = np.fromiter((i for _, i in added), np.int64, len(added))
        return self._merged(slot, codes[live], ids[live], new_codes, new_ids)

    @classmethod
    def _merged(
        cls,
        slot: dict[str, int],
        codes: np.ndarray,
        ids: np.ndarray,
        new_codes: np.ndarray,
        new_ids: np.ndarray,
    ) -> _KeyTable:
        """``_of`` for kept (code, id) pairs already in order (renumbering keeps it) and a
        few new ones, which are put where they belong rather than sorting all again."""
        import numpy as np

        kept = (codes << 32) | ids
        fresh = (new_codes << 32) | new_ids
        fresh.sort()
        merged = np.insert(kept, np.searchsorted(kept, fresh), fresh)
        starts = np.zeros(len(slot) + 1, dtype=np.int64)
        np.cumsum(np.bincount(merged >> 32, minlength=len(slot)), out=starts[1:])
        return cls(slot, starts.tolist(), (merged & 0xFFFFFFFF).astype(np.int32))


def _word_postings(keys: list[str]) -> tuple[_FlatPostings, np.ndarray]:
    """The word postings of the labels with these ``keys`` (each word of a key counted
    once: ids ascending within a word) and, for each posting, where the word first
    occurs in its key (``str.find``, capped at _POSITION_MASK).

    Worked out in C a slice at a time (``map`` over the keys' word sets) and grouped by
    word with one stable sort in numpy: a Python loop appending each (word, label) pair
    to its word's list was about a second of an index build at 100,000 entities (1.2
    million pairs)."""
    import numpy as np

    words: list[str] = []
    owners: list[int] = []
    found: list[int] = []
    for at, part in slices.slices(keys):
        sets = list(map(set, map(str.split, part)))
        sizes = list(map(len, sets))
        some = list(chain.from_iterable(sets))
        words += some
        owners += chain.from_iterable(map(repeat, range(at, at + len(part)), sizes))
        found += map(str.find, chain.from_iterable(map(repeat, part, sizes)), some)
    vocabulary = sorted(set(words))
    postings = _FlatPostings.__new__(_FlatPostings)
    postings.keys = vocabulary
    postings.position = dict(zip(vocabulary, range(len(vocabulary)), strict=True))
    codes = np.fromiter(
        chain.from_iterable(
            map(postings.position.__getitem__, part) for _, part in slices.slices(words)
        ),
        np.int64,
        len(words),
    )
    del words
    # Stable: the pairs are in label order, so each word's ids stay ascending.
    order = np.argsort(codes, kind="stable")
    starts = np.zeros(len(vocabulary) + 1, dtype=np.int64)
    np.cumsum(np.bincount(codes, minlength=len(vocabulary)), out=starts[1:])
    postings.starts = starts.tolist()
    postings.ids = np.asarray(owners, dtype=np.int32)[order]
    found_at = np.minimum(np.asarray(found, dtype=np.int64), _POSITION_MASK)[order]
    return postings, found_at


# Texts whose trigrams _gram_postings works out at once: its temporaries (eight bytes per
# character, several of them) are a chunk's, not all texts' (about 300 MiB more at the
# peak of a 100,000-entity load when they were all at once).
_GRAM_CHUNK = 16_384


def _gram_postings(texts: list[str]) -> tuple[dict[str, int], list[int], np.ndarray]:
    """Trigram postings of ``texts`` (CSR): the ids of the texts holding trigram ``g``
    (of ``_grams``, each text counted once) are ``labels[start[g]:start[g + 1]]``,
    ascending; returns (trigram -> g, start, labels).

    Worked out in numpy: the texts' characters are numbered (their joined UTF-32 code
    points, through a table of the characters used), every (trigram, text) pair becomes
    one integer, and one sort groups them by trigram and then text. Per text in Python
    (a set of trigrams each, then a dictionary lookup per trigram, then a stable sort)
    this was about 2.5 s of CPU of an index build at 100,000 entities, and the largest
    part of it (issue 12); numpy's sort also lets the event loop run meanwhile. The
    pairs are made _GRAM_CHUNK texts at a time, so that only they are held for all
    texts (8 bytes per pair) and the per-character temporaries only for a chunk.
    """
    import numpy as np  # here, not at import: a terminal answer may never need it

    n = len(texts)
    chunks = [
        np.frombuffer(
            "".join([f" {text} " for text in texts[at : at + _GRAM_CHUNK]]).encode(
                "utf-32-le", "surrogatepass"
            ),
            dtype=np.uint32,
        )
        for at in range(0, n, _GRAM_CHUNK)
    ]
    if sum(len(codes) for codes in chunks) < 3:
        return {}, [0], np.zeros(0, dtype=np.int32)
    seen = np.zeros(max(int(codes.max()) for codes in chunks) + 1, dtype=bool)
    for codes in chunks:
        seen[codes] = True
    used = np.flatnonzero(seen)  # the characters used, ascending
    del seen
    symbols = len(used)
    owner_bits = max(1, int(n).bit_length())
    if 3 * symbols.bit_length() + owner_bits > 63:  # tens of thousands of characters
        return _gram_postings_one_by_one(texts)
    table = np.zeros(int(used[-1]) + 1, dtype=np.uint64)
    table[used] = np.arange(symbols, dtype=np.uint64)
    size = np.uint64(symbols)
    parts = []
    chunks.reverse()  # popped in text order, each freed once its pairs are made
    for at in range(0, n, _GRAM_CHUNK):
        sym = table[chunks.pop()]
        some = texts[at : at + _GRAM_CHUNK]
        lengths = np.fromiter(map(len, some), dtype=np.int64, count=len(some)) + 2
        grams = (sym[:-2] * size + sym[1:-1]) * size + sym[2:]
        del sym
        local = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)[:-2]
        ends = np.cumsum(lengths)
        # A trigram starting at p belongs to its text if it ends inside it.
        inside = np.arange(len(grams), dtype=np.int64) + 3 <= ends[local]
        owner = local[inside].astype(np.uint64) + np.uint64(at)
        del local
        parts.append((grams[inside] << np.uint64(owner_bits)) | owner)
        del grams, owner, inside
    del table
    pairs = np.concatenate(parts) if len(parts) > 1 else parts[0]
    del parts
    pairs.sort()
    # A trigram twice in one text counts once, as in _grams' set.
    if len(pairs) > 1:
        first = np.empty(len(pairs), dtype=bool)
        first[:1] = True
        np.not_equal(pairs[1:], pairs[:-1], out=first[1:])
        pairs = pairs[first]
        del first
    labels = (pairs & np.uint64((1 << owner_bits) - 1)).astype(np.int32)
    grams = pairs
    grams >>= np.uint64(owner_bits)  # in place: the pairs are not needed any more
    del pairs
    new_gram = np.empty(len(grams), dtype=bool)
    new_gram[:1] = True
    np.not_equal(grams[1:], grams[:-1], out=new_gram[1:])
    starts = np.flatnonzero(new_gram)
    del new_gram
    chars = [chr(c) for c in used.tolist()]
    gram_id = {}
    for g, code in enumerate(grams[starts].tolist()):
        rest, last = divmod(code, symbols)
        first_char, middle = divmod(rest, symbols)
        gram_id[chars[first_char] + chars[middle] + chars[last]] = g
    return gram_id, [*starts.tolist(), len(grams)], labels


def _gram_postings_one_by_one(texts: list[str]) -> tuple[dict[str, int], list[int], np.ndarray]:
    """``_gram_postings``, one text at a time (for names in too many scripts at once)."""
    import numpy as np

    gram_id: dict[str, int] = defaultdict(count().__next__)
    pairs = sorted({(gram_id[gram], i) for i, text in enumerate(texts) for gram in _grams(text)})
    starts = [0] * (len(gram_id) + 1)
    for g, _ in pairs:
        starts[g + 1] += 1
    return dict(gram_id), list(accumulate(starts)), np.array([i for _, i in pairs], np.int32)


class _PostingArrays(NamedTuple):
    """A NameIndex's postings and autocomplete orders, as ``_postings_of`` makes them:
    plain lists, a dict and numpy arrays, cheap to send from a worker process."""

    words: list[str]  # the word postings' keys, sorted
    word_starts: np.ndarray  # int64, len(words) + 1
    word_ids: np.ndarray  # int32 label ids, ascending within a word
    word_rank: np.ndarray  # int32 autocomplete rank of each (word, label)
    gram_id: dict[str, int]
    gram_start: np.ndarray  # int64
    gram_labels: np.ndarray  # int32
    shortest_first: np.ndarray  # label ids in autocomplete order
    by_compact_order: np.ndarray  # int32 label ids by compact key
    compact_shortest: np.ndarray  # int32 autocomplete position of each, in that order


def _postings_of(labels: list[Label]) -> _PostingArrays:
    """Word and trigram postings and the autocomplete orders of ``labels``: a function
    of the labels alone, so that a large index builds them in a worker process
    (``NameIndex(background=True)``) while the caller builds the rest."""
    import numpy as np

    keys = slices.mapped(_KEY, labels)
    compacts = slices.mapped(_COMPACT, labels)
    gram_id, gram_start, gram_labels = _gram_postings(compacts)
    # Word postings as one flat array, so that the labels of every word starting with
    # what was typed are one slice. (Trigram postings are only ever read one by one;
    # flattening them too would cost half a second at 100,000 entities.)
    words, found_at = _word_postings(keys)
    # For each (word, label) of the word postings: where autocomplete would rank the
    # label if that word were the typed one, as an integer (10 * position + length
    # orders the same as the rank 1 + position / 100 + length / 1000 of
    # _rank_completions).
    key_length = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
    word_rank = (10 * found_at + key_length[words.ids]).astype(np.int32)
    # Labels in autocomplete order (shortest first, then alphabetical), so that the
    # first screenful for a very common prefix is found without ranking them all; and
    # labels sorted by compact key, where the ones starting with what was typed are
    # one slice, found by bisection (compact_shortest holds their autocomplete
    # positions). Sorted in numpy on UTF-8 bytes, whose order is the strings' order:
    # list.sort compares in C without ever releasing the GIL, a stall of a few
    # hundred milliseconds for the event loop during a reload at 100,000 entities;
    # numpy's sorts release it. Both sorts are stable, as sorted() is.
    n = len(labels)
    # (Each list below made in C, a slice at a time.)
    texts = np.array(
        slices.mapped(str.encode, slices.mapped(str.casefold, slices.mapped(_TEXT, labels))),
        dtype=bytes,
    )
    by_length = np.lexsort((texts, key_length))
    del texts
    shortest_position = np.empty(n, dtype=np.int32)
    shortest_position[by_length] = np.arange(n, dtype=np.int32)
    encoded = np.array(slices.mapped(str.encode, compacts), dtype=bytes)
    by_compact_order = np.argsort(encoded, kind="stable").astype(np.int32)
    del encoded
    return _PostingArrays(
        words.keys,
        np.asarray(words.starts, dtype=np.int64),
        words.ids,
        word_rank,
        gram_id,
        np.asarray(gram_start, dtype=np.int64),
        gram_labels,
        by_length,
        by_compact_order,
        shortest_position[by_compact_order],
    )


def _start_postings(labels: list[Label]) -> ProcessCall[_PostingArrays] | None:
    """``_postings_of(labels)`` started in a forked worker (which inherits the labels:
    only the result travels), or None where no worker can be made."""
    from bot.workers import INHERITS_ARGUMENTS, ProcessCall

    if not INHERITS_ARGUMENTS:
        return None  # the labels would be copied to the worker: build them here
    try:
        return ProcessCall(_postings_of, labels)
    except (OSError, RuntimeError):
        log.warning("no worker process for the name postings; building them here", exc_info=True)
        return None


class NameIndex:
    """All labels of all entities, with postings to find candidates quickly.

    ``deferred=True`` builds only the exact-label tables now and the postings (words,
    trigrams, autocomplete orders) on the first lookup that needs them: a one-shot
    terminal answer often needs none. The bot builds everything up front (``warm``).
    """

    def __init__(
        self, labels: Iterable[Label], *, deferred: bool = False, background: bool = False
    ) -> None:
        """``background``: with BACKGROUND_LABELS labels or more, the postings are built
        in a worker process (the exact-label tables here, now) and taken on the first
        lookup that needs them, or ``warm()``; the caller builds the rest meanwhile."""
        self.labels: list[Label] = _unique_labels(labels)
        self._pending: ProcessCall[_PostingArrays] | None = None
        # The exact-label tables: key (and compact key) -> label ids, ascending. Plain
        # dicts when deferred (no numpy for a one-shot answer), else _KeyTables, which
        # a reload updates in numpy (``updated``).
        self._by_key: _KeyTable | dict[str, list[int]]
        self._by_compact: _KeyTable | dict[str, list[int]]
        # tied_exactly's answers: the index never changes, and the keys it is asked about
        # most (shared titles) are the costly ones, thousands of labels each.
        self._tied: dict[str, bool] = {}
        self._postings_lock: threading.Lock | None = None
        if deferred:
            by_key: dict[str, list[int]] = defaultdict(list)
            by_compact: dict[str, list[int]] = defaultdict(list)
            for i, label in enumerate(self.labels):
                by_key[label.key].append(i)
                by_compact[label.compact].append(i)
            self._by_key, self._by_compact = by_key, by_compact
            self._postings_lock = threading.Lock()
            return
        self._build_key_tables()
        if background and len(self.labels) >= BACKGROUND_LABELS:
            self._pending = _start_postings(self.labels)
            if self._pending is not None:
                self._postings_lock = threading.Lock()
                return
        self._adopt_postings(_postings_of(self.labels))

    def warm(self) -> None:
        """Build the postings now, if they were deferred (blocking)."""
        lock = self._postings_lock
        if lock is None:
            return
        with lock:
            if self._postings_lock is not None:
                pending, self._pending = self._pending, None
                arrays = None
                if pending is not None:
                    try:
                        arrays = pending.result()
                    except RuntimeError:  # a failed worker is no reason not to answer
                        log.warning(
                            "building the name postings in a worker failed; building them here",
                            exc_info=True,
                        )
                self._adopt_postings(_postings_of(self.labels) if arrays is None else arrays)
                self._postings_lock = None

    def _build_key_tables(self) -> None:
        self._by_key = _KeyTable.build(slices.mapped(_KEY, self.labels))
        self._by_compact = _KeyTable.build(slices.mapped(_COMPACT, self.labels))

    def _adopt_postings(self, arrays: _PostingArrays) -> None:
        """Take the postings ``_postings_of`` made of these labels (here or in a worker)."""
        words = _FlatPostings.__new__(_FlatPostings)
        words.keys = arrays.words
        words.position = dict(zip(arrays.words, range(len(arrays.words)), strict=True))
        words.starts = arrays.word_starts.tolist()
        words.ids = arrays.word_ids
        self._words = words
        self._word_rank = arrays.word_rank
        self._gram_id = arrays.gram_id
        self._gram_start = arrays.gram_start.tolist()
        self._gram_labels = arrays.gram_labels
        self._shortest_first = arrays.shortest_first.tolist()
        self._by_compact_order = arrays.by_compact_order
        labels = self.labels
        # In C; read in label order first, then picked from that list of pointers: picking
        # each label tuple in compact order, then its field, was twice as slow (400,000
        # labels scattered over memory at 100,000 entities).
        compacts = slices.mapped(_COMPACT, labels)
        self._compacts_in_order = slices.mapped(
            compacts.__getitem__, arrays.by_compact_order.tolist()
        )
        self._compact_shortest = arrays.compact_shortest
        # A trigram that occurs in a large share of labels says little; skip it.
        self._common_gram = max(50, len(labels) // 20)

    def close(self) -> None:
        """Give up on postings being built in a worker (a build that failed)."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.cancel()

    @classmethod
    def updated(
        cls, previous: NameIndex | None, labels: Iterable[Label], *, background: bool = False
    ) -> NameIndex:
        """The index of ``labels``, the same as ``NameIndex(labels)``, made by updating
        ``previous`` (the last snapshot's, left as it is) when few labels changed.

        A reload keeps the Label objects of unchanged entities and roles
        (``IndexReuse``), so a label of ``previous`` that is the very object of one of
        ``labels`` is the same label; the others are gone. The postings and the
        autocomplete orders of the kept labels are renumbered in numpy and the new
        labels merged in (their own words and trigrams in Python, their place in each
        order by bisection), which at 100,000 entities costs a fraction of building
        them again (issue 12). Built from scratch instead when more than
        MAX_UPDATED_SHARE of the labels changed, or when the kept labels changed order.
        """
        with stages.stage("name index.labels"):
            unique = _unique_labels(labels)
        if previous is not None and previous._pending is not None:
            previous.warm()  # its worker's postings, to update rather than build again
        if previous is None or previous._postings_lock is not None:
            return cls(unique, background=background)
        import numpy as np

        old = previous.labels
        # Iterated in C, a slice at a time (bot.slices): 400,000 labels at 100,000 entities.
        new_id = slices.positions_by_id(unique)
        remap = np.fromiter(
            chain.from_iterable(
                map(new_id.get, map(id, part), repeat(-1)) for _, part in slices.slices(old)
            ),
            np.int64,
            len(old),
        )
        kept = remap[remap >= 0]
        fresh = np.ones(len(unique), dtype=bool)
        fresh[kept] = False
        added = np.flatnonzero(fresh).tolist()
        changed = len(added) + len(old) - len(kept)
        if changed > MAX_UPDATED_SHARE * len(unique) or not np.all(kept[1:] > kept[:-1]):
            return cls(unique, background=background)
        index = cls.__new__(cls)
        index.labels = unique
        index._pending = None
        index._tied = {}
        index._postings_lock = None
        index._update_postings(previous, remap, added)
        return index

    def _update_postings(self, previous: NameIndex, remap: np.ndarray, added: list[int]) -> None:
        """``_build_key_tables`` and ``_postings_of``'s tables, from ``previous``'s: ``remap``
        gives each old label's new id (-1: gone), ``added`` the ids of the new labels."""
        import numpy as np

        labels = self.labels
        n = len(labels)
        old_by_key, old_by_compact = previous._by_key, previous._by_compact
        assert isinstance(old_by_key, _KeyTable) and isinstance(old_by_compact, _KeyTable)
        self._by_key = old_by_key.updated(remap, [(labels[i].key, i) for i in added])
        self._by_compact = old_by_compact.updated(remap, [(labels[i].compact, i) for i in added])

        # Word postings: the kept (word, label) pairs renumbered, the new labels' added.
        old_words = previous._words
        old_keys = old_words.keys
        old_starts = np.asarray(old_words.starts, dtype=np.int64)
        post_key = np.repeat(np.arange(len(old_keys), dtype=np.int64), np.diff(old_starts))
        ids = remap[old_words.ids]
        live = ids >= 0
        post_key, ids, ranks = post_key[live], ids[live], previous._word_rank[live]
        new_words: list[str] = []
        new_ids: list[int] = []
        new_ranks: list[int] = []
        for i in added:
            key = labels[i].key
            for word in set(key.split()):
                new_words.append(word)
                new_ids.append(i)
                new_ranks.append(10 * min(key.find(word), _POSITION_MASK) + len(key))
        # Keys: the old ones still holding a label, and the new words, in order.
        holding = np.bincount(post_key, minlength=len(old_keys)) > 0
        known = old_words.position
        for word in new_words:
            j = known.get(word)
            if j is not None:
                holding[j] = True
        kept_keys = np.flatnonzero(holding)
        kept_words = slices.mapped(old_keys.__getitem__, kept_keys.tolist())
        inserted = sorted({w for w in new_words if w not in known})
        at = [bisect.bisect_left(kept_words, w) for w in inserted]
        keys = kept_words
        for k in range(len(inserted) - 1, -1, -1):
            keys.insert(at[k], inserted[k])
        old_to_new = np.full(len(old_keys), -1, dtype=np.int64)
        old_to_new[kept_keys] = np.arange(len(kept_keys)) + np.searchsorted(
            np.asarray(at, dtype=np.int64), np.arange(len(kept_keys)), side="right"
        )
        position: dict[str, int] = {}
        for at, part in slices.slices(keys):  # in C, a slice at a time
            position.update(zip(part, range(at, at + len(part)), strict=True))
        # The kept postings stay in (word, label) order: words keep their order (new
        # ones are inserted), ids theirs. The new labels' postings are put where they
        # belong rather than sorting a million postings again.
        kept = (old_to_new[post_key] << 32) | ids
        del post_key
        fresh_keys = np.fromiter(map(position.__getitem__, new_words), np.int64, len(new_words))
        fresh = (fresh_keys << 32) | np.asarray(new_ids, dtype=np.int64)
        fresh_order = np.argsort(fresh, kind="stable")
        fresh = fresh[fresh_order]
        word_at = np.searchsorted(kept, fresh)
        postings = np.insert(kept, word_at, fresh)
        del kept
        words = _FlatPostings.__new__(_FlatPostings)
        words.keys = keys
        words.position = position
        starts = np.zeros(len(keys) + 1, dtype=np.int64)
        np.cumsum(np.bincount(postings >> 32, minlength=len(keys)), out=starts[1:])
        words.starts = starts.tolist()
        words.ids = (postings & 0xFFFFFFFF).astype(np.int32)
        del postings
        self._words = words
        self._word_rank = np.insert(
            ranks.astype(np.int32), word_at, np.asarray(new_ranks, dtype=np.int32)[fresh_order]
        )

        # Trigram postings (millions at 100,000 entities: no sort, few temporaries).
        # The kept ids stay ascending within each trigram (renumbering keeps their
        # order), so the new labels' (trigram, id) pairs are inserted where they
        # belong; new trigrams are numbered after the old ones (a trigram's number is
        # only ever looked up by the trigram).
        gram_id = dict(previous._gram_id)
        old_start = np.asarray(previous._gram_start, dtype=np.int64)
        mapped = remap.astype(np.int32)[previous._gram_labels]
        live = mapped >= 0
        running = np.zeros(len(live) + 1, dtype=np.int64)
        np.cumsum(live, out=running[1:])
        kept_start = running[old_start]  # where each old trigram starts among the kept
        del running
        kept_ids = mapped[live]
        del mapped, live
        pairs = sorted(
            (gram_id.setdefault(gram, len(gram_id)), i)
            for i in added
            for gram in _grams(labels[i].compact)
        )
        at = []
        end_of_old = len(kept_ids)
        for g, i in pairs:
            if g + 1 < len(kept_start):
                first, last = int(kept_start[g]), int(kept_start[g + 1])
                at.append(first + int(np.searchsorted(kept_ids[first:last], i)))
            else:
                at.append(end_of_old)
        counts = np.zeros(len(gram_id), dtype=np.int64)
        counts[: len(kept_start) - 1] = np.diff(kept_start)
        np.add.at(counts, np.asarray([g for g, _ in pairs], dtype=np.int64), 1)
        gram_start = np.zeros(len(gram_id) + 1, dtype=np.int64)
        np.cumsum(counts, out=gram_start[1:])
        self._gram_id = gram_id
        self._gram_start = gram_start.tolist()
        self._gram_labels = np.insert(
            kept_ids, np.asarray(at, dtype=np.int64), np.asarray([i for _, i in pairs], np.int32)
        )

        # Autocomplete orders: the kept labels keep their relative order (their ids
        # kept theirs); each new label goes where the sort of _postings_of puts it.
        def shortest_key(i: int) -> tuple[int, bytes, int]:
            label = labels[i]
            return len(label.key), label.text.casefold().encode(), i

        def compact_key(i: int) -> tuple[bytes, int]:
            return labels[i].compact.encode(), i

        def merged(old_order: np.ndarray, key: Callable[[int], Any]) -> np.ndarray:
            order = remap[old_order]
            order = order[order >= 0]
            if not added:
                return order.astype(np.int32)
            in_order = order.tolist()
            new = sorted(added, key=key)
            at = [bisect.bisect_left(in_order, key(i), key=key) for i in new]
            return np.insert(order, at, new).astype(np.int32)

        by_length = merged(np.asarray(previous._shortest_first, dtype=np.int64), shortest_key)
        self._shortest_first = by_length.tolist()
        shortest_position = np.empty(n, dtype=np.int32)
        shortest_position[by_length] = np.arange(n, dtype=np.int32)
        by_compact_order = merged(previous._by_compact_order, compact_key)
        self._by_compact_order = by_compact_order
        # In C: 400,000 labels at 100,000 entities.
        self._compacts_in_order = []
        for _, part in slices.slices(by_compact_order.tolist()):
            self._compacts_in_order.extend(map(_COMPACT, map(labels.__getitem__, part)))
        self._compact_shortest = shortest_position[by_compact_order]
        self._common_gram = max(50, n // 20)

    def _gram_posting(self, gram: str) -> np.ndarray:
        g = self._gram_id.get(gram)
        if g is None:
            return self._gram_labels[:0]
        return self._gram_labels[self._gram_start[g] : self._gram_start[g + 1]]

    def has_word(self, word: str) -> bool:
        """Whether any name or alias contains this (normalised) word."""
        if self._postings_lock is not None:
            self.warm()
        return word in self._words

    def owners_of_word(self, word: str, limit: int | None = None) -> frozenset[str]:
        """Entities with a name or alias (not a title) holding this normalised word;
        none when more than ``limit`` labels hold it (a word too common to pick out)."""
        if self._postings_lock is not None:
            self.warm()
        j = self._words.position.get(word)
        if j is None:
            return frozenset()
        posting = self._words.posting(j)
        if limit is not None and len(posting) > limit:
            return frozenset()
        labels = self.labels
        return frozenset(labels[i].entity_id for i in posting.tolist() if labels[i].via != "role")

    def exact(self, query: str) -> list[Label]:
        key = normalize(query)
        ids = self._by_key.get(key) or self._by_compact.get(compact(key)) or []
        return [self.labels[i] for i in ids]

    def tied_exactly(self, query: str) -> bool:
        """Whether two or more entities own labels the query spells exactly, scoring as
        well as any label can: then ``search`` ranks them equal first, and need not run.

        "minister of industry" is a role label of every Minister of Industry (thousands on
        a large base), and scoring them all is what ``search`` would do to find the tie.
        A role label scores ROLE_LABEL_CAP; only a label with the same letters
        (SCORE_COMPACT) could beat that, so then this says no and ``search`` decides.
        """
        key = normalize(query)
        ids = self._by_key.get(key, ())
        if len(ids) < 2:
            return False
        known = self._tied.get(key)
        if known is None:
            if len(self._tied) >= TIED_CACHE_SIZE:
                self._tied.clear()
            known = self._tied[key] = self._tied_labels(key, ids)
        return known

    def _tied_labels(self, key: str, ids: list[int]) -> bool:
        labels = self.labels
        best: dict[str, float] = {}
        for i in ids:
            label = labels[i]
            score = ROLE_LABEL_CAP if label.via == "role" else SCORE_EXACT
            best[label.entity_id] = max(best.get(label.entity_id, 0.0), score)
        top = max(best.values())
        if sum(1 for v in best.values() if v == top) < 2:
            return False
        return top == SCORE_EXACT or set(self._by_compact.get(compact(key), ())) <= set(ids)

    def candidates(self, key: str) -> set[int]:
        """Label ids worth scoring for a normalised query."""
        return self._candidates(key, None)

    def _candidates(
        self, key: str, allowed: AbstractSet[str] | None, small_postings: int = SMALL_POSTINGS
    ) -> set[int]:
        if self._postings_lock is not None:
            self.warm()
        found: set[int] = set()
        found.update(self._by_key.get(key, ()))
        key_compact = compact(key)
        found.update(self._by_compact.get(key_compact, ()))
        words = self._words
        word_postings: list[_Posting] = []
        for word in _selective_words(key):
            j = words.position.get(word)
            if j is not None:
                word_postings.append(words.posting(j))
            if len(word) >= 3:
                first, end = words.prefixed(word)
                end = min(end, first + MAX_CANDIDATE_PREFIXED)
                word_postings.extend(words.posting(k) for k in range(first, end))
        gram_postings = [
            posting
            for gram in _grams(key_compact)
            if 0 < len(posting := self._gram_posting(gram)) <= self._common_gram
        ]
        total = sum(map(len, word_postings)) + sum(map(len, gram_postings))
        if total <= small_postings:
            # Few labels share anything with the query: take every word match and the
            # best trigram matches, and let the scorer judge them all.
            for posting in word_postings:
                found.update(posting.tolist())
            counts: Counter[int] = Counter()
            for posting in gram_postings:
                counts.update(posting.tolist())
            found.update(i for i, _ in counts.most_common(MAX_GRAM_CANDIDATES))
            return found
        # A large knowledge base: common words ("energy", "agency") and trigrams are
        # shared by thousands of labels, and scoring them all in Python takes tens of
        # milliseconds. Count, in C, how many of the query's most selective words and
        # trigrams each label shares (a word weighs as two trigrams), reading the rarest
        # postings first until a budget is spent, and score only the labels that share
        # the most. A typo keeps most trigrams and words intact, so the intended label
        # stays near the top of that count.
        chosen: list[list[_Posting]] = []
        for postings, budget in (
            (word_postings, WORD_POSTINGS_BUDGET),
            (gram_postings, GRAM_POSTINGS_BUDGET),
        ):
            spent = 0
            read: list[_Posting] = []
            for posting in sorted(postings, key=len):
                if spent and spent + len(posting) > budget:
                    break
                spent += len(posting)
                read.append(posting)
            chosen.append(read)
        words, grams = chosen
        if allowed is None:
            found.update(_most_shared(words, grams, MAX_SCORED))
        else:
            # Speakers only (for `quote`): look a little deeper, then filter.
            labels = self.labels
            kept = 0
            for i in _most_shared(words, grams, 4 * MAX_SCORED):
                if labels[i].entity_id in allowed:
                    found.add(i)
                    kept += 1
                    if kept >= MAX_SCORED:
                        break
        return found

    def search(
        self,
        query: str,
        *,
        allowed: AbstractSet[str] | None = None,
        small_postings: int = SMALL_POSTINGS,
    ) -> list[Match]:
        """Best match per entity, best first. ``allowed`` restricts to those entity ids.

        When the postings the query touches hold more than ``small_postings`` label
        ids, only the MAX_SCORED labels sharing the most words and trigrams with it are
        scored (see ``_candidates``).
        """
        key = normalize(query)
        if not key:
            return []
        key_compact = compact(key)
        best: dict[str, Match] = {}
        candidates = self._candidates(key, allowed, small_postings)  # builds the postings
        named = {w for w in key.split() if w in self._words}
        # In label order, so that of an entity's labels scoring the same, the first one
        # names the match whatever the set's order (``closest`` relies on it).
        for i in sorted(candidates):
            label = self.labels[i]
            if allowed is not None and label.entity_id not in allowed:
                continue
            score = similarity(key, key_compact, label, named)
            current = best.get(label.entity_id)
            if current is None or score > current.score:
                best[label.entity_id] = Match(label.entity_id, label.text, score, label.via)
        return sorted(best.values(), key=lambda m: (-m.score, m.label.casefold()))

    def closest(
        self, query: str, *, allowed: AbstractSet[str] | None = None, margin: float
    ) -> list[Match] | None:
        """``search``'s matches scoring within ``margin`` of its best, when the query is
        exactly a name or alias (same key, or same letters): then no other label can
        come within ``margin`` of it, and the answer is known from the exact-label
        tables alone, without the postings. None when that does not hold: call
        ``search``. (A one-shot ``ask "!quote Jack MA"`` then never builds postings.)"""
        key = normalize(query)
        if not key:
            return None
        key_compact = compact(key)
        ids = set(self._by_key.get(key, ())) | set(self._by_compact.get(key_compact, ()))
        best: dict[str, Match] = {}
        for i in sorted(ids):  # label order, as search() takes them
            label = self.labels[i]
            if allowed is not None and label.entity_id not in allowed:
                continue
            score = similarity(key, key_compact, label)
            current = best.get(label.entity_id)
            if current is None or score > current.score:
                best[label.entity_id] = Match(label.entity_id, label.text, score, label.via)
        if not best:
            return None
        top = max(m.score for m in best.values())
        if top - margin <= BEST_INEXACT_SCORE:
            return None  # an inexact label might come within the margin
        close = [m for m in best.values() if m.score >= top - margin]
        return sorted(close, key=lambda m: (-m.score, m.label.casefold()))

    def fuzzy_complete(self, query: str, *, allowed: AbstractSet[str] | None = None) -> list[Match]:
        """Autocomplete's fallback when too few labels start as typed: ``search`` with
        its work bounded for a keystroke (COMPLETE_FUZZY_POSTINGS), best first."""
        return self.search(query, allowed=allowed, small_postings=COMPLETE_FUZZY_POSTINGS)

    def prefix_complete(
        self, query: str, *, allowed: AbstractSet[str] | None = None
    ) -> list[Match]:
        """Autocomplete: labels whose words start with what was typed, ranked by position."""
        key = normalize(query)
        if not key:
            return []
        if self._postings_lock is not None:
            self.warm()
        key_compact = compact(key)
        last = key.split()[-1]
        head = key[: len(key) - len(last)].strip()
        first, end = self._words.prefixed(last)
        lo, hi = self._words.starts[first], self._words.starts[end]
        if end - first >= MAX_PREFIXED_WORDS or hi - lo > SMALL_COMPLETE:
            return self._complete_large(key, key_compact, last, head, allowed, lo, hi)
        ids = set(self._words.ids[lo:hi].tolist())
        return self._rank_completions(ids, key, key_compact, last, head, allowed)

    def _complete_large(
        self,
        key: str,
        key_compact: str,
        last: str,
        head: str,
        allowed: AbstractSet[str] | None,
        lo: int,
        hi: int,
    ) -> list[Match]:
        """prefix_complete when thousands of labels have a word starting with ``last``.

        Ranking every one of them costs tens of milliseconds, and only the first
        screenful is ever shown, so this returns the best COMPLETE_LIMIT, ranked as
        prefix_complete ranks: first the labels that start with what was typed, shortest
        first; then, when those are too few, the labels holding ``head`` with a later
        word starting with ``last``, earliest first. ``lo:hi`` is the slice of the flat
        word postings for the words starting with ``last``.
        """
        found = self._complete_starting(key, key_compact, last, allowed)
        if len(found) < COMPLETE_LIMIT:
            later = self._complete_later(key, key_compact, last, head, allowed, lo, hi, found)
            found.update((m.entity_id, m) for m in later)
        return list(found.values())[:COMPLETE_LIMIT]

    def _complete_starting(
        self, key: str, key_compact: str, last: str, allowed: AbstractSet[str] | None
    ) -> dict[str, Match]:
        """Up to COMPLETE_LIMIT entities with a label starting with what was typed, in order.

        These rank first, by length then alphabetically, which is the order of
        _shortest_first: take the labels whose compact key starts with ``key_compact``
        (one slice of the compact order), pick the smallest positions in C, and walk
        only those.
        """
        import numpy as np

        lo = bisect.bisect_left(self._compacts_in_order, key_compact)
        hi = bisect.bisect_left(self._compacts_in_order, key_compact + _LAST_CHAR, lo)
        positions = self._compact_shortest[lo:hi]
        labels = self.labels
        found: dict[str, Match] = {}
        done = 0  # positions already walked (the smallest ones)
        batch = COMPLETE_BATCH
        while done < len(positions):
            if batch < len(positions):
                smallest = np.partition(positions, batch - 1)[:batch]
            else:
                smallest = positions.copy()
            smallest.sort()
            for position in smallest[done:].tolist():
                label = labels[self._shortest_first[position]]
                if label.entity_id in found or (
                    allowed is not None and label.entity_id not in allowed
                ):
                    continue
                # "li l" also starts "LIL", but only counts with a word starting "l".
                if not label.key.startswith(key) and not any(
                    w.startswith(last) for w in label.key.split()
                ):
                    continue
                rank = len(label.key) / 1000
                found[label.entity_id] = Match(label.entity_id, label.text, 100.0 - rank, label.via)
                if len(found) >= COMPLETE_LIMIT:
                    return found
            done = len(smallest)
            batch *= COMPLETE_BATCH_GROWTH
        return found

    def _complete_later(
        self,
        key: str,
        key_compact: str,
        last: str,
        head: str,
        allowed: AbstractSet[str] | None,
        lo: int,
        hi: int,
        found: dict[str, Match],
    ) -> list[Match]:
        """The next best entities after ``found``: a later word starts with ``last``.

        Candidates are taken in the order of _word_rank, which is the exact rank when
        ``last`` does not also occur earlier inside another word; the few taken are then
        ranked exactly, as _rank_completions does.
        """
        import numpy as np

        need = COMPLETE_LIMIT - len(found)
        ids = self._words.ids[lo:hi]
        ranks = self._word_rank[lo:hi]
        if head:
            holding = self._holding_words(head.split())
            if holding is None:
                return []
            keep = holding[ids]
            ids, ranks = ids[keep], ranks[keep]
        labels = self.labels
        batch = COMPLETE_BATCH
        while True:
            # The best ``batch`` by their precomputed rank, found in C.
            taken = ids[np.argpartition(ranks, batch - 1)[:batch]] if batch < len(ids) else ids
            ranked: dict[str, tuple[float, Match]] = {}
            for i in dict.fromkeys(taken.tolist()):
                label = labels[i]
                entity_id = label.entity_id
                if entity_id in found or (allowed is not None and entity_id not in allowed):
                    continue
                if label.key.startswith(key) or label.compact.startswith(key_compact):
                    continue  # ranks among the labels starting with what was typed
                if head and head not in label.key:
                    continue
                rank = 1.0 + label.key.find(last) / 100 + len(label.key) / 1000
                current = ranked.get(entity_id)
                if current is None or rank < current[0]:
                    ranked[entity_id] = (
                        rank,
                        Match(entity_id, label.text, 100.0 - rank, label.via),
                    )
            if len(ranked) >= need or batch >= len(ids):
                order = sorted(ranked.values(), key=lambda rm: (rm[0], rm[1].label.casefold()))
                return [m for _, m in order[:need]]
            batch *= COMPLETE_BATCH_GROWTH

    def _holding_words(self, words: list[str]) -> np.ndarray | None:
        """A mask of the labels with a word starting with each of ``words`` (None: none).

        A label holding the typed words as a phrase has such words, so this narrows the
        candidates in C before the phrase itself is checked on the few that remain.
        """
        import numpy as np

        slices = []
        for word in set(words):
            first, end = self._words.prefixed(word)
            if first == end:
                return None
            slices.append(self._words.ids[self._words.starts[first] : self._words.starts[end]])
        slices.sort(key=len)
        survivors = slices[0]
        for ids in slices[1:]:
            mask = np.zeros(len(self.labels), dtype=np.bool_)
            mask[ids] = True
            survivors = survivors[mask[survivors]]
        holding = np.zeros(len(self.labels), dtype=np.bool_)
        holding[survivors] = True
        return holding

    def _rank_completions(
        self,
        ids: Iterable[int],
        key: str,
        key_compact: str,
        last: str,
        head: str,
        allowed: AbstractSet[str] | None,
    ) -> list[Match]:
        """Every entity of ``ids`` (labels with a word starting with ``last``), ranked."""
        labels = self.labels
        # Entity -> (rank, label id) of its best label; a Match is built only once per
        # entity, at the end (building them is a good share of the cost here).
        ranked: dict[str, tuple[float, int]] = {}
        for i in ids:
            label = labels[i]
            entity_id = label.entity_id
            if allowed is not None and entity_id not in allowed:
                continue
            label_key = label.key
            if label_key.startswith(key) or label.compact.startswith(key_compact):
                rank = 0.0
            elif head and head not in label_key:
                continue
            else:
                rank = 1.0 + label_key.find(last) / 100
            rank += len(label_key) / 1000
            current = ranked.get(entity_id)
            if current is None or rank < current[0]:
                ranked[entity_id] = (rank, i)
        order = sorted(ranked.values(), key=lambda ri: (ri[0], labels[ri[1]].text.casefold()))
        return [
            Match(labels[i].entity_id, labels[i].text, 100.0 - rank, labels[i].via)
            for rank, i in order
        ]


def _unique_labels(labels: Iterable[Label]) -> list[Label]:
    """``labels`` in order, without empty keys and without a second label of one
    entity with the same key."""
    every = [label for label in labels if label.key]
    # Iterated in C, a slice at a time (bot.slices): each (key, entity) pair -> its
    # first position (slices from the last, each backwards: the first position is
    # assigned last). A Python loop with a set was about 0.4 s at 100,000 entities.
    first: dict[tuple[str, str], int] = {}
    for at, part in reversed(list(slices.slices(every))):
        pairs = list(zip(map(_KEY, part), map(_ENTITY, part), strict=True))
        first.update(zip(reversed(pairs), range(at + len(part) - 1, at - 1, -1), strict=True))
    if len(first) == len(every):
        return every
    # Marked, not sorted (no numpy: a one-shot terminal answer builds labels too).
    keep = bytearray(len(every))
    for i in first.values():
        keep[i] = 1
    return list(compress(every, keep))


_KEY = attrgetter("key")
_ENTITY = attrgetter("entity_id")
_COMPACT = attrgetter("compact")
_TEXT = attrgetter("text")


def _selective_words(key: str) -> set[str]:
    """The query's words whose postings propose candidates: not its stop words ("in",
    "the", "of") when it has other words. "in" alone is in thousands of names ("… in the
    Nordic Region"), and every label it proposed was scored, for tens of milliseconds a
    search; the name's own words and trigrams still propose it."""
    words = set(key.split())
    stop = engine_stop_words()  # cached: the question pipeline's stop words
    content = {w for w in words if w not in stop}
    return content or words


def _most_shared(
    word_postings: list[_Posting], gram_postings: list[_Posting], limit: int
) -> list[int]:
    """The ``limit`` label ids most postings hold (a word posting counts twice), most first.

    Ties keep the order in which the labels first appear in the postings, as
    ``Counter.most_common`` would, so the labels scored do not depend on how they were
    counted. Counted in C; then the postings are read one count level at a time from
    the highest, in their own order, until enough distinct labels are met, since only
    the few best are ever scored.
    """
    import numpy as np

    word_count = sum(map(len, word_postings))
    every = np.concatenate([*word_postings, *gram_postings])
    if not len(every):
        return []
    # Counted over the distinct ids the postings hold, not over every label id: a
    # bincount as long as the largest id (400,000 labels at 100,000 entities) zeroed
    # and summed 3 MiB twice a search, about 3 ms, where the few thousand ids read
    # take a tenth of that.
    distinct, slot = np.unique(every, return_inverse=True)
    counts = np.bincount(slot, minlength=len(distinct)) + np.bincount(
        slot[:word_count], minlength=len(distinct)
    )
    count_of = counts[slot]
    found: dict[int, None] = {}
    level = int(count_of.max())
    while level > 0 and len(found) < limit:
        for i in every[count_of == level].tolist():
            if i not in found:
                found[i] = None
                if len(found) >= limit:
                    break
        level -= 1
    return list(found)
