"""Pieces shared by the terminal subcommands: settings, --knowledge, loading."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pydantic import ValidationError

from bot.kb.loader import KnowledgeError
from bot.service import KnowledgeService
from bot.settings import Settings

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


def settings_problems(exc: ValidationError) -> list[str]:
    """One line per invalid setting, naming the environment variable."""
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
            message = f"entry {loc[1] + 1} ({err.get('input')!r}): {message}"
        lines.append(f"invalid setting {name}: {message}")
    return lines


def load_settings(args: argparse.Namespace) -> Settings | None:
    try:
        settings = Settings()
    except ValidationError as exc:
        for line in settings_problems(exc):
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
