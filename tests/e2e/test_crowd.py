"""A crowd asks long questions at once: commands, autocomplete and a reload still get answered.

Issue 14: twenty members with ~1,000-character questions made of the knowledge base's
own words held the event loop for seconds, and slash commands timed out. Answers now
run in worker threads, questions share a few slots, and a question past the work bound
gets a friendly "too long". This checks the behaviour; the timings are in
``benchmarks/bench.py`` (the "crowd" case), not asserted here.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from bot.engine.engine import Engine
from bot.engine.qa.answerer import MAX_QUESTION_WORDS
from bot.engine.request import Request
from tests.e2e.conftest import StartBot
from tests.e2e.helpers import text_of
from tests.fakediscord import FakeDiscord, FakeUser, Recorded, snowflake

USERS = 6
# The knowledge base's own words: past the bound, and within it.
WORDS = (
    "Jack MA Alibaba UNIDO LI Yong eWTP electronic world trade platform Hangzhou "
    "cooperation small medium enterprises developing countries global buy sell"
).split()
TOO_LONG = " ".join(WORDS[i % len(WORDS)] for i in range(MAX_QUESTION_WORDS + 20)) + "?"
WITHIN = "when did Jack MA and LI Yong meet in Hangzhou about the eWTP?"


def _replies_to(fake: FakeDiscord, message_id: str, since: int) -> list[Recorded]:
    return [
        r
        for r in fake.requests[since:]
        if r.method == "POST"
        and str(((r.body or {}).get("message_reference") or {}).get("message_id")) == message_id
    ]


async def test_a_crowd_of_long_questions_does_not_starve_commands(
    fake: FakeDiscord, start_bot: StartBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot = await start_bot()
    loop_thread = threading.get_ident()
    engine_threads: set[int] = set()
    real_run = Engine.run

    def recording_run(engine: Engine, request: Request) -> Any:
        engine_threads.add(threading.get_ident())
        return real_run(engine, request)

    monkeypatch.setattr(Engine, "run", recording_run)
    mention = f"<@{fake.bot_user.id}>"
    users = [FakeUser(snowflake(), f"crowd{i}") for i in range(USERS)]
    mark = fake.mark()
    asked: dict[str, str] = {}  # message id -> kind
    for round_ in range(3):
        for user in users:
            text = TOO_LONG if (round_ + user.id) % 2 else WITHIN
            message = await fake.send_message(f"{mention} {text}", author=user)
            asked[message["id"]] = "too long" if text is TOO_LONG else "question"
        # While the crowd's questions are queued or running: a slash command, its
        # autocomplete, and a moderator's reload.
        interaction = await fake.slash("what", {"term": "eWTP"})
        callback = await fake.wait_callback(interaction, since=mark)
        assert "Electronic World Trade Platform" in text_of(callback)
        typing = await fake.slash("what", {"term": "ewt"}, focused="term")
        choices = (await fake.wait_callback(typing, since=mark)).body["data"]["choices"]
        assert any(c["value"] == "id:ewtp" for c in choices), choices
    reload = await fake.send_message("!reload", author=fake.mod)

    for message_id, kind in asked.items():
        await fake.wait_for(
            "POST",
            f"/channels/{fake.general_id}/messages",
            since=mark,
            within=20,
            where=lambda r, m=message_id: bool(_replies_to(fake, m, mark)) and r is not None,
        )
        (reply,) = _replies_to(fake, message_id, mark)
        text = text_of(reply)
        assert "Traceback" not in text and "went wrong" not in text, text
        if kind == "too long":
            assert "too long" in text and f"at most {MAX_QUESTION_WORDS} words" in text
        else:
            assert "too long" not in text and "2018" in text, text
    await fake.wait_for(
        "POST",
        f"/channels/{fake.general_id}/messages",
        since=mark,
        within=20,
        where=lambda r: bool(_replies_to(fake, reload["id"], mark)),
    )
    assert "Knowledge base reloaded" in text_of(_replies_to(fake, reload["id"], mark)[0])
    # Every answer was computed off the event loop.
    assert engine_threads and loop_thread not in engine_threads
    await asyncio.sleep(0)
    assert bot.service.requests_in_flight() == 0
