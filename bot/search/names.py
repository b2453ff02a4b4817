"""Fuzzy name matching: candidate generation plus one scoring function.

Every name, alias and role title becomes a *label*. A lookup never scores every label:
word postings (exact words and word prefixes) and character-trigram postings propose
a short list of candidates, and only those are scored. The scores are on a 0-100
scale and the thresholds are named constants, measured on the answer-quality cases
(``tests/data/answers.json``) and the matching tests rather than set by feel.
"""

from __future__ import annotations

import bisect
import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from bot.textnorm import compact, normalize

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
SCORE_WORDS_BASE = 80.0  # every query word is a word (or word prefix) of the label...
# ...plus this much times the share of the label covered. It is small on purpose: "jack"
# is as good a match for "Jack MA" as for "Jack Smith", so they must come out ambiguous.
SCORE_WORDS_COVERAGE = 5.0
# Role titles ("Director General") find people, but an actual name always wins.
ROLE_LABEL_CAP = 95.0
# Fuzzy (ratio-based) agreement is discounted so it never beats a typo-level match.
FUZZY_WEIGHT = 0.92

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
# Autocomplete: when more labels than SMALL_COMPLETE have a word starting with what was
# typed, only the best COMPLETE_LIMIT (a Discord screenful) are ranked; the labels that
# start with it are looked for among the first MAX_COMPLETE_SCAN, shortest first.
SMALL_COMPLETE = 1_000
COMPLETE_LIMIT = 25
MAX_COMPLETE_SCAN = 2_000
MANY_STARTING = 1_000
# Word prefixes shorter than this are too unselective to use.
MIN_PREFIX = 2


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


@dataclass(frozen=True, slots=True)
class Label:
    key: str  # normalised
    compact: str
    text: str  # as written in the knowledge file
    entity_id: str
    via: str  # "name", "alias" or "role"


@dataclass(frozen=True, slots=True)
class Match:
    entity_id: str
    label: str
    score: float
    via: str


def similarity(query: str, query_compact: str, label: Label) -> float:
    """How well a normalised query agrees with one label, 0-100."""
    if query == label.key:
        score = SCORE_EXACT
    elif query_compact == label.compact:
        score = SCORE_COMPACT
    else:
        score = 0.0
        longest = max(len(query_compact), len(label.compact))
        allowed = max_typos(min(len(query_compact), len(label.compact)))
        if allowed:
            edits = OSA.distance(query_compact, label.compact, score_cutoff=allowed)
            if edits <= allowed:
                score = SCORE_EXACT - SCORE_PER_TYPO * edits
        if score < SCORE_WORDS_BASE + SCORE_WORDS_COVERAGE:
            score = max(score, _word_score(query, label))
        if score < MATCH_THRESHOLD and longest:
            fuzzy = max(fuzz.ratio(query, label.key), fuzz.token_sort_ratio(query, label.key))
            score = max(score, fuzzy * FUZZY_WEIGHT)
    if label.via == "role":
        score = min(score, ROLE_LABEL_CAP)
    return score


def _word_score(query: str, label: Label) -> float:
    """Every query word matches a distinct label word, exactly, as a prefix or with a typo."""
    q_words = query.split()
    l_words = label.key.split()
    if not q_words or len(q_words) > len(l_words):
        return 0.0
    used: set[int] = set()
    covered = 0
    for word in q_words:
        found = -1
        for i, candidate in enumerate(l_words):
            if i in used:
                continue
            if (
                candidate == word
                or (len(word) >= 3 and candidate.startswith(word))
                or (len(word) >= 5 and OSA.distance(word, candidate, score_cutoff=1) <= 1)
            ):
                found = i
                break
        if found < 0:
            return 0.0
        used.add(found)
        covered += min(len(word), len(l_words[found]))
    share = covered / max(1, len(label.compact))
    return SCORE_WORDS_BASE + SCORE_WORDS_COVERAGE * min(1.0, share)


class NameIndex:
    """All labels of all entities, with postings to find candidates quickly."""

    def __init__(self, labels: Iterable[Label]) -> None:
        self.labels: list[Label] = []
        seen: set[tuple[str, str]] = set()
        for label in labels:
            if label.key and (label.key, label.entity_id) not in seen:
                seen.add((label.key, label.entity_id))
                self.labels.append(label)
        self._by_key: dict[str, list[int]] = defaultdict(list)
        self._by_compact: dict[str, list[int]] = defaultdict(list)
        self._by_word: dict[str, list[int]] = defaultdict(list)
        self._by_gram: dict[str, list[int]] = defaultdict(list)
        for i, label in enumerate(self.labels):
            self._by_key[label.key].append(i)
            self._by_compact[label.compact].append(i)
            for word in set(label.key.split()):
                self._by_word[word].append(i)
            for gram in _grams(label.compact):
                self._by_gram[gram].append(i)
        self._words_sorted = sorted(self._by_word)
        # Labels in autocomplete order (shortest first, then alphabetical), so that the
        # first screenful for a very common prefix is found without ranking them all.
        self._shortest_first = sorted(
            range(len(self.labels)),
            key=lambda i: (len(self.labels[i].key), self.labels[i].text.casefold()),
        )
        self._shortest_position = [0] * len(self.labels)
        for position, i in enumerate(self._shortest_first):
            self._shortest_position[i] = position
        # Labels sorted by key and by compact key: the ones starting with what was typed
        # are one slice of each, found by bisection.
        self._by_key_order = sorted(range(len(self.labels)), key=lambda i: self.labels[i].key)
        self._keys_in_order = [self.labels[i].key for i in self._by_key_order]
        self._by_compact_order = sorted(
            range(len(self.labels)), key=lambda i: self.labels[i].compact
        )
        self._compacts_in_order = [self.labels[i].compact for i in self._by_compact_order]
        # A trigram that occurs in a large share of labels says little; skip it.
        self._common_gram = max(50, len(self.labels) // 20)

    def has_word(self, word: str) -> bool:
        """Whether any name or alias contains this (normalised) word."""
        return word in self._by_word

    def exact(self, query: str) -> list[Label]:
        key = normalize(query)
        ids = self._by_key.get(key) or self._by_compact.get(compact(key)) or []
        return [self.labels[i] for i in ids]

    def _prefixed_words(self, prefix: str, limit: int = 200) -> list[str]:
        start = bisect.bisect_left(self._words_sorted, prefix)
        out: list[str] = []
        for word in self._words_sorted[start:]:
            if not word.startswith(prefix) or len(out) >= limit:
                break
            out.append(word)
        return out

    def candidates(self, key: str) -> set[int]:
        """Label ids worth scoring for a normalised query."""
        return self._candidates(key, None)

    def _candidates(self, key: str, allowed: AbstractSet[str] | None) -> set[int]:
        found: set[int] = set()
        found.update(self._by_key.get(key, ()))
        key_compact = compact(key)
        found.update(self._by_compact.get(key_compact, ()))
        word_postings: list[list[int]] = []
        for word in set(key.split()):
            if word in self._by_word:
                word_postings.append(self._by_word[word])
            if len(word) >= 3:
                word_postings.extend(self._by_word[longer] for longer in self._prefixed_words(word))
        gram_postings = [
            posting
            for gram in _grams(key_compact)
            if (posting := self._by_gram.get(gram)) and len(posting) <= self._common_gram
        ]
        total = sum(map(len, word_postings)) + sum(map(len, gram_postings))
        if total <= SMALL_POSTINGS:
            # Few labels share anything with the query: take every word match and the
            # best trigram matches, and let the scorer judge them all.
            for posting in word_postings:
                found.update(posting)
            counts: Counter[int] = Counter()
            for posting in gram_postings:
                counts.update(posting)
            found.update(i for i, _ in counts.most_common(MAX_GRAM_CANDIDATES))
            return found
        # A large knowledge base: common words ("energy", "agency") and trigrams are
        # shared by thousands of labels, and scoring them all in Python takes tens of
        # milliseconds. Count, in C, how many of the query's most selective words and
        # trigrams each label shares (a word weighs as two trigrams), reading the rarest
        # postings first until a budget is spent, and score only the labels that share
        # the most. A typo keeps most trigrams and words intact, so the intended label
        # stays near the top of that count.
        counts = Counter()
        for postings, budget, weight in (
            (word_postings, WORD_POSTINGS_BUDGET, 2),
            (gram_postings, GRAM_POSTINGS_BUDGET, 1),
        ):
            spent = 0
            for posting in sorted(postings, key=len):
                if spent and spent + len(posting) > budget:
                    break
                spent += len(posting)
                for _ in range(weight):
                    counts.update(posting)
        if allowed is None:
            found.update(i for i, _ in counts.most_common(MAX_SCORED))
        else:
            # Speakers only (for `quote`): look a little deeper, then filter.
            ranked = (i for i, _ in counts.most_common(4 * MAX_SCORED))
            labels = self.labels
            kept = 0
            for i in ranked:
                if labels[i].entity_id in allowed:
                    found.add(i)
                    kept += 1
                    if kept >= MAX_SCORED:
                        break
        return found

    def search(self, query: str, *, allowed: AbstractSet[str] | None = None) -> list[Match]:
        """Best match per entity, best first. ``allowed`` restricts to those entity ids."""
        key = normalize(query)
        if not key:
            return []
        key_compact = compact(key)
        best: dict[str, Match] = {}
        for i in self._candidates(key, allowed):
            label = self.labels[i]
            if allowed is not None and label.entity_id not in allowed:
                continue
            score = similarity(key, key_compact, label)
            current = best.get(label.entity_id)
            if current is None or score > current.score:
                best[label.entity_id] = Match(label.entity_id, label.text, score, label.via)
        return sorted(best.values(), key=lambda m: (-m.score, m.label.casefold()))

    def prefix_complete(
        self, query: str, *, allowed: AbstractSet[str] | None = None
    ) -> list[Match]:
        """Autocomplete: labels whose words start with what was typed, ranked by position."""
        key = normalize(query)
        if not key:
            return []
        key_compact = compact(key)
        last = key.split()[-1]
        head = key[: len(key) - len(last)].strip()
        ids: set[int] = set()
        words = self._prefixed_words(last, limit=400)
        postings = [self._by_word[word] for word in words]
        if len(words) >= 400 or sum(map(len, postings)) > SMALL_COMPLETE:
            fast = self._complete_large(key, key_compact, last, head, allowed)
            if fast is not None:
                return fast
        for posting in postings:
            ids.update(posting)
        return self._rank_completions(ids, key, key_compact, last, head, allowed)

    def _complete_large(
        self,
        key: str,
        key_compact: str,
        last: str,
        head: str,
        allowed: AbstractSet[str] | None,
    ) -> list[Match] | None:
        """prefix_complete when thousands of labels have a word starting with ``last``.

        Ranking every one of them costs tens of milliseconds, and only the first
        screenful is ever shown, so this returns the best COMPLETE_LIMIT, ranked as
        prefix_complete ranks: labels that start with what was typed, shortest first,
        found by walking the labels in that order; then, when those are too few,
        labels with a later word starting with it. None means "use the full ranking".
        """
        if head:
            # "amara o": only labels holding every earlier word can rank at all.
            head_words = sorted((self._by_word.get(w, []) for w in head.split()), key=len)
            if not head_words or len(head_words[0]) > SMALL_COMPLETE:
                return None
            ids = set(head_words[0])
            for posting in head_words[1:]:
                ids.intersection_update(posting)
            ids |= self._starting_with(key, key_compact)  # "li l" also starts "LIL"
            return self._rank_completions(ids, key, key_compact, last, head, allowed)[
                :COMPLETE_LIMIT
            ]
        if self._count_starting_with(key, key_compact) > MANY_STARTING:
            # So many start with it that the shortest are met early in that order.
            found: dict[str, Match] = {}
            labels = self.labels
            for i in self._shortest_first[:MAX_COMPLETE_SCAN]:
                label = labels[i]
                if not (label.key.startswith(key) or label.compact.startswith(key_compact)):
                    continue
                if label.entity_id in found or (
                    allowed is not None and label.entity_id not in allowed
                ):
                    continue
                rank = len(label.key) / 1000
                found[label.entity_id] = Match(label.entity_id, label.text, 100.0 - rank, label.via)
                if len(found) >= COMPLETE_LIMIT:
                    return list(found.values())
            # Long labels ("2016 Nordic Trade Summit"): the shortest of them directly.
            shortest = heapq.nsmallest(
                8 * COMPLETE_LIMIT,
                self._starting_with(key, key_compact),
                key=self._shortest_position.__getitem__,
            )
            first = self._rank_completions(shortest, key, key_compact, last, head, allowed)
            if len(first) >= COMPLETE_LIMIT:
                return first[:COMPLETE_LIMIT]
        starting = self._starting_with(key, key_compact)
        first = self._rank_completions(starting, key, key_compact, last, head, allowed)
        if len(first) >= COMPLETE_LIMIT:
            return first[:COMPLETE_LIMIT]
        # Too few start with it: add the labels where a later word does, earliest
        # position first (as they rank), looking only at the most promising of them.
        labels = self.labels
        later: set[int] = set()
        for word in self._prefixed_words(last, limit=400):
            later.update(self._by_word[word])
        later.difference_update(starting)
        best = heapq.nsmallest(
            4 * COMPLETE_LIMIT,
            later,
            key=lambda i: (labels[i].key.find(last), len(labels[i].key)),
        )
        return self._rank_completions([*starting, *best], key, key_compact, last, head, allowed)[
            :COMPLETE_LIMIT
        ]

    def _count_starting_with(self, key: str, key_compact: str) -> int:
        """How many labels' key or compact key start with ``key`` (some counted twice)."""
        count = 0
        for values, prefix in ((self._keys_in_order, key), (self._compacts_in_order, key_compact)):
            lo = bisect.bisect_left(values, prefix)
            count += bisect.bisect_left(values, prefix + "\U0010ffff", lo) - lo
        return count

    def _starting_with(self, key: str, key_compact: str) -> set[int]:
        """Ids of the labels whose key, or compact key, starts with ``key``."""
        out: set[int] = set()
        for order, values, prefix in (
            (self._by_key_order, self._keys_in_order, key),
            (self._by_compact_order, self._compacts_in_order, key_compact),
        ):
            lo = bisect.bisect_left(values, prefix)
            hi = bisect.bisect_left(values, prefix + "\U0010ffff", lo)
            out.update(order[lo:hi])
        return out

    def _rank_completions(
        self,
        ids: Iterable[int],
        key: str,
        key_compact: str,
        last: str,
        head: str,
        allowed: AbstractSet[str] | None,
    ) -> list[Match]:
        ranked: dict[str, tuple[float, Match]] = {}
        for i in ids:
            label = self.labels[i]
            if allowed is not None and label.entity_id not in allowed:
                continue
            # Only labels with a word starting with ``last`` (ids may come from elsewhere).
            if not any(w.startswith(last) for w in label.key.split()):
                continue
            if label.key.startswith(key) or label.compact.startswith(key_compact):
                rank = 0.0
            elif head and head not in label.key:
                continue
            else:
                rank = 1.0 + label.key.find(last) / 100
            rank += len(label.key) / 1000
            current = ranked.get(label.entity_id)
            if current is None or rank < current[0]:
                ranked[label.entity_id] = (
                    rank,
                    Match(label.entity_id, label.text, 100.0 - rank, label.via),
                )
        return [
            m for _, m in sorted(ranked.values(), key=lambda rm: (rm[0], rm[1].label.casefold()))
        ]
