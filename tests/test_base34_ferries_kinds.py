"""Kinds of questions that session 18's blind development base 34 (river-ferry
electrification) found misread, asked here in other words on an invented base (a
regional parks board planting community orchards):

- a title asked at an organisation whose own name holds a title qualifier ("the
  Harwick *Regional* Parks Board's chief executive"): the word is the name's, not the
  title's; and "right now" asks what "now" asks.
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.asking import answered, ask
from tests.tmpkb import engine_of, source_line

_R1 = (
    source_line("2018-03-06-orchards-launch", "Harwick launches Orchard Commons", "2018-03-06")
    + """\
entities:
  - {id: board, name: Harwick Regional Parks Board, kind: organization, aliases: [HRPB, the parks board], summary: The public body that runs the parks of the Harwick valley.}
  - {id: orchards, name: Orchard Commons, kind: initiative, summary: A programme planting community orchards in Harwick's parks.}
  - {id: mara-quill, name: Mara QUILL, kind: person, aliases: [Mara Quill], summary: Chief Executive of the Harwick Regional Parks Board.}
  - {id: oskar-penn, name: Oskar PENN, kind: person, aliases: [Oskar Penn], summary: Head of Planting at the Harwick Regional Parks Board.}
roles:
  - {entity: mara-quill, title: Chief Executive, organization: board}
  - {entity: oskar-penn, title: Head of Planting, organization: board}
facts:
  - id: launched
    about: [orchards, board]
    date: 2018-03-06
    text: The Harwick Regional Parks Board launched Orchard Commons on March 6, 2018.
"""
)

_R2 = (
    source_line("2022-10-11-orchards-new-chief", "Oskar Penn leads the parks board", "2022-10-11")
    + """\
roles:
  - {entity: mara-quill, title: Chief Executive, organization: board, ended: 2022-06-30}
  - {entity: oskar-penn, title: Head of Planting, organization: board, ended: 2022-06-30}
  - {entity: oskar-penn, title: Chief Executive, organization: board}
facts:
  - id: penn-chief
    about: [oskar-penn, board, mara-quill]
    date: 2022-07-01
    text: Oskar PENN became Chief Executive of the Harwick Regional Parks Board on July 1, 2022, succeeding Mara QUILL.
"""
)


@pytest.fixture(scope="module")
def orchards(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(
        tmp_path_factory.mktemp("orchards"),
        {
            "2018-03-06-orchards-launch": _R1,
            "2022-10-11-orchards-new-chief": _R2,
        },
    )


def test_a_qualifier_in_the_organisations_name_is_the_names(orchards: Engine) -> None:
    reply = answered(
        orchards, "who is the Harwick Regional Parks Board's chief executive?", "Oskar PENN"
    )
    assert "name no" not in reply


def test_right_now_asks_the_current_holder(orchards: Engine) -> None:
    reply = answered(
        orchards,
        "who is the Harwick Regional Parks Board's chief executive right now?",
        "Oskar PENN",
    )
    assert reply.index("Oskar PENN") < reply.find("Mara QUILL") or "Mara QUILL" not in reply


def test_a_qualifier_outside_the_name_is_still_the_titles(orchards: Engine) -> None:
    asked = ask(orchards, "who is the Harwick Regional Parks Board's deputy chief executive?")
    assert asked.status is Status.NOT_FOUND, asked.reply
    assert "deputy" in asked.reply, asked.reply
