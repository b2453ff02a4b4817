"""The press-release thesaurus, as the index's terms.

People ask "who took part in the meeting?" where a release says "met", and "who heads
UNIDO?" where it says "Director General". Each group of ``bot/vocab/thesaurus.txt``
lists words that mean the same thing in that register. Query words are expanded to the
other members of their group (at a discount), so a question can match a release that
uses another word.
"""

from __future__ import annotations

from functools import lru_cache

from bot.search.terms import index_term
from bot.vocab import thesaurus


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for group in thesaurus():
        # The index's own terms: "came" is indexed as "come", not as stem("came").
        stems = {index_term(w) for w in group}
        for s in stems:
            table.setdefault(s, set()).update(stems)
    return {s: frozenset(group - {s}) for s, group in table.items()}


def synonyms(term: str) -> frozenset[str]:
    """Stems that mean the same as this stem, not including itself."""
    return _table().get(term, frozenset())
