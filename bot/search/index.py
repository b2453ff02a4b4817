"""The read-only lookup structures built once from a KnowledgeBase."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import heapq
import itertools
import operator
import re
import threading
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from itertools import repeat
from operator import attrgetter
from typing import NamedTuple, Protocol, TypeVar

from bot import slices, stages
from bot.kb.models import (
    Entity,
    EntityKind,
    KnowledgeBase,
    LoadedFact,
    LoadedQuote,
    LoadedRole,
    LoadedSource,
    LoadedSummary,
)
from bot.search.names import LOWER_POST_WORDS, Label, NameIndex
from bot.search.terms import Doc, TermIndex, content_terms
from bot.textnorm import joined_key, normalize, normalize_each, word_wise

_T = TypeVar("_T")

_ID = attrgetter("id")
_ORGANIZATION = attrgetter("organization")
_SOURCE = attrgetter("source")

SPEAKER_KINDS = frozenset({EntityKind.PERSON, EntityKind.ORGANIZATION})


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return 2 <= len(alias) <= 8 and " " not in alias and sum(c.isupper() for c in letters) >= 2


@dataclass(frozen=True, slots=True)
class RoleSpan:
    """One title (title and organisation) of an entity across the releases stating it."""

    role: LoadedRole  # its newest statement
    # The releases that state it as held (all of them when every one says it ended),
    # newest first, and their dates.
    sources: tuple[str, ...]
    dates: tuple[dt.date, ...]
    # The title ended: a release marks it ``ended`` (this date, or None when it gives
    # none) or ``current: false``.
    ended: bool
    ended_on: str | None


class StatedSummary(NamedTuple):
    """A summary as one release states it: ``text``, and ``source``, that release's id."""

    text: str
    source: str


class RoleHistory(NamedTuple):
    """An entity's titles: ``current`` are the titles the newest release with an
    un-ended title states (a person may hold two at once); ``earlier`` are the others,
    ended or superseded, newest first."""

    current: list[RoleSpan]
    earlier: list[RoleSpan]


# What a title "<head> of <unit>" may be a post at: an organisation's unit, or a
# programme it runs ("Programme Director of ClassBridge" at the university that runs
# the ClassBridge initiative).
_UNIT_KINDS = frozenset({EntityKind.ORGANIZATION, EntityKind.INITIATIVE})

# Distinct titles whose parts and initials are kept once read: role matching reads them
# for every role a question looks at, and a base has far fewer distinct titles.
TITLE_CACHE_SIZE = 4096

# Words a title's initials skip ("Minister of Trade" -> "MT", as newswires abbreviate).
_TITLE_JOINERS = frozenset({"of", "and", "for", "the", "de"})


def title_acronym(title: str) -> str | None:
    """The initials a title goes by: "Chief Executive Officer" -> "ceo", "Director
    General" -> "dg" (normalised, lower case), or None for a one-word title or one whose
    initials would be a single letter. Newswires print both forms ("UNIDO DG", "the
    trust's CEO"), so both find the holder."""
    words = [w for w in normalize(title).split() if w not in _TITLE_JOINERS]
    if not 2 <= len(words) <= 5 or not all(w[0].isalpha() for w in words):
        return None
    return "".join(w[0] for w in words)


@functools.lru_cache(maxsize=TITLE_CACHE_SIZE)
def title_acronyms(title: str) -> frozenset[str]:
    """Every set of initials a title goes by: its own (``title_acronym``), those of a
    title in ``bot/vocab/title_initials.yaml`` that it writes without the closing
    "Officer", as British releases do ("Chief Executive" is the trust's CEO, as "Chief
    Executive Officer" is), and those of each title a compound title joins ("President
    and Chief Executive Officer" is the company's CEO; ``title_parts``). Normalised,
    lower case; empty for a one-word title."""
    found: set[str] = set()
    for part in title_parts(title):
        if (a := title_acronym(part)) is not None:
            found.add(a)
        words = tuple(normalize(part).split())
        if words:
            found.update(_short_title_initials().get(words, ()))
            if words[0] in LOWER_POST_WORDS:
                # "Deputy Chief Executive" is the deputy CEO: the initials of the post it
                # is the deputy of ("deputy" itself stays a word of the title, so "the
                # CEO" alone never names it: ``role_fits`` reads it as a lower post).
                found.update(_short_title_initials().get(words[1:], ()))
    return frozenset(found)


# Where a compound title joins two titles: "President and CEO", "Chair & Founder",
# "Chair, President and Chief Executive Officer".
_TITLE_JOINS = re.compile(r"\s*(?:,|&|\band\b)\s*", re.IGNORECASE)


@functools.lru_cache(maxsize=TITLE_CACHE_SIZE)
def title_parts(title: str) -> tuple[str, ...]:
    """The titles a compound title holds at once, each as written: "President and Chief
    Executive Officer" -> ("President and Chief Executive Officer", "President", "Chief
    Executive Officer"), the whole first. A title is compound only when every part
    it joins is a title of its own (one of ``bot/vocab/title_words.txt``, its first
    word a title word or a modifier of one): "Director of Parks and Recreation" and
    "Head of Sales and Marketing" are one title, ("Director of Parks and Recreation",)."""
    pieces = [p for p in _TITLE_JOINS.split(title) if p.strip()]
    if len(pieces) < 2:
        return (title,)
    core, dressing = _title_vocabulary()
    for piece in pieces:
        words = normalize(piece).split()
        if not words or words[0] not in core | dressing or not set(words) & core:
            return (title,)
    return (title, *(p.strip() for p in pieces))


@functools.cache
def _title_vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """The title words and the words that dress them (``bot/vocab/title_words.txt``,
    ``title_modifiers.txt``), normalised; read on first use, as ``title_initials``."""
    from bot.vocab import word_list

    return (
        frozenset(normalize(w) for w in word_list("title_words")),
        frozenset(normalize(w) for w in word_list("title_modifiers")),
    )


def spelled_initials(words: Sequence[str]) -> frozenset[str]:
    """The initials (lower case) of the titles in ``bot/vocab/title_initials.yaml`` that
    ``words`` (normalised) spell out, in full or without the closing "Officer", as a
    run of consecutive words: ("the", "chief", "executive") -> {"ceo"}. Empty when they
    spell none."""
    spelled = _spelled_titles()
    longest = max((len(k) for k in spelled), default=0)
    found: set[str] = set()
    for i in range(len(words)):
        for j in range(i + 2, min(len(words), i + longest) + 1):
            found.update(spelled.get(tuple(words[i:j]), ()))
    return frozenset(found)


@functools.cache
def _spelled_titles() -> dict[tuple[str, ...], tuple[str, ...]]:
    from bot.vocab import title_initials

    spelled: dict[tuple[str, ...], tuple[str, ...]] = dict(_short_title_initials())
    for initials, title in title_initials().items():
        words = tuple(normalize(title).split())
        if len(words) > 1:
            spelled[words] = (*spelled.get(words, ()), initials.casefold())
    return spelled


@functools.cache
def _short_title_initials() -> dict[tuple[str, ...], tuple[str, ...]]:
    # Read on first use: a one-shot answer that never meets a title skips the YAML parser.
    from bot.vocab import title_initials

    short: dict[tuple[str, ...], tuple[str, ...]] = {}
    for initials, spelled in title_initials().items():
        words = tuple(normalize(spelled).split())
        if len(words) > 2 and words[-1] == "officer":
            short[words[:-1]] = (*short.get(words[:-1], ()), initials.casefold())
    return short


@dataclass(slots=True)
class IndexReuse:
    """What an index build keeps for the next one (KnowledgeService holds it between
    reloads): the labels made for each entity and role. The loader reuses the models of unchanged files (``bot.kb.cache``), so an
    entity or role that is the same object as last time gets the same labels; one
    that changed, or whose organisation changed, gets new ones. Only what the last
    build used is kept.
    """

    entity_labels: dict[str, tuple[Entity, list[Label]]] = field(default_factory=dict)
    # By id() of the role, which the kept tuple holds (so the id is not reused), with
    # the person and organisation its labels were made from.
    role_labels: dict[int, tuple[LoadedRole, Entity, Entity | None, list[Label]]] = field(
        default_factory=dict
    )
    # The term index of the last build: its segments whose docs are unchanged are kept.
    terms: TermIndex | None = None
    # The entities ``terms`` was made with (a copy: a retired snapshot's dict is emptied).
    terms_entities: dict[str, Entity] = field(default_factory=dict)
    # The name index of the last build, updated rather than built again.
    names: NameIndex | None = None
    # The last build's items grouped by entity, updated rather than grouped again.
    grouping: Grouping | None = None


@dataclass(frozen=True, slots=True)
class Grouping:
    """An index's items grouped by entity, and the knowledge base's items they were
    grouped from (``IndexReuse.grouping``). The dicts are the serving index's own: the
    next build copies them and replaces the lists of the keys whose items changed, never
    changing a list in place, since the old snapshot serves them until it is retired
    (which empties its dicts, after the next build is done)."""

    roles: tuple[LoadedRole, ...]
    summaries: tuple[LoadedSummary, ...]
    quotes: tuple[LoadedQuote, ...]
    facts: tuple[LoadedFact, ...]
    roles_by_entity: dict[str, list[LoadedRole]]
    summaries_by_entity: dict[str, list[LoadedSummary]]
    people_by_org: dict[str, list[str]]
    quotes_by_speaker: dict[str, list[LoadedQuote]]
    quotes_about: dict[str, list[LoadedQuote]]
    facts_by_entity: dict[str, list[LoadedFact]]
    fact_by_id: dict[str, LoadedFact]
    quote_by_id: dict[str, LoadedQuote]
    # The index they are the groupings of (weakly: a build that failed is not kept
    # for this), whose popularity tables are updated too.
    owner: weakref.ReferenceType[Index]


# More than this share of items changed since the last build, and they are grouped again
# rather than updated.
_REGROUP_SHARE = 0.2


class _Compared(NamedTuple):
    """One ``changed_items`` result, with the tuples it compared (held, so that their
    ``id``s stay theirs while the result is remembered)."""

    old: tuple[object, ...]
    new: tuple[object, ...]
    changes: tuple[tuple[object, ...], tuple[object, ...]]


# The comparisons remembered by ``comparisons_shared`` on this thread, by the ids of
# the two tuples; None outside it.
_compared = threading.local()


@contextmanager
def comparisons_shared() -> Iterator[None]:
    """Within the block, ``changed_items`` on this thread computes each (old, new) pair
    of tuples once: one build compares the last knowledge base's roles with the new one's
    in the groupings, the parser's people table and the change executor, and its facts
    twice (about 0.08 s of CPU a comparison at 100,000 entities). The tuples compared
    are held until the block ends (a snapshot build: ``KnowledgeService.build``), never
    longer, so that the replaced knowledge base is freed when its snapshot retires."""
    outer = getattr(_compared, "memo", None)
    _compared.memo = {}
    try:
        yield
    finally:
        _compared.memo = outer


def changed_items(
    old: tuple[_T, ...], new: tuple[_T, ...]
) -> tuple[tuple[_T, ...], tuple[_T, ...]]:
    """The items of ``old`` not in ``new`` and those of ``new`` not in ``old``, by
    identity (the loader keeps the model objects of unchanged files), each in its
    tuple's order. Both tuples are alive, so no two items share an ``id``. Tuples, since
    within ``comparisons_shared`` every caller gets the same result."""
    memo: dict[tuple[int, int], _Compared] | None = getattr(_compared, "memo", None)
    if memo is not None:
        hit = memo.get((id(old), id(new)))
        if hit is not None and hit.old is old and hit.new is new:
            return hit.changes  # type: ignore[return-value]
    # Iterated in C, a slice at a time (bot.slices): a Python loop per item was about
    # 0.1 s per call at 100,000 entities, and a build makes several.
    old_ids, new_ids = slices.ids(old), slices.ids(new)
    gone_ids, added_ids = old_ids - new_ids, new_ids - old_ids
    gone = tuple(slices.picked(old, gone_ids.__contains__, id)) if gone_ids else ()
    added = tuple(slices.picked(new, added_ids.__contains__, id)) if added_ids else ()
    if memo is not None:
        memo[(id(old), id(new))] = _Compared(old, new, (gone, added))
    return gone, added


class _FromRelease(Protocol):
    @property
    def source(self) -> str: ...


_R = TypeVar("_R", bound=_FromRelease)


def by_source_from(
    previous: dict[str, list[_R]],
    old_items: tuple[_R, ...],
    items: tuple[_R, ...],
    order: Callable[[_R], int] | None = None,
) -> dict[str, list[_R]] | None:
    """A table of ``items`` by release id (each release's in ``items``' order, then
    sorted by ``order`` if given), made from ``previous``, the same table of
    ``old_items`` (the last build's): the lists of the releases with an item gone or
    added are made again, the others are ``previous``'s own (a table is never changed
    after its build). The table grouping ``items`` from scratch gives, but for the
    order of its keys (read by key only). None when more than ``_REGROUP_SHARE`` of the
    items changed: then grouping them all is as cheap. ``previous`` is left as it is."""
    gone, added = changed_items(old_items, items)
    if len(gone) + len(added) > _REGROUP_SHARE * max(len(items), 1):
        return None
    touched = {item.source for item in (*gone, *added)}
    grouped = dict(previous)
    for source_id in touched:
        grouped.pop(source_id, None)
    for item in slices.picked(items, touched.__contains__, _SOURCE):
        grouped.setdefault(item.source, []).append(item)
    if order is not None:
        for source_id in touched:
            if source_id in grouped:
                grouped[source_id].sort(key=order)
    return grouped


def _regrouped(
    previous: dict[str, list[_T]],
    removed: Iterable[tuple[str, _T]],
    added: Iterable[tuple[str, _T]],
    order: Callable[[_T], int | tuple[int, int]],
) -> dict[str, list[_T]]:
    """A copy of ``previous`` without the ``removed`` (key, item) pairs and with the
    ``added`` ones (in the knowledge base's order), each changed key's list sorted by
    ``order``. The sort is stable, and a release's items are either all kept or all
    new, so the lists are those grouping every item from scratch gives. ``previous``
    and its lists are left as they are."""
    gone: dict[str, set[int]] = {}
    for key, item in removed:
        gone.setdefault(key, set()).add(id(item))
    new: dict[str, list[_T]] = {}
    for key, item in added:
        new.setdefault(key, []).append(item)
    out = dict(previous)
    for key in gone.keys() | new.keys():
        drop = gone.get(key, set())
        items = [x for x in previous.get(key, ()) if id(x) not in drop]
        if key in new:
            items = sorted(items + new[key], key=order)
        if items:
            out[key] = items
        else:
            out.pop(key, None)
    return out


def _fact_keys(facts: Iterable[LoadedFact]) -> Iterator[tuple[str, LoadedFact]]:
    """(entity id, fact) for each entity a fact is filed under: its subjects, and its
    place when that is not one of them."""
    for fact in facts:
        for ref in fact.about:
            yield ref, fact
        if fact.place and fact.place not in fact.about:
            yield fact.place, fact


# A Label made in C from a (key, compact, text, entity_id, via, person) tuple, as
# ``Label._make`` does, without a Python call per label.
_new_label = functools.partial(tuple.__new__, Label)


def _labels_of(
    keys: list[str],
    texts: list[str],
    owners: Iterable[str],
    vias: Iterable[str],
    person: Iterable[bool],
) -> list[Label]:
    """Labels of ``texts`` with these (normalised) ``keys``, made in C: their compact
    keys with ``str.replace`` (as ``compact``) and the tuples with ``_new_label``."""
    compacts = map(str.replace, keys, repeat(" "), repeat(""))
    # (Not strict: the role labels' owners, vias and flags repeat without end.)
    return list(map(_new_label, zip(keys, compacts, texts, owners, vias, person, strict=False)))


def _entity_label_lists(entities: list[Entity]) -> list[list[Label]]:
    """Each entity's labels: its name, then its aliases and shared aliases, in order.

    Made in one batch: the texts gathered, normalised (``normalize_each``) and made
    into labels in C. A few Python calls per label (normalising through the cache,
    ``compact``, the named tuple's constructor) were about half a second of an index
    build at 100,000 entities (160,000 labels)."""
    texts: list[str] = []
    owners: list[str] = []
    vias: list[str] = []
    persons: list[bool] = []
    counts: list[int] = []
    person = EntityKind.PERSON
    for entity in entities:
        aliases = (*entity.aliases, *entity.shared_aliases)
        n = 1 + len(aliases)
        texts.append(entity.name)
        texts.extend(aliases)
        owners.extend(repeat(entity.id, n))
        vias.append("name")
        vias.extend(repeat("alias", n - 1))
        persons.extend(repeat(entity.kind is person, n))
        counts.append(n)
    made = iter(_labels_of(normalize_each(texts), texts, owners, vias, persons))
    return [list(itertools.islice(made, n)) for n in counts]


# A title's head read alone ("Minister" of "Minister of Health" at the Ministry of
# Health) is at most this many words: a longer head is a post of its own.
MAX_HEAD_WORDS = 2


def field_head(title: str, org_name: str) -> str | None:
    """The title's head alone ("Minister") when the rest of the title only repeats the
    organisation's field: "Minister of Health" at the Ministry of Health, "Governor of
    the Central Bank" at the Central Bank of Lindmark; releases and readers then call
    the holder by the head ("succeeded her as Minister"). None for a title whose rest
    names a post's own scope ("Director of School Feeding" at a ministry), or with no
    "of"."""
    head, of, rest = title.partition(" of ")
    if not of or not head.strip() or len(head.split()) > MAX_HEAD_WORDS:
        return None
    rest_key = normalize(rest).removeprefix("the ")
    if not rest_key or f" {rest_key} " not in f" {normalize(org_name)} ":
        return None
    return head.strip()


# A part of a role label and its key (None: not ``word_wise``, see ``joined_key``).
_Part = tuple[str, str | None]


def _part(text: str) -> _Part:
    return text, normalize(text) if word_wise(text) else None


class _RoleLabelParts:
    """The labels of people's roles: a title ("Director General", and its initials
    "DG"), alone, "of" its organisation's name, and with each acronym of the
    organisation ("UNIDO DG", "DG of UNIDO"). Each title and organisation is normalised
    once per build (``joined_key``) rather than every label of every role: at 100,000
    entities 47,000 roles of 18 titles made 240,000 labels, a second of an index build.
    """

    def __init__(self) -> None:
        self._titles: dict[str, list[_Part]] = {}
        # By organisation id: one build's entities, one object per id.
        self._orgs: dict[str, tuple[_Part, list[_Part]]] = {}

    def _title_parts(self, title: str) -> list[_Part]:
        parts = self._titles.get(title)
        if parts is None:
            acronym = title_acronym(title)
            texts = [title] if acronym is None else [title, acronym.upper()]
            parts = self._titles[title] = [_part(text) for text in texts]
        return parts

    def _head_part(self, title: str, org: Entity) -> _Part | None:
        head = field_head(title, org.name)
        return None if head is None else _part(head)

    def _org_parts(self, org: Entity) -> tuple[_Part, list[_Part]]:
        parts = self._orgs.get(org.id)
        if parts is None:
            acronyms = [_part(a) for a in org.aliases if _is_acronym(a)]
            parts = self._orgs[org.id] = (_part(org.name), acronyms)
        return parts

    def labels(self, role: LoadedRole, org: Entity | None) -> list[Label]:
        """The role's labels, in the order every build gives them."""
        # Texts and their parts' keys gathered, then keyed (``joined_key``) and made
        # into labels in C (``_labels_of``): a closure, ``compact`` and the named
        # tuple's constructor per label were a third of the role labels' cost.
        texts: list[str] = []
        parts: list[tuple[str | None, ...]] = []
        name, acronyms = self._org_parts(org) if org is not None else (None, [])
        for title, title_key in self._title_parts(role.title):
            texts.append(title)
            parts.append((title_key,))
            if name is not None:
                texts.append(f"{title} of {name[0]}")
                parts.append((title_key, "of", name[1]))
            for alias, alias_key in acronyms:
                texts.append(f"{alias} {title}")
                parts.append((alias_key, title_key))
                texts.append(f"{title} of {alias}")
                parts.append((title_key, "of", alias_key))
        short = self._head_part(role.title, org) if org is not None else None
        if short is not None:
            texts.append(short[0])
            parts.append((short[1],))
            for alias, alias_key in acronyms:
                texts.append(f"{alias} {short[0]}")
                parts.append((alias_key, short[1]))
        keys = list(map(joined_key, texts, parts))
        return _labels_of(keys, texts, repeat(role.entity), repeat("role"), repeat(False))


# sources_involving with a limit merges its groups (newest first) rather than reading
# them all once they hold more than this many items per release asked for: a release
# states a few sentences about each entity it involves (synthetic bases: 2 to 3), so
# below it reading everything costs no more than merging.
_MERGED_READS_PER_SOURCE = 8


class _PopularityBase(NamedTuple):
    """The last build's popularity tables and the entities whose counts may differ."""

    popularity: dict[str, int]
    by_popularity: list[str]
    touched: frozenset[str]


class Index:
    """``deferred=True`` builds the term index and the name postings on first use
    instead of now: for a one-shot terminal answer (``partnerbot ask``), which often
    needs neither (and so never imports numpy). ``warm()`` builds them; the bot's
    service builds every snapshot warm, so no request pays for them.

    ``reuse``: kept from the previous build (and updated for the next); the index is the
    same with or without it, only cheaper to build."""

    def __init__(
        self, kb: KnowledgeBase, reuse: IndexReuse | None = None, *, deferred: bool = False
    ) -> None:
        self.kb = kb
        self.deferred = deferred
        self._popularity_from: _PopularityBase | None = None
        self._terms: TermIndex | None = None
        self._terms_lock: threading.Lock | None = None
        if deferred:
            self._group()
            self.names = NameIndex(
                self._labels(IndexReuse() if reuse is None else reuse), deferred=True
            )
            self._terms_lock = threading.Lock()
            return
        # On a large knowledge base the term index is built in a worker process while
        # everything else is built here: the two take about as long.
        reuse = IndexReuse() if reuse is None else reuse
        with stages.stage("term index"):
            pending = TermIndex.start(
                self._doc_keys(),
                self._doc_texts_at,
                self._doc_items(),
                reuse.terms,
                self._renamed_contexts(reuse),
            )
        names: NameIndex | None = None
        try:
            # The name index first: on a large base its postings are then built in a
            # worker process (its labels and exact tables here) while this thread groups
            # the items and the engine makes its tables; ``Engine`` takes them at its end.
            with stages.stage("name index"):
                names = NameIndex.updated(reuse.names, self._labels(reuse), background=True)
            with stages.stage("grouping"):
                self._group(reuse)
            with stages.stage("term index"):
                self._terms = pending.result()
        except BaseException:
            pending.close()  # nothing will read the worker's result
            if names is not None:
                names.close()
            raise
        self.names = names
        reuse.terms = self._terms
        reuse.terms_entities = dict(self.kb.entities)
        reuse.names = self.names

    @property
    def terms(self) -> TermIndex:
        """The term index over facts, quotes and summaries (built now if deferred)."""
        terms = self._terms
        if terms is None:
            self.warm()
            terms = self._terms
            assert terms is not None
        return terms

    def warm(self) -> None:
        """Build what ``deferred=True`` left for later (blocking; nothing otherwise)."""
        lock = self._terms_lock
        if lock is not None:
            with lock:
                if self._terms is None:
                    self._terms = TermIndex.start(
                        self._doc_keys(), self._doc_texts_at, self._doc_items()
                    ).result()
            self._terms_lock = None
        self.names.warm()

    # --- building -------------------------------------------------------------------

    def _group(self, reuse: IndexReuse | None = None) -> None:
        """Sources newest first, and roles, quotes and facts grouped by entity: updated
        from ``reuse``'s grouping when few items changed, else grouped from scratch
        (the same dicts either way; keys in another order, which no answer reads)."""
        kb = self.kb
        self.sources_newest = sorted(
            kb.sources.values(), key=lambda s: (s.source.date, s.id), reverse=True
        )
        self._source_rank = {s.id: i for i, s in enumerate(self.sources_newest)}
        previous = reuse.grouping if reuse is not None else None
        if previous is None or not self._regroup_from(previous):
            self._group_all()
        if reuse is not None:
            reuse.grouping = Grouping(
                kb.roles,
                kb.summaries,
                kb.quotes,
                kb.facts,
                self.roles_by_entity,
                self.summaries_by_entity,
                self.people_by_org,
                self.quotes_by_speaker,
                self.quotes_about,
                self.facts_by_entity,
                self.fact_by_id,
                self.quote_by_id,
                weakref.ref(self),
            )

    def _group_all(self) -> None:
        kb = self.kb
        # Each group below is filled from one newest-first ordering of all items (a
        # stable sort), so every group comes out newest first without sorting each.
        roles_by_entity: dict[str, list[LoadedRole]] = defaultdict(list)
        for role in sorted(kb.roles, key=self._role_order):
            roles_by_entity[role.entity].append(role)
        summaries_by_entity: dict[str, list[LoadedSummary]] = defaultdict(list)
        for summary in sorted(kb.summaries, key=self._summary_order):
            summaries_by_entity[summary.entity].append(summary)
        people_by_org: dict[str, list[str]] = defaultdict(list)
        for role in kb.roles:
            if role.organization and role.entity not in people_by_org[role.organization]:
                people_by_org[role.organization].append(role.entity)

        quotes_by_speaker: dict[str, list[LoadedQuote]] = defaultdict(list)
        quotes_about: dict[str, list[LoadedQuote]] = defaultdict(list)
        for quote in sorted(kb.quotes, key=self.newest_first):
            quotes_by_speaker[quote.speaker].append(quote)
            for ref in quote.about:
                quotes_about[ref].append(quote)

        facts_by_entity: dict[str, list[LoadedFact]] = defaultdict(list)
        for fact in sorted(kb.facts, key=self.newest_first):  # as _fact_keys files them
            about = fact.about
            for ref in about:
                facts_by_entity[ref].append(fact)
            place = fact.place
            if place and place not in about:
                facts_by_entity[place].append(fact)

        # Plain dicts from here on: a read of a missing key on a defaultdict inserts it,
        # and requests read these from several threads.
        self.roles_by_entity = dict(roles_by_entity)
        self.summaries_by_entity = dict(summaries_by_entity)
        self.people_by_org = dict(people_by_org)
        self.quotes_by_speaker = dict(quotes_by_speaker)
        self.quotes_about = dict(quotes_about)
        self.facts_by_entity = dict(facts_by_entity)
        # In C (250,000 items at 100,000 entities).
        self.fact_by_id = dict(zip(map(_ID, kb.facts), kb.facts, strict=True))
        self.quote_by_id = dict(zip(map(_ID, kb.quotes), kb.quotes, strict=True))

    def _regroup_from(self, previous: Grouping) -> bool:
        """Set the groupings from the last build's and the items changed since (see
        ``_regrouped``); False, having set nothing, when too many items changed."""
        kb = self.kb
        roles = changed_items(previous.roles, kb.roles)
        summaries = changed_items(previous.summaries, kb.summaries)
        quotes = changed_items(previous.quotes, kb.quotes)
        facts = changed_items(previous.facts, kb.facts)
        changed = sum(len(a) + len(b) for a, b in (roles, summaries, quotes, facts))
        total = len(kb.roles) + len(kb.summaries) + len(kb.quotes) + len(kb.facts)
        if changed > _REGROUP_SHARE * max(total, 1):
            return False
        (roles_gone, roles_new), (quotes_gone, quotes_new) = roles, quotes
        self.roles_by_entity = _regrouped(
            previous.roles_by_entity,
            ((r.entity, r) for r in roles_gone),
            ((r.entity, r) for r in roles_new),
            self._role_order,
        )
        self.summaries_by_entity = _regrouped(
            previous.summaries_by_entity,
            ((s.entity, s) for s in summaries[0]),
            ((s.entity, s) for s in summaries[1]),
            self._summary_order,
        )
        # An organisation's people in the order of their first role in the knowledge
        # base: those of the organisations whose roles changed are listed again.
        orgs = {r.organization for r in (*roles_gone, *roles_new) if r.organization}
        people_by_org = dict(previous.people_by_org)
        if orgs:
            fresh: dict[str, list[str]] = {}
            for role in slices.picked(kb.roles, orgs.__contains__, _ORGANIZATION):
                if role.organization:
                    people = fresh.setdefault(role.organization, [])
                    if role.entity not in people:
                        people.append(role.entity)
            for org in orgs:
                if org in fresh:
                    people_by_org[org] = fresh[org]
                else:
                    people_by_org.pop(org, None)
        self.people_by_org = people_by_org
        self.quotes_by_speaker = _regrouped(
            previous.quotes_by_speaker,
            ((q.speaker, q) for q in quotes_gone),
            ((q.speaker, q) for q in quotes_new),
            self.newest_first,
        )
        self.quotes_about = _regrouped(
            previous.quotes_about,
            ((ref, q) for q in quotes_gone for ref in q.about),
            ((ref, q) for q in quotes_new for ref in q.about),
            self.newest_first,
        )
        self.facts_by_entity = _regrouped(
            previous.facts_by_entity, _fact_keys(facts[0]), _fact_keys(facts[1]), self.newest_first
        )
        fact_by_id = dict(previous.fact_by_id)
        for fact in facts[0]:
            del fact_by_id[fact.id]
        fact_by_id.update((f.id, f) for f in facts[1])
        quote_by_id = dict(previous.quote_by_id)
        for quote in quotes_gone:
            del quote_by_id[quote.id]
        quote_by_id.update((q.id, q) for q in quotes_new)
        self.fact_by_id, self.quote_by_id = fact_by_id, quote_by_id
        # The popularity of the entities whose facts or quotes changed, or which came or
        # went, is counted again (``popularity``, ``by_popularity``); the rest is kept.
        owner = previous.owner()
        last = vars(owner) if owner is not None else {}
        if owner is not None and "popularity" in last and "by_popularity" in last:
            touched = {ref for ref, _ in _fact_keys((*facts[0], *facts[1]))}
            touched.update(q.speaker for q in (*quotes_gone, *quotes_new))
            touched.update(kb.entities.keys() ^ owner.kb.entities.keys())
            self._popularity_from = _PopularityBase(
                last["popularity"], last["by_popularity"], frozenset(touched)
            )
        return True

    def _role_order(self, role: LoadedRole) -> int:
        return self._source_rank[role.source]

    def _summary_order(self, summary: LoadedSummary) -> int:
        return self._source_rank[summary.source]

    def _labels(self, reuse: IndexReuse) -> list[Label]:
        """Every name, alias and title label, in a stable order; ``reuse`` gives the
        labels of entities and roles unchanged since the last build, and keeps this
        build's for the next."""
        labels: list[Label] = []
        extend = labels.extend  # a list extended per entity: a generator per label cost more
        entity_labels: dict[str, tuple[Entity, list[Label]]] = {}
        known_entities = reuse.entity_labels
        entities = self.kb.entities
        # The labels of the entities new or changed since the last build, made in one
        # batch (``_entity_label_lists``), then taken in order.
        fresh = iter(
            _entity_label_lists(
                [
                    entity
                    for entity_id, entity in entities.items()
                    if (kept := known_entities.get(entity_id)) is None or kept[0] is not entity
                ]
            )
        )
        for entity_id, entity in entities.items():
            kept = known_entities.get(entity_id)
            if kept is None or kept[0] is not entity:
                kept = (entity, next(fresh))
            entity_labels[entity_id] = kept
            extend(kept[1])
        reuse.entity_labels = entity_labels
        role_labels: dict[int, tuple[LoadedRole, Entity, Entity | None, list[Label]]] = {}
        known_roles = reuse.role_labels
        role_parts = _RoleLabelParts()
        person = EntityKind.PERSON
        for role in self.kb.roles:
            made = known_roles.get(id(role))
            if made is not None and made[0] is role:
                # The same role object: its person and organisation may still have changed.
                org_id = role.organization
                if made[1] is entities[role.entity] and made[2] is (
                    entities.get(org_id) if org_id else None
                ):
                    role_labels[id(role)] = made
                    extend(made[3])
                    continue
            owner = entities[role.entity]
            if owner.kind is not person:
                continue
            org = entities.get(role.organization or "")
            made = (role, owner, org, role_parts.labels(role, org))
            role_labels[id(role)] = made
            extend(made[3])
        reuse.role_labels = role_labels
        return labels

    def _doc_keys(self) -> list[Doc]:
        """The term index's docs: facts, quotes, then entities (for their summaries)."""
        kb = self.kb
        # Made in C (tuple.__new__ over zipped pairs, as Doc._make does): 350,000 docs at
        # 100,000 entities, each a Python call through a generator before.
        make = functools.partial(tuple.__new__, Doc)
        docs: list[Doc] = []
        for kind, items in (("fact", kb.facts), ("quote", kb.quotes)):
            for _, part in slices.slices(items):
                docs.extend(map(make, zip(repeat(kind), map(_ID, part))))
        for _, part in slices.slices(list(kb.entities)):
            docs.extend(map(make, zip(repeat("entity"), part)))
        return docs

    def _doc_items(self) -> list[object]:
        """The model object each doc of ``_doc_keys`` is made from (its identity tells
        the term index whether the doc changed since the last build)."""
        kb = self.kb
        return [*kb.facts, *kb.quotes, *kb.entities.values()]

    def _renamed_contexts(self, reuse: IndexReuse) -> list[int]:
        """Doc ids (``_doc_keys`` order) of the facts about an entity whose name changed
        since the term index of the last build: a fact's subjects' names are part of its
        indexed text."""
        known = reuse.terms_entities
        entities = self.kb.entities
        # The entities that are other objects than last time (a slice at a time: 100,000
        # at the largest), then those renamed among them.
        changed = slices.picked(
            list(entities.items()), operator.not_, lambda pair: known.get(pair[0]) is pair[1]
        )
        renamed = {
            entity_id
            for entity_id, entity in changed
            if (was := known.get(entity_id)) is not None and was.name != entity.name
        }
        if not renamed:
            return []
        return [i for i, fact in enumerate(self.kb.facts) if not renamed.isdisjoint(fact.about)]

    def _doc_texts_at(self, ids: Iterable[int]) -> Iterator[tuple[str, tuple[str, ...]]]:
        """The (text, context) of the docs with these ids (``_doc_keys`` order)."""
        kb = self.kb
        facts, quotes = kb.facts, kb.quotes
        entity_list = list(kb.entities.values())
        entities = kb.entities
        n_facts, n_quotes = len(facts), len(quotes)
        for i in ids:
            if i < n_facts:
                fact = facts[i]
                yield fact.text, tuple(entities[ref].name for ref in fact.about)
            elif i < n_facts + n_quotes:
                yield quotes[i - n_facts].text, ()
            else:
                entity = entity_list[i - n_facts - n_quotes]
                yield entity.summary, (entity.name,)

    def _doc_texts(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        """Each doc's (text, context), in ``_doc_keys`` order."""
        # Entity names of a fact's subjects are part of what the fact is about, even
        # when the text says "it", so they are indexed as the fact's context.
        entities = self.kb.entities
        for fact in self.kb.facts:
            yield fact.text, tuple(entities[ref].name for ref in fact.about)
        for quote in self.kb.quotes:
            yield quote.text, ()
        # Summaries answer descriptive questions ("who heads the UN agency?").
        for entity in entities.values():
            yield entity.summary, (entity.name,)

    # --- ordering and lookups -------------------------------------------------------

    def newest_first(self, item: LoadedQuote | LoadedFact) -> tuple[int, int]:
        return (self._source_rank[item.source], item.position)

    def entity(self, entity_id: str) -> Entity:
        return self.kb.entities[entity_id]

    def source_date(self, source_id: str) -> dt.date:
        return self.kb.sources[source_id].source.date

    def acronym(self, entity_id: str) -> str | None:
        """The entity's first acronym alias ("WTO"), if it has one besides its name and
        no other entity shares it (a shared "LLB" names two organisations, so the name
        is shown instead)."""
        entity = self.kb.entities[entity_id]
        name = entity.name.casefold()
        return next(
            (
                a
                for a in entity.aliases
                if _is_acronym(a) and a.casefold() != name and a.casefold() not in self.shared_keys
            ),
            None,
        )

    @cached_property
    def shared_keys(self) -> frozenset[str]:
        """Casefolded aliases that an entity declares shared (``shared_aliases``): each
        names two entities or more."""
        return frozenset(
            a.casefold() for entity in self.kb.entities.values() for a in entity.shared_aliases
        )

    def display_name(self, entity_id: str) -> str:
        """The name, with its acronym when it has one: "World Trade Organization (WTO)"."""
        name = self.kb.entities[entity_id].name
        acronym = self.acronym(entity_id)
        return f"{name} ({acronym})" if acronym else name

    def short_name(self, entity_id: str) -> str:
        """The acronym when there is one ("eWTP"), else the name, for compact lists."""
        return self.acronym(entity_id) or self.kb.entities[entity_id].name

    def role_as_of(self, entity_id: str, when: dt.date | None = None) -> LoadedRole | None:
        """The newest role stated by a source no later than ``when``; without ``when``,
        the first current title (``role_history``), else the newest ended one.

        With ``when``, a title the newest such source states as held wins over one it
        states as ended: a 2022 release saying "who was Chief Executive until June 2022,
        became Chair" gives Chair for that release's quotes. Only when every stated title
        has ended does the newest ended one answer."""
        roles = self.roles_by_entity.get(entity_id, [])
        if when is not None:
            stated = [r for r in roles if self.source_date(r.source) <= when]
            if stated:
                newest = self.source_date(stated[0].source)
                held = (r for r in stated if r.current and self.source_date(r.source) == newest)
                return next(held, stated[0])
        if len(roles) <= 1:
            # One stated title is the answer whether it is current or ended; autocomplete
            # asks this of every choice it shows, and role_history is the costly part.
            return roles[0] if roles else None
        current = self.role_history(entity_id).current
        return current[0].role if current else roles[0]

    def role_history(self, entity_id: str) -> RoleHistory:
        """The entity's titles, current first (see ``RoleHistory``).

        A title is one (title, organisation) pair, whatever release states it. It has
        ended when any release marks it ended (a later release may do so without the
        older file being edited). Of the others, the current ones are those stated by
        the newest release that states any un-ended title; the rest are history.
        """
        grouped: dict[tuple[str, str | None], list[LoadedRole]] = {}
        for role in self.roles_by_entity.get(entity_id, []):  # newest first
            grouped.setdefault((role.title.casefold(), role.organization), []).append(role)
        spans = []
        for statements in grouped.values():
            ended = [r for r in statements if not r.current]
            # "As of" dates are those of the releases that state the title as held; a
            # release that only says it ended is not one.
            held = [r for r in statements if r.current] or statements
            spans.append(
                RoleSpan(
                    role=statements[0],
                    sources=tuple(r.source for r in held),
                    dates=tuple(self.source_date(r.source) for r in held),
                    ended=bool(ended),
                    ended_on=next((r.ended for r in ended if r.ended), None),
                )
            )
        live = [s for s in spans if not s.ended]
        newest = max((s.dates[0] for s in live), default=None)
        current = [s for s in live if s.dates[0] == newest]
        earlier = [s for s in spans if s not in current]
        earlier.sort(key=lambda s: s.ended_on or s.dates[0].isoformat(), reverse=True)
        return RoleHistory(current, earlier)

    def sources_involving(self, entity_id: str, limit: int | None = 3) -> list[str]:
        """Ids of the releases whose facts, quotes or roles involve the entity, newest
        first, at most ``limit`` (None: all)."""
        groups = (
            self.facts_by_entity.get(entity_id, ()),
            self.quotes_about.get(entity_id, ()),
            self.quotes_by_speaker.get(entity_id, ()),
            self.roles_by_entity.get(entity_id, ()),
        )
        if limit is not None and sum(map(len, groups)) > limit * _MERGED_READS_PER_SOURCE:
            # Each group is newest first (by release rank): merged, the first ``limit``
            # releases met are the newest ones, without reading every item of an entity
            # that thousands of sentences involve (answers ask for a few).
            rank = self._source_rank
            seen: dict[str, None] = {}
            for item in heapq.merge(*groups, key=lambda x: rank[x.source]):
                if item.source not in seen:
                    seen[item.source] = None
                    if len(seen) >= limit:
                        break
            return list(seen)
        found = {f.source for f in groups[0]}
        found |= {q.source for q in groups[1]}
        found |= {q.source for q in groups[2]}
        found |= {r.source for r in groups[3]}
        return [s.id for s in self.newest_sources(found)][:limit]

    def sources_involving_any(self, entity_ids: Iterable[str], limit: int) -> list[LoadedSource]:
        """The newest ``limit`` releases involving any of ``entity_ids`` (as in
        ``sources_involving``), newest first: the work is in ``limit`` and the entities'
        items up to it, never in the whole base."""
        found: set[str] = set()
        for entity_id in entity_ids:
            found.update(self.sources_involving(entity_id, limit=limit))
        return self.newest_sources(found)[:limit]

    def newest_sources(self, ids: Iterable[str]) -> list[LoadedSource]:
        """The releases ``ids`` names (ids of this base), newest first as in
        ``sources_newest``, each once: sorted by rank, so the work is in their number,
        never a pass over every release of the base per question."""
        rank = self._source_rank
        return [self.kb.sources[i] for i in sorted(set(ids), key=rank.__getitem__)]

    def title_ended(self, role: LoadedRole) -> tuple[bool, int | None]:
        """Whether ``role``'s title (title and organisation) has ended by any release's
        word, and the year it ended when one is given."""
        key = (role.title.casefold(), role.organization)
        for span in self.role_history(role.entity).earlier:
            if span.ended and (span.role.title.casefold(), span.role.organization) == key:
                return True, int(span.ended_on[:4]) if span.ended_on else None
        return False, None

    def roles_in_force(self, entity_id: str, year: int) -> list[LoadedRole]:
        """The roles of ``entity_id`` held in ``year``, newest statement first: stated by a
        release of that year or earlier, and not ended before it. A title that ended
        with no date given counts as held up to the newest release stating it held (or,
        when none does, the year of the first release naming it)."""
        roles = self.roles_by_entity.get(entity_id, [])
        found = []
        for role in roles:
            if self.source_date(role.source).year > year:
                continue
            ended, ended_year = self.title_ended(role)
            if ended and ended_year is None:
                same = [
                    r
                    for r in roles
                    if (r.title.casefold(), r.organization)
                    == (role.title.casefold(), role.organization)
                ]
                held = [r for r in same if r.current] or same
                ended_year = max(self.source_date(r.source).year for r in held)
            if ended and ended_year is not None and ended_year < year:
                continue
            found.append(role)
        return found

    def role_text(self, role: LoadedRole, *, with_date: bool = True) -> str:
        """ "Title, ORG (as of 2018-04-21)"; an ended title says so ("; ended 2021").

        An ended title is dated by the releases that state it held (``span_text``), never
        by the release that only says it ended, whichever of its statements is passed."""
        if with_date and not role.current and (span := self.span_of(role)) is not None:
            return self.span_text(span)
        text = role.title
        if role.organization:
            text += f", {self.short_name(role.organization)}"
        if with_date:
            text += f" (as of {self.source_date(role.source).isoformat()}"
            if not role.current:
                text += f"; ended {role.ended}" if role.ended else "; ended"
            text += ")"
        elif not role.current:
            text = f"former {text}"
        return text

    def span_of(self, role: LoadedRole) -> RoleSpan | None:
        """The span (``role_history``) of ``role``'s title: its dates and end."""
        key = (role.title.casefold(), role.organization)
        history = self.role_history(role.entity)
        for span in (*history.current, *history.earlier):
            if (span.role.title.casefold(), span.role.organization) == key:
                return span
        return None

    def span_text(self, span: RoleSpan) -> str:
        """A title with the dates of the releases stating it, oldest first, and when it
        ended: "Director General, UNIDO (as of 2018-04-21 and 2019-11-12; ended 2021)"."""
        role = span.role
        text = role.title
        if role.organization:
            text += f", {self.short_name(role.organization)}"
        dates = sorted(set(span.dates))
        when = " and ".join(d.isoformat() for d in dates)
        if len(dates) > 2:
            when = f"{dates[0].isoformat()} to {dates[-1].isoformat()}"
        text += f" (as of {when}"
        if span.ended:
            text += f"; ended {span.ended_on}" if span.ended_on else "; ended"
        return text + ")"

    def summary_history(self, entity_id: str) -> list[LoadedSummary]:
        """The entity's dated summaries, newest first (its declaring release's own, then
        restatements by later releases); empty when it was declared without a source."""
        return self.summaries_by_entity.get(entity_id, [])

    def current_summary(self, entity_id: str) -> str:
        """The newest summary of the entity (its own when none is dated)."""
        dated = self.summaries_by_entity.get(entity_id)
        return dated[0].text if dated else self.kb.entities[entity_id].summary

    def stated_summary(self, entity_id: str) -> StatedSummary | None:
        """The entity's newest summary with the release that states it (issue 12:
        every sentence shown is cited to its own release), or None when no release
        states or involves it. An entity declared without a source has its summary
        cited to the newest release involving it."""
        dated = self.summaries_by_entity.get(entity_id)
        if dated:
            return StatedSummary(dated[0].text, dated[0].source)
        involving = self.sources_involving(entity_id, limit=1)
        if not involving:
            return None
        return StatedSummary(self.kb.entities[entity_id].summary, involving[0])

    def summary_source(self, entity_id: str, text: str) -> str | None:
        """The release that states ``text`` as the entity's summary (the newest one that
        does); else, as ``stated_summary``, the newest release involving the entity."""
        for summary in self.summaries_by_entity.get(entity_id, ()):
            if summary.text == text:
                return summary.source
        involving = self.sources_involving(entity_id, limit=1)
        return involving[0] if involving else None

    def quotes_for(self, entity_id: str) -> list[LoadedQuote]:
        """Quotes by this speaker; for an organisation, by its people too. Newest first."""
        quotes = list(self.quotes_by_speaker.get(entity_id, []))
        for person in self.people_by_org.get(entity_id, []):
            quotes.extend(self.quotes_by_speaker.get(person, []))
        seen: set[str] = set()
        unique = [q for q in quotes if not (q.id in seen or seen.add(q.id))]
        return sorted(unique, key=self.newest_first)

    def quotes_shown(self, entity_id: str) -> list[LoadedQuote]:
        """The quotes ``!quote X`` pages through and ``!what X`` counts: ``quotes_for``;
        for a thing that is neither a person nor an organisation yet has people with a
        title at it (a programme and its lead), the quotes about it first, newest first,
        then its people's (their words are not all about it)."""
        own = self.quotes_for(entity_id)
        kind = self.kb.entities[entity_id].kind
        if kind in (EntityKind.PERSON, EntityKind.ORGANIZATION) or not self.people_by_org.get(
            entity_id
        ):
            return own
        about = self.quotes_about.get(entity_id, [])
        if not about:
            return own
        ids = {q.id for q in about}
        return [*about, *(q for q in own if q.id not in ids)]

    @cached_property
    def release_years(self) -> tuple[int, ...]:
        """The years the releases are dated, newest first, each once."""
        return tuple(dict.fromkeys(s.source.date.year for s in self.sources_newest))

    @cached_property
    def sources_by_year(self) -> dict[int, tuple[LoadedSource, ...]]:
        """Year of the release date -> the releases dated that year, newest first:
        "the 2024 announcement" looks its year up instead of reading every release."""
        found: dict[int, list[LoadedSource]] = {}
        for source in self.sources_newest:
            found.setdefault(source.source.date.year, []).append(source)
        return {k: tuple(v) for k, v in found.items()}

    @cached_property
    def sources_by_dateline(self) -> dict[str, tuple[LoadedSource, ...]]:
        """Normalised dateline city or country -> the releases datelined there, newest
        first: "which release came out of Geneva?" looks one name up instead of reading
        every release's dateline per question."""
        # Dicts as ordered sets: a list's "not in" made this quadratic in the releases of
        # one city (1.8 s at 10,000 releases, on every reload's warm-up).
        found: dict[str, dict[str, LoadedSource]] = {}
        for source in self.sources_newest:
            dateline = source.source.dateline
            for name in (dateline.city, dateline.country) if dateline else ():
                key = normalize(name or "")
                if key:
                    found.setdefault(key, {}).setdefault(source.id, source)
        return {k: tuple(v.values()) for k, v in found.items()}

    @cached_property
    def publisher_terms(self) -> frozenset[str]:
        """The index terms of every release's publisher ("business", "wire"): a wire's
        name in a question names no topic. Built once per index (``Engine.warm``), not
        per question over every release."""
        return frozenset(t for s in self.sources_newest for t in content_terms(s.source.publisher))

    @cached_property
    def dateline_terms(self) -> frozenset[str]:
        """The index terms of every release's dateline (its city and country, as shown):
        a place a release was sent from names no topic either. Built once per index."""
        return frozenset(
            t for s in self.sources_newest for t in content_terms(str(s.source.dateline))
        )

    @cached_property
    def speaker_ids(self) -> frozenset[str]:
        """Entities `quote` can answer for: speakers and organisations of speakers."""
        ids = set(self.quotes_by_speaker)
        for org, people in self.people_by_org.items():
            if any(p in self.quotes_by_speaker for p in people):
                ids.add(org)
        # People found by their role title are speakers too.
        return frozenset(ids)

    @cached_property
    def unit_roles(self) -> dict[str, tuple[LoadedRole, ...]]:
        """Organisation id -> the roles at another organisation whose title is a post
        at it, written "<title> of [the] <its name or alias>": "Director of the Hydrology
        Lab" at Lakemoor University is a post at the Lakemoor University Hydrology Lab,
        when the base has the Lab as an organisation of its own. How releases often
        write a unit's head, and how a reviewer may keep it (docs/knowledge-files.md,
        `roles`); built on first use, one exact name lookup per title with "of"."""
        found: dict[str, list[LoadedRole]] = {}
        for roles in self.roles_by_entity.values():
            for role in roles:
                head, of, unit = normalize(role.title).rpartition(" of ")
                if not (head and of):
                    continue
                unit = unit.removeprefix("the ")
                owners = {
                    label.entity_id
                    for label in self.names.exact(unit)
                    if label.via != "role"
                    and label.entity_id != role.organization
                    and self.kb.entities[label.entity_id].kind in _UNIT_KINDS
                }
                if len(owners) == 1:
                    found.setdefault(owners.pop(), []).append(role)
        return {k: tuple(v) for k, v in found.items()}

    @cached_property
    def units_by_role(self) -> dict[int, tuple[str, ...]]:
        """``id(role)`` -> the units whose post the role is, in ``unit_roles`` order: the
        reverse of ``unit_roles``, so asking a role's units is one lookup, not a pass
        over every unit (roles are the index's own objects, kept as long as it is)."""
        found: dict[int, list[str]] = {}
        for unit, roles in self.unit_roles.items():
            for role in roles:
                units = found.setdefault(id(role), [])
                if unit not in units:
                    units.append(unit)
        return {k: tuple(v) for k, v in found.items()}

    @cached_property
    def title_word_pairs(self) -> frozenset[tuple[str, str]]:
        """Each two words in a row of a role title, normalised ("programme", "director")."""
        pairs: set[tuple[str, str]] = set()
        for roles in self.roles_by_entity.values():
            for role in roles:
                words = normalize(role.title).split()
                pairs.update(itertools.pairwise(words))
        return frozenset(pairs)

    @cached_property
    def person_ids(self) -> frozenset[str]:
        return frozenset(e.id for e in self.kb.entities.values() if e.kind is EntityKind.PERSON)

    @cached_property
    def release_words(self) -> frozenset[str]:
        """The normalised words of the releases' publishers and dateline places
        ("globenewswire", "hangzhou"): names the base knows though no entity or fact may
        hold them. Built in ``Engine.warm``."""
        out: set[str] = set()
        for loaded in self.kb.sources.values():
            source = loaded.source
            dateline = source.dateline
            for value in (
                source.publisher,
                dateline.city if dateline else None,
                dateline.country if dateline else None,
            ):
                if value:
                    out.update(normalize(value).split())
        return frozenset(out)

    @cached_property
    def facts_by_source(self) -> dict[str, list[LoadedFact]]:
        """Each release's facts in the order the release states them. A reload's
        build takes it from the last snapshot's instead (``facts_by_source_from``)."""
        grouped: dict[str, list[LoadedFact]] = defaultdict(list)
        for fact in self.kb.facts:
            grouped[fact.source].append(fact)
        for facts in grouped.values():
            facts.sort(key=lambda f: f.position)
        return grouped

    def facts_by_source_from(self, previous: Index) -> None:
        """Set ``facts_by_source`` from ``previous``'s (the serving snapshot's index,
        only read) and the facts changed since: only the releases with a fact gone or
        added are grouped again, from ``kb.facts`` in its order and then by position,
        as the from-scratch build does; the other releases' lists are ``previous``'s,
        which nothing changes after a build. Nothing is done when ``previous`` never
        made it, this index already has it, or more than ``_REGROUP_SHARE`` of the
        facts changed (it is made from scratch on first use)."""
        old = previous.__dict__.get("facts_by_source")
        if old is None or "facts_by_source" in self.__dict__:
            return
        grouped = by_source_from(old, previous.kb.facts, self.kb.facts, lambda f: f.position)
        if grouped is not None:
            self.__dict__["facts_by_source"] = defaultdict(list, grouped)

    @cached_property
    def by_popularity(self) -> list[str]:
        """Entity ids, those the knowledge base says most about first (ties by id).
        Updated from the last build's when the groupings were (``_regroup_from``): its
        order without the touched entities, each put back where it belongs."""
        popularity = self.popularity
        base, self._popularity_from = self._popularity_from, None  # no old index kept

        def rank(entity_id: str) -> tuple[int, str]:
            return (-popularity.get(entity_id, 0), entity_id)

        if base is None:
            return sorted(self.kb.entities, key=rank)
        entities = self.kb.entities
        ranked = [e for e in base.by_popularity if e not in base.touched]
        for entity_id in base.touched:
            if entity_id in entities:
                bisect.insort(ranked, entity_id, key=rank)
        return ranked

    @cached_property
    def popularity(self) -> dict[str, int]:
        """How much the knowledge base says about each entity (for empty autocomplete):
        its facts, and twice its quotes; an entity with neither is left out."""
        base = self._popularity_from
        if base is not None:
            counts = dict(base.popularity)
            for entity_id in base.touched:
                n = len(self.facts_by_entity.get(entity_id, ())) + 2 * len(
                    self.quotes_by_speaker.get(entity_id, ())
                )
                if n:
                    counts[entity_id] = n
                else:
                    counts.pop(entity_id, None)
            return counts
        counts = defaultdict(int)
        for entity_id, facts in self.facts_by_entity.items():
            counts[entity_id] += len(facts)
        for entity_id, quotes in self.quotes_by_speaker.items():
            counts[entity_id] += 2 * len(quotes)
        return dict(counts)
