""" "How many ferry calls used shore power at Kiel?": the counted phrase ends at its
verb, even a short one ("used"), and a count asked at a place is the one stated for
the thing named after it (the Port of Kiel), when exactly one thing states it
(``stated_counts.py``)."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.tmpkb import engine_of

RELEASE = """\
source:
  id: kiel
  title: Port of Kiel reports shore-power use
  publisher: Wire
  date: 2024-02-01
  dateline: {city: Kiel, country: Germany}
  text: ../sources/kiel.txt
entities:
  - {id: kiel, name: Kiel, kind: place, summary: A port city in Germany.}
  - {id: port, name: Port of Kiel, kind: place, summary: The port of Kiel.}
facts:
  - id: calls-2023
    about: [port]
    date: 2023
    text: In 2023, ferries connected to shore power on 1,480 calls at the Port of Kiel.
  - id: calls-2021
    about: [port]
    date: 2021
    text: In 2021, ferries connected to shore power on 620 calls at the Port of Kiel.
  - id: power-plants
    about: [kiel]
    date: 2024-02-01
    text: Kiel uses shore power from 3 wind farms.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("kb"), {"kiel": RELEASE})


def test_calls_at_a_place(engine: Engine) -> None:
    answer = engine.handle("how many ferry calls used shore power at Kiel most recently?")
    assert answer.status is Status.ANSWERED, answer.text
    assert "1,480" in answer.text
    assert "wind" not in answer.text
