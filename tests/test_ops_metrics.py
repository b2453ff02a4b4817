"""The Prometheus exposition, read back with prometheus-client's own text parser."""

from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families

from bot.ops.metrics import Metrics, Sample


def _families(metrics: Metrics) -> dict[str, dict[tuple[str, tuple[tuple[str, str], ...]], float]]:
    """name -> {(sample name, sorted labels): value}, parsed by the library."""
    out: dict[str, dict[tuple[str, tuple[tuple[str, str], ...]], float]] = {}
    for family in text_string_to_metric_families(metrics.render()):
        samples = out.setdefault(family.name, {})
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return out


def test_counters_histogram_and_sampled_gauges_parse_back() -> None:
    metrics = Metrics()
    metrics.answer("answered", "quote", 0.02)
    metrics.answer("not_found", "what", 0.2)
    metrics.reload(ok=True)
    metrics.collectors.append(
        lambda: [
            *Sample.each("x_items", "kind", {"b": 2, "a": 1}, help="Items."),
            Sample("x_label", 1, labels=(("name", 'a "quoted"\\ \nname'),), help="Escaping."),
            Sample("x_written_total", 7, "counter", "Written."),
        ]
    )
    families = _families(metrics)

    answers = families["partnerbot_answers"]
    assert answers[("partnerbot_answers_total", (("status", "answered"),))] == 1
    # Every status is exported from the start, so rate() works before the first error.
    assert answers[("partnerbot_answers_total", (("status", "error"),))] == 0
    by_command = families["partnerbot_answers_by_command"]
    key = ("partnerbot_answers_by_command_total", (("command", "what"), ("status", "not_found")))
    assert by_command[key] == 1
    latency = families["partnerbot_answer_latency_seconds"]
    assert latency[("partnerbot_answer_latency_seconds_bucket", (("le", "0.025"),))] == 1
    assert latency[("partnerbot_answer_latency_seconds_bucket", (("le", "0.25"),))] == 2
    assert latency[("partnerbot_answer_latency_seconds_count", ())] == 2
    reloads = families["partnerbot_reloads"]
    assert reloads[("partnerbot_reloads_total", (("outcome", "success"),))] == 1
    assert reloads[("partnerbot_reloads_total", (("outcome", "failure"),))] == 0

    assert families["x_items"] == {
        ("x_items", (("kind", "a"),)): 1,
        ("x_items", (("kind", "b"),)): 2,
    }
    # Label values survive escaping: the parser gives back exactly what was sampled.
    assert families["x_label"] == {("x_label", (("name", 'a "quoted"\\ \nname'),)): 1}
    assert families["x_written"] == {("x_written_total", ()): 7}


def test_standard_process_and_gc_metrics_are_exported() -> None:
    families = _families(Metrics())
    assert "python_gc_collections" in families
    assert "python_info" in families
    # The process collector reads /proc; it exports nothing on systems without it.
    assert "process_resident_memory_bytes" in families or not __import__("os").path.exists(
        "/proc/self/stat"
    )


def test_each_bot_counts_only_its_own_answers() -> None:
    first, second = Metrics(), Metrics()
    first.answer("answered", "quote", 0.01)
    key = ("partnerbot_answers_total", (("status", "answered"),))
    assert _families(first)["partnerbot_answers"][key] == 1
    assert _families(second)["partnerbot_answers"][key] == 0
