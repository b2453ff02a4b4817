"""One home per shared behaviour (session 15, review leftovers 5 and 6): a cited
not_found is composed by ``compose.not_found_cited`` only, ISO dates as coarse as stated
are read by ``written_dates.first_day`` only, and the words making a count an increment
are one list (``figure_series.INCREMENT_STEMS``)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from bot.engine.qa import compose
from bot.engine.qa.written_dates import first_day

_QA = Path(compose.__file__).parent


def _sources() -> list[tuple[str, str]]:
    return [(str(p.relative_to(_QA)), p.read_text(encoding="utf-8")) for p in _QA.rglob("*.py")]


def _calls(text: str, name: str) -> list[str]:
    """The text of every ``name(…)`` call in ``text``, parentheses matched."""
    found = []
    for match in re.finditer(rf"\b{name}\(", text):
        depth, i = 1, match.end()
        while depth and i < len(text):
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            i += 1
        found.append(text[match.start() : i])
    return found


def test_a_cited_not_found_is_composed_in_one_place() -> None:
    by_hand = [
        name
        for name, text in _sources()
        if name != "compose.py"
        for call in _calls(text, "Answer")
        if "Status.NOT_FOUND" in call and "citations=" in call
    ]
    assert by_hand == []


def test_iso_dates_are_parsed_in_one_place() -> None:
    copies = [
        name
        for name, text in _sources()
        if name != "written_dates.py"
        and re.search(r'int\(p\) for p in \w+\.split\("-"\)\] \+', text)
    ]
    assert copies == []


@pytest.mark.parametrize(
    ("iso", "day"),
    [
        ("2021-07-08", dt.date(2021, 7, 8)),
        ("2021-07", dt.date(2021, 7, 1)),
        ("2021", dt.date(2021, 1, 1)),
    ],
)
def test_first_day_of_a_date_as_coarse_as_stated(iso: str, day: dt.date) -> None:
    assert first_day(iso) == day


def test_the_increment_words_are_one_list() -> None:
    copies = [
        name for name, text in _sources() if re.search(r'"new additional further extra more', text)
    ]
    assert copies == ["figure_series.py"]
