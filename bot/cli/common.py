"""Pieces shared by the terminal subcommands: settings, --knowledge, loading."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from pydantic import ValidationError

from bot.kb.loader import KnowledgeError
from bot.service import KnowledgeService
from bot.settings import Settings, shown_value

# The exit code for invalid settings and other usage errors in every subcommand (as
# argparse uses for a bad command line); 1 means the work itself failed.
USAGE_ERROR = 2


def add_knowledge_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--knowledge",
        metavar="DIR",
        type=Path,
        help="knowledge directory (default: KNOWLEDGE_DIR, else the bundled knowledge/)",
    )


def settings_problems(exc: ValidationError, token: str | None = None) -> list[str]:
    """One line per invalid setting, naming the environment variable. A bad value is
    shown only when it cannot be the token (``bot.settings.shown_value``)."""
    lines = []
    for err in exc.errors(include_url=False):
        loc = err["loc"]
        message = err["msg"].removeprefix("Value error, ")
        if not loc:  # a check across settings; its message names them
            lines.append(f"invalid settings: {message}")
            continue
        name = str(loc[0]).upper()
        if len(loc) > 1 and isinstance(loc[1], int) and name != "DISCORD_TOKEN":
            # One entry of a comma-separated list, e.g. MODERATOR_ROLE_IDS=123,abc.
            message = f"entry {loc[1] + 1} ({shown_value(err.get('input'), token)}): {message}"
        lines.append(f"invalid setting {name}: {message}")
    return lines


def _raw_token() -> str | None:
    """DISCORD_TOKEN as given (environment first, then .env), even when the settings
    are invalid: only to keep it out of the error messages."""
    token = os.environ.get("DISCORD_TOKEN")
    if token is None:
        try:
            from dotenv import dotenv_values

            token = dotenv_values(".env").get("DISCORD_TOKEN")
        except Exception:
            token = None
    return token.strip() if token else None


def load_settings(args: argparse.Namespace) -> Settings | None:
    try:
        settings = Settings()
    except ValidationError as exc:
        for line in settings_problems(exc, _raw_token()):
            print(f"partnerbot: {line}", file=sys.stderr)
        return None
    if getattr(args, "knowledge", None) is not None:
        settings = settings.model_copy(update={"knowledge_dir": args.knowledge})
    return settings


def load_service(args: argparse.Namespace) -> KnowledgeService | int:
    """The loaded knowledge service, or the exit code after printing every problem to
    stderr: USAGE_ERROR for invalid settings, 1 for a knowledge base that fails to load."""
    settings = load_settings(args)
    if settings is None:
        return USAGE_ERROR
    try:
        return KnowledgeService.from_settings(settings)
    except KnowledgeError as exc:
        print(f"partnerbot: {exc.summary()}", file=sys.stderr)
        return 1
