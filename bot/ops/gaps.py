"""Unanswered questions ("gaps"): what people asked that the bot could not answer.

Every ``not_found`` and ``ambiguous`` answer in a server becomes one row in an embedded
SQLite database (WAL mode): the normalised question, the hour it was asked, the guild
and channel, the status. Kept out: direct messages (not recorded at all), user ids and
names (unless ``GAPS_STORE_USER_ID`` says so), exact times (rounded down to the hour, so
a row cannot be matched to a message by its timestamp), and e-mail addresses, phone
numbers, IBANs and long digit runs (``bot.ops.privacy``). The file is created with mode
0600 (owner only). Moderators read the most frequent ones with ``gaps``; it is the to-do
list for the next knowledge update.

The same database counts 👍/👎 feedback on answers (``bot.ops.feedback``): ``answers``
holds each distinct question and answer pair that was shown with vote buttons in a
server (its normalised, scrubbed question, the answer's label and when it was last
shown), ``votes`` one row per click (the hour, the guild, +1 or -1, no user). Both
follow the same retention rules, and ``gaps`` shows the most down-voted answers beside
the unanswered questions.

Writes never block the event loop: ``record`` only puts the row on a bounded queue (and
drops it with a log line when the queue is full), and one writer thread does all the
SQLite work in batches. A batch that cannot be written (a lock held elsewhere, a disk
that is full for a while) is kept and written with the next batch, or after
``retry_interval`` when nothing new comes; only beyond ``queue_size`` waiting records
are the oldest dropped (counted and logged). Answers never wait for the database or
fail because of it. Retention is bounded by
age (``GAPS_RETENTION_DAYS``, checked when the database opens and every
``prune_interval`` seconds, writes or not) and by row count (``GAPS_MAX_ROWS``, counted
in the database after every batch, so processes sharing one file all respect it).
"""

from __future__ import annotations

import asyncio
import logging
import os
import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bot.ops.privacy import scrub_personal

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS gaps (
    id INTEGER PRIMARY KEY,
    asked_at REAL NOT NULL,       -- unix time, seconds
    question TEXT NOT NULL,       -- normalised: bot.textnorm.normalize
    command TEXT NOT NULL,        -- the engine command: what, who, quote, question…
    status TEXT NOT NULL,         -- not_found or ambiguous
    guild_id INTEGER,             -- NULL in direct messages
    channel_id INTEGER,
    user_id INTEGER               -- NULL unless GAPS_STORE_USER_ID=true
);
CREATE INDEX IF NOT EXISTS gaps_guild_time ON gaps (guild_id, asked_at);
CREATE INDEX IF NOT EXISTS gaps_time ON gaps (asked_at);
CREATE TABLE IF NOT EXISTS answers (
    key TEXT PRIMARY KEY,         -- bot.ops.feedback.AnswerKey.key, on the vote buttons
    question TEXT NOT NULL,       -- normalised and scrubbed, as in gaps
    answer TEXT NOT NULL,         -- "what: ewtp" or "question: #1a2b3c4d"
    seen_at REAL NOT NULL         -- last shown, unix time rounded down to the hour
);
CREATE INDEX IF NOT EXISTS answers_time ON answers (seen_at);
CREATE TABLE IF NOT EXISTS votes (
    id INTEGER PRIMARY KEY,
    voted_at REAL NOT NULL,       -- unix time rounded down to the hour
    key TEXT NOT NULL,            -- answers.key
    vote INTEGER NOT NULL,        -- 1 for 👍, -1 for 👎
    guild_id INTEGER NOT NULL     -- votes are only taken in servers; never a user id
);
CREATE INDEX IF NOT EXISTS votes_guild_time ON votes (guild_id, voted_at);
"""

RECORDED_STATUSES = frozenset({"not_found", "ambiguous"})
# The longest question kept; the engine reads at most 1,000 characters anyway.
QUESTION_CHARS = 300
DAY_SECONDS = 86_400.0
# Stored times are rounded down to this (privacy: see the module docstring).
TIME_RESOLUTION_SECONDS = 3_600
FILE_MODE = 0o600
_BATCH = 500
DOWNVOTED_SHOWN = 3
_LOG_EVERY = 60.0


@dataclass(frozen=True, slots=True)
class GapRecord:
    asked_at: float
    question: str
    command: str
    status: str
    guild_id: int | None
    channel_id: int | None
    user_id: int | None = None


@dataclass(frozen=True, slots=True)
class AnswerSeen:
    """A question and answer pair shown with vote buttons (``bot.ops.feedback``)."""

    seen_at: float
    key: str
    question: str
    answer: str


@dataclass(frozen=True, slots=True)
class VoteRecord:
    voted_at: float
    key: str
    vote: int  # 1 or -1
    guild_id: int


Record = GapRecord | AnswerSeen | VoteRecord


@dataclass(frozen=True, slots=True)
class VoteRow:
    """One question and answer pair and its votes in the window."""

    question: str
    answer: str
    down: int
    up: int


@dataclass(frozen=True, slots=True)
class GapRow:
    """One distinct question and how often it went unanswered."""

    question: str
    count: int
    last_asked: datetime
    statuses: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GapPage:
    rows: tuple[GapRow, ...]
    number: int
    total_pages: int
    distinct: int  # distinct questions in the window
    asked: int  # unanswered questions in the window, repeats included
    days: int
    # The most down-voted answers in the window (at most DOWNVOTED_SHOWN).
    downvoted: tuple[VoteRow, ...] = ()


@dataclass(slots=True)
class _Flush:
    done: threading.Event = field(default_factory=threading.Event)


_STOP = object()


class GapStore:
    """The gaps database and its writer thread. ``record`` is safe to call from the loop."""

    def __init__(
        self,
        path: Path,
        *,
        retention_days: int = 90,
        max_rows: int = 100_000,
        store_user_id: bool = False,
        queue_size: int = 10_000,
        prune_interval: float = 60.0,
        retry_interval: float = 1.0,
        busy_timeout: float = 5.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = Path(path)
        self.retention_days = retention_days
        self.max_rows = max_rows
        self.store_user_id = store_user_id
        self.prune_interval = prune_interval
        self.retry_interval = retry_interval
        self.busy_timeout = busy_timeout  # seconds SQLite waits for a lock per attempt
        self.max_pending = queue_size  # records kept for a retry while writes fail
        self.clock = clock
        self._queue: queue.Queue[object] = queue.Queue(maxsize=queue_size)
        self._thread: threading.Thread | None = None
        self._closed = False
        # Counters: records written; dropped because the queue was full (event loop
        # thread) or because the database kept failing past max_pending waiting records,
        # or at close (writer thread); waiting for a retry now.
        self.written = 0
        self.dropped_full = 0
        self.dropped_failed = 0
        self.pending = 0
        self.healthy = True  # False while the database cannot be opened or written
        self._last_drop_log = -_LOG_EVERY
        # Writer-thread state.
        self._last_prune = float("-inf")

    @property
    def dropped(self) -> int:
        return self.dropped_full + self.dropped_failed

    # --- the event loop side ------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        # A daemon thread: a database stuck on a dead disk must not keep the process
        # alive; close() flushes what is queued on a normal shutdown.
        self._thread = threading.Thread(target=self._run, name="partnerbot-gaps", daemon=True)
        self._thread.start()

    def record(
        self,
        question: str,
        *,
        status: str,
        command: str = "",
        guild_id: int | None = None,
        channel_id: int | None = None,
        user_id: int | None = None,
        asked_at: float | None = None,
    ) -> bool:
        """Queue one unanswered question asked in server ``guild_id``; never blocks.
        False when not recorded: another status, nothing left after scrubbing, a
        direct message (``guild_id`` None), or a full queue."""
        question = " ".join(scrub_personal(question).split())[:QUESTION_CHARS]
        if status not in RECORDED_STATUSES or not question or self._closed or guild_id is None:
            return False
        moment = self.clock() if asked_at is None else asked_at
        record = GapRecord(
            asked_at=float(int(moment // TIME_RESOLUTION_SECONDS) * TIME_RESOLUTION_SECONDS),
            question=question,
            command=command,
            status=status,
            guild_id=guild_id,
            channel_id=channel_id,
            user_id=user_id if self.store_user_id else None,
        )
        return self._put(record)

    def _hour(self, moment: float | None) -> float:
        moment = self.clock() if moment is None else moment
        return float(int(moment // TIME_RESOLUTION_SECONDS) * TIME_RESOLUTION_SECONDS)

    def _put(self, record: Record) -> bool:
        try:
            self._queue.put_nowait(record)
        except queue.Full:
            self.dropped_full += 1
            now = time.monotonic()
            if now - self._last_drop_log >= _LOG_EVERY:
                self._last_drop_log = now
                log.warning(
                    "gaps queue full: dropped %d record(s) so far (questions, answers, votes)",
                    self.dropped_full,
                )
            return False
        return True

    def seen(self, key: str, question: str, answer: str, *, at: float | None = None) -> bool:
        """Note that the answer ``answer`` to ``question`` was shown with vote buttons
        carrying ``key`` (``bot.ops.feedback.answer_key``); never blocks."""
        if self._closed or not key or not question:
            return False
        return self._put(AnswerSeen(self._hour(at), key, question, answer))

    def vote(self, key: str, vote: int, *, guild_id: int | None, at: float | None = None) -> bool:
        """Count one click on 👍 (``vote`` 1) or 👎 (-1) under ``key``; never blocks.
        False when not counted: not in a server, or a full queue."""
        if self._closed or guild_id is None or vote not in (1, -1):
            return False
        return self._put(VoteRecord(self._hour(at), key, vote, guild_id))

    async def flush(self, within: float = 5.0) -> bool:
        """Wait (at most ``within`` seconds) until everything queued so far is written
        or given up on."""
        if self._thread is None or not self._thread.is_alive():
            return False
        marker = _Flush()
        try:
            self._queue.put_nowait(marker)
        except queue.Full:
            return False
        return await asyncio.to_thread(marker.done.wait, within)

    def close(self, timeout: float = 5.0) -> None:
        """Write what is queued, then stop the writer (blocking: call it in a thread)."""
        self._closed = True
        thread = self._thread
        if thread is None or not thread.is_alive():
            return
        try:
            self._queue.put(_STOP, timeout=timeout)
        except queue.Full:
            log.warning("gaps writer is stuck; %d record(s) not written", self._queue.qsize())
            return
        thread.join(timeout)
        if thread.is_alive():
            log.warning("gaps writer did not finish within %.1f s", timeout)

    async def page(
        self,
        *,
        guild_id: int | None,
        days: int,
        number: int = 1,
        per_page: int = 10,
        flush: bool = True,
    ) -> GapPage:
        """The most frequent unanswered questions of the last ``days`` days in a guild.
        ``flush`` first writes what is queued, so the page includes the latest ones."""
        if flush:
            await self.flush(within=2.0)
        return await asyncio.to_thread(self._page, guild_id, days, number, per_page)

    async def status_counts(self, *, guild_id: int | None, days: int) -> dict[str, int]:
        await self.flush(within=2.0)
        return await asyncio.to_thread(self._status_counts, guild_id, days)

    # --- the writer thread --------------------------------------------------------------

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        retry_at = 0.0
        # Records not written yet because the database failed; they go with the next
        # batch, so a lock held for a while delays records but loses none.
        pending: list[Record] = []
        # Wake up at least every prune_interval, so old rows go without new writes.
        tick = max(self.prune_interval, 0.05)
        while True:
            try:
                batch = [self._queue.get(timeout=self.retry_interval if pending else tick)]
            except queue.Empty:
                batch = []
            while len(batch) < _BATCH:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            records = [
                item for item in batch if isinstance(item, GapRecord | AnswerSeen | VoteRecord)
            ]
            pending.extend(records)
            self._cap(pending)
            if pending:
                conn = self._write_pending(conn, pending)
            self.pending = len(pending)
            for item in batch:
                if isinstance(item, _Flush):
                    item.done.set()
            if any(item is _STOP for item in batch):
                if pending:
                    self.dropped_failed += len(pending)
                    log.warning(
                        "gaps database %s still failing at shutdown; %d record(s) not written",
                        self.path,
                        len(pending),
                    )
                if conn is not None:
                    self._close_quietly(conn)
                return
            if not records and not pending:
                conn, retry_at = self._prune_idle(conn, retry_at)

    def _cap(self, pending: list[Record]) -> None:
        overflow = len(pending) - self.max_pending
        if overflow > 0:
            del pending[:overflow]  # the oldest go first
            self.dropped_failed += overflow
            now = time.monotonic()
            if now - self._last_drop_log >= _LOG_EVERY:
                self._last_drop_log = now
                log.warning(
                    "gaps database %s failing for long: dropped %d oldest record(s) so far",
                    self.path,
                    self.dropped_failed,
                )

    def _write_pending(
        self, conn: sqlite3.Connection | None, pending: list[Record]
    ) -> sqlite3.Connection | None:
        """Write every pending record in one transaction; on success empty ``pending``.
        Returns the connection to keep (None after a failure: reopened next time)."""
        if conn is None:
            conn = self._open()
            if conn is None:
                return None
        try:
            self._write(conn, pending)
        except Exception:
            if self.healthy:
                log.exception(
                    "gaps database %s failed; %d record(s) kept and retried with the next batch",
                    self.path,
                    len(pending),
                )
            self.healthy = False
            self._close_quietly(conn)
            return None
        self.written += len(pending)
        pending.clear()
        if not self.healthy:
            log.info("gaps database %s is writable again", self.path)
        self.healthy = True
        return conn

    def _prune_idle(
        self, conn: sqlite3.Connection | None, retry_at: float
    ) -> tuple[sqlite3.Connection | None, float]:
        """Age retention while nothing is written. Opens an existing file (opening
        prunes) but never creates one."""
        now = time.monotonic()
        if conn is None:
            if self.path.exists() and now >= retry_at:
                conn = self._open()
                if conn is None:
                    retry_at = now + self.retry_interval
            return conn, retry_at
        if now - self._last_prune < self.prune_interval:
            return conn, retry_at
        try:
            with conn:
                self._prune(conn)
        except Exception:
            log.exception("pruning the gaps database %s failed", self.path)
            self._close_quietly(conn)
            return None, now + self.retry_interval
        return conn, retry_at

    def _open(self) -> sqlite3.Connection | None:
        try:
            return self._connect()
        except Exception:
            if self.healthy:
                log.exception(
                    "cannot open the gaps database %s; unanswered questions wait in "
                    "memory (up to %d) and are written once it works",
                    self.path,
                    self.max_pending,
                )
            self.healthy = False
            return None

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._owner_only()
        conn = sqlite3.connect(self.path, timeout=self.busy_timeout)
        try:
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.warning("gaps database %s is not in WAL mode (%s)", self.path, mode)
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(SCHEMA)
            self._last_prune = float("-inf")
            with conn:
                self._prune(conn)
            count = conn.execute("SELECT COUNT(*) FROM gaps").fetchone()[0]
        except Exception:
            self._close_quietly(conn)
            raise
        log.info("gaps database %s open (%d records)", self.path, count)
        return conn

    def _owner_only(self) -> None:
        """Create the file with mode 0600, and bring an older one (0644) down to it.
        SQLite gives the -wal and -shm files the database file's mode."""
        fd = os.open(self.path, os.O_CREAT | os.O_RDWR, FILE_MODE)
        os.close(fd)
        for path in (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm")):
            try:
                if path.exists() and path.stat().st_mode & 0o777 != FILE_MODE:
                    path.chmod(FILE_MODE)
            except OSError as exc:  # not ours to change: say so, keep going
                log.warning("cannot make %s private (mode 0600): %s", path, exc)

    def _write(self, conn: sqlite3.Connection, records: list[Record]) -> None:
        with conn:  # one transaction per batch; rolled back on error
            conn.executemany(
                "INSERT INTO answers (key, question, answer, seen_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET seen_at = MAX(seen_at, excluded.seen_at)",
                [
                    (r.key, r.question, r.answer, r.seen_at)
                    for r in records
                    if isinstance(r, AnswerSeen)
                ],
            )
            conn.executemany(
                "INSERT INTO votes (voted_at, key, vote, guild_id) VALUES (?, ?, ?, ?)",
                [
                    (r.voted_at, r.key, r.vote, r.guild_id)
                    for r in records
                    if isinstance(r, VoteRecord)
                ],
            )
            conn.executemany(
                "INSERT INTO gaps (asked_at, question, command, status, guild_id, channel_id,"
                " user_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        r.asked_at,
                        r.question,
                        r.command,
                        r.status,
                        r.guild_id,
                        r.channel_id,
                        r.user_id,
                    )
                    for r in records
                    if isinstance(r, GapRecord)
                ],
            )
            self._prune(conn)

    def _prune(self, conn: sqlite3.Connection) -> None:
        """Enforce the row limit on every write and the age limit every prune_interval.

        The row limit is read from the table itself, not counted in this process, so
        several processes writing one file keep it to ``max_rows`` together."""
        conn.execute(
            "DELETE FROM gaps WHERE id <= (SELECT id FROM gaps ORDER BY id DESC LIMIT 1 OFFSET ?)",
            (self.max_rows,),
        )
        conn.execute(
            "DELETE FROM votes WHERE id <= "
            "(SELECT id FROM votes ORDER BY id DESC LIMIT 1 OFFSET ?)",
            (self.max_rows,),
        )
        conn.execute(
            "DELETE FROM answers WHERE key IN "
            "(SELECT key FROM answers ORDER BY seen_at DESC LIMIT -1 OFFSET ?)",
            (self.max_rows,),
        )
        now = time.monotonic()
        if now - self._last_prune >= self.prune_interval:
            self._last_prune = now
            cutoff = self.clock() - self.retention_days * DAY_SECONDS
            conn.execute("DELETE FROM gaps WHERE asked_at < ?", (cutoff,))
            conn.execute("DELETE FROM votes WHERE voted_at < ?", (cutoff,))
            conn.execute("DELETE FROM answers WHERE seen_at < ?", (cutoff,))

    @staticmethod
    def _close_quietly(conn: sqlite3.Connection) -> None:
        try:
            conn.close()
        except Exception:
            log.debug("closing the gaps database failed", exc_info=True)

    # --- reads (in a worker thread, on their own connection) ------------------------------

    def _read(self) -> sqlite3.Connection | None:
        if not self.path.exists():
            return None  # nothing recorded yet; do not create the file from a read
        conn = sqlite3.connect(self.path, timeout=2.0)
        conn.execute("PRAGMA query_only=ON")
        return conn

    def _window(self, guild_id: int | None, days: int) -> tuple[str, tuple[object, ...]]:
        since = self.clock() - days * DAY_SECONDS
        if guild_id is None:
            return "asked_at >= ? AND guild_id IS NULL", (since,)
        return "asked_at >= ? AND guild_id = ?", (since, guild_id)

    def _page(self, guild_id: int | None, days: int, number: int, per_page: int) -> GapPage:
        conn = self._read()
        if conn is None:
            return GapPage((), 1, 1, 0, 0, days)
        try:
            where, params = self._window(guild_id, days)
            asked, distinct = conn.execute(
                f"SELECT COUNT(*), COUNT(DISTINCT question) FROM gaps WHERE {where}", params
            ).fetchone()
            total_pages = max(1, -(-distinct // per_page))
            number = min(max(1, number), total_pages)
            rows = conn.execute(
                "SELECT question, COUNT(*) AS n, MAX(asked_at) AS last, "
                f"GROUP_CONCAT(DISTINCT status) FROM gaps WHERE {where} "
                "GROUP BY question ORDER BY n DESC, last DESC, question LIMIT ? OFFSET ?",
                (*params, per_page, (number - 1) * per_page),
            ).fetchall()
            downvoted = self._downvoted(conn, guild_id, days)
        finally:
            conn.close()
        return GapPage(
            rows=tuple(
                GapRow(
                    question=question,
                    count=count,
                    last_asked=datetime.fromtimestamp(last, UTC),
                    statuses=tuple(sorted((statuses or "").split(","))),
                )
                for question, count, last, statuses in rows
            ),
            number=number,
            total_pages=total_pages,
            distinct=distinct,
            asked=asked,
            days=days,
            downvoted=downvoted,
        )

    def _downvoted(
        self, conn: sqlite3.Connection, guild_id: int | None, days: int
    ) -> tuple[VoteRow, ...]:
        """The answers with the most 👎 in the window, most first (ties: fewer 👍)."""
        since = self.clock() - days * DAY_SECONDS
        try:
            rows = conn.execute(
                "SELECT a.question, a.answer, SUM(v.vote < 0) AS down, SUM(v.vote > 0) AS up "
                "FROM votes v JOIN answers a ON a.key = v.key "
                "WHERE v.voted_at >= ? AND v.guild_id IS ? GROUP BY v.key HAVING down > 0 "
                "ORDER BY down DESC, up, MAX(v.voted_at) DESC, a.question LIMIT ?",
                (since, guild_id, DOWNVOTED_SHOWN),
            ).fetchall()
        except sqlite3.OperationalError:  # a file from before feedback, not migrated yet
            return ()
        return tuple(VoteRow(q, a, down, up) for q, a, down, up in rows)

    def _status_counts(self, guild_id: int | None, days: int) -> dict[str, int]:
        conn = self._read()
        if conn is None:
            return {}
        try:
            where, params = self._window(guild_id, days)
            rows = conn.execute(
                f"SELECT status, COUNT(*) FROM gaps WHERE {where} GROUP BY status", params
            ).fetchall()
        finally:
            conn.close()
        return dict(rows)
