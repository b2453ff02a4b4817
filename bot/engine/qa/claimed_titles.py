"""A title claimed for the wrong person: "Is Jack Ma UNIDO's director general?".

The question names a person and, right after the name, a title that the releases give
to someone else (the parser reads "UNIDO's director general" as LI Yong, a ``role``
mention, and sets it aside as the title asked). The answer is no: the releases give that
title to the other person, and the one named holds their own title, both cited.
"""

from __future__ import annotations

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered
from bot.engine.qa.query import AnswerType, Query
from bot.search.index import Index
from bot.textnorm import normalize


def title_of_another(index: Index, q: Query) -> Answer | None:
    """No, with who holds the title, when a yes/no question gives one person a title
    the releases give another; None otherwise."""
    if q.answer_type is not AnswerType.YES_NO or q.time.bounded or "still" in q.words:
        return None
    people = [e for e in q.subjects if e in index.person_ids]
    if len(people) != 1:
        return None
    person = people[0]
    others = [
        m.entity_id
        for m in q.found
        if m.via == "role" and m.entity_id in index.person_ids and m.entity_id != person
    ]
    if not others:
        return None
    holder = others[0]
    theirs, mine = index.role_as_of(holder), index.role_as_of(person)
    if theirs is None or theirs.organization is None:
        return None
    if any(r.organization == theirs.organization for r in index.roles_by_entity.get(person, [])):
        return None  # both at that organisation: the roles' dates decide (role_dates.py)
    # Only a title claimed at a named organisation ("UNIDO's director general"): a bare
    # title word ("was Okafor made chair?") names no one else's post, and a title the
    # person holds somewhere is theirs to be asked about.
    org = index.entity(theirs.organization)
    asked = f" {normalize(q.question)} "
    if not any(f" {normalize(label)} " in asked for label in (org.name, *org.aliases)):
        return None
    title = normalize(theirs.title)
    if any(title in normalize(r.title) for r in index.roles_by_entity.get(person, [])):
        return None
    text = f"**No.** The releases give {index.entity(holder).name} as {index.role_text(theirs)}"
    sources = [theirs.source]
    if mine is not None:
        text += f"; they give {index.entity(person).name} as {index.role_text(mine)}"
        sources.append(mine.source)
    return answered(index, q.question, text + ".", sources, entities=[person, holder])
