"""Kinds of release dates from a 25th set of real releases (not in the repo): news and
trade pages that give the day only on a writer's byline or a time stamp, each as an
invented page with the date the draft must read. The real releases are measured with
benchmarks/ingest_eval.py.
"""

from __future__ import annotations

import datetime as dt

from bot.ingest import build_draft

_STORY = (
    "Tallow Rail and the Fenmoor Ferry Company today agreed to sell joint tickets.\n\n"
    '"One ticket, two journeys," said Ada Voss, Chair of the Fenmoor Ferry Company.\n'
)


def test_a_posted_by_byline_gives_the_date() -> None:
    d = build_draft(
        "Rail and ferry sell joint tickets\n\n"
        "Posted by Corin Hale on October 9, 2023 at 4:40 pm\n\n" + _STORY
    )
    assert d.meta.date == dt.date(2023, 10, 9)


def test_a_byline_with_a_separator_before_the_date_gives_the_date() -> None:
    d = build_draft(
        "Rail and ferry sell joint tickets\n\nBy Corin Hale | 9 October 2023\n\n" + _STORY
    )
    assert d.meta.date == dt.date(2023, 10, 9)


def test_a_us_time_zone_reads_a_numeric_date_month_first() -> None:
    d = build_draft("Rail and ferry sell joint tickets\n\n10/09/2023 04:40 PM CDT\n\n" + _STORY)
    assert d.meta.date == dt.date(2023, 10, 9)
    # (With no sign of the United States, day first, as before.)
    d = build_draft("Rail and ferry sell joint tickets\n\n10/09/2023 16:40\n\n" + _STORY)
    assert d.meta.date == dt.date(2023, 9, 10)
