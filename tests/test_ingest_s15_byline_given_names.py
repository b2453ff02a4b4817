"""A byline names a reporter only when its first word is a given name (session 15 review,
I1): "By <place or coined word> <outlet word> on <date>" is the site even when its last
word ends people's names too ("Post", "Press", "Standard", "Chronicle"), and the draft
says where the publisher came from. Invented releases and names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot import vocab
from bot.ingest import build_draft


def _release(byline: str) -> str:
    return (
        "Quillmere Orchards Opens a Cider Press for Growers\n\n"
        f"By {byline} on October 14, 2020\n\n"
        "Quillmere Orchards will open a shared cider press to small growers of the valley"
        " next spring, the cooperative said.\n\n"
        '"Growers asked for a press they can share," said Tomasz Vell, manager of'
        " Quillmere Orchards.\n"
    )


@pytest.mark.parametrize(
    "outlet", ["Brackwater Post", "Ostrell Chronicle", "Fenmoor Press", "Hollin Standard"]
)
def test_a_first_word_that_is_no_given_name_makes_the_byline_the_outlet(outlet: str) -> None:
    d = build_draft(_release(outlet))
    assert d.meta.date == dt.date(2020, 10, 14)
    assert d.meta.publisher == outlet
    assert any(outlet in w and "byline" in w for w in d.meta.warnings)


@pytest.mark.parametrize("reporter", ["Helena Post", "Rafael Press", "Greta Chronicle"])
def test_a_given_name_first_makes_the_byline_a_reporter(reporter: str) -> None:
    d = build_draft(_release(reporter))
    assert d.meta.date == dt.date(2020, 10, 14)
    assert d.meta.publisher != reporter


def test_given_names_are_a_vocabulary_list() -> None:
    names = vocab.given_names()
    assert {"helena", "rafael"} <= names
    assert not names & vocab.outlet_words().also_surnames
