"""Kinds of metadata wording from a blind set of real releases (trade sites' and
newspapers' pages, a government newsroom; not in the repo), each as an invented page
with what the draft must say: dates a page's layout breaks or labels oddly, numeric
dates in an American story, and the outlet a page names in its header.
The real releases are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.ingest.metadata import read_metadata

_STORY = (
    "Orrin Chairworks has given two hundred chairs to shelters run by the Velmont"
    " Relief League, its chief executive said on Tuesday. The chairs were made in its"
    " workshop and will reach the shelters before the winter season begins.\n"
)


def test_a_date_broken_after_its_day_and_a_site_credited_in_its_header() -> None:
    meta = read_metadata(
        "Trade Archive\n"
        "Brought to you by Kestrel Garden Review\n"
        "March 9,\n2011 by in General\n"
        "By Kestrel Garden Review in Outdoor on March 2011\n" + _STORY + "March 9,\n"
        "2011 by in General\nBy Kestrel Garden Review in on March 2011\n"
        "Another story starts here.\n"
    )
    assert meta.date == dt.date(2011, 3, 9)
    assert meta.publisher == "Kestrel Garden Review"


def test_a_numeric_date_in_an_american_story_is_month_first() -> None:
    story = "Orrin Chairworks, one of Texas's largest makers, gave chairs to Americans in need.\n"
    meta = read_metadata(
        "Orrin Gives Chairs to Shelters\nKestrel Furniture Journal\non\n3/4/2009\n" + story
    )
    assert meta.date == dt.date(2009, 3, 4)
    assert meta.publisher == "Kestrel Furniture Journal"
    assert any("month/day" in w for w in meta.warnings)


def test_a_numeric_date_in_a_british_story_is_day_first() -> None:
    story = "Orrin Chairworks gave chairs to the Velmont centre, as the organisers had hoped.\n"
    meta = read_metadata(
        "Orrin Gives Chairs to Shelters\nKestrel Furniture Journal\non\n3/4/2009\n" + story
    )
    assert meta.date == dt.date(2009, 4, 3)
    assert any("day/month" in w for w in meta.warnings)


def test_a_byline_with_only_a_date_and_a_sign_up_box_naming_the_site() -> None:
    meta = read_metadata(
        "Orrin Chairworks and Velmont Relief League to Furnish Shelters\n\n"
        "By: Jan. 05, 2016\nEnter Your Email to Read On\n\n"
        "Plus, get the best of KestrelStage delivered to your inbox.\n\n" + _STORY
    )
    assert meta.date == dt.date(2016, 1, 5)
    assert meta.publisher == "KestrelStage"


def test_a_page_label_with_a_middle_dot_and_a_paper_in_brackets_after_a_byline() -> None:
    labelled = read_metadata(
        "Orrin Chairworks Furnishes Shelters\nPress Release \u00b7 Monday, March 3, 2014\n\n"
        + _STORY
    )
    assert labelled.date == dt.date(2014, 3, 3)
    bracketed = read_metadata(
        "A good seat for everyone\n\nBy JANE ROE in Velmont(Kestrel Daily Asia)\n\n" + _STORY
    )
    assert bracketed.publisher == "Kestrel Daily Asia"


@pytest.mark.parametrize(
    ("before", "after", "date", "city"),
    [
        pytest.param(
            "Trade News\n\n"
            "TRADE NEWS: ORRIN CHAIRWORKS FURNISHES SHELTERS; MORE March 8, 2012 (3 comments)"
            "\n\nOrrin Chairworks Teams With Velmont Relief League\n\nBoston, MA\u2014",
            "",
            dt.date(2012, 3, 8),
            "Boston",
            id="title-case dateline under a header, comment-count stamp",
        ),
        pytest.param(
            "Orrin Chairworks and Relief League Sign Agreement\n\n"
            "Press Release \u00b7 Friday, May 9, 2014\n\nDenver, CO\u2026",
            "",
            dt.date(2014, 5, 9),
            "Denver",
            id="dateline ended by a glued ellipsis under a label",
        ),
        pytest.param(
            "Jane Roe chaired the Velmont Relief League from 2001 to 2015.\n\n"
            "Orrin Chairworks and Relief League Sign Agreement\n\nLisbon, June 4, 2009\n\n",
            "",
            dt.date(2009, 6, 4),
            "Lisbon",
            id="place and date line under a note the page added",
        ),
        pytest.param(
            "A good seat for everyone\n\nBy JANE ROE in Lisbon(Kestrel Daily Asia)\n\n",
            "During their stay in Lisbon, the makers met the league.\n",
            None,
            "Lisbon",
            id="the city a reporter's byline files from",
        ),
        pytest.param(
            "Monday, December 3, 2012\n\nOrrin Chairworks and Relief League Team Up\n\n"
            "Press release posted 14 Nov 2012 at the league's web site.\n\n"
            "DENVER, COLORADO\u2014",
            "",
            dt.date(2012, 11, 14),
            None,
            id="a reposted release dated by the line saying when it was posted",
        ),
    ],
)
def test_the_date_and_dateline_a_page_layout_gives(
    before: str, after: str, date: dt.date | None, city: str | None
) -> None:
    """``date`` or ``city`` None: that case is not about it."""
    meta = read_metadata(before + _STORY + after)
    if date is not None:
        assert meta.date == date
    if city is not None:
        assert meta.dateline is not None and meta.dateline.city == city


def test_a_caption_credit_run_into_a_dateline_without_a_year() -> None:
    meta = read_metadata(
        "Orrin teams up with Velmont for a chair collection\n\n"
        "The chairs were drawn by the studio's head, Jane Roe. \u2014 KNA picLISBON, June 2"
        " \u2014 " + _STORY
    )
    assert meta.dateline is not None and meta.dateline.city == "Lisbon"
    assert meta.date is None
    assert any("without a year" in w for w in meta.warnings)
