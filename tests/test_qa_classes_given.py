""" "In which languages are the courses held?": "courses held", "classes given" are
"taught" (thesaurus phrases), so the sentence listing what the school teaches in
answers."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.tmpkb import engine_of

RELEASE = """\
source:
  id: school
  title: Fjord Skills School opens in Bergen
  publisher: Wire
  date: 2024-01-15
  dateline: {city: Bergen, country: Norway}
  text: ../sources/school.txt
entities:
  - {id: school, name: Fjord Skills School, kind: organization, summary: A school for deckhands.}
facts:
  - id: languages
    about: [school]
    text: The Fjord Skills School teaches in Norwegian, English and Polish.
  - id: held
    about: [school]
    date: 2024-01-12
    text: The Fjord Skills School held its opening in Bergen on January 12, 2024.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("kb"), {"school": RELEASE})


def test_courses_held_in_languages(engine: Engine) -> None:
    answer = engine.handle("in which languages are the Fjord Skills School's courses held?")
    assert answer.status is Status.ANSWERED, answer.text
    assert "Polish" in answer.text
