"""Who runs a programme: "who runs X?" over "X, run by the Y Trust with Z" is the Trust,
the organisation the releases say runs it, not a person whose title at X holds a word of
running ("Head Mechanic").

A person's title answers "who runs X?" when X is a body, or a programme with a leading
post of its own (a Director of the Academy); a programme or scheme run by an
organisation, with no such post, is answered by that organisation, from the
newest sentence about X that names it right after "<verb> by" (the question's own verb:
"run by", "led by", "headed by"; thesaurus synonyms count: "operated by").
"""

from __future__ import annotations

from typing import NamedTuple

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import MAX_LIST_FACTS
from bot.engine.qa.leading import held_rank
from bot.engine.qa.passive_agent import passive_agent
from bot.engine.qa.query import Query, RoleAsk
from bot.kb.models import EntityKind, LoadedFact
from bot.search.index import Index
from bot.search.terms import index_term


class Operator(NamedTuple):
    """The organisation a sentence says runs the thing asked, and that sentence."""

    entity: str
    fact: LoadedFact


def stated_operator(index: Index, ask: RoleAsk) -> Operator | None:
    """The organisation the newest sentence about ``ask.organization`` names after
    "<verb> by" for a verb of ``ask.words`` ("run by the Trust"); None when no sentence
    says so, when the thing asked is no programme (a person, or an organisation,
    whose leading title answers), or when a person holds a leading title at it."""
    subject = ask.organization
    if index.entity(subject).kind in (EntityKind.PERSON, EntityKind.ORGANIZATION):
        return None
    if any(
        held_rank(index, role) and not index.title_ended(role)[0]
        for person in ask.holders
        for role in index.roles_by_entity.get(person, [])
        if role.organization == subject
    ):
        # A programme with a head of its own (a Director of the Academy): that person
        # runs it day to day, as a body's leading title answers.
        return None
    verbs = [index_term(w) for w in ask.words]
    facts = index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
    for fact in sorted(facts, key=lambda f: index.source_date(f.source), reverse=True):
        bodies = [
            e
            for e in fact.about
            if e != subject and index.entity(e).kind is EntityKind.ORGANIZATION
        ]
        if not bodies:
            continue
        agent = passive_agent(index, fact, verbs, bodies)
        if agent is not None:
            return Operator(agent, fact)
    return None


def operator_answer(index: Index, q: Query, found: Operator) -> Answer:
    """The organisation that runs the thing asked, with the sentence saying so, cited."""
    name = index.display_name(found.entity)
    return answered(
        index,
        q.question,
        f"**{name}**\n{found.fact.text.strip()}",
        [found.fact.source],
        entities=[found.entity],
    )
