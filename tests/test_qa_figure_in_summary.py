"""Which release says a figure, when a release states it only in a restated summary
(issue 10, hunt B3): the summaries of the things the question names are read with the
facts and quotes. A base the test writes, in wordings of its own."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import ask

_RELEASES = {
    "2021-03-01-loom-circle-founded": """\
source:
  id: 2021-03-01-loom-circle-founded
  title: Loom Circle founded by eleven weaving studios
  publisher: PR Newswire
  date: 2021-03-01
  dateline:
    city: Galway
    country: Ireland
  text: ../sources/2021-03-01-loom-circle-founded.txt
  reviewed: true
entities:
  - id: loom-circle
    name: Loom Circle
    kind: organization
    summary: The Loom Circle, a network of weaving studios founded in Galway in 2021.
facts:
  - id: loom-founded
    about: [loom-circle]
    date: 2021-03-01
    text: Eleven weaving studios founded the Loom Circle in Galway on March 1, 2021.
""",
    "2025-05-20-loom-circle-fair": """\
source:
  id: 2025-05-20-loom-circle-fair
  title: Loom Circle holds its first wool fair
  publisher: Business Wire
  date: 2025-05-20
  dateline:
    city: Sligo
    country: Ireland
  text: ../sources/2025-05-20-loom-circle-fair.txt
  reviewed: true
summaries:
  - entity: loom-circle
    text: The Loom Circle, a network of 27 weaving studios in four Irish counties.
facts:
  - id: loom-fair
    about: [loom-circle]
    date: 2025-05-18
    text: The Loom Circle held its first wool fair in Sligo on May 18, 2025.
""",
}


@pytest.fixture(scope="module")
def looms(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("kb_looms")
    (root / "releases").mkdir()
    (root / "sources").mkdir()
    for name, text in _RELEASES.items():
        (root / "releases" / f"{name}.yaml").write_text(text)
        (root / "sources" / f"{name}.txt").write_text("GALWAY, Ireland -- Looms.\n")
    return Engine(Index(load_knowledge(root)))


def test_a_figure_stated_only_in_a_restated_summary(looms: Engine) -> None:
    got = ask(looms, "Which release gives the Loom Circle's 27 studios?")
    assert got.status is Status.ANSWERED, got.reply
    assert "27 weaving studios" in got.reply
    assert got.sources == ["2025-05-20-loom-circle-fair"]


def test_a_figure_no_statement_gives(looms: Engine) -> None:
    got = ask(looms, "Which release says the Loom Circle has 40 studios?")
    assert got.status is Status.NOT_FOUND, got.reply
