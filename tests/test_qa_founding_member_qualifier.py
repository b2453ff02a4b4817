"""A "founding member" question is answered "yes" only from a sentence that says founding:
"The Urban Canopy Alliance's five new members include the Alderbury Community Housing
Association …" (2021) once gave "Yes." to "was it a founding member?", the stated-relation
executor reading "member" alone (review of issue 10's yes/no rule)."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered, ask
from tests.kbpaths import KB_CANOPY


@pytest.fixture(scope="module")
def canopy() -> Engine:
    return Engine(Index(load_knowledge(KB_CANOPY)))


def test_a_new_member_is_no_founding_member(canopy: Engine) -> None:
    # "The Urban Canopy Alliance's five new members include the Alderbury Community
    # Housing Association …" (2021): a member, not a founder; the stated-relation
    # executor once said "Yes." from it, reading "member" alone.
    got = ask(
        canopy,
        "was the Alderbury Community Housing Association a founding member of the alliance?",
    )
    assert "**Yes" not in got.reply, got.reply
    answered(
        canopy, "was Southern Cross Mutual a founding member of the Urban Canopy Alliance?", "Yes"
    )
