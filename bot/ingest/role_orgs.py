"""Each role's organisation, weighed again once every mention of the release is read.

A title's organisation is first read where the person is named, from the words around
the name (``people``, ``appositives``, ``roles.organisation_of``). Some of those words
make a name that the release never uses again: "INL Laboratory Director Jane Doe" gives
"INL Laboratory", "Acme Partnership Leader Jane Doe" gives "Acme Partnership". With the
whole release read, ``settle_organisations`` scores each written organisation against
the parties it may stand for and keeps the best:

* the candidates: the organisation as written; and each organisation of the release
  whose name or alias opens the written one ("Acme" in "Acme Partnership"), or whose
  initials the written one's first word spells ("INL" for "Idaho National Laboratory"),
  the written one's other words then being the title's ("Partnership Leader");
* the features, each adding to a base of 0.5:
  - mentioned elsewhere: the name (or an alias) occurs in the release outside this one
    phrase (+0.3): a party of the release, not words run together at one name;
  - an organisation by kind (+0.2): a title is held at an organisation, not at an
    initiative, an event or an agreement;
  - a name that does not say what it is (-0.2, the written name only): it ends in no
    head word or legal form and is more than one word ("United Nations Youth" is the
    United Nations and a word of the title after it);
  - the same organisation on another role of the person (+0.2): agreement across
    mentions;
  - a name of its own (-0.3, a party's candidate only): the words after the party's
    label end in an organisation head word that is not the party's own head ("Acme
    Foundation" is a body of its own, "INL Laboratory" only Idaho National
    Laboratory again), unless they name a unit of it ("Acme School of Medicine": the
    title, "dean of the School of Medicine", is held at its parent, as
    ``roles.unit_of_parent`` holds units' titles);
  - the acronym is the party's initials exactly (+0.1, an acronym's candidate only):
    "WSU" is Wayne State University rather than Wayne State;
* the written organisation wins ties: a move needs the evidence. A move by a margin
  under 0.3 carries a review note, and so does one title read at two organisations in
  two mentions (both are kept: a reviewer deletes a wrong one faster than finds a lost
  one).

A role read with no organisation gets one only from the release's own parties, and
only where the title itself points at one:

* its complement is an organisation the release names elsewhere, by its name or its
  acronym ("General Counsel for Acme"); an area or a domain stays in the title;
* its first word is no title word but the head noun of the release's organisations
  ("Port Executive Director" beside "Port of Velmont"): the one organisation of that
  head; among several, the release's issuer with a review note; else none, with a note
  naming them (a blank a reviewer fills beats a guess).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import MutableSet
from typing import NamedTuple

from bot import vocab
from bot.ingest.appositives import LEGAL_AFTER
from bot.ingest.registry import DraftEntity, DraftRole, Registry, core_key
from bot.ingest.role_splits import recut_roles, without_own_name
from bot.ingest.roles import abbreviates
from bot.ingest.titles import RESPONSIBLE_FOR as _RESPONSIBLE_FOR
from bot.ingest.titles import UNIT_LOWER
from bot.ingest.words import (
    ALL_HEADS,
    guess_kind,
    is_country,
    is_place,
    is_title_phrase,
    is_title_word,
    looks_like_acronym,
)
from bot.kb.models import EntityKind
from bot.textnorm import normalize

_BASE = 0.5
_ELSEWHERE = 0.3
_ORGANISATION = 0.2
_AGREES = 0.2
_OWN_NAME = 0.3
_SURE = 0.3  # a move by less than this margin is noted for review
_NO_HEAD = 0.2
_EXACT_INITIALS = 0.1
_UNIT_CONNECTORS = {"of", "for", "and", "the", "&"}


class OrgCandidate(NamedTuple):
    """One organisation a role may be held at: its entity, the title that goes with it
    (words of the written name may move into it), its score and why."""

    entity: str
    title: str
    score: float
    why: str


class PartyReading(NamedTuple):
    """A party of the release the written name may stand for, and the written name's
    words after the party's label ("Partnership" in "Acme Partnership")."""

    party: DraftEntity
    rest: str
    # The acronym the written name opens with, when it stands for the party by its
    # initials only (it becomes the party's alias).
    short: str | None = None


def _occurrences(label: str, text: str) -> int:
    return len(re.findall(rf"(?<![\w-]){re.escape(label)}(?![\w-])", text))


def _named(entity: DraftEntity, text: str) -> int:
    """How often the release names the entity (by its name or an alias)."""
    return sum(_occurrences(x, text) for x in {entity.name, *entity.aliases})


def _says_what_it_is(name: str) -> bool:
    """Whether a name ends in a head word ("… Laboratory", "… Partnership"), a legal
    form, or is one word or an acronym: a name of something; "United Nations Youth" is
    a name and a word of the title after it."""
    words = name.split()
    last = words[-1].lower().strip(".,") if words else ""
    return len(words) == 1 or last in ALL_HEADS or bool(LEGAL_AFTER.search(f" {words[-1]}"))


def _head(name: str) -> str:
    words = name.split()
    of = [k for k, w in enumerate(words) if w.lower() == "of"]
    return (words[of[0] - 1] if of and of[0] > 0 else words[-1]).lower().strip(".,")


def _party_readings(written: DraftEntity, registry: Registry) -> list[PartyReading]:
    """Each other organisation (of the release or the knowledge base) whose label opens
    the written name, longest label first."""
    words = written.name.split()
    found: list[PartyReading] = []
    seen: set[str] = {written.id}
    for k in range(len(words) - 1, 0, -1):
        label, rest = " ".join(words[:k]), words[k:]
        # (The words that would move into the title read as title words: capitalised,
        # no place among them, "ORBITEC North" keeps its region out of any title.)
        unit = bool(rest) and rest[0].lower() in UNIT_LOWER
        if not all(
            (w[:1].isupper() or (unit and w in _UNIT_CONNECTORS))
            and not is_place(w)
            and not is_country(w)
            for w in rest
        ):
            continue
        # ("Department of Tourism - Abu Dhabi": a name qualified after a dash is whole.)
        if not words[k - 1][-1:].isalnum():
            continue
        entity = registry.peek(label)
        if entity is not None and entity.id not in seen:
            if entity.kind == EntityKind.ORGANIZATION or _own_kind_word(entity, " ".join(rest)):
                found.append(PartyReading(entity, " ".join(rest)))
            seen.add(entity.id)
        if k == 1 and looks_like_acronym(label):
            for entity in list(registry.entities.values()):
                if (
                    entity.id not in seen
                    and entity.kind == EntityKind.ORGANIZATION
                    and abbreviates(label, entity.name)
                ):
                    found.append(PartyReading(entity, " ".join(rest), label))
                    seen.add(entity.id)
    return found


def _own_kind_word(party: DraftEntity, rest: str) -> bool:
    """Whether ``rest`` is one word saying what ``party``, a programme, already is ("OOI
    Program" for the Orrin Ocean Initiative, OOI): the party written with its kind, so
    its staff's titles are held there ("Program Director"). Organisations are left out:
    "Acme Foundation" is a body of its own beside Acme."""
    return (
        party.kind == EntityKind.INITIATIVE
        and len(rest.split()) == 1
        and guess_kind(rest) == EntityKind.INITIATIVE
    )


def _with_words(title: str, rest: str) -> str:
    """The title with the written name's other words before it, unless it opens with
    them already ("Laboratory Director" after "INL Laboratory"); a unit of the party
    after it ("dean of the School of Medicine" for "Acme School of Medicine")."""
    if _is_unit(rest):
        return f"{title} of the {rest}"
    return title if normalize(title).startswith(normalize(rest)) else f"{rest} {title}"


def _is_unit(rest: str) -> bool:
    """ "School of Medicine", "Faculty of Law": a unit of an organisation, named by its
    unit word first (``bot/vocab/units.yaml``)."""
    words = rest.split()
    return len(words) >= 3 and words[0].lower() in UNIT_LOWER and words[1] in _UNIT_CONNECTORS


def _score(
    entity: DraftEntity, role: DraftRole, registry: Registry, text: str, *, written: bool
) -> tuple[float, list[str]]:
    """The score of one candidate organisation of ``role`` and the reasons; ``text`` is
    the release with the written name blanked out when ``entity`` is a party read in it."""
    score, why = _BASE, []
    if entity.existing or _named(entity, text) >= (2 if written else 1):
        score += _ELSEWHERE
        why.append("named elsewhere in the release")
    if entity.kind == EntityKind.ORGANIZATION:
        score += _ORGANISATION
    if written and not _says_what_it_is(entity.name):
        score -= _NO_HEAD
        why.append("a name that does not end in what it is")
    if any(
        r.entity == role.entity and r.organization == entity.id and r != role
        for r in registry.roles
    ):
        score += _AGREES
        why.append("the person's other role is there")
    return score, why


# "General Counsel for Acme", "Prorector for Research at Acme University": a title
# read whole, its complement a party's name.
_CONNECTOR = re.compile(r"\s+(?:for|at|of|with)\s+(?:the\s+)?(?=[A-Z])")


def _by_core_name(label: str, registry: Registry) -> DraftEntity | None:
    """The one organisation of the release whose name without its legal form is
    ``label`` ("Acme" for "Acme Inc."), or None."""
    key = core_key(label)
    fits = [
        e
        for e in registry.entities.values()
        if e.kind == EntityKind.ORGANIZATION and key is not None and core_key(e.name) == key
    ]
    return fits[0] if len(fits) == 1 else None


def _complement_party(role: DraftRole, registry: Registry, text: str) -> DraftRole:
    """A role read without an organisation whose title ends in "for/at/of <X>", X an
    organisation the release names elsewhere: held at X, the title before it. Anything
    else (an area, "Minister for Ports"; a party named only there) is left as it is."""
    if _RESPONSIBLE_FOR.match(role.title):
        return role  # (what a minister answers for is the portfolio: the title's)
    for match in _CONNECTOR.finditer(role.title):
        complement = role.title[match.end() :].strip(" ,.")
        party = registry.peek(complement) or _by_core_name(complement, registry)
        if (
            party is not None
            # (By its name or its acronym: "for Small Exporters Development" is the
            # domain of an office, even where an agency is named after it.)
            and (
                normalize(complement) == normalize(party.name)
                # ("for Acme" beside "Acme Inc.": the name without its legal form.)
                or core_key(complement) == core_key(party.name)
                or (looks_like_acronym(complement) and complement in party.aliases)
            )
            and party.id in registry.entities
            and party.kind == EntityKind.ORGANIZATION
            and _named(party, text.replace(role.title, " ")) >= 1
        ):
            return dataclasses.replace(
                role, title=role.title[: match.start()].strip(" ,"), organization=party.id
            )
    return role


# "vice president of global initiatives of the orchestra": a title ending in a head word
# alone after "of the", which refers back to an organisation of that kind.
_OF_THE_KIND = re.compile(r"(?P<title>.+?)\s+(?:of|at)\s+the\s+(?P<head>[a-z]+)")
# Words before a title of one kind of organisation that leave it that title
# ("former composer-in-residence", "principal guest conductor").
_BEFORE_KIND_TITLE = re.compile(r"^(?:(?:former|its|the|their)\s+)+")


def _kind_title_heads(title: str) -> tuple[str, frozenset[str]] | None:
    """The title left and the head words of the kind of organisation ``title`` points
    at: its own "of the <head>" back-reference, or a title held at one kind of
    organisation only (``bot/vocab/title_kinds.yaml``); None when it points at none."""
    back = _OF_THE_KIND.fullmatch(title)
    if back and back.group("head") in ALL_HEADS:
        return back.group("title"), frozenset({back.group("head")})
    # ("composer-in- residence": a hyphen the line break left open.)
    key = _BEFORE_KIND_TITLE.sub("", re.sub(r"-\s+", "-", title.lower().strip(" ,.")))
    for known, heads in vocab.title_kinds().items():
        if key == known or key.endswith(" " + known):
            return title, heads
    return None


def _kind_title_party(
    role: DraftRole, registry: Registry, text: str
) -> tuple[DraftRole, str | None]:
    """A role read without an organisation whose title points at an organisation by
    its kind alone ("... of the orchestra", "its music director"): held at the one
    organisation of that kind the release names; among several, at the one it names
    most often, with a review note; with a tie it stays open."""
    found = _kind_title_heads(role.title)
    if found is None:
        return role, None
    title, heads = found
    fits = [
        e
        for e in registry.entities.values()
        if e.kind == EntityKind.ORGANIZATION and _head(e.name) in heads
    ]
    if not fits:
        return role, None
    counts = sorted(((_named(e, text), e) for e in fits), key=lambda c: -c[0])
    if len(counts) > 1 and counts[0][0] == counts[1][0]:
        return role, None
    chosen = counts[0][1]
    settled = dataclasses.replace(role, title=title, organization=chosen.id)
    if len(fits) == 1:
        return settled, None
    person = registry.entities[role.entity].name
    note = (
        f"'{person}' ({title}): organisation read as {chosen.name}, the one of the"
        f" {len(fits)} the title's kind fits that the release names most; check it"
    )
    return settled, note


def _kind_word_party(
    role: DraftRole, registry: Registry, issuer: str | None
) -> tuple[DraftRole, str | None]:
    """A role read without an organisation whose title opens with a capitalised word
    that is no title word but the head noun of the release's organisations ("Port
    Executive Director" beside "Port of Velmont"): held at the one organisation of that
    head, or, among several, at the release's issuer with a review note; with several
    and no issuer among them it stays open, with a note."""
    words = role.title.split()
    if len(words) < 2 or not words[0][:1].isupper() or is_title_word(words[0]):
        return role, None
    if not is_title_phrase(" ".join(words[1:])):
        return role, None
    head = words[0].lower()
    fits = [
        e
        for e in registry.entities.values()
        if e.kind == EntityKind.ORGANIZATION and not e.existing and _head(e.name) == head
    ]
    title = " ".join(words[1:])
    person = registry.entities[role.entity].name
    if len(fits) == 1:
        return dataclasses.replace(role, title=title, organization=fits[0].id), None
    if issuer is not None and any(e.id == issuer for e in fits):
        note = (
            f"'{person}' ({title}): organisation assumed to be"
            f" {registry.entities[issuer].name}, the release's own of the"
            f" {len(fits)} organisations a '{words[0]}' could be; check it"
        )
        return dataclasses.replace(role, title=title, organization=issuer), note
    if len(fits) > 1:
        names = ", ".join(e.name for e in fits)
        return role, f"'{person}' ({role.title}): a '{words[0]}' of the release ({names}); set it"
    return role, None


# Words of a title that say its rank, not its field: they point at no organisation.
_RANK_WORDS = frozenset(
    {"general", "deputy", "chief", "senior", "acting", "vice", "executive", "assistant",
     "associate", "principal", "interim", "former", "joint", "special", "first"}
)  # fmt: skip
# Letters a title word and a word of an organisation's name must open with alike
# ("Commissioner" and "Commission", "Secretary" and "Secretariat"): five, below which
# unrelated words agree ("Counsel" and "Council"); four for an office named "-master"
# ("Postmaster" and "Postal", "Harbourmaster" and "Harbour").
_STEM = 5
_MASTER_STEM = 4
# A local government's titles ("Councillor", "Deputy Mayor"): held at the city or town,
# which short_names.civic_titles places; "Councillor" echoes a Council of any kind.
_CIVIC_TITLES = vocab.word_list("civic_titles")


def _shared_stem(a: str, b: str) -> bool:
    """Whether title word ``a`` and name word ``b`` open with the same letters (see
    ``_STEM``), at least half the shorter word."""
    a, b = a.lower(), b.lower()
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    least = _MASTER_STEM if a.endswith(("master", "mistress")) else _STEM
    return common >= least and common * 2 >= min(len(a), len(b))


def _stem_party(role: DraftRole, registry: Registry) -> tuple[DraftRole, str | None]:
    """A role read without an organisation whose title's own office word shares its stem
    with a word of exactly one organisation's name ("Postmaster General" beside "Orrin
    Postal Service", "Harbourmaster" beside "Harbour Authority"): held there, with a
    review note (the title names the kind of body, not the body). Never a local
    government's title (``civic_titles.txt``): "Councillor" is no Council's."""
    if role.title.casefold() in _CIVIC_TITLES:
        return role, None
    words = [w.strip(",.") for w in role.title.split()]
    # (Only the title's own office words: "ministre orrinais" names a country by its
    # adjective, no body.)
    fields = [
        w
        for w in words
        if len(w) >= _MASTER_STEM and w.lower() not in _RANK_WORDS and is_title_word(w.lower())
    ]
    fits = [
        e
        for e in registry.entities.values()
        if e.kind == EntityKind.ORGANIZATION
        and any(_shared_stem(f, n) for f in fields for n in e.name.split() if n[:1].isupper())
    ]
    # ("the Postal Service" after "the Orrin Postal Service": one body, written shorter.)
    # ("the National Archives" beside "the National Archives and Records Office": the
    # same, written shorter at its end.)
    fits = [
        e
        for e in fits
        if not any(
            o is not e and (o.name.endswith(" " + e.name) or o.name.startswith(e.name + " "))
            for o in fits
        )
    ]
    if len(fits) != 1:
        return role, None
    person = registry.entities[role.entity].name
    note = (
        f"'{person}' ({role.title}): organisation read as {fits[0].name}, whose name the"
        " title's own word echoes; check it"
    )
    return dataclasses.replace(role, organization=fits[0].id), note


def _national_office(
    role: DraftRole, registry: Registry, text: str
) -> tuple[DraftRole, str | None]:
    """A role read at a place from a title "of <place>" ("Archivist of Velmont", a
    national office named after the country it serves) whose office word echoes exactly
    one organisation of the release ("Velmont State Archives"): the place is part of
    the title, the office held at that organisation, with a review note. Anything else
    (a minister or a president of the country) stays at the place."""
    place = registry.entities.get(role.organization or "")
    if place is None or place.kind != EntityKind.PLACE or " of " in f" {role.title} ":
        return role, None
    written = re.search(
        rf"\b{re.escape(role.title)}\s+of\s+(?:the\s+)?{re.escape(place.name)}\b",
        text,
        re.IGNORECASE,
    )
    if written is None:
        return role, None
    moved, note = _stem_party(dataclasses.replace(role, organization=None), registry)
    if moved.organization is None:
        return role, None
    return dataclasses.replace(moved, title=written.group(0)), note


def settle_organisations(
    registry: Registry,
    text: str,
    issuer: str | None = None,
    assumed: MutableSet[tuple[str, str]] | None = None,
) -> list[str]:
    """Move each role whose written organisation scores below a party of the release to
    that party (see the module docstring); returns the review notes of close calls.
    A written organisation no role holds any more and the release never names again
    is dropped. Titles are first cut again from their organisations
    (``role_splits.recut_roles``, which takes ``assumed`` off the roles it moves)."""
    notes, recut = recut_roles(registry, text, assumed)
    shorts: list[tuple[DraftEntity, str]] = []
    for k, role in enumerate(list(registry.roles)):
        national, note = _national_office(role, registry, text)
        if national is not role:
            registry.roles[k] = national
            notes += [note] if note else []
            continue
        if role.organization is None:
            settled = _complement_party(role, registry, text)
            if settled.organization is None:
                settled, note = _kind_title_party(settled, registry, text)
                notes += [note] if note else []
            if settled.organization is None:
                settled, note = _kind_word_party(settled, registry, issuer)
                notes += [note] if note else []
            if settled.organization is None:
                settled, note = _stem_party(settled, registry)
                notes += [note] if note else []
            if settled.organization is not None:
                # ("CEO Kestrel Freight Group" at Kestrel Freight Group: "CEO".)
                own = without_own_name(settled.title, registry.entities[settled.organization])
                settled = dataclasses.replace(settled, title=own)
            registry.roles[k] = settled
            continue
        written = registry.entities.get(role.organization or "")
        if written is None or written.existing or role in recut:
            continue
        own, _ = _score(written, role, registry, text, written=True)
        # (A party is named elsewhere when it is named outside the written name.)
        outside = text.replace(written.name, " ")
        best = OrgCandidate(written.id, role.title, own, "as written")
        short: str | None = None
        chosen = written
        for party, rest, initials in _party_readings(written, registry):
            score, why = _score(party, role, registry, outside, written=False)
            if initials is not None and initials == "".join(
                w[0] for w in party.name.split() if w[:1].isupper()
            ):
                score += _EXACT_INITIALS  # ("WSU": Wayne State University, not Wayne State)
            # (A unit of the party, "School of Medicine", is the party's: a title held
            # in a unit is held at its parent.)
            if (
                _head(rest) in ALL_HEADS
                and _head(rest) != _head(party.name)
                and not _is_unit(rest)
                and not _own_kind_word(party, rest)
            ):
                score -= _OWN_NAME
                why.append("though the written name ends in a head word of its own")
            if score > best.score:
                best = OrgCandidate(party.id, _with_words(role.title, rest), score, ", ".join(why))
                short, chosen = initials, party
        if best.entity == written.id:
            continue
        if best.entity not in registry.entities:
            # (A knowledge-base organisation, weighed unreferenced: referenced now.)
            registry.find_exact(chosen.name)
        registry.roles[k] = dataclasses.replace(role, title=best.title, organization=best.entity)
        if short is not None:
            shorts.append((registry.entities[best.entity], short))
        if best.score - own < _SURE:
            person = registry.entities[role.entity].name
            notes.append(
                f"'{person}' ({best.title}): organisation read as"
                f" {registry.entities[best.entity].name}, not '{written.name}'"
                f" ({best.why or 'a party of the release its words open with'}); check it"
            )
        if (
            not any(r.organization == written.id for r in registry.roles)
            and _named(written, text) < 2
        ):
            registry.discard(written.id)
    for party, short in shorts:
        if registry.find_exact(short) is None:
            registry.add(party.name, party.kind, aliases=[short], exact=True)
    notes += _parallel_titles(registry)
    return notes + _disagreements(registry)


def _parallel_titles(registry: Registry) -> list[str]:
    """A title read at a country ("Permanent Representative" / South Africa) where the
    release gives the same title "of <another country>" at one organisation ("Permanent
    Representative of Orrin with the Weather Organization"): the country's
    representative at that organisation too, the country kept in the title. Returns the
    review notes."""
    notes: list[str] = []
    for k, role in enumerate(list(registry.roles)):
        place = registry.entities.get(role.organization or "")
        if place is None or not (place.kind == EntityKind.PLACE or is_country(place.name)):
            continue
        pattern = re.compile(rf"{re.escape(role.title)}\s+of\s+(?:the\s+)?[A-Z].*")
        held = {
            r.organization
            for r in registry.roles
            if r.entity != role.entity
            and r.organization in registry.entities
            and registry.entities[r.organization].kind == EntityKind.ORGANIZATION
            and pattern.fullmatch(r.title)
        }
        if len(held) != 1:
            continue
        org = registry.entities[held.pop() or ""]
        title = f"{role.title} of {place.name}"
        registry.roles[k] = dataclasses.replace(role, title=title, organization=org.id)
        person = registry.entities[role.entity].name
        notes.append(
            f"'{person}' ({title}): organisation read as {org.name}, where the release"
            " places the same title of another country; check it"
        )
    return notes


def _fragment(short: str, long: str) -> bool:
    """Whether the name ``short`` is the opening words of ``long`` ("U.S. Fish" of "U.S.
    Fish and Wildlife Service"): a name cut short at one mention."""
    a, b = normalize(short), normalize(long)
    return a != b and b.startswith(a + " ")


def _disagreements(registry: Registry) -> list[str]:
    """One title of a person read at two organisations in two mentions: at a name and at
    the same name cut short, the fullest name alone stays; otherwise both are kept (a
    title can be held at two) with a note, and a person says which is right."""
    held: dict[tuple[str, str], list[str]] = {}
    for role in registry.roles:
        if role.organization in registry.entities:
            key = (role.entity, normalize(role.title))
            held.setdefault(key, [])
            if role.organization not in held[key]:
                held[key].append(role.organization)
    for (person, title), orgs in held.items():
        names = {o: registry.entities[o].name for o in orgs}
        cut = {o for o in orgs if any(_fragment(names[o], names[p]) for p in orgs if p != o)}
        if cut:
            registry.roles = [
                r
                for r in registry.roles
                if not (
                    r.entity == person and normalize(r.title) == title and r.organization in cut
                )
            ]
            orgs[:] = [o for o in orgs if o not in cut]
    return [
        f"'{registry.entities[person].name}' ({title}): read at "
        + " and at ".join(registry.entities[o].name for o in orgs)
        + "; keep the right one (or both)"
        for (person, title), orgs in held.items()
        if len(orgs) > 1
    ]
