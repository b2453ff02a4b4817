"""Who may do what. Enforced in the bot: ``default_permissions`` is only a hint that
server admins can change, so every moderator command also carries ``is_moderator``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord.ext import commands

if TYPE_CHECKING:
    from bot.discord.app import PartnerBot


class NotModerator(commands.CheckFailure):
    """The user is neither the owner, nor has Manage Server, nor a moderator role."""


async def is_moderator_ctx(ctx: commands.Context[PartnerBot]) -> bool:
    """The bot owner, members with Manage Server, or members with a moderator role.

    ``ctx.permissions`` comes from the interaction for slash commands (Discord computes
    it) and from roles and channel overwrites for prefix commands.
    """
    return await _is_moderator(ctx.bot, ctx.author, ctx.permissions)


async def is_moderator_interaction(interaction: discord.Interaction) -> bool:
    """The same rule for a click: ``interaction.permissions`` is what Discord computed
    for the member in that channel."""
    bot: PartnerBot = interaction.client  # type: ignore[assignment]
    return await _is_moderator(bot, interaction.user, interaction.permissions)


async def _is_moderator(
    bot: PartnerBot, user: discord.User | discord.Member, permissions: discord.Permissions
) -> bool:
    if await bot.is_owner(user):
        return True
    if not isinstance(user, discord.Member):
        return False
    if permissions.manage_guild:
        return True
    moderator_roles = set(bot.settings.moderator_role_ids)
    return any(role.id in moderator_roles for role in user.roles)


def is_moderator() -> Any:
    async def predicate(ctx: commands.Context[PartnerBot]) -> bool:
        if await is_moderator_ctx(ctx):
            return True
        raise NotModerator("moderators only")

    return commands.check(predicate)
