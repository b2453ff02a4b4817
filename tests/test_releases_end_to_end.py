"""Many releases, the way a team adds them: ingest, review, load, ask."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli.main import main
from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index

FIXTURES = Path(__file__).parent / "fixtures" / "releases"
# Marcus Oyelaran is Globex's President in the 2021 release, its CEO in the 2023 one.
RELEASES = ["businesswire_acme_globex.txt", "prnewswire_globex_lumen.txt"]


def ingest_and_review(knowledge: Path, name: str) -> Path:
    assert main(["ingest", str(FIXTURES / name), "--knowledge", str(knowledge)]) == 0
    draft = max((knowledge / "releases").glob("*.yaml"), key=lambda p: p.stat().st_mtime_ns)
    # The reviewer's last step.
    draft.write_text(
        draft.read_text(encoding="utf-8").replace("reviewed: false", "reviewed: true"),
        encoding="utf-8",
    )
    return draft


@pytest.fixture
def engine(knowledge_copy: Path, capsys: pytest.CaptureFixture[str]) -> Engine:
    for name in RELEASES:
        ingest_and_review(knowledge_copy, name)
    capsys.readouterr()
    return Engine(Index(load_knowledge(knowledge_copy)))


def test_drafts_are_not_served_until_reviewed(
    knowledge_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest", str(FIXTURES / RELEASES[0]), "--knowledge", str(knowledge_copy)]) == 0
    served = load_knowledge(knowledge_copy)
    assert served.counts()["sources"] == 1
    assert len(served.held_back) == 1
    assert main(["check", "--knowledge", str(knowledge_copy)]) == 1
    assert "1 unreviewed draft" in capsys.readouterr().err
    assert main(["check", "--knowledge", str(knowledge_copy), "--allow-drafts"]) == 0


def test_sources_newest_first_with_dates(engine: Engine) -> None:
    lines = engine.handle("!sources").text.splitlines()
    assert [line[2:12] for line in lines] == ["2023-11-02", "2021-03-09", "2018-04-21"]


def test_one_person_across_releases_keeps_each_title_as_of_its_date(engine: Engine) -> None:
    who = engine.handle("!who Marcus Oyelaran")
    assert who.status is Status.ANSWERED
    assert who.role is not None and who.role.startswith("Chief Executive Officer")
    assert "(as of 2023-11-02)" in who.role
    assert "President" in who.text and "(as of 2021-03-09)" in who.text


def test_quote_shows_the_newest_and_pages_back(engine: Engine) -> None:
    newest = engine.handle("!quote Marcus Oyelaran")
    assert newest.status is Status.ANSWERED
    assert "Rural clinics" in newest.text
    assert newest.page is not None and newest.page.total >= 2
    assert [c.date.isoformat() for c in newest.citations] == ["2023-11-02"]
    older = engine.handle(f"!quote Marcus Oyelaran {newest.page.total}")
    assert older.citations[0].date.isoformat() == "2021-03-09"
    assert older.role is not None and older.role.startswith("President")


def test_questions_cite_the_release_they_come_from(engine: Engine) -> None:
    answer = engine.handle("How big is the Rural Clinic Logistics Fund?")
    assert answer.status is Status.ANSWERED
    assert "$20 million" in answer.text
    assert [c.date.isoformat() for c in answer.citations] == ["2023-11-02"]
    old = engine.handle("when did they meet?")
    assert [c.date.isoformat() for c in old.citations] == ["2018-04-21"]
