"""Answering free questions ("when did they meet?") from facts and quotes.

The pipeline, in order:

0. Chat filler and misspelt grammar words are cleaned up, and the kind of answer
   wanted (a date, a place, a count) is noted (``understand.py``).
1. "What is X" / "who is X" / "tell me about X", where X is clearly one entity, is
   answered like ``!what X``; so is a question that names one entity and nothing else.
2. Entities named in the question are found (exact names and aliases first, then
   typo-tolerant matches of the leftover words).
3. "What did X say about Y" picks X's quote that best fits Y.
4. Otherwise facts, quotes and entity summaries are ranked by BM25 over stemmed
   content words (and their synonyms), plus a bonus for each named entity they are
   about and for carrying what the question asks for (a date for "when", a place for
   "where"). Numbers and words like "next" in the question must appear in the answer.
5. The best candidate must *cover* the question: most of the question's weight (named
   entities and content words, with words the knowledge base has never seen weighing
   the most) must appear in it. Otherwise the engine abstains rather than guess.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

import numpy as np

from bot import limits
from bot.engine.answer import Answer, Status
from bot.engine.cite import cite
from bot.engine.request import Request
from bot.engine.text import HONORIFICS, clip, echo, strip_honorific
from bot.engine.understand import (
    ANSWER_TYPE_TERMS,
    RELATION_TERMS,
    ROLE_TERMS,
    Question,
    understand,
)
from bot.kb.models import Entity, EntityKind, LoadedFact, LoadedQuote
from bot.search.index import Index
from bot.search.names import MATCH_THRESHOLD, SCORE_EXACT, SCORE_PER_TYPO, Match
from bot.search.synonyms import synonyms
from bot.search.terms import QUESTION_WORDS, STOP_WORDS, Doc, Scores, content_terms, stem
from bot.textnorm import compact, normalize

if TYPE_CHECKING:
    from bot.engine.engine import Engine

# A "what is X" subject must match this well to be answered as an entity lookup: a
# typo or two, or whole words of the name covering most of it ("who is jack").
DEFINITION_THRESHOLD = 83.0
# Leftover question words must match a name at least this well to count as a mention
# (one or two typos in a name, or a name given by some of its words).
MENTION_THRESHOLD = 83.0
MENTION_MIN_CHARS = 5
MAX_MENTION_WORDS = 6
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
MAX_LISTED_SPEAKERS = 20
# The work bound of one question, checked at the entry (issue 14: a crowd of long
# questions made of the knowledge base's own words held the bot for seconds). Mention
# search makes up to MAX_MENTION_WORDS exact lookups and three fuzzy searches per word,
# and ranking reads the postings of every distinct content word, so bounding both
# bounds a question's work. The longest question in the answer and held-out sets has 13
# words and 7 content words; past either bound the answer says the question is too long.
MAX_QUESTION_WORDS = 50
MAX_QUESTION_TERMS = 25

_DEFINITION = [
    re.compile(p)
    for p in (
        r"^(?:what|who) (?P<x>.+) (?:is|are|was|were)$",  # "(I want to know) what X is"
        r"^(?:what|who) (?:is|are|was|were)(?: an| a| the)? (?P<x>.+)$",
        r"^(?:what|who)(?: an| a| the)? (?P<x>.+)$",  # "what's eWTP" folds to "what ewtp"
        r"^(?:please )?(?:tell|teach) (?:me|us) (?:more )?about (?P<x>.+)$",
        r"^what (?:do|can) you (?:know|tell me|say) about (?P<x>.+)$",
        r"^(?:define|describe|explain|about|info on|information on) (?P<x>.+)$",
        r"^what does (?P<x>.+) (?:stand for|mean|do)$",
        r"^what (?:is|are) (?P<x>.+) (?:about|for)$",
        r"^what (?:kind|sort|type) of \w+(?: \w+)? (?:is|are|was|were) (?P<x>.+)$",
        r"^how (?:does|do|did) (?:the )?(?:press )?(?:release|releases|text|announcement) describe (?P<x>.+)$",
        r"^how (?:is|are|was|were) (?P<x>.+) described$",
        r"^(?P<x>.+)$",
    )
]
_QUOTE_WORDS = frozenset(
    "say said says saying state stated states statement quote quotes quoted think thinks thought "
    "comment comments commented remark remarks words view views opinion believe believes".split()
)


@dataclass(frozen=True, slots=True)
class Mention:
    entity_id: str
    words: tuple[int, int]  # [start, end) word positions in the question


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
# "the next meeting" is not answered by the last one.
_MANDATORY_WORDS = frozenset("next upcoming future tomorrow".split())
_NUMBER = re.compile(r"^\d+$")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_DATES = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b\d{4}-\d{2}(?:-\d{2})?\b",
    re.IGNORECASE,
)
_NON_YEAR_NUMBER = re.compile(
    r"\b(?!(?:19|20)\d\d\b)\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|billion|billions)\b",
    re.IGNORECASE,
)


_EXCLUDING = frozenset(
    {"besides", "except", "excluding", "beyond", "aside from", "apart from", "other than"}
)


def _excluded(words: list[str], mention: Mention) -> bool:
    """ "Besides eWTP, what else…": an entity named only to be set aside."""
    start = mention.words[0]
    before = words[max(0, start - 2) : start]
    return bool(before) and (before[-1] in _EXCLUDING or " ".join(before) in _EXCLUDING)


def format_date(value: str) -> str:
    """'2018-04-21' -> 'Saturday, April 21, 2018'; '2016-09' -> 'September 2016'; '2017' stays."""
    parts = value.split("-")
    try:
        if len(parts) == 3:
            day = dt.date.fromisoformat(value)
            return f"{day:%A}, {day:%B} {day.day}, {day.year}"
        if len(parts) == 2:
            return f"{dt.date(int(parts[0]), int(parts[1]), 1):%B %Y}"
    except ValueError:
        pass
    return value


class QuestionAnswerer:
    def __init__(self, index: Index, engine: Engine) -> None:
        self.index = index
        # The engine owns this answerer; a weak reference back keeps the two from
        # forming a reference cycle, so a replaced snapshot is freed by reference
        # counting alone (the service keeps snapshots out of the cyclic collector).
        self.engine: Engine = cast("Engine", weakref.proxy(engine))
        # Read by the ranking of large candidate sets; built here, off the event loop.
        self._doc_traits = self._traits()

    def _known_word(self, word: str) -> bool:
        return self.index.terms.known(stem(word)) or self.index.names.has_word(word)

    def answer(self, request: Request) -> Answer:
        question = request.argument
        key = normalize(question)
        if not key:
            return self._usage()
        if (
            len(key.split()) > MAX_QUESTION_WORDS
            or len(set(content_terms(key))) > MAX_QUESTION_TERMS
        ):
            return self._too_long()
        q = understand(key, self._known_word)
        words = list(q.words)

        subject = self._definition(q.key)
        if subject is not None:
            # Answered like !what / !who, which also reports two equally good matches.
            command = "who" if words[0] in ("who", "whom") else "what"
            return self.engine.what(Request(command, subject), command=command)

        found = self.find_mentions(words)
        # Words naming an entity are not content words, even when it is set aside.
        mention_words = {i for m in found for i in range(*m.words)}
        mentions = [m for m in found if not _excluded(words, m)]
        mentioned = {m.entity_id for m in mentions}
        mention_terms = {
            m.entity_id: frozenset(content_terms(" ".join(words[slice(*m.words)])))
            for m in mentions
        }
        leftover = [w for i, w in enumerate(words) if i not in mention_words]
        terms = content_terms(" ".join(leftover))
        if q.meta == "sources" or (q.meta and not mentioned):
            return self._meta_answer(q.meta, mentioned)
        if not terms and not mentions:
            return self._usage()

        if any(w in _QUOTE_WORDS for w in words):
            quoted = self._quote_answer(mentioned, terms)
            if quoted is not None:
                return quoted

        # "which day", "what city", "which groups": words naming the kind of answer.
        terms = [t for t in terms if t not in ANSWER_TYPE_TERMS[q.wants] | ANSWER_TYPE_TERMS[None]]
        people = [e for e in mentioned if e in self.index.person_ids]
        if terms and set(terms) <= ROLE_TERMS and len(people) == 1 and len(mentioned) == 1:
            return self.engine.describe(people[0], command="who")  # "What is Li Yong's title?"
        if mentioned:
            terms = [t for t in terms if t not in RELATION_TERMS]
        if not terms and len(mentioned) == 1 and q.wants is None:
            # "and the WEF?", "what has the WEF got to do with this": only a name.
            return self.engine.describe(next(iter(mentioned)))

        mandatory = {w for w in leftover if _NUMBER.match(w) or w in _MANDATORY_WORDS}
        ranked = self.rank(
            terms,
            mentioned,
            wants=q.wants,
            include_quotes=True,
            mention_terms=mention_terms,
            mandatory=frozenset(content_terms(" ".join(mandatory))),
        )
        if not ranked:
            return self._not_found(question, mentioned, q.wants)
        return self._best_answer(question, ranked, q, mentioned)

    # --- understanding the question -------------------------------------------------

    def _definition(self, key: str) -> str | None:
        """The subject X of a "what/who is X" question, when X is clearly a name."""
        for pattern in _DEFINITION:
            match = pattern.match(key)
            if match is None:
                continue
            subject = match["x"].strip()
            subject = re.sub(r"^(?:the|an|a) ", "", subject)
            if not subject or subject in STOP_WORDS or subject in QUESTION_WORDS:
                continue
            found = self.index.names.search(subject)
            if found and found[0].score >= DEFINITION_THRESHOLD:
                return subject
            titled = strip_honorific(subject)
            if titled != subject and self._person_named(titled) is not None:
                return titled  # "who is Mr Li": a title says a person is meant
        return None

    def _person_named(self, name: str) -> str | None:
        """The one person a bare first or last name after a title ("Mr. Ma") stands for."""
        found = self.index.names.search(name, allowed=self.index.person_ids)
        good = [m for m in found if m.score >= MATCH_THRESHOLD]
        return good[0].entity_id if len({m.entity_id for m in good}) == 1 else None

    def find_mentions(self, words: list[str]) -> list[Mention]:
        """Entities named in the question: longest exact names first, then fuzzy ones."""
        names = self.index.names
        taken = [False] * len(words)
        mentions: list[Mention] = []
        for start in range(len(words) - 1):
            if words[start] in HONORIFICS:
                person = self._person_named(words[start + 1])
                if person is not None:
                    mentions.append(Mention(person, (start, start + 2)))
                    taken[start : start + 2] = [True, True]
        for size in range(min(MAX_MENTION_WORDS, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                if any(taken[start : start + size]):
                    continue
                chunk = words[start : start + size]
                if all(w in STOP_WORDS or w in QUESTION_WORDS for w in chunk):
                    continue
                labels = names.exact(" ".join(chunk))
                owners = {label.entity_id for label in labels}
                if len(owners) == 1:
                    mentions.append(Mention(owners.pop(), (start, start + size)))
                    taken[start : start + size] = [True] * size
        # Typos: runs of leftover content words, matched fuzzily.
        for size in (3, 2, 1):
            for start in range(len(words) - size + 1):
                if any(taken[start : start + size]):
                    continue
                chunk = words[start : start + size]
                if chunk[0] in STOP_WORDS or chunk[-1] in STOP_WORDS or chunk[0] in QUESTION_WORDS:
                    continue
                text = " ".join(chunk)
                if len(compact(text)) < MENTION_MIN_CHARS:
                    continue
                found = names.search(text)
                if not found or found[0].score < MENTION_THRESHOLD:
                    continue
                if len(found) > 1 and found[1].score >= found[0].score - 0.5:
                    continue
                if not self._names_entity(found[0], chunk):
                    continue
                mentions.append(Mention(found[0].entity_id, (start, start + size)))
                taken[start : start + size] = [True] * size
        return mentions

    def _names_entity(self, match: Match, chunk: list[str]) -> bool:
        """Whether words that only partly match a name really refer to the entity.

        People go by any part of their name ("Yong"), but a trailing generic word of
        another name ("initiative" in "eWTP initiative") is not a reference to it.
        """
        if match.score >= SCORE_EXACT - SCORE_PER_TYPO * 2:
            return True  # the whole name, give or take a typo or two
        if self.index.entity(match.entity_id).kind is EntityKind.PERSON:
            return True
        return normalize(match.label).startswith(chunk[0][:4])

    def _query_terms(self, terms: list[str]) -> list[QueryTerm]:
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
            if alternatives:
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
        query = self._query_terms(terms)
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
            item = self._item(doc)
            about = _about(item)
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
        ranked.sort(key=lambda c: (-c.score, c.doc.kind, self._order(c.item)))
        return [c for c in ranked[:RANKED_CANDIDATES] if c.coverage > MIN_COVERAGE]

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
        weights = {"quote": QUOTE_WEIGHT, "entity": ENTITY_DOC_WEIGHT}
        facts = self.index.fact_by_id
        kind_weight: list[float] = []
        has_date: list[bool] = []
        has_place: list[bool] = []
        for doc in self.index.terms.docs:
            kind_weight.append(weights.get(doc.kind, 1.0))
            fact = facts.get(doc.id) if doc.kind == "fact" else None
            has_date.append(fact is not None and bool(fact.date))
            has_place.append(fact is not None and bool(fact.place))
        return np.array(kind_weight), np.array(has_date, bool), np.array(has_place, bool)

    def _item(self, doc: Doc) -> LoadedFact | LoadedQuote | Entity:
        if doc.kind == "fact":
            return self.index.fact_by_id[doc.id]
        if doc.kind == "quote":
            return self.index.quote_by_id[doc.id]
        return self.index.entity(doc.id)

    def _order(self, item: LoadedFact | LoadedQuote | Entity) -> tuple[int, int]:
        return (0, 0) if isinstance(item, Entity) else self.index.newest_first(item)

    # --- answers --------------------------------------------------------------------

    def _quote_answer(self, mentioned: set[str], terms: list[str]) -> Answer | None:
        index = self.index
        speakers = [e for e in mentioned if e in index.speaker_ids]
        if len(speakers) > 1:
            # "What did UNIDO's Li Yong say": prefer the person over their organisation.
            people = [s for s in speakers if s in index.person_ids]
            speakers = people or speakers
        if len(speakers) > 1:
            return None
        if speakers:
            speaker = speakers[0]
            quotes = index.quotes_for(speaker)
            topic = (mentioned - {speaker}) - set(index.people_by_org.get(speaker, []))
            ranked = (
                self.rank(terms, topic, include_quotes=True, only={q.id for q in quotes})
                if (terms or topic)
                else []
            )
            best = ranked[0].item if ranked else quotes[0]
            return self._quote_page(speaker, best.id)
        ranked = [c for c in self.rank(terms, mentioned) if c.doc.kind == "quote"]
        if not ranked:
            return None
        quote = ranked[0].item
        assert isinstance(quote, LoadedQuote)
        return self._quote_page(quote.speaker, quote.id)

    def _quote_page(self, speaker: str, quote_id: str) -> Answer:
        quotes = self.index.quotes_for(speaker)
        page = next(i for i, q in enumerate(quotes, 1) if q.id == quote_id)
        return self.engine.quote_page(speaker, page)

    def _best_answer(
        self, question: str, ranked: list[Candidate], q: Question, mentioned: set[str]
    ) -> Answer:
        best = ranked[0]
        item = best.item
        if isinstance(item, LoadedQuote):
            return self._quote_page(item.speaker, item.id)
        if isinstance(item, Entity):
            if q.wants is None:
                return self.engine.describe(item.id)
            facts = [c for c in ranked if isinstance(c.item, LoadedFact)]
            if not facts:
                return self._not_found(question, mentioned or {item.id}, q.wants)
            best = facts[0]
        # The answer must carry what was asked for: a date, a place, a number.
        if q.wants == "date":
            # A dated fact, or one whose text gives years ("Framework 2018-2021").
            ranked = [
                c
                for c in ranked
                if isinstance(c.item, LoadedFact)
                and (c.item.date or _YEAR.search(c.item.text))
                and c.literal
            ]
        elif q.wants == "place":
            ranked = [c for c in ranked if isinstance(c.item, LoadedFact) and c.item.place]
        elif q.wants == "count":
            ranked = [
                c
                for c in ranked
                if isinstance(c.item, LoadedFact)
                and _NON_YEAR_NUMBER.search(_DATES.sub(" ", c.item.text))
            ]
        else:
            ranked = [c for c in ranked if isinstance(c.item, LoadedFact)]
        if not ranked:
            return self._not_found(question, mentioned, q.wants)
        return self._fact_answer(question, ranked, q.wants)

    def _fact_answer(self, question: str, ranked: list[Candidate], wants: str | None) -> Answer:
        index = self.index
        best = ranked[0]
        item = best.item
        assert isinstance(item, LoadedFact)
        lines: list[str] = []
        if wants == "date" and item.date:
            lines.append(f"**When:** {format_date(item.date)}")
        if wants == "place" and item.place:
            lines.append(f"**Where:** {index.display_name(item.place)}")
        lines.append(item.text.strip())
        shown = [item]
        related = [
            c.item
            for c in ranked[1:]
            if isinstance(c.item, LoadedFact)
            and c.score >= RELATED_RATIO * best.score
            and c.item.id != item.id
        ][:MAX_RELATED]
        if related:
            lines.append("\nRelated:\n" + "\n".join(f"• {f.text.strip()}" for f in related))
            shown += related
        citations = {fact.source: cite(index, fact.source) for fact in reversed(shown)}
        return Answer(
            status=Status.ANSWERED,
            title=clip(echo(question), limits.EMBED_TITLE_CHARS),
            text=clip("\n".join(lines)),
            citations=tuple(reversed(citations.values())),
            entities=tuple(dict.fromkeys(e for f in shown for e in f.about)),
            command="question",
        )

    def _meta_answer(self, meta: str, mentioned: set[str]) -> Answer:
        """Questions about the knowledge base itself: its speakers, releases, a summary."""
        index = self.index
        if meta == "sources":
            # "When was the UNIDO/Alibaba release published?": the releases about them.
            return self.engine.sources(Request("sources"), about=mentioned)
        if meta == "speakers":
            # The most quoted first; a long list is cut to what fits one message.
            speakers = sorted(
                index.quotes_by_speaker, key=lambda e: (-len(index.quotes_by_speaker[e]), e)
            )[:MAX_LISTED_SPEAKERS]
            lines = []
            for speaker in speakers:
                role = index.role_as_of(speaker)
                count = len(index.quotes_by_speaker[speaker])
                detail = f", {index.role_text(role)}" if role else ""
                lines.append(
                    f"• {index.entity(speaker).name}{detail}: {count} quote{'s' if count != 1 else ''}"
                )
            sources = {q.source for e in speakers for q in index.quotes_by_speaker[e]}
            return Answer(
                status=Status.ANSWERED,
                title="Who is quoted",
                text=clip(
                    "\n".join(lines)
                    + f"\n\n`{self.engine.prefix}quote <name>` shows what they said."
                ),
                citations=tuple(cite(index, s.id) for s in index.sources_newest if s.id in sources),
                entities=tuple(speakers),
                command="question",
            )
        newest = index.sources_newest[0] if index.sources_newest else None
        if newest is None:
            return self.engine.sources(Request("sources"))
        facts = index.facts_by_source.get(newest.id, [])
        body = "\n".join(f"• {f.text.strip()}" for f in facts[:5])
        return Answer(
            status=Status.ANSWERED,
            title=clip(newest.source.title, limits.EMBED_TITLE_CHARS),
            text=clip(body),
            citations=(cite(index, newest.id),),
            command="question",
        )

    def _not_found(self, question: str, mentioned: set[str], wants: str | None) -> Answer:
        index = self.index
        what = {"date": "when that was", "place": "where that was", "count": "how many"}.get(
            wants or "", "that"
        )
        ids = sorted(mentioned)[:3]
        names = [index.entity(e).name for e in ids]
        p = self.engine.prefix
        if names:
            text = f"The releases I know don't say {what}. For what they say about {', '.join(names)}, try `{p}what {names[0]}`."
            choices = tuple(
                self.engine.choice_for("what", e, n) for e, n in zip(ids, names, strict=True)
            )
        else:
            text = (
                f"I don't know {what}: I only know about what the press releases in my knowledge base say. "
                f"`{p}sources` lists them and `{p}help` shows what I can do."
            )
            choices = ()
        return Answer(
            status=Status.NOT_FOUND,
            title=echo(question) or None,
            text=text,
            choices=choices,
            command="question",
        )

    def _too_long(self) -> Answer:
        return Answer(
            status=Status.USAGE,
            text=(
                "That question is too long for me. Please ask one thing at a time, in at most "
                f"{MAX_QUESTION_WORDS} words, e.g. “when did they meet?”."
            ),
            command="too_long",
        )

    def _usage(self) -> Answer:
        p = self.engine.prefix
        return Answer(
            status=Status.USAGE,
            text=(
                "Ask me about the press releases I know, e.g. “when did they meet?” or "
                f"“what is the eWTP?”. Commands: `{p}quote`, `{p}what`, `{p}who`, `{p}sources`, `{p}help`."
            ),
            command="question",
        )


def _about(item: LoadedFact | LoadedQuote | Entity) -> set[str]:
    if isinstance(item, Entity):
        return {item.id}
    about = set(item.about)
    if isinstance(item, LoadedFact) and item.place:
        about.add(item.place)
    if isinstance(item, LoadedQuote):
        about.add(item.speaker)
    return about


__all__ = ["QuestionAnswerer", "format_date"]
