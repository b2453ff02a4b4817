"""Ops.observe: counts, the gaps record, and never an exception back to the answer."""

from __future__ import annotations

import asyncio
import sqlite3
from contextlib import closing
from pathlib import Path

import discord
import pytest

from bot.engine.answer import Answer, Status
from bot.ops.observer import AnswerEvent, Ops
from bot.service import KnowledgeService
from bot.settings import Settings


def event(status: Status, *, guild_id: int | None = 1, question: str = "what x") -> AnswerEvent:
    answer = Answer(status=status, text="…", command="what", entities=("jack-ma",))
    return AnswerEvent(answer, question, "prefix", guild_id, 2, 3, 0.012, True)


@pytest.fixture
def ops(tmp_path: Path, service: KnowledgeService) -> Ops:
    settings = Settings(_env_file=None, gaps_db_path=tmp_path / "gaps.sqlite3")  # type: ignore[call-arg]
    return Ops(settings, service)


async def test_observe_counts_and_records(ops: Ops) -> None:
    assert ops.gaps is not None
    ops.gaps.start()
    ops.observe(event(Status.ANSWERED))
    ops.observe(event(Status.NOT_FOUND, question="what frobnitz"))
    ops.observe(event(Status.AMBIGUOUS, guild_id=None, question="what ma"))  # a DM
    await asyncio.to_thread(ops.gaps.close)
    assert ops.by_status == {"answered": 1, "not_found": 1, "ambiguous": 1}
    # stats are per server; the DM counts apart.
    assert ops.top_entities(1) == [("jack-ma", 2)] and ops.top_entities(None) == [("jack-ma", 1)]
    assert ops.status_counts(1) == {"answered": 1, "not_found": 1}
    assert ops.metrics.by_status["not_found"] == 1 and ops.metrics.latency.count == 3
    with closing(sqlite3.connect(ops.gaps.path)) as conn:
        rows = conn.execute("SELECT question, guild_id, channel_id, user_id FROM gaps").fetchall()
    # A direct message is not recorded at all.
    assert rows == [("what frobnitz", 1, 2, None)]


def test_observe_never_raises(ops: Ops, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("broken")

    assert ops.gaps is not None
    monkeypatch.setattr(ops.gaps, "record", boom)
    monkeypatch.setattr(ops.metrics, "answer", boom)
    ops.observe(event(Status.NOT_FOUND))  # logged, not raised


async def test_reloads_are_counted_whoever_asks(ops: Ops, knowledge_copy: Path) -> None:
    service = KnowledgeService(knowledge_copy)
    service.load()
    ops = Ops(ops.settings, service)
    await service.reload()
    (knowledge_copy / "releases" / "broken.yaml").write_text("source: [unclosed")
    with pytest.raises(Exception, match="problem"):
        await service.reload()
    assert ops.metrics.reloads == {"success": 1, "failure": 1}


async def test_reload_failure_post_fits_one_message_and_pings_nobody(ops: Ops) -> None:
    from bot.kb.loader import KnowledgeError, Problem

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
    await ops.post_reload_failure(Bot(), error, changed)  # type: ignore[arg-type]
    assert sent == []  # no MOD_LOG_CHANNEL_ID: nothing posted

    ops.settings = ops.settings.model_copy(update={"mod_log_channel_id": 42})
    await ops.post_reload_failure(Bot(), error, changed)  # type: ignore[arg-type]
    [(text, mentions)] = sent
    assert len(text) <= 2000
    assert text.startswith("Automatic reload after changes to releases/file-0.yaml")
    assert "and 7 more:" in text.splitlines()[0]
    assert "Reload failed: 100 problems" in text
    assert text.splitlines()[-1].startswith("… and ") and "partnerbot check" in text
    assert "@\u200beveryone" in text  # escaped, and no mention is allowed anyway
    assert isinstance(mentions, discord.AllowedMentions)
    assert mentions.to_dict() == discord.AllowedMentions.none().to_dict() == {"parse": []}


async def test_stop_is_idempotent(ops: Ops, monkeypatch: pytest.MonkeyPatch) -> None:
    """A signal shutdown closes the bot twice (shutdown(), then `async with bot`)."""
    assert ops.gaps is not None
    closed: list[float] = []
    monkeypatch.setattr(ops.gaps, "close", lambda timeout=5.0: closed.append(timeout))
    await ops.stop()
    await ops.stop()
    assert len(closed) == 1
