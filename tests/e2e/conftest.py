"""Fixtures: the fake Discord, a network guard, and the real bot from the real factory."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import shutil
import socket
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.discord.app import PartnerBot, create_bot
from bot.service import KnowledgeService
from bot.settings import Settings
from tests.conftest import SEED_KNOWLEDGE
from tests.fakediscord import FakeDiscord

TOKEN = "fake-token-for-tests.never-valid"

StartBot = Callable[..., Awaitable[PartnerBot]]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.e2e)


def _loopback(host: object) -> bool:
    if host in (None, "localhost"):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Any connection or lookup beyond loopback raises, and fails the test at teardown
    even if the bot swallowed the error (discord.py retries quietly)."""
    attempts: list[str] = []
    real_getaddrinfo = socket.getaddrinfo
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not _loopback(host):
            attempts.append(f"getaddrinfo {host}")
            raise OSError(f"test tried to resolve {host!r}: only loopback is allowed")
        return real_getaddrinfo(host, *args, **kwargs)

    def check(sock: socket.socket, address: Any) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not _loopback(address[0]):
            attempts.append(f"connect {address}")
            raise OSError(f"test tried to connect to {address!r}: only loopback is allowed")

    def connect(self: socket.socket, address: Any) -> None:
        check(self, address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        check(self, address)
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    yield attempts
    assert not attempts, f"non-loopback network access: {attempts}"


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord()
    await server.start()
    # REST, interaction callbacks and webhooks all build URLs from Route.BASE; a
    # single connection goes straight to DEFAULT_GATEWAY without asking /gateway.
    monkeypatch.setattr(Route, "BASE", f"{server.base_url}/api/v10")
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway_url))
    yield server
    await server.close()
    assert not server.unknown_routes, [r.route for r in server.unknown_routes]
    assert_never_pings(server)


def assert_never_pings(server: FakeDiscord) -> None:
    """Every message the bot sent or edited, in every test, disabled all mentions."""
    for rec in server.requests:
        if rec.method not in ("POST", "PATCH") or not isinstance(rec.body, dict):
            continue
        data = rec.body
        if rec.path.endswith("/callback"):
            # 5 (defer) and 8 (autocomplete) carry no message text.
            if rec.body.get("type") not in (4, 7):
                continue
            data = rec.body.get("data") or {}
        if not any(key in data for key in ("content", "embeds", "components")):
            continue
        mentions = data.get("allowed_mentions")
        assert mentions is not None and mentions.get("parse") == [], rec.route
        assert not mentions.get("users") and not mentions.get("roles"), rec.route


@pytest.fixture
def knowledge_dir(tmp_path: Path) -> Path:
    """A private copy of the bundled knowledge base that a test may break."""
    target = tmp_path / "knowledge"
    shutil.copytree(SEED_KNOWLEDGE, target)
    return target


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    # A developer's own DISCORD_TOKEN, DEV_GUILD_ID… must not leak into the tests.
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)


def make_settings(fake: FakeDiscord, knowledge_dir: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "knowledge_dir": knowledge_dir,
        "discord_token": TOKEN,
        "moderator_role_ids": (fake.mod_role_id,),
        "message_content_intent": True,
        "cooldown_rate": 100,
        "cooldown_seconds": 60,
        # Tests reload many times; the reload cooldown has its own tests.
        "reload_cooldown_seconds": 0,
        # The gaps database goes beside the test's knowledge copy, never in the checkout.
        "gaps_db_path": knowledge_dir.parent / "gaps.sqlite3",
        # No store of validated files (tests/test_knowledge_store.py tests it).
        "knowledge_cache": False,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
async def start_bot(
    fake: FakeDiscord, knowledge_dir: Path, clean_env: None
) -> AsyncIterator[StartBot]:
    """Start the real bot (same factory as `partnerbot run`) against the fake."""
    started: list[tuple[PartnerBot, asyncio.Task[None]]] = []

    async def start(reconnect: bool = False, **settings_overrides: Any) -> PartnerBot:
        settings = make_settings(fake, knowledge_dir, **settings_overrides)
        service = KnowledgeService.from_settings(settings, hold_back_broken=True)
        bot = create_bot(settings, service, guild_ready_timeout=0.05)
        await bot.login(TOKEN)
        # reconnect=True (as in production) for the tests that drop the connection.
        task = asyncio.create_task(bot.connect(reconnect=reconnect))
        started.append((bot, task))
        await asyncio.wait_for(bot.wait_until_ready(), 5)
        return bot

    yield start
    for bot, task in started:
        await bot.close()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task


@pytest.fixture
async def bot(start_bot: StartBot) -> PartnerBot:
    return await start_bot()
