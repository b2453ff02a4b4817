"""Cold start of ``partnerbot ask`` on the bundled knowledge base (issue 12).

    uv run python benchmarks/coldstart.py [--runs 5] [--message "!quote Jack MA"] [--no-store]

Times whole processes, interpreter start-up included: the installed ``partnerbot``
console script answering one message, and ``python -c pass`` run from the same
interpreter in the same run, alternating, best of ``--runs`` each. It prints both
wall times and their ratio: the ratio is what to compare across machines, since it
divides out how fast this machine starts Python at all. No figure is asserted here.

The store of validated knowledge files (``KNOWLEDGE_CACHE``, ``bot.kb.store``) is a
fresh temporary directory, filled by the first, untimed run: the figures are those of
every ``ask`` after the first on unchanged files. ``--no-store`` turns it off (every
run parses and validates every file, as the first run does).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

DEFAULT_MESSAGE = "!quote Jack MA"


@dataclass(frozen=True)
class ColdStart:
    """Best-of-``runs`` wall times in seconds, and ``ask_s / python_s``; ``store``: whether
    the files came from the store of validated files."""

    message: str
    runs: int
    ask_s: float
    python_s: float
    ratio: float
    store: bool = True


def _console_script() -> list[str]:
    """The ``partnerbot`` command beside this interpreter (a venv's bin/), else the
    same entry point through ``-m bot``."""
    script = Path(sys.executable).with_name("partnerbot")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "bot"]


def _wall(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def measure(runs: int = 5, message: str = DEFAULT_MESSAGE, store: bool = True) -> ColdStart:
    """Wall time of ``partnerbot ask MESSAGE`` and of ``python -c pass``, best of
    ``runs`` each, interleaved so that both see the same machine load; with ``store``,
    from a store of validated files that the first (untimed) run fills.

    Raises ``subprocess.CalledProcessError`` when ``ask`` fails."""
    env = dict(os.environ)
    # The bundled base, whatever the caller's environment points at.
    env.pop("KNOWLEDGE_DIR", None)
    ask = [*_console_script(), "ask", message]
    bare = [sys.executable, "-c", "pass"]
    with tempfile.TemporaryDirectory(prefix="partnerbot-coldstart-") as store_dir:
        env["KNOWLEDGE_CACHE"] = "true" if store else "false"
        env["KNOWLEDGE_CACHE_DIR"] = store_dir
        # The first run pays for the page cache and .pyc files, and fills the store.
        _wall(ask, env)
        ask_times, bare_times = [], []
        for _ in range(runs):
            bare_times.append(_wall(bare, env))
            ask_times.append(_wall(ask, env))
    ask_s, python_s = min(ask_times), min(bare_times)
    return ColdStart(message, runs, ask_s, python_s, ask_s / python_s, store)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--message", default=DEFAULT_MESSAGE)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--no-store",
        action="store_true",
        help="without the store of validated files (KNOWLEDGE_CACHE=false)",
    )
    args = parser.parse_args(argv)
    result = measure(args.runs, args.message, store=not args.no_store)
    if args.json:
        print(json.dumps(asdict(result)))
    else:
        print(
            f"cold start, best of {result.runs}"
            f"{'' if result.store else ', no store'}: partnerbot ask {result.message!r} "
            f"{result.ask_s:.3f} s; python -c pass {result.python_s:.3f} s; "
            f"ratio {result.ratio:.1f}×"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
