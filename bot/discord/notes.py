"""Private notes on interactions: the one way the bot tells a user something of its own
(an error, a refusal, a cooldown) on a slash command, button or menu, whatever state the
interaction is in."""

from __future__ import annotations

import logging

import discord

from bot.discord.render import NO_MENTIONS, plain

log = logging.getLogger(__name__)


async def note_interaction(interaction: discord.Interaction, text: str) -> bool:
    """A short private message of our own on an interaction, whether or not it was
    already answered or deferred (a follow-up then). Never raises; False when Discord
    refused it (logged)."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(
                plain(text), ephemeral=True, allowed_mentions=NO_MENTIONS
            )
        else:
            await interaction.response.send_message(
                plain(text), ephemeral=True, allowed_mentions=NO_MENTIONS
            )
    except discord.HTTPException:
        log.warning("could not tell user %s: %s", interaction.user.id, text)
        return False
    return True
