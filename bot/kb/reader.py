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
import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

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


class _FastStructure(Exception):
    """The document uses a construct the fast path leaves to PyYAML (merge keys…)."""


class SafeLoader(_BaseSafeLoader):  # type: ignore[misc,valid-type]
    """The safe loader with a fast path for the plain strings, maps and lists of knowledge files.

    Even with libyaml parsing, PyYAML resolves every scalar's tag and builds every object
    in Python through generic, re-entrant machinery; on a large knowledge base that is
    most of the load time. Plain strings that cannot be anything else skip the resolver's
    regular expressions, and maps, lists and strings are built directly. Anything else
    (dates, numbers, booleans, explicit tags, merge keys) goes through PyYAML unchanged,
    so the documents built are identical.
    """

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
        try:
            data = self._fast(node)
        except _FastStructure:
            return super().construct_document(node)
        self.constructed_objects = {}
        self.recursive_objects = {}
        self.deep_construct = False
        return data

    def _fast(self, node: yaml.Node) -> Any:
        tag = node.tag
        if tag == _STR_TAG and type(node) is _ScalarNode:
            return node.value
        if tag == _MAP_TAG and type(node) is _MappingNode:
            out: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if key_node.tag != _STR_TAG or type(key_node) is not _ScalarNode:
                    raise _FastStructure  # merge keys, "=" keys, non-string keys
                # Most values are plain strings: take them here rather than recursing.
                if value_node.tag == _STR_TAG and type(value_node) is _ScalarNode:
                    out[key_node.value] = value_node.value
                else:
                    out[key_node.value] = self._fast(value_node)
            return out
        if tag == _SEQ_TAG and type(node) is _SequenceNode:
            return [
                item.value
                if item.tag == _STR_TAG and type(item) is _ScalarNode
                else self._fast(item)
                for item in node.value
            ]
        return self.construct_object(node, deep=True)


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


def read_file(path: str, real_root: Path, max_bytes: int) -> FileRecord:
    """Read, parse and validate the knowledge file at ``path`` (absolute)."""
    try:
        # A symlink may point anywhere; only files that really live under the knowledge
        # directory are read (like release texts, see resolve_inside).
        Path(path).resolve().relative_to(real_root)
    except ValueError:
        return [("", "links to a file outside the knowledge directory; not read", None)], None
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            return [("", f"file is {size:,} bytes, over the {max_bytes:,}-byte limit", None)], None
        with open(path, "rb") as handle:
            text = handle.read().decode("utf-8")
    except UnicodeDecodeError as exc:
        return [("", f"not UTF-8 text (byte {exc.start})", None)], None
    except OSError as exc:
        return [("", f"cannot read: {exc.strerror or exc}", None)], None

    try:
        mark = _uses_anchors(text)
        if mark is not None:
            return [("", "YAML anchors and aliases (&, *) are not allowed", mark.line + 1)], None
        data = yaml.load(text, Loader=SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        return [("", f"YAML syntax error: {exc.problem or exc}", line)], None
    except yaml.YAMLError as exc:
        return [("", f"YAML error: {exc}", None)], None

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
    return [], _content_row(content, Path(path), real_root)


def _content_row(content: KnowledgeFile, path: Path, real_root: Path) -> ContentRow:
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
                release = text_path.read_bytes().decode("utf-8")
            except FileNotFoundError:
                release_problem = f"release text {src.text!r} not found"
            except (OSError, UnicodeDecodeError) as exc:
                release_problem = f"release text {src.text!r} unreadable: {exc}"

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


def _read_batch(paths: Sequence[str], real_root: str, max_bytes: int) -> bytes:
    root = Path(real_root)
    return marshal.dumps([read_file(path, root, max_bytes) for path in paths])


def read_files(paths: Sequence[str], real_root: Path, max_bytes: int) -> Iterator[FileRecord]:
    """``read_file`` of each absolute path, in order; in worker processes when there are many.

    The caller consumes records while workers read further files. While the next record's
    batch is not ready, this process reads the last batch no worker has started, so it
    works too while the workers start up and near the end.
    """
    workers = worker_count()
    if len(paths) < POOL_MIN_FILES or workers < 2:
        for path in paths:
            yield read_file(path, real_root, max_bytes)
        return

    size = max(8, min(_BATCH_FILES, len(paths) // (workers * 8)))
    batches = [paths[i : i + size] for i in range(0, len(paths), size)]
    try:
        pool = process_pool(workers)
    except (OSError, NotImplementedError, ImportError):  # no process support here
        for path in paths:
            yield read_file(path, real_root, max_bytes)
        return
    try:
        root = str(real_root)
        futures: list[Future[bytes]] = [
            pool.submit(_read_batch, batch, root, max_bytes) for batch in batches
        ]
        local: dict[int, list[FileRecord]] = {}
        unstarted = len(batches) - 1  # batches after this one all run here or are done
        for i, future in enumerate(futures):
            while i not in local and not future.done() and unstarted >= i:
                # Futures start in submission order, so once the last pending one cannot be
                # cancelled, none before it can.
                if futures[unstarted].cancel():
                    local[unstarted] = [
                        read_file(p, real_root, max_bytes) for p in batches[unstarted]
                    ]
                    unstarted -= 1
                else:
                    unstarted = i - 1
            records = local.pop(i, None)
            if records is None:
                try:
                    records = marshal.loads(future.result())
                except Exception:
                    # A worker died (killed, out of memory) or the pool broke: read the
                    # batch here. A genuine error in reading raises again, as it would
                    # without workers.
                    log.warning(
                        "a worker process failed to read %d knowledge files; reading them here",
                        len(batches[i]),
                        exc_info=True,
                    )
                    records = [read_file(p, real_root, max_bytes) for p in batches[i]]
            yield from records  # type: ignore[misc]
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
