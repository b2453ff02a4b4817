"""A reporter's byline whose surname ends outlet names too (session 15, review leftover
2): "By <given name> <surname> on <date>" is a person, not the publisher, even when the
surname is an outlet word ("Post", "Press", "Herald"); only a name that is an outlet's as
a whole is the site ("Kestrel Daily", "Marsh Valley Review", "Tanzania Herald" with no given
name first). Invented releases.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot import vocab
from bot.ingest import build_draft


def _release(byline: str) -> str:
    return (
        "Tessel Ferries Adds Night Crossing to Orrin Isle\n\n"
        f"By {byline} on March 9, 2022\n\n"
        "Tessel Ferries will run a night crossing to Orrin Isle from April, the company"
        " said.\n\n"
        '"Islanders asked for it," said Ada Brel, director of Tessel Ferries.\n'
    )


@pytest.mark.parametrize("reporter", ["Norah Post", "Lewin Press", "Maud Herald", "Ivo Standard"])
def test_a_reporter_whose_surname_is_an_outlet_word_is_no_publisher(reporter: str) -> None:
    d = build_draft(_release(reporter))
    assert d.meta.date == dt.date(2022, 3, 9)
    assert d.meta.publisher != reporter


@pytest.mark.parametrize(
    "outlet", ["Kestrel Daily", "Marsh Valley Review", "Tanzania Herald", "NTB Press"]
)
def test_a_name_that_is_an_outlet_s_as_a_whole_is_the_publisher(outlet: str) -> None:
    d = build_draft(_release(outlet))
    assert d.meta.date == dt.date(2022, 3, 9)
    assert d.meta.publisher == outlet


def test_the_outlet_words_are_one_vocabulary_file() -> None:
    words = vocab.outlet_words()
    assert "daily" in words.masthead and "post" in words.also_surnames
    assert not words.masthead & words.also_surnames
