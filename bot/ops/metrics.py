"""Prometheus metrics for the bot, built on ``prometheus-client``.

Each :class:`Metrics` owns a ``CollectorRegistry`` of its own rather than the library's
process-global one: the tests start many bots in one process, and two bots in one
process must never add up each other's counters. The registry also carries the
library's standard process (``process_*``), Python platform (``python_info``) and
garbage-collector (``python_gc_*``) collectors.

Metric names are the ones the hand-written exposition used before this module moved to
the library, so dashboards keep working. The library adds ``*_created`` samples to
counters and histograms by default; they are turned off here, because those series were
never exported and would double the number of series for no dashboard's benefit.

Every label set is bounded: statuses and commands are fixed by the engine, reload
outcomes are two, knowledge kinds come from the schema.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

import prometheus_client
from prometheus_client import (
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4
from prometheus_client.registry import Collector

from bot.engine.answer import Status

# Seconds; answers normally take a few milliseconds of engine time plus one REST call.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
RELOAD_OUTCOMES = ("success", "failure")
# generate_latest() writes the classic text format (0.0.4), which every Prometheus
# version reads; the library's CONTENT_TYPE_LATEST names a newer version.
CONTENT_TYPE = CONTENT_TYPE_PLAIN_0_0_4

prometheus_client.disable_created_metrics()

Labels = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Sample:
    """One value sampled at scrape time (a gauge, or a counter kept elsewhere).

    ``kind`` is ``"gauge"`` or ``"counter"``; a counter's ``name`` ends in ``_total``,
    as the exposition format requires.
    """

    name: str
    value: float
    kind: str = "gauge"
    help: str = ""
    labels: Labels = ()

    @classmethod
    def each(
        cls, name: str, label: str, values: Mapping[str, float], *, kind: str = "gauge", help: str
    ) -> list[Sample]:
        return [
            cls(name, float(v), kind, help, ((label, key),)) for key, v in sorted(values.items())
        ]


class _SampledCollector(Collector):
    """Turns the ``Metrics.collectors`` callbacks into metric families at scrape time."""

    def __init__(self, sources: list[Callable[[], Iterable[Sample]]]) -> None:
        self._sources = sources

    def collect(self) -> Iterator[Metric]:
        families: dict[str, CounterMetricFamily | GaugeMetricFamily] = {}
        for source in self._sources:
            for sample in source():
                family = families.get(sample.name)
                label_names = [key for key, _ in sample.labels]
                if family is None:
                    if sample.kind == "counter":
                        family = CounterMetricFamily(
                            sample.name.removesuffix("_total"), sample.help, labels=label_names
                        )
                    else:
                        family = GaugeMetricFamily(sample.name, sample.help, labels=label_names)
                    families[sample.name] = family
                family.add_metric([value for _, value in sample.labels], sample.value)
        yield from families.values()

    def describe(self) -> Iterable[Metric]:
        # Names are only known at scrape time; an empty description keeps the registry
        # from calling collect() at registration, before the bot has anything to sample.
        return ()


class Metrics:
    """The bot's metrics, in a registry of their own.

    ``answer()`` and ``reload()`` count events; ``collectors`` holds callbacks that
    sample gauges (knowledge base sizes…) at scrape time; ``render()`` returns the text
    exposition (``CONTENT_TYPE``).
    """

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        prometheus_client.ProcessCollector(registry=self.registry)
        prometheus_client.PlatformCollector(registry=self.registry)
        prometheus_client.GCCollector(registry=self.registry)
        self._answers = Counter(
            "partnerbot_answers",
            "Answers sent on Discord, by status.",
            ["status"],
            registry=self.registry,
        )
        # Every status is exported from the start, at 0, so rate() works from the first answer.
        for status in Status:
            self._answers.labels(status=status.value)
        self._by_command = Counter(
            "partnerbot_answers_by_command",
            "Answers sent on Discord, by engine command and status.",
            ["command", "status"],
            registry=self.registry,
        )
        self._latency = Histogram(
            "partnerbot_answer_latency_seconds",
            "Time from starting to handle a request to the reply being sent.",
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self._reloads = Counter(
            "partnerbot_reloads",
            "Knowledge base reloads, by outcome.",
            ["outcome"],
            registry=self.registry,
        )
        for outcome in RELOAD_OUTCOMES:
            self._reloads.labels(outcome=outcome)
        self.collectors: list[Callable[[], Iterable[Sample]]] = []
        self.registry.register(_SampledCollector(self.collectors))

    def answer(self, status: str, command: str, seconds: float) -> None:
        self._answers.labels(status=status).inc()
        self._by_command.labels(command=command or "unknown", status=status).inc()
        self._latency.observe(max(0.0, seconds))

    def reload(self, ok: bool) -> None:
        self._reloads.labels(outcome="success" if ok else "failure").inc()

    def reloads(self) -> dict[str, int]:
        """Reloads counted so far, by outcome: ``{"success": n, "failure": m}``."""
        return {
            outcome: int(
                self.registry.get_sample_value("partnerbot_reloads_total", {"outcome": outcome})
                or 0
            )
            for outcome in RELOAD_OUTCOMES
        }

    def render(self) -> str:
        return generate_latest(self.registry).decode()
