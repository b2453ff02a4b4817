"""Prometheus metrics, written by hand in the text exposition format (version 0.0.4).

The bot needs three counters, one histogram and a few gauges, all updated from the
event loop, so a small exact implementation is simpler than prometheus-client's global
registry (which would also need its own isolation for every bot the tests start).
Label values are escaped as the format requires; every label set is bounded (statuses,
commands and outcomes are fixed by the engine, knowledge kinds by the schema).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from bot.engine.answer import Status

# Seconds; answers normally take a few milliseconds of engine time plus one REST call.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
RELOAD_OUTCOMES = ("success", "failure")
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"

Labels = tuple[tuple[str, str], ...]


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _labels(labels: Labels) -> str:
    if not labels:
        return ""
    return "{" + ",".join(f'{key}="{_escape(value)}"' for key, value in labels) + "}"


def _number(value: float) -> str:
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    if math.isnan(value):
        return "NaN"
    return repr(float(value)) if not float(value).is_integer() else str(int(value))


@dataclass
class Histogram:
    buckets: tuple[float, ...] = LATENCY_BUCKETS
    counts: list[int] = field(default_factory=list)
    total: float = 0.0
    count: int = 0

    def __post_init__(self) -> None:
        self.counts = [0] * len(self.buckets)

    def observe(self, value: float) -> None:
        self.count += 1
        self.total += value
        for i, bound in enumerate(self.buckets):
            if value <= bound:
                self.counts[i] += 1  # cumulative: every bucket at or above the value

    def lines(self, name: str) -> list[str]:
        out = [
            f'{name}_bucket{{le="{_number(bound)}"}} {n}'
            for bound, n in zip(self.buckets, self.counts, strict=True)
        ]
        out.append(f'{name}_bucket{{le="+Inf"}} {self.count}')
        out.append(f"{name}_sum {_number(self.total)}")
        out.append(f"{name}_count {self.count}")
        return out


class Metrics:
    """The bot's metrics. ``render()`` reads the gauges from ``gauges`` callbacks."""

    def __init__(self) -> None:
        # Every status is exported from the start, at 0, so rate() works from the first answer.
        self.by_status: dict[str, int] = {status.value: 0 for status in Status}
        self.by_command: dict[Labels, int] = {}
        self.latency = Histogram()
        self.reloads: dict[str, int] = dict.fromkeys(RELOAD_OUTCOMES, 0)
        # Callbacks that sample gauges (knowledge base sizes…) at scrape time.
        self.collectors: list[Callable[[], Iterable[Sample]]] = []

    def answer(self, status: str, command: str, seconds: float) -> None:
        self.by_status[status] = self.by_status.get(status, 0) + 1
        key = (("command", command or "unknown"), ("status", status))
        self.by_command[key] = self.by_command.get(key, 0) + 1
        self.latency.observe(max(0.0, seconds))

    def reload(self, ok: bool) -> None:
        self.reloads["success" if ok else "failure"] += 1

    def render(self) -> str:
        out: list[str] = []

        def family(name: str, kind: str, help_text: str) -> None:
            out.append(f"# HELP {name} {help_text}")
            out.append(f"# TYPE {name} {kind}")

        family("partnerbot_answers_total", "counter", "Answers sent on Discord, by status.")
        for status, n in self.by_status.items():
            out.append(f"partnerbot_answers_total{_labels((('status', status),))} {n}")
        family(
            "partnerbot_answers_by_command_total",
            "counter",
            "Answers sent on Discord, by engine command and status.",
        )
        for labels, n in sorted(self.by_command.items()):
            out.append(f"partnerbot_answers_by_command_total{_labels(labels)} {n}")

        family(
            "partnerbot_answer_latency_seconds",
            "histogram",
            "Time from starting to handle a request to the reply being sent.",
        )
        out.extend(self.latency.lines("partnerbot_answer_latency_seconds"))

        family("partnerbot_reloads_total", "counter", "Knowledge base reloads, by outcome.")
        for outcome, n in self.reloads.items():
            out.append(f"partnerbot_reloads_total{_labels((('outcome', outcome),))} {n}")

        samples: dict[str, tuple[str, str, list[tuple[Labels, float]]]] = {}
        for collect in self.collectors:
            for sample in collect():
                entry = samples.setdefault(sample.name, (sample.kind, sample.help, []))
                entry[2].append((sample.labels, sample.value))
        for name, (kind, help_text, values) in samples.items():
            family(name, kind, help_text)
            for labels, value in values:
                out.append(f"{name}{_labels(labels)} {_number(value)}")
        return "\n".join(out) + "\n"


@dataclass(frozen=True, slots=True)
class Sample:
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
