"""The plain layout most knowledge files are written in, read without a YAML parser.

Knowledge files written by ``partnerbot ingest`` and by generators are block mappings
and lists, one key or list item a line, with plain or single-line quoted values. For
such a file ``plain_document`` gives exactly the data ``bot.kb.yamlfile.SafeLoader``
builds, several times faster: libyaml's composer makes a node object and a resolver
call for every scalar, which was over half of reading a knowledge base (0.9 of 1.7 ms
a file at 100,000 entities).

Anything outside that layout, or anything the full loader would report as a problem
(a duplicate key, a value that cannot be built, a tab, a flow collection, a block
scalar, an anchor, a comment after a value, a line it cannot place), gives None: the
caller then reads the file with the full loader, which builds it or reports it. The
rules below are deliberately narrower than YAML, never wider.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import yaml

from bot.kb.yamlfile import _IMPLICIT_FIRST, _SCALARS, _STR_TAG, SafeLoader

# Characters outside this set send the file to the full loader: control characters
# (the reader rejects most), the carriage return, the tab, and what YAML 1.1 reads as a
# line break or byte order mark inside a line (NEL, U+2028, U+2029, U+FEFF).
_UNUSUAL = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
# Every line: its indent, a list item's "- ", then a simple key ("name:" with a value
# after one space, or nothing) or else the rest of the line as a scalar.
_LINES = re.compile(r"^( *)(- )?(?:([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$|(.*)$)", re.M)
# Characters a plain value may not start with (YAML's indicators, and a space: "key:  x"
# is "x"); such values, and
# quoted ones that are not a whole single-line quoted scalar, take the full loader.
_INDICATORS = frozenset(" -?:,[]{}#&*!|>'\"%@`")
# The first characters of a value that may be other than its own text (an indicator, or
# the start of a number, date, true/false or null).
_NOT_PLAIN_TEXT = _INDICATORS | _IMPLICIT_FIRST
_SINGLE_QUOTED = re.compile(r"'((?:[^']|'')*)'")
_DOUBLE_QUOTED = re.compile(r'"([^"\\]*)"')

# What non-text values are built with: PyYAML's own constructors, as the full loader's.
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


class _Fallback(Exception):
    """The file is outside the plain layout: read it with the full loader."""


class _Continued(Exception):
    """A line may continue the value before it: read the file again, deferring values."""


def plain_document(text: str) -> dict[str, Any] | None:
    """The mapping the YAML ``text`` holds when it is in the plain layout (see the
    module's docstring), the same as the full loader's; None for any other text."""
    if (
        not text
        or _UNUSUAL.search(text) is not None
        # Trailing spaces, which YAML drops or keeps by context.
        or " \n" in text
        or text[-1] == " "
        or SafeLoader.yaml_path_resolvers
    ):
        return None
    try:
        try:
            return _read(text, defer=False)
        except _Continued:
            return _read(text, defer=True)
    except _Fallback:
        return None


def _read(text: str, *, defer: bool) -> dict[str, Any]:
    """The document, one line at a time; raises _Fallback outside the plain layout.

    Without ``defer`` each value is built as soon as its line is read, and a line that
    may continue a value raises _Continued (most files have none: each value is then
    built at once); with it, each value waits for the lines after it."""
    root: dict[str, Any] = {}
    # The open blocks, innermost last: (column, container, a list's ``indentless``: at
    # the column of the key it is the value of, so that the next key there ends it).
    stack: list[tuple[int, Any, bool]] = [(0, root, False)]
    top_column, top, top_indentless = 0, root, False
    # "key:" with nothing after it: (its mapping, key, column), until the next line
    # says whether a block follows (else its value is null).
    opened: tuple[dict[str, Any], str, int] | None = None
    # With ``defer``, the last value until the lines after it are known to be no part
    # of it: its container, key or index, text, the column a continuation line must
    # pass, and the continuation lines.
    last: tuple[Any, Any, str, int, list[str]] | None = None
    gap = False  # a blank or comment line since the last value
    for spaces, dash, key, value, rest in _LINES.findall(text):
        column = len(spaces)
        if not (key or dash):
            if not rest or rest[0] == "#":
                gap = True  # nothing, unless a value goes on after it (YAML reads that apart)
                continue
            if not defer:
                raise _Continued
            if last is None or column <= last[3] or gap or rest[0] in _INDICATORS:
                # A line that is no key, item or plain continuation (YAML reads an
                # indicator there as text; that is left to the full loader).
                raise _Fallback
            last[4].append(rest)
            continue
        gap = False
        if last is not None:
            container, slot, first, _, more = last
            container[slot] = _scalar(first, more)
            last = None
        if opened is not None:
            mapping, opened_key, opened_column = opened
            opened = None
            if column > opened_column or (column == opened_column and dash):
                block: Any = [] if dash else {}
                mapping[opened_key] = block
                stack.append((column, block, column == opened_column))
                top_column, top, top_indentless = stack[-1]
            else:
                mapping[opened_key] = None  # "key:" alone: null, as YAML reads it
        while column < top_column or (top_indentless and column == top_column and not dash):
            stack.pop()
            top_column, top, top_indentless = stack[-1]
        if column != top_column:
            raise _Fallback  # indented unlike every open block
        if dash:
            if type(top) is not list:
                raise _Fallback
            if not key:
                if defer:
                    last = (top, len(top), rest, column, [])
                    top.append(None)
                elif rest[0] in _NOT_PLAIN_TEXT or ": " in rest or " #" in rest or rest[-1] == ":":
                    top.append(_scalar(rest, ()))
                else:
                    top.append(rest)
                continue
            # "- key: value": a mapping two columns in
            column += 2
            item: dict[str, Any] = {}
            top.append(item)
            top = item
            stack.append((column, top, False))
            top_column, top_indentless = column, False
        elif type(top) is not dict:
            raise _Fallback
        if key in top:
            raise _Fallback  # a duplicate key: the full loader reports it
        if key not in _TEXT_KEYS:
            if key[0] in _IMPLICIT_FIRST and _tag(key) != _STR_TAG:
                raise _Fallback  # a key such as "yes" or "null", not text
            if len(_TEXT_KEYS) < _TEXT_KEYS_LIMIT:
                _TEXT_KEYS.add(key)
        if not value:
            top[key] = None
            opened = (top, key, column)
        elif defer:
            last = (top, key, value, column, [])
            top[key] = None
        elif value[0] in _NOT_PLAIN_TEXT or ": " in value or " #" in value or value[-1] == ":":
            top[key] = _scalar(value, ())
        else:
            top[key] = value
    if last is not None:
        container, slot, first, _, more = last
        container[slot] = _scalar(first, more)
    if not root:
        raise _Fallback
    return root


# Keys known to be read as text (most are a knowledge file's few field names), so that
# each is resolved once; bounded, as a file may hold any keys.
_TEXT_KEYS: set[str] = set()
_TEXT_KEYS_LIMIT = 4096


def _scalar(value: str, more: Sequence[str]) -> Any:
    """A value as the full loader builds it: ``value`` is its text on the key's or
    item's line, ``more`` its continuation lines (a plain value's only)."""
    first = value[0]
    if first in _INDICATORS:
        if more:
            raise _Fallback
        if first == "'":
            match = _SINGLE_QUOTED.fullmatch(value)
            if match is not None:
                return match.group(1).replace("''", "'")
        elif first == '"':
            match = _DOUBLE_QUOTED.fullmatch(value)
            if match is not None:
                return match.group(1)
        elif value == "[]":  # an empty list ("about: []")
            return []
        elif value == "{}":
            return {}
        raise _Fallback
    if more:
        # Folded: each line break between two lines of text is one space.
        value = " ".join([value, *more])
    if ": " in value or " #" in value or value[-1] == ":":
        raise _Fallback  # a mapping indicator or a comment
    if first not in _IMPLICIT_FIRST:
        return value
    tag = _tag(value)
    if tag == _STR_TAG:
        return value
    construct = _SCALARS.get(tag)
    if construct is None:
        raise _Fallback  # a merge key or value tag: the full loader reports it
    try:
        return construct[0](_CONSTRUCTOR, yaml.ScalarNode(tag, value))
    except Exception:
        raise _Fallback from None  # not a valid date or number: reported there


def _tag(value: str) -> str:
    """A plain scalar's tag, resolved as PyYAML's resolver does (without path
    resolvers, which plain_document rules out)."""
    first = value[0]
    resolvers = _resolvers.get(first)
    if resolvers is None:
        table = SafeLoader.yaml_implicit_resolvers
        resolvers = _resolvers[first] = (*table.get(first, ()), *table.get(None, ()))
    for tag, regexp in resolvers:
        if regexp.match(value):
            return str(tag)
    return _STR_TAG


# The implicit resolvers that may match a plain scalar starting with a character (those
# for that character, then those for any), by that character; filled on first use.
_resolvers: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}
