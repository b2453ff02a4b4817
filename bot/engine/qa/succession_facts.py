"""Whether a sentence states that someone came after a person in a title.

"Maeve Dunleavy succeeded Fintan Hesketh as Head of Training" says who came after
Hesketh as Head of Training; "Kieran Malloy became Chief Executive, succeeding Orla
Brennock" says who came after Brennock, not after Malloy. A successor question gives
way to the facts path only for a sentence of the first sort, about the title asked:
otherwise the facts path shows a succession in another title (or the person's own
start) as if it answered "who succeeded X as <title>?".

Pure text work on normalised sentences (``bot.textnorm.normalize``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.textnorm import normalize

# A succession word, active ("Y succeeded X", "Y, replacing X", "Y took over from X") or
# passive ("X was succeeded by Y"), or the noun ("X's successor", "successor to X").
_SUCCESSION = re.compile(
    r"\b(?P<word>succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing)|t(?:ook|akes|aking) over from"
    r"|successors?)\b(?P<by> by\b)?"
)


@dataclass(frozen=True)
class SuccessionAsk:
    """A successor question's terms: the person's name forms (normalised, e.g. "fintan
    hesketh", "hesketh"), the asked title normalised ("director of operations", or None
    when no title is asked) and the person's other titles normalised."""

    names: tuple[str, ...]
    title: str | None
    other_titles: tuple[str, ...]


def name_forms(name: str, aliases: Iterable[str]) -> tuple[str, ...]:
    """The normalised full name, aliases and family name (the last word of a name of
    two words or more) of a person; longest first."""
    forms = {normalize(n) for n in (name, *aliases)} - {""}
    forms |= {f.split()[-1] for f in list(forms) if len(f.split()) > 1}
    return tuple(sorted(forms, key=len, reverse=True))


def states_successor(text: str, ask: SuccessionAsk) -> bool:
    """True when ``text`` says someone came after the person: the person named after an
    active succession word, before a passive one ("was succeeded by"), or with
    "successor"; a passive one with the person not named ("He was succeeded by Y")
    counts too. False when it names another of the person's titles and not the asked
    one (a succession in another title)."""
    said = normalize(text)
    if (
        ask.title is not None
        and not _contains(said, ask.title)
        and any(_contains(said, t) for t in ask.other_titles if t != ask.title)
    ):
        return False
    positions = [m.start() for n in ask.names for m in re.finditer(rf"\b{re.escape(n)}\b", said)]
    for m in _SUCCESSION.finditer(said):
        if m.group("word").startswith("successor"):
            if positions:
                return True
        elif m.group("by"):
            if not positions or any(p < m.start() for p in positions):
                return True
        elif any(p > m.end() for p in positions):
            return True
    return False


def _contains(said: str, phrase: str) -> bool:
    return bool(phrase) and re.search(rf"\b{re.escape(phrase)}\b", said) is not None
