"""A long list of founders with no "and" ("founded by A, B, C, … & Z") is read in linear
time: the pattern for the rest of the list (``purpose._LIST_REST``) once tried 2^n ways
to split it, so "who founded X?" on such a sentence took seconds at 22 items and never
ended at 60. Run in a child process so that a regression fails at its deadline (many
thousand times the real work) instead of hanging the suite; no timing is measured."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

MEMBERS = ", ".join(f"Orrin Guild {i}" for i in range(2, 60))
RELEASE = (
    "source: {id: r1, title: Guild network founded, publisher: Wire, date: 2022-05-01,"
    " dateline: {city: Velmar, country: Orrin}, text: ../sources/r1.txt}\n"
    "entities:\n"
    "  - {id: net, name: Velmar Guild Network, kind: organization, summary: A network.}\n"
    "  - {id: g1, name: Orrin Guild 1, kind: organization, summary: A guild.}\n"
    "facts:\n"
    f"  - {{id: f1, about: [net, g1], date: 2022-05-01, text: 'The Velmar Guild Network was"
    f" founded by Orrin Guild 1, {MEMBERS} & the Velmar Mill.'}}\n"
)


def test_a_long_founders_list_without_and_is_read_in_linear_time(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from tests.tmpkb import engine_of\n"
        f"engine = engine_of(Path({str(tmp_path)!r}), {{'r1': {RELEASE!r}}})\n"
        "print(engine.handle('who founded the Velmar Guild Network?').text)\n"
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", probe],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=Path(__file__).parent.parent,
        )
    except subprocess.TimeoutExpired:
        raise AssertionError("the founders' list pattern backtracks on a long list") from None
    assert "Orrin Guild 1" in done.stdout, done.stdout + done.stderr
