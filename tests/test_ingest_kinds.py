"""Kinds of release wording found while measuring on real releases (not in the repo).

Each case is an invented release in the same form, with what the draft must say, so the
kind stays fixed; the real releases themselves are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

import datetime as dt

from bot.ingest import build_draft
from bot.kb.models import EntityKind
from tests.draftviews import names, roles, speakers


def test_hard_wrapped_lines_are_joined_into_paragraphs() -> None:
    d = build_draft(
        "VELMONT, Aldoria, March 3, 2020 (GLOBE NEWSWIRE) -- Orrin Freight Ltd. has\n"
        "entered into a supply agreement with Kestrel Mills Co. Ltd. for the\n"
        "delivery of grain across the region over the next five years, the\n"
        "companies said.\n"
        "\u201cKestrel Mills prides itself on reliable supply to our customers,\u201d said\n"
        "Ada Morrow, President of Kestrel Mills. \u201cWe are proud to add Orrin\n"
        "Freight to our partners.\u201d\n"
    )
    assert speakers(d) == ["Ada Morrow", "Ada Morrow"]
    [(title, org)] = roles(d, "Ada Morrow")
    assert title == "President" and org is not None and org.startswith("Kestrel Mills")


def test_wire_marker_with_its_date_and_tex_quotes() -> None:
    d = build_draft(
        "TALLIS, Morvania--(Marketwire - March 25, 2008) - Orrin Foods, Inc. and Velmont"
        " Labs today signed a licence agreement.\n\n"
        "``We are very pleased to work with Velmont Labs,'' said Mr. Bram Keltie,"
        " Chairman and CEO of Orrin Foods, Inc.\n"
    )
    # (The name the wire went by in 2008: wires.yaml "names".)
    assert d.meta.publisher == "Marketwire"
    assert d.meta.date == dt.date(2008, 3, 25)
    assert speakers(d) == ["Bram Keltie"]
    assert "Orrin Foods" in names(d, EntityKind.ORGANIZATION)


def test_pronoun_points_to_a_speaker_named_without_a_title() -> None:
    d = build_draft(
        "GENVALE, Aldoria, 15 September 2003 - In her first briefing with Dr. Ivo Marsh since"
        " his appointment as Harbour Council Director General, Tove Lindqvist today warned"
        " that ports were falling behind.\n\n"
        "\u201cThis situation is entirely unacceptable,\u201d she said.\n"
    )
    assert speakers(d) == ["Tove Lindqvist"]
    assert ("Director General", "Harbour Council") in roles(d, "Ivo Marsh")
    assert roles(d, "Tove Lindqvist") == set()


def test_possessive_title_before_the_name_with_connectors() -> None:
    d = build_draft(
        "VELMONT, Aldoria, 2 May 2021 - The agreement was signed by Aldoria's Permanent"
        " Representative to the International Organizations in Genvale Ada Morrow and the"
        " Director General of the Harbour Council, Ivo Marsh.\n"
    )
    assert (
        "Permanent Representative to the International Organizations in Genvale",
        "Aldoria",
    ) in roles(d, "Ada Morrow")
    assert "Genvale Ada Morrow" not in names(d)


def test_headline_party_is_the_publisher_and_initials_are_aliases() -> None:
    d = build_draft(
        "VU, OTU Ink Memorandum of Understanding\n\n"
        "Velmont University and Ostmark Technical University have signed a memorandum of"
        " understanding on joint research.\n\n"
        '"VU and OTU look forward to working together," said Ada Morrow, vice president for'
        " research at Velmont University.\n"
    )
    assert (
        "VU"
        in next(e for e in d.registry.entities.values() if e.name == "Velmont University").aliases
    )
    assert d.meta.publisher == "Velmont University"
    assert any("publisher" in n for n in d.notes)
    assert ("vice president for research", "Velmont University") in roles(d, "Ada Morrow")


def test_described_company_and_its_officer() -> None:
    d = build_draft(
        "PARIS \u2014 (BUSINESS WIRE) \u2014 Quillmark, a French biotechnology company that"
        " applies imaging to diagnostics, today announced a collaboration agreement with"
        " Orbalis.\n\n"
        "Ada Morrow, Chief Diagnostics Officer, said, \u201cThis alliance with Orbalis will"
        " change how patients are diagnosed.\u201d\n"
    )
    assert "Quillmark" in names(d, EntityKind.ORGANIZATION)
    assert ("Chief Diagnostics Officer", "Quillmark") in roles(d, "Ada Morrow")
    assert any("issuer" in n for n in d.notes)


def test_year_less_dateline_takes_the_year_from_a_date_line_above() -> None:
    d = build_draft(
        "4 October 2012\n\n"
        "BRUSSELS/VIENNA, 3 October (Harbour Council) - Ivo Marsh, the Director-General of"
        " the Harbour Council, said today that the partnership would grow.\n"
    )
    assert d.meta.date == dt.date(2012, 10, 3)
    assert d.meta.dateline is not None and d.meta.dateline.city == "Brussels"
    assert d.meta.publisher == "Harbour Council"


def test_a_date_inside_a_sentence_is_not_the_release_date() -> None:
    d = build_draft(
        "Harper, Maryland County - Velmont University has signed an agreement with Ostmark"
        " Technical University.\n\n"
        "The agreement, signed on June 18, 2025, covers joint research.\n"
    )
    assert d.meta.date is None
    assert d.meta.dateline is not None and d.meta.dateline.city == "Harper"


def test_wire_and_city_on_lines_of_their_own() -> None:
    d = build_draft(
        "NEWS RELEASE\n"
        "Orrin Foods Celebrates 50 Years\n"
        "PRNewswire\n"
        "VELMONT\n\n"
        "Orrin Foods today gave the Velmont Food Bank a new delivery van for its kitchens.\n"
    )
    assert d.meta.publisher == "PR Newswire"
    assert d.meta.dateline is not None and d.meta.dateline.city == "Velmont"
    assert not d.meta.title.startswith("NEWS RELEASE")
