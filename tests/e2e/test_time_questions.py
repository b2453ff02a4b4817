"""Questions about time and shared acronyms on the wire, on the five-release base (issue 12)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.e2e.conftest import StartBot
from tests.e2e.helpers import message_data
from tests.fakediscord import FakeDiscord
from tests.kbpaths import KB_FIVE


@pytest.fixture
def knowledge_dir(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(KB_FIVE, target)
    return target


async def test_who_with_a_title_at_a_shared_acronym(fake: FakeDiscord, start_bot: StartBot) -> None:
    """`!who DTA president`: "DTA" is two organisations, only one has a President. The
    answer is its President, naming the other DTA, never "I don't know anything"."""
    await start_bot()
    for command in ("!who DTA president", "!who president of the DTA"):
        mark = fake.mark()
        await fake.send_message(command)
        rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
        embed = message_data(rec)["embeds"][0]
        assert "Digital Trade Alliance" in embed["title"], embed
        description = embed["description"]
        assert description.startswith("**Amara OKAFOR**"), description
        assert "don't know anything" not in description
        assert "also stands for Development Trust for Africa" in description
        footer = embed["footer"]["text"]
        assert re.search(r"\[1\] .+, \d{4}-\d\d-\d\d", footer), footer
