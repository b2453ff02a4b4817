"""The press-release thesaurus, as the index's terms, and its phrases.

People ask "who took part in the meeting?" where a release says "met", and "who heads
UNIDO?" where it says "Director General". Each group of ``bot/vocab/thesaurus.txt``
lists words that mean the same thing in that register. Query words are expanded to the
other members of their group (at a discount), so a question can match a release that
uses another word.

A group may also hold phrases ("sit_down_together", "head_office", "set_up"). A phrase
is no term of the index, so it is rewritten before the question is parsed: its words,
matched as whole words, become the group's *head*, the first single word of its line
("when did A and B sit down together" reads "when did A and B meet"). The head is then
a literal word of the question, expanded like any other.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from bot.search.terms import index_term
from bot.vocab import thesaurus


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for group in thesaurus():
        # The index's own terms: "came" is indexed as "come", not as stem("came").
        stems = {index_term(w) for w in group if " " not in w}
        for s in stems:
            table.setdefault(s, set()).update(stems)
    return {s: frozenset(group - {s}) for s, group in table.items()}


def synonyms(term: str) -> frozenset[str]:
    """Stems that mean the same as this stem, not including itself."""
    return _table().get(term, frozenset())


class Phrase(NamedTuple):
    """A thesaurus phrase: its words (casefolded, as ``normalize`` leaves them) and
    the single word that stands for it (its group's head)."""

    words: tuple[str, ...]
    head: str


@lru_cache(maxsize=1)
def phrases() -> tuple[Phrase, ...]:
    """Every phrase of the thesaurus with its head, longest first (so that "sit down
    together" is rewritten before "sit down"). The first group listing a phrase wins.
    A group with no single word has no head, and its phrases are skipped."""
    seen: dict[tuple[str, ...], str] = {}
    for group in thesaurus():
        head = next((w for w in group if " " not in w), None)
        if head is None:
            continue
        for entry in group:
            if " " in entry:
                seen.setdefault(tuple(entry.split()), head)
    return tuple(sorted((Phrase(w, h) for w, h in seen.items()), key=lambda p: -len(p.words)))


def rewrite_phrases(words: list[str], kept: Callable[[int, int], bool] | None = None) -> list[str]:
    """``words`` with every thesaurus phrase, matched on whole words left to right
    (longest first at each position), replaced by its head word; ``kept(i, j)``, when
    given, says that the phrase ``words[i:j]`` stays as typed (it is part of a name)."""
    table = phrases()
    if not table:
        return words
    firsts = {p.words[0] for p in table}
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] in firsts:
            match = next((p for p in table if tuple(words[i : i + len(p.words)]) == p.words), None)
            if match is not None and kept is not None and kept(i, i + len(match.words)):
                match = None
            if match is not None:
                out.append(match.head)
                i += len(match.words)
                continue
        out.append(words[i])
        i += 1
    return out
