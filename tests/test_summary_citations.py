"""A summary shown in an answer is the newest one and is cited to the release that
states it (issue 12: every sentence cited to its own release).

A newcomer's base showed an organisation's first summary under a later release's citation
("is the University of Arden a public university?"), a restated summary under the citation
of a third release that only mentioned the organisation ("where is … based?"), and a
meeting place's summary (from the first release) under a later release that met there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from tests.tmpkb import engine_of

FIRST = (
    "source: {id: r1, title: Trust founded, publisher: Wire, date: 2019-03-01,"
    " dateline: {city: Velmar, country: Orrin}, text: ../sources/r1.txt}\n"
    "entities:\n"
    "  - {id: trust, name: Kestrel Seed Trust, kind: organization, summary: A seed trust.,"
    " aliases: [the Trust]}\n"
    "  - {id: hall, name: Velmar Guildhall, kind: place,"
    " summary: 'The Velmar Guildhall, the city hall of Velmar, Orrin.'}\n"
    "  - {id: pact, name: Kestrel seed pact, kind: initiative, summary: A pact on seeds.}\n"
    "facts:\n"
    "  - {id: f1, about: [trust, pact], place: hall,"
    " text: 'The Kestrel Seed Trust signed the Kestrel seed pact at the Velmar Guildhall.'}\n"
)
SECOND = (
    "source: {id: r2, title: Trust grows, publisher: Gazette, date: 2022-06-01,"
    " dateline: {city: Dunmar, country: Orrin}, text: ../sources/r2.txt}\n"
    "summaries:\n"
    "  - {entity: trust, text: 'The Kestrel Seed Trust is a public charity based in Dunmar.'}\n"
)
THIRD = (
    "source: {id: r3, title: Pact renewed, publisher: Herald, date: 2025-01-10,"
    " dateline: {city: Velmar, country: Orrin}, text: ../sources/r3.txt}\n"
    "facts:\n"
    "  - {id: f3, about: [pact, trust], place: hall,"
    " text: 'The partners renewed the Kestrel seed pact at the Velmar Guildhall in 2025.'}\n"
)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return engine_of(tmp_path, {"r1": FIRST, "r2": SECOND, "r3": THIRD})


@pytest.mark.parametrize(
    "question", ["is the Kestrel Seed Trust a company?", "where is the Kestrel Seed Trust based?"]
)
def test_a_restated_summary_is_shown_and_cited_to_its_release(
    engine: Engine, question: str
) -> None:
    answer = engine.handle(question)
    assert "public charity based in Dunmar" in answer.text, answer.text
    assert "A seed trust." not in answer.text
    assert [c.source_id for c in answer.citations] == ["r2"]


def test_a_place_s_summary_is_cited_to_its_own_release(engine: Engine) -> None:
    answer = engine.handle("where was the Kestrel seed pact renewed?")
    assert "the city hall of Velmar" in answer.text, answer.text
    assert {"r1", "r3"} <= {c.source_id for c in answer.citations}
