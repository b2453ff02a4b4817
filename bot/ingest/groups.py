"""The side a listed person attends for: a delegation header in the sentence.

Reports of a signing list who came for each side under a header that names the side
once, then the people with their titles only:

* "Also present from Velmont was Jane Doe, Deputy Minister; John Roe, Vice President";
* "Attending from the VRF were Ann Lee, Chief Operating Officer; ...";
* "Representing Acme Ltd were ...", "Acme Ltd was represented by ...";
* "The Velmont delegation included ...", "the delegation of Acme Ltd, led by ...".

Each header governs the text after it up to the next header or the sentence's end, so
two sides listed in one sentence stay apart. ``delegation_at`` tells which side governs
a name; ``roles.organisation_of`` turns the side into an organisation (a side named as a
country is the one party of that country, or left open for review).
"""

from __future__ import annotations

import re
from typing import NamedTuple

# A side's name as written: capitalised words, small joining words inside.
_SIDE = r"(?:the\s+)?(?P<side>[A-Z][\w&.'’-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w&.'’-]*))*?)"
_HEADERS = (
    # "Also present from Velmont was", "Attending from the VRF were", "On hand from X were"
    re.compile(
        r"\b(?i:present|attending|attended|on\s+hand|participating|in\s+attendance|"
        r"there)\b[^.;:]{0,60}?\bfrom\s+" + _SIDE + r"\s+(?:was|were)\b"
    ),
    # "Representing Acme Ltd were", "On behalf of Acme Ltd were"
    re.compile(r"\b(?i:representing|on\s+behalf\s+of)\s+" + _SIDE + r",?\s+(?:was|were)\b"),
    # "Acme Ltd was represented by", "The Velmont side was represented by"
    re.compile(_SIDE + r"(?:\s+(?i:side|team|delegation))?\s+(?:was|were)\s+represented\s+by\b"),
    # "The Velmont delegation included", "the Acme Ltd delegation, led by"
    re.compile(
        r"\b[Tt]he\s+" + _SIDE + r"\s+(?i:delegation|team|side)\b,?\s+(?:which\s+)?"
        r"(?i:included|includes|comprised|consisted\s+of|(?:was\s+)?(?:led|headed)\s+by)\b"
    ),
    # "the delegation of Acme Ltd, led by", "a delegation from Velmont including"
    re.compile(
        r"\b(?i:delegation|representatives|officials|team)\s+(?:of|from)\s+" + _SIDE + r",?\s+"
        r"(?:which\s+)?(?i:included|includes|including|comprised|consisted\s+of|"
        r"(?:was\s+)?(?:led|headed)\s+by)\b"
    ),
)


class Delegation(NamedTuple):
    """A side as the sentence writes it ("Velmont", "VRF") and the span of the sentence
    its header governs (character offsets, end exclusive)."""

    side: str
    start: int
    end: int


def delegations(sentence: str) -> list[Delegation]:
    """Every delegation header of ``sentence``, in order, each governing the text up to
    the next one (or the sentence's end); [] when the sentence has none."""
    found = sorted(
        {(m.end(), m.start(), m.group("side")) for h in _HEADERS for m in h.finditer(sentence)}
    )
    # (One header read by two patterns counts once: the first that ends there.)
    heads: list[tuple[int, int, str]] = []
    for end, start, side in found:
        if heads and start < heads[-1][0]:
            continue
        heads.append((end, start, side))
    return [
        Delegation(side, end, heads[k + 1][1] if k + 1 < len(heads) else len(sentence))
        for k, (end, _, side) in enumerate(heads)
    ]


def delegation_at(name: str, sentence: str) -> str | None:
    """The side whose header governs where ``sentence`` names ``name`` ("Velmont" for
    Jane Doe in "Also present from Velmont was Jane Doe, Deputy Minister"), or None."""
    at = sentence.find(name)
    if at < 0:
        return None
    return next((d.side for d in delegations(sentence) if d.start <= at < d.end), None)
