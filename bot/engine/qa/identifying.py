"""A name narrowed by a relative clause: "what does the Varga who works at Northmere
University do?", "when was the NWT that makes sensors founded?".

The clause says which of the things a name may stand for is meant (two people named
Varga, two organisations called NWT); it is not part of what is asked. Read whole, its
words ("works", "sensors") become terms the answer must match, and a shared name stays
ambiguous although the clause settles it. So:

1. the clause is found right after a word of a name: a relative pronoun ("who",
   "that", "which") after it, running to the question's end, or to its last word when
   the question opens with a question word and an auxiliary ("what does … do?", "what
   year was … founded?": that last word is the main verb);
2. a name several entities share is settled by the clause: the one namesake holding a
   title at an organisation the clause names, else the one whose own statements the
   clause's words fit clearly best (``namesakes.settle_namesake``);
3. the question is parsed again without the clause, the shared name written in full.

The new reading is kept only when the settled (or named) entity is among its subjects
and no shared name is left.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.engine.qa.namesakes import question_terms, settle_namesake
from bot.engine.qa.query import Query, QueryParser
from bot.engine.qa.read import Question
from bot.search.index import Index
from bot.search.terms import STOP_WORDS
from bot.textnorm import normalize

_RELATIVE = frozenset("who that which".split())
_QUESTION_WORDS = frozenset("who whom what when where which how".split())
_AUXILIARIES = frozenset("does do did is was were are has have had".split())


def without_identifying_clause(
    parser: QueryParser, index: Index, q: Query, read: Question, today: dt.date | None
) -> Query | None:
    """``q`` read again without a relative clause that only says which thing a name
    stands for (see the module docstring); None when there is none or it settles
    nothing."""
    words = read.words
    if len(words) < 4 or words[0] not in _QUESTION_WORDS:
        return None
    start = next(
        (i for i in range(2, len(words) - 1) if words[i] in _RELATIVE and _names(index, q, i - 1)),
        None,
    )
    if start is None:
        return None
    # "What does … do?", "what year was … founded?": the last word is the main verb.
    end = len(words) - 1 if set(words[1:3]) & _AUXILIARIES else len(words)
    if end <= start + 1:
        return None
    if end < len(words) and not _main_verb_last(q, words):
        # "What did Jack Ma who founded Alibaba say about SMEs?": the last word is an
        # object, the main verb is further back; dropping up to it would drop the
        # question ("say about") with the clause.
        return None
    clause = words[start + 1 : end]
    shared = next((s for s in q.same_name if s.position == start - 1), None)
    head = list(words[:start])
    if shared is not None:
        owner = _settled(parser, index, shared.people, clause, today)
        if owner is None:
            return None
    else:
        owners = [s for s in q.subjects if words[start - 1] in _name_words(index, s)]
        if len(owners) != 1:
            return None
        owner = owners[0]
    name = normalize(index.entity(owner).name)
    if f" {name} " not in f" {' '.join(head)} ":
        # "The Varga": a surname others share, settled here, is written in full.
        head[start - 1] = name
    kept = (*" ".join(head).split(), *words[end:])
    again = parser.parse(q.question, dataclasses.replace(read, words=kept), today=today)
    if again.same_name or owner not in again.subjects:
        return None
    return again


def _main_verb_last(q: Query, words: tuple[str, ...]) -> bool:
    """Whether the question's last word can be its main verb ("… do?", "… founded?"):
    not after a stop word ("about SMEs", "the board") and not a word of a name
    ("meet Li Yong")."""
    last = len(words) - 1
    if words[last - 1] in STOP_WORDS:
        return False
    return not any(m.words[0] <= last < m.words[1] for m in q.found)


def _names(index: Index, q: Query, position: int) -> bool:
    """Whether the word at ``position`` is a word of a name the question gives."""
    if any(s.position == position for s in q.same_name):
        return True
    word = q.words[position] if position < len(q.words) else ""
    return any(word in _name_words(index, s) for s in q.subjects)


def _name_words(index: Index, entity_id: str) -> set[str]:
    entity = index.entity(entity_id)
    return {w for label in (entity.name, *entity.aliases) for w in normalize(label).split()}


def _settled(
    parser: QueryParser,
    index: Index,
    owners: tuple[str, ...],
    clause: tuple[str, ...],
    today: dt.date | None,
) -> str | None:
    """The one of ``owners`` the clause says: the one with a title at an organisation
    it names, else the one whose own statements its words fit clearly best."""
    named = parser.parse(" ".join(clause), Question(clause, None, None), today=today)
    orgs = {e for e in named.subjects if e not in index.person_ids}
    if orgs:
        titled = [
            o
            for o in owners
            if any(r.organization in orgs for r in index.roles_by_entity.get(o, []))
        ]
        if len(titled) == 1:
            return titled[0]
    return settle_namesake(index, owners, list(question_terms(clause)))
