"""Kinds of question the held-out peatland base (session 11's base 9, kept outside the
repo) answered wrongly, each asked in wording invented for the test on another fixture.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import answered, ask
from tests.kbpaths import KB_SEEDBANK, KB_TEXTILE

KB_FIGURES = Path(__file__).parent / "fixtures" / "kb_figures"


@pytest.fixture(scope="module")
def seedbank() -> Engine:
    return Engine(Index(load_knowledge(KB_SEEDBANK)))


# --- a body of the organisation: its chair, never the organisation's top job ----------


@pytest.mark.parametrize(
    ("question", "holder", "not_holder"),
    [
        # Pieter VAN DAM chairs the HSN board from 2022; Ingrid HALVORSEN is then its
        # Executive Director (the top job), and chairs the board only from 2025.
        ("who headed the HSN board in 2023?", "VAN DAM", "HALVORSEN"),
        ("in 2023, who was leading the HSN's board?", "VAN DAM", "HALVORSEN"),
    ],
)
def test_who_led_a_board_is_its_chair(
    seedbank: Engine, question: str, holder: str, not_holder: str
) -> None:
    lead = answered(seedbank, question).split("\n")[1]
    assert holder in lead and not_holder not in lead, lead


# --- a qualified title nobody holds: not found, even beside another qualified post ----


@pytest.fixture(scope="module")
def with_deputy_chair(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """kb_seedbank, with a Deputy Chair of the Board at the HSN (a qualified post that
    is not the one asked)."""
    root = tmp_path_factory.mktemp("kb_deputy_chair")
    shutil.copytree(KB_SEEDBANK, root, dirs_exist_ok=True)
    release = root / "releases" / "2022-09-16-kathmandu-assembly-fifth-anniversary.yaml"
    text = release.read_text(encoding="utf-8")
    anchor = "roles:\n"
    assert anchor in text
    deputy = (
        "  - entity: karan-mehta\n    title: Deputy Chair of the Board\n    organization: hsn\n"
    )
    release.write_text(text.replace(anchor, anchor + deputy, 1), encoding="utf-8")
    return Engine(Index(load_knowledge(root)))


@pytest.mark.parametrize(
    "question",
    [
        "who is the deputy executive director of the Highland Seed Network?",
        "who's the HSN's deputy executive director these days?",
    ],
)
def test_a_qualified_title_nobody_holds_is_not_found(
    with_deputy_chair: Engine, question: str
) -> None:
    # "Deputy" is carried by another post there (the board's Deputy Chair), which does
    # not make the Executive Director, or any fact about the network, a deputy's answer.
    asked = ask(with_deputy_chair, question)
    assert asked.status is Status.NOT_FOUND, asked.reply


@pytest.mark.parametrize(
    ("base", "question"),
    [
        # Joseph MWANGI is the Sunline Academy's Programme Manager, not its deputy.
        (KB_FIGURES, "who's the assistant programme manager at the Sunline Academy?"),
        # Helena VIRTANEN's Programme Manager title has ended; nobody was its deputy.
        (KB_TEXTILE, "who serves as deputy programme manager of the ReThread Programme?"),
    ],
)
def test_a_qualified_title_outside_the_fixed_vocabulary_is_not_found(
    base: Path, question: str
) -> None:
    asked = ask(Engine(Index(load_knowledge(base))), question)
    assert asked.status is Status.NOT_FOUND, asked.reply
