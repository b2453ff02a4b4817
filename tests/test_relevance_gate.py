"""The relevance gate (bot/engine/qa/gate.py): a reply that does not state what the
question asks becomes not_found, on a small invented base (an orchard co-operative,
two releases) in wording of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.render.text import render_text
from tests.tmpkb import engine_of, source_line

_LAUNCH = (
    source_line("o1", "Hollin Orchards launches GreenBough", "2019-04-02", city="Tarrow")
    + "entities:\n"
    "  - {id: hollin, name: Hollin Orchards, kind: organization, summary: A fruit-growing"
    " co-operative.}\n"
    "  - {id: bough, name: GreenBough, kind: initiative, summary: A tree-planting"
    " programme of Hollin Orchards.}\n"
    "  - {id: wren, name: Ailsa Wren, kind: person, summary: A grower from Keld.}\n"
    "  - {id: moss, name: Callum Moss, kind: person, summary: Former head of GreenBough.}\n"
    "  - {id: keld, name: Keld, kind: place, summary: A village in Scotland.}\n"
    "  - {id: harvest-fair, name: Hollin Harvest Fair 2021, kind: event, summary: The"
    " co-operative's autumn fair in 2021.}\n"
    "roles:\n"
    "  - {entity: wren, title: Deputy Managing Director, organization: hollin}\n"
    "facts:\n"
    "  - id: grant\n"
    "    about: [bough, hollin]\n"
    "    text: In 2018 the Tarrow Land Fund gave GreenBough GBP 40,000.\n"
    "  - id: trees\n"
    "    about: [bough]\n"
    "    text: GreenBough has planted 3,000 trees so far.\n"
    "  - id: first-planting\n"
    "    about: [bough]\n"
    "    text: The first GreenBough planting, at Bramley Farm, is scheduled for May 2019.\n"
    "  - id: lead\n"
    "    about: [bough, moss]\n"
    "    text: Ruth Lyle became head of GreenBough in March 2019, replacing Callum Moss.\n"
    "  - id: origin\n"
    "    about: [bough, wren]\n"
    "    text: GreenBough began as a walk between Ailsa Wren and two growers in 2017.\n"
    "  - id: wren-post\n"
    "    about: [hollin, wren]\n"
    "    text: Hollin Orchards confirmed that Ailsa Wren, a grower from Keld, has become"
    " Deputy Managing Director.\n"
    "  - id: keld-hall\n"
    "    about: [hollin, keld]\n"
    "    text: Hollin Orchards holds its members' meetings in Keld village hall.\n"
)


@pytest.fixture(scope="module")
def orchard(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("orchard")
    return engine_of(root, {"o1": _LAUNCH})


@pytest.mark.parametrize(
    "question",
    [
        # a title word dropped ("Deputy"): not the Managing Director
        "who is the managing director of hollin orchards?",
        # a place the reply never names
        "when does keld get its first greenbough planting?",
        # an amount of one year answered by another year's
        "how much money did greenbough raise in 2020?",
        # a person named only as the one replaced
        "when did callum moss join greenbough?",
        # a quote at an event answered by a sentence reporting no speech
        "what did ailsa wren say at the hollin harvest fair 2021?",
    ],
)
def test_reply_that_misses_the_ask_is_not_found(orchard: Engine, question: str) -> None:
    answer = orchard.handle(question)
    assert answer.status is Status.NOT_FOUND, render_text(answer)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who is the deputy managing director of hollin orchards?", "Wren"),
        ("how many trees has greenbough planted?", "3,000"),
    ],
)
def test_reply_that_states_the_ask_passes(orchard: Engine, question: str, expected: str) -> None:
    answer = orchard.handle(question)
    assert answer.status is Status.ANSWERED, render_text(answer)
    assert expected in render_text(answer)
