"""Review fixes of session 16 (questions), on invented bases.

- Titles as of the day asked (``qa/held_on.py``): a start known only to the year, in the
  year a predecessor's month-written end falls, comes after that end; a title stated only
  by releases dated after the day asked is not current then.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.render.text import render_text
from tests.tmpkb import engine_of, source_line


def _ask(engine: Engine, message: str, today: dt.date | None = None) -> tuple[Status, str]:
    answer = engine.handle(message, today)
    if answer.status is Status.ANSWERED:
        assert answer.citations, message
    return answer.status, render_text(answer)


_FERRY_OPENING = (
    source_line("2019-04-08-kestrel", "Kestrel Ferry Cooperative opens its new pier", "2019-04-08")
    + """\
entities:
  - id: kestrel
    name: Kestrel Ferry Cooperative
    kind: organization
    summary: A cooperative that runs passenger ferries across the Marrow Firth.
  - id: brodie
    name: Fenella Brodie
    kind: person
    summary: Harbour Master of the Kestrel Ferry Cooperative.
roles:
  - {entity: brodie, title: Harbour Master, organization: kestrel}
facts:
  - id: pier-opens
    about: [kestrel]
    text: The Kestrel Ferry Cooperative opened a new pier at Skelly Point.
"""
)

_FERRY_LATER = (
    source_line(
        "2026-01-20-kestrel", "Kestrel Ferry Cooperative adds a night crossing", "2026-01-20"
    )
    + """\
entities:
  - id: okafor
    name: Tunde Okafor
    kind: person
    summary: Harbour Master of the Kestrel Ferry Cooperative since 2025, after Fenella Brodie.
roles:
  - {entity: brodie, title: Harbour Master, organization: kestrel, ended: '2025-09'}
  - {entity: brodie, title: Honorary Warden, organization: kestrel}
  - {entity: okafor, title: Harbour Master, organization: kestrel}
facts:
  - id: okafor-since
    about: [okafor, kestrel]
    text: Tunde Okafor has been Harbour Master of the Kestrel Ferry Cooperative since 2025.
  - id: night-crossing
    about: [kestrel]
    text: The Kestrel Ferry Cooperative added a night crossing to Skelly Point.
"""
)

_SPRING = dt.date(2025, 4, 1)


@pytest.fixture(scope="module")
def ferry(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("ferry")
    return engine_of(
        root, {"2019-04-08-kestrel": _FERRY_OPENING, "2026-01-20-kestrel": _FERRY_LATER}
    )


def test_year_only_start_comes_after_the_predecessors_month_end(ferry: Engine) -> None:
    message = "who is the harbour master of the Kestrel Ferry Cooperative now?"
    status, reply = _ask(ferry, message, _SPRING)
    assert status is Status.ANSWERED, reply
    head = reply.splitlines()[1]
    assert "Fenella Brodie" in head and "Tunde Okafor" not in head, reply
    _, reply = _ask(ferry, "is Tunde Okafor the harbour master yet?", _SPRING)
    assert not reply.splitlines()[1].startswith("**Yes"), reply
    _, reply = _ask(ferry, message, dt.date(2025, 11, 1))
    assert "Tunde Okafor" in reply.splitlines()[1], reply


def test_title_stated_only_later_is_not_now(ferry: Engine) -> None:
    _, reply = _ask(
        ferry, "who is the harbour master of the Kestrel Ferry Cooperative now?", _SPRING
    )
    assert "Honorary Warden" not in reply, reply
    assert "since 2025" not in reply, reply


# A price asked of a thing the releases call free (``free_prices.py``).
_MUSEUM = (
    source_line("2024-05-02-lantern", "Lantern Museums launch a shuttle and a pass", "2024-05-02")
    + """\
entities:
  - id: lantern-pass
    name: Lantern Pass
    kind: initiative
    summary: A yearly card for the Lantern Museums.
  - id: quay-shuttle
    name: Quay Shuttle
    kind: initiative
    summary: A shuttle bus between the Lantern Museums and the harbour.
facts:
  - id: pass-galleries
    about: [lantern-pass]
    text: The Lantern Pass leaves visitors free to enter any gallery of the Lantern Museums.
  - id: shuttle-free
    about: [quay-shuttle]
    text: The Quay Shuttle is a free bus that links the Lantern Museums with the harbour.
"""
)


@pytest.fixture(scope="module")
def museum(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("museum"), {"2024-05-02-lantern": _MUSEUM})


def test_free_to_do_something_is_no_price(museum: Engine) -> None:
    status, reply = _ask(museum, "how much does a Lantern Pass cost?")
    assert status is not Status.ANSWERED or "**Free**" not in reply, reply


def test_a_thing_called_free_is_free_however_its_cost_is_asked(museum: Engine) -> None:
    for message in (
        "how much does a Quay Shuttle ride cost?",
        "how much does the Quay Shuttle cost?",
    ):
        status, reply = _ask(museum, message)
        assert status is Status.ANSWERED and "**Free**" in reply, reply


# "How long was the first phase of X?" (``arithmetic._first_phase_span``).
_WETLAND_START = (
    source_line("2020-02-11-reedbank", "Reedbank wetland restoration begins", "2020-02-11")
    + """\
entities:
  - id: reedbank
    name: Reedbank Restoration
    kind: initiative
    summary: A programme restoring the Reedbank wetland.
  - id: saltings
    name: Saltings Scheme
    kind: initiative
    summary: A scheme that replants salt-marsh grasses.
  - id: heronry
    name: Heronry Fund
    kind: organization
    summary: A fund for wetland birds.
facts:
  - id: reedbank-length
    about: [reedbank]
    text: Reedbank Restoration is an eighteen-month programme to replant the wetland's reed beds.
  - id: saltings-grant
    about: [heronry, saltings]
    text: The Heronry Fund granted the Saltings Scheme money for 2020 to 2023.
"""
)

_WETLAND_LATER = (
    source_line("2022-03-09-reedbank", "Reedbank Restoration enters a new phase", "2022-03-09")
    + """\
facts:
  - id: reedbank-second
    about: [reedbank]
    text: Reedbank Restoration began its second phase, on the northern channels.
"""
)


@pytest.fixture(scope="module")
def wetland(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(
        tmp_path_factory.mktemp("wetland"),
        {"2020-02-11-reedbank": _WETLAND_START, "2022-03-09-reedbank": _WETLAND_LATER},
    )


def test_first_phase_length_keeps_its_unit(wetland: Engine) -> None:
    status, reply = _ask(wetland, "how long was the first phase of Reedbank Restoration?")
    assert status is Status.ANSWERED and "**Eighteen months**" in reply, reply


def test_no_phase_named_is_not_found(wetland: Engine) -> None:
    status, reply = _ask(wetland, "how long was the first phase of the Saltings Scheme?")
    assert status is Status.NOT_FOUND, reply


# Sums in a dollar written with its country's letters ("NZ$", "A$") are money: counted
# as gifts and dated as the first one (``figures.MONEY_SYMBOL``).
_TRUST_FIRST = (
    source_line("2017-09-04-tui", "Tui Trust backs the Kowhai Reading Circle", "2017-09-04")
    + """\
entities:
  - id: tui
    name: Tui Trust
    kind: organization
    summary: A charitable trust for children's literacy.
  - id: kowhai
    name: Kowhai Reading Circle
    kind: organization
    summary: A network of volunteer reading clubs.
facts:
  - id: tui-first
    about: [tui, kowhai]
    date: 2017-09-04
    text: The Tui Trust has committed NZ$1.2 million over three years to the Kowhai Reading Circle.
"""
)

_TRUST_AGAIN = (
    source_line("2020-10-12-tui", "Tui Trust renews its reading grant", "2020-10-12")
    + """\
facts:
  - id: tui-again
    about: [tui, kowhai]
    date: 2020-10-12
    text: The Tui Trust committed a further NZ$800,000 to the Kowhai Reading Circle for its clubs.
"""
)


@pytest.fixture(scope="module")
def trust(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(
        tmp_path_factory.mktemp("trust"),
        {"2017-09-04-tui": _TRUST_FIRST, "2020-10-12-tui": _TRUST_AGAIN},
    )


def test_gifts_in_a_lettered_dollar_are_counted(trust: Engine) -> None:
    status, reply = _ask(trust, "how many grants has the Tui Trust given?")
    assert status is Status.ANSWERED and "**Two grants**" in reply, reply


def test_first_gift_in_a_lettered_dollar_dates_the_start(trust: Engine) -> None:
    status, reply = _ask(trust, "when did the Tui Trust start funding the Kowhai Reading Circle?")
    assert status is Status.ANSWERED and "2017" in reply.splitlines()[1], reply


# "What did the 2023 release say about X?" (``release_on_day.release_topic_in_year``):
# the year's statements holding the topic come from the term index, never from reading
# every statement of the year per question.
_FILLER = "\n".join(
    f"""  - id: orchard-row-{n}
    about: [orchard]
    text: The Quince Hill Orchard replanted row {n} with heritage pear trees."""
    for n in range(1, 41)
)
_ORCHARD = (
    source_line("2023-08-21-quince", "Quince Hill Orchard reports its harvest", "2023-08-21")
    + """\
entities:
  - id: orchard
    name: Quince Hill Orchard
    kind: organization
    summary: A community orchard.
facts:
"""
    + _FILLER
    + """
  - id: orchard-beekeepers
    about: [orchard]
    text: Twelve beekeepers now keep hives among the Quince Hill Orchard's pear trees.
"""
)


@pytest.fixture(scope="module")
def orchard(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("orchard"), {"2023-08-21-quince": _ORCHARD})


def test_release_topic_reads_only_the_statements_holding_it(
    orchard: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.engine.qa.executors import release_on_day

    read: list[str] = []
    holds = release_on_day._holds

    def counting(text: str, wanted: list[frozenset[str]]) -> bool:
        read.append(text)
        return holds(text, wanted)

    monkeypatch.setattr(release_on_day, "_holds", counting)
    status, reply = _ask(orchard, "what did the 2023 release say about beekeepers?")
    assert status is Status.ANSWERED and "Twelve beekeepers" in reply, reply
    assert "row 7" not in reply, reply
    assert len(read) <= 2, len(read)
