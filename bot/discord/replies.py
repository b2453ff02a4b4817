"""Sending answers and short notes, always without pings.

Commands (prefix or slash) reply through a ``Context``; mention questions reply to the
message. Both go through ``deliver`` so rendering, views and mention safety are the same,
and so that every answer is reported once to ``bot.ops`` (metrics, stats, gaps, logs).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import discord
from discord.ext import commands

from bot.discord.observe import Origin, observe
from bot.discord.render import NO_MENTIONS, plain, render_reply
from bot.discord.views import answer_view
from bot.engine.answer import Answer

if TYPE_CHECKING:
    from bot.discord.app import PartnerBot
    from bot.engine.request import Request

log = logging.getLogger(__name__)

Sender = Callable[..., Awaitable[discord.Message]]


async def deliver(
    send: Sender,
    answer: Answer,
    *,
    bot: PartnerBot,
    owner_id: int,
    embeds: bool,
    origin: Origin | None = None,
) -> discord.Message:
    delivered = False
    try:
        vote = bot.ops.vote_key(origin.question, answer, origin.guild_id) if origin else None
        message = await _send_answer(
            send, answer, bot=bot, owner_id=owner_id, embeds=embeds, vote=vote.key if vote else None
        )
        delivered = True
        return message
    finally:
        observe(bot, answer, origin, delivered=delivered)


async def _send_answer(
    send: Sender,
    answer: Answer,
    *,
    bot: PartnerBot,
    owner_id: int,
    embeds: bool,
    vote: str | None = None,
) -> discord.Message:
    reply = render_reply(answer, embeds=embeds)
    view = answer_view(answer, owner_id=owner_id, vote=vote)
    kwargs: dict[str, Any] = {"allowed_mentions": NO_MENTIONS, "mention_author": False}
    if view is not None:
        kwargs["view"] = view
    return await send(content=reply.content, embed=reply.embed, **kwargs)


async def answer_in_context(
    ctx: commands.Context[PartnerBot],
    answer: Answer,
    *,
    request: Request,
    started: float | None = None,
) -> None:
    """Reply to a prefix or slash command with the answer to ``request``."""
    # For interactions Discord always allows embeds; in channels the bot needs Embed Links.
    embeds = ctx.bot_permissions.embed_links
    origin = Origin.from_context(ctx, request, started)
    await deliver(
        ctx.reply, answer, bot=ctx.bot, owner_id=ctx.author.id, embeds=embeds, origin=origin
    )


async def answer_message(
    bot: PartnerBot,
    message: discord.Message,
    answer: Answer,
    *,
    question: str = "",
    started: float | None = None,
) -> None:
    """Reply to a message that mentioned the bot."""
    embeds = True
    if message.guild is not None and isinstance(message.channel, discord.abc.GuildChannel):
        embeds = message.channel.permissions_for(message.guild.me).embed_links
    origin = Origin.from_message(bot, message, question, started)
    await deliver(
        message.reply, answer, bot=bot, owner_id=message.author.id, embeds=embeds, origin=origin
    )


async def note(ctx: commands.Context[PartnerBot], text: str) -> None:
    """A short message of our own (errors, refusals): ephemeral for slash commands, a
    reply to the message for prefix commands (in a busy channel it says whom it is for)."""
    try:
        await ctx.reply(
            plain(text), ephemeral=True, mention_author=False, allowed_mentions=NO_MENTIONS
        )
    except discord.HTTPException:
        log.warning("could not tell user %s: %s", ctx.author.id, text)


async def note_message(message: discord.Message, text: str) -> None:
    try:
        await message.reply(plain(text), mention_author=False, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException:
        log.warning("could not tell user %s: %s", message.author.id, text)
