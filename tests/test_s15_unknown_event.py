"""A "when" question whose event is a participle no release uses ("when is the pilot
being expanded?") is not found (session 15): the dated sentence the rest of its words
find states another event. A participle the releases use still finds its date.
Invented base: a river ferry service and its night-route pilot.
"""

from __future__ import annotations

import json

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.asking import answered, ask
from tests.tmpkb import engine_of, source_line

_ENTITIES = (
    "entities:\n"
    "  - {id: ferries, name: Vellmar Ferries, kind: organization, summary: A river ferry"
    " operator.}\n"
    "  - {id: pilot, name: Night Route pilot, kind: initiative, summary: A night ferry"
    " pilot.}\n"
)


def _facts(*rows: tuple[str, str, str]) -> str:
    return "facts:\n" + "".join(
        f"  - id: {fid}\n    about: [{about}]\n    text: {json.dumps(text)}\n"
        for fid, about, text in rows
    )


_RELEASES = {
    "f2022": source_line("f2022", "Vellmar Ferries starts a night route", "2022-03-08")
    + _ENTITIES
    + _facts(
        (
            "pilot-run",
            "pilot, ferries",
            "From 2022 to 2023, Vellmar Ferries is running the Night Route pilot on two"
            " crossings of the river.",
        ),
        (
            "pilot-launched",
            "pilot, ferries",
            "Vellmar Ferries launched the Night Route pilot on March 8, 2022.",
        ),
    ),
}


@pytest.fixture(scope="module")
def river(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("river"), _RELEASES)


def test_an_event_no_release_names_is_not_dated_by_another(river: Engine) -> None:
    for question in (
        "when are the night route crossings of the river being expanded?",
        "when are vellmar ferries' river crossings being doubled?",
    ):
        found = ask(river, question)
        assert found.status is Status.NOT_FOUND, found.reply
        assert "2022 to 2023" not in found.reply.splitlines()[1]


def test_an_event_a_release_names_is_dated(river: Engine) -> None:
    assert "2022" in answered(river, "when was the night route pilot launched?")
