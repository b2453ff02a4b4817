"""Goals against figures a release spells out ("Eighteen charging points are in
operation"), set by one party for another's thing (the Trust's goal for the port's
points), and a hypothetical total asked without "how many" ("what would the total
come to if …?") (``targets.py``, ``events.total_with_goal``)."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.tmpkb import engine_of

GOALS = """\
source:
  id: goals
  title: Canal Trust sets a charging goal for Port Elling and a second refit stage
  publisher: Wire
  date: 2024-05-02
  dateline: {city: Elling, country: Denmark}
  text: ../sources/goals.txt
entities:
  - {id: trust, name: Canal Trust, kind: organization, summary: A trust that runs canal projects.}
  - {id: port, name: Port Elling, kind: place, summary: A canal port in Denmark.}
  - {id: refit, name: Barge Refit Programme, kind: initiative, summary: The Trust's barge refits.}
  - id: stage-two
    name: Barge Refit Programme second stage
    kind: initiative
    summary: The second stage of the Barge Refit Programme.
    aliases: [stage two, second stage]
facts:
  - id: members
    about: [trust]
    date: 2024-05-02
    text: The Canal Trust has 12 member towns.
  - id: goal
    about: [trust, port]
    date: 2024-05-02
    text: The Canal Trust aims for 30 charging points at Port Elling by 2031.
  - id: points-2024
    about: [port, trust]
    date: 2024-05-02
    text: Nine charging points are in operation at Port Elling.
  - id: stage-goal
    about: [stage-two, refit]
    date: 2024-05-02
    text: The Barge Refit Programme's second stage aims to convert a further 200 barges.
"""

LATER = """\
source:
  id: later
  title: Port Elling reaches eighteen charging points
  publisher: Wire
  date: 2025-03-04
  dateline: {city: Elling, country: Denmark}
  text: ../sources/later.txt
facts:
  - id: points-2025
    about: [port, trust]
    date: 2025-03-04
    text: Eighteen charging points are in operation at Port Elling.
  - id: converted
    about: [refit]
    date: 2025-03-04
    text: The Barge Refit Programme has converted 340 barges since 2021.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("kb"), {"goals": GOALS, "later": LATER})


@pytest.mark.parametrize(
    "question",
    [
        "is the Canal Trust's 30-point goal met already?",
        "does Port Elling have 30 charging points yet?",
    ],
)
def test_a_spelled_out_figure_is_measured_against_the_goal(engine: Engine, question: str) -> None:
    answer = engine.handle(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "Not yet" in answer.text
    assert "30 − 18 = 12" in answer.text


def test_a_hypothetical_total_asked_with_what(engine: Engine) -> None:
    answer = engine.handle(
        "what would the total of barges converted come to if stage two hits its target?"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert "540" in answer.text
