"""What an ingest draft says, in the terms the ingest-kind tests assert on."""

from __future__ import annotations

from bot.ingest import Draft
from bot.kb.models import EntityKind


def names(d: Draft, kind: EntityKind | None = None) -> set[str]:
    """The names of the draft's entities (of ``kind``, if given)."""
    return {e.name for e in d.registry.entities.values() if kind is None or e.kind == kind}


def roles(d: Draft, person: str) -> set[tuple[str, str | None]]:
    """(title, organisation name or None) of each role the draft gives ``person``."""
    label = {e.id: e.name for e in d.registry.entities.values()}
    pid = next(e.id for e in d.registry.entities.values() if e.name == person)
    return {(r.title, label.get(r.organization or "")) for r in d.registry.roles if r.entity == pid}


def speakers(d: Draft) -> list[str]:
    """The speaker's name of each drafted quote, in order."""
    label = {e.id: e.name for e in d.registry.entities.values()}
    return [label[q.speaker or ""] for _, q, _ in d.quotes]
