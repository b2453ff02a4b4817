"""partnerbot at scale: latency and accuracy on synthetic knowledge bases, against baselines.

    uv run python benchmarks/bench.py --sizes 1000,10000,100000 --json bench.json

For each size N this

1. writes a synthetic knowledge base of N entities, ~N quotes and ~1.5·N facts over
   N/10 releases as real knowledge files (``benchmarks/synth.py``), with a fixed seed;
2. in a *fresh* process (so peak RSS belongs to that size alone) loads it through the
   real loader, builds the real Index and Engine, and times, over the same queries:
   exact-name lookup, typo'd lookup, autocomplete, generated questions and the full
   ``Engine.handle``; then the baselines (a plain ``rapidfuzz.process.extractOne``
   scan with WRatio, the same scan on pre-processed names, and ``difflib``);
3. reloads the knowledge base through ``KnowledgeService.reload()`` while autocomplete
   requests (each 10 ms after the previous answer) are served on the event loop, and
   reports how long those requests waited, event-loop stalls included;
4. "crowd" (issue 14), in a fresh process: 20 users × 5 long questions made of the
   knowledge base's own words, all at once through ``KnowledgeService.ask``, while
   autocomplete and ``!what`` probes run on the event loop. Reports autocomplete and
   command waits and the event loop's worst wait. Twice: with ~1,000-character
   questions (past the work bound, so answered "too long"), and with questions just
   inside the bound (the most work a question may cost);
5. "reloads" (issue 14), in a fresh process: RSS after a fresh load, then after each
   of 20 reloads (once the old snapshot is retired);
6. "add_release" (issue 12), in a fresh process: load and serve the base, write one
   new release (its YAML and its text, ``synth.add_release``), reload, and report the
   reload's seconds, the process's peak RSS during it against its serving RSS, and
   autocomplete waits during it (probed as in 3);
7. "coldstart" (issue 12), once, not per size: the wall time of a whole
   ``partnerbot ask "!quote Jack MA"`` process on the bundled knowledge base, as a
   ratio to ``python -c pass`` in the same run (``benchmarks/coldstart.py``).

``--cases`` picks which of these run (default: all).

It prints a table and, with ``--json``, writes every figure plus the targets of the
issue and whether the largest size meets them.
"""

from __future__ import annotations

import argparse
import asyncio
import difflib
import gc
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python benchmarks/bench.py` puts benchmarks/ first
    sys.path.insert(0, str(ROOT))

# The targets of issue 4, checked at the largest size measured.
TARGETS: dict[str, tuple[str, str, float]] = {
    # name: (JSON path, comparison, limit)
    "typo_p99_ms": ("typo.p99_ms", "<=", 5.0),
    "typo_speedup_vs_extractone": ("ratios.typo_speedup_vs_extractone_mean", ">=", 20.0),
    "typo_accuracy_minus_extractone": ("ratios.typo_accuracy_minus_extractone", ">=", 0.0),
    "autocomplete_p99_ms": ("autocomplete.p99_ms", "<=", 5.0),
    "question_p99_ms": ("question.p99_ms", "<=", 50.0),
    "question_accuracy": ("question.accuracy", ">=", 0.90),
    # Issue 10: every kind of generated question (fact, role, year, list) together.
    "question_all_kinds_p99_ms": ("question_all.p99_ms", "<=", 50.0),
    "exact_p99_ms": ("exact.p99_ms", "<=", 0.1),
    "load_validate_index_s": ("load.total_s", "<=", 15.0),
    "peak_rss_mb": ("memory.peak_rss_mb", "<=", 1536.0),
    "reload_autocomplete_p99_ms": ("reload.p99_ms", "<=", 100.0),
    # Issue 14: a crowd of long questions (both variants), and memory over 20 reloads.
    "crowd_autocomplete_p99_ms": ("crowd.long.autocomplete.p99_ms", "<=", 100.0),
    "crowd_loop_worst_wait_ms": ("crowd.long.loop_lag.max_ms", "<=", 250.0),
    "crowd_bounded_autocomplete_p99_ms": ("crowd.bounded.autocomplete.p99_ms", "<=", 100.0),
    "crowd_bounded_loop_worst_wait_ms": ("crowd.bounded.loop_lag.max_ms", "<=", 250.0),
    "reload_rss_max_ratio_to_fresh": ("reloads.max_ratio_to_fresh", "<=", 1.15),
    # Issue 12: one new release added to the base, reloaded.
    "add_release_reload_s": ("add_release.reload_s", "<=", 5.0),
    "add_release_peak_ratio_to_serving": ("add_release.peak_ratio_to_serving", "<=", 1.5),
    "add_release_autocomplete_p99_ms": ("add_release.p99_ms", "<=", 100.0),
}
CASES = ("main", "crowd", "reloads", "add_release", "coldstart")
# The cases measured per size N (coldstart runs once, on the bundled base).
SIZE_CASES = ("main", "crowd", "reloads", "add_release")
# Issue 12: a one-shot `partnerbot ask` on the bundled base, whole process, seconds.
COLDSTART_TARGET_S = 0.5


# While the reload runs, an autocomplete request 10 ms after the previous one answered.
RELOAD_PROBE_INTERVAL = 0.010
# The generated role, year and list questions (benchmarks/queries.py), in table order.
TYPED_KINDS = ("role", "role_year", "holder_year", "list")


def rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size of this process so far, in MiB (Linux reports KiB).

    With RUSAGE_CHILDREN: the largest of its finished worker processes. A forked worker
    shares the parent's pages until either writes to them, so that figure counts pages
    it shares and overstates what it added.
    """
    return resource.getrusage(who).ru_maxrss / 1024


def percentile(sorted_values: Sequence[float], p: float) -> float:
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, round(p / 100 * (len(sorted_values) - 1))))
    return sorted_values[k]


@dataclass
class Timed:
    seconds: list[float]
    correct: list[bool]

    def summary(self, **extra: Any) -> dict[str, Any]:
        s = sorted(self.seconds)
        n = len(s)
        return {
            "n": n,
            "p50_ms": percentile(s, 50) * 1e3,
            "p99_ms": percentile(s, 99) * 1e3,
            "mean_ms": (sum(s) / n * 1e3) if n else float("nan"),
            "max_ms": (s[-1] * 1e3) if n else float("nan"),
            "accuracy": (sum(self.correct) / len(self.correct)) if self.correct else float("nan"),
            **extra,
        }


def timed(
    items: Sequence[dict[str, Any]],
    run: Callable[[str], Any],
    check: Callable[[dict[str, Any], Any], bool],
) -> Timed:
    out = Timed([], [])
    clock = time.perf_counter
    for item in items:
        started = clock()
        result = run(item["q"])
        out.seconds.append(clock() - started)
        out.correct.append(check(item, result))
    return out


# --- answer checks ---------------------------------------------------------------------


def question_correct(item: dict[str, Any], answer: Any) -> bool:
    """The answer's top fact is the generated one, or it states the expected answer."""
    from bot.engine.answer import Status

    if answer.status is not Status.ANSWERED:
        return False
    main = answer.text.split("\nRelated:")[0].casefold()
    return item["fact_text"].casefold() in main or item["expected"].casefold() in main


def typed_correct(item: dict[str, Any], answer: Any) -> bool:
    """A role, year or list question (``benchmarks.queries.typed_questions``): the
    answer's title and main text hold every expected string; a role-in-a-year answer
    also leads with it (its first line does not name the other title instead)."""
    from bot.engine.answer import Status

    if answer.status is not Status.ANSWERED:
        return False
    main = f"{answer.title or ''}\n{answer.text.split(chr(10) + 'Related:')[0]}".casefold()
    if item["kind"] == "role_year":
        current = main.split("earlier:")[0]
        first = current.strip().splitlines()[0] if current.strip() else ""
        return item["expected"][0].casefold() in current and (
            item["not_expected"].casefold() not in first
        )
    return all(name.casefold() in main for name in item["expected"])


def handle_correct(item: dict[str, Any], answer: Any) -> bool:
    from bot.engine.answer import Status

    if item["kind"] == "question":
        return question_correct(item, answer)
    if answer.status is not Status.ANSWERED:
        return False
    return bool(answer.entities) and (
        answer.entities[0] == item["target"] or item["target"] in answer.entities
    )


# --- the measuring child process -----------------------------------------------------------


async def _reload_probe(
    service: Any, texts: list[str], interval: float, sample: Callable[[], None] | None = None
) -> dict[str, Any]:
    """Serve autocomplete requests on the event loop while the service reloads.

    A request is due ``interval`` seconds after the previous one finished (a user
    typing, not a flood that would measure queueing instead). Its wait runs from when
    it was due to when its answer was ready, so it counts both the engine time and any
    time the event loop could not run at all (the GIL held by the reload).
    """
    waits: list[float] = []
    clock = time.perf_counter
    # The replaced snapshot is freed as soon as no request holds it: the probe covers that.
    task = asyncio.create_task(service.reload())
    await asyncio.sleep(0)
    i = 0
    while not task.done() or service._retiring:
        due = clock() + interval
        await asyncio.sleep(interval)
        service.engine.complete("what", texts[i % len(texts)])
        waits.append(clock() - due)
        if sample is not None:
            sample()
        i += 1
    result = await task
    s = sorted(waits)
    return {
        "reload_s": result.seconds,
        "requests": len(s),
        "p50_ms": percentile(s, 50) * 1e3,
        "p99_ms": percentile(s, 99) * 1e3,
        "max_ms": (s[-1] * 1e3) if s else float("nan"),
        "interval_ms": interval * 1e3,
    }


def measure(directory: Path, queries_file: Path, difflib_queries: int) -> dict[str, Any]:
    from bot import stages
    from bot.engine.engine import Engine
    from bot.kb.loader import load_knowledge
    from bot.search.index import Index
    from bot.service import KnowledgeService, Snapshot, _collector_paused

    q = json.loads(queries_file.read_text(encoding="utf-8"))
    result: dict[str, Any] = {}

    # Built the way KnowledgeService.build() builds (collector paused, then frozen),
    # timed in two parts.
    # CPU seconds too (issue 12: the machine may be shared, so wall time alone misleads):
    # this process's, and its reaped workers' (the readers, the term index's).
    def children_cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    with _collector_paused(), stages.recording() as build_stages:
        t0, c0, w0 = time.perf_counter(), time.process_time(), children_cpu()
        kb = load_knowledge(directory)
        t1, c1, w1 = time.perf_counter(), time.process_time(), children_cpu()
        index = Index(kb)
        engine = Engine(index)
        t2, c2, w2 = time.perf_counter(), time.process_time(), children_cpu()
        gc.freeze()
    result["counts"] = kb.counts()
    result["labels"] = len(index.names.labels)
    result["load"] = {
        "load_validate_s": t1 - t0,
        "index_s": t2 - t1,
        "total_s": t2 - t0,
        "cpu_s": {
            "load_main": c1 - c0,
            "load_workers": w1 - w0,
            "index_main": c2 - c1,
            "index_workers": w2 - w1,
        },
        # The building thread's CPU seconds per stage (bot.stages; "a.b" is part of "a").
        "stages_cpu_s": dict(build_stages),
    }
    rss_serving = rss_mb()
    result.update(_measure_queries(index, engine, q, difflib_queries))

    # --- reload while serving ------------------------------------------------------------
    service = KnowledgeService(directory)
    service._snapshot = Snapshot(kb, index, engine, datetime.now(UTC), t2 - t0)
    del kb, index, engine  # the service holds the only reference, as in the bot
    texts = [it["q"] for it in q["complete"]]
    result["reload"] = asyncio.run(_reload_probe(service, texts, interval=RELOAD_PROBE_INTERVAL))
    result["memory"] = {
        "peak_rss_mb": rss_serving,
        "peak_rss_after_reload_mb": rss_mb(),
        "worker_peak_rss_mb": rss_mb(resource.RUSAGE_CHILDREN),
    }
    return result


def _measure_queries(
    index: Any, engine: Any, q: dict[str, Any], difflib_queries: int
) -> dict[str, Any]:
    from rapidfuzz import fuzz, process, utils

    from bot.engine.request import Request

    result: dict[str, Any] = {}
    # Warm up lazily built parts (cached properties, caches) as a running bot would be.
    for item in q["typo"][:20]:
        engine.resolve(item["q"], "what")
        engine.complete("what", item["q"][:3])
    engine.complete("quote", "a")
    for item in q["question"][:5]:
        engine.run(Request("question", item["q"]))

    result["exact"] = timed(
        q["exact"],
        index.names.exact,
        lambda it, labels: {label.entity_id for label in labels} == {it["target"]},
    ).summary(what="NameIndex.exact(name or alias)")

    def resolved_top(it: dict[str, Any], found: Any) -> bool:
        matches, _ = found
        return bool(matches) and matches[0].entity_id == it["target"]

    result["exact_resolve"] = timed(
        q["exact"], lambda text: engine.resolve(text, "what"), resolved_top
    ).summary(what="Engine.resolve(name or alias)")
    typo = timed(q["typo"], lambda text: engine.resolve(text, "what"), resolved_top)
    by_kind: dict[str, list[bool]] = {}
    for item, ok in zip(q["typo"], typo.correct, strict=True):
        by_kind.setdefault(item["kind"], []).append(ok)
    result["typo"] = typo.summary(
        what="Engine.resolve(typo'd name)",
        accuracy_by_kind={k: sum(v) / len(v) for k, v in by_kind.items()},
    )

    def picked(choice: Any) -> str | None:
        """The entity a choice names exactly (autocomplete values carry its reference)."""
        request = choice.request
        return engine.entity_for_ref(request.entity_id) if request and request.entity_id else None

    def complete_check(it: dict[str, Any], choices: Any) -> bool:
        return bool(choices) and picked(choices[0]) == it["target"]

    auto = timed(q["complete"], lambda text: engine.complete("what", text), complete_check)
    hit = [
        any(picked(c) == it["target"] for c in engine.complete("what", it["q"]))
        for it in q["complete"]
    ]
    kinds: dict[str, list[int]] = {}
    for n, item in enumerate(q["complete"]):
        kinds.setdefault(item["kind"], []).append(n)
    result["autocomplete"] = auto.summary(
        what="Engine.complete('what', 1-6 chars / partial words)",
        hit_at_25=sum(hit) / len(hit),
        by_kind={
            kind: {
                "n": len(ns),
                "p99_ms": percentile(sorted(auto.seconds[n] for n in ns), 99) * 1e3,
                "top1": sum(auto.correct[n] for n in ns) / len(ns),
                "hit_at_25": sum(hit[n] for n in ns) / len(ns),
            }
            for kind, ns in sorted(kinds.items())
        },
    )

    ask = lambda text: engine.run(Request("question", text))  # noqa: E731
    facts = timed(q["question"], ask, question_correct)
    result["question"] = facts.summary(what="Engine.run(question request): fact questions")
    # Issue 10: role, year and list questions beside the fact questions, per kind and
    # all kinds together (fact questions included).
    every = Timed(list(facts.seconds), list(facts.correct))
    kinds: dict[str, Any] = {"fact": result["question"]}
    typed = q.get("question_typed", [])
    for kind in dict.fromkeys(it["kind"] for it in typed):
        done = timed([it for it in typed if it["kind"] == kind], ask, typed_correct)
        kinds[kind] = done.summary()
        every.seconds += done.seconds
        every.correct += done.correct
    result["question_kinds"] = kinds
    result["question_all"] = every.summary(what="Engine.run(question request): every kind")
    result["handle"] = timed(q["handle"], engine.handle, handle_correct).summary(
        what="Engine.handle(message): !what/!who/!quote/questions"
    )

    # --- baselines, same data and typo queries ------------------------------------------
    choices: list[str] = []
    owners: list[str] = []
    for entity in index.kb.entities.values():
        for label in dict.fromkeys((entity.name, *entity.aliases, *entity.shared_aliases)):
            choices.append(label)
            owners.append(entity.id)
    processed = [utils.default_process(c) for c in choices]

    def baseline(run: Callable[[str], Any]) -> Timed:
        return timed(
            q["typo"], run, lambda it, found: found is not None and owners[found[2]] == it["target"]
        )

    plain = baseline(lambda text: process.extractOne(text, choices, scorer=fuzz.WRatio))
    result["baseline_extractone"] = plain.summary(
        what="rapidfuzz.process.extractOne(query, all_names, scorer=WRatio)", choices=len(choices)
    )
    pre = baseline(
        lambda text: process.extractOne(utils.default_process(text), processed, scorer=fuzz.WRatio)
    )
    result["baseline_extractone_processed"] = pre.summary(
        what="extractOne on case-folded, pre-processed names (a fairer variant)"
    )

    first_owner: dict[str, str] = {}
    for c, o in zip(choices, owners, strict=True):
        first_owner.setdefault(c, o)
    sample = q["typo"][:difflib_queries]
    dl = timed(
        sample,
        lambda text: difflib.get_close_matches(text, choices, n=1, cutoff=0.6),
        lambda it, found: bool(found) and first_owner[found[0]] == it["target"],
    )
    result["baseline_difflib"] = dl.summary(
        what=f"difflib.get_close_matches(query, all_names, n=1) on the first {len(sample)} typo queries",
        ours_accuracy_same_queries=sum(typo.correct[: len(sample)]) / max(1, len(sample)),
        ours_mean_ms_same_queries=sum(typo.seconds[: len(sample)]) / max(1, len(sample)) * 1e3,
        extractone_accuracy_same_queries=sum(plain.correct[: len(sample)]) / max(1, len(sample)),
    )
    ours_mean = result["typo"]["mean_ms"]
    result["ratios"] = {
        "typo_speedup_vs_extractone_mean": result["baseline_extractone"]["mean_ms"] / ours_mean,
        "typo_speedup_vs_extractone_p99": result["baseline_extractone"]["p99_ms"]
        / result["typo"]["p99_ms"],
        "typo_speedup_vs_extractone_processed_mean": result["baseline_extractone_processed"][
            "mean_ms"
        ]
        / ours_mean,
        "typo_speedup_vs_difflib_mean": result["baseline_difflib"]["mean_ms"]
        / result["baseline_difflib"]["ours_mean_ms_same_queries"],
        "typo_accuracy_minus_extractone": result["typo"]["accuracy"]
        - result["baseline_extractone"]["accuracy"],
        "typo_accuracy_minus_extractone_processed": result["typo"]["accuracy"]
        - result["baseline_extractone_processed"]["accuracy"],
    }
    return result


# --- issue 14: a crowd of long questions, and memory over many reloads ----------------------

CROWD_USERS = 20
CROWD_QUESTIONS_PER_USER = 5
CROWD_QUESTION_CHARS = 1_000
# Probes on the event loop while the crowd's questions are answered: autocomplete as a
# user types (each 10 ms after the last answer), a command every 50 ms, and a
# 5 ms tick that measures how late the event loop runs it.
CROWD_AUTOCOMPLETE_INTERVAL = 0.010
CROWD_COMMAND_INTERVAL = 0.050
LOOP_TICK = 0.005
RELOADS = 20


def crowd_questions(kb: Any, count: int, seed: int, *, bounded: bool) -> list[str]:
    """``count`` long questions made of the knowledge base's own words (entity names and
    words of facts). ``bounded``: cut to the most a question may be before the engine
    calls it too long (the costliest work allowed); else ~1,000 characters."""
    import random

    from bot.engine.qa.answerer import MAX_QUESTION_TERMS, MAX_QUESTION_WORDS
    from bot.search.terms import content_terms
    from bot.textnorm import normalize

    rng = random.Random(seed)
    facts = [f.text for f in kb.facts]
    names = [e.name for e in kb.entities.values()]
    out = []
    for _ in range(count):
        words: list[str] = []
        while True:
            piece = (
                [rng.choice(names)]
                if rng.random() < 0.3
                else rng.choice(facts).split()[: rng.randint(3, 8)]
            )
            candidate = words + " ".join(piece).split()
            text = " ".join(candidate)
            if bounded and (
                len(candidate) >= MAX_QUESTION_WORDS
                or len(set(content_terms(normalize(text)))) >= MAX_QUESTION_TERMS
            ):
                break
            if not bounded and len(text) >= CROWD_QUESTION_CHARS - 1:
                break
            words = candidate
        out.append(" ".join(words) + "?")
    return out


async def _crowd(
    service: Any, questions: list[str], texts: list[str], names: list[str]
) -> dict[str, Any]:
    from collections import Counter

    clock = time.perf_counter
    complete_waits: list[float] = []
    command_waits: list[float] = []
    lags: list[float] = []
    done = asyncio.Event()

    async def autocomplete() -> None:
        i = 0
        while not done.is_set():
            due = clock() + CROWD_AUTOCOMPLETE_INTERVAL
            await asyncio.sleep(CROWD_AUTOCOMPLETE_INTERVAL)
            service.complete("what", texts[i % len(texts)])
            complete_waits.append(clock() - due)
            i += 1

    async def commands() -> None:
        i = 0
        while not done.is_set():
            due = clock() + CROWD_COMMAND_INTERVAL
            await asyncio.sleep(CROWD_COMMAND_INTERVAL)
            await service.ask(f"!what {names[i % len(names)]}")
            command_waits.append(clock() - due)
            i += 1

    async def ticks() -> None:
        while not done.is_set():
            due = clock() + LOOP_TICK
            await asyncio.sleep(LOOP_TICK)
            lags.append(clock() - due)

    probes = [asyncio.create_task(p()) for p in (autocomplete, commands, ticks)]
    await asyncio.sleep(0.2)  # probes running before the crowd arrives
    started = clock()
    answers = await asyncio.gather(*(service.ask(q) for q in questions))
    crowd_s = clock() - started
    done.set()
    await asyncio.gather(*probes)
    statuses = Counter("too_long" if a.command == "too_long" else a.status.value for a in answers)

    def dist(values: list[float]) -> dict[str, float]:
        s = sorted(values)
        return {
            "n": len(s),
            "p50_ms": percentile(s, 50) * 1e3,
            "p99_ms": percentile(s, 99) * 1e3,
            "max_ms": (s[-1] * 1e3) if s else float("nan"),
        }

    return {
        "questions": len(questions),
        "question_chars_mean": sum(map(len, questions)) / len(questions),
        "question_words_mean": sum(len(q.split()) for q in questions) / len(questions),
        "statuses": dict(statuses),
        "crowd_s": crowd_s,
        "autocomplete": dist(complete_waits),
        "command": dist(command_waits),
        "loop_lag": dist(lags),
    }


def measure_crowd(directory: Path, queries_file: Path, seed: int) -> dict[str, Any]:
    from bot.engine.request import Request
    from bot.service import QUESTION_SLOTS, KnowledgeService

    q = json.loads(queries_file.read_text(encoding="utf-8"))
    service = KnowledgeService(directory)
    service.load()
    texts = [it["q"] for it in q["complete"]]
    names = [it["q"] for it in q["exact"]]
    engine = service.engine
    for item in q["question"][:5]:  # warm up, as a running bot would be
        engine.run(Request("question", item["q"]))
    for text in texts[:20]:
        engine.complete("what", text)
    kb = service.snapshot.kb
    count = CROWD_USERS * CROWD_QUESTIONS_PER_USER
    result: dict[str, Any] = {"users": CROWD_USERS, "slots": QUESTION_SLOTS}
    for name, bounded in (("long", False), ("bounded", True)):
        questions = crowd_questions(kb, count, seed, bounded=bounded)
        result[name] = asyncio.run(_crowd(service, questions, texts, names))
    return result


def measure_reloads(directory: Path, reloads: int) -> dict[str, Any]:
    from bot.memory import rss_bytes
    from bot.service import KnowledgeService

    def rss() -> float:
        return (rss_bytes() or 0) / (1024 * 1024)

    async def run() -> dict[str, Any]:
        service = KnowledgeService(directory)
        service.load()
        fresh = rss()
        after: list[float] = []
        seconds: list[float] = []
        for _ in range(reloads):
            result = await service.reload()
            while service._retiring:  # the replaced snapshot freed
                await asyncio.gather(*list(service._retiring))
            seconds.append(result.seconds)
            after.append(rss())
        return {
            "reloads": reloads,
            "fresh_rss_mb": fresh,
            "after_reload_rss_mb": after,
            "max_ratio_to_fresh": max(after) / fresh,
            "last_ratio_to_fresh": after[-1] / fresh,
            "growth_first_to_last_mb": after[-1] - after[0],
            "reload_s_mean": sum(seconds) / len(seconds),
            "peak_rss_mb": rss_mb(),
        }

    return asyncio.run(run())


def _reset_peak_rss() -> bool:
    """Reset this process's peak RSS (``VmHWM``) to its current RSS: Linux's
    ``/proc/self/clear_refs`` with 5. False where that is not possible."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _peak_rss_since_reset_mb() -> float | None:
    """``VmHWM`` of /proc/self/status in MiB (the peak since ``_reset_peak_rss``)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def measure_add_release(directory: Path, queries_file: Path, seed: int) -> dict[str, Any]:
    """Issue 12's "one new release" reload, on a base that is already being served."""
    from benchmarks.synth import add_release
    from bot.memory import rss_bytes
    from bot.service import KnowledgeService

    def rss() -> float:
        return (rss_bytes() or 0) / (1024 * 1024)

    q = json.loads(queries_file.read_text(encoding="utf-8"))
    texts = [it["q"] for it in q["complete"]]
    service = KnowledgeService(directory)
    started = time.perf_counter()
    service.load()
    cold_s = time.perf_counter() - started
    for text in texts[:50]:  # warm, as a running bot would be
        service.engine.complete("what", text)
    before = service.counts()
    serving = rss()
    added = add_release(directory, 1, seed=seed)
    # CPU seconds of the build's thread and of the worker processes it waited for: on a
    # machine shared with other jobs, wall time says more about the neighbours.
    build_cpu: list[float] = []
    build = service.build

    def timed_build() -> Any:
        started = time.thread_time()
        try:
            return build()
        finally:
            build_cpu.append(time.thread_time() - started)

    service.build = timed_build  # type: ignore[method-assign]
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    exact_peak = _reset_peak_rss()
    # Sampled as well: where VmHWM cannot be reset, the probe's samples are the figure.
    samples: list[float] = []
    result = asyncio.run(
        _reload_probe(
            service, texts, interval=RELOAD_PROBE_INTERVAL, sample=lambda: samples.append(rss())
        )
    )
    children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = _peak_rss_since_reset_mb() if exact_peak else None
    if peak is None:
        peak = max(samples, default=serving)
    after = service.counts()
    grew = {k: after.get(k, 0) - before.get(k, 0) for k in after}
    if any(grew.get(k, v) != v for k, v in added.items()):  # counts() has no roles
        raise SystemExit(f"the new release was not loaded as written: {grew} != {added}")
    return {
        **result,
        "cold_load_s": cold_s,
        "build_thread_cpu_s": sum(build_cpu),
        # The build thread's CPU seconds per stage (bot.stages; "a.b" is part of "a").
        "build_stages_cpu_s": service.snapshot.stages,
        "worker_cpu_s": (children_after.ru_utime + children_after.ru_stime)
        - (children.ru_utime + children.ru_stime),
        "load_average": os.getloadavg()[0],
        "serving_rss_mb": serving,
        "peak_rss_mb": peak,
        "peak_exact": exact_peak,
        "peak_ratio_to_serving": peak / serving,
        "after_rss_mb": rss(),
        "added": added,
    }


# --- the parent: generate, measure, report -------------------------------------------------


def _child(args: list[str]) -> None:
    cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    subprocess.run(cmd, check=True, cwd=ROOT)


def run_size(
    n: int,
    seed: int,
    queries: int,
    difflib_queries: int,
    keep: Path | None,
    cases: Sequence[str] = CASES,
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"partnerbot-bench-{n}-") as tmp:
        base = keep / str(n) if keep else Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        kdir, qfile, rfile = base / "knowledge", base / "queries.json", base / "result.json"
        started = time.perf_counter()
        _child(
            [
                "--_generate",
                str(n),
                str(kdir),
                str(qfile),
                "--seed",
                str(seed),
                "--queries",
                str(queries),
            ]
        )
        generated = time.perf_counter() - started
        result: dict[str, Any] = {}
        if "main" in cases:
            _child(
                [
                    "--_measure",
                    str(kdir),
                    str(qfile),
                    str(rfile),
                    "--difflib-queries",
                    str(difflib_queries),
                ]
            )
            result.update(json.loads(rfile.read_text(encoding="utf-8")))
        # Each in a fresh process of its own, so that neither sees the other's memory.
        if "crowd" in cases:
            _child(["--_crowd", str(kdir), str(qfile), str(rfile), "--seed", str(seed)])
            result["crowd"] = json.loads(rfile.read_text(encoding="utf-8"))
        if "reloads" in cases:
            _child(["--_reloads", str(kdir), str(rfile)])
            result["reloads"] = json.loads(rfile.read_text(encoding="utf-8"))
        if "add_release" in cases:  # last: it adds a release to the generated base
            _child(["--_add_release", str(kdir), str(qfile), str(rfile), "--seed", str(seed)])
            result["add_release"] = json.loads(rfile.read_text(encoding="utf-8"))
        result["n"] = n
        result["generate_s"] = generated
        return result


def measure_coldstart(runs: int = 5) -> dict[str, Any]:
    """``benchmarks/coldstart.py``'s figures, with the issue's target beside them."""
    from benchmarks import coldstart

    figures = asdict(coldstart.measure(runs))
    figures["target_s"] = COLDSTART_TARGET_S
    figures["met"] = figures["ask_s"] <= COLDSTART_TARGET_S
    return figures


def coldstart_line(cold: dict[str, Any]) -> str:
    return (
        f"cold start, best of {cold['runs']}: partnerbot ask {cold['message']!r} "
        f"{cold['ask_s']:.3f} s, python -c pass {cold['python_s']:.3f} s "
        f"(ratio {cold['ratio']:.0f}×); target ≤ {cold['target_s']:g} s: "
        f"{'met' if cold['met'] else 'MISSED'}"
    )


def _get(data: dict[str, Any], path: str) -> float:
    value: Any = data
    for part in path.split("."):
        value = value[part]
    return float(value)


def check_targets(result: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for name, (path, op, limit) in TARGETS.items():
        try:
            value = _get(result, path)
        except KeyError:  # a case that was not run
            continue
        met = value <= limit if op == "<=" else value >= limit
        out[name] = {"value": value, "target": f"{op} {limit:g}", "met": met}
    return out


def times(x: float) -> str:
    """A speed ratio: 0.6×, 3.2×, 47×."""
    return f"{x:.1f}×" if x < 10 else f"{x:.0f}×"


def table(results: list[dict[str, Any]]) -> str:
    cols = [f"N={r['n']:,}" for r in results]
    rows: list[tuple[str, list[str]]] = []

    def row(label: str, fmt: Callable[[dict[str, Any]], str]) -> None:
        rows.append((label, [fmt(r) for r in results]))

    def lat(key: str) -> Callable[[dict[str, Any]], str]:
        return lambda r: (
            f"{r[key]['p50_ms']:.3f} / {r[key]['p99_ms']:.3f} ms  {r[key]['accuracy']:.1%}"
        )

    def kind_lat(kind: str) -> Callable[[dict[str, Any]], str]:
        def fmt(r: dict[str, Any]) -> str:
            k = r.get("question_kinds", {}).get(kind)
            return f"{k['p50_ms']:.3f} / {k['p99_ms']:.3f} ms  {k['accuracy']:.1%}" if k else "-"

        return fmt

    if "load" not in results[0]:
        rows.extend(_issue14_rows(results))
        return _aligned(cols, rows)
    row(
        "load+validate / index",
        lambda r: f"{r['load']['load_validate_s']:.1f} s + {r['load']['index_s']:.1f} s",
    )
    row(
        "  CPU: load main+workers / index",
        lambda r: (
            "{load_main:.1f}+{load_workers:.1f} s / {index_main:.1f}+{index_workers:.1f} s".format(
                **r["load"]["cpu_s"]
            )
            if "cpu_s" in r["load"]
            else "-"
        ),
    )
    row(
        "peak RSS (serving / after reload)",
        lambda r: (
            f"{r['memory']['peak_rss_mb']:.0f} / {r['memory']['peak_rss_after_reload_mb']:.0f} MiB"
        ),
    )
    row("exact lookup p50/p99, top-1", lat("exact"))
    row("typo'd lookup p50/p99, top-1", lat("typo"))
    row("  extractOne WRatio scan", lat("baseline_extractone"))
    row("  extractOne, pre-processed", lat("baseline_extractone_processed"))
    row(
        "  difflib (subsample)",
        lambda r: (
            f"{r['baseline_difflib']['p50_ms']:.1f} / {r['baseline_difflib']['p99_ms']:.1f} ms  {r['baseline_difflib']['accuracy']:.1%} (ours {r['baseline_difflib']['ours_accuracy_same_queries']:.1%}, n={r['baseline_difflib']['n']})"
        ),
    )
    row(
        "  speed-up vs extractOne (mean)",
        lambda r: (
            f"{times(r['ratios']['typo_speedup_vs_extractone_mean'])} (pre-processed {times(r['ratios']['typo_speedup_vs_extractone_processed_mean'])})"
        ),
    )
    row(
        "  speed-up vs difflib (mean)",
        lambda r: f"{times(r['ratios']['typo_speedup_vs_difflib_mean'])}",
    )
    row("autocomplete p50/p99, top-1", lat("autocomplete"))
    row("  autocomplete target in 25", lambda r: f"{r['autocomplete']['hit_at_25']:.1%}")
    row("question p50/p99, top-1", lat("question"))
    for kind in TYPED_KINDS:
        row(f"  {kind} question p50/p99, right", kind_lat(kind))
    row("  every kind p50/p99, right", lat("question_all"))
    row("handle(message) p50/p99, top-1", lat("handle"))
    row(
        "autocomplete during reload p50/p99/max",
        lambda r: (
            f"{r['reload']['p50_ms']:.1f} / {r['reload']['p99_ms']:.1f} / {r['reload']['max_ms']:.0f} ms"
        ),
    )
    rows.extend(_issue14_rows(results))
    return _aligned(cols, rows)


def _issue14_rows(results: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    """The crowd and reload-memory figures, for the rows of either table."""
    rows: list[tuple[str, list[str]]] = []

    def crowd(kind: str) -> Callable[[dict[str, Any]], str]:
        def fmt(r: dict[str, Any]) -> str:
            c = r["crowd"][kind]
            return (
                f"{c['autocomplete']['p99_ms']:.1f} / {c['loop_lag']['max_ms']:.0f} / "
                f"{c['command']['p99_ms']:.0f} ms ({c['crowd_s']:.1f} s, "
                f"{c['question_words_mean']:.0f} words)"
            )

        return fmt

    if all("crowd" in r for r in results):
        for kind, label in (("long", "~1,000 chars"), ("bounded", "at the bound")):
            rows.append(
                (
                    f"crowd {label}: autocomplete p99 / loop worst wait / command p99",
                    [crowd(kind)(r) for r in results],
                )
            )
    if all("reloads" in r for r in results):
        rows.append(
            (
                "RSS fresh → after 1st / 20th reload (max ratio)",
                [
                    f"{r['reloads']['fresh_rss_mb']:,.0f} → {r['reloads']['after_reload_rss_mb'][0]:,.0f}"
                    f" / {r['reloads']['after_reload_rss_mb'][-1]:,.0f} MiB "
                    f"(×{r['reloads']['max_ratio_to_fresh']:.2f})"
                    for r in results
                ],
            )
        )
    if all("add_release" in r for r in results):
        rows.append(
            (
                "add one release: reload / peak RSS vs serving / autocomplete p99",
                [
                    f"{r['add_release']['reload_s']:.1f} s (CPU {r['add_release']['build_thread_cpu_s']:.1f}"
                    f" s + workers {r['add_release']['worker_cpu_s']:.1f} s)"
                    f" / {r['add_release']['peak_rss_mb']:,.0f}"
                    f" vs {r['add_release']['serving_rss_mb']:,.0f} MiB"
                    f" (×{r['add_release']['peak_ratio_to_serving']:.2f})"
                    f" / {r['add_release']['p99_ms']:.1f} ms"
                    for r in results
                ],
            )
        )
        # Where the build's CPU time goes, stage by stage (parts of a stage indented).
        names = list(
            dict.fromkeys(
                k for r in results for k in r["add_release"].get("build_stages_cpu_s", {})
            )
        )
        for name in names:
            head, _, part = name.partition(".")
            rows.append(
                (
                    f"  build CPU: {head}" if not part else f"    … {part}",
                    [
                        f"{r['add_release']['build_stages_cpu_s'][name]:.2f} s"
                        if name in r["add_release"].get("build_stages_cpu_s", {})
                        else ""
                        for r in results
                    ],
                )
            )
    return rows


def _aligned(cols: list[str], rows: list[tuple[str, list[str]]]) -> str:
    width = max(len(label) for label, _ in rows)
    widths = [max(len(c), *(len(v[i]) for _, v in rows)) for i, c in enumerate(cols)]
    lines = [" | ".join([" " * width, *(c.ljust(w) for c, w in zip(cols, widths, strict=True))])]
    lines.append("-+-".join(["-" * width, *("-" * w for w in widths)]))
    for label, values in rows:
        lines.append(
            " | ".join(
                [label.ljust(width), *(v.ljust(w) for v, w in zip(values, widths, strict=True))]
            )
        )
    return "\n".join(lines)


def markdown(results: list[dict[str, Any]]) -> str:
    """The README's table: figures per size, and how they compare with the baselines."""
    cols = [f"N = {r['n']:,}" for r in results]

    def ms(x: float) -> str:
        return f"{x:.3f}" if x < 0.1 else f"{x:.1f}" if x < 100 else f"{x:,.0f}"

    def lat(key: str) -> Callable[[dict[str, Any]], str]:
        return lambda r: (
            f"{ms(r[key]['p50_ms'])} / {ms(r[key]['p99_ms'])} ms, {r[key]['accuracy']:.1%}"
        )

    def kind_lat(kind: str) -> Callable[[dict[str, Any]], str]:
        def fmt(r: dict[str, Any]) -> str:
            k = r.get("question_kinds", {}).get(kind)
            if not k:
                return "-"
            return f"{ms(k['p50_ms'])} / {ms(k['p99_ms'])} ms, {k['accuracy']:.1%} ({k['n']})"

        return fmt

    rows: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
        (
            "load + validate, index",
            lambda r: f"{r['load']['load_validate_s']:.1f} s + {r['load']['index_s']:.1f} s",
        ),
        (
            "peak RSS (serving; during a reload)",
            lambda r: (
                f"{r['memory']['peak_rss_mb']:,.0f} MiB; {r['memory']['peak_rss_after_reload_mb']:,.0f} MiB"
            ),
        ),
        ("exact lookup p50 / p99, top-1", lat("exact")),
        ("typo'd lookup p50 / p99, top-1", lat("typo")),
        ("… `extractOne(WRatio)` scan", lat("baseline_extractone")),
        ("… same scan, pre-processed names", lat("baseline_extractone_processed")),
        (
            "… `difflib.get_close_matches`",
            lambda r: (
                f"{ms(r['baseline_difflib']['p50_ms'])} / {ms(r['baseline_difflib']['p99_ms'])} ms, {r['baseline_difflib']['accuracy']:.1%} (ours {r['baseline_difflib']['ours_accuracy_same_queries']:.1%}; {r['baseline_difflib']['n']} queries)"
            ),
        ),
        (
            "typo'd lookup speed-up (mean time)",
            lambda r: (
                f"{times(r['ratios']['typo_speedup_vs_extractone_mean'])} `extractOne`, {times(r['ratios']['typo_speedup_vs_extractone_processed_mean'])} pre-processed, {times(r['ratios']['typo_speedup_vs_difflib_mean'])} `difflib`"
            ),
        ),
        ("autocomplete p50 / p99, top-1", lat("autocomplete")),
        ("… target among the 25 choices", lambda r: f"{r['autocomplete']['hit_at_25']:.1%}"),
        ("question p50 / p99, top-1", lat("question")),
        *((f"… {kind.replace('_', ' ')} questions, right", kind_lat(kind)) for kind in TYPED_KINDS),
        ("… every kind of question", lat("question_all")),
        ("`handle(message)` p50 / p99, right", lat("handle")),
        (
            "autocomplete during a reload p50 / p99 / max",
            lambda r: (
                f"{ms(r['reload']['p50_ms'])} / {ms(r['reload']['p99_ms'])} / {ms(r['reload']['max_ms'])} ms ({r['reload']['reload_s']:.0f} s reload)"
            ),
        ),
    ]
    lines = ["| | " + " | ".join(cols) + " |", "|---|" + "---|" * len(cols)]
    if "load" in results[0]:
        lines += [f"| {label} | " + " | ".join(f(r) for r in results) + " |" for label, f in rows]
    lines += [
        f"| {label} | " + " | ".join(values) + " |" for label, values in _issue14_rows(results)
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes", default="1000,10000,100000", help="comma-separated entity counts"
    )
    parser.add_argument("--queries", type=int, default=1000, help="queries of each kind per size")
    parser.add_argument(
        "--difflib-queries",
        type=int,
        default=None,
        help="difflib subsample (default: all up to N=10,000, 100 above)",
    )
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--json", type=Path, help="write every figure here")
    parser.add_argument("--keep", type=Path, help="keep the generated knowledge bases here")
    parser.add_argument(
        "--report", type=Path, help="print the tables of an earlier --json file and exit"
    )
    parser.add_argument(
        "--cases",
        default=",".join(CASES),
        help="comma-separated: main (latency, accuracy, reload probe), crowd, reloads, "
        "add_release, coldstart",
    )
    parser.add_argument("--_generate", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--_measure", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--_crowd", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--_reloads", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--_add_release", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args._generate:
        from benchmarks.queries import make_queries
        from benchmarks.synth import generate

        n, kdir, qfile = int(args._generate[0]), Path(args._generate[1]), Path(args._generate[2])
        kb = generate(kdir, n, seed=args.seed)
        queries = make_queries(kb, args.queries, seed=args.seed)
        queries["counts"] = kb.counts
        Path(qfile).write_text(json.dumps(queries), encoding="utf-8")
        return 0
    if args._measure:
        kdir, qfile, rfile = (Path(p) for p in args._measure)
        out = measure(kdir, qfile, args.difflib_queries)
        rfile.write_text(json.dumps(out), encoding="utf-8")
        return 0

    if args._crowd:
        kdir, qfile, rfile = (Path(p) for p in args._crowd)
        out = measure_crowd(kdir, qfile, args.seed)
        rfile.write_text(json.dumps(out), encoding="utf-8")
        return 0
    if args._reloads:
        kdir, rfile = (Path(p) for p in args._reloads)
        rfile.write_text(json.dumps(measure_reloads(kdir, RELOADS)), encoding="utf-8")
        return 0

    if args._add_release:
        kdir, qfile, rfile = (Path(p) for p in args._add_release)
        out = measure_add_release(kdir, qfile, args.seed)
        rfile.write_text(json.dumps(out), encoding="utf-8")
        return 0

    if args.report:
        saved = json.loads(args.report.read_text(encoding="utf-8"))
        if saved["sizes"]:
            print(table(saved["sizes"]))
            print()
            print(markdown(saved["sizes"]))
        if "coldstart" in saved:
            print(coldstart_line(saved["coldstart"]))
        return 0

    cases = [c.strip() for c in args.cases.split(",") if c.strip()]
    unknown = set(cases) - set(CASES)
    if unknown:
        parser.error(f"unknown case(s) {', '.join(sorted(unknown))}; choose from {CASES}")
    cold: dict[str, Any] | None = None
    if "coldstart" in cases:
        print("cold start of `partnerbot ask`: measuring…", file=sys.stderr, flush=True)
        cold = measure_coldstart()
        print(coldstart_line(cold))
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    if not set(cases) & set(SIZE_CASES):
        sizes = []
    results = []
    for n in sizes:
        difflib_n = args.difflib_queries
        if difflib_n is None:
            difflib_n = args.queries if n <= 10_000 else 100
        print(f"N={n:,}: generating and measuring…", file=sys.stderr, flush=True)
        results.append(run_size(n, args.seed, args.queries, difflib_n, args.keep, cases))
    targets: dict[str, Any] = {}
    if results:
        print(table(results))
        largest = max(results, key=lambda r: r["n"])
        targets = check_targets(largest)
        print(f"\nTargets at N={largest['n']:,}:")
        for name, t in targets.items():
            print(
                f"  {'met ' if t['met'] else 'MISS'}  {name}: {t['value']:.4g} (target {t['target']})"
            )
    if args.json:
        report = {
            "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": {
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
                "platform": platform.platform(),
            },
            "seed": args.seed,
            "queries_per_kind": args.queries,
            "sizes": results,
            "targets_at": max((r["n"] for r in results), default=None),
            "targets": targets,
        }
        if cold is not None:
            report["coldstart"] = cold
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
        print(f"\nwrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
