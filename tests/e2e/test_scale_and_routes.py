"""Sharding, the network guard, and the fake's 404 for routes it does not know."""

from __future__ import annotations

import socket

import aiohttp
import pytest
from discord.ext import commands

from tests.e2e.conftest import StartBot
from tests.e2e.helpers import text_of
from tests.fakediscord import FakeDiscord


async def test_sharded_bot_runs_its_shard(fake: FakeDiscord, start_bot: StartBot) -> None:
    shard = (fake.guild_id >> 22) % 2
    bot = await start_bot(shard_count=2, shard_ids=(shard,))
    assert isinstance(bot, commands.AutoShardedBot)
    assert [i["shard"] for i in fake.identifies] == [[shard, 2]]
    assert bot.get_guild(fake.guild_id) is not None
    mark = fake.mark()
    await fake.send_message("!quote Jack MA")
    rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    assert "global buy" in text_of(rec)


async def test_unknown_routes_answer_404_and_are_recorded(fake: FakeDiscord) -> None:
    url = f"{fake.base_url}/api/v10/guilds/1/bans"
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        assert response.status == 404
    assert [r.route for r in fake.unknown_routes] == ["GET /guilds/1/bans"]
    fake.unknown_routes.clear()  # the fixture fails any test that leaves one behind


def test_network_guard_blocks_the_internet(no_network: list[str]) -> None:
    with pytest.raises(OSError, match="only loopback"):
        socket.getaddrinfo("discord.com", 443)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with sock, pytest.raises(OSError, match="only loopback"):
        sock.connect(("192.0.2.1", 443))
    no_network.clear()  # expected attempts; the fixture fails the test on any other
