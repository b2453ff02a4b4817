"""Reload under load: 20 reloads while a stream of questions runs.

The knowledge directory flips between two valid versions before each reload. The
versions differ in one entity whose name (found through the index) and summary (read
from the knowledge base) both change, so an answer built from a mix of two snapshots
would show one version's name with the other's summary. Every answer must come from
exactly one version, and no question may fail.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import time
from pathlib import Path

import pytest

from bot.service import KnowledgeService
from tests.e2e.conftest import StartBot
from tests.e2e.helpers import text_of
from tests.fakediscord import FakeDiscord

RELOADS = 20
VERSION = """\
entities:
  - id: test-zorblax
    name: Zorblax {name}
    aliases: [Zorblax]
    kind: topic
    summary: The {name} edition of the Zorblax, known only to this test.
"""
NAME = re.compile(r"Zorblax (Alpha|Beta)\b")
SUMMARY = re.compile(r"The (Alpha|Beta) edition of the Zorblax")


def _write_version(knowledge_dir: Path, name: str) -> None:
    # Written aside and renamed over: every reload reads one whole version.
    target = knowledge_dir / "releases" / "zz-zorblax.yaml"
    scratch = target.with_suffix(".tmp")
    scratch.write_text(VERSION.format(name=name))
    os.replace(scratch, target)


async def test_many_reloads_while_questions_stream(
    fake: FakeDiscord,
    start_bot: StartBot,
    knowledge_dir: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _write_version(knowledge_dir, "Alpha")
    bot = await start_bot(cooldown_rate=1_000_000)  # the cooldown is not under test here
    # Each build takes at least 30 ms (in its worker thread), so questions really are
    # answered while a reload is building; the request-log positions of each build are
    # kept to count them.
    build = KnowledgeService.build
    building: list[tuple[int, int]] = []

    def slow_build(self: KnowledgeService) -> object:
        begin = len(fake.requests)
        time.sleep(0.03)
        snapshot = build(self)
        building.append((begin, len(fake.requests)))
        return snapshot

    monkeypatch.setattr(KnowledgeService, "build", slow_build)
    channel = f"/channels/{fake.general_id}/messages"
    caplog.set_level(logging.WARNING)
    mark = fake.mark()
    asked: list[str] = []
    stop = asyncio.Event()

    async def questions() -> None:
        while not stop.is_set():
            sent = await fake.send_message("!what zorblax", author=fake.alice)
            asked.append(sent["id"])
            await asyncio.sleep(0.002)

    stream = asyncio.create_task(questions())
    reload_replies = []
    snapshots = [bot.service.snapshot]  # kept alive, so their ids stay distinct
    started = time.perf_counter()
    for i in range(RELOADS):
        _write_version(knowledge_dir, "Beta" if i % 2 == 0 else "Alpha")
        step = fake.mark()
        sent = await fake.send_message("!reload", author=fake.mod)
        rec = await fake.wait_for(
            "POST",
            channel,
            since=step,
            # Liveness, not latency (the latency figures are printed, never asserted): on
            # a CI machine whose two cores also run the rest of the suite, a reload's
            # reply behind a 500-a-second question stream took over 10 s once.
            within=30,
            where=lambda r, sent=sent: (
                str(((r.body or {}).get("message_reference") or {}).get("message_id")) == sent["id"]
            ),
        )
        reload_replies.append(text_of(rec))
        snapshots.append(bot.service.snapshot)
    stop.set()
    await stream
    reload_seconds = time.perf_counter() - started

    # The answer to every question asked (wait_for fails the test if one never comes).
    replies: dict[str, str] = {}
    for message_id in asked:
        rec = await fake.wait_for(
            "POST",
            channel,
            since=mark,
            within=5,
            where=lambda r, message_id=message_id: (
                str(((r.body or {}).get("message_reference") or {}).get("message_id")) == message_id
            ),
        )
        replies[message_id] = text_of(rec)

    versions: dict[str, int] = {"Alpha": 0, "Beta": 0}
    for text in replies.values():
        names = set(NAME.findall(text))
        summaries = set(SUMMARY.findall(text))
        assert len(names) == 1 and names == summaries, text  # one version, never a mix
        versions[names.pop()] += 1

    during = sum(
        1
        for begin, end in building
        for rec in fake.requests[begin:end]
        if rec.route == f"POST {channel}" and "Zorblax" in text_of(rec)
    )
    print(
        f"\n{RELOADS} reloads in {reload_seconds:.2f} s while {len(asked)} questions streamed: "
        f"{len(replies)} answered ({versions['Alpha']} from Alpha, {versions['Beta']} from "
        f"Beta; {during} while a reload was building), {len({id(x) for x in snapshots})} distinct snapshots "
        f"served, 0 mixed"
    )
    assert during > 0
    assert len(replies) == len(asked)  # no question went unanswered
    assert all("reloaded" in text for text in reload_replies), reload_replies
    assert len({id(x) for x in snapshots}) == RELOADS + 1
    assert versions["Alpha"] > 0 and versions["Beta"] > 0
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not any("something went wrong" in text for text in replies.values())
