"""Log setup for ``partnerbot run``: text (key=value fields) or JSON lines, token redacted.

A log call adds structured fields with ``extra={"fields": {...}}``; the text format
appends them as ``key=value`` and the JSON format merges them into the object. Either
way the Discord token is replaced by ``[DISCORD_TOKEN]`` in the finished line, so not
even a careless ``log.info("%s", token)`` or a field can leak it.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any, Literal

REDACTED = "[DISCORD_TOKEN]"
FIELDS = "fields"

LogFormat = Literal["text", "json"]


def _fields(record: logging.LogRecord) -> dict[str, Any]:
    fields = getattr(record, FIELDS, None)
    return fields if isinstance(fields, dict) else {}


def _text_value(value: Any) -> str:
    text = "" if value is None else str(value)
    # Quote values with spaces, quotes or '=' so that the line splits unambiguously.
    if text == "" or any(ch in text for ch in ' "=\n\t'):
        return json.dumps(text, ensure_ascii=False)
    return text


class KeyValueFormatter(logging.Formatter):
    """``2026-11-27 23:40:01 INFO bot.ops.observer answer status=answered command=quote …``"""

    def __init__(self, secret: str = "") -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s", "%Y-%m-%d %H:%M:%S")
        self.secret = secret

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        fields = _fields(record)
        if fields:
            pairs = " ".join(f"{key}={_text_value(value)}" for key, value in fields.items())
            head, sep, tail = line.partition("\n")  # fields before any traceback
            line = f"{head} {pairs}{sep}{tail}"
        return line.replace(self.secret, REDACTED) if self.secret else line


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ``ts``, ``level``, ``logger``, ``msg``, the record's
    fields, and ``exc`` (the traceback) when there is one."""

    def __init__(self, secret: str = "") -> None:
        super().__init__()
        self.secret = secret

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in _fields(record).items():
            data.setdefault(key, value)
        if record.exc_info:
            data["exc"] = self.formatException(record.exc_info)
        elif record.exc_text:
            data["exc"] = record.exc_text
        if record.stack_info:
            data["stack"] = self.formatStack(record.stack_info)
        line = json.dumps(data, ensure_ascii=False, default=str)
        return line.replace(self.secret, REDACTED) if self.secret else line


def formatter_for(fmt: LogFormat, secret: str = "") -> logging.Formatter:
    return JsonFormatter(secret) if fmt == "json" else KeyValueFormatter(secret)


def setup_logging(level: str, secret: str = "", fmt: LogFormat = "text") -> None:
    """Log to stderr at ``level`` in ``fmt``, with the token redacted everywhere.

    Replaces the root logger's handlers: ``partnerbot run`` owns the process.
    """
    handler = logging.StreamHandler(sys.stderr)
    # The formatters redact the finished line: message, fields and traceback alike.
    handler.setFormatter(formatter_for(fmt, secret))
    root = logging.getLogger()
    for old in root.handlers[:]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.getLevelNamesMapping()[level])
