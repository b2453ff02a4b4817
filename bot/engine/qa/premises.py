"""False premises a release corrects: "why did X pull out of Y?" when a release says X
renewed its support, "why was P fired?" when one says P retired.

A premise nothing states and nothing contradicts stays not found ("the releases don't
say that"); one a sentence contradicts is answered with that sentence first, as the
correction is what the releases do say. The kinds and their words are data
(``bot/vocab/premise_corrections.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.textnorm import normalize
from bot.vocab import PremiseCorrection, premise_corrections


def _holds(words: Sequence[str], phrase: tuple[str, ...]) -> bool:
    """Whether ``phrase`` stands in ``words`` as whole words, in order."""
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


def premise_asked(words: Sequence[str]) -> PremiseCorrection | None:
    """The kind of premise a question's normalised ``words`` state ("pull out",
    "fired"), the first in the file's order; None when they state none."""
    for kind in premise_corrections():
        if any(_holds(words, phrase) for phrase in kind.premise):
            return kind
    return None


def corrects(text: str, kind: PremiseCorrection) -> bool:
    """Whether a sentence contradicts a premise of ``kind`` ("has renewed its
    support", "retired as Director"): one of its correcting phrases, as whole words."""
    words = normalize(text).split()
    return any(_holds(words, phrase) for phrase in kind.corrected_by)
