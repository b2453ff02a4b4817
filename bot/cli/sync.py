"""``partnerbot sync``: register the slash commands with Discord.

Global commands reach every server (Discord may take a while to show changes);
``--guild`` syncs to one server instantly, which is what you want while developing.
``--print`` shows the payload without contacting Discord.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import TYPE_CHECKING, Any

from bot.cli.common import USAGE_ERROR, load_settings
from bot.cli.run import NO_TOKEN

if TYPE_CHECKING:
    from bot.discord.app import PartnerBot
    from bot.settings import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sync",
        help="register the slash commands with Discord (globally, or --guild ID)",
        description="Register the slash commands with Discord. Run it after adding the bot "
        "and after upgrading; the bot itself only auto-syncs to DEV_GUILD_ID.",
    )
    parser.add_argument("--guild", type=int, metavar="ID", help="sync to this server only")
    parser.add_argument(
        "--print", action="store_true", dest="print_only", help="print the payload and exit"
    )
    # No --knowledge: the commands do not depend on the knowledge base.
    parser.set_defaults(func=run)


async def sync_commands(bot: PartnerBot, token: str, guild_id: int | None) -> list[Any]:
    """Log in over REST only (no gateway) and sync; returns the commands Discord stored."""
    import discord

    async with bot:
        await bot.login(token)  # runs setup_hook, which adds the cogs
        if guild_id is None:
            return await bot.tree.sync()
        guild = discord.Object(id=guild_id)
        bot.tree.copy_global_to(guild=guild)
        return await bot.tree.sync(guild=guild)


async def command_payload(bot: PartnerBot) -> list[dict[str, Any]]:
    """The commands as a sync sends them: with the translator's localisations (zh-CN
    names of /quote, /what, /who), built the way ``CommandTree.sync`` builds them."""
    translator = bot.tree.translator
    if translator is None:
        return [command.to_dict(bot.tree) for command in bot.tree.get_commands()]
    return [
        await command.get_translated_payload(bot.tree, translator)
        for command in bot.tree.get_commands()
    ]


def _build(settings: Settings) -> PartnerBot:
    from bot.discord.app import create_bot
    from bot.service import KnowledgeService

    # The commands do not depend on the knowledge base; the bot just needs a service.
    service = KnowledgeService.from_settings(settings, load=False)
    return create_bot(settings, service, sync_dev_guild=False)


async def _print(bot: PartnerBot) -> None:
    async with bot:
        await bot.setup_hook()
        print(json.dumps(await command_payload(bot), indent=2, ensure_ascii=False))


def run(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    if settings is None:
        return USAGE_ERROR
    bot = _build(settings)
    if args.print_only:
        asyncio.run(_print(bot))
        return 0
    if settings.discord_token is None:
        print(NO_TOKEN, file=sys.stderr)
        return USAGE_ERROR
    import discord

    try:
        synced = asyncio.run(
            sync_commands(bot, settings.discord_token.get_secret_value(), args.guild)
        )
    except discord.LoginFailure:
        print("partnerbot: Discord rejected DISCORD_TOKEN.", file=sys.stderr)
        return 1
    except discord.HTTPException as exc:
        print(f"partnerbot: sync failed: {exc}", file=sys.stderr)
        return 1
    where = f"server {args.guild}" if args.guild else "all servers (global)"
    names = ", ".join(f"/{c.name}" for c in synced)
    print(f"Synced {len(synced)} slash commands to {where}: {names}")
    return 0
