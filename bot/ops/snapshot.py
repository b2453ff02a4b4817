"""The served knowledge snapshot, or None: for reports that must work before a load."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.service import KnowledgeService, Snapshot


def served_snapshot(service: KnowledgeService) -> Snapshot | None:
    """The snapshot being served, or None when no knowledge base is loaded yet
    (``service.snapshot`` raises RuntimeError then)."""
    try:
        return service.snapshot
    except RuntimeError:
        return None
