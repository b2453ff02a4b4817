"""Slash option values are checked like prefix arguments (issue 15, point 12).

Discord's client enforces option types and ranges, but a crafted interaction does not
go through it: these send what Discord never would, and expect the prefix command's
friendly reply, privately, with nothing at ERROR in the log.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest

from bot.discord.app import PartnerBot
from tests.e2e.helpers import text_of
from tests.e2e.test_gaps import ask
from tests.fakediscord import FakeDiscord

DAYS = "I couldn't read that: days must be a whole number from 1 to 3650."
PAGE = "I couldn't read that: page must be a whole number from 1 to 100000."


async def slash_text(fake: FakeDiscord, name: str, options: dict[str, Any], **kw: Any) -> Any:
    mark = fake.mark()
    interaction = await fake.slash(name, options, **kw)
    return await fake.wait_callback(interaction, since=mark)


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"days": "abc"}, DAYS),
        ({"days": -1}, DAYS),
        ({"days": 0}, DAYS),
        ({"days": 10**20}, DAYS),
        ({"days": 1.5}, DAYS),
        ({"days": "7", "page": "²"}, PAGE),
        ({"page": 100_001}, PAGE),
    ],
)
async def test_bad_numbers_get_the_prefix_reply(
    fake: FakeDiscord,
    bot: PartnerBot,
    caplog: pytest.LogCaptureFixture,
    options: dict[str, Any],
    expected: str,
) -> None:
    callback = await slash_text(fake, "gaps", options, user=fake.mod)
    assert callback.body["type"] == 4 and callback.body["data"]["flags"] & 64
    assert text_of(callback) == f"{expected} Try `/help`."
    # The prefix command says the same.
    days, page = options.get("days", 30), options.get("page", 1)
    assert await ask(fake, f"!gaps {days} {page}", author=fake.mod) == f"{expected} Try `!help`."
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_good_numbers_still_work(fake: FakeDiscord, bot: PartnerBot) -> None:
    mark = fake.mark()
    interaction = await fake.slash("gaps", {"days": "7", "page": 1}, user=fake.mod)
    followup = await fake.wait_for(
        "POST", f"/webhooks/{fake.application_id}/{interaction['token']}", since=mark
    )
    assert "last 7 days" in text_of(followup)


@pytest.mark.parametrize(
    ("name", "option"), [("quote", "speaker"), ("what", "term"), ("who", "person")]
)
@pytest.mark.parametrize("value", [5, 1.5, True])
async def test_a_number_where_text_belongs(
    fake: FakeDiscord,
    bot: PartnerBot,
    caplog: pytest.LogCaptureFixture,
    name: str,
    option: str,
    value: Any,
) -> None:
    callback = await slash_text(fake, name, {option: value})
    assert callback.body["data"]["flags"] & 64
    assert text_of(callback) == f"I couldn't read that: {option} must be text. Try `/help`."
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_control_characters_and_length_as_for_prefix(
    fake: FakeDiscord, bot: PartnerBot
) -> None:
    slash = text_of(await slash_text(fake, "what", {"term": "\x00e\x07WTP\x1b"}))
    assert "\x00" not in slash and "\x07" not in slash and "\x1b" not in slash
    assert slash == await ask(fake, "!what \x00e\x07WTP\x1b")
    too_long = text_of(await slash_text(fake, "what", {"term": "x" * 7000}))
    assert "too long" in too_long
    assert too_long == await ask(fake, "!what " + "x" * 1500)


async def test_discord_is_still_told_the_limits(fake: FakeDiscord, start_bot: Any) -> None:
    """The checks do not replace Discord's own: the synced options keep their types,
    ranges and lengths, so the client enforces them before anything is sent."""
    await start_bot(dev_guild_id=fake.guild_id)
    commands = {c["name"]: c for c in fake.commands[fake.guild_id]}
    days, page = commands["gaps"]["options"]
    assert (days["type"], days["min_value"], days["max_value"]) == (4, 1, 3650)
    assert (page["type"], page["min_value"], page["max_value"]) == (4, 1, 100_000)
    (term,) = commands["what"]["options"]
    assert term["type"] == 3 and term["max_length"] == 1000 and term["autocomplete"]
