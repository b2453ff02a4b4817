"""A new entity's summary says what it is, or the reviewer is told it does not.

Without an "About" paragraph or an appositive, a draft once took the first sentence naming
the entity, usually the lead ("A and B today announced …"), as every party's summary, and
said nothing (a newcomer's trial, session 9). A sentence that defines the entity ("X is a
…", "X was founded in …") now comes first; the lead is the last resort, with a note. The
release is invented.
"""

from __future__ import annotations

from bot.ingest import build_draft

_RELEASE = (
    "TARROW, Scotland, May 4, 2022 /PRNewswire/ -- Lochfield Ferries and Brae Marine Works"
    " today formed the Northern Isles Ferry Alliance with Tarrow Nautical College.\n\n"
    "The partners will share crews and dry-dock slots from June 2022.\n\n"
    "Brae Marine Works was founded in 1961 and builds hybrid ferries on the Clyde.\n"
)


def _summary(name: str) -> str:
    draft = build_draft(_RELEASE)
    (entity,) = [e for e in draft.registry.entities.values() if e.name == name]
    return entity.summary


def test_a_defining_sentence_is_the_summary() -> None:
    assert _summary("Brae Marine Works").startswith("Brae Marine Works was founded in 1961")


def test_the_lead_as_a_summary_is_flagged() -> None:
    draft = build_draft(_RELEASE)
    (college,) = [
        e for e in draft.registry.entities.values() if e.name == "Tarrow Nautical College"
    ]
    assert college.summary.startswith("Lochfield Ferries and Brae Marine Works today formed")
    assert any(
        n.startswith(f"the summary of {college.id!r} is the first sentence naming it")
        for n in draft.notes
    ), draft.notes
    # The entity with a defining sentence gets no such note.
    assert not any("'brae-marine-works' is the first sentence" in n for n in draft.notes)
