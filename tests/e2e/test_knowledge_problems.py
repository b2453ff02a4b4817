"""A knowledge file YAML cannot build (``date: 2018-04-31``) or with a duplicate key is
one problem line, with file and line, in the ``!reload`` and ``/reload`` replies and in
the file watcher's moderator-log post; the old knowledge base keeps serving (issue 15
points 1 and 2)."""

from __future__ import annotations

from pathlib import Path

from bot.discord.app import PartnerBot
from tests.e2e.conftest import StartBot
from tests.e2e.helpers import message_data, text_of
from tests.e2e.test_gaps import ask, slash_followup
from tests.fakediscord import FakeDiscord, snowflake

RELEASE = "releases/2018-04-21-unido-alibaba-ewtp.yaml"
# What the reply shows (markdown escaped, as every problem line is).
BAD_DATE_LINE = f"{RELEASE}:9: source.date: '2018-04-31' is not a valid date"


def break_date(knowledge_dir: Path) -> None:
    path = knowledge_dir / RELEASE
    path.write_text(path.read_text().replace("date: 2018-04-21", "date: 2018-04-31", 1))


def unescaped(text: str) -> str:
    return text.replace("\\", "")


async def test_watcher_posts_the_problem_line_to_the_mod_log(
    fake: FakeDiscord, start_bot: StartBot, knowledge_dir: Path
) -> None:
    mod_log = snowflake()
    bot = await start_bot(
        watch_knowledge=True, watch_debounce_seconds=0.05, mod_log_channel_id=mod_log
    )
    serving = bot.service.snapshot
    mark = fake.mark()
    break_date(knowledge_dir)
    post = await fake.wait_for("POST", f"/channels/{mod_log}/messages", since=mark, within=10)
    text = unescaped(text_of(post))
    assert "Reload failed: 1 problem" in text
    assert BAD_DATE_LINE in text
    assert message_data(post)["allowed_mentions"]["parse"] == []
    assert bot.service.snapshot is serving
    assert "global buy" in await ask(fake, "!quote Jack MA")


async def test_reload_replies_carry_the_problem_line(
    fake: FakeDiscord, bot: PartnerBot, knowledge_dir: Path
) -> None:
    break_date(knowledge_dir)
    reply = unescaped(await ask(fake, "!reload", author=fake.mod))
    assert "Reload failed: 1 problem" in reply and BAD_DATE_LINE in reply

    followup = await slash_followup(fake, "reload", fake.mod)
    assert BAD_DATE_LINE in unescaped(text_of(followup))

    # A second facts: block would silently replace the first one.
    path = knowledge_dir / RELEASE
    text = path.read_text().replace("date: 2018-04-31", "date: 2018-04-21", 1)
    path.write_text(text + "facts:\n  - id: late\n    text: Late.\n    about: [unido]\n")
    reply = unescaped(await ask(fake, "!reload", author=fake.mod))
    assert f"{RELEASE}:{len(text.splitlines()) + 1}: facts: duplicate key 'facts'" in reply
    assert "global buy" in await ask(fake, "!quote Jack MA")
