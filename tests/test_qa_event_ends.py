"""The time between two events when a place saw more than one: "the Lyon meeting" is
the one the question means (its ordinal, or the parties it shares with the other end),
"the Porto one" is a meeting too, "extend it" is the other end's thing, and "how many
years separate A and B" is a span (``event_choice.py``, ``ends.py``)."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.tmpkb import engine_of

FIRST = """\
source:
  id: first
  title: Ada KOVAC and Ben ORTIZ meet in Lyon on river data
  publisher: Wire
  date: 2017-03-03
  dateline: {city: Lyon, country: France}
  text: ../sources/first.txt
entities:
  - {id: kovac, name: Ada KOVAC, kind: person, summary: Director of the Rhone Data Lab.}
  - {id: ortiz, name: Ben ORTIZ, kind: person, summary: Head of the Tagus Basin Office.}
  - {id: lyon, name: Lyon, kind: place, summary: "Lyon in France."}
  - id: lyon-talks
    name: Kovac-Ortiz meeting on river data
    kind: event
    summary: The first meeting of Ada KOVAC and Ben ORTIZ, in Lyon on March 2, 2017.
    aliases: [river data meeting]
facts:
  - id: met
    about: [lyon-talks, kovac, ortiz, lyon]
    date: 2017-03-02
    place: lyon
    text: Ada KOVAC and Ben ORTIZ met in Lyon on March 2, 2017 to discuss sharing river data.
"""

SECOND = """\
source:
  id: second
  title: River Data Hub launched in Porto
  publisher: Wire
  date: 2018-09-11
  dateline: {city: Porto, country: Portugal}
  text: ../sources/second.txt
entities:
  - {id: porto, name: Porto, kind: place, summary: "Porto in Portugal."}
  - {id: hub, name: River Data Hub, kind: initiative, summary: A shared store of river data.}
  - id: porto-meeting
    name: Kovac and Ortiz meeting in Porto
    kind: event
    summary: The meeting of Ada KOVAC and Ben ORTIZ in Porto on September 10, 2018.
    aliases: [Porto meeting]
facts:
  - id: porto
    about: [porto-meeting, kovac, ortiz, porto]
    date: 2018-09-10
    place: porto
    text: Ada KOVAC and Ben ORTIZ met again in Porto on September 10, 2018.
  - id: warning
    about: [ortiz]
    date: 2018-09-10
    text: >-
      On September 10, 2018, Ben ORTIZ's office took the decision to extend its flood
      warnings to the whole basin.
  - id: launch
    about: [hub]
    date: 2018-09-11
    text: The River Data Hub was launched in Porto on September 11, 2018.
"""

THIRD = """\
source:
  id: third
  title: River Data Council extends the Hub
  publisher: Wire
  date: 2022-06-15
  dateline: {city: Lyon, country: France}
  text: ../sources/third.txt
entities:
  - {id: council, name: River Data Council, kind: organization, summary: The Hub's partners.}
  - id: council-meeting
    name: River Data Council meeting in Lyon
    kind: event
    summary: The meeting of the River Data Council in Lyon on June 14, 2022.
    aliases: [Lyon council meeting]
facts:
  - id: extend
    about: [council-meeting, council, hub, lyon]
    date: 2022-06-14
    place: lyon
    text: >-
      At a meeting in Lyon on June 14, 2022, the River Data Council decided to extend the
      River Data Hub to 2027.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    releases = {"first": FIRST, "second": SECOND, "third": THIRD}
    return engine_of(tmp_path_factory.mktemp("kb"), releases)


@pytest.mark.parametrize(
    ("question", "span"),
    [
        # The Lyon meeting that shares its parties with the Porto one, not the council's.
        ("how long passed between the Lyon meeting and the Porto one?", "2017-03-02 to 2018-09-10"),
        # "Earliest" picks the first of the two Lyon meetings.
        (
            "how many years after the earliest Lyon meeting did the council return to Lyon?",
            "2017-03-02 to 2022-06-14",
        ),
        # "Separate" puts a span between two ends; "it" is the other end's Hub.
        (
            "how many years separate the Porto meeting and the latest Lyon meeting?",
            "2018-09-10 to 2022-06-14",
        ),
        (
            "how long between the River Data Hub's launch and the decision to extend it?",
            "2018-09-11 to 2022-06-14",
        ),
    ],
)
def test_the_event_an_end_means(engine: Engine, question: str, span: str) -> None:
    answer = engine.handle(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert span in answer.text
