"""A speaker named by a role phrase: "what did the Alliance president say in 2022?".

A title at an organisation (a ``RoleAsk``) may have had several holders over the years;
the speaker is the one whose title was in force at the time the question names, or the
current holder when it names none (``Index.roles_in_force``, ``Index.role_history``).
None when that is not exactly one person, so that no holder is guessed.
"""

from __future__ import annotations

from bot.engine.qa.query import RoleAsk, TimeConstraint
from bot.engine.qa.subjects import role_fits
from bot.search.index import Index
from bot.textnorm import normalize


def speaker_for_role(index: Index, ask: RoleAsk, time: TimeConstraint) -> str | None:
    """The one holder of ``ask``'s title at its organisation in the year ``time`` names
    (its current holder without one); None when none or several held it then."""
    year = time.year or time.until
    found: list[str] = []
    for person in ask.holders:
        if year is not None:
            roles = index.roles_in_force(person, year)
        else:
            roles = [s.role for s in index.role_history(person).current]
        if any(
            r.organization == ask.organization
            and (set(ask.words) <= set(normalize(r.title).split()) or role_fits(r.title, ask.words))
            for r in roles
        ):
            found.append(person)
    return found[0] if len(found) == 1 else None
