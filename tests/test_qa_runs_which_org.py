""" "Who operates X day to day, which company?": the kind named after the comma is what
"who" asks for (``read.kind_named_after``); "runs", "operates" and "day to day" are
the thesaurus' "manages" ("run by", "operated by")."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.kbpaths import KB_COLDCHAIN, KB_SEEDBANK


@pytest.fixture(scope="module")
def coldchain() -> Engine:
    return Engine(Index(load_knowledge(KB_COLDCHAIN)))


@pytest.fixture(scope="module")
def seedbank() -> Engine:
    return Engine(Index(load_knowledge(KB_SEEDBANK)))


def test_the_kind_after_the_comma(coldchain: Engine) -> None:
    answer = coldchain.handle("who operates SkyCold day to day, which company?")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith("**Organisations:** Marula Logistics")


def test_runs_day_to_day_is_run_by(seedbank: Engine) -> None:
    answer = seedbank.handle("which organisation runs the Nordfjell Seed Vault day to day?")
    assert answer.status is Status.ANSWERED, answer.text
    assert "Norwegian Genetic Resource Centre" in answer.text
