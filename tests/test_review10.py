"""Answers found wrong in session 10's review of its own changes: each test names the
question that was answered confidently and wrongly, and checks the kind of fix."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index
from tests.kbpaths import KB_CABLE


@pytest.fixture(scope="module")
def cable() -> Engine:
    return Engine(Index(load_knowledge(KB_CABLE)))


def test_a_sentence_reporting_the_words_beats_a_quote_sharing_half(cable: Engine) -> None:
    """ "What did Henrik Aas say about the new vessel?": no quote of his has both words,
    one 2021 quote has "vessels"; the 2025 sentence "Henrik Aas … said the new vessel
    will carry 2,000 tonnes of spare cable" has both and is what he said."""
    reply = render_text(cable.handle("what did Henrik Aas say about the new vessel?"))
    assert "2,000 tonnes" in reply, reply
    assert "sixty years" not in reply, reply
