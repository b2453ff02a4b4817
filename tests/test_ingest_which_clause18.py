"""A name followed by a relative clause with "which" is no person's (English takes "who"
after a person), so a name the release treats as a party and writes again becomes an
organisation, not only a review note (session 18's last review). Invented release."""

from __future__ import annotations

from bot.ingest import build_draft
from bot.kb.models import EntityKind

RELEASE = """\
Quillon Seeds and Harrow Mills launch a spent-grain pilot

TORVIK, England, May 14, 2024 -- Quillon Seeds has partnered with Harrow Mills to turn spent grain into duck feed at a pilot plant in Torvik.

Quillon Seeds will run the plant for two years. Harrow Mills supplies 35 tonnes of grain a month to the pilot.

"Spent grain is too good to waste," said Elin Brask, Chief Executive of Quillon Seeds.

The pilot was designed with Ostmark Analytics, which modelled the plant's energy use. Ostmark Analytics will publish the results in 2025.
"""


def _kinds(text: str) -> dict[str, EntityKind]:
    return {e.name: e.kind for e in build_draft(text).registry.entities.values()}


def test_a_name_before_which_is_an_organisation() -> None:
    assert _kinds(RELEASE).get("Ostmark Analytics") == EntityKind.ORGANIZATION
