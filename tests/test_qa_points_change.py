""" "By how many points did the share fall between 2022 and 2024?": the change of a
stated percentage, in percentage points ("points" names the change's unit, which the
sentences need not use)."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.tmpkb import engine_of


def _release(stem: str, date: str, share: int) -> str:
    return f"""\
source:
  id: {stem}
  title: Tideway Ferries report on electric sailings
  publisher: Wire
  date: {date}
  dateline: {{city: Kiel, country: Germany}}
  text: ../sources/{stem}.txt
{"entities:" if stem == "first" else ""}
{"  - {id: tideway, name: Tideway Ferries, kind: organization, summary: A ferry line.}" if stem == "first" else ""}
facts:
  - id: share-{stem}
    about: [tideway]
    date: {date}
    text: Tideway Ferries ran {share} per cent of its sailings on battery power.
  - id: points-{stem}
    about: [tideway]
    date: {date}
    text: Tideway Ferries has {share // 4} charging points at its terminals.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    releases = {
        "first": _release("first", "2022-04-01", 44),
        "second": _release("second", "2024-04-01", 71),
    }
    return engine_of(tmp_path_factory.mktemp("kb"), releases)


def test_points_of_a_share(engine: Engine) -> None:
    answer = engine.handle(
        "by how many points did Tideway's battery share of sailings rise between 2022 and 2024?"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert "27 percentage points" in answer.text
