"""Reading what the bot sent: the text of a message body or interaction callback."""

from __future__ import annotations

from typing import Any

from tests.fakediscord import Recorded


def message_data(rec: Recorded) -> dict[str, Any]:
    """The message part of a request: the body itself, or ``data`` of a callback."""
    body = rec.body or {}
    if rec.path.endswith("/callback"):
        return body.get("data") or {}
    return body


def text_of(rec: Recorded) -> str:
    """Content plus every embed's title, description, fields and footer."""
    data = message_data(rec)
    parts = [data.get("content") or ""]
    for embed in data.get("embeds") or []:
        parts.append(embed.get("title") or "")
        parts.append(embed.get("description") or "")
        for field in embed.get("fields") or []:
            parts.append(f"{field['name']}: {field['value']}")
        parts.append((embed.get("footer") or {}).get("text") or "")
    return "\n".join(p for p in parts if p)


def buttons(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for row in data.get("components") or [] for c in row.get("components", [])]
