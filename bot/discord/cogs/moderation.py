"""``gaps`` and ``stats``: what moderators need to keep the knowledge base current.

* ``gaps [days] [page]``: the most frequent questions of the last ``days`` days (default
  30) in this server that the bot could not answer (``not_found``) or could not tell
  apart (``ambiguous``), from the gaps database, ten per page with ◀ ▶ buttons; the
  first page also shows the three most down-voted answers (👎, ``bot.ops.feedback``).
* ``stats``: answers by status in this server since the process started, the entities
  asked about most in this server, the knowledge base's sizes and when it was loaded.

Both are for moderators only (the same check as ``reload``); for slash commands the
replies are visible only to the moderator.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING, cast

import discord
from discord import app_commands
from discord.ext import commands

from bot import limits
from bot.discord.checks import is_moderator, is_moderator_interaction
from bot.discord.options import WholeNumber
from bot.discord.render import NO_MENTIONS, escape, plain, truncate
from bot.discord.replies import note
from bot.discord.views import PageTurn, Shown, pager_view, register_pager
from bot.engine.answer import Status
from bot.engine.request import no_such_page
from bot.ops.gaps import GapPage
from bot.ops.snapshot import served_snapshot

if TYPE_CHECKING:
    from bot.discord.app import PartnerBot

log = logging.getLogger(__name__)

GAPS_PER_PAGE = 10
GAPS_QUESTION_CHARS = 120
VOTED_QUESTION_CHARS = 80
DEFAULT_DAYS = 30
MAX_DAYS = 3650
MAX_PAGE = 100_000
GAPS_OFF = (
    "Unanswered questions are not being recorded: GAPS_DB_PATH is empty in the bot's "
    "settings. Set it to a file path to start recording."
)
GAPS_UNREADABLE = "Sorry, I could not read the gaps database. It has been logged."
_STATUS_WORDS = {"not_found": "not found", "ambiguous": "ambiguous"}


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def downvoted_lines(page: GapPage, chars: int = VOTED_QUESTION_CHARS) -> list[str]:
    """The most down-voted answers (👎 on answers, ``bot.ops.feedback``), page 1 only;
    questions and answers cut to ``chars``."""
    if not page.downvoted or page.number != 1:
        return []
    lines = ["**Most down-voted answers**:"]
    for row in page.downvoted:
        question = escape(truncate(row.question, chars))
        answer = escape(truncate(row.answer, chars))
        lines.append(f"• 👎 {row.down} · 👍 {row.up} — {question} → {answer}")
    return lines


# Question lengths tried in turn until a gaps page fits in one message: ten long
# questions and three down-voted answers do not fit at full length.
_SHORTER = ((GAPS_QUESTION_CHARS, VOTED_QUESTION_CHARS), (80, 60), (50, 40), (30, 25))


def gaps_text(page: GapPage, prefix: str) -> str:
    """One page of the to-do list, within one message: the unanswered questions, and on
    the first page the most down-voted answers. Questions are cut shorter, never
    dropped, when the page would not fit."""
    text = ""
    for question_chars, voted_chars in _SHORTER:
        text = _gaps_text(page, prefix, question_chars, voted_chars)
        if len(text) <= limits.MESSAGE_CHARS:
            return text
    return plain(text)


def _gaps_text(page: GapPage, prefix: str, question_chars: int, voted_chars: int) -> str:
    days = f"{page.days} day{'s' if page.days != 1 else ''}"
    voted = downvoted_lines(page, voted_chars)
    if not page.rows:
        empty = f"No unanswered questions in this server in the last {days}."
        return "\n".join([empty, *voted])
    lines = [
        f"**Unanswered questions, last {days}**: {page.distinct} different, "
        f"asked {page.asked} time{'s' if page.asked != 1 else ''} "
        f"(page {page.number}/{page.total_pages})"
    ]
    first = (page.number - 1) * GAPS_PER_PAGE + 1
    for i, row in enumerate(page.rows, start=first):
        status = ", ".join(_STATUS_WORDS.get(s, s) for s in row.statuses)
        question = escape(truncate(row.question, question_chars))
        lines.append(
            f"{i}. **{row.count}×** {question} · {status} · last {row.last_asked:%Y-%m-%d}"
        )
    lines += voted
    lines.append(
        f"Add what is missing to the knowledge base, then `{prefix}reload`. "
        f"Older questions: `{prefix}gaps <days> <page>`."
    )
    return "\n".join(lines)


async def _gaps_page(turn: PageTurn) -> Shown:
    """A page of ``gaps`` for the one pager in ``bot.discord.views`` (◀ ▶ buttons)."""
    interaction = turn.interaction
    # discord.py types the client as Client; every interaction here reaches PartnerBot.
    bot = cast("PartnerBot", interaction.client)
    store = bot.ops.gaps
    if store is None:
        return Shown(content=GAPS_OFF)
    if not await is_moderator_interaction(interaction):
        return Shown(content="Only moderators can read the unanswered questions.")
    prefix = bot.settings.command_prefix
    # The custom id is Discord's to deliver, and can be crafted: keep days in range.
    days = int(turn.arg) if turn.arg.isdecimal() and len(turn.arg) <= 4 else DEFAULT_DAYS
    # No flush here: a button must be answered within Discord's 3 seconds.
    page = await store.page(
        guild_id=interaction.guild_id,
        days=min(max(days, 1), MAX_DAYS),
        number=turn.number,
        per_page=GAPS_PER_PAGE,
        flush=False,
    )
    view = gaps_view(page, owner_id=turn.owner_id)
    return Shown(content=gaps_text(page, prefix), view=view)


def gaps_view(page: GapPage, *, owner_id: int) -> discord.ui.View | None:
    """◀ page/total ▶ under a gaps page (the custom ids carry the days and the page)."""
    if page.total_pages <= 1:
        return None
    return pager_view("gaps", str(page.days), page.number, page.total_pages, owner_id)


register_pager("gaps", _gaps_page)


def stats_text(
    bot: PartnerBot, guild_id: int | None, unanswered: dict[str, int] | None, days: int
) -> str:
    """``stats`` for one server: nothing counted in another server is shown."""
    ops = bot.ops
    by_status = ops.status_counts(guild_id)
    total = sum(by_status.values())
    statuses = " · ".join(
        f"{_STATUS_WORDS.get(s.value, s.value)} {by_status.get(s.value, 0)}" for s in Status
    )
    lines = [
        f"**Answers in this server since {_when(ops.started_at)}**: {total}",
        f"• {statuses}",
    ]
    if unanswered is None:
        lines.append("Unanswered questions are not recorded (GAPS_DB_PATH is empty).")
    else:
        asked = sum(unanswered.values())
        parts = ", ".join(f"{_STATUS_WORDS.get(s, s)} {n}" for s, n in sorted(unanswered.items()))
        lines.append(
            f"**Unanswered in this server, last {days} days**: {asked}"
            + (f" ({parts})" if parts else "")
            + f" — see `{bot.settings.command_prefix}gaps`"
        )
    snapshot = served_snapshot(bot.service)
    top = ops.top_entities(guild_id, 5)
    if top:
        index = snapshot.index if snapshot is not None else None
        names = []
        for entity_id, n in top:
            try:
                name = index.entity(entity_id).name if index is not None else entity_id
            except KeyError:
                name = entity_id  # gone since a reload
            names.append(f"{escape(truncate(name, 60))} ({n})")
        lines.append("**Most asked about here**: " + ", ".join(names))
    else:
        lines.append("**Most asked about here**: nothing yet")
    if snapshot is None:
        lines.append("**Knowledge base**: not loaded")
    else:
        sizes = ", ".join(f"{n} {kind}" for kind, n in snapshot.kb.counts().items())
        loaded = snapshot.loaded_at
        lines.append(
            f"**Knowledge base**: {sizes}; loaded {_when(loaded)} (<t:{int(loaded.timestamp())}:R>)"
        )
        broken = snapshot.kb.broken_files
        if broken:
            # Left out at start for their problems (load_knowledge(hold_back_broken=True)):
            # answers miss what they say until they are fixed and reloaded.
            names = ", ".join(escape(truncate(name, 80)) for name in broken[:5])
            more = f" and {len(broken) - 5} more" if len(broken) > 5 else ""
            lines.append(
                f"**Not served** ({len(broken)} file{'s' if len(broken) != 1 else ''} with"
                f" problems since the start): {names}{more}; fix them, then"
                f" `{bot.settings.command_prefix}reload`"
            )
    return plain("\n".join(lines))


class DaysOption(WholeNumber):
    def __init__(self) -> None:
        super().__init__("days", 1, MAX_DAYS)


class PageOption(WholeNumber):
    def __init__(self) -> None:
        super().__init__("page", 1, MAX_PAGE)


class Moderation(commands.Cog):
    def __init__(self, bot: PartnerBot) -> None:
        self.bot = bot

    @commands.hybrid_command(
        name="gaps",
        description="Questions I could not answer, most frequent first (moderators only).",
    )
    @app_commands.describe(
        days=f"How many days back to look (default {DEFAULT_DAYS})",
        page=f"Which page ({GAPS_PER_PAGE} questions each)",
    )
    # Only a hint: server admins can change it, so is_moderator() is what enforces.
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    # Before is_moderator: a direct message, even from the owner, gets "only works in a
    # server" (prefix commands; the slash command is not offered in DMs at all).
    @commands.guild_only()
    @is_moderator()
    async def gaps(
        self,
        ctx: commands.Context[PartnerBot],
        days: app_commands.Transform[int, DaysOption] = DEFAULT_DAYS,
        page: app_commands.Transform[int, PageOption] = 1,
    ) -> None:
        await ctx.defer(ephemeral=True)
        store = self.bot.ops.gaps
        assert ctx.guild is not None  # commands.guild_only()
        if store is None:
            await note(ctx, GAPS_OFF)
            return
        try:
            result = await store.page(
                guild_id=ctx.guild.id, days=days, number=page, per_page=GAPS_PER_PAGE
            )
        except Exception:
            log.exception("reading the gaps database failed")
            await note(ctx, GAPS_UNREADABLE)
            return
        prefix = self.bot.settings.command_prefix
        if page > result.total_pages and result.rows:
            # The same line as every paged command past its end, never a silent page 1.
            stem = f"{prefix}gaps {days}"
            await note(
                ctx,
                no_such_page(
                    page, result.total_pages, stem, "page of questions", "pages of questions"
                ),
            )
            return
        view = gaps_view(result, owner_id=ctx.author.id)
        await ctx.reply(
            gaps_text(result, prefix),
            ephemeral=True,
            mention_author=False,
            allowed_mentions=NO_MENTIONS,
            view=view if view is not None else discord.utils.MISSING,  # discord.py's "no view"
        )

    @commands.hybrid_command(
        name="stats",
        description="Answers by status, most asked names, knowledge base size (moderators only).",
    )
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    # Before is_moderator: a direct message, even from the owner, gets "only works in a
    # server" (prefix commands; the slash command is not offered in DMs at all).
    @commands.guild_only()
    @is_moderator()
    async def stats(self, ctx: commands.Context[PartnerBot]) -> None:
        await ctx.defer(ephemeral=True)
        store = self.bot.ops.gaps
        unanswered: dict[str, int] | None = None
        if store is not None and ctx.guild is not None:
            try:
                unanswered = await store.status_counts(guild_id=ctx.guild.id, days=DEFAULT_DAYS)
            except Exception:
                log.exception("reading the gaps database failed")
                unanswered = {}
        guild_id = ctx.guild.id if ctx.guild is not None else None
        await note(ctx, stats_text(self.bot, guild_id, unanswered, DEFAULT_DAYS))


async def setup(bot: PartnerBot) -> None:
    """discord.py extension entry point (``bot.load_extension``)."""
    await bot.add_cog(Moderation(bot))
