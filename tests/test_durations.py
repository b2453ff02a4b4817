"""The one place durations are counted: between two dates, and over a stated range."""

from __future__ import annotations

import re

import pytest

from bot.engine.qa.durations import YearRange, between, range_duration, year_range


@pytest.mark.parametrize(
    ("start", "end", "head"),
    [
        ("2021-12-31", "2022-01-01", "1 day"),
        ("2021-06-08", "2022-03-15", "Nine months"),
        ("2019-11-12", "2024-05-07", "Four years"),
        ("2021-12-31", "2024-06-01", "Two years"),
        ("2020-01-01", "2021-01-01", "One year"),
        ("2020-02", "2021-04", "About one year"),
        ("2019", "2024-05-07", "About five years"),
        ("2021", "2021-06-01", "Less than a year"),
        ("2024-05-07", "2024-05-07", "The same day"),
    ],
)
def test_between_counts_completed_time(start: str, end: str, head: str) -> None:
    assert between(start, end).head == head


def test_between_in_the_unit_asked() -> None:
    assert between("2021-06-08", "2022-03-15", "days").head == "280 days"
    assert between("2019-11-12", "2024-05-07", "months").head == "53 months"
    assert between("2020-02", "2021-04", "months").head == "About fourteen months"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("the Framework 2018-2021", YearRange(2018, 2021, True)),
        ("which covers the years 2018 to 2021", YearRange(2018, 2021, True)),
        ("served as Director General from 2013 to 2021", YearRange(2013, 2021, False)),
        ("between 2015 and 2018", YearRange(2015, 2018, False)),
        ("from 2024 — 2026", YearRange(2024, 2026, False)),
        ("2019 till 2022", YearRange(2019, 2022, False)),
        ("Daniel Hartmann, President 2015–2021", YearRange(2015, 2021, False)),
        ("He served 2013-2021 at UNIDO", YearRange(2013, 2021, False)),
        ("no range in 2019", None),
    ],
)
def test_one_range_reader_says_how_to_count(text: str, span: YearRange | None) -> None:
    assert year_range(text) == span


def test_a_named_span_counts_both_ends_a_term_the_years_between() -> None:
    assert range_duration(YearRange(2018, 2021, True)).head == "Four years"
    assert range_duration(YearRange(2013, 2021, False)).head == "Eight years"


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2019-11-12", "2024-05-07"),
        ("2021-12-31", "2024-06-01"),
        ("2020-01-31", "2020-03-01"),
        ("2020-02-29", "2021-02-28"),
        ("2021-06-08", "2022-03-15"),
        ("2023-05-31", "2023-06-30"),
    ],
)
def test_completed_time_agrees_with_dateutil(start: str, end: str) -> None:
    """The plain calendar arithmetic (no date library on a question's path) counts as
    dateutil's relativedelta does."""
    import datetime as dt

    from dateutil.relativedelta import relativedelta

    from bot.engine.qa.durations import _Delta

    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    expected = relativedelta(b, a)
    assert _Delta.of(a, b) == (expected.years, expected.months, expected.days)


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("January 1, 2022", "2022-01-01"),
        ("July 2021", "2021-07"),
        ("2022", "2022"),
        ("2024-06-01", "2024-06-01"),
    ],
)
def test_a_written_start_date_in_iso_form(written: str, iso: str) -> None:
    from bot.engine.qa.executors.became import iso_date

    assert iso_date(written) == iso


@pytest.mark.parametrize(
    "question",
    [
        "how many entrepreneurs does the academy count now compared with two years ago?",
        "how many members did the alliance have compared with last year?",
    ],
)
def test_a_count_of_something_else_is_never_a_duration(question: str) -> None:
    """ "How many <noun> … last year / two years ago" counts the noun: a length of time
    between two dates is never its answer (a newcomer got "One year" for pupils)."""
    from bot.engine.engine import Engine
    from bot.kb.loader import load_knowledge
    from bot.search.index import Index
    from tests.kbpaths import KB_FIVE

    answer = Engine(Index(load_knowledge(KB_FIVE))).handle(question)
    assert not re.search(r"\*\*(?:one|two|three|four|five|\d+) years?\*\*", answer.text, re.I), (
        answer.text
    )
