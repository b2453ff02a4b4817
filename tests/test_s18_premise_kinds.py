"""Session 18 (review of session 17, items 4-8), asked on an invented base of its own: a
parish library, its funders and a café partner, in other words than the fixtures the
review used.

- a withdrawal premise is contradicted by any sum the party gives the one asked, dated
  in the year asked or later, whatever its words ("a second grant", "X's donation");
- "why did X leave Y?" with nothing stating it is not found, never the nearest fact;
- "how long has X existed?" runs to the day asked (``--today``), as a tenure does;
- "why did X miss its goal of N?" with a goal no release sets gives the goals stated;
- a "how long" not found says "how long", not "how many".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.render.text import render_text
from tests.tmpkb import engine_of, source_line

_R1 = (
    source_line("2019-03-04-library-gift", "Wenlow Trust backs Marsh Lane Library", "2019-03-04")
    + """\
entities:
  - {id: library, name: Marsh Lane Library, kind: organization, aliases: [the library], summary: A parish library.}
  - {id: wenlow, name: Wenlow Trust, kind: organization, summary: A charitable trust.}
  - {id: pell, name: Pell Reading Circle, kind: organization, summary: A readers' club.}
  - {id: orvel, name: Orvel Books, kind: organization, summary: A bookshop.}
facts:
  - id: wenlow-first
    about: [wenlow, library]
    text: The Wenlow Trust has given GBP 120,000 to the Marsh Lane Library.
  - id: library-founded
    about: [library]
    date: 2012-04-02
    text: Three parishes founded the Marsh Lane Library on April 2, 2012.
  - id: orvel-cafe
    about: [orvel, library]
    text: Orvel Books runs the reading café of the Marsh Lane Library.
  - id: orvel-moved
    about: [orvel]
    date: 2018
    text: Orvel Books left its old shop on Mill Street in 2018 for a larger one.
"""
)

_R2 = (
    source_line("2023-10-09-library-second", "Marsh Lane Library gets more support", "2023-10-09")
    + """\
facts:
  - id: wenlow-second
    about: [wenlow, library]
    text: The Wenlow Trust has awarded a second grant of GBP 150,000 to the Marsh Lane Library.
  - id: pell-donation
    about: [library, pell]
    text: The Pell Reading Circle's GBP 9,000 donation will buy large-print books.
  - id: goal-missed
    about: [library]
    text: The Marsh Lane Library fell short of its goal of 5,000 members by the end of 2022.
  - id: goal-new
    about: [library]
    text: The Marsh Lane Library has set a new target of 7,500 members by the end of 2026.
"""
)

_TODAY = dt.date(2030, 5, 1)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("library")
    return engine_of(root, {"2019-03-04-library-gift": _R1, "2023-10-09-library-second": _R2})


def _reply(engine: Engine, message: str) -> tuple[Status, str]:
    answer = engine.handle(message, _TODAY)
    if answer.status is Status.ANSWERED:
        assert answer.citations, message
    return answer.status, render_text(answer)


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        ("why did the wenlow trust pull out of the marsh lane library in 2023?", "second grant"),
        ("why did the pell reading circle stop funding the marsh lane library in 2023?", "9,000"),
    ],
)
def test_a_later_gift_contradicts_a_withdrawal(library: Engine, message: str, shown: str) -> None:
    status, reply = _reply(library, message)
    assert status is Status.ANSWERED, reply
    assert shown in reply


def test_a_leaving_nothing_states_is_not_found(library: Engine) -> None:
    status, reply = _reply(library, "why did orvel books leave the library's reading café?")
    assert status is Status.NOT_FOUND, reply
    assert "don't say" in reply


def test_an_age_in_the_present_perfect_runs_to_the_day_asked(library: Engine) -> None:
    status, reply = _reply(library, "how long has the marsh lane library existed?")
    assert status is Status.ANSWERED, reply
    assert "18 years" in reply


def test_a_goal_no_release_sets_gets_the_goals_stated(library: Engine) -> None:
    status, reply = _reply(
        library, "why did the marsh lane library miss its goal of 6,000 members?"
    )
    assert status is Status.NOT_FOUND, reply
    assert "Not 6,000" in reply
    assert "5,000" in reply
    assert "Purpose" not in reply


def test_a_how_long_not_found_says_how_long(library: Engine) -> None:
    status, reply = _reply(library, "how long was the marsh lane library closed?")
    assert status is Status.NOT_FOUND, reply
    assert "how long" in reply
    assert "how many" not in reply
