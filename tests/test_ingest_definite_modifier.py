"""A definite subject with a capitalised modifier names which one it means: "The Orrin
government" is not the release's Government of Velmont, and "The Acme Foundation will
…" names its subject, so no review note asks to name it (review of session 9)."""

from __future__ import annotations

from bot.ingest import build_draft

_RELEASE = (
    "TARROW, Scotland, May 4, 2022 /PRNewswire/ -- Lochfield Ferries and the Government of"
    " Velmont today signed an agreement to build a ferry terminal in Tarrow.\n\n"
    "The Orrin government welcomed the agreement and said it would study a similar"
    " terminal.\n\n"
    "The Velmont government will pay for the road to the terminal.\n\n"
    "The Acme Foundation will fund training for 40 terminal staff.\n\n"
    "Lochfield Ferries and the Tarrow Harbour Foundation will run the terminal from 2024.\n"
)


def test_a_capitalised_modifier_is_no_description_of_another_entity() -> None:
    draft = build_draft(_RELEASE)
    about = {
        f.text.split()[1]: [draft.registry.entities[e].name for e in f.about]
        for _, f in draft.facts
    }
    assert "Government of Velmont" not in about["Orrin"], about
    # A modifier that is a word of the entity's name still finds it.
    assert about["Velmont"][0] == "Government of Velmont", about
    for opening in ("The Orrin", "The Acme"):
        assert not [n for n in draft.notes if f"starts with '{opening}" in n], draft.notes


def test_a_subject_named_in_full_points_back_to_nothing() -> None:
    # "The Coast and Canal Initiative …" names its subject; its first word is no head
    # noun of another entity ("Coast"), and no note asks to name it.
    release = (
        "SALTMERE, Corvania, 9 May 2023 - The Coast and Canal Initiative and the Ministry"
        " of Ports today agreed to dredge the Saltmere canal.\n\n"
        "The Coast and Canal Initiative will pay for the first year of dredging.\n\n"
        "Boats will use the Coast road while the canal is closed.\n"
    )
    draft = build_draft(release)
    assert not [n for n in draft.notes if "starts with 'The Coast" in n], draft.notes
