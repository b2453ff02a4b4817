"""Reading the bytes of knowledge files and release texts safely.

A knowledge directory is edited while the bot runs (``git pull``, the file watcher) and
may sit on a network mount, so reading one file must not block forever, take a FIFO or a
device for a file, read past the size limit, or return half a file that is being
rewritten. ``read_regular`` reads one file under those rules; ``ReadClock`` lets a
watchdog (``bot.kb.reader``) see a read that takes too long.
"""

from __future__ import annotations

import os
import stat
import threading
import time
from dataclasses import dataclass, field

# How often a file that changes while it is read is read again before giving up. Three
# tries at growing intervals (0.05 s, then 0.1 s) cover an editor's or git's rewrite.
READ_ATTEMPTS = 3
_RETRY_PAUSE_SECONDS = 0.05
_CHUNK = 1 << 20

# O_NONBLOCK: opening a FIFO that slipped in between the stat and the open returns at
# once instead of waiting for a writer (the fstat that follows then rejects it).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


class ReadProblem(Exception):
    """A file could not be read; ``str(exc)`` is the problem, worded for the report."""


def file_kind(mode: int) -> str:
    """What kind of file a ``st_mode`` is, in words ("a FIFO (named pipe)")."""
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISREG(mode):
        return "a regular file"
    return "a special file"


def not_regular(mode: int) -> str:
    return f"not a regular file (it is {file_kind(mode)}); not read"


@dataclass
class ReadClock:
    """The read in progress in one reading thread, for a watchdog in another.

    ``path`` is the file being read (None between reads) and ``since`` when that read
    started (``time.monotonic()``). Only the operating system's part is timed: opening
    and reading bytes, which is what a hung network mount or a device blocks.
    """

    path: str | None = None
    since: float = 0.0
    # Set by the reading thread when it has finished.
    done: threading.Event = field(default_factory=threading.Event)
    # Set by the watchdog when it gave up: the reading thread stops after its read.
    abandoned: bool = False

    def start(self, path: str) -> None:
        self.since = time.monotonic()
        self.path = path

    def stop(self) -> None:
        self.path = None


def read_regular(path: str, max_bytes: int, clock: ReadClock | None = None) -> bytes:
    """The whole content of the regular file at ``path`` (see ``read_regular_stat``)."""
    return read_regular_stat(path, max_bytes, clock)[0]


def read_regular_stat(
    path: str, max_bytes: int, clock: ReadClock | None = None
) -> tuple[bytes, os.stat_result]:
    """The whole content of the regular file at ``path``, read in one consistent state,
    and the file's ``fstat`` as it was read (for ``bot.kb.cache``'s change checks).

    Raises ``ReadProblem`` when ``path`` is not a regular file (checked with ``stat``
    before it is opened, and again on the open file), is over ``max_bytes``, or changed
    (size or modification time) while it was read in each of ``READ_ATTEMPTS`` tries;
    ``OSError`` when the operating system refuses (missing file, permissions, too many
    open files).
    """
    for attempt in range(READ_ATTEMPTS):
        if attempt:
            time.sleep(_RETRY_PAUSE_SECONDS * attempt)
        if clock is not None:
            clock.start(path)
        try:
            data, before, after = _read_once(path, max_bytes)
        finally:
            if clock is not None:
                clock.stop()
        if before.st_size == after.st_size == len(data) and before.st_mtime_ns == after.st_mtime_ns:
            return data, after
    raise ReadProblem(
        f"changed while being read ({READ_ATTEMPTS} tries); not read, so that half a file"
        " is never served: reload again once the writes have finished"
    )


def _read_once(path: str, max_bytes: int) -> tuple[bytes, os.stat_result, os.stat_result]:
    # A FIFO or device is never opened: opening a FIFO blocks until a writer comes, and
    # opening a device can have effects of its own.
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise ReadProblem(not_regular(mode))
    fd = os.open(path, _OPEN_FLAGS)
    try:
        before = os.fstat(fd)
        if not stat.S_ISREG(before.st_mode):  # replaced between the stat and the open
            raise ReadProblem(not_regular(before.st_mode))
        if before.st_size > max_bytes:
            raise ReadProblem(_too_big(before.st_size, max_bytes))
        chunks: list[bytes] = []
        total = 0
        # One byte past the size seen: a file that grows while it is read shows it here.
        want = before.st_size + 1
        while True:
            chunk = os.read(fd, max(want - total, _CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise ReadProblem(_too_big(total, max_bytes))
        after = os.fstat(fd)
    finally:
        os.close(fd)
    return b"".join(chunks) if len(chunks) != 1 else chunks[0], before, after


def _too_big(size: int, max_bytes: int) -> str:
    return f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (MAX_KNOWLEDGE_FILE_BYTES)"
