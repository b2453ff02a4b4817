"""The ``partnerbot`` command: one subcommand per module in ``bot.cli``."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

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
    # importlib.metadata costs ~30 ms to import: only ``--version`` pays for it.
    from importlib import metadata

    try:
        return metadata.version("partnerbot")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


class _VersionAction(argparse.Action):
    """``--version``: argparse's own action needs the version string up front, which
    would look it up on every run."""

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[override]
        print(f"{parser.prog} {_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="partnerbot",
        description="Answers partnership questions from press releases, with citations.",
    )
    parser.add_argument(
        "--version", action=_VersionAction, nargs=0, help="show the version and exit"
    )
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
