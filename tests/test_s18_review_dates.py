"""Session 18's review: a clause set aside from a sentence (a closing relative clause, a
change's start "up from …") took the main clause's own date with it, so a sentence that
states its own time was drafted undated (as of the release). Invented: a ferry
co-operative on a lake."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.ingest import build_draft
from bot.ingest.clause_dates import clause_date

ISSUED = dt.date(2026, 4, 2)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (
            "Ridership on the Tarn Ferry climbed to 52,000 in August 2025, up from 31,000 in 2021.",
            "2025-08",
        ),
        ("Passenger numbers hit 8,000 in May 2025, from 5,500 in 2020.", "2025-05"),
        (
            "The co-operative launched its third boat in October 2024, which was built in Norway in 2019.",
            "2024-10",
        ),
        (
            "The harbour board approved the pier on 14 February 2023, which will stand until 2060.",
            "2023-02-14",
        ),
        (
            "Priya Holm became Harbourmaster in September 2025, replacing Ulf Brand, who"
            " left in 2024.",
            "2025-09",
        ),
    ],
)
def test_a_set_aside_clause_leaves_the_main_clause_its_own_date(sentence: str, date: str) -> None:
    found = clause_date(sentence, ISSUED)
    assert found is not None and not found.two_times, found
    assert found.date == date, found


def test_two_times_left_in_the_main_clause_still_leave_it_undated() -> None:
    found = clause_date("Fares fell in 2023 and again in 2025, down from a peak in 2019.", ISSUED)
    assert found is not None and found.two_times and found.date is None, found


def test_a_from_phrase_without_a_comma_is_the_statements_own_time() -> None:
    # "a loan from the Fund in 2022" is no change's start; nothing is set aside.
    assert clause_date("The co-operative took a loan from the Lake Fund in 2022.", ISSUED) is None


RELEASE = (
    "Tarn Ferry Co-operative reports record summer\n\n"
    "TARNBY, Lakeland, 2 April 2026 - The Tarn Ferry Co-operative today published its"
    " annual figures.\n\n"
    "The Tarn Ferry Co-operative's ridership climbed to 52,000 in August 2025, up from"
    " 31,000 in 2021.\n\n"
    "Priya Holm was appointed Harbourmaster of the Tarn Ferry Co-operative in September"
    " 2025, replacing Ulf Brand, who left in 2024.\n"
)


def test_the_draft_dates_such_facts_by_their_main_clause() -> None:
    draft = build_draft(RELEASE)
    dates = {f.text.split(" ")[3]: f.date for _, f in draft.facts}
    ridership = next(f for _, f in draft.facts if "ridership" in f.text)
    appointed = next(f for _, f in draft.facts if "appointed Harbourmaster" in f.text)
    assert ridership.date == "2025-08", dates
    assert appointed.date == "2025-09", dates
