"""A plan in reported speech ("X said the cooperative would open a mill in 2022") is a
plan, not the event (session 15): "when did the mill open?" is not found, with the plan
shown; "when was the mill supposed / due to open?" asks the plan and is answered by it,
although no release uses "supposed" or "due". Invented base: a coffee cooperative and
its drying mill.
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
    "  - {id: tolima, name: Tolima Growers Cooperative, kind: organization, summary: A coffee"
    " growers' cooperative.}\n"
    "  - {id: mill, name: Ibague drying mill, kind: place, summary: A coffee drying mill.}\n"
    "  - {id: ana, name: Ana Restrepo, kind: person, summary: Manager of the cooperative.}\n"
    "  - {id: kiln, name: Honda roasting kiln, kind: place, summary: A roasting kiln.}\n"
)


def _facts(*rows: tuple[str, str, str]) -> str:
    return "facts:\n" + "".join(
        f"  - id: {fid}\n    about: [{about}]\n    text: {json.dumps(text)}\n"
        for fid, about, text in rows
    )


_RELEASES = {
    "c2021": source_line("c2021", "Cooperative plans a drying mill", "2021-05-10")
    + _ENTITIES
    + _facts(
        (
            "mill-plan",
            "mill, tolima, ana",
            "Ana Restrepo, manager of the Tolima Growers Cooperative, said the cooperative"
            " would open a drying mill in Ibague in the second half of 2022.",
        ),
        (
            "kiln-built",
            "kiln, tolima",
            "The Tolima Growers Cooperative said it opened the Honda roasting kiln in"
            " March 2021, and that it would double its output.",
        ),
    ),
}


@pytest.fixture(scope="module")
def coffee(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("coffee"), _RELEASES)


def test_a_reported_plan_is_not_the_event(coffee: Engine) -> None:
    for question in (
        "when did the ibague drying mill open?",
        "when did the ibague drying mill actually open?",
    ):
        found = ask(coffee, question)
        assert found.status is Status.NOT_FOUND, found.reply
        assert "only state the plan" in found.reply and "second half of 2022" in found.reply


def test_the_plan_asked_in_words_no_release_uses_is_answered(coffee: Engine) -> None:
    for question in (
        "when was the ibague drying mill supposed to open?",
        "when was the ibague drying mill due to open?",
    ):
        assert "2022" in answered(coffee, question)


def test_a_done_event_beside_a_reported_aim_is_still_dated(coffee: Engine) -> None:
    # "Would double its output" plans the output, not the opening the sentence reports.
    assert "2021" in answered(coffee, "when did the honda roasting kiln open?")
