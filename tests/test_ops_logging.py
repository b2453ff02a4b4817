"""`partnerbot run` logging: LOG_FORMAT=json gives JSON lines, the token never shows,
and the new settings are validated with one line per problem."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli.main import main
from bot.ops.logging import JsonFormatter, KeyValueFormatter

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


# --- redaction works on the form that is logged (issue 15, point 14) ---------------------------

# A token as Discord issues them: base64url, so it holds "_" and "-".
TYPED = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Gh_jKl.secret_token-value_abcdefghijklmnop"


def _escaped_forms(secret: str) -> list[str]:
    """How a token a user typed shows up in log lines: as the bot echoes it (markdown
    escapes), then JSON- or repr-escaped once or twice, or with invisible characters."""
    echoed = secret.replace("_", "\\_")
    zero_width = "\u200b".join(secret)
    forms = [secret, echoed, zero_width, "\u2060".join(secret)]
    for form in (echoed, zero_width):
        once = json.dumps(form)
        forms += [
            once,
            json.dumps(once),
            repr(form),
            repr(repr(form)),
            json.dumps(form, ensure_ascii=False),
        ]
    return forms


@pytest.mark.parametrize("formatter", [KeyValueFormatter, JsonFormatter])
@pytest.mark.parametrize("form", range(14))
def test_a_typed_token_is_redacted_in_every_escaped_form(
    formatter: type[logging.Formatter], form: int
) -> None:
    shown = _escaped_forms(TYPED)[form]
    record = logging.LogRecord(
        "discord.http", logging.DEBUG, __file__, 1, "POST %s with %s has returned %s",
        ("/channels/1/messages", {"content": f"I don't know “{shown}”"}, 200), None,
    )  # fmt: skip
    line = formatter(TYPED).format(record)  # type: ignore[call-arg]
    assert "[DISCORD_TOKEN]" in line
    # However the line is read back (escapes and invisible characters taken out), no
    # piece of the token long enough to matter is left.
    readable = re.sub(r"\\+(?:u200b|u2060)?|[\u200b\u2060]", "", line).replace("\\_", "_")
    assert TYPED not in readable and "secret_token-value" not in readable


def test_interaction_tokens_are_redacted() -> None:
    interaction = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5OnNlY3JldA"
    lines = [
        f"POST https://discord.com/api/v10/interactions/123456/{interaction}/callback with None",
        f"Webhook ID 99 with PATCH https://discord.com/api/v10/webhooks/99/{interaction}/messages/@original has returned",
        f"WebSocket Event: {{'t': 'INTERACTION_CREATE', 'd': {{'id': '1', 'token': '{interaction}'}}}}",
        json.dumps({"msg": json.dumps({"token": interaction, "id": "1"})}),
    ]  # fmt: skip
    for message in lines:
        record = logging.LogRecord("discord", logging.DEBUG, __file__, 1, message, (), None)
        for formatter in (KeyValueFormatter(""), JsonFormatter("")):
            line = formatter.format(record)
            assert interaction not in line, line
            assert "[INTERACTION_TOKEN]" in line
    # The rest of the line stays as it was.
    kept = KeyValueFormatter("").format(
        logging.LogRecord("d", logging.DEBUG, __file__, 1, lines[1], (), None)
    )
    assert "/webhooks/99/[INTERACTION_TOKEN]/messages/@original has returned" in kept


def test_another_token_shaped_string_is_redacted() -> None:
    other = "OTk5OTk5OTk5OTk5OTk5OTk5.AbCdEf.another_bots-token_value_1234567"
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "pasted %s", (other,), None)
    assert other not in KeyValueFormatter(TYPED).format(record)
