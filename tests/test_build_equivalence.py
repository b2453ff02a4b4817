"""The first build's faster paths (issue 12: first load + index at 100,000 entities)
give exactly what the plain per-item code they replaced gives.

Each test keeps the plain code as a reference (a loop per label, per word, per doc,
normalising every whole text) and compares it with the build's own result on the
five-release fixture, a small synthetic base, and texts chosen to leave the ASCII fast
path (accents, apostrophes, control characters, styled letters, empty names).
"""

from __future__ import annotations

import itertools
from array import array
from collections import defaultdict
from collections.abc import Iterator, Sequence

import numpy as np
import pytest

from benchmarks.synth import generate
from bot.kb.loader import load_knowledge
from bot.kb.models import Entity, EntityKind, KnowledgeBase, LoadedRole
from bot.search import names, terms
from bot.search.index import Index, IndexReuse, _is_acronym, title_acronym
from bot.search.names import Label, NameIndex
from bot.textnorm import compact, joined_key, normalize, normalized_words, word_wise
from bot.workers import INHERITS_ARGUMENTS
from tests.kbpaths import KB_FIVE

# Texts on and off normalize's ASCII fast path, and joins of them.
AWKWARD = [
    "Director General",
    "Chief Executive Officer",
    "Jack MA",
    "",
    "  ",
    "-",
    "O'Brien's Trust",
    "`Quoted` Name",
    "Café Zürich",
    "𝐔𝐍𝐈𝐃𝐎",
    "Ｕｎｉｄｏ",
    "Tab\there",
    "Line\nbreak",
    "Zero\u200bwidth",
    "阿里巴巴",
    "Ǆemal-Ǉubo",
    "A.B.C.",
    "e-commerce & logistics",
    "ends with '",
    "'s",
    "s'",
]


def test_normalized_words_are_normalize_split() -> None:
    for text in AWKWARD:
        assert normalized_words(text) == normalize(text).split(), text
    for a, b in itertools.product(AWKWARD, repeat=2):
        text = f"{a} {b}"
        assert normalized_words(text) == normalize(text).split(), text


def test_joined_key_is_the_key_of_the_joined_text() -> None:
    def part(text: str) -> str | None:
        return normalize(text) if word_wise(text) else None

    for a, b in itertools.product(AWKWARD, repeat=2):
        assert joined_key(f"{a} of {b}", (part(a), "of", part(b))) == normalize(f"{a} of {b}")
        assert joined_key(f"{a} {b}", (part(a), part(b))) == normalize(f"{a} {b}")


# --- labels -------------------------------------------------------------------------------


def _reference_labels(kb: KnowledgeBase) -> list[Label]:
    """Every label as the plain build made them: each whole text normalised."""

    def label(text: str, entity_id: str, via: str, person: bool = False) -> Label:
        key = normalize(text)
        return Label(key, compact(key), text, entity_id, via, person)

    out: list[Label] = []
    for entity in kb.entities.values():
        person = entity.kind is EntityKind.PERSON
        out.append(label(entity.name, entity.id, "name", person))
        for alias in (*entity.aliases, *entity.shared_aliases):
            out.append(label(alias, entity.id, "alias", person))
    for role in kb.roles:
        if kb.entities[role.entity].kind is not EntityKind.PERSON:
            continue
        org = kb.entities.get(role.organization or "")
        titles = [role.title]
        acronym = title_acronym(role.title)
        if acronym is not None:
            titles.append(acronym.upper())
        org_acronyms = [a for a in org.aliases if _is_acronym(a)] if org is not None else []
        for title in titles:
            out.append(label(title, role.entity, "role"))
            if org is not None:
                out.append(label(f"{title} of {org.name}", role.entity, "role"))
            for alias in org_acronyms:
                out.append(label(f"{alias} {title}", role.entity, "role"))
                out.append(label(f"{title} of {alias}", role.entity, "role"))
    return out


def _labels(kb: KnowledgeBase) -> list[Label]:
    index = Index.__new__(Index)
    index.kb = kb
    return index._labels(IndexReuse())


@pytest.fixture(scope="module")
def synth_kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    directory = tmp_path_factory.mktemp("synth") / "kb"
    generate(directory, 400, seed=11)
    return load_knowledge(directory)


def _awkward_kb() -> KnowledgeBase:
    """People holding titles at organisations whose names and acronyms leave the ASCII
    fast path, built directly (the loader would reject some of these names)."""
    entities: dict[str, Entity] = {}
    roles: list[LoadedRole] = []
    acronyms = ["UNIDO", "ÉTÉ", "O'K", "ＷＴＯ", "AB\tC"]
    for i, name in enumerate(AWKWARD):
        org_id = f"org-{i}"
        entities[org_id] = Entity.model_construct(
            id=org_id,
            name=name or "-",
            kind=EntityKind.ORGANIZATION,
            summary="An organisation.",
            aliases=[acronyms[i % len(acronyms)]],
            shared_aliases=[],
        )
    for i, title in enumerate(AWKWARD):
        person_id = f"person-{i}"
        entities[person_id] = Entity.model_construct(
            id=person_id,
            name=f"Person {i}",
            kind=EntityKind.PERSON,
            summary="A person.",
            aliases=[],
            shared_aliases=[],
        )
        for org in (f"org-{i}", f"org-{(i * 7) % len(AWKWARD)}", None):
            roles.append(
                LoadedRole.model_construct(
                    entity=person_id,
                    title=title or "Director",
                    organization=org,
                    source="s",
                    ended=None,
                    current=True,
                )
            )
    return KnowledgeBase.model_construct(
        sources={}, entities=entities, roles=tuple(roles), quotes=(), facts=(), summaries=()
    )


def test_labels_are_those_of_normalising_every_text(synth_kb: KnowledgeBase) -> None:
    for kb in (load_knowledge(KB_FIVE), synth_kb, _awkward_kb()):
        assert _labels(kb) == _reference_labels(kb)


# --- name postings ------------------------------------------------------------------------


def _reference_word_postings(keys: Sequence[str]) -> tuple[list[str], list[int], list[int]]:
    """(words in order, starts, ids) and the first positions, by a loop per word."""
    by_word: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, key in enumerate(keys):
        for word in set(key.split()):
            by_word[word].append((i, min(key.find(word), names._POSITION_MASK)))
    words = sorted(by_word)
    starts = [0, *itertools.accumulate(len(by_word[w]) for w in words)]
    pairs = [pair for w in words for pair in by_word[w]]
    return words, starts, [*(i for i, _ in pairs), -1, *(at for _, at in pairs)]


def test_word_postings_are_those_of_a_loop_per_word(synth_kb: KnowledgeBase) -> None:
    for kb in (load_knowledge(KB_FIVE), synth_kb, _awkward_kb()):
        keys = [label.key for label in NameIndex(_labels(kb)).labels]
        # Keys where a word also occurs earlier inside another word ("an" of "anna an").
        keys += ["anna an", "an anna", "x x x", "a" * 70_000 + " b"]
        postings, found_at = names._word_postings(keys)
        words, starts, flat = _reference_word_postings(keys)
        assert postings.keys == words
        assert postings.position == {w: j for j, w in enumerate(words)}
        assert postings.starts == starts
        assert postings.ids.dtype == np.int32
        assert [*postings.ids.tolist(), -1, *found_at.tolist()] == flat
    empty, found_at = names._word_postings([])
    assert (empty.keys, empty.starts, len(empty.ids), len(found_at)) == ([], [0], 0, 0)


def _same_postings(a: NameIndex, b: NameIndex) -> None:
    for name in ("_word_rank", "_gram_labels", "_by_compact_order", "_compact_shortest"):
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    for name in ("_gram_id", "_gram_start", "_shortest_first", "_compacts_in_order"):
        assert getattr(a, name) == getattr(b, name), name
    assert (a._words.keys, a._words.starts, a._words.position) == (
        b._words.keys,
        b._words.starts,
        b._words.position,
    )
    assert np.array_equal(a._words.ids, b._words.ids)
    for name in ("_by_key", "_by_compact"):
        x, y = getattr(a, name), getattr(b, name)
        assert (x.slot, x.starts) == (y.slot, y.starts), name
        assert np.array_equal(x.ids, y.ids), name


@pytest.mark.skipif(
    not INHERITS_ARGUMENTS, reason="postings are built in a worker only when forked"
)
def test_postings_built_in_a_worker_are_those_built_here(
    synth_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Session 13: a large index's name postings are built in a worker process while the
    # engine builds its tables; they must be the very ones built in this process.
    monkeypatch.setattr(names, "BACKGROUND_LABELS", 0)
    for kb in (synth_kb, _awkward_kb()):
        labels = _labels(kb)
        here = NameIndex(labels)
        there = NameIndex(labels, background=True)
        assert there._pending is not None
        there.warm()
        assert there._pending is None and there._postings_lock is None
        _same_postings(here, there)
        assert there.search("person 3") == here.search("person 3")


def test_key_tables_number_keys_in_order_of_first_use() -> None:
    keys = ["b", "a", "b", "c", "a", "b"] * 7_000  # several slices
    table = names._KeyTable.build(keys)
    assert list(table.slot) == ["b", "a", "c"]
    assert list(table.slot.values()) == [0, 1, 2]
    for key in ("a", "b", "c"):
        assert table.get(key) == [i for i, k in enumerate(keys) if k == key]


# --- term index ---------------------------------------------------------------------------


def _reference_term_arrays(texts: Sequence[tuple[str, Sequence[str]]]) -> terms.TermArrays:
    """``term_arrays`` as it was: every doc's terms worked out on its own."""
    term_id: dict[str, int] = defaultdict(itertools.count().__next__)
    term_ids, lengths, distinct_ids = array("i"), array("i"), array("i")
    distinct, text_len = array("i"), array("i")
    for text, context in texts:
        own = list(filter(None, map(terms._term_of, normalize(text).split())))
        words = own + [
            t
            for name in context
            for t in filter(None, map(terms._term_of, normalize(name).split()))
        ]
        ids = [term_id[t] for t in words]
        term_ids.extend(ids)
        lengths.append(len(ids))
        unique = dict.fromkeys(ids)
        distinct_ids.extend(unique)
        distinct.append(len(unique))
        text_len.append(len(dict.fromkeys(ids[: len(own)])) if context else len(unique))
    n = len(lengths)
    doc_of = np.repeat(np.arange(n, dtype=np.int64), np.asarray(lengths, dtype=np.intc))
    pairs, tf = np.unique(
        np.asarray(term_ids, dtype=np.int64) * max(1, n) + doc_of, return_counts=True
    )
    post_start = np.zeros(len(term_id) + 1, dtype=np.int64)
    np.cumsum(np.bincount(pairs // max(1, n), minlength=len(term_id)), out=post_start[1:])
    doc_start = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.asarray(distinct, dtype=np.int64), out=doc_start[1:])
    return terms.TermArrays(
        vocabulary=list(term_id),
        post_start=post_start,
        post_docs=(pairs % max(1, n)).astype(np.int32),
        post_tf=tf.astype(np.min_scalar_type(int(tf.max(initial=0)))),
        doc_start=doc_start,
        doc_terms=np.asarray(distinct_ids, dtype=np.int32),
        text_len=np.asarray(text_len, dtype=np.int32),
        doc_length=np.asarray(lengths, dtype=np.int64),
    )


def _docs(kb: KnowledgeBase) -> Iterator[tuple[str, tuple[str, ...]]]:
    index = Index.__new__(Index)
    index.kb = kb
    return index._doc_texts()


def test_term_arrays_are_those_of_each_doc_on_its_own(synth_kb: KnowledgeBase) -> None:
    awkward = [(text, ()) for text in AWKWARD]
    # Repeated texts and names, alone and as another doc's context, in every order.
    awkward += [(a, (b, a)) for a, b in itertools.product(AWKWARD[:8], repeat=2)]
    for texts in (list(_docs(load_knowledge(KB_FIVE))), list(_docs(synth_kb)), awkward):
        got, want = terms.term_arrays(texts), _reference_term_arrays(texts)
        assert got.vocabulary == want.vocabulary
        for field in ("post_start", "post_docs", "post_tf", "doc_start", "text_len", "doc_length"):
            a, b = getattr(got, field), getattr(want, field)
            assert a.dtype == b.dtype and a.tolist() == b.tolist(), field
        # Each doc's distinct terms: its own text's, then those only its context has.
        # Read as sets (TermIndex.terms_of, text_terms_of), so each part's order is free
        # (session 14: ascending, from one sort, rather than in order of first use).
        assert got.doc_terms.dtype == want.doc_terms.dtype
        starts, own = want.doc_start.tolist(), want.text_len.tolist()
        got_terms, want_terms = got.doc_terms.tolist(), want.doc_terms.tolist()
        for d in range(len(texts)):
            cut = starts[d] + own[d]
            for part in (slice(starts[d], cut), slice(cut, starts[d + 1])):
                assert sorted(got_terms[part]) == sorted(want_terms[part]), d


def test_indexes_of_a_synthetic_base_agree_with_the_reference_parts(
    synth_kb: KnowledgeBase,
) -> None:
    """The whole build: the served name index holds the reference labels, de-duplicated."""
    index = Index(synth_kb)
    assert index.names.labels == names._unique_labels(_reference_labels(synth_kb))


# --- people's name words ------------------------------------------------------------------


def test_unnamed_words_looked_up_from_run_starts_are_those_of_every_run(
    synth_kb: KnowledgeBase,
) -> None:
    """Session 13: a non-person's name is searched for people's full names only from
    the words that start one; the words left unnamed are those of looking up every run."""
    from bot.engine.qa.person_words import _person_keys, _run_starts, _unnamed_words

    people = [
        Entity.model_construct(
            id=f"p{i}",
            name=name,
            kind=EntityKind.PERSON,
            summary="-",
            aliases=[],
            shared_aliases=[],
        )
        for i, name in enumerate(("Ada Brennan", "Ada Brennan Cole", "Tomas Ek", "Ek"))
    ]
    named = [
        Entity.model_construct(
            id=f"o{i}",
            name=name,
            kind=EntityKind.ORGANIZATION,
            summary="-",
            aliases=[],
            shared_aliases=[],
        )
        for i, name in enumerate(
            (
                "The Ada Brennan Cole Trust",
                "Ada Brennan and Tomas Ek Foundation",
                "Tomas Ek",
                "Ek Ek Ada Brennan",
                "Ada",
                "",
            )
        )
    ]
    for kb_entities in (list(synth_kb.entities.values()), [*people, *named]):
        full = {k for e in kb_entities if e.kind is EntityKind.PERSON for k in _person_keys(e)}
        starts = _run_starts(full)
        for entity in kb_entities:
            if entity.kind is not EntityKind.PERSON:
                assert _unnamed_words(entity, full.__contains__, starts) == _unnamed_words(
                    entity, full.__contains__
                ), entity.name
