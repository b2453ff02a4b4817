"""When something was founded: a sentence in which it launched something else never
dates it, and a summary's "founded in 1887" (any century) does. A newcomer got a
programme's launch day for "when was the National Library … founded?" and "don't know"
for a university "founded in 1889".
"""

from __future__ import annotations

from pathlib import Path

from bot.engine.answer import Status
from tests.tmpkb import engine_of

LAUNCH = (
    "source: {id: r1, title: Reading programme launched, publisher: Wire, date: 2021-03-15,"
    " dateline: {city: Velmar, country: Orrin}, text: ../sources/r1.txt}\n"
    "entities:\n"
    "  - {id: lib, name: Velmar City Library, kind: organization, summary: A library.}\n"
    "  - {id: prog, name: Velmar Reading Programme, kind: initiative, summary: A programme.}\n"
    "facts:\n"
    "  - {id: f1, about: [lib, prog], date: 2021-03-15, text: 'The Velmar City Library and"
    " two schools today launched the Velmar Reading Programme.'}\n"
)
RESTATED = (
    "source: {id: r2, title: Library update, publisher: Gazette, date: 2024-02-01,"
    " dateline: {city: Velmar, country: Orrin}, text: ../sources/r2.txt}\n"
    "summaries:\n"
    "  - {entity: lib, text: 'The Velmar City Library, founded in 1887, is the oldest public"
    " library of Orrin.'}\n"
)


def test_launching_something_else_never_dates_the_founder(tmp_path: Path) -> None:
    engine = engine_of(tmp_path / "one", {"r1": LAUNCH})
    answer = engine.handle("when was the Velmar City Library founded?")
    assert "2021" not in answer.text.splitlines()[0], answer.text
    launched = engine.handle("when was the Velmar Reading Programme launched?")
    assert launched.status is Status.ANSWERED and "2021" in launched.text.splitlines()[0]


def test_a_founding_year_of_any_century_in_a_restated_summary(tmp_path: Path) -> None:
    engine = engine_of(tmp_path / "two", {"r1": LAUNCH, "r2": RESTATED})
    answer = engine.handle("when was the Velmar City Library founded?")
    assert answer.text.startswith("**In 1887**"), answer.text
    assert [c.source_id for c in answer.citations] == ["r2"]


PROFILE = (
    "source: {id: r3, title: Foundation renews grant, publisher: Foundation, date: 2021-07-06,"
    " dateline: {city: Velmar, country: Orrin}, text: ../sources/r3.txt}\n"
    "entities:\n"
    "  - {id: fdn, name: Orrin Library Foundation, kind: organization, summary: A funder.}\n"
    "facts:\n"
    "  - {id: f3, about: [fdn], date: '1994', text: 'The Orrin Library Foundation is an"
    " independent foundation established in Velmar in 1994 by the Orrin family.'}\n"
)


def test_a_participle_on_the_subjects_own_noun_dates_it(tmp_path: Path) -> None:
    # "… is an independent foundation established in Velmar in 1994": no object follows
    # the verb, so the Foundation itself was established (not something it set up).
    engine = engine_of(tmp_path / "three", {"r3": PROFILE})
    answer = engine.handle("when was the Orrin Library Foundation founded?")
    assert answer.text.startswith("**In 1994**"), answer.text


FOUNDERS = (
    "source: {id: r4, title: Alliance founded, publisher: Wire, date: 2017-03-14,"
    " dateline: {city: Velmar, country: Orrin}, text: ../sources/r4.txt}\n"
    "entities:\n"
    "  - {id: alliance, name: Velmar Cold Alliance, kind: organization, summary: An alliance.}\n"
    "  - {id: carrier, name: Marula Carriers, kind: organization, summary: A carrier.}\n"
    "facts:\n"
    "  - {id: f4, about: [alliance, carrier], date: 2017-03-13, text: 'The Velmar Cold"
    " Alliance was founded by two partners: the Velmar Health Office and Marula Carriers.'}\n"
)


def test_a_founder_is_never_dated_by_what_it_founded(tmp_path: Path) -> None:
    # "Y was founded by A and X" dates Y; "when was X founded?" once got Y's day.
    engine = engine_of(tmp_path / "four", {"r4": FOUNDERS})
    answer = engine.handle("when was Marula Carriers founded?")
    assert "2017" not in answer.text.splitlines()[0], answer.text
    assert answer.status is not Status.ANSWERED, answer.text
    founded = engine.handle("when was the Velmar Cold Alliance founded?")
    assert founded.status is Status.ANSWERED and "2017" in founded.text.splitlines()[0]
