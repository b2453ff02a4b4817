"""Read every knowledge file, validate it, cross-check it, and build a KnowledgeBase.

The loader never stops at the first problem: it collects every problem it can find
(with file, location and line) and raises one ``KnowledgeError`` that lists them all,
so a reviewer fixes a broken pull request in one pass.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bot.kb.models import (
    Entity,
    KnowledgeBase,
    KnowledgeFile,
    LoadedFact,
    LoadedQuote,
    LoadedRole,
    LoadedSource,
    Source,
)
from bot.textnorm import fold_for_verbatim, normalize

# libyaml's parser is several times faster than the pure-Python one; both are "safe"
# (they only build plain scalars, lists and dicts).
_BaseSafeLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_STR_TAG = "tag:yaml.org,2002:str"
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
# First characters for which YAML 1.1 may resolve a plain scalar to something other
# than a string (null, bool, int, float, timestamp, merge, value).
_IMPLICIT_FIRST = frozenset(k for k in _BaseSafeLoader.yaml_implicit_resolvers if k)


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

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        # Quoted scalars are always strings; so are plain ones whose first character no
        # implicit resolver listens for (the same test PyYAML's resolver starts with).
        if kind is yaml.ScalarNode:
            if not implicit[0] or (value and value[0] not in _IMPLICIT_FIRST):
                return _STR_TAG
            # Keys ("name", "text", "facts") and dates repeat in every file; a plain
            # scalar's tag depends only on its text, so short ones are remembered.
            tag = _PLAIN_TAGS.get(value)
            if tag is None:
                tag = super().resolve(kind, value, implicit)
                if len(value) <= 32 and len(_PLAIN_TAGS) < 65_536:
                    _PLAIN_TAGS[value] = tag
            return tag  # type: ignore[no-any-return]
        return super().resolve(kind, value, implicit)  # type: ignore[no-any-return]

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
        if tag == _STR_TAG and type(node) is yaml.ScalarNode:
            return node.value
        if tag == _MAP_TAG and type(node) is yaml.MappingNode:
            out: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if key_node.tag != _STR_TAG or type(key_node) is not yaml.ScalarNode:
                    raise _FastStructure  # merge keys, "=" keys, non-string keys
                out[key_node.value] = self._fast(value_node)
            return out
        if tag == _SEQ_TAG and type(node) is yaml.SequenceNode:
            return [self._fast(item) for item in node.value]
        return self.construct_object(node, deep=True)


KNOWLEDGE_SUFFIXES = (".yaml", ".yml")
DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    location: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        loc = f" {self.location}:" if self.location else ""
        return f"{where}:{loc} {self.message}"


class KnowledgeError(Exception):
    """The knowledge base could not be loaded; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(self.summary())

    def summary(self) -> str:
        count = len(self.problems)
        lines = [f"{count} problem{'s' if count != 1 else ''} in the knowledge base:"]
        lines += [f"  {p}" for p in self.problems]
        return "\n".join(lines)


# --- locating problems in the YAML ------------------------------------------------------


def format_location(loc: Iterable[int | str]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _line_of(text: str, loc: tuple[int | str, ...]) -> int | None:
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


# --- reading files -------------------------------------------------------------------------


@dataclass(slots=True)
class _ParsedFile:
    path: Path
    rel: str
    content: KnowledgeFile


class _Collector:
    def __init__(self, root: Path) -> None:
        self.root = root
        # Resolved once: resolving a path walks every component with a system call,
        # which adds up over tens of thousands of files.
        self.real_root = root.resolve()
        self.problems: list[Problem] = []
        # Where each file's text is, to find the line of a problem. Only the path is
        # kept: holding every file's text until the load ends costs as much memory as
        # the knowledge base's YAML, and lines are only needed when something is wrong.
        self._paths: dict[str, Path] = {}

    def add(
        self, rel: str, loc: tuple[int | str, ...], message: str, *, line: int | None = None
    ) -> None:
        if line is None and loc and rel in self._paths:
            try:
                text = self._paths[rel].read_bytes().decode("utf-8")
            except (OSError, UnicodeDecodeError):
                text = None
            if text is not None:
                line = _line_of(text, loc)
        self.problems.append(Problem(rel, format_location(loc), message, line))

    def remember_text(self, rel: str, path: Path) -> None:
        self._paths[rel] = path


def iter_knowledge_files(root: Path) -> Iterator[Path]:
    """Every knowledge file under ``root``, in a stable order, skipping hidden folders."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.endswith(KNOWLEDGE_SUFFIXES) and not name.startswith("."):
                yield Path(dirpath) / name


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


def _read_file(path: Path, rel: str, out: _Collector, max_bytes: int) -> _ParsedFile | None:
    try:
        # A symlink may point anywhere; only files that really live under the knowledge
        # directory are read (like release texts, see _resolve_inside).
        path.resolve().relative_to(out.real_root)
    except ValueError:
        out.add(rel, (), "links to a file outside the knowledge directory; not read")
        return None
    try:
        size = path.stat().st_size
        if size > max_bytes:
            out.add(rel, (), f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
            return None
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        out.add(rel, (), f"not UTF-8 text (byte {exc.start})")
        return None
    except OSError as exc:
        out.add(rel, (), f"cannot read: {exc.strerror or exc}")
        return None
    out.remember_text(rel, path)

    try:
        mark = _uses_anchors(text)
        if mark is not None:
            out.add(rel, (), "YAML anchors and aliases (&, *) are not allowed", line=mark.line + 1)
            return None
        data = yaml.load(text, Loader=SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        out.add(rel, (), f"YAML syntax error: {exc.problem or exc}", line=line)
        return None
    except yaml.YAMLError as exc:
        out.add(rel, (), f"YAML error: {exc}")
        return None

    if data is None:
        data = {}
    if not isinstance(data, dict):
        out.add(
            rel, (), f"expected a mapping at the top level, found {type(data).__name__}", line=1
        )
        return None
    try:
        content = KnowledgeFile.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors(include_url=False):
            loc = tuple(err["loc"])
            message = err["msg"]
            if err["type"] == "extra_forbidden":
                message = f"unknown field {loc[-1]!r} (check the spelling)"
            elif err["type"] == "missing":
                message = f"missing required field {loc[-1]!r}"
            out.add(rel, loc, message)
        return None
    return _ParsedFile(path=path, rel=rel, content=content)


# --- cross-checks -----------------------------------------------------------------------


def _resolve_inside(real_root: Path, base: Path, relative: str) -> Path | None:
    """``relative`` (to ``base``) resolved, or None when it leaves ``real_root`` (resolved)."""
    target = (base.parent / relative).resolve()
    try:
        target.relative_to(real_root)
    except ValueError:
        return None
    return target


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


def load_knowledge(
    directory: Path | str,
    *,
    include_unreviewed: bool = False,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
) -> KnowledgeBase:
    """Load and validate a knowledge directory, or raise KnowledgeError listing every problem."""
    root = Path(directory)
    out = _Collector(root)
    if not root.is_dir():
        raise KnowledgeError([Problem(str(root), "", "knowledge directory does not exist")])

    parsed: list[_ParsedFile] = []
    for path in iter_knowledge_files(root):
        rel = path.relative_to(root).as_posix()
        item = _read_file(path, rel, out, max_file_bytes)
        if item is not None:
            parsed.append(item)
    if not parsed and not out.problems:
        out.add(".", (), "no knowledge files (*.yaml) found")

    # Sources first: everything else refers to them.
    sources: dict[str, LoadedSource] = {}
    source_origin: dict[str, str] = {}
    for item in parsed:
        src: Source | None = item.content.source
        if src is None:
            continue
        if src.id in sources:
            out.add(
                item.rel,
                ("source", "id"),
                f"duplicate source id {src.id!r} (also in {source_origin[src.id]})",
            )
            continue
        text_path = _resolve_inside(out.real_root, item.path, src.text)
        if text_path is None:
            out.add(
                item.rel, ("source", "text"), f"path {src.text!r} leaves the knowledge directory"
            )
            continue
        try:
            source_text = text_path.read_bytes().decode("utf-8")
        except FileNotFoundError:
            out.add(item.rel, ("source", "text"), f"release text {src.text!r} not found")
            continue
        except (OSError, UnicodeDecodeError) as exc:
            out.add(item.rel, ("source", "text"), f"release text {src.text!r} unreadable: {exc}")
            continue
        sources[src.id] = LoadedSource.model_construct(source=src, file=item.path, text=source_text)
        source_origin[src.id] = item.rel

    # Entities: each id declared once; each name/alias key owned by one entity.
    entities: dict[str, Entity] = {}
    entity_origin: dict[str, str] = {}
    key_claims: dict[str, list[tuple[str, bool, str, int]]] = defaultdict(list)
    for item in parsed:
        for i, entity in enumerate(item.content.entities):
            if entity.id in entities:
                out.add(
                    item.rel,
                    ("entities", i, "id"),
                    f"duplicate entity id {entity.id!r} (first declared in {entity_origin[entity.id]});"
                    " declare an entity once and refer to it by id elsewhere",
                )
                continue
            entities[entity.id] = entity
            entity_origin[entity.id] = item.rel
            for key, shared in name_keys(entity).items():
                key_claims[key].append((entity.id, shared, item.rel, i))
    for key, claims in key_claims.items():
        owners = {c[0] for c in claims}
        if len(owners) > 1 and not all(c[1] for c in claims):
            for entity_id, shared, rel, i in claims:
                if shared:
                    continue
                others = ", ".join(sorted(owners - {entity_id}))
                out.add(
                    rel,
                    ("entities", i, "aliases"),
                    f"name or alias {key!r} of {entity_id!r} is also claimed by {others};"
                    " list it under shared_aliases in every entity that means it",
                )

    roles: list[LoadedRole] = []
    quotes: list[LoadedQuote] = []
    facts: list[LoadedFact] = []
    quote_ids: dict[str, str] = {}
    fact_ids: dict[str, str] = {}

    def claim_id(
        seen: dict[str, str], kind: str, item_id: str, rel: str, loc: tuple[int | str, ...]
    ) -> None:
        """Ids are unique across the whole knowledge base; report the second claimant."""
        if item_id in seen:
            out.add(rel, loc, f"duplicate {kind} id {item_id!r} (also in {seen[item_id]})")
        seen.setdefault(item_id, rel)

    folded_texts: dict[str, str] = {}

    def check_entity(rel: str, loc: tuple[int | str, ...], ref: str | None) -> None:
        if ref is not None and ref not in entities:
            out.add(rel, loc, f"unknown entity {ref!r}")

    def source_of(item: _ParsedFile, loc: tuple[int | str, ...], ref: str | None) -> str | None:
        if ref is not None:
            if ref not in sources:
                out.add(item.rel, loc, f"unknown source {ref!r}")
                return None
            return ref
        own = item.content.source
        if own is None:
            out.add(
                item.rel, loc[:-1], "no source: this file has no 'source:' and the item names none"
            )
            return None
        return own.id if own.id in sources else None

    for item in parsed:
        content = item.content
        for i, role in enumerate(content.roles):
            check_entity(item.rel, ("roles", i, "entity"), role.entity)
            check_entity(item.rel, ("roles", i, "organization"), role.organization)
            sid = source_of(item, ("roles", i, "source"), role.source)
            if sid:
                roles.append(
                    LoadedRole.model_construct(
                        entity=role.entity,
                        title=role.title,
                        organization=role.organization,
                        source=sid,
                    )
                )
        for i, quote in enumerate(content.quotes):
            claim_id(quote_ids, "quote", quote.id, item.rel, ("quotes", i, "id"))
            check_entity(item.rel, ("quotes", i, "speaker"), quote.speaker)
            for j, ref in enumerate(quote.about):
                check_entity(item.rel, ("quotes", i, "about", j), ref)
            sid = source_of(item, ("quotes", i, "source"), quote.source)
            if not sid:
                continue
            if sid not in folded_texts:
                folded_texts[sid] = fold_for_verbatim(sources[sid].text)
            position = folded_texts[sid].find(fold_for_verbatim(quote.text))
            if position < 0:
                out.add(
                    item.rel,
                    ("quotes", i, "text"),
                    f"quote is not verbatim: its text does not appear in source {sid!r}"
                    " (only whitespace and curly/straight quote marks may differ)",
                )
                continue
            quotes.append(
                LoadedQuote.model_construct(
                    id=quote.id,
                    speaker=quote.speaker,
                    text=quote.text,
                    about=quote.about,
                    source=sid,
                    position=position,
                )
            )
        for i, fact in enumerate(content.facts):
            claim_id(fact_ids, "fact", fact.id, item.rel, ("facts", i, "id"))
            for j, ref in enumerate(fact.about):
                check_entity(item.rel, ("facts", i, "about", j), ref)
            check_entity(item.rel, ("facts", i, "place"), fact.place)
            sid = source_of(item, ("facts", i, "source"), fact.source)
            if sid:
                facts.append(
                    LoadedFact.model_construct(
                        id=fact.id,
                        text=fact.text,
                        about=fact.about,
                        date=fact.date,
                        place=fact.place,
                        source=sid,
                        position=i,
                    )
                )

    if out.problems:
        raise KnowledgeError(out.problems)

    held_back = tuple(sorted(sid for sid, s in sources.items() if not s.source.reviewed))
    if held_back and not include_unreviewed:
        return _without_sources(
            sources, entities, roles, quotes, facts, set(held_back), entity_origin, source_origin
        )
    return KnowledgeBase.model_construct(
        sources=sources,
        entities=entities,
        roles=tuple(roles),
        quotes=tuple(quotes),
        facts=tuple(facts),
        held_back=held_back if not include_unreviewed else (),
    )


def _without_sources(
    sources: dict[str, LoadedSource],
    entities: dict[str, Entity],
    roles: list[LoadedRole],
    quotes: list[LoadedQuote],
    facts: list[LoadedFact],
    drop: set[str],
    entity_origin: dict[str, str],
    source_origin: dict[str, str],
) -> KnowledgeBase:
    """The served knowledge base: unreviewed drafts and what only they declare are left out."""
    kept_roles = [r for r in roles if r.source not in drop]
    kept_quotes = [q for q in quotes if q.source not in drop]
    kept_facts = [f for f in facts if f.source not in drop]
    draft_files = {source_origin[s] for s in drop}
    used: set[str] = set()
    for role in kept_roles:
        used.add(role.entity)
        if role.organization:
            used.add(role.organization)
    for quote in kept_quotes:
        used.add(quote.speaker)
        used.update(quote.about)
    for fact in kept_facts:
        used.update(fact.about)
        if fact.place:
            used.add(fact.place)
    kept_entities = {
        eid: e
        for eid, e in entities.items()
        if entity_origin[eid] not in draft_files or eid in used
    }
    return KnowledgeBase.model_construct(
        sources={sid: s for sid, s in sources.items() if sid not in drop},
        entities=kept_entities,
        roles=tuple(kept_roles),
        quotes=tuple(kept_quotes),
        facts=tuple(kept_facts),
        held_back=tuple(sorted(drop)),
    )


def knowledge_summary(kb: KnowledgeBase) -> dict[str, Any]:
    return {**kb.counts(), "held_back": list(kb.held_back)}
