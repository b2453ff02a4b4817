"""Asked *when*, a fact answers with the date its sentence writes, not the date it holds
as of: a figure dated with its release ("as of 2023-06-02") that says the event it
followed happened "on May 30, 2023". Invented release."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.written_dates import date_when, written_dates
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index

RELEASE = """\
source:
  id: s1
  title: Lake trust counts 5,000 planted reeds
  publisher: Wire
  date: 2023-06-02
  dateline: {city: Kisumu, country: Kenya}
  text: ../sources/s1.txt
entities:
  - {id: trust, name: Lakeshore Reed Trust, kind: organization, summary: A trust that replants reeds.}
  - {id: day, name: 2023 planting day, kind: event, summary: The trust's planting day in 2023., aliases: [spring planting day]}
  - {id: day1, name: 2021 planting day, kind: event, summary: "The trust's first planting day, in 2021."}
  - {id: nursery, name: Lakeshore nursery, kind: place, summary: "The trust's reed nursery at Kisumu, Kenya."}
facts:
  - id: f1
    about: [trust, nursery, day]
    date: 2023-06-02
    text: >-
      The Lakeshore Reed Trust has planted 5,000 reeds from the Lakeshore nursery, after its
      planting day there on May 30, 2023.
  - id: f2
    about: [day1, nursery, trust]
    date: 2021-04-17
    place: nursery
    text: The 2021 planting day at the Lakeshore nursery was the trust's first.
"""


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("kb")
    (root / "releases").mkdir()
    (root / "sources").mkdir()
    (root / "sources" / "s1.txt").write_text("Lake trust counts reeds.\n", encoding="utf-8")
    (root / "releases" / "s1.yaml").write_text(RELEASE, encoding="utf-8")
    return Engine(Index(load_knowledge(root)))


def test_when_is_the_date_the_sentence_writes(invented: Engine) -> None:
    answer = invented.handle("when did the spring planting day happen?")
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "May 30, 2023" in reply.split("\n")[1], reply
    assert "June 2, 2023" not in reply


def test_the_nth_of_a_declared_series_at_a_place_named_apart(invented: Engine) -> None:
    # Two planting days are declared, both linked to the nursery: "the second" is the
    # 2023 one, dated as its sentence writes.
    answer = invented.handle("when was the second planting day at the Lakeshore nursery?")
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "May 30, 2023" in reply.split("\n")[1], reply


def test_written_dates() -> None:
    assert written_dates("on Monday, November 3, 2025 and 4th May 2019") == [
        "2025-11-03",
        "2019-05-04",
    ]
    assert written_dates("February 30, 2024") == []
    # One other date written: that one; none, or two: the fact's own.
    assert date_when("2025-11-04", "after a ceremony on November 3, 2025.") == "2025-11-03"
    assert date_when("2025-11-04", "no date here") == "2025-11-04"
    assert date_when("2025-11-04", "from May 1, 2025 to June 30, 2025") == "2025-11-04"
