"""`partnerbot run` logging: LOG_FORMAT=json gives JSON lines, the token never shows,
and the new settings are validated with one line per problem."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli.main import main

SECRET = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.secret-token-value-abcdefghijklmnop"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[pytest.MonkeyPatch]:
    from bot.settings import Settings

    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env; a gaps database would land here
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield monkeypatch
    root.handlers[:] = handlers
    root.setLevel(level)


def test_run_with_json_logs(env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.discord.app import PartnerBot

    async def fake_start(self: PartnerBot, token: str, **kwargs: object) -> None:
        logging.getLogger("bot.test").warning("careless: %s", token)
        logging.getLogger("partnerbot.answers").info(
            "answer", extra={"fields": {"status": "answered", "latency_ms": 3.5, "q": SECRET}}
        )
        try:
            raise ValueError(f"boom {token}")
        except ValueError:
            logging.getLogger("bot.test").exception("failed")

    env.setattr(PartnerBot, "start", fake_start)
    env.setenv("DISCORD_TOKEN", SECRET)
    env.setenv("LOG_FORMAT", "JSON")
    assert main(["run"]) == 0
    err = capsys.readouterr().err
    assert SECRET not in err
    records = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
    by_msg = {r["msg"]: r for r in records}
    assert by_msg["careless: [DISCORD_TOKEN]"]["level"] == "WARNING"
    answer = by_msg["answer"]
    assert answer["status"] == "answered" and answer["latency_ms"] == 3.5
    assert answer["q"] == "[DISCORD_TOKEN]"
    assert "ValueError: boom [DISCORD_TOKEN]" in by_msg["failed"]["exc"]
    # Every line on stderr is JSON once logging is set up.
    assert all(line.startswith("{") for line in err.splitlines())


def test_invalid_ops_settings_name_each_variable(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.setenv("DISCORD_TOKEN", SECRET)
    env.setenv("LOG_FORMAT", "xml")
    env.setenv("HEALTH_PORT", "http")
    env.setenv("GAPS_MAX_ROWS", "0")
    env.setenv("MOD_LOG_CHANNEL_ID", "general")
    env.setenv("WATCH_KNOWLEDGE", "maybe")
    assert main(["run"]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 5
    for name in (
        "LOG_FORMAT",
        "HEALTH_PORT",
        "GAPS_MAX_ROWS",
        "MOD_LOG_CHANNEL_ID",
        "WATCH_KNOWLEDGE",
    ):
        assert any(name in line for line in lines), name
    assert not any(SECRET in line for line in lines)


def test_empty_values_switch_features_off() -> None:
    from bot.settings import Settings

    settings = Settings(_env_file=None, gaps_db_path="", health_port="", mod_log_channel_id="")  # type: ignore[call-arg]
    assert settings.gaps_db_path is None and settings.health_port is None
    assert settings.mod_log_channel_id is None
    defaults = Settings(_env_file=None)  # type: ignore[call-arg]
    assert defaults.gaps_db_path == Path("partnerbot-gaps.sqlite3")
    assert (defaults.gaps_retention_days, defaults.gaps_max_rows) == (90, 100_000)
    assert not defaults.gaps_store_user_id and not defaults.watch_knowledge
    assert defaults.health_host == "127.0.0.1" and defaults.log_format == "text"
