""" "When was X founded?" gives the most precise date the releases state for the year it
began: a later release's "founded in 2016" never hides the launch release's own day."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.tmpkb import engine_of

LAUNCH = """\
source:
  id: launch
  title: Marsh Guild founded in Oldhaven
  publisher: Wire
  date: 2016-05-03
  dateline: {city: Oldhaven, country: Norway}
  text: ../sources/launch.txt
entities:
  - {id: guild, name: Marsh Guild, kind: organization, summary: A guild of marsh wardens.}
facts:
  - id: founded
    about: [guild]
    date: 2016-05-02
    text: The Marsh Guild was founded by nine wardens in Oldhaven on May 2, 2016.
"""

LATER = """\
source:
  id: later
  title: Marsh Guild reaches 40 wardens
  publisher: Wire
  date: 2024-02-01
  dateline: {city: Oldhaven, country: Norway}
  text: ../sources/later.txt
facts:
  - {id: wardens, about: [guild], text: The Marsh Guild has grown to 40 wardens since it was founded in 2016.}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("kb"), {"launch": LAUNCH, "later": LATER})


def test_the_day_a_release_gives_beats_a_later_year_only_mention(engine: Engine) -> None:
    answer = engine.handle("When did the Marsh Guild get founded?")
    assert answer.status is Status.ANSWERED, answer.text
    assert "May 2, 2016" in answer.text
