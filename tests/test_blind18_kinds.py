"""Kinds that blind set 18 found misread (issues 10 and 12), each asked here in other
words on another base: what someone is "quoted (as) saying", in the order of their
quotes' dates, which is a quote and not the list of who is quoted.
"""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered
from tests.kbpaths import KB_SEEDBANK


@pytest.fixture(scope="module")
def seedbank() -> Engine:
    return Engine(Index(load_knowledge(KB_SEEDBANK)))


def test_quoted_saying_is_a_quote_in_date_order(seedbank: Engine) -> None:
    # "Quoted" alone asks who is quoted; "quoted (as) saying" asks what one person said.
    earliest = answered(
        seedbank, "what is the earliest thing Karan Mehta was quoted saying?", "weakest member"
    )
    assert "Who is quoted" not in earliest
    answered(seedbank, "what was Mehta quoted as saying last?", "funding a promise")
    answered(seedbank, "who is quoted?", "Karan MEHTA", "Ingrid HALVORSEN")
