"""Kinds of metadata wording from a blind set of real releases (club and trade pages,
news sites; not in the repo), each as an invented page with what the draft must say: a
brand's logo line that is no dateline, dates a page writes in brackets, with a
two-digit year, or by weekday without a year, and the issuer or outlet a header line
names. The real releases are measured with benchmarks/ingest_eval.py.
"""

from __future__ import annotations

import datetime as dt

from bot.ingest.metadata import read_metadata

_STORY = (
    "Fenwick Growers Cooperative will buy its seed from Quillo, the two said, and the"
    " first shipments reach the cooperative's members before the spring planting.\n"
)


def test_a_brand_name_alone_under_the_headline_is_no_dateline_city() -> None:
    meta = read_metadata(
        "QUILLO Will Supply Seed to Fenwick Growers\n\nQUILLO\n\n"
        "Seed breeder QUILLO has agreed to supply the Fenwick Growers Cooperative, which"
        " farms the valley's western slopes.\n\nQUILLO said the seed would arrive in March.\n"
    )
    assert meta.dateline is None


def test_a_city_alone_under_the_headline_is_still_the_dateline() -> None:
    meta = read_metadata(
        "Quillo Will Supply Seed to Fenwick Growers\n\nLISBON\n\n"
        "Seed breeder Quillo has agreed to supply the Fenwick Growers Cooperative, which"
        " farms the valley's western slopes.\n"
    )
    assert meta.dateline is not None and meta.dateline.city == "Lisbon"


def test_a_date_in_brackets_closing_the_headline_dates_the_page() -> None:
    meta = read_metadata("Fenwick Growers And Quillo Sign Seed Accord\n(3 March 2016)\n\n" + _STORY)
    assert meta.date == dt.date(2016, 3, 3)


def test_a_stamp_with_a_us_clock_and_a_two_digit_year_is_month_first() -> None:
    meta = read_metadata(
        "Quillo and Fenwick team up on seed\n"
        "A service of Orchard Trade Daily, Merrow Media Inc. Story posted at 9 a.m. EST/6"
        " a.m. PST, 3/4/97\n\n" + _STORY
    )
    assert meta.date == dt.date(1997, 3, 4)
    assert meta.publisher == "Orchard Trade Daily"
    assert any("month/day" in w for w in meta.warnings)


def test_a_stamp_without_a_zone_outside_america_is_day_first() -> None:
    meta = read_metadata(
        "Quillo and Fenwick team up on seed\nStory posted at 09:30, 3/4/97\n\n" + _STORY
    )
    assert meta.date == dt.date(1997, 4, 3)


def test_a_weekday_and_day_without_a_year_take_the_year_that_fits_the_weekday() -> None:
    story = (
        "Quillo will supply seed to Fenwick Growers Cooperative, Quillo said in a Friday"
        " (March 4) statement.\n\nThe cooperative's harvest grew by a tenth in 2021, its"
        " members said.\n"
    )
    meta = read_metadata("Quillo Will Supply Seed to Fenwick Growers\n\n" + story)
    assert meta.date == dt.date(2022, 3, 4)
    assert any("without a year" in w for w in meta.warnings)
    # (March 4 was a Monday in 2019: no year next to 2018 fits a Friday, so none is taken.)
    unfit = read_metadata(
        "Quillo Will Supply Seed to Fenwick Growers\n\n" + story.replace("2021", "2018")
    )
    assert unfit.date is None


def test_a_release_label_closing_a_dated_header_line_names_the_issuer() -> None:
    meta = read_metadata(
        "Quillo League Names Its Partner Clubs\n\n"
        "May 4, 2019 - Quillo League (QL) - Fenwick Rovers News Release\n\n"
        "FENWICK, NS - The Quillo League said Saturday that the Fenwick Rovers and two other"
        " clubs would join its programme, the league's chairman said.\n"
    )
    assert meta.label_issuer == "Fenwick Rovers"
    assert meta.date == dt.date(2019, 5, 4)
