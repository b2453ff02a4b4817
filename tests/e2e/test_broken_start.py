"""`partnerbot run` with a broken knowledge file starts anyway: it serves every file that
does not depend on the broken one, tells the moderator log which files it left out and
why (file and line, mentions disabled), and the fixed file comes back with `!reload`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.e2e.conftest import StartBot
from tests.e2e.helpers import message_data, text_of
from tests.e2e.test_gaps import ask
from tests.fakediscord import FakeDiscord, snowflake
from tests.kbpaths import KB_FIVE

GRANT = "releases/2021-06-08-dta-trust-grant-academy.yaml"


@pytest.fixture
def knowledge_dir(tmp_path: Path) -> Path:
    """kb_five with its 2021 release broken (an impossible date)."""
    target = tmp_path / "knowledge"
    shutil.copytree(KB_FIVE, target)
    path = target / GRANT
    path.write_text(
        path.read_text(encoding="utf-8").replace("  date: 2021-06-08\n", "  date: 2021-06-31\n", 1)
    )
    return target


async def test_the_bot_starts_serves_the_rest_and_tells_the_moderators(
    fake: FakeDiscord, start_bot: StartBot, knowledge_dir: Path
) -> None:
    mod_log = snowflake()
    mark = fake.mark()
    bot = await start_bot(mod_log_channel_id=mod_log)
    post = await fake.wait_for("POST", f"/channels/{mod_log}/messages", since=mark, within=10)
    text = text_of(post).replace("\\", "")
    assert "Started without" in text and GRANT in text
    assert f"{GRANT}:9:" in text and "2021-06-31" in text
    assert message_data(post)["allowed_mentions"]["parse"] == []

    # The 2018 release is served; the 2021 grant (and what builds on it) is not.
    assert "global buy" in await ask(fake, "!quote Jack MA")
    assert "Chief Executive" not in await ask(fake, "!who Samuel Mensah")

    # !stats keeps saying so for moderators who missed the post.
    stats = (await ask(fake, "!stats", author=fake.mod)).replace("\\", "")
    assert "Not served" in stats and GRANT in stats

    # A reload while it is still broken serves the rest (a new release could come in)
    # and says what is still left out.
    reply = (await ask(fake, "!reload", author=fake.mod)).replace("\\", "")
    assert "fail" not in reply.lower() and "still not served" in reply.lower() and GRANT in reply

    # Fixed, then reloaded by a moderator: served again, nothing left out.
    path = knowledge_dir / GRANT
    path.write_text(
        path.read_text(encoding="utf-8").replace("  date: 2021-06-31\n", "  date: 2021-06-08\n", 1)
    )
    reply = await ask(fake, "!reload", author=fake.mod)
    assert "fail" not in reply.lower() and "still not served" not in reply.lower()
    assert bot.service.snapshot.kb.broken_files == ()
    assert "Chief Executive" in await ask(fake, "!who Samuel Mensah")
    assert "Not served" not in await ask(fake, "!stats", author=fake.mod)
