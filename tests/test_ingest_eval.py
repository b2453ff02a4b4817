"""``benchmarks/ingest_eval.py`` scores drafts against gold, and can find a wrong one.

No figure is asserted as a target: the test only guards that the scorer counts right
and wrong answers, on two fixtures and a deliberately wrong gold entry.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import ingest_eval

RELEASES = Path(__file__).parent / "fixtures" / "releases"


def test_eval_counts_right_and_wrong(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = json.loads((RELEASES / "gold.json").read_text(encoding="utf-8"))
    subset = {name: gold[name] for name in ("patterns/p14.txt", "patterns/p1a.txt")}
    # A wrong gold speaker and a partner the release never names must count as misses.
    wrong = json.loads(json.dumps(subset["patterns/p14.txt"]))
    wrong["quotes"][1]["speaker"] = "Bertil Foss"
    wrong["partners"].append("Nobody Holdings")
    subset["patterns/p14.txt"] = wrong
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps(subset), encoding="utf-8")
    tally = ingest_eval.run(RELEASES, gold_path, tmp_path / "no-kb", verbose=True)
    assert tally.total["drafts"] == tally.right["drafts"] == 2
    assert tally.total["quotes"] == 4 and tally.right["quotes"] == 3
    assert tally.total["partners"] == 5 and tally.right["partners"] == 4
    assert tally.right["metadata"] == tally.total["metadata"] == 6
    out = capsys.readouterr().out
    assert "patterns/p14.txt: 2 difference(s)" in out
    assert "Nobody Holdings" in out


def test_every_fixture_release_gives_a_draft_in_the_eval(tmp_path: Path) -> None:
    """All 45 fixture releases through ``ingest_eval.run``, one after another into one
    scratch base: each gives a draft.

    (Apart from the test below, which drafts them all again into a base of its own: two
    tests of some 10 s each that xdist runs side by side, not one 20 s tail.)"""
    gold_path = RELEASES / "gold.json"
    tally = ingest_eval.run(RELEASES, gold_path, tmp_path / "no-kb", verbose=False)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert tally.right["drafts"] == tally.total["drafts"] == len(gold) >= 20


def test_every_fixture_release_drafts_into_one_knowledge_base_that_loads(tmp_path: Path) -> None:
    """All 45 fixture releases, one after another, as a team would add them: each gives
    a draft, and the knowledge base still loads after each (undated drafts aside)."""
    from bot.kb.loader import load_knowledge

    gold = json.loads((RELEASES / "gold.json").read_text(encoding="utf-8"))
    assert len(gold) >= 20
    kb = tmp_path / "kb"
    for name in sorted(gold):
        slug = name.replace("/", "-").replace(".", "-")
        written = ingest_eval.ingest_file(RELEASES / name, kb, out=kb / "releases" / f"{slug}.yaml")
        if written.draft.meta.date is None:
            content = written.yaml_path.read_text(encoding="utf-8")
            written.yaml_path.write_text(content.replace("date: null", "date: 2000-01-01"), "utf-8")
        load_knowledge(kb, include_unreviewed=True)


def test_a_publisher_is_right_under_another_name_the_draft_declares_for_it(
    tmp_path: Path,
) -> None:
    """Gold "ADF" for a draft whose publisher is "Aldorian Development Fund" is right when
    the draft's entity carries both names (the release defines the acronym); a name the
    draft never ties to that organisation stays wrong."""
    releases = tmp_path / "releases"
    releases.mkdir()
    (releases / "adf.txt").write_text(
        "Velmont, Aldoria, July 1, 2019 - The Aldorian Development Fund (ADF) and the"
        " Republic of Orrin signed a partnership agreement today to improve public services.\n\n"
        "The agreement was signed by Tana Rell, ADF Administrator.\n",
        encoding="utf-8",
    )
    (releases / "other.txt").write_text(
        "Velmont, Aldoria, July 2, 2019 - The Aldorian Development Fund (ADF) and the"
        " Kestrel Trust signed a grant agreement today for rural clinics.\n",
        encoding="utf-8",
    )
    base = {"city": "Velmont", "partners": []}
    gold = {
        "adf.txt": {**base, "date": "2019-07-01", "publisher": "ADF"},
        "other.txt": {**base, "date": "2019-07-02", "publisher": "Kestrel Trust"},
    }
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    tally = ingest_eval.run(releases, gold_path, tmp_path / "no-kb", verbose=False)
    assert tally.total["metadata"] == 6 and tally.right["metadata"] == 5
    assert tally.differences == {
        "other.txt": ["metadata: publisher Aldorian Development Fund != Kestrel Trust"]
    }


@pytest.mark.parametrize(
    ("got", "gold", "same"),
    [
        ("Harrowgate Kites Inc.", "Harrowgate Kites", True),
        ("Brindle Cellars", "The Brindle Cellars", True),
        ("Harrowgate Kites Inc.", "Kite Trade Weekly", False),
        (None, "Kite Trade Weekly", False),
    ],
)
def test_publisher_matches_corporate_suffixes_aside(got: str | None, gold: str, same: bool) -> None:
    """A publisher differing from the gold only by "Inc." or a leading "The" is the same
    publisher (as partners are matched); another organisation is not."""
    from types import SimpleNamespace
    from typing import cast

    from bot.ingest.draft import Draft

    # Only draft.registry.entities is read (declared other names); none here.
    draft = cast(Draft, SimpleNamespace(registry=SimpleNamespace(entities={})))
    assert ingest_eval._same_publisher(draft, got, gold) is same
