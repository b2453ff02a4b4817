"""Labels for lists the user picks from (autocomplete choices, buttons, menu options):
each fits Discord's length limit, and no two look the same.

Cutting every label at its end made two long names that share their first 100
characters into two identical choices (issue 15, point 7). Here a long label keeps its
head, then "…", then the part where it differs from a look-alike; labels that are still
alike (the same name in another case, or twice the same name) get a detail such as the
role or kind, and finally the entity id.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class LabelSource:
    """What one label can be made of: the full text, and details that tell it apart."""

    text: str
    details: tuple[str, ...] = ()


def fit(text: str, limit: int, keep: int | None = None) -> str:
    """``text`` in at most ``limit`` characters. When it is cut and ``keep`` (an index
    into ``text``) would be lost by cutting the end, the middle goes instead, so the
    character at ``keep`` is still shown: "head…part around keep…"."""
    if len(text) <= limit:
        return text
    if keep is None or keep < limit - 1:
        return text[: limit - 1].rstrip() + ELLIPSIS
    head = limit // 3
    room = limit - head - 1  # after the head and its ellipsis
    start = max(head, keep - room // 2)
    if start + room >= len(text):  # the end fits: show it
        return text[:head] + ELLIPSIS + text[len(text) - room :]
    room -= 1  # for the trailing ellipsis
    return text[:head] + ELLIPSIS + text[start : start + room] + ELLIPSIS


def _key(label: str) -> str:
    # "ZHANG Wei" and "Zhang Wei" read as the same person in a list.
    return label.casefold()


def distinct_labels(sources: Sequence[LabelSource], limit: int) -> list[str]:
    """One label per source, each at most ``limit`` characters, pairwise distinct when
    compared without case, as far as the sources' texts and details allow."""
    labels = [fit(s.text, limit) for s in sources]
    # Pass 1: look-alikes after cutting keep the part where their full texts differ.
    for group in _alike(labels):
        differ = _first_difference([sources[i].text for i in group])
        for i in group:
            labels[i] = fit(sources[i].text, limit, keep=differ)
    # Pass 2 and on: add details one at a time, to the look-alikes only.
    depth = max((len(s.details) for s in sources), default=0)
    for level in range(depth):
        groups = _alike(labels)
        if not groups:
            break
        for group in groups:
            for i in group:
                source = sources[i]
                if level < len(source.details):
                    extra = " — " + " — ".join(source.details[: level + 1])
                    labels[i] = _with_suffix(source.text, extra, limit)
    return labels


def _first_difference(texts: Sequence[str]) -> int:
    """The first index at which the texts differ, case aside (an index into each)."""
    shortest = min(len(t) for t in texts)
    for i in range(shortest):
        if len({t[i].casefold() for t in texts}) > 1:
            return i
    return shortest


def _with_suffix(text: str, suffix: str, limit: int) -> str:
    """``text`` cut so that ``suffix`` (which tells it apart) always shows in full."""
    suffix = suffix[: max(0, limit // 2)]
    return fit(text, limit - len(suffix)) + suffix


def _alike(labels: Sequence[str]) -> list[list[int]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        groups[_key(label)].append(i)
    return [g for g in groups.values() if len(g) > 1]
