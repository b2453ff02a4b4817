"""A small knowledge base written to a temporary directory, for tests that need releases
of their own: each release's YAML under releases/ and a one-line text under sources/."""

from __future__ import annotations

from pathlib import Path

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index


def engine_of(root: Path, releases: dict[str, str], *, keep_texts: bool = False) -> Engine:
    """An engine over ``releases`` (file stem -> YAML, whose ``text`` is
    ``../sources/<stem>.txt``), written under ``root``; with ``keep_texts``, a release
    text already written there (holding its quotes verbatim) is kept."""
    (root / "releases").mkdir(parents=True, exist_ok=True)
    (root / "sources").mkdir(exist_ok=True)
    for name, text in releases.items():
        source = root / "sources" / f"{name}.txt"
        if not (keep_texts and source.exists()):
            source.write_text("Release text.\n", encoding="utf-8")
        (root / "releases" / f"{name}.yaml").write_text(text, encoding="utf-8")
    return Engine(Index(load_knowledge(root)))


def source_line(
    source_id: str,
    title: str,
    date: str,
    *,
    publisher: str = "Shore Wire",
    city: str = "Tarrow",
    country: str = "Scotland",
) -> str:
    """The ``source:`` line of a release for ``engine_of`` (its text under ``../sources``)."""
    return (
        f"source: {{id: {source_id}, title: {title}, publisher: {publisher}, date: {date},"
        f" dateline: {{city: {city}, country: {country}}}, text: ../sources/{source_id}.txt}}\n"
    )
