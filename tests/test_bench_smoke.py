"""The benchmark runs end to end at a tiny size: generator, loader, engine, baselines, JSON.

No timing is asserted (this is not a performance test); it only guards that
``benchmarks/bench.py`` keeps working as the code under it changes.
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks import bench
from benchmarks.synth import generate
from bot.kb.loader import load_knowledge


def test_synthetic_knowledge_base_loads(tmp_path: Path) -> None:
    synth = generate(tmp_path / "kb", 200, seed=7)
    kb = load_knowledge(tmp_path / "kb")
    assert kb.counts()["entities"] == 200
    assert kb.counts()["sources"] == 20
    assert kb.counts()["quotes"] == synth.counts["quotes"] > 0
    assert kb.counts()["facts"] == synth.counts["facts"] > 0
    # Same seed, same files.
    again = generate(tmp_path / "again", 200, seed=7)
    assert [e.name for e in again.entities] == [e.name for e in synth.entities]


def test_bench_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    assert bench.main(["--sizes", "200", "--queries", "20", "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    (size,) = report["sizes"]
    assert size["n"] == 200
    for key in (
        "exact",
        "typo",
        "autocomplete",
        "question",
        "handle",
        "baseline_extractone",
        "baseline_extractone_processed",
        "baseline_difflib",
    ):
        assert {"p50_ms", "p99_ms", "accuracy", "n"} <= size[key].keys(), key
        assert size[key]["n"] > 0
    assert {"load_validate_s", "index_s", "total_s"} <= size["load"].keys()
    assert {"peak_rss_mb", "peak_rss_after_reload_mb"} <= size["memory"].keys()
    assert {"p50_ms", "p99_ms", "requests"} <= size["reload"].keys()
    assert "typo_speedup_vs_extractone_mean" in size["ratios"]
    assert set(report["targets"]) == set(bench.TARGETS)
