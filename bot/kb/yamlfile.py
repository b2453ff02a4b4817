"""Knowledge files' YAML: text to plain data, with every problem found and located.

``SafeLoader`` builds only what a knowledge file may hold (text, numbers, dates,
true/false, lists and mappings) and records, rather than raises, each value it cannot
build, each other tag and each duplicate key; ``node_path``, ``line_of`` and
``format_location`` turn a node or a schema error's location into the location and line
a problem report shows.
"""

from __future__ import annotations

import operator
from collections.abc import Hashable, Iterable
from typing import Any

import yaml

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


class SafeLoader(_BaseSafeLoader):
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
            return tag
        return _base_resolve(self, kind, value, implicit)

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
        # type(node) rather than kind: the type checker narrows node to a MappingNode
        # only through the call itself.
        if tag == _MAP_TAG and type(node) is _MappingNode:
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


def _may_start_anchor(text: str) -> bool:
    """Whether an ``&`` or ``*`` in ``text`` stands where an anchor (&name) or alias
    (*name) could start. YAML writes one only at the start of a node, after a space, a
    line start or punctuation (a flow indicator, a tag's space), with its name right
    after: "R&D", "AT&T", "Johnson & Johnson" and "5 * 3" cannot be one. Each ``&``
    and ``*`` is looked at (``str.find``: a memchr scan), so text with none costs a
    microsecond; a regular expression looking behind every character cost a
    millisecond per file."""
    for indicator in "&*":
        at = text.find(indicator)
        while at >= 0:
            before = text[at - 1] if at else " "
            after = text[at + 1 : at + 2]
            if after and not after.isspace() and not (before.isascii() and before.isalnum()):
                return True
            at = text.find(indicator, at + 1)
    return False


def uses_anchors(text: str) -> yaml.Mark | None:
    """Where the file first uses an anchor or alias, which knowledge files never need.

    Rejecting them closes the "billion laughs" blow-up. The scan, a second parse of the
    file, only runs when ``&`` or ``*`` stands where an anchor or alias could start
    (``_may_start_anchor``), so files with none, or with an ampersand inside words
    ("R&D") or between spaces (a company's name in a release), pay nothing for it.
    """
    if not _may_start_anchor(text):
        return None
    for event in yaml.parse(text, Loader=SafeLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            return event.start_mark
    return None
