"""Speakers, titles and their organisations, in kinds of wording from a development set
of real releases (not in the repo), each as an invented release with what the draft must
say. The real releases are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import build_draft
from tests.draftviews import roles, speakers


def test_titles_joined_by_an_ampersand_are_one_title_at_the_organisation_before() -> None:
    d = build_draft(
        "The Quarry Lane Choir and the Fenmoor Arts Fund agreed on a touring grant, signed"
        " by Fenmoor chair & treasurer Odessa Vrell.\n"
    )
    assert roles(d, "Odessa Vrell") == {("chair & treasurer", "Fenmoor Arts Fund")}


def test_family_name_that_is_a_head_word_after_a_glued_title() -> None:
    d = build_draft(
        "Brightwater Kitchens opens its tenth store this spring.\n\n"
        "\u201cWe have waited for this site for years,\u201d said Brightwater Kitchens"
        " General Manager Ilse Bank.\n"
    )
    assert speakers(d) == ["Ilse Bank"]
    assert roles(d, "Ilse Bank") == {("General Manager", "Brightwater Kitchens")}


def test_family_name_of_an_organisation_names_the_speaker_and_the_organisation() -> None:
    d = build_draft(
        "The Orlen Rail Board and the Vastmark Freight Union (VFU) signed a safety pact,"
        " witnessed by VFU convenor Tomas Hradek and the board's counsel.\n\n"
        "\u201cThis pact puts drivers first,\u201d said Hradek of VFU.\n"
    )
    assert speakers(d) == ["Tomas Hradek"]
    assert roles(d, "Tomas Hradek") == {("convenor", "Vastmark Freight Union")}
