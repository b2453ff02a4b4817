"""A nationality word in a description ("the Chinese internet giant") is met where the
entity is based, even when another name uses the word ("Chinese innovation agenda").
Wordings of their own on the bundled release and an invented one."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index

RELEASE = """\
source:
  id: s1
  title: Two mills sign a wool pact
  publisher: Wire
  date: 2020-10-01
  dateline: {city: Bergen, country: Norway}
  text: ../sources/s1.txt
entities:
  - {id: norway, name: Norway, kind: place, summary: Norway.}
  - {id: bergen, name: Bergen, kind: place, summary: "Bergen, Norway."}
  - {id: peru, name: Peru, kind: place, summary: Peru.}
  - {id: fjell, name: Fjellgarn, kind: organization, summary: "A wool spinner based in Bergen, Norway."}
  - {id: andes, name: Andeslana, kind: organization, summary: "A wool spinner based in Cusco, Peru."}
  - {id: fund, name: Norwegian Fleece Award, kind: initiative, summary: A fund for wool farms.}
  - {id: kari, name: Kari LUND, kind: person, summary: Chief Executive of Fjellgarn.}
  - {id: rosa, name: Rosa QUISPE, kind: person, summary: Chief Executive of Andeslana.}
roles:
  - {entity: kari, title: Chief Executive, organization: fjell}
  - {entity: rosa, title: Chief Executive, organization: andes}
facts:
  - {id: f1, text: Fjellgarn and Andeslana signed a wool pact in Bergen., about: [fjell, andes, bergen]}
  - {id: f2, text: The Norwegian Fleece Award pays for the pact's first year., about: [fund, fjell]}
"""


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("kb")
    (root / "releases").mkdir()
    (root / "sources").mkdir()
    (root / "sources" / "s1.txt").write_text("Two mills sign a wool pact.\n", encoding="utf-8")
    (root / "releases" / "s1.yaml").write_text(RELEASE, encoding="utf-8")
    return Engine(Index(load_knowledge(root)))


@pytest.mark.parametrize(
    ("question", "wanted", "other"),
    [
        ("who is the chief executive of the Norwegian wool company?", "Kari LUND", "Rosa"),
        ("who is the chief executive of the Peruvian wool company?", "Rosa QUISPE", "Kari"),
    ],
)
def test_a_nationality_word_picks_the_one_based_there(
    invented: Engine, question: str, wanted: str, other: str
) -> None:
    answer = invented.handle(question)
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED and answer.citations, reply
    assert wanted in reply and other not in reply


def test_on_the_bundled_release(engine: Engine) -> None:
    answer = engine.handle("where does the Chinese online retail giant have its head office?")
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED and "Hangzhou" in reply, reply
