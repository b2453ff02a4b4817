"""``NameIndex.tied_exactly`` says what ``search`` would conclude, without scoring.

The question parser skips the fuzzy search of a chunk that is the exact label of
several entities (a shared title such as "Minister of Industry", held by thousands on a
large base); that is only right if ``search`` would rank those entities equal first.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.synth import generate
from bot.kb.loader import load_knowledge
from bot.search.index import Index


def test_tied_exactly_agrees_with_search(tmp_path: Path) -> None:
    generate(tmp_path / "kb", 300, seed=5)
    names = Index(load_knowledge(tmp_path / "kb")).names
    keys = sorted({label.key for label in names.labels})
    tied = 0
    for key in keys[::3]:
        found = names.search(key)
        expected = len(found) > 1 and found[1].score == found[0].score
        if names.tied_exactly(key):
            tied += 1
            assert expected, (key, found[:3])
        elif len(names.exact(key)) < 2:
            # One owner or none: never called tied.
            assert not names.tied_exactly(key)
    assert tied >= 5  # the base has shared titles and surnames-as-aliases
