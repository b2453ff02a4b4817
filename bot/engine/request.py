"""Turn a message, exactly as typed in a channel, into a Request for the engine."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.textnorm import normalize

COMMANDS = ("quote", "what", "who", "sources", "help")
COMMAND_ALIASES = {
    "q": "quote",
    "quotes": "quote",
    "said": "quote",
    "define": "what",
    "whatis": "what",
    "about": "what",
    "whois": "who",
    "source": "sources",
    "releases": "sources",
    "release": "sources",
    "commands": "help",
    "h": "help",
}

# A leading mention of the bot (or anyone: "@bot", "<@123>", "<@!123>") is how a
# question is addressed, not part of it.
_LEADING_MENTIONS = re.compile(r"^(?:\s*(?:<@!?\d+>|<@&\d+>|@[^\s@]+)[\s,:;]*)+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# "!quote Jack MA 2": a short trailing number is a page, not part of the name.
_TRAILING_PAGE = re.compile(r"^(?P<rest>.*\S)\s+#?(?P<page>\d{1,3})$", re.S)


@dataclass(frozen=True, slots=True)
class Request:
    command: str  # one of COMMANDS, "question", or "unknown"
    argument: str = ""
    page: int | None = None
    # The command word as typed, for "unknown command" replies.
    raw_command: str = ""


def clean(text: str) -> str:
    return _CONTROL.sub(" ", text).strip()


def strip_leading_mentions(text: str) -> str:
    return _LEADING_MENTIONS.sub("", text, count=1).strip()


def split_page(argument: str) -> tuple[str, int | None]:
    match = _TRAILING_PAGE.match(argument)
    if match is None:
        return argument, None
    return match["rest"].strip(), int(match["page"])


def parse(message: str, prefix: str = "!") -> Request:
    text = strip_leading_mentions(clean(message))
    if not text.startswith(prefix):
        return Request("question", text)
    body = text[len(prefix) :].strip()
    word, _, argument = body.partition(" ")
    if not word:
        return Request("help" if not body else "unknown", "", raw_command=body)
    # Only the first line belongs to the command word; "!what\neWTP" still works.
    if "\n" in word:
        word, _, rest = word.partition("\n")
        argument = f"{rest} {argument}".strip()
    name = normalize(word).replace(" ", "")
    command = name if name in COMMANDS else COMMAND_ALIASES.get(name, "unknown")
    argument = " ".join(argument.split())
    page = None
    if command in ("quote", "sources"):
        if command == "sources" and argument.isdigit():
            argument, page = "", int(argument)
        else:
            argument, page = split_page(argument)
    return Request(command, argument, page, raw_command=word)
