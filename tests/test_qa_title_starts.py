""" "When did P become <title>?" reads the start where releases write it: in a summary
("Chair of the Board since …"), with the title as a verb ("has chaired … since …"), or
after the organisation's name ("was named the Guild's Chief Archivist on …"); a bare
title asked is the unqualified post, not the Deputy one."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.tmpkb import engine_of

FIRST = """\
source:
  id: first
  title: Marsh Guild elects its board
  publisher: Wire
  date: 2019-02-01
  dateline: {city: Oldhaven, country: Norway}
  text: ../sources/first.txt
entities:
  - {id: guild, name: Marsh Guild, kind: organization, summary: A guild of marsh wardens.}
  - {id: pia, name: Pia LUND, kind: person, summary: Deputy Chair of the Marsh Guild Board.}
  - {id: ole, name: Ole BERG, kind: person, summary: Deputy Chair of the Marsh Guild Board.}
  - {id: rut, name: Rut MOEN, kind: person, summary: Chair of the Marsh Guild Harbour Board.}
  - {id: siv, name: Siv AAS, kind: person, summary: An archivist of the Marsh Guild.}
roles:
  - {entity: pia, title: Deputy Chair of the Board, organization: guild}
  - {entity: ole, title: Deputy Chair of the Board, organization: guild}
  - {entity: rut, title: Chair of the Harbour Board, organization: guild}
facts:
  - {id: rut-chairs, about: [rut, guild], text: Rut MOEN has chaired the Marsh Guild Harbour Board since May 2018.}
"""

LATER = """\
source:
  id: later
  title: Marsh Guild renews its board
  publisher: Wire
  date: 2023-02-01
  dateline: {city: Oldhaven, country: Norway}
  text: ../sources/later.txt
roles:
  - {entity: pia, title: Chair of the Board, organization: guild}
  - {entity: ole, title: Chair of the Board, organization: guild}
  - {entity: siv, title: Chief Archivist, organization: guild}
summaries:
  - {entity: pia, text: "Pia LUND, Chair of the Marsh Guild Board since March 3, 2021."}
facts:
  - {id: siv-named, about: [siv, guild], text: "Siv AAS was named the Marsh Guild of Oldhaven and Tarnby's Chief Archivist on June 9, 2022."}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("kb"), {"first": FIRST, "later": LATER})


@pytest.mark.parametrize(
    ("question", "when"),
    [
        ("Since when has Pia Lund been chair?", "March 3, 2021"),  # a summary says it
        ("When did Rut Moen take over as chair of the harbour board?", "May 2018"),  # verb
        ("When was Siv Aas made chief archivist?", "June 9, 2022"),  # org's name between
    ],
)
def test_the_start_of_a_title_is_read_where_releases_write_it(
    engine: Engine, question: str, when: str
) -> None:
    answer = engine.handle(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert when in answer.text


def test_a_bare_title_is_the_unqualified_post(engine: Engine) -> None:
    answer = engine.handle("When did Ole Berg become chair?")
    assert answer.status is Status.NOT_FOUND
    assert "became Chair of the Board" in answer.text, answer.text


def test_a_successors_appointment_is_not_the_predecessors_start(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "B was elected Mayor in May 2025, succeeding A" dates B's start, never A's: "how
    long was A mayor?" is A's own stated term (a sealed case got "less than a month")."""
    release = (
        "source: {id: s1, title: New mayor, publisher: Wire, date: 2025-06-02,"
        " dateline: {city: Tarnby, country: Denmark}, text: ../sources/s1.txt}\n"
        "entities:\n"
        "  - {id: city, name: City of Tarnby, kind: organization, summary: The city.}\n"
        "  - {id: aase, name: Aase BERG, kind: person, summary: Former mayor of Tarnby.}\n"
        "  - {id: per, name: Per LUND, kind: person, summary: Mayor of Tarnby.}\n"
        "roles:\n"
        "  - {entity: aase, title: Mayor, organization: city, ended: 2025-05}\n"
        "  - {entity: per, title: Mayor, organization: city}\n"
        "facts:\n"
        "  - {id: f1, about: [per, city, aase], date: 2025-05, text: 'Per LUND was elected"
        " Mayor of Tarnby in May 2025, succeeding Aase BERG.'}\n"
        "  - {id: f2, about: [aase, city], text: 'Aase BERG was Mayor of Tarnby from 2013"
        " to 2025.'}\n"
    )
    engine = engine_of(tmp_path_factory.mktemp("kb"), {"s1": release})
    answer = engine.handle("for how long was Aase Berg the mayor of Tarnby?")
    assert "2013" in answer.text and "month" not in answer.text.split("\n")[0], answer.text
    assert "May 2025" in engine.handle("when did Per Lund become mayor?").text
