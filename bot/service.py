"""The knowledge snapshot the bot serves, and reloading it without a restart.

A snapshot (knowledge base + index + engine) is immutable. Reload builds a complete new
one off the event loop and only then swaps a single reference, so requests already in
flight finish on the snapshot they started with, and a broken file never replaces a
working knowledge base.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bot.engine.engine import Engine
from bot.kb.loader import DEFAULT_MAX_FILE_BYTES, load_knowledge
from bot.kb.models import KnowledgeBase
from bot.search.index import Index
from bot.settings import Settings


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a snapshot is being built.

    A large knowledge base is millions of objects. With the collector on, building
    one triggers repeated full collections that each walk every object, old snapshot
    included, while holding the GIL: they made a 10,000-entity reload take three times
    as long and stalled the event loop for most of a second (see benchmarks/). The
    collector is process-wide, so it is off for the other threads too, only for the
    build, and restored as it was.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# Containers emptied one item at a time when a snapshot is retired are those above this.
_RETIRE_BIG = 1_000


def _retire(snapshot: Snapshot) -> None:
    """Free a replaced snapshot a little at a time, in a worker thread.

    Dropping the last reference to the snapshot of a large knowledge base frees millions
    of objects in one C-level cascade that holds the GIL throughout (about a second at
    100,000 entities), and the event loop would stall for all of it. Emptying its big
    containers item by item runs as ordinary bytecode, so the interpreter hands the
    GIL to the event loop every few milliseconds meanwhile. It runs a grace period
    after the swap (KnowledgeService.retire_grace_seconds), by when no request still
    reads the old snapshot: front ends take the engine per request and use it within
    milliseconds.
    """
    index = snapshot.index
    for holder in (index.names, index.terms, index, snapshot.kb):
        attrs = vars(holder)
        # Names only: a list of (name, value) pairs would keep each original tuple, and
        # so all its items, alive until the loop ends, then free them in one cascade.
        for name in list(attrs):
            value = attrs[name]
            if not isinstance(value, tuple | list | dict) or len(value) <= _RETIRE_BIG:
                continue
            if isinstance(value, tuple):
                attrs[name] = value = list(value)  # the tuple goes; its items stay for now
            if isinstance(value, dict):
                while value:
                    value.popitem()
            else:
                while value:
                    value.pop()


# While a reload's thread works, it hands the GIL over at least this often (CPython's
# default is every 5 ms). A request on the event loop waits for the GIL each time it
# gives it up (numpy calls, I/O), so a shorter turn for the busy thread is a shorter
# wait for requests: autocomplete p99 during a 100k reload went from ~80 to ~35 ms.
RELOAD_SWITCH_INTERVAL = 0.001


_busy_threads = 0  # reload and retire threads at work (only touched on the event loop)
_idle_switch_interval = sys.getswitchinterval()


@contextmanager
def _responsive_loop() -> Iterator[None]:
    """Shorter GIL turns while at least one reload or retire thread works.

    Counted rather than saved and restored, because a retire and the next reload can
    overlap in any order.
    """
    global _busy_threads, _idle_switch_interval
    if _busy_threads == 0:
        _idle_switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(_idle_switch_interval, RELOAD_SWITCH_INTERVAL))
    _busy_threads += 1
    try:
        yield
    finally:
        _busy_threads -= 1
        if _busy_threads == 0:
            sys.setswitchinterval(_idle_switch_interval)


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
    # How long a replaced snapshot is kept before it is freed in pieces (see _retire).
    # Requests take milliseconds; the margin makes "finished with it" certain.
    retire_grace_seconds: float = 5.0
    _retiring: set[asyncio.Task[None]] = field(default_factory=set, init=False, repr=False)
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
        with _collector_paused():
            kb = load_knowledge(
                self.directory,
                include_unreviewed=self.include_unreviewed,
                max_file_bytes=self.max_file_bytes,
            )
            index = Index(kb)
            engine = Engine(index, prefix=self.prefix)
            # The snapshot lives until the next reload and holds no reference cycles, so
            # reference counting frees it when it is replaced: take its millions of
            # objects out of the cyclic collector's sight for good, or every later full
            # collection would walk them all while holding the GIL. The price: cyclic
            # garbage that happens to exist at this moment is never collected (a few
            # objects per reload; a full gc.collect() here would stall the loop).
            gc.freeze()
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
                with _responsive_loop():
                    snapshot = await asyncio.to_thread(self.build)
            except Exception as exc:
                self._tell(None, exc)
                raise
            old, self._snapshot = self._snapshot, snapshot
            result = ReloadResult(before, snapshot.kb.counts(), time.perf_counter() - started)
            self._tell(result, None)
        if old is not None:
            # Outside the lock, and later: the moderator's reply does not wait for it,
            # and any request still holding the old snapshot has long finished.
            task = asyncio.create_task(self._retire_later(old))
            self._retiring.add(task)
            task.add_done_callback(self._retiring.discard)
        return result

    async def _retire_later(self, old: Snapshot) -> None:
        await asyncio.sleep(self.retire_grace_seconds)
        # Best effort: whatever is left is freed by reference counting anyway.
        with contextlib.suppress(Exception), _responsive_loop():
            await asyncio.to_thread(_retire, old)

    def _tell(self, result: ReloadResult | None, error: Exception | None) -> None:
        for listener in self.reload_listeners:
            listener(result, error)
