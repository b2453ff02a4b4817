"""Text folding shared by the loader, the index and the engine.

Two different foldings live here on purpose:

* ``fold_for_verbatim`` is deliberately weak: quotes must be verbatim, so only
  whitespace and curly/straight quote marks may differ.
* ``normalize`` is strong: it is what names, aliases and questions are matched on, so
  case, accents, punctuation, hyphens and spacing all fold away.
"""

from __future__ import annotations

import operator
import re
import string
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, repeat

_QUOTE_MARKS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)
_QUOTE_MARK_PAIRS = tuple((chr(k), v) for k, v in _QUOTE_MARKS.items())


def fold_for_verbatim(text: str) -> str:
    """Fold only what a faithful copy of a quote may change: whitespace and quote marks."""
    if not text.isascii():
        # str.translate walks a non-ASCII text character by character through a dict;
        # one C-speed replace per quote mark that actually occurs is the same mapping
        # (every mark becomes an ASCII character, which is never itself a mark) and
        # much faster on whole release texts.
        for mark, plain in _QUOTE_MARK_PAIRS:
            if mark in text:
                text = text.replace(mark, plain)
    # Every run of whitespace becomes one space, none at either end: str.split() splits
    # on exactly the characters the regular expression \s matches (both use
    # str.isspace), and is ten times faster than re.sub on a whole release text.
    return " ".join(text.split())


# Anything that is not a letter, digit or CJK ideograph separates words. A possessive
# "'s" is dropped ("UNIDO's mandate" matches "UNIDO mandate"); other apostrophes are
# removed without splitting the word ("Leaders' Communique" -> "leaders communique").
_POSSESSIVE = re.compile(r"['\u2019\u02bc]s\b")
_APOSTROPHES = re.compile(r"['\u2019\u02bc`]")
_NON_WORD = re.compile(r"[^\w]+|_+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]")
# _NON_WORD on lower-case ASCII as a table: every character but a-z and 0-9 (\w less the
# underscore) becomes a space. str.translate maps ASCII to ASCII in one C pass, several
# times faster than the regular expression on the long texts an index build reads.
_ASCII_NON_WORD = str.maketrans(
    {chr(c): " " for c in range(128) if chr(c) not in string.ascii_lowercase + string.digits}
)


# Invisible format characters (Unicode category Cf) that change how the text around them
# is shown: the bidi controls (U+061C, U+200E/F, U+202A-U+202E, U+2066-U+2069), which let
# a user make the bot's own line read reversed; the deprecated shaping and digit-shape
# controls (U+206A-U+206F); interlinear annotations; the Arabic, Syriac and Kaithi marks
# that span the digits after them; hieroglyph, shorthand and musical format controls; the
# BOM; and the tag characters, which carry hidden text. This is every Cf character up to
# Unicode 15.1 except the few that only join or break words (KEPT_FORMAT_CHARS); a test
# checks the list against the running Python's Unicode database.
KEPT_FORMAT_CHARS = frozenset(
    {
        "\u00ad",  # soft hyphen: a possible line break
        "\u200b",  # zero-width space: the bot's own defusing of "@everyone" and links
        "\u200c",  # zero-width non-joiner: Persian and Indic spelling
        "\u200d",  # zero-width joiner: emoji sequences, Indic spelling
        "\u2060",  # word joiner: no break
    }
)
_REORDERING_FORMAT = re.compile(
    "[\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200e\u200f"
    "\u202a-\u202e\u2061-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)


def strip_format_controls(text: str) -> str:
    """``text`` without the bidi controls and other reordering or hiding format
    characters (see ``_REORDERING_FORMAT``); everything else is kept as it is.

    Used where text enters (a message is parsed) and where it leaves (every reply,
    embed part, button label, menu option and autocomplete choice), so that neither a
    user nor a knowledge file can make the bot's own words display out of order.
    """
    if text.isascii():
        return text
    return _REORDERING_FORMAT.sub("", text)


def has_format_controls(text: str) -> bool:
    """Whether ``text`` holds a character that ``strip_format_controls`` removes."""
    return not text.isascii() and _REORDERING_FORMAT.search(text) is not None


def word_wise(text: str) -> bool:
    """Whether ``normalize`` reads ``text`` word by word: printable ASCII without
    apostrophes, which it only lower-cases and splits at punctuation and spaces. Then the
    key of texts joined with spaces is their keys joined with spaces (empty ones left
    out), as ``joined_key`` makes it without normalising the whole again."""
    return text.isascii() and text.isprintable() and "'" not in text and "`" not in text


def joined_key(text: str, part_keys: tuple[str | None, ...]) -> str:
    """``normalize(text)``, where ``text`` is parts joined by spaces and ``part_keys``
    are their keys, each None unless the part is ``word_wise``: those keys joined, or
    ``text`` normalised when a part is not word-wise. An index build makes a quarter of a
    million role labels ("Director General of UNIDO") from a few titles and names."""
    if None in part_keys:
        return normalize(text)
    return " ".join([key for key in part_keys if key])  # type: ignore[misc]


def _normalize(text: str) -> str:
    """Fold every compatibility form and case, strip accents, turn punctuation and
    hyphens into spaces, collapse spaces.

    The same function builds the name index and reads queries, so both sides agree.
    Compatibility forms fold before case (Unicode's NFKC_Casefold order, approximated as
    NFKD, casefold, NFKD): mathematical bold 𝐔, double-struck 𝕌, full-width Ｕ, circled
    Ⓤ and modifier ᵁ all become "u". Folding case first would leave 𝐔 as a capital U,
    since styled letters have no case mapping of their own.
    """
    if word_wise(text):
        # Most names and questions: printable ASCII has no control characters (those are
        # exactly the ASCII characters isprintable rejects), accents or apostrophes, so
        # only lower-casing and the punctuation pass below change anything.
        return " ".join(text.lower().translate(_ASCII_NON_WORD).split())
    text = _CONTROL.sub(" ", text)
    if text.isascii():
        # ASCII has no accents to strip: NFKD is the identity on it and no character is
        # combining, so skipping the per-character pass gives the same result ~10x faster
        # (index builds normalise hundreds of thousands of texts).
        text = text.lower()
    else:
        # casefold can itself produce decomposable characters ("ǅ" -> "ǆ" -> "dž"),
        # hence the second NFKD.
        text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _POSSESSIVE.sub("", text)
    text = _APOSTROPHES.sub("", text)
    text = _NON_WORD.sub(" ", text)
    return " ".join(text.split())


# Questions and lookups normalise the same few texts again and again.
normalize = lru_cache(maxsize=65_536)(_normalize)


def normalize_each(texts: Sequence[str]) -> list[str]:
    """``normalize`` of each text, in order, without its cache: for an index build, which
    normalises each of hundreds of thousands of texts once (the cache's bookkeeping, and
    evicting what questions use, would be all it brought)."""
    out: list[str] = []
    for start in range(0, len(texts), _EACH_SLICE):  # a slice per C call (bot.slices)
        out.extend(map(_normalize, texts[start : start + _EACH_SLICE]))
    return out


# Texts per map() call of normalize_each: the interpreter may hand the GIL over between.
_EACH_SLICE = 16_384


def normalized_words(text: str) -> list[str]:
    """``normalize(text).split()``, without joining the words only to split them again
    on the common path (``word_wise`` text): the term index reads millions of words."""
    if word_wise(text):
        return text.lower().translate(_ASCII_NON_WORD).split()
    return normalize(text).split()


# _ASCII_NON_WORD and lower-casing in one table of bytes: bytes.translate is a lookup
# per byte, several times faster than str.translate's per-character dict lookup.
# (Bytes from 128 on are kept: they only occur in texts that are not word-wise.)
_ASCII_WORD_BYTES = bytes(
    c
    if c >= 128 or chr(c) in string.ascii_lowercase + string.digits
    else c + 32
    if chr(c) in string.ascii_uppercase
    else 32
    for c in range(256)
)


def normalized_words_each(texts: Sequence[str]) -> list[list[str]]:
    """``normalized_words`` of each text, in order, in C-level passes where it can: an
    index build splits hundreds of thousands of texts, most of them ``word_wise``,
    whose words are their lower-cased text with every other character a space, split.
    The others go through ``normalize``."""
    out = list(
        map(
            str.split,
            map(
                bytes.decode,
                map(bytes.translate, map(str.encode, texts), repeat(_ASCII_WORD_BYTES)),
            ),
        )
    )
    joined = "\n".join(texts)
    if (
        joined.isascii()
        and "'" not in joined
        and "`" not in joined
        and joined.count("\n") == len(texts) - 1  # no text holds a line break
        and joined.replace("\n", " ").isprintable()
    ):
        return out  # every text is word-wise
    # The texts that are not word-wise (``word_wise``'s tests, each a pass in C).
    everywhere = range(len(texts))
    others = {
        *compress(everywhere, map(operator.not_, map(str.isascii, texts))),
        *compress(everywhere, map(operator.not_, map(str.isprintable, texts))),
        *compress(everywhere, map(operator.contains, texts, repeat("'"))),
        *compress(everywhere, map(operator.contains, texts, repeat("`"))),
    }
    for i in others:
        out[i] = normalize(texts[i]).split()
    return out


def compact(normalized: str) -> str:
    """The spaceless form, so "e commerce", "ecommerce" and "E-Commerce" meet."""
    return normalized.replace(" ", "")


def words(normalized: str) -> list[str]:
    return normalized.split()


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2A6DF
        or 0xF900 <= code <= 0xFAFF
        or 0x3040 <= code <= 0x30FF
        or 0xAC00 <= code <= 0xD7AF
    )


def phrase_starts(words: Sequence[str], phrase: Sequence[str]) -> list[int]:
    """Every index at which ``phrase`` stands in ``words`` as whole words, in order
    (``["a", "b", "a", "b"]``, ``["a", "b"]`` -> ``[0, 2]``); empty for an empty phrase."""
    n = len(phrase)
    if not n:
        return []
    wanted = tuple(phrase)
    return [i for i in range(len(words) - n + 1) if tuple(words[i : i + n]) == wanted]
