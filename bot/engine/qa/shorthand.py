"""Figures as a question gives them, chat's short forms included: "30,000", "30k", "1.5m",
"2 million", "30 thousand".

Members type figures as chat does ("did they train 30k people?") while releases print
them in full ("30,000 entrepreneurs"); a goal or a figure asked by its value must be
found either way. A year ("2023") is a time, not a figure, and is never returned.
"""

from __future__ import annotations

import re

# A number, with a scale after it: a suffix ("30k", "1.5m", "2bn") or a word ("2 million").
# A number after a letter and a hyphen is part of a name ("the HH-1", "COVID-19"), no figure.
_FIGURE = re.compile(
    r"(?<![\w.,])(?<![A-Za-z]-)(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:(?P<suffix>k|m|mn|bn|b)|\s+(?P<word>thousand|million|billion))?(?![\w,])",
    re.IGNORECASE,
)
_SCALES = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
}
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def asked_figures(question: str) -> set[float]:
    """The figures ``question`` (as typed) gives, as numbers: "its 30k goal" ->
    {30000.0}, "US$2.5 million" -> {2500000.0}. A four-digit year with no scale is left
    out."""
    found: set[float] = set()
    for match in _FIGURE.finditer(question):
        number, scale = match["n"], (match["suffix"] or match["word"] or "").casefold()
        if not scale and _YEAR.match(number):
            continue
        found.add(float(number.replace(",", "")) * _SCALES.get(scale, 1.0))
    return found
