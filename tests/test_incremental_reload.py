"""Incremental reload (issue 12): a reload re-reads and re-validates only the knowledge
files whose content changed, and answers exactly as a cold load of the same files would.

Each test copies the five-release fixture, loads it through KnowledgeService, changes
the files (one changed, one added, one removed, a broken one), reloads, and compares
the engine's answers with those of a cold load (no cache) over a sweep of commands for
every entity and the fixture's blind-set questions.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.kb.loader import KnowledgeError, load_knowledge
from bot.render.json import render_json
from bot.search.index import Index
from bot.service import KnowledgeService
from tests.conftest import DATA
from tests.kbpaths import KB_FIVE

CAMPUS = "releases/2022-03-15-academy-kuala-lumpur-campus.yaml"
GRANT = "releases/2021-06-08-dta-trust-grant-academy.yaml"
NEWEST = "releases/2024-05-08-academy-20000-ewtp-extension.yaml"
# An hour ago: old enough for the stat fields to be trusted (see bot.kb.cache).
PAST_NS = 1_700_000_000 * 10**9


def _copy(tmp_path: Path) -> Path:
    directory = tmp_path / "kb"
    shutil.copytree(KB_FIVE, directory)
    for path in directory.rglob("*"):
        os.utime(path, ns=(PAST_NS, PAST_NS))
    return directory


def _questions() -> list[str]:
    messages: list[str] = []
    for name in ("blind_set1_kb_five.json", "blind_set2_kb_five.json"):
        messages += [case["msg"] for case in json.loads((DATA / name).read_text())["cases"]]
    return messages


def _sweep(engine: Engine, questions: list[str]) -> dict[str, object]:
    """Every answer the sweep gets, as the JSON front door renders it."""
    index = engine.index
    messages = list(questions)
    for entity in index.kb.entities.values():
        messages += [f"!{c} {entity.name}" for c in ("what", "who", "quote", "timeline")]
    # Each distinct message once (the blind sets repeat some): a second answer to the
    # same message on the same engine would only overwrite the first in the dict.
    out: dict[str, object] = {m: render_json(engine.handle(m)) for m in dict.fromkeys(messages)}
    for entity in list(index.kb.entities.values())[:20]:
        prefix = entity.name[:4]
        out[f"complete {prefix}"] = [(c.label, c.command) for c in engine.complete("what", prefix)]
    return out


def _cold(directory: Path) -> Engine:
    return Engine(Index(load_knowledge(directory)))


def _reload(service: KnowledgeService) -> None:
    asyncio.run(service.reload())


def _assert_same_as_cold(service: KnowledgeService, directory: Path) -> None:
    questions = _questions()
    served = _sweep(service.engine, questions)
    cold = _sweep(_cold(directory), questions)
    assert served.keys() == cold.keys()
    different = [m for m in served if served[m] != cold[m]]
    assert not different, different[:5]


def _new_release(directory: Path) -> None:
    """A sixth release: a new organisation and person, a role, a quote and facts about
    entities of the older releases."""
    (directory / "sources" / "2025-02-03-new-partner.txt").write_text(
        "Nairobi, February 3, 2025 /Business Wire/ -- The Savanna Logistics Council joins"
        " the Digital Export Academy.\n\n"
        "“We join the Academy to train exporters across East Africa,” said Wanjiru KAMAU,"
        " Director of the Savanna Logistics Council.\n",
        encoding="utf-8",
    )
    (directory / "releases" / "2025-02-03-new-partner.yaml").write_text(
        """source:
  id: 2025-02-03-new-partner
  title: The Savanna Logistics Council joins the Digital Export Academy
  publisher: Business Wire
  date: 2025-02-03
  dateline: {city: Nairobi, country: Kenya}
  text: ../sources/2025-02-03-new-partner.txt
  reviewed: true
entities:
  - id: savanna-logistics-council
    name: Savanna Logistics Council
    kind: organization
    summary: A logistics council of East African exporters.
    aliases: [SLC]
  - id: wanjiru-kamau
    name: Wanjiru KAMAU
    kind: person
    summary: Director of the Savanna Logistics Council.
    aliases: [Wanjiru Kamau]
roles:
  - entity: wanjiru-kamau
    title: Director
    organization: savanna-logistics-council
quotes:
  - id: kamau-joins-academy
    speaker: wanjiru-kamau
    about: [digital-export-academy, savanna-logistics-council]
    text: We join the Academy to train exporters across East Africa,
facts:
  - id: slc-joins-academy
    about: [savanna-logistics-council, digital-export-academy]
    date: 2025-02-03
    text: The Savanna Logistics Council joined the Digital Export Academy on February 3, 2025.
""",
        encoding="utf-8",
    )


def test_changed_added_and_removed_files_answer_as_a_cold_load(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    service = KnowledgeService(directory)
    service.load()
    cache = service._file_cache
    assert cache.read == 5 and cache.reused == 0

    # Nothing changed: nothing is read again.
    _reload(service)
    assert (cache.read, cache.reused) == (0, 5)

    # One file changed: only it is read; the new wording is served.
    campus = directory / CAMPUS
    text = campus.read_text(encoding="utf-8")
    old = "opened its first Asian campus in Kuala Lumpur on March 15, 2022."
    assert old in text
    campus.write_text(text.replace(old, old[:-1] + ", its third campus."), encoding="utf-8")
    _reload(service)
    assert (cache.read, cache.reused) == (1, 4)
    assert any("its third campus" in fact.text for fact in service.snapshot.kb.facts)
    _assert_same_as_cold(service, directory)

    # One release added.
    _new_release(directory)
    _reload(service)
    assert (cache.read, cache.reused) == (1, 5)
    assert "Savanna Logistics Council" in service.engine.handle("!who Wanjiru Kamau").text
    _assert_same_as_cold(service, directory)

    # One release removed (with what only it declared: the newest, which nothing cites).
    (directory / NEWEST).unlink()
    _reload(service)
    assert (cache.read, cache.reused) == (0, 5)
    _assert_same_as_cold(service, directory)


def test_a_changed_release_text_is_read_again(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    service = KnowledgeService(directory)
    service.load()
    quote = "We join the Academy"
    _new_release(directory)
    _reload(service)
    source = directory / "sources" / "2025-02-03-new-partner.txt"
    # The YAML is unchanged, but its quote is no longer in the release text.
    source.write_text(source.read_text(encoding="utf-8").replace(quote, "We enter the Academy"))
    with pytest.raises(KnowledgeError) as caught:
        _reload(service)
    (problem,) = caught.value.problems
    assert (
        problem.file == "releases/2025-02-03-new-partner.yaml" and "not verbatim" in problem.message
    )


def test_touched_file_with_the_same_content_is_not_read_again(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    service = KnowledgeService(directory)
    service.load()
    # New modification time, same bytes (a checkout, ``touch``): the digest decides.
    os.utime(directory / GRANT, ns=(PAST_NS + 10**9, PAST_NS + 10**9))
    _reload(service)
    assert (service._file_cache.read, service._file_cache.reused) == (0, 5)


def test_same_size_change_with_the_old_timestamp_is_still_seen(tmp_path: Path) -> None:
    """A file written just before it was read may change again within the same
    timestamp: such a file's digest, not its stat fields, decides next time."""
    directory = _copy(tmp_path)
    campus = directory / CAMPUS
    campus.write_text(campus.read_text(encoding="utf-8"))  # written just now
    service = KnowledgeService(directory)
    service.load()
    stat = campus.stat()
    text = campus.read_text(encoding="utf-8")
    campus.write_text(text.replace("first Asian campus", "first Asian centre"))  # same size
    os.utime(campus, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert campus.stat().st_size == stat.st_size
    _reload(service)
    assert service._file_cache.read == 1
    assert any("first Asian centre" in fact.text for fact in service.snapshot.kb.facts)


def test_broken_changed_file_is_reported_with_its_line_and_the_old_snapshot_serves(
    tmp_path: Path,
) -> None:
    directory = _copy(tmp_path)
    service = KnowledgeService(directory)
    service.load()
    before = render_json(service.engine.handle("!who Samuel Mensah"))
    grant = directory / GRANT
    lines = grant.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines) if "kind: person" in line)
    lines[number] = lines[number].replace("kind: person", "kind: persona")
    grant.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        _reload(service)
    problem = caught.value.problems[0]
    assert problem.file == GRANT and problem.line == number + 1
    assert "kind" in problem.location
    # The checks between files ran over the files taken from the cache too: what the
    # broken entity breaks elsewhere is reported as a cold load reports it.
    with pytest.raises(KnowledgeError) as cold:
        load_knowledge(directory)
    assert [str(p) for p in caught.value.problems] == [str(p) for p in cold.value.problems]
    assert len(cold.value.problems) > 1
    assert render_json(service.engine.handle("!who Samuel Mensah")) == before
    # Fixed again: the next reload reads it (it is not taken from the cache as broken).
    lines[number] = lines[number].replace("kind: persona", "kind: person")
    grant.write_text("".join(lines), encoding="utf-8")
    _reload(service)
    assert service._file_cache.read == 1
    _assert_same_as_cold(service, directory)


def test_unchanged_files_models_are_shared_with_the_old_snapshot(tmp_path: Path) -> None:
    """What keeps a reload's memory well under two snapshots: the new knowledge base
    holds the very objects of the old one for every unchanged file."""
    directory = _copy(tmp_path)
    service = KnowledgeService(directory)
    service.load()
    old = service.snapshot.kb
    # Copied now: once replaced, the old snapshot's containers are emptied (retired).
    old_entities, old_sources = dict(old.entities), dict(old.sources)
    old_items = [*old.roles, *old.quotes, *old.facts, *old.summaries]
    _new_release(directory)
    _reload(service)
    new = service.snapshot.kb
    assert new is not old
    for entity_id, entity in old_entities.items():
        assert new.entities[entity_id] is entity
    kept = {id(item) for item in old_items}
    added = [
        item
        for item in (*new.roles, *new.quotes, *new.facts, *new.summaries)
        if id(item) not in kept
    ]
    # Only the new release's items are new objects.
    assert added and {item.source for item in added} == {"2025-02-03-new-partner"}
    assert all(new.sources[sid] is source for sid, source in old_sources.items())


def test_a_release_text_link_pointed_elsewhere_is_a_change(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    _new_release(directory)
    sources = directory / "sources"
    real = sources / "2025-02-03-new-partner.txt"
    first, second = sources / "first.txt.orig", sources / "second.txt.orig"
    real.rename(first)
    second.write_text(first.read_text(encoding="utf-8").replace("We join", "We enter"))
    os.utime(second, ns=(PAST_NS, PAST_NS))
    real.symlink_to(first.name)
    service = KnowledgeService(directory)
    service.load()
    real.unlink()
    real.symlink_to(second.name)  # the YAML and both texts unchanged; the link moved
    with pytest.raises(KnowledgeError) as caught:
        _reload(service)
    assert any("not verbatim" in p.message for p in caught.value.problems)
