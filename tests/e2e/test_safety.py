"""Nobody can make the bot ping; replies fall back to text without Embed Links;
the cooldown explains itself; failures get a friendly reply and a logged traceback."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.discord.app import PartnerBot
from tests.e2e.conftest import StartBot
from tests.e2e.helpers import message_data, text_of
from tests.fakediscord import FakeDiscord


async def test_everyone_in_a_query_never_pings(fake: FakeDiscord, bot: PartnerBot) -> None:
    mark = fake.mark()
    channel = f"/channels/{fake.general_id}/messages"
    await fake.send_message(f"!quote @everyone <@&{fake.mod_role_id}> <@{fake.alice.id}>")
    await fake.wait_for("POST", channel, since=mark)
    step = fake.mark()
    await fake.send_message(f"<@{fake.bot_user.id}> what about @everyone and @here?")
    await fake.wait_for("POST", channel, since=step)
    interaction = await fake.slash("what", {"term": "@everyone"})
    await fake.wait_callback(interaction, since=mark)
    sent = fake.sent_since(mark)
    assert len(sent) == 3
    for rec in sent:
        data = message_data(rec)
        assert data["allowed_mentions"]["parse"] == [], rec.route
        assert not data["allowed_mentions"].get("users")
        assert not data["allowed_mentions"].get("roles")
        # Echoed text is defused too: no raw @everyone survives into the reply.
        assert "@everyone" not in text_of(rec)


async def test_plain_text_without_embed_links(fake: FakeDiscord, bot: PartnerBot) -> None:
    mark = fake.mark()
    await fake.send_message("!quote Jack MA", channel_id=fake.no_embeds_id)
    rec = await fake.wait_for("POST", f"/channels/{fake.no_embeds_id}/messages", since=mark)
    assert not rec.body.get("embeds")
    content = rec.body["content"]
    assert "global buy" in content
    assert "Source: PR Newswire, Hangzhou, China, 2018-04-21" in content
    assert len(content) <= 2000
    assert rec.body["allowed_mentions"]["parse"] == []


async def test_cooldown_explains_itself(fake: FakeDiscord, start_bot: StartBot) -> None:
    await start_bot(cooldown_rate=2, cooldown_seconds=60)
    mark = fake.mark()
    for _ in range(3):
        await fake.send_message("!what eWTP")
    channel = f"/channels/{fake.general_id}/messages"
    await fake.wait_for("POST", channel, since=mark, where=lambda r: "again in" in text_of(r))
    # Answers are computed off the event loop, so the notice may come before them: wait
    # for both answers however long they take, rather than polling for a while.

    def replies() -> list[str]:
        return [text_of(r) for r in fake.requests[mark:] if r.route == f"POST {channel}"]

    def answered_twice(rec: object) -> bool:
        return sum("Electronic World Trade Platform" in t for t in replies()) >= 2

    await fake.wait_for("POST", channel, since=mark, where=answered_twice, within=10)
    assert sum("Electronic World Trade Platform" in t for t in replies()) == 2
    assert sum("you can ask again in 60 s" in t for t in replies()) == 1
    # Said once per window: more attempts in the channel get no more notices.
    mark = fake.mark()
    await fake.send_message("!what eWTP")
    await fake.send_message(f"<@{fake.bot_user.id}> when did they meet?")
    await asyncio.sleep(0.15)
    assert [r for r in fake.requests[mark:] if r.method == "POST"] == []
    # Another user has their own budget; slash commands share the asker's.
    mark = fake.mark()
    await fake.send_message("!what eWTP", author=fake.mod)
    rec = await fake.wait_for("POST", channel, since=mark)
    assert "Electronic World Trade Platform" in text_of(rec)
    interaction = await fake.slash("what", {"term": "eWTP"})
    rec = await fake.wait_callback(interaction, since=mark)
    assert "again in" in text_of(rec)
    assert message_data(rec)["flags"] & 64  # ephemeral
    # A mention question counts against the same budget as the commands.
    mark = fake.mark()
    await fake.send_message(f"<@{fake.bot_user.id}> when did they meet?", author=fake.mod)
    await fake.send_message(f"<@{fake.bot_user.id}> when did they meet?", author=fake.mod)
    rec = await fake.wait_for("POST", channel, since=mark, where=lambda r: "again in" in text_of(r))
    assert "again in" in text_of(rec)


async def test_failure_is_friendly_and_logged(
    fake: FakeDiscord,
    bot: PartnerBot,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(type(bot.service.engine), "run", broken)
    mark = fake.mark()
    with caplog.at_level(logging.ERROR):
        interaction = await fake.slash("what", {"term": "eWTP"}, user=fake.mod)
        rec = await fake.wait_callback(interaction, since=mark)
    assert "something went wrong" in text_of(rec)
    assert message_data(rec)["flags"] & 64
    record = next(r for r in caplog.records if "failed for user" in r.getMessage())
    assert "what" in record.getMessage() and str(fake.mod.id) in record.getMessage()
    assert record.exc_info is not None and "engine exploded" in str(record.exc_info[1])


async def test_page_buttons_only_for_the_asker(fake: FakeDiscord, start_bot: StartBot) -> None:
    await start_bot()
    mark = fake.mark()
    await fake.send_message("!quote LI Yong")
    channel = f"/channels/{fake.general_id}/messages"
    rec = await fake.wait_for("POST", channel, since=mark)
    assert "Quote 1 of 2" in text_of(rec)
    message = fake.messages[max(fake.messages)]
    buttons = [c for row in message["components"] for c in row["components"]]
    labels = [b.get("label") for b in buttons]
    assert labels[:3] == ["◀ Previous", "1/2", "Next ▶"]
    following = buttons[2]["custom_id"]
    # Someone else clicks: a private refusal, the message stays as it is.
    mark = fake.mark()
    click = await fake.click(message, following, user=fake.mod)
    refusal = await fake.wait_callback(click, since=mark)
    assert refusal.body["type"] == 4 and refusal.body["data"]["flags"] & 64
    assert "Only the person who asked" in refusal.body["data"]["content"]
    # The asker clicks: the message turns to page 2 in place.
    mark = fake.mark()
    click = await fake.click(message, following, user=fake.alice)
    turned = await fake.wait_callback(click, since=mark)
    assert turned.body["type"] == 7  # UPDATE_MESSAGE
    assert "Quote 2 of 2" in text_of(turned)
    # The buttons are persistent: they never time out, so nothing edits them later.
    await asyncio.sleep(0.2)
    assert not any(r.method == "PATCH" for r in fake.requests[mark:])


async def test_slash_help(fake: FakeDiscord, bot: PartnerBot) -> None:
    mark = fake.mark()
    interaction = await fake.slash("help")
    rec = await fake.wait_callback(interaction, since=mark)
    text = text_of(rec)
    # Slash commands are listed as slash commands, read from the synced tree.
    for line in ("`/quote speaker:` — What someone said", "`/what term:`", "`/who person:`"):
        assert line in text, text
    assert "`/sources`" in text and "Ask partnerbot" in text
    assert "!" not in text
    # The prefix command keeps the prefix.
    mark = fake.mark()
    await fake.send_message("!help")
    rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    assert "`!quote <person or organisation> [page]`" in text_of(rec)
    await asyncio.sleep(0)
