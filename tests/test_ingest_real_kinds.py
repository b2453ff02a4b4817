"""Kinds of wording from a third set of real releases (not in the repo), each as an
invented release with what the draft must say.

The kinds: long names with particles, roles written after the name in several comma
parts or joined by "and", titles that open with the organisation, professions, bare
titles before the name with a fuller one after it, signatory lists, and metadata from
pages without a wire. The real releases are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import build_draft
from bot.kb.models import EntityKind
from tests.draftviews import names, roles, speakers


def test_long_names_with_particles_speak_and_hold_roles() -> None:
    d = build_draft(
        "MARSHEN, Ostria, 4 May 2022 - The Dunmar Relief Fund (DURF) and the Velmont"
        " Water Board (VWB) today signed two project agreements.\n\n"
        "\u201cWater comes first,\u201d said Tomas Reyl, VWB Representative to the Northern"
        " Region. \u201cWe start in June.\u201d\n\n"
        "\u201cNo village is too far,\u201d said HRH Prince Khalid bin Omar bin Saad Al Rashid,"
        " President of DURF. \u201cWe will reach every one.\u201d\n\n"
        "The pact was witnessed by Pieter van der Berg, Chair of the Velmont Water Board,"
        " and Ana de la Fuente, Director of the Marshen Rivers Trust.\n"
    )
    assert speakers(d) == ["Tomas Reyl"] * 2 + ["Khalid bin Omar bin Saad Al Rashid"] * 2
    assert ("President", "Dunmar Relief Fund") in roles(d, "Khalid bin Omar bin Saad Al Rashid")
    # The organisation opens the title: "VWB Representative to ..." is a title at VWB.
    assert roles(d, "Tomas Reyl") == {
        ("Representative to the Northern Region", "Velmont Water Board")
    }
    assert ("Chair", "Velmont Water Board") in roles(d, "Pieter van der Berg")
    assert ("Director", "Marshen Rivers Trust") in roles(d, "Ana de la Fuente")


def test_signatories_with_two_roles_each_and_honorifics_between_them() -> None:
    d = build_draft(
        "Mar 2, 2019\n\n"
        "Korvale – The Ostrian Development Agency (ODA) and Korvale signed a framework"
        " agreement today.\n\n"
        "The agreement was signed by Ivo Lind, ODA Associate Administrator and"
        " Aldorian Council Deputy Envoy and Rajan Kumar Datta, Additional Secretary,"
        " Ministry of Inland Ports. The signing was witnessed by Ms. Ilona Varga, the"
        " ODA Resident Coordinator for Korvale and Mr. Peder Holm, the Executive"
        " Director of the Korvale Fund.\n"
    )
    assert roles(d, "Ivo Lind") >= {
        ("Associate Administrator", "Ostrian Development Agency"),
        ("Deputy Envoy", "Aldorian Council"),
    }
    assert roles(d, "Rajan Kumar Datta") == {("Additional Secretary", "Ministry of Inland Ports")}
    assert roles(d, "Ilona Varga") == {
        ("Resident Coordinator for Korvale", "Ostrian Development Agency")
    }
    assert ("Executive Director", "Korvale Fund") in roles(d, "Peder Holm")
    people = names(d, EntityKind.PERSON)
    assert {"Ivo Lind", "Rajan Kumar Datta", "Ilona Varga", "Peder Holm"} <= people
    # No person's name is drafted as an organisation.
    assert not {n for n in names(d) - people if "Datta" in n or "Holm" in n}


def test_title_then_organisation_and_title_again_in_comma_parts() -> None:
    d = build_draft(
        "VELMONT, Aldoria, June 3, 2020 /PRNewswire/ -- The Kestrel Society will fund the"
        " Kestrel Society Foundation for five years.\n\n"
        "\u201cWe owe it to the next generation,\u201d said Pia Holt, APR, 2019 KSA National"
        " Chair.\n\n"
        "Jon Reyes, Board President, Kestrel Society Foundation and Corporate Vice"
        " President Corporate Communications, Harbour Telecom, Inc., noted the gift.\n"
    )
    # (The registry names the company without its legal suffix.)
    assert roles(d, "Jon Reyes") == {
        ("Board President", "Kestrel Society Foundation"),
        ("Corporate Vice President Corporate Communications", "Harbour Telecom"),
    }
    assert "Harbour Telecom" not in names(d, EntityKind.PERSON)
    assert speakers(d) == ["Pia Holt"]
    ((title, org),) = roles(d, "Pia Holt")
    assert title.endswith("Chair") and org is not None and org.startswith("KSA")


def test_professions_ambassadors_and_titles_with_commas() -> None:
    d = build_draft(
        "SALTMERE, Corvania, 9 May 2023 - Orrin Diagnostics and Fenwold Clinic extended"
        " their research agreement.\n\n"
        "The work continues with Dan Moss, M.D., a Fenwold Clinic gastroenterologist, and"
        " his lab. Karl Mendes, a cardiologist at Fenwold Clinic, joins the study.\n\n"
        "Ambassador Lio Terra, Permanent Aldorian Representative, and Sara Ulm, ORDA"
        " Research, Outreach and Capacity Division Manager, attended the signing.\n"
    )
    assert roles(d, "Dan Moss") == {("gastroenterologist", "Fenwold Clinic")}
    assert roles(d, "Karl Mendes") == {("cardiologist", "Fenwold Clinic")}
    assert ("Permanent Aldorian Representative", None) in roles(d, "Lio Terra")
    ((title, org),) = roles(d, "Sara Ulm")
    assert (title, org) == ("Research, Outreach and Capacity Division Manager", "ORDA")


def test_a_mixed_case_place_after_a_date_line_is_the_dateline() -> None:
    d = build_draft(
        "Ostrian agency and Korvale sign framework agreement\n\n"
        "Mar 2, 2019\n\n"
        "Korvale \u2013 The Ostrian Development Agency (ODA) and the Korvale Fund signed a"
        " framework agreement today.\n\n"
        "The agreement covers four fields of work.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Korvale"
    assert d.meta.date is not None and d.meta.date.isoformat() == "2019-03-02"
    assert d.facts[0][1].text.startswith("The Ostrian Development Agency")


def test_a_page_copied_line_by_line_with_logo_captions_and_a_broken_dateline() -> None:
    d = build_draft(
        "ORVEL LOGO QUINTARA\n"
        "LOGO\n"
        "ORVEL\n"
        "- QUINTARA NEWS\n"
        "Orvel\n"
        "and Quintara Announce Licensing of Dermacalm for Asia\n"
        "-\n"
        "Quintara Will Market Dermacalm in Asia for the Treatment of Dry Skin\n"
        "-\n"
        "Portland,\n"
        "Oregon,\n"
        "USA / Osaka,\n"
        "Japan, March 3,\n"
        "2009. Orvel Therapeutics, Inc. (OTC BB: ORVL) and\n"
        "Quintara Holding,\n"
        "B.V. today announced the signing of a licensing agreement\n"
        "under which Quintara will market the Orvel product in\n"
        "Asia.\n"
        "Quintara\n"
        "will be responsible for marketing the cream throughout Japan and\n"
        "Korea, as well as for obtaining the necessary approvals.\n"
    )
    assert d.meta.date is not None and d.meta.date.isoformat() == "2009-03-03"
    assert d.meta.dateline is not None and d.meta.dateline.city == "Portland"
    assert d.meta.title == "Orvel and Quintara Announce Licensing of Dermacalm for Asia"
    # No wire: the organisation the logo and the lead name first, as the lead writes it.
    assert d.meta.publisher == "Orvel Therapeutics, Inc."
    assert {"Orvel Therapeutics", "Quintara Holding"} <= names(d, EntityKind.ORGANIZATION)


def test_the_logo_above_the_story_names_the_publisher() -> None:
    d = build_draft(
        "Kestrel Society Renews Its Support for Young Writers\n\n"
        "Harrow-Foundation Logo\n\n"
        "VELMONT, NY (June 3, 2020) \u2013 The Kestrel Society (KSA) will give the Harrow"
        " Foundation $50,000 a year for five years.\n\n"
        "The gift funds writing workshops in twelve schools.\n"
    )
    assert d.meta.publisher == "Harrow Foundation"
    assert d.meta.dateline is not None
    assert (d.meta.dateline.city, d.meta.dateline.country) == ("Velmont", "United States")
    assert any("logo" in w for w in d.warnings + d.meta.warnings)


def test_without_a_wire_the_first_party_named_is_the_publisher_people_included() -> None:
    d = build_draft(
        "On Thursday, November 3, Velmont Rector Eira Lund and ORDA Deputy Director-General"
        " Tor Vinge signed a memorandum of understanding on soil research.\n\n"
        "The agreement between Velmont University and ORDA covers four fields.\n"
    )
    assert d.meta.publisher == "Velmont University"


def test_dates_from_a_byline_or_a_labelled_line() -> None:
    d = build_draft(
        "Velmont College, Orrin University sign MoU on exchanges\n\n"
        "Harbour Ledger Sep - 21 - 2022 , 10:15\n\n"
        "Velmont College and Orrin University have signed a memorandum on student"
        " exchanges.\n\n"
        "The first students travel next spring.\n"
    )
    assert d.meta.date is not None and d.meta.date.isoformat() == "2022-09-21"
    assert d.meta.publisher == "Harbour Ledger"

    filed = build_draft(
        "Kestrel Mills and Orrin Freight extend supply agreement\n\n"
        "Kestrel Mills and Orrin Freight extended their grain supply agreement by five"
        " years.\n\n"
        "Dated: 4 February 2015\n"
    )
    assert filed.meta.date is not None and filed.meta.date.isoformat() == "2015-02-04"


def test_a_programme_whose_name_holds_a_title_word_is_a_partner() -> None:
    d = build_draft(
        "FENWICK, Ore., June 2, 2025 /PRNewswire/ -- Orrin Motors will fund science clubs"
        " in Tallow County.\n\n"
        "In Oregon, Orrin Motors is collaborating with the Project Lead the Future and the"
        " Open Door Project on a community-based approach.\n"
    )
    assert {"Project Lead the Future", "Open Door Project"} <= names(d)


def test_an_organisation_whose_name_holds_a_comma_is_one_partner() -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 3, 2021 /PRNewswire/ -- Orrin Biotech today signed a research"
        " agreement with The Institute of Soil Physics, Aldorian Academy of Letters"
        " (ISPAAL), a research institution in Aldoria.\n\n"
        "Under the agreement, Orrin Biotech will also license seed lines from SpeKorn"
        " Holding, B.V. for five years.\n"
    )
    ispaal = [e for e in d.registry.entities.values() if "ISPAAL" in e.aliases]
    assert [e.name for e in ispaal] == ["Institute of Soil Physics, Aldorian Academy of Letters"]
    assert "SpeKorn Holding" in names(d, EntityKind.ORGANIZATION)


def test_a_new_speaker_is_never_the_previous_one() -> None:
    d = build_draft(
        "MARSHEN, Ostria, 4 May 2022 - The Dunmar Relief Fund (DURF) and ORBALIS today"
        " signed two project agreements.\n\n"
        "\u201cWater comes first,\u201d said Tomas Reyl, Director of ORBALIS.\n\n"
        "\u201cNo village is too far,\u201d said Sheikha Mariam bint Khalifa Al Nahyan,"
        " President of DURF. \u201cWe will reach every one.\u201d\n\n"
        "\u201cOur teams start in June,\u201d said Jos\u00e9 Ortega y Gasset, DURF Regional"
        " Manager. \u201cWe listen first,\u201d added Ludwig zu Stolberg.\n\n"
        "\u201cEvery well is mapped,\u201d said Ana Mar\u00eda Luisa Fernanda Pilar Rosa"
        " G\u00f3mez Vidal, Chair of ORBALIS.\n"
    )
    label = {e.id: e.name for e in d.registry.entities.values()}
    by_quote = {q.text: label.get(q.speaker or "") for _, q, _ in d.quotes}
    assert by_quote == {
        "Water comes first,": "Tomas Reyl",
        "No village is too far,": "Mariam bint Khalifa Al Nahyan",
        "We will reach every one.": "Mariam bint Khalifa Al Nahyan",
        "Our teams start in June,": "Jos\u00e9 Ortega y Gasset",
        "We listen first,": "Ludwig zu Stolberg",
    }
    # The last attribution is too long a name to read: left to the reviewer, not given
    # to the speaker before it.
    assert any("Every well is mapped" in w and "by hand" in w for w in d.warnings)


def test_two_roles_written_with_of_and_at_and_in_a_ministry() -> None:
    d = build_draft(
        "VELMONT, Aldoria, June 3, 2020 /PRNewswire/ -- The Kestrel Foundation and the"
        " Ostrian Development Agency (ODA) signed a literacy partnership.\n\n"
        "Jon Reyes, Board President of the Kestrel Foundation and Corporate Vice President"
        " of Communications at Harbour Telecom, noted the gift.\n\n"
        "Mara Quist, Associate Administrator of ODA and Assistant Secretary General of the"
        " Aldorian Union, attended with Rajan Datta, Additional Secretary in the Ministry"
        " of Inland Ports.\n"
    )
    assert roles(d, "Jon Reyes") == {
        ("Board President", "Kestrel Foundation"),
        ("Corporate Vice President of Communications", "Harbour Telecom"),
    }
    assert roles(d, "Mara Quist") == {
        ("Associate Administrator", "Ostrian Development Agency"),
        ("Assistant Secretary General", "Aldorian Union"),
    }
    assert roles(d, "Rajan Datta") == {("Additional Secretary", "Ministry of Inland Ports")}


def test_titles_in_brackets_and_acronym_organisations_in_signatory_lists() -> None:
    d = build_draft(
        "HARLOW: Velmont Institute of Technology (VIT) has signed a memorandum of"
        " understanding with Orrin State University (OSU), a statement said.\n\n"
        "The MoU was signed by Prof. Ada Rook, Vice Chancellor, OSU and Ilan Brask,"
        " Chancellor, VIT in the presence of Tove Lind, Registrar, OSU and Prof Emil Sand,"
        " pro-vice chancellor, VIT on Monday.\n\n"
        "Dr. Nadia Fell (Pro-Chancellor, Velmont Institute of Technology) said, \u201cWe are"
        " glad to work with OSU.\u201d\n\n"
        "While signing the MoU, H.E. Mr. Tran Van Binh, Ambassador, Republic of Korvale to"
        " Aldoria said that \u201cStudents will gain the most.\u201d\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Harlow"
    assert roles(d, "Ilan Brask") == {("Chancellor", "Velmont Institute of Technology")}
    assert roles(d, "Emil Sand") == {("pro-vice chancellor", "Velmont Institute of Technology")}
    assert roles(d, "Tove Lind") == {("Registrar", "Orrin State University")}
    assert roles(d, "Nadia Fell") == {("Pro-Chancellor", "Velmont Institute of Technology")}
    assert speakers(d) == ["Nadia Fell", "Tran Van Binh"]


def test_a_label_in_capitals_before_a_colon_is_not_a_dateline() -> None:
    d = build_draft(
        "SOURCE: Orrin Biotech, Inc.\n"
        "March 25, 2008 07:00 ET\n"
        "Orrin Biotech Enters Into a Supply Agreement With Velgard\n"
        "VELMONT, TX--(Marketwire - March 25, 2008) - Orrin Biotech, Inc. today announced"
        " a supply agreement with Velgard, Inc.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"


def test_lower_case_titles_before_the_name_and_places_in_possessive() -> None:
    d = build_draft(
        "Two new programmes have been agreed in the collaboration between Velmont\u2019s"
        " Orrin Biotech and Aldoria\u2019s Kestrel Pharma.\n\n"
        "Orrin Biotech chief scientific officer Ada Rook said: \u201cOur work with Kestrel"
        " Pharma is productive.\u201d\n\n"
        "Kestrel Pharma Chairman and Chief Executive Officer Ilan Brask signed the"
        " agreement.\n"
    )
    assert {"Orrin Biotech", "Kestrel Pharma"} <= names(d, EntityKind.ORGANIZATION)
    assert not [n for n in names(d) if "\u2019s" in n]
    assert roles(d, "Ada Rook") == {("chief scientific officer", "Orrin Biotech")}
    assert roles(d, "Ilan Brask") == {("Chairman and Chief Executive Officer", "Kestrel Pharma")}
    assert speakers(d) == ["Ada Rook"]


def test_news_copy_spacing_agency_markers_and_titles_with_a_place() -> None:
    d = build_draft(
        "Velmont, ORFA to Fight Hunger in Aldoria\n\n"
        "By: Ada Rook\n\n"
        "VELMONT, Dec. 17 (KNA)- The Aldorian Food Fund (ORFA) signed an agreement with the"
        " Velmont government.\n\n"
        "\u201cFood first,\u201d said ORFA Representative and Country Director in Velmont"
        " Tomas Reyl.\n\n"
        "The agreement was signed by ORFA\u2019s Senior Director for Strategic Support, Ilan"
        " Brask and H.E. Emil Sand during a joint celebration.\n\n"
        '"We stand ready to work with ORFA ", Dr. Nadia Fell said.\n\n'
        '"We have signed," said Minister Fell. spoke to the media after the meeting.\n\n'
        "Signing for the People of Velmont, the Minister of Farms, Dr. Ivo Lind thanked"
        " ORFA, as did Madam Sara Ulm, ORFA Country Director.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"
    assert d.meta.publisher == "KNA"
    assert roles(d, "Tomas Reyl") == {
        ("Representative and Country Director in Velmont", "Aldorian Food Fund")
    }
    assert roles(d, "Ilan Brask") == {
        ("Senior Director for Strategic Support", "Aldorian Food Fund")
    }
    assert ("Country Director", "Aldorian Food Fund") in roles(d, "Sara Ulm")
    assert speakers(d) == ["Tomas Reyl", "Nadia Fell", "Nadia Fell"]
    people = names(d, EntityKind.PERSON)
    assert "Velmont" not in people and "Ilan Brask" not in names(d, EntityKind.ORGANIZATION)


def test_a_news_service_reprint_names_the_issuer_and_the_date() -> None:
    d = build_draft(
        "Kestrel Society Names Orrin Optics as Partner\n"
        "VELMONT, Colorado, March 4 (KVSxyz) -- The Kestrel Society issued the following"
        " news release on March 3, 2021:\n"
        "The Kestrel Society today announced Orrin Optics, LLC as its newest partner.\n"
        'Commenting on the partnership, Orrin Optics COO Ada Rook said, "We are proud."\n'
    )
    assert d.meta.publisher == "Kestrel Society"
    assert d.meta.date is not None and d.meta.date.isoformat() == "2021-03-03"
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"
    assert roles(d, "Ada Rook") == {("COO", "Orrin Optics")}


def test_his_excellency_without_stops_and_a_title_of_an_organisation_before_the_name() -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 3, 2024 /PRNewswire/ -- The Kestrel Fund for Development (KFD)"
        " and the Orrin Children's Trust (OCT) signed a framework agreement.\n\n"
        "During the opening remarks, Director General of KFD H E Khalid bin Omar Al Rashid"
        " stated that \u201cThis partnership has yielded tangible outcomes.\u201d\n\n"
        "The MOU was signed by Mara Quist, the OCT ad interim Representative in Aldoria, and"
        " Ivo Lind, an official with the Ministry of Inland Ports.\n"
    )
    assert speakers(d) == ["Khalid bin Omar Al Rashid"]
    assert roles(d, "Khalid bin Omar Al Rashid") == {
        ("Director General", "Kestrel Fund for Development")
    }
    assert roles(d, "Mara Quist") == {
        ("ad interim Representative in Aldoria", "Orrin Children's Trust")
    }
    assert roles(d, "Ivo Lind") == {("official", "Ministry of Inland Ports")}
    assert "Ivo Lind" in names(d, EntityKind.PERSON)


def test_a_dateline_without_a_dash_brands_in_lower_case_and_titles_of_lower_case_words() -> None:
    d = build_draft(
        "Velmont, Mass. June 30, 2006 Velmont Polytechnic Institute today announced that it"
        " has signed an agreement with OrrinCell Inc., a biotechnology firm.\n\n"
        "As part of the agreement, two principals in OrrinCell, Ada Rook, president and chief"
        " scientific officer, and Ivo Lind will teach at the institute.\n\n"
        "The Velmont Polytechnic Institute and bioKestrel have also entered into a strategic"
        " partnership, creating what bioKestrel EVP of research and development Tomas Reyl"
        " called a privileged relationship.\n\n"
        "\u201cThese interactions are invaluable,\u201d Reyl said.\n"
    )
    assert d.meta.date is not None and d.meta.date.isoformat() == "2006-06-30"
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"
    assert "Velmont Polytechnic Institute" in names(d, EntityKind.ORGANIZATION)
    assert "bioKestrel" in names(d, EntityKind.ORGANIZATION)
    assert roles(d, "Ada Rook") == {("president and chief scientific officer", "OrrinCell Inc.")}
    assert roles(d, "Tomas Reyl") == {("EVP of research and development", "bioKestrel")}
    assert speakers(d) == ["Tomas Reyl"]


def test_someone_named_between_two_quotes_speaks_the_second() -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 3, 2024 /PRNewswire/ -- Orrin Biotech and the Kestrel Fund"
        " today signed a research agreement.\n\n"
        '"Science needs patience," said Ada Rook, CEO of Orrin Biotech. Mara Quist, a board'
        ' member of the Kestrel Fund, was more cautious. "We will review the results every'
        ' year."\n\n'
        "Tomas Reyl, the fund's chair, added that the first grants would go to young"
        ' researchers. "They have the best ideas," Reyl said.\n'
    )
    assert speakers(d) == ["Ada Rook", "Mara Quist", "Tomas Reyl"]
    assert roles(d, "Tomas Reyl") == {("chair", "Kestrel Fund")}


def test_a_company_that_speaks_is_still_a_company() -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 3, 2024 /PRNewswire/ -- Orrin Pharma today signed a supply"
        " deal with Kestrel Motors.\n\n"
        "Orrin Pharma said the deal would double its output. Jon Reyes, Corporate Vice"
        " President of Communications at Kestrel Motors, welcomed it.\n"
    )
    assert {"Orrin Pharma", "Kestrel Motors"} <= names(d, EntityKind.ORGANIZATION)
    assert "Orrin Pharma" not in names(d, EntityKind.PERSON)
    assert roles(d, "Jon Reyes") == {
        ("Corporate Vice President of Communications", "Kestrel Motors")
    }


def test_a_role_stated_with_a_copula() -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 3, 2024 /PRNewswire/ -- Orrin Pharma today licensed a"
        " platelet technology from the Kestrel Institute.\n\n"
        "Tom Fell is scientific director of the Kestrel Institute's Owen Research"
        " Laboratory, where the technology was found. Ada Rook is a member of the team.\n"
    )
    ((title, org),) = roles(d, "Tom Fell")
    assert title == "scientific director" and org is not None and "Owen Research Laboratory" in org
    assert "Ada Rook" not in names(d, EntityKind.PERSON) or not roles(d, "Ada Rook")


def test_a_reporter_in_brackets_is_not_the_publisher() -> None:
    d = build_draft(
        "Velmont 23 June (Ada Rook)- Orrin University signed a memorandum of understanding"
        " with the University of Tallis to promote research.\n\n"
        "The MoU covers student exchanges.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"
    assert d.meta.publisher != "Ada Rook"
    assert d.facts[0][1].text.startswith("Orrin University signed")


def test_foundation_pages_religious_styles_and_grantee_lists() -> None:
    d = build_draft(
        "Kestrel Foundation Supports Food Banks\n"
        "May 3, 2021 /9QX Media/ - The Kestrel Foundation for the Performing Arts today"
        " announced grants to community organizations across Massachusetts and Ohio.\n"
        "The largest grants are earmarked for the following organizations:\n"
        "- Harbour Against Hunger, Brooklyn, NY\n"
        "- Velmont Community Pantry, Providence, RI\n"
        "\u2022 Orrin Neighborhood of Central Tallis \u2014 Come to the table: $1,000 for"
        " meals.\n"
        "\u201cEvery meal counts,\u201d said Sister Ilse Mara Orrin, the Foundation\u2019s"
        " board chair.\n"
        "Post-Harbour Charities, a fund of the Kestrel Foundation for the Performing Arts,"
        " matched the grants.\n"
    )
    assert d.meta.date is not None and d.meta.date.isoformat() == "2021-05-03"
    assert d.meta.publisher == "9QX Media"
    assert speakers(d) == ["Ilse Mara Orrin"]
    assert roles(d, "Ilse Mara Orrin") == {
        ("board chair", "Kestrel Foundation for the Performing Arts")
    }
    found = names(d)
    assert {
        "Kestrel Foundation for the Performing Arts",
        "Harbour Against Hunger",
        "Velmont Community Pantry",
        "Orrin Neighborhood of Central Tallis",
        "Post-Harbour Charities",
    } <= found
    assert not {"Massachusetts", "Ohio"} & found


def test_one_title_at_two_organisations_and_signatories_by_family_name() -> None:
    d = build_draft(
        "VELMONT, TN (KVTV) - Velmont State and the University of Tallis will announce a"
        " partnership, both schools announced on Thursday.\n\n"
        "VSU President Ada Rook and UT Interim President Ivo Lind will hold a news"
        " conference on Monday, with a signing of a memorandum of understanding by Rook and"
        " Lind.\n\n"
        "Tomas Reyl, Executive Director of the Tallis Higher Education Commission and Tallis"
        " Student Assistance Corporation, will also attend.\n"
    )
    assert roles(d, "Tomas Reyl") == {
        ("Executive Director", "Tallis Higher Education Commission"),
        ("Executive Director", "Tallis Student Assistance Corporation"),
    }
    assert not {"Rook", "Lind"} & names(d, EntityKind.ORGANIZATION)


def test_credit_lines_and_bylines_are_never_the_title() -> None:
    d = build_draft(
        "(VENDOR- The Harbour Daily) KNA\n\n"
        "By: Ada Rook\n\n"
        "The Kestrel Fund and the Orrin Children's Trust signed a strategic framework"
        " agreement in Velmont.\n\n"
        "The agreement runs for five years.\n"
    )
    assert d.meta.title.startswith("The Kestrel Fund and the Orrin Children")


def test_agency_marker_without_a_place_countries_and_eponymous_diseases() -> None:
    d = build_draft(
        "(KVNews) - Orrin Pharma Inc. said that it has reached a strategic collaboration"
        " with Kestrel General Hospital.\n\n"
        "US firm Orrin Pharma and Italy's Velmont Biotech will work on Kessler's and"
        " Marrow's diseases, and Italy and Orrin Pharma signed a side agreement.\n"
    )
    assert d.meta.publisher == "KVNews"
    assert d.meta.title.startswith("Orrin Pharma Inc. said")
    kinds = {e.name: e.kind for e in d.registry.entities.values()}
    assert kinds.get("Italy") in (None, EntityKind.PLACE)
    assert "Kessler" not in kinds and "Marrow" not in kinds
    assert {"Orrin Pharma Inc.", "Velmont Biotech"} <= set(kinds) or {
        "Orrin Pharma",
        "Velmont Biotech",
    } <= set(kinds)


def test_a_title_case_place_before_a_colon_opens_a_long_story() -> None:
    story = (
        " The Kestrel Fund for Development (KFD) and the Orrin Children's Trust (OCT) took"
        " part in a strategic dialogue hosted by the Velmont mission in Tallis this week."
    )
    d = build_draft(f"(VENDOR- The Harbour Daily) KNA\n\nTallis:{story}\n\nMore follows.\n")
    assert d.meta.dateline is not None and d.meta.dateline.city == "Tallis"
    label = build_draft(f"Kestrel news\n\nBackground:{story}\n\nMore follows.\n")
    assert label.meta.dateline is None


def test_a_capitalised_generic_agreement_is_never_an_entity() -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 3, 2021 /PRNewswire/ -- Orrin University and the Kestrel"
        " Fund signed a Memorandum of Understanding (MOU) and a 5-year Strategic Framework"
        " Agreement, and announced a Licensing Agreement with Tallow Labs.\n\n"
        "The signing of this MOU opens new doors. The Kestrel Charter for Open River Data"
        " was also signed.\n"
    )
    found = names(d)
    assert (
        not {
            "Memorandum of Understanding",
            "MOU",
            "5-year Strategic Framework Agreement",
            "Licensing Agreement",
        }
        & found
    )
    assert not any("MOU" in e.aliases for e in d.registry.entities.values())
    assert {"Orrin University", "Kestrel Fund", "Tallow Labs"} <= found


def test_a_ministers_portfolio_is_not_an_organisation() -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 3, 2022 - The Minister of Labor and Social Affairs, Ada Rook,"
        " received the ORFA Representative in Aldoria, Ivo Lind, to discuss the partnership"
        " with ORFA.\n\n"
        "Osric Pell, Minister of Rural Affairs of Eastmarch, also attended.\n"
    )
    assert roles(d, "Ada Rook") == {("Minister of Labor and Social Affairs", None)}
    assert ("Minister of Rural Affairs", "Eastmarch") in roles(d, "Osric Pell")
    assert "Labor and Social Affairs" not in names(d)


def test_a_title_glued_to_the_word_before_it() -> None:
    d = build_draft(
        "VELMONT, Dec. 17 (KNA)- The Aldorian Food Fund (ORFA) signed an agreement with the"
        " Velmont government.\n\n"
        "\u201cWe are determined to take this partnership further,\u201d said Assistant"
        " Foreign Minister for Multilateral Affairs and Regional AffairsAmbassador"
        " Tomas Reyl in the statement.\n"
    )
    assert speakers(d) == ["Tomas Reyl"]
