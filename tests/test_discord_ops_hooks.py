"""The Discord side of the ops services: readiness hooks and the moderator-log post."""

from __future__ import annotations

import logging
from pathlib import Path

import discord
import pytest

from bot.discord.ops_hooks import post_reload_failure, reload_failure_text
from bot.kb.loader import KnowledgeError, Problem
from bot.ops.watch import KnowledgeWatcher
from bot.service import KnowledgeService, ReloadFailed


async def test_reload_failure_post_fits_one_message_and_pings_nobody() -> None:

    sent: list[tuple[str, object]] = []

    class Channel:
        async def send(self, text: str, *, allowed_mentions: object) -> None:
            sent.append((text, allowed_mentions))

    class Bot:
        def get_partial_messageable(self, channel_id: int) -> Channel:
            assert channel_id == 42
            return Channel()

    problems = [
        Problem(f"releases/@everyone-{i}.yaml", f"entities[{i}].id", "x" * 200, i)
        for i in range(100)
    ]
    error = KnowledgeError(problems)
    changed = [f"releases/file-{i}.yaml" for i in range(12)]
    await post_reload_failure(Bot(), None, error, changed)  # type: ignore[arg-type]
    assert sent == []  # no MOD_LOG_CHANNEL_ID: nothing posted

    await post_reload_failure(Bot(), 42, error, changed)  # type: ignore[arg-type]
    [(text, mentions)] = sent
    assert len(text) <= 2000
    assert text.startswith("Automatic reload after changes to releases/file-0.yaml")
    assert "and 7 more:" in text.splitlines()[0]
    assert "Reload failed: 100 problems" in text
    assert text.splitlines()[-1].startswith("… and ") and "partnerbot check" in text
    assert "@\u200beveryone" in text  # escaped, and no mention is allowed anyway
    assert isinstance(mentions, discord.AllowedMentions)
    assert mentions.to_dict() == discord.AllowedMentions.none().to_dict() == {"parse": []}


async def test_an_automatic_reload_that_fails_for_another_reason_is_posted_too(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Out of memory, unreadable files, refused for lack of memory: the moderator log is
    told as for the files' problems (issue 14 point 2), not just a "crashed" traceback."""
    service = KnowledgeService(tmp_path)
    failure = ReloadFailed("Reload failed: out of memory while building. Still serving.")

    async def reload() -> None:
        raise failure

    service.reload = reload  # type: ignore[method-assign]
    told: list[tuple[object, list[str]]] = []

    async def on_failure(error: object, changed: list[str]) -> None:
        told.append((error, changed))

    watcher = KnowledgeWatcher(service, on_failure=on_failure)
    with caplog.at_level(logging.WARNING):
        await watcher.reload(["releases/a_b.yaml"])
    assert told == [(failure, ["releases/a_b.yaml"])]
    assert "crashed" not in caplog.text and "Traceback" not in caplog.text
    text = reload_failure_text(failure, ["releases/a_b.yaml"])
    assert text.startswith("Automatic reload after changes to releases/a\\_b.yaml:")
    assert "out of memory" in text and len(text) <= 2000
