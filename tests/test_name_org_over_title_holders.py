"""A name that matches an organisation as well as it matches title labels naming that
organisation ("President of Digital Trade Alliance") is the organisation: "Alliance" or
a typo of the name is not a choice between it and everyone holding a title there."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index
from tests.kbpaths import KB_FIVE
from tests.tmpkb import engine_of


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


@pytest.mark.parametrize("message", ["!what Alliance", "!what Digitl Trade Aliance"])
def test_the_organisation_not_its_title_holders(five: Engine, message: str) -> None:
    answer = five.handle(message)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith("The Digital Trade Alliance"), answer.text


def test_a_title_asked_still_finds_its_holder(five: Engine) -> None:
    answer = five.handle("!who president of the trade alliance")
    assert answer.status is Status.ANSWERED, answer.text
    assert "OKAFOR" in render_text(answer)


def test_a_word_names_the_one_thing_it_heads(five: Engine) -> None:
    """ "!what academy": the Academy, not its launch, its second phase, its campus or a
    grant *to* it, which only use the word as a modifier (a sealed set's case)."""
    answer = five.handle("!what academy")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith("The Digital Export Academy"), answer.text


def test_two_things_headed_by_the_word_stay_a_choice(tmp_path: Path) -> None:
    release = (
        "source: {id: s1, title: Two depots open, publisher: Wire, date: 2024-05-02,"
        " dateline: {city: Tarnby, country: Denmark}, text: ../sources/s1.txt}\n"
        "entities:\n"
        "  - {id: north, name: Tarnby North depot, kind: place, summary: A depot.}\n"
        "  - {id: south, name: Tarnby South depot, kind: place, summary: A depot.}\n"
        "  - {id: launch, name: Depot launch, kind: event, summary: The opening.}\n"
    )
    engine = engine_of(tmp_path, {"s1": release})
    assert engine.handle("!what depot").status is Status.AMBIGUOUS
