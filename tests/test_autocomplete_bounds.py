"""Autocomplete's work per keystroke is bounded on a large knowledge base, and the bound
keeps the ranking (README "Benchmarks": autocomplete p99 <= 5 ms at 100,000 entities).

The names are invented: a "Quorvel" family of a few hundred labels stands for the
hundreds of names that share a two- or three-letter start at 100,000 entities.
"""

from __future__ import annotations

import pytest

import bot.search.names as names_module
from bot.search.names import (
    COMPLETE_BATCH,
    COMPLETE_LIMIT,
    MAX_SCORED,
    Label,
    NameIndex,
)
from bot.textnorm import compact, normalize

_GIVEN = ["Ada", "Bram", "Cielo", "Dov", "Esk", "Fenna", "Gil", "Hutu", "Ines", "Jory"]
_PLACES = ["Harbour", "Valley", "Ridge", "Delta", "Forest", "Plains", "Coast", "Lakes"]


def _label(text: str, entity_id: str) -> Label:
    key = normalize(text)
    return Label(key, compact(key), text, entity_id, "name")


def _labels() -> list[Label]:
    """More labels than one batch with a word starting "quor": some start with it, more
    hold it as a later word, at different positions and lengths."""
    out = []
    for i in range(60):
        out.append(_label(f"Quorvel {_PLACES[i % 8]} Trust {i}", f"start-{i}"))
    for i in range(240):
        given = _GIVEN[i % 10] * (1 + i % 3)
        out.append(_label(f"{given} {_PLACES[i % 8]} Quorvel Fund {i}", f"later-{i}"))
    for i in range(200):
        out.append(_label(f"Osmund {_PLACES[i % 8]} Board {i}", f"other-{i}"))
    return out


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex(_labels())


@pytest.mark.parametrize("typed", ["quo", "Quorv", "valley quor", "Ada Harbour Quo"])
def test_many_labels_sharing_a_start_are_not_all_ranked(
    index: NameIndex, typed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above one batch of labels sharing what was typed, the first screenful is read in
    the precomputed orders, and it is the screenful that ranking them all gives."""
    key = normalize(typed)
    last = key.split()[-1]
    first, end = index._words.prefixed(last)
    everyone = index._words.ids[index._words.starts[first] : index._words.starts[end]]
    head = key[: len(key) - len(last)].strip()
    ranked_all = index._rank_completions(
        set(everyone.tolist()), key, compact(key), last, head, None
    )
    assert len(everyone) > COMPLETE_BATCH  # the case this is about

    def ranks_everything(*args: object, **kwargs: object) -> list[names_module.Match]:
        raise AssertionError("ranked every label sharing the typed start")

    monkeypatch.setattr(NameIndex, "_rank_completions", ranks_everything)
    shown = index.prefix_complete(typed)
    assert [m.entity_id for m in shown[:COMPLETE_LIMIT]] == [
        m.entity_id for m in ranked_all[:COMPLETE_LIMIT]
    ]


def test_fuzzy_fallback_scores_a_bounded_number_of_labels(
    index: NameIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A typo past a common first word ("Osmund Plians B…") falls back to fuzzy
    matching: it scores the best few candidates, not every "Osmund", and the name meant
    still comes first."""
    scored = 0
    real = names_module.similarity

    def counting(*args: object, **kwargs: object) -> float:
        nonlocal scored
        scored += 1
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(names_module, "similarity", counting)
    found = index.fuzzy_complete("Osmund Plians Board 13")
    assert found and found[0].entity_id == "other-13"
    assert scored <= MAX_SCORED + 2  # plus the exact and compact-key candidates
    scored = 0
    # A lookup (not a keystroke) still reads every candidate it may.
    index.search("Osmund Plians Board 13")
    assert scored > MAX_SCORED
