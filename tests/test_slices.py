"""bot.slices: the sliced C passes a reload's build uses give what one pass would."""

from __future__ import annotations

import pytest

from bot import slices


@pytest.mark.parametrize("size", [1, 3, 7, 1000])
def test_sliced_passes_equal_one_pass(size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(slices, "SLICE", size)
    items = [object() for _ in range(20)]
    words = [f"w{i % 6}" for i in range(20)]
    assert [at for at, _ in slices.slices(items, size)] == list(range(0, 20, size))
    assert slices.ids(items) == {id(x) for x in items}
    assert slices.positions_by_id(items) == {id(x): i for i, x in enumerate(items)}
    keep = {id(x) for x in items[::3]}
    assert slices.picked(items, keep.__contains__, id) == items[::3]
    assert slices.picked(words, {"w1", "w4"}.__contains__) == [
        w for w in words if w in ("w1", "w4")
    ]
    assert slices.mapped(str.upper, words) == [w.upper() for w in words]
    assert list(slices.slices([])) == []
