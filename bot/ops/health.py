"""The health and metrics HTTP endpoint, served by aiohttp inside the bot's event loop.

* ``GET /healthz``: ``200 ready`` only when the gateway is connected (the client is
  ready, not closed, every websocket open, heartbeat latency known), a knowledge base
  is loaded and reloading is healthy (no build stuck, the last reload did not fail for
  a reason other than the files: ``KnowledgeService.reload_problem``); otherwise
  ``503`` with the reason. Meant for a readiness or liveness probe.
* ``GET /metrics``: Prometheus text format (see ``bot.ops.metrics``).

It listens on ``HEALTH_HOST`` (default 127.0.0.1) and ``HEALTH_PORT``; it is off when
the port is unset. It exposes no message content, only counts.
"""

from __future__ import annotations

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
    # A build stuck for minutes, or a reload that failed for a reason other than the
    # files (out of memory, unreadable): serving goes on, but reloading needs a person.
    return bot.service.reload_problem()


class HealthServer:
    def __init__(
        self,
        host: str,
        port: int,
        *,
        ready: Callable[[], str | None],
        metrics: Metrics,
    ) -> None:
        self.host = host
        self.port = port  # 0 picks a free port; the real one is set by start()
        self.ready = ready
        self.metrics = metrics
        self._runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/metrics", self._metrics)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        server = site._server
        if server is not None and server.sockets:  # type: ignore[union-attr]
            self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        log.info("health endpoint on %s/healthz and %s/metrics", self.url, self.url)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _healthz(self, request: web.Request) -> web.Response:
        problem = self.ready()
        if problem is None:
            return web.Response(text="ready\n")
        return web.Response(text=f"not ready: {problem}\n", status=503)

    async def _metrics(self, request: web.Request) -> web.Response:
        return web.Response(
            body=self.metrics.render().encode(), headers={"Content-Type": CONTENT_TYPE}
        )
