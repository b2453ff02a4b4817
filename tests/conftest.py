"""Shared fixtures: the seed knowledge base, loaded once per test session.

Tests answer from ``tests/fixtures/kb_seed`` (a pinned copy of the release the project
shipped with), never from ``knowledge/``: a team adding its own releases there must not
change what the tests expect. ``KNOWLEDGE_DIR`` points at it for every test, so the CLI
and the bot's settings default to it too. ``KNOWLEDGE_CACHE`` is off (tests that test
the on-disk cache of validated files turn it on, in a directory of their own).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.service import KnowledgeService
from tests.kbpaths import SEED_KNOWLEDGE

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _seed_knowledge_by_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    monkeypatch.setenv("KNOWLEDGE_DIR", str(SEED_KNOWLEDGE))
    monkeypatch.setenv("KNOWLEDGE_CACHE", "false")
    # A test that clears the settings from the environment (and so turns the cache back
    # on) writes to a temporary cache directory, never the developer's.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-cache"))


@pytest.fixture(scope="session")
def service() -> KnowledgeService:
    svc = KnowledgeService(SEED_KNOWLEDGE)
    svc.load()
    return svc


@pytest.fixture(scope="session")
def engine(service: KnowledgeService) -> Engine:
    return service.engine


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    """A writable copy of the seed knowledge directory."""
    target = tmp_path / "knowledge"
    shutil.copytree(SEED_KNOWLEDGE, target)
    return target
