"""Which way a numeric date with no dateline is read (session 15 review, I2): "America"
in a region's name ("Central America", "South American growers"), a state's name that
is also a country's (Georgia), and spellings inside proper names ("Youth Organization",
"Labor Council") are no sign of an American story. Invented releases.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot import vocab
from bot.ingest.metadata import read_metadata


def _meta(story: str):
    return read_metadata("Tarrow Seed Bank Opens a Vault\n\n07/08/2021\n\n" + story + "\n")


@pytest.mark.parametrize(
    "story",
    [
        "The Tarrow Seed Bank opened the first vault of its kind in Central America, its"
        " curator said, and South American growers will deposit seed there.",
        "The Tarrow Seed Bank signed a watershed pact in Georgia with two farming unions,"
        " its curator said on Tuesday.",
        "The Tarrow Seed Bank opened its vault with the Velmont Youth Organization and the"
        " Tarrow Labor Council, its curator said.",
    ],
)
def test_no_sign_of_an_american_story_reads_day_first(story: str) -> None:
    meta = _meta(story)
    assert meta.date == dt.date(2021, 8, 7)
    assert any("day/month" in w for w in meta.warnings)


@pytest.mark.parametrize(
    "story",
    [
        "The Tarrow Seed Bank opened the first vault of its kind in the United States, its"
        " curator said.",
        "The Tarrow Seed Bank will share seed with growers in Oregon, its curator said.",
        "The seed bank will organize a color catalog for its neighbors, its curator said.",
    ],
)
def test_an_american_story_reads_month_first(story: str) -> None:
    meta = _meta(story)
    assert meta.date == dt.date(2021, 7, 8)
    assert any("month/day" in w for w in meta.warnings)


def test_the_spelling_signs_are_vocabulary() -> None:
    signs = vocab.story_spellings()
    assert "color" in signs.american_words and "colour" in signs.british_words
    assert "latin" in signs.region_qualifiers
