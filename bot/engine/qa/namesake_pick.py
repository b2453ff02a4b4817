"""A shared surname settled by what the question says of the person: "who is the Ma who
works at the Academy?", "what did the Ma at the Alliance say?".

Of the people a word names (``SameName``), the one whose titles (current or earlier) are
at an organisation the question names is meant, when exactly one is; otherwise the
question stays ambiguous and the choices are offered.
"""

from __future__ import annotations

from bot.engine.qa.query import Query
from bot.search.index import Index


def namesake_by_organisation(index: Index, q: Query) -> str | None:
    """The one namesake with a title at an organisation the question names; None when
    the question names no such organisation or it fits none or several of them."""
    if not q.same_name:
        return None
    same = q.same_name[0]
    named = {e for e in q.subjects if e not in index.person_ids}
    if not named:
        return None
    fitting = [
        person
        for person in same.people
        if any(r.organization in named for r in index.roles_by_entity.get(person, []))
    ]
    return fitting[0] if len(fitting) == 1 else None
