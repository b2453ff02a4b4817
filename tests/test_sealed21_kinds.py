"""Kinds that sealed set 21 found misread (issues 10 and 12), each asked here in other
words on another base.

The worst: a confident "Yes: the release says so" to "is A <claim>?" from a sentence
that states the claim of another thing ("Is UNIDO one of the initiators of the eWTP?"
against "Alibaba Group is one of the initiators …"). The claim's subject must be the
sentence's (``yes_no._leads_clause``); otherwise the sentence is shown without a yes,
and, when only one thing can meet the claim ("the largest …", "the first campus"), as
a no. Then an event named with its own time ("when he met Y in April 2018") is the one
of that time, not another meeting of the same two (``events._at_asked_time``), and "the first meeting"
is the oldest of those matching about as well as the best, not a later one recalling it.
"""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import ask
from tests.kbpaths import KB_LISTS
from tests.tmpkb import engine_of, source_line

_PEOPLE = """\
entities:
  - id: ana-ruiz
    name: Ana RUIZ
    kind: person
    summary: Ana RUIZ, of the Andes Water Fund.
  - id: bo-lee
    name: Bo LEE
    kind: person
    summary: Bo LEE, of Lima Pumps.
  - id: water-fund
    name: Andes Water Fund
    kind: organization
    summary: The Andes Water Fund, a Peruvian charity.
  - id: lima
    name: Lima
    kind: place
    summary: Lima, Peru.
"""
_FIRST = (
    source_line("2021-03-04-ruiz-lee", "Water Fund and Lima Pumps meet", "2021-03-04")
    + _PEOPLE
    + """\
roles:
  - {entity: ana-ruiz, title: Director, organization: water-fund}
facts:
  - id: first-meeting
    about: [ana-ruiz, bo-lee, lima]
    date: 2021-03-03
    place: lima
    text: Ana RUIZ, Director of the Andes Water Fund, and Bo LEE met on March 3, 2021.
"""
)
_LATER = (
    source_line("2023-06-06-ruiz-lee-again", "Ruiz and Lee meet again", "2023-06-06")
    + "entities: []\n"
    + """\
roles:
  - {entity: ana-ruiz, title: Director, organization: water-fund, ended: 2022-12-31}
facts:
  - id: later-meeting
    about: [ana-ruiz, bo-lee, lima]
    date: 2023-06-05
    text: >-
      Ana RUIZ and Bo LEE, who first met in Lima in March 2021 to plan new pumps, met
      again in Lima on June 5, 2023.
  - id: pumps-opened
    about: [water-fund, lima]
    date: 2023-06-06
    text: The Andes Water Fund opened the new pumps in Lima on June 6, 2023.
"""
)


@pytest.fixture(scope="module")
def meetings(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(
        tmp_path_factory.mktemp("meetings"),
        {"2021-03-04-ruiz-lee": _FIRST, "2023-06-06-ruiz-lee-again": _LATER},
    )


@pytest.fixture(scope="module")
def lists() -> Engine:
    return Engine(Index(load_knowledge(KB_LISTS)))


def test_a_claim_stated_of_another_thing_is_no_yes(lists: Engine) -> None:
    # "Norvik Shipping, the largest ferry operator in Norland, is …": not the Fund.
    reply = ask(lists, "Is the Harbour Skills Fund the largest ferry operator in Norland?")
    # Only one thing can be "the largest": a sentence saying it of another is a no.
    assert "**no:**" in reply.reply.casefold(), reply.reply
    assert "Norvik Shipping" in reply.reply, reply.reply


def test_a_claim_stated_of_the_thing_asked_is_still_a_yes(lists: Engine) -> None:
    reply = ask(lists, "Is Norvik Shipping the largest ferry operator in Norland?")
    assert "**yes" in reply.reply.casefold(), reply.reply


def test_an_event_named_with_its_time_is_the_one_of_that_time(meetings: Engine) -> None:
    # Two meetings of the same two; "in March 2021" is the first, when she was Director
    # (the title ended in 2022, before the second).
    reply = ask(
        meetings, "Was Ana Ruiz director of the water fund when she met Bo Lee in March 2021?"
    )
    assert "**yes" in reply.reply.casefold(), reply.reply


def test_the_first_meeting_is_the_oldest_not_the_one_recalling_it(meetings: Engine) -> None:
    # The 2023 sentence says "first met … in March 2021" and matches "first" best; the
    # first meeting is still the one of March 3, 2021.
    reply = ask(
        meetings,
        "how many years between the first Ruiz / Lee meeting in Lima and the pumps' opening?",
    )
    assert "2021-03-03" in reply.reply, reply.reply
