"""Engine code that answers run in worker threads must be safe to share between them."""

from __future__ import annotations

import itertools
import sys
from concurrent.futures import ThreadPoolExecutor

import snowballstemmer

from bot.search.terms import stem
from tests.conftest import SEED_KNOWLEDGE


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


def test_answers_computed_in_parallel_threads_equal_the_sequential_ones() -> None:
    """Every message of the answer sets, answered by four threads at once (caches
    cleared, so stemming and normalising really run), gives the sequential answer."""
    import json
    from pathlib import Path

    from bot.service import KnowledgeService
    from bot.textnorm import normalize

    root = Path(__file__).resolve().parent
    messages: list[str] = []
    for name in ("answers.json", "heldout_team.json", "heldout_team2.json"):
        data = json.loads((root / "data" / name).read_text(encoding="utf-8"))
        cases = data if isinstance(data, list) else data["cases"]
        messages += [case["msg"] for case in cases if isinstance(case.get("msg"), str)]
    assert len(messages) > 100
    service = KnowledgeService(SEED_KNOWLEDGE)
    service.load()
    engine = service.engine
    expected = [engine.handle(m).text for m in messages]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns as often as they can: races show
    try:
        for _ in range(3):
            stem.cache_clear()
            normalize.cache_clear()
            with ThreadPoolExecutor(4) as pool:
                got = list(pool.map(lambda m: engine.handle(m).text, messages))
            assert got == expected
    finally:
        sys.setswitchinterval(interval)
