"""Founding membership and joiners: "was A a founding member of B?" is yes when a
sentence about B names A among those who founded it ("founded by four partners: …"),
no when a sentence says A joined B, or B's founders are listed without A; "which
organisations joined B in 2025?" reads the year the sentence writes, not only its date
(``membership.py``, ``lists.py``)."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.kbpaths import KB_COLDCHAIN
from tests.tmpkb import engine_of


@pytest.fixture(scope="module")
def coldchain() -> Engine:
    return Engine(Index(load_knowledge(KB_COLDCHAIN)))


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "was the Tanvara Development Bank an original member of the Lakes Cold Chain Alliance?",
            "Yes",
        ),
        ("was the Tessara Drone Board a founding member of the LCCA?", "No"),
    ],
)
def test_founding_member(coldchain: Engine, question: str, verdict: str) -> None:
    answer = coldchain.handle(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith(f"**{verdict}")


RELEASE = """\
source:
  id: guild
  title: Fenland Boat Guild grows to eight yards
  publisher: Wire
  date: 2026-01-20
  dateline: {city: Ely, country: United Kingdom}
  text: ../sources/guild.txt
entities:
  - id: guild
    name: Fenland Boat Guild
    kind: organization
    summary: A guild of boatyards founded in 2019 by Ouse Yard, Lark Yard and Cam Marine.
  - {id: ouse, name: Ouse Yard, kind: organization, summary: A boatyard.}
  - {id: lark, name: Lark Yard, kind: organization, summary: A boatyard.}
  - {id: cam, name: Cam Marine, kind: organization, summary: A boatyard.}
  - {id: wissey, name: Wissey Boats, kind: organization, summary: A boatyard.}
  - {id: nene, name: Nene Craft, kind: organization, summary: A boatyard.}
facts:
  - id: eight
    about: [guild, wissey, nene]
    date: 2026-01-20
    text: The Fenland Boat Guild has eight yards, after Wissey Boats and Nene Craft came aboard in 2025.
"""


@pytest.fixture(scope="module")
def guild(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("kb"), {"guild": RELEASE})


def test_the_year_a_sentence_writes_admits_it(guild: Engine) -> None:
    answer = guild.handle("which organisations came aboard the Fenland Boat Guild in 2025?")
    assert answer.status is Status.ANSWERED, answer.text
    assert "Wissey Boats" in answer.text and "Nene Craft" in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("was Lark Yard a founding member of the Fenland Boat Guild?", "Yes"),
        ("was Nene Craft one of the Fenland Boat Guild's founding members?", "No"),
    ],
)
def test_founders_in_a_summary(guild: Engine, question: str, verdict: str) -> None:
    answer = guild.handle(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith(f"**{verdict}")
