"""A name that matches an organisation as well as it matches title labels naming that
organisation ("President of Digital Trade Alliance") is the organisation: "Alliance" or
a typo of the name is not a choice between it and everyone holding a title there."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index
from tests.kbpaths import KB_FIVE


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
