"""Kinds of wording from a fifth and sixth set of real releases (not in the repo), each
as an invented release with what the draft must say.

The kinds: Commonwealth styles ("The Honourable"); a place whose name opens with a word
that is also an honorific ("Prince Orrin Island"), never a person; a government
statement signed below the quote by a name line and a title line; unit titles written
with a dash or a slash ("Dean-School of X", "Director / Institute of Y"); the titles in
"The X faculty members, including ..." held at X; a title in brackets after a comma; a
short form that spells a long name's initials when a dash adds a place to a longer one.
The real releases are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

from bot.ingest import build_draft
from bot.kb.models import EntityKind
from tests.draftviews import names, roles, speakers


def test_a_place_is_never_a_person_and_the_honourable_is_an_honorific() -> None:
    d = build_draft(
        "VELMONT, Aldoria, March 3, 2011 - The Honourable Tana Rell, Minister of Rural"
        " Affairs; the Honourable Osric Pell, Premier of Prince Orrin Island; and Ivo Lind,"
        " Chief of the Kestrel Lake First Nation today signed a partnership agreement.\n\n"
        "\u201cThis agreement brings three governments to one table for good,\u201d said"
        " Minister Rell. \u201cIt will help every family on Prince Orrin Island.\u201d\n\n"
        "\u201cIt is an honour to sign for the people of our province,\u201d said Premier"
        " Osric Pell.\n"
    )
    assert speakers(d) == ["Tana Rell", "Tana Rell", "Osric Pell"]
    assert roles(d, "Tana Rell") == {("Minister of Rural Affairs", None)}
    assert ("Premier", "Prince Orrin Island") in roles(d, "Osric Pell")
    assert roles(d, "Ivo Lind") == {("Chief", "Kestrel Lake First Nation")}
    assert not {"Orrin Island", "Tana Rell, Minister"} & names(d)


def test_a_statement_signed_below_the_quote_by_a_name_and_a_title_line() -> None:
    d = build_draft(
        "VELMONT, Aldoria, Sept. 4, 2019 /Lantern Wire/ - The Government of Aldoria and the"
        " Kestrel Lake First Nation signed a preliminary agreement.\n\n"
        "\u201cBy signing this agreement, we start a new relationship built on respect. It"
        " shows our commitment to the priorities of the community.\u201d\n\n"
        "The Honourable Tana Rell, M.D., P.C., M.P.\n\n"
        "Minister of Northern Relations\n\n"
        "The agreement sets out priorities for the talks.\n"
    )
    assert speakers(d) == ["Tana Rell"]
    assert roles(d, "Tana Rell") == {("Minister of Northern Relations", None)}
    assert not any("no speaker found" in w for w in d.warnings)


def test_unit_titles_with_a_dash_or_a_slash_and_a_group_s_organisation() -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 2, 2023 - Velmont University (VU) and the Orrin Institute of"
        " Marine Science\u2014Kestrel (OIMS-K) signed a memorandum of understanding.\n\n"
        "The MoU was signed by Dr. Ada Morrow, (Registrar), and Mr. Ivo Lind"
        " (Administrative Officer) in the presence of Prof. Tana Rell, Director, OIMS; and"
        " Prof. Osric Pell, Director / Institute of Tides.\n\n"
        "The VU faculty members, including Prof. Mila Ostrander, Dean-School of Chemistry;"
        " and Prof. Kaija Moor, Head-Department of Physics, also attended the signing.\n"
    )
    assert roles(d, "Mila Ostrander") == {("Dean-School of Chemistry", "Velmont University")}
    assert roles(d, "Kaija Moor") == {("Head-Department of Physics", "Velmont University")}
    assert roles(d, "Osric Pell") == {("Director", "Institute of Tides")}
    assert roles(d, "Tana Rell") == {("Director", "Orrin Institute of Marine Science")}
    assert ("Registrar", None) in roles(d, "Ada Morrow")
    assert {t for t, _ in roles(d, "Ivo Lind")} == {"Administrative Officer"}
    assert "Administrative" not in names(d)


def test_she_added_after_an_attribution_that_named_her_by_family_name() -> None:
    # (The family name is also read as a party of the last sentence, so the narrative
    # alone does not say who "she" is: the attribution that named her does.)
    d = build_draft(
        "VELMONT, Aldoria \u2013 The Kestrel Agency (KA) and the Orrin Union (OU) today signed"
        " an agreement.\n"
        "The agreement was signed at the KA headquarters by Tana Rell, secretary-general of the"
        " Orrin Union, and Dr Osric Pell, KA director-general.\n"
        "\u201cThis agreement strengthens a close relationship,\u201d said Dr Pell. \u201cThe"
        " crisis showed why we need partners.\u201d\n"
        "Rell said: \u201cThis agreement lets the Union work with the Agency on health.\n"
        "Referring to the crisis, she added: \u201cWe are only safe when every country is.\u201d\n"
        "During the signing ceremony, Rell and Dr Pell repeated their call for equal access to"
        " vaccines.\n"
    )
    assert speakers(d) == ["Osric Pell", "Osric Pell", "Tana Rell", "Tana Rell"]


def test_indented_paragraphs_and_a_quote_after_a_sentence_that_opens_with_its_speaker() -> None:
    d = build_draft(
        "Orrin agency signs deal with Kestrel agency\n\n"
        "(Lantern) - VELMONT, JUL 6 - The Orrin agency and the Kestrel agency signed a news"
        " exchange agreement on Thursday.\n"
        "    The agreement was signed in the presence of the Orrin Ambassador Tana Rell and the"
        " Kestrel Ambassador Osric Pell.\n"
        '    "Relations between our two countries have grown in recent years," said Ambassador'
        " Tana Rell.\n"
        "    \"Today's agreement is an important instrument for both agencies.\n"
        '    "I thank both agencies for signing this agreement".\n'
        "    Kestrel Ambassador Osric Pell also welcomed the agreement.\n"
        '    "I think what we announce today is very useful for our readers."\n'
    )
    assert speakers(d) == ["Tana Rell", "Tana Rell", "Tana Rell", "Osric Pell"]


def test_a_dateline_with_a_state_code_a_story_that_opens_on_the_day_and_a_headline_issuer() -> None:
    d = build_draft(
        "ORTA MoU With the Velmont Office\n\n"
        "Velmont, MA \u2013 On June 11th, 2014, the Orrin Trade Agency (ORTA), signed a"
        " memorandum of understanding with the Velmont Office of Trade and Investment (VOTI)"
        " to support trade between Orrin and the State of Velmont.\n\n"
        "Trade between Orrin and Velmont companies will be supported by ORTA and VOTI.\n"
    )
    assert d.meta.date is not None and d.meta.date.isoformat() == "2014-06-11"
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"
    assert d.meta.publisher == "Orrin Trade Agency"
    assert not any("With" in n for n in names(d))
    # A country is never the short form of an organisation named after it.
    d = build_draft(
        "VELMONT, Aldoria, May 2, 2014 - The Norway Orrin Trade Organization signed an"
        " agreement with Velmont.\n\nNorway and Velmont will share trade data.\n"
    )
    assert all("Norway" not in e.aliases for e in d.registry.entities.values())


def test_a_regional_wire_in_brackets_before_the_date_is_the_publisher() -> None:
    d = build_draft(
        "Kestrel Fund Announces Latest Round of Grants\n\n"
        "VELMONT, PA (VelmontNewsWire.com), June 18th, 2020 \u2014 Today, the Kestrel Fund"
        " announced the latest round of grants through its Community Needs Fund.\n\n"
        "Jane Orrin, President and CEO of the Kestrel Fund remarked: \u201cEvery grant counts"
        " for the people we serve.\u201d\n"
    )
    assert d.meta.publisher == "VelmontNewsWire"
    assert d.meta.date is not None and d.meta.date.isoformat() == "2020-06-18"
    assert roles(d, "Jane Orrin") == {("President and CEO", "Kestrel Fund")}


def test_page_furniture_above_an_undated_page_is_never_the_headline() -> None:
    d = build_draft(
        "Skip to Main Content\n\nWeb Archive\n\nprint small medium large\n\n"
        "December 1, 2007\n\nFor immediate release\n\n"
        "Orrin and the Kestrel Lake First Nation Embark on New Partnership\n\n"
        "The Honourable Tana Rell, Minister of Rural Affairs, and Ivo Lind, Chief of the"
        " Kestrel Lake First Nation, today signed the Orrin Kestrel Partnership Agreement"
        " to work together on housing, schools and roads for the next ten years.\n"
    )
    assert d.meta.title == "Orrin and the Kestrel Lake First Nation Embark on New Partnership"
    d = build_draft(
        "7 mins read\n\nKestrel Fund Announces Grants\n\n"
        "VELMONT, PA, June 18, 2020 \u2014 The Kestrel Fund announced grants.\n"
    )
    assert d.meta.title == "Kestrel Fund Announces Grants"


def test_sentences_glued_without_a_space_and_a_title_of_an_organisation_before_a_name() -> None:
    d = build_draft(
        "Velmont, Oct. 2 (Lantern) -- The University of Velmont (UV) signed a memorandum of"
        " understanding with the Orrin University of Kestrel.The deal was inked by UV"
        " President Tana Rell and Vice-Chancellor of the University of Kestrel Osric"
        " Pell.The agreement covers student exchanges.\n"
    )
    assert roles(d, "Tana Rell") == {("President", "University of Velmont")}
    assert roles(d, "Osric Pell") == {("Vice-Chancellor", "University of Kestrel")}
    assert "University of Kestrel" in names(d)
    assert not any("Osric" in n for n in names(d) if n != "Osric Pell")
    assert any(text.startswith("The agreement covers") for _, f in d.facts for text in [f.text])


def test_a_headline_verb_after_a_name_and_a_copula_with_as() -> None:
    d = build_draft(
        "Statement by ORDA Acting Administrator Tana Rell Announcing Funding for Clinics\n\n"
        "Speeches\n\nFor Immediate Release\n\nThursday, June 11, 2020\n\n"
        "Today, I am announcing a new award from the Orrin Relief and Development Agency"
        " (ORDA) to the Kestrel Care Foundation for clinics in five countries.\n\n"
        "The agreement was signed by Velmar\u2019s Health Minister Ivo Lind and his Ostrian"
        " counterpart Mila Ostrander, who is double-hatted as vice president of Ostria.\n"
    )
    assert roles(d, "Tana Rell") == {
        ("Acting Administrator", "Orrin Relief and Development Agency")
    }
    assert roles(d, "Mila Ostrander") == {("vice president", "Ostria")}
    assert d.meta.publisher != "Speeches"


def test_a_spanish_release_with_a_place_and_state_dateline_and_two_rectors() -> None:
    d = build_draft(
        "Velmont; N.L.- Con el objetivo de fortalecer la formaci\u00f3n de posgrado, la"
        " Universidad Aut\u00f3noma de Velmont (UAV) y la Universidad de Orrin (UO), Espa\u00f1a,"
        " firmaron un convenio de colaboraci\u00f3n acad\u00e9mica.\n\n"
        "El Rector de la UAV, Tana Rell Ortiz, y el Rector de la UO, Osric Pell D\u00edaz,"
        " signaron este acuerdo.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"
    assert d.meta.publisher == "Universidad Aut\u00f3noma de Velmont"
    assert roles(d, "Osric Pell D\u00edaz") == {("Rector", "Universidad de Orrin")}
    assert roles(d, "Tana Rell Ortiz") == {("Rector", "Universidad Aut\u00f3noma de Velmont")}


def test_a_french_release_with_parties_joined_by_et_and_lower_case_ministers() -> None:
    d = build_draft(
        "Convention de partenariat entre Velposte et le Groupe Orrin Courrier\n\n"
        "Velposte et le Groupe Orrin Courrier ont sign\u00e9 lundi \u00e0 Velmont une"
        " convention de partenariat. En vertu de ce contrat, conclu en pr\u00e9sence de la"
        " ministre des Ports et des voies navigables, Tana Rell et le"
        " ministre orrinais du Redressement productif, Osric Pell, la partie orrinaise va"
        " aider.\n"
    )
    assert {"Velposte", "Groupe Orrin Courrier"} <= names(d)
    assert "Groupe" not in names(d)
    assert roles(d, "Tana Rell") == {("ministre des Ports et des voies navigables", None)}
    assert roles(d, "Osric Pell") == {("ministre orrinais du Redressement productif", None)}


def test_a_photo_credit_names_the_page_s_owner_and_a_date_line_dates_a_year_less_dateline() -> None:
    d = build_draft(
        "Orrin Union partners with the Kestrel Fund on tolerance\n\n"
        "\u00a9 Kestrel Fund/J. Doe\n\n"
        "Paris, 14 October 2015 \u2013 The Secretary-General of the Orrin Union, Tana Rell,"
        " visited the Kestrel Fund headquarters today to sign a partnership.\n"
    )
    assert d.meta.publisher == "Kestrel Fund"
    d = build_draft(
        "date 2019-10-23\nVELMONT HILLS, Oct 22: Orrin University (OU) has signed a"
        " memorandum of understanding with the Kestrel University of Technology.\n"
    )
    assert d.meta.date is not None and d.meta.date.isoformat() == "2019-10-22"


def test_a_description_before_the_title_and_a_first_nation_as_a_party() -> None:
    d = build_draft(
        "VELMONT, Aldoria, Dec. 21, 2016 - The Orrin Press Association (OPA) has become the"
        " chief subscriber of the Kestrel News Wire in a partnership with the Kestrel Lake"
        " First Nation.\n\n"
        "\u201cI am honored that the OPA chose our wire,\u201d said Tana Rell, an award-winning"
        " 30-year veteran of the Orrin Press, founder of the Kestrel News Wire and former"
        " Velmont Correspondent and editor-in-chief of the OPA News Service.\n"
    )
    assert ("founder", "Kestrel News Wire") in roles(d, "Tana Rell")
    assert "Kestrel Lake First Nation" in names(d)


def test_a_name_with_of_the_inside_before_its_head_word() -> None:
    d = build_draft(
        "VELMONT, ON, Sept. 10, 2019 /Lantern Wire/ - The Government of Aldoria and the"
        " Orrinaugas of the Kestrel First Nation have signed a preliminary agreement.\n\n"
        "Students of the Velmont University will help.\n"
    )
    assert "Orrinaugas of the Kestrel First Nation" in names(d)
    assert "Students of the Velmont University" not in names(d)


def test_a_contact_block_names_a_person_with_a_title() -> None:
    d = build_draft(
        "Kestrel Fund Announces Grants\n"
        "FOR IMMEDIATE RELEASE\n"
        "Media Contact:\n"
        "Tana M. Rell\n"
        "Chief Operating Officer\n"
        "VELMONT, PA, June 18, 2020 \u2014 Today, the Kestrel Fund announced its latest"
        " round of grants to small community organisations in the Velmont region.\n"
    )
    assert roles(d, "Tana M. Rell") == {("Chief Operating Officer", "Kestrel Fund")}
    d = build_draft(
        "VELMONT, PA, June 18, 2020 \u2014 Today, the Orrin Trust and the Kestrel Fund"
        " announced a partnership.\n\n"
        "Press contacts\n\nOsric Pell\n\nDirector of Communications\n\nKestrel Fund\n"
    )
    assert roles(d, "Osric Pell") == {("Director of Communications", "Kestrel Fund")}


def test_a_party_after_with_in_the_headline_is_the_partner_not_the_issuer() -> None:
    d = build_draft(
        "Initiative with Orrinwell aims to strengthen primary care across Velmar\n\n"
        "The Administration today announced a partnership between the Velmar Department of"
        " Health (VDH) and Orrinwell to expand access to care.\n\n"
        "Through a five-year agreement, VDH and Orrinwell will train clinics.\n"
    )
    assert d.meta.publisher == "Velmar Department of Health"


def test_a_chief_of_a_first_nation_and_a_premier_of_a_province() -> None:
    d = build_draft(
        "VELMONT, Aldoria, March 3, 2011 - The Honourable Osric Pell, Premier of Prince"
        " Orrin Island, and Ivo Lind, Chief of the Kestrel Lake First Nation, signed a"
        " partnership agreement.\n\n"
        "\u201cThis is a historic day for our people,\u201d said Chief Ivo Lind of Kestrel"
        " Lake First Nation.\n"
    )
    assert "Chief Ivo Lind of Kestrel Lake First Nation" not in names(d)
    places = {e.name for e in d.registry.entities.values() if e.kind == EntityKind.PLACE}
    assert "Prince Orrin Island" in places
    assert roles(d, "Osric Pell") == {("Premier", "Prince Orrin Island")}


def test_one_line_signatures_below_quotes() -> None:
    opening = (
        "VELMONT, ON, Sept. 10, 2019 /Lantern Wire/ - The Government of Aldoria and the"
        " Kestrel Lake First Nation signed an agreement.\n\n"
        "\u201cBy signing this agreement, we start a new relationship built on respect.\u201d\n\n"
    )
    second = (
        "\u201cWe are pleased to continue our relationship with Aldoria and look ahead.\u201d\n\n"
    )
    # The name line and the title line of each signature in one block.
    d = build_draft(
        opening
        + "The Honourable Tana Rell, P.C., M.P.\nMinister of Northern Relations\n\n"
        + second
        + "Chief Osric Pell\nKestrel Lake First Nation\n"
    )
    assert speakers(d) == ["Tana Rell", "Osric Pell"]
    assert roles(d, "Tana Rell") == {("Minister of Northern Relations", None)}
    assert roles(d, "Osric Pell") == {("Chief", "Kestrel Lake First Nation")}
    # A dash, then the name and the title on one line.
    d = build_draft(
        opening
        + "- The Honourable Tana Rell, Minister of Northern Relations\n\n"
        + second
        + "- Chief Osric Pell, Kestrel Lake First Nation\n"
    )
    assert speakers(d) == ["Tana Rell", "Osric Pell"]
    assert roles(d, "Osric Pell") == {("Chief", "Kestrel Lake First Nation")}


def test_officials_from_an_organisation_including_people_with_unit_titles() -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 2, 2023 - Velmont University (VU) and the Orrin Institute (OI)"
        " signed an MoU.\n\nOfficials from VU, including Prof. Ada Morrow, Dean-Faculty of"
        " Law, attended.\n"
    )
    assert roles(d, "Ada Morrow") == {("Dean-Faculty of Law", "Velmont University")}


def test_a_group_of_signatories_closed_by_from_an_organisation() -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 2, 2023 - Velmont University (VU) and the Orrin Institute (OI)"
        " signed an MoU.\n\nThe MoU was signed by Dr. Ada Morrow, (Registrar), Prof. Tana Rell"
        " from the VU, and Mr. Ivo Lind (Finance Officer), Prof. Osric Pell from the OI.\n"
    )
    assert roles(d, "Ada Morrow") == {("Registrar", "Velmont University")}
    assert roles(d, "Ivo Lind") == {("Finance Officer", "Orrin Institute")}


def test_a_quote_after_termed_by_a_title_written_as_initials() -> None:
    d = build_draft(
        "VELMONT HILLS, Oct 22, 2019: Orrin University (OU) has signed an MoU with the"
        " Kestrel University of Technology.\n\n"
        "The MoU was signed in the presence of the OU Vice-Chancellor Prof Tana Rell.\n\n"
        "The VC termed the signing of the MoU \u201ca historic and welcome step for both"
        " universities.\u201d\n"
    )
    assert speakers(d) == ["Tana Rell"]


def test_a_title_at_the_short_form_of_a_longer_name_the_release_gives() -> None:
    d = build_draft(
        "VELMONT, Aldoria, May 2, 2023 - Velmont University and the Orrin Institute of Marine"
        " Science signed an MoU.\n\nThe MoU was signed by Prof. Ivo Lind, Director, Orrin"
        " Institute, and Prof. Ada Morrow, Rector of Velmont University.\n"
    )
    assert roles(d, "Ivo Lind") == {("Director", "Orrin Institute of Marine Science")}
    assert "Orrin Institute" not in names(d)


def test_indian_styles_before_a_name_and_an_office() -> None:
    d = build_draft(
        "VELMONT, Aldoria, 3 March 2021 - The Ministry of Ports and the Orrin Port Authority"
        " signed an MoU in the presence of Shri Ivo Lind, Hon'ble Minister of Ports, and Smt."
        " Tana Rell, Chairperson of the Orrin Port Authority.\n"
    )
    # (The ministry of the portfolio, which the release names: bot/ingest/roles.py.)
    assert roles(d, "Ivo Lind") == {("Hon'ble Minister of Ports", "Ministry of Ports")}
    assert roles(d, "Tana Rell") == {("Chairperson", "Orrin Port Authority")}


def test_a_government_page_dateline_date_first_then_place_and_department() -> None:
    d = build_draft(
        "Aldoria and the Kestrel Lake First Nation sign agreement\n\n"
        "From: Northern Relations Aldoria\n\nNews release\n\n"
        "September 10, 2019 \u2014 Velmont, Ontario \u2014 Northern Relations Aldoria\n\n"
        "The Government of Aldoria and the Kestrel Lake First Nation signed a preliminary"
        " agreement today.\n"
    )
    assert d.meta.date is not None and d.meta.date.isoformat() == "2019-09-10"
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"
    assert d.meta.publisher == "Northern Relations Aldoria"
    assert d.meta.title == "Aldoria and the Kestrel Lake First Nation sign agreement"


def test_a_kind_of_company_then_its_name_and_a_nationality_is_no_party() -> None:
    d = build_draft(
        "VELMONT, Aldoria, 3 March 2021 - The Velmar Post Office and the Orrinese postal group"
        " Kestrel Mail signed a partnership agreement on Monday.\n"
    )
    assert "Kestrel Mail" in names(d) and "Orrinese" not in names(d)
    d = build_draft(
        "Convention de partenariat entre Velposte et le Groupe orrinais Kestrel Courrier\n\n"
        "VELMONT, 3 mars 2021 - Velposte et le Groupe orrinais Kestrel Courrier ont sign\u00e9"
        " une convention de partenariat lundi.\n"
    )
    assert "Kestrel Courrier" in names(d)


def test_a_line_naming_the_wire_that_carried_the_release() -> None:
    d = build_draft(
        "Acme and Orrin sign deal\n\nVELMONT, March 6, 2024 -- The Acme Fund and the Orrin"
        " Trust signed a deal to share river data.\n\n"
        "Distributed by Velmont NewsWire on behalf of the Acme Fund.\n"
    )
    assert d.meta.publisher == "Velmont NewsWire"
    d = build_draft(
        "Acme and Orrin sign deal\n\nBy Velmont Wire Service\n\nVELMONT, March 6, 2024 -- The"
        " Acme Fund and the Orrin Trust signed a deal to share river data.\n"
    )
    assert d.meta.publisher == "Velmont Wire Service"


def test_a_chief_named_without_an_organisation_is_never_placed_silently() -> None:
    # (Session 18: a bare title takes the lead's subject, the issuer, but only as an
    # assumption the review header names; before, it stayed blank.)
    d = build_draft(
        "VELMONT, Aldoria, March 3, 2011 /Lantern Wire/ - The Government of Aldoria signed a"
        " partnership agreement with the First Nations of the Kestrel Lakes.\n\n"
        "\u201cThis is a historic day for our people,\u201d said Chief Osric Pell.\n"
    )
    ((title, org),) = roles(d, "Osric Pell")
    assert title == "Chief"
    assert org is None or any(
        w.startswith("'osric-pell' (Chief): organisation assumed") for w in d.warnings
    )


def test_a_title_case_headline_verb_never_joins_or_opens_a_name() -> None:
    d = build_draft(
        "Aldoria and Orrin Bank Sign Agreement to Fund Rural Schools\n\n"
        "VELMONT, Aldoria, March 3, 2021 - The Government of Aldoria and Orrin Bank signed an"
        " agreement to fund rural schools.\n"
    )
    assert "Orrin Bank" in names(d)
    assert not any("Sign" in n for n in names(d))


def test_a_government_page_names_its_department_below_the_headline() -> None:
    d = build_draft(
        "Skip to Main Content\n\nDecember 1, 2007\n\nFor immediate release\n\n"
        "Aldoria and the Kestrel Lake First Nation Embark on New Partnership\n\n"
        "Office of the Harbour Commissioner\n\n"
        "The Honourable Tana Rell, Minister of Rural Affairs, and Ivo Lind, Chief of the"
        " Kestrel Lake First Nation, today signed the Aldoria Kestrel Partnership Agreement"
        " to work together on housing, schools and roads for the next ten years.\n"
    )
    assert d.meta.publisher == "Office of the Harbour Commissioner"
    d = build_draft(
        "Orrin Relief Agency funds clinics\n\nOffice of Press Relations\n\n"
        "VELMONT, June 11, 2020 - The Orrin Relief Agency (ORA) today announced an award to"
        " the Kestrel Care Foundation.\n"
    )
    assert d.meta.publisher != "Office of Press Relations"


def test_a_title_then_a_dash_or_a_slash_then_its_organisation() -> None:
    d = build_draft(
        "VELMONT, Aldoria, March 3, 2021 /Lantern Wire/ - The Acme Fund and the Orrin Trust"
        " signed a partnership.\n\nJane Doe, Executive Director \u2013 Acme Fund, and John Roe,"
        " Chair / Orrin Trust, signed the agreement.\n"
    )
    assert roles(d, "Jane Doe") == {("Executive Director", "Acme Fund")}
    assert roles(d, "John Roe") == {("Chair", "Orrin Trust")}
