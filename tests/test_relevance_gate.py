"""The relevance gate (bot/engine/qa/gate.py): a reply that does not state what the
question asks becomes not_found, on a small invented base (an orchard co-operative,
two releases) in wording of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index
from tests.kbpaths import KB_STORYSTEPS
from tests.tmpkb import engine_of, source_line

_LAUNCH = (
    source_line("o1", "Hollin Orchards launches GreenBough", "2019-04-02", city="Tarrow")
    + "entities:\n"
    "  - {id: hollin, name: Hollin Orchards, kind: organization, aliases: [HOC], summary: A"
    " fruit-growing co-operative.}\n"
    "  - {id: bough, name: GreenBough, kind: initiative, summary: A tree-planting"
    " programme of Hollin Orchards.}\n"
    "  - {id: wren, name: Ailsa Wren, kind: person, summary: A grower from Keld.}\n"
    "  - {id: moss, name: Callum Moss, kind: person, summary: Former head of GreenBough.}\n"
    "  - {id: keld, name: Keld, kind: place, summary: A village in Scotland.}\n"
    "  - {id: harvest-fair, name: Hollin Harvest Fair 2021, kind: event, summary: The"
    " co-operative's autumn fair in 2021.}\n"
    "roles:\n"
    "  - {entity: wren, title: Deputy Managing Director, organization: hollin}\n"
    "  - {entity: moss, title: Head of Planting, organization: bough, current: false}\n"
    "  - {entity: moss, title: Chief Financial Officer, organization: hollin, ended: 2019-03}\n"
    "  - {entity: moss, title: Chief Executive Officer, organization: hollin}\n"
    "quotes:\n"
    "  - id: wren-trees\n"
    "    speaker: wren\n"
    "    about: [bough]\n"
    "    text: Every tree we plant is a promise to the next harvest.\n"
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
    "    date: 2019-03\n"
    "    text: Ruth Lyle became Head of Planting at GreenBough in March 2019, replacing"
    " Callum Moss.\n"
    "  - id: origin\n"
    "    about: [bough, wren]\n"
    "    text: GreenBough began as a walk between Ailsa Wren and two growers in 2017.\n"
    "  - id: wren-post\n"
    "    about: [hollin, wren]\n"
    "    text: Hollin Orchards confirmed that Ailsa Wren, a grower from Keld, has become"
    " Deputy Managing Director.\n"
    "  - id: fair-stall\n"
    "    about: [harvest-fair, wren]\n"
    "    text: Ailsa Wren ran the apple stall at the Hollin Harvest Fair 2021 with two"
    " growers.\n"
    "  - id: keld-hall\n"
    "    about: [hollin, keld]\n"
    "    text: Hollin Orchards holds its members' meetings in Keld village hall.\n"
)


_LATER = (
    source_line("o2", "GreenBough passes nine thousand trees", "2022-05-10", city="Tarrow")
    + "facts:\n"
    "  - id: trees-later\n"
    "    about: [bough]\n"
    "    text: GreenBough has planted 9,000 trees.\n"
)


@pytest.fixture(scope="module")
def orchard(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("orchard")
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "o1.txt").write_text(
        "Ailsa Wren said: Every tree we plant is a promise to the next harvest.\n",
        encoding="utf-8",
    )
    return engine_of(root, {"o1": _LAUNCH, "o2": _LATER}, keep_texts=True)


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
        "what did ailsa wren say at the harvest fair?",
        # a count in a place no release names, answered with the whole count
        "how many trees has greenbough planted in Wales?",
        # a month between two stated figures: neither is the figure then
        "how many trees had greenbough planted in december 2020?",
        # a count in the future with no plan stated: the newest count is no forecast
        "how many trees will greenbough have planted by 2030?",
        # the only holder of the title left it (for another title there)
        "who is the cfo of hoc now?",
    ],
)
def test_reply_that_misses_the_ask_is_not_found(orchard: Engine, question: str) -> None:
    answer = orchard.handle(question)
    assert answer.status is Status.NOT_FOUND, render_text(answer)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who is the deputy managing director of hollin orchards?", "Wren"),
        ("how many trees has greenbough planted?", "9,000"),
        ("how many trees had greenbough planted in 2020?", "3,000"),
    ],
)
def test_reply_that_states_the_ask_passes(orchard: Engine, question: str, expected: str) -> None:
    answer = orchard.handle(question)
    assert answer.status is Status.ANSWERED, render_text(answer)
    assert expected in render_text(answer)


@pytest.fixture(scope="module")
def storysteps() -> Engine:
    return Engine(Index(load_knowledge(KB_STORYSTEPS)))


@pytest.mark.parametrize(
    "question",
    [
        # a verb no release uses: a sentence about designing and printing is no answer
        "who illustrates the little lantern picture books?",
        "who translates the story steps rhyme cards?",
        "how many libraries will story steps run in by 2030?",
        # a count in a place no release names (the held-out case asks of Scotland)
        "how many libraries does Story Steps have in Cornwall?",
    ],
)
def test_attribute_no_release_states_is_not_found(storysteps: Engine, question: str) -> None:
    answer = storysteps.handle(question)
    assert answer.status is Status.NOT_FOUND, render_text(answer)


def test_figures_of_the_subjects_own_doing_still_answer_its_role(storysteps: Engine) -> None:
    # The gate refuses figures for a role asked only when their sentence is about
    # something else ("the partnership's founding partners (…, HBC, …) agreed 40
    # stations"); the publisher's own printing figures say what it does.
    answer = storysteps.handle("what is little lantern books' role in story steps?")
    assert answer.status is Status.ANSWERED, render_text(answer)
    assert "610,000" in render_text(answer)


_LINK_LAUNCH = (
    source_line("w1", "Three partners launch the Fenwater Link", "2021-03-09") + "entities:\n"
    "  - {id: link, name: Fenwater Link, kind: initiative, summary: A partnership of"
    " community radio stations.}\n"
    "  - {id: mbc, name: Marsh Broadcasting Company, kind: organization, aliases: [MBC],"
    " summary: A regional broadcaster.}\n"
    "  - {id: fcr, name: Fen Community Radio, kind: organization, aliases: [FCR],"
    " summary: A network of community stations.}\n"
    "facts:\n"
    "  - id: l1\n"
    "    about: [link, mbc, fcr]\n"
    "    text: The Fenwater Link, a partnership of Fen Community Radio and the Marsh"
    " Broadcasting Company (MBC), starts with 12 member stations.\n"
)
_LINK_LATER = (
    source_line("w2", "Fenwater Link passes its station target", "2024-01-20") + "facts:\n"
    "  - id: l2\n"
    "    about: [link, mbc, fcr]\n"
    "    text: The Fenwater Link's founding partners (FCR and MBC) agreed a new goal of 30"
    " member stations by 2027.\n"
    "  - id: l3\n"
    "    about: [link, mbc, fcr]\n"
    "    text: The announcement comes as the Fenwater Link with the Marsh Broadcasting"
    " Company (MBC) and Fen Community Radio reaches 20 member stations, above its target"
    " of 18.\n"
)


def test_a_role_asked_is_not_the_partnerships_figures(tmp_path: Path) -> None:
    # "What is HBC's role in the partnership?" (a newcomer's trial) was answered with the
    # partnership's station counts, from sentences that only list HBC among its partners.
    engine = engine_of(tmp_path, {"w1": _LINK_LAUNCH, "w2": _LINK_LATER})
    answer = engine.handle("what is MBC's role in the fenwater link?")
    # Either honest answer will do: "don't know", or a sentence naming MBC's own part
    # (a founding partner), once goals are no figure history (tests/test_qfig12_figures.py).
    assert "Newest first" not in answer.text, render_text(answer)
    if answer.status is Status.ANSWERED:
        assert "MBC" in answer.text, render_text(answer)
    else:
        assert answer.status is Status.NOT_FOUND, render_text(answer)
