"""One place that turns failures into short friendly replies and full log entries.

Users see one sentence; the log gets the traceback with the command and the user id.
Every interaction gets an answer, whether or not it was already deferred.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.checks import NotAllowedHere, NotModerator, is_moderator_command
from bot.discord.notes import note_interaction
from bot.discord.render import escape
from bot.discord.replies import note

if TYPE_CHECKING:
    from bot.discord.app import PartnerBot

log = logging.getLogger(__name__)

SORRY = "Sorry, something went wrong on my side while answering that. It has been logged."
NOT_MODERATOR = (
    "Sorry, only moderators can do that: members with a moderator role, the bot owner, "
    "or members with Manage Server in servers the bot's operator has listed."
)


def cooldown_text(retry_after: float, rate: int, per: float) -> str:
    seconds = max(1, round(retry_after + 0.49))
    return (
        f"Slow down a little: you can ask again in {seconds} s "
        f"(up to {rate} answers every {per:g} s per person)."
    )


def moderator_cooldown_text(command: str, retry_after: float, prefix: str) -> str:
    seconds = max(1, round(retry_after + 0.49))
    return f"Please wait {seconds} s before using `{prefix}{command}` again."


def _unwrap(error: BaseException) -> BaseException:
    # HybridCommandError / CommandInvokeError wrap the real cause in ``original``.
    while isinstance(
        error,
        commands.HybridCommandError | commands.CommandInvokeError | app_commands.CommandInvokeError,
    ):
        error = error.original
    return error


async def on_command_error(ctx: commands.Context[PartnerBot], error: commands.CommandError) -> None:
    """Errors of prefix commands and of hybrid commands run as slash commands."""
    if isinstance(error, commands.CommandNotFound):
        # Other bots often share the prefix; an unknown command is not ours to answer.
        return
    settings = ctx.bot.settings
    cause = _unwrap(error)
    command = ctx.command.qualified_name if ctx.command else "?"
    if isinstance(error, commands.CommandOnCooldown):
        # Slash commands must be answered (privately); in a channel, say it once.
        if ctx.interaction is None and not ctx.bot.first_cooldown_notice(
            ctx.author.id, error.retry_after
        ):
            return
        if is_moderator_command(ctx.command):  # RELOAD_COOLDOWN_SECONDS, not the answers'
            prefix = "/" if ctx.interaction is not None else settings.command_prefix
            text = moderator_cooldown_text(command, error.retry_after, prefix)
        else:
            text = cooldown_text(
                error.retry_after, settings.cooldown_rate, settings.cooldown_seconds
            )
    elif isinstance(error, NotAllowedHere):
        # A slash command must be answered (privately). A prefix command in a channel
        # the bot does not serve gets no reply, like a mention there: the server chose
        # to keep the bot quiet in that channel, and a refusal per message would not be.
        log.debug("not answering %s for user %s here: %s", command, ctx.author.id, error)
        if ctx.interaction is None:
            return
        text = str(error)
    elif isinstance(error, NotModerator):
        log.info("refused %s for user %s: not a moderator", command, ctx.author.id)
        text = NOT_MODERATOR
    elif isinstance(error, commands.NoPrivateMessage):
        text = "That command only works in a server."
    elif isinstance(error, commands.CheckFailure):
        text = "Sorry, you can't use that command here."
    elif isinstance(error, commands.UserInputError):
        help_command = "/help" if ctx.interaction is not None else f"{settings.command_prefix}help"
        text = f"I couldn't read that: {escape(str(error))} Try `{help_command}`."
    else:
        log.error(
            "command %s failed for user %s in channel %s",
            command,
            ctx.author.id,
            ctx.channel.id,
            exc_info=cause,
        )
        text = SORRY
    await note(ctx, text)


async def on_tree_error(
    interaction: discord.Interaction, error: app_commands.AppCommandError
) -> None:
    """Errors of slash commands that never reached a hybrid command (stale sync, …)."""
    name = interaction.command.qualified_name if interaction.command else "?"
    log.error(
        "slash command %s failed for user %s in channel %s",
        name,
        interaction.user.id,
        interaction.channel_id,
        exc_info=_unwrap(error),
    )
    if interaction.type is discord.InteractionType.autocomplete:
        return
    await note_interaction(interaction, SORRY)
