"""``partnerbot run``: start the Discord bot with settings from the environment and .env."""

from __future__ import annotations

import argparse
import logging
import sys

from bot.cli.common import add_knowledge_option, load_settings
from bot.kb.loader import KnowledgeError

NO_TOKEN = (
    "partnerbot: DISCORD_TOKEN is not set. Create an application at "
    "https://discord.com/developers/applications, copy the token from its Bot page into "
    ".env as DISCORD_TOKEN=... (see .env.example and the README), "
    "or try the bot offline with `partnerbot shell`."
)


class RedactSecret(logging.Filter):
    """Replaces the token in every log record, in case anything ever formats it."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secret:
            return True
        message = record.getMessage()
        if self.secret in message:
            record.msg = message.replace(self.secret, "[DISCORD_TOKEN]")
            record.args = None
        return True


def setup_logging(level: str, secret: str) -> None:
    import discord.utils

    discord.utils.setup_logging(level=logging.getLevelNamesMapping()[level], root=True)
    redactor = RedactSecret(secret)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redactor)


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
        return 2
    if settings.discord_token is None:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    token = settings.discord_token.get_secret_value()
    setup_logging(settings.log_level, token)
    log = logging.getLogger("partnerbot")

    # Imported late so `partnerbot ask` and friends never pay for discord.py.
    import discord

    from bot.discord.app import create_bot
    from bot.service import KnowledgeService

    try:
        service = KnowledgeService.from_settings(settings)
    except KnowledgeError as exc:
        print(f"partnerbot: {exc.summary()}", file=sys.stderr)
        return 1
    log.info("knowledge base loaded from %s: %s", service.directory, service.counts())
    bot = create_bot(settings, service)
    try:
        # log_handler=None: logging is already set up (with the token filter).
        bot.run(token, log_handler=None)
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
