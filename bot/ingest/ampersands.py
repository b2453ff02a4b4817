"""Names written with an ampersand answer to "and" too.

``bot.textnorm.normalize`` drops "&" as punctuation but keeps the word "and", so a user
asking about the "Velmont Fire and Rescue Service" never reaches an entity the release
named "Velmont Fire & Rescue Service". The draft declares the spelled-out form as an
alias, for the reviewer to keep.
"""

from __future__ import annotations

import re

from bot.ingest.registry import Registry
from bot.kb.models import EntityKind

# Only an ampersand between two words ("Fire & Rescue"): "AT&T", "R&D" are one word each.
_SPACED_AMPERSAND = re.compile(r"(?<=\w)\s+&\s+(?=\w)")


def and_for_ampersand(registry: Registry) -> None:
    """Give each new organisation or initiative named with a spaced "&" the same name
    with "and" as an alias (unless another entity already answers to it)."""
    for entity in list(registry.entities.values()):
        if entity.existing or entity.kind == EntityKind.PERSON:
            continue
        spelled = _SPACED_AMPERSAND.sub(" and ", entity.name)
        if spelled != entity.name and registry.find_exact(spelled) is None:
            registry._add_aliases(entity, [spelled])
