"""Typed values (session 17): a question asking for a value of one type (money, a count
of a noun, a measure, a duration) answered by the statement that carries a value of that
type, whatever either's wording, when no executor answers; and not_found kept where no
statement carries one (a fee no release states in money, the price of one unit, a sum a
partner named after the funding gave, a count of what was closed, a count for one
place of several).

Asked on an invented base (a city's bike-repair programme), in wordings of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.typed_values import AskedValue, ValueKind, asked_value, fits, values_in
from tests.asking import answered, ask
from tests.tmpkb import engine_of, source_line

_R1 = (
    source_line("2019-05-02-spokes-launch", "Harlow Cycle Guild launches Spokes", "2019-05-02")
    + """\
entities:
  - {id: guild, name: Harlow Cycle Guild, kind: organization, aliases: [the guild], summary: A riders' association in Harlow.}
  - {id: spokes, name: Spokes, kind: initiative, aliases: [the Spokes programme], summary: Harlow's community bike-repair programme.}
  - {id: orchard, name: Orchard Mobility Fund, kind: organization, aliases: [Orchard, the fund], summary: A transport charity.}
  - {id: velder, name: Velder Tools, kind: organization, aliases: [Velder], summary: A maker of workshop tools.}
  - {id: marsh-reserve, name: Fenwick Marsh Reserve, kind: place, aliases: [the marsh reserve], summary: A wetland reserve beside the Spokes cycle route.}
  - {id: loan-2021, name: Orchard bridge loan to Spokes, kind: agreement, aliases: [the bridge loan], summary: "Orchard Mobility Fund's bridge loan of EUR 750,000 to Spokes, from 2021 to 2023."}
facts:
  - id: spokes-launched
    about: [spokes, guild]
    date: 2019-05-02
    text: Harlow Cycle Guild launched Spokes, a programme of free repair benches in public squares, on May 2, 2019.
  - id: guild-riders-2019
    about: [guild]
    text: Harlow Cycle Guild represents 3,200 riders in Harlow.
  - id: benches-2019
    about: [spokes]
    text: Spokes runs 6 repair benches.
  - id: return-rule
    about: [spokes]
    text: Under Spokes, riders return a loaned bike within 3 weeks of borrowing it.
  - id: fees-set
    about: [spokes, guild]
    text: The squares that host Spokes benches set the fees riders pay for spare parts.
"""
)

_R2 = (
    source_line("2021-03-09-orchard-velder", "Orchard and Velder back Spokes", "2021-03-09")
    + """\
facts:
  - id: velder-supply
    about: [velder, spokes]
    text: Velder Tools will supply workshop tools worth EUR 90,000 to Spokes over two years.
  - id: orchard-loan
    about: [orchard, spokes, loan-2021]
    text: Orchard Mobility Fund has lent Spokes EUR 750,000 for 2021 to 2023.
  - id: riders-since
    about: [spokes]
    text: 4,100 riders have had a bike fixed at a Spokes bench since the first benches opened in 2019.
  - id: benches-2021
    about: [spokes]
    text: Spokes now runs 11 repair benches.
  - id: reserve-size
    about: [marsh-reserve]
    text: The Fenwick Marsh Reserve was extended from 12 to 18 hectares in March 2021.
"""
)

_R3 = (
    source_line("2023-06-14-spokes-phase-two", "Spokes enters a second phase", "2023-06-14")
    + """\
entities:
  - {id: ferry-coop, name: Ferryside Riders Cooperative, kind: organization, aliases: [Ferryside], summary: A cooperative of delivery riders.}
  - {id: phase-two, name: Spokes second phase, kind: initiative, aliases: [the second phase], summary: "The second phase of Spokes, from 2023 to 2026."}
facts:
  - id: phase-two-funding
    about: [phase-two, spokes, orchard]
    text: Orchard Mobility Fund has committed EUR 1.4 million to the second phase of Spokes, from 2023 to 2026.
  - id: phase-two-partners
    about: [spokes, guild, ferry-coop]
    text: Harlow Cycle Guild launched the second phase of Spokes with EUR 2 million from 2023 to 2026 and a new partner, the Ferryside Riders Cooperative.
  - id: benches-2023
    about: [spokes]
    text: Spokes now runs 17 repair benches in Harlow, Selby and Tarn.
  - id: bench-grant
    about: [spokes, orchard]
    text: Orchard Mobility Fund's EUR 1.4 million will pay for 12 more repair benches.
"""
)


@pytest.fixture(scope="module")
def spokes(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("spokes")
    return engine_of(
        root,
        {
            "2019-05-02-spokes-launch": _R1,
            "2021-03-09-orchard-velder": _R2,
            "2023-06-14-spokes-phase-two": _R3,
        },
    )


# --- the two halves, read alone ------------------------------------------------------


def test_values_are_typed_by_what_they_state() -> None:
    money = values_in("Velder Tools will supply workshop tools worth EUR 90,000 to Spokes.")
    assert [v.kind for v in money] == [ValueKind.MONEY]
    area = values_in("The reserve was extended from 12 to 18 hectares in March 2021.")
    assert [(v.kind, v.dimension, v.number) for v in area] == [(ValueKind.MEASURE, "area", 18.0)]
    days = values_in("Riders return a loaned bike within 3 weeks of borrowing it.")
    assert [v.kind for v in days] == [ValueKind.DURATION]
    running = values_in("4,100 riders have had a bike fixed since the first benches opened.")
    assert running[0].kind is ValueKind.COUNT and running[0].running
    planned = values_in("The trust will build 12 repair benches.")
    assert planned[0].planned


def test_the_type_asked_is_read_from_the_question() -> None:
    assert asked_value("how much is orchard putting into the second phase".split()) == (
        AskedValue(ValueKind.MONEY)
    )
    assert asked_value("how big is the marsh reserve".split()) == AskedValue(ValueKind.MEASURE)
    count = asked_value("how many repair benches does spokes run".split())
    assert count == AskedValue(ValueKind.COUNT, "bench")
    assert asked_value("who runs spokes".split()) is None
    # "40 lifeboat stations" counts stations, never lifeboats.
    (stations,) = values_in("The service runs 40 lifeboat stations.")
    assert fits(stations, AskedValue(ValueKind.COUNT, "station"))
    assert not fits(stations, AskedValue(ValueKind.COUNT, "lifeboat"))


# --- answered from a statement of the type asked --------------------------------------


def test_money_put_into_a_named_phase(spokes: Engine) -> None:
    answered(spokes, "how much is orchard putting into the second phase?", "EUR 1.4 million")


def test_money_a_named_party_contributes(spokes: Engine) -> None:
    answered(spokes, "what is velder contributing to spokes?", "EUR 90,000")


def test_money_an_agreement_is_worth(spokes: Engine) -> None:
    answered(spokes, "how much is the bridge loan worth", "750,000")


def test_size_of_a_place(spokes: Engine) -> None:
    answered(spokes, "how big is the marsh reserve?", "18 hectares")


def test_duration_counted_in_its_unit(spokes: Engine) -> None:
    answered(spokes, "how many weeks do riders have to return a bike?", "3 weeks")


def test_members_a_body_represents(spokes: Engine) -> None:
    answered(spokes, "how many members does the cycle guild have?", "3,200")


def test_running_total_dated_in_the_year_asked(spokes: Engine) -> None:
    reply = answered(spokes, "how many riders got a bike fixed in 2021?", "4,100")
    assert "running total" in reply


# --- not_found kept where no statement carries the value -------------------------------


@pytest.mark.parametrize(
    "message",
    [
        # Fees are named, but no release states one in money.
        "how much is the fee for spare parts at spokes?",
        # A grant pays for several benches: no price of one.
        "how much does it cost to build one spokes repair bench?",
        # The cooperative is named after the phase's funding: it gave no sum stated.
        "how much has the ferryside riders cooperative contributed to spokes?",
    ],
)
def test_no_value_of_the_type_stays_not_found(spokes: Engine, message: str) -> None:
    assert ask(spokes, message).status is Status.NOT_FOUND
