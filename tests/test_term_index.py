"""The term index: BM25 figures, and the same index whether built here or in a worker."""

from __future__ import annotations

import math
import os
import signal
import time
from pathlib import Path

import numpy as np
import pytest

from bot.engine.engine import Engine
from bot.search import terms
from bot.search.terms import BM25_B, BM25_K1, TermIndex, content_terms
from bot.workers import ProcessCall


def _docs(engine: Engine) -> list[tuple[terms.Doc, str, tuple[str, ...]]]:
    index = engine.index
    return [
        (doc, text, context)
        for doc, (text, context) in zip(index._doc_keys(), index._doc_texts(), strict=True)
    ]


def _state(index: TermIndex) -> tuple[object, ...]:
    terms_sorted = index._vocabulary_sorted
    return (
        index.docs,
        terms_sorted,
        index._idf,
        [index._postings(t)[0].tolist() for t in terms_sorted],  # type: ignore[index]
        [index._postings(t)[1].tolist() for t in terms_sorted],  # type: ignore[index]
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
    engine: Engine, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    docs = _docs(engine)
    monkeypatch.setattr(terms, "BACKGROUND_BUILD_DOCS", 0)
    pending = TermIndex.start([doc for doc, _, _ in docs], engine.index._doc_texts_at)
    assert pending._call is not None  # really built elsewhere...
    assert _state(pending.result()) == _state(TermIndex(docs))
    assert "building it here" not in caplog.text  # ...and not built here after all


def test_an_abandoned_build_stops_its_worker(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(terms, "BACKGROUND_BUILD_DOCS", 0)
    pending = TermIndex.start([doc for doc, _, _ in _docs(engine)], engine.index._doc_texts_at)
    assert pending._call is not None
    process = pending._call._process
    pending.close()
    assert not process.is_alive()
    with pytest.raises(RuntimeError):
        pending._call.result()


def _fail(*args: object) -> terms.TermArrays:
    raise MemoryError("no room")


def test_a_failed_worker_means_building_here(
    engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    docs = _docs(engine)
    texts = [(t, c) for _, t, c in docs]
    call: ProcessCall[terms.TermArrays] = ProcessCall(_fail, texts)
    keys = [doc for doc, _, _ in docs]
    plan = terms.SegmentPlan([], list(range(len(keys))))
    pending = terms.PendingTermIndex(keys, list(keys), plan, call, lambda: texts)
    assert _state(pending.result()) == _state(TermIndex(docs))
    assert "MemoryError: no room" in caplog.text
    assert "building it here" in caplog.text


def test_a_worker_that_dies_is_reported() -> None:
    call: ProcessCall[None] = ProcessCall(os._exit, 3)
    with pytest.raises(RuntimeError, match="died"):
        call.result()


def test_an_empty_index_answers_nothing() -> None:
    index = TermIndex([])
    scores = index.score([("trade", 1.0)])
    assert len(index) == 0 and scores.values.size == 0
    assert index.docs_with_all(["trade"]) == set()
    assert not np.any(index.mask_of_any(["trade"]))


def _say_ready_then_sleep(ready: Path, seconds: float) -> None:
    ready.write_text("ready", encoding="utf-8")
    time.sleep(seconds)


def test_a_worker_can_be_terminated_and_does_not_signal_the_bot(tmp_path: Path) -> None:
    # The bot handles SIGTERM (graceful shutdown); a forked worker must not inherit that.
    seen: list[int] = []
    previous = signal.signal(signal.SIGTERM, lambda number, frame: seen.append(number))
    try:
        started = time.monotonic()
        ready = tmp_path / "ready"
        call: ProcessCall[None] = ProcessCall(_say_ready_then_sleep, ready, 20)
        # Signal only once the worker runs its function, i.e. after its own start-up reset
        # the handler: a fixed sleep lost that race on a loaded machine (a signal that
        # lands before the reset meets the parent's handler and is not the case tested).
        while not ready.exists() and time.monotonic() - started < 10:
            time.sleep(0.01)
        os.kill(call._process.pid or 0, signal.SIGTERM)
        with pytest.raises(RuntimeError, match="died"):
            call.result()
        assert time.monotonic() - started < 10
        assert seen == []
    finally:
        signal.signal(signal.SIGTERM, previous)


def test_the_thesaurus_speaks_in_the_index_terms_of_irregular_forms() -> None:
    """ "came" is indexed as "come": its thesaurus group must be found under that term."""
    from bot.search.synonyms import synonyms
    from bot.search.terms import content_terms

    (came,) = content_terms("came")
    assert "discuss" in synonyms(came)
