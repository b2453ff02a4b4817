"""Segmented index (issue 12, reloads that scale): a reload keeps the term index's
unchanged segments, masks the docs of changed or removed items, indexes only the new
ones, and answers exactly as an index built from scratch on the final files.

Each test reloads a copy of the five-release fixture through KnowledgeService and
compares the served index with a cold ``Index(load_knowledge(...))``: every term's
postings and BM25 factors, idf, scores of multi-term queries (to 1e-9), name lookups
and autocomplete, then the engine's answers to `!what`, `!who`, `!quote`, `!timeline`
for every entity and the fixture's free questions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bot import stages
from bot.engine.engine import Engine
from bot.engine.qa import person_words
from bot.engine.qa.executors import Executors
from bot.engine.qa.person_words import PersonWords
from bot.kb.loader import KnowledgeError, load_knowledge
from bot.kb.models import Entity, EntityKind, LoadedRole
from bot.search import index as index_module
from bot.search import terms
from bot.search.index import Grouping, Index
from bot.search.names import NameIndex
from bot.search.terms import TermIndex
from bot.service import KnowledgeService
from bot.textnorm import normalize
from tests.test_incremental_reload import (
    CAMPUS,
    NEWEST,
    _copy,
    _new_release,
    _questions,
    _reload,
    _sweep,
)

LAUNCH = "releases/2019-11-12-digital-export-academy-launch.yaml"


def _collision_release(directory: Path, number: int = 0) -> None:
    """A release declaring an organisation whose acronym (WTO) an older one claims: the
    new file alone declares the shared alias."""
    sid = f"2025-0{3 + number % 6}-1{number % 10}-tourism-{number}"
    (directory / "sources" / f"{sid}.txt").write_text(
        f"Madrid, 2025 /PR Newswire/ -- The World Tourism Organization met the Digital"
        f" Export Academy for the {number}th time about tourism exports.\n",
        encoding="utf-8",
    )
    (directory / "releases" / f"{sid}.yaml").write_text(
        f"""source:
  id: {sid}
  title: The World Tourism Organization meets the Digital Export Academy ({number})
  publisher: PR Newswire
  date: 2025-0{3 + number % 6}-1{number % 10}
  dateline: {{city: Madrid, country: Spain}}
  text: ../sources/{sid}.txt
  reviewed: true
entities:
  - id: tourism-org-{number}
    name: World Tourism Organization {number}
    kind: organization
    summary: The United Nations agency for responsible and sustainable tourism {number}.
    aliases: [Tourism Org {number}]
    shared_aliases: [WTO]
facts:
  - id: tourism-meets-academy-{number}
    about: [tourism-org-{number}, digital-export-academy]
    text: The World Tourism Organization met the Digital Export Academy about tourism exports {number}.
""",
        encoding="utf-8",
    )


def _assert_terms_same(served: TermIndex, cold: TermIndex) -> None:
    assert served.docs == cold.docs
    assert served.position == cold.position
    assert served._vocabulary_sorted == cold._vocabulary_sorted == sorted(cold._idf)
    assert served._idf.keys() == cold._idf.keys()
    for term, idf in cold._idf.items():
        assert abs(served._idf[term] - idf) <= 1e-9, term
    assert abs(served.mean_idf - cold.mean_idf) <= 1e-9
    assert served.unknown_idf == cold.unknown_idf
    for term in cold._vocabulary_sorted:
        got, want = served._postings(term), cold._postings(term)
        assert got is not None and want is not None
        assert got[0].tolist() == want[0].tolist(), term  # same docs, same order
        np.testing.assert_allclose(got[1], want[1], rtol=0, atol=1e-9)
    for d in range(len(cold)):
        assert served.terms_of(d) == cold.terms_of(d)
        assert served.text_terms_of(d) == cold.text_terms_of(d)
    vocabulary = cold._vocabulary_sorted
    queries = [
        [(vocabulary[i], 1.0), (vocabulary[(7 * i + 3) % len(vocabulary)], 0.7)]
        for i in range(0, len(vocabulary), 3)
    ]
    queries.append([("academi", 1.0), ("wto", 0.8), ("tourism", 1.0), ("nosuchterm", 1.0)])
    for query in queries:
        got_scores, want_scores = served.score(query), cold.score(query)
        np.testing.assert_allclose(got_scores.values, want_scores.values, rtol=0, atol=1e-9)
        assert got_scores.in_order_met() == want_scores.in_order_met()
        terms_only = [t for t, _ in query]
        assert served.docs_with_all(terms_only) == cold.docs_with_all(terms_only)


def _names_state(names: NameIndex) -> tuple[object, ...]:
    grams = sorted(g for g in names._gram_id if len(names._gram_posting(g)))
    return (
        names.labels,
        {label.key: names._by_key.get(label.key) for label in names.labels},
        {label.compact: names._by_compact.get(label.compact) for label in names.labels},
        names._words.keys,
        names._words.position,
        names._words.starts,
        names._words.ids.tolist(),
        names._word_rank.tolist(),
        {g: names._gram_posting(g).tolist() for g in grams},
        names._shortest_first,
        names._compacts_in_order,
        names._compact_shortest.tolist(),
        names._common_gram,
    )


# The index's items grouped by entity (updated from the last build's on a reload) and
# the tables derived from them.
GROUPINGS = (
    "roles_by_entity",
    "summaries_by_entity",
    "people_by_org",
    "quotes_by_speaker",
    "quotes_about",
    "facts_by_entity",
    "fact_by_id",
    "quote_by_id",
)
DERIVED = (
    "speaker_ids",
    "title_word_pairs",
    "person_ids",
    "facts_by_source",
    "by_popularity",
    "popularity",
)

# The question executors' tables a reload updates from the last snapshot's.
ENGINE_TABLES = ("_role_news", "_statements_by_year")
# Tables by release, also taken from the last snapshot (compared by key: their keys
# may be in another order).
BY_SOURCE_TABLES = ("_quotes_by_source", "_roles_by_source")


def _assert_groupings_same(served: Index, cold: Index) -> None:
    """Every grouping and derived table of ``served`` equals ``cold``'s: the same keys,
    and each key's items in the same order (models compared by value: the reloaded
    base's are other objects than the cold build's)."""
    assert served.sources_newest == cold.sources_newest
    for name in (*GROUPINGS, *DERIVED):
        got, want = getattr(served, name), getattr(cold, name)
        if isinstance(want, dict):
            got, want = dict(got), dict(want)
        assert got == want, name


def _assert_index_same(
    service: KnowledgeService, directory: Path, *, answers: bool = False
) -> None:
    """The served index equals a cold build's; with ``answers``, so do the engine's
    answers to the sweep of tests/test_incremental_reload.py."""
    served = service.snapshot.index
    cold = Index(load_knowledge(directory))
    # The checks between files took most files as checked last time: the same models,
    # in the same order, as a cold load's.
    for name in ("sources", "entities", "roles", "summaries", "quotes", "facts"):
        assert getattr(served.kb, name) == getattr(cold.kb, name), name
    _assert_terms_same(served.terms, cold.terms)
    assert _names_state(served.names) == _names_state(cold.names)
    _assert_groupings_same(served, cold)
    cold_engine = Engine(cold)
    cold_engine.warm()
    for name in (*ENGINE_TABLES, *BY_SOURCE_TABLES, "_contact_blocks"):
        got = getattr(service.engine.questions.run, name)
        want = getattr(cold_engine.questions.run, name)
        assert got == want, name
    served_words = service.engine.questions.parser._person_table
    cold_words = cold_engine.questions.parser._person_table
    for name in ("table", "people", "full_names", "others"):
        assert getattr(served_words, name) == getattr(cold_words, name), name
    if answers:
        questions = _questions()
        got, want = _sweep(service.engine, questions), _sweep(cold_engine, questions)
        assert got.keys() == want.keys()
        different = [m for m in got if got[m] != want[m]]
        assert not different, different[:5]
    for label in cold.names.labels:
        for query in (label.text, label.text[:-1], label.text[:4]):
            assert served.names.search(query) == cold.names.search(query)
            assert served.names.prefix_complete(query) == cold.names.prefix_complete(query)


def _segments(service: KnowledgeService) -> list[terms.TermSegment]:
    return service.snapshot.index.terms.segments


def test_added_changed_renamed_and_deleted_files_give_a_from_scratch_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each file of the fixture holds about a fifth of its docs: let a segment keep up to
    # 90% masked, so that the base segment stays through the changes below.
    monkeypatch.setattr(terms, "MAX_DEAD_SHARE", 0.9)
    updates: list[int] = []  # name index updates (rather than builds), labels added
    update = NameIndex._update_postings

    def counted(self: NameIndex, previous: NameIndex, remap: object, added: list[int]) -> None:
        updates.append(len(added))
        update(self, previous, remap, added)  # type: ignore[arg-type]

    monkeypatch.setattr(NameIndex, "_update_postings", counted)
    # Likewise each reload below changes more than the share of items past which the
    # groupings by entity are made from scratch: let them be updated still.
    monkeypatch.setattr(index_module, "_REGROUP_SHARE", 10.0)
    regrouped: list[bool] = []
    regroup = Index._regroup_from

    def counted_regroup(self: Index, previous: Grouping) -> bool:
        regrouped.append(regroup(self, previous))
        return regrouped[-1]

    monkeypatch.setattr(Index, "_regroup_from", counted_regroup)
    tables_updated: list[bool] = []  # the engine's tables were updated, not made again
    warm_from = Executors.warm_from

    def counted_warm(self: Executors, previous: Executors) -> None:
        warm_from(self, previous)
        tables_updated.append(all(name in vars(self) for name in ENGINE_TABLES))

    monkeypatch.setattr(Executors, "warm_from", counted_warm)
    contacts_updated: list[bool] = []
    contacts_from = Executors.contacts_from

    def counted_contacts(self: Executors, previous: Executors) -> None:
        contacts_from(self, previous)
        contacts_updated.append("_contact_blocks" in vars(self))

    monkeypatch.setattr(Executors, "contacts_from", counted_contacts)
    # The question parser's table of people's name words was updated too.
    monkeypatch.setattr(person_words, "REBUILD_SHARE", 10.0)
    words_updated: list[bool] = []
    words_update = PersonWords._updated

    def counted_words(self: PersonWords, *args: Any) -> PersonWords:
        words_updated.append(True)
        return words_update(self, *args)

    monkeypatch.setattr(PersonWords, "_updated", counted_words)
    directory = _copy(tmp_path)
    service = KnowledgeService(directory)
    service.load()
    base = _segments(service)
    assert len(base) == 1

    # Nothing changed: the same segment, nothing indexed again.
    _reload(service)
    assert _segments(service) == base

    # A new release whose organisation shares an older one's acronym.
    _collision_release(directory)
    _reload(service)
    segments = _segments(service)
    assert segments[0] is base[0] and len(segments) == 2
    assert len(segments[1]) < 10  # only the new release's docs were indexed
    assert "World Tourism Organization 0" in service.engine.handle("!what WTO").text
    assert updates and updates[-1] > 0  # the name index was updated, with new labels
    _assert_index_same(service, directory, answers=True)

    # An entity renamed (the facts of other files about it are indexed again: its name
    # is part of their indexed context) and a fact changed; the base segment stays.
    launch = directory / LAUNCH
    text = launch.read_text(encoding="utf-8")
    assert "    name: Digital Export Academy\n" in text
    launch.write_text(
        text.replace(
            "    name: Digital Export Academy\n", "    name: Digital Export Schoolhouse\n"
        ),
        encoding="utf-8",
    )
    campus = directory / CAMPUS
    text = campus.read_text(encoding="utf-8")
    old = "opened its first Asian campus in Kuala Lumpur on March 15, 2022."
    campus.write_text(text.replace(old, old[:-1] + ", its third campus."), encoding="utf-8")
    _reload(service)
    assert _segments(service)[0] is base[0]
    _assert_index_same(service, directory, answers=True)

    # A person renamed in her own release: the title news of the later releases that
    # give her titles name her, so they are read again though their files are the same.
    grant = directory / "releases" / "2021-06-08-dta-trust-grant-academy.yaml"
    text = grant.read_text(encoding="utf-8")
    assert "    name: Lina MA\n" in text
    grant.write_text(
        text.replace("    name: Lina MA\n", "    name: Lina MAKENA\n"), encoding="utf-8"
    )
    _reload(service)
    _assert_index_same(service, directory)

    # A release deleted, and one more added.
    (directory / NEWEST).unlink()
    _new_release(directory)
    _reload(service)
    _assert_index_same(service, directory, answers=True)
    assert len(updates) >= 3  # every reload above but the last updated it
    assert regrouped == [True] * 5  # every reload updated the groupings
    assert tables_updated == [True] * 5
    assert words_updated == [True] * 5
    assert contacts_updated == [True] * 5


def test_segment_count_stays_bounded_over_many_reloads(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    service = KnowledgeService(directory)
    service.load()
    counts = []
    for number in range(terms.MAX_SEGMENTS + 2):
        _collision_release(directory, number)
        if number % 3 == 2:  # and now and then an older one changed again
            path = next((directory / "releases").glob(f"*-tourism-{number - 1}.yaml"))
            path.write_text(
                path.read_text(encoding="utf-8").replace("tourism exports", "tourist exports"),
                encoding="utf-8",
            )
        _reload(service)
        counts.append(len(_segments(service)))
        assert counts[-1] <= terms.MAX_SEGMENTS
        served, cold = service.snapshot.index.terms, Index(load_knowledge(directory)).terms
        _assert_terms_same(served, cold)
    assert max(counts) > 2  # segments did pile up before being merged
    _assert_index_same(service, directory)


def test_a_segment_with_many_masked_docs_is_merged(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    service = KnowledgeService(directory)
    service.load()
    _collision_release(directory, 1)
    _reload(service)
    small = _segments(service)[1]
    # Change the new release: every doc of its segment is masked, so it is merged away
    # (indexed again with the changed docs) rather than kept.
    path = next((directory / "releases").glob("*-tourism-1.yaml"))
    path.write_text(
        path.read_text(encoding="utf-8").replace("tourism exports", "tourist exports"),
        encoding="utf-8",
    )
    _reload(service)
    segments = _segments(service)
    assert len(segments) == 2 and small not in segments
    _assert_terms_same(service.snapshot.index.terms, Index(load_knowledge(directory)).terms)


def test_a_new_quote_by_a_known_speaker_updates_the_tables_as_a_rebuild_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A release quoting someone the base already quotes: the speaker's quotes, the
    popularity counts and order, and the question tables are updated (not made again)
    and equal a from-scratch build's."""
    monkeypatch.setattr(index_module, "_REGROUP_SHARE", 10.0)
    directory = _copy(tmp_path)
    service = KnowledgeService(directory)
    service.load()
    before = service.snapshot.index.popularity["jack-ma"]
    sid = "2025-04-02-jack-ma-academy"
    said = "The Academy has trained more exporters than we ever hoped."
    (directory / "sources" / f"{sid}.txt").write_text(
        f"Hangzhou, 2025 /PR Newswire/ -- “{said}” said Jack MA.\n", encoding="utf-8"
    )
    (directory / "releases" / f"{sid}.yaml").write_text(
        f"""source:
  id: {sid}
  title: Jack MA on the Digital Export Academy
  publisher: PR Newswire
  date: 2025-04-02
  dateline: {{city: Hangzhou, country: China}}
  text: ../sources/{sid}.txt
  reviewed: true
quotes:
  - id: jack-ma-academy-2025
    speaker: jack-ma
    about: [digital-export-academy]
    text: {said}
""",
        encoding="utf-8",
    )
    _reload(service)
    served = service.snapshot.index
    assert served.popularity["jack-ma"] == before + 2
    assert served.quotes_by_speaker["jack-ma"][0].id == "jack-ma-academy-2025"
    _assert_index_same(service, directory)


def _entity(eid: str, kind: EntityKind, name: str, *aliases: str) -> Entity:
    return Entity(id=eid, kind=kind, name=name, summary=f"About {name}.", aliases=aliases)


def _role(person: str, title: str) -> LoadedRole:
    return LoadedRole(entity=person, title=title, organization=None, source="s")


def _owners(entities: dict[str, Entity]) -> Any:
    """``NameIndex.owners_of_word`` of these entities: those with a name or alias
    holding the normalised word."""

    def owners(word: str) -> set[str]:
        return {
            e.id
            for e in entities.values()
            if any(word in normalize(n).split() for n in (e.name, *e.aliases))
        }

    return owners


def _same_words(got: PersonWords, want: PersonWords) -> None:
    for name in ("table", "people", "full_names", "others"):
        assert getattr(got, name) == getattr(want, name), name


def test_people_name_words_updated_as_made_when_full_names_come_and_go(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The parser's table of people's name words, updated from the last one, equals the
    table made from scratch: also when a person's full name that came or went is
    written in an unchanged organisation's name (its words then say that person, or
    stop saying so), and when roles' initials come and go."""
    monkeypatch.setattr(person_words, "REBUILD_SHARE", 10.0)
    person, org = EntityKind.PERSON, EntityKind.ORGANIZATION
    lina = _entity("lina", person, "Lina MA", "Ms Lina Ma")
    jack = _entity("jack", person, "Jack MA", "Ma Yun", "DG Jack Ma")
    before = {
        "lina": lina,
        "lina-foundation": _entity("lina-foundation", org, "Lina Ma Foundation"),
        "okafor-institute": _entity("okafor-institute", org, "Ngozi Okafor Institute"),
        "kalahari": _entity("kalahari", org, "Kalahari Trust"),
        "jack": jack,
    }
    roles_before = (_role("jack", "Director General"), _role("lina", "Chief Executive Officer"))
    made_before = PersonWords.build(before, roles_before)
    assert "ma" in made_before.table and "lina" in made_before.table
    assert "ngozi" not in made_before.table  # no such person yet
    # Lina goes: the foundation's name no longer names a person, so "ma" and "lina" are
    # words of another kind of name. A person named Ngozi Okafor comes: the institute's
    # name now names her. A new Kalahari person: "kalahari" still names the trust.
    # Jack changes aliases; a role's initials go ("dg" is no longer a title's), one
    # comes.
    after = {
        "lina-foundation": before["lina-foundation"],
        "okafor-institute": before["okafor-institute"],
        "ngozi": _entity("ngozi", person, "Ngozi OKAFOR"),
        "kalahari": before["kalahari"],
        "jack": _entity("jack", person, "Jack MA", "DG Jack Ma", "Jack Ma Yun"),
        "kalahari-smith": _entity("kalahari-smith", person, "Kalahari SMITH"),
    }
    roles_after = (_role("jack", "Managing Director"),)
    updated = PersonWords.build(after, roles_after, _owners(after), made_before)
    made = PersonWords.build(after, roles_after)
    _same_words(updated, made)
    assert updated.table != made_before.table
    assert "ma" not in updated.table and "ngozi" in updated.table
    assert "kalahari" not in updated.table and "dg" in updated.table
    # And back again, from the updated one.
    again = PersonWords.build(before, roles_before, _owners(before), updated)
    _same_words(again, made_before)


def _problems(service: KnowledgeService, directory: Path) -> list[str]:
    """The problems a reload reports, checked against a cold load's."""
    with pytest.raises(KnowledgeError) as reloaded:
        _reload(service)
    with pytest.raises(KnowledgeError) as cold:
        load_knowledge(directory)
    got = [str(p) for p in reloaded.value.problems]
    assert got == [str(p) for p in cold.value.problems]
    return got


def test_checks_between_files_take_clean_files_as_checked_and_report_as_a_full_check(
    tmp_path: Path,
) -> None:
    """A reload checks the items of new and changed files only, when the last load was
    clean and no entity is gone; whatever problem a reload meets (a duplicate id with
    an unchanged file, an entity that unchanged files name deleted) is reported exactly
    as a cold load reports it, and the next clean reload is a cold load's base."""
    directory = _copy(tmp_path)
    service = KnowledgeService(directory)
    service.load()
    cache = service._file_cache
    assert cache.rechecked == 5  # a first load checks every file
    _new_release(directory)
    _reload(service)
    assert cache.rechecked == 1  # the new release only
    _assert_index_same(service, directory)
    # A release text changed (its press contact): that release is checked again, and
    # its contact block read again.
    text = directory / "sources" / "2022-03-15-academy-kuala-lumpur-campus.txt"
    old_contact = "Siti HALIM, ASEAN Young Entrepreneurs Circle, +60 3 5555 0142"
    assert old_contact in text.read_text(encoding="utf-8")
    text.write_text(
        text.read_text(encoding="utf-8").replace(
            old_contact, "Aisha RAHMAN, AYEC, +60 3 5555 0199"
        ),
        encoding="utf-8",
    )
    _reload(service)
    assert cache.rechecked == 1
    _assert_index_same(service, directory)
    assert "Aisha RAHMAN" in str(service.engine.questions.run._contact_blocks)

    # A release sorted before the others claims a quote id of an unchanged file: the
    # unchanged file, the second claimant, is the one reported.
    launch = (directory / LAUNCH).read_text(encoding="utf-8")
    quote_id = launch.split("quotes:\n  - id: ", 1)[1].split("\n", 1)[0]
    early = directory / "releases" / "2017-01-01-early.yaml"
    early_text = (directory / "releases" / "2025-02-03-new-partner.yaml").read_text(
        encoding="utf-8"
    )
    early.write_text(
        early_text.replace("2025-02-03-new-partner", "2025-02-03-new-partner-early")
        .replace("id: kamau-joins-academy", f"id: {quote_id}")
        .replace("id: savanna-logistics-council", "id: savanna-early")
        .replace("id: wanjiru-kamau", "id: kamau-early")
        .replace("entity: wanjiru-kamau", "entity: kamau-early")
        .replace("speaker: wanjiru-kamau", "speaker: kamau-early")
        .replace("organization: savanna-logistics-council", "organization: savanna-early")
        .replace("savanna-logistics-council]", "savanna-early]")
        .replace("id: slc-joins-academy", "id: slc-early")
        .replace("name: Savanna Logistics Council", "name: Savanna Early Council")
        .replace("[SLC]", "[SEC]")
        .replace("name: Wanjiru KAMAU", "name: Wanjiru EARLY")
        .replace("[Wanjiru Kamau]", "[Wanjiru Early]"),
        encoding="utf-8",
    )
    (directory / "sources" / "2025-02-03-new-partner-early.txt").write_text(
        (directory / "sources" / "2025-02-03-new-partner.txt").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    problems = _problems(service, directory)
    assert any(f"duplicate quote id {quote_id!r}" in p and LAUNCH in p for p in problems)
    early.unlink()

    # The entities unchanged files name, gone with the release declaring them.
    oldest = directory / "releases" / "2018-04-21-unido-alibaba-ewtp.yaml"
    oldest_text = oldest.read_text(encoding="utf-8")
    oldest.unlink()
    problems = _problems(service, directory)
    assert any("unknown entity 'li-yong'" in p and LAUNCH in p for p in problems)

    # Mended: a clean base again (every file checked: the failed reloads checked them
    # again one by one), then the next reload checks only what changed.
    oldest.write_text(oldest_text, encoding="utf-8")
    _reload(service)
    assert cache.rechecked == 6
    _assert_index_same(service, directory, answers=True)
    # A release deleted: its entities are gone, so every file is checked again.
    (directory / NEWEST).unlink()
    _reload(service)
    assert cache.rechecked == 5
    _assert_index_same(service, directory)
    _collision_release(directory)
    _reload(service)
    assert cache.rechecked == 1
    _assert_index_same(service, directory)


def test_a_build_records_its_cpu_time_per_stage(tmp_path: Path) -> None:
    """The add_release benchmark prints where a reload's CPU time goes (bot.stages)."""
    service = KnowledgeService(_copy(tmp_path))
    service.load()
    _reload(service)
    recorded = service.snapshot.stages
    assert list(recorded)[:3] == ["reading files", "checks between files", "term index"]
    for name in ("grouping", "name index", "question tables", "warm-up", "warm-up.executors"):
        assert name in recorded
    assert all(seconds >= 0 for seconds in recorded.values())
    assert recorded["warm-up"] >= recorded["warm-up.executors"]
    with stages.stage("outside a recording"):  # nothing recorded, nothing raised
        pass
    assert "outside a recording" not in service.snapshot.stages


def test_a_reload_compares_each_pair_of_item_tuples_once_and_holds_none_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The groupings, the parser's people table and the change executor all ask which
    roles (and facts) changed since the last build: one build compares each pair of
    tuples once, gives every caller that result, and keeps no tuple once it is done
    (the replaced knowledge base must be freed when its snapshot retires)."""
    directory = _copy(tmp_path)
    service = KnowledgeService(directory)
    service.load()
    old_kb = service.snapshot.kb
    compared: list[tuple[int, int]] = []
    real_ids = index_module.slices.ids
    pending: list[int] = []

    def counting_ids(items: Any) -> set[int]:
        pending.append(id(items))
        if len(pending) == 2:  # changed_items takes the ids of old, then of new
            compared.append((pending[0], pending[1]))
            pending.clear()
        return real_ids(items)

    monkeypatch.setattr(index_module.slices, "ids", counting_ids)
    _new_release(directory)
    _reload(service)
    monkeypatch.undo()
    kb = service.snapshot.kb
    assert (id(old_kb.roles), id(kb.roles)) in compared
    assert (id(old_kb.facts), id(kb.facts)) in compared
    assert len(compared) == len(set(compared))
    assert getattr(index_module._compared, "memo", None) is None
    # Outside a build nothing is remembered: each call compares afresh.
    first = index_module.changed_items(old_kb.roles, kb.roles)
    assert first == index_module.changed_items(old_kb.roles, kb.roles)
    assert first is not index_module.changed_items(old_kb.roles, kb.roles)
    _assert_index_same(service, directory)


def test_tables_by_release_are_taken_from_the_last_snapshot_but_for_changed_releases(
    tmp_path: Path,
) -> None:
    """A reload groups again only the facts of the releases whose facts changed; every
    other release's list is the serving snapshot's own, left as it was; and the table
    equals a cold build's after a release is added and after it is deleted again."""
    directory = _copy(tmp_path)
    service = KnowledgeService(directory)
    service.load()
    before = service.snapshot.index.facts_by_source
    kept = {source: list(facts) for source, facts in before.items()}
    old_run = service.engine.questions.run
    old_quotes, old_roles = old_run._quotes_by_source, old_run._roles_by_source
    _new_release(directory)
    _reload(service)
    after = service.snapshot.index.facts_by_source
    run = service.engine.questions.run
    # The executors' quotes and roles by release likewise (the new release has both).
    for got, old in ((run._quotes_by_source, old_quotes), (run._roles_by_source, old_roles)):
        assert got.get("2025-02-03-new-partner")
        assert all(got[s] is old[s] for s in old)
    assert after.get("2025-02-03-new-partner")
    assert before.keys() <= after.keys()
    assert all(after[s] is before[s] for s in before)  # shared, not grouped again
    assert {s: list(f) for s, f in before.items()} == kept  # the serving table untouched
    _assert_index_same(service, directory)

    (directory / "releases" / "2025-02-03-new-partner.yaml").unlink()
    (directory / "sources" / "2025-02-03-new-partner.txt").unlink()
    _reload(service)
    latest = service.snapshot.index.facts_by_source
    assert "2025-02-03-new-partner" not in latest
    assert all(latest[s] is after[s] for s in latest)
    _assert_index_same(service, directory)
