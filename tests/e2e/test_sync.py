"""Slash command registration: the payload, dev-guild auto sync, `partnerbot sync`."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import pytest

from bot.cli.sync import sync_commands
from bot.discord.app import PartnerBot, create_bot
from bot.service import KnowledgeService
from tests.e2e.conftest import TOKEN, StartBot, make_settings
from tests.fakediscord import FakeDiscord

EXPECTED_OPTIONS = {
    "quote": [("speaker", True)],
    "what": [("term", True)],
    "who": [("person", True)],
    "timeline": [("term", True)],
    "sources": [],
    "help": [],
    "reload": [],
    "gaps": [("days", False), ("page", False)],
    "stats": [],
}


# Message context-menu commands (type 3): right-click a message > Apps.
EXPECTED_MENUS = {"Ask partnerbot"}


def check_payload(commands: list[dict[str, Any]]) -> None:
    menus = {c["name"] for c in commands if c.get("type") == 3}
    assert menus == EXPECTED_MENUS
    commands = [c for c in commands if c.get("type", 1) == 1]
    by_name = {c["name"]: c for c in commands}
    assert set(by_name) == set(EXPECTED_OPTIONS)
    for name, options in EXPECTED_OPTIONS.items():
        command = by_name[name]
        assert 1 <= len(command["description"]) <= 100, name
        got = [(o["name"], o.get("autocomplete", False)) for o in command.get("options", [])]
        assert got == options, name
        for option in command.get("options", []):
            # Strings, except the integer days and page of /gaps.
            assert option["type"] == (4 if name == "gaps" else 3)
            assert 1 <= len(option["description"]) <= 100
    assert by_name["quote"]["options"][0]["description"] == "A person or organisation, e.g. Jack MA"
    # /reload is hidden from members without Manage Server by default (only a hint:
    # the bot enforces the check itself) and is not offered in DMs.
    assert int(by_name["reload"]["default_member_permissions"]) == 1 << 5
    assert by_name["reload"]["contexts"] == [0]  # guilds only
    for name in ("gaps", "stats"):  # moderator commands, like /reload
        assert int(by_name[name]["default_member_permissions"]) == 1 << 5
        assert by_name[name]["contexts"] == [0]
    days = by_name["gaps"]["options"][0]
    assert (days["min_value"], days["max_value"], days["required"]) == (1, 3650, False)
    assert by_name["quote"]["default_member_permissions"] is None


async def test_no_sync_on_start_without_dev_guild(fake: FakeDiscord, bot: PartnerBot) -> None:
    await asyncio.sleep(0.05)
    assert not [r for r in fake.requests if r.method == "PUT"]


async def test_dev_guild_sync_on_start(fake: FakeDiscord, start_bot: StartBot) -> None:
    await start_bot(dev_guild_id=fake.guild_id)
    puts = [r for r in fake.requests if r.method == "PUT"]
    assert [r.path for r in puts] == [
        f"/applications/{fake.application_id}/guilds/{fake.guild_id}/commands"
    ]
    check_payload(puts[0].body)
    # And the synced command answers when invoked.
    mark = fake.mark()
    interaction = await fake.slash("quote", {"speaker": "Jack MA"})
    rec = await fake.wait_callback(interaction, since=mark)
    assert "global buy" in str(rec.body)


async def test_failed_dev_guild_sync_is_logged_and_the_bot_runs(
    fake: FakeDiscord, start_bot: StartBot, caplog: pytest.LogCaptureFixture
) -> None:
    """403 (the bot is not in that server, or was invited without applications.commands):
    a warning naming DEV_GUILD_ID, not a crash at start."""
    fake.inject("PUT", rf"/applications/{fake.application_id}/guilds/\d+/commands", 403)
    bot = await start_bot(dev_guild_id=fake.guild_id)
    warning = next(r for r in caplog.records if "could not sync" in r.getMessage())
    assert warning.levelno == logging.WARNING
    assert f"DEV_GUILD_ID={fake.guild_id}" in warning.getMessage()
    assert "applications.commands" in warning.getMessage()
    assert not bot.is_closed()
    mark = fake.mark()
    await fake.send_message("!quote Jack MA")
    rec = await fake.wait_for("POST", f"/channels/{fake.general_id}/messages", since=mark)
    assert "global buy" in str(rec.body)


async def test_partnerbot_sync_global_and_guild(
    fake: FakeDiscord, knowledge_dir: Path, clean_env: None
) -> None:
    settings = make_settings(fake, knowledge_dir)
    for guild_id in (None, fake.guild_id):
        bot = create_bot(
            settings, KnowledgeService.from_settings(settings, load=False), sync_dev_guild=False
        )
        mark = fake.mark()
        synced = await sync_commands(bot, TOKEN, guild_id)
        assert sorted(c.name for c in synced) == sorted({*EXPECTED_OPTIONS, *EXPECTED_MENUS})
        puts = [r for r in fake.requests[mark:] if r.method == "PUT"]
        where = f"/guilds/{guild_id}" if guild_id else ""
        assert [r.path for r in puts] == [f"/applications/{fake.application_id}{where}/commands"]
        check_payload(puts[0].body)
    # `partnerbot sync` talks REST only: it never opened a gateway connection.
    assert fake.identifies == []


async def test_sync_payload_localises_quote_what_who_in_chinese(
    fake: FakeDiscord, start_bot: StartBot
) -> None:
    """zh-CN names and descriptions beside English (issue 13, "Localised command
    names"), for the commands and their options, within Discord's rules."""
    import re

    await start_bot(dev_guild_id=fake.guild_id)
    [put] = [r for r in fake.requests if r.method == "PUT"]
    by_name = {c["name"]: c for c in put.body if c.get("type", 1) == 1}
    localised_names = set()
    for name, option in (("quote", "speaker"), ("what", "term"), ("who", "person")):
        command = by_name[name]
        zh_name = command["name_localizations"]["zh-CN"]
        zh_description = command["description_localizations"]["zh-CN"]
        [opt] = command["options"]
        assert opt["name"] == option  # the English names stay what the bot receives
        opt_name = opt["name_localizations"]["zh-CN"]
        opt_description = opt["description_localizations"]["zh-CN"]
        for text in (zh_name, opt_name):
            assert re.fullmatch(r"[\w-]{1,32}", text) and text == text.lower()
            assert not text.isascii()  # really translated
        for text in (zh_description, opt_description):
            assert 1 <= len(text) <= 100 and not text.isascii()
        localised_names.add(zh_name)
    assert len(localised_names) == 3
    # Only those three are localised; the rest stay English everywhere.
    for name in ("sources", "help", "gaps", "stats", "reload"):
        assert not by_name[name].get("name_localizations"), name
    # Interactions still name the English command, and replies stay in English.
    mark = fake.mark()
    interaction = await fake.slash("what", {"term": "eWTP"})
    rec = await fake.wait_callback(interaction, since=mark)
    assert "Electronic World Trade Platform" in str(rec.body)
