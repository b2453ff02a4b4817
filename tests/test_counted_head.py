"""A count of people at a place is no count of the places: "340 museum staff so far" does
not answer "how many museums?" (a newcomer got 340, and "more than 900", for the museums of
a digitisation programme).
"""

from __future__ import annotations

from pathlib import Path

from bot.engine.answer import Status
from tests.tmpkb import engine_of

RELEASES = {
    "r1": (
        "source: {id: r1, title: Clinics join, publisher: Wire, date: 2021-05-01,"
        " dateline: {city: Velmar, country: Orrin}, text: ../sources/r1.txt}\n"
        "entities:\n"
        "  - {id: net, name: Orrin Clinic Network, kind: initiative, summary: A network.}\n"
        "facts:\n"
        "  - {id: f1, about: [net], text: 'The Orrin Clinic Network has trained 120 clinic"
        " nurses so far and now links 14 clinics.'}\n"
    ),
    "r2": (
        "source: {id: r2, title: Network grows, publisher: Wire, date: 2023-05-01,"
        " dateline: {city: Velmar, country: Orrin}, text: ../sources/r2.txt}\n"
        "facts:\n"
        "  - {id: f2, about: [net], text: 'The Orrin Clinic Network has trained 410 clinic"
        " nurses.'}\n"
        "  - {id: f3, about: [net], text: 'The Orrin Clinic Network now links 31 clinics.'}\n"
    ),
}


def test_people_counted_at_places_are_not_the_places(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, RELEASES)
    answer = engine.handle("how many clinics are in the Orrin Clinic Network?")
    assert answer.status is Status.ANSWERED
    lead = answer.text.splitlines()[0]
    assert "31" in lead and "410" not in lead and "120" not in lead, answer.text
    nurses = engine.handle("how many clinic nurses has the network trained?")
    assert "410" in nurses.text.splitlines()[0], nurses.text
