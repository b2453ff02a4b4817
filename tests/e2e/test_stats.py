"""!stats and /stats: answers by status, most asked entities, knowledge base size and age."""

from __future__ import annotations

from bot.discord.app import PartnerBot
from tests.e2e.helpers import message_data
from tests.e2e.test_gaps import ask, observed, slash_followup
from tests.fakediscord import FakeDiscord


async def test_stats_prefix_and_slash(fake: FakeDiscord, bot: PartnerBot) -> None:
    await ask(fake, "!who Jack MA")
    await ask(fake, "!who jack ma")
    await ask(fake, "!what eWTP")
    await ask(fake, "!what frobnitz")
    await ask(fake, "!what ma")
    await observed(bot, 5)

    text = await ask(fake, "!stats", author=fake.mod)
    lines = text.splitlines()
    assert lines[0].startswith("**Answers in this server since ") and lines[0].endswith(": 5")
    assert lines[1] == "• answered 3 · ambiguous 1 · not found 1 · usage 0 · error 0"
    assert "**Unanswered in this server, last 30 days**: 2 (ambiguous 1, not found 1)" in lines[2]
    # Jack MA: twice by !who and once among the ambiguous "ma" matches.
    assert lines[3].startswith("**Most asked about here**: Jack MA (3), ")
    assert "Electronic World Trade Platform (1)" in lines[3]
    counts = bot.service.counts()
    sizes = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    loaded = bot.service.loaded_at
    assert lines[4] == (
        f"**Knowledge base**: {sizes}; loaded {loaded:%Y-%m-%d %H:%M} UTC "
        f"(<t:{int(loaded.timestamp())}:R>)"
    )
    assert f"{counts['entities']} entities" in lines[4]

    followup = await slash_followup(fake, "stats", fake.mod)
    data = message_data(followup)
    assert data["flags"] & 64 and data["allowed_mentions"]["parse"] == []
    assert "• answered 3 · ambiguous 1 · not found 1" in data["content"]
    assert "**Knowledge base**: " in data["content"]


async def test_stats_after_reload_shows_the_new_load_time(
    fake: FakeDiscord, bot: PartnerBot
) -> None:
    before = bot.service.loaded_at
    assert "reloaded" in await ask(fake, "!reload", author=fake.mod)
    after = bot.service.loaded_at
    assert after > before
    assert f"<t:{int(after.timestamp())}:R>" in await ask(fake, "!stats", author=fake.owner)


async def test_stats_refused_for_plain_member(fake: FakeDiscord, bot: PartnerBot) -> None:
    assert "only moderators" in await ask(fake, "!stats")
    mark = fake.mark()
    interaction = await fake.slash("stats", {}, user=fake.alice)
    callback = await fake.wait_callback(interaction, since=mark)
    assert callback.body["type"] == 4 and "only moderators" in callback.body["data"]["content"]
