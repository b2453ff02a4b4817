"""A frequency answers how often the thing asked happens: "every week" for outage reports
is no answer to how often Acme connects homes, and "images every 30 minutes" none to how
often the SmokeLine partners meet (review of session 9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.kb_acme import acme_engine
from tests.kbpaths import KB_WILDFIRE


@pytest.fixture(scope="module")
def acme(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("acme")
    return acme_engine(root)


def test_a_frequency_of_something_else_is_no_answer(acme: Engine) -> None:
    reply = acme.handle("How often does Acme Networks connect homes?").text
    assert "Every week" not in reply, reply
    asked = acme.handle("How often does Acme Networks publish reports?").text
    assert asked.startswith("**Every week**"), asked


def test_the_frequency_of_the_thing_asked_still_answers() -> None:
    wildfire = Engine(Index(load_knowledge(KB_WILDFIRE)))
    reply = wildfire.handle("How often did Orbisight send thermal images in 2019?").text
    assert reply.startswith("**Every 90 minutes**"), reply
    other = wildfire.handle("How often did Orbisight Space renew the agreement?").text
    assert "minutes" not in other.split("\n")[0], other
