"""The words of people's names, and the people each names: the question parser's table
for a lone surname ("Ma", "Okafor"). Made once per snapshot; a reload updates the last
snapshot's from the entities and roles that changed (issue 12: reloads that scale).

A word is in the table when it is a word (two letters or more) of a person's name or
alias, unless it also says something else: a title's initials ("DG" in the alias "DG LI
Yong") or a word of another kind of entity's name that is not part of a person's full
name written in it ("Kalahari" of "Kalahari Basin Trust"; but not "Ma" of "LI Yong and
Jack MA meeting in Kigali").
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import dataclass, field

from bot.kb.models import Entity, EntityKind, LoadedRole
from bot.search.index import changed_items, title_acronym
from bot.textnorm import normalize

# More than this share of the entities changed, and the table is made from scratch
# rather than updated (the same table either way).
REBUILD_SHARE = 0.2
# A person's full name is looked for in other names as a run of this many words.
_NAME_RUNS = (2, 3, 4)


def _person_keys(entity: Entity) -> list[str]:
    """The normalised name and aliases of a person."""
    return [normalize(label) for label in (entity.name, *entity.aliases, *entity.shared_aliases)]


def _person_words(keys: Iterable[str]) -> list[str]:
    """The distinct words (two letters or more) of a person's keys, in order."""
    return list(dict.fromkeys(w for key in keys for w in key.split() if len(w) >= 2))


def _unnamed_words(
    entity: Entity,
    is_full_name: Callable[[str], bool],
    starts: Container[str] | None = None,
) -> set[str]:
    """The words of a non-person's name that are not part of a person's full name
    written in it (a run of 2 to 4 words that is some person's normalised name).
    ``starts``: the first words of the several-word full names, when known: a run
    starting with another word is no full name, and is not looked up (at 100,000
    entities, hundreds of thousands of joined runs per build)."""
    words = normalize(entity.name).split()
    named: set[int] = set()
    for i, first in enumerate(words):
        if starts is not None and first not in starts:
            continue
        for size in _NAME_RUNS:
            if i + size <= len(words) and is_full_name(" ".join(words[i : i + size])):
                named.update(range(i, i + size))
    return {w for i, w in enumerate(words) if i not in named}


def _run_starts(full_names: Iterable[str]) -> set[str]:
    """The first words of the full names of several words (``_unnamed_words``)."""
    return {key.partition(" ")[0] for key in full_names if " " in key}


def _add(counts: dict[str, int], key: str, by: int) -> None:
    left = counts.get(key, 0) + by
    if left:
        counts[key] = left
    else:
        del counts[key]


@dataclass(frozen=True, slots=True)
class PersonWords:
    """``table``: word -> the ids of the people it names, in the knowledge base's
    entity order. The rest is what the next snapshot's update starts from; nothing of
    it is changed once made (the snapshot serving it may still be read)."""

    table: dict[str, tuple[str, ...]]
    # The knowledge base's own entities and roles it was made from (not copies: the
    # serving snapshot's are left alone until the next build is done).
    entities: Mapping[str, Entity] = field(repr=False)
    roles: tuple[LoadedRole, ...] = field(repr=False)
    # Each word of people's names -> its people, whether or not it is in the table.
    people: dict[str, tuple[str, ...]] = field(repr=False)
    # People's normalised names and aliases -> how many people have it.
    full_names: dict[str, int] = field(repr=False)
    # Words that keep a word out of the table -> how many roles (their title's
    # initials) and non-person entities (their unnamed words) give it.
    others: dict[str, int] = field(repr=False)

    @classmethod
    def build(
        cls,
        entities: Mapping[str, Entity],
        roles: tuple[LoadedRole, ...],
        owners_of_word: Callable[[str], Iterable[str]] | None = None,
        previous: PersonWords | None = None,
    ) -> PersonWords:
        """The table of ``entities`` and ``roles``: updated from ``previous`` (the last
        snapshot's) when few entities changed since, else made from scratch; the same
        either way. ``owners_of_word`` (``NameIndex.owners_of_word`` of the index of
        ``entities``): the entities with a name or alias holding a normalised word,
        which finds the names a person's full name that came or went is written in."""
        if previous is None or owners_of_word is None:
            return cls._made(entities, roles)
        old = previous.entities
        removed = [old[eid] for eid in old.keys() - entities.keys()]
        added: list[Entity] = []
        for eid, entity in entities.items():
            was = old.get(eid)
            if was is not entity:
                added.append(entity)
                if was is not None:
                    removed.append(was)
        if len(removed) + len(added) > REBUILD_SHARE * max(len(entities), 1):
            return cls._made(entities, roles)
        return previous._updated(entities, roles, removed, added, owners_of_word)

    @classmethod
    def _made(cls, entities: Mapping[str, Entity], roles: tuple[LoadedRole, ...]) -> PersonWords:
        people: dict[str, list[str]] = {}
        full_names: dict[str, int] = {}
        for entity in entities.values():
            if entity.kind is EntityKind.PERSON:
                keys = _person_keys(entity)
                for key in set(keys):
                    full_names[key] = full_names.get(key, 0) + 1
                for w in _person_words(keys):
                    people.setdefault(w, []).append(entity.id)
        others: dict[str, int] = {}
        # Each title's initials worked out once: tens of thousands of roles share a
        # few dozen titles.
        initials: dict[str, str | None] = {}
        for role in roles:
            title = role.title
            if title not in initials:
                initials[title] = title_acronym(title)
            if (acronym := initials[title]) is not None:
                others[acronym] = others.get(acronym, 0) + 1
        starts = _run_starts(full_names)
        for entity in entities.values():
            if entity.kind is not EntityKind.PERSON:
                for w in _unnamed_words(entity, full_names.__contains__, starts):
                    others[w] = others.get(w, 0) + 1
        frozen = {w: tuple(ids) for w, ids in people.items()}
        return cls._of(entities, roles, frozen, full_names, others)

    @classmethod
    def _of(
        cls,
        entities: Mapping[str, Entity],
        roles: tuple[LoadedRole, ...],
        people: dict[str, tuple[str, ...]],
        full_names: dict[str, int],
        others: dict[str, int],
    ) -> PersonWords:
        table = {w: ids for w, ids in people.items() if w not in others}
        return cls(table, entities, roles, people, full_names, others)

    def _updated(
        self,
        entities: Mapping[str, Entity],
        roles: tuple[LoadedRole, ...],
        removed: list[Entity],
        added: list[Entity],
        owners_of_word: Callable[[str], Iterable[str]],
    ) -> PersonWords:
        """This table, for ``entities`` and ``roles``: ``removed`` are the entities of
        ``self.entities`` that are gone or changed, ``added`` those of ``entities`` that
        are new or changed. Copies what it changes."""
        # People: their full names counted, and their words' lists of people.
        full_names = dict(self.full_names)
        changed_ids: dict[str, set[str]] = {}  # word -> people who left or joined it
        for sign, group in ((-1, removed), (1, added)):
            for entity in group:
                if entity.kind is not EntityKind.PERSON:
                    continue
                keys = _person_keys(entity)
                for key in set(keys):
                    _add(full_names, key, sign)
                for w in _person_words(keys):
                    changed_ids.setdefault(w, set()).add(entity.id)
        people = dict(self.people)
        if changed_ids:
            position: dict[str, int] = {eid: i for i, eid in enumerate(entities)}
            for w, ids in changed_ids.items():
                members = {eid for eid in people.get(w, ()) if eid not in ids}
                # Who has the word now, among those who left or joined it.
                members.update(
                    eid
                    for eid in ids
                    if (e := entities.get(eid)) is not None
                    and e.kind is EntityKind.PERSON
                    and w in _person_words(_person_keys(e))
                )
                if members:
                    people[w] = tuple(sorted(members, key=position.__getitem__))
                else:
                    people.pop(w, None)

        # Words that keep others out: roles' initials, and non-persons' unnamed words,
        # which depend on the full names (those that came or went may be in unchanged
        # names: those are counted again too).
        others = dict(self.others)
        roles_gone, roles_new = changed_items(self.roles, roles)
        for sign, group_roles in ((-1, roles_gone), (1, roles_new)):
            for role in group_roles:
                if (acronym := title_acronym(role.title)) is not None:
                    _add(others, acronym, sign)
        old_full, new_full = self.full_names.__contains__, full_names.__contains__
        recount: dict[str, tuple[Entity | None, Entity | None]] = {}
        for entity in removed:
            if entity.kind is not EntityKind.PERSON:
                recount[entity.id] = (entity, None)
        for entity in added:
            if entity.kind is not EntityKind.PERSON:
                was = recount.get(entity.id, (None, None))[0]
                recount[entity.id] = (was, entity)
        came_or_went = self.full_names.keys() ^ full_names.keys()
        for key in came_or_went:
            words = key.split()
            if len(words) not in _NAME_RUNS:
                continue
            # The names holding every word of the key (a superset of those holding it).
            holders = set(owners_of_word(words[0]))
            for w in words[1:]:
                holders.intersection_update(owners_of_word(w))
            for eid in holders:
                entity = entities.get(eid)
                if (
                    entity is not None
                    and entity.kind is not EntityKind.PERSON
                    and eid not in recount
                    and self.entities.get(eid) is entity
                ):
                    recount[eid] = (entity, entity)
        for was, now in recount.values():
            if was is not None:
                for w in _unnamed_words(was, old_full):
                    _add(others, w, -1)
            if now is not None:
                for w in _unnamed_words(now, new_full):
                    _add(others, w, 1)
        return self._of(entities, roles, people, full_names, others)
