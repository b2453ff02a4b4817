"""Who may do what, and where the bot answers.

* Moderator commands (``reload``, ``gaps``, ``stats``) carry ``is_moderator``. It is
  enforced in the bot: ``default_permissions`` is only a hint that server admins can
  change.
* Answer commands, mentions and context-menu commands answer only where
  ``ALLOWED_CHANNEL_IDS`` and ``ALLOWED_ROLE_IDS`` allow (``answers_allowed``): a bot-wide
  check for commands (``answers_here``), ``AnswerTree`` for app commands that are not
  hybrid, and the mention listener asks ``answers_allowed`` itself. Moderator commands
  are never restricted by these settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import discord
from discord import app_commands
from discord.ext import commands
from discord.ext.commands.hybrid import HybridAppCommand

from bot.discord.render import NO_MENTIONS, plain

if TYPE_CHECKING:
    from bot.discord.app import PartnerBot
    from bot.settings import Settings

# Set on the check function that is_moderator() adds, so other checks can tell a
# moderator command from an answer command.
_MODERATOR_MARK = "__partnerbot_moderator__"
# How many allowed channels the "not here" note names.
_CHANNELS_SHOWN = 5


class NotModerator(commands.CheckFailure):
    """The user is neither the owner, nor in a moderator role, nor has Manage Server in
    a server listed in ``MODERATOR_GUILD_IDS``."""


class NotAllowedHere(commands.CheckFailure):
    """Answers are restricted (``ALLOWED_CHANNEL_IDS`` / ``ALLOWED_ROLE_IDS``) and this
    channel or member is not among them. ``str()`` is the note for the user."""


async def is_moderator_ctx(ctx: commands.Context[PartnerBot]) -> bool:
    """The bot owner; members with a ``MODERATOR_ROLE_IDS`` role, in any server; members
    with Manage Server, only in a server listed in ``MODERATOR_GUILD_IDS``.

    A reload changes the knowledge base of every server and ``stats`` would show what
    the process knows, so Manage Server in *some* server is not enough by itself.
    ``ctx.permissions`` comes from the interaction for slash commands (Discord computes
    it) and from roles and channel overwrites for prefix commands.
    """
    return await _is_moderator(ctx.bot, ctx.author, ctx.permissions)


async def is_moderator_interaction(interaction: discord.Interaction) -> bool:
    """The same rule for a click: ``interaction.permissions`` is what Discord computed
    for the member in that channel."""
    # discord.py types the client as Client; every interaction here reaches PartnerBot.
    bot = cast("PartnerBot", interaction.client)
    return await _is_moderator(bot, interaction.user, interaction.permissions)


async def _is_moderator(
    bot: PartnerBot, user: discord.User | discord.Member, permissions: discord.Permissions
) -> bool:
    if await bot.is_owner(user):
        return True
    if not isinstance(user, discord.Member):
        return False
    settings = bot.settings
    moderator_roles = set(settings.moderator_role_ids)
    if any(role.id in moderator_roles for role in user.roles):
        return True
    # Manage Server counts only where the operator trusts it (MODERATOR_GUILD_IDS): it is
    # per server, while a reload or the stats act for the whole process.
    return user.guild.id in settings.moderator_guild_ids and permissions.manage_guild


def is_moderator() -> Any:
    async def predicate(ctx: commands.Context[PartnerBot]) -> bool:
        if await is_moderator_ctx(ctx):
            return True
        raise NotModerator("moderators only")

    setattr(predicate, _MODERATOR_MARK, True)
    return commands.check(predicate)


def is_moderator_command(command: commands.Command[Any, ..., Any] | None) -> bool:
    return command is not None and any(getattr(c, _MODERATOR_MARK, False) for c in command.checks)


# --- where the bot answers ---------------------------------------------------------------


def not_here_text(settings: Settings, channel_ok: bool) -> str:
    if not channel_ok:
        shown = settings.allowed_channel_ids[:_CHANNELS_SHOWN]
        where = ", ".join(f"<#{i}>" for i in shown)
        more = " and a few more" if len(settings.allowed_channel_ids) > _CHANNELS_SHOWN else ""
        return f"I answer questions only in {where}{more}."
    return "I answer questions only for members with certain roles in this server."


def answers_allowed(
    settings: Settings, channel: object, author: discord.abc.User | None
) -> str | None:
    """None when the bot may answer ``author`` in ``channel``; else the note to show.

    ``ALLOWED_CHANNEL_IDS``: the channel, or a thread's parent channel, must be listed;
    direct messages are then refused too. ``ALLOWED_ROLE_IDS``: the member must hold one
    of the roles; in direct messages nobody has roles, so they are refused as well.
    Empty settings allow everything.
    """
    channels = settings.allowed_channel_ids
    if channels:
        ids = {getattr(channel, "id", None), getattr(channel, "parent_id", None)}
        if not ids & set(channels):
            return not_here_text(settings, channel_ok=False)
    roles = settings.allowed_role_ids
    if roles:
        held = {role.id for role in getattr(author, "roles", ())}
        if not held & set(roles):
            return not_here_text(settings, channel_ok=True)
    return None


async def answers_here(ctx: commands.Context[PartnerBot]) -> bool:
    """The bot-wide check: answer commands (prefix or slash) only where allowed.
    Moderator commands always pass."""
    if is_moderator_command(ctx.command):
        return True
    refusal = answers_allowed(ctx.bot.settings, ctx.channel, ctx.author)
    if refusal is not None:
        raise NotAllowedHere(refusal)
    return True


class AnswerTree(app_commands.CommandTree["PartnerBot"]):
    """The slash command tree, with ``ALLOWED_*`` applied to app commands that are not
    hybrid commands (a message context menu, say); hybrid commands get ``answers_here``
    through the bot, with the rest of the command error handling."""

    async def interaction_check(self, interaction: discord.Interaction[PartnerBot], /) -> bool:
        if interaction.type is not discord.InteractionType.application_command:
            return True  # autocomplete and components: nothing is answered there
        data: Any = interaction.data or {}
        try:
            kind = discord.AppCommandType(int(data.get("type", 1)))
        except ValueError:
            return True
        name = str(data.get("name", ""))
        command = None
        if interaction.guild_id is not None:
            command = self.get_command(name, guild=discord.Object(interaction.guild_id), type=kind)
        command = command or self.get_command(name, type=kind)
        if isinstance(command, HybridAppCommand) or command is None:
            return True  # the bot-wide check decides (or the tree reports the stale command)
        refusal = answers_allowed(self.client.settings, interaction.channel, interaction.user)
        if refusal is None:
            return True
        await interaction.response.send_message(
            plain(refusal), ephemeral=True, allowed_mentions=NO_MENTIONS
        )
        return False
