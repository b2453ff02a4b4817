"""Small text helpers for building replies: trimming, and echoing user text safely."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot import limits
from bot.textnorm import normalize
from bot.vocab import honorifics

_MARKDOWN = re.compile(r"([\\*_~`|\[\]])")
_LINE_START_MARKDOWN = ("#", ">", "-", "+", "1.")
_MENTION_LIKE = re.compile(r"<(@[!&]?|#)(\d+)>")
# "https://", "steam://"…: what makes a client turn text into a link.
_URL_SCHEME = re.compile(r"(?i)([a-z][a-z0-9+.-]{0,31}):(?=/)")


def defuse_links(text: str) -> str:
    """Text that no client turns into a clickable link, still readable as typed: a
    zero-width space (U+200B) after the scheme's colon, as in "https:" ZWSP
    "//example.com", the same device that keeps "@everyone" from pinging. A masked link
    needs a URL too, so "[x](https://…)" stays text as well."""
    return _URL_SCHEME.sub("\\1:\u200b", text)


def echo(text: str) -> str:
    """User text made safe to repeat: one line, short, markdown, mentions and links
    defused."""
    text = " ".join(text.split())
    if len(text) > limits.ECHO_CHARS:
        text = text[: limits.ECHO_CHARS - 1].rstrip() + "…"
    # A zero-width space after "@" breaks "@everyone", "<@123>" and "<@&456>" alike.
    text = text.replace("@", "@\u200b")
    text = defuse_links(text)
    text = _MARKDOWN.sub(r"\\\1", text)
    # Headings, quotes and list markers only mean something at the start of a line.
    return "\\" + text if text.startswith(_LINE_START_MARKDOWN) else text


def clip(text: str, limit: int = limits.ANSWER_BODY_CHARS) -> str:
    """Trim to ``limit`` characters at a word boundary, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def has_word(text: str) -> bool:
    """True when the text has at least one letter or digit to look up."""
    return bool(normalize(_MENTION_LIKE.sub(" ", text)))


# "Mr. Li", "Dr Ma": a courtesy title before a name is not part of it. The list is
# ingest's too (bot/vocab/honorifics.txt).
HONORIFICS = honorifics()
_HONORIFIC = re.compile(
    # (Longest first: "Datin Paduka" whole, not "Datin" and a name "Paduka ...".)
    rf"^(?:{'|'.join(map(re.escape, sorted(HONORIFICS, key=len, reverse=True)))})\.?\s+(?=\S)",
    re.IGNORECASE,
)


def strip_honorific(text: str) -> str:
    return _HONORIFIC.sub("", text.strip(), count=1)


# Honorifics that say whether a man or a woman is meant: "Ms Holt" is not the Holt whose
# aliases call him "Mr Holt". Others (Dr, Prof, Sir's peers) say nothing of it.
_MALE_HONORIFICS = frozenset("mr mister sir lord".split())
_FEMALE_HONORIFICS = frozenset("ms mrs miss madam madame mme dame".split())


def honorific_gender(text: str) -> str | None:
    """ "m" or "f" when ``text`` opens with a gendered honorific ("Mr. Holt", "Ms Holt"),
    else None."""
    match = _HONORIFIC.match(text.strip())
    if match is None:
        return None
    word = match[0].strip().rstrip(".").casefold()
    return "m" if word in _MALE_HONORIFICS else "f" if word in _FEMALE_HONORIFICS else None


def declared_gender(aliases: Iterable[str]) -> str | None:
    """The gender a person's aliases declare by a gendered honorific ("Mr Holt", "Ms.
    Maren Holt"), when they declare one and only one; else None."""
    declared = {honorific_gender(a) for a in aliases} - {None}
    return declared.pop() if len(declared) == 1 else None
