"""The ``partnerbot`` command: one subcommand per module in ``bot.cli``."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from importlib import metadata

# Each module exposes ``register(subparsers)``, which adds its subcommand and sets
# ``func`` (taking the parsed args, returning an exit code). Imports are lazy so that
# ``partnerbot ask`` never pays for importing discord.py.
SUBCOMMANDS = (
    "bot.cli.ask",
    "bot.cli.shell",
    "bot.cli.check",
    "bot.cli.run",
    "bot.cli.sync",
    "bot.cli.ingest",
)


def _version() -> str:
    """The installed distribution's version (pyproject's ``version``), or "unknown"."""
    try:
        return metadata.version("partnerbot")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="partnerbot",
        description="Answers partnership questions from press releases, with citations.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module_name in SUBCOMMANDS:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `partnerbot ask ... | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
