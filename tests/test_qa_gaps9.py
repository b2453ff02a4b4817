"""Kinds left by the earlier sealed sets (KNOWN_GAPS of ``test_answers.py``), each asked
in other words on a tiny invented base (``tests.tmpkb``), so that each test fails without
its fix rather than repeating a case of a set.
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.render.text import render_text
from tests.tmpkb import engine_of

_HEAD = (
    "source: {{id: {id}, title: {title}, publisher: {publisher}, date: {date},"
    " dateline: {{city: {city}, country: {country}}}, text: ../sources/{id}.txt}}\n"
)

_RIVERS = {
    "r1": _HEAD.format(
        id="r1",
        title="Clearwater Compact signed",
        publisher="Delta Wire",
        date="2019-03-05",
        city="Arvel",
        country="Portugal",
    )
    + "entities:\n"
    "  - {id: compact, name: Clearwater Compact, kind: agreement,"
    " summary: A compact to clean the rivers of the Arvel basin.}\n"
    "  - {id: blue-plan, name: Blue Rivers Plan, kind: initiative,"
    " summary: The national plan for river quality.}\n"
    "  - {id: ines, name: Ines Moura, kind: person, summary: Mayor of Arvel.}\n"
    "  - {id: carla, name: Carla Reis, kind: person, summary: Director of the Arvel"
    " Water Board.}\n"
    "facts:\n"
    "  - id: signing\n"
    "    about: [compact, ines, carla]\n"
    "    date: 2019-03-04\n"
    "    text: Ines Moura and Carla Reis signed the Clearwater Compact in Arvel on"
    " 4 March 2019.\n"
    "  - id: plan-link\n"
    "    about: [compact, blue-plan, carla]\n"
    "    text: According to Carla Reis, the Clearwater Compact puts the Blue Rivers Plan"
    " into practice in the Arvel basin.\n"
    "  - id: plan-target\n"
    "    about: [blue-plan, ines]\n"
    "    text: Ines Moura said the Blue Rivers Plan matters to every family in Arvel.\n",
}


@pytest.fixture(scope="module")
def rivers(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("rivers"), _RIVERS)


def _ask(engine: Engine, question: str) -> tuple[Status, str]:
    answer = engine.handle(question)
    return answer.status, render_text(answer)


def test_which_of_the_two_people_is_the_answer_type(rivers: Engine) -> None:
    """ "Which of the two women …": the noun after the partitive is the kind of answer, and
    of the people near either subject, the one the statement about both names."""
    status, reply = _ask(
        rivers,
        "which of the two officials connected the Clearwater Compact with the Blue Rivers Plan?",
    )
    assert status is Status.ANSWERED, reply
    assert "Carla Reis" in reply
    assert "Ines Moura" not in reply
