"""Back-references across the parts of a question: whom "their" and "they" stand for.

"Who were the two people at the meeting and what are their jobs?": the second part's
plural pronoun stands for the people the first part is about, not for the meeting
itself. Those are the people the first part's answer named, else the people the facts
about its subject name most often (a meeting's facts name who met).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from bot.search.index import Index

# Pronouns that stand for several people.
PLURAL_REFERENCES = frozenset("they them their theirs".split())
# At most this many people stand for one plural pronoun.
MAX_REFERENTS = 3


def plural_referents(
    index: Index, part: Sequence[str], subjects: Sequence[str], named: Sequence[str] = ()
) -> list[str]:
    """The people (entity ids) a plural pronoun in ``part`` stands for, after a part
    about ``subjects`` whose answer named the entities ``named``; [] when ``part`` has
    no plural pronoun or the earlier part was about people already."""
    if not PLURAL_REFERENCES & set(part):
        return []
    people = index.person_ids
    if any(s in people for s in subjects):
        return []
    answered = [e for e in named if e in people]
    if len(answered) >= 2:
        return answered[:MAX_REFERENTS]
    counts: Counter[str] = Counter()
    for subject in subjects:
        for fact in index.facts_by_entity.get(subject, []):
            counts.update(e for e in dict.fromkeys(fact.about) if e in people)
    ranked = [e for e, _ in counts.most_common()]
    return ranked[:MAX_REFERENTS] if len(ranked) >= 2 else []
