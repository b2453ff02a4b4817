"""Faults the bot survives: a dropped gateway, rate limits, server errors, slow reloads.

Each test runs the real discord.py client (with ``reconnect=True`` where the connection
drops, as ``partnerbot run`` does) against the fake Discord, which injects the fault.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import discord.http
import pytest

from bot.discord.app import PartnerBot
from bot.service import KnowledgeService
from tests.e2e.conftest import StartBot
from tests.e2e.helpers import text_of
from tests.fakediscord import FakeDiscord, Recorded

MESSAGES = r"/channels/\d+/messages"


async def ask(fake: FakeDiscord, text: str, *, within: float = 3.0, **kwargs: Any) -> Recorded:
    """Post ``text`` as a user; return the bot's first successful reply in the channel."""
    mark = fake.mark()
    await fake.send_message(text, **kwargs)
    channel = kwargs.get("channel_id") or fake.general_id
    return await fake.wait_for(
        "POST",
        f"/channels/{channel}/messages",
        since=mark,
        within=within,
        where=lambda r: r.status == 200,
    )


async def until(predicate: Callable[[], bool], within: float = 3.0) -> None:
    deadline = time.monotonic() + within
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


class ScaledSleep:
    """Stands in for the ``asyncio`` module inside ``discord.http`` so that its retry
    back-off (1 s, 3 s, 5 s… on 5xx) runs ``scale`` times faster; records what it asked."""

    def __init__(self, scale: float) -> None:
        self.scale = scale
        self.requested: list[float] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(asyncio, name)

    async def sleep(self, delay: float, result: Any = None) -> Any:
        self.requested.append(delay)
        return await asyncio.sleep(delay * self.scale, result)


# --- dropped gateway connection --------------------------------------------------------------


@pytest.mark.parametrize("abrupt", [False, True], ids=["close-frame", "transport-abort"])
async def test_dropped_connection_resumes_and_keeps_answering(
    fake: FakeDiscord, start_bot: StartBot, abrupt: bool
) -> None:
    bot = await start_bot(reconnect=True)
    assert "global buy" in text_of(await ask(fake, "!quote Jack MA"))
    [session] = fake.sessions
    connections = len(fake._connections)

    started = time.perf_counter()
    await fake.drop_gateway(abrupt=abrupt)
    # The client comes back on its own and RESUMEs the same session (op 6 → RESUMED).
    await until(lambda: len(fake._connections) > connections)
    took = time.perf_counter() - started
    print(f"\n[{'abort' if abrupt else 'close 1001'}] resumed after {took * 1000:.0f} ms")
    assert [r["session_id"] for r in fake.resumes] == [session]
    assert fake.resumes[0]["seq"] >= 2  # READY and GUILD_CREATE at least were seen
    assert len(fake.identifies) == 1  # no new IDENTIFY: a resume, not a new session
    assert fake.gateway_paths == ["/gateway", "/gateway/resume"]  # READY's resume_gateway_url
    assert not bot.is_closed()

    assert "Electronic World Trade Platform" in text_of(await ask(fake, "!what eWTP"))
    mark = fake.mark()
    interaction = await fake.slash("who", {"person": "Li Yong"})
    assert "Director General" in text_of(await fake.wait_callback(interaction, since=mark))


async def test_invalid_session_identifies_again(
    fake: FakeDiscord, start_bot: StartBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot = await start_bot(reconnect=True)

    # discord.py waits 5 s before a repeat IDENTIFY (Discord's identify limit); the
    # test skips that wait, nothing else.
    async def no_wait(shard_id: int | None, *, initial: bool = False) -> None:
        return None

    monkeypatch.setattr(bot, "before_identify_hook", no_wait)
    fake.refuse_resume = True
    await fake.drop_gateway(abrupt=True)
    await until(lambda: len(fake.identifies) == 2)
    assert len(fake.resumes) == 1  # it tried to resume, got op 9, identified afresh
    await until(lambda: bot.get_guild(fake.guild_id) is not None)
    assert "global buy" in text_of(await ask(fake, "!quote Jack MA"))


# --- REST rate limit ------------------------------------------------------------------------


@pytest.mark.parametrize("is_global", [False, True], ids=["route", "global"])
async def test_rate_limited_send_is_delivered_after_the_wait(
    fake: FakeDiscord, bot: PartnerBot, caplog: pytest.LogCaptureFixture, is_global: bool
) -> None:
    fake.inject("POST", MESSAGES, 429, retry_after=0.2, is_global=is_global)
    mark = fake.mark()
    started = time.perf_counter()
    reply = await ask(fake, "!quote Jack MA")
    waited = time.perf_counter() - started
    print(
        f"\n429 retry_after=0.2 s ({'global' if is_global else 'route'}): reply after {waited:.2f} s"
    )
    assert "global buy" in text_of(reply)
    posts = [r for r in fake.requests[mark:] if r.method == "POST"]
    assert [r.status for r in posts] == [429, 200]  # the same message, sent once more
    assert posts[0].body == posts[1].body
    assert waited >= 0.2
    assert any("rate limited" in r.getMessage() for r in caplog.records)

    # Nothing else broke: the next message, a slash command and autocomplete work.
    started = time.perf_counter()
    assert "Electronic World Trade Platform" in text_of(await ask(fake, "!what eWTP"))
    assert time.perf_counter() - started < 1.0
    mark = fake.mark()
    interaction = await fake.slash("quote", {"speaker": "Li"}, focused="speaker")
    callback = await fake.wait_callback(interaction, since=mark)
    assert callback.body["type"] == 8 and callback.body["data"]["choices"]


# --- REST server errors ---------------------------------------------------------------------


async def test_server_errors_then_success_deliver_the_reply(
    fake: FakeDiscord, bot: PartnerBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    sleeps = ScaledSleep(0.02)
    monkeypatch.setattr(discord.http, "asyncio", sleeps)
    fake.inject("POST", MESSAGES, 500)
    fake.inject("POST", MESSAGES, 502)
    mark = fake.mark()
    reply = await ask(fake, "!quote Jack MA")
    assert "global buy" in text_of(reply)
    posts = [r.status for r in fake.requests[mark:] if r.method == "POST"]
    assert posts == [500, 502, 200]
    # discord.py's own back-off between tries (run 50x faster here).
    waits = [d for d in sleeps.requested if d]
    print(f"\n500, 502, then 200: discord.py waited {waits} s between tries (run 50x faster)")
    assert waits == [1, 3]


async def test_server_errors_that_never_end_are_logged_and_the_bot_goes_on(
    fake: FakeDiscord,
    bot: PartnerBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    sleeps = ScaledSleep(0.01)
    monkeypatch.setattr(discord.http, "asyncio", sleeps)
    # Every send to #general fails; the other channel works.
    failing = fake.inject("POST", f"/channels/{fake.general_id}/messages", 500, times=1_000)
    caplog.set_level(logging.WARNING)

    await fake.send_message("!quote Jack MA", author=fake.mod)
    await until(lambda: failing.served >= 1)
    # While that send is being retried, questions elsewhere are answered at once.
    started = time.perf_counter()
    elsewhere = await ask(fake, "!what eWTP", channel_id=fake.no_embeds_id)
    elsewhere_after = time.perf_counter() - started
    assert "Electronic World Trade Platform" in text_of(elsewhere)
    assert failing.served < 10  # still retrying
    # discord.py tries 5 times, then the command fails; the apology fails the same way.
    await until(lambda: failing.served >= 10, within=5)
    await until(lambda: any("could not tell user" in r.getMessage() for r in caplog.records))
    record = next(r for r in caplog.records if "failed for user" in r.getMessage())
    message = record.getMessage()
    assert record.levelno == logging.ERROR
    assert "quote" in message and str(fake.mod.id) in message and str(fake.general_id) in message
    assert record.exc_info is not None
    assert isinstance(record.exc_info[1], discord.DiscordServerError)

    # A mention question in the same state is logged with its context too.
    await fake.send_message(f"<@{fake.bot_user.id}> when did they meet?", author=fake.alice)
    await until(
        lambda: any(
            "mention question failed" in r.getMessage() and str(fake.alice.id) in r.getMessage()
            for r in caplog.records
        ),
        within=5,
    )
    await until(
        lambda: any(
            "could not tell user" in r.getMessage() and str(fake.alice.id) in r.getMessage()
            for r in caplog.records
        ),
        within=5,
    )

    # Discord recovers: the very next message is answered.
    failing.times = failing.served
    assert "Electronic World Trade Platform" in text_of(await ask(fake, "!what eWTP"))
    waits = [d for d in sleeps.requested if d]
    print(
        f"\n{failing.served} failed sends (an answer and an apology, for a command and a "
        f"mention), 5 tries each, waits {waits[:5]} s (run 100x faster), then logged; "
        f"meanwhile another channel was answered in {elsewhere_after * 1000:.0f} ms"
    )
    assert waits == [1, 3, 5, 7, 9] * 4


# --- slow work on an interaction ------------------------------------------------------------

SLOW_BUILD_SECONDS = 3.3


async def test_slow_reload_is_deferred_within_the_interaction_limit(
    fake: FakeDiscord, bot: PartnerBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = KnowledgeService.build
    in_thread: list[bool] = []

    def slow_build(self: KnowledgeService) -> Any:
        in_thread.append(threading.current_thread() is not threading.main_thread())
        time.sleep(SLOW_BUILD_SECONDS)  # in the worker thread: the event loop runs on
        return build(self)

    monkeypatch.setattr(KnowledgeService, "build", slow_build)
    mark = fake.mark()
    started = time.perf_counter()
    interaction = await fake.slash("reload", user=fake.mod)
    callback = await fake.wait_callback(interaction, since=mark)
    deferred_after = time.perf_counter() - started
    assert callback.body["type"] == 5  # "thinking…", sent before the slow work starts
    assert deferred_after < 1.0, deferred_after

    # While the reload runs, others are still answered at once.
    answered = time.perf_counter()
    assert "global buy" in text_of(await ask(fake, "!quote Jack MA"))
    answered_after = time.perf_counter() - answered

    followup = await fake.wait_for(
        "POST",
        f"/webhooks/{fake.application_id}/{interaction['token']}",
        since=mark,
        within=SLOW_BUILD_SECONDS + 3,
    )
    done_after = time.perf_counter() - started
    assert "Knowledge base reloaded" in text_of(followup)
    assert in_thread == [True]
    print(
        f"\nslow /reload ({SLOW_BUILD_SECONDS} s build): deferred after "
        f"{deferred_after * 1000:.0f} ms, follow-up after {done_after:.2f} s; "
        f"a question during it answered in {answered_after * 1000:.0f} ms"
    )
    assert done_after >= SLOW_BUILD_SECONDS


async def test_unexpected_reload_failure_after_deferral_still_answers(
    fake: FakeDiscord,
    bot: PartnerBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(self: KnowledgeService) -> Any:
        raise OSError("disk on fire")

    monkeypatch.setattr(KnowledgeService, "build", broken)
    mark = fake.mark()
    with caplog.at_level(logging.ERROR):
        interaction = await fake.slash("reload", user=fake.mod)
        callback = await fake.wait_callback(interaction, since=mark)
        assert callback.body["type"] == 5
        followup = await fake.wait_for(
            "POST", f"/webhooks/{fake.application_id}/{interaction['token']}", since=mark
        )
    assert "something went wrong" in text_of(followup)
    assert followup.body["flags"] & 64
    assert any("reload failed for user" in r.getMessage() for r in caplog.records)
    assert bot.service.counts()["quotes"] > 0  # the old knowledge base still serves


async def test_clicks_on_buttons_nobody_listens_to_are_answered(
    fake: FakeDiscord, bot: PartnerBot
) -> None:
    """A view lives in memory: after a restart its buttons still show, and a click on
    them must still get an answer within Discord's 3 s, once."""
    from bot.discord.views import STALE_CLICK_SECONDS

    reply = await ask(fake, "!quote LI Yong")
    message = fake.messages[max(fake.messages)]
    live = [c for row in message["components"] for c in row["components"]][2]["custom_id"]
    assert "Quote 1 of 2" in text_of(reply)

    mark = fake.mark()
    started = time.perf_counter()
    # One click on a button from before a restart (no view has its custom id), and one
    # on the live view, which answers it at once: the fallback must leave that alone.
    stale = await fake.click(message, "a-button-from-before-the-restart")
    turned = await fake.click(message, live)
    callback = await fake.wait_callback(stale, since=mark)
    answered_after = time.perf_counter() - started
    assert callback.body["type"] == 4 and callback.body["data"]["flags"] & 64
    assert "expired" in callback.body["data"]["content"]
    assert STALE_CLICK_SECONDS <= answered_after < 2.5
    assert "Quote 2 of 2" in text_of(await fake.wait_callback(turned, since=mark))
    # Past the moment the fallback looked at the live click too.
    await asyncio.sleep(max(0.0, STALE_CLICK_SECONDS + 0.3 - (time.perf_counter() - started)))
    path = f"/interactions/{turned['id']}/{turned['token']}/callback"
    assert [r.path for r in fake.requests[mark:]].count(path) == 1
    print(f"\nclick on expired buttons answered after {answered_after:.2f} s (limit 3 s)")


async def test_service_unavailable_is_retried_like_other_server_errors(
    fake: FakeDiscord, bot: PartnerBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """discord.py raises at once on 503; the bot tries again on discord.py's schedule,
    for channel messages and interaction responses alike."""
    import bot.discord.http as retrying

    sleeps = ScaledSleep(0.02)
    monkeypatch.setattr(discord.http, "asyncio", sleeps)
    monkeypatch.setattr(retrying, "asyncio", sleeps)
    fake.inject("POST", MESSAGES, 503)
    fake.inject("POST", MESSAGES, 503)
    mark = fake.mark()
    reply = await ask(fake, "!quote Jack MA")
    assert "global buy" in text_of(reply)
    assert [r.status for r in fake.requests[mark:] if r.method == "POST"] == [503, 503, 200]
    assert [d for d in sleeps.requested if d] == [1, 3]

    fake.inject("POST", r"/interactions/\d+/[^/]+/callback", 503)
    mark = fake.mark()
    interaction = await fake.slash("what", {"term": "eWTP"})
    callback = await fake.wait_for(
        "POST",
        f"/interactions/{interaction['id']}/{interaction['token']}/callback",
        since=mark,
        where=lambda r: r.status == 200,
    )
    assert "Electronic World Trade Platform" in text_of(callback)
