"""The words describing a listed kind are only those before the list's own kind noun
("international" in "which two international organisations …"): in "which organisations
joined the alliance in 2021?" the verb before "alliance" (the subject) once counted as
one, so the question lost "joined" and listed every organisation the year's facts about
the alliance named, founders among them (review of issue 10's lists)."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import ask
from tests.kbpaths import KB_CANOPY


@pytest.fixture(scope="module")
def canopy() -> Engine:
    return Engine(Index(load_knowledge(KB_CANOPY)))


def test_the_subjects_kind_noun_takes_no_verb_as_a_modifier(canopy: Engine) -> None:
    got = ask(canopy, "which organisations joined the alliance in 2021?")
    # The Halvorsen Foundation and Coldbrook City Council were founding members (2018).
    assert "Halvorsen Foundation" not in got.reply, got.reply
    assert "Coldbrook City Council" not in got.reply, got.reply
