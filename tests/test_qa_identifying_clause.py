"""A name narrowed by what the question says of it: "the Kosta who works at X", "the
RWA that makes filters", "which RWA was established in 1987?" settle a name two
entities share (``identifying.py``; ``namesakes._related`` for "makes" / "maker";
``query._year_claimed`` for a year a verb claims)."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered
from tests.kbpaths import SEED_KNOWLEDGE
from tests.tmpkb import engine_of

RELEASE = """\
source:
  id: rivers
  title: Rainwater Alliance and Riverside Wardens Association sign a filter pact
  publisher: Wire
  date: 2023-04-12
  dateline: {city: Ghent, country: Belgium}
  text: ../sources/rivers.txt
entities:
  - id: alliance
    name: Rainwater Alliance
    kind: organization
    summary: The Rainwater Alliance (RWA), a Ghent-based maker of rainwater filters, founded in 2004.
    shared_aliases: [RWA]
  - id: wardens
    name: Riverside Wardens Association
    kind: organization
    summary: >-
      The Riverside Wardens Association (RWA), an Antwerp-based volunteer body, established
      in 1987, whose wardens test filters on the river banks.
    shared_aliases: [RWA]
  - {id: ghent, name: Ghent, kind: place, summary: A city in Belgium.}
  - {id: antwerp, name: Antwerp, kind: place, summary: A port city in Belgium.}
  - id: mira-kosta
    name: Mira KOSTA
    kind: person
    summary: Mira KOSTA, Chief Engineer of the Rainwater Alliance.
    aliases: [Mira Kosta]
  - id: petar-kosta
    name: Petar KOSTA
    kind: person
    summary: Petar KOSTA, Chair of the Riverside Wardens Association.
    aliases: [Petar Kosta]
roles:
  - {entity: mira-kosta, title: Chief Engineer, organization: alliance}
  - {entity: petar-kosta, title: Chair, organization: wardens}
facts:
  - id: pact
    about: [alliance, wardens]
    date: 2023-04-11
    text: >-
      The Rainwater Alliance and the Riverside Wardens Association signed a pact on April
      11, 2023 to test rainwater filters on the river banks.
  - id: based
    about: [alliance, ghent]
    text: The Rainwater Alliance is based in Ghent.
  - id: wardens-based
    about: [wardens, antwerp]
    text: >-
      The Riverside Wardens Association, established in 1987, is a volunteer body based in
      Antwerp whose wardens test filters on the river banks.
  - id: alliance-founded
    about: [alliance]
    text: The Rainwater Alliance, a maker of rainwater filters, was established in 2004.
  - id: kosta
    about: [mira-kosta, petar-kosta]
    text: Mira KOSTA is not related to Petar KOSTA.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("kb"), {"rivers": RELEASE})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what does the Kosta who works at the Riverside Wardens Association do?", "Chair"),
        ("which RWA was established in 1987?", "Riverside Wardens Association"),
        ("what year was the RWA that makes filters founded?", "2004"),
        ("where is the RWA that makes filters based?", "Ghent"),
    ],
)
def test_the_clause_settles_the_name(engine: Engine, question: str, expected: str) -> None:
    answer = engine.handle(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert expected in answer.text


def test_a_clause_before_the_main_verb_and_its_object_keeps_the_question() -> None:
    # "What did Jack Ma who founded Alibaba say about SMEs?": "SMEs" is no main verb, so
    # the clause cannot run to it; dropping "founded Alibaba say about" once turned the
    # question into "what did Jack Ma SMEs", answered with his profile.
    engine = Engine(Index(load_knowledge(SEED_KNOWLEDGE)))
    reply = answered(engine, "what did Jack Ma who founded Alibaba say about SMEs?", "SMEs")
    assert "Role:" not in reply, reply
