"""Pull-quote bylines: a line that is only a speaker's name under a quote standing alone.

Council and agency pages print a quote as a pull-quote, then the speaker's name on a line
of its own, often by honorific and family name only ("Cllr Doe", "Dr Vance"), and name
the person in full further down ("Cllr Jane Doe, Chair of …"). The byline cannot be
resolved when it is read: it waits until every paragraph has been read, then points to
the one person the release names that way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.ingest.person_names import all_name_like
from bot.ingest.quotes import FoundQuote, with_speaker
from bot.ingest.registry import Registry
from bot.ingest.words import HONORIFICS
from bot.kb.models import EntityKind

# At most this many words in the name itself (honorifics aside): "Jane van der Doe".
# Longer lines are sentences or headings, never a byline.
_MAX_NAME_WORDS = 4

HOW = "the name printed under the quote"


@dataclass(frozen=True, slots=True)
class Byline:
    """A name-only line (``name``, honorifics dropped) right under paragraph ``quoted``,
    whose quotes found no speaker."""

    quoted: int
    name: str


def byline_name(line: str, known_acronyms: set[str]) -> str | None:
    """The person's name a byline line gives ("- Cllr Jane Doe" -> "Jane Doe", "Dr Vance"
    -> "Vance"), or None when the line is anything more than a name: a sentence, a title,
    quote marks. A single word counts only after an honorific ("Vance" alone may be a
    heading or a place)."""
    text = re.sub(r"^[-\u2013\u2014\u2022*~\s]+", "", line.strip()).rstrip(" .")
    if not text or len(text) > 80 or re.search(r"[\"“”:;!?,()]", text):
        return None
    words = text.split()
    k = 0
    while k < len(words) and words[k].lower().rstrip(".") in HONORIFICS:
        k += 1
    name = words[k:]
    if not name or len(name) > _MAX_NAME_WORDS or (k == 0 and len(name) < 2):
        return None
    joined = " ".join(name)
    if not all_name_like(joined, known_acronyms):
        return None
    return joined


def settle_bylines(
    bylines: list[Byline], quotes: list[FoundQuote], registry: Registry, warnings: list[str]
) -> list[FoundQuote]:
    """``quotes`` with each unattributed quote of a byline's paragraph given to the one
    person the byline's name points to (by full name or the family name only one person
    has); a byline that points to no one, or to several, changes nothing. The review note
    of a quote that finds its speaker goes."""
    out = list(quotes)
    for byline in bylines:
        person = registry.find_person(byline.name)
        if person is None or registry.entities[person].kind != EntityKind.PERSON:
            continue
        for k, quote in enumerate(out):
            if quote.paragraph != byline.quoted or quote.speaker is not None:
                continue
            out[k] = with_speaker(quote, person, HOW, warnings)
    return out
