""" "Who turned up at the opening?": "show up", "turn up" are "attend" in the thesaurus,
so the sentence saying who attended answers it."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.tmpkb import engine_of

RELEASE = """\
source:
  id: depot
  title: Tarn Depot opens
  publisher: Wire
  date: 2024-09-03
  dateline: {city: Albi, country: France}
  text: ../sources/depot.txt
entities:
  - {id: depot, name: Tarn Depot, kind: organization, summary: A cold store for vaccines.}
  - id: opening
    name: Tarn Depot opening ceremony
    kind: event
    summary: The opening ceremony of the Tarn Depot in Albi on September 2, 2024.
    aliases: [depot opening]
  - {id: lea, name: Lea MOREL, kind: person, summary: Prefect of the Tarn.}
  - {id: paul, name: Paul VIDAL, kind: person, summary: Chief Executive of Froid Sud.}
roles:
  - {entity: lea, title: Prefect, organization: depot}
facts:
  - id: opened
    about: [opening, depot, lea, paul]
    date: 2024-09-02
    text: >-
      The Tarn Depot opening ceremony in Albi on September 2, 2024 was attended by Lea MOREL
      and Paul VIDAL.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("kb"), {"depot": RELEASE})


@pytest.mark.parametrize(
    "question", ["who turned up at the depot opening?", "who showed up for the depot opening?"]
)
def test_turned_up_is_attended(engine: Engine, question: str) -> None:
    answer = engine.handle(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "Lea MOREL" in answer.text and "Paul VIDAL" in answer.text
