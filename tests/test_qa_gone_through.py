""" "How many had gone through the school?" asks how many it trained (the thesaurus'
phrase ``gone_through`` in the group of "trained"); a tonnage that "went through" a
plant still finds the sentence stating it."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.tmpkb import engine_of

RELEASE = """\
source:
  id: skills
  title: Harbour Skills School passes 640 graduates
  publisher: Wire
  date: 2024-06-03
  dateline: {city: Aberdeen, country: United Kingdom}
  text: ../sources/skills.txt
entities:
  - {id: school, name: Harbour Skills School, kind: organization, summary: A school for deckhands.}
  - {id: plant, name: Dee Fibre Plant, kind: organization, summary: A cloth recycling plant.}
facts:
  - id: graduates
    about: [school]
    date: 2024-06-03
    text: The Harbour Skills School has trained 640 deckhands since it opened in 2019.
  - id: tonnes
    about: [plant]
    date: 2024-06-03
    text: The Dee Fibre Plant processed 5,200 tonnes of used cloth in 2023.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("kb"), {"skills": RELEASE})


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("how many people have gone through the Harbour Skills School?", "640"),
        ("how many tonnes of cloth went through the Dee Fibre Plant?", "5,200"),
    ],
)
def test_gone_through(engine: Engine, question: str, figure: str) -> None:
    answer = engine.handle(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert figure in answer.text
