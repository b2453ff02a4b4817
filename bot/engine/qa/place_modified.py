"""A thing named by its place and its noun: "the Malaysian campus" for the Digital Export
Academy Kuala Lumpur campus.

The name search reads "Malaysian" as Malaysia, which would make the country the subject.
When a place is named between an article and a noun, and exactly one other entity both
has that noun in its name or aliases and is placed there (its name, aliases or summary
name the place, or name a place whose own summary does: Kuala Lumpur, Malaysia), that
entity is the one meant.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.qa.subjects import Mention
from bot.kb.models import EntityKind
from bot.search.index import Index
from bot.search.terms import QUESTION_WORDS, STOP_WORDS
from bot.textnorm import normalize

# A noun held by more names than this picks out nothing.
MAX_NOUN_OWNERS = 8
# The facts read for the places an entity is linked with.
MAX_LINKED_FACTS = 50
_ARTICLES = frozenset(("the", "its", "their", "our", "that"))


def place_modified(
    index: Index, words: Sequence[str], mention: Mention, found: Sequence[Mention]
) -> Mention | None:
    """The mention of the one entity "the <place> <noun>" stands for, spanning both
    words; None when ``mention`` is no place in that position or no single entity fits."""
    start, end = mention.words
    if index.entity(mention.entity_id).kind is not EntityKind.PLACE:
        return None
    if start == 0 or words[start - 1] not in _ARTICLES or end >= len(words):
        return None
    noun = words[end]
    if noun in STOP_WORDS or noun in QUESTION_WORDS:
        return None
    if any(m.words[0] <= end < m.words[1] for m in found):
        return None
    place = mention.entity_id
    owners = index.names.owners_of_word(noun, limit=MAX_NOUN_OWNERS) - {place}
    fitting = [e for e in owners if _placed_in(index, e, place)]
    if len(fitting) != 1:
        return None
    return Mention(fitting[0], (start, end + 1), "name")


def _placed_in(index: Index, entity_id: str, place: str) -> bool:
    """Whether the entity's names or summary name ``place``, or name a place its facts
    are filed under (or held at) whose own names or summary do (a city in the country)."""
    place_names = _names(index, place)
    text = _text(index, entity_id)
    if any(n in text for n in place_names):
        return True
    linked: set[str] = set()
    for fact in index.facts_by_entity.get(entity_id, [])[:MAX_LINKED_FACTS]:
        linked.update(fact.about)
        if fact.place:
            linked.add(fact.place)
    linked -= {entity_id, place}
    for other in sorted(linked):
        if index.entity(other).kind is not EntityKind.PLACE:
            continue
        if any(n in text for n in _names(index, other)) and any(
            n in _text(index, other) for n in place_names
        ):
            return True
    return False


def _names(index: Index, entity_id: str) -> list[str]:
    entity = index.entity(entity_id)
    return [f" {normalize(n)} " for n in (entity.name, *entity.aliases) if normalize(n)]


def _text(index: Index, entity_id: str) -> str:
    entity = index.entity(entity_id)
    return " " + normalize(" ".join((entity.name, *entity.aliases, entity.summary))) + " "
