"""A company's shorter name: the leading words of its full name, written on their own.

A small company's release names it in full once ("Orrin Chair Studios Fine Furniture
has joined ...") and by its leading words elsewhere ("the makers at Orrin Chair Studios
are ..."): both are one party, and a reviewer asks for it by either. The leading words
count as a name of their own where the text writes them after no other capitalised
word and before a lower-case word or a stop, never as part of the full name.
"""

from __future__ import annotations

import re

from bot.ingest.registry import Registry
from bot.ingest.words import KIND_HEADS, STOPWORDS, is_country, is_place
from bot.kb.models import EntityKind
from bot.textnorm import normalize

# The full name runs to at least this many words, and its leading part keeps at least
# _MIN_SHORT of them: "Acme Foods" is no short form of "Acme Foods Europe" (a
# subsidiary's name adds one word), but a name of four words or more that runs on past
# a company's own name is a trade name ("<Name> Studios Fine Furniture").
_MIN_FULL = 4
_MIN_SHORT = 3
# ("the National Archives" for "National Archives and Records Office": two words that
# end in an organisation's head word are a body's name on their own.)
_MIN_HEADED_SHORT = 2
_ORGANISATION_HEADS = dict(KIND_HEADS)[EntityKind.ORGANIZATION]


def _written_alone(short: str, text: str) -> bool:
    """Whether ``text`` writes ``short`` with no capitalised word right before it and a
    lower-case word, a comma or a stop right after it."""
    for found in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
        before = text[: found.start()]
        if re.search(r"[A-Z][\w'’.-]*\s+$", before):
            continue
        if re.match(r"(?:\s+[a-z]|[.,;:!?])", text[found.end() :]):
            return True
    return False


def leading_words_as_names(registry: Registry, text: str) -> None:
    """Give each new organisation of ``_MIN_FULL`` words or more the alias of its
    leading words (``_MIN_SHORT`` of them or more, ending in a capitalised word that is
    no stop word) that ``text`` writes on their own (see ``_written_alone``); the
    longest such part wins. Never a part another entity already goes by, or a place."""
    for entity in list(registry.entities.values()):
        words = entity.name.split()
        if entity.existing or entity.kind != EntityKind.ORGANIZATION or len(words) < _MIN_FULL:
            continue
        for k in range(len(words) - 1, _MIN_HEADED_SHORT - 1, -1):
            short = " ".join(words[:k])
            last = words[k - 1]
            if (
                (k < _MIN_SHORT and last.lower() not in _ORGANISATION_HEADS)
                or not last[:1].isupper()
                or last.lower() in STOPWORDS
                or registry.find(short) is not None
                or is_country(short)
                or is_place(short)
                or not normalize(short)
            ):
                continue
            if _written_alone(short, text):
                registry._add_aliases(entity, [short])
                break
