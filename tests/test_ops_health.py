"""Readiness: each reason /healthz gives before it says ready."""

from __future__ import annotations

import asyncio
import math
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest

from bot.ops.health import HealthServer, gateway_problem, readiness
from bot.ops.metrics import Metrics


@dataclass
class StubBot:
    closed: bool = False
    ready: bool = True
    ws: Any = field(default_factory=lambda: SimpleNamespace(open=True))
    latency: float = 0.04
    service: Any = field(default_factory=lambda: SimpleNamespace(snapshot=object()))

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
    ],
)
def test_readiness_reasons(changes: dict[str, Any], reason: str | None) -> None:
    bot = StubBot(**changes)
    assert readiness(bot) == reason  # type: ignore[arg-type]
    if "service" not in changes:
        assert gateway_problem(bot) == reason  # type: ignore[arg-type]


async def _closed_by_server(reader: asyncio.StreamReader) -> bool:
    """True when the server closes the connection (EOF) within a few seconds."""
    try:
        return await asyncio.wait_for(reader.read(), 5) == b""
    except TimeoutError:
        return False


async def _get(port: int, path: str) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    data = await asyncio.wait_for(reader.read(), 5)
    writer.close()
    return data


async def test_idle_and_half_sent_connections_are_closed_and_capped() -> None:
    server = HealthServer(
        "127.0.0.1", 0, ready=lambda: None, metrics=Metrics(), header_timeout=0.3, max_connections=3
    )
    await server.start()
    try:
        assert (await _get(server.port, "/healthz")).endswith(b"ready\n")
        idle = [await asyncio.open_connection("127.0.0.1", server.port) for _ in range(2)]
        # Half a request: the headers never end (slowloris).
        partial = await asyncio.open_connection("127.0.0.1", server.port)
        partial[1].write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        await asyncio.sleep(0.05)
        # Past the cap: closed at once, by the cap (not by the timeout).
        over_reader, over_writer = await asyncio.open_connection("127.0.0.1", server.port)
        assert await _closed_by_server(over_reader)
        assert server.refused == 1
        # The held connections do not stay: each is closed by the header timeout.
        for reader, _ in [*idle, partial]:
            assert await _closed_by_server(reader)
        # And the endpoint serves again.
        assert (await _get(server.port, "/healthz")).endswith(b"ready\n")
        for _, writer in [*idle, partial, (over_reader, over_writer)]:
            writer.close()
    finally:
        await server.stop()
