"""Kinds of wording from a seventh set of real releases (not in the repo), each as an
invented release with what the draft must say.

The kinds: a publisher only from a reliable signal (an agency's sign-off ending the
story counts; a fragment, an adjective or the subject of news prose never does).
The real releases are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import Draft, build_draft
from bot.kb.models import EntityKind
from tests.draftviews import names, roles, speakers


def _notes(d: Draft) -> str:
    return "\n".join([*d.warnings, *d.meta.warnings])


def test_an_agency_sign_off_ending_the_story_names_the_publisher() -> None:
    story = (
        "Ostria and Velmar sign port pact\n\n"
        "The port boards of Ostria and Velmar signed a pact on shared berths on Monday.\n\n"
        "The pact covers four harbours and runs for ten years.{end}\n"
    )
    assert build_draft(story.format(end=" \u2014 Lantern")).meta.publisher == "Lantern"
    assert build_draft(story.format(end=" (Lantern)")).meta.publisher == "Lantern"
    assert build_draft(story.format(end="-Lantern")).meta.publisher == "Lantern"
    # The agency spelled out in the story: its full name.
    spelled = build_draft(
        "The Lantern News Agency (LNA) and the Orrin Press Office signed a content exchange"
        " MoU on Monday.\n\n"
        "The two agencies will share photos and video.-LNA\n"
    )
    assert spelled.meta.publisher == "Lantern News Agency"
    assert "sign-off" in _notes(spelled)


def test_a_source_line_of_an_agency_ending_the_story_names_the_publisher() -> None:
    d = build_draft(
        "The harbour ministry and the rail ministry signed an MoU on Monday, officials"
        " said.\n\n"
        "The MoU sets up a hotline between the two ministries.\n\n"
        "Source: Lantern News Agency\n"
    )
    assert d.meta.publisher == "Lantern News Agency"


def test_a_person_or_a_title_after_a_closing_dash_is_no_publisher() -> None:
    d = build_draft(
        "VELMONT, Aldoria, 3 May 2022 - The Harbour Fund and the Velmont Rail Board signed a"
        " data pact.\n\n"
        "\u201cData moves freight,\u201d said Ilse Marren, Director of the Harbour Fund.\n\n"
        "\u201cWe start in June.\u201d \u2014 Ilse Marren\n"
    )
    assert d.meta.publisher != "Ilse Marren"


def test_news_prose_reporting_a_release_leaves_the_publisher_for_a_reviewer() -> None:
    for reporting in (
        "according to an official release",
        "officials said",
        "said Tana Rell, the fund's director, in a news release",
    ):
        d = build_draft(
            "The Velmont Institute of Technology has signed an MoU with Orrin University for"
            f" joint research, {reporting}.\n\n"
            "The two institutes will exchange faculty and students.\n"
        )
        assert d.meta.publisher is None, reporting
        assert "set source.publisher" in _notes(d)


def test_an_adjective_or_a_fragment_of_a_longer_name_is_never_the_publisher() -> None:
    # A nationality before a title, and an organisation only ever written inside a longer
    # name: neither is an organisation the release is from.
    d = build_draft(
        "Ostrian President Ivo Lind and Prime Minister Tana Rell witnessed the exchange of"
        " documents at the summit.\n\n"
        "The documents cover youth exchange and food security.\n"
    )
    assert d.meta.publisher != "Ostrian"
    # A portfolio's first word before a title, the ministry itself only in lower case.
    d = build_draft(
        "Harbour, rail ministries sign MoU on port safety\n\n"
        "The harbour ministry and the rail ministry signed an MoU on Monday to make the"
        " ports safer.\n\n"
        "The MoU was signed by Harbour Minister Ivo Lind and Rail Minister Tana Rell.\n"
    )
    assert d.meta.publisher is None
    assert "source.publisher" in _notes(d)  # a note asks a person to set it


def test_officials_listed_in_news_prose_get_their_titles_and_organisations() -> None:
    d = build_draft(
        "VELMONT, Aldoria, 21 Dec 2021 - Velmont National Institute of Technology (VNIT) and"
        " Kestrel Telecom Limited agreed a research MoU on Friday in the presence of VNIT"
        " director Prof Ravi Tej and GM-HR MK Dube of Kestrel Telecom Limited.\n\n"
        "The online ceremony was attended by VNIT's Prof Tarun Vell, Prof In-charge,"
        " training and placement, Prof KV Rao, dean Academics, Prof PL Mehta, head, civil"
        " engineering department, Prof Ravi Kann, officiating Registrar and Omar Lal, nodal"
        " officer, MoU.\n\n"
        "Those from Kestrel Telecom Limited included Brig (retd) Dev Sura, GM-HR, Kiran Pal"
        " Dass, AGM-HR, Hari Vinod, DGM-HR (Corporate)], Sasi Pawan, DGM-HR (Corporate)"
        " among others.\n"
    )
    vnit = "Velmont National Institute of Technology"
    kestrel = {o for _, o in roles(d, "Dev Sura")}
    assert len(kestrel) == 1 and "Kestrel Telecom" in str(kestrel.pop())
    assert roles(d, "MK Dube") == {("GM-HR", roles_org(d, "Dev Sura"))}
    assert roles(d, "Tarun Vell") == {("Prof In-charge, training and placement", vnit)}
    assert roles(d, "KV Rao") == {("dean Academics", vnit)}
    assert roles(d, "PL Mehta") == {("head, civil engineering department", vnit)}
    assert roles(d, "Ravi Kann") == {("officiating Registrar", vnit)}
    assert roles(d, "Omar Lal") == {("nodal officer", vnit)}
    assert roles(d, "Kiran Pal Dass") == {("AGM-HR", roles_org(d, "Dev Sura"))}
    assert roles(d, "Sasi Pawan") == {("DGM-HR (Corporate)", roles_org(d, "Dev Sura"))}
    # Neither a listed official nor an abbreviated title is an organisation.
    assert not {n for n in names(d, EntityKind.ORGANIZATION) if "GM-HR" in n or "Dube" in n}


def test_officials_listed_with_the_title_before_the_name() -> None:
    d = build_draft(
        "VELMONT, Aldoria, 21 Dec 2021 - Velmont University and Orrin Foundry Ltd signed an"
        " MoU on Tuesday.\n\n"
        "The signing was attended by GM-HR Jo Ray, Dean Academics Prof Ana Lind, Officiating"
        " Registrar Ivo Tamm and Head, civil engineering department Tana Rell.\n"
    )
    assert {t for t, _ in roles(d, "Jo Ray")} == {"GM-HR"}
    assert {t for t, _ in roles(d, "Ana Lind")} == {"Dean Academics"}
    assert {t for t, _ in roles(d, "Ivo Tamm")} == {"Officiating Registrar"}
    assert {t for t, _ in roles(d, "Tana Rell")} == {"Head, civil engineering department"}


def roles_org(d: Draft, person: str) -> str | None:
    """The one organisation ``person`` holds a role at."""
    (org,) = {o for _, o in roles(d, person)}
    return org


def test_parties_named_only_in_a_deal_phrase_of_news_prose() -> None:
    d = build_draft(
        "The Ostrian Food Agency (OFA) signed an agreement with the Ivo dos Ramos"
        " Foundation (FIR) on school meals last week.\n\n"
        "Meals start in March.\n"
    )
    orgs = names(d, EntityKind.ORGANIZATION)
    assert "Ivo dos Ramos Foundation" in orgs
    assert not orgs & {"Ivo", "Ramos Foundation"}


def test_parties_between_names_with_a_place_after_each() -> None:
    d = build_draft(
        "An MoU on telecom research was signed between Velmont Nehru Institute of Science"
        " (VNIS), Orrin, and KTI Limited, Dunmar, on Friday in the presence of VNIS dean"
        " Prof Ravi Tej and GM-HR MK Dube of KTI Ltd.\n\n"
        "Students will intern at KTI Ltd.\n"
    )
    kti = [e for e in d.registry.entities.values() if e.name.startswith("KTI")]
    assert len(kti) == 1
    # The name as the deal phrase writes it is one of the organisation's names.
    assert "KTI Limited" in (kti[0].name, *kti[0].aliases)
    assert roles(d, "MK Dube") == {("GM-HR", kti[0].name)}


def test_programmes_and_agreements_with_slashes_or_years_in_their_names() -> None:
    d = build_draft(
        "VELMONT, Aldoria, 3 May 2015 - The Velmont Government and the University of Orrin"
        " signed an alliance.\n\n"
        "Both sides call the ten-year plan the 'Orrin Futures Partnership 2015-2025'.\n\n"
        "The Velmar Nation / Ostria / Aldoria Umbrella Agreement sets out how the talks"
        " proceed.\n"
    )
    assert "Orrin Futures Partnership 2015-2025" in names(d, EntityKind.INITIATIVE)
    assert "Velmar Nation / Ostria / Aldoria Umbrella Agreement" in names(d, EntityKind.AGREEMENT)
    assert not names(d) & {"Orrin Futures Partnership", "Aldoria Umbrella Agreement"}


def test_heads_of_state_in_a_list_hold_office_in_their_country() -> None:
    d = build_draft(
        "VELMONT, Dec 19 \u2014 Ministers signed three accords at the Velmont Summit on"
        " Thursday.\n\n"
        "Orrin Composites Bhd and Kenyan Aerospace Works agreed to train engineers in"
        " Kenya.\n\n"
        "The signing was witnessed by Prime Minister Tun Dr Ivo Lind,"
        " Kenyan President Tana Rell and Ghanaian President Ana Voss. \u2014 Lantern\n"
    )
    # Never the company the adjective begins, a neighbour's name or the sign-off.
    assert roles(d, "Ivo Lind") == {("Prime Minister", None)}
    assert roles(d, "Tana Rell") == {("President", "Kenya")}
    assert roles(d, "Ana Voss") == {("President", "Ghana")}


def _linked(d: Draft, short: str) -> str | None:
    """The name of the entity ``short`` is an alias of."""
    return next((e.name for e in d.registry.entities.values() if short in e.aliases), None)


def test_acronyms_of_place_led_names_brand_names_and_names_after_a_title() -> None:
    d = build_draft(
        "VELMONT, Aldoria, 19 Dec 2019 - Leaders met at the Port Elsin Summit (PE Summit)"
        " 2019 this week.\n\n"
        "Orrin Pharma and Velmar Institute for Marine Research (Velimr) today announced a"
        " research deal.\n\n"
        "The deal was welcomed by Ana Lind, Executive Secretary of the Economic Commission"
        " for Velmar and the Islands (ESCVI), who spoke at the summit.\n"
    )
    assert _linked(d, "PE Summit") == "Port Elsin Summit"
    assert _linked(d, "Velimr") == "Velmar Institute for Marine Research"
    assert _linked(d, "ESCVI") == "Economic Commission for Velmar and the Islands"


def test_a_name_glued_to_the_end_of_a_portfolio() -> None:
    d = build_draft(
        "Velmar leads on university research\n\n"
        "The Velmar Government has signed five-year research partnerships with ten public"
        " universities.\n\n"
        "Minister for Ports, Rail and Trade Ivo Lindqvist said the partnerships"
        " would bring new firms to the state.\n\n"
        "\u201cResearch keeps our economy moving,\u201d Mr Lindqvist said.\n"
    )
    assert speakers(d) == ["Ivo Lindqvist"]
    # (The one government the release names, with a review note: bot/ingest/roles.py.)
    assert roles(d, "Ivo Lindqvist") == {
        ("Minister for Ports, Rail and Trade", "Velmar Government")
    }
    assert any("Ivo Lindqvist" in w and "Velmar" in w for w in d.warnings)


def test_a_portfolio_set_off_by_a_comma_keeps_its_name_and_makes_no_party() -> None:
    d = build_draft(
        "VELMONT, Aldoria, 3 May 2022 - Velmar and Ostria signed two MoUs on Tuesday.\n\n"
        "The first was signed between Velmar\u2019s Minister of Ports and Shipping, Ivo Lind"
        " Tamm and Ostria\u2019s Minister of Science and Data, Ana Voss.\n"
    )
    assert "Ivo Lind Tamm" in names(d, EntityKind.PERSON)
    assert not names(d, EntityKind.ORGANIZATION) & {"Shipping", "Data"}


def test_a_plural_head_heads_a_name_and_a_partner_after_with_is_no_publisher() -> None:
    d = build_draft(
        "Madrid, 4 April 2013 - OFA and the Regional Commissions of the Velmar Union"
        " yesterday agreed to work more closely.\n\n"
        "The agreement will strengthen the joint work of OFA and the Regional Commissions.\n"
    )
    commissions = [e for e in d.registry.entities.values() if "Commissions" in e.name]
    assert [e.name for e in commissions] == ["Regional Commissions of the Velmar Union"]


def test_a_partner_after_with_in_the_lead_is_no_publisher() -> None:
    d = build_draft(
        "Accord on school meals\n\n"
        "Together with the Orrin Rural Development Association (ORDA), the Velmar Food"
        " Office will serve school meals in twelve villages.\n\n"
        "The first meals are served in March.\n"
    )
    assert d.meta.publisher == "Velmar Food Office"


def test_partners_named_by_a_consultancy_head_or_after_a_plural_title() -> None:
    d = build_draft(
        "VELMONT, Dec 19 - Ministers signed three accords at the Velmont Summit on"
        " Thursday.\n\n"
        "One covers the Jobs Bridge programme, an initiative by Ostrian consultancy firm,"
        " Bright HR Consultancy, that trains young engineers.\n\n"
        "It also sets a yearly meeting between Premier Ivo Lind and the Chiefs of the Stoney"
        " Velm-Orsina Tribal Council, who will also receive a grant.\n"
    )
    orgs = names(d, EntityKind.ORGANIZATION)
    assert {"Bright HR Consultancy", "Stoney Velm-Orsina Tribal Council"} <= orgs
    assert not [n for n in orgs if n.startswith("Chiefs")]
