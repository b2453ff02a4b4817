"""A description narrowed by a relative clause: "who founded the e-commerce giant that
hosted the meeting?".

The clause ("that hosted the meeting") says which thing the description means; it is
not a second thing asked about. Read whole, its words ("hosted", "the meeting") become
subjects and terms of their own and pull the answer towards the meeting's place. So the
question is parsed again without the clause, and that reading is kept when the
description resolves on its own (``Query.described``) and the clause agrees with it:
every entity the clause names shares a fact with what the description resolved to.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.engine.qa.query import Query, QueryParser
from bot.engine.qa.read import Question
from bot.engine.qa.vocabulary import KIND_NOUNS
from bot.search.index import Index

_RELATIVE = frozenset("that which who whose".split())
_QUESTION_WORDS = frozenset("who whom what which where when".split())


def clause_start(words: tuple[str, ...]) -> int | None:
    """Where a relative clause after a description's head noun begins ("… the giant
    |that hosted …"); None for a question without one."""
    if not words or words[0] not in _QUESTION_WORDS:
        return None
    for i in range(2, len(words) - 1):
        if words[i] in _RELATIVE and words[i - 1] in KIND_NOUNS:
            return i
    return None


def without_relative_clause(
    parser: QueryParser, index: Index, q: Query, read: Question, today: dt.date | None
) -> Query | None:
    """The query read without the relative clause, when its description resolves alone
    and the clause's entities share a fact with it; None otherwise."""
    start = clause_start(read.words)
    if start is None:
        return None
    head = read.words[:start]
    short = parser.parse(" ".join(head), dataclasses.replace(read, words=head), today=today)
    if not short.described:
        return None
    resolved = {*short.subjects, *(a.organization for a in short.role_asks)}
    named_in_clause = [e for e in q.subjects if e not in resolved]
    for entity in named_in_clause:
        if not any(resolved & set(f.about) for f in index.facts_by_entity.get(entity, [])):
            return None  # the clause is about something the description does not fit
    return dataclasses.replace(short, question=q.question)
