"""The health and metrics HTTP endpoint, served by aiohttp inside the bot's event loop.

* ``GET /healthz``: ``200 ready`` only when the gateway is connected (the client is
  ready, not closed, every websocket open, heartbeat latency known) and a knowledge base
  is loaded; otherwise ``503`` with the reason. Meant for a readiness or liveness probe.
* ``GET /metrics``: Prometheus text format (see ``bot.ops.metrics``).

It listens on ``HEALTH_HOST`` (default 127.0.0.1) and ``HEALTH_PORT``; it is off when
the port is unset. It exposes no message content, only counts.

Connections cannot pile up: a client must send a complete request line and headers
within ``HEADER_TIMEOUT_SECONDS`` of connecting (or of its previous response, on a
kept-alive connection), else the connection is closed; beyond ``MAX_CONNECTIONS`` open
connections, new ones are closed at once. A probe takes milliseconds, so both limits
only ever meet clients that hold sockets open without asking anything.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Callable
from typing import TYPE_CHECKING

import discord
from aiohttp import web

from bot.ops.metrics import CONTENT_TYPE
from bot.ops.snapshot import served_snapshot

if TYPE_CHECKING:
    from bot.discord.app import PartnerBot
    from bot.ops.metrics import Metrics

log = logging.getLogger(__name__)

# aiohttp's keep-alive timer runs from the moment a connection opens and closes it when
# no complete request has arrived by then (partial headers do not reset it); after a
# response it restarts. So the keep-alive timeout is the header timeout too.
HEADER_TIMEOUT_SECONDS = 5.0
MAX_CONNECTIONS = 64


class _Refused(asyncio.Protocol):
    """Past the connection cap: close at once, without reading anything."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        transport.close()


def gateway_problem(bot: discord.Client) -> str | None:
    """Why the gateway is not usable right now, or None when it is."""
    if bot.is_closed():
        return "client closed"
    if not bot.is_ready():
        return "gateway not ready"
    if isinstance(bot, discord.AutoShardedClient):
        if not bot.shards or any(shard.is_closed() for shard in bot.shards.values()):
            return "a shard is disconnected"
    else:
        ws = bot.ws
        if ws is None or not ws.open:
            return "gateway disconnected"
    if not math.isfinite(bot.latency):
        return "no heartbeat acknowledged yet"
    return None


def readiness(bot: PartnerBot) -> str | None:
    """None when ready, else the reason: gateway first, then the knowledge base."""
    problem = gateway_problem(bot)
    if problem is not None:
        return problem
    if served_snapshot(bot.service) is None:
        return "no knowledge base loaded"
    return None


class HealthServer:
    def __init__(
        self,
        host: str,
        port: int,
        *,
        ready: Callable[[], str | None],
        metrics: Metrics,
        header_timeout: float = HEADER_TIMEOUT_SECONDS,
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        self.host = host
        self.port = port  # 0 picks a free port; the real one is set by start()
        self.ready = ready
        self.metrics = metrics
        self.header_timeout = header_timeout
        self.max_connections = max_connections
        self.refused = 0  # connections closed because of the cap
        self._runner: web.AppRunner | None = None
        self._listener: asyncio.Server | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/metrics", self._metrics)
        runner = web.AppRunner(app, access_log=None, keepalive_timeout=self.header_timeout)
        await runner.setup()
        # Our own listener instead of web.TCPSite, for the connection cap: the protocol
        # factory sees every new connection before aiohttp does.
        try:
            listener = await asyncio.get_running_loop().create_server(
                self._accept, self.host, self.port, reuse_address=True
            )
        except BaseException:
            await runner.cleanup()
            raise
        self._runner, self._listener = runner, listener
        if listener.sockets:
            self.port = listener.sockets[0].getsockname()[1]
        log.info("health endpoint on %s/healthz and %s/metrics", self.url, self.url)

    def _accept(self) -> asyncio.BaseProtocol:
        assert self._runner is not None and self._runner.server is not None
        server = self._runner.server
        if len(server.connections) >= self.max_connections:
            self.refused += 1
            if self.refused == 1 or self.refused % 1000 == 0:
                log.warning(
                    "health endpoint: %d connections open, refusing more (%d so far)",
                    self.max_connections,
                    self.refused,
                )
            return _Refused()
        return server()

    async def stop(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()
        if self._runner is not None:
            await self._runner.cleanup()  # closes the open connections
            self._runner = None
        if listener is not None:
            await listener.wait_closed()

    async def _healthz(self, request: web.Request) -> web.Response:
        problem = self.ready()
        if problem is None:
            return web.Response(text="ready\n")
        return web.Response(text=f"not ready: {problem}\n", status=503)

    async def _metrics(self, request: web.Request) -> web.Response:
        return web.Response(
            body=self.metrics.render().encode(), headers={"Content-Type": CONTENT_TYPE}
        )
