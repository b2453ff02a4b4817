"""The last resort for a question asking for a value: a statement that carries a value
of the type asked (``typed_values.py``), when no executor answered.

"How much is X putting into the third phase?", "what is X contributing to Y?", "how big
is the zone?", "how many days do schools have to pay farmers?": each executor reads
the wordings it was written for, and a new wording ends not_found. Here the question
is read for the TYPE of value it asks (money, a count of a noun, a measure, a
percentage, a duration) and answered by the statements about its subjects (or, naming
none, by those counting its noun) that state a value of that type and share most of
its other content words: newest first, the older ones as dated history, each cited.
A year asked picks the value dated in it; a running total ("since 2017") dated in it
is that year's figure, said to be one. No statement with a value of the type: None,
and the question stays not_found (never a guess).

A question reads only its subjects' newest statements and its BM25 candidates, each
statement's values read once per knowledge base and kept (``_values_of``). Reading
every statement's values when the index is built would cost about 0.1-0.3 ms a
statement: tens of seconds at 100,000 entities, on every reload, for a last resort.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from bot.engine.answer import Answer
from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered
from bot.engine.qa.ends import two_ends
from bot.engine.qa.executors.base import ExecutorBase
from bot.engine.qa.executors.place_counts import asked_place
from bot.engine.qa.figures import summary_statement
from bot.engine.qa.prices import priced_thing
from bot.engine.qa.query import Query
from bot.engine.qa.retrieve import Candidate
from bot.engine.qa.typed_values import (
    AskedValue,
    TypedValue,
    ValueKind,
    asked_value,
    asking_words,
    counted_heads,
    fits,
    values_in,
)
from bot.kb.models import EntityKind, LoadedFact
from bot.search.index import Index
from bot.search.synonyms import synonyms
from bot.search.terms import STOP_WORDS, stem
from bot.vocab import articles, asked_value_words, undoing_verbs

# A statement must share at least this share of the question's content words (beyond
# its subjects' names, the counted noun and the words that only ask for a type).
MIN_COVERAGE = 0.5
# At most this many BM25 candidates are read (a question naming no subject is
# answered from them: its counted noun and other words rank them).
MAX_RANKED = 30
# A subject's newest statements read, at most (a large organisation's thousands of
# sentences would be a scan; each read once, ``_values_of``).
MAX_SUBJECT_STATEMENTS = 100
# Older values shown under the newest, as dated history.
MAX_HISTORY = 3

_ASKING = asking_words()
# "How many stations did X close?": a count of what was undone is never the count of
# what stands, so a statement must use the verb (``undoing_verbs.txt``).
_UNDOING = frozenset(stem(w) for w in undoing_verbs())
_YEAR_ONLY = asked_value_words().year_only
_STATE_VERBS = asked_value_words().state_verbs
# "How much does it cost to build one cold room?": the words before the thing whose
# unit price is asked.
_ONE_UNIT = asked_value_words().one_unit
# "How much is X worth?": only a sum beside one of these ("valued at") is X's value.
_VALUATION = asked_value_words().valuation
_VALUATION_STEMS = frozenset(stem(w) for w in _VALUATION)
# "How much did X raise?": a sum given TO X answers; otherwise X must give or hold it.
_RECEIVED = asked_value_words().money_received
_TRANSFER_MARKS = asked_value_words().transfer_marks
_ARTICLES = articles()
# The kinds of entity that give, get or hold money: a sum in a sentence naming one is
# that party's only as its giver or holder. An agreement or an event asked ("how much
# is the loan worth?") is the sum's own thing.
_PARTIES = frozenset({EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.INITIATIVE})


def gives_or_holds(index: Index, entity_id: str, text: str, shown: str) -> bool:
    """Whether ``text`` names the entity as the giver or holder of the value written
    ``shown``: its last mention (name or alias) before the value is not the object of a
    transfer mark ("to", "from"), and no such mark sends something to another party
    between that mention and the value ("X leases its granary to the trust for a rent
    of GBP 1": the rent is paid to X)."""
    at = text.find(shown)
    head = text[: at if at >= 0 else len(text)]
    folded = head.casefold()
    entity = index.entity(entity_id)
    start, label = max(
        (folded.rfind(label.casefold()), label) for label in (entity.name, *entity.aliases)
    )
    if start < 0:
        return False
    before = [w for w in folded[:start].split() if w not in _ARTICLES]
    if before and before[-1] in _TRANSFER_MARKS:
        return False
    between = head[start + len(label) :].split()
    for word, after in itertools.pairwise(between):
        if word.casefold() in _TRANSFER_MARKS and (
            after.casefold() in _ARTICLES or after[:1].isupper()
        ):
            return False
    return True


def unit_priced(words: Sequence[str]) -> str | None:
    """The stem of the thing whose price of one unit ``words`` ask ("how much does a
    drone cost", "… to build one cold room": "room"), or None."""
    thing = priced_thing(words)
    if thing is not None:
        return thing
    at = next((i for i, w in enumerate(words) if w in _ONE_UNIT), None)
    if at is None:
        return None
    phrase = []
    for word in words[at + 1 :]:
        if word in STOP_WORDS:
            break
        phrase.append(word)
    return stem(phrase[-1]) if phrase else None


@dataclass(frozen=True, slots=True)
class _Found:
    statement: LoadedFact
    value: TypedValue
    date: str  # the statement's own date, else its release's (ISO)
    about: int  # how many of the question's subjects it is about
    coverage: float  # the share of the question's content words it holds


class TypedValueAnswers(ExecutorBase):
    @functools.cached_property
    def _typed_memo(self) -> dict[str, tuple[TypedValue, ...]]:
        """The values of each statement text read so far (``values_in``), kept for the
        life of this knowledge base's executors: each text is read at most once."""
        return {}

    def _values_of(self, statement: LoadedFact) -> tuple[TypedValue, ...]:
        memo = self._typed_memo
        found = memo.get(statement.text)
        if found is None:
            found = memo[statement.text] = values_in(statement.text)
        return found

    def _statements_about(self, entity_id: str) -> list[LoadedFact]:
        """An entity's newest facts and its dated summaries read as statements, at most
        MAX_SUBJECT_STATEMENTS of each."""
        index = self.index
        return [
            *index.facts_by_entity.get(entity_id, [])[:MAX_SUBJECT_STATEMENTS],
            *map(summary_statement, index.summary_history(entity_id)[:MAX_SUBJECT_STATEMENTS]),
        ]

    def typed_value(self, q: Query) -> Answer | None:
        """The statements stating a value of the type ``q`` asks for (see the module),
        newest first, cited; None when it asks for no typed value or none states one."""
        if q.quote or q.meta or q.role_asks or q.same_name:
            return None
        if two_ends(q.words) is not None:
            # "How many members when it opened?": a value as of an event, which the
            # event executors date (``events.as_of_event``); the newest value of the
            # type is no answer, and their not_found stands.
            return None
        asked = asked_value(q.words)
        said = set(q.words)
        flow = (
            asked is not None
            and q.time.year is not None
            and not asked.planned
            and bool(said & _YEAR_ONLY or ("did" in said and not said & _STATE_VERBS))
        )
        if flow and asked is not None and asked.kind is ValueKind.COUNT:
            # "How many meals did X deliver in 2021 (alone)?": the year's own amount,
            # which no level ("has delivered 90,000"), running total ("since 2019") or
            # quarter's figure states; a sentence whose own period is the year is
            # ``figure_periods``' to find. A sum committed or a size reached in a year
            # is the sentence of that year stating it (a running total excepted, below).
            return None
        place = asked_place(q.words) if asked is not None else None
        if asked is None or (
            asked.kind is ValueKind.COUNT and place and not any(c.isdigit() for c in place)
        ):
            # "How many X in <place>?" (not "in 2021"): a figure for several places
            # together is not the place's (``place_counts.py`` says so); none is
            # guessed here.
            return None
        found = [f for f in self._typed_found(q, asked) if not (flow and f.value.running)]
        if not found:
            return None
        best = max((f.about, f.coverage) for f in found)
        top = [f for f in found if (f.about, f.coverage) == best]
        top.sort(key=lambda f: f.date, reverse=True)
        lead = top[0]
        shown = [lead]
        stated = {(lead.statement.source, lead.value.number)}
        for other in sorted(found, key=lambda f: f.date, reverse=True):
            if len(shown) > MAX_HISTORY:
                break
            key = (other.statement.source, other.value.number)
            if (
                other.date < lead.date
                and key not in stated
                and other.value.number != lead.value.number
                and (other.about, other.coverage) == best
                and _same_thing(other.value, lead.value)
            ):
                # An older value of the same thing: the figure as it was then. One
                # release restating one value (a fact and its summary) is one statement.
                stated.add(key)
                shown.append(other)
        lines = [_lead_line(lead, q)]
        if len(shown) > 1:
            lines.append("Earlier:")
            lines += [
                f"• As of {f.date}: {f.statement.text.strip()}{placeholder(f.statement.source)}"
                for f in shown[1:]
            ]
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [f.statement.source for f in shown],
            entities=[e for f in shown for e in f.statement.about],
        )

    def _typed_found(self, q: Query, asked: AskedValue) -> list[_Found]:
        """Each candidate statement (about a subject, ranked by BM25, or counting the
        noun asked) with its first value of the type asked, in the time asked, that
        holds enough of the question's content words."""
        subjects = set(q.subjects)
        candidates: dict[str, LoadedFact] = {}
        for subject in q.subjects:
            candidates.update((f.id, f) for f in self._statements_about(subject))
        for candidate in self._ranked(q, asked):
            item = candidate.item
            if isinstance(item, LoadedFact):
                candidates.setdefault(item.id, item)
        asked_terms = list(dict.fromkeys(q.terms))
        wanted = [
            q_term
            for term, q_term in zip(
                asked_terms, self.retriever.query_terms(asked_terms), strict=True
            )
            if term not in _ASKING and term != asked.noun
        ]
        priced = unit_priced(q.words) if asked.kind is ValueKind.MONEY else None
        undone = [t for t in q.terms if t in _UNDOING]
        said = set(q.words)
        party = bool(q.subjects) and self.index.entity(q.subjects[0]).kind in _PARTIES
        valued = party and bool(said & _VALUATION)
        received = bool(said & _RECEIVED)
        found = []
        for statement in candidates.values():
            terms = self._fact_terms(statement)
            about = sum(
                1
                for s in subjects
                if s in statement.about or (q.mention_terms.get(s) or {""}) <= terms
            )
            if about < len(subjects):
                # "How much did A put into B?": a sum given to B by another is no answer;
                # a subject named by the statement's words ("the logbook") is linked.
                continue
            if not self._in_time(q, statement):
                continue
            value = next((v for v in self._values_of(statement) if fits(v, asked)), None)
            if value is None:
                continue
            if value.kind is ValueKind.MONEY and valued and not _VALUATION_STEMS & set(value.near):
                # "How much is X worth?": a grant X gave or got is no value of X; the
                # sum must stand beside a valuation word ("valued at £2 million").
                continue
            if (
                value.kind is ValueKind.MONEY
                and party
                and not received
                and not self._gives(q.subjects[0], statement.text, value)
            ):
                # "How much did A contribute (to B)?": A gives or holds the sum only
                # when the sentence names A before it and not as the other party of a
                # transfer ("A will supply … worth US$600,000 to B"; not "… grant of
                # £X to A", nor "A leases the hall to C for a rent of £X").
                continue
            if asked.noun_asked and stem(asked.noun_asked) not in value.near:
                # "What is the storage fee?": a grant's sum is no fee; the sum must
                # stand beside the word itself ("a storage fee of US$2"; the thesaurus
                # takes "pay" for "fee", and every grant pays for something).
                continue
            if priced is not None and not _beside(value, priced):
                # "How much does one cold room cost?": a grant that pays for several is
                # no price of one ("US$40,000 per cold room" is).
                continue
            if any(not _holds(terms, verb) for verb in undone):
                continue
            # The noun counted is one word of the question the statement holds: "how
            # many fishers were using the logbook?" is answered by the logbook's count
            # of fishers, whatever verb it uses.
            anchor = 1 if value.kind in (ValueKind.COUNT, ValueKind.DURATION) else 0
            covered = sum(1 for t in wanted if t.alternatives.keys() & terms)
            coverage = (covered + anchor) / (len(wanted) + anchor) if wanted else 1.0
            if coverage < (1.0 if value.kind is ValueKind.PERCENT else MIN_COVERAGE):
                # A share is of a whole: "what proportion of the staff are women?" is
                # not answered by the share of women among the builders.
                continue
            found.append(_Found(statement, value, self.fact_date(statement), about, coverage))
        return found

    def _gives(self, entity_id: str, text: str, value: TypedValue) -> bool:
        """Whether ``text`` names the entity as the giver or holder of ``value``
        (``gives_or_holds``)."""
        return gives_or_holds(self.index, entity_id, text, value.shown)

    def _ranked(self, q: Query, asked: AskedValue) -> list[Candidate]:
        """The BM25 candidates for the question's words but the counted noun and the
        words asking a type: "how many members does the cycle guild have?" is answered
        by "the guild represents 3,200 riders", which no ranking by "members" finds."""
        terms = [t for t in q.terms if t not in _ASKING and t != asked.noun]
        if not terms:
            return []
        return self.retriever.rank(terms, set(q.subjects), include_quotes=False)[:MAX_RANKED]


def _beside(value: TypedValue, word: str) -> bool:
    """Whether ``word`` (a stem) or a synonym stands in the few words around ``value``."""
    return bool(({word} | synonyms(word)) & set(value.near))


def _holds(terms: frozenset[str], term: str) -> bool:
    """Whether statement ``terms`` hold ``term`` (a stem, or a raw word) or a synonym."""
    term = stem(term)
    return term in terms or any(s in terms for s in synonyms(term))


def _same_thing(a: TypedValue, b: TypedValue) -> bool:
    """Whether two values may state one thing at two times: counts of one noun, or two
    percentages. Two sums or two sizes are as often two things (a grant and its
    renewal, a zone and its core) as one thing updated: never shown as one's history."""
    if a.kind is not b.kind or a.kind not in (ValueKind.COUNT, ValueKind.PERCENT):
        return False
    return a.kind is ValueKind.PERCENT or bool(set(counted_heads(a)) & set(counted_heads(b)))


def _lead_line(found: _Found, q: Query) -> str:
    """The newest value's sentence, cited; a running total dated in the year asked is
    that year's figure, said to be everything since the start."""
    text = f"{found.statement.text.strip()}{placeholder(found.statement.source)}"
    if found.value.running and q.time.year is not None:
        return (
            f"**As of {found.date}** (a running total, everything since the start, not "
            f"{q.time.year} alone):\n{text}"
        )
    if q.time.year is not None:
        return f"**In {q.time.year}:**\n{text}"
    return text
