"""term_arrays (built in bulk, in numpy) indexes each doc as reading it word by word
does, and normalized_words_each splits each text as normalized_words does."""

from __future__ import annotations

import random

import numpy as np

from bot.search.terms import content_terms, term_arrays
from bot.textnorm import normalized_words, normalized_words_each

_WORDS = [
    "The",
    "kelp",
    "Kelpworks",
    "restoration",
    "of",
    "and",
    "bays",
    "12",
    "TWC's",
    "Øyelaran",
    "coast’s",
    "re-opened",
    "met",
    "a",
    "in",
    "café",
    "e-commerce",
    "`quoted`",
    "line\nbreak",
    "名字",
    "2031",
    "initiators",
    "",
]


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 9)))


def test_each_text_is_split_as_normalized_words_splits_it() -> None:
    rng = random.Random(7)
    for _ in range(200):
        texts = [_text(rng) for _ in range(rng.randint(0, 12))]
        assert normalized_words_each(texts) == [normalized_words(t) for t in texts]


def _reference(docs: list[tuple[str, tuple[str, ...]]]) -> dict[str, object]:
    """What term_arrays must hold, worked out doc by doc."""
    term_id: dict[str, int] = {}
    per_doc: list[list[int]] = []
    own_sets: list[set[int]] = []
    for text, context in docs:
        own = [term_id.setdefault(t, len(term_id)) for t in content_terms(text)]
        ids = list(own)
        for name in context:
            ids += [term_id.setdefault(t, len(term_id)) for t in content_terms(name)]
        per_doc.append(ids)
        own_sets.append(set(own))
    return {"vocabulary": list(term_id), "per_doc": per_doc, "own": own_sets}


def test_term_arrays_index_every_doc_as_reading_it_word_by_word_does() -> None:
    rng = random.Random(14)
    for _ in range(60):
        names = [_text(rng) for _ in range(5)]
        docs = [
            (_text(rng), tuple(rng.sample(names, rng.randint(0, 3))))
            for _ in range(rng.randint(0, 30))
        ]
        if docs and rng.random() < 0.3:
            docs += docs[: rng.randint(1, len(docs))]  # repeated texts
        arrays = term_arrays(docs)
        want = _reference(docs)
        assert arrays.vocabulary == want["vocabulary"]
        per_doc: list[list[int]] = want["per_doc"]  # type: ignore[assignment]
        own: list[set[int]] = want["own"]  # type: ignore[assignment]
        assert arrays.doc_length.tolist() == [len(ids) for ids in per_doc]
        for d, ids in enumerate(per_doc):
            start, end = int(arrays.doc_start[d]), int(arrays.doc_start[d + 1])
            split = start + int(arrays.text_len[d])
            assert set(arrays.doc_terms[start:split].tolist()) == own[d]
            assert set(arrays.doc_terms[split:end].tolist()) == set(ids) - own[d]
            assert end - start == len(set(ids))
        # Postings: each term's docs ascending, with its count in each.
        for t in range(len(arrays.vocabulary)):
            start, end = int(arrays.post_start[t]), int(arrays.post_start[t + 1])
            docs_of = arrays.post_docs[start:end].tolist()
            counts = arrays.post_tf[start:end].tolist()
            assert docs_of == [d for d, ids in enumerate(per_doc) if t in ids]
            assert counts == [per_doc[d].count(t) for d in docs_of]
        assert np.diff(arrays.post_start).min(initial=1) >= 1
