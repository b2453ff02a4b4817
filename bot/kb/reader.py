"""Reading knowledge files one at a time: YAML parsing and schema validation.

Nothing here looks beyond one file and the release text it names, so the files of a
large knowledge base are read by worker processes side by side (``read_files``); the
checks between files are ``loader.py``'s. A file's result is plain tuples of strings and
numbers (the layout is below), which ``marshal`` moves between processes several times
faster than pickle moves dictionaries or pydantic models; the ``*_from_row`` functions
turn them back into the validated models without validating them again.
"""

from __future__ import annotations

import datetime as dt
import logging
import marshal
import operator
import threading
import time
from collections.abc import Hashable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bot.kb.fileio import ReadClock, ReadProblem, read_regular
from bot.kb.models import (
    Dateline,
    Entity,
    EntityKind,
    KnowledgeFile,
    Source,
    construct_validated,
)
from bot.textnorm import fold_for_verbatim, normalize
from bot.workers import process_pool, worker_count

log = logging.getLogger(__name__)

# --- the YAML loader ---------------------------------------------------------------------

# libyaml's parser is several times faster than the pure-Python one; both are "safe"
# (they only build plain scalars, lists and dicts).
_BaseSafeLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_STR_TAG = "tag:yaml.org,2002:str"
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
# First characters for which YAML 1.1 may resolve a plain scalar to something other
# than a string (null, bool, int, float, timestamp, merge, value).
_IMPLICIT_FIRST = frozenset(k for k in _BaseSafeLoader.yaml_implicit_resolvers if k)
_ScalarNode = yaml.ScalarNode
_MappingNode = yaml.MappingNode
_SequenceNode = yaml.SequenceNode
_base_resolve = _BaseSafeLoader.resolve

_PLAIN_TAGS: dict[str, str] = {}

_YAML_TAG = "tag:yaml.org,2002:"
# The scalars a knowledge file may hold: tag -> (how PyYAML builds it, what it is called
# in a problem). Every other tag (!!binary, !!set, !!python/…, custom !tags, merge keys)
# is reported: knowledge files are plain text, numbers, dates, lists and mappings.
_SCALARS: dict[str, tuple[Any, str]] = {
    _STR_TAG: (_BaseSafeLoader.construct_yaml_str, "text"),
    _YAML_TAG + "int": (_BaseSafeLoader.construct_yaml_int, "whole number"),
    _YAML_TAG + "float": (_BaseSafeLoader.construct_yaml_float, "number"),
    _YAML_TAG + "bool": (_BaseSafeLoader.construct_yaml_bool, "true/false value"),
    _YAML_TAG + "null": (_BaseSafeLoader.construct_yaml_null, "null"),
    _YAML_TAG + "timestamp": (_BaseSafeLoader.construct_yaml_timestamp, "date"),
}
_NODE_NAMES = {_ScalarNode: "single value", _SequenceNode: "list", _MappingNode: "mapping"}


class _Unbuilt:
    """Stands for a value that could not be built (its problem is recorded)."""


_UNBUILT = _Unbuilt()


def shown_tag(tag: str) -> str:
    """A tag as it is written in YAML: ``!!binary`` rather than its full URI."""
    return "!!" + tag[len(_YAML_TAG) :] if tag.startswith(_YAML_TAG) else tag


def _shorten(value: str, limit: int = 40) -> str:
    return repr(value if len(value) <= limit else value[: limit - 1] + "…")


class SafeLoader(_BaseSafeLoader):  # type: ignore[misc,valid-type]
    """The safe loader, building knowledge files itself: problems are recorded, not raised.

    PyYAML raises at the first value it cannot build (``date: 2018-04-31`` is a
    ``ValueError`` with no line) and silently keeps the last of two equal keys. This
    loader builds the document itself and records in ``problems`` each value that
    cannot be built, each tag a knowledge file may not use, and each duplicate key, at
    any depth, with its node (for the line and location); the document it returns is
    then not to be used.

    It is also fast: even with libyaml parsing, PyYAML resolves every scalar's tag and
    builds every object through generic, re-entrant machinery, which is most of the
    load time of a large knowledge base. Plain strings that cannot be anything else skip
    the resolver's regular expressions, and maps, lists and strings are built directly;
    other scalars go through PyYAML's own constructors, so the values are the same.
    """

    problems: list[tuple[yaml.Node, str]]

    if not _BaseSafeLoader.yaml_path_resolvers:
        # The composer calls these around every node (millions of calls on a large
        # knowledge base). Without path resolvers (the safe loader registers none) they
        # do nothing; built-in functions that take the same arguments and have no effect
        # cost a fraction of the inherited methods' Python frames.
        descend_resolver = staticmethod(operator.is_)  # (parent, index) -> ignored bool
        ascend_resolver = staticmethod(tuple)  # () -> the empty tuple

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        # Quoted scalars are always strings; so are plain ones whose first character no
        # implicit resolver listens for (the same test PyYAML's resolver starts with).
        if kind is _ScalarNode:
            if not implicit[0] or (value and value[0] not in _IMPLICIT_FIRST):
                return _STR_TAG
            # Keys ("name", "text", "facts") and dates repeat in every file; a plain
            # scalar's tag depends only on its text, so short ones are remembered.
            tag = _PLAIN_TAGS.get(value)
            if tag is None:
                tag = _base_resolve(self, kind, value, implicit)
                if len(value) <= 32 and len(_PLAIN_TAGS) < 65_536:
                    _PLAIN_TAGS[value] = tag
            return tag  # type: ignore[no-any-return]
        return _base_resolve(self, kind, value, implicit)  # type: ignore[no-any-return]

    def construct_document(self, node: yaml.Node) -> Any:
        self.problems = []
        return self._build(node)

    def _problem(self, node: yaml.Node, message: str) -> _Unbuilt:
        self.problems.append((node, message))
        return _UNBUILT

    def _build(self, node: yaml.Node) -> Any:
        tag = node.tag
        kind = type(node)
        if tag == _STR_TAG and kind is _ScalarNode:
            return node.value
        if tag == _MAP_TAG and kind is _MappingNode:
            out: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if key_node.tag == _STR_TAG and type(key_node) is _ScalarNode:
                    key = key_node.value
                else:
                    key = self._key(key_node, report=True)
                # Most values are plain strings: take them here rather than recursing.
                if value_node.tag == _STR_TAG and type(value_node) is _ScalarNode:
                    out[key] = value_node.value
                else:
                    out[key] = self._build(value_node)
            if len(out) != len(node.value):
                self._report_duplicates(node)
            return out
        if tag == _SEQ_TAG and kind is _SequenceNode:
            return [
                item.value
                if item.tag == _STR_TAG and type(item) is _ScalarNode
                else self._build(item)
                for item in node.value
            ]
        if kind is _ScalarNode and tag in _SCALARS:
            construct, noun = _SCALARS[tag]
            try:
                return construct(self, node)
            except Exception as exc:
                # PyYAML's reasons are short for dates ("day is out of range for
                # month"); others are internal (a failed regular expression match).
                reason = str(exc) if isinstance(exc, ValueError) and len(str(exc)) < 60 else ""
                return self._problem(
                    node,
                    f"{_shorten(str(node.value))} is not a valid {noun}"
                    + (f" ({reason})" if reason else ""),
                )
        if tag == _YAML_TAG + "merge":
            return self._problem(node, "merge keys (<<) are not allowed in knowledge files")
        if tag in _SCALARS or tag in (_MAP_TAG, _SEQ_TAG):
            return self._problem(
                node, f"the YAML tag {shown_tag(tag)} cannot mark a {_NODE_NAMES[kind]}"
            )
        return self._problem(
            node,
            f"the YAML tag {shown_tag(tag)} is not allowed in knowledge files"
            " (only text, numbers, dates, true/false, lists and mappings)",
        )

    def _key(self, node: yaml.Node, *, report: bool) -> Any:
        """A mapping key that is not plain text: built, and hashable or a fresh stand-in."""
        if not report:
            problems, self.problems = self.problems, []
        try:
            key = self._build(node)
            if not isinstance(key, Hashable) or isinstance(key, _Unbuilt):
                if not isinstance(key, _Unbuilt):
                    self._problem(
                        node, "a mapping key must be a single value, not a list or mapping"
                    )
                return _Unbuilt()  # distinct from every other key: not a duplicate
            return key
        finally:
            if not report:
                self.problems = problems

    def _report_duplicates(self, node: yaml.MappingNode) -> None:
        first: dict[Any, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == _STR_TAG and type(key_node) is _ScalarNode:
                key = key_node.value
            else:
                key = self._key(key_node, report=False)
            line = key_node.start_mark.line + 1
            if key in first:
                self._problem(
                    key_node,
                    f"duplicate key {_shorten(str(key))} (first at line {first[key]});"
                    " YAML would keep only the last one and silently drop the other",
                )
            else:
                first[key] = line


def node_path(root: yaml.Node, target: yaml.Node) -> tuple[int | str, ...] | None:
    """The location (keys and list indexes) of ``target`` in the document ``root``.

    A mapping key's location is that of its value. Only used when a problem is found.
    """
    stack: list[tuple[yaml.Node, tuple[int | str, ...]]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        if node is target:
            return path
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                label = key_node.value if isinstance(key_node, yaml.ScalarNode) else "?"
                if key_node is target:
                    return (*path, label)
                stack.append((value_node, (*path, label)))
                stack.append((key_node, (*path, label)))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, (*path, i)) for i, item in enumerate(node.value))
    return None


# --- locating problems in the YAML ------------------------------------------------------


def format_location(loc: Iterable[int | str]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def line_of(text: str, loc: tuple[int | str, ...]) -> int | None:
    """1-based line of the deepest YAML node on the path ``loc``, or None."""
    try:
        node = yaml.compose(text, Loader=SafeLoader)
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == part:
                    line, node = key.start_mark.line + 1, value
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if not 0 <= part < len(node.value):
                return line
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def _uses_anchors(text: str) -> yaml.Mark | None:
    """Where the file first uses an anchor or alias, which knowledge files never need.

    Rejecting them closes the "billion laughs" blow-up. The scan only runs when the
    text contains ``&`` or ``*`` at all, so ordinary files pay nothing for it.
    """
    if "&" not in text and "*" not in text:
        return None
    for event in yaml.parse(text, Loader=SafeLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            return event.start_mark
    return None


def name_keys(entity: Entity) -> dict[str, bool]:
    """Normalised name and alias keys of an entity -> whether the key is a shared alias."""
    keys: dict[str, bool] = {}
    for label in (entity.name, *entity.aliases):
        key = normalize(label)
        if key:
            keys.setdefault(key, False)
    for label in entity.shared_aliases:
        key = normalize(label)
        if key:
            keys[key] = True
    return keys


def resolve_inside(real_root: Path, base: Path, relative: str) -> Path | None:
    """``relative`` (to ``base``) resolved, or None when it leaves ``real_root`` (resolved)."""
    target = (base.parent / relative).resolve()
    try:
        target.relative_to(real_root)
    except ValueError:
        return None
    return target


# --- one file's result, as plain data ---------------------------------------------------
# A problem: (location, message, line); the loader adds the file's relative path.
ProblemRow = tuple[str, str, int | None]
# Models are their field values in declaration order, after the names of the fields the
# file set (``model_fields_set``); a source's date is its ordinal, a dateline nested.
SourceRow = tuple[Any, ...]
# An entity's row ends with its name_keys() items, worked out here while in parallel.
EntityRow = tuple[Any, ...]
RoleRow = tuple[str, str, str | None, str | None]  # entity, title, organization, source
# id, speaker, text, about, source, then the position of the quote in the file's own
# release text (-1: not there), or None when the quote names another source or the
# release text could not be read (the loader then looks for it itself).
QuoteRow = tuple[str, str, str, tuple[str, ...], str | None, int | None]
FactRow = tuple[str, str, tuple[str, ...], str | None, str | None, str | None]
# source, its release text, or why that could not be read, entities, roles, quotes, facts
ContentRow = tuple[
    SourceRow | None,
    str | None,
    str | None,
    list[EntityRow],
    list[RoleRow],
    list[QuoteRow],
    list[FactRow],
]
FileRecord = tuple[list[ProblemRow], ContentRow | None]


def read_file(
    path: str, real_root: Path, max_bytes: int, clock: ReadClock | None = None
) -> FileRecord:
    """Read, parse and validate the knowledge file at ``path`` (absolute).

    Never raises: whatever goes wrong (the file system, YAML, a value YAML cannot build,
    the schema) is a problem of this file. ``clock`` shows a watchdog the read in
    progress (see ``read_files``).
    """
    try:
        return _read_file(path, real_root, max_bytes, clock)
    except Exception as exc:
        # A case the checks below do not foresee is still a problem of this file, never
        # a crash of ``check``, a reload or the bot's start.
        log.warning("unexpected error reading knowledge file %s", path, exc_info=True)
        return [("", f"could not be read: {type(exc).__name__}: {exc}", None)], None


def _read_file(path: str, real_root: Path, max_bytes: int, clock: ReadClock | None) -> FileRecord:
    try:
        # A symlink may point anywhere; only files that really live under the knowledge
        # directory are read (like release texts, see resolve_inside).
        Path(path).resolve().relative_to(real_root)
    except ValueError:
        return [("", "links to a file outside the knowledge directory; not read", None)], None
    try:
        text = read_regular(path, max_bytes, clock).decode("utf-8")
    except ReadProblem as exc:
        return [("", str(exc), None)], None
    except UnicodeDecodeError as exc:
        return [("", f"not UTF-8 text (byte {exc.start})", None)], None
    except OSError as exc:
        return [("", f"cannot read: {exc.strerror or exc}", None)], None

    try:
        mark = _uses_anchors(text)
        if mark is not None:
            return [("", "YAML anchors and aliases (&, *) are not allowed", mark.line + 1)], None
        loader = SafeLoader(text)
        try:
            root = loader.get_single_node()
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        return [("", f"YAML syntax error: {exc.problem or exc}", line)], None
    except yaml.YAMLError as exc:
        return [("", f"YAML error: {exc}", None)], None
    except RecursionError:
        return [("", "YAML nested too deeply", None)], None
    if root is not None and loader.problems:
        rows: list[ProblemRow] = []
        for node, message in loader.problems:
            loc = node_path(root, node)
            rows.append((format_location(loc or ()), message, node.start_mark.line + 1))
        rows.sort(key=lambda row: row[2] or 0)
        return rows, None

    if data is None:
        data = {}
    if not isinstance(data, dict):
        return [("", f"expected a mapping at the top level, found {type(data).__name__}", 1)], None
    try:
        content = KnowledgeFile.model_validate(data)
    except ValidationError as exc:
        problems: list[ProblemRow] = []
        for err in exc.errors(include_url=False):
            loc = tuple(err["loc"])
            message = err["msg"]
            if err["type"] == "extra_forbidden":
                message = f"unknown field {loc[-1]!r} (check the spelling)"
            elif err["type"] == "missing":
                message = f"missing required field {loc[-1]!r}"
            problems.append((format_location(loc), message, line_of(text, loc) if loc else None))
        return problems, None
    return [], _content_row(content, Path(path), real_root, max_bytes, clock)


def _content_row(
    content: KnowledgeFile, path: Path, real_root: Path, max_bytes: int, clock: ReadClock | None
) -> ContentRow:
    src = content.source
    source_row: SourceRow | None = None
    release: str | None = None
    release_problem: str | None = None
    if src is not None:
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
                release = read_regular(str(text_path), max_bytes, clock).decode("utf-8")
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
        if release is not None and quote.source in (None, src.id):  # type: ignore[union-attr]
            if folded is None:
                folded = fold_for_verbatim(release)
            position = folded.find(fold_for_verbatim(quote.text))
        quotes.append((quote.id, quote.speaker, quote.text, quote.about, quote.source, position))
    return (
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
        [(r.entity, r.title, r.organization, r.source) for r in content.roles],
        quotes,
        [(f.id, f.text, f.about, f.date, f.place, f.source) for f in content.facts],
    )


_KINDS = {kind.value: kind for kind in EntityKind}


def source_from_row(row: SourceRow) -> Source:
    fields, id_, title, publisher, date, (dl_fields, city, country), text, url, reviewed = row
    dateline = construct_validated(Dateline, {"city": city, "country": country}, set(dl_fields))
    values = {
        "id": id_,
        "title": title,
        "publisher": publisher,
        "date": dt.date.fromordinal(date),
        "dateline": dateline,
        "text": text,
        "url": url,
        "reviewed": reviewed,
    }
    return construct_validated(Source, values, set(fields))


def entity_from_row(row: EntityRow) -> Entity:
    fields, id_, name, kind, summary, aliases, shared_aliases, _keys = row
    values = {
        "id": id_,
        "name": name,
        "kind": _KINDS[kind],
        "summary": summary,
        "aliases": aliases,
        "shared_aliases": shared_aliases,
    }
    return construct_validated(Entity, values, set(fields))


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
    paths: Sequence[str], real_root: Path, max_bytes: int, timeout: float
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
                records.append(read_file(path, real_root, max_bytes, clock))
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
            raise ReadTimeout(path, timeout)
    if failure:
        raise failure[0]
    return records


def _read_batch(paths: Sequence[str], real_root: str, max_bytes: int, timeout: float) -> bytes:
    try:
        records = read_bounded(paths, Path(real_root), max_bytes, timeout)
    except ReadTimeout as exc:
        return marshal.dumps((None, exc.path))
    return marshal.dumps((records, None))


def read_files(
    paths: Sequence[str],
    real_root: Path,
    max_bytes: int,
    timeout: float = READ_TIMEOUT_SECONDS,
) -> Iterator[FileRecord]:
    """``read_file`` of each absolute path, in order; in worker processes when there are many.

    Raises ``ReadTimeout`` when one file takes longer than ``timeout`` seconds to read.
    The caller consumes records while workers read further files. While the next record's
    batch is not ready, this process reads the last batch no worker has started, so it
    works too while the workers start up and near the end.
    """
    workers = worker_count()
    if len(paths) < POOL_MIN_FILES or workers < 2:
        yield from read_bounded(paths, real_root, max_bytes, timeout)
        return

    size = max(8, min(_BATCH_FILES, len(paths) // (workers * 8)))
    batches = [paths[i : i + size] for i in range(0, len(paths), size)]
    try:
        pool = process_pool(workers)
    except (OSError, NotImplementedError, ImportError):  # no process support here
        yield from read_bounded(paths, real_root, max_bytes, timeout)
        return
    timed_out = False
    try:
        root = str(real_root)
        futures: list[Future[bytes]] = [
            pool.submit(_read_batch, batch, root, max_bytes, timeout) for batch in batches
        ]
        local: dict[int, list[FileRecord]] = {}
        unstarted = len(batches) - 1  # batches after this one all run here or are done
        for i, future in enumerate(futures):
            while i not in local and not future.done() and unstarted >= i:
                # Futures start in submission order, so once the last pending one cannot be
                # cancelled, none before it can.
                if futures[unstarted].cancel():
                    local[unstarted] = read_bounded(
                        batches[unstarted], real_root, max_bytes, timeout
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
                    records, stuck = read_bounded(batches[i], real_root, max_bytes, timeout), None
                if stuck is not None:
                    raise ReadTimeout(stuck, timeout)
            yield from records  # type: ignore[misc]
    except ReadTimeout:
        timed_out = True
        raise
    finally:
        # A worker stuck in a read would hold up a waiting shutdown as long as the read.
        pool.shutdown(wait=not timed_out, cancel_futures=True)
