"""Organisations a release names by a shorter form of a name it also gives in full.

A release that names the "Kestrel Coastal Restoration Fund" writes "the Kestrel Fund" in
its headline, "the Fund" in a title ("Director of Grants at the Fund") and "the Kestrel
board" for the body that governs it. None of these is an organisation of its own:

* "Kestrel Fund": the full name's first word and its head word is a short form of it
  (an alias of the one organisation whose name opens and ends so);
* "Fund": a head word alone is the one organisation of the release that it ends;
* "Velmont": a place's name where the release names the "City of Velmont" is that
  city's government ("Mayor of Velmont");
* "Coastal Data Programme": a name the release also writes after its owner's acronym
  ("ORDA Coastal Data Programme") is that programme (an alias);
* "Kestrel board": a lower-case unit word after an organisation's name is a part of
  that organisation, and a title held there ("Chair") is the title of the unit
  ("Chair of the Board") at the organisation;
* "City Libraries" in a headline, where the body names only "Brantwick City
  Libraries": a headline drops the leading words a name's owner is known by locally,
  so a name the headline alone gives, that ends exactly one longer name, is its short
  form (``headline_tails``);
* "Bike Library" in a release datelined Kestleford that names the "Kestleford Bike
  Library": a local release drops its own city from a local body's name
  (``place_tails``).

Each is applied to the draft's new entities once the release's names are known; their
roles move to the organisation.
"""

from __future__ import annotations

import re

from bot.ingest.registry import DraftEntity, DraftRole, Registry
from bot.ingest.words import ALL_HEADS, STOPWORDS
from bot.kb.models import EntityKind
from bot.textnorm import normalize
from bot.vocab import word_list

# The parts of an organisation a release writes after its name in lower case.
_UNIT_WORDS = ("board", "council", "committee", "trustees", "management")

_ORG_KINDS = (EntityKind.ORGANIZATION, EntityKind.INITIATIVE)

# The words a place's own government is named with ("City of Velmont").
_LOCAL_GOVERNMENTS = r"(?:City|Town|Village|Municipality|County|District|Borough|Government)"


def _move_roles(registry: Registry, old: str, new: str, unit: str | None = None) -> None:
    """Roles at ``old`` held at ``new`` instead (a unit's title: "Chair of the Board")."""
    out: list[DraftRole] = []
    for role in registry.roles:
        if role.organization == old:
            title = role.title
            if unit and not re.search(rf"\b{unit}\b", title, re.IGNORECASE):
                title = f"{title} of the {unit.title()}"
            role = DraftRole(role.entity, title, new, role.current, role.ended)
        out.append(role)
    registry.roles = out


def _fuller(registry: Registry, short: str, head: str, first: str) -> list[str]:
    """Organisations (not ``short``) whose name opens with ``first`` and ends with
    ``head``, with more words between."""
    return [
        e.id
        for e in registry.entities.values()
        if e.id != short
        and e.kind in _ORG_KINDS
        and len(e.name.split()) > 2
        and normalize(e.name.split()[-1]) == head
        and normalize(re.sub(r"^the\s+", "", e.name, flags=re.IGNORECASE).split()[0]) == first
    ]


def short_forms(registry: Registry) -> None:
    """Merge each new organisation named by a short form (see the module doc) into the
    organisation it stands for: an alias for a first-word-and-head form, none for a
    head word alone, the unit's title for a unit."""
    for entity in list(registry.entities.values()):
        if entity.existing or entity.kind not in _ORG_KINDS or entity.id not in registry.entities:
            continue
        words = re.sub(r"^the\s+", "", entity.name, flags=re.IGNORECASE).split()
        if not words:
            continue
        head = normalize(words[-1])
        if len(words) == 1 and head in ALL_HEADS:
            # ("Director of Grants at the Fund": the one fund the release names.)
            ends = [
                e.id
                for e in registry.entities.values()
                if e.id != entity.id
                and e.kind in _ORG_KINDS
                and len(e.name.split()) > 1
                and normalize(e.name.split()[-1]) == head
            ]
            if len(ends) == 1:
                _move_roles(registry, entity.id, ends[0])
                registry.discard(entity.id)
            continue
        if len(words) >= 2 and words[-1] in _UNIT_WORDS:
            owner = registry.find(" ".join(words[:-1]))
            if owner is not None and owner != entity.id:
                owner_entity = registry.entities.get(owner)
                if owner_entity is not None and owner_entity.kind in _ORG_KINDS:
                    _move_roles(registry, entity.id, owner, unit=words[-1])
                    registry.discard(entity.id)
            continue
        government = [
            e.id
            for e in registry.entities.values()
            if e.id != entity.id
            and e.kind == EntityKind.ORGANIZATION
            and re.fullmatch(
                rf"(?:the\s+)?{_LOCAL_GOVERNMENTS}\s+of\s+{re.escape(entity.name)}",
                e.name,
                re.IGNORECASE,
            )
        ]
        if len(government) == 1:
            # ("Mayor of Velmont" where the release names the City of Velmont.)
            _move_roles(registry, entity.id, government[0])
            registry.discard(entity.id)
            continue
        if len(words) == 2 and head in ALL_HEADS:
            fuller = _fuller(registry, entity.id, head, normalize(words[0]))
            if len(fuller) == 1:
                _fold_into(registry, entity, registry.entities[fuller[0]])
    _unit_titles(registry)


def headline_tails(registry: Registry, headline: str, body: str) -> None:
    """Merge each new organisation the ``headline`` names, whose name is the tail of
    exactly one other new organisation's name ("City Libraries", "Brantwick City
    Libraries") and that ``body`` never names on its own, into that organisation (an
    alias). A name the body also uses alone may be another body ("the National
    Gallery" beside "the Orrin National Gallery"), and stays for the reviewer."""
    if not headline or normalize(headline) in normalize(body):
        return  # (A lead read as the headline is no headline above the story.)
    for entity in list(registry.entities.values()):
        if entity.existing or entity.kind not in _ORG_KINDS or entity.id not in registry.entities:
            continue
        words = entity.name.split()
        if len(words) < 2 or not re.search(rf"\b{re.escape(entity.name)}\b", headline):
            continue
        longer = [
            e
            for e in registry.entities.values()
            if e.id != entity.id
            and not e.existing
            and e.kind in _ORG_KINDS
            and e.name.endswith(" " + entity.name)
            # (Words of a name, not an article: "La Universidad de X" is one name.)
            and any(
                len(w) > 2 and w.lower() not in STOPWORDS
                for w in e.name[: -len(entity.name)].split()
            )
        ]
        if len(longer) != 1:
            continue
        alone = re.compile(rf"\b{re.escape(entity.name)}\b")
        outside = re.sub(re.escape(longer[0].name), " ", body)
        if alone.search(outside):
            continue
        _fold_into(registry, entity, longer[0])


def _fold_into(registry: Registry, short: DraftEntity, longer: DraftEntity) -> None:
    """Fold the new entity ``short`` into ``longer``: its roles move there, it leaves the
    draft, and its name answers to ``longer``, as an alias of a new entity, or as a
    pointer only for an older release's entity (which takes new aliases in its own file,
    never in this draft)."""
    _move_roles(registry, short.id, longer.id)
    registry.discard(short.id)
    if longer.existing:
        registry.point_key(short.name, longer.id)
    else:
        registry.add_aliases(longer, [short.name])


def place_tails(registry: Registry, city: str | None) -> None:
    """Merge each new organisation whose name is another new organisation's name without
    the dateline's ``city`` in front ("Bike Library" in a release from Kestleford that
    names the "Kestleford Bike Library") into that organisation (an alias): a local
    release drops its own city from a local body's name. Only the dateline's city is
    dropped so, and only where exactly one name opens with it and ends so; "the National
    Gallery" beside "the Orrin National Gallery" from another city stays for the
    reviewer."""
    if not city:
        return
    prefix = f"{city.strip()} "
    for entity in list(registry.entities.values()):
        if entity.existing or entity.kind not in _ORG_KINDS or entity.id not in registry.entities:
            continue
        if len(entity.name.split()) < 2:
            continue
        longer = [
            e
            for e in registry.entities.values()
            if e.id != entity.id
            and e.kind in _ORG_KINDS
            and normalize(re.sub(r"^the\s+", "", e.name, flags=re.IGNORECASE))
            == normalize(prefix + entity.name)
        ]
        if len(longer) != 1:
            continue
        _fold_into(registry, entity, longer[0])


def civic_titles(registry: Registry) -> list[str]:
    """A local government's title with no organisation ("Deputy Mayor Jane Doe
    announced") held at the one city, town or municipality of the draft ("City of
    Velmont"); returns a review note for each role so placed."""
    titles = word_list("civic_titles")
    governments = [
        e
        for e in registry.entities.values()
        if e.kind == EntityKind.ORGANIZATION
        and re.fullmatch(rf"(?:the\s+)?{_LOCAL_GOVERNMENTS}\s+of\s+\S.*", e.name, re.IGNORECASE)
        and not e.name.startswith("Government of")
    ]
    if len(governments) != 1:
        return []
    notes: list[str] = []
    out: list[DraftRole] = []
    for role in registry.roles:
        if role.organization is None and role.title.casefold() in titles:
            role = DraftRole(role.entity, role.title, governments[0].id, role.current, role.ended)
            notes.append(
                f"{role.entity!r} ({role.title}): organisation {governments[0].name}, the one"
                " local government the release names: check it"
            )
        out.append(role)
    registry.roles = out
    return notes


def written_titles(registry: Registry) -> None:
    """A title read from running text in lower case ("succeeds founder Jane Doe") that
    the person has written as a title already, in this draft or the base ("Founder"):
    a duplicate, whose organisation is only guessed, left out; and a role stated twice
    kept once."""
    stated = [*registry.roles, *(registry.kb.roles if registry.kb else ())]
    written = {(r.entity, r.title.casefold()) for r in stated if not r.title.islower()}
    kept: list[DraftRole] = []
    for role in registry.roles:
        if role.title.islower() and (role.entity, role.title) in written:
            continue  # ("founder" beside "Founder of Acme")
        if role not in kept:
            kept.append(role)
    registry.roles = kept


def without_owners_acronym(registry: Registry) -> None:
    """Merge each new organisation or programme whose name is another's without the
    owner's acronym in front ("Coastal Data Programme" beside "ORDA Coastal Data
    Programme") into that one, the shorter name an alias."""
    for entity in list(registry.entities.values()):
        if entity.existing or entity.kind not in _ORG_KINDS or len(entity.name.split()) < 2:
            continue
        fuller = [
            e
            for e in registry.entities.values()
            if e.id != entity.id
            and e.kind in _ORG_KINDS
            and re.fullmatch(rf"[A-Z]{{2,6}}\s+{re.escape(entity.name)}", e.name)
        ]
        if len(fuller) != 1:
            continue
        _fold_into(registry, entity, fuller[0])


def _unit_titles(registry: Registry) -> None:
    """ "Chair of the Kestrel board": the title of the unit ("Chair of the Board") at
    the organisation the title names, Kestrel."""
    units = "|".join(_UNIT_WORDS)
    out: list[DraftRole] = []
    for role in registry.roles:
        match = re.fullmatch(rf"(?P<t>.+?)\s+of\s+the\s+(?P<name>.+?)\s+(?P<u>{units})", role.title)
        owner = registry.find(match.group("name")) if match is not None else None
        if (
            match is not None
            and owner is not None
            and registry.entities.get(owner) is not None
            and registry.entities[owner].kind in _ORG_KINDS
        ):
            # (The unit's owner, over an organisation guessed for the whole title.)
            title = f"{match.group('t')} of the {match.group('u').title()}"
            role = DraftRole(role.entity, title, owner, role.current, role.ended)
        out.append(role)
    registry.roles = out
