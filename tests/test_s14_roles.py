"""Roles and people over time (session 14): kinds blind base 24 and the known gaps of
base 21 found, checked on a small invented base in other wording.

- a title asked by its initials when the title holds a lower-post word ("the VP" for a
  Vice President): the initials ask for the title itself;
- a post at a programme, kept as "<title> of <programme>" at the organisation that runs
  it: who holds it now, in a year, whether someone still does, and when a holder took it
  (a sentence about the programme may leave it out: "one of its Senior Tutors since");
- "since when is X <title>?" of someone who never held the title, "when did X replace
  Y?" of someone who never held Y's title: the premise corrected;
- "how many years did X <verb> in <place>?": a duration, not a count at the place;
- "what was X called when A happened?": X's titles in force on A's date (a title
  someone was "promoted from" did not start then);
- "how long did X head Y before becoming Z?" of a title ended with no day given: to
  the day the next title there began;
- "who is <title> now that P is <another title>?": P, the last holder named, is not the
  answer; no current holder named is not found;
- a person written with an honorific and full name ("Dr Nell Morra"), and a surname two
  people share that is one letter from a town's name: the people, not the town.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.render.text import render_text
from tests.tmpkb import engine_of, source_line

LAUNCH = (
    source_line("s1", "Brindle College launches StepUp", "2019-03-01") + "entities:\n"
    "  - {id: brindle, name: Brindle College, kind: organization, aliases: [Brindle],"
    " summary: A further-education college.}\n"
    "  - {id: stepup, name: StepUp, kind: initiative, aliases: [StepUp programme],"
    " summary: An evening course for adult learners run by Brindle College.}\n"
    "  - {id: venn, name: Oskar Venn, kind: person, summary: Vice President of Brindle"
    " College.}\n"
    "  - {id: ivo, name: Ivo Morra, kind: person, summary: Programme Director of StepUp.}\n"
    "  - {id: nell, name: Nell Morra, kind: person, aliases: [Dr Nell Morra],"
    " summary: A senior tutor at Brindle College.}\n"
    "  - {id: marra, name: Marra, kind: place, summary: A town where StepUp has a site.}\n"
    "  - {id: lind, name: Tova Lind, kind: person, summary: Head of Outreach at Brindle"
    " College.}\n"
    "roles:\n"
    "  - {entity: venn, title: Vice President, organization: brindle}\n"
    "  - {entity: venn, title: Head of Admissions, organization: brindle}\n"
    "  - {entity: lind, title: Head of Outreach, organization: brindle}\n"
    "  - {entity: ivo, title: Programme Director of StepUp, organization: brindle}\n"
    "  - {entity: nell, title: Senior Tutor of StepUp, organization: brindle}\n"
    "facts:\n"
    "  - {id: g1, about: [stepup, marra], text: 'StepUp has 300 learners at two sites,"
    " Marra and Dunfell.'}\n"
    "  - {id: g2, about: [ivo, marra], text: 'Ivo Morra coached in Marra from 2005 to"
    " 2011.'}\n"
    "  - {id: g4, about: [lind, brindle], text: 'Tova Lind has headed outreach at"
    " Brindle College since 2015.'}\n"
    "  - {id: g3, about: [brindle, stepup], date: 2019-03-01, text: 'Brindle College"
    " started StepUp on March 1, 2019.'}\n"
)

HANDOVER = (
    source_line("s2", "New director for StepUp", "2022-02-01") + "summaries:\n"
    "  - {entity: nell, text: 'Nell Morra, Programme Director of StepUp since July 1,"
    " 2021, and one of its Senior Tutors since 2017.'}\n"
    "roles:\n"
    "  - {entity: ivo, title: Programme Director of StepUp, organization: brindle,"
    " ended: 2021-06-30}\n"
    "  - {entity: nell, title: Programme Director of StepUp, organization: brindle}\n"
    "  - {entity: venn, title: Vice President, organization: brindle}\n"
    "  - {entity: venn, title: Head of Admissions, organization: brindle, ended: 2021-12-31}\n"
    "  - {entity: lind, title: Head of Outreach, organization: brindle, current: false}\n"
    "  - {entity: lind, title: Dean, organization: brindle}\n"
    "facts:\n"
    "  - {id: h2, about: [lind, brindle], date: 2022-01-10, text: 'Tova Lind became Dean"
    " of Brindle College on January 10, 2022.'}\n"
    "  - {id: h1, about: [nell, stepup], date: 2021-07-01, text: 'Nell Morra was promoted"
    " from Senior Tutor to Programme Director of StepUp.'}\n"
)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return engine_of(tmp_path / "kb", {"s1": LAUNCH, "s2": HANDOVER})


def _ask(engine: Engine, question: str) -> tuple[Status, str]:
    answer = engine.handle(question)
    return answer.status, render_text(answer)


@pytest.mark.parametrize(
    "question",
    [
        "who is brindle's VP?",
        "who was the brindle college VP in 2020",
        "who was VP of brindle in 2019?",
    ],
)
def test_a_title_asked_by_its_initials_names_its_holder(engine: Engine, question: str) -> None:
    status, reply = _ask(engine, question)
    assert status is Status.ANSWERED, reply
    assert "Oskar Venn" in reply, reply


@pytest.mark.parametrize(
    ("question", "holder", "other"),
    [
        ("who is in charge of StepUp at the moment?", "Nell Morra", "Ivo Morra —"),
        ("who directed StepUp in 2020?", "Ivo Morra", "Nell Morra"),
        ("who was the StepUp programme director in 2023", "Nell Morra", "Ivo Morra"),
    ],
)
def test_a_post_at_a_programme_is_held_by_its_holders(
    engine: Engine, question: str, holder: str, other: str
) -> None:
    status, reply = _ask(engine, question)
    assert status is Status.ANSWERED, reply
    assert holder in reply, reply
    assert other not in reply.split("\n")[1], reply


def test_a_programme_post_ended_is_not_still_held(engine: Engine) -> None:
    status, reply = _ask(engine, "does ivo morra still run the StepUp programme?")
    assert status is Status.ANSWERED, reply
    assert reply.split("\n")[1].startswith("**No"), reply


@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("from when has nell morra been programme director?", "July 1, 2021"),
        ("since when has nell morra been a senior tutor", "2017"),
    ],
)
def test_a_programme_post_is_dated_by_a_sentence_about_the_programme(
    engine: Engine, question: str, date: str
) -> None:
    status, reply = _ask(engine, question)
    assert status is Status.ANSWERED, reply
    when = next(line for line in reply.splitlines() if line.startswith("**When:**"))
    assert when.endswith(date), reply


def test_since_when_of_someone_never_given_the_title_corrects_the_premise(
    engine: Engine,
) -> None:
    status, reply = _ask(engine, "since when is oskar venn the StepUp programme director?")
    assert status is Status.ANSWERED, reply  # a premise contradicted (session 17)
    assert "never give Oskar Venn that title" in reply and "Nell Morra" in reply, reply


def test_how_many_years_at_a_place_is_a_duration(engine: Engine) -> None:
    status, reply = _ask(engine, "how many years did ivo morra coach in marra?")
    assert status is Status.ANSWERED, reply
    assert "Six years" in reply, reply


def test_an_honorific_before_a_full_name_takes_the_whole_name(engine: Engine) -> None:
    status, reply = _ask(engine, "when did dr nell morra become programme director")
    assert status is Status.ANSWERED, reply
    assert "July 1, 2021" in reply and "Marra" not in reply, reply


def test_a_shared_surname_near_a_towns_name_is_the_people(engine: Engine) -> None:
    status, reply = _ask(engine, "!who morra")
    assert status is Status.AMBIGUOUS, reply
    assert "Ivo Morra" in reply and "Nell Morra" in reply, reply


@pytest.mark.parametrize(
    "question",
    [
        "what was nell morra called when StepUp started?",
        "which post did nell morra hold when brindle started stepup",
    ],
)
def test_a_persons_title_at_an_event_is_the_one_in_force_then(
    engine: Engine, question: str
) -> None:
    status, reply = _ask(engine, question)
    assert status is Status.ANSWERED, reply
    assert "Senior Tutor of StepUp" in reply and "Programme Director" not in reply, reply


def test_the_holder_the_question_names_as_moved_on_is_not_the_answer(engine: Engine) -> None:
    status, reply = _ask(engine, "who's head of admissions at brindle now that venn is vp?")
    assert status is Status.NOT_FOUND, reply
    assert "no current" in reply, reply


def test_a_title_ended_without_a_day_lasts_until_the_next_one_began(engine: Engine) -> None:
    status, reply = _ask(engine, "how long did tova lind head outreach before becoming dean?")
    assert status is Status.ANSWERED, reply
    assert "seven years" in reply.casefold(), reply


def test_a_successor_who_never_held_the_title_corrects_the_premise(engine: Engine) -> None:
    status, reply = _ask(engine, "when did oskar venn replace ivo morra?")
    assert status is Status.ANSWERED, reply  # a premise contradicted (session 17)
    assert "never give Oskar Venn" in reply and "Nell Morra" in reply, reply
    status, reply = _ask(engine, "when did nell morra replace ivo morra?")
    assert "never give" not in reply, reply
