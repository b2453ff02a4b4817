"""Pieces shared by the terminal subcommands: settings, --knowledge, loading."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from bot.engine.answer import Answer, Status
from bot.kb.loader import KnowledgeError
from bot.knowledge_settings import KnowledgeSettings, read_quick
from bot.service import KnowledgeService
from bot.tokens import shown_value

if TYPE_CHECKING:
    from pydantic import ValidationError

    from bot.settings import Settings

# The exit code for invalid settings and other usage errors in every subcommand (as
# argparse uses for a bad command line); 1 means the work itself failed.
USAGE_ERROR = 2

T = TypeVar("T")


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
    # Imported here: pydantic-settings is a sixth of a one-shot `ask`'s cold start, and
    # `ask` reads plain knowledge settings without it (load_knowledge_settings).
    from pydantic import ValidationError

    from bot.settings import Settings

    try:
        settings = Settings()
    except ValidationError as exc:
        for line in settings_problems(exc, _raw_token()):
            print(f"partnerbot: {line}", file=sys.stderr)
        return None
    if getattr(args, "knowledge", None) is not None:
        settings = settings.model_copy(update={"knowledge_dir": args.knowledge})
    return settings


def load_knowledge_settings(args: argparse.Namespace) -> Settings | KnowledgeSettings | None:
    """The knowledge settings: read quickly when they are plain
    (``bot.knowledge_settings.read_quick``), else the full ``Settings`` (None after
    printing its problems), with ``--knowledge`` applied."""
    quick = read_quick()
    if quick is None:
        return load_settings(args)
    if getattr(args, "knowledge", None) is not None:
        quick = quick.with_knowledge_dir(args.knowledge)
    return quick


def load_service(
    args: argparse.Namespace, *, on_problems: Callable[[KnowledgeError], None] | None = None
) -> KnowledgeService | int:
    """The loaded knowledge service, or the exit code after printing every problem to
    stderr: USAGE_ERROR for invalid settings, 1 for a knowledge base that fails to load
    (``on_problems`` is then called with the error too: ``ask --json`` reports it).

    The index is deferred: a terminal command builds only what it needs (``ask``'s
    cold start; see benchmarks/coldstart.py)."""
    settings = load_knowledge_settings(args)
    if settings is None:
        return USAGE_ERROR
    try:
        return KnowledgeService.from_settings(settings, deferred=True)
    except KnowledgeError as exc:
        print(f"partnerbot: {exc.summary()}", file=sys.stderr)
        if on_problems is not None:
            on_problems(exc)
        return 1


def held_back_notice(service: KnowledgeService) -> str | None:
    """One line naming the unreviewed drafts the service does not serve, or None.

    A newcomer who ingests a release and asks about it would otherwise get "I don't
    know" with no hint why (``SERVE_UNREVIEWED`` serves drafts for a local trial)."""
    files = service.snapshot.kb.held_back_files
    if not files:
        return None
    count = len(files)
    return (
        f"partnerbot: {count} draft{'s' if count != 1 else ''} not served (reviewed: false):"
        f" {', '.join(files)}; set SERVE_UNREVIEWED=true to try {'it' if count == 1 else 'them'}"
    )


# What a terminal user sees when the engine fails on one message; the next one is
# answered as usual.
INTERNAL_ERROR = (
    "Sorry, something went wrong on my side while answering that. Other messages are not affected."
)


async def answer_safely(
    service: KnowledgeService, message: str, render: Callable[[Answer], T], *, where: str = ""
) -> T:
    """``render(await service.ask(message))``, or the rendered ``error`` Answer when the
    engine or the renderer raises.

    The terminal front doors answer many messages in one process (``ask -`` reads one
    per line, ``shell`` loops), so one message that trips a bug must not end the others.
    The failure is named on stderr in one line (``where`` says which input, e.g.
    "line 3"), never as a traceback.
    """
    try:
        return render(await service.ask(message))
    except Exception as exc:  # any bug in one answer stays in that answer
        label = f"{where}: " if where else ""
        detail = " ".join(str(exc).split())[:200]
        print(
            f"partnerbot: {label}internal error: {type(exc).__name__}: {detail}",
            file=sys.stderr,
            flush=True,
        )
        return render(Answer(Status.ERROR, INTERNAL_ERROR, command="error"))


def terminal_text(raw: str) -> str:
    """A command-line argument or input line as text that can always be printed back:
    bytes that are not UTF-8 (kept by Python as lone surrogates) become U+FFFD."""
    return raw.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
