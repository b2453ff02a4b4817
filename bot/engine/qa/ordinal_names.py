"""Ordinal names: "the first offtake signing", "the second sorting line" as an entity.

A question may name an event by its place in a series rather than by its name: "the
first offtake signing" when the releases declare a "Rotterdam offtake signing" (2019)
and a "Helsinki offtake signing" (2026). Read word by word, "offtake signing" matches
both, and the answer took whichever fact ranked best (the newer one, hunt A4).

``with_ordinals`` reads "<ordinal> <noun phrase>" (at most ``MAX_PHRASE_WORDS``
words after the ordinal, none of them taken by a name already found) as the n-th, by
date, of the entities of a dated kind (event, agreement, initiative) whose name holds
every word of the phrase (a name or an alias). A name or alias that already says it
("first offtake agreement" as an alias) was found before and wins. With other things
named, the series is of the entities a fact links to all of them. Fewer such entities
than n gives no mention (``executors/series.py`` says how many there are, and
``executors/ordinal.py`` counts dated occurrences in facts).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from bot.engine.qa.subjects import Mention
from bot.engine.qa.vocabulary import ORDINAL_POSITIONS
from bot.kb.models import EntityKind
from bot.search.index import Index
from bot.search.terms import STOP_WORDS
from bot.textnorm import normalize

# A word more labels hold than this is too common to pick a series out (work bound).
MAX_LABELS_OF_WORD = 5_000
# A series longer than this is no series a question counts in (and bounds the work of
# dating its members).
MAX_SERIES = 100
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


def series_asks(index: Index, words: list[str], *, shrink: bool = False) -> list[SeriesAsk]:
    """Each "<ordinal> <noun phrase>" of ``words`` whose phrase names a series of at
    least one entity, all of one kind. The noun phrase is the run of words after the
    ordinal up to a stop word (at most ``MAX_PHRASE_WORDS``); shorter phrases keep its
    last word, the head noun ("offtake deal", then "deal"; never "offtake" alone).
    With ``shrink``, a run naming nothing is cut from its end too ("grant cover" of
    "the first HFF grant cover": the verb after the noun is no part of it)."""
    out: list[SeriesAsk] = []
    for i, word in enumerate(words):
        n = ORDINAL_POSITIONS.get(word)
        if n is None:
            continue
        whole: list[str] = []
        for w in words[i + 1 : i + 1 + MAX_PHRASE_WORDS]:
            if w in STOP_WORDS:
                break
            whole.append(w)
        for stop in range(len(whole), 0 if shrink else len(whole) - 1, -1):
            found = _ask_of_run(index, n, i, whole[:stop])
            if found is not None:
                out.append(found)
                break
    return out


def _ask_of_run(index: Index, n: int, at: int, run: list[str]) -> SeriesAsk | None:
    """The series the longest suffix of ``run`` (the words after the ordinal at
    ``at``) names, all of one kind; None when none does, or things of several kinds
    ("offtake" agreements and signings)."""
    end = at + 1 + len(run)
    for k in range(len(run)):
        phrase = run[k:]
        series = _series(index, phrase)
        kinds = {index.entity(e).kind for e in series}
        if series and len(kinds) == 1:
            return SeriesAsk(n, (at, end), " ".join(phrase), tuple(series))
        if series:
            return None
    return None


def with_ordinals(index: Index, words: list[str], found: list[Mention]) -> list[Mention]:
    """``found`` with the n-th entity of a series each "<ordinal> <phrase>" of ``words``
    names. A name found there that is one of the series ("last kiln firing" read as
    "East kiln firing") gives way to the n-th; a name that says the ordinal itself
    ("the first offtake agreement", an alias) stands. With other things named, only a
    name found there is replaced ("the Guild's last kiln firing"), by the n-th of the
    things a fact links to every one of them; else their occurrences are counted in
    the facts (``executors/ordinal.py``)."""
    # "The first phase" read as "second phase" by its head word: a name that says
    # another place in the series is not the thing asked. The thing it is a part of
    # ("Digital Export Academy" of "Digital Export Academy second phase") is named
    # instead when the base has it, else nothing; the facts' own words ("the first
    # phase ran from …") may still name it.
    out: list[Mention] = []
    for m in found:
        n = ORDINAL_POSITIONS.get(words[m.words[0] - 1]) if m.words[0] > 0 else None
        whole = (
            _whole_of_another(index, m.entity_id, n, words[m.words[0]])
            if n is not None and n > 0
            else m.entity_id
        )
        if whole == m.entity_id:
            out.append(m)
        elif whole is not None:
            # Named by no word of the question: "first phase" stays its words to match.
            out.append(Mention(whole, (m.words[0], m.words[0]), m.via))
    for ask in series_asks(index, words, shrink=True):
        span = set(range(*ask.words))
        inside = [m for m in out if set(range(*m.words)) & span]
        ordinal = words[ask.words[0]]
        if any(
            m.entity_id not in ask.series
            or (m.words[0] <= ask.words[0] and _label_has(index, m.entity_id, ordinal))
            for m in inside
        ):
            continue  # a name says the ordinal itself, or names something else there
        others = {m.entity_id for m in out if m not in inside}
        series = [e for e in ask.series if all(_linked(index, e, o) for o in others)]
        at_places = all(index.entity(o).kind is EntityKind.PLACE for o in others)
        if others and not inside and not (at_places and len(series) >= 2):
            # "The first meeting between A and B": their occurrences, counted in the
            # facts about both (``executors/ordinal.py``), not a name to pick. Only at a
            # place ("the second deposit ceremony at the vault", two declared there) is
            # the declared series' n-th the answer.
            continue
        if len(series) >= max(ask.n, 1 - ask.n, 2):
            out = [m for m in out if m not in inside]
            out.append(Mention(series[ask.n - 1 if ask.n > 0 else ask.n], ask.words, "ordinal"))
    return _owned_ordinals(index, words, out)


def _owned_ordinals(index: Index, words: list[str], found: list[Mention]) -> list[Mention]:
    """``found`` with "<ordinal> <owner> <noun>" read as the owner's n-th of a series:
    "the first HFF grant" is the oldest of the grants a fact links to the HFF. The
    owner (a name found right after the ordinal, of no series kind) stays a subject."""
    out = list(found)
    for i, word in enumerate(words):
        n = ORDINAL_POSITIONS.get(word)
        if n is None:
            continue
        owner = next(
            (
                m
                for m in out
                if m.words[0] == i + 1
                and m.words[1] > m.words[0]
                and index.entity(m.entity_id).kind not in SERIES_KINDS
            ),
            None,
        )
        if owner is None:
            continue
        rest = owner.words[1]
        ask = next(iter(series_asks(index, [word, *words[rest:]], shrink=True)), None)
        if ask is None or ask.words[0] != 0:
            continue
        end = rest + ask.words[1] - 1
        if any(m is not owner and m.words[0] < end and m.words[1] > rest for m in out):
            continue  # a name there says which thing already
        head = ask.phrase.split()[-1]
        series = [
            e
            for e in ask.series
            if _linked(index, e, owner.entity_id) and not _says_other_place(index, e, ask.n, head)
        ]
        if len(series) >= max(ask.n, 1 - ask.n, 1):
            # The thing first, its owner after: the words from the ordinal on are its.
            thing = Mention(series[ask.n - 1 if ask.n > 0 else ask.n], (i, end), "ordinal")
            out.insert(out.index(owner), thing)
    return out


def _says_other_place(index: Index, entity_id: str, n: int, head: str) -> bool:
    """Whether a name or alias of the entity gives it another place in the owner's
    series ("second Halvorsen grant" asked as the first): then the owner's earlier ones
    are no entities, and counting the entities would make it the first. The owner's
    sums, ordered by date, answer instead (``executors/commitments.py``)."""
    entity = index.entity(entity_id)
    for label in (entity.name, *entity.aliases):
        said = normalize(label).split()
        if head not in said:
            continue
        before = said[: said.index(head)]
        places = {ORDINAL_POSITIONS[w] for w in before if w in ORDINAL_POSITIONS}
        if places and n not in places:
            return True
    return False


# At most this many facts of a series entity are read to link it to another subject.
MAX_LINK_FACTS = 200


def _label_has(index: Index, entity_id: str, word: str) -> bool:
    """Whether a name or alias of the entity has ``word`` ("first offtake agreement"
    says "first"; "East kiln firing", found for a misread "last", does not)."""
    entity = index.entity(entity_id)
    return any(word in normalize(label).split() for label in (entity.name, *entity.aliases))


def _whole_of_another(index: Index, entity_id: str, n: int, head: str) -> str | None:
    """``entity_id`` when none of its names says "<ordinal> <head>" with an ordinal
    other than the ``n``-th ("second phase" for "first phase"); else the entity named
    by the rest of such a name ("Digital Export Academy"), or None when none is."""
    entity = index.entity(entity_id)
    rest = None
    for label in (entity.name, *entity.aliases):
        said = normalize(label).split()
        for i, word in enumerate(said[:-1]):
            if said[i + 1] != head or word not in ORDINAL_POSITIONS:
                continue
            if ORDINAL_POSITIONS[word] == n:
                return entity_id
            rest = rest or " ".join((*said[:i], *said[i + 2 :]))
    if rest is None:
        return entity_id
    owners = {label.entity_id for label in index.names.exact(rest) if label.via != "role"}
    return next(iter(owners)) if len(owners) == 1 and entity_id not in owners else None


def _linked(index: Index, entity_id: str, other: str) -> bool:
    """Whether a fact is filed under both entities."""
    return any(other in f.about for f in index.facts_by_entity.get(entity_id, [])[:MAX_LINK_FACTS])


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
    if len(series) > MAX_SERIES:
        return []  # too many to be "the second" of anything a question can mean
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
