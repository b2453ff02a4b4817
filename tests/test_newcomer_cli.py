"""Help and usage replies give examples from the knowledge base being served, and the
shell reloads it.

A newcomer serving their own releases was told to try ``!quote Jack MA`` and "when did they
meet?" by `!help`, the shell's banner and the reply to "???", and got "I don't know"; and
the shell had no way to pick up an edit but quitting.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.engine.examples import examples_of
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.kbpaths import KB_HARBOUR

BUNDLED_NAMES = ("Jack MA", "eWTP", "Li Yong", "when did they meet")


@pytest.fixture(scope="module")
def harbour() -> Engine:
    return Engine(Index(load_knowledge(KB_HARBOUR)))


@pytest.mark.parametrize("message", ["!help", "!quote", "!what", "!timeline", "???"])
def test_help_and_usage_name_the_served_base(harbour: Engine, message: str) -> None:
    text = harbour.handle(message).text
    assert not any(name in text for name in BUNDLED_NAMES), text


def test_every_example_is_answered_on_the_served_base(harbour: Engine) -> None:
    ex = examples_of(harbour.index)
    for message in (f"!quote {ex.speaker}", f"!what {ex.term}", f"!who {ex.person}", ex.question):
        assert harbour.handle(message).status.value == "answered", message


def test_the_shell_banner_names_the_served_base() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "shell", "--no-history", "--knowledge", str(KB_HARBOUR)],
        input="exit\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    banner = result.stdout.splitlines()[0]
    assert "5 releases" in banner and not any(n in banner for n in BUNDLED_NAMES), banner


def test_the_shell_reloads_an_edit_and_reports_a_broken_file(tmp_path: Path) -> None:
    from bot.cli.shell import _reload
    from bot.service import KnowledgeService

    root = tmp_path / "kb"
    shutil.copytree(KB_HARBOUR, root)
    service = KnowledgeService(root)
    service.load()
    release = sorted((root / "releases").glob("*.yaml"))[0]
    text = release.read_text("utf-8")
    release.write_text(text.replace("aliases: [", "aliases: [Shorepower Lab, ", 1), "utf-8")
    assert _reload(service).startswith("Reloaded: ")
    assert "Shorepower Lab" in service.engine.handle("!what Shorepower Lab").text
    # A broken file: its file and line, and the previous knowledge base answers on.
    release.write_text(text.replace("source:", "source: [", 1), "utf-8")
    report = _reload(service)
    assert report.startswith("Reload failed") and f"releases/{release.name}:" in report
    assert service.engine.handle("!what Shorepower Lab").status.value == "answered"
