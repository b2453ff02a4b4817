"""Reloads fail cleanly and merge (issue 14, points 2 and 6).

Any failing build (out of memory, unreadable files, anything) gets the moderator a
reply, is logged at ERROR and counted, shows on /healthz, and leaves reloading usable.
Reloads asked for while a build runs share one rebuild, and every moderator who asked
gets its result.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from pathlib import Path
from typing import Any

import pytest

from bot.service import KnowledgeService, Snapshot
from tests.e2e.conftest import StartBot
from tests.e2e.helpers import text_of
from tests.e2e.test_gaps import until
from tests.e2e.test_health import get, until_status
from tests.e2e.test_reload import NEW_ENTITY
from tests.fakediscord import FakeDiscord, Recorded

CHANNEL = "/channels/{}/messages"


async def _reply_to(fake: FakeDiscord, message: dict[str, Any], since: int) -> Recorded:
    def answers(r: Recorded) -> bool:
        ref = (r.body or {}).get("message_reference") or {}
        return str(ref.get("message_id")) == message["id"]

    return await fake.wait_for(
        "POST", CHANNEL.format(fake.general_id), since=since, within=10, where=answers
    )


async def test_out_of_memory_reload_replies_counts_logs_and_unlocks(
    fake: FakeDiscord,
    start_bot: StartBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    bot = await start_bot(health_port=0)
    assert bot.ops.health is not None
    health = f"{bot.ops.health.url}/healthz"
    assert await until_status(health, 200) == "ready\n"
    real_build = KnowledgeService.build

    def out_of_memory(self: KnowledgeService) -> Snapshot:
        raise MemoryError

    monkeypatch.setattr(KnowledgeService, "build", out_of_memory)
    mark = fake.mark()
    with caplog.at_level(logging.ERROR):
        asked = await fake.send_message("!reload", author=fake.mod)
        reply = text_of(await _reply_to(fake, asked, mark))
    assert "Reload failed: out of memory" in reply and "still serving" in reply, reply
    assert "Traceback" not in reply
    assert any(
        r.levelno == logging.ERROR and "out of memory" in r.getMessage() for r in caplog.records
    )
    status, body, _ = await get(health)
    assert status == 503 and "last reload failed" in body and "out of memory" in body
    _, metrics, _ = await get(f"{bot.ops.health.url}/metrics")
    assert 'partnerbot_reloads_total{outcome="failure"} 1.0' in metrics.splitlines()
    assert "global buy" in text_of(await _ask(fake, "!quote Jack MA"))  # still serving

    # Not wedged: the next /reload is answered, and health recovers.
    monkeypatch.setattr(KnowledgeService, "build", real_build)
    mark = fake.mark()
    interaction = await fake.slash("reload", user=fake.mod)
    followup = await fake.wait_for(
        "POST", f"/webhooks/{fake.application_id}/{interaction['token']}", since=mark, within=10
    )
    assert "Knowledge base reloaded" in text_of(followup)
    assert await until_status(health, 200) == "ready\n"


async def _ask(fake: FakeDiscord, text: str) -> Recorded:
    mark = fake.mark()
    message = await fake.send_message(text)
    return await _reply_to(fake, message, mark)


async def test_reloads_during_a_build_are_merged_into_one_rebuild(
    fake: FakeDiscord,
    start_bot: StartBot,
    knowledge_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bot = await start_bot()
    entities = bot.service.counts()["entities"]
    real_build = KnowledgeService.build
    release = threading.Event()
    first_read = threading.Event()
    builds: list[int] = []

    def held_build(self: KnowledgeService) -> Snapshot:
        builds.append(len(builds))
        snapshot = real_build(self)
        if len(builds) == 1:
            first_read.set()
            assert release.wait(10)  # the first build is slow, after reading the files
        return snapshot

    monkeypatch.setattr(KnowledgeService, "build", held_build)
    mark = fake.mark()
    first = await fake.send_message("!reload", author=fake.mod)
    # Wait until the first build has read the files: a file written earlier could be read
    # by it, and the test would then race the build thread.
    await until(first_read.is_set, within=15)
    # A file changes while the first build runs; two more moderators ask for reloads.
    (knowledge_dir / "releases" / "zz-test-widget.yaml").write_text(NEW_ENTITY)
    second = await fake.send_message("!reload", author=fake.owner)
    interaction = await fake.slash("reload", user=fake.owner)
    await asyncio.sleep(0.2)
    assert builds == [0]  # they wait for the running build, and do not start their own
    release.set()
    first_reply = text_of(await _reply_to(fake, first, mark))
    second_reply = text_of(await _reply_to(fake, second, mark))
    followup = await fake.wait_for(
        "POST", f"/webhooks/{fake.application_id}/{interaction['token']}", since=mark, within=10
    )
    assert builds == [0, 1]  # one more build for both of them
    assert f"entities: {entities} → {entities}\n" in first_reply  # read before the change
    # Both later requests got the rebuild that read the new file.
    for text in (second_reply, text_of(followup)):
        assert f"entities: {entities} → {entities + 1} (+1)" in text, text
