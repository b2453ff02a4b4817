"""Kinds of attribution and role that the scored models of quotes.py and roles.py read,
each as an invented release (organisations, people and places made up) in a form real
releases use; measured on real releases (not in the repo) by benchmarks/ingest_eval.py.

Quotes: words with no quote marks after "Jane Doe said:" (government pages), or above
an attribution line ("- Jane Doe, Vice-Chancellor"); a sentence whose subject speaks
("A thanked B for “…”"); "according to X" earlier in the quote's sentence; a speaker
named by a title and a kind of organisation ("said the president of the Velmarian
agency"); a closing mark used to open a paragraph's quote.

Roles: the organisation of a title decided from scored candidates (see roles.py).
"""

from __future__ import annotations

from bot.ingest import build_draft
from tests.draftviews import roles, speakers

_SAID_COLON = (
    "Velmont and Ostria to share harbour data\n\n"
    "VELMONT, 16 June 2020 - The Velmont and Ostria governments have signed an agreement"
    " on sharing harbour data.\n\n"
    "Ports Minister Ilse Marren said:\n\n"
    "This accord brings the first shared harbour map within reach.\n\n"
    "Our shipping firms gain a great deal, and I expect new jobs on both"
    " coasts.\n\n"
    "Tomas Reyl, Velmont Ambassador to Ostria said:\n\n"
    "This accord opens a new chapter for the two harbour offices.\n\n"
    "The Velmont Government gave the harbour offices 4 million"
    " last year.\n"
)


def test_unmarked_paragraphs_after_said_colon_are_quotes_until_the_narrative_resumes() -> None:
    d = build_draft(_SAID_COLON)
    quotes = [
        (q.text[:24], speaker) for (_, q, _), speaker in zip(d.quotes, speakers(d), strict=True)
    ]
    assert quotes == [
        ("This accord brings the f", "Ilse Marren"),
        ("Our shipping firms gain ", "Ilse Marren"),
        ("This accord opens a new ", "Tomas Reyl"),
    ]


def test_an_unmarked_paragraph_in_the_first_person_is_the_quote_of_the_line_below() -> None:
    d = build_draft(
        "Harrowgate University signs MoU with Ostrow University\n\n"
        "HARROWGATE, 3 May 2021 - Harrowgate University and Ostrow University signed a"
        " memorandum of understanding on joint research.\n\n"
        "We are glad to work with Ostrow University on our shared research"
        " goals.\n\n"
        "Professor Nell Ashdown OBE, Harrowgate University Vice-Chancellor\n\n"
        "The two universities will exchange staff from next year.\n"
    )
    assert [q.text[:12] for _, q, _ in d.quotes] == ["We are glad "]
    assert speakers(d) == ["Nell Ashdown"]
    assert ("Vice-Chancellor", "Harrowgate University") in roles(d, "Nell Ashdown")


_IN_THE_SENTENCE = (
    "Orrin Press and the Kestrel Foundation open a journalism school\n\n"
    "Velmont, Apr 8 (ORP).- The president of Orrin Press, Mara Quell, and the general"
    " director of the Kestrel Foundation, Tobias Renn, have signed a protocol to open a"
    " journalism school.\n\n"
    "During her visit on Thursday, Quell said it was \u201ca pleasure to put her name to the accord,"
    " the first of many steps,\u201d adding that more would follow.\n\n"
    "Renn thanked Quell for \u201cthe choice to bring the Kestrel Foundation into the"
    " school\u201d, particularly because both share many interests.\n\n"
    "Tobias Renn welcomed the school, which, as he stated, \u201cwill greatly"
    " widen\u201d training in the region.\n\n"
    "\u201cI have hoped for this school since my first day at Orrin Press\u201d, said the"
    " president of the Velmarian agency, who also praised the foundation.\n"
)


def test_a_quote_in_a_sentence_is_its_subjects_or_the_parenthetic_speakers() -> None:
    d = build_draft(_IN_THE_SENTENCE)
    by_start = {q.text[:12]: s for (_, q, _), s in zip(d.quotes, speakers(d), strict=True)}
    assert by_start["a pleasure t"] == "Mara Quell"
    # The subject, not the person named last before the quote.
    assert by_start["the choice t"] == "Tobias Renn"
    # Three words after "as he stated" are speech.
    assert by_start["will greatly"] == "Tobias Renn"
    # "the president of the Velmarian agency": the one person titled president.
    assert by_start["I have hoped"] == "Mara Quell"


def test_according_to_earlier_in_the_sentence_names_the_speaker() -> None:
    d = build_draft(
        "Velmont and Ostria discuss the Coastal Alliance\n\n"
        "VELMONT, 3 May 2017 - Velmont President Ada Morrow and Ostria President Ivo Lind"
        " met on Monday.\n\n"
        "According to Ivo Lind, after the talks with Ada Morrow 2017 will be \u201ca year of steady gains for the"
        " alliance and the region.\u201d\n"
    )
    assert speakers(d) == ["Ivo Lind"]


def test_a_closing_mark_that_opens_a_paragraph_after_according_to_him() -> None:
    d = build_draft(
        "Orrin News Agency and Kestrel TV sign MoU\n\n"
        "The Orrin News Agency (ONA) and Kestrel TV have signed a memorandum of understanding"
        " on news exchange.\n\n"
        "In his remarks, the Managing Director of ONA, Tal Voss, said that the MoU opened a"
        " new phase.\n\n"
        "According to him, the partnership will bring the two newsrooms closer.\n\n"
        "\u201dWith this MoU, we renew our promise of accurate reporting.\n\n"
        "\u201dOur two newsrooms will gain from it.\u201d\n\n"
        "In his remarks, the Chairman of Kestrel TV, Mr Ivo Brandt, welcomed the deal.\n\n"
        "Brandt said that the network had long worked across borders.\n\n"
        "\u2018\u2018Though far apart, our two countries talk every"
        " week.\u2019\u2019\n"
    )
    assert [q.text[:10] for _, q, _ in d.quotes] == ["With this ", "Our two ne", "Though far"]
    assert speakers(d) == ["Tal Voss", "Tal Voss", "Ivo Brandt"]


def test_two_people_joined_by_and_each_keep_their_own_title_and_organisation() -> None:
    d = build_draft(
        "Orrin Fund and Ostria sign water accord\n\n"
        "Velmont, 4 March 2014 - Orrin Fund Under-Secretary-General Ada Morrow and United Arab"
        " Emirates (UAE) Minister of Ports and Water, Dr Ivo Lind Bin Tarek, signed a"
        " broad accord on harbour water.\n\n"
        "Ms. Morrow then agreed funding with the Republic of Korea Deputy Minister"
        " of Ports, Mr. Tal Voss, for the fund.\n"
    )
    assert roles(d, "Ada Morrow") == {("Under-Secretary-General", "Orrin Fund")}
    assert roles(d, "Ivo Lind Bin Tarek") == {
        ("Minister of Ports and Water", "United Arab Emirates")
    }
    assert roles(d, "Tal Voss") == {("Deputy Minister of Ports", "Republic of Korea")}


def test_a_title_keeps_its_bracketed_portfolio_and_its_units_name() -> None:
    d = build_draft(
        "KESTREL, Velmont, 3 May 2023 - The Kestrel Cultural Organization (KCO) and the Orrin"
        " Fund signed an MoU on Wednesday.\n\n"
        "The MoU was signed by Mr. Tor Renwick, Head of the Outreach and Regional"
        " Liaison Sector, and Dr. Ada Morrow, Orrin Fund Director-General, in the"
        " presence of guests.\n"
    )
    # A unit of the release's issuer: the issuer's, with a note for the reviewer.
    assert roles(d, "Tor Renwick") == {
        (
            "Head of the Outreach and Regional Liaison Sector",
            "Kestrel Cultural Organization",
        )
    }
    assert not any(e.name == "Liaison Sector" for e in d.registry.entities.values())
    assert any("Tor Renwick" in w for w in d.warnings)


def test_a_minister_of_a_portfolio_is_at_its_ministry_or_in_the_one_country() -> None:
    d = build_draft(
        "VELMONT, Aldoria, April 3, 2017 - The Ministry of Ports & Shipping of Velmont (MPS)"
        " and the Orrin Institute (ORI) signed a memorandum of understanding.\n\n"
        "Dr. Ivo Lind, Minister of Ports & Shipping, visited the Orrin Institute.\n\n"
        "Speaking in Velmont, the Honourable Tana Rell, Minister of State (Ports and"
        " Shipping) announced funding from the Government of Canada.\n"
    )
    assert roles(d, "Ivo Lind") == {
        ("Minister of Ports & Shipping", "Ministry of Ports & Shipping of Velmont")
    }
    assert roles(d, "Tana Rell") == {
        ("Minister of State (Ports and Shipping)", "Government of Canada")
    }


def test_titled_people_joined_by_and_share_the_from_that_closes_their_group() -> None:
    d = build_draft(
        "Orrin Institute and Kestrel Alliance sign MoU\n\n"
        "VELMONT, 17 Nov 2020 - The Orrin Institute (ORI) and the Kestrel Alliance signed an"
        " MoU.\n\n"
        "In attendance were Director General Dr. Ivo Lind and Deputy Director General Dr. Ana"
        " Roe from ORI, and Director General Prof. Tal Voss and Director Mr. Ed Brandt from"
        " the Kestrel Alliance.\n"
    )
    assert roles(d, "Ivo Lind") == {("Director General", "Orrin Institute")}
    assert roles(d, "Tal Voss") == {("Director General", "Kestrel Alliance")}


def test_an_ambassador_serves_the_one_country_his_appositive_names() -> None:
    d = build_draft(
        "VELMONT, 12 January 2018 - The Orrin Fund and the Kestrel Health Organisation signed"
        " an agreement.\n\n"
        "It was signed in the presence of Tomas Reyl Bin Saeed, Ambassador, Permanent"
        " Representative of the United Arab Emirates to the Kestrel Office in Velmont.\n"
    )
    assert ("Ambassador", "Government of United Arab Emirates") in roles(d, "Tomas Reyl Bin Saeed")
    assert not any(e.name == "Arab Emirates" for e in d.registry.entities.values())


def test_a_title_named_again_keeps_its_stated_organisation() -> None:
    d = build_draft(
        "KESTREL, 3 May 2019 - Ada Morrow, Chief Minister of the Kestrel Territory Government,"
        " led a trade mission to Ghana.\n\n"
        "Chief Minister Ada Morrow met health officials in Accra.\n\n"
        "ORRIN -- Mr. Ivo Lind, Vice Minister of the Velmarian Government\u2019s Ministry of"
        " Ports (MOP), and Tal Voss, co-chair of the Orrin Fund, signed an agreement.\n"
    )
    # Never a second role in the one country the release names.
    assert roles(d, "Ada Morrow") == {("Chief Minister", "Kestrel Territory Government")}
    assert not any("Ministry" in e.name for e in d.registry.entities.values() if e.kind == "person")


def test_an_ambassador_posted_to_a_country_serves_the_country_of_his_adjective() -> None:
    d = build_draft(
        "Orrin Coalition welcomes a new member\n\n"
        "South Korean Ambassador to Norway Tal Voss is seen at the signing. (Lantern)\n\n"
        "South Korean Ambassador to Norway Tal Voss took part in an online ceremony on"
        " Tuesday to join the Orrin Coalition.\n"
    )
    assert roles(d, "Tal Voss") == {
        ("South Korean Ambassador to Norway", "Government of South Korea")
    }


def test_a_state_minister_is_not_given_the_country_the_release_also_names() -> None:
    d = build_draft(
        "The Kestrel Government will fund research at ten universities for five years.\n\n"
        "Minister for Ports and Trade Ivo Lindqvist said the funding would create jobs.\n\n"
        "The state already runs a pilot plant, unlike others in Australia.\n"
    )
    # Two governments in all (the state's and the country's): nothing fits for sure.
    assert roles(d, "Ivo Lindqvist") == {("Minister for Ports and Trade", None)}


def test_a_contact_block_gives_its_label_as_each_persons_title() -> None:
    d = build_draft(
        "Harrowgate University and Orrin National Laboratory Sign Agreement\n"
        "FOR IMMEDIATE RELEASE\n"
        "Media Contacts:\n"
        "Nell Ashdown\n"
        "Harrowgate University\n"
        "480-555-0179\n"
        "Tomas Reyl\n"
        "ONL\n"
        "509-555-0183\n\n"
        "VELMONT, Aldoria, 3 May 2021 - Harrowgate University and the Orrin National"
        " Laboratory (ONL) signed an agreement on grid research.\n\n"
        "Press contact: Ada Morrow, Orrin National Laboratory, ada@onl.example\n"
    )
    assert roles(d, "Nell Ashdown") == {("Media Contact", "Harrowgate University")}
    assert roles(d, "Tomas Reyl") == {("Media Contact", "Orrin National Laboratory")}
    assert roles(d, "Ada Morrow") == {("Press Contact", "Orrin National Laboratory")}


def test_an_attribution_with_dotted_degrees_or_a_quoted_nickname_names_the_speaker() -> None:
    d = build_draft(
        "VELMONT, Aldoria, 3 May 2021 - Harrowgate University and the Orrin National"
        " Laboratory signed an agreement on grid research.\n\n"
        "\u201cThis grant changes a lot for our nurses,\u201d said Nell M. Ashdown, M.D.,"
        " M.P.H., dean of the Harrowgate School of Nursing.\n\n"
        "\u201cBoth teams want the same research results\u201d says Tomas"
        " \u201cTom\u201d Reyl, senior vice president of research at Harrowgate University.\n"
    )
    assert speakers(d) == ["Nell M. Ashdown", "Tomas Reyl"]
    assert {t for t, _ in roles(d, "Nell M. Ashdown")} == {"dean"}
    assert ("senior vice president of research", "Harrowgate University") in roles(d, "Tomas Reyl")


def test_an_appositive_title_of_the_kind_is_at_the_one_organisation_of_that_kind() -> None:
    d = build_draft(
        "VELMONT, Aldoria, 3 May 2021 - The Orrin Vaccine Institute and the Kestrel Alliance"
        " signed an agreement.\n\n"
        "The deal was welcomed by Ivo Lind, director general of the institute, and Tal Voss,"
        " the alliance's chair.\n"
    )
    assert roles(d, "Ivo Lind") == {("director general", "Orrin Vaccine Institute")}
    assert roles(d, "Tal Voss") == {("chair", "Kestrel Alliance")}


def test_a_unit_named_after_its_parent_a_longer_portfolio_and_a_bracketed_second_role() -> None:
    d = build_draft(
        "VELMONT, 12 January 2018 - The Ministry of Ports and Shipping and the Kestrel Health"
        " Organisation (KHO) signed an agreement.\n\n"
        "It was signed by Tomas Reyl, Assistant Minister of Ports and Shipping for Coastal"
        " Affairs, and Dr. Ada Morrow, Executive Director of the KHO Harbour Emergencies"
        " Programme.\n\n"
        "Attending were Director General Prof. Ivo Lind (Professor at Orrin University) and"
        " Director Mr. Tal Voss from the Kestrel Health Organisation.\n"
    )
    assert roles(d, "Tomas Reyl") == {
        (
            "Assistant Minister of Ports and Shipping for Coastal Affairs",
            "Ministry of Ports and Shipping",
        )
    }
    assert roles(d, "Ada Morrow") == {
        (
            "Executive Director of the KHO Harbour Emergencies Programme",
            "Kestrel Health Organisation",
        )
    }
    assert ("Professor", "Orrin University") in roles(d, "Ivo Lind")
    assert ("Director General", "Kestrel Health Organisation") in roles(d, "Ivo Lind")


def test_a_family_name_after_an_honorific_title_with_its_organisation_is_a_person() -> None:
    d = build_draft(
        "VELMONT, Aldoria, 3 May 2021 - Orrin Sensors signed a research agreement with the"
        " University of Kestrel (UoK).\n\n"
        "The project is led by Professor Vellam of the UoK, who began it two years ago.\n\n"
        "It was signed in the presence of UoK director Prof Ivo Lind and GM-HR MD Varma of"
        " Orrin Sensors.\n"
    )
    assert roles(d, "Vellam") == {("Professor", "University of Kestrel")}
    # (Only after a title written as an honorific: "GM-HR MD Varma of X" is a list's.)
    assert not any(e.name == "Varma" for e in d.registry.entities.values())


def test_the_national_title_is_the_one_holder_of_it_never_a_guess() -> None:
    d = build_draft(
        "Kenya and Ghana talk about the Coastal Alliance\n\n"
        "NAIROBI, 3 May 2017 - Tana Rell, President of Kenya, and Ivo Lind, President of"
        " Ghana, met on Monday.\n\n"
        "\u201cTrade between us should double within five years,\u201d Lind said"
        " in his speech.\n\n"
        "The Kenyan president noted that the"
        " partnership matters more amid \u201crising doubts"
        " about world trade.\u201d\n\n"
        "According to the Ugandan president, 2017 will be \u201ca year of steady gains for"
        " the alliance.\u201d\n"
    )
    by_start = {q.text[:12]: s for (_, q, _), s in zip(d.quotes, speakers(d), strict=True)}
    assert by_start["rising doubt"] == "Tana Rell"
    # No president of that country in the release: no speaker, for review.
    assert "a year of st" not in by_start


def test_an_organisation_described_by_its_kind_is_the_one_the_sentence_names_before() -> None:
    d = build_draft(
        "Velmont joins the Coalition for Harbour Preparedness\n\n"
        "VELMONT, 3 May 2020 - Velmont joined the Coalition for Harbour Preparedness (CHP) and"
        " promised 2 million euros a year.\n\n"
        "Ivo Lind took part for Velmont, signing up to the coalition with Tana Rell, chief"
        " executive of the Ostria-based organization, the ministry said.\n"
    )
    assert roles(d, "Tana Rell") == {("chief executive", "Coalition for Harbour Preparedness")}
    assert not any("based organization" in e.name for e in d.registry.entities.values())
