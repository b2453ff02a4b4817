"""The draft's entities and roles, reconciled with the knowledge base it will join.

An entity the knowledge base already has (same normalised name or alias) is referenced
by its id and not declared again, and a new entity never takes an alias someone else owns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.ingest.appositives import drop_date_tail
from bot.ingest.words import (
    ALL_HEADS,
    is_country,
    is_generic_agreement,
    looks_like_acronym,
    slugify,
)
from bot.kb.models import EntityKind, KnowledgeBase
from bot.textnorm import normalize
from bot.vocab import given_names, month_pattern

# --- the registry -------------------------------------------------------------------------


# Common given names (bot/vocab/given_names.txt), casefolded.
_GIVEN_NAMES = given_names()


@dataclass(slots=True)
class DraftEntity:
    id: str
    name: str
    kind: EntityKind
    summary: str | None = None
    aliases: list[str] = field(default_factory=list)
    # Names this entity knowingly shares with knowledge-base entities (written out).
    shared_aliases: list[str] = field(default_factory=list)
    # Declared elsewhere in the knowledge base; the draft only refers to it.
    existing: bool = False
    # Extra keys used to spot mentions (a person's family name), never written out.
    weak_keys: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class DraftRole:
    entity: str
    title: str
    organization: str | None
    # A title no longer held ("former …", "who retired as …"): written with
    # ``current: false``, or ``ended: <date>`` when the release gives it.
    current: bool = True
    ended: str | None = None


# An acronym whose capital I a scan (OCR) read as a lower-case l: "lVO", "lKA".
# ("UNlCEF" too: one l among two or more capitals, three to seven letters in all.)
_OCR_ACRONYM = re.compile(r"(?=[A-Zl]{3,7}$)(?=(?:[^l]*l){1}[^l]*$)(?=(?:.*[A-Z]){2})[A-Z]*l[A-Z]*")


# A start date written after a title: "Head of Parks since March 2021", "… since 2018".
_SINCE_TAIL = re.compile(
    rf"\s+since\s+(?:(?:\d{{1,2}}\s+)?(?i:{month_pattern()})\s+)?(?:19|20)\d\d$"
)


# A relative clause after a name: " who chose", " which runs", " whose members".
_RELATIVE_CLAUSE = re.compile(r"\s+(?:who|whom|whose|which)\s+(?=[a-z])")


class Registry:
    """The draft's entities, reconciled with the knowledge base it will join."""

    def __init__(self, kb: KnowledgeBase | None) -> None:
        self.kb = kb
        self.entities: dict[str, DraftEntity] = {}
        self.roles: list[DraftRole] = []
        # Things for the reviewer to check, found while reconciling with the knowledge base.
        self.notes: list[str] = []
        self._keys: dict[str, str] = {}
        # Every key any knowledge-base entity claims, and the unambiguous ones.
        self._kb_claimed: set[str] = set()
        self._kb_unique: dict[str, str] = {}
        self._kb_ids: set[str] = set()
        # Organisations by name without "Inc."/"Group"/"AG": "Globex" finds Globex Corporation.
        self._cores: dict[str, set[str]] = {}
        # The labels (normalised) a discarded entity answered to: a pass that folds one
        # entity into another keeps the old name as the other's alias, so an id taken
        # earlier (a quote's speaker) can still be followed to the entity that holds it.
        self._gone: dict[str, list[str]] = {}
        if kb is not None:
            owners: dict[str, set[str]] = {}
            for entity in kb.entities.values():
                self._kb_ids.add(entity.id)
                for label in (entity.name, *entity.aliases, *entity.shared_aliases):
                    key = normalize(label)
                    if key:
                        owners.setdefault(key, set()).add(entity.id)
            self._kb_claimed = set(owners)
            # ("MoU": every release's agreement answers to the generic noun, as a shared
            # alias; in a new release it never means an older release's agreement.)
            self._kb_unique = {
                k: next(iter(v))
                for k, v in owners.items()
                if len(v) == 1 and not is_generic_agreement(k)
            }
            for entity in kb.entities.values():
                if entity.kind == EntityKind.ORGANIZATION:
                    self._add_core(entity.name, entity.id)

    # -- lookup ------------------------------------------------------------------------

    def discard(self, entity_id: str) -> None:
        """Forget a draft entity found by mistake (before any fact or role uses it)."""
        self.entities.pop(entity_id, None)
        gone = [k for k, v in self._keys.items() if v == entity_id]
        for key in gone:
            del self._keys[key]
        self._gone.setdefault(entity_id, []).extend(gone)
        for owners in self._cores.values():
            owners.discard(entity_id)
        self.roles = [r for r in self.roles if entity_id not in (r.entity, r.organization)]

    def current_id(self, entity_id: str) -> str | None:
        """The id of the entity ``entity_id`` now goes by: itself while the draft holds
        it; after a fold or a rename, the entity that took over one of its names as an
        alias (followed through several); None when nothing holds its names."""
        seen: set[str] = set()
        while entity_id not in self.entities:
            if entity_id in seen:
                return None
            seen.add(entity_id)
            taken = (self._keys.get(k) for k in self._gone.get(entity_id, ()))
            following = next((e for e in taken if e is not None), None)
            if following is None:
                return None
            entity_id = following
        return entity_id

    def point_key(self, label: str, entity_id: str) -> None:
        """Read ``label`` as ``entity_id`` in this release without making it an alias
        (an acronym another organisation in the knowledge base already owns)."""
        self._keys[normalize(label)] = entity_id

    def find_exact(self, label: str) -> str | None:
        """The entity whose own name or alias is ``label`` (no short forms or cores)."""
        key = normalize(label)
        if key in self._keys:
            return self._keys[key]
        kb_id = self._kb_unique.get(key)
        return self._reference(kb_id) if kb_id is not None else None

    def peek(self, label: str) -> DraftEntity | None:
        """The entity whose own name or alias is ``label``, like ``find_exact``, without
        referencing a knowledge-base entity in the draft (a candidate being weighed)."""
        key = normalize(label)
        if key in self._keys:
            return self.entities.get(self._keys[key])
        kb_id = self._kb_unique.get(key)
        if kb_id is None or self.kb is None:
            return None
        if kb_id in self.entities:
            return self.entities[kb_id]
        entity = self.kb.entities[kb_id]
        return DraftEntity(
            kb_id, entity.name, entity.kind, entity.summary, list(entity.aliases), existing=True
        )

    def find(self, label: str) -> str | None:
        key = normalize(label)
        if not key:
            return None
        if key in self._keys:
            return self._keys[key]
        kb_id = self._kb_unique.get(key)
        if kb_id is not None:
            return self._reference(kb_id)
        core = core_key(label)
        owners = self._cores.get(core or "", set())
        if len(owners) == 1:
            owner = next(iter(owners))
            return owner if owner in self.entities else self._reference(owner)
        # A one-word short form of a draft organisation: "Globex" for "Globex Corporation",
        # "XYZ" for "XYZ Therapeutics" (only when exactly one organisation fits).
        if len(key.split()) == 1 and len(key) >= 3 and label[:1].isupper():
            fits = [
                e.id
                for e in self.entities.values()
                # (The first word as written: "VBM-OAS Research Center" is a joint body of
                # VBM and OAS, no long form of "VBM".)
                if e.kind == EntityKind.ORGANIZATION and normalize(e.name.split()[0]) == key
            ]
            if len(fits) == 1:
                return fits[0]
        # "Northern Velmont Government" and "Government of Northern Velmont" are one
        # government: a release writes both, and a title before a name gives the second.
        swapped = _government_swap(key)
        if swapped is not None and swapped in self._keys:
            return self._keys[swapped]
        return None

    def _add_core(self, name: str, entity_id: str) -> None:
        core = core_key(name)
        if core:
            self._cores.setdefault(core, set()).add(entity_id)

    def one_of_a_kind(self, head: str) -> str | None:
        """The name of the one organisation whose name holds the head word ``head``
        ("foundation"), or None: what "the foundation" or "Foundation President X" refers
        back to. A short form the release also uses ("Gates Foundation" beside "Bill &
        Melinda Gates Foundation") is the same organisation: the longest name is taken
        when it holds every other."""
        fits = [
            normalize(e.name)
            for e in self.entities.values()
            if e.kind != EntityKind.PERSON and head in normalize(e.name).split()
        ]
        if not fits:
            return None
        longest = max(fits, key=len)
        if not all(f in longest for f in fits):
            return None
        return next(
            e.name
            for e in self.entities.values()
            if e.kind != EntityKind.PERSON and normalize(e.name) == longest
        )

    def find_person(self, name: str) -> str | None:
        """A person by full name, or by a family/given name that only one person has."""
        found = self.find(name)
        if found and self.entities[found].kind == EntityKind.PERSON:
            return found
        key = normalize(name)
        hits = [
            e.id
            for e in self.entities.values()
            if e.kind == EntityKind.PERSON and key in e.weak_keys
        ]
        return hits[0] if len(hits) == 1 else None

    def person_read_as_organisation(self, family_name: str) -> str | None:
        """The entity read as an organisation that is the person ``family_name`` names
        ("Eskel said" after "the Guild's Marta Eskel"), now declared a person, or None. It
        must be new in this release, be named by a common given name (bot/vocab/
        given_names.txt) and family names only, with no organisation's head word, and be
        the only one ending in ``family_name``: an organisation is shortened to its first
        words ("Harbour" for Harbour Lights), a person to the last."""
        key = normalize(family_name)
        fits = [
            e
            for e in self.entities.values()
            if not e.existing
            and e.kind == EntityKind.ORGANIZATION
            and 2 <= len(normalize(e.name).split()) <= 3
            and normalize(e.name).split()[-1] == key
            and normalize(e.name).split()[0] in _GIVEN_NAMES
            and not set(normalize(e.name).split()) & ALL_HEADS
            and not e.aliases
        ]
        if len(fits) != 1:
            return None
        entity = fits[0]
        entity.kind = EntityKind.PERSON
        entity.weak_keys = _person_weak_keys(entity.name)
        return entity.id

    def _reference(self, kb_id: str) -> str:
        if kb_id not in self.entities:
            assert self.kb is not None
            entity = self.kb.entities[kb_id]
            ref = DraftEntity(
                kb_id, entity.name, entity.kind, entity.summary, list(entity.aliases), existing=True
            )
            self.entities[kb_id] = ref
            for label in (entity.name, *entity.aliases):
                self._keys.setdefault(normalize(label), kb_id)
            if entity.kind == EntityKind.PERSON:
                ref.weak_keys = _person_weak_keys(entity.name)
        return kb_id

    def _unique_id(self, base: str) -> str:
        base = base or "entity"
        candidate, n = base, 2
        while candidate in self.entities or candidate in self._kb_ids:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    # -- adding ------------------------------------------------------------------------

    def add(
        self,
        name: str,
        kind: EntityKind,
        *,
        aliases: Iterable[str] = (),
        summary: str | None = None,
        id_hint: str | None = None,
        exact: bool = False,
    ) -> str:
        """The id of the entity called ``name`` (or any alias), declaring it if new.

        With ``exact``, only an entity of exactly that name or alias is reused, never one
        it is a short form of ("Eastmarch" the place, not the Eastmarch Culture Office).
        """
        # ("Chair of Kestrel Vance who chose the cause": a name ends where a relative
        # clause in lower case starts, whatever read it.)
        name = _RELATIVE_CLAUSE.split(name, maxsplit=1)[0].strip(" ,")
        # ("Trustees on 1 July 2022": a date, or "on <date>", never ends a name.)
        name = drop_date_tail(name) or name
        aliases = [a.strip() for a in aliases if a.strip()]
        if _OCR_ACRONYM.fullmatch(name):
            # "lVO": a scan read the capital I of "IVO" as a lower-case l.
            name, aliases = name.replace("l", "I"), [name, *aliases]
        labels = [name, *aliases]
        if kind == EntityKind.PERSON and len(name.split()) == 2:
            # "Lin Weiran" and "Weiran Lin": one person, written family name first in one
            # place and given name first in another (Chinese, Japanese, Korean,
            # Hungarian names); the second spelling becomes an alias.
            labels.append(" ".join(reversed(name.split())))
        for label in labels:
            turned = label not in (name, *aliases)
            found = self.find_exact(label) if exact or turned else self.find(label)
            if found is not None and turned and self.entities[found].kind != EntityKind.PERSON:
                continue
            if found is not None:
                entity = self.entities[found]
                if not entity.existing:
                    self._add_aliases(entity, [name, *aliases])
                    if entity.summary is None:
                        entity.summary = summary
                else:
                    self._point_new_labels(entity, [name, *aliases])
                return found
        entity = DraftEntity(self._unique_id(slugify(id_hint or name)), name, kind, summary)
        if normalize(name) in self._kb_claimed:
            # Several knowledge-base entities already share this name (as a shared
            # alias), so which one is meant cannot be told; declare a new one that shares
            # it too, and let the reviewer merge it if it is one of them.
            entity.shared_aliases.append(name)
            self.notes.append(
                f"{name!r} is a name several entities share in the knowledge base; "
                f"check whether {entity.id!r} is one of them"
            )
        self.entities[entity.id] = entity
        self._keys[normalize(name)] = entity.id
        self._add_aliases(entity, aliases)
        if kind == EntityKind.PERSON:
            entity.weak_keys = _person_weak_keys(name)
        elif kind == EntityKind.ORGANIZATION:
            self._add_core(name, entity.id)
        return entity.id

    def _point_new_labels(self, entity: DraftEntity, labels: Iterable[str]) -> None:
        """An entity of an earlier release, declared here with a label it lacks ("Acme
        Corporation (ACME)" when only "Acme Corporation" is known): the label means it in
        this release, and the reviewer is told, since only its own file can make it an
        alias (a new release never edits an older release's file)."""
        for label in labels:
            key = normalize(label)
            if not key or key in self._keys or key in self._kb_claimed:
                continue
            self.point_key(label, entity.id)
            self.notes.append(
                f"{label!r} names {entity.id!r} in this release but is not among its aliases:"
                f" add it there if it should answer to {label!r}"
            )

    def add_aliases(self, entity: DraftEntity, labels: Iterable[str]) -> None:
        """Give ``entity`` each of ``labels`` as an alias, in order, leaving out its own
        name, a label it has, a country (for a body that is no government) and a label
        another entity here or in the knowledge base owns (the loader would reject it).
        Never raises."""
        for label in labels:
            key = normalize(label)
            if not key or label in entity.aliases:
                continue
            if (
                entity.kind == EntityKind.ORGANIZATION
                and key != normalize(entity.name)
                and is_country(label)
                and "government" not in normalize(entity.name)
            ):
                # "Velmora" read where "Velmora Robotics Institute" was found first: a
                # country is never another name of a company or an institute in it (a
                # government may go by its country's name).
                continue
            owner = self._keys.get(key)
            if owner == entity.id and normalize(entity.name) == key:
                continue
            # An alias another entity (here or in the knowledge base) owns would make
            # the loader reject the draft; leave it out.
            if (owner is not None and owner != entity.id) or key in self._kb_claimed:
                continue
            if owner == entity.id:
                continue
            entity.aliases.append(label)
            self._keys[key] = entity.id

    # The older private name, for the modules not yet moved to ``add_aliases``.
    _add_aliases = add_aliases

    def add_role(
        self,
        entity: str,
        title: str,
        organization: str | None,
        *,
        current: bool = True,
        ended: str | None = None,
    ) -> None:
        title = title.strip(" ,.")
        # "Chief Executive since 2018": the start is no part of the title (since_posts.py
        # states it as its own dated fact).
        title = _SINCE_TAIL.sub("", title) or title
        # "former Director General" read by any path: the title, no longer held.
        past = re.match(r"(?:former|ex-|erstwhile)\s*(?=[A-Z])", title, re.IGNORECASE)
        if past:
            title, current = title[past.end() :], False
        role = DraftRole(entity, title, organization, current and ended is None, ended)
        new_title = normalize(role.title)
        for k, known in enumerate(self.roles):
            if known.entity != entity:
                continue
            # "said Minister Rell" after "Tana Rell, Minister of Rural Affairs": the bare
            # title is words of the one already known, not a second role ("declared
            # Ambassador Rook" after "the Kenyan Ambassador in Velmont Ada Rook").
            known_title = normalize(known.title)
            if (
                organization is None
                and known_title != new_title
                and f" {new_title} " in f" {known_title} "
            ):
                return
            if known.organization is None and new_title.startswith(known_title + " "):
                self.roles[k] = role  # the bare title, now in full
                return
            if known_title != new_title:
                continue
            if known.organization is None and organization is not None:
                self.roles[k] = role  # the same title, now with its organisation
                return
            if organization is None or known.organization == organization:
                return
        # (The same title at two organisations is two roles: "Director of A and B".)
        self.roles.append(role)

    def acronyms(self) -> set[str]:
        return {
            a
            for e in self.entities.values()
            if e.kind != EntityKind.PERSON
            for a in e.aliases
            if looks_like_acronym(a)
        }

    # -- mentions ----------------------------------------------------------------------

    def link_known(self, text: str) -> None:
        """Reference knowledge-base entities the release names (case-sensitively).

        Only names and aliases with a capital letter (or non-Latin script) count, written
        exactly as in the knowledge base, so a lowercase alias such as "the meeting"
        never links an unrelated release to an old event.
        """
        if self.kb is None:
            return
        # Candidates come from the text's own word n-grams, so the cost follows the
        # release's length, not the size of the knowledge base.
        words = normalize(text).split()
        candidates: set[str] = set()
        for i in range(len(words)):
            for size in range(1, min(10, len(words) - i) + 1):
                owner = self._kb_unique.get(" ".join(words[i : i + size]))
                if owner is not None:
                    candidates.add(owner)
        for entity_id in sorted(candidates):
            entity = self.kb.entities[entity_id]
            for label in (entity.name, *entity.aliases):
                if len(label) < 2 or not (any(ch.isupper() for ch in label) or not label.isascii()):
                    continue
                if label.isascii():
                    found = re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", text) is not None
                else:
                    found = label in text
                if found:
                    self._reference(entity.id)
                    break

    def mentions(self, text: str) -> list[str]:
        """Entity ids whose name, alias or (for people) family name occurs in ``text``."""
        words = normalize(text).split()
        weak: dict[str, list[str]] = {}
        for entity in self.entities.values():
            keys = set(entity.weak_keys)
            if entity.kind == EntityKind.ORGANIZATION:
                # "Alibaba" for Alibaba Group, "Globex" for Globex Corporation.
                keys.add(core_key(entity.name) or "")
            for key in keys - {""}:
                weak.setdefault(key, []).append(entity.id)
        found: list[str] = []
        i = 0
        while i < len(words):
            hit: tuple[int, str] | None = None
            for size in range(min(10, len(words) - i), 0, -1):
                key = " ".join(words[i : i + size])
                owner = self._keys.get(key)
                if owner is None and len(weak.get(key, [])) == 1:
                    owner = weak[key][0]
                if owner is not None:
                    hit = (size, owner)
                    break
            if hit:
                if hit[1] not in found:
                    found.append(hit[1])
                i += hit[0]
            else:
                i += 1
        return found


_CORE_SUFFIXES = {
    "inc", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "ag", "sa",
    "asa", "ab", "gmbh", "nv", "bv", "spa", "se", "group", "holdings", "holding", "llp", "kg",
    "srl", "sas", "sl", "oy", "oyj", "pty", "pte",
    # Malaysian and Indonesian forms ("Acme Sdn Bhd", "Acme Berhad", "PT Acme Tbk").
    "sdn", "bhd", "berhad", "tbk",
}  # fmt: skip


def _government_swap(key: str) -> str | None:
    """The other word order of a normalised government's name: "government of velmont"
    <-> "velmont government"; None for any other name."""
    of = re.fullmatch(r"(?:the )?government of (?:the )?(.+)", key)
    if of:
        return f"{of.group(1)} government"
    before = re.fullmatch(r"(?:the )?(.+) government", key)
    return f"government of {before.group(1)}" if before else None


def core_key(label: str) -> str | None:
    """ "Globex Corporation", "Helvetia Bank AG" -> "globex", "helvetia bank"."""
    # "B.V.", "S.p.A." normalise to single letters ("b v"): join them back first.
    folded = re.sub(
        r"\b([a-z])(?: ([a-z])\b)+", lambda m: m.group(0).replace(" ", ""), normalize(label)
    )
    words = folded.split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _CORE_SUFFIXES:
        words = words[:-1]
    return " ".join(words) or None


def _person_weak_keys(name: str) -> set[str]:
    parts = normalize(name).split()
    if len(parts) < 2:
        return set()
    # Both ends: "Doe" in Western order, "Li" in "LI Yong" (family name first, in capitals).
    # A family name of several words ("Al Nadri", "van der Berg") is its last words:
    # "said Al Nadri" is the person introduced in full.
    tails = {" ".join(parts[k:]) for k in range(1, len(parts) - 1)}
    # And its first words: "said Tan Sri Jane Marie" is Jane Marie Doe where a name has
    # no family name to call its bearer by (Malay "bin"-less names, Arabic names with a
    # father's name after the given one): the given names are how a release shortens it.
    heads = {" ".join(parts[:k]) for k in range(2, len(parts))}
    # And the name with middle words left out: "Jane Doe Al-Roe" for Jane Marie Doe
    # Al-Roe (an Arabic name without the grandfather's name, a Western one without the
    # middle name). Up to six words: 16 spellings at most.
    inner = parts[1:-1] if 3 <= len(parts) <= 6 else []
    skips = {
        " ".join([parts[0], *(w for k, w in enumerate(inner) if mask >> k & 1), parts[-1]])
        for mask in range(2 ** len(inner))
    }
    return (
        {p for p in (parts[0], parts[-1]) if len(p) >= 2}
        | tails
        | heads
        | skips
        | {normalize(name)}
    )
