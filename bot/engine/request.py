"""Turn a message, exactly as typed in a channel, into a Request for the engine."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from bot.textnorm import normalize, strip_format_controls

COMMANDS = ("quote", "what", "who", "timeline", "sources", "help")
COMMAND_ALIASES = {
    "q": "quote",
    "quotes": "quote",
    "said": "quote",
    "define": "what",
    "whatis": "what",
    "about": "what",
    "whois": "who",
    "history": "timeline",
    "source": "sources",
    "releases": "sources",
    "release": "sources",
    "commands": "help",
    "h": "help",
}

# A leading mention of the bot (or anyone: "@bot", "<@123>", "<@!123>") is how a
# question is addressed, not part of it.
_LEADING_MENTIONS = re.compile(r"^(?:\s*(?:<@!?\d+>|<@&\d+>|@[^\s@]+)[\s,:;]*)+")
# Mentions inside a question or a command's argument ("hey @everyone, who is Jack Ma?",
# "!what eWTP @here") address people in the channel; they are not words of the question. Discord's raw forms
# (users, roles, channels) and the two mass mentions; a bare "@name" may be a handle the
# question is about, so it stays.
_INNER_MENTIONS = re.compile(r"\s*(?:<@[!&]?\d+>|<#\d+>|@(?:everyone|here)\b)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# "!quote Jack MA 2": a short trailing token may be a page number, not part of the name
# (page_number decides). Three characters at most: a page, not a year or an amount.
_TRAILING_PAGE = re.compile(r"^(?P<rest>.*\S)\s+#?(?P<page>\S{1,3})$", re.S)
# "-1", "−2": a page below the first, read as page 0 (see asked_page).
_NEGATIVE_PAGE = re.compile(r"[-\u2212]\d{1,6}")
# Pages past this are all "the last page"; it keeps a pasted 4,000-digit number cheap.
MAX_PAGE = 999_999


# An entity reference is the entity id itself when it is at most this long, else "~"
# and a hash of it: buttons and autocomplete values carry references, and Discord
# allows 100 characters per custom id or option value (ids may have 120).
ENTITY_REF_CHARS = 40
_HASHED_REF_PREFIX = "~"
# How an exact reference travels as text, e.g. an autocomplete value: "id:jack-ma".
OPTION_REF_PREFIX = "id:"
_OPTION_REF = re.compile(r"^id:(?P<ref>[a-z0-9._~-]{1,64})$")


@dataclass(frozen=True, slots=True)
class Request:
    command: str  # one of COMMANDS, "question", or "unknown"
    argument: str = ""
    page: int | None = None
    # The command word as typed, for "unknown command" replies.
    raw_command: str = ""
    # An exact entity reference (see entity_ref) for quote, what and who: set by a
    # button, a menu or an autocomplete value, it wins over ``argument``, which is then
    # only what the user saw.
    entity_id: str = ""
    # The date the question is asked on, for "this year" and "last year": set by the
    # front door (KnowledgeService.ask), since the engine reads no clock. None: the
    # engine reads them against the newest release's date.
    today: dt.date | None = None


def entity_ref(entity_id: str) -> str:
    """A short exact reference to an entity: its id, or "~" + 16 hex digits of its
    BLAKE2b hash when the id is longer than ENTITY_REF_CHARS (ids never contain "~")."""
    if len(entity_id) <= ENTITY_REF_CHARS:
        return entity_id
    digest = hashlib.blake2b(entity_id.encode(), digest_size=8).hexdigest()
    return _HASHED_REF_PREFIX + digest


def is_hashed_ref(ref: str) -> bool:
    return ref.startswith(_HASHED_REF_PREFIX)


def option_value(ref: str) -> str:
    """An entity reference as text for an option value: "id:jack-ma" (at most 67 chars)."""
    return OPTION_REF_PREFIX + ref


def ref_in_option(text: str) -> str | None:
    """The entity reference in an option value made by option_value, else None."""
    match = _OPTION_REF.match(text.strip())
    return match["ref"] if match else None


def clean(text: str) -> str:
    """Control characters become spaces; bidi and other reordering format characters
    (``bot.textnorm.strip_format_controls``) go, so no reply can echo them."""
    return strip_format_controls(_CONTROL.sub(" ", text)).strip()


def strip_leading_mentions(text: str) -> str:
    return _LEADING_MENTIONS.sub("", text, count=1).strip()


# Discord chat markup around words: code spans and blocks (`x`, ```x```), spoiler bars
# (||x||), bold, underline and strike-through (**x**, __x__, ~~x~~). The marks go and the
# words inside stay: "where did `they` meet? ||quick||" asks where they met.
_CHAT_MARKUP = re.compile(r"`+|\|\||\*\*|__|~~")


def drop_chat_markup(text: str) -> str:
    """``text`` without Discord's markup marks (``_CHAT_MARKUP``), every word kept."""
    return " ".join(_CHAT_MARKUP.sub(" ", text).split())


def drop_inner_mentions(text: str) -> str:
    """``text`` without the mentions in it (``_INNER_MENTIONS``), spaces tidied."""
    text = _INNER_MENTIONS.sub(" ", text)
    return re.sub(r"\s+([,:;?!.])", r"\1", " ".join(text.split())).strip(" ,:;")


def page_number(token: str) -> int | None:
    """The page a typed token names, or None when it is not a number.

    Any way of writing decimal digits counts, as a user may type them: ASCII "2",
    Arabic-Indic "٢", full-width "２", superscript "²", mathematical "𝟚", circled "②".
    Compatibility forms fold first (NFKC: "²" -> "2", "⑫" -> "12"), then every character
    must be a decimal digit of some script (Unicode category Nd), read with
    ``unicodedata.decimal``: ``int()`` rejects "²" (``str.isdigit`` accepts it) and
    refuses numbers past 4,300 digits. Numbers past MAX_PAGE read as MAX_PAGE.
    """
    folded = unicodedata.normalize("NFKC", token)
    if not folded or not all(unicodedata.category(ch) == "Nd" for ch in folded):
        return None
    digits = "".join(str(unicodedata.decimal(ch)) for ch in folded).lstrip("0")
    if len(digits) > len(str(MAX_PAGE)):
        return MAX_PAGE
    return min(int(digits or "0"), MAX_PAGE)


def asked_page(request: Request) -> int:
    """The page a request asks for: 1 when it names none. 0 stands for any page below 1
    ("!quote X 0", "!sources -2"), which every paged command answers with
    ``no_such_page``, as it does a page past the last."""
    return 1 if request.page is None else request.page


def no_such_page(page: int, total: int, stem: str, noun: str, nouns: str, whose: str = "") -> str:
    """The one line every paged command gives for a page it does not have.

    ``total`` counts ``noun``s (``nouns`` is the plural), one a page; ``stem`` is the
    command that shows the first ("!quote Jack MA"); ``whose`` names the owner
    (" for Jack MA"), or is empty."""
    if page < 1:
        head = "Pages start at 1"
    else:
        head = f"There is no page {f'{page:,}' if page < MAX_PAGE else 'that high'}"
    if total == 1:
        return f"{head}: there is only one {noun}{whose}, and `{stem}` shows it."
    return f"{head}: there are {total} {nouns}{whose}, `{stem}` to `{stem} {total}`."


def split_page(argument: str) -> tuple[str, int | None]:
    """``("Jack MA", 2)`` for "Jack MA 2" or "Jack MA #²"; ``(argument, None)`` when
    the last word is not a page number."""
    match = _TRAILING_PAGE.match(argument)
    if match is None:
        return argument, None
    page = 0 if _NEGATIVE_PAGE.fullmatch(match["page"]) else page_number(match["page"])
    if page is None:
        return argument, None
    return match["rest"].strip(), page


def parse(message: str, prefix: str = "!") -> Request:
    text = strip_leading_mentions(clean(message))
    if not text.startswith(prefix):
        return Request("question", drop_inner_mentions(drop_chat_markup(text)))
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
    argument = drop_inner_mentions(argument)
    page = None
    if command in ("quote", "timeline", "sources"):
        whole = page_number(argument) if command == "sources" else None
        if command == "sources" and _NEGATIVE_PAGE.fullmatch(argument):
            whole = 0  # "!sources -1": below the first page, answered as page 0 is
        if whole is not None:
            argument, page = "", whole
        else:
            argument, page = split_page(argument)
    return Request(command, argument, page, raw_command=word)
