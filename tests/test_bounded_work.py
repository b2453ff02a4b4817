"""Bounded work per question on a large base (issue 14): whole-base news reads only the
years asked, a subject's news reads at most its newest statements, and the tables the
executors share are built by ``Engine.warm``, not by a user's first question.

The caps are lowered here so that the five-release base stands in for a large one."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.engine.qa.executors import changes, recent
from bot.engine.timeline import Statement, statements
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.kbpaths import KB_FIVE, R1


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


def test_an_old_year_is_found_when_the_newer_releases_fill_the_cap(
    five: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Newest-first scanning with a cap of three facts never reached 2018.
    monkeypatch.setattr(changes, "MAX_SCANNED_FACTS", 3)
    answer = five.handle("What happened in 2018?")
    assert answer.status.value == "answered", answer.text
    assert R1 in answer.source_ids


def test_a_capped_year_says_at_least(five: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(changes, "MAX_SCANNED_FACTS", 8)
    monkeypatch.setattr(changes, "MAX_NEWS", 2)
    answer = five.handle("What happened in 2019?")
    assert "at least " in answer.text, answer.text


def test_statements_read_at_most_the_limit_of_each_kind(five: Engine) -> None:
    index = five.index
    hub = max(index.facts_by_entity, key=lambda e: len(index.facts_by_entity[e]))
    every = statements(index, hub)
    capped = statements(index, hub, 2)
    assert sum(s.kind == "fact" for s in every) > 2
    assert sum(s.kind == "fact" for s in capped) == 2
    # The newest release's facts are the ones kept.
    newest = max(s.order[0] for s in every if s.kind == "fact")
    assert {s.order[0] for s in capped if s.kind == "fact"} == {newest}


def test_a_subjects_news_reads_a_bounded_number_of_statements(
    five: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int | None] = []

    def spy(index: Index, entity_id: str, limit: int | None = None) -> list[Statement]:
        seen.append(limit)
        return statements(index, entity_id, limit)

    monkeypatch.setattr(recent, "statements", spy)
    monkeypatch.setattr(changes, "statements", spy)
    five.handle("What's new with the Digital Export Academy since 2021?")
    five.handle("What has changed for Amara Okafor since 2021?")
    assert seen and all(limit is not None for limit in seen), seen
    assert len(seen) == 2, seen  # one read per question, not two


def test_warm_builds_the_executors_tables() -> None:
    engine = Engine(Index(load_knowledge(KB_FIVE)))
    run = engine.questions.run
    for name in ("_statements_by_year", "_role_news", "_quotes_by_source"):
        assert name not in vars(run), name
    engine.warm()
    for name in ("_statements_by_year", "_role_news", "_quotes_by_source"):
        assert name in vars(run), name
