"""Answering free questions ("when did they meet?") from facts and quotes.

The pipeline, in order:

1. "What is X" / "who is X" / "tell me about X", where X is clearly one entity, is
   answered like ``!what X``.
2. Entities named in the question are found (exact names and aliases first, then
   typo-tolerant matches of the leftover words).
3. "What did X say about Y" picks X's quote that best fits Y.
4. Otherwise facts (and quotes) are ranked by BM25 over stemmed content words, plus a
   bonus for each named entity they are about and for carrying what the question asks
   for (a date for "when", a place for "where").
5. The best candidate must *cover* the question: most of the question's weight (named
   entities and content words, with words the knowledge base has never seen weighing
   the most) must appear in it. Otherwise the engine abstains rather than guess.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from bot import limits
from bot.engine.answer import Answer, Choice, Status
from bot.engine.request import Request
from bot.engine.text import clip, echo
from bot.kb.models import EntityKind, LoadedFact, LoadedQuote
from bot.search.index import Index
from bot.search.names import SCORE_EXACT, SCORE_PER_TYPO, Match
from bot.search.terms import QUESTION_WORDS, STOP_WORDS, Doc, content_terms, stem
from bot.textnorm import compact, normalize

if TYPE_CHECKING:
    from bot.engine.engine import Engine

# A "what is X" subject must match this well to be answered as an entity lookup.
DEFINITION_THRESHOLD = 88.0
# Leftover question words must match a name at least this well to count as a mention
# (one or two typos in a name, or a name given by some of its words).
MENTION_THRESHOLD = 89.0
MENTION_MIN_CHARS = 5
MAX_MENTION_WORDS = 6
# Ranking: BM25 plus these bonuses.
ENTITY_BONUS = 2.0
ANSWER_TYPE_BONUS = 1.5
QUOTE_WEIGHT = 0.8  # a fact states things plainly; prefer it over a quote
# Abstention: the best answer must cover more than this share of the question.
MIN_COVERAGE = 0.55
# A named entity weighs this many times the knowledge base's mean term idf when
# measuring coverage: more than a typical word, less than two unknown words.
ENTITY_COVERAGE_WEIGHT = 1.5
# Related facts shown under the answer must score at least this share of the best.
RELATED_RATIO = 0.6
MAX_RELATED = 2
RANKED_CANDIDATES = 25

_DEFINITION = [
    re.compile(p)
    for p in (
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
_WHEN = re.compile(r"^when\b|\b(?:what|which) (?:date|day|year|month|time)\b|\bhow long ago\b")
_WHERE = re.compile(r"^where\b|\b(?:what|which|in which) (?:city|place|country|location|venue)\b")
_WHO = re.compile(r"^(?:who|whom|whose)\b")
_ANSWER_TYPE_TERMS = {
    "date": frozenset(
        stem(w) for w in "date dates day days week weekday year years month months time".split()
    ),
    "place": frozenset(
        stem(w) for w in "city cities place location venue country town site".split()
    ),
}


@dataclass(frozen=True, slots=True)
class Mention:
    entity_id: str
    words: tuple[int, int]  # [start, end) word positions in the question


@dataclass(slots=True)
class Candidate:
    doc: Doc
    item: LoadedFact | LoadedQuote
    score: float
    coverage: float


_EXCLUDING = frozenset(
    {"besides", "except", "excluding", "beyond", "aside from", "apart from", "other than"}
)


def _excluded(words: list[str], mention: Mention) -> bool:
    """ "Besides eWTP, what else…": an entity named only to be set aside."""
    start = mention.words[0]
    before = words[max(0, start - 2) : start]
    return bool(before) and (before[-1] in _EXCLUDING or " ".join(before) in _EXCLUDING)


def _fix_question_word(words: list[str]) -> list[str]:
    """Correct a misspelt leading question word ("wen", "wher", "hwo") so it is understood."""
    first = words[0]
    if first in QUESTION_WORDS or len(first) < 3 or first in STOP_WORDS:
        return words
    for candidate in ("when", "where", "what", "which", "who", "why", "how"):
        if OSA.distance(first, candidate, score_cutoff=1) <= 1:
            return [candidate, *words[1:]]
    return words


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
        self.engine = engine

    def answer(self, request: Request) -> Answer:
        question = request.argument
        key = normalize(question)
        if not key:
            return self._usage()
        words = key.split()

        definition = self._definition(key)
        if definition is not None:
            command = "who" if words[0] in ("who", "whom") else "what"
            return self.engine.describe(definition, command=command)

        words = _fix_question_word(words)
        key = " ".join(words)
        found = self.find_mentions(words)
        # Words naming an entity are not content words, even when it is set aside.
        mention_words = {i for m in found for i in range(*m.words)}
        mentions = [m for m in found if not _excluded(words, m)]
        mentioned = {m.entity_id for m in mentions}
        mention_terms = {
            m.entity_id: frozenset(content_terms(" ".join(words[slice(*m.words)])))
            for m in mentions
        }
        leftover = " ".join(w for i, w in enumerate(words) if i not in mention_words)
        terms = content_terms(leftover)
        if not terms and not mentions:
            return self._usage()

        wants_quote = any(w in _QUOTE_WORDS for w in words)
        if wants_quote:
            quoted = self._quote_answer(mentioned, terms)
            if quoted is not None:
                return quoted

        wants = "date" if _WHEN.search(key) else "place" if _WHERE.search(key) else None
        if wants:
            # "which day", "what city": these words name the kind of answer, not its topic.
            terms = [t for t in terms if t not in _ANSWER_TYPE_TERMS[wants]]
        ranked = self.rank(
            terms, mentioned, wants=wants, include_quotes=True, mention_terms=mention_terms
        )
        if not ranked:
            return self._not_found(question, mentioned, wants)
        return self._fact_answer(question, ranked, wants)

    # --- understanding the question -------------------------------------------------

    def _definition(self, key: str) -> str | None:
        """The entity a "what/who is X" question asks about, when X is clearly one."""
        for pattern in _DEFINITION:
            match = pattern.match(key)
            if match is None:
                continue
            subject = match["x"].strip()
            subject = re.sub(r"^(?:the|an|a) ", "", subject)
            if not subject or subject in STOP_WORDS or subject in QUESTION_WORDS:
                continue
            found = self.index.names.search(subject)
            if not found or found[0].score < DEFINITION_THRESHOLD:
                continue
            if len(found) > 1 and found[1].score >= found[0].score - 0.5:
                continue  # two equally good: let the fact search sort it out
            return found[0].entity_id
        return None

    def find_mentions(self, words: list[str]) -> list[Mention]:
        """Entities named in the question: longest exact names first, then fuzzy ones."""
        names = self.index.names
        taken = [False] * len(words)
        mentions: list[Mention] = []
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
    ) -> list[Candidate]:
        """Facts and quotes that answer the question, best first, each covering it."""
        index = self.index
        weighted = []
        term_weights: list[tuple[str | None, float]] = []  # (vocabulary term, idf) per query term
        for term in dict.fromkeys(terms):
            resolved = index.terms.resolve_term(term)
            if resolved is None:
                term_weights.append((None, index.terms.unknown_idf))
            else:
                weighted.append(resolved)
                term_weights.append((resolved[0], index.terms.idf(resolved[0]) * resolved[1]))
        scores = index.terms.score(weighted)
        candidate_ids = set(scores)
        doc_position = index.terms.position
        for entity_id in mentioned:
            for fact in index.facts_by_entity.get(entity_id, []):
                candidate_ids.add(doc_position[Doc("fact", fact.id)])
            if include_quotes:
                for quote in (
                    *index.quotes_about.get(entity_id, []),
                    *index.quotes_by_speaker.get(entity_id, []),
                ):
                    candidate_ids.add(doc_position[Doc("quote", quote.id)])

        entity_weight = ENTITY_COVERAGE_WEIGHT * index.terms.mean_idf
        mention_terms = mention_terms or {}
        total_weight = sum(w for _, w in term_weights) + entity_weight * len(mentioned)
        if total_weight <= 0:
            return []

        ranked: list[Candidate] = []
        for doc_id in candidate_ids:
            doc = index.terms.docs[doc_id]
            if doc.kind == "quote" and not include_quotes:
                continue
            item: LoadedFact | LoadedQuote = (
                index.fact_by_id[doc.id] if doc.kind == "fact" else index.quote_by_id[doc.id]
            )
            if only is not None and doc.id not in only:
                continue
            about = set(item.about)
            if isinstance(item, LoadedFact) and item.place:
                about.add(item.place)
            if isinstance(item, LoadedQuote):
                about.add(item.speaker)
            overlap = len(mentioned & about)
            score = scores.get(doc_id, 0.0) + ENTITY_BONUS * overlap
            if wants == "date" and isinstance(item, LoadedFact) and item.date:
                score += ANSWER_TYPE_BONUS
            if wants == "place" and isinstance(item, LoadedFact) and item.place:
                score += ANSWER_TYPE_BONUS
            if doc.kind == "quote":
                score *= QUOTE_WEIGHT
            doc_terms = index.terms.terms_of(doc_id)
            covered = sum(w for t, w in term_weights if t is not None and t in doc_terms)
            # A named entity is covered when the item is about it, or its own text
            # names it (the context names other entities, which would not count).
            text_terms = index.terms.text_terms_of(doc_id)
            named = sum(
                1
                for e in mentioned
                if e in about or (mention_terms.get(e) and mention_terms[e] <= text_terms)
            )
            covered += entity_weight * named
            ranked.append(Candidate(doc, item, score, covered / total_weight))
        ranked.sort(key=lambda c: (-c.score, c.doc.kind, index.newest_first(c.item)))
        return [c for c in ranked[:RANKED_CANDIDATES] if c.coverage > MIN_COVERAGE]

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
            page = next(i for i, q in enumerate(quotes, 1) if q.id == best.id)
            return self.engine.quote_page(speaker, page)
        ranked = [c for c in self.rank(terms, mentioned) if c.doc.kind == "quote"]
        if not ranked:
            return None
        quote = ranked[0].item
        assert isinstance(quote, LoadedQuote)
        quotes = index.quotes_for(quote.speaker)
        page = next(i for i, q in enumerate(quotes, 1) if q.id == quote.id)
        return self.engine.quote_page(quote.speaker, page)

    def _fact_answer(self, question: str, ranked: list[Candidate], wants: str | None) -> Answer:
        index = self.index
        best = ranked[0]
        item = best.item
        if isinstance(item, LoadedQuote):
            quotes = index.quotes_for(item.speaker)
            page = next(i for i, q in enumerate(quotes, 1) if q.id == item.id)
            return self.engine.quote_page(item.speaker, page)

        if wants == "date" and not item.date:
            dated = [c for c in ranked if isinstance(c.item, LoadedFact) and c.item.date]
            if not dated:
                return self._not_found(question, set(item.about), wants)
            best, item = dated[0], dated[0].item
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
        citations: dict[str, object] = {}
        for fact in shown:
            citations.setdefault(fact.source, index.citation(fact.source))
        return Answer(
            status=Status.ANSWERED,
            title=clip(echo(question), limits.EMBED_TITLE_CHARS),
            text=clip("\n".join(lines)),
            citations=tuple(citations.values()),  # type: ignore[arg-type]
            entities=tuple(dict.fromkeys(e for f in shown for e in f.about)),
            command="question",
        )

    def _not_found(self, question: str, mentioned: set[str], wants: str | None) -> Answer:
        index = self.index
        what = {"date": "when that was", "place": "where that was"}.get(
            wants or "", "the answer to that"
        )
        names = [index.entity(e).name for e in sorted(mentioned)][:3]
        if names:
            text = f"The releases I know don't say {what}. I know about {', '.join(names)}: try `{self.engine.prefix}what {names[0]}`."
            choices = tuple(Choice(n, f"{self.engine.prefix}what {n}") for n in names)
        else:
            sample = self.engine.known_sample(count=6)
            text = f"I don't know {what}: I only know about the press releases in my knowledge base ({', '.join(sample)}…)."
            choices = tuple(Choice(n, f"{self.engine.prefix}what {n}") for n in sample[:3])
        return Answer(
            status=Status.NOT_FOUND,
            title=echo(question) or None,
            text=text,
            choices=choices,
            command="question",
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


__all__ = ["QuestionAnswerer", "format_date", "stem"]
