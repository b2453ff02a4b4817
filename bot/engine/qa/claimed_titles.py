"""A title claimed for the wrong person: "Is Jack Ma UNIDO's director general?".

The question names a person and, right after the name, a title that the releases give
to someone else (the parser reads "UNIDO's director general" as LI Yong, a ``role``
mention, and sets it aside as the title asked). The answer is no: the releases give that
title to the other person, and the one named holds their own title, both cited.

The same holds for a title put in other words ("does Jack Ma run UNIDO?", "is X the head
of Y?", "was X Ruvania's health minister in 2019?"): the words name a top job (``role_fits``:
"runs", "head", "boss") or a title held at the organisation named, the person named holds
no such title there at any time (else the roles' dates decide, ``role_dates.py``), and
another person holds it, at the time asked (now, when none is): "No", who holds it, as
of when, cited. A country named for its ministry ("Ruvania's health minister") stands
for the organisations whose name holds it.
"""

from __future__ import annotations

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.subjects import role_fits
from bot.engine.qa.vocabulary import CONTINUING_WORDS, TITLE_WORDS
from bot.kb.models import EntityKind, LoadedRole
from bot.search.index import Index
from bot.search.terms import STOP_WORDS, content_terms, stem
from bot.textnorm import normalize

# At most this many holders of a fitting title are named.
MAX_HOLDERS_SHOWN = 2
# A person's facts read for the words of a question beyond its title words.
MAX_PERSON_FACTS = 200
# A place's word held by more names than this picks out no organisation.
MAX_PLACE_OWNERS = 50


def title_of_another(index: Index, q: Query) -> Answer | None:
    """No, with who holds the title, when a yes/no question gives one person a title
    the releases give another; None otherwise."""
    if q.answer_type is not AnswerType.YES_NO:
        return None
    people = [e for e in q.subjects if e in index.person_ids]
    if len(people) == 1:
        person = people[0]
    else:
        # "Is X the head of Y?", "is X Y's CEO?": the holder the title names stands among
        # the subjects; the one person named by name is the one asked about.
        named = [e for e in people if any(m.entity_id == e and m.via != "role" for m in q.found)]
        if len(named) != 1 or any(named[0] in a.holders for a in q.role_asks):
            return None
        person = named[0]
    if q.time.bounded or "still" in q.words:
        return held_by_another(index, q, person)
    others = [
        m.entity_id
        for m in q.found
        if m.via == "role" and m.entity_id in index.person_ids and m.entity_id != person
    ]
    if not others:
        return held_by_another(index, q, person)
    holder = others[0]
    theirs, mine = index.role_as_of(holder), index.role_as_of(person)
    if theirs is None or theirs.organization is None:
        return None
    # Only a title claimed at a named organisation ("UNIDO's director general"): a bare
    # title word ("was Okafor made chair?") names no one else's post, and a title the
    # person holds somewhere is theirs to be asked about.
    org = index.entity(theirs.organization)
    asked = f" {normalize(q.question)} "
    if not any(f" {normalize(label)} " in asked for label in (org.name, *org.aliases)):
        return None
    title = normalize(theirs.title)
    own = index.roles_by_entity.get(person, [])
    if any(title in normalize(r.title) for r in own):
        return None  # a title they hold or held: the roles' dates decide (role_dates.py)
    # Their own title at that organisation, when they hold another there.
    there = [r for r in own if r.organization == theirs.organization]
    mine = there[0] if there else mine
    text = f"**No.** The releases give {index.entity(holder).name} as {index.role_text(theirs)}"
    sources = [theirs.source]
    if mine is not None:
        text += f"; they give {index.entity(person).name} as {index.role_text(mine)}"
        sources.append(mine.source)
    return answered(index, q.question, text + ".", sources, entities=[person, holder])


def _organisations(index: Index, q: Query, person: str) -> list[str]:
    """The organisations the question names beside ``person``: organisations named, and
    for a place named, the organisations whose name or alias holds one of its names."""
    found: list[str] = [a.organization for a in q.role_asks]
    for e in q.subjects:
        if e == person or e in index.person_ids:
            continue
        entity = index.entity(e)
        if entity.kind is not EntityKind.PLACE:
            if e in index.people_by_org:
                found.append(e)
            continue
        labels = [n for n in (normalize(x) for x in (entity.name, *entity.aliases)) if n]
        for label in labels:
            first = label.split()[0]
            for owner in sorted(index.names.owners_of_word(first, limit=MAX_PLACE_OWNERS)):
                if owner in found or owner not in index.people_by_org:
                    continue
                org = index.entity(owner)
                if any(f" {label} " in f" {normalize(n)} " for n in (org.name, *org.aliases)):
                    found.append(owner)
    return found


def _holders(index: Index, org: str, words: list[str], year: int | None) -> list[LoadedRole]:
    """Roles at ``org`` whose title the words name, held in ``year`` (now, for None:
    the current ones), newest statement first."""
    found = []
    for other in index.people_by_org.get(org, []):
        if year is not None:
            roles = index.roles_in_force(other, year)
        else:
            roles = [s.role for s in index.role_history(other).current]
        found += [r for r in roles if r.organization == org and role_fits(r.title, words)]
    found.sort(key=lambda r: index.source_date(r.source), reverse=True)
    return found


def _led_something_stated(index: Index, q: Query, person: str, words: list[str]) -> bool:
    """Whether the question's words beyond the title words ("deposit ceremony" in "did X
    lead a deposit ceremony at Y?") are all in a sentence about the person: then the
    title word is a verb with its own object, which that sentence judges, not a title."""
    title = {stem(w) for w in words}
    extra = {t for t in q.terms if t not in title}
    if not extra:
        return False
    return any(
        extra <= set(content_terms(f.text))
        for f in index.facts_by_entity.get(person, [])[:MAX_PERSON_FACTS]
    )


def held_by_another(index: Index, q: Query, person: str) -> Answer | None:
    """ "No", with who holds the title, when the question gives ``person`` a title at a
    named organisation that the releases never give them there but give another; None
    otherwise."""
    orgs = _organisations(index, q, person)
    if not orgs:
        return None
    own_roles = index.roles_by_entity.get(person, [])
    year = q.time.year if q.time.year is not None else q.time.until
    for org in orgs:
        # Words of titles held at the organisation ("minister", "health") and the title
        # vocabulary ("head", "runs"); stop words and the organisation's own name aside.
        at_org = {
            w
            for other in index.people_by_org.get(org, [])
            for r in index.roles_by_entity.get(other, [])
            if r.organization == org
            for w in normalize(r.title).split()
        }
        entity = index.entity(org)
        names = {w for n in (entity.name, *entity.aliases) for w in normalize(n).split()}
        words = [
            w
            for w in q.words
            if (w in TITLE_WORDS or w in at_org) and w not in STOP_WORDS and w not in names
        ]
        if not words or set(words) <= CONTINUING_WORDS:
            continue
        if _led_something_stated(index, q, person, words):
            return None  # "did X lead a deposit ceremony at Y?": an event, not a title
        if any(r.organization == org and role_fits(r.title, words) for r in own_roles):
            return None  # such a title there: the roles' dates decide (role_dates.py)
        holders = [r for r in _holders(index, org, words, year) if r.entity != person]
        if not holders:
            continue
        # Each holder of a fitting title once ("the Chair of the Board" and "the
        # Executive Director" both head an alliance), at most MAX_HOLDERS_SHOWN.
        shown: list[LoadedRole] = []
        for r in holders:  # newest first: each holder's newest statement
            if all(r.entity != other.entity for other in shown):
                shown.append(r)
        shown = shown[:MAX_HOLDERS_SHOWN]
        when = f"In {year}, the" if year is not None else "The"
        given = " and ".join(
            f"{index.entity(r.entity).name} as {index.role_text(r)}" for r in shown
        )
        text = f"**No.** {when} releases give {given}"
        sources = [r.source for r in shown]
        # The person's own title there, when they hold another ("Chair of the Board").
        there = [r for r in own_roles if r.organization == org]
        mine = there[0] if there else index.role_as_of(person)
        if mine is not None:
            text += f"; they give {index.entity(person).name} as {index.role_text(mine)}"
            sources.append(mine.source)
        named = [person, *(r.entity for r in shown)]
        return answered(index, q.question, text + ".", sources, entities=named)
    return None
