"""Words read into an organisation's name that are no part of it.

A capitalised run headed by an organisation word is cut at its head word, but two kinds
of word before the name ride along: a figure that counts the name's things ("a fleet of
30 FrostLane Logistics vans" is no organisation "30 FrostLane Logistics") and the
governing body of the organisation ("Chair of the Board of Directors of the Acme
Foundation": the board is the Acme Foundation's, not an organisation "Directors of the
Acme Foundation"). Both cuts give the organisation's own name.
"""

from __future__ import annotations

import re

# A count before a name: "30", "1,200", "4.5" (a year is handled where a name may carry
# one: "2016 G20 Hangzhou Summit").
_LEADING_FIGURE = re.compile(r"^(?!(?:1[89]|20)\d\d\s)\d[\d,.]*\s+(?=[A-Z])")

# The governing bodies of an organisation, as the plural members' word ("Directors of
# X", "Board of Trustees of the X").
_GOVERNING_BODY = re.compile(
    r"^(?:(?:Board|Council|Court)\s+of\s+)?"
    r"(?:Directors|Trustees|Governors|Regents|Overseers|Supervisors)\s+of\s+(?:the\s+)?"
    r"(?=[A-Z])"
)


def without_leading_figure(name: str) -> str:
    """ "30 FrostLane Logistics" -> "FrostLane Logistics"; other names unchanged."""
    return _LEADING_FIGURE.sub("", name, count=1)


def without_governing_body(name: str) -> str:
    """ "Directors of the Acme Foundation" -> "Acme Foundation" (the foundation's board);
    other names unchanged."""
    return _GOVERNING_BODY.sub("", name, count=1)
