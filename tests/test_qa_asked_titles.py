"""A reply names the title a question asked for as a title ("X's head", "X's CFO"),
never the verb or the lower-case initials typed ("X's runs", "X's cfo"); a university's
Rector or a school's Principal is who runs it."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.kbpaths import KB_FIVE
from tests.tmpkb import engine_of

RELEASE = """\
source:
  id: s1
  title: Tarnby Conservatory opens a harbour stage
  publisher: Wire
  date: 2024-05-02
  dateline: {city: Tarnby, country: Denmark}
  text: ../sources/s1.txt
entities:
  - {id: conservatory, name: Tarnby Conservatory, kind: organization, summary: A music school.}
  - {id: ida, name: Ida HOLM, kind: person, summary: Rector of the Tarnby Conservatory.}
roles:
  - {entity: ida, title: Rector, organization: conservatory}
"""


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("kb"), {"s1": RELEASE})


def test_a_rector_runs_the_school(invented: Engine) -> None:
    answer = invented.handle("Who is in charge of Tarnby Conservatory these days?")
    assert answer.status is Status.ANSWERED, answer.text
    assert "Ida HOLM" in answer.text


def test_an_unnamed_title_is_written_as_a_title(engine: Engine) -> None:
    answer = engine.handle("who heads the World Economic Forum?")
    assert answer.status is Status.NOT_FOUND
    assert "'s head" in answer.text and "heads." not in answer.text, answer.text


def test_initials_typed_in_lower_case_are_written_in_capitals() -> None:
    five = Engine(Index(load_knowledge(KB_FIVE)))
    answer = five.handle("who's the coo of the digital trade alliance?")
    assert answer.status is Status.NOT_FOUND
    assert "COO" in answer.text and " coo" not in answer.text, answer.text


def test_a_title_of_a_place_is_held_at_the_organisation_named_after_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "Who is the current mayor of Tarnby?": the place stands for the one organisation
    named after it where someone is Mayor (the City of Tarnby), not for the port."""
    release = (
        "source: {id: s1, title: New mayor, publisher: Wire, date: 2025-06-02,"
        " dateline: {city: Tarnby, country: Denmark}, text: ../sources/s1.txt}\n"
        "entities:\n"
        "  - {id: tarnby, name: Tarnby, kind: place, summary: A harbour town.}\n"
        "  - {id: city, name: City of Tarnby, kind: organization, summary: The city.}\n"
        "  - {id: port, name: Tarnby Port Authority, kind: organization, summary: The port.}\n"
        "  - {id: aase, name: Aase BERG, kind: person, summary: Former mayor.}\n"
        "  - {id: per, name: Per LUND, kind: person, summary: The mayor.}\n"
        "  - {id: ole, name: Ole DAHL, kind: person, summary: The port's chief.}\n"
        "roles:\n"
        "  - {entity: aase, title: Mayor, organization: city, ended: 2025-05}\n"
        "  - {entity: per, title: Mayor, organization: city}\n"
        "  - {entity: ole, title: Chief Executive, organization: port}\n"
    )
    engine = engine_of(tmp_path_factory.mktemp("kb"), {"s1": release})
    answer = engine.handle("who is the current mayor of Tarnby?")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith("**Per LUND**"), answer.text
