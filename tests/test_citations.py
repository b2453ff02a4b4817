"""Every answered reply cites its releases (issue 10, "How you check", point 5).

For every entity of the bundled knowledge base and of the five-release fixture,
``!what <name>`` and ``!who <name>`` (and a free "what is <name>?") either do not answer
or carry at least one citation. An entity card for something the releases only name
(no fact, quote or role about it) cites the releases whose text names it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.paths import bundled_knowledge_dir
from bot.search.index import Index
from tests.kbpaths import KB_FIVE


def _engine(directory: Path) -> Engine:
    return Engine(Index(load_knowledge(directory)))


@pytest.fixture(scope="module", params=["bundled", "kb_five"])
def any_engine(request: pytest.FixtureRequest) -> Engine:
    return _engine(bundled_knowledge_dir() if request.param == "bundled" else KB_FIVE)


def test_every_entity_card_is_cited(any_engine: Engine) -> None:
    uncited = []
    for entity in any_engine.index.kb.entities.values():
        for message in (f"!what {entity.name}", f"!who {entity.name}", f"what is {entity.name}?"):
            answer = any_engine.handle(message)
            if answer.status is Status.ANSWERED and not answer.citations:
                uncited.append(message)
    assert not uncited, uncited


def test_a_named_only_entity_cites_the_release_naming_it(engine: Engine) -> None:
    # The United Nations has no fact, quote or role of its own in the bundled release.
    index = engine.index
    assert not index.facts_by_entity.get("united-nations")
    answer = engine.handle("!what United Nations")
    assert answer.status is Status.ANSWERED
    assert answer.source_ids == ["2018-04-21-unido-alibaba-ewtp"]
