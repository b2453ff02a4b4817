"""Kinds of event and duration questions that session 12's blind sets found misread,
asked here in other words on an invented base.

- "how long ago did A meet B?": A's date to the day asked (``EventAnswers.time_ago``);
- an event entity is dated by the sentences leading with it, not by a later sentence
  about it whose start word is another thing's ("met again … on the eve of the School's
  launch");
- "finished" finds a sentence saying "completed" (the thesaurus);
- a span of a year and some months is said in months, not rounded down to "one year";
- "this year" / "last year" are the calendar year of the day asked (or the one before);
- "is extended to <date>" in a later release is the end of a period.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.durations import between
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index
from tests.asking import answered
from tests.kbpaths import KB_FIVE
from tests.tmpkb import engine_of, source_line

_FIRST = (
    source_line("2020-01-15-reed-summit", "Saltmarsh Trust and Reedbed Council meet", "2020-01-15")
    + """\
entities:
  - {id: saltmarsh, name: Saltmarsh Trust, kind: organization, summary: A wetland charity.}
  - {id: reedbed, name: Reedbed Council, kind: organization, summary: A district council.}
  - {id: ana-holm, name: Ana HOLM, kind: person, aliases: [Ana Holm], summary: Director of the Saltmarsh Trust.}
  - {id: ben-ruiz, name: Ben RUIZ, kind: person, aliases: [Ben Ruiz], summary: Leader of the Reedbed Council.}
  - {id: reed-summit, name: Tarrow reed summit, kind: event, aliases: [reed summit], summary: "The meeting of Ana HOLM and Ben RUIZ in Tarrow on January 15, 2020."}
  - {id: reed-school, name: Reedbed School, kind: initiative, summary: A school for wetland wardens.}
roles:
  - {entity: ana-holm, title: Director, organization: saltmarsh}
  - {entity: ben-ruiz, title: Leader, organization: reedbed}
facts:
  - id: summit-met
    about: [reed-summit, ana-holm, ben-ruiz, saltmarsh, reedbed]
    date: 2020-01-15
    text: Ana HOLM and Ben RUIZ met in Tarrow on January 15, 2020 to plan a school for wetland wardens.
  - id: school-term
    about: [reed-school]
    text: The Reedbed School will run until December 2022.
"""
)
_SECOND = (
    source_line("2021-06-02-reed-school", "Reedbed School opens", "2021-06-02")
    + """\
facts:
  - id: met-again
    about: [ana-holm, ben-ruiz, reed-summit]
    date: 2021-06-01
    text: >-
      Ana HOLM and Ben RUIZ, who first met at the Tarrow reed summit, met again on June 1,
      2021, on the eve of the Reedbed School's launch.
  - id: school-launched
    about: [reed-school, saltmarsh, reedbed]
    date: 2021-06-02
    text: The Saltmarsh Trust and the Reedbed Council launched the Reedbed School on June 2, 2021.
  - id: school-extended
    about: [reed-school, saltmarsh]
    text: The Reedbed School, planned in 2020, is extended to June 2026.
  - id: dykes-designed
    about: [reed-school, saltmarsh]
    date: 2020-09
    text: The school's training dykes were designed in September 2020.
  - id: dykes
    about: [reed-school, saltmarsh]
    date: 2021-05
    text: The school's training dykes were completed in May 2021.
"""
)


@pytest.fixture(scope="module")
def reeds(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(
        tmp_path_factory.mktemp("reeds"),
        {"2020-01-15-reed-summit": _FIRST, "2021-06-02-reed-school": _SECOND},
    )


def test_how_long_ago_is_counted_to_the_day_asked(reeds: Engine) -> None:
    answer = reeds.handle("How many years ago was the reed summit?", dt.date(2025, 2, 1))
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "Five years ago" in reply and "2020-01-15" in reply, reply
    answer = reeds.handle(
        "how long ago did the saltmarsh trust launch the reedbed school", dt.date(2025, 2, 1)
    )
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "Three years ago" in reply and "2021-06-02" in reply, reply


def test_an_event_is_dated_by_its_own_sentence(reeds: Engine) -> None:
    reply = answered(
        reeds, "How long was it from the reed summit to the launch of the Reedbed School?"
    )
    assert "2020-01-15 to 2021-06-02" in reply, reply


def test_finished_is_completed(reeds: Engine) -> None:
    answered(reeds, "When were the training dykes finished?", "May 2021")


def test_a_year_and_some_months_is_said_in_months() -> None:
    took = between("2020-01-15", "2021-07-20")
    assert took.head == "Eighteen months (about a year and a half)", took
    assert between("2020-01-15", "2022-03-01").head == "Two years"


def test_this_year_is_the_calendar_year_of_the_day_asked() -> None:
    five = Engine(Index(load_knowledge(KB_FIVE)))
    answer = five.handle("anything Lina Ma said this year?", dt.date(2022, 9, 1))
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "buyers in Asia" in reply, reply
    answer = five.handle("what did lina ma say last year?", dt.date(2023, 2, 1))
    assert "buyers in Asia" in render_text(answer), render_text(answer)


def test_a_later_extension_is_the_end(reeds: Engine) -> None:
    reply = answered(reeds, "When is the Reedbed School due to end?", "June 2026")
    assert reply.index("June 2026") < reply.index("December 2022"), reply
