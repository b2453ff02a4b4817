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


def test_answering_leaves_the_index_groupings_as_they_were() -> None:
    """Requests read the index's groupings from several threads at once: a read never
    changes them (a missing key is not inserted, as a defaultdict's read would), so
    the sweep of `!quote`, `!what`, `!who`, `!timeline` over every entity of the
    five-release base, with topics and names no release has, leaves every key set as
    it was."""
    import pytest

    from bot.engine.engine import Engine
    from bot.kb.loader import load_knowledge
    from bot.search.index import Index
    from tests.kbpaths import KB_FIVE

    index = Index(load_knowledge(KB_FIVE))
    engine = Engine(index)
    names = (
        "roles_by_entity",
        "summaries_by_entity",
        "people_by_org",
        "quotes_by_speaker",
        "quotes_about",
        "facts_by_entity",
        "fact_by_id",
        "quote_by_id",
    )
    before = {name: list(getattr(index, name)) for name in names}
    messages = [
        f"!{command} {entity.name}"
        for entity in index.kb.entities.values()
        for command in ("quote", "what", "who", "timeline")
    ]
    messages += ["!quote Nobody Known Here", "!what Nothing Known Here", "!quote"]
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(engine.handle, messages))
    assert {name: list(getattr(index, name)) for name in names} == before
    for name in names:
        with pytest.raises(KeyError):
            getattr(index, name)["no-such-entity"]  # a read inserts nothing
