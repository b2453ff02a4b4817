"""Cold start of ``partnerbot ask`` on the bundled knowledge base (issue 12).

    uv run python benchmarks/coldstart.py [--runs 5] [--message "!quote Jack MA"]

Times whole processes, interpreter start-up included: the installed ``partnerbot``
console script answering one message, and ``python -c pass`` run from the same
interpreter in the same run, alternating, best of ``--runs`` each. It prints both
wall times and their ratio: the ratio is what to compare across machines, since it
divides out how fast this machine starts Python at all. No figure is asserted here.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

DEFAULT_MESSAGE = "!quote Jack MA"


@dataclass(frozen=True)
class ColdStart:
    """Best-of-``runs`` wall times in seconds, and ``ask_s / python_s``."""

    message: str
    runs: int
    ask_s: float
    python_s: float
    ratio: float


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


def measure(runs: int = 5, message: str = DEFAULT_MESSAGE) -> ColdStart:
    """Wall time of ``partnerbot ask MESSAGE`` and of ``python -c pass``, best of
    ``runs`` each, interleaved so that both see the same machine load.

    Raises ``subprocess.CalledProcessError`` when ``ask`` fails."""
    env = dict(os.environ)
    # The bundled base, whatever the caller's environment points at.
    env.pop("KNOWLEDGE_DIR", None)
    ask = [*_console_script(), "ask", message]
    bare = [sys.executable, "-c", "pass"]
    _wall(ask, env)  # the first run pays for the page cache and .pyc files
    ask_times, bare_times = [], []
    for _ in range(runs):
        bare_times.append(_wall(bare, env))
        ask_times.append(_wall(ask, env))
    ask_s, python_s = min(ask_times), min(bare_times)
    return ColdStart(message, runs, ask_s, python_s, ask_s / python_s)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--message", default=DEFAULT_MESSAGE)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    result = measure(args.runs, args.message)
    if args.json:
        print(json.dumps(asdict(result)))
    else:
        print(
            f"cold start, best of {result.runs}: partnerbot ask {result.message!r} "
            f"{result.ask_s:.3f} s; python -c pass {result.python_s:.3f} s; "
            f"ratio {result.ratio:.1f}×"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
