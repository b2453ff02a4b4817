"""Kinds of quote, speaker and role wording from a twenty-second set of real releases
(not in the repo: cosmetics, furniture, orchestras, jewellery, archives, IP offices), each
as an invented release in other wording, with what the draft must say. The real releases
are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import Draft, build_draft
from bot.kb.models import EntityKind
from tests.draftviews import names, roles


def _quote_speaker(d: Draft, opening: str) -> str | None:
    label = {e.id: e.name for e in d.registry.entities.values()}
    return next(
        (label.get(q.speaker or "") for _, q, _ in d.quotes if q.text.startswith(opening)),
        None,
    )


def test_a_long_title_holding_an_organisation_and_its_acronym_before_a_name() -> None:
    d = build_draft(
        "VHFO and SVKA agree to share ferry schedules\n\n"
        "Orrin, 4 May 2019 - Deputy Minister of Transport for Coastal Shipping and Director"
        " of the Velmont Harbour and Ferry Office (VHFO) Osric Tallane and the Ostrian Maritime Office (SVKA) Chair Mira Colquist on 3 May 2019 signed an agreement to"
        " share their ferry schedules.\n\n"
        "\u201cTravellers will see one timetable,\u201d said Deputy Minister Tallane.\n"
    )
    assert roles(d, "Osric Tallane") == {
        (
            "Deputy Minister of Transport for Coastal Shipping and Director",
            "Velmont Harbour and Ferry Office",
        )
    }
    assert roles(d, "Mira Colquist") == {("Chair", "Ostrian Maritime Office")}
    assert _quote_speaker(d, "Travellers will see") == "Osric Tallane"
    assert not any("Osric" in n for n in names(d) if n != "Osric Tallane")
    assert not any(n.startswith("Harbour") for n in names(d))


def test_a_counterpart_from_another_organisation_holds_the_same_title_there() -> None:
    d = build_draft(
        "Velmont Seed Bank and Ostrian Plant Registry to pool their records\n\n"
        "Orrin, 9 June 2016\n\n"
        "The Chief Curator of the Velmont Seed Bank (VSB), Dr. Ilsa Marrow, and her"
        " counterpart at the Ostrian Plant Registry (OPR), Ms. Tove J. Arkwright, agreed on"
        " 8 June 2016 in Orrin to pool the records of both collections.\n"
    )
    assert roles(d, "Ilsa Marrow") == {("Chief Curator", "Velmont Seed Bank")}
    assert roles(d, "Tove J. Arkwright") == {("Chief Curator", "Ostrian Plant Registry")}


def test_a_family_name_speaker_after_an_occupation_list_is_the_person_named_in_full() -> None:
    d = build_draft(
        "Tove Arkwright Signs Lamp License with Dunmar Lighting Co\n\n"
        "By Lighting Trade Weekly on June 2, 2015\n\n"
        "Dunmar Lighting Co, Orrin, and singer, painter and designer Tove Arkwright for a"
        " range of table lamps.\n\n"
        "\u201cEvery lamp tells a small story,\u201d Arkwright said.\n"
    )
    assert _quote_speaker(d, "Every lamp tells") == "Tove Arkwright"
    assert "Tove Arkwright" in names(d, EntityKind.PERSON)
    assert "Arkwright" not in names(d)


def test_a_title_before_the_name_and_another_at_her_own_company_after_it_are_two_roles() -> None:
    d = build_draft(
        "Orrin Grocers Federation backs shorter shifts\n\n"
        "DUNMAR, April 2, 2021 /PRNewswire/ -- The Orrin Grocers Federation (OGF) today"
        " backed shorter shifts for shop workers.\n\n"
        "\u201cRested staff serve better,\u201d said OGF Vice Chair Ivo Marren Lund, managing"
        " director of Lund Provisions Limited. \u201cWe tried it first.\u201d\n"
    )
    assert roles(d, "Ivo Marren Lund") == {
        ("Vice Chair", "Orrin Grocers Federation"),
        ("managing director", "Lund Provisions"),
    }


def test_appointed_a_name_then_a_title_listing_brands_is_a_role_at_the_company() -> None:
    d = build_draft(
        "Kestrel Outfitters Group to make Harl Velmont boots\n\n"
        "(Trade Wire) - Outdoor retailer Kestrel Outfitters Group (KOG) Tuesday said it has"
        " signed a licence with boot maker HARL VELMONT.\n\n"
        "Also, the group named Petra Oswin Vice President, Footwear, NORTHPEAK, HARL VELMONT"
        " and Trail Brands Development, effective March 1.\n"
    )
    assert roles(d, "Petra Oswin") == {
        (
            "Vice President, Footwear, NORTHPEAK, HARL VELMONT and Trail Brands Development",
            "Kestrel Outfitters Group",
        )
    }


def test_a_title_after_run_by_is_held_at_the_organisation_the_sentence_opens_with() -> None:
    d = build_draft(
        "Harlway and Kestrel Outfitters agree a boot line\n\n"
        "Kestrel Outfitters has signed a licence with the boot house HARLWAY.\n\n"
        "HARLWAY was started in 1962 by Oskar Harl, and has been led by Managing Director"
        " Ines Calder since 2015.\n\n"
        "Calder said, \u201cWe wanted a partner who walks the same hills.\u201d\n"
    )
    assert roles(d, "Ines Calder") == {("Managing Director", "HARLWAY")}


def test_a_paragraph_closing_on_an_unattributed_quote_goes_on_with_the_only_speaker() -> None:
    d = build_draft(
        "Dunmar Bakery gives a day's takings to the Orrin Food Bank\n\n"
        "DUNMAR, May 4, 2019 - Dunmar Bakery will give all of Saturday's takings to the"
        " Orrin Food Bank. \u201cBread should never be a luxury in this town,\u201d said"
        " co-owner Hesper Quail.\n\n"
        "\u201cOne family in ten here skips a meal each week.\u201d The Orrin Food Bank will"
        " collect the money on Monday.\n\n"
        "The gift is meant to draw notice to hunger in small towns. \u201cEvery loaf sold on"
        " Saturday buys two for a family who needs it. We hope other bakers will join us.\u201d\n"
    )
    assert _quote_speaker(d, "Every loaf sold") == "Hesper Quail"
    assert not any("no speaker found" in w for w in d.warnings)


def test_an_italian_title_with_an_elided_of_the_before_its_organisation() -> None:
    d = build_draft(
        "Fondazione Orrin e Istituto Kestrel firmano un accordo\n\n"
        "Velmonte, 12 marzo 2022 - La Fondazione Orrin e l'Istituto Kestrel hanno firmato"
        " oggi un accordo di ricerca.\n\n"
        "L'accordo \u00e8 stato firmato da Lucia Dente, direttrice generale dell'Istituto"
        " Kestrel, e da Marco Velloni, presidente della Fondazione Orrin.\n"
    )
    assert roles(d, "Lucia Dente") == {("direttrice generale", "Istituto Kestrel")}
    assert roles(d, "Marco Velloni") == {("presidente", "Fondazione Orrin")}


_MILLS = (
    "Orrin Trust and Kestrel Mills sign a supply deal\n\n"
    "DUNMAR, May 4, 2019 - Orrin Trust and Kestrel Mills signed a supply deal.\n\n"
)


def test_a_speaker_named_after_a_title_and_a_long_aside_about_its_organisation() -> None:
    d = build_draft(
        _MILLS + "\u201cThis is a good day for the valley,\u201d said the chief executive of the"
        " Orrin Trust, a charity that has restored mills across the valley since 1987 and now"
        " runs four museums, Hesper Quail.\n"
    )
    assert _quote_speaker(d, "This is a good day") == "Hesper Quail"
    assert roles(d, "Hesper Quail") == {("chief executive", "Orrin Trust")}


def test_a_speaker_whose_name_comes_before_a_long_appositive_and_said() -> None:
    d = build_draft(
        _MILLS + "\u201cThe mills will grind again by spring,\u201d Hesper Quail, who has led the"
        " Orrin Trust since 2011 and before that ran the county museum service for a decade,"
        " said.\n"
    )
    assert _quote_speaker(d, "The mills will grind") == "Hesper Quail"
