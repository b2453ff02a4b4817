"""Ordinal names: "the first offtake signing", "the second sorting line" as an entity.

A question may name an event by its place in a series rather than by its name: "the
first offtake signing" when the releases declare a "Rotterdam offtake signing" (2019)
and a "Helsinki offtake signing" (2026). Read word by word, "offtake signing" matches
both, and the answer took whichever fact ranked best (the newer one, hunt A4).

``ordinal_mentions`` reads "<ordinal> <noun phrase>" (at most ``MAX_PHRASE_WORDS``
words after the ordinal, none of them taken by a name already found) as the n-th, by
date, of the entities of a dated kind (event, agreement, initiative) whose name holds
every word of the phrase (a name or an alias). A name or alias that already says it ("first offtake
agreement" as an alias) was found before and wins. Fewer such entities than n, or a
question that names other things (whose own n-th occurrence ``executors/ordinal.py``
counts), gives no mention.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from bot.engine.qa.subjects import Mention
from bot.kb.models import EntityKind
from bot.search.index import Index
from bot.search.terms import STOP_WORDS
from bot.textnorm import normalize

# Ordinal words and their positions; "last"/"latest" count from the end.
ORDINAL_POSITIONS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "last": -1,
    "latest": -1,
}
# A word more labels hold than this is too common to pick a series out (work bound).
MAX_LABELS_OF_WORD = 5_000
# Kinds of things that happen or are made once, at a date, and come in series.
SERIES_KINDS = frozenset({EntityKind.EVENT, EntityKind.AGREEMENT, EntityKind.INITIATIVE})
# At most this many words after the ordinal name the thing ("offtake signing").
MAX_PHRASE_WORDS = 3


class SeriesAsk(NamedTuple):
    """ "The third offtake signing": the ordinal's position ``n`` (-1 for "last"), the
    words it spans in the question, and the series its phrase names, oldest first."""

    n: int
    words: tuple[int, int]
    phrase: str
    series: tuple[str, ...]


def series_asks(index: Index, words: list[str]) -> list[SeriesAsk]:
    """Each "<ordinal> <phrase>" of ``words`` whose phrase names a series of at least
    one entity (the longest phrase that does)."""
    out: list[SeriesAsk] = []
    for i, word in enumerate(words):
        n = ORDINAL_POSITIONS.get(word)
        if n is None:
            continue
        for size in range(min(MAX_PHRASE_WORDS, len(words) - i - 1), 0, -1):
            chunk = words[i + 1 : i + 1 + size]
            phrase = [w for w in chunk if w not in STOP_WORDS]
            if not phrase or chunk[-1] in STOP_WORDS:
                continue
            series = _series(index, phrase)
            if series:
                out.append(SeriesAsk(n, (i, i + 1 + size), " ".join(chunk), tuple(series)))
                break
    return out


def ordinal_mentions(index: Index, words: list[str], found: list[Mention]) -> list[Mention]:
    """The n-th entity of a series each "<ordinal> <phrase>" of ``words`` names; empty
    when the question names anything else, or no phrase picks one of two or more."""
    if found:
        return []
    return [
        Mention(ask.series[ask.n - 1 if ask.n > 0 else ask.n], ask.words, "ordinal")
        for ask in series_asks(index, words)
        if len(ask.series) >= max(ask.n, 1 - ask.n, 2)
    ]


def _series(index: Index, phrase: list[str]) -> list[str]:
    """The entities of a series kind with a name or alias holding every word of
    ``phrase`` (normalised words), oldest first (by their earliest dated fact, else
    their first release's date)."""
    ids: frozenset[str] | None = None
    for word in phrase:
        have = index.names.owners_of_word(word, limit=MAX_LABELS_OF_WORD)
        ids = have if ids is None else ids & have
        if not ids:
            return []
    series = [e for e in ids or () if index.entity(e).kind in SERIES_KINDS]
    matches = [(date_of(index, e), e) for e in series]
    return [e for date, e in sorted(matches) if date]


def date_of(index: Index, entity_id: str) -> str:
    """The entity's earliest dated fact's date, else the date of the oldest release that
    mentions it; "" when neither is known."""
    dates = [f.date for f in index.facts_by_entity.get(entity_id, []) if f.date]
    if dates:
        return min(dates)
    sources = index.sources_involving(entity_id, limit=None)
    return min((index.source_date(s).isoformat() for s in sources), default="")


def leads_with_another_of_kind(index: Index, subject: str, about: Sequence[str]) -> bool:
    """Whether a statement filed under ``about`` (lead entity first) is about another
    thing of the subject's series kind: "signed the Helsinki Offtake Agreement,
    renewing the one first signed in Rotterdam" is about the Helsinki agreement, even
    though it mentions the Rotterdam one."""
    kind = index.entity(subject).kind
    if kind not in _ONE_OFF_KINDS or not about or about[0] == subject:
        return False
    other = index.entity(about[0])
    # "The Rotterdam agreement's annex" would be part of it, not the next one.
    return other.kind is kind and normalize(index.entity(subject).name) not in normalize(other.name)


# Kinds whose things happen once (an initiative runs on, and its phases lead their facts).
_ONE_OFF_KINDS = frozenset({EntityKind.EVENT, EntityKind.AGREEMENT})
