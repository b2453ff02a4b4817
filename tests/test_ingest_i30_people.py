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


def test_title_area_between_a_glued_title_and_the_name_after_a_ticker() -> None:
    d = build_draft(
        "ORRINFORD, May 3 /Civic Wire/ -- Talvane (NYSE: TLV) Senior Director, Grid and"
        " Storage Planning, Mirela K Osgood, issued the following remarks on the utility"
        " board's decision.\n"
    )
    assert roles(d, "Mirela K Osgood") == {
        ("Senior Director, Grid and Storage Planning", "Talvane")
    }


def test_quote_paragraph_without_attribution_is_the_statement_just_introduced() -> None:
    d = build_draft(
        "ORRINFORD, May 3 /Civic Wire/ -- Talvane (NYSE: TLV) Senior Director, Grid and"
        " Storage Planning, Mirela K Osgood, issued the following remarks on the utility"
        " board's decision.\n\n"
        "\u201cThe board's vote opens the door to storage on every feeder. We look forward"
        " to building it with the towns we serve.\u201d\n\n"
        "More on the plan is on the company's site.\n"
    )
    assert speakers(d) == ["Mirela K Osgood"]


def test_bare_title_takes_the_organisation_written_after_the_name_with_a_note() -> None:
    d = build_draft(
        "Pellham Seed Bank has thanked its long-time donor, Corvane Trust, for a new"
        " cold store.\n\n"
        "The store was opened by the Chief Curator Ms. Ondine Farrow at Pellham Seed Bank"
        " on Monday.\n\n"
        "\u201cEvery seed we keep is a harvest we can still grow,\u201d Ms. Farrow said.\n"
    )
    assert roles(d, "Ondine Farrow") == {("Chief Curator", "Pellham Seed Bank")}
    assert any("Chief Curator" in w and "assumed to be Pellham Seed Bank" in w for w in d.warnings)


def test_bare_title_in_a_release_of_one_organisation_is_its_issuers_with_a_note() -> None:
    d = build_draft(
        "The Harlow Valley Water Board today opened a filtration plant in Tessick.\n\n"
        "\u201cThe valley will drink cleaner water from this week,\u201d said Chief Engineer"
        " Basil Arkwright.\n"
    )
    assert roles(d, "Basil Arkwright") == {("Chief Engineer", "Harlow Valley Water Board")}
    assert any("Chief Engineer" in w and "issuer" in w for w in d.warnings)


def test_public_office_is_never_given_the_issuer() -> None:
    d = build_draft(
        "The Harlow Valley Water Board today opened a filtration plant in Tessick.\n\n"
        "\u201cThe valley will drink cleaner water from this week,\u201d said Governor"
        " Basil Arkwright.\n"
    )
    assert roles(d, "Basil Arkwright") == {("Governor", None)}
