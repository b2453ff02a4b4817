"""Passes over hundreds of thousands of items in C, a slice at a time.

A reload's build compares and renumbers the items of a large knowledge base (350,000
docs, 400,000 name labels at 100,000 entities). Done in C (``map``, ``zip``, ``dict``,
``set``, ``compress``) such a pass is several times cheaper than a Python loop, but one
C call over all the items holds the GIL from start to end: tens of milliseconds during
which the event loop (autocomplete during a reload) cannot run. Done a slice at a time,
the interpreter can hand the GIL over between slices (``service.RELOAD_SWITCH_INTERVAL``)
while the work stays in C.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import compress
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Items per C call: a few milliseconds of work at most.
SLICE = 16_384


def slices(items: Sequence[T], size: int | None = None) -> Iterator[tuple[int, Sequence[T]]]:
    """(start, items[start:start + size]) for each slice of ``items`` (``size``: SLICE
    by default), in order."""
    size = size or SLICE
    for at in range(0, len(items), size):
        yield at, items[at : at + size]


def ids(items: Sequence[object]) -> set[int]:
    """The ``id()`` of each item."""
    found: set[int] = set()
    for _, part in slices(items):
        found.update(map(id, part))
    return found


def positions_by_id(items: Sequence[object]) -> dict[int, int]:
    """``id(item)`` -> its position in ``items`` (items are distinct objects)."""
    found: dict[int, int] = {}
    for at, part in slices(items):
        found.update(zip(map(id, part), range(at, at + len(part)), strict=True))
    return found


def picked(
    items: Sequence[T], keep: Callable[[object], object], key: Callable[[T], object] | None = None
) -> list[T]:
    """The items for which ``keep(key(item))`` (``keep(item)`` without ``key``) is true,
    in order. Both are best C callables: a bound ``__contains__``, ``id``, an
    ``operator`` function."""
    out: list[T] = []
    for _, part in slices(items):
        values = part if key is None else map(key, part)
        out.extend(compress(part, map(keep, values)))
    return out


def mapped(function: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """``list(map(function, items))``, a slice at a time."""
    out: list[R] = []
    for _, part in slices(items):
        out.extend(map(function, part))
    return out
