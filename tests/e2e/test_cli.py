"""`partnerbot run` and `sync` at the edges: missing token, invalid settings, secrecy."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from bot.cli.main import main
from bot.ops.logging import JsonFormatter, KeyValueFormatter

SECRET = "MTIzNDU2Nzg5.secret-token-value"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: object, clean_env: None) -> pytest.MonkeyPatch:
    monkeypatch.chdir(tmp_path)  # no stray .env
    return monkeypatch


def test_run_without_token_is_one_clear_line(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert "DISCORD_TOKEN" in lines[0] and "partnerbot shell" in lines[0]
    assert "developers/applications" in lines[0]
    assert "Traceback" not in err


def test_sync_without_token_is_one_clear_line(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sync"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_invalid_settings_name_each_variable_and_hide_the_token(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.setenv("DISCORD_TOKEN", SECRET)
    env.setenv("COOLDOWN_RATE", "lots")
    env.setenv("MODERATOR_ROLE_IDS", "123, abc")
    env.setenv("LOG_LEVEL", "loud")
    assert main(["run"]) == 2
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 3
    assert any("COOLDOWN_RATE" in line for line in lines)
    assert any("MODERATOR_ROLE_IDS" in line for line in lines)
    assert any("LOG_LEVEL" in line for line in lines)
    assert SECRET not in err and "Traceback" not in err


def test_shard_ids_need_a_count(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.setenv("DISCORD_TOKEN", SECRET)
    env.setenv("SHARD_IDS", "0,1")
    assert main(["run"]) == 2
    err = capsys.readouterr().err
    assert "SHARD_IDS needs SHARD_COUNT" in err and SECRET not in err


def test_sync_print_needs_no_token(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sync", "--print"]) == 0
    out = capsys.readouterr().out
    assert '"name": "quote"' in out and '"autocomplete": true' in out


def test_log_formats_redact_the_token() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "token is %s", (SECRET,), None)
    for formatter in (KeyValueFormatter(SECRET), JsonFormatter(SECRET)):
        line = formatter.format(record)
        assert SECRET not in line and "[DISCORD_TOKEN]" in line


def test_invite_url_asks_for_exactly_the_needed_permissions() -> None:
    from bot.discord.app import invite_url

    url = invite_url(123)
    assert "client_id=123" in url
    assert "scope=bot+applications.commands" in url
    assert "permissions=84992" in url  # view, send, embed links, read message history


def test_env_example_and_readme_cover_every_setting() -> None:
    from pathlib import Path

    from bot.settings import Settings

    root = Path(__file__).resolve().parents[2]
    example = (root / ".env.example").read_text()
    readme = (root / "README.md").read_text()
    for name in Settings.model_fields:
        assert f"\n{name.upper()}=" in example, name
        assert f"`{name.upper()}`" in readme, name


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.mark.usefixtures("restore_logging")
def test_run_starts_the_factory_bot_with_the_token(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import discord

    from bot.discord.app import PartnerBot, ShardedPartnerBot

    started: list[tuple[PartnerBot, str]] = []

    async def fake_start(self: PartnerBot, token: str, **kwargs: object) -> None:
        started.append((self, token))
        logging.getLogger("bot.test").warning("oops, the token is %s", token)

    env.setattr(PartnerBot, "start", fake_start)
    env.setenv("DISCORD_TOKEN", SECRET)
    assert main(["run"]) == 0
    [(bot, token)] = started
    assert token == SECRET and type(bot) is PartnerBot
    assert bot.intents.message_content and not bot.intents.members
    # The log filter installed by `run` hides the token even from careless log calls.
    err = capsys.readouterr().err
    assert "oops, the token is [DISCORD_TOKEN]" in err and SECRET not in err

    env.setenv("SHARD_COUNT", "4")
    env.setenv("SHARD_IDS", "2,3")
    env.setenv("MESSAGE_CONTENT_INTENT", "false")
    assert main(["run"]) == 0
    bot = started[-1][0]
    assert isinstance(bot, ShardedPartnerBot)
    assert bot.shard_count == 4 and bot.shard_ids == [2, 3]
    assert not bot.intents.message_content

    async def rejected(self: PartnerBot, token: str, **kwargs: object) -> None:
        raise discord.LoginFailure("Improper token has been passed.")

    env.setattr(PartnerBot, "start", rejected)
    assert main(["run"]) == 1
    err = capsys.readouterr().err
    assert "Discord rejected DISCORD_TOKEN" in err and SECRET not in err
    assert "Traceback" not in err
