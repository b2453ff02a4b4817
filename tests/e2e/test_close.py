"""Closing the bot while discord.py still holds back its READY leaves nothing behind.

After READY, discord.py waits ``guild_ready_timeout`` for the guilds before it
dispatches ``ready``, in a task that ``Client.close()`` does not stop. ``close()``
drops the client's event loop, so a ``ready`` dispatched after it made the handler's
coroutine and failed to schedule it: "coroutine 'Client._run_event' was never
awaited", and an exception in a task nobody reads. A closed ``PartnerBot`` dispatches
nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import warnings
from pathlib import Path
from typing import Any

from bot.discord.app import create_bot
from bot.service import KnowledgeService
from tests.e2e.conftest import TOKEN, make_settings
from tests.fakediscord import FakeDiscord

READY_WAIT = 0.3


async def test_closing_during_the_ready_wait_schedules_nothing(
    fake: FakeDiscord, knowledge_dir: Path, clean_env: None
) -> None:
    loop = asyncio.get_running_loop()
    errors: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    settings = make_settings(fake, knowledge_dir)
    bot = create_bot(
        settings, KnowledgeService.from_settings(settings), guild_ready_timeout=READY_WAIT
    )
    readies: list[None] = []

    async def on_ready() -> None:
        readies.append(None)

    bot.add_listener(on_ready)  # kept by close(), unlike the cogs' listeners
    await bot.login(TOKEN)
    connection = asyncio.create_task(bot.connect(reconnect=False))
    for _ in range(250):  # READY received (it opens a session); `ready` is held back
        if bot.ws is not None and bot.ws.session_id:
            break
        await asyncio.sleep(0.02)
    assert bot.ws is not None and bot.ws.session_id and not bot.is_ready()
    await bot.close()
    connection.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await connection
    await asyncio.sleep(READY_WAIT * 2)  # past the moment `ready` was due
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        gc.collect()
    never_awaited = [w for w in caught if "was never awaited" in str(w.message)]
    assert never_awaited == []
    assert errors == []
    assert readies == []
