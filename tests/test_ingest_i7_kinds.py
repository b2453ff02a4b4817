"""Kinds of wording from an eighth set of real releases (not in the repo), each as an
invented release with what the draft must say.

The kinds: an appositive's multi-word organisation is never read as a portfolio with a
person at its end.
The real releases are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import build_draft
from bot.kb.models import EntityKind
from tests.draftviews import names, roles, speakers


def test_an_appositive_organisation_of_three_words_is_no_second_person() -> None:
    d = build_draft(
        "Orrin Labs and Kelto Vane Analytics today announced they have entered an agreement"
        " to build sensors.\n\n"
        "\u201cThis partnership fits our mission,\u201d said Ilse Marren, President and CEO of"
        " Kelto Vane Analytics. \u201cOrrin is a leader.\u201d\n"
    )
    assert "Vane Analytics" not in names(d, EntityKind.PERSON)
    assert "Kelto Vane Analytics" in names(d, EntityKind.ORGANIZATION)
    assert roles(d, "Ilse Marren") == {("President and CEO", "Kelto Vane Analytics")}
    assert speakers(d) == ["Ilse Marren", "Ilse Marren"]


def test_a_title_of_a_headed_organisation_before_the_name_is_the_role() -> None:
    d = build_draft(
        "VELMONT, May 3 (Lantern) -- President of Lantern News Agency Hal Voss met with Ito"
        " Rell, president of Orrin's Kado Press, in Velmont on Tuesday, and signed a"
        " memorandum of understanding to advance media cooperation.\n\n"
        "Kado Press is an important partner of Lantern, Voss said.\n"
    )
    assert roles(d, "Hal Voss") == {("President", "Lantern News Agency")}
    assert not {n for n in names(d) if "Hal Voss" in n and n != "Hal Voss"}


def test_an_organisation_headed_or_chaired_by_a_name_gives_the_role() -> None:
    d = build_draft(
        "VELMONT, Aldoria, 3 May 2022 - Velmont University and Orrin College signed an MoU"
        " on joint teaching.\n\n"
        "\u201cThis shows the work of Velmont University's Centre for Ostria Studies (COS),"
        " headed by Professor Tana Rell,\u201d said Ivo Lind, Rector of Orrin College.\n\n"
        "The Orrin Harbour Board, chaired by Mara Quell, will host the first course.\n"
    )
    assert ("Head", "Centre for Ostria Studies") in roles(d, "Tana Rell")
    assert ("Chair", "Orrin Harbour Board") in roles(d, "Mara Quell")


def test_a_five_word_name_after_an_honorific_keeps_its_appositive_title() -> None:
    d = build_draft(
        "VELMONT, Aldoria, 3 May 2022 - The Lantern News Agency (LNA) and the Orrin Press"
        " Agency (OPA) signed an MoU on news exchange.\n\n"
        "The MoU was signed in Velmont by Mr Ivo Lind, LNA's Acting General Manager, and"
        " Mrs Tana Claudine Oumou Rell Marra, OPA Central Director, and ended a two-day"
        " visit.\n"
    )
    assert roles(d, "Tana Claudine Oumou Rell Marra") == {
        ("Central Director", "Orrin Press Agency")
    }
    assert roles(d, "Ivo Lind") == {("Acting General Manager", "Lantern News Agency")}


_WRAPPED = (
    "Orrin Labs ('Orrin') extends to Oct. 15, 2006, a Memorandum of Understanding with"
    " Kelto Analytics Ltd. ('KAL') to develop and commercialize Orrin's cancer test platform"
    " for clinics in the region{pad}\n"
    "2006-10-03 09:39 ET - News Release\n"
    "VELMONT -- (Business Wire)\n"
    "Orrin Labs Inc. (OTC Bulletin Board: ORLB) announced\n"
    "today that it has extended to Oct. 15, 2006, a Memorandum of\n"
    "Understanding (MOU) with Kelto Analytics Ltd. (KAL) related\n"
    "to its cancer test. Assuming acceptable due diligence by KAL, the\n"
    "definitive Licensing Agreement would include an upfront fee\n"
    "of $250,000 paid to Orrin.\n"
    '"We remain very excited about our potential partnership with KAL,\n'
    "as it will be an important milestone for our company once it is\n"
    "finalized,\" said Ilse Marren, Ph.D., Orrin's President.\n"
)


def test_a_dateline_alone_on_its_line_above_a_hard_wrapped_body() -> None:
    # A headline short or long (past 200 characters) above the wrapped lines.
    for pad in ("", ", and for hospitals, laboratories and doctors' offices across the area"):
        d = build_draft(_WRAPPED.format(pad=pad))
        assert d.meta.publisher == "Business Wire", pad
        assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont", pad
        assert speakers(d) == ["Ilse Marren"], pad
        assert not any(p.startswith("today that") for p in d.meta.paragraphs), pad


def test_a_date_line_under_a_caption_then_a_place_and_country_with_a_colon() -> None:
    d = build_draft(
        "OPV and OEP sign Memorandum of Understanding\n\n"
        "Ivo Lind, Deputy Executive Director of OEP (left), and OPV Executive Coordinator"
        " Tana Rell sign a Memorandum of Understanding. (OEP, 2014)\n"
        "17 March 2014\n\n"
        "Velmont, Aldoria: The Orrin Peace Volunteers (OPV) programme signed a Memorandum of"
        " Understanding this week with the Orrin Environment Programme (OEP). Speaking at the"
        " event, OPV Executive Coordinator Tana Rell said, \u201cOEP and OPV have an incredible"
        " opportunity to innovate through engagement of young people.\u201d\n\n"
        "Over 100 Orrin Volunteers have served with OEP over the past seven years.\n"
    )
    assert str(d.meta.date) == "2014-03-17"
    assert d.meta.dateline is not None
    assert (d.meta.dateline.city, d.meta.dateline.country) == ("Velmont", "Aldoria")
    assert speakers(d) == ["Tana Rell"]


def test_a_government_in_both_word_orders_is_one_organisation() -> None:
    d = build_draft(
        "VELMONT, Aldoria, 3 May 2022 - The North Velmont Government will sign a partnership"
        " agreement with Orrin today.\n\n"
        "North Velmont Chief Minister Ivo Lind will lead the delegation.\n\n"
        "\u201cOrrin is a close neighbour,\u201d Chief Minister Ivo Lind said.\n"
    )
    governments = {n for n in names(d, EntityKind.ORGANIZATION) if "Government" in n}
    assert governments == {"North Velmont Government"}
    assert roles(d, "Ivo Lind") == {("Chief Minister", "North Velmont Government")}


def test_said_a_title_and_family_name_of_a_place_is_the_person_named_before() -> None:
    d = build_draft(
        "Velmont, 29 May 2020 -- Thirty countries have signed up to support the Orrin Access"
        " Pool (OAP), an initiative aimed at making tests accessible to all.\n\n"
        "The Pool was first proposed in March by President Ivo Lind of Aldoria, who joined"
        " OHO Director-General Dr Tana Rell today at the launch of the initiative.\n\n"
        "\u201cThe Orrin Access Pool will ensure the best science benefits all,\u201d said"
        " President Lind of Aldoria. \u201cTests must be made universally available.\u201d\n\n"
        "\u201cGlobal solidarity is essential,\u201d said OHO Director-General Dr Tana Rell.\n"
    )
    assert speakers(d) == ["Ivo Lind", "Ivo Lind", "Tana Rell"]


def test_a_headline_and_a_subheadline_in_one_block_are_two_headings() -> None:
    d = build_draft(
        "May. 29, 2020\n\n"
        "Global community rallies to support open science to fight COVID-19\n"
        "OHO and Aldoria launch landmark Orrin Access Pool\n\n"
        "Velmont, 29 May 2020 -- Thirty countries have signed up to support the Orrin Access"
        " Pool (OAP), an initiative aimed at making tests accessible to all.\n\n"
        "\u201cGlobal solidarity is essential,\u201d said OHO Director-General Dr Tana Rell.\n"
    )
    assert d.meta.title == "Global community rallies to support open science to fight COVID-19"
    assert not {n for n in names(d) if "COVID-19" in n}
    assert d.meta.publisher != "COVID-19 OHO"


def test_every_member_of_a_partnership_list_with_a_corporate_suffix_is_a_party() -> None:
    d = build_draft(
        "Velmont, Aldoria, September 21, 2004 \u2013 Orrin's 2004 Community Partnership"
        " Awards were announced today.\n\n"
        "More than 5,000 youth have been trained in first aid through the Orrin School Aid"
        " Program, a partnership between Kelvane, Trellis Pharma Inc. and Dornick Aldoria.\n"
    )
    assert {"Kelvane", "Trellis Pharma Inc.", "Dornick Aldoria"} <= names(
        d, EntityKind.ORGANIZATION
    )


def test_one_word_after_an_unknown_owner_is_one_name_with_it() -> None:
    d = build_draft(
        "Velmont, Aldoria, September 21, 2004 \u2013 Goods were collected by STOCK Aldoria,"
        " a partnership between Harbour Telecom and more than 80 Velmont charities, including"
        " Redwood Shelter, the Yonge Street Mission and Ada\u2019s Place.\n"
    )
    orgs = names(d, EntityKind.ORGANIZATION)
    assert "Ada\u2019s Place" in orgs
    assert "Place" not in orgs


def test_a_territory_before_its_ministers_title_in_the_headline_is_its_government() -> None:
    d = build_draft(
        "North Velmont Chief Minister To Sign Agreement With Orrin\n\n"
        "North Velmont Chief Minister Ivo Lind\n\n"
        "North Velmont Government will be travelling to Orrin today to attend the meeting"
        " where a new Strategic Partnership Agreement will be signed.\n\n"
        "Agreement recognises the strong relationship that exists between the North Velmont"
        " and Orrin.\n\n"
        "\u201cNorth Velmont and Orrin maintain a close relationship.\u201d Chief Minister Ivo"
        " Lind said.\n"
    )
    # The government, or a note asking for the publisher; never the bare territory.
    assert d.meta.publisher in ("North Velmont Government", None)


def test_a_headline_verb_in_the_present_after_a_title_is_no_name() -> None:
    d = build_draft(
        "Chief Minister Leads Delegation To Orrin\n\n"
        "VELMONT, Aldoria, 3 May 2022 - The North Velmont Government will sign a partnership"
        " agreement with Orrin today, Chief Minister Ivo Lind said.\n"
    )
    people = names(d, EntityKind.PERSON)
    assert "Leads Delegation" not in people
    assert "Ivo Lind" in people


def test_a_title_in_a_unit_of_the_centre_named_before_is_held_at_the_centre() -> None:
    d = build_draft(
        "Velmont, Aldoria, September 21, 2004 \u2013 The 2004 Harbour Awards were announced"
        " today at the Aldorian Centre for Giving's annual meeting.\n\n"
        "\u201cThe awards show what partners can do,\u201d says Ivo Lind, Director of the"
        " Centre\u2019s Bright initiative.\n"
    )
    assert roles(d, "Ivo Lind") == {("Director", "Aldorian Centre for Giving")}
