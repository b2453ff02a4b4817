"""The on-disk store of validated knowledge files (``bot.kb.store``, issue 12: cold start).

A load with a store must give exactly what a load without one gives, whatever the
store holds: entries of other content, corrupt or cut-short entries, entries of other
code, an entry whose release text changed since, stray temporary files. A file that
comes from the store still goes through every check between files.
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from bot.kb import models
from bot.kb.loader import KnowledgeError, load_knowledge
from bot.kb.models import KnowledgeBase
from bot.kb.store import RowStore
from tests.conftest import SEED_KNOWLEDGE
from tests.kbpaths import KB_FIVE

LAUNCH = "releases/2019-11-12-digital-export-academy-launch.yaml"
CAMPUS = "releases/2022-03-15-academy-kuala-lumpur-campus.yaml"


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the knowledge files validated from here on (one entry per file)."""
    calls: list[int] = []
    validate = models.KnowledgeFile.model_validate

    def counting(data: object) -> models.KnowledgeFile:
        calls.append(1)
        return validate(data)

    monkeypatch.setattr(models.KnowledgeFile, "model_validate", counting)
    return calls


def _copy(source: Path, tmp_path: Path) -> Path:
    directory = tmp_path / "kb"
    shutil.copytree(source, directory)
    return directory


def _entries(store_dir: Path) -> list[Path]:
    return sorted(p for p in store_dir.rglob("*") if p.is_file())


def _same(a: KnowledgeBase, b: KnowledgeBase) -> None:
    assert a.counts() == b.counts()
    assert a == b


@pytest.mark.parametrize("source", [SEED_KNOWLEDGE, KB_FIVE], ids=["seed", "kb_five"])
def test_a_warm_store_gives_the_same_knowledge_base_without_validating(
    source: Path, tmp_path: Path, validations: list[int]
) -> None:
    directory = _copy(source, tmp_path)
    files = len(list(directory.rglob("*.yaml")))
    plain = load_knowledge(directory)
    assert len(validations) == files
    store = RowStore(tmp_path / "store")
    _same(load_knowledge(directory, store=store), plain)  # fills the store
    assert len(_entries(store.directory)) == files
    validations.clear()
    _same(load_knowledge(directory, store=RowStore(store.directory)), plain)
    assert validations == []  # every file came from the store


def _damaged(entry: Path, how: str) -> None:
    data = entry.read_bytes()
    if how == "flipped":
        # A letter of the stored text turned into another: still well-formed data.
        at = data.index(b"e", len(data) // 2)
        entry.write_bytes(data[:at] + b"f" + data[at + 1 :])
    elif how == "cut":
        entry.write_bytes(data[: len(data) - 7])
    elif how == "empty":
        entry.write_bytes(b"")
    elif how == "other code":
        entry.write_bytes(data[:8] + bytes(16) + data[24:])
    elif how == "garbage":
        entry.write_bytes(b"PBKROW1\n" + b"\xff" * 200)


@pytest.mark.parametrize("how", ["flipped", "cut", "empty", "other code", "garbage"])
def test_a_damaged_or_foreign_entry_is_ignored_and_made_again(
    how: str, tmp_path: Path, validations: list[int]
) -> None:
    directory = _copy(KB_FIVE, tmp_path)
    plain = load_knowledge(directory)
    store = RowStore(tmp_path / "store")
    load_knowledge(directory, store=store)
    entries = _entries(store.directory)
    good = {entry: entry.read_bytes() for entry in entries}
    for entry in entries:
        _damaged(entry, how)
    validations.clear()
    _same(load_knowledge(directory, store=store), plain)
    assert len(validations) == len(entries)  # none trusted
    assert {entry: entry.read_bytes() for entry in entries} == good  # all made again


def test_an_entry_under_another_files_digest_is_not_used(
    tmp_path: Path, validations: list[int]
) -> None:
    """A valid entry of file A, found under file B's digest, does not stand for B."""
    directory = _copy(KB_FIVE, tmp_path)
    plain = load_knowledge(directory)
    store = RowStore(tmp_path / "store")
    load_knowledge(directory, store=store)
    first, second, *_ = _entries(store.directory)
    swapped = first.read_bytes()
    first.write_bytes(second.read_bytes())
    second.write_bytes(swapped)
    validations.clear()
    _same(load_knowledge(directory, store=store), plain)
    assert len(validations) == 2


def test_an_entry_others_may_write_is_not_trusted(tmp_path: Path, validations: list[int]) -> None:
    directory = _copy(KB_FIVE, tmp_path)
    store = RowStore(tmp_path / "store")
    load_knowledge(directory, store=store)
    entries = _entries(store.directory)
    for entry in entries:
        entry.chmod(0o666)
    validations.clear()
    load_knowledge(directory, store=store)
    assert len(validations) == len(entries)


def test_a_changed_release_text_is_checked_again(tmp_path: Path) -> None:
    """The YAML is unchanged (its entry is in the store), but its quote is no longer in
    its release text: the load reports it, with the file and line, as without a store."""
    directory = _copy(KB_FIVE, tmp_path)
    store = RowStore(tmp_path / "store")
    load_knowledge(directory, store=store)
    text = directory / "sources" / "2019-11-12-digital-export-academy-launch.txt"
    release = text.read_text(encoding="utf-8")
    quote_start = "Small businesses in Africa and Asia make excellent products"
    assert quote_start in release
    text.write_text(release.replace(quote_start, "Small firms make products"), encoding="utf-8")
    with pytest.raises(KnowledgeError) as plain:
        load_knowledge(directory)
    with pytest.raises(KnowledgeError) as stored:
        load_knowledge(directory, store=store)
    assert [str(p) for p in stored.value.problems] == [str(p) for p in plain.value.problems]
    (problem,) = stored.value.problems
    assert problem.file == LAUNCH and "not verbatim" in problem.message and problem.line


def test_a_stored_file_still_goes_through_the_checks_between_files(tmp_path: Path) -> None:
    """Removing the file that declares an entity breaks a stored file that refers to it."""
    directory = _copy(KB_FIVE, tmp_path)
    store = RowStore(tmp_path / "store")
    load_knowledge(directory, store=store)
    (directory / LAUNCH).unlink()
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(directory, store=store)
    unknown = [p for p in caught.value.problems if p.file == CAMPUS]
    assert unknown and all("unknown entity" in p.message and p.line for p in unknown)
    assert any("'daniel-hartmann'" in p.message for p in unknown)


def test_a_store_that_cannot_be_written_costs_only_the_validation(tmp_path: Path) -> None:
    directory = _copy(KB_FIVE, tmp_path)
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("a file where the store's directory would be")
    _same(load_knowledge(directory, store=RowStore(blocked)), load_knowledge(directory))


def test_writes_leave_no_temporary_files_and_stray_ones_are_ignored(tmp_path: Path) -> None:
    directory = _copy(KB_FIVE, tmp_path)
    store = RowStore(tmp_path / "store")
    load_knowledge(directory, store=store)
    entries = _entries(store.directory)
    assert not [p for p in entries if p.name.startswith(".tmp-")]
    (entries[0].parent / ".tmp-abc").write_bytes(b"half an entry")
    _same(load_knowledge(directory, store=store), load_knowledge(directory))


def test_an_invalid_file_is_never_stored(tmp_path: Path) -> None:
    directory = _copy(KB_FIVE, tmp_path)
    path = directory / CAMPUS
    path.write_text(path.read_text(encoding="utf-8").replace("speaker:", "spaeker:", 1))
    store = RowStore(tmp_path / "store")
    with pytest.raises(KnowledgeError):
        load_knowledge(directory, store=store)
    assert len(_entries(store.directory)) == 4  # the other four files


def test_worker_processes_fill_and_use_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large knowledge base is read by worker processes, each with the store."""
    from benchmarks.synth import generate
    from bot.kb import reader

    directory = tmp_path / "kb"
    generate(directory, 400, seed=3)  # 40 release files: several batches
    alone = load_knowledge(directory)
    monkeypatch.setattr(reader, "POOL_MIN_FILES", 0)
    monkeypatch.setattr(reader, "worker_count", lambda: 2)
    store = RowStore(tmp_path / "store")
    _same(load_knowledge(directory, store=store), alone)  # workers fill the store
    files = len(list(directory.rglob("*.yaml")))
    assert len(_entries(store.directory)) == files
    stamps = {entry: entry.stat().st_mtime_ns for entry in _entries(store.directory)}
    _same(load_knowledge(directory, store=store), alone)
    # Every file came from the store: no entry was written again.
    assert {entry: entry.stat().st_mtime_ns for entry in _entries(store.directory)} == stamps


def test_an_entry_that_is_a_link_is_not_followed(tmp_path: Path, validations: list[int]) -> None:
    """A link in an entry's place may point at any file of this user: never read."""
    directory = _copy(KB_FIVE, tmp_path)
    store = RowStore(tmp_path / "store")
    load_knowledge(directory, store=store)
    entries = _entries(store.directory)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for i, entry in enumerate(entries):
        target = elsewhere / str(i)
        entry.rename(target)
        entry.symlink_to(target)
    validations.clear()
    load_knowledge(directory, store=store)
    assert len(validations) == len(entries)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_an_entrys_place_does_not_block_the_load(tmp_path: Path) -> None:
    directory = _copy(KB_FIVE, tmp_path)
    store = RowStore(tmp_path / "store")
    load_knowledge(directory, store=store)
    entry = _entries(store.directory)[0]
    entry.unlink()
    os.mkfifo(entry, 0o600)
    done = threading.Event()

    def load() -> None:
        load_knowledge(directory, store=RowStore(store.directory))
        done.set()

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    finished = done.wait(10)
    if not finished:
        # Open the other end, so that the blocked reader lets go of the test run.
        os.close(os.open(entry, os.O_WRONLY | os.O_NONBLOCK))
    worker.join(10)
    assert finished, "the load waited on a FIFO in the store"
