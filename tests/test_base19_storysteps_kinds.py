"""Kinds that sealed base 19 (``tests/fixtures/kb_storysteps``, an early-literacy library
network) found misread (issues 12 and 10), asked here in other words on invented
releases of their own: a newer goal that a later release sets with a colon and without
the programme's name beside its figure ("the partners have agreed a fresh goal: 30,000
readers") is the goal now, not the older one the name's own sentences restate.
"""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered
from tests.kbpaths import KB_HYHAUL
from tests.tmpkb import engine_of, source_line

_PALS = """\
entities:
  - id: pals
    name: Page Pals
    kind: initiative
    summary: Page Pals, a reading-buddy scheme run by the libraries of the Tarrow valley.
"""


def _fact(fact_id: str, date: str, text: str) -> str:
    return f"  - id: {fact_id}\n    about: [pals]\n    date: {date}\n    text: >-\n      {text}\n"


def _release(date: str, *facts: str) -> str:
    head = source_line(f"{date}-pals", "Page Pals news", date) + (_PALS if date < "2019" else "")
    return head + "facts:\n" + "".join(facts)


@pytest.fixture(scope="module")
def pals(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    restated = "The Page Pals goal remains 20,000 readers signed up by the end of {}."
    releases = {
        "2018-03-01-pals": _release(
            "2018-03-01", _fact("goal-1", "2018-03-01", restated.format(2021))
        ),
        "2020-03-01-pals": _release(
            "2020-03-01", _fact("goal-2", "2020-03-01", restated.format(2023))
        ),
        "2024-03-01-pals": _release(
            "2024-03-01",
            _fact("readers", "2024-03-01", "Page Pals has signed up 21,400 readers since 2018."),
            _fact(
                "goal-3",
                "2024-03-01",
                "The valley's libraries have agreed a fresh goal: 30,000 readers signed up by"
                " the end of 2027.",
            ),
        ),
    }
    return engine_of(tmp_path_factory.mktemp("pals"), releases)


def test_a_newer_goal_after_a_colon_is_the_goal_now(pals: Engine) -> None:
    # The 2024 goal names neither "Page Pals" nor "goal" beside its figure: the colon
    # carries "agreed a fresh goal" to the 30,000.
    reply = answered(pals, "what's the goal for Page Pals at present?", "30,000")
    assert reply.split("\n")[1].find("30,000") < reply.find("20,000"), reply


@pytest.fixture(scope="module")
def hyhaul() -> Engine:
    return Engine(Index(load_knowledge(KB_HYHAUL)))


def test_an_employer_is_named_when_its_acronym_is_shared(hyhaul: Engine) -> None:
    # "HTL" is both the Hydrogen Traction Laboratory and Harwick Terminal Logistics: the
    # acronym alone would not say which one Henrik Voss directed.
    reply = answered(hyhaul, "which organisation was Henrik Voss at in 2020?")
    assert "Hydrogen Traction Laboratory" in reply.split("\n\n")[0], reply


_TRUST = """\
entities:
  - id: trust
    name: Kelso Harbour Trust
    kind: organization
    summary: The Kelso Harbour Trust, a charity that runs the harbour at Kelso.
    aliases: [the Harbour Trust]
  - id: dana
    name: Dana REYES
    kind: person
    summary: Dana REYES, Chief Executive of the Kelso Harbour Trust.
roles:
  - {entity: dana, title: Chief Executive, organization: trust}
facts:
  - id: dana-appointed
    about: [dana, trust]
    date: 2024-02
    text: >-
      Dana REYES, who joined the Kelso Harbour Trust in 2019 as its Harbour Master, was made
      its Chief Executive in February 2024.
"""


@pytest.fixture(scope="module")
def trust(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    release = source_line("2024-03-05-trust", "A new chief for the Harbour Trust", "2024-03-05")
    return engine_of(tmp_path_factory.mktemp("trust"), {"2024-03-05-trust": release + _TRUST})


def test_a_join_is_dated_by_its_own_date(trust: Engine) -> None:
    # The sentence dates the join (2019) and a later appointment (February 2024): the
    # join is asked.
    reply = answered(trust, "in what year did Dana Reyes join the Harbour Trust?", "2019")
    assert "February 2024" not in reply.split("\n")[1], reply
