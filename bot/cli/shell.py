"""``partnerbot shell``: an interactive prompt that answers like the bot in a channel."""

from __future__ import annotations

import argparse
import asyncio
import atexit
import contextlib
import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.cli.common import add_knowledge_option, answer_safely, load_service, terminal_text
from bot.render.text import render_text

if TYPE_CHECKING:
    from bot.service import KnowledgeService

HISTORY_FILE = Path.home() / ".partnerbot_history"
HISTORY_LENGTH = 1_000


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "shell",
        help="interactive prompt: type messages as in a channel",
        description="Type messages as you would in a channel ('!quote <name>', 'what is <name>?'). "
        "Ctrl-D, 'exit' or 'quit' quits.",
    )
    add_knowledge_option(parser)
    parser.add_argument(
        "--no-history", action="store_true", help="don't read or write ~/.partnerbot_history"
    )
    parser.set_defaults(func=run)


def _setup_history(enabled: bool) -> None:
    if not enabled:
        return
    try:
        import readline
    except ImportError:  # no readline (e.g. Windows): the shell works, without history
        return
    with contextlib.suppress(OSError):
        readline.read_history_file(HISTORY_FILE)
    readline.set_history_length(HISTORY_LENGTH)

    def save() -> None:
        with contextlib.suppress(OSError):
            readline.write_history_file(HISTORY_FILE)

    atexit.register(save)


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def run(args: argparse.Namespace) -> int:
    service = load_service(args)
    if isinstance(service, int):
        return service
    _setup_history(not args.no_history)
    if isinstance(sys.stdin, io.TextIOWrapper):
        # Bytes that are not UTF-8 read as U+FFFD instead of ending the shell.
        sys.stdin.reconfigure(errors="replace")
    # Imported here: `partnerbot` registers every subcommand, and `ask`'s cold start
    # must not pay for the index module.
    from bot.engine.examples import examples_of

    counts = service.counts()
    ex = examples_of(service.engine.index)
    print(
        f"partnerbot shell — {_count(counts['sources'], 'release')}, "
        f"{_count(counts['entities'], 'entity', 'entities')}. "
        f"Try '{service.prefix}help', '{service.prefix}quote {ex.speaker}' or '{ex.question}'. "
        "'exit', 'quit' or Ctrl-D quits."
    )
    while True:
        try:
            line = input("you> ")
        except EOFError:
            print()
            return 0
        except KeyboardInterrupt:  # Ctrl-C drops the line being typed, as in a shell
            print()
            continue
        line = terminal_text(line)
        if line.strip().casefold() in ("exit", "quit", ":q"):
            return 0
        if not line.strip():
            continue
        if line.strip().casefold() == f"{service.prefix}reload":
            print(_reload(service))
            print()
            continue
        # One bad line never ends the shell: an internal error is that line's answer,
        # and Ctrl-C while it is answered drops it, as Ctrl-C while typing does.
        try:
            print(asyncio.run(answer_safely(service, line, render_text)))
        except KeyboardInterrupt:
            print("(interrupted)")
        print()


def _reload(service: KnowledgeService) -> str:
    """``!reload`` in the shell: re-read the knowledge directory (only the files that
    changed are parsed again), as a moderator's ``!reload`` does on Discord. A broken
    file is reported with its file and line, and the previous knowledge base goes on
    answering."""
    from bot.kb.loader import KnowledgeError
    from bot.service import ReloadFailed

    try:
        result = asyncio.run(service.reload())
    except KnowledgeError as exc:
        return f"Reload failed; the previous knowledge base is still serving.\n{exc.summary()}"
    except ReloadFailed as exc:
        return str(exc)
    except Exception as exc:  # one bad reload never ends the shell, as one bad line does not
        return (
            f"Reload failed ({type(exc).__name__}); the previous knowledge base is still serving."
        )
    return f"Reloaded: {result.describe()}."
