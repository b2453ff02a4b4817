"""Retrieval: BM25 over fact, quote and summary text, plus named-entity and answer-type bonuses.

This is the retriever for free-text facts inside the question pipeline (``bot.engine.qa``):
it ranks docs of the term index for a set of content words and named entities, and
abstains (returns nothing) when the best doc does not *cover* the question: most of
the question's weight (named entities and content words, with words the knowledge base
has never seen weighing the most) must appear in it.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain, repeat
from operator import attrgetter

import numpy as np

from bot import slices
from bot.kb.models import Entity, LoadedFact, LoadedQuote
from bot.search.index import Index
from bot.search.synonyms import synonyms
from bot.search.terms import Doc, Scores

# Ranking: BM25 plus these bonuses.
ENTITY_BONUS = 2.0
ANSWER_TYPE_BONUS = 1.5
QUOTE_WEIGHT = 0.8  # a fact states things plainly; prefer it over a quote
ENTITY_DOC_WEIGHT = 0.7  # an entity's summary answers "what is it", facts the rest
SYNONYM_WEIGHT = 0.8  # a synonym is a slightly weaker match than the word itself
# Abstention: the best answer must cover more than this share of the question...
MIN_COVERAGE = 0.55
# ...and at least this share of its content words (beyond the names), so that naming
# an entity does not make any fact about it an answer ("where is UNIDO headquartered?").
MIN_TERM_COVERAGE = 0.4
# A named entity weighs this many times the knowledge base's mean term idf when
# measuring coverage: more than a typical word, less than two unknown words.
ENTITY_COVERAGE_WEIGHT = 1.5
# Related facts shown under the answer must score at least this share of the best.
RELATED_RATIO = 0.6
MAX_RELATED = 2
RANKED_CANDIDATES = 25
# Up to this many candidate docs are all considered in full; beyond it (a common word on
# a large knowledge base) only those that can still reach the top RANKED_CANDIDATES are.
EXHAUSTIVE_RANKING = 400


@dataclass(slots=True)
class Candidate:
    doc: Doc
    item: LoadedFact | LoadedQuote | Entity
    score: float
    coverage: float
    # Whether the content words are covered without synonyms. A date answers "when
    # was Alibaba founded?" only if the fact says "founded", not "Founder".
    literal: bool = True


@dataclass(frozen=True, slots=True)
class QueryTerm:
    """One content word of the question and the vocabulary terms that stand for it."""

    alternatives: dict[str, float]  # vocabulary term -> match weight
    weight: float  # how much of the question this word is (idf-based)
    # Which of the alternatives are only synonyms (not the word, nor a typo of it).
    synonyms: frozenset[str] = frozenset()


# Words whose meaning an answer must carry, not just relate to: a question about


_KIND = attrgetter("kind")
_ID = attrgetter("id")


class Retriever:
    """Ranks the term index's docs for a question's content words and named entities."""

    def __init__(self, index: Index) -> None:
        self.index = index
        # Read by the ranking of large candidate sets; built once, with the index.
        self._doc_traits = self._traits()

    def query_terms(self, terms: list[str]) -> list[QueryTerm]:
        """Each content word with the vocabulary terms (itself, a typo fix, synonyms) it matches."""
        vocabulary = self.index.terms
        out = []
        for term in dict.fromkeys(terms):
            alternatives: dict[str, float] = {}
            resolved = vocabulary.resolve_term(term)
            if resolved is not None:
                alternatives[resolved[0]] = resolved[1]
            only_synonyms = set()
            for base in {term, *(alternatives or ())}:
                for synonym in synonyms(base):
                    if vocabulary.known(synonym) and synonym not in alternatives:
                        alternatives[synonym] = SYNONYM_WEIGHT
                        only_synonyms.add(synonym)
            if resolved is not None:
                # The word's own weight: a rare synonym does not make the question's
                # word weigh more (else a fact with the word itself falls short of
                # covering it once the thesaurus grows).
                weight = vocabulary.idf(resolved[0]) * resolved[1]
            elif alternatives:
                weight = max(vocabulary.idf(t) * w for t, w in alternatives.items())
            else:
                # A word nothing in the knowledge base uses weighs the most.
                weight = vocabulary.unknown_idf
            out.append(QueryTerm(alternatives, weight, frozenset(only_synonyms)))
        return out

    # --- ranking --------------------------------------------------------------------

    def rank(
        self,
        terms: list[str],
        mentioned: set[str],
        *,
        wants: str | None = None,
        include_quotes: bool = True,
        only: set[str] | None = None,
        mention_terms: dict[str, frozenset[str]] | None = None,
        mandatory: frozenset[str] = frozenset(),
    ) -> list[Candidate]:
        """Facts, quotes and summaries that answer the question, best first, each covering it."""
        index = self.index
        query = self.query_terms(terms)
        scores = index.terms.score([(t, w) for q in query for t, w in q.alternatives.items()])
        doc_position = index.terms.position
        # Docs about a named entity are candidates even when they share no word with it.
        about_mentioned: list[int] = []
        for entity_id in mentioned:
            for fact in index.facts_by_entity.get(entity_id, []):
                about_mentioned.append(doc_position[Doc("fact", fact.id)])
            if include_quotes:
                for quote in (
                    *index.quotes_about.get(entity_id, []),
                    *index.quotes_by_speaker.get(entity_id, []),
                ):
                    about_mentioned.append(doc_position[Doc("quote", quote.id)])

        entity_weight = ENTITY_COVERAGE_WEIGHT * index.terms.mean_idf
        mention_terms = mention_terms or {}
        term_weight = sum(q.weight for q in query)
        total_weight = term_weight + entity_weight * len(mentioned)
        if total_weight <= 0:
            return []

        def consider(doc_id: int) -> Candidate | None:
            doc = index.terms.docs[doc_id]
            if doc.kind == "quote" and not include_quotes:
                return None
            if only is not None and doc.id not in only:
                return None
            text_terms = index.terms.text_terms_of(doc_id)
            if not mandatory <= text_terms:
                return None
            item = self.item(doc)
            about = about_of(item)
            # A named entity is covered when the item is about it, or its own text
            # names it (the context names other entities, which would not count).
            named = sum(
                1
                for e in mentioned
                if e in about or (mention_terms.get(e) and mention_terms[e] <= text_terms)
            )
            score = scores.get(doc_id) + ENTITY_BONUS * named
            if isinstance(item, LoadedFact) and (
                (wants == "date" and item.date) or (wants == "place" and item.place)
            ):
                score += ANSWER_TYPE_BONUS
            score *= {"quote": QUOTE_WEIGHT, "entity": ENTITY_DOC_WEIGHT}.get(doc.kind, 1.0)
            doc_terms = index.terms.terms_of(doc_id)
            # One by one, as eligible() adds them up (sum() may compensate for rounding,
            # which would make the two disagree at the threshold).
            covered = 0.0
            for q in query:
                if any(t in doc_terms for t in q.alternatives):
                    covered += q.weight
            if term_weight and covered < MIN_TERM_COVERAGE * term_weight:
                return None
            literal = sum(
                q.weight
                for q in query
                if any(t in doc_terms for t in q.alternatives if t not in q.synonyms)
            )
            covered += entity_weight * named
            return Candidate(
                doc,
                item,
                score,
                covered / total_weight,
                literal >= MIN_TERM_COVERAGE * term_weight,
            )

        def eligible(ids: np.ndarray) -> np.ndarray:
            """The docs among ``ids`` that consider() does not turn down at once.

            The same tests, run over many docs at a time, so that a common word does
            not mean thousands of docs considered one by one only to be turned down.
            """
            terms_index = index.terms
            if only is not None:
                ids = np.array([d for d in ids.tolist() if terms_index.docs[d].id in only], np.intp)
            if mandatory:
                # Postings cover text and context; consider() reads the text alone.
                ids = ids[terms_index.mask_of_all(mandatory)[ids]]
            if term_weight:
                # Summed query term by query term, as consider() sums them (adding 0.0
                # for a missing term changes nothing), so the comparison is the same.
                covered = np.zeros(len(ids))
                for q in query:
                    covered += q.weight * terms_index.mask_of_any(q.alternatives)[ids]
                ids = ids[~(covered < MIN_TERM_COVERAGE * term_weight)]
            return ids

        ranked = self._best_of(
            scores, about_mentioned, consider, eligible, mentioned, mention_terms, wants
        )
        # Covering first, then the cut: rare words shared by many docs about other
        # entities ("appointed Head of Partnerships of <another org>") outscore the one
        # doc about the named entity and would otherwise fill the cut, leaving nothing.
        ranked = [c for c in ranked if c.coverage > MIN_COVERAGE]
        ranked.sort(key=lambda c: (-c.score, c.doc.kind, self.order(c.item)))
        return ranked[:RANKED_CANDIDATES]

    def _best_of(
        self,
        scores: Scores,
        about_mentioned: list[int],
        consider: Callable[[int], Candidate | None],
        eligible: Callable[[np.ndarray], np.ndarray],
        mentioned: set[str],
        mention_terms: dict[str, frozenset[str]],
        wants: str | None,
    ) -> list[Candidate]:
        """Every candidate that can reach the top RANKED_CANDIDATES, considered in full.

        The candidates are the docs holding a query term and those about a named
        entity. A common word ("office", "region") makes them tens of thousands on a
        large knowledge base, and considering one costs microseconds. Only docs about a
        named entity, or whose words contain a named entity's, can get the entity
        bonus; every other doc scores at most its BM25 plus the answer-type bonus. So
        those "named" docs are considered first, then the others from the highest BM25
        down, stopping once even the best remaining one cannot beat the lowest of the
        RANKED_CANDIDATES best scores so far. The top RANKED_CANDIDATES are exactly
        those of considering every doc. ``eligible`` drops, many at a time, docs that
        ``consider`` would turn down.
        """
        values = scores.values
        touched = scores.touched()
        extra = set(about_mentioned)
        untouched_extra = sum(1 for d in extra if values[d] == 0.0)
        if len(touched) + untouched_extra <= EXHAUSTIVE_RANKING:
            # Built in the order the docs were met, as the tie-breaks of the final sort
            # (stable) then see them in a fixed order.
            candidate_ids = set(scores.in_order_met())
            candidate_ids.update(about_mentioned)
            return [c for c in map(consider, candidate_ids) if c is not None]
        index = self.index
        position = index.terms.position
        named: set[int] = set()
        for e in mentioned:
            named.update(position[Doc("fact", f.id)] for f in index.facts_by_entity.get(e, []))
            for quote in (*index.quotes_about.get(e, []), *index.quotes_by_speaker.get(e, [])):
                named.add(position[Doc("quote", quote.id)])
            own = position.get(Doc("entity", e))
            if own is not None:
                named.add(own)
            if mention_terms.get(e):
                named |= index.terms.docs_with_all(mention_terms[e])
        named = {d for d in named if d in extra or values[d] > 0.0}
        named = set(eligible(np.array(sorted(named), np.intp)).tolist())
        ranked = [c for c in map(consider, named) if c is not None]
        best = heapq.nlargest(RANKED_CANDIDATES, (c.score for c in ranked))
        heapq.heapify(best)

        # A doc named by no entity gets no entity bonus, so its score is exactly
        # (BM25 + its answer-type bonus) x its kind's weight, computed here for many docs
        # at once with the same operations in the same order as consider() does (adding
        # a 0.0 bonus and weighing by 1.0 change nothing). A doc scoring no more than the
        # lowest of the best RANKED_CANDIDATES so far cannot take its place; one that
        # merely ties it is skipped too, since templated facts can tie by the thousand
        # (the newest-first tie-break among exact ties then only sees the docs already
        # considered).
        kind_weight, has_date, has_place = self._doc_traits
        answer_flag = {"date": has_date, "place": has_place}.get(wants or "")

        def unnamed_scores(docs: np.ndarray) -> np.ndarray:
            score = values[docs]
            if answer_flag is not None:
                score = score + np.where(answer_flag[docs], ANSWER_TYPE_BONUS, 0.0)
            return score * kind_weight[docs]

        def floor() -> float:
            return best[0] if len(best) >= RANKED_CANDIDATES else -math.inf

        def take(docs: np.ndarray, skip: set[int]) -> list[int]:
            """Consider ``docs`` from the best down, while they can still make the cut."""
            expected = unnamed_scores(docs)
            order = np.argsort(-expected, kind="stable")
            taken: list[int] = []
            for d, score in zip(docs[order].tolist(), expected[order].tolist(), strict=True):
                if d in skip:
                    continue
                if score <= floor():
                    break  # sorted: no later doc can make the cut either
                taken.append(d)
                c = consider(d)
                if c is None:
                    continue
                ranked.append(c)
                if len(best) < RANKED_CANDIDATES:
                    heapq.heappush(best, c.score)
                elif c.score > best[0]:
                    heapq.heapreplace(best, c.score)
            return taken

        # The best docs by BM25 first (found by value, which is cheap), then whatever
        # can still beat the floor they set.
        touched = eligible(touched)
        bm25 = values[touched]
        if len(bm25) > 2 * RANKED_CANDIDATES:
            k = len(bm25) - 2 * RANKED_CANDIDATES
            cut = np.partition(bm25, k)[k]
        else:
            cut = bm25.min() if len(bm25) else 0.0
        seen = named.union(take(touched[bm25 >= cut], named))
        lowest = floor()
        if lowest > -math.inf:
            touched = touched[unnamed_scores(touched) > lowest]
        take(touched, seen)
        return ranked

    def _traits(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per doc of the term index: its kind's weight, and whether it has a date, a place."""
        # Iterated in C (map, compress): a Python loop over the 350,000 docs of a
        # 100,000-entity base took a good part of a reload's question tables.
        weights = {"quote": QUOTE_WEIGHT, "entity": ENTITY_DOC_WEIGHT}
        docs = self.index.terms.docs
        n = len(docs)
        kinds = slices.mapped(_KIND, docs)
        kind_weight = np.fromiter(
            chain.from_iterable(
                map(weights.get, part, repeat(1.0)) for _, part in slices.slices(kinds)
            ),
            float,
            n,
        )
        is_fact = np.fromiter(
            chain.from_iterable(map("fact".__eq__, part) for _, part in slices.slices(kinds)),
            bool,
            n,
        )
        fact_by_id = self.index.fact_by_id
        fact_docs = slices.picked(docs, "fact".__eq__, _KIND)
        facts = [fact_by_id.get(doc.id) for doc in fact_docs]
        has_date = np.zeros(n, bool)
        has_place = np.zeros(n, bool)
        where = np.flatnonzero(is_fact)
        has_date[where] = np.fromiter((bool(f and f.date) for f in facts), bool, len(facts))
        has_place[where] = np.fromiter((bool(f and f.place) for f in facts), bool, len(facts))
        return kind_weight, has_date, has_place

    def item(self, doc: Doc) -> LoadedFact | LoadedQuote | Entity:
        if doc.kind == "fact":
            return self.index.fact_by_id[doc.id]
        if doc.kind == "quote":
            return self.index.quote_by_id[doc.id]
        return self.index.entity(doc.id)

    def order(self, item: LoadedFact | LoadedQuote | Entity) -> tuple[int, int]:
        return (0, 0) if isinstance(item, Entity) else self.index.newest_first(item)

    # --- answers --------------------------------------------------------------------


def about_of(item: LoadedFact | LoadedQuote | Entity) -> set[str]:
    if isinstance(item, Entity):
        return {item.id}
    about = set(item.about)
    if isinstance(item, LoadedFact) and item.place:
        about.add(item.place)
    if isinstance(item, LoadedQuote):
        about.add(item.speaker)
    return about


# "The closest the releases come": at most this many facts about the subjects are read.
MAX_CLOSEST_POOL = 2_000


def closest_facts(
    retriever: Retriever, subjects: list[str], terms: list[str], limit: int
) -> list[LoadedFact]:
    """Facts about the subjects that share the most with the question, when none covers it.

    Facts about every subject come first, then those that lead with one of them
    (``about[0]``), then BM25 over the question's words; newest first on ties.
    """
    index = retriever.index
    if not subjects:
        return []
    pool: dict[str, LoadedFact] = {}
    for subject in subjects:
        for fact in index.facts_by_entity.get(subject, [])[:MAX_CLOSEST_POOL]:
            pool.setdefault(fact.id, fact)
    if not pool:
        return []
    # The words themselves (or typos of them), not synonyms: "led" is not "director".
    query = retriever.query_terms(terms)
    scores = index.terms.score(
        [(t, w) for q in query for t, w in q.alternatives.items() if t not in q.synonyms]
    )
    position = index.terms.position
    wanted = set(subjects)

    def key(fact: LoadedFact) -> tuple[float, ...]:
        both = len(wanted & set(fact.about))
        lead = fact.about[0] in wanted
        return (-both, -scores.get(position[Doc("fact", fact.id)]), not lead, len(fact.about))

    ranked = sorted(pool.values(), key=lambda f: (*key(f), *index.newest_first(f)))
    return ranked[:limit]
