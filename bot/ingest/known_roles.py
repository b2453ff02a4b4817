"""A title whose organisation ingest could only assume, placed where the base has it.

When a release names a title without its organisation ("Professor Amara Nwosu, who was
Dean of the School of Journalism until December 2024"), the readers of people assume the
issuer's (with a note). When the knowledge base already holds the same person with the
same title at one organisation (an earlier, reviewed release said "Dean of the School of
Journalism at Elmstead University"), that organisation is the one meant: the draft takes
it, and its note says so instead of the assumption.
"""

from __future__ import annotations

from collections.abc import Collection

from bot.ingest.entities import Registry
from bot.ingest.registry import DraftRole
from bot.kb.models import KnowledgeBase
from bot.textnorm import normalize


def base_organisation(kb: KnowledgeBase, person: str, title: str) -> str | None:
    """The one organisation (entity id) the base states ``person`` holds or held
    ``title`` at; None when it states none, or several."""
    key = normalize(title)
    orgs = {
        r.organization
        for r in kb.roles
        if r.entity == person and r.organization and normalize(r.title) == key
    }
    return orgs.pop() if len(orgs) == 1 else None


def place_as_the_base_does(
    registry: Registry,
    kb: KnowledgeBase | None,
    assumed: Collection[tuple[str, str]],
    warnings: list[str],
) -> list[str]:
    """Move each assumed role (person id, title) to the organisation the base states for
    the same person and title; returns ``warnings`` with each moved role's assumption
    note replaced by one naming the base's organisation."""
    if kb is None:
        return warnings
    out = list(warnings)
    for person, title in assumed:
        org = base_organisation(kb, person, title)
        if org is None or org not in kb.entities:
            continue
        moved = False
        for k, role in enumerate(registry.roles):
            if (
                role.entity == person
                and normalize(role.title) == normalize(title)
                and role.organization != org
            ):
                registry.roles[k] = DraftRole(
                    role.entity, role.title, registry._reference(org), role.current, role.ended
                )
                moved = True
        if not moved:
            continue
        opening = f"'{person}' ({title}): organisation assumed"
        out = [w for w in out if not w.startswith(opening)]
        out.append(
            f"'{person}' ({title}): organisation {kb.entities[org].name}, where the base's"
            " earlier release places the same title (the release does not name it)"
        )
    return out
