"""Shared fixtures: the bundled knowledge base, loaded once per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.paths import bundled_knowledge_dir
from bot.service import KnowledgeService

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def service() -> KnowledgeService:
    svc = KnowledgeService(bundled_knowledge_dir())
    svc.load()
    return svc


@pytest.fixture(scope="session")
def engine(service: KnowledgeService) -> Engine:
    return service.engine


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled knowledge directory."""
    target = tmp_path / "knowledge"
    shutil.copytree(bundled_knowledge_dir(), target)
    return target
