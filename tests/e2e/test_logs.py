"""One structured log line per answer: status, command, latency, ids, and nothing secret."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import logging
import os
import signal
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from bot.discord.app import PartnerBot
from bot.ops.logging import JsonFormatter, KeyValueFormatter
from tests.e2e.conftest import TOKEN
from tests.e2e.test_gaps import ask, observed, until
from tests.fakediscord import FakeDiscord


@pytest.fixture
def json_log() -> Iterator[io.StringIO]:
    """The answer log as `partnerbot run` with LOG_FORMAT=json writes it."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter(TOKEN))
    logger = logging.getLogger("partnerbot.answers")
    logger.addHandler(handler)
    level = logger.level
    logger.setLevel(logging.INFO)
    yield stream
    logger.removeHandler(handler)
    logger.setLevel(level)


async def test_json_line_per_answer(
    fake: FakeDiscord, bot: PartnerBot, json_log: io.StringIO
) -> None:
    await ask(fake, "!quote Jack MA")
    # Someone pastes the token and a mention into a question: neither may reach the log
    # as typed (the question is normalised; the token is redacted in any case).
    await ask(fake, f"<@{fake.bot_user.id}> is {TOKEN} the secret <@{fake.alice.id}>?")
    mark = fake.mark()
    interaction = await fake.slash("what", {"term": "frobnitz"})
    await fake.wait_callback(interaction, since=mark)
    await observed(bot, 3)

    text = json_log.getvalue()
    assert TOKEN not in text
    lines = [json.loads(line) for line in text.splitlines()]
    assert len(lines) == 3
    quote, question, slash = lines
    assert quote["msg"] == "answer" and quote["logger"] == "partnerbot.answers"
    assert quote["level"] == "INFO" and quote["ts"].endswith("+00:00")
    assert (quote["status"], quote["command"], quote["via"]) == ("answered", "quote", "prefix")
    assert (quote["guild_id"], quote["channel_id"]) == (fake.guild_id, fake.general_id)
    assert isinstance(quote["latency_ms"], float) and 0 <= quote["latency_ms"] < 2000
    assert quote["delivered"] is True and quote["question"] == "quote jack ma"
    assert "jack-ma" in quote["entities"]
    assert question["via"] == "mention" and question["command"] == "question"
    # Only the normalised question: no raw mention markup, no user ids or names.
    assert question["question"] == "is the secret"
    for line in lines:
        assert "user_id" not in line and "alice" not in json.dumps(line)
    assert (slash["status"], slash["command"], slash["via"]) == ("not_found", "what", "slash")
    assert slash["question"] == "what frobnitz"


def test_text_format_is_key_value_and_redacted() -> None:
    record = logging.LogRecord("partnerbot.answers", logging.INFO, __file__, 1, "answer", (), None)
    record.fields = {  # type: ignore[attr-defined]
        "status": "not_found",
        "latency_ms": 12.5,
        "guild_id": None,
        "question": f"what is {TOKEN}",
    }
    line = KeyValueFormatter(TOKEN).format(record)
    assert line.endswith(
        'INFO partnerbot.answers answer status=not_found latency_ms=12.5 guild_id="" '
        'question="what is [DISCORD_TOKEN]"'
    )
    assert TOKEN not in line


async def test_partnerbot_run_logs_json_and_flushes_gaps_on_sigterm(
    fake: FakeDiscord, knowledge_dir: Path, tmp_path: Path
) -> None:
    """The real `partnerbot run` process: LOG_FORMAT=json on stderr, one answer line, no
    token anywhere; the unanswered question is in the gaps database after SIGTERM."""
    from bot.settings import Settings

    launcher = Path(__file__).with_name("launch_bot.py")
    env = {k: v for k, v in os.environ.items() if k.lower() not in Settings.model_fields}
    env.update(
        DISCORD_TOKEN=TOKEN,
        KNOWLEDGE_DIR=str(knowledge_dir),
        LOG_FORMAT="json",
        LOG_LEVEL="INFO",
        PYTHONUNBUFFERED="1",
    )
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        str(launcher),
        fake.base_url,
        fake.gateway_url,
        cwd=tmp_path,  # the default GAPS_DB_PATH lands here
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    assert proc.stdout is not None
    lines: list[str] = []

    async def read() -> None:
        assert proc.stdout is not None
        while line := await proc.stdout.readline():
            lines.append(line.decode(errors="replace").rstrip())

    reader = asyncio.create_task(read())
    try:
        await until(lambda: any("logged in as" in line for line in lines), within=20)
        assert "frobnitz" in (await ask(fake, "!what frobnitz")).lower()
        proc.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(proc.wait(), 15) == 0
        await reader
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    output = "\n".join(lines)
    assert TOKEN not in output
    records = [json.loads(line) for line in lines]  # every line is JSON
    [answer] = [r for r in records if r["logger"] == "partnerbot.answers"]
    assert (answer["status"], answer["question"], answer["via"]) == (
        "not_found",
        "what frobnitz",
        "prefix",
    )
    with closing(sqlite3.connect(tmp_path / "partnerbot-gaps.sqlite3")) as conn:
        assert conn.execute("SELECT question, status FROM gaps").fetchall() == [
            ("what frobnitz", "not_found")
        ]


async def test_debug_logs_redact_typed_and_interaction_tokens(
    fake: FakeDiscord, knowledge_dir: Path, clean_env: None
) -> None:
    """At DEBUG, discord.py dumps every payload it sends and receives. A token a user
    types comes back in the bot's reply with markdown escapes ("\\_"), then JSON- and
    repr-escaped in those dumps; interaction tokens sit in callback and webhook URLs and
    in INTERACTION_CREATE. None of them may be readable in either log format."""
    import re

    from bot.discord.app import create_bot
    from bot.service import KnowledgeService
    from tests.e2e.conftest import make_settings
    from tests.e2e.test_gaps import slash_followup

    secret = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Gh_jKl.secret_token-value_abcdefghijklmnop"
    streams = {"text": io.StringIO(), "json": io.StringIO()}
    handlers = []
    for name, formatter in (("text", KeyValueFormatter), ("json", JsonFormatter)):
        handler = logging.StreamHandler(streams[name])
        handler.setFormatter(formatter(secret))
        handlers.append(handler)
    root = logging.getLogger()
    level = root.level
    settings = make_settings(fake, knowledge_dir, discord_token=secret)
    bot = create_bot(settings, KnowledgeService.from_settings(settings), guild_ready_timeout=0.05)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        await bot.login(secret)
        task = asyncio.create_task(bot.connect(reconnect=False))
        await asyncio.wait_for(bot.wait_until_ready(), 5)
        assert "know" in await ask(fake, f"!what {secret}")
        await ask(fake, "!what " + "\u200b".join(secret))
        mark = fake.mark()
        interaction = await fake.slash("what", {"term": secret})
        await fake.wait_callback(interaction, since=mark)
        await slash_followup(fake, "gaps", fake.mod)
        await observed(bot, 3)
    finally:
        for handler in handlers:
            root.removeHandler(handler)
        root.setLevel(level)
        await bot.close()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
    interaction_tokens = {
        r.path.split("/")[-2] for r in fake.requests if r.path.endswith("/callback")
    }
    assert interaction_tokens
    for name, stream in streams.items():
        text = stream.getvalue()
        assert "/callback" in text and "/webhooks/" in text, name  # the dumps were logged
        readable = re.sub(r"\\+(?:u200b)?|\u200b", "", text)
        assert secret not in readable, name
        assert "secret_token-value" not in readable, name
        for token in interaction_tokens:
            assert token not in text, (name, token)
        assert "[DISCORD_TOKEN]" in text and "[INTERACTION_TOKEN]" in text, name
