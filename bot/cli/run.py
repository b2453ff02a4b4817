"""``partnerbot run``: start the Discord bot with settings from the environment and .env."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from typing import TYPE_CHECKING

from bot.cli.common import USAGE_ERROR, add_knowledge_option, load_settings
from bot.kb.loader import KnowledgeError

if TYPE_CHECKING:
    from discord import Client

NO_TOKEN = (
    "partnerbot: DISCORD_TOKEN is not set. Create an application at "
    "https://discord.com/developers/applications, copy the token from its Bot page into "
    ".env as DISCORD_TOKEN=... (see .env.example and the README), "
    "or try the bot offline with `partnerbot shell`."
)


# On SIGTERM/SIGINT, replies already being worked on get this long to finish (a rate
# limit or a retried 5xx may hold them) before the gateway and HTTP session close.
SHUTDOWN_GRACE_SECONDS = 5.0
# Tasks discord.py starts per event, slash command and button click: work in flight.
_IN_FLIGHT = ("discord.py: ", "CommandTree-invoker", "discord-ui-view-dispatch")


async def shutdown(bot: Client, grace: float = SHUTDOWN_GRACE_SECONDS) -> None:
    """Abandon a reload in progress, let in-flight handlers finish (up to ``grace``
    seconds), then close the bot: the gateway gets a close frame and the HTTP session is
    closed."""
    log = logging.getLogger("partnerbot")
    service = getattr(bot, "service", None)
    if service is not None:
        # A build can take most of a minute; the grace period is for replies. Its worker
        # processes are killed and its daemon thread is not waited for, so the process
        # exits within the grace period (issue 14). The moderator who asked is told.
        service.close()
    current = asyncio.current_task()
    pending = [
        task
        for task in asyncio.all_tasks()
        if task is not current and not task.done() and task.get_name().startswith(_IN_FLIGHT)
    ]
    if pending:
        log.info("waiting up to %.0f s for %d handler(s) in flight", grace, len(pending))
        _, unfinished = await asyncio.wait(pending, timeout=grace)
        if unfinished:
            log.warning("%d handler(s) still running at shutdown; closing anyway", len(unfinished))
    await bot.close()
    log.info("shut down: gateway and HTTP session closed")


async def serve(bot: Client, token: str) -> None:
    """``bot.start`` with clean shutdown on SIGTERM and SIGINT (systemd, docker stop,
    Ctrl-C): see ``shutdown``. Returns once the bot has closed."""
    log = logging.getLogger("partnerbot")
    loop = asyncio.get_running_loop()
    stopping: list[asyncio.Task[None]] = []

    def on_signal(sig: signal.Signals) -> None:
        if not stopping:
            log.info("received %s, shutting down", sig.name)
            stopping.append(asyncio.create_task(shutdown(bot)))

    installed = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(sig, on_signal, sig)
            installed.append(sig)
        except (NotImplementedError, RuntimeError):  # not on this platform or thread
            pass
    try:
        async with bot:
            await bot.start(token)
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)
        if stopping:
            await stopping[0]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "run",
        help="run the Discord bot (needs DISCORD_TOKEN)",
        description="Run the Discord bot. Settings come from the environment and .env; "
        "see .env.example.",
    )
    add_knowledge_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    if settings is None:
        return USAGE_ERROR
    if settings.discord_token is None:
        print(NO_TOKEN, file=sys.stderr)
        return USAGE_ERROR
    token = settings.discord_token.get_secret_value()
    from bot.ops.logging import setup_logging  # here: `ask` never sets up the bot's logging

    # Text (key=value) or JSON lines on stderr, the token redacted: bot/ops/logging.py.
    setup_logging(settings.log_level, token, settings.log_format)
    log = logging.getLogger("partnerbot")

    # Imported late so `partnerbot ask` and friends never pay for discord.py.
    import discord

    from bot.discord.app import create_bot
    from bot.ops.observer import Ops
    from bot.service import KnowledgeService

    try:
        # A broken file never keeps the bot from starting: it is left out, logged here
        # and posted to the moderator log once connected (PartnerBot.setup_hook).
        service = KnowledgeService.from_settings(settings, hold_back_broken=True)
    except KnowledgeError as exc:  # only a problem that names no file
        print(f"partnerbot: {exc.summary()}", file=sys.stderr)
        return 1
    log.info("knowledge base loaded from %s: %s", service.directory, service.counts())
    kb = service.snapshot.kb
    if kb.broken_files:
        log.error(
            "started without %d knowledge file(s) that have problems (fix them, then !reload): %s",
            len(kb.broken_files),
            "; ".join(kb.broken_problems),
        )
    # The composition root: the Discord front end and the ops services (metrics, gaps,
    # health, watcher) know nothing of each other's modules beyond BotHooks.
    bot = create_bot(settings, service, ops=Ops(settings, service))
    try:
        # Logging is already set up (with the token filter); serve() adds clean shutdown.
        asyncio.run(serve(bot, token))
    except discord.LoginFailure:
        print(
            "partnerbot: Discord rejected DISCORD_TOKEN. Reset the token on the application's "
            "Bot page and update .env.",
            file=sys.stderr,
        )
        return 1
    except discord.PrivilegedIntentsRequired:
        print(
            "partnerbot: the Message Content intent is not enabled for this application. "
            "Enable it on the Bot page of the Developer Portal, or set "
            "MESSAGE_CONTENT_INTENT=false (mentions and slash commands still work).",
            file=sys.stderr,
        )
        return 1
    return 0
