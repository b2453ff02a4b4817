"""Where a title ends and its organisation begins, cut again once the release is read.

Where a person is named, the title and its organisation are cut from the words alone:
"Director of Field Services for the Velmont Aid Society" at its first "of",
"Commissioner for Displaced Persons Jane Doe" with "Displaced Persons" as the
organisation, "Regional Head for Inland Districts in the VAS" not at all. With every
mention read, ``recut_roles`` moves the cut where the release's evidence puts it:

* to the connector ("of", "for", "at", "in", "with", a comma) whose complement is an
  organisation: one of the release's organisations (or the knowledge base's) by its name,
  its name without a legal form, or its acronym, named outside this phrase too; or a
  name of two words or more that the release writes again elsewhere, that is no place,
  region or area (it becomes an entity). The first such connector wins ("Director of the
  Bank of Velmont" keeps the bank's own "of"); the words before it are the title's;
* back into the title, a written organisation that is none: named nowhere else in the
  release, with no head word, no acronym, no place, and either a region ("Inland
  Districts" aside, "Northern Ostria"), a title's area ("Field Services"), or words the
  release also writes in lower case ("Displaced Persons" beside "displaced persons"): a
  population or a portfolio the title is "for";
* a title still without an organisation that names an office the organisation is named
  after: the one organisation of the release whose name holds the title ("Office of the
  Commissioner for Displaced Persons") or whose acronym ends in the title's initials
  (the "VCDP" for "Commissioner for Displaced Persons");
* an organisation written with its head word last ("Velmont Town") where the release
  names "Town of Velmont" elsewhere and the written form nowhere else: that one body.

Only a role whose organisation was written in the phrase, left open, or merely assumed
(``assumed``: the issuer's, with a note) is cut again; a role read from an earlier
release's entity stays as it is.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import MutableSet
from typing import NamedTuple

from bot.ingest.agency import acts_as_organisation
from bot.ingest.registry import DraftEntity, DraftRole, Registry, core_key
from bot.ingest.titles import RESPONSIBLE_FOR, is_area, is_region
from bot.ingest.words import (
    ALL_HEADS,
    is_country,
    is_place,
    is_title_phrase,
    looks_like_acronym,
)
from bot.kb.models import EntityKind
from bot.textnorm import normalize
from bot.vocab import articles, name_abbreviations, name_connectors

# Where a title may end and its organisation begin: a connector (and "the"), or a comma.
_CUT = re.compile(r"\s+(?:of|for|at|in|with)\s+(?:the\s+)?(?=[A-Z])|,\s+(?:the\s+)?(?=[A-Z])")
# What joins a title to the organisation written after it.
_JOIN = r"(?:\s*,\s*(?:the\s+)?|\s+(?:of|for|at|in|with)\s+(?:the\s+)?)"
# Connectors after which a written name may be the title's portfolio, not its place.
_PORTFOLIO_JOIN = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?$")
# The fewest letters a title's initials must have to name an office by its acronym
# (two, "DG", "SG", are the initials of too many titles).
_LEAST_INITIALS = 3
# The lower-case words inside a name ("of", "and", "to"), and the articles.
_SMALL = name_connectors().small
_ARTICLES = articles()


class Recut(NamedTuple):
    """A role cut again, and the review note of the cut (None when the evidence is the
    release's own naming of the organisation)."""

    role: DraftRole
    note: str | None


def _named_outside(label: str, text: str, phrase: str) -> bool:
    """Whether the release writes ``label`` (as written, case kept) outside ``phrase``."""
    rest = text.replace(phrase, " ") if phrase else text
    return re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", rest) is not None


def _times_named(label: str, text: str) -> int:
    """How often the release writes ``label`` (as written, case kept)."""
    return len(re.findall(rf"(?<![\w-]){re.escape(label)}(?![\w-])", text))


def _entity_named_outside(entity: DraftEntity, text: str, phrase: str) -> bool:
    return entity.existing or any(
        _named_outside(label, text, phrase) for label in {entity.name, *entity.aliases}
    )


def _no_organisation_name(name: str) -> bool:
    """A place, a country, a region or a title's area: never where a title is held in
    this module's sense (a place's offices are read elsewhere)."""
    return is_place(name) or is_country(name) or is_region(name) or is_area(name)


def _party(
    complement: str, registry: Registry, text: str, phrase: str, *, held_at: bool = False
) -> DraftEntity | None:
    """The organisation ``complement`` names, with the evidence of the module docstring,
    or None. A name that is no entity yet but written elsewhere is declared; one word
    only after "at" (``held_at``: "vice president at Orrinsoft", a title is held "at" an
    organisation)."""
    found = registry.peek(complement)
    if found is not None and not (
        normalize(complement) == normalize(found.name)
        or core_key(complement) == core_key(found.name)
        or (looks_like_acronym(complement) and complement in found.aliases)
    ):
        # (By its name, its name without a legal form or its acronym, never a shorter
        # name: "for Small Exporters Development" is the domain of an office, even where
        # an agency is named after it.)
        found = None
    if found is None:
        key = core_key(complement)
        fits = [
            e
            for e in registry.entities.values()
            if e.kind == EntityKind.ORGANIZATION and key is not None and core_key(e.name) == key
        ]
        found = fits[0] if len(fits) == 1 else None
    if found is not None:
        if found.kind == EntityKind.PERSON or not _entity_named_outside(found, text, phrase):
            return None
        if found.kind == EntityKind.ORGANIZATION:
            return found
        # (A name read as a programme or a topic that the release gives titles at, "vice
        # president at Orrin", is an organisation all the same.)
        if found.kind in (EntityKind.INITIATIVE, EntityKind.TOPIC) and acts_as_organisation(
            [found.name, *found.aliases], text
        ):
            found.kind = EntityKind.ORGANIZATION
            return found
        return None
    words = complement.split()
    if (
        len(words) < (1 if held_at else 2)
        or not all(w[:1].isupper() or w.lower() in _SMALL for w in words)
        or words[-1].lower() in _SMALL
        or _no_organisation_name(complement)
        or is_title_phrase(complement)
        or not (
            _written_whole(complement, text, phrase) or _opens_with_party(words, registry, text)
        )
    ):
        return None
    entity_id = registry.add(complement, EntityKind.ORGANIZATION, exact=True)
    return registry.entities[entity_id]


def _written_whole(label: str, text: str, phrase: str) -> bool:
    """Whether the release writes ``label`` outside ``phrase`` as a name of its own: no
    capitalised word runs on after it, nor before it but an article ("the Small Exporters
    Development Agency" does not write "Small Exporters Development")."""
    rest = text.replace(phrase, " ")
    for found in re.finditer(rf"(?<![\w-]){re.escape(label)}(?![\w-])", rest):
        before = re.search(r"([A-Za-z][\w&'’.-]*)(\s+)$", rest[: found.start()])
        after = re.match(r"\s+[A-Z]", rest[found.end() :])
        if after is None and (
            before is None
            or not before.group(1)[:1].isupper()
            or before.group(1).lower() in _ARTICLES
            # ("… said Jo Ray of Kestrel Bank.\n\nKestrel Energy Norway, the …": the
            # word before ends a sentence or a line, no part of this name.)
            or "\n" in before.group(2)
            or (
                before.group(1)[-1] in ".!?" and before.group(1).lower() not in name_abbreviations()
            )
        ):
            return True
    return False


def _opens_with_party(words: list[str], registry: Registry, text: str) -> bool:
    """Whether a name of capitalised words and no connector opens with the label of an
    organisation the release names ("Orrin Freight Solutions" after "Orrin"): a body of
    that party's, by its own name."""
    if any(w.lower() in _SMALL for w in words):
        return False
    for k in range(len(words) - 1, 0, -1):
        party = registry.peek(" ".join(words[:k]))
        if party is not None and party.kind == EntityKind.ORGANIZATION:
            return _entity_named_outside(party, text, "")
    return False


def _cut_at_party(
    phrase: str, registry: Registry, text: str, skip: str | None
) -> tuple[str, DraftEntity] | None:
    """(title, organisation) of ``phrase`` cut at its first connector whose complement is
    an organisation (``skip``: the written one, already weighed), or None."""
    if RESPONSIBLE_FOR.match(phrase):
        return None  # (what a minister answers for is the portfolio: the title's)
    for cut in _CUT.finditer(phrase):
        title = phrase[: cut.start()].strip(" ,")
        complement = phrase[cut.end() :].strip(" ,.")
        if not title or not is_title_phrase(title) or complement == skip:
            continue
        held_at = cut.group(0).split()[0] == "at"
        party = _party(complement, registry, text, phrase, held_at=held_at)
        if party is not None:
            return title, party
    return None


def _written_phrase(role: DraftRole, written: DraftEntity, text: str) -> str | None:
    """The title and its written organisation as the release joins them ("President of
    Field Services for the Velmont Aid Society"), or None when it never does."""
    found = re.search(
        rf"(?<![\w-]){re.escape(role.title)}{_JOIN}{re.escape(written.name)}(?![\w-])", text
    )
    return found.group(0) if found else None


def _portfolio(written: DraftEntity, phrase: str, role: DraftRole, text: str) -> bool:
    """Whether the written organisation is the population, region or area a title is
    "for" or "of" (see the module docstring), not where it is held."""
    name = written.name
    words = name.split()
    join = phrase[len(role.title) : len(phrase) - len(name)]
    if (
        not _PORTFOLIO_JOIN.fullmatch(join)
        or words[-1].lower() in ALL_HEADS
        or any(looks_like_acronym(w) and w.isupper() for w in words)
        or _named_outside(name, text, phrase)
        # ("Premier of Prince Orrin Island": a public office is held in a place.)
        or is_place(name)
        or is_country(name)
    ):
        return False
    if is_region(name) or is_area(name):
        return True
    # ("Commissioner for Displaced Persons" beside "support for displaced persons": a
    # common noun the release capitalises only in the title.)
    return re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text) is not None


def _initials(title: str) -> str:
    """The initials of the capitalised words of ``title``, small words aside
    ("Commissioner for Displaced Persons" -> "CDP"); "" when a word is in lower case."""
    words = [w for w in re.split(r"[\s-]+", title) if w and w.lower() not in _SMALL]
    if not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def _office_named_after(title: str, registry: Registry, text: str) -> DraftEntity | None:
    """The one organisation of the release named after the office ``title`` is: its name
    holds the title, or its acronym ends in the title's initials."""
    initials = _initials(title)
    key = normalize(title)
    fits: dict[str, DraftEntity] = {}
    for entity in registry.entities.values():
        if entity.kind != EntityKind.ORGANIZATION or not _entity_named_outside(entity, text, ""):
            continue
        holds = f" {key} " in f" {normalize(entity.name)} " and normalize(entity.name) != key
        spells = len(initials) >= _LEAST_INITIALS and any(
            looks_like_acronym(label)
            and label.isupper()
            and len(label) > len(initials)
            and label.endswith(initials)
            for label in (entity.name, *entity.aliases)
        )
        if holds or spells:
            fits[entity.id] = entity
    return next(iter(fits.values())) if len(fits) == 1 else None


def without_own_name(title: str, organisation: DraftEntity) -> str:
    """``title`` without its organisation's name (or an alias) written after it with no
    connector ("CEO Orrin Freight Group" at the Orrin Freight Group: "CEO")."""
    for label in sorted({organisation.name, *organisation.aliases}, key=len, reverse=True):
        if len(label) < 2 or not title.endswith(f" {label}"):
            continue
        rest = title[: -len(label)].strip(" ,")
        # ("Special Envoy to the UN": a title that names its organisation with a
        # connector keeps it.)
        if is_title_phrase(rest) and rest.split()[-1].lower() not in _SMALL | {"at", "with"}:
            return rest
    return title


def _inverted(written: DraftEntity, registry: Registry, text: str) -> DraftEntity | None:
    """The organisation "Town of Velmont" the release names, for a written "Velmont
    Town" it names nowhere else (the head word written last, then first with "of")."""
    words = written.name.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return None
    other = f"{words[-1]} of {' '.join(words[:-1])}"
    found = registry.peek(other) or registry.peek(f"{words[-1]} of the {' '.join(words[:-1])}")
    if found is None or found.kind != EntityKind.ORGANIZATION or found.id == written.id:
        return None
    return found if _entity_named_outside(found, text, "") else None


def _recut(role: DraftRole, registry: Registry, text: str, assumed: bool) -> Recut:
    """One role cut again (see the module docstring); the role unchanged when nothing
    moves it."""
    written = registry.entities.get(role.organization or "")
    person = registry.entities[role.entity].name
    if written is not None:
        own = without_own_name(role.title, written)
        if own != role.title:
            return Recut(dataclasses.replace(role, title=own), None)
    if written is not None and not assumed:
        if written.existing or written.kind == EntityKind.PERSON:
            return Recut(role, None)
        phrase = _written_phrase(role, written, text)
        if phrase is None:
            # ("Velmont Town Mayor Jane Doe": the organisation written before the title.)
            inverted = _inverted(written, registry, text)
            if inverted is None or _times_named(written.name, text) > 1:
                return Recut(role, None)
            return Recut(dataclasses.replace(role, organization=inverted.id), None)
        if _entity_named_outside(written, text, phrase):
            return Recut(role, None)
        cut = _cut_at_party(phrase, registry, text, skip=written.name)
        if cut is not None:
            return Recut(dataclasses.replace(role, title=cut[0], organization=cut[1].id), None)
        if not _portfolio(written, phrase, role, text):
            return Recut(role, None)
        role = dataclasses.replace(role, title=phrase, organization=None)
    cut = _cut_at_party(role.title, registry, text, skip=None)
    if cut is not None:
        return Recut(dataclasses.replace(role, title=cut[0], organization=cut[1].id), None)
    if assumed:
        return Recut(role, None)
    office = _office_named_after(role.title, registry, text)
    if office is None:
        return Recut(role, None)
    note = (
        f"'{person}' ({role.title}): organisation read as {office.name}, named after the"
        " office; check it"
    )
    return Recut(dataclasses.replace(role, organization=office.id), note)


class Recuts(NamedTuple):
    """The review notes of ``recut_roles``, and the roles it moved (weighed already: the
    organisation they name is the release's evidence, no reading to weigh again)."""

    notes: list[str]
    moved: set[DraftRole]


def recut_roles(
    registry: Registry, text: str, assumed: MutableSet[tuple[str, str]] | None = None
) -> Recuts:
    """Cut each role's title and organisation again with the whole release read (see the
    module docstring); ``assumed`` holds the (person id, title) of roles whose
    organisation was only assumed, and loses those the release's words overrule.
    Changes ``registry.roles`` in place and drops a written organisation no role holds
    any more and the release names nowhere else."""
    notes: list[str] = []
    moved: set[DraftRole] = set()
    dropped: set[str] = set()
    assumed = assumed if assumed is not None else set()
    for k, role in enumerate(list(registry.roles)):
        key = (role.entity, role.title)
        only_assumed = key in assumed
        recut = _recut(role, registry, text, only_assumed)
        if recut.role == role:
            continue
        assumed.discard(key)
        registry.roles[k] = recut.role
        moved.add(recut.role)
        notes += [recut.note] if recut.note else []
        # (An organisation only assumed was never written here: it stays.)
        if role.organization and role.organization != recut.role.organization and not only_assumed:
            dropped.add(role.organization)
    for entity_id in dropped:
        entity = registry.entities.get(entity_id)
        if (
            entity is not None
            and not entity.existing
            and not any(r.organization == entity_id for r in registry.roles)
            and _times_named(entity.name, text) < 2
        ):
            registry.discard(entity_id)
    return Recuts(notes, moved)
