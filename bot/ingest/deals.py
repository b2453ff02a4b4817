"""The parties a deal sentence in news prose names, whatever their names look like.

News reports name a deal's parties in two set phrases, often with a place after each
name and an acronym in brackets, and with names no head word marks as organisations:

* "An MoU has been signed between Acme Institute (AI), Velmont, and KTI Limited, Orrin,
  on Tuesday ...";
* "The Food Office (FO) has signed an agreement with the Ivo dos Ramos Foundation (FIR)
  to ...".

The names are read whole, small words inside them included ("Ivo dos Ramos Foundation",
"Regional Boards of the Velmar Union"): the capitalised words up to the bracket, comma
or lower-case word that ends them.
"""

from __future__ import annotations

import re

from bot.ingest.people import is_person_name
from bot.ingest.registry import Registry
from bot.ingest.words import guess_kind, is_country, is_demonym, is_title_phrase, is_title_word
from bot.kb.models import EntityKind
from bot.textnorm import normalize
from bot.vocab import month_names_pattern

_WORD = r"[A-Z][\w&'’.-]*"
# Small words inside a name ("Bank of the North", "Ivo dos Ramos Foundation").
_INSIDE = r"(?:of|for|on|de|dos|das|do|da|del|della|di|du|van|von|der|den|bin|al|el|the)"
_NAME = rf"{_WORD}(?:\s+(?:{_INSIDE}\s+)*{_WORD})*"
_BRACKET = r"(?:\s*\([^()]{1,20}\))?"
# ", Velmont": the place after a name in a news report's list of parties.
_PLACE = rf"(?:\s*,\s*{_WORD}(?:\s+{_WORD})?(?=\s*,))?"

_BETWEEN = re.compile(
    rf"\bbetween\s+(?:the\s+)?(?P<a>{_NAME}){_BRACKET}{_PLACE}\s*,?\s+and\s+(?:the\s+)?"
    rf"(?P<b>{_NAME})"
)
_SIGNED_WITH = re.compile(
    r"\b(?:signed|inked|sealed|concluded|entered\s+into)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:MoU|MOU|MoA|MOA|memorandum(?:\s+of\s+(?:understanding|agreement|cooperation))?|"
    r"agreement|pact|deal|accord|contract)"
    rf"{_BRACKET}\s+with\s+(?:the\s+)?(?P<b>{_NAME})"
)
_NOT_A_PARTY = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    rf"{month_names_pattern(capitalised=True)}|MoU|MOU|MoA)",
)


def deal_parties(sentence: str) -> list[str]:
    """The names ``sentence`` gives as the parties of a deal ("between X and Y",
    "signed an MoU with X"), as written, in order; [] when it has neither phrase."""
    found: list[str] = []
    for match in _BETWEEN.finditer(sentence):
        # "between Velmont's Minister of Ports and Trade, Jane Doe, and ...": people named
        # by their titles, whose "and" is inside a portfolio, not between two parties.
        if any(is_title_word(w.lower()) for w in _bare(match.group("a")).split()[:2]):
            continue
        found += [match.group("a"), match.group("b")]
    for match in _SIGNED_WITH.finditer(sentence):
        found.append(match.group("b"))
    out: list[str] = []
    for name in found:
        if re.search(r"['’]s$", name):
            continue  # "with Orrin's news agency": the owner, not the party
        # Small words are inside a name, never at its end ("Acme of the").
        name = re.sub(rf"(?:\s+{_INSIDE})+$", "", name).rstrip(".")
        name = _bare(name)
        if _NOT_A_PARTY.fullmatch(name) or name in out:
            continue
        out.append(name)
    return out


def _bare(name: str) -> str:
    """ "Velmont's Orrin Biotech" -> "Orrin Biotech": where it is from, or its owner, is
    not its name (nor a possessive ending, nor "Velmont-based")."""
    name = re.sub(r"^(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+(?=[A-Z])", "", name)
    # ("the Tallis-based Velmora Institute": where it is based is not its name either.)
    name = re.sub(r"^[A-Z][\w'’.-]*-(?:based|headquartered)\s+(?=[A-Z])", "", name)
    return re.sub(r"['’]s$", "", name)


# A continent's or a region's adjective: no country's name, so no demonym to pycountry.
_REGION_ADJECTIVES = {"African", "European", "Asian", "Arab", "Nordic", "Caribbean", "Latin"}


def is_demonym_only(name: str) -> bool:
    """Whether ``name`` is only a nationality adjective, perhaps with a compass word
    ("Kenyan", "South African"): "exchanges between Velmoran and Kenyan enterprises"
    names where the parties are from, never a party."""
    words = name.split()
    return (
        bool(words)
        and (is_demonym(words[-1]) or words[-1] in _REGION_ADJECTIVES)
        and all(w.lower() in {"north", "south", "east", "west", "central"} for w in words[:-1])
    )


def swallowed(short: str, long: str, text: str) -> bool:
    """Whether ``text`` writes ``short`` only inside ``long`` ("Ramos Foundation" only in
    "Ivo dos Ramos Foundation"): then it is a piece of that name, not a name."""
    if short == long or short not in long:
        return False
    pattern = rf"(?<![\w-]){re.escape(short)}(?![\w-])"
    inside = len(re.findall(rf"(?<![\w-]){re.escape(long)}(?![\w-])", text))
    return inside > 0 and len(re.findall(pattern, text)) <= inside * long.count(short)


# "Acme / Velmont / Orrin Umbrella Agreement": parties joined by slashes name a deal.
_SLASHED = re.compile(rf"(?<![\w/]){_NAME}(?:\s*/\s*{_NAME})+")
# "Making Futures Partnership 2015-2025", "Clean Rivers Programme 2030": a programme's
# years are part of its name.
_WITH_YEARS = re.compile(
    rf"(?<![\w-]){_NAME}\s+(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:(?:19|20)\d\d|\d\d))?(?![\w-])"
)


def whole_programme_names(sentence: str) -> list[str]:
    """Names of programmes and agreements with slashes or years in them, whole, as
    written ("Acme / Velmont Umbrella Agreement", "Orrin Futures Partnership 2015-2025").
    The caller keeps those whose last word is a programme's or an agreement's head."""
    found = [m.group(0) for m in _SLASHED.finditer(sentence)]
    found += [m.group(0) for m in _WITH_YEARS.finditer(sentence)]
    return [re.sub(r"^(?:The|A|An)\s+", "", name) for name in found]


def _titled_person(name: str, text: str, registry: Registry) -> bool:
    """Whether ``text`` writes ``name``, a person's name in form, with a title after a
    comma ("with Jane A. Al-Doe, senior vice president of operations at Acme"): a person
    signing for a party, never the party (people are read after the deal's parties)."""
    if not is_person_name(name, registry.acronyms()):
        return False
    return any(
        is_title_phrase(m.group(1))
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)},\s+([^,;()]{{3,120}})", text)
    )


def deal_party(registry: Registry, name: str, places: set[str], text: str) -> set[str]:
    """The id of the deal party ``name`` (declared if new), as a one-item set, or an
    empty set when it is a person, a place or a title. A fragment of the name declared
    before ("Ramos Foundation" of "Ivo dos Ramos Foundation") is replaced by it."""
    known = registry.find(name)
    if known is not None:
        entity = registry.entities[known]
        if entity.kind == EntityKind.PERSON:
            return set()
        if entity.kind == EntityKind.ORGANIZATION and not entity.existing:
            # "KTI Limited" in the deal phrase, "KTI Ltd" elsewhere: both name it.
            registry.add(name, entity.kind)
        return {known}
    kind = guess_kind(name)
    if (
        kind in (EntityKind.PERSON, EntityKind.PLACE)
        or registry.find_person(name) is not None
        or normalize(name) in places
        or is_country(name)
        or is_title_word(name.split()[0].lower())
        or is_demonym_only(name)
        or _titled_person(name, text, registry)
    ):
        return set()
    aliases: list[str] = []
    for other in list(registry.entities.values()):
        if (
            not other.existing
            and other.kind != EntityKind.PERSON
            and swallowed(other.name, name, text)
        ):
            aliases += other.aliases  # an acronym defined for the fragment is the name's
            registry.discard(other.id)
    return {registry.add(name, kind, aliases=aliases)}


def whole_programme(registry: Registry, name: str, text: str) -> None:
    """Declare the programme or agreement ``name`` (slashes or years in it) when its
    head says it is one, in place of the pieces of it declared before ("Orrin Futures
    Partnership" of "Orrin Futures Partnership 2015-2025")."""
    head = re.sub(r"[\s\d\u2013-]+$", "", name)
    kind = guess_kind(head)
    if kind not in (EntityKind.INITIATIVE, EntityKind.AGREEMENT) or registry.find(name):
        return
    aliases: list[str] = []
    for other in list(registry.entities.values()):
        if (
            not other.existing
            and other.kind != EntityKind.PERSON
            and swallowed(other.name, name, text)
        ):
            aliases += other.aliases
            registry.discard(other.id)
    registry.add(name, kind, aliases=aliases, exact=True)
