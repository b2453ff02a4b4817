"""What ``bot.ops`` needs from the Discord client, built here so ``bot.ops`` never imports
discord.py: readiness for ``/healthz``, the gateway latency for ``/metrics``, and the
moderator-log post when an automatic reload fails (``BotHooks``)."""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING

import discord

from bot import limits
from bot.discord.render import NO_MENTIONS, PROBLEM_LINE_CHARS, escape, failure_text, truncate
from bot.kb.loader import KnowledgeError
from bot.ops.observer import BotHooks
from bot.ops.snapshot import served_snapshot

if TYPE_CHECKING:
    from bot.discord.app import PartnerBot
    from bot.service import ReloadFailed

log = logging.getLogger(__name__)

# Changed files named in the moderator-log post before "and N more".
FILES_NAMED = 5


def gateway_problem(bot: discord.Client) -> str | None:
    """Why the gateway is not usable right now, or None when it is."""
    if bot.is_closed():
        return "client closed"
    if not bot.is_ready():
        return "gateway not ready"
    if isinstance(bot, discord.AutoShardedClient):
        if not bot.shards or any(shard.is_closed() for shard in bot.shards.values()):
            return "a shard is disconnected"
    else:
        ws = bot.ws
        if ws is None or not ws.open:
            return "gateway disconnected"
    if not math.isfinite(bot.latency):
        return "no heartbeat acknowledged yet"
    return None


def readiness(bot: PartnerBot) -> str | None:
    """None when ready, else the reason: gateway first, then the knowledge base, then
    reloading (``KnowledgeService.reload_problem``)."""
    problem = gateway_problem(bot)
    if problem is not None:
        return problem
    if served_snapshot(bot.service) is None:
        return "no knowledge base loaded"
    # A build stuck for minutes, or a reload that failed for a reason other than the
    # files (out of memory, unreadable): serving goes on, but reloading needs a person.
    return bot.service.reload_problem()


def reload_failure_text(error: KnowledgeError | ReloadFailed, changed: list[str]) -> str:
    """What the moderator log gets: which files changed, then the reload failure as
    ``!reload`` reports it: the files' problems, as many as fit in one message and a
    count of the rest, or why the build failed (out of memory, unreadable, refused)."""
    more = f" and {len(changed) - FILES_NAMED} more" if len(changed) > FILES_NAMED else ""
    files = ", ".join(changed[:FILES_NAMED]) + more
    head = truncate(escape(f"Automatic reload after changes to {files}:"), PROBLEM_LINE_CHARS)
    if isinstance(error, KnowledgeError):
        return failure_text(error, head=head)
    return truncate(f"{head}\n{escape(str(error))}", limits.MESSAGE_CHARS)


def broken_start_text(broken_files: tuple[str, ...], problems: tuple[str, ...]) -> str:
    """What the moderator log gets when the bot started without files that have problems
    (``KnowledgeBase.broken_files``): the files, then their problem lines as ``!reload``
    shows them, as many as fit in one message."""
    more = f" and {len(broken_files) - FILES_NAMED} more" if len(broken_files) > FILES_NAMED else ""
    files = ", ".join(broken_files[:FILES_NAMED]) + more
    head = truncate(
        escape(
            f"Started without {len(broken_files)} knowledge file(s) that have problems:"
            f" {files}. Everything else is served; fix these, then `!reload`."
        ),
        PROBLEM_LINE_CHARS * 2,
    )
    lines = [head]
    for line in problems:
        shown = truncate(escape(line), PROBLEM_LINE_CHARS)
        if sum(len(x) + 1 for x in lines) + len(shown) + 2 > limits.MESSAGE_CHARS:
            break
        lines.append(f"• {shown}")
    return "\n".join(lines)


async def post_to_mod_log(
    bot: discord.Client, channel_id: int | None, text: str, what: str
) -> None:
    """Post ``text`` to the moderator log channel, if one is set, with mentions disabled.
    Never raises (``what`` names the post in the log line of a failure); returns nothing,
    so a caller cannot tell a failed post from none: the log is where failures go."""
    if channel_id is None:
        return
    try:
        await bot.get_partial_messageable(channel_id).send(text, allowed_mentions=NO_MENTIONS)
    except Exception:
        # Any failure (HTTP, a dropped connection, a timeout): a moderator post must
        # never stop the bot from starting or a reload from finishing.
        log.exception("could not post %s to channel %s", what, channel_id)


async def post_reload_failure(
    bot: discord.Client,
    channel_id: int | None,
    error: KnowledgeError | ReloadFailed,
    changed: list[str],
) -> None:
    """Post ``reload_failure_text`` to the moderator log channel, if one is set. Never
    raises: a channel that is gone or forbidden is logged."""
    if channel_id is None:
        return
    await post_to_mod_log(bot, channel_id, reload_failure_text(error, changed), "the failed reload")


def bot_hooks(bot: PartnerBot) -> BotHooks:
    """The hooks ``Ops.start`` takes, bound to ``bot``."""

    async def report(error: KnowledgeError | ReloadFailed, changed: list[str]) -> None:
        await post_reload_failure(bot, bot.settings.mod_log_channel_id, error, changed)

    return BotHooks(
        ready=lambda: readiness(bot),
        gateway_latency=lambda: bot.latency,
        report_reload_failure=report,
    )
