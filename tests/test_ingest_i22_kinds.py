"""Kinds of metadata wording from a twenty-second set of real releases (not in the repo),
each as an invented release with what the draft must say.

The kinds: a wire's marker before the date, "(Wire) <date> - City, State - Text", gives
the wire, the date and the city; a "City, <date>" line of its own under the headline
gives both; a "City - " lead under a header of short lines gives the city, and the
signing date its first sentence states gives the date, with a review note; a news
site's byline "By <outlet> in <section> on <date>" gives the date and the outlet (a
reporter's name gives only the date); news copy that quotes "a press release from X" is
not X's; a wire release's bare title ("said co-owner Jane Doe") is at the one
organisation its lead names. The real releases are measured with
benchmarks/ingest_eval.py.
"""

from __future__ import annotations

import datetime as dt

from bot.ingest import build_draft
from bot.ingest.draft import Draft
from bot.kb.models import EntityKind
from tests.draftroles import roles_of


def test_a_wire_marker_before_the_date_gives_the_wire_date_and_city() -> None:
    d = build_draft(
        "Garden Chair Sale Helps Replant the Marsh\n\n"
        "(4402Newsline) June 14, 2016 - Dunmore, Oregon - Summer has long been the busy"
        " season for the chair makers of the valley. Orrin Chair Company will give the"
        " profits of one weekend to the Marsh Trust, said owner Ada Brel.\n\n"
        "The sale runs for two days.\n"
    )
    assert d.meta.date == dt.date(2016, 6, 14)
    assert d.meta.dateline is not None and d.meta.dateline.city == "Dunmore"
    assert d.meta.publisher == "4402Newsline"


def test_a_place_and_date_line_under_the_headline_gives_the_dateline() -> None:
    d = build_draft(
        "Kestrel Office and Marsh Agency Agree to Share Records\n\n"
        "Velmont, April 7, 2014\n\n"
        "The head of the Kestrel Office, Ms. Ada Brel, and her counterpart at the Marsh"
        " Agency signed an agreement on April 6, 2014 to share their records.\n"
    )
    assert d.meta.date == dt.date(2014, 4, 7)
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"


def test_a_city_dash_lead_under_a_header_gives_the_city_and_the_signing_date() -> None:
    d = build_draft(
        "Kestrel Office and Marsh Bureau Sign Cooperation Memorandum\n\n"
        "News Release\n\n"
        "MEDIA: Ivo Lind\n\n"
        "Closer work on seeds and soils\n\n"
        "Velmont - The Director of the Kestrel Office, Ada Brel, and the President of the"
        " Marsh Bureau, Tom Orr, on 4 May 2012, signed a memorandum on seed research"
        " during a meeting in Velmont, Ostria. The memorandum covers joint field trials.\n\n"
        "The two offices will begin the trials next spring.\n"
    )
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"
    assert d.meta.date == dt.date(2012, 5, 4)
    assert any("signed" in w and "check source.date" in w for w in d.meta.warnings)


def test_a_byline_naming_an_outlet_and_its_section_gives_the_date_and_the_publisher() -> None:
    d = build_draft(
        "Painter Ada Brel Signs Rug License with Orrin Looms\n\n"
        "By Kestrel Floor Review in licensing on June 2, 2013\n\n"
        "Orrin Looms has signed painter Ada Brel for a line of wool rugs to be shown at"
        " the autumn market.\n\n"
        '"Her colours suit our looms," said Tom Orr, president of Orrin Looms.\n'
    )
    assert d.meta.date == dt.date(2013, 6, 2)
    assert d.meta.publisher == "Kestrel Floor Review"


def test_a_byline_naming_a_reporter_gives_the_date_but_no_publisher() -> None:
    d = build_draft(
        "Orrin Looms Signs Painter for Rug Line\n\n"
        "By Mira Tessel on June 2, 2013\n\n"
        "Orrin Looms has signed painter Ada Brel for a line of wool rugs to be shown at"
        " the autumn market.\n"
    )
    assert d.meta.date == dt.date(2013, 6, 2)
    assert d.meta.publisher != "Mira Tessel"


def test_news_copy_quoting_a_press_release_from_a_party_is_not_that_partys() -> None:
    d = build_draft(
        "Seed banks & Marsh Grain Group open a shared records portal\n\n"
        "To help small growers, the seed banks of Orrin and Kestrel and the Marsh Grain"
        " Group (MGG) have opened a shared records portal for seed lines, says a press"
        " release from MGG.\n\n"
        "The portal, built by software firm Tessel Systems, is free to all growers.\n"
    )
    assert d.meta.publisher is None
    assert any("set source.publisher" in w for w in d.meta.warnings)


def test_a_bare_title_in_a_wire_release_is_at_the_one_organisation_its_lead_names() -> None:
    d = build_draft(
        "Furniture Sale Supports the Marsh Trust\n\n"
        "DUNMORE, Oregon, June 14, 2016 /PRNewswire/ -- The valley has long been known for"
        " its chairs. The makers at Orrin Chair Company want to give back. \"Our valley's woods"
        ' are well kept, and we want others to be too," said co-owner Ada Brel.\n\n'
        "The profits of one weekend will go to the Marsh Trust.\n"
    )
    assert ("Ada Brel", "co-owner", "Orrin Chair Company") in roles_of(d)


def _names(d: Draft) -> dict[str, list[str]]:
    return {e.name: list(e.aliases) for e in d.registry.entities.values()}


def test_a_confederation_named_with_the_acronym_of_its_name_in_another_language() -> None:
    d = build_draft(
        "VELMONT, Ostria, May 4, 2021 /PRNewswire/ -- The Orrin Weavers Guild works with"
        " bodies such as the Global Loom Confederation (CITEM) to promote fair trade in"
        " woven goods.\n"
    )
    names = _names(d)
    assert "Global Loom Confederation" in names
    assert "CITEM" in names["Global Loom Confederation"]


def test_a_group_of_companies_is_an_organisation() -> None:
    d = build_draft(
        "Velmont, Kestrel team up\n\n"
        "(Marsh Wire) - Furniture major Kestrel Companies (KC) Monday said it has entered"
        " into a license agreement with design house ORRIN to make a line of chairs.\n"
    )
    kinds = {e.name: e.kind for e in d.registry.entities.values()}
    assert kinds.get("Kestrel Companies") == EntityKind.ORGANIZATION


def test_a_national_archives_after_a_long_name_with_and_is_a_party() -> None:
    d = build_draft(
        "Chile, Velmont archive agencies sign MoC\n\n"
        "September 4, 2015 - 10:00\n\n"
        "A memorandum of co-operation (MoC) was signed on Monday between the State Seed"
        " Management and Archives Department of Velmont and the National Archives of"
        " Chile.\n\n"
        "The two archive agencies will share documents.\n"
    )
    kinds = {e.name: e.kind for e in d.registry.entities.values()}
    assert kinds.get("National Archives of Chile") == EntityKind.ORGANIZATION


def test_a_company_written_by_the_leading_words_of_its_full_name_is_one_party() -> None:
    d = build_draft(
        "Chair Makers Give a Weekend's Profits to the Marsh Trust\n\n"
        "DUNMORE, Oregon, June 14, 2016 /PRNewswire/ -- The carvers at Orrin Oak Works"
        " are known across the valley. Orrin Oak Works Heirloom Chairs has joined forces"
        " with the Marsh Trust to replant the hills.\n"
    )
    names = _names(d)
    full = next(n for n in names if n.startswith("Orrin Oak Works"))
    assert full == "Orrin Oak Works" or "Orrin Oak Works" in names[full]
    assert not any(n.startswith("Orrin Oak Works") and n != full for n in names)


def test_a_one_word_brand_named_among_partners_such_as_is_an_organisation() -> None:
    d = build_draft(
        "VELMONT, Ostria, May 4, 2021 /PRNewswire/ -- The Orrin Weavers Guild has been"
        " working with the Loom Council (LC) as well as other partners such as ThreadLink"
        " to promote fair trade in woven goods.\n"
    )
    kinds = {e.name: e.kind for e in d.registry.entities.values()}
    assert kinds.get("ThreadLink") == EntityKind.ORGANIZATION
