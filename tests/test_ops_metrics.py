"""The hand-written Prometheus exposition: families, cumulative buckets, escaping."""

from __future__ import annotations

from bot.ops.metrics import Histogram, Metrics, Sample


def test_histogram_buckets_are_cumulative() -> None:
    histogram = Histogram(buckets=(0.01, 0.1, 1.0))
    for value in (0.005, 0.05, 0.05, 0.5, 5.0):
        histogram.observe(value)
    assert histogram.lines("h") == [
        'h_bucket{le="0.01"} 1',
        'h_bucket{le="0.1"} 3',
        'h_bucket{le="1"} 4',
        'h_bucket{le="+Inf"} 5',
        "h_sum 5.605",
        "h_count 5",
    ]


def test_render_has_every_family_once_with_help_and_type() -> None:
    metrics = Metrics()
    metrics.answer("answered", "quote", 0.02)
    metrics.answer("not_found", "what", 0.2)
    metrics.reload(ok=True)
    metrics.collectors.append(
        lambda: [
            *Sample.each("x_items", "kind", {"b": 2, "a": 1}, help="Items."),
            Sample("x_label", 1, labels=(("name", 'a "quoted"\\ \nname'),), help="Escaping."),
        ]
    )
    text = metrics.render()
    assert text.endswith("\n")
    lines = text.splitlines()
    types = [line for line in lines if line.startswith("# TYPE")]
    assert len(types) == len({t.split()[2] for t in types})  # each family once
    assert 'partnerbot_answers_total{status="answered"} 1' in lines
    assert 'partnerbot_answers_total{status="error"} 0' in lines
    assert 'partnerbot_answers_by_command_total{command="what",status="not_found"} 1' in lines
    assert 'partnerbot_answer_latency_seconds_bucket{le="0.025"} 1' in lines
    assert 'partnerbot_answer_latency_seconds_bucket{le="0.25"} 2' in lines
    assert 'partnerbot_reloads_total{outcome="success"} 1' in lines
    assert 'partnerbot_reloads_total{outcome="failure"} 0' in lines
    assert lines[lines.index("# TYPE x_items gauge") + 1 :][:2] == [
        'x_items{kind="a"} 1',
        'x_items{kind="b"} 2',
    ]
    assert 'x_label{name="a \\"quoted\\"\\\\ \\nname"} 1' in lines
