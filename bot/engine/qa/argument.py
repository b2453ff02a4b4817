"""A command argument that describes its entity instead of naming it.

``!quote the DG of UNIDO``, ``!what the UN agency``, ``!timeline Alibaba's founder``: no
name or alias is the argument, but the question pipeline's parse resolves it (by a
title held at an organisation, or by a description read from kinds, summaries and
appositives) exactly as it resolves "who is the DG of UNIDO?". The argument is taken
for that entity only when the parse leaves nothing else asked: a word the resolved
entity does not account for ("the *deputy* DG of UNIDO") means the argument describes
someone the releases do not name, and the command says it does not know it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, NamedTuple

from bot.engine.qa.read import understand
from bot.engine.qa.subjects import role_fits
from bot.engine.qa.vocabulary import (
    CHAIR_WORDS,
    FOUNDER_WORDS,
    KIND_NOUNS,
    LEADER_WORDS,
    TITLE_WORDS,
)
from bot.search.terms import STOP_WORDS, stem
from bot.textnorm import normalize

if TYPE_CHECKING:
    from bot.engine.qa.answerer import QuestionAnswerer
    from bot.engine.qa.query import Query, RoleAsk

# Words that say what sort of thing is described, not which one: the releases need
# not use them ("the Davos-based forum", "the UN agency's head").
_FRAME_WORDS = frozenset(
    (*KIND_NOUNS, *TITLE_WORDS, *LEADER_WORDS, *FOUNDER_WORDS, *CHAIR_WORDS, "based", "s")
)
# Arguments longer than this are not descriptions but questions: the parse is bounded.
MAX_ARGUMENT_WORDS = 12


class Described(NamedTuple):
    """The entity a described argument stands for, and how it was found."""

    entity_id: str
    via: str  # "title" (held at an organisation), "description" or "name"


def described_entity(
    answerer: QuestionAnswerer, argument: str, *, person: bool, today: dt.date | None = None
) -> Described | None:
    """The one entity ``argument`` describes, or None.

    ``person`` reads the argument as "who is <argument>" (``!who``, ``!quote``, or any
    argument holding a title word), else as "what is <argument>". None when the parse
    finds no subject, several, or words it does not account for.
    """
    key = normalize(argument)
    words = key.split()
    if not words or len(words) > MAX_ARGUMENT_WORDS:
        return None
    unknown = [
        w
        for w in words
        if w not in STOP_WORDS and w not in _FRAME_WORDS and not answerer._known_word(w)
    ]
    if unknown:
        # A question may describe loosely; an argument with a word the releases never
        # use ("the Brazilian commerce company") names something they do not know.
        return None
    titled = any(w in TITLE_WORDS for w in words)
    lead = "who is" if person or titled else "what is"
    question = f"{lead} {argument.strip()}"
    read = understand(normalize(question), answerer._known_word)
    q = answerer.parser.parse(question, read, today=today)
    if q.same_name and not q.role_asks and not q.time.bounded:
        # "the DTA's president": the namesake that has such a title settles it.
        return _title_at_shared_name(answerer, q)
    # The words of a title asked for ("head") are the title, not something more asked.
    asked = {stem(w) for ask in q.role_asks for w in ask.words}
    if set(q.terms) - asked or q.same_name or q.time.bounded or q.unknown_names:
        return None
    if len(q.role_asks) == 1 and len(q.role_asks[0].holders) > 1:
        # "the head of the academy": of several who held a fitting title, the one
        # holding it now.
        holder = _current_holder(answerer, q.role_asks[0])
        return Described(holder, "title") if holder is not None else None
    if not q.subjects:
        return None
    holders = {h for ask in q.role_asks for h in ask.holders}
    holders |= {m.entity_id for m in q.found if m.via == "role"}
    subjects = _holders_over_their_organisations(answerer, q.subjects, holders)
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if q.role_asks or subject in holders:
        # "the DG of UNIDO", "the Academy's programme director": the holder of a title.
        return Described(subject, "title") if holders == {subject} else None
    if subject in q.described:
        return Described(subject, "description")
    # A name inside words that only frame it ("the", "'s") is that name.
    return Described(subject, "name")


def _title_at_shared_name(answerer: QuestionAnswerer, q: Query) -> Described | None:
    """The holder of the title the words name at the one namesake (of ``q.same_name``,
    organisations) where anyone holds it; None when none or several have one."""
    from bot.engine.qa.query import RoleAsk

    index = answerer.index
    same = q.same_name[0]
    title = tuple(w for w in q.words if w in TITLE_WORDS)
    if len(q.same_name) != 1 or not title or any(o in index.person_ids for o in same.people):
        return None
    # Nothing else asked: the words are the title, the shared name and framing.
    rest = set(q.terms) - {stem(w) for w in (*title, same.word)}
    if rest:
        return None
    asks = []
    for owner in same.people:
        holders = tuple(answerer.parser.descriptions.role_holder(owner, title))
        if holders:
            asks.append(RoleAsk(owner, title, holders))
    if len(asks) != 1:
        return None
    (ask,) = asks
    holder = ask.holders[0] if len(ask.holders) == 1 else _current_holder(answerer, ask)
    return Described(holder, "title") if holder is not None else None


def _current_holder(answerer: QuestionAnswerer, ask: RoleAsk) -> str | None:
    """The one holder of ``ask`` whose current titles (``Index.role_history``) hold a
    fitting title at its organisation; else the one stated newest; else None."""
    index = answerer.index
    now = []
    newest: dict[str, dt.date] = {}
    for person in ask.holders:
        history = index.role_history(person)
        fitting = [
            s
            for s in history.current + history.earlier
            if s.role.organization == ask.organization and role_fits(s.role.title, ask.words)
        ]
        if any(s in history.current for s in fitting):
            now.append(person)
        if fitting:
            newest[person] = max(d for s in fitting for d in s.dates)
    if len(now) == 1:
        return now[0]
    ranked = sorted(newest.items(), key=lambda pd: pd[1], reverse=True)
    if len(ranked) == 1 or (len(ranked) > 1 and ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _holders_over_their_organisations(
    answerer: QuestionAnswerer, subjects: tuple[str, ...], holders: set[str]
) -> list[str]:
    """``subjects`` without the organisations at which a title holder among them holds
    a role: in "the trust's chief executive" the trust only says whose chief executive."""
    roles = answerer.index.roles_by_entity
    organisations = {
        role.organization for h in holders if h in subjects for role in roles.get(h, [])
    }
    return [s for s in subjects if s not in organisations]
