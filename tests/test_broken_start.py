"""The bot's first load leaves out a knowledge file with problems instead of refusing to
start ("a broken file never takes the bot down"), with the files that depended on it;
every other load (``check``, ``ask``, a reload) stays all or nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.kb.loader import KnowledgeError, load_knowledge
from tests.kbpaths import KB_FIVE

GRANT = "releases/2021-06-08-dta-trust-grant-academy.yaml"


@pytest.fixture
def broken_five(tmp_path: Path) -> Path:
    """kb_five with an impossible date in its 2021 release, on which later releases build."""
    target = tmp_path / "kb"
    shutil.copytree(KB_FIVE, target)
    path = target / GRANT
    text = path.read_text(encoding="utf-8")
    assert "  date: 2021-06-08\n" in text
    path.write_text(text.replace("  date: 2021-06-08\n", "  date: 2021-06-31\n", 1))
    return target


def test_every_other_load_still_refuses(broken_five: Path) -> None:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(broken_five)
    assert any(p.file == GRANT for p in caught.value.problems)


def test_first_load_serves_what_does_not_depend_on_the_broken_file(broken_five: Path) -> None:
    kb = load_knowledge(broken_five, hold_back_broken=True)
    assert GRANT in kb.broken_files
    # The problem is reported with its file and line, as `check` prints it.
    [date_line] = [line for line in kb.broken_problems if line.startswith(f"{GRANT}:")]
    assert "2021-06-31" in date_line and "not a valid date" in date_line
    # Files declaring nothing the broken one declares are served; the 2021 release's
    # entities are not, nor is anything that names them.
    assert {"2018-04-21-unido-alibaba-ewtp", "2019-11-12-digital-export-academy-launch"} <= set(
        kb.sources
    )
    assert "2021-06-08-dta-trust-grant-academy" not in kb.sources
    assert "development-trust-for-africa" not in kb.entities
    for fact in kb.facts:
        assert "development-trust-for-africa" not in fact.about
    # Left out for a problem, not drafts: the drafts notice must not name them.
    assert not set(kb.broken_files) & set(kb.held_back_files)
    # Every other file left out failed for what the broken one declared.
    for name in kb.broken_files:
        lines = [line for line in kb.broken_problems if line.startswith(f"{name}:")]
        assert lines, name
        if name != GRANT:
            assert all(GRANT in line or "unknown entity" in line for line in lines), lines


def test_a_sound_base_has_nothing_left_out() -> None:
    kb = load_knowledge(KB_FIVE, hold_back_broken=True)
    assert kb.broken_files == () and kb.broken_problems == ()


def test_a_first_load_with_every_file_broken_serves_an_empty_base(tmp_path: Path) -> None:
    # The bot starts, so moderators can fix the files and reload without a restart.
    (tmp_path / "releases").mkdir()
    (tmp_path / "releases" / "a.yaml").write_text("source: [\n", "utf-8")
    kb = load_knowledge(tmp_path, hold_back_broken=True)
    assert kb.counts()["sources"] == 0 and kb.broken_files == ("releases/a.yaml",)
    assert any("a.yaml:1" in line for line in kb.broken_problems)
    with pytest.raises(KnowledgeError):
        load_knowledge(tmp_path)
