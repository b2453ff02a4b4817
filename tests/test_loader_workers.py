"""Reading in worker processes gives exactly what reading in this process gives."""

from __future__ import annotations

import os
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from benchmarks.synth import generate
from bot.kb import fileio, reader
from bot.kb.loader import KnowledgeError, load_knowledge


def _problems(directory: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(directory)
    return [str(p) for p in caught.value.problems]


@pytest.fixture
def many_files(tmp_path: Path) -> Path:
    generate(tmp_path / "kb", 400, seed=3)  # 40 release files: several batches
    return tmp_path / "kb"


def _break(directory: Path) -> None:
    files = sorted((directory / "releases").glob("*.yaml"))
    files[0].write_text("source: [unclosed\n", encoding="utf-8")
    text = files[7].read_text(encoding="utf-8")
    files[7].write_text(text.replace("  text: ", "  txet: ", 1), encoding="utf-8")
    files[-1].write_bytes(b"\xff\xfe not utf-8")


def test_workers_read_the_same_knowledge_base(
    many_files: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    alone = load_knowledge(many_files)
    monkeypatch.setattr(reader, "POOL_MIN_FILES", 0)
    spy: list[int] = []
    real_pool = reader.process_pool

    def counting_pool(workers: int) -> Any:
        spy.append(workers)
        return real_pool(max(2, workers))

    monkeypatch.setattr(reader, "process_pool", counting_pool)
    monkeypatch.setattr(reader, "worker_count", lambda: 2)
    pooled = load_knowledge(many_files)
    assert spy, "the pool was not used"
    assert "reading them here" not in caplog.text  # every batch came from a worker
    assert pooled.counts() == alone.counts()
    assert pooled.entities == alone.entities
    assert pooled.facts == alone.facts
    assert pooled.quotes == alone.quotes
    assert pooled.sources == alone.sources


def test_workers_report_the_same_problems(
    many_files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _break(many_files)
    alone = _problems(many_files)
    monkeypatch.setattr(reader, "POOL_MIN_FILES", 0)
    monkeypatch.setattr(reader, "worker_count", lambda: 2)
    assert _problems(many_files) == alone
    # Lines and locations as well as messages: "file:line: where: what".
    assert any(p.startswith("releases/release-000007.yaml:9: source.txet") for p in alone)
    assert len(alone) > 4


def test_a_dead_worker_means_reading_here(
    many_files: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    alone = load_knowledge(many_files)

    class DeadPool:
        def submit(self, *args: object) -> Future[bytes]:
            future: Future[bytes] = Future()
            future.set_exception(RuntimeError("worker killed"))
            return future

        def shutdown(self, **kwargs: object) -> None:
            pass

    monkeypatch.setattr(reader, "POOL_MIN_FILES", 0)
    monkeypatch.setattr(reader, "worker_count", lambda: 2)
    monkeypatch.setattr(reader, "process_pool", lambda workers: DeadPool())
    assert load_knowledge(many_files).counts() == alone.counts()
    assert "reading them here" in caplog.text


def test_a_read_that_blocks_in_a_worker_is_given_up(
    many_files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stuck = sorted((many_files / "releases").glob("*.yaml"))[20]
    gate = threading.Event()
    real = fileio._read_once

    def hung(path: str, max_bytes: int) -> Any:
        if os.path.realpath(path) == os.path.realpath(stuck):  # a hung network mount
            gate.wait(20)
        return real(path, max_bytes)

    # Workers are forked, so they inherit the hung read.
    monkeypatch.setattr(fileio, "_read_once", hung)
    monkeypatch.setattr(reader, "POOL_MIN_FILES", 0)
    monkeypatch.setattr(reader, "worker_count", lambda: 2)
    try:
        with pytest.raises(KnowledgeError) as caught:
            load_knowledge(many_files, read_timeout=0.3)
    finally:
        gate.set()
    assert [str(p) for p in caught.value.problems] == [
        f"releases/{stuck.name}: reading took longer than 0.3 s (a hung network mount, or a"
        " file that blocks?); the load stopped here"
    ]
