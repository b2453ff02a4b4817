"""Validated knowledge files kept on disk between processes, keyed by content digest.

``bot.kb.cache`` spares a reload the files that did not change since the last load of
the same process; this store spares a new process (``partnerbot ask``, the bot's start)
parsing and validating them. An entry is the file's validated row (``bot.kb.rows``) as
the reader made it, under the BLAKE2b digest of the knowledge file's bytes, with the
digest of the release text it was checked against (issue 12: cold start).

Nothing in an entry is trusted over the files:

- its key is the digest of the knowledge file's bytes as just read, and the entry
  repeats that digest;
- the release text is read again and must have the digest recorded in the entry, since
  the row holds the quotes' positions in it (the text itself is not stored: it is read);
- every entry carries a fingerprint of the code that made it (the modules that read,
  parse and validate a file, the Python, pydantic and PyYAML installed) and a digest of
  its own bytes: an entry of other code, or corrupt or cut short, is ignored and made
  again;
- only a file that read with no problem is stored, and the checks between files
  (references, collisions, duplicate ids) run on every load, stored or not;
- an entry that another user owns or may write is ignored (a checksum shows damage,
  not tampering): keep the directory the bot's own;
- an entry that is a link, a FIFO or anything but a regular file is ignored, and is
  opened so that it can neither redirect the read nor block it.

Entries are written to a temporary file in the same directory and renamed into place,
so that a reader never sees half an entry; a failure to write (a read-only or full
disk) only costs the next process the validation again. Deleting the directory at any
time is safe. Entries of files that changed are never removed by the bot; each is about
the size of its knowledge file.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import logging
import marshal
import os
import stat
import sys
from pathlib import Path
from typing import NamedTuple

from bot.kb.rows import ContentRow

log = logging.getLogger(__name__)

_MAGIC = b"PBKROW1\n"
_DIGEST_BYTES = 16
_HEADER_BYTES = len(_MAGIC) + 2 * _DIGEST_BYTES
# The modules whose code decides what a file's row is (bot.kb.store's own included).
_ROW_MODULES = (
    "bot.kb.fileio",
    "bot.kb.models",
    "bot.kb.reader",
    "bot.kb.rows",
    "bot.kb.store",
    "bot.kb.yamlfile",
    "bot.textnorm",
)
# Other packages that decide it, fingerprinted by their installed files' stat without
# importing them (PyYAML is not imported when every file comes from the store).
_ROW_PACKAGES = ("yaml", "pydantic", "pydantic_core")
# A row has eight parts (bot.kb.rows.ContentRow).
_ROW_PARTS = 8

_code_fingerprint: bytes | None = None
# How an entry is opened: for reading, no link followed, no wait on a FIFO (POSIX flags,
# absent elsewhere).
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
)


class StoredRow(NamedTuple):
    """An entry: the release text's digest (None for a file without a source) and the
    file's row, whose release text (``row[1]``) is None: the reader fills it in."""

    text_digest: bytes | None
    row: ContentRow


def code_fingerprint() -> bytes | None:
    """A digest of what makes a file's row (see ``_ROW_MODULES``, ``_ROW_PACKAGES``), or
    None when it cannot be worked out (a module without its source): then nothing is
    stored or reused."""
    global _code_fingerprint
    if _code_fingerprint is not None:
        return _code_fingerprint
    h = hashlib.blake2b(digest_size=_DIGEST_BYTES)
    h.update(sys.version.encode())
    try:
        for name in _ROW_MODULES:
            spec = importlib.util.find_spec(name)
            if spec is None or spec.origin is None:
                return None
            h.update(Path(spec.origin).read_bytes())
        for name in _ROW_PACKAGES:
            spec = importlib.util.find_spec(name)
            if spec is None or spec.origin is None:
                return None
            st = os.stat(spec.origin)
            h.update(f"{name}:{spec.origin}:{st.st_size}:{st.st_mtime_ns}".encode())
    except (OSError, ImportError, ValueError):
        return None
    _code_fingerprint = h.digest()
    return _code_fingerprint


def _own_file(st: os.stat_result) -> bool:
    """Whether an entry may be trusted as this user's own: a regular file owned by this
    user that nobody else may write (as ssh treats its keys). Anyone who could write an
    entry could make the bot say what no release says; a checksum cannot stop them."""
    if not stat.S_ISREG(st.st_mode):
        return False
    getuid = getattr(os, "getuid", None)
    if getuid is None:  # no POSIX owners (Windows): the directory's ACL decides
        return True
    return st.st_uid == getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _read_exactly(fd: int, size: int) -> bytes | None:
    """``size`` bytes from ``fd``, or None when the file holds fewer (cut short while
    read) or more (grown since its ``fstat``)."""
    chunks: list[bytes] = []
    left = size
    while left > 0:
        chunk = os.read(fd, left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    if os.read(fd, 1):
        return None
    return b"".join(chunks)


class RowStore:
    """Entries under ``directory``, one file per knowledge file content
    (``<first 2 hex digits>/<rest of the digest>``, as git lays out its objects)."""

    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)
        self._warned = False

    def _path(self, digest: bytes) -> Path:
        name = digest.hex()
        return self.directory / name[:2] / name[2:]

    def get(self, digest: bytes) -> StoredRow | None:
        """The entry for the knowledge file whose bytes have BLAKE2b-128 ``digest``, or
        None when there is none, or it is unreadable, corrupt, of other code or of
        another file."""
        code = code_fingerprint()
        if code is None:
            return None
        try:
            # Neither a link (it may point at any file of this user) nor anything that
            # blocks on open (a FIFO put in the entry's place would hang the start).
            fd = os.open(self._path(digest), _OPEN_FLAGS)
        except OSError:
            return None
        try:
            st = os.fstat(fd)
            if not _own_file(st):
                return None
            # Only the size the entry had when opened: never more than that file.
            data = _read_exactly(fd, st.st_size)
        except OSError:
            return None
        finally:
            os.close(fd)
        if data is None:
            return None
        if (
            len(data) < _HEADER_BYTES
            or not data.startswith(_MAGIC)
            or data[len(_MAGIC) : len(_MAGIC) + _DIGEST_BYTES] != code
        ):
            return None
        payload = memoryview(data)[_HEADER_BYTES:]
        if (
            hashlib.blake2b(payload, digest_size=_DIGEST_BYTES).digest()
            != data[len(_MAGIC) + _DIGEST_BYTES : _HEADER_BYTES]
        ):
            return None
        try:
            key, text_digest, row = marshal.loads(payload)
        except (ValueError, EOFError, TypeError):
            return None
        if (
            key != digest
            or not (text_digest is None or isinstance(text_digest, bytes))
            or not isinstance(row, tuple)
            or len(row) != _ROW_PARTS
            or (row[0] is None) != (text_digest is None)
        ):
            return None
        return StoredRow(text_digest, row)

    def put(self, digest: bytes, text_digest: bytes | None, row: ContentRow) -> None:
        """Store ``row`` (its release text left out) for the file with ``digest``,
        atomically; a failure to write is logged once and otherwise ignored."""
        import tempfile  # here: a process that only reads entries never needs it

        code = code_fingerprint()
        if code is None:
            return
        payload = marshal.dumps((digest, text_digest, (row[0], None, *row[2:])))
        checksum = hashlib.blake2b(payload, digest_size=_DIGEST_BYTES).digest()
        target = self._path(digest)
        tmp: str | None = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as out:
                out.write(_MAGIC + code + checksum)
                out.write(payload)
            os.replace(tmp, target)
            tmp = None
        except OSError as exc:
            if not self._warned:
                self._warned = True
                log.warning("knowledge cache %s not written: %s", self.directory, exc)
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
