"""What the last load made of each knowledge file, reused by the next load when the
file and its release text are unchanged (issue 12: reloads that scale).

A reload after one new release then reads, parses and validates that release only;
the checks between files (collisions, references, duplicate ids) still run over every
file, on the reused results. Reused results are the same objects as before, so the new
knowledge base shares them with the one it replaces instead of holding a second copy.

Whether a file changed is decided the way ``git status`` decides it: its ``stat``
fields (device, inode, size, modification time in ns) first, which costs one system
call; only when those differ are its bytes read and their digest compared (a file
touched or checked out again with the same content is still reused). A file written
within ``RACY_SECONDS`` of being read may change again within the same timestamp tick
without its size changing, so its stat fields are never trusted: its digest decides.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import Generic, TypeVar

from bot.kb.fileio import ReadProblem, read_regular_stat
from bot.kb.reader import fingerprint
from bot.kb.rows import Fingerprint, Stamp

T = TypeVar("T")

# A file modified this recently before it was read is checked by digest next time.
RACY_SECONDS = 2.0
# Stands for "compare digests": no stat has this modification time.
_UNTRUSTED_MTIME = -1


@dataclass(slots=True)
class _Entry(Generic[T]):
    stamp: Stamp
    value: T


def _trusted(fp: Fingerprint, read_at_ns: int) -> Fingerprint:
    """``fp``, with its modification time blanked out when the file was written too
    shortly before it was read for the stat fields to tell a later change."""
    if read_at_ns - fp[3] < RACY_SECONDS * 1e9:
        return (fp[0], fp[1], fp[2], _UNTRUSTED_MTIME, fp[4])
    return fp


def _current(path: str, known: Fingerprint, max_bytes: int) -> Fingerprint | None:
    """``path``'s fingerprint now if its content is what ``known`` describes, else None
    (changed, gone, unreadable: the loader reads it again and reports what is wrong)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    if (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns) == known[:4]:
        return known
    if st.st_size != known[2]:
        return None  # a different size is a different content: no need to read it
    try:
        data, st = read_regular_stat(path, max_bytes)
    except (OSError, ReadProblem):
        return None
    now = fingerprint(data, st)
    return _trusted(now, time.time_ns()) if now[4] == known[4] else None


class LoadCache(Generic[T]):
    """Per knowledge file (by its path relative to the knowledge directory): its stamp
    and what the loader made of it. Used by one load at a time (the service builds one
    snapshot at a time); ``replace`` swaps in the next generation in one assignment.
    """

    def __init__(self) -> None:
        self._files: dict[str, _Entry[T]] = {}
        self._key: tuple[str, int] | None = None
        # Of the last load: files whose results were reused, and files read.
        self.reused = 0
        self.read = 0
        # The entity ids of the last load that passed every check between files: its
        # files' items need no check again while none of these is gone (bot.kb.loader).
        self.entity_ids: frozenset[str] | None = None
        # Of the last load: files whose items were checked again one by one (the others
        # were taken as checked by the load before).
        self.rechecked = 0

    def __len__(self) -> int:
        return len(self._files)

    def start(self, real_root: str, max_bytes: int) -> None:
        """Begin a load of ``real_root``; results made under another root or size
        limit are not reused."""
        if self._key != (real_root, max_bytes):
            self._files = {}
            self._key = (real_root, max_bytes)
        self.reused = self.read = 0

    def reuse(self, rel: str, path: str, max_bytes: int) -> tuple[Stamp, T] | None:
        """The stamp (refreshed) and value kept for ``rel``, if the file at ``path`` and
        its release text still have the content they had when it was read."""
        entry = self._files.get(rel)
        if entry is None:
            return None
        yaml_fp, text_path, text_fp = entry.stamp
        yaml_now = _current(path, yaml_fp, max_bytes)
        if yaml_now is None:
            return None
        text_now = text_fp
        if text_path is not None and text_fp is not None:
            text_now = _current(text_path, text_fp, max_bytes)
            if text_now is None:
                return None
        return (yaml_now, text_path, text_now), entry.value

    def stamp_of_new(self, stamp: Stamp, read_at_ns: int) -> Stamp:
        """``stamp`` of a file just read, made safe to compare next time."""
        yaml_fp, text_path, text_fp = stamp
        return (
            _trusted(yaml_fp, read_at_ns),
            text_path,
            None if text_fp is None else _trusted(text_fp, read_at_ns),
        )

    def replace(self, files: dict[str, tuple[Stamp, T]]) -> None:
        """Keep exactly ``files`` (rel -> (stamp, value)): those of this load that were
        valid. A file removed, or now with problems, is forgotten."""
        self._files = {rel: _Entry(stamp, value) for rel, (stamp, value) in files.items()}
