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
    # The crowd and reload-memory cases are covered (smaller) by the test below.
    argv = ["--sizes", "200", "--queries", "20", "--cases", "main", "--json", str(out)]
    assert bench.main(argv) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    (size,) = report["sizes"]
    assert size["n"] == 200
    for key in (
        "exact",
        "typo",
        "autocomplete",
        "question",
        "question_all",
        "handle",
        "baseline_extractone",
        "baseline_extractone_processed",
        "baseline_difflib",
    ):
        assert {"p50_ms", "p99_ms", "accuracy", "n"} <= size[key].keys(), key
        assert size[key]["n"] > 0
    # Issue 10: role, year and list questions beside the fact questions, per kind.
    assert set(size["question_kinds"]) == {"fact", *bench.TYPED_KINDS}
    assert all(k["n"] > 0 for k in size["question_kinds"].values())
    assert size["question_all"]["n"] == sum(k["n"] for k in size["question_kinds"].values())
    assert {"load_validate_s", "index_s", "total_s"} <= size["load"].keys()
    assert {"peak_rss_mb", "peak_rss_after_reload_mb"} <= size["memory"].keys()
    assert {"p50_ms", "p99_ms", "requests"} <= size["reload"].keys()
    assert "typo_speedup_vs_extractone_mean" in size["ratios"]
    # Every target of the cases that ran is checked.
    others = {
        name for name in bench.TARGETS if name.startswith(("crowd_", "reload_rss_", "add_release_"))
    }
    assert set(report["targets"]) == set(bench.TARGETS) - others


def test_crowd_and_reload_memory_cases_report_their_figures(tmp_path: Path) -> None:
    import asyncio

    from bot.engine.qa.answerer import MAX_QUESTION_WORDS
    from bot.service import KnowledgeService

    generate(tmp_path / "kb", 200, seed=7)
    service = KnowledgeService(tmp_path / "kb")
    service.load()
    kb = service.snapshot.kb
    long = bench.crowd_questions(kb, 4, seed=1, bounded=False)
    bounded = bench.crowd_questions(kb, 4, seed=1, bounded=True)
    assert all(len(q) > 900 for q in long)
    assert all(len(q.split()) < MAX_QUESTION_WORDS for q in bounded)
    names = [e.name for e in kb.entities.values()][:5]
    crowd = asyncio.run(bench._crowd(service, long + bounded, ["a", "b"], names))
    assert crowd["questions"] == 8 and crowd["statuses"]["too_long"] == 4
    for probe in ("autocomplete", "command", "loop_lag"):
        assert crowd[probe]["n"] > 0 and crowd[probe]["max_ms"] >= 0
    reloads = bench.measure_reloads(tmp_path / "kb", 2)
    assert len(reloads["after_reload_rss_mb"]) == 2 and reloads["fresh_rss_mb"] > 0


def test_typed_questions_have_the_answer_the_base_states(tmp_path: Path) -> None:
    """Role, year and list questions: reproducible, and their expected answers are
    what the generated releases state (checked against the loaded base, not the
    generator's own notes)."""
    from benchmarks.queries import make_queries
    from bot.search.index import Index

    synth = generate(tmp_path / "kb", 300, seed=3)
    questions = make_queries(synth, 30, seed=3)["question_typed"]
    again = make_queries(generate(tmp_path / "again", 300, seed=3), 30, seed=3)
    assert questions == again["question_typed"]
    assert {q["kind"] for q in questions} == set(bench.TYPED_KINDS)
    index = Index(load_knowledge(tmp_path / "kb"))
    names = {e.name: e.id for e in index.kb.entities.values()}
    promoted = 0
    for q in questions:
        if q["kind"] == "role":
            (person,) = q["expected"]
            current = index.role_history(names[person]).current
            assert any(span.role.title in q["q"] for span in current), q
        if q["kind"] == "role_year":
            # The person's history really holds both titles, at different dates.
            person = q["q"].removeprefix("What was ").split("'s title")[0]
            history = index.role_history(names[person])
            titles = {span.role.title for span in (*history.current, *history.earlier)}
            assert {q["expected"][0], q["not_expected"]} <= titles, q
            promoted += 1
        if q["kind"] == "list":
            assert len(q["expected"]) >= 2 and all(name in names for name in q["expected"])
    assert promoted > 0


def test_add_release_case_loads_the_new_release_and_reports_its_figures(tmp_path: Path) -> None:
    from benchmarks.queries import make_queries

    synth = generate(tmp_path / "kb", 200, seed=7)
    queries = tmp_path / "queries.json"
    queries.write_text(json.dumps(make_queries(synth, 20, seed=7)), encoding="utf-8")
    # It raises when the reload did not bring in exactly what the new release adds.
    out = bench.measure_add_release(tmp_path / "kb", queries, seed=7)
    assert out["added"]["entities"] == 10 and out["added"]["facts"] == 15
    assert out["serving_rss_mb"] > 0 and out["peak_rss_mb"] > 0 and out["reload_s"] > 0
    assert out["requests"] > 0
    report = bench.check_targets({"add_release": out})
    assert set(report) == {name for name in bench.TARGETS if name.startswith("add_release_")}
