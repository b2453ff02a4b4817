"""Reading knowledge files one at a time: YAML parsing and schema validation.

Nothing here looks beyond one file and the release text it names, so the files of a
large knowledge base are read by worker processes side by side (``read_files``); the
checks between files are ``loader.py``'s. A file's result is plain data
(``bot.kb.rows``); the YAML itself is ``bot.kb.yamlfile``'s.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from bot.kb.fileio import ReadClock, ReadProblem, read_regular_stat
from bot.kb.rows import (
    ContentRow,
    FileRecord,
    Fingerprint,
    ProblemRow,
    QuoteRow,
    SourceRow,
    name_keys,
)
from bot.kb.store import RowStore
from bot.textnorm import fold_for_verbatim
from bot.workers import process_pool, worker_count

if TYPE_CHECKING:
    import yaml

    from bot.kb.models import KnowledgeFile

log = logging.getLogger(__name__)


def fingerprint(data: bytes, st: os.stat_result) -> Fingerprint:
    """What ``bot.kb.cache`` compares to tell whether a file changed: the stat fields
    first (cheap), the digest (BLAKE2b, 128 bits) when those differ. The digest is also
    the file's key in ``bot.kb.store``."""
    digest = hashlib.blake2b(data, digest_size=16).digest()
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, digest)


def resolve_inside(real_root: Path, base: Path, relative: str) -> Path | None:
    """``relative`` (to ``base``) resolved, or None when it leaves ``real_root`` (resolved)."""
    target = (base.parent / relative).resolve()
    try:
        target.relative_to(real_root)
    except ValueError:
        return None
    return target


def read_file(
    path: str,
    real_root: Path,
    max_bytes: int,
    clock: ReadClock | None = None,
    store: RowStore | None = None,
) -> FileRecord:
    """Read, parse and validate the knowledge file at ``path`` (absolute).

    Never raises: whatever goes wrong (the file system, YAML, a value YAML cannot build,
    the schema) is a problem of this file. ``clock`` shows a watchdog the read in
    progress (see ``read_files``). With a ``store``, a file whose bytes and release text
    are those of a stored entry is not parsed or validated again, and a valid file read
    anew is stored.
    """
    try:
        return _read_file(path, real_root, max_bytes, clock, store)
    except Exception as exc:
        # A case the checks below do not foresee is still a problem of this file, never
        # a crash of ``check``, a reload or the bot's start.
        log.warning("unexpected error reading knowledge file %s", path, exc_info=True)
        return [("", f"could not be read: {type(exc).__name__}: {exc}", None)], None, None


def _read_file(
    path: str, real_root: Path, max_bytes: int, clock: ReadClock | None, store: RowStore | None
) -> FileRecord:
    try:
        # A symlink may point anywhere; only files that really live under the knowledge
        # directory are read (like release texts, see resolve_inside).
        Path(path).resolve().relative_to(real_root)
    except ValueError:
        return [("", "links to a file outside the knowledge directory; not read", None)], None, None
    try:
        raw, st = read_regular_stat(path, max_bytes, clock)
        text = raw.decode("utf-8")
    except ReadProblem as exc:
        return [("", str(exc), None)], None, None
    except UnicodeDecodeError as exc:
        return [("", f"not UTF-8 text (byte {exc.start})", None)], None, None
    except OSError as exc:
        return [("", f"cannot read: {exc.strerror or exc}", None)], None, None
    file_fp = fingerprint(raw, st)
    if store is not None:
        stored = _from_store(store, file_fp, Path(path), real_root, max_bytes, clock)
        if stored is not None:
            return stored

    # Imported here: a process whose files all come from the store never needs them.
    import yaml
    from pydantic import ValidationError

    from bot.kb.models import KnowledgeFile
    from bot.kb.yamlfile import SafeLoader, format_location, line_of, node_path, uses_anchors

    try:
        mark = uses_anchors(text)
        if mark is not None:
            return (
                [("", "YAML anchors and aliases (&, *) are not allowed", mark.line + 1)],
                None,
                None,
            )
        loader = SafeLoader(text)
        try:
            root = loader.get_single_node()
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        return [("", *_syntax_problem(exc, text))], None, None
    except yaml.reader.ReaderError as exc:
        # A character YAML does not accept (NUL, most control characters).
        line = text.count("\n", 0, exc.position) + 1
        # libyaml gives the code point, the pure-Python reader the character.
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        return [("", f"character U+{code:04X} is not allowed in YAML", line)], None, None
    except yaml.YAMLError as exc:
        return [("", " ".join(f"YAML error: {exc}".split()), None)], None, None
    except RecursionError:
        return [("", "YAML nested too deeply", None)], None, None
    if root is not None and loader.problems:
        rows: list[ProblemRow] = []
        for node, message in loader.problems:
            loc = node_path(root, node)
            rows.append((format_location(loc or ()), message, node.start_mark.line + 1))
        rows.sort(key=lambda row: row[2] or 0)
        return rows, None, None

    if data is None or data == {}:
        # A file that says nothing is a mistake (an unsaved editor buffer, a truncated
        # copy), never a release: it would otherwise pass unnoticed.
        return (
            [
                (
                    "",
                    "the file is empty (no source, entities, quotes or facts); fill it or delete it",
                    1,
                )
            ],
            None,
            None,
        )
    if not isinstance(data, dict):
        return (
            [("", f"expected a mapping at the top level, found {type(data).__name__}", 1)],
            None,
            None,
        )
    try:
        content = KnowledgeFile.model_validate(data)
    except ValidationError as exc:
        problems: list[ProblemRow] = []
        for err in exc.errors(include_url=False):
            loc = tuple(err["loc"])
            # pydantic prefixes a validator's own message with its kind; the reader of a
            # knowledge-file problem needs the message only (the CLI strips it likewise).
            message = err["msg"].removeprefix("Value error, ").removeprefix("Assertion failed, ")
            if err["type"] == "extra_forbidden":
                message = f"unknown field {loc[-1]!r} (check the spelling)"
            elif err["type"] == "missing":
                message = f"missing required field {loc[-1]!r}"
            elif (found := _found(err.get("input"))) is not None:
                message = f"{message} (found {found})"
            problems.append((format_location(loc), message, line_of(text, loc) if loc else None))
        return problems, None, None
    row, text_stamp = _content_row(content, Path(path), real_root, max_bytes, clock)
    if text_stamp is None:
        return [], row, None  # the release text could not be read: not stored either
    text_fp = text_stamp[1]
    if store is not None:
        store.put(file_fp[4], None if text_fp is None else text_fp[4], row)
    return [], row, (file_fp, *text_stamp)


def _found(value: object) -> str | None:
    """A rejected scalar as YAML would show it ("'persn'", "null", "true"), cut short;
    None for a list or mapping (the message already says what was expected)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        shown = repr(value)
        return shown if len(shown) <= 60 else shown[:59] + "…"
    return None


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str) -> tuple[str, int | None]:
    """(message, line) for a YAML syntax error.

    An unclosed quote or bracket is found only where the stream ends, which can be past
    the last line: the line given is then where the quoted scalar or flow collection
    started (PyYAML's ``context_mark``), and the message names both places.
    """
    problem, context = exc.problem_mark, exc.context_mark
    what = exc.problem or str(exc)
    end = len(text.rstrip())
    if (
        context is not None
        and problem is not None
        and exc.context
        and ("quoted scalar" in exc.context or "flow" in exc.context)
        and context.index < end
    ):
        where = "at the end of the file" if problem.index >= end else f"on line {problem.line + 1}"
        started = exc.context.removeprefix("while scanning ").removeprefix("while parsing ")
        return (
            f"YAML syntax error: {started} that starts on this line is never closed"
            f" ({what} {where})",
            context.line + 1,
        )
    what = _with_hint(what)
    mark = problem or context
    if mark is not None and mark.index >= end:
        # Found only where the stream ends: name the file's last line, never one past it.
        return f"YAML syntax error: {what} at the end of the file", text.count("\n", 0, end) + 1
    return f"YAML syntax error: {what}", mark.line + 1 if mark else None


# PyYAML's wording for the slips people make when editing by hand, and what the slip
# usually is. The parser's own words stay first, so a search for them still works.
_SYNTAX_HINTS = (
    (
        "mapping values are not allowed",
        "a value with ': ' in it must be in quotes, or this line is indented wrongly",
    ),
    ("could not find expected ':'", "a line needs 'key: value', or its indentation is off"),
    ("cannot start any token", "indent with spaces, not tabs"),
    ("tab character", "indent with spaces, not tabs"),
    ("did not find expected key", "this line's indentation does not match the lines above"),
    ("expected <block end>", "this line's indentation does not match the lines above"),
    ("did not find expected '-' indicator", "list items ('- ...') must line up"),
)


def _with_hint(problem: str) -> str:
    """PyYAML's ``problem`` text, followed by the likely slip when it is a known one."""
    for words, hint in _SYNTAX_HINTS:
        if words in problem:
            return f"{problem} ({hint})"
    return problem


def _from_store(
    store: RowStore,
    file_fp: Fingerprint,
    path: Path,
    real_root: Path,
    max_bytes: int,
    clock: ReadClock | None,
) -> FileRecord | None:
    """The record of the file at ``path`` (whose bytes ``file_fp`` describes) from
    ``store``, or None when there is no usable entry: none, or its release text no longer
    reads, or reads with other content (the row holds the quotes' positions in it)."""
    stored = store.get(file_fp[4])
    if stored is None:
        return None
    row = stored.row
    source_row = row[0]
    if source_row is None:
        return [], row, (file_fp, None, None)
    text = source_row[6]  # the source's ``text``, as the file gives it
    text_path = resolve_inside(real_root, path, text)
    if text_path is None:
        return None
    try:
        raw, st = read_regular_stat(str(text_path), max_bytes, clock)
        release = raw.decode("utf-8")
    except (OSError, ReadProblem, UnicodeDecodeError):
        return None  # read again in full, which reports what is wrong
    text_fp = fingerprint(raw, st)
    if text_fp[4] != stored.text_digest:
        return None
    row = (source_row, release, None, *row[3:])
    return [], row, (file_fp, str(path.parent / text), text_fp)


def _content_row(
    content: KnowledgeFile, path: Path, real_root: Path, max_bytes: int, clock: ReadClock | None
) -> tuple[ContentRow, tuple[str | None, Fingerprint | None] | None]:
    """The file's row, and its release text's path and fingerprint ((None, None) for a
    file without a source; None when the text could not be read)."""
    src = content.source
    source_row: SourceRow | None = None
    release: str | None = None
    release_problem: str | None = None
    text_stamp: tuple[str | None, Fingerprint | None] | None = (None, None)
    if src is not None:
        text_stamp = None
        dateline = src.dateline
        source_row = (
            tuple(src.model_fields_set),
            src.id,
            src.title,
            src.publisher,
            src.date.toordinal(),
            (tuple(dateline.model_fields_set), dateline.city, dateline.country),
            src.text,
            src.url,
            src.reviewed,
        )
        # The loader reports these only if the source id is not a duplicate; reading
        # the text here anyway keeps the reading off the loader's single core.
        text_path = resolve_inside(real_root, path, src.text)
        if text_path is None:
            release_problem = f"path {src.text!r} leaves the knowledge directory"
        else:
            try:
                raw, st = read_regular_stat(str(text_path), max_bytes, clock)
                release = raw.decode("utf-8")
                # The path as written, not resolved: a link in it that is pointed
                # elsewhere later is then a change (stat follows links).
                text_stamp = (str(path.parent / src.text), fingerprint(raw, st))
            except FileNotFoundError:
                release_problem = f"release text {src.text!r} not found"
            except ReadProblem as exc:
                release_problem = f"release text {src.text!r}: {exc}"
            except UnicodeDecodeError as exc:
                release_problem = f"release text {src.text!r} is not UTF-8 text (byte {exc.start})"
            except OSError as exc:
                release_problem = f"release text {src.text!r} unreadable: {exc.strerror or exc}"

    # Quotes of the file's own release are looked up in it here, in parallel; the
    # loader uses the position only if that release is the one registered under its id.
    folded: str | None = None
    quotes: list[QuoteRow] = []
    for quote in content.quotes:
        position: int | None = None
        if release is not None and src is not None and quote.source in (None, src.id):
            if folded is None:
                folded = fold_for_verbatim(release)
            position = folded.find(fold_for_verbatim(quote.text))
        quotes.append((quote.id, quote.speaker, quote.text, quote.about, quote.source, position))
    row: ContentRow = (
        source_row,
        release,
        release_problem,
        [
            (
                tuple(e.model_fields_set),
                e.id,
                e.name,
                e.kind.value,
                e.summary,
                e.aliases,
                e.shared_aliases,
                tuple(name_keys(e).items()),
            )
            for e in content.entities
        ],
        [
            (r.entity, r.title, r.organization, r.source, r.ended, r.current and r.ended is None)
            for r in content.roles
        ],
        quotes,
        [(f.id, f.text, f.about, f.date, f.place, f.source) for f in content.facts],
        [(s.entity, s.text, s.source) for s in content.summaries],
    )
    return row, text_stamp


# --- many files --------------------------------------------------------------------------

# Below this many files a load stays in one process: starting workers costs more than
# it saves (and tests, the bundled knowledge base and small deployments stay simple).
POOL_MIN_FILES = 400
_BATCH_FILES = 48
# The longest one file's opening and reading may take (parsing is not counted). A local
# disk takes milliseconds; past this, the file is on a hung network mount or is
# something that blocks, and the load gives up instead of hanging the bot's reloads.
# 10 s lets a 64 MB file (the default size limit) come from storage as slow as 6 MB/s,
# and a stuck reload still ends within Docker's default 10 s stop timeout of a read.
READ_TIMEOUT_SECONDS = 10.0


class ReadTimeout(Exception):
    """Reading ``path`` (absolute) took longer than ``seconds``; the load stops."""

    def __init__(self, path: str, seconds: float) -> None:
        self.path = path
        self.seconds = seconds
        super().__init__(f"reading {path} took longer than {seconds:g} s")


def read_bounded(
    paths: Sequence[str],
    real_root: Path,
    max_bytes: int,
    timeout: float,
    store: RowStore | None = None,
) -> list[FileRecord]:
    """``read_file`` of each path, in a thread that a watchdog gives up on.

    Raises ``ReadTimeout`` when one file's opening or reading takes longer than
    ``timeout`` seconds. The reading thread is a daemon: a read stuck in the operating
    system cannot be interrupted, but it no longer holds up the load or the process's
    exit.
    """
    records: list[FileRecord] = []
    clock = ReadClock()
    failure: list[BaseException] = []

    def work() -> None:
        try:
            for path in paths:
                if clock.abandoned:  # the watchdog gave up: the load has failed
                    return
                records.append(read_file(path, real_root, max_bytes, clock, store))
        except BaseException as exc:  # read_file catches everything; this is a bug
            failure.append(exc)
        finally:
            clock.done.set()

    threading.Thread(target=work, name="partnerbot-read", daemon=True).start()
    # Waking up a few times per timeout is enough to notice a stuck read; a load that
    # finishes wakes the wait at once.
    poll = max(0.01, min(1.0, timeout / 4))
    while not clock.done.wait(poll):
        path = clock.path
        if path is not None and time.monotonic() - clock.since > timeout:
            clock.abandoned = True
            raise ReadTimeout(path, timeout)
    if failure:
        raise failure[0]
    return records


def _read_batch(
    paths: Sequence[str], real_root: str, max_bytes: int, timeout: float, store_dir: str | None
) -> bytes:
    store = None if store_dir is None else RowStore(store_dir)
    try:
        records = read_bounded(paths, Path(real_root), max_bytes, timeout, store)
    except ReadTimeout as exc:
        return marshal.dumps((None, exc.path))
    return marshal.dumps((records, None))


def read_files(
    paths: Sequence[str],
    real_root: Path,
    max_bytes: int,
    timeout: float = READ_TIMEOUT_SECONDS,
    store: RowStore | None = None,
) -> Iterator[FileRecord]:
    """``read_file`` of each absolute path, in order; in worker processes when there are many.

    Raises ``ReadTimeout`` when one file takes longer than ``timeout`` seconds to read.
    The caller consumes records while workers read further files. While the next record's
    batch is not ready, this process reads the last batch no worker has started, so it
    works too while the workers start up and near the end.
    """
    workers = worker_count()
    if len(paths) < POOL_MIN_FILES or workers < 2:
        yield from read_bounded(paths, real_root, max_bytes, timeout, store)
        return

    size = max(8, min(_BATCH_FILES, len(paths) // (workers * 8)))
    batches = [paths[i : i + size] for i in range(0, len(paths), size)]
    try:
        pool = process_pool(workers)
    except (OSError, NotImplementedError, ImportError):  # no process support here
        yield from read_bounded(paths, real_root, max_bytes, timeout, store)
        return
    timed_out = False
    try:
        root = str(real_root)
        store_dir = None if store is None else str(store.directory)
        futures: list[Future[bytes]] = [
            pool.submit(_read_batch, batch, root, max_bytes, timeout, store_dir)
            for batch in batches
        ]
        local: dict[int, list[FileRecord]] = {}
        unstarted = len(batches) - 1  # batches after this one all run here or are done
        for i, future in enumerate(futures):
            while i not in local and not future.done() and unstarted >= i:
                # Futures start in submission order, so once the last pending one cannot be
                # cancelled, none before it can.
                if futures[unstarted].cancel():
                    local[unstarted] = read_bounded(
                        batches[unstarted], real_root, max_bytes, timeout, store
                    )
                    unstarted -= 1
                else:
                    unstarted = i - 1
            records = local.pop(i, None)
            if records is None:
                try:
                    records, stuck = marshal.loads(future.result())
                except Exception:
                    # A worker died (killed, out of memory) or the pool broke: read the
                    # batch here. A genuine error in reading raises again, as it would
                    # without workers.
                    log.warning(
                        "a worker process failed to read %d knowledge files; reading them here",
                        len(batches[i]),
                        exc_info=True,
                    )
                    records = read_bounded(batches[i], real_root, max_bytes, timeout, store)
                    stuck = None
                if stuck is not None:
                    raise ReadTimeout(stuck, timeout)
            yield from records
    except ReadTimeout:
        timed_out = True
        raise
    finally:
        # A worker stuck in a read would hold up a waiting shutdown as long as the read.
        pool.shutdown(wait=not timed_out, cancel_futures=True)
