"""Which unreviewed drafts a new draft builds on.

Ingest reuses every entity the knowledge base declares, drafts included, so a team can
ingest several releases before reviewing any. A draft that reuses an entity only another
unreviewed draft declares depends on that draft's review: if the reviewer renames or
removes the entity there, the new draft no longer loads. ``partnerbot ingest`` names such
drafts so they are reviewed first (a newcomer's trial, session 9, lost an entity this way).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True)
class PendingDependency:
    """An unreviewed draft (``path``, relative to the knowledge directory) declaring
    entities (``entity_ids``, sorted) that a new draft reuses."""

    path: str
    entity_ids: tuple[str, ...]


def _draft_entities(path: Path) -> set[str] | None:
    """The entity ids a knowledge file declares when it is an unreviewed draft, else None.
    A file that cannot be read or parsed is none of this module's business (``check``
    reports it)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    if not isinstance(data, dict):
        return None
    source = data.get("source")
    if not isinstance(source, dict) or source.get("reviewed", True) is not False:
        return None
    entities = data.get("entities") or []
    return {e["id"] for e in entities if isinstance(e, dict) and isinstance(e.get("id"), str)}


def pending_dependencies(
    knowledge_dir: Path, reused: Iterable[str], new_draft: Path
) -> list[PendingDependency]:
    """The other unreviewed drafts under ``knowledge_dir`` that declare any of the
    ``reused`` entity ids, in path order; ``new_draft`` itself is skipped."""
    wanted = set(reused)
    if not wanted:
        return []
    skip = new_draft.resolve()
    found = []
    for path in sorted(knowledge_dir.rglob("*.y*ml")):
        if path.resolve() == skip:
            continue
        declared = _draft_entities(path)
        if declared and (shared := declared & wanted):
            found.append(
                PendingDependency(path.relative_to(knowledge_dir).as_posix(), tuple(sorted(shared)))
            )
    return found
