"""Readiness: each reason /healthz gives before it says ready."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest

from bot.ops.health import gateway_problem, readiness


@dataclass
class StubBot:
    closed: bool = False
    ready: bool = True
    ws: Any = field(default_factory=lambda: SimpleNamespace(open=True))
    latency: float = 0.04
    service: Any = field(
        default_factory=lambda: SimpleNamespace(snapshot=object(), reload_problem=lambda: None)
    )

    def is_closed(self) -> bool:
        return self.closed

    def is_ready(self) -> bool:
        return self.ready


class Unloaded:
    @property
    def snapshot(self) -> object:
        raise RuntimeError("the knowledge base has not been loaded")


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({}, None),
        ({"closed": True}, "client closed"),
        ({"ready": False}, "gateway not ready"),
        ({"ws": None}, "gateway disconnected"),
        ({"ws": SimpleNamespace(open=False)}, "gateway disconnected"),
        ({"latency": math.inf}, "no heartbeat acknowledged yet"),
        ({"latency": math.nan}, "no heartbeat acknowledged yet"),
        ({"service": Unloaded()}, "no knowledge base loaded"),
        (
            {"service": SimpleNamespace(snapshot=object(), reload_problem=lambda: "reload stuck")},
            "reload stuck",
        ),
    ],
)
def test_readiness_reasons(changes: dict[str, Any], reason: str | None) -> None:
    bot = StubBot(**changes)
    assert readiness(bot) == reason  # type: ignore[arg-type]
    if "service" not in changes:
        assert gateway_problem(bot) == reason  # type: ignore[arg-type]
