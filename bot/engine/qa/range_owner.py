"""Whose year range a sentence gives, when it names another thing that carries it.

"Cooperation on the eWTP would dovetail with the new China-UNIDO Strategic Cooperation
Framework 2018-2021" states the Framework's years, not the eWTP's: a range whose years
stand in the name (or an alias) of another thing the sentence is about, written there as that
name, belongs to that thing ("extended for a second phase, from 2024 to 2026" is still
the programme's, though the phase goes by "2024-2026 phase"). Executors reading a subject's period skip such a sentence for any other subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from bot.engine.qa.durations import RANGE
from bot.textnorm import normalize


def range_of_another(
    text: str,
    about: Sequence[str],
    subjects: Iterable[str],
    labels_of: Callable[[str], Sequence[str]],
) -> bool:
    """Whether the first year range of ``text`` (a fact filed under ``about``) stands in
    the name of a thing it is about other than ``subjects``."""
    match = RANGE.search(text)
    if match is None:
        return False
    years = re.findall(r"(?:19|20)\d\d", match[0])
    if not years:
        return False
    own = set(subjects)
    for subject in own:
        if any(all(y in label for y in years) for label in labels_of(subject)):
            return False  # the subject's own name carries it ("Framework 2018-2021")
    # The other thing's name as the sentence writes it, with the years in it.
    written = f" {normalize(text)} "
    return any(
        all(y in label for y in years) and f" {normalize(label)} " in written
        for other in about
        if other not in own
        for label in labels_of(other)
    )
