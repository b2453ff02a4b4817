""" "Who launched X?": the founding verb's object must be X itself, not another thing
whose name holds one of X's words ("the Crossing Taskforce" for "the crossing") nor a
thing set up for it ("formed a body to run the crossing"); a list of agents after
"by" is read whole (``purpose.founders``)."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.tmpkb import engine_of

RELEASE = """\
source:
  id: ferry
  title: Lakeside ferry crossing launched
  publisher: Wire
  date: 2022-06-02
  dateline: {city: Como, country: Italy}
  text: ../sources/ferry.txt
entities:
  - id: crossing
    name: Como Electric Ferry Crossing
    kind: initiative
    summary: An electric ferry route across Lake Como.
    aliases: [the crossing, electric crossing]
  - id: taskforce
    name: Crossing Taskforce
    kind: organization
    summary: The body that runs the crossing's timetable.
  - {id: board, name: Lake Como Board, kind: organization, summary: The lake's authority.}
  - {id: navi, name: Navi Lario, kind: organization, summary: A ferry operator.}
  - {id: grid, name: Lario Grid, kind: organization, summary: A power company.}
facts:
  - id: taskforce-formed
    about: [taskforce, crossing, board]
    text: >-
      The Lake Como Board formed the Crossing Taskforce to set timetables on the Como
      Electric Ferry Crossing.
  - id: launched
    about: [crossing, board, navi, grid]
    date: 2022-06-01
    text: >-
      The Como Electric Ferry Crossing was launched in Como on June 1, 2022 by the Lake
      Como Board, Navi Lario and Lario Grid.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("kb"), {"ferry": RELEASE})


def test_who_launched_the_crossing(engine: Engine) -> None:
    answer = engine.handle("who launched the electric crossing?")
    assert answer.status is Status.ANSWERED, answer.text
    assert "Navi Lario" in answer.text and "Lario Grid" in answer.text
    assert "Taskforce to set" not in answer.text.split("\n")[0]
