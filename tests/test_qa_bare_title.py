""" "What did the president say in 2018?": a bare title, with no organisation, that
two people held one after the other at one organisation is that organisation's title,
and the year picks its holder (``query._org_of_title``)."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index

FIRST = """\
source:
  id: first
  title: Port of Vigo opens its first electric berth
  publisher: Wire
  date: 2018-05-02
  dateline: {city: Vigo, country: Spain}
  text: ../sources/first.txt
entities:
  - {id: authority, name: Vigo Port Authority, kind: organization, summary: The port's owner.}
  - {id: ana, name: Ana RUIZ, kind: person, summary: President of the Vigo Port Authority.}
  - {id: berth, name: Vigo electric berth, kind: initiative, summary: The port's first electric berth.}
roles:
  - {entity: ana, title: President, organization: authority}
quotes:
  - id: ana-quiet
    speaker: ana
    about: [berth]
    text: A berth with no engines running is a quiet berth.
"""

SECOND = """\
source:
  id: second
  title: Port of Vigo names a new President
  publisher: Wire
  date: 2023-05-03
  dateline: {city: Vigo, country: Spain}
  text: ../sources/second.txt
entities:
  - {id: ben, name: Ben ODE, kind: person, summary: President of the Vigo Port Authority.}
roles:
  - {entity: ben, title: President, organization: authority}
  - {entity: ana, title: President, organization: authority, ended: 2022-12}
quotes:
  - id: ben-grid
    speaker: ben
    about: [berth]
    text: The grid is now the harbour's engine room.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("kb")
    (root / "releases").mkdir()
    (root / "sources").mkdir()
    sources = {
        "first": "Ana RUIZ said: A berth with no engines running is a quiet berth.\n",
        "second": "Ben ODE said: The grid is now the harbour's engine room.\n",
    }
    for stem, text in (("first", FIRST), ("second", SECOND)):
        (root / "releases" / f"{stem}.yaml").write_text(text, encoding="utf-8")
        (root / "sources" / f"{stem}.txt").write_text(sources[stem], encoding="utf-8")
    return Engine(Index(load_knowledge(root)))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what did the president say in 2018?", "quiet berth"),
        ("what did the president say in 2023?", "engine room"),
    ],
)
def test_a_bare_title_with_two_holders(engine: Engine, question: str, said: str) -> None:
    answer = engine.handle(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert said in answer.text
