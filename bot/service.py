"""The knowledge snapshot the bot serves, answering from it, and reloading it.

A snapshot (knowledge base + index + engine) is immutable. Reload builds a complete new
one off the event loop and only then swaps a single reference, so requests already in
flight finish on the snapshot they started with, and a broken file never replaces a
working knowledge base.

``KnowledgeService.ask`` is the one way a front door (prefix command, slash command,
mention, button, terminal) gets an answer: the policy for engine work lives there.
Answers are computed in a thread pool, never on the event loop; questions (the costly
kind) also wait for one of a few question slots, so that a crowd of long questions
cannot starve commands, autocomplete or the gateway's heartbeat.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from bot import limits, memory, stages, workers
from bot.engine.answer import Answer, Choice
from bot.engine.engine import Engine
from bot.engine.request import Request, parse
from bot.kb.cache import LoadCache
from bot.kb.loader import DEFAULT_MAX_FILE_BYTES, FileCache, KnowledgeError, load_knowledge
from bot.kb.models import KnowledgeBase
from bot.kb.store import RowStore
from bot.search.index import Index, IndexReuse, comparisons_shared

if TYPE_CHECKING:
    from bot.knowledge_settings import KnowledgeSettings
    from bot.settings import Settings

log = logging.getLogger(__name__)
T = TypeVar("T")

# Questions computed at once. Question work is mostly pure Python, so threads beyond
# this only share one core's worth of GIL time among more of them, and every busy
# thread lengthens the event loop's wait for the GIL; two still let one long question
# and one short one run side by side. See benchmarks/bench.py ("crowd").
QUESTION_SLOTS = 2
# Threads kept for commands beside the question slots (KnowledgeService.question_slots):
# commands never wait behind questions for a thread.
COMMAND_THREADS = 2
ANSWER_THREADS = QUESTION_SLOTS + COMMAND_THREADS  # with the default slots
# A build that takes longer than this is abandoned (a read that never returns: a hung
# network file system); health reports a build as stuck from STUCK_AFTER_SECONDS on.
# A 100,000-entity build takes about 15 s on two cores.
BUILD_TIMEOUT_SECONDS = 300.0
STUCK_AFTER_SECONDS = 120.0
# A reload is refused when the memory available is less than the last build's peak
# growth times this (the new knowledge base may have grown since).
MEMORY_MARGIN = 1.1


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
    GIL to the event loop every few milliseconds meanwhile. It runs once no request
    holds the snapshot any more (KnowledgeService counts the requests in flight on each).
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


_busy_threads = 0  # reload, retire and question threads at work (touched on the loop only)
_idle_switch_interval = sys.getswitchinterval()


def _thread_busy() -> None:
    global _busy_threads, _idle_switch_interval
    if _busy_threads == 0:
        _idle_switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(_idle_switch_interval, RELOAD_SWITCH_INTERVAL))
    _busy_threads += 1


def _thread_done() -> None:
    global _busy_threads
    _busy_threads -= 1
    if _busy_threads == 0:
        sys.setswitchinterval(_idle_switch_interval)


@contextmanager
def _responsive_loop() -> Iterator[None]:
    """Shorter GIL turns while at least one reload, retire or question thread works.

    Counted rather than saved and restored, because a retire, the next reload and
    questions can overlap in any order.
    """
    _thread_busy()
    try:
        yield
    finally:
        _thread_done()


@dataclass(frozen=True, slots=True)
class Snapshot:
    kb: KnowledgeBase
    index: Index
    engine: Engine
    loaded_at: datetime
    build_seconds: float
    # CPU seconds of the build's thread per stage (``bot.stages``): for the benchmarks.
    stages: dict[str, float] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class ReloadResult:
    before: dict[str, int]
    after: dict[str, int]
    seconds: float
    # Files still left out for their problems, after a start that left them out
    # (``KnowledgeService.load(hold_back_broken=True)``), relative to the knowledge dir.
    still_broken: tuple[str, ...] = ()

    def describe(self) -> str:
        parts = []
        for key, new in self.after.items():
            old = self.before.get(key, 0)
            parts.append(f"{key} {old} → {new}" if old != new else f"{key} {new}")
        text = ", ".join(parts) + f" (took {self.seconds:.2f} s)"
        if self.still_broken:
            text += (
                f"; still not served, for their problems: {', '.join(self.still_broken[:5])}"
                + (f" and {len(self.still_broken) - 5} more" if len(self.still_broken) > 5 else "")
                + " (`partnerbot check` lists them)"
            )
        return text


class ReloadFailed(Exception):
    """A reload that failed, or was refused, for a reason other than the knowledge files
    (those raise KnowledgeError with the list of problems). ``str()`` is a complete,
    friendly message for the moderator; the cause, if any, is ``__cause__``."""


class BuildAbandoned(Exception):
    """Raised inside a build thread that was told to stop (shutdown, timeout)."""


class ReloadFailure(NamedTuple):
    """The last reload that failed for a reason other than the files, until one succeeds."""

    at: datetime
    reason: str


_SERVING = "The previous knowledge base is still serving."


def _reload_failed(exc: BaseException) -> ReloadFailed:
    """The moderator's message for a build that raised ``exc`` (not a KnowledgeError)."""
    if isinstance(exc, ReloadFailed):
        return exc
    if isinstance(exc, MemoryError):
        text = "Reload failed: out of memory while building the new knowledge base."
    elif isinstance(exc, OSError):
        detail = exc.strerror or str(exc) or type(exc).__name__
        where = f" ({exc.filename})" if exc.filename else ""
        text = f"Reload failed: the knowledge files could not be read: {detail}{where}."
    elif isinstance(exc, BuildAbandoned):
        text = "Reload abandoned: the bot is shutting down."
    else:
        text = f"Reload failed: unexpected {type(exc).__name__}; it has been logged."
    return ReloadFailed(f"{text} {_SERVING}")


def _on_loop(loop: asyncio.AbstractEventLoop, fn: Callable[[], object]) -> None:
    """Call ``fn`` on ``loop`` from any thread; nothing if the loop has closed (shutdown)."""
    with contextlib.suppress(RuntimeError):
        loop.call_soon_threadsafe(fn)


def _in_daemon_thread(fn: Callable[[], T], name: str) -> asyncio.Future[T]:
    """``fn()`` in a new daemon thread; the returned future (of the running loop) gets
    its value or exception.

    Not ``asyncio.to_thread``: ``asyncio.run`` waits for the default executor's
    threads at exit, so a reload in progress would hold up a shutdown for as long as
    the build takes. Nobody waits for a daemon thread.
    """
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()
    # An abandoned build's outcome is read by nobody: don't warn about it.
    future.add_done_callback(lambda f: f.cancelled() or f.exception())

    def succeed(value: T) -> None:
        if not future.done():
            future.set_result(value)

    def fail(error: BaseException) -> None:
        if not future.done():
            future.set_exception(error)

    def run() -> None:
        try:
            value = fn()
        except BaseException as exc:  # handed to the loop, which decides
            _on_loop(loop, functools.partial(fail, exc))
        else:
            _on_loop(loop, functools.partial(succeed, value))

    threading.Thread(target=run, name=name, daemon=True).start()
    return future


def _retire_and_release(box: list[Snapshot]) -> None:
    snapshot = box.pop()
    _retire(snapshot)
    del snapshot  # the last reference: what _retire left is freed now
    # glibc keeps freed heap mapped for reuse; without this RSS never comes down.
    memory.release_free_memory()


@dataclass
class KnowledgeService:
    directory: Path
    prefix: str = "!"
    include_unreviewed: bool = False
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    question_slots: int = QUESTION_SLOTS
    build_timeout_seconds: float = BUILD_TIMEOUT_SECONDS
    stuck_after_seconds: float = STUCK_AFTER_SECONDS
    # Build each snapshot's term index, name postings and question pipeline on first
    # use rather than up front (``Index(deferred=True)``): for the terminal, where one
    # command often needs none of them. The bot keeps it False, so that no request,
    # and no autocomplete on the event loop, pays for a build.
    deferred: bool = False
    # Where validated knowledge files are kept between processes (``bot.kb.store``;
    # KNOWLEDGE_CACHE_DIR); None: every process validates every file it reads.
    store_dir: Path | None = None
    # The date a question is asked on ("this year", "last year"): the engine reads no
    # clock, the service tells it (``partnerbot ask --today`` sets a fixed one).
    today: Callable[[], date] = date.today
    _snapshot: Snapshot | None = field(default=None, init=False, repr=False)
    # Requests in flight on each snapshot (by id), and replaced snapshots that some
    # still hold: a replaced snapshot is retired when its last request finishes.
    _held: dict[int, int] = field(default_factory=dict, init=False, repr=False)
    _replaced: dict[int, Snapshot] = field(default_factory=dict, init=False, repr=False)
    _retiring: set[asyncio.Task[None]] = field(default_factory=set, init=False, repr=False)
    # Reloads asked for while a build runs share the next build (see reload()).
    _queued: asyncio.Future[ReloadResult] | None = field(default=None, init=False, repr=False)
    _runner: asyncio.Task[None] | None = field(default=None, init=False, repr=False)
    _building_since: float | None = field(default=None, init=False, repr=False)
    _build_stop: threading.Event | None = field(default=None, init=False, repr=False)
    _last_failure: ReloadFailure | None = field(default=None, init=False, repr=False)
    # How far the last build raised this process's RSS at its peak, in bytes.
    _build_peak_bytes: int | None = field(default=None, init=False, repr=False)
    _pool: ThreadPoolExecutor | None = field(default=None, init=False, repr=False)
    # What each unchanged knowledge file gave the last build: a reload reads and
    # validates only the files that changed (issue 12; see bot.kb.cache).
    _file_cache: FileCache = field(default_factory=LoadCache, init=False, repr=False)
    # And what the index build made of each unchanged entity, role and name.
    _index_reuse: IndexReuse = field(default_factory=IndexReuse, init=False, repr=False)
    _question_gate: asyncio.Semaphore | None = field(default=None, init=False, repr=False)
    _gate_loop: asyncio.AbstractEventLoop | None = field(default=None, init=False, repr=False)
    _closed: bool = field(default=False, init=False, repr=False)
    # Told the outcome of every reload, (result, None) or (None, error), whoever asked for
    # it (!reload, the watcher): metrics count reloads here. What a listener raises is
    # logged and ignored.
    reload_listeners: list[Callable[[ReloadResult | None, Exception | None], None]] = field(
        default_factory=list, init=False, repr=False
    )

    @classmethod
    def from_settings(
        cls,
        settings: Settings | KnowledgeSettings,
        *,
        load: bool = True,
        deferred: bool = False,
        hold_back_broken: bool = False,
    ) -> KnowledgeService:
        """The service for ``settings``, loaded unless ``load`` is false. Raises
        KnowledgeError for a knowledge base with problems, unless ``hold_back_broken``
        (``partnerbot run``): then the files with problems are left out of this first
        load and named in ``snapshot.kb.broken_files`` (see ``load``)."""
        service = cls(
            directory=settings.resolved_knowledge_dir(),
            prefix=settings.command_prefix,
            include_unreviewed=settings.serve_unreviewed,
            max_file_bytes=settings.max_knowledge_file_bytes,
            deferred=deferred,
            store_dir=settings.resolved_knowledge_cache_dir(),
        )
        if load:
            service.load(hold_back_broken=hold_back_broken)
        return service

    # --- building -----------------------------------------------------------------------

    def build(self, *, hold_back_broken: bool = False) -> Snapshot:
        """Load, validate and index the knowledge directory (blocking; raises KnowledgeError,
        BuildAbandoned when told to stop, and whatever reading or memory raises).
        ``hold_back_broken``: see ``load_knowledge``."""
        stop = self._build_stop
        started = time.perf_counter()
        rss_before = memory.rss_bytes()
        peak_before = memory.peak_rss_bytes()
        with _collector_paused(), stages.recording() as times, comparisons_shared():
            kb = load_knowledge(
                self.directory,
                include_unreviewed=self.include_unreviewed,
                max_file_bytes=self.max_file_bytes,
                cache=self._file_cache,
                store=None if self.store_dir is None else RowStore(self.store_dir),
                hold_back_broken=hold_back_broken,
            )
            if stop is not None and stop.is_set():
                raise BuildAbandoned
            index = Index(kb, self._index_reuse, deferred=self.deferred)
            # The question tables are updated from the serving snapshot's where that is
            # cheaper; here, not on the event loop at the first autocomplete.
            serving = self._snapshot.engine if self._snapshot is not None else None
            with stages.stage("question tables"):
                engine = Engine(index, prefix=self.prefix, previous=serving)
            if not self.deferred:
                with stages.stage("warm-up"):
                    engine.warm(serving)
            del serving
            if stop is not None and stop.is_set():
                raise BuildAbandoned
            # The snapshot lives until the next reload and holds no reference cycles, so
            # reference counting frees it when it is replaced: take its millions of
            # objects out of the cyclic collector's sight for good, or every later full
            # collection would walk them all while holding the GIL. The price: cyclic
            # garbage that happens to exist at this moment is never collected (a few
            # objects per reload; a full gc.collect() here would stall the loop).
            gc.freeze()
        self._note_build_peak(rss_before, peak_before)
        return Snapshot(
            kb, index, engine, datetime.now(UTC), time.perf_counter() - started, dict(times)
        )

    def _note_build_peak(self, rss_before: int | None, peak_before: int) -> None:
        """Remember how much this build raised RSS at its peak. The process's peak only
        says so when this build set a new one; otherwise the last figure stands."""
        peak = memory.peak_rss_bytes()
        if rss_before is None:
            return
        if peak > peak_before or self._build_peak_bytes is None:
            self._build_peak_bytes = max(0, peak - rss_before)

    def _check_memory(self) -> None:
        """Refuse (ReloadFailed) a build that would not fit in the memory available."""
        need = self._build_peak_bytes
        available = memory.available_bytes()
        if need is None or available is None or need * MEMORY_MARGIN <= available:
            return
        raise ReloadFailed(
            f"Reload refused: the last build needed about {need / memory.MIB:,.0f} MiB and only "
            f"{available / memory.MIB:,.0f} MiB is available. {_SERVING} Free some memory, "
            "or restart the bot to load the new files."
        )

    def load(self, *, hold_back_broken: bool = False) -> Snapshot:
        """The first load (blocking). With ``hold_back_broken`` a file with problems is
        left out rather than stopping the load, since nothing would serve otherwise; a
        reload stays all or nothing, because the previous knowledge base keeps serving
        until the files are fixed, and then the fixed files come back."""
        self._snapshot = self.build(hold_back_broken=hold_back_broken)
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

    # --- answering ----------------------------------------------------------------------

    def _answer_pool(self) -> ThreadPoolExecutor:
        if self._pool is None:
            threads = max(1, self.question_slots) + COMMAND_THREADS
            self._pool = ThreadPoolExecutor(threads, thread_name_prefix="answer")
        return self._pool

    def _gate(self) -> asyncio.Semaphore:
        # One per event loop: a semaphore belongs to the loop it first waited on, and
        # the terminal front doors run one loop per line (asyncio.run).
        loop = asyncio.get_running_loop()
        if self._question_gate is None or self._gate_loop is not loop:
            self._question_gate = asyncio.Semaphore(max(1, self.question_slots))
            self._gate_loop = loop
        return self._question_gate

    async def ask(self, message: str | Request) -> Answer:
        """The answer to ``message`` (as typed in a channel) or to a parsed Request.

        The engine runs in a worker thread on the snapshot served when the work starts;
        that snapshot is kept until the work is done, even if a reload replaces it
        meanwhile. Questions first wait for one of ``question_slots``. The work is bounded
        by the engine (too long a question gets a "too long" usage answer). Raises what
        the engine raises.
        """
        if isinstance(message, str):
            if len(message) > limits.INPUT_CHARS * 4:
                return self.engine.handle(message)  # "too long", without parsing it
            request = parse(message, self.prefix)
        else:
            request = message
        if request.today is None:
            request = replace(request, today=self.today())
        loop = asyncio.get_running_loop()
        question = request.command == "question"
        gate = self._gate() if question else None
        if gate is not None:
            await gate.acquire()
        try:
            # Taken only now: a reload while this waited for a slot may have replaced it.
            snapshot = self.snapshot
        except BaseException:
            if gate is not None:
                gate.release()
            raise
        self._hold(snapshot)
        if question:
            _thread_busy()

        def finished() -> None:  # on the loop, when the thread's work is over
            self._release(snapshot)
            if gate is not None:
                gate.release()
                _thread_done()

        try:
            work: Future[Answer] = self._answer_pool().submit(snapshot.engine.run, request)
        except BaseException:
            finished()
            raise
        # Released when the work really ends, not when the caller stops waiting (a
        # cancelled handler): a running thread keeps its snapshot and its slot.
        work.add_done_callback(lambda _: _on_loop(loop, finished))
        return await asyncio.wrap_future(work, loop=loop)

    def complete(
        self, command: str, text: str, limit: int = limits.AUTOCOMPLETE_CHOICES
    ) -> list[Choice]:
        """Autocomplete choices, on the event loop: a few milliseconds at 100,000
        entities (benchmarks/), and a thread hop would cost more than the work."""
        return self.engine.complete(command, text[: limits.INPUT_CHARS], limit=limit)

    def _hold(self, snapshot: Snapshot) -> None:
        key = id(snapshot)
        self._held[key] = self._held.get(key, 0) + 1

    def _release(self, snapshot: Snapshot) -> None:
        key = id(snapshot)
        left = self._held[key] - 1
        if left:
            self._held[key] = left
            return
        del self._held[key]
        replaced = self._replaced.pop(key, None)
        if replaced is not None:
            self._retire_soon(replaced)

    def requests_in_flight(self) -> int:
        """Answers being computed now, on any snapshot."""
        return sum(self._held.values())

    # --- reloading ----------------------------------------------------------------------

    async def reload(self) -> ReloadResult:
        """Build a new snapshot off the event loop, then swap it in.

        Reloads asked for while a build runs are merged: they all wait for one more
        build, which starts when the running one ends (so it reads every change made
        before they asked), and all get its result. Raises KnowledgeError (the files'
        problems) or ReloadFailed (out of memory, unreadable files, timeout, refused
        for lack of memory, shutdown); either way the old snapshot keeps serving.
        """
        if self._closed:
            raise ReloadFailed(f"Reload abandoned: the bot is shutting down. {_SERVING}")
        if self._queued is None:
            self._queued = asyncio.get_running_loop().create_future()
            self._queued.add_done_callback(lambda f: f.cancelled() or f.exception())
        waiting = self._queued
        if self._runner is None:
            self._runner = asyncio.create_task(self._run_reloads(), name="partnerbot-reload")
        # One moderator giving up (a cancelled command) must not cancel everyone's build.
        return await asyncio.shield(waiting)

    async def _run_reloads(self) -> None:
        try:
            while self._queued is not None:
                waiting, self._queued = self._queued, None
                try:
                    result = await self._reload_once()
                except asyncio.CancelledError:
                    if not waiting.done():
                        waiting.set_exception(_reload_failed(BuildAbandoned()))
                    raise
                except Exception as exc:
                    if not waiting.done():
                        waiting.set_exception(exc)
                else:
                    if not waiting.done():
                        waiting.set_result(result)
        finally:
            self._runner = None
            if self._queued is not None and self._closed:
                self._queued.set_exception(_reload_failed(BuildAbandoned()))
                self._queued = None

    async def _reload_once(self) -> ReloadResult:
        before = self.counts() if self._snapshot else {}
        started = time.perf_counter()
        try:
            self._check_memory()
            snapshot = await self._build_off_loop()
        except asyncio.CancelledError:
            raise
        except KnowledgeError as exc:
            self._tell(None, exc)
            raise
        except Exception as exc:
            error = _reload_failed(exc)
            log.error("reload failed: %s", error, exc_info=exc)
            self._last_failure = ReloadFailure(datetime.now(UTC), str(error))
            self._tell(None, error)
            raise error from exc
        old, self._snapshot = self._snapshot, snapshot
        self._last_failure = None
        result = ReloadResult(
            before,
            snapshot.kb.counts(),
            time.perf_counter() - started,
            snapshot.kb.broken_files,
        )
        self._tell(result, None)
        if old is not None:
            if self._held.get(id(old)):
                self._replaced[id(old)] = old  # retired when its last request finishes
            else:
                self._retire_soon(old)
        return result

    async def _build_off_loop(self) -> Snapshot:
        stop = self._build_stop = threading.Event()
        self._building_since = time.monotonic()
        try:
            with _responsive_loop():
                # After a start that left broken files out, a reload does too: otherwise
                # no new release could be served until every old problem is fixed. The
                # reply names what is still left out. From a sound base, all or nothing.
                degraded = self._snapshot is not None and bool(self._snapshot.kb.broken_files)
                build = _in_daemon_thread(
                    functools.partial(self.build, hold_back_broken=True)
                    if degraded
                    else self.build,
                    name="partnerbot-build",
                )
                try:
                    return await asyncio.wait_for(asyncio.shield(build), self.build_timeout_seconds)
                except TimeoutError:
                    self._abandon(stop)
                    raise ReloadFailed(
                        f"Reload failed: the build did not finish within "
                        f"{self.build_timeout_seconds:.0f} s and was abandoned (a knowledge "
                        f"file that cannot be read?). {_SERVING}"
                    ) from None
                except asyncio.CancelledError:
                    self._abandon(stop)
                    raise
        finally:
            self._building_since = None
            if self._build_stop is stop:
                self._build_stop = None

    @staticmethod
    def _abandon(stop: threading.Event) -> None:
        """Tell a build to stop at its next step and kill its worker processes. Its
        thread is not waited for: it ends on its own, or with the process."""
        stop.set()
        killed = workers.kill_all()
        if killed:
            log.info("stopped %d worker process(es) of an abandoned build", killed)

    def reload_problem(self) -> str | None:
        """Why reloading is unhealthy, or None: a build running for longer than
        ``stuck_after_seconds``, or a last reload that failed for a reason other than
        the files (out of memory, unreadable, timed out, refused), until one succeeds.
        A reload refused for the files' problems is not one: the moderator has the list
        and the old knowledge base serves."""
        since = self._building_since
        if since is not None:
            running = time.monotonic() - since
            if running > self.stuck_after_seconds:
                return f"reload stuck: building for {running:.0f} s"
        failure = self._last_failure
        if failure is not None:
            return f"last reload failed at {failure.at:%Y-%m-%d %H:%M:%S} UTC: {failure.reason}"
        return None

    def _retire_soon(self, old: Snapshot) -> None:
        task = asyncio.create_task(self._retire(old))
        self._retiring.add(task)
        task.add_done_callback(self._retiring.discard)

    async def _retire(self, old: Snapshot) -> None:
        box = [old]
        del old  # the thread drops the last reference
        # Best effort: whatever is left is freed by reference counting anyway.
        with contextlib.suppress(Exception), _responsive_loop():
            await _in_daemon_thread(lambda: _retire_and_release(box), name="partnerbot-retire")

    def _tell(self, result: ReloadResult | None, error: Exception | None) -> None:
        # Told after the swap: a listener's bug must not fail a reload that is done (the
        # moderator would be told it failed, and the old snapshot never retired).
        for listener in self.reload_listeners:
            try:
                listener(result, error)
            except Exception:
                log.exception("a reload listener failed")

    # --- shutdown -----------------------------------------------------------------------

    def close(self) -> None:
        """For shutdown, without waiting: abandon a build in progress (its worker
        processes killed, its thread told to stop) and fail the reloads waiting for it;
        refuse later reloads. Answering goes on: replies in flight get the shutdown's
        grace period, and a question's work is bounded, so the answer threads that the
        interpreter joins at exit end soon."""
        self._closed = True
        if self._build_stop is not None:
            self._abandon(self._build_stop)
        if self._runner is not None:
            self._runner.cancel()
            self._runner = None
        # A runner cancelled before its first step never runs its ``finally``, so the
        # reloads still queued are failed here (a running one fails its own on cancel).
        if self._queued is not None:
            if not self._queued.done():
                self._queued.set_exception(_reload_failed(BuildAbandoned()))
            self._queued = None
