"""👍/👎 on answers, on the wire: persistent vote buttons that count after a restart,
with no user id stored, and ``!gaps`` showing the most down-voted answers."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from bot.discord.app import PartnerBot
from bot.discord.views import VOTE_THANKS
from tests.e2e.conftest import StartBot
from tests.e2e.helpers import buttons, text_of
from tests.e2e.test_gaps import ask, observed
from tests.e2e.test_persistent import by_prefix, channel_reply, restart
from tests.fakediscord import FakeDiscord, FakeUser


def votes(message: dict[str, Any]) -> dict[str, str]:
    """emoji -> custom id of the vote buttons on ``message``."""
    return {b["emoji"]["name"]: b["custom_id"] for b in by_prefix(message, "pb:vote:")}


async def vote(fake: FakeDiscord, message: dict[str, Any], custom_id: str, user: FakeUser) -> None:
    mark = fake.mark()
    click = await fake.click(message, custom_id, user=user)
    rec = await fake.wait_callback(click, since=mark)
    data = rec.body["data"]
    assert rec.body["type"] == 4 and data["flags"] & 64  # a private thanks
    assert data["content"] == VOTE_THANKS


def database_values(path: Path) -> list[object]:
    with closing(sqlite3.connect(path)) as conn:
        values: list[object] = []
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            for row in conn.execute(f"SELECT * FROM {table}"):
                values += row
        return values


async def test_votes_count_after_a_restart_and_show_in_gaps(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    bot = await start_bot()
    answer = await channel_reply(fake, "!what eWTP")
    other = await channel_reply(fake, "!quote Jack MA")
    ids = votes(answer)
    assert set(ids) == {"👍", "👎"} and all(len(i) <= 100 for i in ids.values())
    assert votes(other) and votes(other) != ids  # another question and answer
    assert by_prefix(answer, "pb:del:")  # 🗑 stays
    await observed(bot, 2)  # the answers are noted before the restart
    bot = await restart(bot, start_bot)

    # Every click counts, whoever clicks, the asker included; nothing on the message changes.
    await vote(fake, answer, ids["👎"], fake.bob)
    await vote(fake, answer, ids["👎"], fake.bob)
    await vote(fake, answer, ids["👍"], fake.alice)
    await vote(fake, other, votes(other)["👍"], fake.mod)
    assert bot.ops.gaps is not None and await bot.ops.gaps.flush()

    text = await ask(fake, "!gaps", author=fake.mod)
    assert "Most down-voted answers" in text
    assert "👎 2 · 👍 1 — what ewtp → what: ewtp" in text
    assert "jack" not in text.split("Most down-voted")[1]  # only 👍: not listed

    stored = database_values(bot.ops.gaps.path)
    for user in (fake.alice, fake.bob, fake.mod):
        assert user.id not in stored and str(user.id) not in map(str, stored)


async def test_vote_buttons_only_on_answers_in_servers(fake: FakeDiscord, bot: PartnerBot) -> None:
    for command in ("!sources", "!what frobnitz", "!help"):
        assert votes(await channel_reply(fake, command)) == {}, command
    # Slash answers and page turns carry them too.
    mark = fake.mark()
    interaction = await fake.slash("who", {"person": "Li Yong"})
    rec = await fake.wait_callback(interaction, since=mark)
    assert set(votes(rec.body["data"])) == {"👍", "👎"}
    first = await channel_reply(fake, "!quote LI Yong")
    [following] = [b for b in buttons(first) if b.get("label") == "Next ▶"]
    page_one = votes(first)  # the fake edits the stored message in place
    assert page_one
    mark = fake.mark()
    click = await fake.click(first, following["custom_id"])
    turned = await fake.wait_callback(click, since=mark)
    assert "Quote 2 of 2" in text_of(turned)
    assert votes(turned.body["data"]) and votes(turned.body["data"]) != page_one


async def test_no_vote_buttons_when_gaps_are_off(fake: FakeDiscord, start_bot: StartBot) -> None:
    await start_bot(gaps_db_path=None)
    assert votes(await channel_reply(fake, "!what eWTP")) == {}
