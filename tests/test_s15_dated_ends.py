"""Before / after: each end is dated by a sentence stating its own date (session 15,
review leftover 4). A sentence's date is its own event's ("The Skerry Observatory opened
on May 4, 2019, three years after the Lunan Trust was founded" is dated by the opening):
it never dates another start it mentions, so the Trust's founding is not "May 4, 2019"
and that sentence is not cited for it. Invented base: a marine trust, its observatory
and a seabird census.
"""

from __future__ import annotations

import json

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.asking import answered, ask
from tests.tmpkb import engine_of, source_line

_ENTITIES = (
    "entities:\n"
    "  - {id: skerry, name: Skerry Observatory, kind: organization, summary: A coastal"
    " observatory.}\n"
    "  - {id: lunan, name: Lunan Trust, kind: organization, summary: A marine science trust.}\n"
    "  - {id: tern, name: Tern Count, kind: initiative, summary: A seabird census.}\n"
)


def _facts(*rows: tuple[str, str, str, str]) -> str:
    return "facts:\n" + "".join(
        f"  - id: {fid}\n    about: [{about}]\n    text: {json.dumps(text)}\n    date: {date}\n"
        for fid, about, text, date in rows
    )


_OPENING = (
    "The Skerry Observatory opened on May 4, 2019, three years after the Lunan Trust was founded."
)
_RELEASES = {
    "e2019": source_line("e2019", "Skerry Observatory opens", "2019-05-04")
    + _ENTITIES
    + _facts(
        ("opened", "skerry, lunan", _OPENING, "2019-05-04"),
        (
            "census",
            "tern, skerry",
            "The Skerry Observatory launched the Tern Count on June 2, 2019.",
            "2019-06-02",
        ),
    ),
    "e2021": source_line("e2021", "Tern Count results", "2021-08-11")
    + _facts(
        (
            "staff",
            "lunan",
            "The Lunan Trust, founded by three marine biologists, now employs 40 staff.",
            "2021-08-11",
        ),
    ),
}


@pytest.fixture(scope="module")
def coast(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("coast"), _RELEASES)


def test_a_start_is_not_dated_by_another_event_s_sentence(coast: Engine) -> None:
    # The releases give the founding no date of its own: none is made up from the
    # opening's date, nor from the 2021 release recalling the founding undated.
    found = ask(coast, "which came first, the founding of the lunan trust or the tern count?")
    assert found.status is Status.NOT_FOUND, found.reply
    reply = ask(coast, "was the lunan trust founded before the tern count was launched?").reply
    assert "trust founded: " not in reply and "came first" not in reply


def test_a_sentence_recalling_a_start_answers_in_its_own_words(coast: Engine) -> None:
    # "Three years after the Trust was founded" says the order; it dates no founding.
    reply = answered(coast, "was the lunan trust founded before the skerry observatory opened?")
    assert "Yes" in reply and "Both in 2019" not in reply and "founded: " not in reply


def test_each_end_cites_the_sentence_its_date_comes_from(coast: Engine) -> None:
    reply = answered(coast, "did the tern count launch after the skerry observatory opened?", "Yes")
    assert "June 2, 2019: The Skerry Observatory launched the Tern Count" in reply
    assert "May 4, 2019: " + _OPENING in reply
