"""Settings, read from the environment and ``.env`` (pydantic-settings).

Every field here is documented in ``.env.example`` and the README; a test keeps the
three in step.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.knowledge_settings import KnowledgePaths
from bot.tokens import SHOWN_VALUE_CHARS, looks_like_token, shown_value

__all__ = ["ID_LISTS", "SHOWN_VALUE_CHARS", "Settings", "looks_like_token", "shown_value"]

# Comma-separated id lists in the environment.
ID_LISTS = (
    "moderator_role_ids",
    "moderator_guild_ids",
    "allowed_channel_ids",
    "allowed_role_ids",
    "shard_ids",
)


class Settings(KnowledgePaths, BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        case_sensitive=False,
    )

    # Where the knowledge files live; empty means the bundled knowledge base.
    knowledge_dir: Path | None = Field(default=None)
    # The prefix for text commands (``!quote Jack MA``).
    command_prefix: str = Field(default="!", min_length=1, max_length=5)
    # Serve releases that ``partnerbot ingest`` drafted but nobody reviewed yet.
    serve_unreviewed: bool = False
    # Knowledge files larger than this are rejected (protects reloads from huge files).
    max_knowledge_file_bytes: int = Field(default=64 * 1024 * 1024, gt=0)
    # Keep validated knowledge files on disk, keyed by their content's digest, so that a
    # new process (`partnerbot ask`, the bot's start) validates only the changed ones.
    knowledge_cache: bool = True
    # Where; empty: the platform's user cache directory (~/.cache/partnerbot/knowledge).
    knowledge_cache_dir: Path | None = None

    # --- Discord (``partnerbot run`` / ``partnerbot sync``) -------------------------------
    # The bot token from the Developer Portal. SecretStr keeps it out of reprs, logs and
    # validation errors; only the Discord client ever sees the raw value.
    discord_token: SecretStr | None = None
    # Role ids whose members may ``reload``, ``gaps`` and ``stats`` besides the bot owner.
    # Comma-separated in the environment (NoDecode: not JSON).
    moderator_role_ids: Annotated[tuple[int, ...], NoDecode] = ()
    # Servers where Manage Server alone makes a member a moderator. Empty: nowhere (only
    # the owner and MODERATOR_ROLE_IDS), so an admin of any server the bot is in cannot
    # reload the knowledge base every server shares.
    moderator_guild_ids: Annotated[tuple[int, ...], NoDecode] = ()
    # Seconds each moderator waits between two reloads (0: no cooldown).
    reload_cooldown_seconds: float = Field(default=30.0, ge=0, le=86_400)
    # Channels where answer commands and mentions are answered (comma-separated; a
    # thread counts as its parent channel). Empty: every channel, direct messages too.
    allowed_channel_ids: Annotated[tuple[int, ...], NoDecode] = ()
    # Roles whose members get answers (comma-separated). Empty: everyone.
    allowed_role_ids: Annotated[tuple[int, ...], NoDecode] = ()
    # A guild that gets the slash commands synced on every start (instant, for development).
    dev_guild_id: int | None = Field(default=None, gt=0)
    # Whether to request the privileged message-content intent. Prefix commands need it;
    # mentions and slash commands work without it.
    message_content_intent: bool = True
    # Python logging level name for the bot's logs.
    log_level: str = "INFO"
    # Shards across all processes; unset means one unsharded connection.
    shard_count: int | None = Field(default=None, gt=0)
    # The shard ids this process runs (comma-separated); empty means all of them.
    shard_ids: Annotated[tuple[int, ...], NoDecode] = ()
    # Per-user cooldown on answer commands: at most COOLDOWN_RATE per COOLDOWN_SECONDS.
    cooldown_rate: int = Field(default=5, gt=0)
    cooldown_seconds: float = Field(default=30.0, gt=0)

    # --- Operations (see "Running in production" in the README) ---------------------------
    # SQLite file where unanswered questions (not_found / ambiguous) are recorded for
    # moderators (`gaps`); empty disables recording. Relative paths are from the working dir.
    gaps_db_path: Path | None = Path("partnerbot-gaps.sqlite3")
    # Recorded questions older than this many days are deleted.
    gaps_retention_days: int = Field(default=90, gt=0, le=36_500)
    # At most this many recorded questions are kept; the oldest go first.
    gaps_max_rows: int = Field(default=100_000, gt=0)
    # Also store the asker's user id with each unanswered question (off: no user data).
    gaps_store_user_id: bool = False
    # Reload the knowledge base when files in KNOWLEDGE_DIR change (watchfiles).
    watch_knowledge: bool = False
    # Quiet time after the last change before the watcher reloads.
    watch_debounce_seconds: float = Field(default=1.0, ge=0.01, le=60)
    # A channel id where the bot posts failed automatic reloads; empty: log only.
    mod_log_channel_id: int | None = Field(default=None, gt=0)
    # Port of the health and metrics HTTP endpoint (/healthz, /metrics); empty: off.
    health_port: int | None = Field(default=None, ge=0, le=65_535)
    # Address the health endpoint listens on.
    health_host: str = Field(default="127.0.0.1", min_length=1)
    # Log line format: text (key=value fields) or json (one object per line).
    log_format: Literal["text", "json"] = "text"

    @field_validator(
        "knowledge_dir",
        "knowledge_cache_dir",
        "dev_guild_id",
        "shard_count",
        "gaps_db_path",
        "mod_log_channel_id",
        "health_port",
        mode="before",
    )
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        # An optional setting left empty (HEALTH_PORT= as copied from .env.example) means
        # "not set": the default or off, never an invalid value.
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("command_prefix")
    @classmethod
    def _no_whitespace_prefix(cls, value: str) -> str:
        if any(ch.isspace() for ch in value):
            raise ValueError("the command prefix cannot contain spaces")
        return value

    @field_validator("discord_token", mode="before")
    @classmethod
    def _empty_token_is_none(cls, value: object) -> object:
        # DISCORD_TOKEN= (copied from .env.example) means "not set", not an empty token.
        if isinstance(value, str) and not value.strip():
            return None
        if isinstance(value, str):
            value = value.strip()
            # A token with a line break or space inside (pasted with the next line, or
            # two values run together) would only fail later, inside an HTTP header.
            if any(ch.isspace() or not ch.isprintable() for ch in value):
                raise ValueError(
                    "the token contains a line break, space or control character; "
                    "paste the token alone, on one line"
                )
        return value

    @field_validator(*ID_LISTS, mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        # "123, 456" in the environment; a list when built in code.
        if isinstance(value, str):
            parts = [part.strip() for part in value.split(",")]
            return tuple(part for part in parts if part)
        return value

    @field_validator(*ID_LISTS)
    @classmethod
    def _non_negative_ids(cls, value: tuple[int, ...]) -> tuple[int, ...]:
        if any(item < 0 for item in value):
            raise ValueError("ids cannot be negative")
        return value

    @field_validator("log_format", mode="before")
    @classmethod
    def _log_format_case(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("log_level", mode="before")
    @classmethod
    def _known_log_level(cls, value: object) -> object:
        if isinstance(value, str):
            name = value.strip().upper()
            if name not in logging.getLevelNamesMapping():
                raise ValueError("use one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
            return name
        return value

    @model_validator(mode="after")
    def _no_token_elsewhere(self) -> Settings:
        # A token pasted into the wrong variable must not travel on (into a path shown
        # in an error message, say). Named, never shown.
        token = self.discord_token.get_secret_value() if self.discord_token else None
        for name in (
            "knowledge_dir",
            "knowledge_cache_dir",
            "gaps_db_path",
            "health_host",
            "command_prefix",
        ):
            value = getattr(self, name)
            if value is not None and looks_like_token(str(value), token):
                raise ValueError(
                    f"{name.upper()} holds what looks like a Discord bot token (not shown); "
                    "put the token in DISCORD_TOKEN only"
                )
        return self

    @model_validator(mode="after")
    def _shard_ids_within_count(self) -> Settings:
        if self.shard_ids:
            if self.shard_count is None:
                raise ValueError("SHARD_IDS needs SHARD_COUNT")
            outside = [i for i in self.shard_ids if i >= self.shard_count]
            if outside:
                raise ValueError(
                    f"SHARD_IDS {outside} are not below SHARD_COUNT {self.shard_count}"
                )
        return self
