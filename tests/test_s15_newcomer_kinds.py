"""Session 15's newcomer kinds, asked in other words on an invented three-release base
written here (PedalPath, a city bike-share scheme of the Town of Varnholm and the
Spokeworks cooperative, funded twice by the Ostrander Trust, 2018-2024):

- "who leads X now?": the Executive Director before the Chair of the Board;
- a qualified title asked now ("deputy director") whose holder was promoted: no current
  holder, the end said;
- a running total asked "since <start>" or "the latest figure for total …": the newest
  running total, never a year's amount in its history; a year's figure filed first under
  a partner (the town) still answers "in <year>";
- "the first <funder> grant": the oldest of its sums; "the two <funder> grants in total";
- a figure or a goal only a quote states; not_found when neither a fact nor a quote does;
- answer slots hold whole values: "the first-year ride target" is a figure, not a year; a
  possessive place is the phrase it opens;
- a sentence saying where in words no entry has; "which <noun>" named in a sentence;
  neighbourhoods as a list of place entries;
- the first release about X; what X announced this year.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.render.text import render_text
from tests.asking import answered, ask
from tests.tmpkb import engine_of, source_line

_R1, _R2, _R3 = "p2018", "p2021", "p2024"

_FIRST = (
    source_line(
        _R1, "Varnholm and Spokeworks launch PedalPath", "2018-04-03", publisher="Town of Varnholm"
    )
    + """entities:
  - {id: pedalpath, name: PedalPath, kind: initiative, summary: A bike-share scheme of the
      Town of Varnholm and the Spokeworks cooperative.}
  - {id: varnholm, name: Town of Varnholm, kind: organization, summary: A municipality.,
      aliases: [Varnholm]}
  - {id: spokeworks, name: Spokeworks, kind: organization, summary: A cycle repair
      cooperative.}
  - {id: ostrander, name: Ostrander Trust, kind: organization, summary: A charitable trust.,
      aliases: [Ostrander]}
  - {id: saltmarket, name: Saltmarket, kind: place, summary: A neighbourhood of Varnholm.}
  - {id: quayside, name: Quayside, kind: place, summary: A neighbourhood of Varnholm.}
  - {id: oda-brenn, name: Oda Brenn, kind: person, summary: Founder of Spokeworks.}
  - {id: lisa-hart, name: Lisa Hart, kind: person, summary: Deputy Director of the Ostrander
      Trust.}
roles:
  - {entity: oda-brenn, title: Executive Director, organization: spokeworks}
  - {entity: lisa-hart, title: Deputy Director, organization: ostrander}
facts:
  - id: p-launch
    about: [pedalpath, varnholm, spokeworks, saltmarket, quayside]
    date: '2018-04-03'
    text: The Town of Varnholm and Spokeworks launched PedalPath on April 3, 2018, with 200
      bicycles in the Saltmarket and Quayside neighbourhoods.
  - id: p-grant1
    about: [ostrander, pedalpath]
    text: The Ostrander Trust is supporting PedalPath with a grant of EUR 1.5 million.
  - id: p-aim
    about: [pedalpath, spokeworks]
    text: PedalPath aims to log 100,000 rides in its first year.
  - id: p-repair
    about: [pedalpath, spokeworks]
    text: PedalPath bicycles are repaired at Spokeworks' workshop on Tanner Lane.
  - id: p-route
    about: [pedalpath]
    text: The first PedalPath route follows the Lorrin River towpath.
"""
)

_SECOND = (
    source_line(
        _R2, "PedalPath passes 420000 rides and Spokeworks names a new director", "2021-05-11"
    )
    + """entities:
  - {id: ines-kolb, name: Ines Kolb, kind: person, summary: Executive Director of Spokeworks.}
  - {id: dock-harbour, name: Harbour Dock hub, kind: initiative, summary: A docking hub at the
      harbour funded by a EUR 2 million grant of the Ostrander Trust.}
roles:
  - {entity: oda-brenn, title: Executive Director, organization: spokeworks, ended: '2021-05-31'}
  - {entity: oda-brenn, title: Chair of the Board, organization: spokeworks}
  - {entity: ines-kolb, title: Executive Director, organization: spokeworks}
quotes:
  - id: kolb-bikes
    speaker: ines-kolb
    about: [pedalpath, varnholm]
    text: We will buy 400 bicycles and open 30 docks next spring
facts:
  - id: p-since
    about: [pedalpath]
    text: Since its launch in 2018, PedalPath has logged 420,000 rides.
  - id: p-grant2
    about: [ostrander, pedalpath, dock-harbour]
    text: The Ostrander Trust has awarded a second grant of EUR 2 million for the Harbour Dock hub.
  - id: p-retired
    about: [pedalpath]
    date: '2021'
    text: The 120 bicycles PedalPath retired in 2021 were placed in nine schools and four youth
      clubs.
"""
)

_THIRD = (
    source_line(
        _R3, "Ostrander Trust report on PedalPath", "2024-02-20", publisher="Ostrander Trust"
    )
    + """roles:
  - {entity: lisa-hart, title: Director, organization: ostrander}
  - {entity: lisa-hart, title: Deputy Director, organization: ostrander, ended: 2023-10}
  - {entity: ines-kolb, title: Executive Director, organization: spokeworks}
  - {entity: oda-brenn, title: Chair of the Board, organization: spokeworks}
quotes:
  - id: kolb-goal
    speaker: ines-kolb
    about: [pedalpath, spokeworks]
    text: Our next goal is 1.2 million rides a year by 2028
facts:
  - id: p-2023
    about: [varnholm, pedalpath]
    date: '2023'
    text: Varnholm's PedalPath scheme logged 300,000 rides in 2023, its busiest year.
  - id: p-total
    about: [pedalpath]
    text: Total ridership on PedalPath since 2018 has reached 910,000 rides.
"""
)

_TEXTS = {
    _R1: "PedalPath launches.\n",
    _R2: "“We will buy 400 bicycles and open 30 docks next spring,” said Ines Kolb.\n",
    _R3: "“Our next goal is 1.2 million rides a year by 2028,” said Ines Kolb.\n",
}


@pytest.fixture(scope="module")
def pedal(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("pedal")
    (root / "sources").mkdir()
    for name, text in _TEXTS.items():
        (root / "sources" / f"{name}.txt").write_text(text, encoding="utf-8")
    return engine_of(root, {_R1: _FIRST, _R2: _SECOND, _R3: _THIRD}, keep_texts=True)


def _first_line(reply: str) -> str:
    return next(line for line in reply.splitlines()[1:] if line.strip())


def test_who_leads_names_the_executive_head_before_the_chair(pedal: Engine) -> None:
    for question in ("who leads spokeworks now?", "who runs spokeworks?"):
        reply = answered(pedal, question, "Ines Kolb", "Oda Brenn")
        assert "Ines Kolb" in _first_line(reply), reply


def test_a_qualified_title_its_holder_left_has_no_current_holder(pedal: Engine) -> None:
    found = ask(pedal, "who is the deputy director of the ostrander trust now?")
    assert found.status is Status.NOT_FOUND, found.reply
    assert "no current Deputy Director" in found.reply, found.reply
    assert "ended 2023-10" in found.reply, found.reply


def test_a_running_total_since_the_start_is_the_newest_total(pedal: Engine) -> None:
    for question in (
        "how many rides has pedalpath logged since 2018?",
        "what is the latest figure for total rides?",
    ):
        reply = answered(pedal, question, "910,000")
        newest = reply.split("Newest first:**", 1)[-1].splitlines()[0]
        assert "300,000" not in newest, reply  # one year's amount is no running total


def test_a_years_figure_filed_under_a_partner_answers_that_year(pedal: Engine) -> None:
    answered(pedal, "how many rides did pedalpath log in 2023?", "300,000")


def test_the_first_grant_of_a_funder_is_its_oldest(pedal: Engine) -> None:
    reply = answered(pedal, "how much was the first ostrander grant?", "EUR 1.5 million")
    assert "EUR 1.5 million" in _first_line(reply), reply
    latest = answered(pedal, "how much was the latest ostrander grant?", "EUR 2 million")
    assert "EUR 2 million" in _first_line(latest), latest


def test_two_grants_of_a_funder_named_before_them_are_summed(pedal: Engine) -> None:
    reply = answered(pedal, "how much have the two ostrander grants come to in total?")
    assert "3.5 million" in reply, reply
    assert "1.5 + 2" in reply, reply


def test_a_figure_only_a_quote_states_answers_from_the_quote(pedal: Engine) -> None:
    reply = answered(pedal, "how many bicycles will the town buy?", "400", "Ines Kolb")
    assert "“We will buy 400 bicycles" in reply, reply
    goal = answered(pedal, "what is spokeworks' goal for 2028?", "1.2 million", "Ines Kolb")
    assert "100,000" not in goal, goal


def test_a_figure_neither_facts_nor_quotes_state_is_not_found(pedal: Engine) -> None:
    found = ask(pedal, "how many helmets will the town buy?")
    assert found.status is Status.NOT_FOUND, found.reply
    assert "400" not in found.reply, found.reply


def test_a_target_named_with_a_hyphenated_year_is_a_figure(pedal: Engine) -> None:
    reply = answered(pedal, "what was the first-year ride target?", "100,000")
    assert "**When:**" not in reply, reply


def test_a_possessive_place_is_the_whole_phrase(pedal: Engine) -> None:
    reply = answered(pedal, "where are the bicycles repaired?", "Tanner Lane")
    assert "**Where:** Spokeworks' workshop on Tanner Lane" in reply, reply


def test_a_sentence_saying_where_in_plain_words_answers(pedal: Engine) -> None:
    answered(pedal, "where were the retired bicycles placed in 2021?", "nine schools")


def test_which_noun_is_answered_by_the_sentence_naming_one(pedal: Engine) -> None:
    answered(pedal, "which river does the route follow?", "Lorrin River")


def test_neighbourhoods_are_listed_from_the_place_entries(pedal: Engine) -> None:
    answered(pedal, "which neighbourhoods were in the launch?", "Saltmarket", "Quayside")


def test_the_first_and_latest_release_about_something(pedal: Engine) -> None:
    first = answered(pedal, "what was the first release about pedalpath?", "2018")
    assert "Varnholm and Spokeworks launch PedalPath" in first, first
    latest = answered(pedal, "what was the latest release about ines kolb?", "2024")
    assert "Ostrander Trust report on PedalPath" in latest, latest


def test_what_an_organisation_announced_this_year(pedal: Engine) -> None:
    answer = pedal.handle("what did the ostrander trust announce this year?", dt.date(2024, 6, 1))
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED, reply
    assert "Ostrander Trust report on PedalPath" in reply, reply
    assert "2021" not in reply.split("Source")[0], reply
