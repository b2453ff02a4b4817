"""A description narrowed by a relative clause: "who founded the e-commerce giant that
hosted the meeting?".

The clause ("that hosted the meeting") says which thing the description means; it is
not a second thing asked about. Read whole, its words ("hosted", "the meeting") become
subjects and terms of their own and pull the answer towards the meeting's place. So the
question is parsed again without the clause, and that reading is kept when the
description resolves on its own (``Query.described``) and the clause agrees with it:
every entity the clause names shares a fact with what the description resolved to.

A head noun that names no one thing alone ("the company") is settled by a "whose"
clause ("whose headquarters hosted the talks"): the entity of the noun's kind that the
facts write as the owner of the clause's noun ("Alibaba Group's headquarters"), and the
question is asked of it by name (two hops: the description, then the question).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.engine.qa.query import Query, QueryParser
from bot.engine.qa.read import Question
from bot.engine.qa.vocabulary import DESCRIBED_NOUNS, KIND_NOUNS, YES_NO_OPENERS
from bot.kb.models import LoadedFact
from bot.search.index import Index
from bot.search.terms import Doc, content_terms
from bot.textnorm import normalize

_RELATIVE = frozenset("that which who whose".split())
_QUESTION_WORDS = frozenset("who whom what which where when".split())


def clause_start(words: tuple[str, ...]) -> int | None:
    """Where a relative clause after a description's head noun begins ("… the giant
    |that hosted …"); None for a question without one."""
    if not words or words[0] not in _QUESTION_WORDS:
        return None
    for i in range(2, len(words) - 1):
        if words[i] in _RELATIVE and words[i - 1] in DESCRIBED_NOUNS:
            return i
    return None


def without_relative_clause(
    parser: QueryParser, index: Index, q: Query, read: Question, today: dt.date | None
) -> Query | None:
    """The query read without the relative clause, when its description resolves alone
    and the clause's entities share a fact with it, or the clause follows a name
    (``_after_name``); None otherwise."""
    return _after_description(parser, index, q, read, today) or _after_name(
        parser, index, q, read, today
    )


def _after_description(
    parser: QueryParser, index: Index, q: Query, read: Question, today: dt.date | None
) -> Query | None:
    start = clause_start(read.words)
    if start is None:
        return None
    head = read.words[:start]
    short = parser.parse(" ".join(head), dataclasses.replace(read, words=head), today=today)
    if not short.described:
        # "The company whose headquarters hosted the talks": the head noun alone names
        # no one thing; the clause's facts say which.
        owner = _owner_by_clause(parser, index, read.words, start, today)
        if owner is None:
            return None
        named = (*head[: start - 1 - _article(head)], *normalize(index.entity(owner).name).split())
        again = parser.parse(" ".join(named), dataclasses.replace(read, words=named), today=today)
        # "Who founded Alibaba Group" may itself resolve to its founder (a description).
        if owner not in again.subjects and not again.described and not again.role_asks:
            return None
        return dataclasses.replace(again, question=q.question)
    resolved = {*short.subjects, *(a.organization for a in short.role_asks)}
    named_in_clause = [e for e in q.subjects if e not in resolved]
    for entity in named_in_clause:
        if not any(resolved & set(f.about) for f in index.facts_by_entity.get(entity, [])):
            return None  # the clause is about something the description does not fit
    return dataclasses.replace(short, question=q.question)


# Relative words that open a clause after a name ("the DTA that manages the academy").
_AFTER_NAME = frozenset(("that", "which", "who"))


def _after_name(
    parser: QueryParser, index: Index, q: Query, read: Question, today: dt.date | None
) -> Query | None:
    """ "Where is the DTA that manages the academy based?": a clause after a name says
    which thing the name means (it settles a shared acronym, ``Query.settled``) or only
    describes it; either way the question (a wh- or a yes/no question) is about the
    named thing. The clause (up to the first name inside it) is dropped and a shared name is written out in full; the
    new reading is kept when the named thing is its first subject. None when no name is
    followed by a clause, or the reading without it loses the thing."""
    words = read.words
    if not words or (words[0] not in _QUESTION_WORDS and words[0] not in YES_NO_OPENERS):
        return None
    for i in range(2, len(words) - 1):
        if words[i] not in _AFTER_NAME:
            continue
        named = next((m for m in q.found if m.words[1] == i), None)
        if named is not None:
            entity, name_start = named.entity_id, named.words[0]
        else:
            # A shared name the clause settled: one word, owned by the settled entity.
            owners = {label.entity_id for label in index.names.exact(words[i - 1])}
            settled = [e for e in q.settled if e in owners]
            if len(settled) != 1:
                continue
            entity, name_start = settled[0], i - 1
        inside = [m for m in q.found if m.words[0] > i]
        if not inside:
            return None
        # The clause ends with the first name in it ("that manages the academy"); what
        # follows is the question's again ("… based in Geneva?").
        end = min(inside, key=lambda m: m.words[0]).words[1]
        full = tuple(normalize(index.entity(entity).name).split())
        head = (*words[:name_start], *full, *words[end:])
        again = parser.parse(" ".join(head), dataclasses.replace(read, words=head), today=today)
        if again.subjects[:1] != (entity,):
            return None
        return dataclasses.replace(again, question=q.question)
    return None


# Facts read for a "whose" clause, best ranked first.
MAX_CLAUSE_FACTS = 10


def _article(head: tuple[str, ...]) -> int:
    """1 when the head noun has an article or a possessive before it ("the company")."""
    return int(len(head) >= 2 and head[-2] in ("the", "a", "an", "this", "that"))


def _owner_by_clause(
    parser: QueryParser,
    index: Index,
    words: tuple[str, ...],
    start: int,
    today: dt.date | None,
) -> str | None:
    """The one entity of the head noun's kind that a "whose <noun> …" clause describes:
    of the facts answering the clause ("headquarters hosted the talks"), those writing
    the entity's name as the noun's owner ("Alibaba Group's headquarters", "the
    headquarters of Alibaba Group"). None when the clause is no "whose" clause, or it
    fits no entity or several."""
    if words[start] != "whose" or start + 2 >= len(words):
        return None
    kinds = KIND_NOUNS.get(words[start - 1])
    owned = words[start + 1]
    clause = words[start + 1 :]
    asked = parser.parse(" ".join(clause), Question(clause, None, None), today=today)
    retriever = parser.descriptions.retriever
    owned_terms = content_terms(owned)
    if not owned_terms:
        return None
    # The rest of the clause ("hosted the talks"), its words and their synonyms.
    rest = {
        t
        for qt in retriever.query_terms([t for t in asked.terms if t not in owned_terms])
        for t in qt.alternatives
    }
    fit: dict[str, int] = {}
    for candidate in retriever.rank(owned_terms, set(), include_quotes=False)[:MAX_CLAUSE_FACTS]:
        fact = candidate.item
        if not isinstance(fact, LoadedFact):
            continue
        body = f" {normalize(fact.text)} "
        score = len(rest & index.terms.text_terms_of(index.terms.position[Doc("fact", fact.id)]))
        score += len(set(asked.subjects) & set(fact.about))
        for e in fact.about:
            entity = index.entity(e)
            if kinds is not None and entity.kind not in kinds:
                continue
            for label in (entity.name, *entity.aliases):
                name = normalize(label)
                # ``normalize`` drops a possessive "'s": "alibaba group headquarters".
                if name and any(
                    f" {phrase} " in body
                    for phrase in (
                        f"{name} {owned}",
                        f"{owned} of {name}",
                        f"{owned} of the {name}",
                    )
                ):
                    fit[e] = max(fit.get(e, 0), score)
    if not fit:
        return None
    best = max(fit.values())
    owners = [e for e, score in fit.items() if score == best]
    return next(iter(owners)) if len(owners) == 1 else None
