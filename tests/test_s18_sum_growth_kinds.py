"""Session 18 (base 32's sealed kinds), asked on an invented base of its own: a lake
ferry service, its funders and its riders' card, in other words than the sealed base.

- a figure reached stated beside its goal is a point of growth ("now has 2,300 riders,
  towards its goal of 4,000");
- every sum a party gives, "will fund Y with …" too, but not a sum given jointly with
  another party nor a "largest so far" read as a running total; a joint sum answers for
  the parties who gave it together;
- the years a dated gift covers ("the 2024 grant"), not a figure of that year;
- what followed someone stepping down is the next holder of their title;
- a public body named by its description ("the county's transport authority");
- a count spelled out above ten ("for fourteen of them");
- a count of people doing something no sentence says ("died") stays not found;
- a yearly spend asked of a body that gives nothing is not another party's sum.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Answer, Status
from bot.engine.engine import Engine
from bot.engine.qa.read import understand
from tests.asking import answered, ask
from tests.tmpkb import engine_of, source_line

_ENTITIES = """\
entities:
  - {id: ferries, name: Lake Orrin Ferries, kind: initiative, aliases: [the ferries], summary: A public ferry service on Lake Orrin.}
  - id: lta
    name: Orrin County Transit Board
    kind: organization
    aliases: [OCTB]
    summary: The Orrin County Transit Board is the transport authority of Orrin County. It was set up in 1988.
  - {id: brinley, name: Brinley Gas, kind: organization, aliases: [Brinley], summary: A gas utility.}
  - {id: hollis, name: Hollis Maritime Fund, kind: organization, aliases: [Hollis], summary: A charitable fund for boats.}
  - {id: ridecard, name: FerryPass, kind: initiative, summary: The ferries' riders' card.}
  - {id: storm, name: March 2022 storm, kind: event, summary: A storm on Lake Orrin in March 2022.}
  - {id: ines, name: Ines Vardy, kind: person, summary: Director of Brinley Gas.}
  - {id: tomas, name: Tomas Reyle, kind: person, summary: Director of Brinley Gas.}
"""

_R1 = (
    source_line("2016-05-02-ferries-launch", "Lake Orrin Ferries launch", "2016-05-02")
    + _ENTITIES
    + """\
roles:
  - {entity: ines, title: Director, organization: brinley}
facts:
  - id: brinley-funds
    about: [brinley, ferries]
    text: Brinley Gas will fund Lake Orrin Ferries with GBP 900,000 over three years, from 2016 to 2018.
  - id: lanterns
    about: [brinley, ferries]
    text: The money pays the ferries' fuel and buys solar lanterns for fourteen of the landing stages.
  - id: pass-600
    about: [ridecard]
    text: FerryPass starts with 600 registered riders.
  - id: lta-set-up
    about: [lta]
    date: 1988
    text: The Orrin County Transit Board was set up in 1988.
"""
)

_R2 = (
    source_line("2019-06-10-ferries-riders", "FerryPass passes two thousand riders", "2019-06-10")
    + """\
facts:
  - id: pass-2300
    about: [ridecard]
    text: FerryPass now has 2,300 registered riders, towards its goal of 4,000 by the end of 2021.
  - id: pass-trips-2018
    about: [ridecard]
    date: 2018
    text: FerryPass riders made 41,000 crossings during 2018.
  - id: brinley-renews
    about: [brinley, ferries]
    text: Brinley Gas renewed its support for Lake Orrin Ferries with GBP 1.4 million over four years, from 2019 to 2022.
"""
)

_R3 = (
    source_line("2022-04-20-storm", "Ferries keep running in the March storm", "2022-04-20")
    + """\
roles:
  - {entity: ines, title: Director, organization: brinley, ended: 2022-03-31}
  - {entity: tomas, title: Director, organization: brinley}
facts:
  - id: storm-trips
    about: [ferries, storm]
    text: Lake Orrin Ferries made 310 extra crossings during the March 2022 storm.
  - id: pass-3900
    about: [ridecard]
    text: FerryPass has 3,900 registered riders.
  - id: pass-trips-2021
    about: [ridecard]
    date: 2021
    text: FerryPass riders made 52,000 crossings during 2021.
  - id: ines-leaves
    about: [ines, brinley]
    date: 2022-03-31
    text: Ines Vardy stepped down as Director of Brinley Gas on March 31, 2022.
"""
)

_R4 = (
    source_line(
        "2024-09-03-ferries-grant", "Brinley commits more money to the ferries", "2024-09-03"
    )
    + """\
facts:
  - id: brinley-2024
    about: [brinley, ferries]
    text: Brinley Gas will fund Lake Orrin Ferries with GBP 2 million over six years, from 2024 to 2029, its biggest grant so far.
  - id: joint-total
    about: [ferries, brinley, hollis]
    text: Brinley Gas and the Hollis Maritime Fund have invested GBP 4.6 million in Lake Orrin Ferries from 2016 to 2024.
"""
)


@pytest.fixture(scope="module")
def ferries(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("ferries")
    return engine_of(
        root,
        {
            "2016-05-02-ferries-launch": _R1,
            "2019-06-10-ferries-riders": _R2,
            "2022-04-20-storm": _R3,
            "2024-09-03-ferries-grant": _R4,
        },
    )


def test_growth_starts_from_the_figure_stated_beside_a_goal(ferries: Engine) -> None:
    # The gain executor itself (``figure_gains.py``): here the series executor answers
    # first, but on a base whose noun it cannot read the gain executor is the answer.
    qa = ferries.questions
    question = "how much did FerryPass registrations grow between 2019 and 2022"
    q = qa.parser.parse(question, understand(question, qa._known_word))
    found = qa.run.figure_gain(q)
    assert isinstance(found, Answer)
    assert "1,600" in found.text
    assert "from 2,300" in found.text


def test_every_sum_a_party_gives_and_none_it_shares(ferries: Engine) -> None:
    reply = answered(
        ferries,
        "how much money has brinley gas given lake orrin ferries over the years?",
        "900,000",
        "1.4 million",
        "2 million",
    )
    assert "4.6" not in reply


def test_a_joint_sum_answers_for_its_givers_together(ferries: Engine) -> None:
    reply = answered(ferries, "how much have brinley and hollis invested in total?", "4.6 million")
    assert "1.4 million" not in reply  # Brinley's own sum is not added to theirs


@pytest.mark.parametrize(
    ("message", "length"),
    [
        ("how many years does brinley's 2024 grant cover?", "six years"),
        ("how many years did brinley's 2019 funding cover?", "four years"),
    ],
)
def test_the_years_of_a_dated_gift(ferries: Engine, message: str, length: str) -> None:
    reply = answered(ferries, message, length)
    assert "2,300" not in reply


def test_what_followed_a_stepping_down_is_the_next_holder(ferries: Engine) -> None:
    answered(ferries, "what happened after ines vardy stepped down?", "Tomas Reyle")


def test_a_public_body_named_by_its_description(ferries: Engine) -> None:
    answered(ferries, "when was the county's transport authority set up?", "1988")


def test_a_count_spelled_out_above_ten(ferries: Engine) -> None:
    answered(ferries, "how many solar lanterns did brinley buy?", "fourteen")


@pytest.mark.parametrize(
    "message",
    [
        # The storm's figures count crossings, not deaths ("died" is no typo of "did").
        "how many people died in the march 2022 storm?",
        # The Board gives the ferries nothing; the joint sum is Brinley's and Hollis's.
        "how much does OCTB spend on lake orrin ferries each year?",
    ],
)
def test_a_near_statement_is_no_answer(ferries: Engine, message: str) -> None:
    assert ask(ferries, message).status is Status.NOT_FOUND
