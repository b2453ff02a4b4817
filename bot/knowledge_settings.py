"""The settings a terminal answer needs, read without pydantic-settings when they are plain.

``partnerbot ask`` and ``shell`` need only the knowledge settings (where the files are,
the prefix, drafts, the size limit, the cache). Importing pydantic-settings costs
about a sixth of ``ask``'s cold start (issue 12), so ``read_quick`` reads them from the
environment and ``.env`` itself, but only when every setting given there is one of
them with a plain value whose meaning is certain (``true``, a number, a path...). In
any other case (another setting is given, a value it does not take as plain, a ``.env``
it cannot read) it returns None and the caller reads the full ``bot.settings.Settings``,
which validates everything and reports every problem as before. A test holds the two
readers to the same result.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from bot.paths import bundled_knowledge_dir
from bot.tokens import looks_like_token

DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024
# Every field of bot.settings.Settings (a test keeps them in step): a variable with one
# of these names that the quick reader does not take sends the caller to Settings.
SETTING_NAMES = frozenset(
    {
        "knowledge_dir",
        "command_prefix",
        "serve_unreviewed",
        "max_knowledge_file_bytes",
        "knowledge_cache",
        "knowledge_cache_dir",
        "discord_token",
        "moderator_role_ids",
        "moderator_guild_ids",
        "reload_cooldown_seconds",
        "allowed_channel_ids",
        "allowed_role_ids",
        "dev_guild_id",
        "message_content_intent",
        "log_level",
        "shard_count",
        "shard_ids",
        "cooldown_rate",
        "cooldown_seconds",
        "gaps_db_path",
        "gaps_retention_days",
        "gaps_max_rows",
        "gaps_store_user_id",
        "watch_knowledge",
        "watch_debounce_seconds",
        "mod_log_channel_id",
        "health_port",
        "health_host",
        "log_format",
    }
)
# What pydantic reads as true or false from text (a subset: only the spellings the
# quick reader is sure of; any other goes to Settings).
_BOOLS = {"true": True, "false": False, "1": True, "0": False, "yes": True, "no": False}
_POSITIVE_INT = re.compile(r"[1-9][0-9]{0,17}")


def default_knowledge_cache_dir() -> Path:
    """The platform's user cache directory for partnerbot's validated knowledge files:
    ``$XDG_CACHE_HOME/partnerbot/knowledge`` (by default ``~/.cache/partnerbot/knowledge``)
    on Linux, where platformdirs, which decides it elsewhere, would say the same (a test
    checks it) but costs a cold start its import."""
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_CACHE_HOME", "")
        # The XDG spec ignores a relative path, and so does platformdirs.
        root = Path(base if os.path.isabs(base) else os.path.expanduser("~/.cache"))
        return root / "partnerbot" / "knowledge"
    from platformdirs import user_cache_path

    return user_cache_path("partnerbot", appauthor=False) / "knowledge"


class KnowledgePaths:
    """Where the knowledge and its cache are, resolved from the knowledge settings; shared
    by ``KnowledgeSettings`` and ``bot.settings.Settings`` (which has the same fields)."""

    if TYPE_CHECKING:
        knowledge_dir: Path | None
        knowledge_cache: bool
        knowledge_cache_dir: Path | None

    def resolved_knowledge_dir(self) -> Path:
        return self.knowledge_dir or bundled_knowledge_dir()

    def resolved_knowledge_cache_dir(self) -> Path | None:
        """Where validated knowledge files are kept (``bot.kb.store``); None when off."""
        if not self.knowledge_cache:
            return None
        return self.knowledge_cache_dir or default_knowledge_cache_dir()


@dataclass(frozen=True, slots=True)
class KnowledgeSettings(KnowledgePaths):
    """The knowledge settings, with the meanings of ``bot.settings.Settings``'s fields of
    the same names."""

    knowledge_dir: Path | None = None
    command_prefix: str = "!"
    serve_unreviewed: bool = False
    max_knowledge_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    knowledge_cache: bool = True
    knowledge_cache_dir: Path | None = None

    def with_knowledge_dir(self, directory: Path) -> KnowledgeSettings:
        return replace(self, knowledge_dir=directory)


def _given(environ: Mapping[str, str], env_file: Path) -> dict[str, str] | None:
    """Every setting given, by field name: the environment over ``env_file``, names in
    any case (as pydantic-settings reads them). None when a name is given twice in one
    place, a ``.env`` line has no value, or the file cannot be read."""
    found: dict[str, str] = {}
    layers: list[Mapping[str, str | None]] = []
    if os.path.lexists(env_file):
        try:
            from dotenv import dotenv_values

            layers.append(dotenv_values(env_file, encoding="utf-8"))
        except Exception:  # Settings reads it again and reports what is wrong
            return None
    layers.append(environ)
    for layer in layers:
        seen: set[str] = set()
        for key, value in layer.items():
            name = key.lower()
            if name not in SETTING_NAMES:
                continue
            if value is None or name in seen:
                return None
            seen.add(name)
            found[name] = value
    return found


def _path(value: str, token: str | None) -> Path | bool | None:
    """An optional path setting: None when empty; False when it is not plain."""
    if not value.strip():
        return None
    if looks_like_token(value, token) or "\x00" in value:
        return False
    return Path(value)


def read_quick(
    environ: Mapping[str, str] | None = None, env_file: Path | str = ".env"
) -> KnowledgeSettings | None:
    """The knowledge settings from ``environ`` (default ``os.environ``) and ``env_file``,
    or None when ``bot.settings.Settings`` must read them (see the module's docstring)."""
    given = _given(os.environ if environ is None else environ, Path(env_file))
    if given is None:
        return None
    token: str | None = None
    raw_token = given.pop("discord_token", None)
    if raw_token is not None and raw_token.strip():
        token = raw_token.strip()
        # Settings refuses these (see Settings._empty_token_is_none).
        if any(ch.isspace() or not ch.isprintable() for ch in token):
            return None
    values: dict[str, object] = {}
    for name, value in given.items():
        if name in ("knowledge_dir", "knowledge_cache_dir"):
            path = _path(value, token)
            if path is False:
                return None
            values[name] = path
        elif name in ("serve_unreviewed", "knowledge_cache"):
            flag = _BOOLS.get(value.lower())
            if flag is None:
                return None
            values[name] = flag
        elif name == "max_knowledge_file_bytes":
            if not _POSITIVE_INT.fullmatch(value):
                return None
            values[name] = int(value)
        elif name == "command_prefix":
            if not 1 <= len(value) <= 5 or any(ch.isspace() for ch in value):
                return None
            values[name] = value
        else:  # a setting this reader does not take: Settings reads them all
            return None
    return KnowledgeSettings(**values)  # type: ignore[arg-type]
