"""The engine across several releases: newest first, roles "as of" their source."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index

LATER_TEXT = (
    "VIENNA, Austria, June 1, 2020 /Business Wire/ -- The United Nations Industrial "
    "Development Organization (UNIDO) opened a digital trade forum on Monday.\n\n"
    '"Digital trade must reach every small business," said LI Yong, Special Envoy of UNIDO.\n'
)
LATER_YAML = """\
source:
  id: 2020-06-01-unido-forum
  title: UNIDO opens a digital trade forum
  publisher: Business Wire
  date: 2020-06-01
  dateline: {city: Vienna, country: Austria}
  text: ../sources/2020-06-01-unido-forum.txt
entities:
  - id: digital-trade-forum
    name: UNIDO digital trade forum
    kind: event
    summary: A forum on digital trade opened by UNIDO in Vienna on June 1, 2020.
roles:
  - entity: li-yong
    title: Special Envoy
    organization: unido
quotes:
  - id: li-yong-forum
    speaker: li-yong
    about: [digital-trade-forum, smes]
    text: Digital trade must reach every small business,
facts:
  - id: forum-opened
    about: [digital-trade-forum, unido]
    date: 2020-06-01
    place: vienna
    text: UNIDO opened a digital trade forum in Vienna, Austria on June 1, 2020.
"""
VIENNA = """\
entities:
  - id: vienna
    name: Vienna
    kind: place
    summary: Vienna, Austria, home of UNIDO's headquarters.
    aliases: [Wien]
"""


@pytest.fixture
def multi(knowledge_copy: Path) -> Engine:
    (knowledge_copy / "sources" / "2020-06-01-unido-forum.txt").write_text(
        LATER_TEXT, encoding="utf-8"
    )
    (knowledge_copy / "releases" / "2020-06-01-unido-forum.yaml").write_text(
        LATER_YAML, encoding="utf-8"
    )
    # Entities shared by many releases may live in their own file, without a source.
    (knowledge_copy / "entities").mkdir()
    (knowledge_copy / "entities" / "places.yaml").write_text(
        textwrap.dedent(VIENNA), encoding="utf-8"
    )
    return Engine(Index(load_knowledge(knowledge_copy)))


def test_sources_are_listed_newest_first(multi: Engine) -> None:
    answer = multi.handle("!sources")
    lines = answer.text.splitlines()
    assert lines[0].startswith("• 2020-06-01") and lines[1].startswith("• 2018-04-21")
    assert "2 releases" in (answer.title or "")


def test_quote_shows_the_newest_and_counts_the_rest(multi: Engine) -> None:
    answer = multi.handle("!quote Li Yong")
    assert "Digital trade must reach every small business" in answer.text
    assert "Quote 1 of 3" in answer.text and "`!quote Li Yong 2`" not in answer.text
    assert "`!quote LI Yong 2`" in answer.text
    assert answer.role == "Special Envoy, UNIDO (as of 2020-06-01)"
    assert [c.source_id for c in answer.citations] == ["2020-06-01-unido-forum"]


def test_older_quotes_keep_the_role_of_their_day(multi: Engine) -> None:
    answer = multi.handle("!quote Li Yong 2")
    assert "UNIDO's mandate" in answer.text
    assert answer.role == "Director General, UNIDO (as of 2018-04-21)"
    assert [c.source_id for c in answer.citations] == ["2018-04-21-unido-alibaba-ewtp"]


def test_who_says_the_newest_title_as_of_its_date(multi: Engine) -> None:
    answer = multi.handle("!who LI Yong")
    assert answer.status is Status.ANSWERED
    assert "Special Envoy, UNIDO (as of 2020-06-01)" in answer.text
    assert "Director General, UNIDO (as of 2018-04-21)" in answer.text


def test_questions_cite_the_release_each_fact_comes_from(multi: Engine) -> None:
    forum = multi.handle("Where did UNIDO open the digital trade forum?")
    assert forum.status is Status.ANSWERED
    assert "Vienna" in forum.text
    assert [c.source_id for c in forum.citations] == ["2020-06-01-unido-forum"]
    meeting = multi.handle("where did they meet?")
    assert "2018-04-21-unido-alibaba-ewtp" in meeting.source_ids


JACKS = """\
entities:
  - id: jack-smith
    name: Jack Smith
    kind: person
    summary: A spokesperson of the World Economic Forum.
"""


def test_two_equally_good_matches_are_ambiguous(knowledge_copy: Path) -> None:
    (knowledge_copy / "entities").mkdir()
    (knowledge_copy / "entities" / "people.yaml").write_text(JACKS, encoding="utf-8")
    engine = Engine(Index(load_knowledge(knowledge_copy)))
    answer = engine.handle("!who jack")
    assert answer.status is Status.AMBIGUOUS
    assert {c.command for c in answer.choices} == {"!who Jack MA", "!who Jack Smith"}
    # A full name is not ambiguous, and neither is a typo of one.
    assert engine.handle("!who jack smith").status is Status.ANSWERED
    assert engine.handle("!who jack smiht").title == "Jack Smith"
    # Only Jack MA is quoted, so !quote is not ambiguous.
    assert engine.handle("!quote jack").speaker == "Jack MA"
