"""The knowledge snapshot the bot serves, and reloading it without a restart.

A snapshot (knowledge base + index + engine) is immutable. Reload builds a complete new
one off the event loop and only then swaps a single reference, so requests already in
flight finish on the snapshot they started with, and a broken file never replaces a
working knowledge base.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bot.engine.engine import Engine
from bot.kb.loader import DEFAULT_MAX_FILE_BYTES, load_knowledge
from bot.kb.models import KnowledgeBase
from bot.search.index import Index
from bot.settings import Settings


@dataclass(frozen=True, slots=True)
class Snapshot:
    kb: KnowledgeBase
    index: Index
    engine: Engine
    loaded_at: datetime
    build_seconds: float


@dataclass(frozen=True, slots=True)
class ReloadResult:
    before: dict[str, int]
    after: dict[str, int]
    seconds: float

    def describe(self) -> str:
        parts = []
        for key, new in self.after.items():
            old = self.before.get(key, 0)
            parts.append(f"{key} {old} → {new}" if old != new else f"{key} {new}")
        return ", ".join(parts) + f" (took {self.seconds:.2f} s)"


@dataclass
class KnowledgeService:
    directory: Path
    prefix: str = "!"
    include_unreviewed: bool = False
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    _snapshot: Snapshot | None = field(default=None, init=False, repr=False)
    # One reload at a time; a second request waits and then reloads the newer files.
    _reload_lock: asyncio.Lock = field(default_factory=asyncio.Lock, init=False, repr=False)
    # Told the outcome of every reload, (result, None) or (None, error), whoever asked for
    # it (!reload, the watcher): metrics count reloads here. Listeners must not raise.
    reload_listeners: list[Callable[[ReloadResult | None, Exception | None], None]] = field(
        default_factory=list, init=False, repr=False
    )

    @classmethod
    def from_settings(cls, settings: Settings, *, load: bool = True) -> KnowledgeService:
        service = cls(
            directory=settings.resolved_knowledge_dir(),
            prefix=settings.command_prefix,
            include_unreviewed=settings.serve_unreviewed,
            max_file_bytes=settings.max_knowledge_file_bytes,
        )
        if load:
            service.load()
        return service

    def build(self) -> Snapshot:
        """Load, validate and index the knowledge directory (blocking; raises KnowledgeError)."""
        started = time.perf_counter()
        kb = load_knowledge(
            self.directory,
            include_unreviewed=self.include_unreviewed,
            max_file_bytes=self.max_file_bytes,
        )
        index = Index(kb)
        engine = Engine(index, prefix=self.prefix)
        return Snapshot(kb, index, engine, datetime.now(UTC), time.perf_counter() - started)

    def load(self) -> Snapshot:
        self._snapshot = self.build()
        return self._snapshot

    @property
    def snapshot(self) -> Snapshot:
        if self._snapshot is None:
            raise RuntimeError("the knowledge base has not been loaded")
        return self._snapshot

    @property
    def engine(self) -> Engine:
        return self.snapshot.engine

    @property
    def loaded_at(self) -> datetime:
        return self.snapshot.loaded_at

    def counts(self) -> dict[str, int]:
        return self.snapshot.kb.counts()

    async def reload(self) -> ReloadResult:
        """Build a new snapshot in a worker thread, then swap it in. Raises KnowledgeError."""
        async with self._reload_lock:
            before = self.counts() if self._snapshot else {}
            started = time.perf_counter()
            try:
                snapshot = await asyncio.to_thread(self.build)
            except Exception as exc:
                self._tell(None, exc)
                raise
            self._snapshot = snapshot
            result = ReloadResult(before, snapshot.kb.counts(), time.perf_counter() - started)
            self._tell(result, None)
            return result

    def _tell(self, result: ReloadResult | None, error: Exception | None) -> None:
        for listener in self.reload_listeners:
            listener(result, error)
