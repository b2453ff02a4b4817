""" "Other than X, was anything else agreed?": the set-aside phrase ends where the
question's "anything else" begins, though reading put "was" first ("was other than X
anything else agreed") (``exclusion.split_exclusion``)."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.kbpaths import KB_COLDCHAIN


@pytest.fixture(scope="module")
def coldchain() -> Engine:
    return Engine(Index(load_knowledge(KB_COLDCHAIN)))


def test_other_than_anything_else(coldchain: Engine) -> None:
    answer = coldchain.handle("other than the Kasara Charter, was anything else agreed?")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith("**Besides Kasara Charter:**")
    assert "drone corridor" in answer.text
