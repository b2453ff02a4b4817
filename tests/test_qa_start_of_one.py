""" "How much did X grow since it was founded?" where the start is written "up from one
when … was launched" (a spelled "one", or "a single", that no other figure reader
takes): the start is 1, dated by the year its clause names (``figure_series``)."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.tmpkb import engine_of


def _release(stem: str, date: str, text: str, entities: str = "") -> str:
    return f"""\
source:
  id: {stem}
  title: Fen Ferry grows its electric fleet
  publisher: Wire
  date: {date}
  dateline: {{city: Ely, country: United Kingdom}}
  text: ../sources/{stem}.txt
{entities}
facts:
  - id: boats-{stem}
    about: [ferry]
    date: {date}
    text: {text}
"""


ENTITIES = """\
entities:
  - {id: ferry, name: Fen Ferry, kind: organization, summary: A ferry service on the Ouse.}"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    releases = {
        "first": _release(
            "first",
            "2022-05-02",
            "Fen Ferry runs four electric boats, up from a single boat when the service was"
            " launched in 2019.",
            ENTITIES,
        ),
        "second": _release(
            "second",
            "2025-05-06",
            "Fen Ferry runs nine electric boats, up from one when the service was launched"
            " in 2019.",
        ),
    }
    return engine_of(tmp_path_factory.mktemp("kb"), releases)


def test_growth_from_a_start_of_one(engine: Engine) -> None:
    answer = engine.handle(
        "by how much has Fen Ferry's electric fleet grown since it was launched?"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert "9 − 1 = 8" in answer.text
