"""Where the bot answers (issue 13): ALLOWED_CHANNEL_IDS and ALLOWED_ROLE_IDS.

Elsewhere, a slash command gets a short private note; a mention and a prefix command get
no reply at all. Moderator commands are never restricted by these settings.
"""

from __future__ import annotations

import asyncio

import discord
from discord import app_commands

from bot.discord.render import NO_MENTIONS
from tests.e2e.conftest import StartBot
from tests.e2e.helpers import text_of
from tests.e2e.test_gaps import CHANNEL, ask
from tests.e2e.test_permissions import slash_reply
from tests.fakediscord import FakeDiscord, FakeUser


async def silent(fake: FakeDiscord, text: str, *, author: FakeUser, channel_id: int) -> None:
    """``text`` gets no reply: nothing is posted before a later, answered message is."""
    mark = fake.mark()
    await fake.send_message(text, author=author, channel_id=channel_id)
    await asyncio.sleep(0.1)
    # A barrier: the moderator's answer in the same channel comes after anything the
    # first message could have caused.
    await fake.send_message("!stats", author=fake.mod, channel_id=channel_id)
    await fake.wait_for("POST", CHANNEL.format(channel_id), since=mark)
    posts = [r for r in fake.requests[mark:] if r.method == "POST"]
    assert len(posts) == 1 and "Answers in this server" in text_of(posts[0]), text


async def test_allowed_channels(fake: FakeDiscord, start_bot: StartBot) -> None:
    bot = await start_bot(allowed_channel_ids=(fake.general_id,))
    elsewhere = fake.no_embeds_id
    mention = f"<@{bot.user.id}> who is Jack MA?" if bot.user else ""

    # In the allowed channel: answered as usual.
    assert "global buy" in await ask(fake, "!quote Jack MA")
    assert "Jack MA" in await ask(fake, mention)
    # Elsewhere: prefix commands and mentions get nothing.
    for text in ("!quote Jack MA", "!help", mention):
        await silent(fake, text, author=fake.alice, channel_id=elsewhere)
    # A slash command gets a short private note naming where to ask.
    mark = fake.mark()
    interaction = await fake.slash("quote", {"speaker": "Jack MA"}, channel_id=elsewhere)
    callback = await fake.wait_callback(interaction, since=mark)
    assert callback.body["type"] == 4 and callback.body["data"]["flags"] & 64
    assert text_of(callback) == f"I answer questions only in <#{fake.general_id}>."
    assert callback.body["data"]["allowed_mentions"]["parse"] == []
    # Moderator commands work everywhere, prefix and slash.
    assert "reloaded" in await ask_in(fake, "!reload", fake.mod, elsewhere)
    gaps = await slash_reply(fake, "gaps", fake.mod, channel_id=elsewhere)
    assert "unanswered questions" in gaps.lower()
    stats = await slash_reply(fake, "stats", fake.mod, channel_id=elsewhere)
    assert "Answers in this server" in stats


async def test_allowed_roles(fake: FakeDiscord, start_bot: StartBot) -> None:
    await start_bot(allowed_role_ids=(fake.mod_role_id,))
    # A member with the role: answered, prefix and slash.
    assert "global buy" in await ask(fake, "!quote Jack MA", author=fake.mod)
    mark = fake.mark()
    interaction = await fake.slash("what", {"term": "eWTP"}, user=fake.mod)
    callback = await fake.wait_callback(interaction, since=mark)
    assert "Electronic World Trade Platform" in text_of(callback)
    # Without it: silence for prefix commands, a private note for slash commands.
    await silent(fake, "!quote Jack MA", author=fake.alice, channel_id=fake.general_id)
    mark = fake.mark()
    interaction = await fake.slash("what", {"term": "eWTP"}, user=fake.alice)
    callback = await fake.wait_callback(interaction, since=mark)
    assert callback.body["data"]["flags"] & 64
    assert "only for members with certain roles" in text_of(callback)
    # Direct messages carry no roles: not answered either.
    dm_channel = 454545
    mark = fake.mark()
    await fake.send_message("!quote Jack MA", author=fake.mod, channel_id=dm_channel, dm=True)
    await asyncio.sleep(0.2)
    assert not [r for r in fake.requests[mark:] if r.method == "POST"]


async def test_everywhere_by_default(fake: FakeDiscord, start_bot: StartBot) -> None:
    bot = await start_bot()
    assert bot.settings.allowed_channel_ids == () and bot.settings.allowed_role_ids == ()
    assert "global buy" in await ask_in(fake, "!quote Jack MA", fake.alice, fake.no_embeds_id)


async def ask_in(fake: FakeDiscord, text: str, author: FakeUser, channel_id: int) -> str:
    mark = fake.mark()
    await fake.send_message(text, author=author, channel_id=channel_id)
    return text_of(await fake.wait_for("POST", CHANNEL.format(channel_id), since=mark))


async def test_app_commands_that_are_not_hybrid_are_restricted_too(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    """A plain app command (as a context menu is) goes through the tree's check."""
    bot = await start_bot(allowed_channel_ids=(fake.general_id,))

    async def ping(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("pong", allowed_mentions=NO_MENTIONS)

    bot.tree.add_command(app_commands.Command(name="ping", description="ping", callback=ping))
    mark = fake.mark()
    interaction = await fake.slash("ping", {}, channel_id=fake.no_embeds_id)
    callback = await fake.wait_callback(interaction, since=mark)
    assert callback.body["data"]["flags"] & 64
    assert text_of(callback) == f"I answer questions only in <#{fake.general_id}>."
    mark = fake.mark()
    interaction = await fake.slash("ping", {})
    assert text_of(await fake.wait_callback(interaction, since=mark)) == "pong"
