"""The health endpoint (/healthz) and Prometheus metrics (/metrics) of the real bot."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.discord.app import PartnerBot, create_bot
from bot.service import KnowledgeService
from tests.e2e.conftest import TOKEN, StartBot, make_settings
from tests.e2e.test_gaps import ask, observed, until
from tests.e2e.test_reload import BROKEN
from tests.fakediscord import FakeDiscord


async def get(url: str) -> tuple[int, str, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.text(), response.headers["Content-Type"]


async def until_status(url: str, status: int, within: float = 3.0) -> str:
    async with asyncio.timeout(within):
        while True:
            got, body, _ = await get(url)
            if got == status:
                return body
            await asyncio.sleep(0.02)


async def test_healthz_is_503_until_ready_then_200(
    fake: FakeDiscord,
    knowledge_dir: Path,
    clean_env: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Hold READY back so the bot is connected-but-not-ready for as long as we like.
    gate = asyncio.Event()
    real_ready = fake._ready

    async def held_ready(conn: Any) -> None:
        await gate.wait()
        await real_ready(conn)

    monkeypatch.setattr(fake, "_ready", held_ready)
    settings = make_settings(fake, knowledge_dir, health_port=0)
    bot = create_bot(settings, KnowledgeService.from_settings(settings), guild_ready_timeout=0.05)
    await bot.login(TOKEN)
    task = asyncio.create_task(bot.connect(reconnect=False))
    try:
        await until(lambda: bot.ops.health is not None, within=3)
        url = f"{bot.ops.health.url}/healthz"
        assert bot.ops.health.host == "127.0.0.1" and bot.ops.health.port > 0
        status, body, _ = await get(url)
        assert (status, body) == (503, "not ready: gateway not ready\n")

        gate.set()
        await asyncio.wait_for(bot.wait_until_ready(), 5)
        assert await until_status(url, 200) == "ready\n"

        # No knowledge base: not ready either.
        snapshot = bot.service._snapshot
        bot.service._snapshot = None
        try:
            assert (await get(url))[:2] == (503, "not ready: no knowledge base loaded\n")
        finally:
            bot.service._snapshot = snapshot
        assert (await get(url))[0] == 200
    finally:
        await bot.close()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
    # Closing the bot stops the endpoint.
    with pytest.raises(aiohttp.ClientConnectionError):
        await get(url)


async def test_metrics_after_answers_and_reloads(
    fake: FakeDiscord, start_bot: StartBot, knowledge_dir: Path
) -> None:
    bot: PartnerBot = await start_bot(health_port=0)
    assert bot.ops.health is not None
    base = bot.ops.health.url
    assert "global buy" in await ask(fake, "!quote Jack MA")
    await ask(fake, "!what frobnitz")
    await ask(fake, "!what ma")
    await ask(fake, f"<@{fake.bot_user.id}> when did they meet?")
    await observed(bot, 4)
    assert "reloaded" in await ask(fake, "!reload", author=fake.mod)
    (knowledge_dir / "releases" / "zz-broken.yaml").write_text(BROKEN)
    assert "Reload failed" in await ask(fake, "!reload", author=fake.mod)

    status, text, content_type = await get(f"{base}/metrics")
    assert status == 200
    assert content_type == "text/plain; version=0.0.4; charset=utf-8"
    # Read back with the library's own parser: every line must be valid exposition.
    families = {f.name: f for f in text_string_to_metric_families(text)}
    for family, kind in [
        ("partnerbot_answers", "counter"),
        ("partnerbot_answers_by_command", "counter"),
        ("partnerbot_answer_latency_seconds", "histogram"),
        ("partnerbot_reloads", "counter"),
        ("partnerbot_knowledge_items", "gauge"),
        ("partnerbot_knowledge_loaded_timestamp_seconds", "gauge"),
        ("partnerbot_gaps_recorded", "counter"),
        ("partnerbot_gaps_dropped", "counter"),
        ("partnerbot_ready", "gauge"),
        ("partnerbot_gateway_latency_seconds", "gauge"),
        ("process_resident_memory_bytes", "gauge"),
        ("python_gc_collections", "counter"),
    ]:
        assert families[family].type == kind, family
    values = {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in families.values()
        for sample in family.samples
    }
    entities = float(bot.service.counts()["entities"])
    for (name, labels), value in [
        (("partnerbot_answers_total", (("status", "answered"),)), 2),
        (("partnerbot_answers_total", (("status", "not_found"),)), 1),
        (("partnerbot_answers_total", (("status", "ambiguous"),)), 1),
        (("partnerbot_answers_total", (("status", "usage"),)), 0),
        (("partnerbot_answers_total", (("status", "error"),)), 0),
        (
            (
                "partnerbot_answers_by_command_total",
                (("command", "question"), ("status", "answered")),
            ),
            1,
        ),
        (
            ("partnerbot_answers_by_command_total", (("command", "what"), ("status", "not_found"))),
            1,
        ),
        (("partnerbot_answer_latency_seconds_bucket", (("le", "+Inf"),)), 4),
        (("partnerbot_answer_latency_seconds_count", ()), 4),
        (("partnerbot_reloads_total", (("outcome", "success"),)), 1),
        (("partnerbot_reloads_total", (("outcome", "failure"),)), 1),
        (("partnerbot_knowledge_items", (("kind", "entities"),)), entities),
        (("partnerbot_knowledge_items", (("kind", "sources"),)), 1),
        (("partnerbot_ready", ()), 1),
        (("partnerbot_gaps_dropped_total", ()), 0),
    ]:
        assert values[(name, labels)] == value, (name, labels)
    # Buckets are cumulative and end at the count.
    buckets = [
        sample.value
        for sample in families["partnerbot_answer_latency_seconds"].samples
        if sample.name.endswith("_bucket")
    ]
    assert buckets == sorted(buckets) and buckets[-1] == 4
    # Only counts: no question text, user or token in the metrics.
    assert "frobnitz" not in text and TOKEN not in text and str(fake.alice.id) not in text

    assert (await get(f"{base}/healthz"))[:2] == (200, "ready\n")
    assert (await get(f"{base}/nothing"))[0] == 404


async def test_health_port_in_use_is_logged_and_the_bot_still_answers(
    fake: FakeDiscord, start_bot: StartBot, caplog: pytest.LogCaptureFixture
) -> None:
    first = await start_bot(health_port=0)
    assert first.ops.health is not None
    second = await start_bot(health_port=first.ops.health.port)
    assert second.ops.health is None
    assert "could not serve the health endpoint" in caplog.text
    assert "global buy" in await ask(fake, "!quote Jack MA")  # answered by the second bot


async def test_healthz_for_a_sharded_bot(fake: FakeDiscord, start_bot: StartBot) -> None:
    shard = (fake.guild_id >> 22) % 2
    bot = await start_bot(shard_count=2, shard_ids=(shard,), health_port=0)
    assert bot.ops.health is not None
    assert await until_status(f"{bot.ops.health.url}/healthz", 200) == "ready\n"
