"""Session 17's newcomer kinds, asked in other words on an invented three-release base
written here (Heat Share, a schools' heat-pump network of the Ashdown Schools Trust and the
Marrow Valley Heat Cooperative, funded by the Penrose Trust, 2017-2023):

- a day asked (``--today``) governs every "now": the newest count, the goal in force and
  the summary a person card leads with are those stated by that day;
- a goal a later release reports passed is no target now: the goal or plan with a
  deadline set since is;
- ``!quote <programme>`` gives the quotes about it and those of the people whose title is
  at it, about-quotes first, and ``!what`` counts the same quotes;
- "did the <year> release mention <thing>?" answers yes or no from that release's text;
- a sentence with a count and a capacity answers "capacity" with the capacity.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.render.text import render_text
from tests.asking import answered
from tests.tmpkb import engine_of, source_line

_R1, _R2, _R3 = "h2017", "h2019", "h2023"

_FIRST = (
    source_line(
        _R1, "Ashdown and Marrow Valley launch Heat Share", "2017-03-02", publisher="Ashdown"
    )
    + """entities:
  - {id: heat-share, name: Heat Share, kind: initiative, summary: A heat-pump network that
      warms school buildings.}
  - {id: ashdown, name: Ashdown Schools Trust, kind: organization, summary: A trust that runs
      eleven schools., aliases: [Ashdown]}
  - {id: marrow, name: Marrow Valley Heat Cooperative, kind: organization, summary: A heat
      cooperative., aliases: [Marrow Valley]}
  - {id: hana-ilves, name: Hana Ilves, kind: person, summary: Head of Estates at the Ashdown
      Schools Trust.}
  - {id: tariq-osei, name: Tariq Osei, kind: person, summary: Programme Lead of Heat Share.}
  - {id: ben-lutz, name: Ben Lutz, kind: person, summary: A school caretaker.}
roles:
  - {entity: hana-ilves, title: Head of Estates, organization: ashdown}
  - {entity: tariq-osei, title: Programme Lead, organization: heat-share}
quotes:
  - {id: q-lutz, speaker: ben-lutz, about: [heat-share], text: The boiler room is quiet now}
  - {id: q-osei, speaker: tariq-osei, about: [marrow], text: Pipes are cheaper than fuel}
facts:
  - id: h-pilot
    about: [heat-share]
    text: The Heat Share pilot connects 4 school buildings, with a combined capacity of 350
      kilowatts.
  - id: h-aim
    about: [heat-share]
    text: The partners aim to connect 25 school buildings to Heat Share by the end of 2020.
"""
)

_SECOND = (
    source_line(_R2, "Heat Share reaches 12 schools", "2019-10-10", publisher="Marrow Valley")
    + """roles:
  - {entity: hana-ilves, title: Head of Estates, organization: ashdown, ended: 2019-08}
  - {entity: hana-ilves, title: Director of Estates, organization: ashdown}
summaries:
  - {entity: hana-ilves, text: Director of Estates at the Ashdown Schools Trust.}
facts:
  - id: h-twelve
    about: [heat-share]
    text: Heat Share now connects 12 school buildings, with a combined capacity of 900
      kilowatts.
"""
)

_THIRD = (
    source_line(_R3, "Heat Share passes its goal", "2023-06-01", publisher="Penrose Wire")
    + """roles:
  - {entity: hana-ilves, title: Director of Estates, organization: ashdown, ended: 2022-12}
  - {entity: hana-ilves, title: Chief Executive, organization: ashdown}
summaries:
  - {entity: hana-ilves, text: Chief Executive of the Ashdown Schools Trust.}
facts:
  - id: h-passed
    about: [heat-share]
    text: Heat Share has passed its goal of 25 school buildings.
  - id: h-now
    about: [heat-share]
    text: Heat Share now connects 31 school buildings, with a combined capacity of 2.1
      megawatts.
  - id: h-plan
    about: [heat-share]
    text: The partners intend to extend Heat Share to 50 school buildings by 2027.
"""
)

_TEXTS = {
    _R1: "“The boiler room is quiet now,” said Ben Lutz. “Pipes are cheaper than fuel,” said"
    " Tariq Osei.\n",
    _R2: "Heat Share now connects 12 school buildings. The pumps draw on two boreholes.\n",
    _R3: "Heat Share has passed its goal.\n",
}

_BEFORE_THIRD = dt.date(2021, 5, 1)


@pytest.fixture(scope="module")
def heat(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("heat")
    (root / "sources").mkdir()
    for name, text in _TEXTS.items():
        (root / "sources" / f"{name}.txt").write_text(text, encoding="utf-8")
    return engine_of(root, {_R1: _FIRST, _R2: _SECOND, _R3: _THIRD}, keep_texts=True)


def _asked_on(engine: Engine, message: str, today: dt.date) -> str:
    answer = engine.handle(message, today)
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert answer.citations, reply
    return reply


def _lead(reply: str) -> str:
    return next(line for line in reply.splitlines()[1:] if line.strip())


def test_a_count_asked_now_on_a_day_is_the_newest_stated_by_then(heat: Engine) -> None:
    question = "how many school buildings does Heat Share connect now?"
    then = _asked_on(heat, question, _BEFORE_THIRD)
    assert "12" in _lead(then) and "31" not in then, then
    assert "31" in _lead(answered(heat, question))


def test_the_goal_now_on_a_day_is_the_one_set_by_then(heat: Engine) -> None:
    then = _asked_on(heat, "what is the goal for Heat Share now?", _BEFORE_THIRD)
    assert "25" in _lead(then) and "50" not in then, then


def test_a_goal_reported_passed_gives_way_to_the_plan_set_since(heat: Engine) -> None:
    reply = answered(heat, "what is Heat Share's target now?", "passed")
    assert "**50**" in _lead(reply), reply
    assert "25" not in _lead(reply), reply


def test_a_person_card_on_a_day_leads_with_the_summary_stated_by_then(heat: Engine) -> None:
    then = _asked_on(heat, "!who Hana Ilves", _BEFORE_THIRD)
    assert "Director of Estates at the Ashdown Schools Trust." in then, then
    assert "Chief Executive of the Ashdown Schools Trust." not in then, then
    now = answered(heat, "!who Hana Ilves", "Chief Executive of the Ashdown Schools Trust.")
    assert "Earlier (as of 2019-10-10): Director of Estates" in now, now


def test_quote_of_a_programme_gives_quotes_about_it_then_its_peoples(heat: Engine) -> None:
    first = answered(heat, "!quote heat share", "The boiler room is quiet now", "Quote 1 of 2")
    assert "Pipes are cheaper" not in first, first
    answered(heat, "!quote heat share 2", "Pipes are cheaper than fuel", "Tariq Osei")
    answered(heat, "!what heat share", "2 quotes")


def test_whether_a_release_mentions_something_is_read_from_its_text(heat: Engine) -> None:
    # The 2019 text names boreholes in a sentence no fact was drafted from.
    yes = answered(heat, "did the 2019 announcement mention boreholes?", "Yes", "two boreholes")
    assert "Heat Share reaches 12 schools" in yes, yes
    no = answered(heat, "does the first release mention boreholes?", "No.")
    assert "Source: Ashdown" in no, no
    answered(heat, "did the 2017 release mention Ben Lutz?", "Yes", "boiler room")


def test_a_capacity_beside_a_count_answers_capacity_in_its_units(heat: Engine) -> None:
    reply = answered(heat, "what is Heat Share's combined capacity?", "2.1 megawatts")
    series = reply.split("Newest first:**", 1)[1].splitlines()[0]
    assert "900 kilowatts" in series and "31" not in series, reply


def test_a_capacity_grows_across_two_units(heat: Engine) -> None:
    reply = answered(heat, "how much did Heat Share's capacity grow between 2019 and 2023?")
    assert "+1.2 megawatts" in _lead(reply), reply
    assert "900 kilowatts = 0.9 megawatts" in reply, reply
