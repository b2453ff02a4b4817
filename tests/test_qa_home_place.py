"""Where something is (issue 10, hunt A14): "is X (based) in P?" and "where is X based?"
from X's summaries and its releases' datelines.

A place a summary gives ("a Geneva-based association", "farmers in southern P") or
every dateline of X's releases counts; the releases never "don't mention P" when a
dateline or summary names it; an event X took part in somewhere says nothing of where
X is based. On the five-release fixture and a base the test writes, in wordings of
their own.
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import ask
from tests.kbpaths import KB_FIVE


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


def test_a_city_based_summary_answers_for_its_dateline_country(five: Engine) -> None:
    # "a Geneva-based association"; the R3 dateline pairs Geneva with Switzerland.
    got = ask(five, "Is the Digital Trade Alliance headquartered in Switzerland?")
    assert got.status is Status.ANSWERED, got.reply
    assert got.reply.split("\n")[1].startswith("**Yes"), got.reply
    assert "Geneva" in got.reply


def test_a_city_based_summary_answers_for_its_country_without_a_place_word(five: Engine) -> None:
    got = ask(five, "Is the ASEAN Young Entrepreneurs Circle in Malaysia?")
    assert got.status is Status.ANSWERED, got.reply
    assert got.reply.split("\n")[1].startswith("**Yes"), got.reply


def test_an_event_there_is_not_where_it_is_based(five: Engine) -> None:
    # UNIDO met Alibaba at its Hangzhou headquarters: not where UNIDO is based.
    got = ask(five, "Is UNIDO based in China?")
    assert got.status is Status.NOT_FOUND, got.reply
    assert "Yes" not in got.reply
    assert "don't say where" in got.reply


_RELEASES = {
    "2022-04-04-tarn-dyers-founded": """\
source:
  id: 2022-04-04-tarn-dyers-founded
  title: Tarn Dyers Cooperative founded
  publisher: PR Newswire
  date: 2022-04-04
  dateline:
    city: Keswick
    country: England
  text: ../sources/2022-04-04-tarn-dyers-founded.txt
  reviewed: true
entities:
  - id: tarn-dyers
    name: Tarn Dyers Cooperative
    kind: organization
    summary: The Tarn Dyers Cooperative, a group of natural dyers formed in Keswick in 2022.
    aliases: [Tarn Dyers]
  - id: fellside-mill
    name: Fellside Mill
    kind: organization
    summary: Fellside Mill, a Penrith-based wool mill.
facts:
  - id: tarn-formed
    about: [tarn-dyers]
    date: 2022-04-04
    text: Nine dyers formed the Tarn Dyers Cooperative on April 4, 2022.
""",
    "2024-09-10-tarn-dyers-mill": """\
source:
  id: 2024-09-10-tarn-dyers-mill
  title: Tarn Dyers sign a supply deal with Fellside Mill
  publisher: Business Wire
  date: 2024-09-10
  dateline:
    city: Penrith
    country: England
  text: ../sources/2024-09-10-tarn-dyers-mill.txt
  reviewed: true
facts:
  - id: tarn-mill-deal
    about: [tarn-dyers, fellside-mill]
    date: 2024-09-10
    text: The Tarn Dyers Cooperative will dye 4,000 kilograms of Fellside Mill wool a year.
""",
    "2025-01-15-tarn-dyers-award": """\
source:
  id: 2025-01-15-tarn-dyers-award
  title: Tarn Dyers win a craft award
  publisher: Business Wire
  date: 2025-01-15
  dateline:
    city: Carlisle
    country: England
  text: ../sources/2025-01-15-tarn-dyers-award.txt
  reviewed: true
facts:
  - id: tarn-award
    about: [tarn-dyers]
    date: 2025-01-14
    text: The Tarn Dyers Cooperative won the Northern Craft Award on January 14, 2025.
""",
}


@pytest.fixture(scope="module")
def dyers(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("kb_dyers")
    (root / "releases").mkdir()
    (root / "sources").mkdir()
    for name, text in _RELEASES.items():
        (root / "releases" / f"{name}.yaml").write_text(text)
        (root / "sources" / f"{name}.txt").write_text("PENRITH, England -- Dyers.\n")
    return Engine(Index(load_knowledge(root)))


def test_every_dateline_in_the_country_asked(dyers: Engine) -> None:
    got = ask(dyers, "Is the Tarn Dyers Cooperative in England?")
    assert got.status is Status.ANSWERED, got.reply
    assert "don't mention" not in got.reply
    assert "Yes" in got.reply.split("\n")[1], got.reply


def test_a_dateline_city_other_than_the_based_one_is_a_no(dyers: Engine) -> None:
    got = ask(dyers, "Is Fellside Mill based in Keswick?")
    assert got.status is Status.ANSWERED, got.reply
    assert got.reply.split("\n")[1].startswith("**No"), got.reply
    assert "Penrith" in got.reply


def test_where_based_from_a_summary_that_says_formed_in(dyers: Engine) -> None:
    got = ask(dyers, "Where is the Tarn Dyers Cooperative based?")
    assert got.status is Status.ANSWERED, got.reply
    assert "Keswick" in got.reply.split("\n")[1], got.reply


def test_a_dateline_city_is_never_unmentioned(dyers: Engine) -> None:
    # Carlisle is only the award release's dateline.
    for question in (
        "Did the Tarn Dyers Cooperative win the award in Carlisle?",
        "Did they win the craft award in Carlisle?",
    ):
        got = ask(dyers, question)
        assert "don't mention Carlisle" not in got.reply, got.reply


def test_an_office_there_is_not_where_it_is_based(dyers: Engine) -> None:
    got = ask(dyers, "Did Fellside Mill open a shop in Keswick?")
    assert "**No:** the releases place" not in got.reply, got.reply
