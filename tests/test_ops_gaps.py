"""The gaps database: what is recorded, retention, and failures that never stop answers."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

from bot.ops.gaps import DAY_SECONDS, GapStore


def rows(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT question, command, status, guild_id, channel_id, user_id FROM gaps ORDER BY id"
        ).fetchall()


@pytest.fixture
async def store(tmp_path: Path) -> GapStore:
    gaps = GapStore(tmp_path / "sub" / "gaps.sqlite3", prune_interval=0)
    gaps.start()
    yield gaps  # type: ignore[misc]
    await asyncio.to_thread(gaps.close)


async def test_records_not_found_and_ambiguous_only_without_user_ids(
    store: GapStore,
) -> None:
    assert store.record("what frobnitz", status="not_found", command="what", guild_id=1,
                        channel_id=2, user_id=99)  # fmt: skip
    assert store.record("what ma", status="ambiguous", command="what", guild_id=1, channel_id=2)
    assert not store.record("quote jack ma", status="answered", command="quote", guild_id=1)
    assert not store.record("help", status="usage", guild_id=1)
    assert not store.record("   ", status="not_found", guild_id=1)
    assert await store.flush()
    assert rows(store.path) == [
        ("what frobnitz", "what", "not_found", 1, 2, None),
        ("what ma", "what", "ambiguous", 1, 2, None),
    ]
    with closing(sqlite3.connect(store.path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.written == 2 and store.dropped == 0


async def test_user_id_only_when_allowed(tmp_path: Path) -> None:
    store = GapStore(tmp_path / "gaps.sqlite3", store_user_id=True)
    store.start()
    store.record("who nobody", status="not_found", command="who", guild_id=1, user_id=42)
    await asyncio.to_thread(store.close)  # close writes what is queued
    assert rows(store.path)[0][-1] == 42


async def test_page_groups_counts_and_filters_by_guild_and_days(store: GapStore) -> None:
    now = time.time()
    for _ in range(3):
        store.record("what frobnitz", status="not_found", command="what", guild_id=1)
    store.record("what frobnitz", status="ambiguous", command="what", guild_id=1)
    store.record("who nobody", status="not_found", command="who", guild_id=1)
    store.record("other server", status="not_found", guild_id=2)
    store.record("long ago", status="not_found", guild_id=1, asked_at=now - 40 * DAY_SECONDS)
    page = await store.page(guild_id=1, days=30, per_page=1)
    assert (page.distinct, page.asked, page.total_pages, page.number) == (2, 5, 2, 1)
    [top] = page.rows
    assert (top.question, top.count, top.statuses) == (
        "what frobnitz",
        4,
        ("ambiguous", "not_found"),
    )
    second = await store.page(guild_id=1, days=30, number=2, per_page=1)
    assert [r.question for r in second.rows] == ["who nobody"]
    # Past the last page shows the last page; a longer window includes the old one.
    assert (await store.page(guild_id=1, days=30, number=9, per_page=1)).number == 2
    assert (await store.page(guild_id=1, days=60)).distinct == 3
    assert await store.status_counts(guild_id=1, days=30) == {"not_found": 4, "ambiguous": 1}


async def test_nothing_recorded_yet_reads_empty_without_creating_the_file(
    tmp_path: Path,
) -> None:
    store = GapStore(tmp_path / "never.sqlite3")
    page = await store.page(guild_id=1, days=30)
    assert page.rows == () and page.distinct == 0
    assert not store.path.exists()


async def test_retention_by_age(tmp_path: Path) -> None:
    store = GapStore(tmp_path / "gaps.sqlite3", retention_days=90, prune_interval=0)
    store.start()
    now = time.time()
    store.record("ancient", status="not_found", guild_id=1, asked_at=now - 91 * DAY_SECONDS)
    store.record("recent", status="not_found", guild_id=1, asked_at=now - 89 * DAY_SECONDS)
    store.record("today", status="not_found", guild_id=1)
    await asyncio.to_thread(store.close)
    assert [r[0] for r in rows(store.path)] == ["recent", "today"]


async def test_retention_by_age_on_open(tmp_path: Path) -> None:
    path = tmp_path / "gaps.sqlite3"
    first = GapStore(path, retention_days=1000)
    first.start()
    first.record("old", status="not_found", guild_id=1, asked_at=time.time() - 10 * DAY_SECONDS)
    await asyncio.to_thread(first.close)
    # A restart with a shorter retention deletes it as soon as the database opens.
    second = GapStore(path, retention_days=5)
    second.start()
    second.record("new", status="not_found", guild_id=1)
    await asyncio.to_thread(second.close)
    assert [r[0] for r in rows(path)] == ["new"]


async def test_retention_by_row_count_keeps_the_newest(tmp_path: Path) -> None:
    store = GapStore(tmp_path / "gaps.sqlite3", max_rows=5)
    store.start()
    for i in range(8):
        store.record(f"question {i}", status="not_found", guild_id=1)
        await store.flush()  # separate batches: the limit holds after every write
        assert len(rows(store.path)) <= 5
    for i in range(8, 1200):  # and in one big burst
        store.record(f"question {i}", status="not_found", guild_id=1)
    await asyncio.to_thread(store.close)
    assert [r[0] for r in rows(store.path)] == [f"question {i}" for i in range(1195, 1200)]


async def test_unwritable_path_is_logged_and_never_raises(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    store = GapStore(blocker / "gaps.sqlite3")
    store.start()
    assert store.record("what frobnitz", status="not_found", guild_id=1)
    assert await store.flush()
    # Kept in memory for the next try, not dropped; dropped only at close.
    assert store.pending == 1 and store.dropped == 0 and not store.healthy
    assert "cannot open the gaps database" in caplog.text
    # Reads fail softly too: no file, no rows.
    assert (await store.page(guild_id=1, days=30)).rows == ()
    await asyncio.to_thread(store.close)
    assert store.dropped == 1


async def test_failing_writes_are_kept_and_written_with_the_next_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    store = GapStore(tmp_path / "gaps.sqlite3", retry_interval=0)
    store.start()
    real_write = GapStore._write

    def broken(self: GapStore, conn: sqlite3.Connection, records: list[object]) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(GapStore, "_write", broken)
    store.record("first", status="not_found", guild_id=1)
    await store.flush()
    assert store.pending == 1 and not store.healthy
    assert "disk I/O error" in caplog.text
    monkeypatch.setattr(GapStore, "_write", real_write)
    store.record("second", status="not_found", guild_id=1)
    await store.flush()
    assert store.healthy and store.pending == 0 and store.dropped == 0
    await asyncio.to_thread(store.close)
    assert [r[0] for r in rows(store.path)] == ["first", "second"]


async def test_record_never_blocks_and_drops_when_the_queue_is_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    release = threading.Event()
    store = GapStore(tmp_path / "gaps.sqlite3", queue_size=10)
    real_write = GapStore._write

    unstuck = threading.Event()

    def stuck(self: GapStore, conn: sqlite3.Connection, records: list[object]) -> None:
        release.wait(60)  # a database that hangs (a dead disk, a lock held elsewhere)
        unstuck.set()
        real_write(self, conn, records)  # type: ignore[arg-type]

    monkeypatch.setattr(GapStore, "_write", stuck)
    store.start()
    accepted = sum(store.record(f"q{i}", status="not_found", guild_id=1) for i in range(100))
    # The writer is still hung: had record() waited on it even once, it would have
    # returned only after the writer gave up (an ordering, not a clock reading).
    assert not unstuck.is_set()
    # The queue (plus what the writer took before hanging) fills; the rest are dropped.
    assert store.dropped_full == 100 - accepted > 0
    assert "gaps queue full" in caplog.text
    release.set()
    await asyncio.to_thread(store.close)
    assert len(rows(store.path)) == accepted


async def test_retention_by_age_without_new_writes(tmp_path: Path) -> None:
    """Rows expire at most prune_interval after their time, even when nothing is asked."""
    now = [time.time()]
    store = GapStore(
        tmp_path / "gaps.sqlite3", retention_days=1, prune_interval=0.1, clock=lambda: now[0]
    )
    store.start()
    store.record("soon too old", status="not_found", guild_id=1)
    assert await store.flush()
    assert [r[0] for r in rows(store.path)] == ["soon too old"]
    now[0] += 2 * DAY_SECONDS  # two days pass without a single question
    for _ in range(60):  # pruned within prune_interval plus a tick; allow 3 s
        if not rows(store.path):
            break
        await asyncio.sleep(0.05)
    assert rows(store.path) == []
    await asyncio.to_thread(store.close)


async def test_row_limit_holds_across_processes_sharing_a_file(tmp_path: Path) -> None:
    path = tmp_path / "gaps.sqlite3"
    stores = [GapStore(path, max_rows=5) for _ in range(2)]
    for store in stores:
        store.start()
    for i in range(8):
        for n, store in enumerate(stores):
            store.record(f"question {n}-{i}", status="not_found", guild_id=1)
            assert await store.flush()
            assert len(rows(path)) <= 5
    for store in stores:
        await asyncio.to_thread(store.close)
    assert [r[0] for r in rows(path)] == [
        "question 1-5", "question 0-6", "question 1-6", "question 0-7", "question 1-7",
    ]  # fmt: skip


def modes(path: Path) -> dict[str, int]:
    """The permission bits of the database file and its -wal/-shm files, if present."""
    found = {}
    for suffix in ("", "-wal", "-shm"):
        file = Path(f"{path}{suffix}")
        if file.exists():
            found[suffix] = file.stat().st_mode & 0o777
    return found


async def test_a_lock_held_for_a_while_loses_nothing(tmp_path: Path) -> None:
    """Another process holds the write lock through several write attempts (an 8 s lock
    against the old fixed 30 s retry lost 30 records): every record is written once the
    lock goes."""
    path = tmp_path / "gaps.sqlite3"
    store = GapStore(path, busy_timeout=0.05, retry_interval=0.02)
    store.start()
    store.record("before", status="not_found", guild_id=1)
    assert await store.flush()
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        for i in range(30):
            store.record(f"during {i}", status="not_found", guild_id=1)
            if i % 10 == 9:
                await store.flush()  # separate batches, each failing on the lock
        assert store.pending == 30 and not store.healthy
        other.execute("COMMIT")
    store.record("after", status="not_found", guild_id=1)
    await store.flush()
    await asyncio.to_thread(store.close)
    assert store.dropped == 0
    assert [r[0] for r in rows(path)] == [
        "before",
        *(f"during {i}" for i in range(30)),
        "after",
    ]


async def test_waiting_records_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = GapStore(tmp_path / "gaps.sqlite3", queue_size=5, retry_interval=0.01)

    def broken(self: GapStore, conn: sqlite3.Connection, records: list[object]) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(GapStore, "_write", broken)
    store.start()
    for i in range(12):
        store.record(f"q{i}", status="not_found", guild_id=1)
        await store.flush()
    assert store.pending == 5 and store.dropped_failed == 7  # the oldest went
    await asyncio.to_thread(store.close)


async def test_file_is_private_and_keeps_no_personal_data(tmp_path: Path) -> None:
    path = tmp_path / "gaps.sqlite3"
    hour = 3600
    asked = 1_790_000_000.0 + 1234.567  # not on an hour
    store = GapStore(path, clock=lambda: asked)
    store.start()
    questions = [
        "what is john.doe@example.com",
        "who owns +44 20 7946 0958",
        "who is (555) 123-4567 frobnitz",
        "what iban DE89 3704 0044 0532 0130 00",
        "what GB82WEST12345698765432 account",
        "what account 12345678901",
        "what １２３４５６７８９",  # full-width digits are digits too
        "what happened in 2018",  # years, dates and short numbers stay
        "what on 2018-04-21 top 5",
    ]
    for q in questions:
        store.record(q, status="not_found", guild_id=1, channel_id=2)
    assert not store.record("what secret", status="not_found", guild_id=None)  # a DM
    assert not store.record("alice@example.com", status="not_found", guild_id=1)  # nothing left
    assert await store.flush()
    # While the writer's connection is open, SQLite's -wal and -shm files exist too.
    assert modes(path) == {"": 0o600, "-wal": 0o600, "-shm": 0o600}
    await asyncio.to_thread(store.close)
    with closing(sqlite3.connect(path)) as conn:
        stored = conn.execute("SELECT question, asked_at FROM gaps ORDER BY id").fetchall()
    assert [q for q, _ in stored] == [
        "what is",
        "who owns",
        "who is frobnitz",
        "what iban",
        "what account",
        "what account",
        "what",
        "what happened in 2018",
        "what on 2018-04-21 top 5",
    ]
    assert {t for _, t in stored} == {float(int(asked // hour) * hour)}


async def test_an_older_world_readable_file_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "gaps.sqlite3"
    path.touch(mode=0o644)
    path.chmod(0o644)
    store = GapStore(path)
    store.start()
    store.record("what frobnitz", status="not_found", guild_id=1)
    await asyncio.to_thread(store.close)
    assert path.stat().st_mode & 0o777 == 0o600
