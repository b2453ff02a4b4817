"""Roles drafted with no organisation whose title still holds it.

Two shapes news copy writes after a name, left whole in the title when the reader found
no organisation:

* a second title joined by "and" that names its own organisation ("Jane Doe, Velmora's
  vice minister of trade and head of the Orrin Heritage Office"): "head" at the office;
* a nationality adjective before the title ("Jane Doe, Ostrian culture minister"): the
  office is held in the country the adjective names ("culture minister" at Ostria), as
  ``officials.national_offices`` reads "Ostrian President Jane Doe".
"""

from __future__ import annotations

import dataclasses
import re

from bot.ingest.officials import countries_named, country_of_demonym
from bot.ingest.registry import Registry
from bot.ingest.titles import split_title_org
from bot.ingest.words import guess_kind, is_place, is_title_word
from bot.kb.models import EntityKind


def _title_then_org(title: str, registry: Registry) -> tuple[str, str] | None:
    """("head", entity id) for "head of the Orrin Heritage Office" when the title part is
    only title words and the organisation is one the draft already has; else None."""
    # (Split where the rest is an organisation the draft has: "head of the Velmont Fire
    # Administration", whatever its head word; ``split_title_org`` alone keeps "head of"
    # whole before a name with no organisation word.)
    cut = re.match(r"(?P<head>[a-z][\w -]*?)\s+(?:of|at)\s+(?:the\s+)?(?P<org>[A-Z].*)$", title)
    head, org = (cut.group("head"), cut.group("org")) if cut else split_title_org(title)
    if not head or not org or not all(is_title_word(w) for w in head.split()):
        return None
    found = registry.find_exact(org) if cut else registry.find(org)
    if found is None or registry.entities[found].kind == EntityKind.PERSON:
        return None
    return head, found


def _nationality_then_title(
    title: str, registry: Registry, named: frozenset[str]
) -> tuple[str, str] | None:
    """("culture minister", country's entity id) for "Ostrian culture minister": a
    nationality adjective, then a title in lower case that ends in a title word."""
    first, _, rest = title.partition(" ")
    words = rest.split()
    if not words or not words[-1].islower() or not is_title_word(words[-1]):
        return None
    country = country_of_demonym(first, named)
    if country is None:
        return None
    found = registry.find(country)
    if found is None:
        kind = EntityKind.PLACE if is_place(country) else guess_kind(country)
        found = registry.add(country, kind, exact=True)
    return rest, found


def organisations_in_titles(registry: Registry, text: str) -> None:
    """Give each role with no organisation the one its title names (see the module's
    docstring), the title cut to the office. Changes ``registry.roles`` in place."""
    named = countries_named(text)
    out = []
    for role in registry.roles:
        if role.organization is None and role.title:
            split = _title_then_org(role.title, registry) or _nationality_then_title(
                role.title, registry, named
            )
            if split is not None:
                role = dataclasses.replace(role, title=split[0], organization=split[1])
        out.append(role)
    registry.roles = out
