"""``reload``: moderators rebuild the knowledge base from disk without a restart.

The service builds and validates the new knowledge base and index off the event loop
and swaps one reference; on failure the old one keeps serving and the moderator gets
the list of problems.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from discord import app_commands
from discord.ext import commands

from bot.discord.checks import is_moderator
from bot.discord.render import escape, failure_text, truncate
from bot.discord.replies import note
from bot.kb.loader import KnowledgeError
from bot.service import ReloadFailed

if TYPE_CHECKING:
    from bot.discord.app import PartnerBot
    from bot.service import ReloadResult

log = logging.getLogger(__name__)


def success_text(result: ReloadResult) -> str:
    lines = [f"Knowledge base reloaded in {result.seconds:.2f} s."]
    for key in sorted(set(result.before) | set(result.after)):
        before, after = result.before.get(key, 0), result.after.get(key, 0)
        change = f" ({after - before:+d})" if after != before else ""
        lines.append(f"• {key}: {before} → {after}{change}")
    broken = result.still_broken
    if broken:
        # Left out since a start with broken files; the rest was reloaded.
        names = ", ".join(escape(truncate(name, 80)) for name in broken[:5])
        more = f" and {len(broken) - 5} more" if len(broken) > 5 else ""
        lines.append(
            f"Still not served, for their problems: {names}{more} (`partnerbot check` lists them)."
        )
    return "\n".join(lines)


def reload_cooldown(ctx: commands.Context[PartnerBot]) -> commands.Cooldown | None:
    """One reload per ``RELOAD_COOLDOWN_SECONDS`` per moderator (None: no cooldown).
    Checked after ``is_moderator``, so refusals do not spend it."""
    seconds = ctx.bot.settings.reload_cooldown_seconds
    return commands.Cooldown(1, seconds) if seconds > 0 else None


class Admin(commands.Cog):
    def __init__(self, bot: PartnerBot) -> None:
        self.bot = bot

    @commands.hybrid_command(
        name="reload",
        description="Reload the knowledge base from disk (moderators only).",
    )
    # Only a hint: server admins can change it, so is_moderator() is what enforces.
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    @is_moderator()
    @commands.dynamic_cooldown(reload_cooldown, commands.BucketType.user)
    async def reload(self, ctx: commands.Context[PartnerBot]) -> None:
        # Loading may take longer than the 3 s Discord gives an interaction.
        await ctx.defer(ephemeral=True)
        who = f"{ctx.author} ({ctx.author.id})"
        log.info("reload requested by %s", who)
        try:
            # The service serialises reloads and swaps only a fully built snapshot.
            result = await self.bot.service.reload()
        except KnowledgeError as exc:
            log.warning(
                "reload by %s failed with %d problems; still serving the old knowledge base",
                who,
                len(exc.problems),
            )
            await note(ctx, failure_text(exc))
            return
        except ReloadFailed as exc:  # out of memory, unreadable, timed out, refused
            # The service has logged it at ERROR and counted it; the text is for people.
            await note(ctx, escape(str(exc)))
            return
        log.info(
            "reload by %s succeeded in %.2fs: %s -> %s",
            who,
            result.seconds,
            result.before,
            result.after,
        )
        await note(ctx, success_text(result))


async def setup(bot: PartnerBot) -> None:
    """discord.py extension entry point (``bot.load_extension``)."""
    await bot.add_cog(Admin(bot))
