"""Kinds of page from a sixth held-out set of real releases (not in the repo), each as
an invented release with what the draft must say.

The kinds: an agency page whose reporter's byline runs into the dateline, under a page
timestamp that is not the release date; a news page in another language whose section
label names its owner by acronym and whose date line is in that language; a government's
page with no wire, whose publisher is the government (named by the place its label gives,
or the government its minister's release writes about most), never a word of its title,
and whose governments are parties ("the Governments of X and Y", "the X government"); a
programme whose name holds a digit and a title word ("Partner 4 Towns"); an agency named
after a legal form ("Federal State Unitary Enterprise X Agency") and its outlet's brand
given by apposition or "also known as"; a one-word brand (marked \u00ae, or camel-case)
that names a programme; a news report (a newspaper's colon dateline, or a byline over a story about papers) whose
publisher is the paper that ran it, never the first organisation or a printing company; a dateline without a date whose story
says the day it was announced, and a photo caption gives that day's year; partners that open
the sentence as the subject of a party's verb, one word coordinated with another name, and
a brand after its owner's "payments arm"; never the owner or place before "'s national
news agency"; datelines with the date in the release's own language, a country in
brackets or after a title-case city before an agency marker, and a date line under the
headline kept out of the story; programmes named with their year ("Green Ports 2030") or
described as one after their name ("Code4Kids, a coding programme"); the agency a "Source:"
line under a story without a wire names; a department's page published by the one
government it names.
The real releases are measured with
benchmarks/ingest_eval.py.
"""

from __future__ import annotations

import datetime as dt

from bot.ingest import build_draft
from bot.ingest.parties import government_names
from bot.kb.models import EntityKind
from tests.draftviews import names


def test_a_byline_run_into_the_dateline_under_a_page_timestamp() -> None:
    d = build_draft(
        "Tuesday 9 May 2023 - 10:12:05 am\n\n"
        "Two agencies agree to trade photos\n\n"
        "by Ivo Lind ORRINGATE, March 21st, 2019 (KNA) -- The Kestrel News Agency, KNA, has"
        " agreed with the Velmont Press Service that each may reprint the other's photos.\n\n"
        "\u201cOur readers get twice the pictures,\u201d said Tana Rell, who runs KNA.\n"
    )
    assert d.meta.date == dt.date(2019, 3, 21)
    assert d.meta.dateline is not None and d.meta.dateline.city == "Orringate"
    assert d.meta.publisher == "KNA"
    assert d.meta.paragraphs[0].startswith("The Kestrel News Agency, KNA, has agreed")


def test_a_news_page_in_another_language_gives_its_owner_and_date_above_an_english_story() -> None:
    d = build_draft(
        "Notizie dalla rete KTA\n\n"
        "14 Ottobre 2022\n\n\n\n"
        "ORVA and KNA have agreed to swap stories in English and to train each other's"
        " editors; Ambassador Tana Rell watched the ceremony from Velmont on a screen, and"
        " both sides expect the first shared series before the winter holidays.\n\n"
        "\u201cTwo newsrooms can tell one story better,\u201d Ambassador Rell remarked.\n"
    )
    assert d.meta.date == dt.date(2022, 10, 14)
    assert d.meta.publisher == "KTA"
    assert d.meta.paragraphs[0].startswith("ORVA and KNA have agreed")
    assert "Notizie" not in d.meta.title


def test_a_province_s_release_label_names_its_government_and_a_programme_with_a_digit() -> None:
    d = build_draft(
        "Past Releases\n\n"
        "News Release - Velmora\n\n"
        "July 24, 2015\n\n"
        "Province Announces Partner 4 Towns Program for Main Streets\n\n"
        "\u2013 \u2013 \u2013\n"
        "The Velmora government invites town councils to send in plans for the Partner 4"
        " Towns program, Rural Development Minister Tana Rell said today.\n\n"
        "\u201cTowns know best what their main streets need,\u201d said Minister Rell.\n\n"
        "\u201cWe will help every council with its form,\u201d said Ivo Lind, president,"
        " Association of Velmora Towns.\n"
    )
    assert d.meta.publisher == "Government of Velmora"
    assert "Government of Velmora" in names(d, EntityKind.ORGANIZATION)
    programme = next(e for e in d.registry.entities.values() if "Partner 4 Towns" in e.name)
    assert programme.kind == EntityKind.INITIATIVE
    assert "Partner 4 Towns" in [programme.name, *programme.aliases]
    assert "Towns" not in names(d)


def test_a_joint_release_of_two_governments_published_by_the_one_it_writes_about() -> None:
    d = build_draft(
        "|\n||\n|\n"
        "News Release - September 29, 2003 ORRIN AND VELMORA OPEN A FERRY FUND TOGETHER\n"
        "Transport Minister Tana Rell, standing in for Harbours Minister Osric Pell, and Velmora"
        " Minister for Ports Ivo Lind opened a ferry fund on the Velmora quay this morning, with"
        " the first boats, two tugs and a crane lined up behind them for the crowd to see.\n"
        "The Governments of Orrin and Velmora put up half the money each for the Orrin-Velmora"
        " Ferry Accord (OVFA). Ferry operators may ask for help with new engines, with cleaner"
        " fuel, with ramps that wheelchairs can use and with timetables that match the trains."
        " Velmora islanders on every route should see a change by the next summer season, the"
        " ministers said, and more calls for plans will follow once the first boats run.\n"
    )
    assert d.meta.date == dt.date(2003, 9, 29)
    assert d.meta.publisher == "Government of Velmora"
    orgs = names(d, EntityKind.ORGANIZATION)
    assert {"Government of Orrin", "Government of Velmora"} <= orgs
    assert not {"Governments of Orrin", "Velmora", "Orrin"} & orgs
    assert not d.meta.paragraphs[0].startswith("|")
    assert d.meta.title == "ORRIN AND VELMORA OPEN A FERRY FUND TOGETHER"
    # A company's release with a government as its partner stays the company's.
    company = build_draft(
        "News Release\n\nAcme and Orrin sign water pact\n\n"
        "TALLIS, May 4, 2021 - Acme Corp and the Government of Velmora signed an agreement"
        " today to clean the Velmora river.\n\n"
        "\u201cClean water matters,\u201d said Minister Tana Rell.\n"
    )
    assert company.meta.publisher == "Acme Corp"


def test_government_names_in_each_order_and_never_a_demonym() -> None:
    assert government_names("The Governments of Orrin and Velmora put up the money") == [
        "Government of Orrin",
        "Government of Velmora",
    ]
    # A singular government before "and": the next name is another party, not a place.
    assert government_names("the Government of Orrin and the Velmora Fund signed") == [
        "Government of Orrin"
    ]
    assert government_names("The Velmora government encourages towns") == ["Government of Velmora"]
    assert government_names("Velmora's government and the Kestrel Fund signed") == [
        "Government of Velmora"
    ]
    assert government_names("the governments of Velmora and Orrin signed") == [
        "Government of Velmora",
        "Government of Orrin",
    ]
    assert government_names("The Government of the Republic of Velmora signed") == [
        "Government of the Republic of Velmora"
    ]
    assert government_names("the Orrinese government said") == []
    assert government_names("the Velmora Government Services Agency") == []


def test_an_agency_after_its_legal_form_and_the_brand_its_outlet_goes_by() -> None:
    d = build_draft(
        "ORRINGATE, March 21st, 2019 (KNA) -- The Kestrel News Agency, KNA, will share its"
        " weather pictures with the Federal State Unitary Enterprise Orrvia Vestnik"
        " Information Agency, which owns the radio brand, Lumo Information Agency, LUMO, under a"
        " deal agreed this week.\n\n"
        "Tana Rell of KNA and Ivo Lind, head of partnerships at Lumo, agreed the deal.\n"
    )
    orgs = {e.name: e.aliases for e in d.registry.entities.values()}
    assert "Orrvia Vestnik Information Agency" in orgs
    assert "LUMO" in orgs["Lumo Information Agency"]
    d = build_draft(
        "VELMONT, Aldoria, May 2, 2021 - The Kestrel News Agency will trade weather pictures"
        " with the Orrvia Vestnik Information Agency, also known as Lumo, from today.\n"
    )
    assert "Lumo" in next(
        e.aliases for e in d.registry.entities.values() if e.name.startswith("Orrvia Vestnik")
    )


def test_a_one_word_brand_that_names_a_recycling_programme() -> None:
    d = build_draft(
        "TALLIS, Aldoria, Nov. 12, 2020 (GLOBE NEWSWIRE) -- Orrin Decking and Velmart Stores"
        " will turn old shopping bags into garden benches. Velmart has already sent its"
        " stores' used wrap to the LoopDeck\u00ae bag and wrap recycling program since 2015.\n\n"
        "Velmart shoppers can also return film to the CurbCycle collection program in stores.\n"
    )
    assert {"LoopDeck", "CurbCycle"} <= names(d, EntityKind.INITIATIVE)


def test_a_news_report_is_never_published_by_the_parties_it_reports_on() -> None:
    colon = build_draft(
        "VELMONT: Orrin Ferry Board (OFB) and Kestrel Harbour Trust (KHT) will run a joint"
        " night ferry from May, the two bodies said on Monday.\n\n"
        "OFB chief Tana Rell said the boats would carry bikes free of charge.\n",
        date=dt.date(2022, 4, 11),
    )
    assert colon.meta.publisher is None
    assert colon.meta.dateline is not None and colon.meta.dateline.city == "Velmont"
    assert any("news report" in w for w in colon.meta.warnings)
    byline = build_draft(
        "By Ivo Lind\n\n"
        "The Velmont Daily Courier (VDC) and the Orrin Evening Times (OET), owned by Kestrel"
        " Printing Service, Inc, will share a crossword page from next month, their editors"
        " said in Tallis on Wednesday.\n\n"
        "Readers of the Orrin Evening Times asked for the puzzle for years.\n",
        date=dt.date(2022, 11, 24),
    )
    assert byline.meta.publisher is None
    note = next(w for w in byline.meta.warnings if "news report" in w)
    assert "Velmont Daily Courier" in note and "Orrin Evening Times" in note
    one_paper = build_draft(
        "By Ivo Lind\n\n"
        "The Velmont Daily Courier and the Kestrel Arts Fund signed a partnership on"
        " Wednesday to print a weekly arts page.\n",
        date=dt.date(2022, 11, 24),
    )
    assert one_paper.meta.publisher == "Velmont Daily Courier"
    # A byline alone may be a newsroom writer's: a university's own story keeps its issuer.
    newsroom = build_draft(
        "By Ivo Lind\n\n"
        "Velmont University and the Kestrel Arts Fund signed a partnership on Wednesday to"
        " fund student residencies.\n\n"
        "\u201cArtists need time,\u201d said Tana Rell, President of Velmont University.\n",
        date=dt.date(2022, 11, 24),
    )
    assert newsroom.meta.publisher == "Velmont University"


def test_the_day_the_story_says_it_announced_with_the_year_a_caption_gives() -> None:
    d = build_draft(
        "Velmont University Signs Agreement With Orrin State University\n\n"
        "Presidents Ivo Lind and Tana Rell shake hands in the Orrin State library on Oct. 28,"
        " 2022, after the signing.\n\n"
        "TALLIS, Aldoria \u2014 Velmont University and Orrin State University will run summer"
        " schools together. Both presidents made the plan public on Oct. 28.\n"
    )
    assert d.meta.date == dt.date(2022, 10, 28)
    assert any("check source.date" in w for w in d.meta.warnings)
    # A full date alone, with no day the opening gives, stays for a person to set.
    undated = build_draft(
        "TALLIS, Aldoria \u2014 Velmont University and Orrin State University go back a long"
        " way. Their first summer school opened on Oct. 28, 2002, in Orrin.\n"
    )
    assert undated.meta.date is None


def test_a_government_named_only_inside_a_quote_is_an_organisation() -> None:
    d = build_draft(
        "TALLIS, Aldoria, December 1, 2007 - Premier Tana Rell and Chief Ivo Lind of the"
        " Kestrel Lake First Nation today signed a partnership agreement.\n\n"
        "\u201cI put my name to this for the government of Velmora and for every family on the"
        " lake,\u201d said Premier Rell.\n"
    )
    assert "Government of Velmora" in names(d, EntityKind.ORGANIZATION)


def test_a_release_label_that_names_the_government_after_its_place() -> None:
    d = build_draft(
        "Velmora Government News Release\n\nJuly 24, 2015\n\n"
        "Minister Announces Broadband Grants\n\n"
        "The Velmora government will fund rural broadband under the Connect 2 Towns program,"
        " Infrastructure Minister Tana Rell announced today.\n\n"
        "\u201cEvery town deserves a fast connection,\u201d said Minister Rell.\n"
    )
    assert d.meta.publisher == "Government of Velmora"
    assert "Connect 2 Towns" in names(d, EntityKind.INITIATIVE)


def test_partners_as_subjects_and_owners_that_are_not_partners() -> None:
    def parties(text: str) -> set[str]:
        return names(build_draft("TALLIS, Aldoria, May 4, 2021 - " + text + "\n"))

    assert {"Kestrel Health", "Velmora Institute"} <= parties(
        "Kestrel Health has signed an agreement with the Tallis-based Velmora Institute to run"
        " trials."
    )
    assert {"Velmart", "OrrinPay"} <= parties(
        "Velmart and OrrinPay today announced a partnership under which shoppers can pay in"
        " instalments."
    )
    assert "OrrinPay" in parties(
        "Kestrel Group's payments arm OrrinPay has partnered with Velmart to offer instalments."
    )
    found = parties(
        "Velmora's Kestrel News signed a news exchange agreement with Orrin's national news"
        " agency, ORVA, on Monday."
    )
    assert {"Kestrel News", "ORVA"} <= found and "Orrin" not in found
    # Who announces a partnership between two others is not a party of it.
    assert "Velmora Administration" not in parties(
        "The Velmora Administration today announced a partnership between the Kestrel Fund and"
        " Orrin Health."
    )


def test_dateline_forms_of_agency_and_foreign_pages() -> None:
    story = (
        "The Kestrel Fund and the Orrin Trust signed an agreement to build libraries in rural"
        " towns.\n"
    )

    def meta(head: str) -> tuple[dt.date | None, str | None, str | None, str | None, str]:
        d = build_draft(head + story)
        place = d.meta.dateline
        return (
            d.meta.date,
            place.city if place else None,
            place.country if place else None,
            d.meta.publisher,
            d.meta.paragraphs[0],
        )

    assert meta("MADRID, 21 de marzo de 2019 -- ")[:3] == (dt.date(2019, 3, 21), "Madrid", None)
    assert meta("BERLIN, 3. M\u00e4rz 2021 - ")[:3] == (dt.date(2021, 3, 3), "Berlin", None)
    nairobi = meta("NAIROBI (Kenya), 21 March 2019 - ")
    assert nairobi[1:3] == ("Nairobi", "Kenya") and nairobi[3] != "Kenya"
    assert meta("Nairobi, Kenya (KNA) - ")[1:4] == ("Nairobi", "Kenya", "KNA")
    under_headline = meta("Kestrel and Orrin sign library pact\n\nMarch 21, 2019\n\n")
    assert under_headline[0] == dt.date(2019, 3, 21)
    assert under_headline[4].startswith("The Kestrel Fund")


def test_programmes_named_with_a_year_or_described_after_their_name() -> None:
    def initiatives(text: str) -> set[str]:
        d = build_draft("TALLIS, Aldoria, May 4, 2021 - " + text + "\n")
        return names(d, EntityKind.INITIATIVE)

    assert initiatives(
        "Under the Green Ports 2030 initiative, the Orrin Port Authority will work with Velmart."
    ) == {"Green Ports 2030"}
    assert "Vision 2030" in initiatives(
        "The Kestrel Fund signed an agreement with Velmart under its Vision 2030 plan."
    )
    assert "Code4Kids" in initiatives(
        "The Kestrel Fund and Velmart launched Code4Kids, a coding programme for children."
    )
    # A plan without a year is no programme's name.
    assert not initiatives("The Kestrel Fund and Velmart agreed on the Velmart business plan.")


def test_a_source_line_under_a_story_without_a_wire_names_its_publisher() -> None:
    d = build_draft(
        "Kestrel and Orrin sign library pact\n\n"
        "TALLIS, March 21, 2019 - The Kestrel Fund and the Orrin Trust signed an agreement on"
        " Monday to build libraries in rural towns.\n\n"
        "Source: Velmont News Agency\n"
    )
    assert d.meta.publisher == "Velmont News Agency"


def test_a_department_s_page_is_published_by_the_one_government_it_names() -> None:
    d = build_draft(
        "Skip to Main Content\n\nDecember 1, 2007\n\nFor immediate release\n\n"
        "Velmora and the Kestrel Lake First Nation Agree on Lake Housing\n\n"
        "Office of the Harbour Commissioner\n\n"
        "The Honourable Tana Rell, Premier of Velmora, and Ivo Lind, Chief of the Kestrel Lake"
        " First Nation, today signed a partnership agreement on housing, schools and roads.\n\n"
        "\u201cI put my name to this for the government of Velmora and for every family on the"
        " lake,\u201d said Premier Rell.\n"
    )
    assert d.meta.publisher == "Government of Velmora"


def test_a_release_label_naming_a_real_province_stands_for_its_government() -> None:
    # (A province's name from ISO 3166-2; the story never says "government".)
    d = build_draft(
        "News Release - Nova Scotia\n\nJuly 24, 2015\n\nMinister Announces Grants\n\n"
        "Rural Development Minister Tana Rell announced funding for towns under the Orrin"
        " Towns program today.\n"
    )
    assert d.meta.publisher == "Government of Nova Scotia"
    company = build_draft(
        "News Release - Acme Corp\n\nJuly 24, 2015\n\nAcme Announces Grants\n\n"
        "Acme Corp announced funding for towns under the Orrin Towns program today.\n"
    )
    assert company.meta.publisher == "Acme Corp"


def test_a_date_before_a_name_is_not_part_of_it() -> None:
    d = build_draft(
        "VELMONT, Aldoria, June 6, 2021 - On June 5 Kestrel Fund signed a grant agreement"
        " with Orrin Trust.\n\n"
        "Signed on 5 June Velmont Foundation also joined the agreement.\n"
    )
    assert {"Kestrel Fund", "Orrin Trust", "Velmont Foundation"} <= names(d)
    assert not any(n[:1].isdigit() for n in names(d))


def test_a_release_label_followed_by_a_boilerplate_label_or_a_person_names_no_issuer() -> None:
    story = (
        "\n\nJuly 24, 2015\n\nTALLIS - The Kestrel Fund and the Orrin Trust today signed an"
        " agreement to build libraries in rural towns.\n"
    )
    for label in (
        "News Release - For Immediate Release",
        "Media Release - Update",
        "News Release - The Honourable Tana Rell",
    ):
        assert build_draft(label + story).meta.publisher == "Kestrel Fund", label
