"""Kinds of metadata and partner wording from a ninth set of real releases (not in the
repo), each as an invented release with what the draft must say.

The kinds: a nationality adjective is never an organisation nor the publisher; an
issuer's full name beats its acronym's shorter long form; a short form without the head
word, and "The" inside an official name, name the same organisation; a news page whose
line breaks were lost still gives its agency, time stamp and dateline; an agency's name
or byline above the story, or a regional office the page names, is the publisher; a
signing day opening the first sentence dates a page with no other date; a branch named
with its parent, a slashed fund, a quoted programme, a party after an opening clause,
ministries by portfolio and governments by level are parties.
The real releases are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import Draft, build_draft
from bot.kb.models import EntityKind
from tests.draftviews import names


def _aliases(d: Draft, name: str) -> list[str]:
    return next(e.aliases for e in d.registry.entities.values() if e.name == name)


def test_a_nationality_adjective_is_never_a_party_nor_the_publisher() -> None:
    d = build_draft(
        "Orrin Valley Signs Exchange Plans With Partners Abroad\n\n"
        "Orrin Valley University and two partners abroad agreed on two exchange plans on"
        " Tuesday.\n\n"
        "Students of Kestrel University will study at Orrin Valley for a semester.\n\n"
        "The plans will boost exchanges between Velmoran and Kenyan enterprises.\n"
    )
    assert "Kenyan" not in names(d)
    assert d.meta.publisher == "Orrin Valley University"
    assert "Orrin Valley" in _aliases(d, "Orrin Valley University")


def test_a_nationality_adjective_before_a_title_is_no_organisation_of_the_role() -> None:
    d = build_draft(
        "VELMONT, March 4, 2021 (Kestrel) -- Ivo Lind signed an agreement with the Orrin"
        " Group.\n\n"
        "South African President Ada Marren welcomed the deal with the Orrin Group on a visit"
        " to Velmont.\n"
    )
    assert not {"South African", "African"} & names(d)


def test_an_acronym_of_the_last_words_belongs_to_the_whole_name_written_before_it() -> None:
    d = build_draft(
        "ODI and Kestrel Trade Federation to Build Projects\n\n"
        "Oct 12, 2018\n\n"
        "VELMONT, Orrin \u2013 Tavelsund Orrin Dunmar Institute (ODI) and the Kestrel Trade"
        " Federation (KTF) agreed on October 3 to run projects together.\n\n"
        "ODI students will work with KTF member companies.\n"
    )
    assert d.meta.publisher == "Tavelsund Orrin Dunmar Institute"
    assert "ODI" in _aliases(d, "Tavelsund Orrin Dunmar Institute")
    assert "Orrin Dunmar Institute" not in names(d)


def test_the_with_a_capital_inside_a_sentence_is_part_of_an_official_name() -> None:
    d = build_draft(
        "VELMONT, March 3, 2005 - Last week The University of Orrin at Velmont signed three"
        " exchange agreements.\n\n"
        "The Kestrel Council for Exchange helped to prepare them.\n"
    )
    assert "The University of Orrin at Velmont" in _aliases(d, "University of Orrin at Velmont")


def test_a_news_page_run_together_gives_the_agency_stamp_and_dateline() -> None:
    d = build_draft(
        "WORLD / Regional |\n"
        "Orrin firms look for partners in Velmar(Antara)Updated: 2011-04-06 10:12 DUNMAR --"
        " Traders from ten countries have met local companies at a fair in Velmar. A Velmar"
        " trade group signed a deal with the Dunmar Branch of the Velmar Council for Trade"
        " Promotion. Ada Lind, secretary-general of the Orrin Chamber of Commerce, said the"
        " fair was a success.\n"
    )
    assert d.meta.publisher == "Antara"
    assert d.meta.date is not None and d.meta.date.isoformat() == "2011-04-06"
    assert d.meta.dateline is not None and d.meta.dateline.city == "Dunmar"
    assert d.meta.title == "Orrin firms look for partners in Velmar"
    assert "Dunmar Branch of the Velmar Council for Trade Promotion" in names(
        d, EntityKind.ORGANIZATION
    )


def test_a_signing_date_in_the_opening_sentence_dates_a_page_with_no_other_date() -> None:
    d = build_draft(
        "ORDA and the Kestrel Fund sign agreement\n\n"
        "On Monday 4 March 2019, the Secretary-General of ORDA, Ivo Lind, signed with"
        " Ada Marren, President of the Kestrel Fund, an agreement creating an"
        " \u201cORDA/Kestrel Culture Fund\u201d for village museums.\n\n"
        "The signing took place at ORDA Headquarters.\n"
    )
    assert d.meta.date is not None and d.meta.date.isoformat() == "2019-03-04"
    assert any("opening sentence" in w for w in d.meta.warnings)
    assert "ORDA/Kestrel Culture Fund" in names(d)


def test_a_signing_date_inside_the_opening_sentence_does_not_date_the_page() -> None:
    d = build_draft(
        "Orrin University and the Kestrel Institute signed an exchange agreement on March 2,"
        " 2021, which lets students of both schools study physics abroad for a year.\n\n"
        "Both institutions will organise lectures together.\n"
    )
    assert d.meta.date is None


def test_a_party_after_an_opening_clause_and_a_quoted_programme_word() -> None:
    d = build_draft(
        "VELMONT, June 14 /PRNewswire/ -- After a year of talks about the river film Quiet"
        " Water: Orrin's Open River, Kelvane, one of the largest household goods companies in"
        " Velmar, pledged $80,000 to the Orrin Rivers Foundation's (ORF) \"Orrin's Open"
        ' River" grant program.\n\n'
        "The program connects schools to rivers.\n"
    )
    assert "Kelvane" in names(d, EntityKind.ORGANIZATION)
    assert "Orrin's Open River" in names(d, EntityKind.INITIATIVE)
    assert "Orrin Rivers Foundation" in names(d, EntityKind.ORGANIZATION)


def test_a_company_named_with_a_brand_beside_a_group_is_a_party() -> None:
    d = build_draft(
        "VELMONT, June 2, 2017 /PRNewswire/ -- Kestrel NovaBio and Tavel Orrin Pharmaceutical"
        " Group Ltd. (TOPG) today formed an alliance to develop vaccines.\n\n"
        "Kestrel NovaBio will lead the discovery work.\n"
    )
    assert "Kestrel NovaBio" in names(d, EntityKind.ORGANIZATION)


def test_ministries_named_by_their_portfolio_in_lower_case_are_parties() -> None:
    d = build_draft(
        "VELMONT, March 4 (Kestrel) -- The fisheries ministry and the transport ministry"
        " agreed on a joint port plan on Monday.\n\n"
        "Ivo Lind of the science and space ministry signed a deal with the Orrin Group.\n\n"
        "The two ministries will meet every year, the same ministry said.\n"
    )
    orgs = names(d, EntityKind.ORGANIZATION)
    assert {"Fisheries Ministry", "Transport Ministry", "Science and Space Ministry"} <= orgs
    assert "Same Ministry" not in orgs


def test_a_dateline_and_agency_between_bars_give_city_and_publisher() -> None:
    d = build_draft(
        "date 2024-06-11 DUNMAR | Antara | Kestrel Press and the Orrin News Agency agreed on"
        " Tuesday to share their photo archives.\n\n"
        "Kestrel Press is an old partner of the agency.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Dunmar"
    assert d.meta.publisher == "Antara"
    assert d.meta.title.startswith("Kestrel Press and the Orrin News Agency")


def test_a_subheadline_names_the_issuer_when_the_headline_names_no_organisation() -> None:
    d = build_draft(
        "Countries unite behind shared health tools\n"
        "ORDA and Velmora open the Open Tools Pool\n\n"
        "Dunmar, 3 August 2018 -- Twelve countries have joined the Open Tools Pool, an"
        " initiative for sharing health tools.\n\n"
        "The Pool was proposed in March by the Kestrel Health Board, and ORDA will run it.\n"
    )
    assert d.meta.publisher == "ORDA"


def test_a_name_cut_at_its_and_is_made_whole_with_its_initials() -> None:
    d = build_draft(
        "Fish and Waterways Organization of the Velmar Union\n\n"
        "FWO and Orrin Commissions agree river plan\n\n"
        "Dunmar, 9 June 2016 \u2013 FWO and the Orrin Commissions agreed a river fisheries"
        " plan on Wednesday.\n\n"
        "The plan will guide the joint work of FWO and the Orrin Commissions.\n"
    )
    whole = "Fish and Waterways Organization of the Velmar Union"
    assert whole in names(d, EntityKind.ORGANIZATION)
    assert "FWO" in _aliases(d, whole)
    assert d.meta.publisher in (whole, "FWO")


def test_an_agency_named_in_full_or_in_a_byline_above_the_story_is_the_publisher() -> None:
    story = (
        "Orrin and Velmora sign trade pact\n\n{line}\n\n"
        "The Orrin Trade Board and the Velmora Export Council signed a trade pact on"
        " Tuesday in Dunmar, officials said, after talks that lasted two years.\n"
    )
    for line in ("Antara News Agency", "By Antara writer Ada Lind", "Anadolu reporter Ivo Lind"):
        d = build_draft(story.format(line=line))
        assert d.meta.publisher == ("Anadolu Agency" if "Anadolu" in line else "Antara"), line


def test_a_regional_office_the_page_names_is_the_publisher() -> None:
    story = (
        "ORDA and the Kestrel Fund plan joint work in the Velmar Region\n\n"
        "Dunmar, 14 May 2016 \u2013 The Orrin Health Agency (ORDA) Regional Director for"
        " Velmar, Dr Ada Lind, met Ivo Marren, President of the Kestrel Fund, to plan their"
        " joint work.\n\n"
        "The meeting took place at the ORDA Regional Office in Dunmar.\n"
    )
    assert build_draft(story).meta.publisher == "ORDA Regional Office for Velmar"
    # Without the office, the agency itself; with another body's director, no office.
    alone = story.replace("at the ORDA Regional Office in Dunmar", "in Dunmar")
    assert build_draft(alone).meta.publisher in ("ORDA", "Orrin Health Agency")
    other = story.replace("(ORDA) Regional Director", "(ORDA) and Kestrel Regional Director")
    assert build_draft(other).meta.publisher in ("ORDA", "Orrin Health Agency")


def test_governments_named_by_their_level_or_with_a_party_are_parties() -> None:
    d = build_draft(
        "DUNMAR (KNB) \u2013 Provincial and federal governments and the Orrin Tribal Council"
        " signed a land agreement on Friday.\n\n"
        "The talks will be held in Queensland over two years.\n"
    )
    orgs = names(d, EntityKind.ORGANIZATION)
    assert {"Government of Queensland", "Government of Australia"} <= orgs
    d = build_draft(
        "The Velmoran Liberal Government signed a partnership with the University of Velmora"
        " today.\n\nThe University of Velmora shares this vision.\n"
    )
    assert "Velmoran Government" in _aliases(d, "Velmoran Liberal Government")


def test_a_place_before_a_government_is_no_short_form_of_it() -> None:
    d = build_draft(
        "Port Velmont, Orrin sign agreement - Daily Kestrel\n\n"
        "The Port Velmont Government and the Government of Orrin on Thursday signed a"
        " programme of cooperation.\n\n"
        "Port Velmont, the capital, will host the first meeting next year.\n"
    )
    assert "Port Velmont" not in _aliases(d, "Port Velmont Government")


def test_a_provinces_department_page_naming_the_federal_government_is_the_provinces() -> None:
    d = build_draft(
        "Queensland and Orrin Council Start Land Talks\n\n"
        "Office of the Attorney General\n\n"
        "The provincial and federal governments and the Orrin Council today signed an"
        " agreement to start land talks in Queensland, which will last two years and cover"
        " every island.\n"
    )
    assert d.meta.publisher == "Government of Queensland"
    assert "Western" not in " ".join(names(d))


def test_a_party_named_only_by_the_headline_is_a_party() -> None:
    story = (
        "VELMONT, May 3, 2021 - The company will give the money to the Orrin River Fund for"
        " school trips. Students from ten schools will go.\n"
    )
    d = build_draft("Kelvane Pledges $80,000 to Orrin River Fund\n\n" + story)
    assert "Kelvane" in names(d, EntityKind.ORGANIZATION)
    # (A title-case common noun is no name: the story writes it in lower case.)
    d = build_draft("Students Launch River Trips With Orrin River Fund\n\n" + story)
    assert "Students" not in names(d)


def test_no_publisher_is_guessed_from_a_party_deep_in_the_story() -> None:
    d = build_draft(
        "Traders look for partners\n\n"
        "DUNMAR -- Traders from ten countries met local firms at a fair. The fair drew 500"
        " companies. Prices rose. Officials were pleased. Trade is expected to grow, said"
        " Ada Lind, president of the Kestrel Development Bank.\n"
    )
    assert d.meta.publisher is None


def test_an_agency_dateline_without_a_year_gives_the_city_and_agency() -> None:
    d = build_draft(
        "date 2011-08-09 DUNMAR, Aug. 9 (Antara) -- Traders from ten countries met local"
        " firms at a fair in Dunmar.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Dunmar"
    assert d.meta.publisher == "Antara"


def test_a_weekday_in_the_opening_is_dated_by_a_caption_that_writes_it_in_full() -> None:
    story = (
        "Orrin council and two towns reach river deal\n\n"
        "A new agreement between the Orrin council and two of its towns aims to keep the"
        " river clean for twenty years.\n\n"
        "The council said {day} it had agreed the Orrin River Accord, which sets"
        " yearly meetings between the mayors.\n\n"
        "Mayor Ada Lind signs the accord in Dunmar on Monday, March 4, 2019. Photo: Ivo"
        " Marren\n"
    )
    d = build_draft(story.format(day="Monday"))
    assert d.meta.date is not None and d.meta.date.isoformat() == "2019-03-04"
    # Another weekday than the caption's: no date is guessed.
    assert build_draft(story.format(day="Friday")).meta.date is None


def test_two_dateline_cities_joined_by_an_ampersand_give_the_first() -> None:
    d = build_draft(
        "VELMONT & ORRIN BAY, Calif.--(BUSINESS WIRE)--Kestrel Labs and the Orrin Institute"
        " signed a research agreement on soil.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"


def test_a_quoted_one_word_programme_and_a_firm_after_between_are_parties() -> None:
    d = build_draft(
        "DUNMAR, Aug. 9 (Antara) -- The two sides launched the \u201cSkills4Orrin\u201d"
        " programme, and a joint venture between dairy-based firm Kelmora of Kenya and"
        " Orrin Farms Bhd will make cheese.\n"
    )
    assert "Skills4Orrin" in names(d, EntityKind.INITIATIVE)
    assert "Kelmora" in names(d, EntityKind.ORGANIZATION)


def test_a_name_with_its_campus_after_a_comma_goes_by_both() -> None:
    d = build_draft(
        "Orrin Institute of Technology (OIT), Dunmar has agreed a research pact with Kestrel"
        " University.\n\n"
        "\u201cWorking with the Orrin Institute of Technology, Dunmar, is a joy,\u201d said"
        " Ada Lind, Dean of Kestrel University.\n"
    )
    assert "Orrin Institute of Technology, Dunmar" in _aliases(d, "Orrin Institute of Technology")


def test_a_name_whose_field_goes_on_over_and_is_made_whole() -> None:
    d = build_draft(
        "DUNMAR, Aug. 9 (Antara) -- The deal to build a research hub was signed by the Orrin"
        " Science Group, the International Centre for Marine and Coastal Sciences of Kenya"
        " and the Kestrel Council.\n"
    )
    whole = "International Centre for Marine and Coastal Sciences"
    assert whole in names(d, EntityKind.ORGANIZATION)
    assert not any("Coastal Sciences of" in n for n in names(d))


def test_award_lists_name_their_programmes_and_parties_whole() -> None:
    d = build_draft(
        "Dunmar, Orrin, May 3, 2010 \u2013 Kestrel\u2019s 2010 Orrin Community Awards were"
        " presented on Tuesday.\n\n"
        "Schools were trained through the Heart Start Program, a partnership between the"
        " Orrin Heart Care (OHC) Foundation of Velmora and Kelvane Labs.\n\n"
        "Boards were trained through PanelWise Basics\u2122, a partnership between Altmoor"
        " Services and the Orrin Institute for the Deaf and Kelvane Labs.\n\n"
        "Old laptops are repaired by GIVE Velmora, a partnership between Tallow Supply and"
        " two schools.\n"
    )
    assert "Orrin Community Awards" in _aliases(d, "2010 Orrin Community Awards")
    assert "Orrin Heart Care (OHC) Foundation of Velmora" in names(d, EntityKind.ORGANIZATION)
    assert "Foundation of Velmora" not in names(d)
    assert {"PanelWise Basics", "GIVE Velmora"} <= names(d, EntityKind.INITIATIVE)
    assert not any(n.startswith("Deaf and") for n in names(d))
