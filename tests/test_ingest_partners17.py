"""Kinds of parties from the 29th set of real releases (not in the repo), each as an
invented release with what the draft must say.

A known name with its country or trade after it is the party's name (the longest form
the text writes). The real releases are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import Draft, build_draft
from bot.kb.models import EntityKind


def _labels(d: Draft) -> dict[str, tuple[str, ...]]:
    return {e.name: tuple(e.aliases) for e in d.registry.entities.values()}


def test_a_known_name_with_its_country_after_it_is_the_party() -> None:
    d = build_draft(
        "Harrowgate Mills Partners With Tarnwell Literacy Fund Canada\n\n"
        "OSTRELL, Velmora, June 3, 2024 -- The Harrowgate Mills Trust announced a"
        " three-year grant with Tarnwell Literacy Fund Canada to stock rural school"
        " libraries.\n\n"
        "The grant will also support the Tarnwell Literacy Fund in its reading camps.\n"
    )
    labels = _labels(d)
    assert "Tarnwell Literacy Fund Canada" in labels
    # (The short form is the same body: an alias, not a second entity.)
    assert "Tarnwell Literacy Fund" not in labels
    assert "Tarnwell Literacy Fund" in labels["Tarnwell Literacy Fund Canada"]


def test_a_known_name_with_another_head_after_it_stays_apart() -> None:
    d = build_draft(
        "OSTRELL, Velmora, June 3, 2024 -- The Harrowgate Mills Trust announced a"
        " three-year grant with the Tarnwell Literacy Fund Council to stock rural school"
        " libraries.\n\n"
        "The Tarnwell Literacy Fund will run reading camps.\n"
    )
    labels = _labels(d)
    assert "Tarnwell Literacy Fund Canada" not in labels
    assert "Tarnwell Literacy Fund" in labels


def test_a_one_word_name_after_its_part_in_the_deal_is_a_party() -> None:
    d = build_draft(
        "OSTRELL, Velmora, June 3, 2024 -- The Harrowgate Mills Trust is restocking its"
        " seed vaults this spring. Founding sponsor Quellon is helping by donating 4,000"
        " seed packets to the trust.\n\n"
        "Quellon is also lending two trucks.\n"
    )
    labels = _labels(d)
    assert "Quellon" in labels
    kinds = {e.name: e.kind for e in d.registry.entities.values()}
    assert kinds["Quellon"] == EntityKind.ORGANIZATION


def test_a_person_after_their_part_is_no_party() -> None:
    d = build_draft(
        "OSTRELL, Velmora, June 3, 2024 -- The Harrowgate Mills Trust signed a lease with"
        " Tallis Barrow LLP. Managing partner Ada Quellon signed for the firm.\n"
    )
    kinds = {e.name: e.kind for e in d.registry.entities.values()}
    assert kinds.get("Ada Quellon") in (None, EntityKind.PERSON)
    assert "Quellon" not in kinds and "Ada" not in kinds


def test_a_programme_named_after_its_owner_goes_by_its_own_name_too() -> None:
    d = build_draft(
        "OSTRELL, Velmora, June 3, 2024 -- The Harrowgate Mills Trust signed a partnership"
        " with the Tallis Guild today.\n\n"
        "As a member of the Tallis Guild Winter Coat Drive Program since 2019, the trust"
        " collects coats each autumn. The Tallis Guild thanked its volunteers.\n"
    )
    labels = _labels(d)
    assert "Tallis Guild Winter Coat Drive Program" in labels
    assert "Winter Coat Drive Program" in labels["Tallis Guild Winter Coat Drive Program"]


def test_a_programme_whose_rest_is_generic_keeps_its_whole_name_only() -> None:
    d = build_draft(
        "OSTRELL, Velmora, June 3, 2024 -- The Harrowgate Mills Trust signed a partnership"
        " with the Tallis Guild today.\n\n"
        "The trust joins the Tallis Guild Literacy Program. The Tallis Guild thanked it.\n"
    )
    aliases = {a for names in _labels(d).values() for a in names}
    assert "Literacy Program" not in aliases


def test_a_joint_business_named_between_dashes_is_a_party() -> None:
    d = build_draft(
        "OSTRELL, Velmora, June 3, 2024 -- Orrin Freight and Kestrel Holdings signed a"
        " logistics agreement today.\n\n"
        "The co-owned venture \u2013 Orrin Kestrel Cold Chain Velmora \u2013 was announced at"
        " the signing, and it will run ten depots.\n"
    )
    kinds = {e.name: e.kind for e in d.registry.entities.values()}
    assert kinds.get("Orrin Kestrel Cold Chain Velmora") == EntityKind.ORGANIZATION
