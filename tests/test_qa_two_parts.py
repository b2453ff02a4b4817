"""Two-part questions: "compare what A and B said", "…and what are their jobs?" after a
part about an event, and "apart from X, what else…".

Unit tests on invented words and an invented release; engine tests in wordings of
their own (not the blind sets') on the bundled release and the five-release fixture.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.executors.exclusion import split_exclusion
from bot.engine.qa.read import understand
from bot.engine.qa.references import plural_referents
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index

KB_FIVE = Path(__file__).parent / "fixtures" / "kb_five"

RELEASE = """\
source:
  id: s1
  title: Harbour talks in Velmora
  publisher: Wire
  date: 2023-02-07
  dateline: {city: Velmora, country: Portugal}
  text: ../sources/s1.txt
entities:
  - {id: talks, name: Velmora harbour talks, kind: event, summary: Talks on the harbour.}
  - {id: ines, name: Ines CALDO, kind: person, summary: Harbour Master of Velmora.}
  - {id: teo, name: Teo BRANDT, kind: person, summary: Chief Engineer of Norrfrakt.}
  - {id: norrfrakt, name: Norrfrakt, kind: organization, summary: A freight company.}
  - {id: dredging, name: Velmora dredging plan, kind: initiative, summary: A dredging plan.}
roles:
  - {entity: ines, title: Harbour Master, organization: norrfrakt}
  - {entity: teo, title: Chief Engineer, organization: norrfrakt}
facts:
  - {id: f1, text: Ines CALDO and Teo BRANDT met at the Velmora harbour talks to discuss the Velmora dredging plan., about: [talks, ines, teo, dredging]}
  - {id: f2, text: The Velmora harbour talks also discussed a new ferry timetable., about: [talks]}
"""


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("kb")
    (root / "releases").mkdir()
    (root / "sources").mkdir()
    (root / "sources" / "s1.txt").write_text("Harbour talks.\n", encoding="utf-8")
    (root / "releases" / "s1.yaml").write_text(RELEASE, encoding="utf-8")
    return Engine(Index(load_knowledge(root)))


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


def _reply(engine: Engine, message: str) -> tuple[Status, str]:
    answer = engine.handle(message)
    if answer.status is Status.ANSWERED:
        assert answer.citations, message
    return answer.status, render_text(answer)


# --- reading ----------------------------------------------------------------------------


def test_compare_is_a_wrapper_around_the_question() -> None:
    read = understand("compare what zorvak and quillon said", lambda _w: False)
    assert read.words[:1] == ("what",)


def test_the_set_aside_phrase_leading_or_trailing() -> None:
    lead = split_exclusion(tuple("besides the grommet fund what else did they sign".split()))
    assert lead is not None and lead.aside == ("the", "grommet", "fund")
    assert lead.rest == tuple("what else did they sign".split())
    trail = split_exclusion(tuple("who else spoke other than mira tolland".split()))
    assert trail is not None and trail.aside == ("mira", "tolland")
    assert split_exclusion(tuple("what did they discuss".split())) is None


def test_their_after_an_event_stands_for_its_people(invented: Engine) -> None:
    index = invented.index
    people = plural_referents(index, ["what", "are", "their", "titles"], ["talks"])
    assert set(people) == {"ines", "teo"}
    # No plural pronoun, or a part about a person already: nothing to stand for.
    assert plural_referents(index, ["what", "is", "the", "title"], ["talks"]) == []
    assert plural_referents(index, ["what", "are", "their", "titles"], ["ines"]) == []


# --- end to end ------------------------------------------------------------------------


def test_an_event_then_its_peoples_titles(invented: Engine) -> None:
    status, reply = _reply(
        invented, "what were the Velmora harbour talks and what are their titles?"
    )
    assert status is Status.ANSWERED, reply
    assert "Harbour Master" in reply and "Chief Engineer" in reply


def test_what_else_with_the_named_thing_set_aside(invented: Engine) -> None:
    status, reply = _reply(
        invented, "apart from the Velmora dredging plan, what else did the harbour talks discuss?"
    )
    assert status is Status.ANSWERED, reply
    assert "ferry timetable" in reply and "met at the Velmora" not in reply


def test_compare_two_speakers_by_description(engine: Engine) -> None:
    status, reply = _reply(engine, "contrast what the UNIDO head and Alibaba's founder said")
    assert status is Status.ANSWERED, reply
    assert "LI Yong" in reply and "Jack MA" in reply and "global" in reply


def test_people_at_an_event_and_their_titles_on_the_fixture(five: Engine) -> None:
    status, reply = _reply(
        five, "who came to the launch ceremony in Kigali and what are their titles?"
    )
    assert status is Status.ANSWERED, reply
    assert "Director General" in reply and "Co-founder" in reply


def test_besides_a_campus_the_other_one(five: Engine) -> None:
    status, reply = _reply(five, "besides Kigali, where does the academy have a campus?")
    assert status is Status.ANSWERED, reply
    assert "Kuala Lumpur" in reply


def test_set_aside_with_the_kind_of_answer_asked(five: Engine) -> None:
    status, reply = _reply(five, "apart from Kigali, which city has an academy campus?")
    assert status is Status.ANSWERED, reply
    assert "Kuala Lumpur" in reply
