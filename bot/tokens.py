"""Telling a Discord bot token when it turns up where it should not (settings errors).

Kept apart from ``bot.settings`` so that the terminal's quick settings path
(``bot.knowledge_settings``) can use it without importing pydantic-settings.
"""

from __future__ import annotations

import re

# A Discord bot token: three base64url parts joined by dots, the user id first (Discord's
# token format; real ones are 59-72 characters). Looser than Discord's own, so that a
# mangled or future token is still caught.
_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{17,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{20,}")
# Longer values without spaces are never shown in errors either: secrets are long
# unbroken strings, and a setting's real value (an id, a level) is short.
SHOWN_VALUE_CHARS = 40


def looks_like_token(text: str, token: str | None = None) -> bool:
    """True when ``text`` equals ``token`` (the configured one), contains it, or has a
    Discord bot token's shape anywhere in it."""
    if token and len(token) >= 8 and token in text:
        return True
    return _TOKEN_SHAPE.search(text) is not None


def shown_value(value: object, token: str | None = None) -> str:
    """How a settings error shows a bad value: its repr, unless it looks like a token or
    is long enough to be one, in which case only its length is given."""
    text = str(value)
    if looks_like_token(text, token) or (
        len(text) > SHOWN_VALUE_CHARS and not any(ch.isspace() for ch in text)
    ):
        return f"a {len(text)}-character value, not shown"
    return repr(value)
