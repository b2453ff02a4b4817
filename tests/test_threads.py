"""Engine code that answers run in worker threads must be safe to share between them."""

from __future__ import annotations

import itertools
from concurrent.futures import ThreadPoolExecutor

import snowballstemmer

from bot.search.terms import stem


def test_stemming_in_many_threads_gives_the_words_own_stems() -> None:
    suffixes = ("ational", "ization", "fulness", "iveness", "ing", "edly", "ousness", "ies")
    words = [
        f"{a}{b}{c}{s}" for a, b, c, s in itertools.product("bcdfg", "aeiou", "lmnrst", suffixes)
    ]
    expected = [snowballstemmer.stemmer("english").stemWord(w) for w in words]
    uncached = stem.__wrapped__  # the stemmer itself, past the cache

    def run(_: int) -> list[str]:
        return [uncached(w) for w in words]

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(run, range(8)))
    assert all(r == expected for r in results)
