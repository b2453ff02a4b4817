""" "Who chairs the Riga young founders society?": a description in the words of chat
("young founders") for what a release calls young entrepreneurs (the thesaurus group of
"entrepreneurs", which "founders" shares with "founded")."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.tmpkb import engine_of

RELEASE = """\
source:
  id: guild
  title: Baltic Startup Guild opens a Riga hub
  publisher: Wire
  date: 2023-03-02
  dateline: {city: Riga, country: Latvia}
  text: ../sources/guild.txt
entities:
  - id: guild
    name: Baltic Startup Guild
    kind: organization
    summary: The Baltic Startup Guild, a Riga-based society of young entrepreneurs.
  - id: port-guild
    name: Riga Harbour Guild
    kind: organization
    summary: The Riga Harbour Guild, a Riga-based society of young harbour pilots.
  - {id: ilze, name: Ilze OZOLA, kind: person, summary: Chair of the Baltic Startup Guild.}
  - {id: janis, name: Janis BERZINS, kind: person, summary: Chair of the Riga Harbour Guild.}
roles:
  - {entity: ilze, title: Chair, organization: guild}
  - {entity: janis, title: Chair, organization: port-guild}
facts:
  - id: hub
    about: [guild]
    date: 2023-03-01
    text: The Baltic Startup Guild opened a hub for young entrepreneurs in Riga on March 1, 2023.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("kb"), {"guild": RELEASE})


def test_young_founders_are_young_entrepreneurs(engine: Engine) -> None:
    answer = engine.handle("who chairs the Riga young founders society?")
    assert answer.status is Status.ANSWERED, answer.text
    assert "Ilze OZOLA" in answer.text
    assert "BERZINS" not in answer.text
