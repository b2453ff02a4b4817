"""Log setup for ``partnerbot run``: text (key=value fields) or JSON lines, secrets redacted.

A log call adds structured fields with ``extra={"fields": {...}}``; the text format
appends them as ``key=value`` and the JSON format merges them into the object. Either
way secrets are redacted in the finished line (``Redactor``), so not even a careless
``log.info("%s", token)``, a field or discord.py's DEBUG dump of a payload can leak one.

JSON lines come from python-json-logger (its serialising of any value, exceptions and
stack traces, and its handling of ``extra`` attributes); this module only names the
keys, merges ``fields``, and redacts the serialised line.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from typing import Any, Literal

from pythonjsonlogger.core import RESERVED_ATTRS
from pythonjsonlogger.json import JsonFormatter as _LibraryJsonFormatter

REDACTED = "[DISCORD_TOKEN]"
REDACTED_INTERACTION = "[INTERACTION_TOKEN]"
FIELDS = "fields"

# What may stand between two characters of a secret in the line as logged, without the
# secret being any less readable: backslashes (a markdown escape "\_" that the bot's
# echo adds, doubled by every JSON or repr layer, as in discord.py's DEBUG dump of a
# reply it sends) and invisible characters, raw or written as escapes ("\u200b").
# One backslash or one escape per step, and possessive (*+): a run of backslashes is
# read once, never split many ways, so a line full of escapes costs linear time.
_NOISE = r"(?:\\u(?:00ad|200[b-f]|2060|feff)|\\|[\u00ad\u200b-\u200f\u2060\ufeff])*+"
# Interaction and webhook tokens: in the URLs discord.py logs at DEBUG
# (/interactions/{id}/{token}/callback, /webhooks/{app}/{token}) and in the "token" key
# of an INTERACTION_CREATE payload it dumps (repr or JSON quoting).
_INTERACTION_TOKEN = re.compile(
    r"(?P<head>/(?:interactions|webhooks)/\d+/)[^/\s?#'\"]+"
    r"|(?P<key>(?<!\\)(?P<q>\\*+['\"])token(?P=q)\s*:\s*(?P=q))(?!\[)[^'\"\\]+"
)
# Any string shaped like a Discord bot token (another bot's, pasted by a user), as
# bot.discord.observe scrubs them from questions. Anchored at the start of a word, so
# a long run of word characters is scanned once, not once per position.
TOKEN_SHAPED = re.compile(r"(?<![\w-])[\w-]{20,}+\.[\w-]{5,}+\.[\w-]{20,}+")


class Redactor:
    """Removes secrets from a finished log line, in the form they are actually logged.

    * the bot's token (``secret``), also with escapes or invisible characters between
      its characters (``_NOISE``);
    * anything shaped like a bot token;
    * interaction and webhook tokens (URLs and ``token`` keys), which let anyone answer
      an interaction as the bot for 15 minutes.
    """

    def __init__(self, secret: str = "") -> None:
        self.secret = secret
        self._secret = re.compile(_NOISE.join(re.escape(ch) for ch in secret)) if secret else None

    def __call__(self, line: str) -> str:
        if self._secret is not None:
            line = line.replace(self.secret, REDACTED)
            line = self._secret.sub(REDACTED, line)
        line = TOKEN_SHAPED.sub(REDACTED, line)
        return _INTERACTION_TOKEN.sub(_interaction_redacted, line)


def _interaction_redacted(match: re.Match[str]) -> str:
    return (match["head"] or match["key"]) + REDACTED_INTERACTION


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
        self.redact = Redactor(secret)

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        fields = _fields(record)
        if fields:
            pairs = " ".join(f"{key}={_text_value(value)}" for key, value in fields.items())
            head, sep, tail = line.partition("\n")  # fields before any traceback
            line = f"{head} {pairs}{sep}{tail}"
        return self.redact(line)


# The keys of a JSON line, by the LogRecord attribute (or python-json-logger key) they hold.
_JSON_KEYS = {
    "levelname": "level",
    "name": "logger",
    "message": "msg",
    "exc_info": "exc",
    "stack_info": "stack",
}


class JsonFormatter(_LibraryJsonFormatter):
    """One JSON object per line: ``ts`` (ISO 8601, UTC), ``level``, ``logger``, ``msg``,
    the record's fields (and any other ``extra`` attribute), ``exc`` (the traceback)
    and ``stack`` when there are. A field never replaces one of the fixed keys."""

    def __init__(self, secret: str = "") -> None:
        super().__init__(
            "%(levelname)s %(name)s %(message)s",
            rename_fields=_JSON_KEYS,
            timestamp="ts",
            # ``fields`` is merged below, not nested as an ``extra`` attribute would be.
            reserved_attrs=[*RESERVED_ATTRS, FIELDS],
            json_ensure_ascii=False,
        )
        self.redact = Redactor(secret)

    def add_fields(
        self, log_data: dict[str, Any], record: logging.LogRecord, message_dict: dict[str, Any]
    ) -> None:
        super().add_fields(log_data, record, message_dict)
        for key, value in _fields(record).items():
            log_data.setdefault(key, value)

    def process_log_record(self, log_data: dict[str, Any]) -> dict[str, Any]:
        # The time first, as in the text format: lines sort and read by time.
        return {"ts": log_data.pop("ts"), **log_data}

    def format(self, record: logging.LogRecord) -> str:
        # Redacted as serialised: the JSON escaping is part of the form that is logged.
        return self.redact(super().format(record))


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
