"""Kinds of metadata wording from session 17's real sets (not in the repo), each as an
invented release or page with what the draft must say: numeric dates written with
hyphens, two home cities joined by a slash, an agency at the end of a chain of carriers,
two agencies credited together, a signing date under a headline that reports it, a
reporter's or a newsroom's sign-off, and the site name a saved or fetched web page gives.
The real releases are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

import datetime as dt

from bot.ingest import build_draft
from bot.ingest.dates import find_date
from bot.ingest.extract import article_from_bytes
from bot.ingest.metadata import read_metadata

_STORY = (
    "The two utilities will share storm forecasts and crews along the Velmar coast, and"
    " a joint desk opens in the spring to plan repairs on both networks.\n"
)


def test_a_numeric_date_written_with_hyphens_is_read_day_first() -> None:
    found = find_date("Orrin Bay, 14-9-2016 \u2014")
    assert found is not None and found.date == dt.date(2016, 9, 14)
    # (A range of years, a run of figures and mixed marks are no date.)
    for text in ("the 2019-2025 plan", "order 10-12-2015-3", "ref 3-4/2015", "tel 212-11-2015"):
        assert find_date(text) is None, text


def test_two_cities_and_a_hyphenated_date_before_an_unknown_wire_marker() -> None:
    meta = read_metadata(
        "Velmar Grid and Orrin Power deepen cooperation\n\n"
        "Tallow, Brackenford, 14-9-2016 \u2014 /Kestrelwire/ \u2014 Velmar Grid and Orrin"
        " Power have signed a memorandum on shared storm planning.\n\n" + _STORY
    )
    assert meta.date == dt.date(2016, 9, 14)
    assert meta.dateline is not None and meta.dateline.city == "Tallow"
    assert meta.publisher == "Kestrelwire"


def test_two_home_cities_joined_by_a_slash_make_a_dateline() -> None:
    meta = read_metadata(
        "Orrin Foundation backs Velmar school kitchens\n"
        "Tallow, D.C./Brackenford, MN\u2014 The Orrin Foundation announced a grant with"
        " Kitchens for Velmar to fortify school lunches in four districts.\n" + _STORY
    )
    assert meta.dateline is not None and meta.dateline.city == "Tallow"
    assert meta.dateline.country == "United States"


def test_the_known_agency_at_the_end_of_a_chain_of_carriers_is_the_publisher() -> None:
    meta = read_metadata(
        "Port board signs pact with Orrin Shipping\n\n"
        "TALLOW, (Orrin Daily / Kestrel Portal / Antara - 9th Mar, 2018) The Tallow Port"
        " Board has signed a pact with Orrin Shipping to share berths.\n\n" + _STORY
    )
    assert meta.publisher == "Antara"
    assert meta.date == dt.date(2018, 3, 9)
    assert meta.dateline is not None and meta.dateline.city == "Tallow"
    assert meta.dateline.country is None
    # (A photo's credit in brackets is no chain of carriers.)
    credit = read_metadata(
        "Port board signs pact with Orrin Shipping\n\n"
        "Crews at the Tallow quay (Photo: Jane Roe / Antara) welcomed the first Orrin"
        " Shipping vessel on the day the pact took effect.\n\n" + _STORY
    )
    assert credit.publisher != "Antara"
    assert credit.dateline is None


def test_two_agencies_credited_together_above_the_dateline() -> None:
    caption = (
        "Linemen of both utilities inspect a pylon on the Velmar coast, in this picture"
        " taken on a grey morning last winter before the storms. | JANE ROE / FILE PHOTO /"
        " VIA A PICTURE DESK"
    )
    meta = read_metadata(
        "Orrin Power to help Velmar Grid rebuild coast lines\n\n"
        f"{caption}\n\nReuters-Kyodo\n\n"
        "TALLOW \u2013 Orrin Power will help Velmar Grid rebuild its coast lines in a $2"
        " billion deal, the companies announced Monday.\n\n" + _STORY
    )
    assert meta.publisher == "Reuters-Kyodo"
    # (One agency and a word that is none is no joint credit.)
    alone = read_metadata(
        "Orrin Power to help Velmar Grid rebuild coast lines\n\n"
        f"{caption}\n\nReuters-Velmar\n\n"
        "TALLOW \u2013 Orrin Power will help Velmar Grid rebuild its coast lines in a $2"
        " billion deal, the companies announced Monday.\n\n" + _STORY
    )
    assert alone.publisher != "Reuters-Velmar"


def test_the_signing_date_of_the_opening_dates_a_page_whose_headline_reports_it() -> None:
    story = (
        "The Orrin Space Office and the Kestrel Survey Agency signed a data-sharing"
        " memorandum on 9 June 2022 covering coastal imagery and training for survey"
        " crews.\n\n"
        "The two agencies will publish the first shared maps next year.\n"
    )
    meta = read_metadata(
        "Orrin Space Office and Kestrel Survey Agency sign data memorandum\n\n" + story
    )
    assert meta.date == dt.date(2022, 6, 9)
    assert any("signed" in w for w in meta.warnings)
    # (Under a headline that reports something else, the day may be one looked back on.)
    looking_back = read_metadata("Coastal maps from two agencies\n\n" + story)
    assert looking_back.date is None
    # (A date line of the page dates it first.)
    dated = read_metadata(
        "Orrin Space Office and Kestrel Survey Agency sign data memorandum\n\n"
        "Tallow, 10 June 2022\n\n" + story
    )
    assert dated.date == dt.date(2022, 6, 10)


def test_a_reporter_signing_off_by_name_is_no_publisher() -> None:
    d = build_draft(
        "Trade journal\n\nOrrin Labs forms trial alliance with Kestrel CRO.\n\n"
        "Orrin Labs has chosen Kestrel CRO to run the trials of its asthma drug, the"
        " companies said.\n\n"
        "\u201cWe wanted a partner close to the clinics,\u201d said Ada Marren, chief"
        " executive of Orrin Labs.\n\n"
        "Kestrel CRO hopes to report first data by the third quarter.\u2014Lione Parvis\n"
    )
    assert d.meta.publisher != "Lione Parvis"


def test_a_newsroom_signing_off_names_its_outlet() -> None:
    d = build_draft(
        "(June 3 \u2013 10:00 ET) \u2013 Orrin Mutual and Kestrel Life have signed an"
        " agreement that will see Orrin Mutual buy Kestrel Life's group pensions book.\n\n"
        "The deal is expected to close in the autumn, subject to approvals.\n"
        "-Velmar Adviser Staff\n"
    )
    assert d.meta.publisher == "Velmar Adviser"


_STORY_HTML = (
    "<p>Orrin Freight and the Kestrel Rail Board have signed a memorandum to run a shared"
    " intermodal yard outside Tallow, officials said on Tuesday, in a deal worth $40"
    " million.</p><p>The yard will move 40,000 containers a year from 2031, according to"
    " a statement from the rail board. The two firms first worked together in 2019.</p>"
)


def _page(head: str) -> bytes:
    return (
        f"<html><head>{head}</head><body><article>"
        "<h1>Orrin Freight and Kestrel Rail Board plan shared yard</h1>"
        f"{_STORY_HTML}</article></body></html>"
    ).encode()


def test_a_web_page_names_its_site_by_og_site_name_or_after_the_headline() -> None:
    for head in (
        "<title>Orrin Freight and Kestrel Rail Board plan shared yard</title>"
        '<meta property="og:site_name" content="Tallow Freight Ledger">',
        "<title>Orrin Freight and Kestrel Rail Board plan shared yard | Tallow Freight"
        " Ledger</title>",
        "<title>Orrin Freight and Kestrel Rail Board plan shared yard - News - Tallow"
        " Freight Ledger</title>",
    ):
        article = article_from_bytes(_page(head), ".html", "yard.html")
        assert article.hints.publisher == "Tallow Freight Ledger", head
        draft = build_draft(article.text, hints=article.hints)
        assert draft.meta.publisher == "Tallow Freight Ledger", head
    # (A section's label after the headline is no site.)
    section = article_from_bytes(
        _page("<title>Orrin Freight and Kestrel Rail Board plan shared yard | News</title>"),
        ".html",
        "yard.html",
    )
    assert section.hints.publisher is None


def test_a_fetched_page_without_a_site_name_gives_its_host_and_the_address_date() -> None:
    url = "https://www.tallow-ledger.example/2025/04/08/orrin-kestrel-yard"
    article = article_from_bytes(_page("<title>Yard deal</title>"), ".html", url, url=url)
    assert article.hints.publisher == "tallow-ledger.example"
    assert article.hints.date == dt.date(2025, 4, 8)


def test_a_year_the_story_mentions_never_dates_a_page() -> None:
    article = article_from_bytes(_page("<title>Yard deal</title>"), ".html", "yard.html")
    assert article.hints.date is None
