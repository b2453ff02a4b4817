"""The terminal's quick settings reader (``bot.knowledge_settings``) against the full one.

``read_quick`` may answer only when ``bot.settings.Settings`` would read the same
values without a problem; otherwise it must hand over (None), so that the full reader
reports what is wrong exactly as before.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.knowledge_settings import (
    SETTING_NAMES,
    KnowledgeSettings,
    default_knowledge_cache_dir,
    read_quick,
)
from bot.settings import Settings

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123"
FIELDS = (
    "knowledge_dir",
    "command_prefix",
    "serve_unreviewed",
    "max_knowledge_file_bytes",
    "knowledge_cache",
    "knowledge_cache_dir",
)

# (environment, .env text or None); the quick reader must take the first group.
PLAIN = [
    ({}, None),
    ({"KNOWLEDGE_DIR": "/srv/knowledge"}, None),
    ({"KNOWLEDGE_DIR": ""}, None),
    ({"KNOWLEDGE_DIR": "   "}, None),
    ({"knowledge_dir": "relative/dir"}, None),
    ({"SERVE_UNREVIEWED": "true", "KNOWLEDGE_CACHE": "0"}, None),
    ({"SERVE_UNREVIEWED": "YES", "KNOWLEDGE_CACHE": "False"}, None),
    ({"MAX_KNOWLEDGE_FILE_BYTES": "1000"}, None),
    ({"COMMAND_PREFIX": "?"}, None),
    ({"COMMAND_PREFIX": "pb!"}, None),
    ({"KNOWLEDGE_CACHE_DIR": "/var/cache/pb"}, None),
    ({"DISCORD_TOKEN": TOKEN}, None),
    ({"DISCORD_TOKEN": ""}, None),
    ({"UNRELATED": "x"}, "KNOWLEDGE_DIR=/from/dotenv\nSERVE_UNREVIEWED=1\n"),
    ({"KNOWLEDGE_DIR": "/from/env"}, "KNOWLEDGE_DIR=/from/dotenv\n"),
    ({}, 'KNOWLEDGE_DIR="/quoted path"\nDISCORD_TOKEN=\n'),
]
# ...and hand these over to Settings (which may accept or refuse them).
HANDED_OVER = [
    ({"LOG_LEVEL": "debug"}, None),
    ({"KNOWLEDGE_DIR": TOKEN}, None),
    ({"KNOWLEDGE_CACHE_DIR": f"/tmp/{TOKEN}"}, None),
    ({"DISCORD_TOKEN": "two words"}, None),
    ({"SERVE_UNREVIEWED": "maybe"}, None),
    ({"SERVE_UNREVIEWED": " true"}, None),
    ({"MAX_KNOWLEDGE_FILE_BYTES": "0"}, None),
    ({"MAX_KNOWLEDGE_FILE_BYTES": "-5"}, None),
    ({"MAX_KNOWLEDGE_FILE_BYTES": "1_000"}, None),
    ({"COMMAND_PREFIX": ""}, None),
    ({"COMMAND_PREFIX": "a b"}, None),
    ({"COMMAND_PREFIX": "toolong"}, None),
    ({"KNOWLEDGE_DIR": "/a", "knowledge_dir": "/b"}, None),
    ({}, "LOG_LEVEL=chatty\n"),
    ({}, "KNOWLEDGE_DIR\n"),
]


def _both(
    environ: dict[str, str], dotenv: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[KnowledgeSettings | None, Settings | ValidationError]:
    for name in list(SETTING_NAMES):
        monkeypatch.delenv(name.upper(), raising=False)
        monkeypatch.delenv(name, raising=False)
    for key, value in environ.items():
        monkeypatch.setenv(key, value)
    monkeypatch.chdir(tmp_path)
    if dotenv is not None:
        (tmp_path / ".env").write_text(dotenv)
    quick = read_quick()
    try:
        full: Settings | ValidationError = Settings()
    except ValidationError as exc:
        full = exc
    return quick, full


def test_the_quick_reader_knows_every_setting() -> None:
    assert set(Settings.model_fields) == SETTING_NAMES


@pytest.mark.parametrize(("environ", "dotenv"), PLAIN)
def test_plain_settings_are_read_as_settings_reads_them(
    environ: dict[str, str],
    dotenv: str | None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    quick, full = _both(environ, dotenv, tmp_path, monkeypatch)
    assert isinstance(full, Settings)
    assert quick is not None
    for name in FIELDS:
        assert getattr(quick, name) == getattr(full, name), name
    assert quick.resolved_knowledge_dir() == full.resolved_knowledge_dir()
    assert quick.resolved_knowledge_cache_dir() == full.resolved_knowledge_cache_dir()


@pytest.mark.parametrize(("environ", "dotenv"), HANDED_OVER)
def test_anything_else_is_handed_to_settings(
    environ: dict[str, str],
    dotenv: str | None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    quick, _full = _both(environ, dotenv, tmp_path, monkeypatch)
    assert quick is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG shortcut is Linux's")
@pytest.mark.parametrize("xdg", [None, "", "   ", "/abs/cache", "relative/cache"])
def test_the_default_cache_dir_is_platformdirs(
    xdg: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from platformdirs import user_cache_path

    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    expected = user_cache_path("partnerbot", appauthor=False) / "knowledge"
    assert default_knowledge_cache_dir() == expected
