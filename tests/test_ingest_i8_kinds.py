"""Kinds of wording from an eighth set of real releases (not in the repo), each as an
invented release with what the draft must say.

The kinds: a title with its organisation glued before it in an appositive, between two
people ("Jane Doe, the Velmont Health Organization (VHO) Regional Director for Ostria,
John Roe, ..."), which is the first person's and never the next one's; a definite
back-reference inside a title ("President of the foundation's Global Health
Division"); a comma list of titles closed by one organisation ("Founder, Chairman and
CEO of Acme"); a lower-case title held "at the transport ministry"; the issuer's own
officials named with a bare title; a person named by the family name alone after a
title ("Acme President Lind remarked"); and quotes split or continued across "he said",
mixed quotation marks and indirect speech. The real releases are measured with
benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import build_draft
from bot.ingest.extract import Hints
from bot.kb.models import EntityKind
from tests.draftviews import names, roles, speakers

_THREE_PEOPLE = (
    "VHO and Kestrel Foundation agree to work together\n\n"
    "VELMONT, 3 May 2016 \u2013 Dr Ana Roe, the Velmont Health Organization (VHO) Regional"
    " Director for Ostria, Dr Tom Poe, President of the Global Research Division of the"
    " Orrin & Lisa Kestrel Foundation, and Dr Ivo Lind, President of the foundation\u2019s"
    " Global Health Division, have reaffirmed their commitment to work together.\n\n"
    "Welcoming the Kestrel Foundation delegation, Dr Roe stated, \u201cThe foundation is one of our biggest"
    " partners.\u201d\n"
)


def test_an_organisation_and_title_between_two_people_is_the_first_ones() -> None:
    d = build_draft(_THREE_PEOPLE)
    assert roles(d, "Ana Roe") == {("Regional Director for Ostria", "Velmont Health Organization")}
    assert roles(d, "Tom Poe") == {
        ("President of the Global Research Division", "Orrin & Lisa Kestrel Foundation")
    }


def test_the_foundation_inside_a_title_is_the_foundation_named_before() -> None:
    d = build_draft(_THREE_PEOPLE)
    assert not any(n.startswith("Welcoming") for n in names(d))
    assert roles(d, "Ivo Lind") == {
        (
            "President of the foundation\u2019s Global Health Division",
            "Orrin & Lisa Kestrel Foundation",
        )
    }


def test_a_comma_list_of_titles_is_held_at_the_organisation_that_closes_it() -> None:
    # The other party named first (the lead's first organisation is taken as the issuer):
    # the list's organisation wins, never the issuer.
    d = build_draft(
        "ORRIN, Velmar, May 5, 2019 /PRNewswire/ -- Tallow Pharmaceutical Group Ltd. (TPG)"
        " and Kestrel Biologics today announced a strategic alliance to discover new"
        " antibodies.\n\n"
        "The collaboration will combine Kestrel Biologics' discovery platform with TPG's"
        " development resources.\n\n"
        '"The agreement with TPG is part of our strategy to build a pipeline," said Dr. Ivo'
        ' Lind, Founder, Chairman and CEO of Kestrel Biologics. "TPG is a strong partner in'
        ' that effort," added Dr. Lind.\n\n'
        "Tana Rell, Founder, President and Chief Scientist of Orrin Labs, attended.\n"
    )
    # (The founder's title is a role of its own since session 13; the rest stays one.)
    assert roles(d, "Ivo Lind") == {
        ("Founder", "Kestrel Biologics"),
        ("Chairman and CEO", "Kestrel Biologics"),
    }
    assert roles(d, "Tana Rell") == {
        ("Founder", "Orrin Labs"),
        ("President and Chief Scientist", "Orrin Labs"),
    }
    assert speakers(d) == ["Ivo Lind", "Ivo Lind"]


def test_a_lower_case_title_at_a_lower_case_ministry_is_split_at_at() -> None:
    d = build_draft(
        "VELMONT, Dec. 2 (Lantern) -- Ostria's transport ministry said Thursday it has agreed"
        " with the Harbour Group of four port cities to share research on ship fuels.\n"
        "Ivo Lind-hae, Ostria's deputy minister for planning and coordination at the"
        " transport and ports ministry, signed a memorandum of understanding with the Harbour"
        " Group in Velmont earlier in the day.\n"
        '"Our shipyards and their research will make the best partners," Lind said.\n'
    )
    # (The ministry's entity may be named in title case: matching is case-blind.)
    assert {(t, o.casefold()) for t, o in roles(d, "Ivo Lind-hae")} == {
        ("deputy minister for planning and coordination", "transport and ports ministry")
    }
    assert "transport and ports ministry" in {
        n.casefold() for n in names(d, EntityKind.ORGANIZATION)
    }
    assert speakers(d) == ["Ivo Lind-hae"]


def test_a_family_name_alone_after_a_title_is_a_person_who_speaks() -> None:
    d = build_draft(
        "Orrin University joins with the Kestrel Trade Federation\n\n"
        "BEPPU, Velmar \u2013 Orrin Pacific University (OPU) officially joined a partnership"
        " with the Kestrel Trade Federation (KTF) at a signing ceremony on April 9, 2019.\n\n"
        "In a press conference held after the ceremony, KTF Chairman Tomas Arlo stated,"
        " \u201cWe aim to move the region forward.\u201d\n\n"
        "Next, OPU President Marrow remarked, \u201cI look forward to promoting collaboration"
        " between OPU and the member companies of the KTF.\u201d\n"
    )
    assert roles(d, "Marrow") == {("President", "Orrin Pacific University")}
    assert speakers(d) == ["Tomas Arlo", "Marrow"]


_NEWS_AGENCY_STORY = (
    "KUALA LUMPUR, May 27 (Bernama) -- Orrin Technical University (OTU) has signed a"
    " Memorandum of Understanding (MoU) with the University of Kestrel (UoK) on the sharing"
    " of expertise.\n\n"
    "The signing ceremony was held in Kestrel and witnessed by Higher Education Minister"
    " Datuk Seri Dr Ana Velloway.\n\n"
    "In the same statement, UoK president and vice-chancellor Prof Ivo Marrin said the"
    " achievement by UoK in global research had changed lives.\n\n"
    "\u201cSuch a collaboration will help us increase our international reach.\n\n"
    '"The collaboration in the" Orchard Project "is one example of how UoK research has had'
    ' a positive impact," he said.\n'
)


def test_a_minister_of_a_portfolio_after_a_two_word_malaysian_style() -> None:
    d = build_draft(_NEWS_AGENCY_STORY)
    assert roles(d, "Ana Velloway") == {("Higher Education Minister", None)}


def test_a_lower_case_title_list_after_an_organisations_short_form() -> None:
    d = build_draft(_NEWS_AGENCY_STORY)
    assert roles(d, "Ivo Marrin") == {("president and vice-chancellor", "University of Kestrel")}


def test_a_quote_paragraph_after_indirect_speech_is_the_reported_speakers() -> None:
    d = build_draft(_NEWS_AGENCY_STORY)
    quotes = [(label, q.text) for label, (_, q, _) in zip(speakers(d), d.quotes, strict=True)]
    assert quotes[0] == (
        "Ivo Marrin",
        "Such a collaboration will help us increase our international reach.",
    )


def test_a_name_quoted_inside_a_quote_in_the_same_marks_keeps_the_quote_whole() -> None:
    d = build_draft(_NEWS_AGENCY_STORY)
    assert speakers(d)[1] == "Ivo Marrin"
    assert d.quotes[1][1].text.startswith('The collaboration in the" Orchard Project "is one')


def test_a_comma_after_the_closing_mark_keeps_the_attribution_with_that_quote() -> None:
    # Curly and straight marks mixed, the comma outside the first quote.
    d = build_draft(
        "VELMONT, May 11, 2020 /EINPresswire.com/ -- Orrin Pharmaceutical Group and Kestrel"
        " Peptides Inc. today announced a collaboration and exclusive license agreement.\n\n"
        "\u201cOrrin is pleased to collaborate with Kestrel Peptides, a leader in peptide"
        ' therapeutics\u201d, commented Dr. Ivo Marr, Senior VP of Orrin, "Orrin keeps'
        " looking for innovative research around the world.\u201d\n\n"
        "Dr. Tana Rell, CEO of Kestrel Peptides, said \u201cOrrin is a large pharmaceutical"
        " company with a proven track record.\u201d\n"
    )
    assert [q.text[:20] for _, q, _ in d.quotes] == [
        "Orrin is pleased to ",
        "Orrin keeps looking ",
        "Orrin is a large pha",
    ]
    assert speakers(d) == ["Ivo Marr", "Ivo Marr", "Tana Rell"]


_OWN_RELEASE = (
    "{headline}\n"
    "December 8, 2009\n"
    "Orrin State University recently signed two new partnership agreements with Velmar"
    " University that open the doors for students to study abroad.\n"
    "Provost Ana Kell, representing President Tom Barrow, signed the agreements on Tuesday"
    " with Ivo Lind, president of Velmar University.\n"
    "\u201cThe visit by Velmar University\u2019s president shows how much Velmar values our"
    " partnership,\u201d said Ambassador Rolf Tann, vice provost for international affairs.\n"
)


def test_officials_with_a_bare_title_in_an_organisations_own_release_are_its_own() -> None:
    d = build_draft(
        _OWN_RELEASE.format(
            headline="Orrin State Signs Agreements With Velmar University To Promote Exchanges"
        )
    )
    assert roles(d, "Ana Kell") == {("Provost", "Orrin State University")}
    assert roles(d, "Tom Barrow") == {("President", "Orrin State University")}
    # A diplomatic rank is no office of the university.
    assert roles(d, "Rolf Tann") == {
        ("Ambassador", None),
        ("vice provost for international affairs", "Orrin State University"),
    }
    assert roles(d, "Ivo Lind") == {("president", "Velmar University")}
    notes = [w for w in d.warnings if "which issued the release" in w]
    assert len(notes) == 3


def test_a_joint_headline_names_no_issuer_for_bare_titles() -> None:
    d = build_draft(
        _OWN_RELEASE.format(headline="Orrin State and Velmar University Sign Exchange Agreements")
    )
    assert roles(d, "Ana Kell") == {("Provost", None)}
    assert roles(d, "Tom Barrow") == {("President", None)}


def test_the_publisher_named_as_a_party_is_the_issuer_of_its_officials() -> None:
    # A saved web page of the university's own site: the joint headline names no issuer,
    # the publisher does.
    d = build_draft(
        _OWN_RELEASE.format(headline="Orrin State and Velmar University Sign Exchange Agreements"),
        hints=Hints(publisher="Orrin State University", origin="the page's site name"),
    )
    assert roles(d, "Tom Barrow") == {("President", "Orrin State University")}


def test_a_second_title_with_its_own_organisation_after_a_comma_is_a_second_role() -> None:
    d = build_draft(
        "VELMONT, March 3, 2019 - The Velmont Government and the Government of Orrin signed a"
        " transport agreement on Monday.\n\n"
        "The agreement was signed by Oren Vale, Minister of the Government of Orrin, Head of"
        " the Transport Office of Orrin, after discussions.\n"
    )
    assert roles(d, "Oren Vale") == {
        ("Minister", "Government of Orrin"),
        ("Head", "Transport Office of Orrin"),
    }


def test_a_bare_title_signed_on_behalf_of_an_organisation_is_held_there() -> None:
    d = build_draft(
        "VELMONT, March 3, 2019 - Kestrel University and the Orrin Institute for Research"
        " signed an agreement.\n\n"
        "The MoU was signed by Tana Rell, the registrar, on behalf of the Kestrel University"
        " (KU) as the first party and the director of the Orrin Institute for Research (OIR)"
        " as the second party.\n"
    )
    assert roles(d, "Tana Rell") == {("registrar", "Kestrel University")}


def test_a_lower_case_title_after_according_to_the_then_the_name() -> None:
    d = build_draft(
        "VELMONT, March 3, 2019 - The Kestrel Union (KU) and the Orrin Farmers Federation"
        " signed an agreement.\n\n"
        "The agreement demonstrates a new vision, according to the regional representative"
        " for Africa of KU, Maria Sofia Marra.\n\n"
        "\u201cThe signing of the memorandum makes the federation a privileged partner,\u201d"
        " Marra said.\n"
    )
    assert roles(d, "Maria Sofia Marra") == {
        ("regional representative for Africa", "Kestrel Union")
    }
    assert speakers(d) == ["Maria Sofia Marra"]


def test_said_a_ministers_name_in_a_news_release() -> None:
    d = build_draft(
        "VELMONT, March 3, 2019 - Ontario and the Kestrel Nation signed a framework"
        " agreement.\n\n"
        "\u201cThis agreement was signed in the spirit of reconciliation,\u201d said Ontario"
        " Indigenous Relations Minister Rick Vance in a news release.\n"
    )
    assert speakers(d) == ["Rick Vance"]
    assert roles(d, "Rick Vance") == {("Indigenous Relations Minister", "Government of Ontario")}


def test_an_area_after_the_title_before_the_company_stays_in_the_title() -> None:
    d = build_draft(
        "VELMONT, March 3, 2019 /PRNewswire/ -- Orrin Pharma Group and Velmont Labs signed a"
        " research agreement.\n\n"
        "\u201cOur collaboration with Velmont Labs further strengthens our portfolio,\u201d"
        " said Carl Dorn, Ph.D., Head of Discovery, R&D, Orrin Pharma Group.\n"
    )
    assert roles(d, "Carl Dorn") == {("Head of Discovery, R&D", "Orrin Pharma Group")}


def test_a_family_name_with_a_copula_and_a_title_is_the_person_named_before() -> None:
    d = build_draft(
        "VELMONT, March 3, 2019 - Velmont and the Kestrel Nation signed an umbrella"
        " agreement.\n\n"
        '"Signing this agreement today is the result of hard work," said Premier Dana'
        " Orrel.\n\n"
        "Orrel is the minister responsible for the Aboriginal Affairs Secretariat.\n\n"
        "Marrow is the director of the Kestrel Land Office.\n"
    )
    assert roles(d, "Dana Orrel") == {
        ("Premier", None),
        ("minister responsible", "Aboriginal Affairs Secretariat"),
    }
    assert "Marrow" not in names(d)  # never introduced: no new person from one word


_DIPLOMATIC_STORY = (
    "VELMONT, Nov 28 (Lantern) -- Ostria and Velmar on Thursday signed a memorandum on port"
    " cooperation, the Ostrian foreign ministry said.\n\n"
    "The memorandum was signed by Ostrian Foreign Minister Ivo Lind and his Velmar"
    " counterpart Tana Rell in Velmont.\n\n"
    '"The two countries share a long coast," Lind told reporters after the signing.\n\n'
    "Also present were Kestrel Port Authority chairman Datuk Ali Rahman and its general"
    " manager, Lee Min-ho.\n"
)


def test_a_nationality_before_a_ministers_title_is_the_countrys_government() -> None:
    d = build_draft(_DIPLOMATIC_STORY)
    assert roles(d, "Ivo Lind") == {("Foreign Minister", "Government of Ostria")}


def test_his_counterpart_holds_the_same_title_in_the_place_named() -> None:
    d = build_draft(_DIPLOMATIC_STORY)
    assert roles(d, "Tana Rell") == {("Foreign Minister", "Government of Velmar")}


def test_its_title_is_held_at_the_organisation_named_before_it() -> None:
    d = build_draft(_DIPLOMATIC_STORY)
    assert roles(d, "Lee Min-ho") == {("general manager", "Kestrel Port Authority")}


def test_a_one_word_opening_split_off_by_the_attribution_is_still_a_quote() -> None:
    d = build_draft(
        "OSTRIA CITY, June 4, 2022 - The Kestrel Fund and Orrin University today launched a"
        " water programme for rural schools.\n\n"
        'Ana Kell, the fund\'s director, agreed. "Every school deserves clean water," she'
        ' said, "and every child."\n\n'
        '"This," Kell said, "is only the start."\n'
    )
    assert [q.text for _, q, _ in d.quotes][-2:] == ["This,", "is only the start."]
    assert speakers(d) == ["Ana Kell"] * 4


def test_a_rank_before_professor_and_the_institutes_director() -> None:
    d = build_draft(
        "Orrin University Signs Research Pact With Kestrel Institute\n\n"
        "VELMONT, Feb. 2, 2018 - The Kestrel Institute of Marine Science on Friday signed a"
        " research pact with Orrin University.\n\n"
        "The university's provost, Jane Doe, signed for Orrin, and the institute's director,"
        " Tom Roe, signed for Kestrel.\n\n"
        "Associate Professor Mia Sand of the Department of Biology will lead the first"
        " project.\n"
    )
    assert "Kestrel Institute of Marine Science" in names(d)
    assert not any(n.endswith("Friday") for n in names(d))
    assert roles(d, "Jane Doe") == {("provost", "Orrin University")}
    # (The headline's short form "Kestrel Institute" is known first: still one institute.)
    assert roles(d, "Tom Roe") == {("director", "Kestrel Institute of Marine Science")}
    assert roles(d, "Mia Sand") == {("Associate Professor", "Department of Biology")}


_COMPANY_TITLES = (
    "VELMONT, March 3, 2021 /PRNewswire/ -- Orrin Labs and the Velmar Ports Authority (VPA)"
    " today announced a partnership.\n\n"
    '"We agree," said Tom Roe, Chief Executive of the Velmar Ports Authority (VPA).\n\n'
    '"Data moves ships," said Ivo Lind, Vice President, Global Partnerships at Orrin'
    " Labs.\n\n"
    '"We are ready," said Lea Varn, SVP & GM, Cloud, Orrin Labs.\n\n'
    'Speaking at the signing, VPA Chairman Datuk Seri Ali Rahman said: "This is the'
    ' future."\n'
)


def test_an_organisations_acronym_after_it_is_no_second_organisation() -> None:
    d = build_draft(_COMPANY_TITLES)
    assert roles(d, "Tom Roe") == {("Chief Executive", "Velmar Ports Authority")}
    assert "Velmar Ports Authority (VPA)" not in names(d)


def test_the_area_of_a_title_between_commas_before_the_organisation() -> None:
    d = build_draft(_COMPANY_TITLES)
    assert roles(d, "Ivo Lind") == {("Vice President, Global Partnerships", "Orrin Labs")}
    assert roles(d, "Lea Varn") == {("SVP & GM, Cloud", "Orrin Labs")}
    assert not {"Global Partnerships", "Cloud"} & names(d)


def test_the_second_word_of_a_malaysian_style_is_no_part_of_the_name() -> None:
    d = build_draft(_COMPANY_TITLES)
    assert roles(d, "Ali Rahman") == {("Chairman", "Velmar Ports Authority")}
    assert speakers(d)[-1] == "Ali Rahman"


def test_a_lower_case_title_of_a_lower_case_agency_is_split_at_of() -> None:
    d = build_draft(
        "VELMONT, Dec. 2 (Lantern) -- Ostria and Velmar agreed to share fish stock data.\n\n"
        "Tana Rell, director general of the national fisheries agency, signed for Ostria,"
        " and Ivo Lind, professor of the history of science, attended.\n"
    )
    assert roles(d, "Tana Rell") == {("director general", "national fisheries agency")}
    assert roles(d, "Ivo Lind") == {("professor of the history of science", None)}


def test_an_organisation_named_with_of_inside_a_title_starts_the_organisation() -> None:
    d = build_draft(
        "VELMONT, Dec. 2, 2020 - Velmar and Ostria agreed to build a port.\n\n"
        "Mr. Tran Van Minh, Deputy Director of the Department of Planning and Investment of"
        " Velmont City, welcomed the investment, and Lea Varn, Director of the Office of"
        " External Affairs at OPA, attended.\n"
    )
    assert roles(d, "Tran Van Minh") == {
        ("Deputy Director", "Department of Planning and Investment of Velmont City")
    }
    assert roles(d, "Lea Varn") == {("Director of the Office of External Affairs", "OPA")}


def test_a_person_of_an_organisation_is_no_organisation() -> None:
    d = build_draft(
        "VELMONT, March 3, 2021 /PRNewswire/ -- Orrin Therapeutics Inc. and Kestrel Health"
        " today announced a partnership.\n\n"
        '"Patients come first," said Jane Doe of Orrin Therapeutics.\n'
    )
    assert "Jane Doe of Orrin Therapeutics" not in names(d)
    assert speakers(d) == ["Jane Doe"]


def test_an_acronym_means_what_the_release_first_defined_and_team_lead_is_a_title() -> None:
    d = build_draft(
        "Geneva, 4 May 2019 - The Velmar Health Organization (VHO) and the Orrin Development"
        " Programme (ODP) signed an agreement to fight malaria.\n\n"
        "The Director-General of the ODP, Ivo Lind, said the agreement would fund 40"
        " clinics.\n\n"
        "Dr. Lea Varn, Team Lead, Malaria Programme, ODP, presented the plan.\n"
    )
    assert roles(d, "Ivo Lind") == {("Director-General", "Orrin Development Programme")}
    assert "Team" not in names(d)
    assert {t for t, _ in roles(d, "Lea Varn")} == {"Team Lead"}


def test_a_comma_after_the_closing_mark_of_a_short_quote_and_an_elided_de() -> None:
    d = build_draft(
        "VELMONT, March 3, 2021 - Orrin Labs and Kestrel Health today announced a"
        " partnership.\n\n"
        "\u00ab Nous sommes ravis de ce partenariat \u00bb, a d\u00e9clar\u00e9 Jeanne"
        " Dupr\u00e9, directrice g\u00e9n\u00e9rale d'Orrin Labs.\n\n"
        "Tom Roe, head of research at Kestrel Health, said the tests start in May."
        ' "We are ready", he added, "and the team is in place".\n\n'
        'The partners named the programme "Bright Futures", the release said.\n'
    )
    assert [(s, q.text) for s, (_, q, _) in zip(speakers(d), d.quotes, strict=True)] == [
        ("Jeanne Dupr\u00e9", "Nous sommes ravis de ce partenariat"),
        ("Tom Roe", "We are ready"),
        ("Tom Roe", "and the team is in place"),
    ]
    assert roles(d, "Jeanne Dupr\u00e9") == {("directrice g\u00e9n\u00e9rale", "Orrin Labs")}


def test_an_organisation_named_by_its_head_word_before_a_title_is_the_one_of_that_kind() -> None:
    d = build_draft(
        "Kestrel Bank Names New Partner for Rural Loans\n\n"
        "VELMONT, March 3, 2021 /PRNewswire/ -- Kestrel Bank today announced a partnership"
        " with the Orrin Farmers Cooperative to offer rural loans.\n\n"
        '"We have waited for this," added Cooperative President Tom Roe.\n'
    )
    assert roles(d, "Tom Roe") == {("President", "Orrin Farmers Cooperative")}
    assert "Cooperative" not in names(d)


def test_a_photo_position_in_brackets_after_a_name_is_left_out() -> None:
    d = build_draft(
        "VELMONT, March 3, 2021 - Orrin Labs and Kestrel Health today announced a"
        " partnership.\n\n"
        "Jane Doe (left), CEO of Orrin Labs, and Tom Roe (second from right), President of"
        " Kestrel Health, at the signing.\n"
    )
    assert roles(d, "Jane Doe") == {("CEO", "Orrin Labs")}
    assert roles(d, "Tom Roe") == {("President", "Kestrel Health")}


def test_the_companys_title_is_held_at_the_company_behind_the_release() -> None:
    d = build_draft(
        "VELMONT, March 3, 2021 /PRNewswire/ -- Orrin Labs today announced a partnership with"
        " Kestrel Health.\n\n"
        '"It works," explained the company\'s chief scientist, Ana Kell.\n\n'
        "The plan was presented by the company's head of research, Ivo Lind.\n"
    )
    assert roles(d, "Ana Kell") == {("chief scientist", "Orrin Labs")}
    assert roles(d, "Ivo Lind") == {("head of research", "Orrin Labs")}


def test_a_page_label_between_two_quote_paragraphs_is_passed_over() -> None:
    d = build_draft(
        "VELMONT, March 3, 2019 - Ontario and the Kestrel Nation signed a framework"
        " agreement.\n\n"
        "\u201cThis agreement was signed in the spirit of reconciliation,\u201d said Ontario"
        " Indigenous Relations Minister Rick Vance.\n\n"
        "Article content\n\n"
        "\u201cWe look forward to a productive, shared relationship.\u201d\n"
    )
    assert speakers(d) == ["Rick Vance", "Rick Vance"]


def test_an_organisation_with_a_possessive_and_its_acronym_before_a_posted_title() -> None:
    d = build_draft(
        "VELMONT, March 3, 2021 - The Velmar Children's Fund (VCF) and Orrin Labs today"
        " announced a partnership.\n\n"
        "The agreement was signed by the Velmar Children's Fund (VCF) Representative in"
        " Ostria, Ms. Jane Doe, and Orrin Labs Co-founder, President and CEO Tom Roe.\n"
    )
    assert roles(d, "Jane Doe") == {("Representative in Ostria", "Velmar Children's Fund")}
    assert roles(d, "Tom Roe") == {
        ("Co-founder", "Orrin Labs"),
        ("President and CEO", "Orrin Labs"),
    }


def test_a_quote_said_by_several_people_is_no_ones_before_it() -> None:
    d = build_draft(
        "VELMONT, March 3, 2021 - Orrin Labs and Kestrel Health today announced a"
        " partnership.\n\n"
        "Tom Roe, President of Kestrel Health, said the partnership built on a pilot.\n\n"
        '"Now we scale it," he said.\n\n'
        '"We thank our staff," the two leaders said in a joint statement.\n'
    )
    assert speakers(d) == ["Tom Roe"]
    assert any("We thank our staff" in w and "add it by hand" in w for w in d.warnings)


def test_a_family_name_after_a_bare_title_speaks_in_an_organisations_own_release() -> None:
    d = build_draft(
        "Orrin University Joins Kestrel Federation Partnership\n\n"
        "BEPPU, Velmar \u2013 Orrin University officially joined a partnership with the"
        " Kestrel Trade Federation at a signing ceremony on April 9, 2019.\n\n"
        "President Marrow said, \u201cI look forward to promoting collaboration with the"
        " federation.\u201d\n"
    )
    assert speakers(d) == ["Marrow"]
    assert roles(d, "Marrow") == {("President", "Orrin University")}


def test_a_one_word_name_in_a_list_of_officials_with_its_organisation() -> None:
    d = build_draft(
        "PRAYAG, May 3, 2019 - The Kestrel Institute of Technology (KIT) and Orrin Telephone"
        " Industries (OTI) exchanged an MoU on training.\n\n"
        "The exchange of MoU was attended by KIT\u2019s Prof Anjali, dean (RGIA), Prof Ravi"
        " Narain, dean Academics and Arun Prakash, nodal officer, MoU.\n"
    )
    assert roles(d, "Anjali") == {("dean (RGIA)", "Kestrel Institute of Technology")}


def test_a_countrys_lower_case_ambassador_to_a_place_before_the_name() -> None:
    d = build_draft(
        "VELMONT, March 3, 2021 (Lantern) -- Velmar and Ostria signed a trade pact on"
        " Wednesday.\n\n"
        "The pact was signed by Velmar's ambassador to Ostria Jane Doe and Tom Roe,"
        " ambassador of Ostria to Velmar.\n"
    )
    assert roles(d, "Jane Doe") == {("ambassador to Ostria", "Velmar")}
    assert roles(d, "Tom Roe") == {("ambassador to Velmar", "Ostria")}


def test_bulleted_quotes_under_a_said_line_are_that_persons() -> None:
    d = build_draft(
        "VELMONT, March 3, 2021 - Orrin Labs and Kestrel Health today announced a"
        " partnership.\n\n"
        "Jane Doe, CEO of Orrin Labs, said:\n\n"
        "\u2022 \u201cThis is a big day for patients.\u201d\n\n"
        "- \u201cWe start in June.\u201d\n\n"
        "Tom Roe, President of Kestrel Health, added: \u201cWe are proud.\u201d\n"
    )
    assert speakers(d) == ["Jane Doe", "Jane Doe", "Tom Roe"]


def test_a_title_a_name_and_an_organisation_with_an_ampersand_after_of() -> None:
    d = build_draft(
        "VELMONT, March 3, 2021 - The Velmar Trade Organization (VTO) and Orrin A&M"
        " University signed a research pact.\n\n"
        "Acting President Ivo Lind of Orrin A&M University attended.\n"
    )
    assert roles(d, "Ivo Lind") == {("Acting President", "Orrin A&M University")}
    assert not any("Ivo Lind" in n for n in names(d) if n != "Ivo Lind")
