"""Trust boundaries of the moderator commands (issue 14, point 6), on the wire:

* Manage Server makes a moderator only in servers listed in MODERATOR_GUILD_IDS; the
  owner and MODERATOR_ROLE_IDS roles are moderators everywhere;
* each moderator waits RELOAD_COOLDOWN_SECONDS between reloads;
* ``stats`` counts only the server it is asked in.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.discord.app import PartnerBot
from bot.engine.answer import Answer, Status
from bot.ops.observer import AnswerEvent
from tests.e2e.conftest import StartBot
from tests.e2e.helpers import text_of
from tests.e2e.test_gaps import CHANNEL, ask, observed, slash_followup
from tests.fakediscord import FakeDiscord, FakeUser, snowflake
from tests.fakediscord.server import EVERYONE_PERMISSIONS, MANAGE_GUILD

MODERATOR_COMMANDS = ("reload", "gaps", "stats")


async def slash_reply(
    fake: FakeDiscord,
    name: str,
    user: FakeUser,
    permissions: int | None = None,
    channel_id: int | None = None,
) -> str:
    """The text a slash command's user sees: the refusal, or the deferred follow-up."""
    mark = fake.mark()
    interaction = await fake.slash(
        name, {}, user=user, permissions=permissions, channel_id=channel_id
    )
    callback = await fake.wait_callback(interaction, since=mark)
    assert callback.body["data"]["flags"] & 64  # only the moderator sees it
    if callback.body["type"] == 4:
        return text_of(callback)
    assert callback.body["type"] == 5
    followup = await fake.wait_for(
        "POST", f"/webhooks/{fake.application_id}/{interaction['token']}", since=mark
    )
    return text_of(followup)


def allowed(name: str, text: str) -> bool:
    assert text, name
    return "only moderators" not in text


@pytest.mark.parametrize("name", MODERATOR_COMMANDS)
async def test_manage_server_alone_is_not_enough_by_default(
    fake: FakeDiscord, start_bot: StartBot, name: str
) -> None:
    bot = await start_bot()
    assert bot.settings.moderator_guild_ids == ()
    before = bot.service.snapshot
    # Prefix: Manage Server from the admin's role.
    assert not allowed(name, await ask(fake, f"!{name}", author=fake.admin))
    # Slash: Manage Server from the interaction's permissions.
    grant = EVERYONE_PERMISSIONS | MANAGE_GUILD
    assert not allowed(name, await slash_reply(fake, name, fake.alice, grant))
    assert not allowed(name, await slash_reply(fake, name, fake.admin))
    # The owner and a moderator role still are moderators.
    assert allowed(name, await ask(fake, f"!{name}", author=fake.owner))
    assert allowed(name, await slash_reply(fake, name, fake.mod, EVERYONE_PERMISSIONS))
    if name != "reload":
        assert bot.service.snapshot is before


@pytest.mark.parametrize("name", MODERATOR_COMMANDS)
async def test_manage_server_counts_in_listed_servers_only(
    fake: FakeDiscord, start_bot: StartBot, name: str
) -> None:
    # Another server is listed, not this one: still refused.
    await start_bot(moderator_guild_ids=(snowflake(),))
    assert not allowed(name, await ask(fake, f"!{name}", author=fake.admin))
    grant = EVERYONE_PERMISSIONS | MANAGE_GUILD
    assert not allowed(name, await slash_reply(fake, name, fake.alice, grant))


@pytest.mark.parametrize("name", MODERATOR_COMMANDS)
async def test_manage_server_in_a_listed_server(
    fake: FakeDiscord, start_bot: StartBot, name: str
) -> None:
    await start_bot(moderator_guild_ids=(fake.guild_id,))
    assert allowed(name, await ask(fake, f"!{name}", author=fake.admin))
    grant = EVERYONE_PERMISSIONS | MANAGE_GUILD
    assert allowed(name, await slash_reply(fake, name, fake.alice, grant))
    # For slash, Discord's computed permissions count, not the roles.
    assert not allowed(name, await slash_reply(fake, name, fake.admin, EVERYONE_PERMISSIONS))


async def test_reload_cooldown_is_per_moderator(fake: FakeDiscord, start_bot: StartBot) -> None:
    bot = await start_bot(reload_cooldown_seconds=60)
    reloads: list[Any] = []
    bot.service.reload_listeners.append(lambda result, error: reloads.append(result))

    assert "reloaded" in await ask(fake, "!reload", author=fake.mod)
    again = await ask(fake, "!reload", author=fake.mod)
    assert again.startswith("Please wait ") and "before using `!reload` again" in again
    text = await slash_reply(fake, "reload", fake.mod)
    assert text.startswith("Please wait ") and "`/reload`" in text
    # Another moderator has a cooldown of their own.
    assert "reloaded" in await ask(fake, "!reload", author=fake.owner)
    assert len(reloads) == 2
    # A refusal spends nobody's cooldown, and answers keep their own budget.
    assert "only moderators" in await ask(fake, "!reload", author=fake.alice)
    assert "global buy" in await ask(fake, "!quote Jack MA", author=fake.mod)


async def test_stats_count_only_this_server(fake: FakeDiscord, bot: PartnerBot) -> None:
    # Another server's answers (the fake has one guild, so they are reported directly)
    # and a direct message's answer, sent on the wire.
    other = snowflake()
    for _ in range(4):
        bot.ops.observe(
            AnswerEvent(
                answer=Answer(Status.ANSWERED, "x", command="who", entities=("jack-ma",)),
                question="who secret project x",
                via="prefix",
                guild_id=other,
                channel_id=snowflake(),
                user_id=fake.alice.id,
                seconds=0.001,
                delivered=True,
            )
        )
    dm_channel = 434343
    mark = fake.mark()
    await fake.send_message("!what eWTP", author=fake.alice, channel_id=dm_channel, dm=True)
    await fake.wait_for("POST", CHANNEL.format(dm_channel), since=mark)
    await observed(bot, 5)

    lines = (await ask(fake, "!stats", author=fake.mod)).splitlines()
    assert lines[0].endswith(": 0") and "in this server" in lines[0]
    assert lines[1] == "• answered 0 · ambiguous 0 · not found 0 · usage 0 · error 0"
    assert lines[3] == "**Most asked about here**: nothing yet"

    await ask(fake, "!who Jack MA")
    await observed(bot, 6)
    followup = await slash_followup(fake, "stats", fake.mod)
    lines = text_of(followup).splitlines()
    assert lines[0].endswith(": 1")
    assert lines[1].startswith("• answered 1 ·")
    assert lines[3] == "**Most asked about here**: Jack MA (1)"
