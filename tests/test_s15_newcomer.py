"""What session 15's newcomer trial found, each in other material than the trial's.

- "!quote <a person's exact name>" of someone never quoted says so without a "Taking X
  as X" note, which only a description ("!quote the media contact of …") needs.
- "what did <person> say?" of someone never quoted: "no quote from X", not "quote no one
  from X" (an organisation's wording).
"""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import ask
from tests.kbpaths import KB_CREWLINE


@pytest.fixture(scope="module")
def crewline() -> Engine:
    return Engine(Index(load_knowledge(KB_CREWLINE)))


def test_a_named_person_never_quoted_gets_no_taking_note(crewline: Engine) -> None:
    reply = ask(crewline, "!quote Maeve Dunleavy").reply
    assert "Maeve Dunleavy" in reply
    assert "Taking" not in reply


def test_no_quote_from_a_person_is_worded_for_a_person(crewline: Engine) -> None:
    reply = ask(crewline, "what did maeve dunleavy say?").reply
    assert "no quote from Maeve Dunleavy" in reply
    assert "quote no one from" not in reply
