"""discord.py's HTTP client, with 503 retried like the other transient server errors.

discord.py's ``HTTPClient.request`` tries a request up to five times on 500, 502, 504
and 524, waiting 1, 3, 5, 7 s between tries, but raises ``DiscordServerError`` at once
on 503 Service Unavailable, which Discord (and Cloudflare in front of it) also return
for passing overload: a reply was lost on the first 503. ``RetryingHTTPClient`` gives
503 the same schedule, around the whole of discord.py's request (so its rate limiting
and the other retries are unchanged).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord
from discord.http import HTTPClient, Route

log = logging.getLogger(__name__)

# discord.py's schedule for 5xx: 5 tries, 1 + 2 * try seconds apart.
TRIES = 5
RETRIED_STATUSES = frozenset({503})


class RetryingHTTPClient(HTTPClient):
    async def request(
        self,
        route: Route,
        *,
        files: Any = None,
        form: Any = None,
        **kwargs: Any,
    ) -> Any:
        for attempt in range(TRIES):
            try:
                return await super().request(route, files=files, form=form, **kwargs)
            except discord.DiscordServerError as exc:
                if exc.status not in RETRIED_STATUSES or attempt == TRIES - 1:
                    raise
                delay = 1 + attempt * 2
                log.warning(
                    "%s %s answered %s; trying again in %d s",
                    route.method,
                    route.path,
                    exc.status,
                    delay,
                )
                for file in files or ():
                    file.reset()  # discord.py rewinds only within its own loop
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # the last attempt returned or raised


def retry_service_unavailable(client: discord.Client) -> None:
    """Make ``client`` retry 503 (call once, right after creating the client)."""
    client.http.__class__ = RetryingHTTPClient
