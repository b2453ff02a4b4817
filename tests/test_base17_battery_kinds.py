"""Kinds that blind base 17 (tests/fixtures/kb_battery) found misread (issue 12), each
asked here in other words on an invented courier network of three releases: a rate
named by its noun ("the parcel delivery rate") whose sentences give a verb and a
percentage ("delivered 88 per cent of its parcels"), newest first, at a year, and over
the years; a title's holder at an event when the releases date only the predecessor's
end and say who succeeded them; a whole timeline asked as a free question; which
release says something, with its wire; whether a thing opened on schedule (a date it
was due against the date it opened); when the partners last met in a place where only
signing ceremonies were held; and a full membership asked of an observer; the source of a goal figure; and the sum of
the things a plural noun names ("the Port Trust's grants").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.asking import answered, ask
from tests.tmpkb import engine_of, source_line

_R1 = (
    source_line(
        "2019-03-04-courier-network-signed",
        "Five firms sign up to the Tarrow Courier Network",
        "2019-03-04",
        publisher="Shore Wire",
    )
    + """\
entities:
  - id: network
    name: Tarrow Courier Network
    kind: organization
    summary: The Tarrow Courier Network, a partnership of five parcel firms around Tarrow.
    aliases: [the network]
  - id: depot
    name: Kelso Depot
    kind: initiative
    summary: The Kelso Depot, the network's shared parcel depot.
  - id: kelso
    name: Kelso
    kind: place
    summary: Kelso, a town in the Scottish Borders.
  - id: signing-2019
    name: 2019 Kelso signing
    kind: event
    summary: The signing of the network's charter in Kelso on March 3, 2019.
  - id: port-trust
    name: Tarrow Port Trust
    kind: organization
    summary: The Tarrow Port Trust, which runs the harbour of Tarrow.
  - id: grant-2019
    name: GBP 2 million depot grant
    kind: agreement
    summary: The GBP 2 million grant of the Tarrow Port Trust for the Kelso Depot.
  - id: ailsa-muir
    name: Ailsa MUIR
    kind: person
    summary: Ailsa MUIR, Head of the Kelso Depot.
    aliases: [Ailsa Muir]
roles:
  - entity: ailsa-muir
    title: Head
    organization: depot
facts:
  - id: signed
    about: [signing-2019, network]
    date: 2019-03-03
    place: kelso
    text: The five partners signed the charter of the Tarrow Courier Network in Kelso on March 3, 2019.
  - id: grant-2019-given
    about: [port-trust, grant-2019, depot]
    text: The Tarrow Port Trust will give GBP 2 million towards the Kelso Depot.
  - id: depot-due
    about: [depot, network]
    text: The Kelso Depot is due to open in 2020.
  - id: delivered-2018
    about: [network]
    date: 2018
    text: In 2018 the network's partners delivered 74 per cent of their parcels within a day.
"""
)

_R2 = (
    source_line(
        "2021-05-10-kelso-depot-opens",
        "Kelso Depot opens",
        "2021-05-10",
        publisher="Borders Newsline",
    )
    + """\
roles:
  - entity: ailsa-muir
    title: Head
    organization: depot
facts:
  - id: depot-opened
    about: [depot, kelso]
    date: 2021-05-07
    place: kelso
    text: The Kelso Depot opened on May 7, 2021.
  - id: delivered-2020
    about: [network]
    date: 2020
    text: In 2020 the network's partners delivered 81 per cent of their parcels within a day.
"""
)

_R3 = (
    source_line(
        "2024-02-20-charter-renewed-kelso",
        "Courier Network renews its charter in Kelso",
        "2024-02-20",
        publisher="Shore Wire",
    )
    + """\
entities:
  - id: signing-2024
    name: 2024 Kelso signing
    kind: event
    summary: The signing of the renewed charter in Kelso on February 19, 2024.
  - id: cold-store
    name: Kelso Cold Store
    kind: initiative
    summary: The Kelso Cold Store, a refrigerated hall beside the depot.
  - id: rory-baird
    name: Rory BAIRD
    kind: person
    summary: Rory BAIRD, Head of the Kelso Depot.
    aliases: [Rory Baird]
  - id: grant-2024
    name: GBP 3.5 million cold store grant
    kind: agreement
    summary: The GBP 3.5 million grant of the Tarrow Port Trust for the Kelso Cold Store.
roles:
  - entity: ailsa-muir
    title: Head
    organization: depot
    ended: 2022-08-31
  - entity: rory-baird
    title: Head
    organization: depot
facts:
  - id: renewed
    about: [signing-2024, network]
    date: 2024-02-19
    place: kelso
    text: The partners of the Tarrow Courier Network signed a renewed charter in Kelso on February 19, 2024.
  - id: grant-left
    about: [ailsa-muir, depot, rory-baird]
    text: >-
      Ailsa MUIR ran the Kelso Depot until August 31, 2022; Rory BAIRD succeeded her.
  - id: cold-store-opened
    about: [cold-store, depot]
    date: 2023-06
    text: The Kelso Cold Store opened in June 2023.
  - id: delivered-2023
    about: [network]
    date: 2023
    text: In 2023 the network's partners delivered 90 per cent of their parcels within a day.
  - id: grant-2024-given
    about: [port-trust, grant-2024, cold-store]
    text: The Tarrow Port Trust gives a further GBP 3.5 million for the Kelso Cold Store.
  - id: port-trust-joins
    about: [port-trust, network]
    date: 2024-02-19
    text: The Tarrow Port Trust joined the Tarrow Courier Network as an observer.
"""
)


@pytest.fixture(scope="module")
def couriers(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("couriers")
    return engine_of(
        root,
        {
            "2019-03-04-courier-network-signed": _R1,
            "2021-05-10-kelso-depot-opens": _R2,
            "2024-02-20-charter-renewed-kelso": _R3,
        },
    )


def test_rate_named_by_its_noun_newest_first(couriers: Engine) -> None:
    reply = answered(couriers, "what is the current parcel delivery rate?", "90")
    assert reply.index("90") < reply.index("81")


def test_rate_at_a_year(couriers: Engine) -> None:
    reply = answered(couriers, "what was the parcel delivery rate in 2020?", "81")
    assert "90" not in reply


def test_rate_over_the_years(couriers: Engine) -> None:
    answered(couriers, "how has the parcel delivery rate evolved over time?", "90", "81", "74")


def test_holder_at_event_from_a_stated_succession(couriers: Engine) -> None:
    reply = answered(
        couriers, "who was head of the Kelso Depot when the Kelso Cold Store opened?", "Baird"
    )
    assert "muir" in reply.casefold()  # whom they succeeded, and when that title ended


def test_no_holder_guessed_before_the_succession(couriers: Engine) -> None:
    # On May 7, 2021 Ailsa Muir held it (stated 2019 to 2022): never her successor.
    reply = ask(couriers, "who was head of the Kelso Depot when the Kelso Depot opened?").reply
    assert "Rory" not in reply.split("\n")[0]


def test_timeline_as_a_free_question(couriers: Engine) -> None:
    reply = answered(couriers, "show me the chronology of the Kelso Depot", "2019", "2021")
    assert "2023" in reply


def test_which_release_names_its_wire(couriers: Engine) -> None:
    reply = answered(couriers, "which release says the Kelso Depot opened?", "2021")
    # The statement's own line names its wire, not only the footer.
    assert any("Borders Newsline" in line for line in reply.splitlines() if "opened on" in line)


def test_opened_later_than_it_was_due(couriers: Engine) -> None:
    reply = answered(couriers, "did the Kelso Depot open on time?", "2021", "2020")
    assert "not by 2020" in reply.casefold()


def test_last_meeting_at_a_place(couriers: Engine) -> None:
    reply = answered(couriers, "when was the last time the partners met in Kelso?", "2024")
    assert reply.index("2024") < reply.index("2019")


@pytest.mark.parametrize(
    "message",
    [
        "Is the Tarrow Port Trust a full partner in the courier network?",
        "is the Tarrow Port Trust a member of the courier network?",
    ],
)
def test_observer_is_no_full_member(couriers: Engine, message: str) -> None:
    asked = ask(couriers, message)
    assert asked.status is Status.ANSWERED, asked.reply
    assert "observer" in asked.reply
    # The verdict (the line after the echoed question) is a No, naming the status.
    verdict = asked.reply.splitlines()[1].casefold()
    assert verdict.startswith(("**no", "**only as an observer")), asked.reply


def test_source_of_a_goal_figure(tmp_path: Path) -> None:
    releases = {
        "2020-01-10-goal-set": source_line(
            "2020-01-10-goal-set", "Network sets a goal", "2020-01-10", publisher="Shore Wire"
        )
        + """\
entities:
  - id: network
    name: Tarrow Courier Network
    kind: organization
    summary: The Tarrow Courier Network, a partnership of parcel firms.
facts:
  - id: goal
    about: [network]
    text: The Tarrow Courier Network aims to deliver 2,000,000 parcels a year by 2025.
""",
        "2023-01-10-goal-kept": source_line(
            "2023-01-10-goal-kept", "Network keeps its goal", "2023-01-10", publisher="Kelso Wire"
        )
        + """\
facts:
  - id: kept
    about: [network]
    text: The Tarrow Courier Network keeps its aim of 2,000,000 parcels a year by 2025.
""",
    }
    reply = answered(
        engine_of(tmp_path, releases),
        "where does the 2,000,000-parcel target come from?",
        "Shore Wire",
    )
    assert reply.index("2020-01-10") < reply.index("2023-01-10")


def test_sum_of_the_things_a_plural_noun_names(couriers: Engine) -> None:
    answered(couriers, "what do the Port Trust's grants add up to altogether?", "GBP 5.5 million")
    # A count that the things found do not have is no sum of them.
    reply = ask(couriers, "what do the Port Trust's three grants add up to?").reply
    assert "5.5" not in reply
