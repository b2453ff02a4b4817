"""Questions the releases cannot answer are not_found, decided by what the evidence holds.

Invented releases (a tmp knowledge base) check both sides of each rule: the attribute
or claim stated → answered by the other executors; not stated → not_found. The fixture
bases are asked in wordings of their own (not the blind sets').
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import ask as _ask

KB_FIVE = Path(__file__).parent / "fixtures" / "kb_five"

RELEASE = """\
source:
  id: s1
  title: Harrowgate Mills names a new head weaver
  publisher: Wire
  date: 2021-03-02
  dateline: {city: Tarnby, country: Denmark}
  text: ../sources/s1.txt
entities:
  - {id: mills, name: Harrowgate Mills, kind: organization, summary: A textile maker in Tarnby.}
  - {id: oda, name: Oda VESTERGAARD, kind: person, summary: Head Weaver of Harrowgate Mills.}
  - {id: pim, name: Pim ROSKAM, kind: person, summary: Chief Dyer of Harrowgate Mills.}
  - {id: summit, name: Tarnby Wool Summit, kind: event, summary: A wool trade summit.}
  - {id: tarnby, name: Tarnby, kind: place, summary: A harbour town.}
facts:
  - id: f1
    text: Oda VESTERGAARD, born in Aarhus in 1971, studied textile design at the Kolding School of Design.
    about: [oda]
  - {id: f2, text: Pim ROSKAM has led the dye house of Harrowgate Mills since 2015., about: [pim, mills]}
  - {id: f3, text: Harrowgate Mills sells wool blankets in eleven countries., about: [mills]}
  - {id: f4, text: The Tarnby Wool Summit took place in Tarnby., about: [summit, tarnby]}
  - id: f5
    text: New heat pumps cut Harrowgate Mills' carbon dioxide emissions by 3,400 tonnes a year.
    about: [mills]
"""


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("kb")
    (root / "releases").mkdir()
    (root / "sources").mkdir()
    (root / "sources" / "s1.txt").write_text("Harrowgate Mills news.\n", encoding="utf-8")
    (root / "releases" / "s1.yaml").write_text(RELEASE, encoding="utf-8")
    return Engine(Index(load_knowledge(root)))


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


@pytest.mark.parametrize(
    "question",
    [
        "where did Pim Roskam go to university?",
        "how old is Pim Roskam?",
        "what is Pim Roskam's nationality?",
    ],
)
def test_an_attribute_no_statement_gives_is_not_found(invented: Engine, question: str) -> None:
    status, reply, _ = _ask(invented, question)
    assert status is Status.NOT_FOUND, reply
    assert "don't give Pim ROSKAM" in reply
    assert "Aarhus" not in reply and "1971" not in reply  # another person's attributes


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("what did Oda Vestergaard study?", "Kolding"),
        ("when was Oda Vestergaard born?", "1971"),
    ],
)
def test_an_attribute_a_statement_gives_is_answered(
    invented: Engine, question: str, wanted: str
) -> None:
    status, reply, _ = _ask(invented, question)
    assert status is Status.ANSWERED, reply
    assert wanted in reply


def test_a_name_no_release_uses_is_not_mentioned(invented: Engine) -> None:
    status, reply, _ = _ask(invented, "do the releases mention Quillfeather?")
    assert status is Status.NOT_FOUND, reply
    assert "Quillfeather".casefold() in reply.casefold()
    status, reply, _ = _ask(invented, "does the release mention Harrowgate Mills?")
    assert status is not Status.NOT_FOUND, reply


def test_a_claim_in_words_no_release_uses_is_not_found(invented: Engine) -> None:
    status, reply, _ = _ask(invented, "is Harrowgate Mills listed on a stock exchange?")
    assert status is Status.NOT_FOUND, reply
    # What the releases do say about the subject, cited.
    assert "wool blankets" in reply and "Source:" in reply


def test_attributes_on_the_fixture_base(engine: Engine, five: Engine) -> None:
    for kb, question in (
        (engine, "which country's passport does Jack Ma hold?"),
        (five, "how much is Samuel Mensah paid?"),
        (five, "is Lina Ma married?"),
    ):
        status, reply, _ = _ask(kb, question)
        assert status is Status.NOT_FOUND, (question, reply)


def test_a_count_of_countries_needs_a_statement_that_counts_them(invented: Engine) -> None:
    status, reply, _ = _ask(invented, "how many countries take part in the Tarnby Wool Summit?")
    assert status is Status.NOT_FOUND, reply
    assert "Tarnby." not in reply  # the town the summit's fact links is no country
    # A statement using the noun is there: the count is left to the other executors.
    _, reply, _ = _ask(invented, "how many countries does Harrowgate Mills sell in?")
    assert "counts them" not in reply, reply


def test_a_thesaurus_synonym_of_a_stated_word_is_not_an_unknown_name(invented: Engine) -> None:
    """ "CO2" where the release writes "carbon dioxide": the question is answered from
    the fact, never told the releases don't mention CO2 (bot/vocab/thesaurus.txt)."""
    answer = invented.handle("By how much did the heat pumps reduce CO2 at Harrowgate?")
    assert answer.status is Status.ANSWERED, answer.text
    assert "3,400" in answer.text
    # A word neither stated nor a synonym of a stated one is still not mentioned.
    missing = invented.handle("How much Methane does Harrowgate Mills emit?")
    assert missing.status is Status.NOT_FOUND


def test_a_release_field_asked_of_a_name_no_release_uses_is_not_found(five: Engine) -> None:
    """ "Who published the release where Ines was named?": no release names Ines, so no
    release's wire answers it (every one was listed)."""
    answer = five.handle("which newswire put out the announcement about Tomasz?")
    assert answer.status is Status.NOT_FOUND, answer.text
    assert five.handle("which newswire put out the announcement about Lina Ma?").status is (
        Status.ANSWERED
    )
