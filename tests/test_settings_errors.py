"""Invalid settings stop `partnerbot run` at start with one line per problem, each
naming the environment variable (and the bad entry of a comma-separated list)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli.main import main
from bot.settings import Settings

SECRET = "MTIzNDU2Nzg5.secret-token-value"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setenv("DISCORD_TOKEN", SECRET)
    return monkeypatch


def _problems(capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["run"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err and SECRET not in err
    return err.strip().splitlines()


def test_non_numeric_moderator_role_id(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.setenv("MODERATOR_ROLE_IDS", "123456789012345678, mods")
    assert _problems(capsys) == [
        "partnerbot: invalid setting MODERATOR_ROLE_IDS: entry 2 ('mods'): "
        "Input should be a valid integer, unable to parse string as an integer"
    ]


def test_unknown_log_level(env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    env.setenv("LOG_LEVEL", "chatty")
    assert _problems(capsys) == [
        "partnerbot: invalid setting LOG_LEVEL: use one of DEBUG, INFO, WARNING, ERROR, CRITICAL"
    ]


def test_every_problem_at_once_one_line_each(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.setenv("MODERATOR_ROLE_IDS", "x,y")
    env.setenv("LOG_LEVEL", "chatty")
    env.setenv("COOLDOWN_SECONDS", "-1")
    lines = _problems(capsys)
    assert len(lines) == 4  # two bad role ids, the log level, the cooldown
    assert (
        sum(line.startswith("partnerbot: invalid setting MODERATOR_ROLE_IDS:") for line in lines)
        == 2
    )
    assert any("LOG_LEVEL" in line for line in lines)
    assert any("COOLDOWN_SECONDS: Input should be greater than 0" in line for line in lines)


def test_settings_from_dotenv_are_checked_the_same_way(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / ".env").write_text("LOG_LEVEL=verbose\n")
    assert _problems(capsys) == [
        "partnerbot: invalid setting LOG_LEVEL: use one of DEBUG, INFO, WARNING, ERROR, CRITICAL"
    ]


def test_a_check_across_settings_names_them(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.setenv("SHARD_IDS", "0,1")
    assert _problems(capsys) == ["partnerbot: invalid settings: SHARD_IDS needs SHARD_COUNT"]


@pytest.mark.parametrize(
    "name",
    [
        "KNOWLEDGE_DIR",
        "DEV_GUILD_ID",
        "SHARD_COUNT",
        "GAPS_DB_PATH",
        "MOD_LOG_CHANNEL_ID",
        "HEALTH_PORT",
    ],
)
@pytest.mark.parametrize("empty", ["", "  "])
def test_an_empty_optional_setting_means_not_set(
    env: pytest.MonkeyPatch, name: str, empty: str
) -> None:
    env.setenv(name, empty)
    assert getattr(Settings(), name.lower()) is None


# A token of Discord's shape (user id, timestamp, HMAC), and the test's own SECRET: an
# error message may name where it was pasted, never show it.
SHAPED = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB"


@pytest.mark.parametrize("name", ["MODERATOR_ROLE_IDS", "SHARD_IDS", "ALLOWED_CHANNEL_IDS"])
@pytest.mark.parametrize("pasted", [SECRET, SHAPED, f"123, {SHAPED}"])
def test_a_token_pasted_into_an_id_list_is_named_never_shown(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], name: str, pasted: str
) -> None:
    if name == "SHARD_IDS":
        env.setenv("SHARD_COUNT", "4")
    env.setenv(name, pasted)
    assert main(["run"]) == 2
    _, err = capsys.readouterr()
    assert SECRET not in err and SHAPED not in err and "Traceback" not in err
    entry = 2 if pasted.startswith("123") else 1
    length = len(SHAPED) if pasted != SECRET else len(SECRET)
    assert err.strip().splitlines() == [
        f"partnerbot: invalid setting {name}: entry {entry} "
        f"(a {length}-character value, not shown): "
        "Input should be a valid integer, unable to parse string as an integer"
    ]


@pytest.mark.parametrize("name", ["KNOWLEDGE_DIR", "GAPS_DB_PATH", "HEALTH_HOST"])
@pytest.mark.parametrize("pasted", [SECRET, SHAPED])
def test_a_token_pasted_into_a_path_or_host_is_named_never_shown(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], name: str, pasted: str
) -> None:
    env.setenv(name, pasted)
    assert main(["run"]) == 2
    _, err = capsys.readouterr()
    assert SECRET not in err and SHAPED not in err and "Traceback" not in err
    assert err.strip().splitlines() == [
        f"partnerbot: invalid settings: {name} holds what looks like a Discord bot token "
        "(not shown); put the token in DISCORD_TOKEN only"
    ]


@pytest.mark.parametrize("inside", ["\n", "\r\n", " ", "\t", "\x07"])
def test_a_token_with_a_line_break_inside_is_a_settings_error(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], inside: str
) -> None:
    env.setenv("DISCORD_TOKEN", f"{SHAPED}{inside}{SHAPED}")
    assert main(["run"]) == 2
    _, err = capsys.readouterr()
    assert SHAPED not in err and "Traceback" not in err
    assert err.strip().splitlines() == [
        "partnerbot: invalid setting DISCORD_TOKEN: the token contains a line break, space "
        "or control character; paste the token alone, on one line"
    ]


def test_short_bad_values_are_still_shown(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.setenv("ALLOWED_ROLE_IDS", "12, staff")
    assert _problems(capsys) == [
        "partnerbot: invalid setting ALLOWED_ROLE_IDS: entry 2 ('staff'): "
        "Input should be a valid integer, unable to parse string as an integer"
    ]
