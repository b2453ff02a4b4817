"""The organisation of a person's title, decided in one place from scored candidates.

A title read without its organisation ("Director General Jane Doe", "Minister of
Ports, Jane Doe") is given one by ``organisation_of``, which weighs every kind of
evidence a release gives and takes the strongest:

1. the organisation written inside the title before it ("Velmont Republic Deputy
   Minister of Ports", "UN Under-Secretary-General") (score 0.9);
2. a back-reference the title or the sentence makes: "director general of the
   institute", "its Secretary", "the fund's chair",
   "A and B from X", "two principals in X, Jane Doe, …" (0.8, see ``_back_reference``);
3. the ministry whose name is the title's portfolio ("Minister of Ports & Harbours" at
   "Ministry of Ports & Harbours of Velmont") (0.7);
4. for a title at an organisation described, not named, the organisation the sentence
   points to by its kind nearest before the name ("to join the coalition with Jane
   Doe, chief executive of the Velmont-based organization") (0.6);
5. for a minister, an ambassador or a head of state, the government of the one country
   the title, the sentence or (failing both) the whole release names (0.6, 0.5, 0.4),
   or for a minister the sentence places in a province or a state, the one government
   of a province or state the release names (0.45);
5b. whom the person acted for, written right after the name ("Jane Doe on behalf of the
   Velmont Ministry of Defence") (0.8);
6. for a unit's head ("Head of the Outreach Sector"), the issuer of the release,
   with a review note (0.3);
7. the side a delegation header names for the list the person is in ("Attending
   from the VRF were Jane Doe, Chief Operating Officer; …"): the organisation named
   (0.85), or for a side named as a country the one organisation of that country the
   release names (0.7), or for a state office its government (0.7), else the
   organisation is left open with a review note, outranking every weaker guess (see
   ``bot.ingest.groups``);

and otherwise none: "don't know" is an honest outcome, better than a guess. The
draft's review header carries the note of every candidate below 0.5.
"""

from __future__ import annotations

import dataclasses
import re
from typing import NamedTuple

from bot.ingest.entities import PersonRef
from bot.ingest.groups import delegation_at
from bot.ingest.officials import country_of_demonym
from bot.ingest.parties import government_names
from bot.ingest.registry import Registry
from bot.ingest.titles import ADJECTIVE
from bot.ingest.words import (
    ALL_HEADS,
    is_country,
    is_demonym,
    is_place,
    is_title_word,
    looks_like_acronym,
)
from bot.kb.models import EntityKind
from bot.textnorm import normalize


class Candidate(NamedTuple):
    """One organisation a title may be held at, how strongly the release says so (0 to
    1), and why (the review note when the score is low)."""

    organisation: str
    score: float
    why: str


class Resolved(NamedTuple):
    """The person with the organisation decided (unchanged when nothing fits), and the
    review note of a weak decision, if any."""

    ref: PersonRef
    note: str | None


# Offices held for a state rather than at an organisation.
_STATE_OFFICE = re.compile(
    r"\b(?:Minister|Vice-Minister|Secretary of State|Ambassador|Envoy|High Commissioner|"
    r"Consul|President|Prime Minister|Premier|Chancellor of the Exchequer|Permanent Representative)\b",
)
# A state's own offices only (not "President" of a university, which the sentence must
# say): read from the whole release when the sentence names no country.
_MINISTERIAL = re.compile(
    r"\b(?:Minister|Vice-Minister|Secretary of State|Ambassador|High Commissioner|"
    r"Permanent Representative)\b",
    re.IGNORECASE,
)
# "Head of the X Sector", "Director of the Y Department": a unit inside an organisation.
_UNIT_TITLE = re.compile(
    r"\b(?:of|for)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:and|&|of|for|[A-Z][\w&'’-]*))*\s+"
    r"(?:Sector|Department|Division|Unit|Directorate|Office|Section|Bureau)\b"
)
_SMALL = {"of", "the", "and", "&", "for"}


def split_leading_organisation(title: str, registry: Registry) -> tuple[str | None, str]:
    """(organisation, title) of a title that opens with its organisation's name:
    "Velmont Republic Deputy Minister of Ports" -> ("Velmont Republic", "Deputy Minister
    of Ports"), "UN Under-Secretary-General" -> ("UN", "Under-Secretary-General"),
    "Orrin spokeswoman" -> ("Orrin", "spokeswoman") when the release names Orrin, "VRF
    Partnership Leader" -> ("VRF", "Partnership Leader") when it names the VRF. The words
    before the title must be a name (capitalised) the release knows, a country or place,
    an acronym, or end with an organisation's head word; else (None, title).

    The cut is scored, not the first that fits: a name the release knows, as short as it
    comes, beats a run of capitalised words that merely ends in a head word ("Partnership"
    may open the title as well as close an organisation's name); a lower-case title after
    the name ("Orrin spokeswoman") needs the name known, since a capitalised word before a
    lower-case one is as often an adjective ("Senior adviser")."""
    words = title.split()
    first_title = next((i for i, w in enumerate(words) if is_title_word(w)), None)
    if not first_title or first_title >= len(words):
        return None, title
    lower_title = not words[first_title][:1].isupper()
    best: tuple[float, int, str] | None = None
    for k in range(1, first_title + 1):
        prefix_words = words[:k]
        if not all(w[:1].isupper() or w in _SMALL for w in prefix_words):
            break
        if prefix_words[-1] in _SMALL:
            continue
        prefix = re.sub(r"^the\s+", "", " ".join(prefix_words), flags=re.IGNORECASE)
        prefix = re.sub(r"\s*\([A-Z][\w&.-]{1,11}\)$", "", prefix)
        if len(prefix_words) == 1 and is_demonym(prefix):
            continue  # "Korean Minister": read as a country by national_offices
        if len(prefix_words) == 1 and ADJECTIVE.fullmatch(prefix) and registry.find(prefix) is None:
            continue  # "Central Secretary": one title (a region may be called "Central")
        known = registry.find(prefix) is not None
        if not known and len(prefix_words) == 1 and re.fullmatch(r"[A-Z][A-Za-z]{1,7}", prefix):
            # ("Vbm executive vice president", the release naming Velmont Basic Metals
            # Corp.: the short form of the one organisation it spells.)
            spelled = spelled_name(prefix, registry)
            if spelled is not None:
                known, prefix = True, spelled
        if k < first_title and not (
            known and (words[k][:1].isupper() or all(w.islower() for w in words[k:]))
        ):
            # (Cutting before the first title word only at a name the release knows, with
            # the title going on in capitals, "VRF Partnership Leader", or all in lower
            # case, "Vbm executive vice president".)
            continue
        if lower_title and not known:
            continue
        if known:
            score = 1.0
        elif _country_in(prefix.split()) is not None or is_place(prefix):
            score = 0.8
        elif looks_like_acronym(prefix) and " " not in prefix:
            score = 0.7
        elif prefix_words[-1].lower() in ALL_HEADS:
            score = 0.6
        else:
            continue
        if best is None or score > best[0]:
            best = (score, k, prefix)
    if best is None:
        return None, title
    return best[2], " ".join(words[best[1] :])


def _portfolio_ministry(title: str, registry: Registry) -> str | None:
    """The organisation named "Ministry of <portfolio>" (or "Department of …") that the
    release names, for "Minister of <portfolio>": the ministry's name may go on ("Minister
    of Health" at "Ministry of Health of Velmont") or the title may ("Assistant Minister
    of Foreign Affairs for Development Affairs" at "Ministry of Foreign Affairs"); the
    longest portfolio that fits wins, None when two fit as well."""
    match = re.search(r"\bMinister\s+(?:of|for)\s+(?:the\s+)?(?P<area>.+)$", title)
    # ("Ports and Harbours Minister": the portfolio written before the title word.)
    match = match or re.fullmatch(r"(?P<area>[A-Z].*?)\s+Minister", title)
    if match is None:
        return None
    area = normalize(match.group("area"))
    fits: dict[str, list[str]] = {}
    for entity in registry.entities.values():
        if entity.kind != EntityKind.ORGANIZATION:
            continue
        own = re.match(
            r"(?:ministry|department)\s+(?:of|for)\s+(?:the\s+)?(?P<area>.+)$",
            normalize(entity.name),
        )
        if own is None:
            continue
        theirs = own.group("area")
        if f"{area} ".startswith(f"{theirs} ") or f"{theirs} ".startswith(f"{area} "):
            fits.setdefault(min(area, theirs, key=len), []).append(entity.name)
    if not fits:
        return None
    best = fits[max(fits, key=len)]
    return best[0] if len(best) == 1 else None


def _country_in(words: list[str]) -> str | None:
    """The longest run of ``words`` that is a country's name ("Republic of Korea" in
    "Republic of Korea Deputy"), or None."""
    for n in range(len(words), 0, -1):
        for start in range(len(words) - n + 1):
            name = " ".join(words[start : start + n])
            if words[start] != "of" and is_country(name):
                return name
    return None


def _country_of_adjective(words: list[str]) -> str | None:
    """The country a nationality adjective among ``words`` names, with the words before
    it ("South Korean" -> South Korea, "Kenyan" -> Kenya), or None."""
    for i, word in enumerate(words):
        if not is_demonym(word):
            continue
        for start in range(i + 1):
            for cut in (1, 2, 3, 4):
                name = " ".join([*words[start:i], word[:-cut]])
                if is_country(name):
                    return name
        country = country_of_demonym(word)
        if country is not None:
            return country
    return None


def _countries_in(text: str) -> list[str]:
    """The countries ``text`` names, in order, once each: by name ("the United Arab
    Emirates") or by a nationality adjective ("Kenyan President" -> Kenya)."""
    found: list[str] = []
    for match in re.finditer(r"[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3}", text):
        words = match.group(0).split()
        name = _country_in(words) or _country_of_adjective(words)
        if name is not None and name not in found:
            found.append(name)
    return found


def _government_of(country: str, registry: Registry) -> str:
    """How the release names a country's government: the entity it already has for the
    government or the country ("Velmont" as a party), else "Government of <country>"."""
    for name in (f"Government of {country}", f"{country} Government", country):
        # (Exactly: "Kenya" is no short form of the "Kenya Rowing Board".)
        known = registry.find_exact(name)
        if known is not None and registry.entities[known].kind != EntityKind.PERSON:
            return registry.entities[known].name
    return f"Government of {country}"


def _governments(text: str, registry: Registry) -> list[str]:
    """The governments ``text`` names by their place ("the Velmont government"), never
    one named after its leader ("the Doe government")."""
    return [
        g
        for g in government_names(text)
        if registry.find_person(g.removeprefix("Government of ").removeprefix("the ")) is None
    ]


# Levels of government: "the Provincial Government" names no place of its own.
_LEVELS = {
    "the",
    "provincial",
    "federal",
    "state",
    "national",
    "central",
    "local",
    "regional",
    "territorial",
    "municipal",
    "city",
}


def _government_for(
    title: str, sentence: str, release: str, registry: Registry
) -> Candidate | None:
    """The government a state office is held for: the country written with the title,
    else the one country the sentence names, else (a minister or an ambassador only) the
    one the release names, as "Government of <country>" (a country's name alone is
    contained in it)."""
    # ("Vice President" alone is a company's officer as often as a state's: only the
    # country written in the title makes it the state's.)
    if not _STATE_OFFICE.search(title) or re.fullmatch(
        r"(?:Senior\s+|Executive\s+)?Vice[\s-]President", title
    ):
        return None
    # ("Ambassador to Norway": the post's place is where, not whom, the office serves.)
    post = r"\b(?:Ambassador|Envoy|Consul(?:\s+General)?|High Commissioner)\s+(?:to|in)\s+"
    own = re.sub(r"\b(?:to|in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", "", title)
    # (So is the post of an envoy the sentence names: "the Kenyan Ambassador to Norway"
    # names Norway as where he serves, no government of anyone listed with him.)
    posts = re.sub(post + r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", "", sentence)
    for text, score, why in (
        (own, 0.6, "the country in the title"),
        (posts, 0.5, "the one country the sentence names"),
    ):
        countries = _countries_in(text)
        governments = _governments(text, registry)
        if len(governments) == 1 and not countries:
            return Candidate(governments[0], score, why)
        if len(countries) == 1:
            return Candidate(_government_of(countries[0], registry), score, why)
    if not _MINISTERIAL.search(title):
        return None
    # The whole release: only when it names one government or country in all, counting
    # a state's or a territory's ("the NSW Government" beside "Australia" is two: a
    # state minister is not the country's).
    governments = set(_governments(release, registry)) | {
        e.name
        for e in registry.entities.values()
        if e.kind == EntityKind.ORGANIZATION and "government" in normalize(e.name).split()
    }
    places = set()
    for government in governments:
        place = re.sub(r"\b[Gg]overnment(?:\s+of)?\b", "", government).split()
        if place and all(w.lower() in _LEVELS for w in place):
            # ("the Provincial Government": the release's own government again, by its
            # level, no other place.)
            continue
        # ("Government of Velmont Supports X": a title-case headline runs on.)
        places.add(normalize(_country_in(place) or " ".join(place)))
    countries = _countries_in(release)
    # ("The Honourable Jane Doe, Minister of Ports, ... to the province": a minister the
    # sentence places in a province or a state is that one's, when the release names
    # the government of only one that is not a country.)
    local = {
        g
        for g in governments
        if not _country_in(re.sub(r"\b[Gg]overnment(?:\s+of)?\b", "", g).split())
        and not all(
            w.lower() in _LEVELS for w in re.sub(r"\b[Gg]overnment(?:\s+of)?\b", "", g).split()
        )
    }
    # ("Government of Tallis" read short of "Government of Tallis and Marrow": one.)
    local = {g for g in local if not any(o != g and o.startswith(g) for o in local)}
    if len(local) == 1 and re.search(
        r"\b(?:province|provincial|state's|territory|territorial)\b", sentence, re.I
    ):
        (government,) = local
        return Candidate(
            government, 0.45, "the one provincial or state government the release names"
        )
    places |= {normalize(c) for c in countries}
    if len(places) != 1:
        return None
    if governments:
        government = min(governments, key=len)
        return Candidate(government, 0.45, "the one government the release names")
    return Candidate(
        _government_of(countries[0], registry), 0.4, "the one country the release names"
    )


# Words that make a name a part of the organisation named before them ("ORU School of
# Medicine", "KHO Harbour Emergencies Programme").
_UNIT_HEADS = {
    "school",
    "faculty",
    "department",
    "division",
    "programme",
    "program",
    "unit",
    "office",
    "directorate",
    "sector",
    "secretariat",
}


def unit_of_parent(ref: PersonRef, registry: Registry) -> PersonRef:
    """``ref`` with a title held in a unit whose name opens with its parent's moved to
    the parent: ("Executive Director", "KHO Harbour Emergencies Programme") -> ("Executive
    Director of the KHO Harbour Emergencies Programme", KHO's name), ("dean", "ORU School of
    Nursing") -> ("dean of the ORU School of Nursing", ORU's name). The parent is an
    organisation the release names, written as its acronym or followed by the unit word
    ("School of …"), or a unit's head word alone ("KHO Secretariat" -> "Director General of
    the KHO Secretariat", KHO's name); a unit the release gives an acronym of its own is
    an organisation ("UN Environment Programme (UNEP)") and stays."""
    if not ref.title or not ref.organization:
        return ref
    org = re.sub(r"^the\s+", "", ref.organization)
    words = org.split()
    if len(words) < 2 or not any(w.lower() in _UNIT_HEADS for w in words[1:]):
        return ref
    own = registry.find(org)
    if own is not None and any(looks_like_acronym(a) for a in registry.entities[own].aliases):
        return ref
    for k in range(1, len(words)):
        prefix, rest = " ".join(words[:k]), words[k:]
        if len(rest) == 1 and rest[0].lower() not in _UNIT_HEADS:
            continue  # ("MSG Secretariat": one word after the parent, a unit's head word)
        parent = registry.find(prefix)
        if (
            parent is None
            or parent == own
            or registry.entities[parent].kind != EntityKind.ORGANIZATION
            or normalize(registry.entities[parent].name) == normalize(org)
        ):
            continue
        if looks_like_acronym(prefix) or rest[0].lower() in _UNIT_HEADS:
            title = f"{ref.title} of the {org}"
            return PersonRef(ref.name, title, registry.entities[parent].name, ref.known_only)
    return ref


# "the Velmont-based organization", "the Velmarian agency": an organisation described by
# where it is or whose it is, then its kind, not named ("the national fisheries agency"
# is a name written in lower case).
_DESCRIPTION = re.compile(
    r"(?:the\s+)?(?:(?P<based>[\w'’.]+-based)|(?P<adjective>[A-Z][a-z]+))\s+"
    r"(?:[a-z][\w'’-]*\s+)?(?P<head>[a-z]+)"
)


# "Orrin, Velmont-based Kestrel Labs": where the organisation is based, before its name.
_BASED_NAME = re.compile(r"(?:the\s+)?[\w'’.]+(?:\s+[\w'’.]+)?-based\s+(?P<name>[A-Z].*)")
# The place the "-based" began with, left at the end of the title by the comma of
# "spokeswoman for Orrin, Velmont-based Kestrel Labs".
_PLACE_TAIL = re.compile(r"\s+(?:for|of|at|in)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")


def without_base(ref: PersonRef) -> PersonRef:
    """``ref`` with an organisation written with where it is based ("Velmont-based
    Kestrel Labs") named by its name alone, and the place the base began with taken off
    the title ("spokeswoman for Orrin" + "Velmont-based Kestrel Labs", from "a
    spokeswoman for Orrin, Velmont-based Kestrel Labs" -> "spokeswoman" at "Kestrel
    Labs"); ``ref`` unchanged otherwise. A base is where, never who: no part of the
    organisation's name, and no part of the title."""
    if not ref.organization:
        return ref
    based = _BASED_NAME.fullmatch(ref.organization.strip())
    if based is None:
        return ref
    title = ref.title
    if title:
        cut = _PLACE_TAIL.sub("", title)
        # (Only a place: "Director of Research" keeps its field.)
        tail = title[len(cut) :].split(maxsplit=1)[-1] if cut != title else ""
        if tail and (is_place(tail) or all(not is_title_word(w) for w in tail.split())):
            title = cut if any(is_title_word(w) for w in cut.split()) else title
    return dataclasses.replace(ref, title=title, organization=based.group("name"))


def is_description(organisation: str) -> bool:
    """Whether ``organisation`` describes one by its kind ("the Velmont-based
    organization", "the Velmarian agency") rather than naming it: such a phrase is no
    organisation's name."""
    match = _DESCRIPTION.fullmatch(organisation.strip())
    return (
        match is not None
        and match.group("head") in ALL_HEADS
        and (match.group("based") is not None or is_demonym(match.group("adjective") or ""))
    )


def _kind_in_sentence(name: str, sentence: str, registry: Registry) -> str | None:
    """The organisation the sentence points to by its kind nearest before ``name`` ("to
    join the coalition with Jane Doe, chief executive of the Velmont-based organization":
    the coalition the release names), or None when no kind named before her points to
    exactly one organisation."""
    at = sentence.find(name)
    if at < 0:
        return None
    before = sentence[:at]
    heads = sorted(
        (m.start(1), m.group(1))
        for pattern in (r"\bthe\s+([a-z]+)\b", r"\bthe\s+[\w'’-]+\s+([a-z]+)\b")
        for m in re.finditer(pattern, before)
        if m.group(1) in ALL_HEADS
    )
    for _, head in reversed(heads):
        fits = registry.one_of_a_kind(head)
        if fits is not None:
            return fits
    return None


def _title_candidates(title: str, registry: Registry) -> list[tuple[Candidate, str]]:
    """The candidates the title itself gives (1 and the "of the <kind>" form of 2 in the
    module docstring), each with the title left once its organisation is taken out."""
    found: list[tuple[Candidate, str]] = []
    org, rest = split_leading_organisation(title, registry)
    if org is not None:
        found.append((Candidate(org, 0.9, "the organisation written before the title"), rest))
    kind = re.fullmatch(r"(?P<title>.+?)\s+(?:of|at)\s+the\s+(?P<head>[a-z]+)", title)
    if kind and kind.group("head") in ALL_HEADS:
        # "director general of the institute": the one organisation of that kind.
        fits = registry.one_of_a_kind(kind.group("head"))
        if fits is not None:
            found.append(
                (Candidate(fits, 0.8, "the one organisation of that kind"), kind.group("title"))
            )
    return found


def organisation_in_title(ref: PersonRef, registry: Registry) -> PersonRef:
    """``ref`` with the organisation its title alone names ("head of the organization":
    the one organisation of that kind; "UN Under-Secretary-General": the UN), for a
    speaker's phrase read without its sentence; ``ref`` unchanged when the title names
    none or ``ref`` states one."""
    if not ref.title or ref.organization:
        return ref
    found = _title_candidates(ref.title, registry)
    if not found:
        return ref
    best, title = max(found, key=lambda c: c[0].score)
    return dataclasses.replace(ref, title=title, organization=best.organisation)


# A "-based" descriptor written alone ("Velmont-based"): where an organisation is, no name.
WHERE_BASED = re.compile(r"[A-Z][\w'’.-]*-(?:based|headquartered|born)", re.IGNORECASE)


def organisation_of(
    ref: PersonRef,
    sentence: str,
    registry: Registry,
    *,
    issuer: str | None = None,
    release: str = "",
    described: bool = False,
) -> Resolved:
    """``ref`` with the organisation of its title decided from the scored candidates of
    the module docstring (``sentence`` is where the release names the person, ``release``
    the whole text, ``issuer`` the entity id of the organisation behind the release,
    ``described`` whether the release wrote the organisation as a description such as
    "the Velmont-based organization", which ``is_description`` tells).
    A ``ref`` that states its organisation, or has no title, is returned as it is."""
    if not ref.title or ref.organization:
        return Resolved(ref, None)
    # ("Chief Minister Jane Doe" again, after "Jane Doe, Chief Minister of X": the
    # organisation already stated for that title stands.)
    person = registry.find_person(ref.name)
    if any(
        r.entity == person and r.organization and normalize(r.title) == normalize(ref.title)
        for r in registry.roles
    ):
        return Resolved(ref, None)
    candidates: list[tuple[Candidate, str]] = []
    side = delegation_at(ref.name, sentence)
    delegation = _delegation_candidate(side, ref.title, registry) if side else None
    if delegation is not None:
        candidates.append((delegation, ref.title))
    candidates += _title_candidates(ref.title, registry)
    # (Only for a title the release held at a described organisation: "Minister Jane Doe
    # at the university" is no minister of the university.)
    kind_named = _kind_in_sentence(ref.name, sentence, registry) if described else None
    if kind_named is not None:
        candidates.append(
            (
                Candidate(kind_named, 0.6, "the organisation the sentence names by kind before"),
                ref.title,
            )
        )
    acting_for = _on_behalf_of(ref.name, sentence, registry)
    if acting_for is not None:
        candidates.append(
            (Candidate(acting_for, 0.8, "the organisation the person acted for"), ref.title)
        )
    owner = _its_owner(ref, sentence, registry)
    if owner is not None:
        candidates.append(
            (Candidate(owner, 0.9, "the sentence's subject, which 'its' points to"), ref.title)
        )
    board_owner = _its_board_owner(ref, sentence, registry)
    if board_owner is not None:
        candidates.append(
            (
                Candidate(board_owner, 0.85, "the organisation named last before 'its board'"),
                ref.title,
            )
        )
    back = _back_reference(ref, sentence, registry, issuer)
    if back.organization:
        candidates.append((Candidate(back.organization, 0.8, "a back-reference"), ref.title))
    ministry = _portfolio_ministry(ref.title, registry)
    if ministry is not None:
        candidates.append((Candidate(ministry, 0.7, "the ministry of the portfolio"), ref.title))
    government = _government_for(ref.title, sentence, release, registry)
    if government is not None:
        candidates.append((government, ref.title))
    if issuer is not None and issuer in registry.entities and _UNIT_TITLE.search(ref.title):
        candidates.append(
            (
                Candidate(
                    registry.entities[issuer].name,
                    0.3,
                    "the release's issuer, whose unit the title names",
                ),
                ref.title,
            )
        )
    if side is not None and delegation is None:
        # Listed for a side the release names only as a country: its organisation is
        # the reviewer's call; nothing weaker than the header's own word decides it.
        candidates = [c for c in candidates if c[0].score >= _DELEGATION]
        if not candidates:
            note = (
                f"'{ref.name}' ({ref.title}): listed for {side}, at no one organisation"
                " the release names; organisation left blank"
            )
            return Resolved(dataclasses.replace(ref, open_organisation=True), note)
    # ("Velmont-based biotech company Kestrel": where an organisation is based is no
    # organisation; with no other candidate the reviewer fills the blank.)
    candidates = [c for c in candidates if not WHERE_BASED.fullmatch(c[0].organisation)]
    if not candidates:
        return Resolved(ref, None)
    best, title = max(candidates, key=lambda c: c[0].score)
    note = (
        f"'{ref.name}' ({title}): organisation assumed to be {best.organisation}, {best.why}"
        if best.score < 0.5
        else None
    )
    return Resolved(PersonRef(ref.name, title, best.organisation, ref.known_only), note)


# "signed by Air Marshal Jane Doe on behalf of the Velmont Ministry of Defence": whom
# the person acted for, written right after the name.
# "\s*(?:,\s*)?", not "\s*,?\s*": two adjacent \s* made a long run of spaces (a PDF's
# layout) backtrack quadratically.
_ON_BEHALF = re.compile(
    r"\s*(?:,\s*)?(?:\([^()]*\)\s*)?on\s+behalf\s+of\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w&'’.-]*))*)"
)


def _on_behalf_of(name: str, sentence: str, registry: Registry) -> str | None:
    """The organisation ``name`` acted for, when the sentence says so right after the
    name ("Jane Doe on behalf of the Velmont Ports Authority"), or None when what
    follows names no organisation of the release."""
    at = sentence.find(name)
    if at < 0:
        return None
    found = _ON_BEHALF.match(sentence, at + len(name))
    if found is None:
        return None
    orgs = [
        e
        for e in registry.mentions(found.group("org"))
        if registry.entities[e].kind in (EntityKind.ORGANIZATION, EntityKind.INITIATIVE)
    ]
    return registry.entities[orgs[0]].name if orgs else None


# A scene-setting clause before a sentence's subject ("Under the MoU, Acme will …").
_SCENE = re.compile(
    r"^(?:Under|In|At|On|With|After|During|For|Following|According\s+to)\b[^,]{0,80},\s*"
)


def _its_owner(ref: PersonRef, sentence: str, registry: Registry) -> str | None:
    """The organisation "its" means in "Acme will assist X, said its chairman Jane Doe":
    the subject that opens the sentence's main clause, when it is an organisation the
    release names; None otherwise."""
    if ref.title is None or not re.search(rf"\b(?:its|their)\s+{re.escape(ref.title)}\b", sentence):
        return None
    main = _SCENE.sub("", sentence.strip())
    opening = re.match(r"(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*", main)
    if opening is None:
        return None
    named = [
        e
        for e in registry.mentions(opening.group(0))
        if registry.entities[e].kind == EntityKind.ORGANIZATION
    ]
    return registry.entities[named[0]].name if len(named) == 1 else None


def _its_board_owner(ref: PersonRef, sentence: str, registry: Registry) -> str | None:
    """The organisation whose board "its board" means in "…, who stepped down as CEO and
    now chairs its board": the organisation the sentence names last before it; None when
    the title is no board's or the sentence names no organisation before."""
    if ref.title is None or not re.search(r"\bBoard\b", ref.title):
        return None
    its = re.search(r"\b(?:its|their)\s+board\b", sentence)
    if its is None:
        return None
    named = [
        e
        for e in registry.mentions(sentence[: its.start()])
        if registry.entities[e].kind == EntityKind.ORGANIZATION
    ]
    return registry.entities[named[-1]].name if named else None


def side_of_short_form(ref: PersonRef, sentence: str, registry: Registry) -> PersonRef:
    """``ref`` with an organisation written short ("NOC Vice President", where two
    national sports bodies are parties) taken to the delegation's side when the
    side's organisation holds it as a word ("Russian NOC" for "NOC" in a list "from
    Russia"); otherwise ``ref`` unchanged."""
    if not ref.title or not ref.organization or len(ref.organization.split()) != 1:
        return ref
    side = delegation_at(ref.name, sentence)
    found = _delegation_candidate(side, ref.title, registry) if side else None
    short = normalize(ref.organization)
    if found is None or short not in normalize(found.organisation).split():
        return ref
    return dataclasses.replace(ref, organization=found.organisation)


# The score of a side a delegation header names by an organisation's name.
_DELEGATION = 0.85


def _delegation_candidate(side: str, title: str, registry: Registry) -> Candidate | None:
    """The organisation a delegation's ``side`` stands for ("the VRF" -> the Velmont
    Rowing Federation; "Velmont" -> the one organisation of Velmont the release names,
    "Velmont Rowing Union", or for a state office the Government of Velmont), or None when
    the side is a country with no one organisation here, or names nothing known."""
    orgs = [
        e
        for e in registry.mentions(side)
        if registry.entities[e].kind in (EntityKind.ORGANIZATION, EntityKind.INITIATIVE)
    ]
    words = side.split()
    country = _country_in(words) or _country_of_adjective(words)
    if orgs and (country is None or not is_country(registry.entities[orgs[-1]].name)):
        return Candidate(
            registry.entities[orgs[-1]].name, _DELEGATION, "the side the delegation names"
        )
    if country is None:
        return None
    if _STATE_OFFICE.search(title) and not re.search(r"\bVice\s+President\b", title):
        return Candidate(_government_of(country, registry), 0.7, "the side's government")
    own = [
        e.name
        for e in registry.entities.values()
        if e.kind == EntityKind.ORGANIZATION
        and "government" not in normalize(e.name).split()
        and not is_country(e.name)
        and country in _countries_in(e.name)
    ]
    if len(own) == 1:
        return Candidate(own[0], 0.7, "the one organisation of the side's country")
    return None


def _back_reference(
    ref: PersonRef, sentence: str, registry: Registry, issuer: str | None = None
) -> PersonRef:
    """ "Signing for the ministry was its Secretary X": "its" is the organisation the
    sentence named by its head word ("the ministry"), when one organisation fits; "the
    company's chief scientist" is the ``issuer``'s (the company behind the release)."""
    if not ref.title:
        return ref
    company = re.search(
        rf"\bthe\s+(?:company|firm)(?:'s|’s)\s+{re.escape(ref.title)}\b", sentence, re.IGNORECASE
    )
    if company and issuer is not None and issuer in registry.entities:
        return PersonRef(ref.name, ref.title, registry.entities[issuer].name)
    # "two principals in OrrinCell, Jane Doe, president and chief scientific officer":
    # the organisation named right before the name and its comma.
    at = sentence.find(ref.name)
    before = sentence[:at].rstrip() if at > 0 else ""
    if before.endswith(","):
        segment = re.split(r"[,;:]", before[:-1])[-1]
        orgs = [
            e
            for e in registry.mentions(segment)
            if registry.entities[e].kind in (EntityKind.ORGANIZATION, EntityKind.INITIATIVE)
        ]
        if orgs and re.search(r"[A-Z][\w&.'’-]*\s*$", segment):
            return PersonRef(ref.name, ref.title, registry.entities[orgs[-1]].name)
    # "signed by Dr. A, (Registrar), Prof. B and Prof. C from the UoH, and Mr. D": a
    # group of signatories closed by "from X" holds its titles at X.
    after = sentence[at + len(ref.name) :] if at >= 0 else ""
    # ("Director General Dr. A and Deputy Director General Dr. B from X, and Director C
    # from Y": "and" joins a group, ", and" starts the next one.)
    group_end = re.split(r",\s*and\b|;", after)[0]
    from_org = re.search(
        r"\bfrom\s+(?:the\s+)?(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)", group_end
    )
    if from_org:
        orgs = [
            e
            for e in registry.mentions(from_org.group("org"))
            if registry.entities[e].kind in (EntityKind.ORGANIZATION, EntityKind.INITIATIVE)
        ]
        if len(orgs) == 1:
            return PersonRef(ref.name, ref.title, registry.entities[orgs[0]].name)
    # "The Velmont University faculty members, including Prof. X, Dean-School of Y; ...":
    # each title in the list is held at the group's organisation.
    members = (
        r"(?:faculty(?:\s+members)?|officials|officers|staff(?:\s+members)?|delegation|"
        r"delegates|representatives|team|leaders|leadership|executives|researchers|"
        r"scientists|professors|cadres|dignitaries)"
    )
    including = r",?\s+(?:including|such\s+as|among\s+them|namely|led\s+by)\b"
    group = re.search(
        rf"(?:^|\b[Tt]he\s+|,\s+)(?P<org>[A-Z][^,;:]{{1,80}}?)\s+{members}{including}", before
    ) or re.search(
        # "Officials from Velmont University, including ..."
        rf"\b{members}\s+(?:from|of|at)\s+(?:the\s+)?(?P<org>[A-Z][^,;:]{{1,80}}?){including}",
        before,
        re.IGNORECASE,
    )
    if group:
        # (A body whose name has no telling head word, "X Construction Corps", may have
        # been read as a topic; the group names it as one that has members.)
        orgs = [
            e
            for e in registry.mentions(group.group("org"))
            if registry.entities[e].kind
            in (EntityKind.ORGANIZATION, EntityKind.INITIATIVE, EntityKind.TOPIC)
        ]
        if len(orgs) == 1:
            return PersonRef(ref.name, ref.title, registry.entities[orgs[0]].name)
    # "The Velmont government will fund it, Ports Minister Jane Doe announced": a
    # minister of the one government the sentence names, which is a place's.
    if re.search(r"\b(?:Minister|Premier|Secretary of State)\b", ref.title):
        # Named as parties are ("Government of Velmont"), so the role and the partner
        # entity are one organisation.
        governments = set(government_names(sentence))
        if len(governments) == 1:
            (government,) = governments
            place = government.removeprefix("Government of ").removeprefix("the ")
            known = registry.find(place)
            # (Only a place: "the Doe government" is named after its leader.)
            if is_place(place) or (
                known is not None and registry.entities[known].kind == EntityKind.PLACE
            ):
                return PersonRef(ref.name, ref.title, government)
    # "Jane Doe, the fund's chair": the one organisation named with that head word.
    owner = re.search(rf"\b[Tt]he\s+([A-Za-z]+)(?:'s|’s)\s+{re.escape(ref.title)}\b", sentence)
    if owner and owner.group(1).lower() in ALL_HEADS:
        fits = registry.one_of_a_kind(owner.group(1).lower())
        if fits is not None:
            return PersonRef(ref.name, ref.title, fits)
    # "President of the foundation's Global Health Division": a definite back-reference
    # inside the title names the one organisation of that kind the release named.
    inner = re.search(r"\b[Tt]he\s+([a-z]+)(?:'s|’s)\s", ref.title)
    if inner and inner.group(1) in ALL_HEADS:
        fits = registry.one_of_a_kind(inner.group(1))
        if fits is not None:
            return PersonRef(ref.name, ref.title, fits)
    its = re.search(rf"\b(?:its|their)\s+{re.escape(ref.title)}\b", sentence)
    if not its:
        return ref
    # "the Kestrel Port Authority's chairman X and its general manager, Y": the
    # organisation named last before "its", by its name.
    named = [
        e
        for e in registry.mentions(sentence[: its.start()])
        if registry.entities[e].kind in (EntityKind.ORGANIZATION, EntityKind.INITIATIVE)
    ]
    if named:
        return PersonRef(ref.name, ref.title, registry.entities[named[-1]].name)
    for noun in reversed(re.findall(r"\bthe\s+([a-z]+)\b", sentence)):
        if noun not in ALL_HEADS:
            continue
        fits = [
            e.name
            for e in registry.entities.values()
            if e.kind != EntityKind.PERSON and noun in normalize(e.name).split()
        ]
        if len(fits) == 1:
            return PersonRef(ref.name, ref.title, fits[0])
    return ref


# Words a short form may skip ("U of M" for "University of Memphis" spells "of"; "VBM" for
# "Velmont Basic Metals Corp." skips "Corp.").
_SKIPPABLE = {"of", "the", "and", "&", "for", "de", "inc", "corp", "co", "ltd", "llc", "plc"}


def abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` ("UofM", "Vbm", "SABIC") is written from the openings of the
    words of ``name`` in order ("University of Memphis", "Velmont Basic Metals Corp.",
    "Saudi Basic Industries Corp."): every word that is not a small word or a legal form
    gives the next one or more letters, the first word at least one; case aside."""
    letters = re.sub(r"[^a-z]", "", short.lower())
    words = [re.sub(r"[^a-z]", "", w) for w in name.lower().split()]
    words = [w for w in words if w]
    if len(letters) < 2 or len(words) < 2:
        return False

    def spell(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(letters)
        word = words[j]
        if word in _SKIPPABLE and spell(i, j + 1):
            return True
        return any(
            letters[i : i + n] == word[:n] and spell(i + n, j + 1)
            for n in range(1, min(len(word), len(letters) - i) + 1)
        )

    return words[0][:1] == letters[:1] and spell(0, 0)


def spelled_name(short: str, registry: Registry) -> str | None:
    """The name of the one organisation of the release that ``short`` abbreviates, or None."""
    full = [
        e.name
        for e in registry.entities.values()
        if e.kind == EntityKind.ORGANIZATION and abbreviates(short, e.name)
    ]
    return full[0] if len(full) == 1 else None


def _core(name: str) -> str:
    """A name before its "of" qualifier ("Velmont Choral Society of the University of
    Orrin" -> "Velmont Choral Society"): what an acronym of the body often spells."""
    return re.split(r"\s+of\s+", name, maxsplit=1)[0]


def _initials(name: str) -> str:
    """The initials of a name's capitalised words, small words and legal forms aside
    ("Velmont Choral Society" -> "VCS"); "" for a name of one word."""
    words = [w for w in name.split() if w.lower().strip(".,") not in _SKIPPABLE]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def role_organisations_in_full(registry: Registry) -> None:
    """A role held at an organisation written short ("UofM President", "Vbm executive
    vice president") is held at the one organisation of the release whose full name the
    short form spells ("University of Memphis"): the role moves there, the short form
    becomes its alias, and the short-form entity goes. An acronym the release uses
    without defining it ("VCS" beside "Velmont Choral Society of the University of
    Orrin") is that organisation's alias when it is the exact initials of its name, or
    of its name before "of". The role's organisation is the
    person's own body in the fullest name the release gives. Two or more full names the
    short form could spell leave it as written."""
    held = {r.organization for r in registry.roles if r.organization}
    orgs = [
        e
        for e in registry.entities.values()
        if not e.existing and e.kind == EntityKind.ORGANIZATION
    ]
    for short in orgs:
        if " " in short.name or short.aliases or not looks_like_acronym(short.name):
            continue
        # A role's organisation may be written loosely ("UofM"); an acronym no title
        # holds is linked only by the exact initials of the name or of its core.
        full = [
            e
            for e in orgs
            if e is not short
            and (
                (short.id in held and abbreviates(short.name, e.name))
                or short.name in (_initials(e.name), _initials(_core(e.name)))
            )
        ]
        if len(full) != 1:
            continue
        whole = full[0]
        registry.roles = [
            dataclasses.replace(r, organization=whole.id) if r.organization == short.id else r
            for r in registry.roles
        ]
        registry.discard(short.id)
        registry.add(whole.name, whole.kind, aliases=[short.name], exact=True)


class Speech(NamedTuple):
    """A quote's speaker (an entity id) and its text, as ``speakers_by_partner`` reads
    them."""

    speaker: str
    text: str


# "a close relationship with the X", "to join forces with X", "partnering with X".
_WITH_PARTNER = re.compile(
    r"\b(?:with|alongside)\s+(?:the\s+)?(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&|[A-Z][\w&'’.-]*))*)"
)


def speakers_by_partner(
    registry: Registry,
    speeches: list[Speech],
    openings: list[str],
    assumed: frozenset[tuple[str, str]] = frozenset(),
) -> list[str]:
    """A speaker with a title and no organisation (or one merely ``assumed``, as
    (person id, title), at the partner it names), whose quote names one of the two
    organisations the lead joins ("The A and the B signed …", the first of ``openings``,
    the release's first sentences, that names two) as the one they work *with* ("our
    relationship with the B"), speaks for the other one: the role gets A, with a review
    note (returned). Anything less clear leaves the organisation blank."""
    lead_orgs: list[str] = []
    for sentence in openings:
        named = [
            e
            for e in registry.mentions(sentence)
            if registry.entities[e].kind in (EntityKind.ORGANIZATION, EntityKind.TOPIC)
        ]
        if len(named) >= 2:
            lead_orgs = named if re.search(r"\band\b", sentence) else []
            break
    if len(lead_orgs) != 2:
        return []
    notes: list[str] = []
    for i, role in enumerate(registry.roles):
        if role.organization is not None and (role.entity, role.title) not in assumed:
            continue
        partners = {
            e
            for speech in speeches
            if speech.speaker == role.entity
            for m in _WITH_PARTNER.finditer(speech.text)
            for e in registry.mentions(m.group("org"))
            if e in lead_orgs
        }
        # (One named as the partner, and the role not already at the other: a role
        # assumed at the partner, the release's issuer say, is no role the quote allows.)
        if len(partners) != 1 or role.organization not in (None, *partners):
            continue
        (own,) = [e for e in lead_orgs if e not in partners]
        registry.roles[i] = dataclasses.replace(role, organization=own)
        notes.append(
            f"'{role.entity}' ({role.title}): organisation assumed to be"
            f" {registry.entities[own].name}, the party the quote does not name as the"
            " partner"
        )
    return notes
