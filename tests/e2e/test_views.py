"""Buttons under answers and gaps pages: slow callbacks, timeouts, and what is reported."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.discord import views
from bot.discord.app import PartnerBot
from bot.discord.views import STALE_CLICK_SECONDS
from tests.e2e.conftest import StartBot
from tests.e2e.helpers import buttons, message_data, text_of
from tests.fakediscord import FakeDiscord


async def quote_with_pages(fake: FakeDiscord) -> tuple[dict, str]:
    """Ask for LI Yong's quotes (two pages); return the message and Next's custom id."""
    mark = fake.mark()
    await fake.send_message("!quote LI Yong")
    rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    assert "Quote 1 of 2" in text_of(rec)
    message = fake.messages[max(fake.messages)]
    following = [b for b in buttons(message_data(rec)) if b.get("label") == "Next ▶"]
    return message, following[0]["custom_id"]


async def test_slow_button_callback_is_answered_once(
    fake: FakeDiscord, bot: PartnerBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A live view whose callback outlasts the stale-click delay answers the click
    itself; the fallback must not answer it too ("expired", then a "Sorry")."""
    show = views.show_answer

    async def slow_show(interaction: object, request: object, owner_id: int) -> None:
        await asyncio.sleep(STALE_CLICK_SECONDS + 0.5)
        await show(interaction, request, owner_id)  # type: ignore[arg-type]

    monkeypatch.setattr(views, "show_answer", slow_show)
    message, following = await quote_with_pages(fake)
    mark = fake.mark()
    click = await fake.click(message, following)
    turned = await fake.wait_callback(click, since=mark)
    assert turned.body["type"] == 7 and "Quote 2 of 2" in text_of(turned)
    await asyncio.sleep(0.3)
    sent = fake.requests[mark:]
    path = f"/interactions/{click['id']}/{click['token']}/callback"
    assert [r.path for r in sent].count(path) == 1
    assert not any("expired" in text_of(r) or "went wrong" in text_of(r) for r in sent)


async def test_page_turn_is_reported_like_every_answer(
    fake: FakeDiscord, bot: PartnerBot, caplog: pytest.LogCaptureFixture
) -> None:
    message, following = await quote_with_pages(fake)
    await asyncio.sleep(0.05)
    before = sum(bot.ops.by_status.values())
    caplog.set_level(logging.INFO, logger="partnerbot.answers")
    mark = fake.mark()
    click = await fake.click(message, following)
    await fake.wait_callback(click, since=mark)
    await asyncio.sleep(0.05)
    assert sum(bot.ops.by_status.values()) == before + 1
    assert 'partnerbot_answers_total{status="answered"} 2' in bot.ops.metrics.render()
    lines = [r for r in caplog.records if r.name == "partnerbot.answers"]
    fields = lines[-1].fields  # type: ignore[attr-defined]
    assert fields["via"] == "button" and fields["delivered"] is True
    assert fields["question"] == "quote li yong"


async def test_gaps_pages_turn_after_a_restart(fake: FakeDiscord, start_bot: StartBot) -> None:
    """/gaps pages are an ephemeral message; its ◀ ▶ are the same pager as answers',
    and turn pages on a new process."""
    bot = await start_bot()
    assert bot.ops.gaps is not None
    for i in range(12):
        bot.ops.gaps.record(f"what thing {i:02d}", status="not_found", guild_id=fake.guild_id)
    mark = fake.mark()
    interaction = await fake.slash("gaps", {}, user=fake.mod)
    first = await fake.wait_for(
        "POST", f"/webhooks/{fake.application_id}/{interaction['token']}", since=mark
    )
    message = fake.messages[max(fake.messages)]
    assert "(page 1/2)" in message["content"]
    following = buttons(first.body)[2]
    assert following["label"] == "Next ▶" and following["custom_id"].startswith("pb:page:")
    await bot.ops.gaps.flush(within=2.0)
    await bot.close()
    await start_bot()  # a new client, the same fake Discord

    mark = fake.mark()
    click = await fake.click(message, following["custom_id"], user=fake.alice)
    refusal = await fake.wait_callback(click, since=mark)
    assert "Only the person who asked" in refusal.body["data"]["content"]

    mark = fake.mark()
    click = await fake.click(message, following["custom_id"], user=fake.mod)
    turned = await fake.wait_callback(click, since=mark)
    assert turned.body["type"] == 7
    assert "(page 2/2)" in turned.body["data"]["content"]
    labels = [b.get("label") for b in buttons(turned.body["data"])]
    assert labels == ["◀ Previous", "2/2", "Next ▶"]
