"""Officials listed in news prose, each with the title the list gives them.

News reports of a signing list who attended, in one long sentence:

* "The signing was attended by Acme's Prof Jane Doe, dean (Research), Prof John Roe,
  head, civil engineering department and Ann Lee, nodal officer, MoU."
  (name, then the title after a comma; the organisation once, as a possessive);
* "Those from Acme Ltd included Brig (retd) Jo Ray, GM-HR, Kim Lal, AGM-HR ...";
* "... in the presence of GM-HR Jo Ray of Acme Ltd" (an abbreviated title before the
  name, the organisation after "of").

A title may hold commas and "and" ("head, electronics and communication engineering
department"); a name never starts with a title word, so the list is read as runs of
name, title, name, title. Only lists after a word that introduces people ("attended by",
"included", "in the presence of" ...) are read, so a sentence of ordinary prose is left
to the rules of ``people.py``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import pycountry

from bot.ingest.person_names import PersonRef
from bot.ingest.words import (
    ALL_HEADS,
    HONORIFICS,
    STOPWORDS,
    is_generic_agreement,
    is_title_word,
)
from bot.textnorm import normalize

# What introduces a list of people in news prose.
_CUE = re.compile(
    r"\b(?:(?:was|were)\s+attended\s+by|attended\s+by|in\s+the\s+presence\s+of|"
    r"(?:included|include|includes)|(?:present|among\s+those\s+present)\s+(?:were|was)|"
    r"witnessed\s+by|accompanied\s+by)\s+",
    re.IGNORECASE,
)
# "Those from Acme Ltd included": the organisation of everyone listed.
_FROM_ORG = re.compile(
    r"\b(?i:those|officials|representatives|delegates|members)\s+(?:from|of)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,6})\s+(?i:included|include|were)\b"
)
# Abbreviated ranks that precede a name as a courtesy title, "(retd)" after them.
_RANK = r"(?:Brig|Col|Lt|Capt|Maj|Gen|Cdr|Wg\s+Cdr|Lt\s+Gen|Maj\s+Gen)\.?"
_RETIRED = r"(?:\s*\((?:retd|ret|retired)\.?\))?"
# An abbreviated title: "GM-HR", "DGM-HR", "AGM".
_ABBREVIATED_TITLE = re.compile(r"[A-Z]{1,5}(?:-[A-Z]{1,5})+")
# Where the list ends.
# (An agency's sign-off after the story's last sentence, "... Ana Voss. \u2014 Lantern", is
# no part of the list.)
_LIST_END = re.compile(
    r"\s+(?:among\s+others|and\s+others|etc)\b.*$"
    r"|[.;]?\s*(?:--|\u2014|\u2013)\s*[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}\s*$|[.;]\s*$",
    re.IGNORECASE,
)


# Words of a clause, never of a title in a list of officials.
_CLAUSE_IN_TITLE = re.compile(
    r"\b(?:was|were|is|are|has|have|had|been|by|including|included|includes)\b", re.IGNORECASE
)


@dataclass(slots=True)
class _Item:
    name: str
    title: list[str] = field(default_factory=list)
    organization: str | None = None
    # A title written before the name closes the item: what follows is someone else's.
    closed: bool = False


def _honorific(word: str) -> bool:
    return word.lower().rstrip(".") in HONORIFICS or re.fullmatch(_RANK, word) is not None


def _name_token(word: str, known_acronyms: set[str]) -> bool:
    """A given name, a family name or initials ("RK"); never a title word or a head."""
    low = word.lower().rstrip(".")
    if (
        low in STOPWORDS
        or is_title_word(low)
        or low in ALL_HEADS
        or low in HONORIFICS
        or word in known_acronyms
        or _ABBREVIATED_TITLE.fullmatch(word)
    ):
        return False
    if re.fullmatch(r"[A-Z]{1,3}\.?|(?:[A-Z]\.){1,3}", word):
        return True  # initials
    # "Jean-Luc", "O’Neil"; never "In-charge" (a part after a hyphen in lower case).
    return re.fullmatch(r"[A-Z][a-z’'.]+(?:-[A-Z][a-z’'.]+)*", word) is not None


def _split_name(chunk: str, known_acronyms: set[str]) -> tuple[str, str] | None:
    """(title before the name, name) when ``chunk`` ends with a person's name: a run of
    name tokens after an honorific, or of at least two name tokens."""
    words = chunk.split()
    k = len(words)
    while k > 0 and _name_token(words[k - 1], known_acronyms):
        k -= 1
    # "GM-HR MD Jo Ray": after a title, capitals before a family name are initials,
    # though "MD" alone is also a title.
    if (
        1 < k < len(words)
        and re.fullmatch(r"[A-Z]{2,3}", words[k - 1])
        and _title_like(" ".join(words[: k - 1]))
    ):
        k -= 1
    name_words = words[k:]
    head = words[:k]
    honoured = False
    # "Brig (retd) Jo Ray", "Prof Jane Doe": courtesy titles before the name.
    while head and (
        _honorific(head[-1])
        or (re.fullmatch(r"\((?:retd|ret|retired)\.?\)", head[-1]) and len(head) > 1)
    ):
        honoured = True
        head = head[:-1]
    if not name_words or (len(name_words) < 2 and not honoured):
        return None
    if len(name_words) > 4:
        return None
    return " ".join(head), " ".join(name_words)


def _title_like(text: str) -> bool:
    """A title before a name: a title word, an abbreviated title or a department."""
    words = re.findall(r"[\w-]+", text)
    return bool(words) and any(
        is_title_word(w.lower()) or _ABBREVIATED_TITLE.fullmatch(w) or w.lower() in ALL_HEADS
        for w in words
    )


def listed_officials(
    sentence: str, known_acronyms: set[str], countries: Iterable[str] = ()
) -> list[PersonRef]:
    """The people a list of officials in ``sentence`` names, with their titles and (when
    the list states it) organisations; [] when ``sentence`` has no such list.

    Shape: ``PersonRef(name, title, organization)``, the organisation as written
    ("Acme Ltd", "ACME"). A list needs a word that introduces people before it (see
    ``_CUE``) and at least two people, or one with an abbreviated title ("GM-HR").
    ``countries`` are the country names the release writes (see ``country_of_demonym``).
    """
    cue = _CUE.search(sentence)
    if cue is None:
        return []
    context = _FROM_ORG.search(sentence[: cue.end()])
    org = context.group("org") if context else None
    rest = _LIST_END.sub("", sentence[cue.end() :]).rstrip(" ,.")
    # "Acme's Prof Jane Doe, ...": the organisation of everyone listed.
    owner = re.match(r"(?:the\s+)?(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,5})['’]s\s+", rest)
    if owner is not None:
        org = owner.group("org")
        rest = rest[owner.end() :]
    # Chunks at commas, and at "and" before a capital (never inside "training and
    # placement"); each separator is kept to rebuild a title that holds it.
    parts = re.split(r"(\s*,\s*|\s+and\s+(?=[A-Z]))", rest)
    chunks = [(parts[i], parts[i - 1] if i else "") for i in range(0, len(parts), 2)]
    items: list[_Item] = []
    pending: list[str] = []
    for chunk, sep in chunks:
        chunk = re.sub(r"[\[\]]", "", chunk).strip()
        if not chunk:
            continue
        of_org = re.fullmatch(r"(?P<body>.+?)\s+of\s+(?:the\s+)?(?P<org>[A-Z][\w&.'’ -]+)", chunk)
        body = of_org.group("body") if of_org else chunk
        split = _split_name(body, known_acronyms)
        if split is not None and (not split[0] or _title_like(split[0])):
            before, name = split
            item = _Item(name, organization=of_org.group("org").strip() if of_org else None)
            # "ACME director Prof Jane Doe": the organisation before the title.
            lead = re.match(r"(?P<org>\S+?)(?:['’]s)?\s+(?=\S)", before)
            if lead and lead.group("org") in known_acronyms and item.organization is None:
                item.organization = lead.group("org")
                before = before[lead.end() :]
            # "Kenyan President Jo Ray": the country's head, not an organisation's.
            demonym = re.match(r"([A-Z][a-z]+)\s+(?=\S)", before)
            country = country_of_demonym(demonym.group(1), countries) if demonym else None
            if demonym and country and item.organization is None:
                item.organization = country
                before = before[demonym.end() :]
            if before:
                item.title = [", ".join([*pending, before])]
                item.closed = True
            pending = []
            items.append(item)
            continue
        current = items[-1] if items and not items[-1].closed else None
        if is_generic_agreement(chunk) or chunk.lower() in {"mou", "moa", "mous"}:
            continue  # "nodal officer, MoU": the office's subject, not an organisation
        if current is not None and chunk in known_acronyms and current.title:
            current.organization = current.organization or chunk  # "Registrar, ACME"
            current.closed = True
            continue
        if current is not None:
            joint = "" if not current.title else (", " if "," in sep else " and ")
            current.title.append(joint + chunk)
        else:
            pending.append(chunk)
    # ("In the presence of leading cadres of X including Deputy Secretary Mr. Jo Ray, the
    # agreement was sealed by Mr. Kim Lal": what reads as a title holds a clause, so this
    # is prose around two names, no list.)
    items = [i for i in items if not _CLAUSE_IN_TITLE.search(" ".join(i.title))]
    people = [i for i in items if i.title]
    if len(people) < 2 and not any(_ABBREVIATED_TITLE.search(" ".join(i.title)) for i in people):
        return []
    return [
        PersonRef(i.name, "".join(i.title).strip(" ,"), i.organization or org)
        for i in items
        if i.title
    ]


def _fold(name: str) -> str:
    """Case-folded, accents dropped ("Côte" -> "cote")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _countries() -> dict[str, str]:
    """One-word country names by their folded form, from pycountry's ISO 3166 table."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("common_name", "name"):
            value = getattr(country, attr, None)
            if value and " " not in value and "," not in value:
                names.setdefault(_fold(value), value)
    return names


def country_of_demonym(word: str, named: Iterable[str] = ()) -> str | None:
    """The country a nationality adjective names ("Kenyan" -> Kenya, "Ghanaian" ->
    Ghana), or None. The adjective is the country's name with an ending added ("-n",
    "-ian", "-ish", "-ese"), so endings are cut until exactly one country name starts
    with what is left: first among the countries the release itself ``named`` (so
    an English name the ISO table spells otherwise is found), then among ISO 3166 names."""
    if (
        len(word) < 5
        or not word[:1].isupper()
        or is_title_word(word.lower())
        or not re.search(r"(?:an|ish|ese|i|ine)$", word)  # the endings adjectives add
    ):
        return None
    table = _countries()
    if _fold(word) in table:
        return None  # a country's own name is no adjective
    own = {_fold(n): n for n in named if n != word}
    for names, spare in ((own, 2), (table, 99)):
        for cut in (1, 2, 3, 4):
            base = _fold(word[:-cut])
            if len(base) < 4:
                break
            # (In the release's own words only a short ending: "Keny" + "a", not a
            # family name "Keny" + "atta".)
            fits = [
                v for k, v in names.items() if k.startswith(base) and len(k) - len(base) <= spare
            ]
            if len(fits) == 1:
                return fits[0]
    return None


def merge_officials(
    found: list[PersonRef],
    listed: list[PersonRef],
    known_acronyms: set[str],
    countries: Iterable[str] = (),
) -> list[PersonRef]:
    """``found`` (people.py's reading of a sentence), with a listed official's reading in
    place of a broken one, then the people only the list names.

    people.py's reading is broken when it gives no title or no organisation, or when its
    title or organisation holds another listed person's name, a word of a listed title
    ("Officiating") or an agreement ("nodal officer, MoU")."""
    if not listed:
        return found
    by_name = {normalize(p.name): p for p in listed}
    listed_names = set(by_name)
    listed_titles = [normalize(p.title or "") for p in listed]

    def same(a: str, b: str) -> bool:
        return a == b or a.endswith(" " + b) or b.endswith(" " + a)

    def broken(ref: PersonRef) -> bool:
        if not ref.title or not ref.organization:
            return True
        org, title = normalize(ref.organization), normalize(ref.title)
        return (
            any(k in org or k in title for k in listed_names)
            # ("Officiating Registrar Jo Ray" read as Registrar at "Officiating".)
            or (
                len(org.split()) == 1
                and ref.organization not in known_acronyms
                and any(org in t.split() for t in listed_titles)
            )
            or country_of_demonym(ref.organization, countries) is not None  # "Kenyan"
            or is_generic_agreement(ref.organization)
            or org in {"mou", "moa"}
        )

    out: list[PersonRef] = []
    used: set[str] = set()
    for ref in found:
        key = next((k for k in listed_names if same(normalize(ref.name), k)), None)
        if key is None:
            out.append(ref)
            continue
        if key in used:
            continue  # one reading of each person
        used.add(key)
        out.append(by_name[key] if broken(ref) else ref)
    out += [p for k, p in by_name.items() if k not in used]
    return out


def part_of_the_list(name: str, listed: list[PersonRef]) -> bool:
    """Whether a capitalised run ``name`` is a listed official's title or holds their
    name ("GM-HR", "GM-HR Jo Ray of Acme Ltd"): never an organisation."""
    key = normalize(name)
    return any(normalize(p.name) in key or key == normalize(p.title or "") for p in listed) or (
        _ABBREVIATED_TITLE.fullmatch(name) is not None and bool(listed)
    )


def countries_named(text: str) -> frozenset[str]:
    """The capitalised words ``text`` writes ("Kenya", "Velmont"): where a nationality
    adjective is read first (see ``country_of_demonym``)."""
    return frozenset(m.group(0) for m in re.finditer(r"(?<![\w-])[A-Z][a-z]{3,}(?![\w-])", text))


def national_offices(refs: list[PersonRef], countries: Iterable[str]) -> list[PersonRef]:
    """``refs`` with a nationality adjective read as an organisation ("Kenyan President
    Jo Ray": President at "Kenyan") made the country it names: a head of state or
    government holds office in a country, never at a company the adjective begins."""
    out: list[PersonRef] = []
    for ref in refs:
        # ("Ostrian Foreign Minister Jo Ray": read as the "Government of Ostrian".)
        org = (ref.organization or "").removeprefix("Government of ")
        country = country_of_demonym(org, countries) if org else None
        if country and org != ref.organization:
            country = f"Government of {country}"
        out.append(PersonRef(ref.name, ref.title, country) if country else ref)
    return out


# "Minister for Ports, Rail and Trade Jane Doe said": a portfolio of several
# capitalised words, then the name, with no comma between them.
_PORTFOLIO_THEN_NAME = re.compile(
    r"\b(?P<title>(?:Minister|Secretary|Commissioner|Treasurer|Spokesperson|Chair)\s+"
    r"(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:(?:,\s*|\s+and\s+|\s+)[A-Z][\w'’-]*)*?)\s+"
    r"(?P<name>[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+)(?=\s+[a-z]|\s*[,.]|$)"
)


def portfolio_speakers(refs: list[PersonRef], sentence: str) -> list[PersonRef]:
    """``refs`` with a name that swallowed the end of a portfolio ("Trade Jane Doe" in
    "Minister for Ports, Rail and Trade Jane Doe said") cut back to the
    person's given and family name, the portfolio whole as the title. (Which words are
    the name is read from the end: a person is named by two capitalised words.)"""
    # ("Minister of Ports and Trade, Jane Doe and ...": a comma before the name sets it
    # off; only a list of areas, "A, B and C", holds a comma inside the portfolio.)
    found = {
        m.group("name"): m.group("title")
        for m in _PORTFOLIO_THEN_NAME.finditer(sentence)
        if ("," not in m.group("title") or " and " in m.group("title").rsplit(",", 1)[1])
        # ("Minister of the Velmarian Government’s Ministry of X": an owner and its
        # ministry, no name.)
        and not re.search(r"['’]s\s", m.group("name"))
        # ("Chair of the Velmont Harbour Board": the portfolio's own organisation, whose
        # last two words are no person's name.)
        and not any(w.lower() in ALL_HEADS for w in m.group("name").split())
    }
    if not found:
        return refs
    out: list[PersonRef] = []
    for ref in refs:
        name = next((n for n in found if ref.name != n and ref.name.endswith(" " + n)), None)
        if name is None and ref.name in found and not ref.title:
            name = ref.name
        out.append(PersonRef(name, found[name], None) if name else ref)
    for name, title in found.items():
        if not any(r.name == name for r in out):
            out.append(PersonRef(name, title, None))
    return out
