"""Two organisations read as one name across their "and", split again by their acronyms.

"… to unify the Velmont Assn. for Harbour Pilots and Orrin Ferry Operators of Arden" is
read as one organisation, since both halves are capitalised runs joined by "and". When
the release then writes each half's initials on their own ("both VAHP and OFOA"), and
not the initials of the whole, the halves are two organisations, each with its acronym
as an alias. (``parties.names_joined_by_their_acronym`` does the opposite: one acronym
for the whole joins two halves.)
"""

from __future__ import annotations

import dataclasses
import re

from bot.ingest.registry import Registry
from bot.ingest.words import STOPWORDS
from bot.kb.models import EntityKind

# Initials shorter than this are too often a chance word ("IT", "AI") to tie a name to.
_MIN_INITIALS = 3


def initials(name: str) -> str:
    """The capitals opening each capitalised word of ``name``, small words aside
    ("National Assn. for Harbour Pilots" -> "NAHP")."""
    return "".join(
        w[0]
        for w in re.findall(r"[^\W\d_][\w'’.-]*", name)
        if w[0].isupper() and w.lower() not in STOPWORDS
    )


def _written_alone(acronym: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text) is not None


def split_by_acronyms(registry: Registry, text: str) -> None:
    """Split each new organisation named "<A> and <B>" whose halves' initials are both
    written alone in ``text`` (the whole's are not) into two organisations named A and B,
    each with its initials as an alias; an entity the release made of an acronym alone
    merges into its half, and roles move with it. Changes ``registry`` in place."""
    for entity in list(registry.entities.values()):
        if entity.existing or entity.kind != EntityKind.ORGANIZATION or entity.aliases:
            continue
        halves = re.split(r"\s+and\s+(?:the\s+)?", entity.name)
        if len(halves) != 2 or not all(h[:1].isupper() for h in halves):
            continue
        shorts = [initials(h) for h in halves]
        if (
            any(len(s) < _MIN_INITIALS or not _written_alone(s, text) for s in shorts)
            or shorts[0] == shorts[1]
            or _written_alone(initials(entity.name), text)
        ):
            continue
        moved: dict[str, str] = {}
        # (``discard`` drops the roles held at what it forgets: they are set aside first.)
        held = list(registry.roles)
        registry.discard(entity.id)
        for half, short in zip(halves, shorts, strict=True):
            own = registry.find_exact(short)
            if own is not None and (
                registry.entities[own].existing
                or registry.entities[own].kind != EntityKind.ORGANIZATION
                or registry.entities[own].name != short
            ):
                own = None  # (an acronym that already names something else stays so)
            if own is not None:
                registry.discard(own)
            new_id = registry.add(half, EntityKind.ORGANIZATION, aliases=[short], exact=True)
            if own is not None:
                moved[own] = new_id
        # (A role held at the joined name says not at which half: the reviewer decides.)
        registry.roles = [
            dataclasses.replace(r, organization=moved.get(r.organization or ""))
            if r.organization in moved or r.organization == entity.id
            else r
            for r in held
            if r.entity in registry.entities
        ]
