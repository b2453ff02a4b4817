"""The name index's trigram postings, worked out in numpy on all labels at once, are
the postings of ``_grams`` taken one label at a time (issue 12: a cheaper index build)."""

from __future__ import annotations

import numpy as np
import pytest

from bot.kb.loader import load_knowledge
from bot.search import names
from bot.search.index import Index
from bot.search.names import _gram_postings, _gram_postings_one_by_one, _grams
from tests.kbpaths import KB_FIVE


def _postings(result: tuple[dict[str, int], list[int], np.ndarray]) -> dict[str, list[int]]:
    ids, start, labels = result
    return {gram: labels[start[g] : start[g + 1]].tolist() for gram, g in ids.items()}


# Texts per numpy pass: all at once, and in chunks smaller than the list (a chunk's last
# text next to the next chunk's first must not make trigrams across them).
@pytest.mark.parametrize("chunk", [names._GRAM_CHUNK, 7, 1])
def test_numpy_postings_are_the_per_label_trigrams(
    chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(names, "_GRAM_CHUNK", chunk)
    texts = [label.compact for label in Index(load_knowledge(KB_FIVE)).names.labels] + [
        "",
        "a",
        "ab",
        "aaaa",
        "阿里巴巴",
        "马云",
        "zürich",
        "ééé",
        "a b a b a b",
    ]
    postings = _postings(_gram_postings(texts))
    assert postings == _postings(_gram_postings_one_by_one(texts))
    expected: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        for gram in _grams(text):
            expected.setdefault(gram, []).append(i)
    assert postings == expected


def test_no_texts_no_postings() -> None:
    assert _postings(_gram_postings([])) == {}
    assert _postings(_gram_postings([""])) == {}
