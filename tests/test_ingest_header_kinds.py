"""Kinds of release headers and wording from a fourth set of real releases (not in the
repo), each as an invented release with what the draft must say.

The kinds: label lines and a contact line above the headline, a release label carrying
the date or a release number, an agency's news desk with the city in brackets, a page
whose line breaks were lost, acronyms whose letters are the words' initials, and
acronyms scanned with a lower-case l for the capital I. The real releases are measured
with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

import datetime as dt

from bot.ingest import Draft, build_draft
from bot.ingest.names import find_named_things


def names(d: Draft) -> set[str]:
    return {e.name for e in d.registry.entities.values()}


def roles(d: Draft, person: str) -> set[tuple[str, str | None]]:
    label = {e.id: e.name for e in d.registry.entities.values()}
    pid = next(e.id for e in d.registry.entities.values() if e.name == person)
    return {(r.title, label.get(r.organization or "")) for r in d.registry.roles if r.entity == pid}


def speakers(d: Draft) -> list[str]:
    label = {e.id: e.name for e in d.registry.entities.values()}
    return [label[q.speaker or ""] for _, q, _ in d.quotes]


def test_contact_line_above_the_headline_does_not_end_the_story() -> None:
    d = build_draft(
        "News Release from VLA\n\n"
        "FOR IMMEDIATE RELEASE 2014-05-09\n\n"
        "Contact: Orla Prenn (555) 010-4477\n\n"
        "VLA, NRC SIGN PARTNERSHIP AGREEMENT ON RURAL LIBRARIES\n\n"
        "The Velmont Library Association (VLA) and the Northern Reading Circle (NRC)"
        " signed a partnership agreement today.\n\n"
        "\u201cLibraries are where towns meet,\u201d said Ines Harrow, president of VLA.\n"
    )
    assert d.meta.date == dt.date(2014, 5, 9)
    assert d.meta.title.startswith("VLA, NRC SIGN")
    assert speakers(d) == ["Ines Harrow"]
    assert {"Velmont Library Association", "Northern Reading Circle"} <= names(d)
    assert not any("Contact" in f.text or "IMMEDIATE" in f.text for _, f in d.facts)


def test_release_label_with_a_number_and_date_on_a_page_without_line_breaks() -> None:
    story = (
        "The Corvane Institute and the Tallis Academy have signed a memorandum of"
        " understanding on marine research. \u201cThe sea is our shared laboratory,\u201d"
        " said Bram Keltie, Director of the Tallis Academy. The two will exchange staff"
        " from next year and run a joint summer school."
    )
    d = build_draft(f"Press Release\n\nPRESS RELEASE No: 312/2021 Date: 7th April 2021 {story}\n")
    assert d.meta.date == dt.date(2021, 4, 7)
    assert "PRESS" not in (d.meta.publisher or "")
    assert not d.meta.title.upper().startswith("PRESS RELEASE")
    assert speakers(d) == ["Bram Keltie"]


def test_release_label_and_date_separated_by_a_bar() -> None:
    d = build_draft(
        "Ostrow and Velmont agree on port data\n\n"
        "Press release | 14 October 2016\n\n"
        "The Ostrow Port Authority and the Velmont Freight Guild today agreed to share"
        " port data.\n"
    )
    assert d.meta.date == dt.date(2016, 10, 14)


def test_agency_news_desk_with_the_city_in_brackets() -> None:
    d = build_draft(
        "ORDA and KVL sign cooperation agreement\n\n"
        "Press release | 3 March 2015\n\n"
        "ORDA NEWS (Marshen) - The Director-General of the ORDA, Mr Tomas Reyl, and the"
        " President of the Kestrel Valley League (KVL), Ana Lind, have signed a new"
        " cooperation agreement.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Marshen"
    assert d.meta.publisher == "ORDA"
    assert d.meta.date == dt.date(2015, 3, 3)
    assert not any(f.text.startswith("ORDA NEWS") for _, f in d.facts)


def test_acronym_from_word_initials_keeps_the_first_word() -> None:
    d = build_draft(
        "VELMONT, May 3, 2020 - The two signed the pact at the Annual Meeting of the"
        " Aldorian Association of Rural Colleges and Universities (AARCU) in Velmont.\n"
    )
    by_alias = {a: e.name for e in d.registry.entities.values() for a in e.aliases}
    assert by_alias.get("AARCU") == "Aldorian Association of Rural Colleges and Universities"


def test_acronym_scanned_with_a_lower_case_l_is_the_same_organisation() -> None:
    d = build_draft(
        "MARSHEN, Ostria, 4 May 2022 - The Secretary-General of the Kestrel League, Ana"
        " Lind, and the Director-General of the lVO, Mr Tomas Reyl, signed an agreement.\n\n"
        "Under the agreement, the IVO and the Kestrel League will train port staff.\n"
    )
    assert ("Director-General", "IVO") in roles(d, "Tomas Reyl")
    assert "lVO" not in names(d)


def test_board_and_unit_titles_are_held_at_the_parent_organisation() -> None:
    d = build_draft(
        "VELMONT, May 19, 2021 /PRNewswire/ -- The National \u201cLantern Hope\u201d Foundation"
        " and its Velmont affiliate today agreed to merge under the \u201cLantern Hope\u201d"
        " Foundation (LHF) name.\n\n"
        "\u201cTogether we reach more families,\u201d said Chairman of the LHF National Board,"
        " Oren Tallis.\n\n"
        "\u201cThis is a good day,\u201d said Mira Vell, Chair of the LHF \u2013 Velmont Metro"
        " Board.\n\n"
        "President Arno Pike was accompanied by Dr. Ilse Marr, director of research at"
        " Kestrel University, and Dr. Ray Hollin, dean of the Faculty of Engineering and"
        " Applied Science.\n"
    )
    assert roles(d, "Oren Tallis") == {
        ("Chairman of the LHF National Board", "\u201cLantern Hope\u201d Foundation")
    }
    assert roles(d, "Mira Vell") == {
        ("Chair of the LHF \u2013 Velmont Metro Board", "\u201cLantern Hope\u201d Foundation")
    }
    assert roles(d, "Ray Hollin") == {
        ("dean of the Faculty of Engineering and Applied Science", "Kestrel University")
    }
    assert "National \u201cLantern Hope\u201d Foundation" in names(d)
    assert "Lantern Hope" not in names(d)  # the quoted words are part of the name


def test_acting_title_is_the_office() -> None:
    d = build_draft(
        "VELMONT, October 3, 2022 (GLOBE NEWSWIRE) -- The Ostrian Export Office and Kestrel"
        " Freight will train exporters.\n\n"
        "\u201cExporters need freight they can plan on,\u201d said Ivo Marrin, performing the"
        " non-exclusive duties of the Under Secretary of Trade for Small Exporters.\n"
    )
    assert {t for t, _ in roles(d, "Ivo Marrin")} == {
        "Under Secretary of Trade for Small Exporters"
    }


def test_title_right_after_the_name_and_heads_in_brackets() -> None:
    d = build_draft(
        "MARSHEN - Media OutReach - 2 March 2021 - Velmont Polytechnic and the Kestrel"
        " Federation of Industries (KFI) signed a memorandum of understanding.\n\n"
        "Dr Ana LIND, Vice President of Velmont Polytechnic (left), and Mr Bram KELT"
        " Executive Deputy Chairman of KFI (second from right) signed the MoU.\n\n"
        "Orrin Co., Ltd., a member of Tallis Group, (Headquarters: Naka, Velmont-shi,"
        " President: Naoki Sarrow) along with Velmont University (Headquarters: Kita,"
        " Velmont-shi, President: Hiro Mallin) have signed a research agreement.\n"
    )
    assert roles(d, "Bram KELT") == {
        ("Executive Deputy Chairman", "Kestrel Federation of Industries")
    }
    # (The company, not the group it belongs to, named in the description between.)
    [(title, company)] = roles(d, "Naoki Sarrow")
    assert title == "President" and (company or "").startswith("Orrin Co")
    assert roles(d, "Hiro Mallin") == {("President", "Velmont University")}


def test_name_written_family_name_first_is_the_same_speaker() -> None:
    d = build_draft(
        "VELMONT, Aldoria, 11 March 2021 - The University of Velmont and Kestrel"
        " University signed an agreement, signed by Tomas Reyl MP, Minister for Commerce,"
        " and Lin Weiran President of Kestrel University, during his visit.\n\n"
        "President of Kestrel University, Dr. Weiran Lin said, \u201cOur students will"
        " study marine robotics in Velmont.\u201d\n"
    )
    assert speakers(d) == ["Lin Weiran"]
    assert ("President", "Kestrel University") in roles(d, "Lin Weiran")
    assert ("Minister for Commerce", None) in roles(d, "Tomas Reyl")
    assert "Tomas Reyl MP" not in names(d)


QUOTE_LEAD = (
    "VELMONT, May 3, 2020 /PRNewswire/ -- Kestrel University and Orrin Labs signed an"
    " agreement.\n\n"
)


def test_quotation_marks_of_other_conventions() -> None:
    marks = [
        ("\u201e", "\u201c"),  # German low-9 and high
        ("\u00bb", "\u00ab"),  # German and Danish guillemets, pointing in
        ("\u2039", "\u203a"),  # single guillemets
        ("''", "''"),  # doubled apostrophes
    ]
    for opening, closing in marks:
        d = build_draft(
            QUOTE_LEAD + f"{opening}We will grow together in the region,{closing} said"
            " Anna Lind, Director of Orrin Labs.\n"
        )
        assert [(q.text, name) for (_, q, _), name in zip(d.quotes, speakers(d), strict=True)] == [
            ("We will grow together in the region,", "Anna Lind")
        ], opening


def test_curly_single_quotes_beside_double_ones() -> None:
    d = build_draft(
        QUOTE_LEAD + "\u201cWe start in June,\u201d said Anna Lind, Director of Orrin Labs.\n\n"
        "The two will run a \u2018one-door\u2019 service. \u2018We will grow together in the"
        " region,\u2019 said Bram Kelt, CEO of Kestrel University. \u2018It\u2019s the"
        " leaders\u2019 choice.\u2019\n"
    )
    assert speakers(d) == ["Anna Lind", "Bram Kelt", "Bram Kelt"]
    assert [q.text for _, q, _ in d.quotes][-1] == "It\u2019s the leaders\u2019 choice."


def test_speaker_named_with_where_they_come_from() -> None:
    d = build_draft(
        QUOTE_LEAD + '"We face the challenge of extending our knowledge of the sea," said'
        " Barbara Orrel of the Kestrel Seas Partnership, who was among the delegation.\n\n"
        '"Ports plan for decades," said Governor Maris Talbot of Eastmarch.\n'
    )
    assert speakers(d) == ["Barbara Orrel", "Maris Talbot"]


def test_programme_named_before_a_dash_and_a_campus_after_at() -> None:
    d = build_draft(
        "VELMONT, April 8, 2024 /3BL/ \u2013 Orrin Lending, a community lender, has"
        " been awarded a grant from Kestrel Bank to launch its Open Doors for Makers \u2013"
        " Orrin Workshop Ownership Program.\n\n"
        "The Kestrel Foundation will also fund a clinic at The University of Velmont at"
        " Marshen.\n"
    )
    by_name = {e.name: e for e in d.registry.entities.values()}
    programme = by_name["Orrin Workshop Ownership Program"]
    assert "Open Doors for Makers" in programme.aliases
    assert "University of Velmont at Marshen" in by_name


def test_memo_header_with_subject_line_and_a_sar_dateline() -> None:
    d = build_draft(
        "2019-2020\n\nNews Release\n\nREF NO.: 42\n\n"
        "SUBJECT: Velmont University signs MOU with Kestrel College, Ostria\n\n"
        "DATE: March 9, 2020\n\n"
        "New methods for reef mapping have led to the signing of a memorandum with"
        " Kestrel College. Velmont President Ana Lind was in Ostria to meet its rector.\n"
    )
    assert d.meta.title == "Velmont University signs MOU with Kestrel College, Ostria"
    assert d.meta.publisher == "Velmont University"
    assert d.meta.date == dt.date(2020, 3, 9)
    hk = build_draft(
        "MARSHEN SAR - Media OutReach - 2 March 2021 - The Marshen Polytechnic and the"
        " Kestrel Federation signed a memorandum of understanding.\n"
    )
    assert hk.meta.dateline is not None and hk.meta.dateline.city == "Marshen"


def test_an_office_for_a_domain_is_held_at_that_domains_agency() -> None:
    d = build_draft(
        "VELMONT, October 3, 2022 (GLOBE NEWSWIRE) -- The Small Exporters Development Agency"
        " and Kestrel Freight will train exporters.\n\n"
        "\u201cExporters need freight they can plan on,\u201d said Ivo Marrin, Under Secretary"
        " of Trade for Small Exporters Development.\n"
    )
    assert roles(d, "Ivo Marrin") == {
        (
            "Under Secretary of Trade for Small Exporters Development",
            "Small Exporters Development Agency",
        )
    }


def test_and_inside_a_name_whose_acronym_takes_letters_from_both_sides() -> None:
    # (The acronym's letters in another language's order, as international bodies write.)
    found = find_named_things(
        "The two will work with the Secretariat of the Northern Harbour and Coastal Group of"
        " Towns (HNCG) on port data."
    )
    assert found == ["Secretariat of the Northern Harbour and Coastal Group of Towns"]
    # Two names, each with its own head word, stay two.
    assert find_named_things(
        "The University of Velmont and Marshen Technical University (MTU) signed."
    ) == ["University of Velmont", "Marshen Technical University"]


def test_chapter_named_after_a_dash_glued_to_the_head_word() -> None:
    assert find_named_things(
        "The National \u201cLantern Hope\u201d Foundation and \u201cLantern Hope\u201d"
        " Foundation-- Velmont Metro today announced a merger."
    ) == [
        "National \u201cLantern Hope\u201d Foundation",
        "\u201cLantern Hope\u201d Foundation-- Velmont Metro",
    ]


def test_government_header_with_issuer_number_and_date_lines() -> None:
    for header in (
        "HM Government of Velmont\nPRESS RELEASE\nNo: 12/2021\nDate: 7 April 2021\n\n",
        "PRESS RELEASE\n\nNo 12/2021\n\nDate: 7th April 2021\n\n",
    ):
        d = build_draft(
            header + "Velmont and Kestrel sign research pact\n\n"
            "The University of Velmont and Kestrel University have signed a memorandum of"
            " understanding on research.\n"
        )
        assert d.meta.date == dt.date(2021, 4, 7), header
        assert d.meta.title == "Velmont and Kestrel sign research pact", header
    assert d.meta.publisher != "HM Government of Velmont"
    assert (
        build_draft(
            "HM Government of Velmont\nPRESS RELEASE\nNo: 12/2021\nDate: 7 April 2021\n\n"
            "Velmont and Kestrel sign research pact\n\n"
            "The University of Velmont and Kestrel University have signed a memorandum.\n"
        ).meta.publisher
        == "HM Government of Velmont"
    )


def test_news_release_from_an_acronym_names_the_issuer_in_full() -> None:
    d = build_draft(
        "News Release from VLA\n\nFOR IMMEDIATE RELEASE 2014-05-09\n\n"
        "Contact: Orla Prenn (555) 010-4477\n\n"
        "NRC AND VLA SIGN PARTNERSHIP AGREEMENT\n\n"
        "The Northern Reading Circle (NRC) signed a partnership agreement today with the"
        " Velmont Library Association (VLA).\n"
    )
    assert d.meta.publisher == "Velmont Library Association"


def test_quote_of_several_paragraphs_belongs_to_the_speaker_named_at_its_end() -> None:
    d = build_draft(
        QUOTE_LEAD + "\u201cWe start now. The first sites open in June.\n\n"
        "\u201cEvery town will have one by 2021,\u201d said Ana Lind, Director of Orrin Labs.\n"
    )
    assert [q.text[:13] for _, q, _ in d.quotes] == ["We start now.", "Every town wi"]
    assert speakers(d) == ["Ana Lind", "Ana Lind"]
    assert not any("no speaker found" in w for w in d.warnings)


def test_role_from_a_relative_clause_and_a_country_in_brackets() -> None:
    d = build_draft(
        "Marshen (Ostria), 5 May 2019 \u2013 The Kestrel Fund and Orrin Labs signed an"
        " agreement.\n\n"
        "\u201cWe start now,\u201d said Ana Lind, who chairs the Kestrel Fund.\n\n"
        "Bram Kelt, who founded Orrin Labs in 2001, welcomed the deal.\n"
    )
    assert d.meta.dateline is not None
    assert (d.meta.dateline.city, d.meta.dateline.country) == ("Marshen", "Ostria")
    assert roles(d, "Ana Lind") == {("Chair", "Kestrel Fund")}
    assert roles(d, "Bram Kelt") == {("Founder", "Orrin Labs")}


def test_header_block_lines_are_read_one_by_one() -> None:
    body = (
        "Velmont and Kestrel sign research pact\n\n"
        "The University of Velmont and Kestrel University have signed a memorandum of"
        " understanding on research.\n"
    )
    d = build_draft(
        "HM Government of Velmont\nPRESS RELEASE\nNo: 12/2021\nDate: 7 April 2021\n\n" + body
    )
    assert (d.meta.date, d.meta.title) == (
        dt.date(2021, 4, 7),
        "Velmont and Kestrel sign research pact",
    )
    assert d.meta.publisher == "HM Government of Velmont"
    d = build_draft("STATEMENT\n7 April 2021\n\n" + body)
    assert (d.meta.date, d.meta.title) == (
        dt.date(2021, 4, 7),
        "Velmont and Kestrel sign research pact",
    )
    d = build_draft("Velmont, 7 April 2021\nPress Release\n\n" + body)
    assert d.meta.date == dt.date(2021, 4, 7)
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"
    d = build_draft("Velmont and Kestrel sign research pact\n\nNews | 7 April 2021\n\n" + body)
    assert d.meta.date == dt.date(2021, 4, 7)


def test_quote_inside_a_quote_and_french_guillemets_stay_whole() -> None:
    d = build_draft(
        QUOTE_LEAD + "\u201cAs our founder said, \u2018rivers have no borders,\u2019 and we"
        " agree,\u201d said Ana Lind, Director of Orrin Labs.\n\n"
        "\u00abWe will grow together,\u00bb said Bram Kelt, CEO of Kestrel University."
        " \u00abAnd we start now.\u00bb\n"
    )
    assert [q.text[:14] for _, q, _ in d.quotes] == [
        "As our founder",
        "We will grow t",
        "And we start n",
    ]
    assert speakers(d) == ["Ana Lind", "Bram Kelt", "Bram Kelt"]


def test_attribution_with_the_title_right_after_the_name() -> None:
    d = build_draft(
        QUOTE_LEAD + "\u201cWe start now,\u201d said Ana Lind Director of Orrin Labs.\n"
    )
    assert speakers(d) == ["Ana Lind"]
    assert roles(d, "Ana Lind") == {("Director", "Orrin Labs")}


def test_one_plural_title_for_two_people_at_two_organisations() -> None:
    d = build_draft(
        "VELMONT, March 9. /Kestrel Wire/. Ostria\u2019s Kestrel news agency and"
        " Velmont\u2019s Orrin news agency signed a plan, with the directors general of the"
        " agencies, Ana Lind and Bram Kelt, signing the document.\n\n"
        "Ilse Marr and Tomas Reyl, the chief executives of the Harbour Fund and the Marsh"
        " Trust respectively, attended.\n"
    )
    assert ("director general", "Kestrel") in roles(d, "Ana Lind")
    assert ("director general", "Orrin") in roles(d, "Bram Kelt")
    assert roles(d, "Ilse Marr") == {("chief executive", "Harbour Fund")}
    assert roles(d, "Tomas Reyl") == {("chief executive", "Marsh Trust")}


def test_where_a_company_is_based_and_who_runs_a_programme_are_not_its_name() -> None:
    d = build_draft(
        "VELMONT, May 5, 2019 /PRNewswire/ -- Velmont-based Orrin Labs and the Kestrel Fund"
        " signed an agreement on river data.\n\n"
        "Orrin Labs also joins the Clean Rivers Programme of the Marsh Foundation.\n"
    )
    assert {"Orrin Labs", "Kestrel Fund", "Clean Rivers Programme", "Marsh Foundation"} <= names(d)
    assert not [n for n in names(d) if "based" in n or " of the Marsh" in n]


def test_a_paragraph_that_introduces_the_speaker_of_the_next() -> None:
    d = build_draft(
        QUOTE_LEAD + "Ana Lind, Director of Orrin Labs:\n\n"
        "\u201cRivers connect us. We start now.\u201d\n\n"
        "Bram Kelt, CEO of Kestrel University, also spoke.\n\n"
        "\u201cWe agree with every word.\u201d\n"
    )
    assert speakers(d)[0] == "Ana Lind"


def test_story_that_opens_with_its_date_and_a_dash() -> None:
    d = build_draft(
        "Kestrel and Orrin sign river pact\n\n"
        "5 May 2019 \u2014 The Kestrel Fund and Orrin Labs signed an agreement on river data.\n"
    )
    assert d.meta.date == dt.date(2019, 5, 5)
    assert d.facts[0][1].text.startswith("The Kestrel Fund")
    assert any("dateline" in w for w in d.warnings + d.meta.warnings)


def test_title_area_before_the_company_and_a_title_acronym_before_of() -> None:
    d = build_draft(
        "VELMONT, May 5, 2019 /PRNewswire/ -- Acme Inc. and the Kestrel Fund signed an"
        " agreement.\n\n"
        "Jane Orrel, Ph.D., Vice President, Research and Development, Acme Inc., said the"
        " deal matters.\n\n"
        "The delegation was led by Ana Lind, Chief Executive Officer (CEO) of the Kestrel"
        " Fund.\n"
    )
    assert roles(d, "Jane Orrel") == {("Vice President, Research and Development", "Acme Inc.")}
    assert roles(d, "Ana Lind") == {("Chief Executive Officer", "Kestrel Fund")}


def test_one_word_name_opening_a_deal_sentence() -> None:
    d = build_draft(
        "VELMONT, May 5, 2019 /PRNewswire/ -- Orrin has partnered with the Kestrel Fund to"
        " bring river data to farmers.\n\n"
        "The data will come from Orrin sensors on every bridge.\n\n"
        "bioMarsh and Orrin also announced a research partnership.\n\n"
        "Researchers have mapped the river before. Lind and Fries agreed to meet, said"
        " Ana Lind, Director of the Kestrel Fund, and Tomas Fries, CEO of Orrin.\n"
    )
    assert {"Orrin", "bioMarsh"} <= names(d)
    assert not {"Researchers", "Lind"} & names(d)


def test_dateline_inside_the_first_paragraph_of_a_page_without_line_breaks() -> None:
    story = (
        "Velmont University and Kestrel University Announce Plans to Collaborate MOU signed"
        " in Marshen by Velmont\u2019s Minister for Trade Albert Irren MP and President of"
        " Kestrel University Lin Weiran Velmont and Marshen, Ostria \u2013 7th April,"
        " 2021 \u2013 Velmont University and Kestrel University have signed a memorandum of"
        " understanding to explore joint research. The agreement was exchanged during the"
        " minister\u2019s visit to Marshen this week, and the two universities will offer"
        " short courses from next year in Velmont\u2019s new science park."
    )
    d = build_draft(f"Press Release\n\nPRESS RELEASE No: 312/2021 Date: 7th April 2021 {story}\n")
    assert d.meta.dateline is not None
    assert (d.meta.dateline.city, d.meta.dateline.country) == ("Velmont", None)
    assert d.facts[0][1].text.startswith("Velmont University and Kestrel University have")


def test_lower_case_l_inside_a_scanned_acronym() -> None:
    d = build_draft(
        "MARSHEN, Ostria, 4 May 2022 - The Executive Director of the ORlVA, Ms Ana Lind,"
        " signed an agreement with the Kestrel League.\n\n"
        "Under the agreement, the ORIVA and the Kestrel League will train port staff.\n"
    )
    assert ("Executive Director", "ORIVA") in roles(d, "Ana Lind")
    assert "ORlVA" not in names(d)
