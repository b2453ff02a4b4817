"""Kinds of dateline wording from a development set of real releases (a company's
newsroom copied without its spaces, a national news agency's dateline, a Canadian wire;
not in the repo), each as an invented lead with what the draft must say. The real
releases are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

import datetime as dt

from bot.ingest.dates import find_date
from bot.ingest.metadata import read_metadata

_STORY = (
    " the two companies said, and the first deliveries reach the cooperative's members"
    " before the spring planting.\n"
)


def test_a_year_glued_to_the_next_word_is_still_the_year() -> None:
    found = find_date("March 14, 2019Orrin Mills")
    assert found is not None and found.date == dt.date(2019, 3, 14)
    assert found.text == "March 14, 2019"
    # (A longer run of figures is no year.)
    assert find_date("March 14, 20191 units").year is None  # type: ignore[union-attr]


def test_a_dateline_whose_date_runs_into_the_story_gives_its_date() -> None:
    meta = read_metadata(
        "Orrin Mills picks Quillo seed\n\n"
        "KESTREL BAY, Ore. \u2013 March 14, 2019Orrin Mills Inc. (NYSE:ORM) will buy seed from"
        " Quillo," + _STORY
    )
    assert meta.date == dt.date(2019, 3, 14)
    assert meta.dateline is not None and meta.dateline.city == "Kestrel Bay"


def test_an_agency_signing_the_dateline_bare_before_a_full_stop() -> None:
    meta = read_metadata(
        "MARSHFORD, OCTOBER 12, VELNEWS. The state news agency VELNEWS signed a news exchange"
        " agreement with Orrin Press on October 12," + _STORY
    )
    assert meta.dateline is not None and meta.dateline.city == "Marshford"
    assert meta.publisher == "VELNEWS"
    assert meta.date is None  # the dateline gives no year: the reviewer sets it
    assert any("VELNEWS" in w and "wires.yaml" in w for w in meta.warnings), meta.warnings


def test_a_known_agency_signing_the_dateline_bare_is_cited_by_its_table_name() -> None:
    meta = read_metadata(
        "MARSHFORD, Velmont, June 3, 2020, Xinhua. Two ports signed a sister-port agreement"
        " on Wednesday," + _STORY
    )
    assert meta.dateline is not None and meta.dateline.city == "Marshford"
    assert meta.publisher == "Xinhua"
    assert meta.date == dt.date(2020, 6, 3)


def test_a_day_without_a_year_after_a_mixed_case_place_is_no_dateline() -> None:
    # (Only an agency's place in capitals ends a yearless dateline with a full stop.)
    meta = read_metadata(
        "Orrin Mills picks Quillo seed\n\n"
        "Velmont, June 3. Orrin Mills will buy seed from Quillo," + _STORY
    )
    assert meta.dateline is None


def test_an_agency_in_capitals_signing_the_dateline_between_dashes_after_the_date() -> None:
    meta = read_metadata(
        "Orrin Mills picks Quillo seed\n\n"
        "MARSHFORD, Velmont, June 3, 2020 \u2014 VELNEWS \u2014 Orrin Mills will buy seed from"
        " Quillo," + _STORY
    )
    assert meta.dateline is not None and meta.dateline.city == "Marshford"
    assert meta.publisher == "VELNEWS"
    assert meta.date == dt.date(2020, 6, 3)


def test_an_agency_in_capitals_after_a_yearless_date_then_a_dash() -> None:
    meta = read_metadata(
        "Orrin Mills picks Quillo seed\n\n"
        "MARSHFORD, 3 June, VELNEWS \u2014 Orrin Mills will buy seed from Quillo," + _STORY
    )
    assert meta.dateline is not None and meta.dateline.city == "Marshford"
    assert meta.publisher == "VELNEWS"


def test_a_company_in_mixed_case_after_the_date_is_the_story_not_an_agency() -> None:
    meta = read_metadata(
        "Orrin Mills picks Quillo seed\n\n"
        "MARSHFORD, June 3, 2020 \u2014 Orrin Mills \u2014 the valley's largest mill \u2014"
        " will buy seed from Quillo," + _STORY
    )
    assert meta.publisher is None and not meta.unknown_marker
    assert meta.dateline is not None and meta.dateline.city == "Marshford"


def test_a_place_in_capitals_after_a_date_that_opens_the_line_is_no_agency() -> None:
    meta = read_metadata(
        "Orrin Mills picks Quillo seed\n\n"
        "3 June 2020, MARSHFORD \u2013 Orrin Mills will buy seed from Quillo," + _STORY
    )
    assert meta.publisher != "MARSHFORD"


def test_dates_written_without_their_spaces_or_in_hyphens() -> None:
    for written in ("August 9,2017", "9August 2017", "9-Aug-2017", "9 Aug,2017"):
        found = find_date(f"Posted {written} by the desk")
        assert found is not None and found.date == dt.date(2017, 8, 9), (written, found)


def test_a_day_before_a_word_that_opens_like_a_month_is_no_date() -> None:
    assert find_date("about 12 marketing leads and 3 mayors") is None
    assert find_date("the rig 12-Marathon") is None


def test_a_dateline_in_square_brackets() -> None:
    meta = read_metadata(
        "Orrin Mills picks Quillo seed\n\n"
        "[MARSHFORD, Velmont, June 3, 2020] \u2013 Orrin Mills will buy seed from Quillo," + _STORY
    )
    assert meta.dateline is not None and meta.dateline.city == "Marshford"
    assert meta.date == dt.date(2020, 6, 3)


def test_a_country_alone_in_a_square_bracketed_dateline_is_no_city() -> None:
    meta = read_metadata(
        "Orrin Mills picks Quillo seed\n\n"
        "[PORTUGAL, June 3, 2020] \u2013 Orrin Mills will buy seed from Quillo," + _STORY
    )
    assert meta.dateline is None
    assert meta.date == dt.date(2020, 6, 3)


def test_a_time_zone_after_the_date_signs_nothing() -> None:
    meta = read_metadata(
        "Orrin Mills picks Quillo seed\n\n"
        "MARSHFORD, Velmont, June 3, 2020 GMT \u2014 Orrin Mills will buy seed from Quillo,"
        + _STORY
    )
    assert meta.publisher != "GMT"
    assert meta.dateline is not None and meta.dateline.city == "Marshford"
