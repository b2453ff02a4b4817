"""A statement whose subject points back ("The alliance will …", "She previously …") is
about the entity it describes, and the reviewer is told to name it.

A newcomer's trial (session 9) found "The consortium will pool …" linked to whichever
party the sentence or the one before named, and "The university plans …" and "She
previously served …" not flagged at all. These releases are invented in the same forms.
"""

from __future__ import annotations

from bot.ingest import build_draft
from bot.ingest.draft import Draft

_RELEASE = (
    "TARROW, Scotland, May 4, 2022 /PRNewswire/ -- Lochfield Ferries and Brae Marine Works"
    " today formed the Northern Isles Ferry Alliance with Tarrow Nautical College.\n\n"
    "The alliance will share crews, spare engines and dry-dock slots between the two"
    " operators from June 2022.\n\n"
    "Brae Marine Works delivered the hybrid ferry MV Skerry Star in 2021.\n\n"
    "The new college plans to train 90 deck officers a year for Lochfield Ferries by"
    " 2025.\n\n"
    "Lochfield Ferries appointed Morag Innes as Chief Operating Officer in March 2022.\n\n"
    "She previously ran the fleet of Brae Marine Works for six years.\n"
)


def _fact(draft: Draft, opening: str) -> tuple[str, tuple[str, ...]]:
    (found,) = [(fid, f.about) for fid, f in draft.facts if f.text.startswith(opening)]
    return found


def _name(draft: Draft, entity_id: str) -> str:
    return draft.registry.entities[entity_id].name


def test_definite_subject_is_the_entity_its_head_noun_describes() -> None:
    draft = build_draft(_RELEASE)
    fid, about = _fact(draft, "The alliance will")
    assert _name(draft, about[0]) == "Northern Isles Ferry Alliance", about
    assert any(n.startswith(f"fact {fid} starts with 'The alliance'") for n in draft.notes)
    # One adjective before the noun.
    fid, about = _fact(draft, "The new college")
    assert _name(draft, about[0]) == "Tarrow Nautical College", about
    assert any(
        n.startswith(f"fact {fid} starts with 'The new college' (probably Tarrow Nautical")
        for n in draft.notes
    ), draft.notes


def test_personal_pronoun_is_the_person_the_previous_statement_named() -> None:
    draft = build_draft(_RELEASE)
    fid, about = _fact(draft, "She previously")
    assert _name(draft, about[0]) == "Morag Innes", about
    assert any(n.startswith(f"fact {fid} starts with 'She' (probably Morag") for n in draft.notes)
