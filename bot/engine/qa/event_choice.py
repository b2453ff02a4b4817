"""Plan: which event an end of a two-ended question means, when its description fits
several ("the Hangzhou meeting" where two meetings took place in Hangzhou).

The description resolver (``subjects.py``) settles a description to the entity that
fits it best, so a near tie between two events of one kind is won by a few points of
BM25 and the duration is measured from the wrong one. Here an end read as an event is
widened to every event its description's words fit (in the event's name, aliases or
summary), then narrowed the way a reader narrows it:

- an ordinal in the end ("their first Hangzhou meeting", "the latest signing") picks
  the earliest or the latest of them, by the dated facts about each;
- else the one sharing the most parties (people, organisations) with the other end
  ("the Hangzhou meeting and the Kigali one", where Li Yong and Jack Ma met both times;
  "their Hangzhou meeting … did Li Yong and Jack Ma meet again").

With no ordinal and no single best, the end is left as the resolver read it.
"""

from __future__ import annotations

import dataclasses

from bot.engine.qa.query import Query
from bot.engine.qa.vocabulary import BACK_REFERENCES, FIRST_WORDS, SHAPE_WORDS
from bot.kb.models import EntityKind
from bot.search.index import Index
from bot.search.terms import STOP_WORDS, content_terms
from bot.textnorm import normalize

# "The latest signing", "their most recent meeting": the newest of the fitting events.
_LAST_WORDS = frozenset("last latest newest recent final".split())
# Kinds that take part in an event (places are where, not who).
_PARTY_KINDS = frozenset({EntityKind.PERSON, EntityKind.ORGANIZATION})
# At most this many events are weighed for one end.
MAX_FITTING_EVENTS = 12
# A word of more labels than this names too many things to gather events by.
MAX_NAME_OWNERS = 200
# Words of an end that say which or whose, not what ("their first", "the one").
_NOT_DESCRIPTION = FIRST_WORDS | _LAST_WORDS | BACK_REFERENCES | SHAPE_WORDS | {"one"}


def settle_events(index: Index, a: Query, b: Query) -> tuple[Query, Query]:
    """Both ends, each event read from a description replaced by the fitting event
    the end means (see the module docstring); ends naming no described event as given."""
    return _settle(index, a, b), _settle(index, b, a)


def _settle(index: Index, end: Query, other: Query) -> Query:
    events = [
        s for s in end.subjects if s in end.described and index.entity(s).kind is EntityKind.EVENT
    ]
    if len(events) != 1:
        return end
    chosen = events[0]
    words = [w for w in end.words if w not in _NOT_DESCRIPTION and w not in STOP_WORDS]
    wanted = set(content_terms(" ".join(words)))
    if not wanted:
        return end
    fitting = [e for e in _events(index, words) if wanted <= _event_terms(index, e)]
    if chosen not in fitting or len(fitting) < 2 or len(fitting) > MAX_FITTING_EVENTS:
        return end
    pick = _pick(index, end, other, fitting)
    if pick is None or pick == chosen:
        return end
    swap = {chosen: pick}
    return dataclasses.replace(
        end,
        subjects=tuple(swap.get(s, s) for s in end.subjects),
        described=tuple(swap.get(s, s) for s in end.described),
        mention_terms={swap.get(k, k): v for k, v in end.mention_terms.items()},
    )


def _pick(index: Index, end: Query, other: Query, fitting: list[str]) -> str | None:
    words = set(end.words)
    dated = [(d, e) for e in fitting if (d := _first_date(index, e))]
    if words & FIRST_WORDS and dated:
        return min(dated)[1]
    if words & _LAST_WORDS and dated:
        return max(dated)[1]
    others = set(other.subjects)
    for s in other.subjects:
        if index.entity(s).kind is EntityKind.EVENT:
            others |= _parties(index, s)
    shared = {e: len(_parties(index, e) & others) for e in fitting}
    best = max(shared.values())
    leaders = [e for e, n in shared.items() if n == best]
    return leaders[0] if best > 0 and len(leaders) == 1 else None


def _events(index: Index, words: list[str]) -> list[str]:
    """Events with a word of the end in their name or aliases (read from the name
    postings, never by scanning the base; a word naming too many labels picks none)."""
    found = {
        e
        for w in words
        for e in index.names.owners_of_word(w, limit=MAX_NAME_OWNERS)
        if index.entity(e).kind is EntityKind.EVENT
    }
    return sorted(found)


def _event_terms(index: Index, entity_id: str) -> frozenset[str]:
    entity = index.entity(entity_id)
    text = " ".join((entity.name, *entity.aliases, index.current_summary(entity_id)))
    return frozenset(content_terms(normalize(text)))


def _first_date(index: Index, entity_id: str) -> str:
    """The earliest date of a fact about the event ("" when none is dated)."""
    dates = [f.date for f in index.facts_by_entity.get(entity_id, []) if f.date]
    return min(dates, default="")


def _parties(index: Index, entity_id: str) -> set[str]:
    """The people and organisations the facts about an event name with it."""
    return {
        e
        for f in index.facts_by_entity.get(entity_id, [])
        for e in f.about
        if e != entity_id and index.entity(e).kind in _PARTY_KINDS
    }
