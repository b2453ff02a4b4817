"""What a draft says of people's roles, in the form the ingest tests compare."""

from __future__ import annotations

from bot.ingest import Draft


def roles_of(d: Draft) -> set[tuple[str, str, str | None]]:
    """(person's name, title, organisation's name or None) for every role of draft ``d``."""
    ents = d.registry.entities
    return {
        (
            ents[r.entity].name,
            r.title,
            ents[r.organization].name if r.organization in ents else None,
        )
        for r in d.registry.roles
    }
