"""WATCH_KNOWLEDGE: edits in the knowledge directory reload the bot; a broken edit keeps
the old knowledge base serving and is posted to the moderator log channel."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from tests.e2e.conftest import StartBot
from tests.e2e.helpers import message_data, text_of
from tests.e2e.test_gaps import ask, until
from tests.e2e.test_reload import BROKEN, NEW_ENTITY
from tests.fakediscord import FakeDiscord, snowflake

DEBOUNCE = 0.05


async def test_edit_reloads_and_broken_edit_is_posted_to_the_mod_log(
    fake: FakeDiscord,
    start_bot: StartBot,
    knowledge_dir: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="bot.ops")
    mod_log = snowflake()
    bot = await start_bot(
        watch_knowledge=True, watch_debounce_seconds=DEBOUNCE, mod_log_channel_id=mod_log
    )
    assert bot.ops.watcher is not None
    entities = bot.service.counts()["entities"]
    first = bot.service.snapshot

    (knowledge_dir / "releases" / "zz-test-widget.yaml").write_text(NEW_ENTITY)
    await until(lambda: bot.service.snapshot is not first)
    assert bot.service.counts()["entities"] == entities + 1
    assert "Frobnicator Widget" in await ask(fake, "!what frobnicator widget")
    # The watcher logs once service.reload() returns, which may be after the swap.
    await until(lambda: any("automatic reload" in m and "succeeded" in m for m in caplog.messages))
    assert bot.ops.metrics.reloads() == {"success": 1, "failure": 0}

    second = bot.service.snapshot
    mark = fake.mark()
    (knowledge_dir / "releases" / "zz-broken.yaml").write_text(BROKEN)
    post = await fake.wait_for("POST", f"/channels/{mod_log}/messages", since=mark, within=5)
    text = text_of(post)
    assert text.startswith("Automatic reload after changes to releases/zz-broken.yaml:")
    assert "Reload failed" in text and "previous knowledge base is still serving" in text
    assert "zz-broken.yaml" in text.replace("\\", "")
    data = message_data(post)
    assert len(data["content"]) <= 2000
    assert data["allowed_mentions"]["parse"] == []
    # The old knowledge base keeps serving.
    assert bot.service.snapshot is second
    assert "Frobnicator Widget" in await ask(fake, "!what frobnicator widget")
    assert bot.ops.metrics.reloads() == {"success": 1, "failure": 1}
    assert any("automatic reload" in m and "failed" in m for m in caplog.messages)


async def test_burst_of_changes_is_one_reload(
    fake: FakeDiscord, start_bot: StartBot, knowledge_dir: Path
) -> None:
    bot = await start_bot(watch_knowledge=True, watch_debounce_seconds=0.2)
    assert bot.ops.watcher is not None
    for i in range(5):  # like a git pull writing several files
        text = NEW_ENTITY.replace("test-widget", f"test-widget-{i}").replace(
            "Frobnicator Widget", f"Frobnicator Widget {i}"
        )
        (knowledge_dir / "releases" / f"zz-widget-{i}.yaml").write_text(text)
        await asyncio.sleep(0.02)
    await until(lambda: bot.ops.watcher is not None and bot.ops.watcher.reloads >= 1)
    await asyncio.sleep(0.4)  # longer than the debounce: no second reload follows
    assert bot.ops.watcher.reloads == 1
    assert bot.ops.metrics.reloads()["success"] == 1


async def test_failure_without_mod_log_channel_is_only_logged(
    fake: FakeDiscord, start_bot: StartBot, knowledge_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    bot = await start_bot(watch_knowledge=True, watch_debounce_seconds=DEBOUNCE)
    mark = fake.mark()
    (knowledge_dir / "releases" / "zz-broken.yaml").write_text(BROKEN)
    await until(lambda: bot.ops.metrics.reloads()["failure"] == 1)
    assert any("automatic reload" in m and "failed" in m for m in caplog.messages)
    assert not [r for r in fake.requests[mark:] if r.method == "POST"]


async def test_watcher_off_by_default(fake: FakeDiscord, start_bot: StartBot) -> None:
    bot = await start_bot()
    assert bot.ops.watcher is None and bot.ops.health is None


def _rewrite_widget(knowledge_dir: Path, i: int) -> None:
    # The same file again and again, as an editor saving or a slow copy does: the kind
    # of burst whose set of changed paths stops growing while writes go on.
    text = NEW_ENTITY.replace("Frobnicator Widget", f"Frobnicator Widget {i}")
    (knowledge_dir / "releases" / "zz-test-widget.yaml").write_text(text)


async def test_no_reload_while_a_file_keeps_changing(
    fake: FakeDiscord, start_bot: StartBot, knowledge_dir: Path
) -> None:
    # The quiet time is fifteen times the gap between writes: a busy test machine (the
    # suite runs on every core) delayed a write past six times, not by this much.
    bot = await start_bot(watch_knowledge=True, watch_debounce_seconds=1.5)
    watcher = bot.ops.watcher
    assert watcher is not None
    for i in range(16):  # 1.6 s of writes, each within the quiet time of the last
        _rewrite_widget(knowledge_dir, i)
        await asyncio.sleep(0.1)
    assert watcher.reloads == 0  # still changing: nothing reloaded mid-burst
    await until(lambda: watcher.reloads >= 1, within=15.0)
    await asyncio.sleep(2.0)  # longer than the quiet time: no second reload follows
    assert watcher.reloads == 1
    # The one reload saw the last version.
    assert "Frobnicator Widget 15" in await ask(fake, "!what frobnicator widget")


async def test_changes_that_never_stop_still_reload_after_the_longest_wait(
    fake: FakeDiscord, start_bot: StartBot, knowledge_dir: Path
) -> None:
    bot = await start_bot(watch_knowledge=True, watch_debounce_seconds=0.4)
    watcher = bot.ops.watcher
    assert watcher is not None
    watcher.max_wait = 0.5  # stands for MAX_GROUPING_SECONDS (30 s)
    for i in range(20):
        _rewrite_widget(knowledge_dir, i)
        await asyncio.sleep(0.1)
    assert watcher.reloads >= 1  # reloaded during the burst, once the longest wait passed
    # And once more after it, with the last version.
    await until(lambda: watcher.reloads >= 2)
    for _ in range(50):
        if "Frobnicator Widget 19" in await ask(fake, "!what frobnicator widget"):
            break
        await asyncio.sleep(0.1)
    else:
        raise AssertionError("the last version was never served")
