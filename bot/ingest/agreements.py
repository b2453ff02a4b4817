"""The agreement a release signs, as an entity of that release, named after its parties.

"memorandum of understanding (MoU)" defines a short form of a generic noun: an entity
called "Memorandum of Understanding" would be shared by every release that signs one
(issue 11 forbids it). The agreement of THIS release is an entity of its own instead:

* named after its parties, "Memorandum of Understanding between Acme and Kestrel", the
  parties read from the defining sentence ("between X and Y", "signed ... with Y", the
  organisations and countries it names), else from the lead;
* or, when the release names the agreement itself ("the Harbour Data MoU"), after that
  name spelled out ("Harbour Data Memorandum of Understanding"), the written name an alias;
* answering to the short form ("MoU") as a *shared* alias: every release's agreement
  answers to it, each declaring so in its own file, so no older file is ever edited.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from bot.ingest.deals import deal_parties
from bot.ingest.registry import Registry
from bot.kb.models import EntityKind
from bot.textnorm import normalize
from bot.vocab import name_connectors

# The lower-case words of a name written in title case ("Charter for the Coast").
_SMALL = name_connectors().small
_PARTY_KINDS = (EntityKind.ORGANIZATION, EntityKind.PLACE, EntityKind.INITIATIVE)


class GenericDefinition(NamedTuple):
    """A generic agreement noun defined with its short form, and the sentence it is in."""

    long: str
    short: str
    sentence: str


def _title(long: str) -> str:
    words = long.split()
    return " ".join(
        w if (k and w.lower() in _SMALL) else w[:1].upper() + w[1:] for k, w in enumerate(words)
    )


def _parties(registry: Registry, sentence: str, lead: str) -> list[str]:
    found: list[str] = []
    for name in deal_parties(sentence):
        entity_id = registry.find(name)
        if entity_id is not None and entity_id not in found:
            found.append(entity_id)
    for text in (sentence, lead):
        for entity_id in registry.mentions(text):
            entity = registry.entities[entity_id]
            if entity.kind in _PARTY_KINDS and entity_id not in found:
                found.append(entity_id)
        if len(found) >= 2:
            break
    return found[:2]


def declare_agreements(
    registry: Registry, definitions: Sequence[GenericDefinition], lead: str, year: int | None
) -> list[str]:
    """Declare the release's agreement for each generic short form defined (the first
    definition of each short form), as the module's docstring says. Returns review notes,
    one per agreement declared; nothing is declared when no party can be read."""
    notes: list[str] = []
    done: set[str] = set()
    for definition in definitions:
        if definition.short in done:
            continue
        done.add(definition.short)
        long = _title(definition.long)
        written = rf"(?<![\w-]){re.escape(definition.short)}(?![\w-])"
        named = next(
            (
                e
                for e in registry.entities.values()
                if not e.existing
                and e.kind == EntityKind.AGREEMENT
                and re.search(written, e.name)
                and normalize(e.name) != normalize(definition.short)
            ),
            None,
        )
        aliases: list[str] = []
        if named is not None:
            name = re.sub(written, long, named.name)
            aliases = [named.name, *named.aliases]
            registry.discard(named.id)
        else:
            parties = [
                registry.entities[p].name for p in _parties(registry, definition.sentence, lead)
            ]
            if not parties:
                continue
            name = (
                f"{long} between {parties[0]} and {parties[1]}"
                if len(parties) == 2
                else (f"{long} of {parties[0]}")
            )
        if registry.find_exact(name) is not None and year is not None:
            name = f"{name} ({year})"
        if registry.find_exact(name) is not None:
            continue
        # ("The MOC aims …" read before as a one-word party): an entity named by the short
        # form alone is this agreement; two entities claiming one name would make the
        # whole knowledge base fail to load.
        for alone in [
            e
            for e in registry.entities.values()
            if not e.existing
            and e.kind != EntityKind.PERSON
            and normalize(e.name) == normalize(definition.short)
        ]:
            aliases += [a for a in alone.aliases if a not in aliases]
            registry.discard(alone.id)
        entity_id = registry.add(name, EntityKind.AGREEMENT, aliases=aliases, exact=True)
        entity = registry.entities[entity_id]
        entity.shared_aliases.append(definition.short)
        # In this release the short form means this agreement.
        registry.point_key(definition.short, entity_id)
        notes.append(
            f"'{entity_id}': the agreement this release signs, named after its parties;"
            f" {definition.short!r} is a shared alias (every release's agreement answers to it)"
        )
    return notes
