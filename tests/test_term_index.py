"""The term index: BM25 figures, and the same index whether built here or in a worker."""

from __future__ import annotations

import math
from concurrent.futures import Future

import numpy as np
import pytest

from bot.engine.engine import Engine
from bot.search import terms
from bot.search.terms import BM25_B, BM25_K1, TermIndex, content_terms


def _docs(engine: Engine) -> list[tuple[terms.Doc, str, tuple[str, ...]]]:
    return list(engine.index._docs())


def _state(index: TermIndex) -> tuple[object, ...]:
    return (
        index.docs,
        index._vocabulary,
        index._idf,
        index._start.tolist(),
        index._post_docs.tolist(),
        index._post_norms.tolist(),
        [index.terms_of(d) for d in range(len(index))],
        [index.text_terms_of(d) for d in range(len(index))],
    )


def test_scores_are_the_bm25_formula(engine: Engine) -> None:
    docs = _docs(engine)
    index = TermIndex(docs)
    # Every doc's terms, counted the textbook way.
    bags = []
    for _, text, context in docs:
        words = content_terms(text)
        for name in context:
            words += content_terms(name)
        bags.append(words)
    n = len(bags)
    avg = sum(map(len, bags)) / n
    query = [("trade", 1.0), ("platform", 0.8), ("meet", 0.7), ("nosuchterm", 1.0)]
    expected = [0.0] * n
    for term, weight in query:
        df = sum(term in bag for bag in bags)
        if not df:
            continue
        idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
        for d, bag in enumerate(bags):
            tf = bag.count(term)
            if tf:
                norm = tf * (BM25_K1 + 1) / (tf + BM25_K1 * (1 - BM25_B + BM25_B * len(bag) / avg))
                expected[d] += weight * idf * norm
    scores = index.score(query)
    assert scores.values.tolist() == expected  # exactly: same operations, same order
    assert set(scores.touched().tolist()) == {d for d, s in enumerate(expected) if s}


def test_text_terms_leave_out_the_context(engine: Engine) -> None:
    docs = _docs(engine)
    index = TermIndex(docs)
    for d, (_, text, context) in enumerate(docs):
        own = set(content_terms(text))
        assert index.text_terms_of(d) == own
        assert index.terms_of(d) == own.union(*(content_terms(name) for name in context))


def test_a_worker_process_builds_the_same_index(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = _docs(engine)
    monkeypatch.setattr(terms, "BACKGROUND_BUILD_DOCS", 0)
    pending = TermIndex.start(docs)
    assert pending._future is not None  # really built elsewhere
    assert _state(pending.result()) == _state(TermIndex(docs))


def test_a_failed_worker_means_building_here(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    docs = _docs(engine)
    broken: Future[terms.TermArrays] = Future()
    broken.set_exception(RuntimeError("worker died"))
    pending = terms.PendingTermIndex(
        [doc for doc, _, _ in docs], broken, [(t, c) for _, t, c in docs]
    )
    built = pending.result()
    assert _state(built) == _state(TermIndex(docs))
    assert "building it here" in caplog.text


def test_an_empty_index_answers_nothing() -> None:
    index = TermIndex([])
    scores = index.score([("trade", 1.0)])
    assert len(index) == 0 and scores.values.size == 0
    assert index.docs_with_all(["trade"]) == set()
    assert not np.any(index.mask_of_any(["trade"]))
