"""Kinds of metadata, publisher, partner and acronym wording from a tenth set of real
releases (not in the repo), each as an invented release with what the draft must say.

These are read from the page's layout rather than from one release's words: the name a
wire went by in its time, the date of the dateline over a page's stamp, a date line that
gives the city after the date, a byline that is never a place, and parties named by their
long official names. The real releases are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.ingest import Draft, build_draft, ingest_file
from bot.ingest.metadata import Dateline, wire_name
from bot.kb.loader import load_knowledge
from tests.draftviews import names


def _aliases(d: Draft, name: str) -> list[str]:
    return next(e.aliases for e in d.registry.entities.values() if e.name == name)


def test_a_wire_is_cited_under_the_name_it_went_by_in_its_time() -> None:
    d = build_draft(
        "Orrin Council Funds Harbour Research\n\n"
        "VELMONT, ORRIN--(Marketwire - March 2, 2012) - The Orrin Council will fund harbour"
        " research at Kestrel University.\n"
    )
    assert d.meta.publisher == "Marketwire"
    # The later name is the same wire, cited as written.
    assert wire_name("Marketwired") == "Marketwired"
    assert wire_name("MARKET WIRE") == "Marketwire"


def test_the_dateline_date_beats_the_page_stamp_above_it() -> None:
    d = build_draft(
        "date 2019-06-21 VELMONT, 14th June, 2019 (KNA) -- The Orrin Ministry of Harbours"
        " has signed an agreement with the Kestrel Health Fund to support clinics.\n\n"
        "The agreement was signed by Ada Marren, Minister of Harbours.\n"
    )
    assert d.meta.date == dt.date(2019, 6, 14)
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"
    assert any("page's stamp" in w for w in d.meta.warnings)


def test_a_date_first_dateline_under_a_page_stamp_one_day_later() -> None:
    d = build_draft(
        "Orrin Ministry of Harbours, Kestrel Institute (KI) sign agreement on port research\n\n"
        "2019-10-09 06:12\n\n"
        "October 8,2019, VELMONT, ORRIN - The Orrin Ministry of Harbours and the Kestrel"
        " Institute (KI) agreed to cooperate on port research. Ada Marren, Minister of"
        " Harbours, toured the KI campus in Velmont that day.\n"
    )
    assert d.meta.date == dt.date(2019, 10, 8)
    assert d.meta.dateline == Dateline("Velmont", "Orrin")


def test_a_date_line_names_its_city_after_the_date_and_the_first_of_two_places() -> None:
    d = build_draft(
        "Orrin Regional Office for the Northern Isles\n\n"
        "Orrin and the Kestrel Union open a fisheries partnership\n\n"
        "14/05/2016 Marsh Hills, Velmora/Tallis, Ostria\n\n"
        "Orrin and the member states of the Kestrel Union agreed on Friday to work together"
        " on fisheries and coastal forests across the region, starting with a survey of"
        " the northern bays.\n"
    )
    assert d.meta.date == dt.date(2016, 5, 14)
    assert d.meta.dateline == Dateline("Marsh Hills", "Velmora")
    # The office's name above the headline is the page's masthead, not the headline,
    # and the issuer, by the name the page gives it.
    assert d.meta.title.startswith("Orrin and the Kestrel Union open")
    assert d.meta.publisher == "Orrin Regional Office for the Northern Isles"


def test_a_byline_and_its_time_stamp_are_never_a_place_and_a_menu_never_the_title() -> None:
    menu = "\n".join(["Back To Top", "National", "Politics", "Defense", "More Sports", "World"])
    d = build_draft(
        f"{menu}\n\n"
        "Velmora joins Kestrel Fund to support vaccine research\n\n"
        "By Lantern\nPublished : Jun 3, 2021 - 09:05       Updated : Jun 3, 2021 - 09:05\n\n"
        "Velmora joined the Kestrel Fund for Epidemic Research (KFER), promising $5 million for"
        " vaccine work, its health ministry said on Thursday. A further grant is planned for"
        " next year.\n"
    )
    assert d.meta.dateline is None
    assert d.meta.date == dt.date(2021, 6, 3)
    assert d.meta.title == "Velmora joins Kestrel Fund to support vaccine research"
    assert "Back To Top" not in " ".join(names(d))


def test_an_agency_sign_off_in_lower_case_names_the_publisher_when_the_table_knows_it() -> None:
    story = (
        "Orrin and Kestrel announce chip alliance\n\n"
        "Orrin and Kestrel said on Monday they will build phones together.\n\n"
        '"Our teams will design the next devices side by side," said Kestrel vice president Ivo Lind'
        " in a statement.{}\n"
    )
    assert build_draft(story.format("(dpa)")).meta.publisher == "dpa"
    # An aside in lower case that no wire is named like signs nothing off.
    assert build_draft(story.format("(sic)")).meta.publisher != "sic"


def test_a_spanish_style_marker_ends_with_a_full_stop_and_a_dash() -> None:
    d = build_draft(
        "Business & Economy\n\n"
        "EFE and Orrin Foundation agree to open a training school\n\n"
        "Velmont, May 19 (EFE).- EFE's president, Ada Marren, and Ivo Lind, who directs the"
        " Orrin Foundation, agreed on Monday to open a training school.\n\n"
        "\u201cThis school will train a new generation,\u201d Marren said.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"
    assert d.meta.publisher == "EFE"
    assert d.meta.paragraphs[0].startswith("EFE's president")


def test_an_agency_named_with_what_it_is_is_published_under_its_wire_name() -> None:
    d = build_draft(
        "date 2023-02-10 BelTA Velmoran National News Agency and the Orrin Press Service agreed"
        " on Friday to swap news and photos.\n\n"
        "The director general of BelTA, Ada Marren, signed for the agency.\n"
    )
    assert d.meta.publisher == "BelTA"


def test_an_agency_defined_with_its_acronym_is_a_party_never_a_wire_marker() -> None:
    d = build_draft(
        "The Kestrel News Agency (KUNA) and the Orrin Press Service (OPS) on Thursday signed"
        " an agreement to exchange news and train journalists.\n\n"
        "The agreement was signed by Ada Marren, Managing Director of KUNA.\n"
    )
    assert d.meta.dateline is None
    assert "KUNA" in _aliases(d, "Kestrel News Agency")


def test_an_acronym_after_a_name_with_an_ampersand_and_its_country_links_the_whole_name() -> None:
    d = build_draft(
        "VELMONT, ORRIN - The Ministry of Harbours & Fisheries of the Republic of Orrin (MOH)"
        " and the Kestrel Marine Institute (KMI) signed a memorandum of understanding on"
        " port research.\n\n"
        "KMI will report to MOH from next year.\n"
    )
    whole = "Ministry of Harbours & Fisheries of the Republic of Orrin"
    assert "MOH" in _aliases(d, whole)


def test_a_body_in_capitals_before_a_name_is_part_of_the_name_its_acronym_links() -> None:
    d = build_draft(
        "VELMONT, Orrin - The Kestrel Heritage Organization (KHO) and the UN Harbour and"
        " Fisheries Organization (HFO) signed a memorandum of understanding.\n\n"
        "HFO will share its data with KHO.\n"
    )
    whole = "UN Harbour and Fisheries Organization"
    assert "HFO" in _aliases(d, whole)


def test_a_firm_named_by_what_it_is_is_a_party_though_its_name_holds_a_persons() -> None:
    d = build_draft(
        "VELMONT, May 2, 2022 (GLOBE NEWSWIRE) -- International law firm Kestrel Vance Orrin"
        " said today it will partner with the Velmora Wetlands Trust for its yearly giving"
        " programme.\n\n"
        "Ada Marren, Managing Partner of Kestrel Vance Orrin who chose the cause, said:"
        ' "The wetlands need friends."\n\n'
        "Kestrel Vance Orrin staff will also volunteer.\n"
    )
    assert "Kestrel Vance Orrin" in names(d)
    assert not any("who chose" in n for n in names(d))


def test_the_organisation_an_office_belongs_to_is_a_party_not_the_office_short_form() -> None:
    d = build_draft(
        "KHO Regional Office for the Northern Isles\n\n"
        "KHO and the Kestrel Union open a fisheries partnership\n\n"
        "14/05/2016 Marsh Hills, Velmora\n\n"
        "KHO and the member states of the Kestrel Union agreed on Friday to work together on"
        " fisheries, starting with a survey of the northern bays.\n\n"
        "KHO will share its data with the Kestrel Union.\n"
    )
    assert "KHO" in names(d)
    assert "KHO" not in _aliases(d, "KHO Regional Office for the Northern Isles")


def test_an_acronym_an_older_release_used_alone_is_shared_by_the_name_spelled_out(
    tmp_path: Path,
) -> None:
    kb = tmp_path / "knowledge"
    first = tmp_path / "first.txt"
    first.write_text(
        "VELMONT, Orrin, 5 March 2013 - KHO and the Kestrel Union signed a memorandum of"
        " understanding on fisheries.\n\nKHO will share its data with the Kestrel Union.\n",
        encoding="utf-8",
    )
    second = tmp_path / "second.txt"
    second.write_text(
        "VELMONT, Orrin, 16 November 2023 - The Dunmar Heritage Organization (DHO) and the UN"
        " Kestrel Harbour Organization (KHO) signed a memorandum of understanding.\n\n"
        "KHO will share its data with DHO.\n",
        encoding="utf-8",
    )
    ingest_file(first, kb)
    written = ingest_file(second, kb)
    spelled = next(
        e for e in written.draft.new_entities if e.name == "UN Kestrel Harbour Organization"
    )
    assert spelled.shared_aliases == ["KHO"]
    load_knowledge(kb, include_unreviewed=True)  # the older file needs no edit


def test_a_credited_photo_caption_is_a_paragraph_of_its_own() -> None:
    caption = "Ada Marren, the envoy, signs the membership papers in Velmont on Monday. (Lantern)"
    d = build_draft(
        "Kestrel Coalition gains a member to support vaccine research\n\n"
        f"{caption}\n{caption}\n"
        "New Zealand joined the Kestrel Coalition for Epidemic Research (KCER), promising $5"
        " million for vaccine work, its health ministry said on Thursday.\n\n"
        "A further grant is planned for next year.\n"
    )
    assert "New Zealand" in names(d)
    assert not any("(Lantern) New Zealand" in p for p in d.meta.paragraphs)


def test_a_research_branch_is_an_organisation() -> None:
    d = build_draft(
        "VELMONT, Aug. 3, 2017 /PRNewswire/ -- Orrin State University will host the Marine"
        " Biology Research Branch for another decade under a grant from the Kestrel Health"
        " Agency, the university said today.\n"
    )
    assert "Marine Biology Research Branch" in names(d)


def test_a_unit_whose_parent_is_written_two_ways_is_named_without_its_parent() -> None:
    d = build_draft(
        "VELMONT, Aug. 3, 2017 /PRNewswire/ -- The Dunmar Institute of Sea Health of the"
        " Kestrel Research Agency (KRA) has picked Orrin State University to run its coastal"
        " survey.\n\n"
        "The survey deal between the Dunmar Institute of Sea Health of the KRA and the"
        " university runs for five years.\n"
    )
    unit = "Dunmar Institute of Sea Health"
    assert unit in names(d)
    assert "Kestrel Research Agency" in names(d)


def test_an_acronym_in_quotes_is_defined_even_when_its_letters_and_the_name_differ() -> None:
    d = build_draft(
        "VELMONT, June 6, 2024 (Newsfile Corp.) - Orrin Devices Inc. will build sensors with"
        ' three partners: the University of Dunmar ("UofD"), the Marine Sciences and'
        ' Engineering Council of Orrin ("MSERC") and Harbour Research and Development Orrin'
        ' ("HRDO").\n'
    )
    assert "MSERC" in _aliases(d, "Marine Sciences and Engineering Council of Orrin")
    assert "HRDO" in _aliases(d, "Harbour Research and Development Orrin")


def test_a_name_defined_with_its_acronym_is_never_the_short_form_of_a_headline_run_on() -> None:
    d = build_draft(
        "Orrin Devices Teams Up with the Department of Harbour Defence for Buoy Project\n\n"
        "VELMONT, June 6, 2024 (Newsfile Corp.) - Orrin Devices Inc. said its contract with"
        " the Department of Harbour Defence (DHD) is now signed.\n"
    )
    assert "DHD" in _aliases(d, "Department of Harbour Defence")


def test_a_story_opening_on_its_date_has_no_place_and_gives_the_date() -> None:
    d = build_draft(
        "Cooperation Agreement on Velmont Region Ports Signed. 09/17/2010\n\n"
        "On September 17, 2010 Velmont region government and Open JSC ORRINPROEKT agreed to"
        " modernise the region's ports together.\n\n"
        "So far Open JSC ORRINPROEKT has paid for a new pier.\n"
    )
    assert d.meta.dateline is None
    assert d.meta.date == dt.date(2010, 9, 17)
    assert "ORRINPROEKT" in names(d)


def test_a_wire_dateline_buried_in_a_filing_line_is_read_as_the_dateline() -> None:
    d = build_draft(
        "EX-99.1 3 exhibit.txt Exhibit 99.1 (BW)(VE-ORRINTECH)(ORTC) Orrin and Kestrel to Build"
        " Sensor Pill ------------- Business and Technology Editors VELMONT, N.J.--(BUSINESS"
        " WIRE)--Oct. 2, 2009--ORRINTECH (OTCBB:ORTC) and Kestrel Optics said today they will"
        " build a sensor pill together, with Kestrel leading the engineering work and Orrin"
        " the clinical trials. A new company owned by Orrin will sell the pill once it is"
        " approved.\n"
    )
    assert d.meta.publisher == "Business Wire"
    assert d.meta.date == dt.date(2009, 10, 2)
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"


def test_the_second_city_of_a_dateline_is_never_a_buried_dateline() -> None:
    d = build_draft(
        "Orrin and Kestrel Sign Research Collaboration\n\n"
        "NEW YORK & MARSH HILLS, Calif.--(BUSINESS WIRE)--Orrin Company (NYSE:ORR) and the"
        " Kestrel Institute for Research (KIR) said today they will search together for new"
        " drugs against lung scarring, and that Orrin may license any compound the work"
        " produces, paying Kestrel milestones and royalties on its sales worldwide.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "New York"


def test_a_public_office_above_the_headline_issued_the_page() -> None:
    d = build_draft(
        "Ada Marren\n\n"
        "Premier of Velmora\n\n"
        "12 March 2018\n\n"
        "Ivo Lind, Premier\n\n"
        "Government and University of Velmora agree a ten-year plan for skills\n\n"
        "The Velmoran Government and the University of Velmora signed a ten-year agreement on"
        " Monday to train more teachers, nurses and engineers in the state.\n"
    )
    assert d.meta.publisher == "Premier of Velmora"
    assert d.meta.title.startswith("Government and University of Velmora agree")


def test_a_headline_repeated_and_glued_to_a_title_case_dateline() -> None:
    d = build_draft(
        "Orrin and Kestrel to build phones together\n\n"
        "Orrin and Kestrel to build phones togetherMarsh Hills - Orrin and Kestrel on Monday"
        " announced they will design phones together and share the cost of the new chips"
        " they need.\n\n"
        '"Our teams will design the next devices side by side," said Kestrel vice president'
        " Ivo Lind.(dpa)\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Marsh Hills"
    assert d.meta.paragraphs[0].startswith("Orrin and Kestrel on Monday")
    assert {"Orrin", "Kestrel"} <= names(d)


def test_an_award_named_first_is_never_the_publisher() -> None:
    d = build_draft(
        "2019 Orrin Good Neighbour Awards\n\n"
        "The 2019 Orrin Good Neighbour Awards went to Kestrel Mills and the"
        " Dunmar Food Bank for their work with local schools.\n\n"
        "The winners will share a prize fund for their projects.\n"
    )
    assert d.meta.publisher is None
    assert any("award" in w for w in d.meta.warnings)


def test_a_common_word_before_a_unit_office_is_no_organisation() -> None:
    # "Transport Office of Orrin" is a government's unit: "Transport" is no party (the
    # short-form rule for "Orrin Regional Office" needs the qualifier).
    d = build_draft(
        "VELMONT, March 3, 2019 - The Velmont Government and the Government of Orrin signed a"
        " transport agreement on Monday.\n\n"
        "The agreement was signed by Oren Vale, Minister of the Government of Orrin, Head of"
        " the Transport Office of Orrin, after discussions.\n"
    )
    assert "Transport" not in {e.name for e in d.registry.entities.values()}
