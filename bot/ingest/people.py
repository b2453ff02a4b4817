"""People introduced with a title, and their titles and organisations.

"Acme CEO Jane Doe", "UNIDO Director General LI Yong", "Jack MA, Founder and Executive
Chairman of the Alibaba Group", "TSU's Provost X", "X, Fenwold President Europe",
"Founder of A and a B" (two roles), "former A and now B".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from bot import vocab
from bot.ingest.words import (
    ALL_HEADS,
    HONORIFICS,
    KIND_HEADS,
    NAME_PARTICLES,
    NAME_TOKEN_RE,
    ROMANCE_HEADS,
    STOPWORDS,
    TITLE_WORDS,
    Token,
    honorific_pattern,
    is_country,
    is_demonym,
    is_place,
    is_title_phrase,
    is_title_word,
    looks_like_acronym,
    strip_possessive,
    tokens,
)
from bot.kb.models import EntityKind

# --- people --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonRef:
    name: str
    title: str | None = None
    # The organisation as the release writes it ("the Alibaba Group", "UNIDO").
    organization: str | None = None
    # Named by one word that only points to someone the release already named ("Doe is
    # the minister responsible for X"): never a new person.
    known_only: bool = False
    # A title no longer held ("former Director General", "who retired as CEO of X in
    # March 2025"): ``current`` False, and ``ended`` its end ("2025-03") when stated.
    current: bool = True
    ended: str | None = None
    # The release leaves the organisation open on purpose (listed with a side named as
    # a country that has no one organisation here): no fallback guesses the issuer.
    open_organisation: bool = False


def _name_like(tok: Token, known_acronyms: set[str]) -> bool:
    text = strip_possessive(tok.text).rstrip(",")
    if len(text) > 2 and text.endswith("."):
        text = text[:-1]  # "Brenner." ends the sentence; "J." is an initial
    if re.fullmatch(r"[A-Z]\.|[B-HJ-Z]", text):
        return True  # an initial, with or without its full stop ("Lindsay A. Rosenwald")
    low = text.lower().rstrip(".")
    if low in STOPWORDS or is_title_word(low) or low in ALL_HEADS or low in HONORIFICS:
        return False
    if low in _UNIT_LOWER or low in _NEVER_A_NAME:
        # "Regional Liaison Sector", "for Regional Trade Affairs": a
        # unit's or a portfolio's words, never a person's.
        return False
    if text in known_acronyms or not text[:1].isupper() or not NAME_TOKEN_RE.fullmatch(text):
        return False
    if _HEADLINE_VERB.fullmatch(text):
        return False  # "Statement by X Jane Doe Announcing Funding": a headline's verb
    # Long all-capital words are acronyms ("NASA"), except a capitalised family name
    # next to a given name, which is checked by the caller.
    return not (text.isupper() and len(text) > 5)


# Words of portfolios and units that no person is named by.
_NEVER_A_NAME = frozenset(
    {
        "affairs",
        "assistance",
        "cooperation",
        "development",
        "government",
        "hub",
        "partnerships",
        "relations",
    }
)


# Verbs a title-case headline writes after a name ("Jane Doe Announcing Funding"):
# never part of the name.
_HEADLINE_VERB = re.compile(
    r"(?:Announc|Launch|Sign|Welcom|Join|Mark|Celebrat|Highlight|Unveil|Expand|Support|"
    r"Open|Creat|Bring|Help|Deliver|Provid|Introduc|Address|Discuss|Strengthen|Award|"
    r"Promot|Advanc|Improv|Accelerat|Enabl|Offer|Renew|Seek|Urg|Call|Reaffirm|Commend)ing"
    # ("Chief Minister Leads Delegation To X": the present tense a headline writes.)
    r"|(?:Lead|Sign|Launche|Welcome|Join|Unveil|Announce|Visit|Meet|Host|Hail|Urge)s"
)


# The honorifics of bot/vocab/honorifics.txt as a pattern, capitalised ("Dr", "H.E"),
# longest first so "Prof" does not stop "Professor" short.
_HONORIFIC = "|".join(
    re.escape(h.upper()).replace(r"\.", r"\.?") if "." in h else honorific_pattern(h)
    for h in sorted({h.rstrip(".") for h in HONORIFICS}, key=len, reverse=True)
)


_PARTICLE = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))


# Letters a member of a parliament or a senior lawyer writes after the name ("Jane Doe
# MP"): part of how the name is written, never of the name.
_POSTNOMINAL = re.compile(
    rf"\s+(?:{'|'.join(sorted(w.upper() for w in vocab.word_list('postnominals')))})$"
)


def clean_name(name: str) -> str:
    name = re.sub(rf"^(?:(?:{_HONORIFIC})\.?\s+)+", "", name.strip())
    # "(Datuk) Seri Jane Doe": the second word of a Malaysian style, before two names.
    name = re.sub(r"^Seri\s+(?=\S+\s+\S)", "", name)
    name = _POSTNOMINAL.sub("", name.strip(" ,."))
    return (
        strip_possessive(name.strip(" ,."))
        if not re.search(r"\b[A-Z]\.$", name)
        else name.strip(" ,")
    )


# "of (the)" in Spanish, French, Italian and Portuguese titles: "Rector de la UVE",
# "directeur général du Centre X", "Presidente della Fondazione Y".
_ROMANCE_OF = re.compile(
    r"\s+(?:de\s+la|de\s+las|de\s+los|del|de\s+l['’]|du|des|della|dello|degli|delle|di|de|da|do|dos|das)\s+"
    # ("directrice générale d'Orrin Labs": "de" elided before a vowel.)
    r"|\s+d['’](?=[A-Z])"
)


def _romance_split(text: str) -> tuple[str, str] | None:
    """(title, organisation) of a title written with a Romance "of" and no English one:
    at the last "de" before an acronym ("director de la Cátedra X de la UVE" is
    "director de la Cátedra X" at UVE), else at the first ("Rector de la Universidad de
    Velmont" is Rector at the Universidad de Velmont). None when it is not such a title."""
    if re.search(r"\s(?:of|at|for)\s", text):
        return None
    cuts = list(_ROMANCE_OF.finditer(text))
    if not cuts:
        return None
    acronym = [c for c in cuts if re.fullmatch(r"[A-Z][A-Z0-9&.-]{1,9}", text[c.end() :])]
    cut = acronym[-1] if acronym else cuts[0]
    title, org = text[: cut.start()].strip(), text[cut.end() :].strip(" ,.")
    if not org[:1].isupper() or not is_title_word(title.split()[0]):
        return None
    # Only an organisation, never a portfolio ("Director de Comunicación"): an acronym or
    # a name with an organisation's head word.
    # (Capitalised head words only: "Poste et des technologies de X" is a portfolio.)
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", org) if w[:1].isupper()}
    if not acronym and not (words & (ALL_HEADS | ROMANCE_HEADS)):
        return None
    return title, org


def split_title_org(text: str) -> tuple[str | None, str | None]:
    """ "Founder and Executive Chairman of the Alibaba Group" -> (title, organisation)."""
    # (Spanish, French and Italian articles too: "El Rector de la UVE".)
    text = re.sub(
        r"^(?:the|a|an|its|our|el|la|le|il|los|las|les|l['’])\s*(?<=\s|['’])",
        "",
        text.strip(" ,."),
        flags=re.IGNORECASE,
    )
    # "Velmar Health Organization (VHO) Regional Director": the organisation's acronym
    # between its name and the title (the acronym is its alias).
    text = re.sub(r"(?<=[A-Za-z])\s*\([A-Z][A-Za-z&]{1,9}\)(?=\s+[A-Z])", "", text)
    romance = _romance_split(text)
    if romance is not None:
        return romance
    # "head of Acme Corp.'s global division": the owner of the unit is the organisation,
    # the unit, in the release's words, the title's.
    owned = re.fullmatch(
        r"(?P<title>[\w-]+(?:\s+[\w-]+){0,3}?)\s+of\s+(?:the\s+)?"
        r"(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,5}?)(?:'s|’s|'|’)\s+"
        r"(?P<unit>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})",
        text,
    )
    if owned and all(is_title_word(w) for w in owned.group("title").split()):
        return f"{owned.group('title')} of {owned.group('unit')}", owned.group("org")
    unit = _title_unit(text)
    if unit is not None:
        return unit
    # "performing the non-exclusive duties of the Under Secretary of X": an acting
    # holder; the title is the office.
    text = _ACTING.sub("", text)
    if not is_title_phrase(text):
        return None, None
    title, org = _split_title_org(text)
    envoy = (
        re.fullmatch(r"(?P<org>.+?)\s+to\s+(?P<to>(?:the\s+)?[A-Z].*)", org)
        if title is not None and org is not None and _ENVOY.search(title)
        else None
    )
    if title is not None and envoy is not None:
        # "Ambassador of Aldoria to Ostria": the country sends; the post is "to Ostria".
        return f"{title} to {envoy.group('to')}", envoy.group("org")
    if title is not None and org is not None:
        return _unit_of(title, org)
    return title, org


_ENVOY = re.compile(
    r"\b(?:Ambassador|Representative|Envoy|Delegate|Consul|High Commissioner|Observer)\b",
    re.IGNORECASE,
)


# "Dean-School of Chemistry", "Director / Institute of Rivers", "Head – Department of
# X": a title, a dash or a slash, then the unit or organisation it is held in.
_TITLE_UNIT = re.compile(
    r"(?P<title>[A-Z][\w]*(?:\s+[A-Z][\w]*){0,2})\s*(?:[-\u2013\u2014/]|\s[-\u2013\u2014/]\s)\s*"
    r"(?P<rest>(?P<head>[A-Z][\w]*)(?:\s+.+)?)"
)


def _title_unit(text: str) -> tuple[str, str | None] | None:
    """(title, organisation) of a title written before its unit with a dash or a slash:
    a unit ("Dean-School of Chemistry") stays in the title as written, the organisation
    unnamed; an organisation ("Director / Institute of Rivers") is the organisation.
    None when ``text`` is not written so."""
    match = _TITLE_UNIT.fullmatch(text)
    if match is None or not all(is_title_word(w) for w in match.group("title").split()):
        return None
    head = match.group("head").lower()
    last = match.group("title").split()[-1]
    for mark in "-/":
        glued = f"{last}{mark}{match.group('head')}"
        if glued in text and all(p in TITLE_WORDS for p in glued.lower().split(mark)):
            return None  # "Director-General of X", "President/CEO of X": one title word
    unit_of = re.fullmatch(r"\S+(?:\s+(?:of|for)\s+.+)?", match.group("rest"))
    if head in _UNIT_LOWER and unit_of:
        return text, None
    if head in ALL_HEADS and unit_of:
        return match.group("title"), match.group("rest")
    # "Executive Director – Acme Fund", "Chair / Orrin Trust": an organisation's name.
    rest = match.group("rest")
    words = rest.split()
    if (
        len(words) <= 8
        and all(w[:1].isupper() or w in {"of", "for", "and", "the", "&"} for w in words)
        and words[-1].lower().strip(".,") in ALL_HEADS
    ):
        return match.group("title"), rest
    return None


# "performing the (non-exclusive) duties of the", "exercising the functions of": an
# acting holder of the office named after it.
_ACTING = re.compile(
    r"^(?:performing|exercising|discharging|carrying\s+out)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:duties|functions|responsibilities|role)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
# The part of an organisation a title is held in: a board, a faculty, a department.
_STANDALONE_UNITS, _PARENT_UNITS = vocab.units()
_UNIT_WORDS = "|".join(sorted(_STANDALONE_UNITS | _PARENT_UNITS))
_STANDALONE = "|".join(sorted(_STANDALONE_UNITS))
# "LHF National Board", "Acme Foundation Advisory Board", "LHF – Velmont Metro Board":
# the parent organisation, then a unit of it.
# "Faculty of Engineering and Applied Science": a unit named on its own.
# (Not a department or an office: "Department of Health" is an organisation.)
_UNIT_ONLY = re.compile(rf"(?:{_STANDALONE})\b(?:\s+(?:of|for)\s+.+)?")
_UNIT_END = re.compile(rf"(?:{_UNIT_WORDS})")
_UNIT_LOWER = {u.lower() for u in (*_STANDALONE_UNITS, *_PARENT_UNITS)}


def _unit_of(title: str, org: str) -> tuple[str, str | None]:
    """A title held in a unit is a title at the unit's parent: ("Chairman", "LHF
    National Board") -> ("Chairman of the LHF National Board", "LHF"), also "LHF –
    New York Metro Board" and "Acme Foundation Advisory Board". A unit whose parent the
    phrase does not name stays in the title ("dean of the Faculty of X"). The parent is
    an acronym or a name ending in an organisation word ("Velmont Advisory Board" may be
    the organisation itself)."""
    if _UNIT_ONLY.fullmatch(org):
        return f"{title} of the {org}", None
    posted = re.fullmatch(r"(?P<unit>.+?)\s+in\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)", org)
    if posted and _UNIT_END.fullmatch(posted.group("unit").split()[-1]):
        # "Head of the ODP Office in Velmont": the unit's place stays in the title.
        unit_title, parent = _unit_of(title, posted.group("unit"))
        if parent is not None:
            return f"{unit_title} in {posted.group('place')}", parent
    words = org.split()
    if len(words) < 2 or not _UNIT_END.fullmatch(words[-1]):
        return title, org
    dash = re.match(r"(?P<parent>.+?)\s*(?:--+|[-\u2013\u2014])\s*\S", org)
    candidates = [dash.group("parent")] if dash else []
    candidates += [" ".join(words[:k]) for k in range(len(words) - 1, 0, -1)]
    for parent in candidates:
        last = parent.split()[-1]
        if (len(parent.split()) == 1 and looks_like_acronym(parent) and parent.isupper()) or (
            last.lower() in ALL_HEADS and not _UNIT_END.fullmatch(last)
        ):
            return f"{title} of the {org}", parent
    return title, org


def _name_goes_on(owner: str, after: str) -> bool:
    """Whether the possessive "``owner``'s ``after``" is inside a name ("Velmar
    Children's Fund Representative"): the word after it is a capitalised organisation
    head word (not a unit: "Acme's Board Chair" is the board of Acme), after an owner that
    is no head word itself ("the Foundation's Board Chair")."""
    first = after.split()[0]
    return (
        first[:1].isupper()
        and first.lower() in ALL_HEADS
        and first.lower() not in _UNIT_LOWER
        and owner.split()[-1].lower() not in ALL_HEADS
    )


def _split_title_org(text: str) -> tuple[str | None, str | None]:
    poss = re.match(
        r"^(?P<org>\w[\w.&-]*(?:\s+\w[\w.&-]*)*?)(?:'s|’s|(?<=s)'|(?<=s)’)\s+(?P<title>.+)$", text
    )
    if (
        poss
        # ("Velmar Children's Fund Representative": a possessive inside a name, before its
        # head word, owns nothing.)
        and not _name_goes_on(poss.group("org"), poss.group("title"))
        and poss.group("org")[:1].isupper()
        and is_title_phrase(poss.group("title"))
    ):
        # "Ostria's deputy minister for ports at the transport ministry": the
        # organisation the title is held at, not the country before it.
        held_at = _split_at(poss.group("title"), r"at|with")
        if held_at:
            return held_at
        if poss.group("org").lower() in ALL_HEADS:
            # "the Foundation's board chair": the draft finds which foundation.
            return poss.group("title"), None
        return poss.group("title"), poss.group("org")
    generic = re.match(r"^([a-z]+)(?:'s|’s)\s+", text)
    if re.match(r"^(?:company|firm|group|organi[sz]ation)(?:'s|’s)\s+", text, re.IGNORECASE) or (
        generic and generic.group(1) in ALL_HEADS
    ):
        # "the company's CEO", "the fund's chair": the draft finds which organisation.
        return re.sub(r"^\S+\s+", "", text), None
    # "Head of Research at Acme": "at" always introduces the organisation. With "of",
    # try the rightmost split whose title does not end in an organisation word, so
    # "Minister of Foreign Affairs of Japan" and "Director of the Bank of England" both
    # come apart in the right place. Glued forms ("Trade Council Secretary-General",
    # "Founder Harbour Lights Kitchen") come apart at the title words.
    at_split = _split_at(text, r"at|with")
    if at_split:
        return at_split
    # "Additional Secretary in the Ministry of X": "in" an organisation, never a place
    # ("Head of Communications in Europe").
    in_split = _split_at(text, r"in")
    if in_split and set(in_split[1].lower().split()) & dict(KIND_HEADS)[EntityKind.ORGANIZATION]:
        return in_split
    glued = _split_glued(text)
    if glued:
        return glued
    of_split = _split_at(text, r"of|for")
    if of_split:
        return of_split
    return text, None


# Words of a government portfolio ("Foreign Affairs", "Labour and Social Security").
_PORTFOLIO = {
    "affairs", "labor", "labour", "finance", "health", "education", "defence", "defense",
    "trade", "industry", "agriculture", "justice", "interior", "energy", "environment",
    "transport", "transportation", "culture", "tourism", "planning", "works", "welfare",
    "security", "housing", "employment", "fisheries", "forestry", "mines", "mining",
    "communications", "telecommunications", "economy", "commerce", "investment", "youth",
    "sports", "women", "family", "development", "infrastructure", "innovation", "science",
    "relations", "ports", "shipping", "waterways", "aviation", "railways", "roads", "water",
    "power", "petroleum", "textiles", "steel", "coal", "information", "broadcasting",
    "state",  # "Secretary of State", "Minister of State"
}  # fmt: skip


# Heads an organisation is named after with "of" ("the Faculty of Law", "the Town of
# Velmont Cove", "the City of Orrin"): a title never ends on one.
_NAMED_WITH_OF = {
    "faculty", "school", "town", "city", "village", "municipality", "county", "borough",
    "township",
}  # fmt: skip


def _split_at(text: str, connector: str) -> tuple[str, str] | None:
    splits = list(re.finditer(rf"\s+(?:{connector})\s+(?:the\s+)?(?=\w)", text))
    for match in reversed(splits):
        title = text[: match.start()].strip()
        org = text[match.end() :].strip()
        last = title.split()[-1].lower() if title.split() else ""
        # "Head of Sustainable Finance" is a whole title: a head is always "of" something;
        # "head of the Philippine News Agency" is a title at an organisation.
        org_words = {w.lower().strip(".,") for w in org.split()}
        if last in _NAMED_WITH_OF:
            # "dean of the Faculty of Engineering", "Mayor of the Town of Velmont Cove":
            # the faculty, the town, is named by "of"
            continue
        if (
            title.lower() == "head"
            and connector == r"of|for"
            and not org_words & dict(KIND_HEADS)[EntityKind.ORGANIZATION]
        ):
            continue
        # "Vice President for Academic Affairs and Provost" is one title: after "for",
        # only a name with an organisation word is an organisation ("for the Bank of X").
        if match.group(0).strip().startswith("for") and not org_words & ALL_HEADS:
            continue
        # "Minister of Labor and Social Affairs" is one title: a portfolio, not an
        # organisation ("Minister of Rural Affairs of Eastmarch" splits at Eastmarch).
        if (
            re.search(r"(?:minister|secretary|commissioner|ministry)$", last)
            and org_words & _PORTFOLIO
            and not org_words & ALL_HEADS
        ):
            continue
        if is_area(org):
            continue  # "Senior Director of Clinical Procurement": one title
        # "Deputy Director of the Department of Planning of Velmont City": the title
        # would hold an organisation named with "of"; the organisation starts there.
        named_inside = re.search(r"\s(?:of|at)\s+(?:the\s+)?([A-Z][\w-]*)\s+(?:of|for)\s", title)
        if named_inside and named_inside.group(1).lower() in ALL_HEADS and connector == r"of|for":
            continue
        brand = re.match(r"[A-Z]|[a-z]{1,3}[A-Z]", org) is not None  # "myLEADERBOARD", "eBay"
        if (brand or _lower_case_org(text[match.start() :])) and (
            is_title_phrase(title) and last not in ALL_HEADS
        ):
            return title, org
    return None


_ORGANISATION_HEADS = dict(KIND_HEADS)[EntityKind.ORGANIZATION] - {
    u.lower() for u in (*_STANDALONE_UNITS, *_PARENT_UNITS)
}


def _lower_case_org(rest: str) -> bool:
    """Whether ``rest`` (" at the science and ICT ministry") names an organisation in
    lower case, as news prose writes a ministry or an agency: "at"/"of" and "the", then
    words that end in an organisation's head word (never a unit: "of the department")
    with another word before it (a head word alone, "at the university", refers back)."""
    match = re.fullmatch(r"\s*(?:at|of|with)\s+the\s+(?P<org>[\w&'’ -]+?)\s*", rest)
    if match is None:
        return False
    words = match.group("org").split()
    return len(words) >= 2 and words[-1].lower() in _ORGANISATION_HEADS


# What a department does, written before a title word ("Marketing Director").
_FUNCTIONS = {
    "marketing", "sales", "operations", "programme", "program", "project", "research",
    "policy", "media", "press", "procurement", "purchasing", "accounts", "admissions",
    # ("Team Lead", "Group CEO", "Country Manager": the part of the organisation a
    # title covers, never an organisation of one word.)
    "team", "group", "country", "site", "branch", "account", "brand", "product", "category",
}  # fmt: skip
# Words of the area a title covers inside its organisation ("Clinical Procurement",
# "Preclinical Development", "Fisheries, Food and Rural Development"). A phrase of
# these words only (no organisation word) is part of the title, never an organisation.
_AREA_WORDS = (
    _PORTFOLIO
    | _FUNCTIONS
    | {
        "procurement", "engineering", "manufacturing", "quality", "regulatory", "technology",
        "science", "discovery", "resources", "partnerships", "alliances", "supply", "chain",
        "sourcing", "pharmacy", "food", "rural", "urban", "digital", "clinical",
        "non-clinical", "preclinical", "medical", "global", "international", "regional",
        "public", "corporate", "business", "product", "customer", "human", "sustainability",
        "safety", "compliance", "legal", "risk", "audit", "treasury", "investor", "data",
        "analytics", "access", "care", "nursing", "technical", "strategic", "academic",
        "initiatives", "students", "athletics", "outreach", "community", "communication",
        "alumni", "advancement", "philanthropy", "engagement", "events", "facilities",
        "grants", "impact", "learning", "membership", "projects", "talent", "training",
        "transformation", "wellness", "enrollment", "external", "internal", "student",
        # ("Strategies" only in the plural: "strategy" heads an initiative's name.)
        "r&d", "cooperation", "co-operation", "strategies", "governance",
        "advocacy", "integration", "protocol", "planning", "evaluation",
        "people", "culture", "diversity", "inclusion", "equity", "library", "government",
    }
) - (ALL_HEADS - {"government", "library"})  # fmt: skip
# ("Government Relations", "Library Communication": head words of names elsewhere, a
# title's area when every word is an area word.)


def _inflections(word: str) -> set[str]:
    """``word`` with its plural ending added or taken off ("strategies" -> "strategy")."""
    forms = {word, word + "s", word.removesuffix("s")}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    elif word.endswith("y"):
        forms.add(word[:-1] + "ies")
    return forms


def is_area(phrase: str) -> bool:
    """Whether ``phrase`` names the area a title covers ("Clinical Procurement"), not an
    organisation: capitalised area words and connectors only."""
    words = [w for w in re.split(r"[\s,]+", phrase.strip(" ,.")) if w]
    content = [w for w in words if w.lower() not in {"and", "&", "of", "for", "the"}]
    # (A singular or plural of an area word too: "Communication", "Partnership",
    # "Technologies".)
    return (
        bool(content)
        # ("State Library" ends with an organisation's head word: a name.)
        and content[-1].lower() not in ALL_HEADS
        and all(w[:1].isupper() and bool(_inflections(w.lower()) & _AREA_WORDS) for w in content)
    )


# A capitalised adjective ("Administrative", "Technical", "Regional"): before a title
# word it is part of the title, never an organisation.
_ADJECTIVE = re.compile(r"[A-Z][a-z]{3,}(?:ive|ical|ial|nal|ary|ory)")


def _split_glued(text: str) -> tuple[str, str] | None:
    """ "Fenwold President Europe" -> (President Europe, Fenwold); "Founder Harbour
    Lights Kitchen" -> (Founder, Harbour Lights Kitchen). Capitalised words only."""
    words = text.split()
    if len(words) > 2 and re.fullmatch(r"(?:19|20)\d\d", words[0]):
        words = words[1:]  # "2016 Acme National Chair": the year of office
    capital = all(w[:1].isupper() or w.lower() in {"of", "for", "&"} for w in words)
    if len(words) < 2:
        return None
    titles = [is_title_word(w) for w in words]
    if not titles[0]:
        # Organisation first: every word up to the first title word.
        first = titles.index(True) if True in titles else len(words)
        if first == len(words):
            return None
        acronym = words[0].isupper() and looks_like_acronym(words[0])
        if (
            first == 1
            and not acronym
            and (_ADJECTIVE.fullmatch(words[0]) or words[0].lower() in _PORTFOLIO | _FUNCTIONS)
        ):
            return None  # "Administrative Officer", "Finance Officer": one title
        if (
            first == 2
            and acronym
            and re.fullmatch(r"[A-Z][a-z]{2,}(?:al|ive|ary|ory)", words[1])
            and words[1].lower() not in ALL_HEADS
        ):
            # "OPA Central Director": an adjective between an acronym and the title
            # word dresses the title, never the organisation ("OPA Central").
            return " ".join(words[1:]), words[0]
        if (
            any(w.lower().strip(",") in STOPWORDS for w in words[:first])
            or any(w.endswith(",") for w in words[:first])
            or any(w[:1].islower() for w in words[1:first])  # "ORG ad interim Representative"
        ):
            # "ORDA Research, Outreach and Capacity Division Manager": only
            # an acronym can open such a title; the rest is the title.
            if not acronym:
                return None
            return " ".join(words[1:]), words[0]
        if not all(w[:1].isupper() for w in words[:first]):
            return None
        # With lower-case words after the title word ("ORG Representative to the Northern
        # Area", "Fenwold Clinic cardiologist"), only a clear organisation opens it: an
        # acronym or a name with an organisation word.
        strong = acronym or any(w.lower() in ALL_HEADS for w in words[:first])
        if not (capital or strong):
            return None
        return " ".join(words[first:]), " ".join(words[:first])
    # Title first, then an organisation with no "of": "Founder Harbour Lights Kitchen".
    end = 1
    while end < len(words) and titles[end]:
        end += 1
    rest = words[end:]
    # "General Manager ACME North and West Africa": an acronym opens the organisation, and the
    # region after it may join two names with "and".
    acronym_led = (
        len(rest) >= 2
        and rest[0].isupper()
        and looks_like_acronym(rest[0])
        and all(w[:1].isupper() or w.lower() in {"and", "&"} for w in rest)
        and rest[-1].lower() not in {"and", "&"}
    )
    if not (capital or acronym_led):
        return None
    if (
        len(rest) >= 2
        and not any(w.lower() in {"of", "for"} for w in rest)
        and not any(is_title_word(w) for w in rest)  # "Chief Diagnostics Officer" is one title
    ):
        return " ".join(words[:end]), " ".join(rest)
    return None


def is_person_name(text: str, known_acronyms: set[str]) -> bool:
    """Whether ``text`` is only a person's name, of two to four words ("Jane Doe", "Dr.
    Jane M. Doe"), as a contact block prints it on a line of its own."""
    return len(clean_name(text).split()) >= 2 and _all_name_like(text, known_acronyms)


def _all_name_like(text: str, known_acronyms: set[str]) -> bool:
    toks = [t for t in tokens(text) if t.low.rstrip(".") not in HONORIFICS]
    return 1 <= len(toks) <= 4 and all(
        _name_like(t, known_acronyms) or t.low in NAME_PARTICLES for t in toks
    )


_DEGREE = re.compile(
    r"(?:Ph\.?\s?D|M\.?D|MBA|M\.?Sc|B\.?Sc|Jr|Sr|II|III|IV|Esq|CPA|CFA|FRS|OBE|CBE|MBE|KBE|DBE|PE)\.?",
    re.IGNORECASE,
)


# One to six capitalised words ("Acme Corp", "Clinical Development"): a comma part that
# names an organisation or a title's area. Each word after the first follows whitespace:
# "(?:[A-Z]…*\s*){1,6}" split a long capitalised run ("AAAA…!") in exponentially many
# ways before failing, so one release line could stall ingest for minutes.
_COMPANY_WORDS = re.compile(r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5}\s*")


# A word written as a possessive ("Acme's", "Velmont’s", "Reyes'").
_OWNER_WORD = re.compile(r"(?:['’]s|(?<=s)['’])$")


def parse_person_phrase(phrase: str, known_acronyms: set[str]) -> PersonRef | None:
    """Who is speaking: "Jane Doe, CEO of Acme", "Acme CEO Jane Doe", "LI Yong"."""
    phrase = _unglue_titles(phrase.strip(" ,.;:"))
    # "the company's chief scientist, Jane Doe": the company behind the release (the
    # caller knows which).
    company = re.match(r"^(?:the\s+)?(?:company|firm)(?:'s|’s)\s+", phrase)
    if company:
        ref = parse_person_phrase(phrase[company.end() :], known_acronyms)
        if ref is not None and ref.title is not None and ref.organization is None:
            return PersonRef(ref.name, ref.title, "the company")
        return ref
    # "Prof. Jane Doe (Vice Chancellor, Acme University)": the title in brackets.
    bracket = re.fullmatch(r"(?P<name>[^()]+?)\s*\((?P<title>[^()]{3,160})\)", phrase)
    if bracket and is_title_phrase(bracket.group("title")):
        phrase = f"{bracket.group('name')}, {bracket.group('title')}"
    # "Jane Doe of the Kestrel Seas Partnership": a person and where they come from, no title.
    of_org = re.fullmatch(
        r"(?P<name>[^,]{3,60}?)\s+(?:of|from)\s+(?:the\s+)?(?P<org>[A-Z][^,]{1,100})", phrase
    )
    # ("Governor Maris Talbot of Eastmarch": a title before the name, the place after.)
    of_words = of_org.group("name").split() if of_org else []
    k = 0
    while k < len(of_words) and (
        is_title_word(of_words[k]) or of_words[k].lower().rstrip(".") in HONORIFICS
    ):
        k += 1
    of_name = " ".join(of_words[k:])
    # ("said President Lind of Aldoria": after a title, the family name alone is the
    # person the release introduced in full; the caller resolves it.)
    if (
        of_org
        and (len(of_words) - k >= 2 or (k > 0 and len(of_words) - k == 1))
        and _all_name_like(of_name, known_acronyms)
        and not is_title_phrase(of_name)
    ):
        of_title = " ".join(w for w in of_words[:k] if is_title_word(w)) or None
        return PersonRef(
            name=clean_name(of_name),
            title=of_title,
            organization=of_org.group("org").strip(" .") if of_title else None,
        )
    # "Harbour Executive Director Jane Doe from the Expo": an organisation's word and a title
    # before the name (read as a premodifier is), then where the person spoke from.
    last_title = max((j for j, w in enumerate(of_words) if is_title_word(w)), default=-1)
    named = " ".join(of_words[last_title + 1 :])
    if (
        of_org
        and k == 0
        and last_title > 0
        and len(of_words) - last_title - 1 >= 2
        and _all_name_like(named, known_acronyms)
        and not is_title_phrase(named)
    ):
        pre_title, pre_org = _premodifier(" ".join(of_words[: last_title + 1]) + " ")
        if pre_title is not None:
            return PersonRef(name=clean_name(named), title=pre_title, organization=pre_org)
    # "Jane Doe Director of Acme": the title right after the name, without a comma.
    words = phrase.split(",")[0].split()
    for k in range(2, min(len(words), 6)):
        rest = " ".join(words[k:])
        if (
            is_title_word(words[k])
            and re.search(r"\s(?:of|at)\s+(?:the\s+)?[A-Z]", rest)
            and _all_name_like(" ".join(words[:k]), known_acronyms)
            and is_title_phrase(rest)
        ):
            glued_title, glued_org = split_title_org(rest)
            if glued_title and glued_org:
                return PersonRef(
                    name=clean_name(" ".join(words[:k])), title=glued_title, organization=glued_org
                )
            break
    head, _, tail = phrase.partition(",")
    # "Fabrikam's Managing Director for the UK, Tom Gallagher": title first, then the name.
    second = tail.split(",")[0].strip()
    if (
        is_title_phrase(head)
        and second
        and _all_name_like(second, known_acronyms)
        and not _DEGREE.fullmatch(second)  # "X President Jane Doe, Jr."
    ):
        lead_title, lead_org = split_title_org(head)
        return PersonRef(name=clean_name(second), title=lead_title, organization=lead_org)
    toks = tokens(head)
    if not toks:
        return None
    # The name is the run of name-like words at the end of the head.
    k = len(toks)
    while k > 0 and (
        _name_like(toks[k - 1], known_acronyms)
        or (toks[k - 1].low in NAME_PARTICLES and k < len(toks) and k > 1)
        or toks[k - 1].low.rstrip(".") in HONORIFICS
    ):
        k -= 1
    name_toks = toks[k:]
    while name_toks and name_toks[0].low.rstrip(".") in HONORIFICS:
        name_toks = name_toks[1:]
    if len(name_toks) >= 4 and name_toks[0].text == "H" and name_toks[1].text in ("E", "E."):
        name_toks = name_toks[2:]  # "H E Jane Doe": His or Her Excellency
    # "Acme's Doe said", "Velmont's Jane Doe": the possessive names whose person it is
    # (an organisation, a country), never a word of the person's name.
    owner = max((j for j, t in enumerate(name_toks[:-1]) if _OWNER_WORD.search(t.text)), default=-1)
    if owner >= 0:
        name_toks = name_toks[owner + 1 :]
        k = len(toks) - len(name_toks)
    # "... Country Director in Velmont Jane Doe": after "in"/"at"/"from", the first
    # capitalised word is the place, and the name starts after it.
    if len(name_toks) >= 3 and k > 0 and toks[k - 1].low in {"in", "at", "from"}:
        k += 1
        name_toks = name_toks[1:]
    elif name_toks and _after_portfolio(toks, len(toks) - len(name_toks), len(toks) - 1):
        # "Director of Trade and Commodities Jane Doe said": the portfolio ran into the
        # name, as find_people reads it.
        k = len(toks) - 2
        name_toks = name_toks[-2:]
    if not name_toks or _core_count(name_toks) > (6 if _has_particle(name_toks) else 5):
        return None
    name = clean_name(head[name_toks[0].start : name_toks[-1].end])
    pre = head[: toks[k].start].strip() if k < len(toks) else head
    title: str | None = None
    org: str | None = None
    if pre:
        title, org = _premodifier(pre)
        if title is None and re.search(r"\s(?:in|at|for)\s+[A-Z][\w'’-]*$", pre):
            # "ORFA Representative and Country Director in Velmont Jane Doe"
            phrase_before = _title_tail(pre)
            if phrase_before and is_title_phrase(phrase_before):
                title, org = split_title_org(phrase_before)
    parts = [p.strip() for p in tail.split(",") if p.strip()]
    # Degrees and suffixes come before the title: "Jane Doe, Ph.D., Director of ...".
    while parts and _DEGREE.fullmatch(parts[0]):
        parts = parts[1:]
    if parts:
        # "Jane Doe, head of X and formerly a senior Y official", "…, dean at X and board
        # member": the first title; the others are read from the sentence by
        # ``appositive_roles``, never run into the first one's organisation.
        parts[0] = _split_two_titles(parts[0])[0]
    if parts and title is None:
        # "Jane Doe, Founder, Chairman and CEO of Acme": one title at Acme.
        listed, used = _title_list(parts[0], parts[1:])
        if used:
            parts = [listed, *parts[used + 1 :]]
        tail_title, tail_org = split_title_org(parts[0])
        if tail_title:
            title, org = tail_title, tail_org or org
            # "Fortress' Chairman, President and Chief Executive Officer": one title in
            # several comma parts.
            while (
                len(parts) > 1
                and is_title_phrase(parts[1])
                and split_title_org(parts[1])[1] is None
            ):
                title = f"{title}, {parts[1]}"
                parts = parts[1:]
            # "Jane Doe, Vice President, Global Partnerships at Acme": the title's area,
            # then its organisation after "at".
            area_at = (
                re.fullmatch(r"(?P<area>.+?)\s+at\s+(?:the\s+)?(?P<org>[A-Z].*)", parts[1])
                if org is None and len(parts) > 1
                else None
            )
            if area_at and is_area(area_at.group("area")):
                title, org = f"{title}, {area_at.group('area')}", area_at.group("org").rstrip(" .")
            # "Jane Doe, CEO, Acme Corp": the organisation is the next comma part.
            if org is None and len(parts) > 1 and _COMPANY_WORDS.fullmatch(parts[1]):
                org = parts[1]
                # "Jane Doe, senior vice president, Clinical Development, Acme": the area
                # of the title, then the organisation (also a one-word area, "Cloud",
                # before a name with an organisation's head word).
                company = parts[2].rstrip(" .") if len(parts) > 2 else ""
                if _COMPANY_WORDS.fullmatch(company) and (
                    is_area(org)
                    or (
                        not any(w.lower().strip(".") in ALL_HEADS for w in org.split())
                        and (
                            _LEGAL_AFTER.search(company)
                            or any(w.lower().strip(".") in ALL_HEADS for w in company.split())
                        )
                    )
                ):
                    title, org = f"{title}, {org}", company
    if len(name.split()) == 1 and title is None and not name[:1].isupper():
        return None
    return PersonRef(name=name, title=title, organization=org)


def _premodifier(before: str) -> tuple[str | None, str | None]:
    """ "Acme Robotics CEO " / "UNIDO Director General " before a name -> (title, org)."""
    toks = tokens(before)
    t = len(toks)
    while (
        t > 0
        and (
            # (Lower-case titles too: "Orrin Biotech chief scientific officer Jane Doe", checked
            # below to follow an organisation.)
            is_title_word(strip_possessive(toks[t - 1].text))
            # "Chairman and Chief Executive Officer", "President/CEO": "and" or a slash
            # between title words.
            or (
                # ("Co-founder, President and CEO": a comma list of title words.)
                toks[t - 1].low in {"and", "/", ","}
                and t > 1
                and t < len(toks)
                and is_title_word(strip_possessive(toks[t - 2].text))
                # (Both in the same case: "president and vice-chancellor" is one title,
                # "Acme Director and chief X" is not.)
                and toks[t - 2].text[:1].isupper() == toks[t].text[:1].isupper()
            )
        )
    ):
        t -= 1
    if t == len(toks):
        return None, None
    title = before[toks[t].start :].strip()
    if not is_title_phrase(title):
        return None, None
    # The organisation: capitalised words (or a bracketed acronym) right before the title.
    o = t
    while o > 0:
        prev = toks[o - 1]
        named = prev.text.startswith("(") or (prev.text[:1].isupper() and prev.low not in STOPWORDS)
        joined = prev.low in {"of", "for", "&"} and o > 1 and toks[o - 2].text[:1].isupper()
        if not (named or joined):
            break
        o -= 1
    lower_case = any(tok.text[:1].islower() and tok.low not in _CONNECTORS for tok in toks[t:])
    if o == t:
        return (None, None) if lower_case else (title, None)
    if lower_case and toks[t].text[:1].isupper():
        return None, None  # "Acme Director and chief X": mixed, not one title
    # "Ostria's Environment Minister": the words after a possessive are the title's
    # portfolio, the possessive its organisation (or country).
    owner = next(
        (k for k in range(t - 2, o - 1, -1) if re.search(r"(?:'s|’s)$", toks[k].text)), None
    )
    if owner is not None:
        title = before[toks[owner + 1].start :].strip()
        t = owner + 1
    if owner is None and is_title_word(toks[o].text) and toks[o].low not in _FUNCTIONS:
        # "Deputy Party Secretary and Commander": a word of the title's own before the
        # words in between ("Party") makes them the title's, never an organisation.
        return before[toks[o].start :].strip(), None
    org = before[toks[o].start : toks[t - 1].end].strip()
    # ("(Lantern) Velmarian Ambassador": a bracket that closes the line before.)
    org = re.sub(r"^(?:\([^()]*\)\s*)+", "", org)
    if not org:
        return title, None
    if is_area(org):
        # "Fisheries, Food and Rural Development Minister": the portfolio, a list of
        # areas, is the title's, whole.
        areas = re.search(
            r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:,\s+|\s+(?:and|&)\s+))*$",
            before[: toks[o].start],
        )
        start = areas.start() if areas and is_area(areas.group(0)) else toks[o].start
        return f"{before[start : toks[t - 1].end].strip()} {title}", None
    # "United Nations ... Organization (UNIDO)": the acronym names it best.
    bracket = re.search(r"\(([^()]+)\)$", org)
    org = bracket.group(1) if bracket else strip_possessive(org)
    if is_demonym(org) or (
        len(org.split()) == 2 and org.split()[0] in _COMPASS and is_demonym(org.split()[1])
    ):
        # "Kenyan Ambassador", "South Velmarian Ambassador": a country's adjective is
        # part of the title, no organisation's name.
        return f"{org} {title}", None
    if org and _GOVERNMENT_TITLE.search(title):
        return _minister_of(title, org)
    return title, org or None


_COMPASS = {"North", "South", "East", "West", "Central"}


# Titles held in a government: what stands before them is a place or a portfolio.
_GOVERNMENT_TITLE = re.compile(r"\b(?:Minister|Premier)\b")


def _minister_of(title: str, before: str) -> tuple[str, str | None]:
    """(title, organisation) for "<before> Minister …": a place's minister belongs to its
    government, named as a party is ("Government of Velmora", as ``parties`` names it);
    a one-word plural or an area before the title is its portfolio ("Harbours Minister");
    an organisation's name (an acronym, an organisation head word, several words) stays
    as written."""
    words = before.split()
    if is_place(before):
        return title, f"Government of {before}"
    # "Alberta Indigenous Relations Minister": a place's minister of a portfolio.
    for k in (2, 1):
        place, portfolio = " ".join(words[:k]), " ".join(words[k:])
        if (
            len(words) > k
            and is_place(place)
            and words[-1].lower() in _PORTFOLIO
            and not any(w.lower() in ALL_HEADS or w.isupper() for w in words[k:])
        ):
            return f"{portfolio} {title}", f"Government of {place}"
    if (
        is_area(before)
        or (len(words) == 1 and before.endswith("s") and not before.endswith("ss"))
        # "Higher Education Minister": a portfolio, whatever word qualifies it.
        or (
            len(words) <= 3
            and words[-1].lower() in _PORTFOLIO
            and not is_place(" ".join(words[:-1]))
            and not any(w.lower() in ALL_HEADS or w.isupper() for w in words)
        )
    ):
        return f"{before} {title}", None
    if (
        len(words) > 2
        or before.isupper()
        or any(w.lower() in ALL_HEADS or w.lower() == "government" for w in words)
    ):
        return title, before
    return title, f"Government of {before}"


_PORT = r"(?:the\s+)?[A-Z][\w'’-]*(?:(?:,\s+|\s+(?:and|&)\s+(?:the\s+)?|\s+)[A-Z][\w'’-]*){0,5}"
_PORTFOLIO_AFTER = re.compile(
    rf"\s*(?P<rel>(?:Responsible\s+)?(?:for|of))\s+(?P<port>{_PORT}(?:\s+(?:for|of)\s+{_PORT})*)\s*"
)
_TITLE_BEFORE_OF = re.compile(r"\b[A-Z][\w-]*(?=\s+(?:Responsible\s+)?(?:for|of)\s)")


def _portfolio_premodifier(before: str) -> tuple[str | None, str | None]:
    """ "Velmont Minister Responsible for Digital Services " or "Director of Clinical
    Procurement " right before a name -> (title, organisation): a title and the portfolio
    or unit it is "for"/"of" are one title, when the portfolio names no organisation; the
    capitalised words before the title are its organisation (or country)."""
    # The last title word followed by "of"/"for" ("… Tana Rell and Director of Clinical
    # Procurement "): the portfolio runs from there to the name.
    anchors = [m for m in _TITLE_BEFORE_OF.finditer(before) if is_title_word(m.group(0))]
    match = _PORTFOLIO_AFTER.fullmatch(before, anchors[-1].end()) if anchors else None
    if match is None or not anchors:
        return None, None
    head = re.split(r"[,;:()]", before[: anchors[-1].end()])[-1]
    port = match.group("port")
    if not is_area(port) and any(
        w.lower().strip(",") in ALL_HEADS or (len(w) > 1 and w.isupper()) for w in port.split()
    ):
        return None, None  # "Director of the Orrin Institute", "of KFD": an organisation
    words = head.split()
    k = len(words)
    while k > 0 and is_title_word(words[k - 1]) and words[k - 1][:1].isupper():
        k -= 1
    if k == len(words):
        return None, None
    # "Provost and Executive Vice President for X": titles joined by "and" are one.
    while k > 1 and words[k - 1].lower() in {"and", "&"} and is_title_word(words[k - 2]):
        k -= 2
        while k > 0 and is_title_word(words[k - 1]) and words[k - 1][:1].isupper():
            k -= 1
    if k > 0 and words[k - 1] == "Under" and words[k].lower() == "secretary":
        k -= 1  # "Under Secretary" (never "under" alone: a preposition)
    title = f"{' '.join(words[k:])} {match.group('rel')} {port}"
    o = k
    while o > 0 and words[o - 1][:1].isupper() and words[o - 1].lower() not in STOPWORDS:
        o -= 1
    org = " ".join(words[o:k]) or None
    # "Mayor of Velmont Jane Doe": no portfolio, the place or organisation itself (after
    # an organisation, a region the title covers: "ODP Regional Director for Asia and the
    # Pacific Jane Doe").
    portfolio = port.split()[-1].lower() in _AREA_WORDS or match.group("rel").startswith(
        "Responsible"
    )
    if not portfolio and org is None:
        return " ".join(words[k:]), port
    org = strip_possessive(org) if org else None
    if org and _GOVERNMENT_TITLE.search(title):
        # "Velmora Minister for Ports": Velmora's government.
        return _minister_of(title, org)
    return title, org


_POSTED_BEFORE = re.compile(r"(?P<head>[^,;:()]*?)\s+in\s+(?P<place>[A-Z][\w'’-]*)\s*$")


def _posted_premodifier(before: str) -> tuple[str | None, str | None]:
    """ "the Aldorian Ambassador in Velmont " right before a name -> (title,
    organisation): a title held in a place, the place part of it. A country's adjective
    before it is part of the title too (the post is no organisation's); other
    capitalised words before it are its organisation ("Acme Director in Velmont")."""
    match = _POSTED_BEFORE.search(before)
    if match is None:
        return None, None
    words = match.group("head").split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and is_title_word(words[k - 1]):
        k -= 1
    if k == len(words) or (
        k > 1 and words[k - 1].lower() in {"and", "&"} and is_title_word(words[k - 2])
    ):
        return None, None  # ("Representative and Country Director in X": read elsewhere)
    o = k
    while (
        o > max(k - 3, 0) and words[o - 1][:1].isupper() and words[o - 1].lower() not in STOPWORDS
    ):
        o -= 1
    pre = words[o:k]
    title = f"{' '.join(words[k:])} in {match.group('place')}"
    if len(pre) == 1 and is_demonym(pre[0]):
        return f"{pre[0]} {title}", None
    return title, " ".join(pre) or None


_AFTER_ORG = re.compile(
    r"\s+(?:and\s+(?:then\s+)?)?(?:said|says|added|adds|stated|noted|explained|commented|remarked|"
    r"welcomed|hosted|signed|opened|attended|thanked|announced|led|leads|will|is|was|has|had|"
    # "Chief of the Kestrel First Nation today signed": a time word opens the story.
    r"today|yesterday|tomorrow)\b.*$"
)


_CONNECTORS = {"of", "for", "to", "the", "and", "in", "on", "at", "&"}


def _possessive_premodifier(before: str) -> tuple[str | None, str | None]:
    """ "TSU's Provost and Vice President for Academic Affairs and Research " or
    "Belarus' Permanent Representative to the International Organizations in Vienna "
    right before a name -> (title, organisation). The title runs from the possessive to
    the name, capitalised words and connectors only, and holds a title word."""
    match = re.search(
        r"(?:^|[\s,(])(?P<org>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})(?:'s|’s|(?<=s)'|(?<=s)’)\s+"
        r"(?P<title>[A-Za-z][^,;:()\"“”]{2,120}?)\s*$",
        before,
    )
    if match is None:
        return None, None
    title = match.group("title")
    words = title.split()
    # ("Velmar's ambassador to Ostria Jane Doe": a title in lower case, from its first
    # word a title word.)
    lower = title[:1].islower() and is_title_word(words[0])
    if words[-1].lower() in _CONNECTORS:
        return None, None  # "… to Ostria Jane Doe and ": the title ended before a name
    if not (title[:1].isupper() or lower) or not all(
        w[:1].isupper() or w.lower() in _CONNECTORS or (lower and is_title_word(w)) for w in words
    ):
        return None, None
    # "Ostria's Environment Minister": a portfolio before the title word is the title's.
    if not (is_title_word(words[0]) or is_title_word(words[-1])) or not is_title_phrase(title):
        return None, None
    if _GOVERNMENT_TITLE.search(title):
        # "Velmar's Minister of Health": Velmar's government.
        return _minister_of(title, match.group("org"))
    return title, match.group("org")


_LOWER_TITLE_BEFORE = re.compile(
    r"(?:^|\s)(?P<org>(?:[A-Z]|[a-z]{1,3}[A-Z])[\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+"
    r"(?P<title>(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:of|for)\s+[a-z]+(?:\s+(?:and|&)\s+[a-z]+)?)\s*$"
)


def _lower_case_premodifier(before: str) -> tuple[str | None, str | None]:
    """ "bioKestrel EVP of research and development " or "Acme head of global sales "
    right before a name -> (title, organisation): a title word, then "of" and lower-case
    words, after a capitalised organisation."""
    match = _LOWER_TITLE_BEFORE.search(before)
    if match is None:
        return None, None
    title_words = match.group("title").split()
    head = title_words[
        : title_words.index("of") if "of" in title_words else title_words.index("for")
    ]
    if not head or not is_title_word(head[-1]) or not all(is_title_word(w) for w in head):
        return None, None
    return match.group("title"), match.group("org")


def _title_tail(phrase: str) -> str:
    """The title phrase at the end of a clause: "Yumkella held meetings in Brussels with
    EU Commissioner for Development" -> "EU Commissioner for Development".

    The phrase starts at the title (or the capitalised organisation glued before it);
    lower-case words other than connectors and title words end it, reading backwards.
    """
    words = phrase.split()
    k = len(words)
    while k > 0:
        w = words[k - 1]
        low = w.lower().strip(",.()")
        keep = (
            w[:1].isupper()
            or w.isdigit()  # "Deputy Minister 1 of Agriculture"
            or w.startswith("(")
            or low in {"of", "for", "the", "and", "&", "at", "on", "de"}
            or is_title_word(low)
            # "Representative in Ostria": a title held in a place.
            or (
                low == "in"
                and k < len(words)
                and words[k][:1].isupper()
                and k >= 2
                and is_title_word(words[k - 2])
            )
        )
        if not keep:
            break
        # "UJ President Jane Doe and Vice-Chancellor of X": a title after "and" that
        # follows a name (not a title word: "Chairman and Chief Executive") is a new one.
        if (
            low == "and"
            and k < len(words)
            and is_title_word(words[k])
            and k >= 2
            and words[k - 2][:1].isupper()
            and not is_title_word(words[k - 2])
            and words[k - 2].lower().strip(",.()") not in ALL_HEADS
        ):
            break
        k -= 1
    tail = words[k:]
    while tail and tail[0].lower() in {"of", "for", "the", "and", "&", "at", "on", "de"}:
        tail = tail[1:]
    # The organisation glued before the title stays; a place before it does not matter
    # here, the title words decide.
    if tail and any(is_title_word(w) for w in tail):
        return " ".join(tail)
    # A lower-case title ("vice president of community giving"), never a whole clause.
    return phrase if len(words) <= 8 else ""


def _clean_appositive(seg: str) -> str:
    """An appositive title without the verb or the next person after it.

    "CEO of Tidewell Health said" -> "CEO of Tidewell Health"; "Chair of the Lowmarsh
    Council and Osric Pell" -> "Chair of the Lowmarsh Council" (the next signatory).
    """
    seg = _AFTER_ORG.sub("", seg)
    # "… Manager and other officials from both papers": the people after are unnamed.
    seg = re.sub(r"\s+and\s+(?:other|several|many|various|more|senior)\s+[a-z].*$", "", seg)
    person_next = re.search(
        rf"\s+and\s+(?:(?:{_HONORIFIC})\.?\s+)*[A-Z][\w'’-]+"
        rf"(?:\s+(?:(?:{_PARTICLE})\s+)*[A-Z][\w.'’-]*){{1,5}}$",
        seg,
    )
    # "Faculty of Engineering and Applied Science", "Ministry of Ports and Inland
    # Waterways": after "<organisation or unit word> of X", "and Y Z" goes on naming it.
    named_by_of = person_next is not None and re.search(
        r"\b(?P<head>[A-Z][\w-]*)\s+(?:of|for)\s+[A-Z][\w-]*$", seg[: person_next.start()]
    )
    if named_by_of and (
        named_by_of.group("head").lower() in ALL_HEADS
        or _UNIT_END.fullmatch(named_by_of.group("head"))
    ):
        person_next = None
    # ("Head of the Outreach and Regional Liaison Sector": a unit's name,
    # no one's.)
    if person_next and not any(
        w.lower() in ALL_HEADS or is_title_word(w) or _UNIT_END.fullmatch(w)
        for w in seg[person_next.start() :].split()
    ):
        seg = seg[: person_next.start()]
    return seg


def _is_particle(tok: Token) -> bool:
    """ "bin", "van", "de la", "Al": joins the parts of a long name, never starts or ends it."""
    return tok.low in NAME_PARTICLES


def _core_count(name_toks: list[Token]) -> int:
    return sum(1 for t in name_toks if not _is_particle(t))


def _has_particle(name_toks: list[Token]) -> bool:
    return any(_is_particle(t) for t in name_toks[1:-1])


def _name_run_end(toks: list[Token], i: int, known_acronyms: set[str]) -> int:
    """The last token of the name that starts at ``i``: name-like words, joined by
    particles ("Pieter van der Berg", "Khalid bin Omar bin Saad Al Rashid").

    At most four words, or six without the particles when particles join them (Arabic,
    Dutch, German, Spanish and Portuguese names).
    """
    j = i
    n = len(toks)
    # ("Acme's Doe said": a possessive ends the run; the owner is no part of a name.)
    while j + 1 < n and not _OWNER_WORD.search(toks[j].text):
        k = j + 1
        while k < n and _is_particle(toks[k]) and not _name_like(toks[k], known_acronyms):
            k += 1
        if k >= n or not _name_like(toks[k], known_acronyms):
            break
        candidate = toks[i : k + 1]
        if _core_count(candidate) > (6 if _has_particle(candidate) else 4) and not (
            _five_after_honorific(toks, i, k)
        ):
            break
        j = k
    return j


def _five_after_honorific(toks: list[Token], i: int, k: int) -> bool:
    """Whether ``toks[i..k]`` is a name of five words after an honorific and before a
    comma ("Mrs Tana Claudine Oumou Rell Marra, Director"): West African and Iberian
    names run that long, and the honorific and the comma bound them."""
    return (
        k - i == 4
        and i > 0
        and toks[i - 1].low.rstrip(".") in HONORIFICS
        and k + 1 < len(toks)
        and toks[k + 1].text == ","
    )


class _Role(NamedTuple):
    title: str
    org: str | None
    current: bool = True
    ended: str | None = None


def _month_number(word: str) -> int | None:
    """The month a name or its abbreviation gives ("March", "Sept.", "dec"), else None
    (the C locale's English names, as releases in English write them)."""
    word = word.rstrip(".")
    for text, fmt in ((word, "%B"), (word[:3], "%b")):
        try:
            return dt.datetime.strptime(text, fmt).month
        except ValueError:
            continue
    return None


# "who retired as Chief Executive of the Library in March 2025", "who stepped down as
# its Director in 2023": a title the relative clause says someone no longer holds.
_LEFT_AS = re.compile(
    r"(?:who|which)\s+(?:has\s+|had\s+)?(?:retired|stepped\s+down|resigned|left|served|"
    r"was|departed)\s+as\s+(?P<role>.+?)"
    r"(?:\s+(?:in|on|at\s+the\s+end\s+of)\s+(?P<when>(?:(?P<day>\d{1,2})\s+)?"
    r"(?P<month>[A-Z][a-z]{2,8}\.?)?\s*(?P<day2>\d{1,2},?\s+)?(?P<year>(?:19|20)\d\d)))?$"
)
# "who is / became / was named / has been Chair of X": a title held now.
_HOLDS_AS = re.compile(
    r"(?:who|which)\s+(?:is|became|becomes|was\s+named|has\s+been\s+named|was\s+appointed|"
    r"has\s+been\s+appointed|serves\s+as|now\s+serves\s+as)\s+(?:as\s+)?(?P<role>.+)$"
)


def _office_after(part: str) -> _Role | None:
    """The office the sentence's verb gives after a relative clause ("…, now chairs the
    OHDP Advisory Board"): the title of the office verb (bot/vocab/office_verbs.yaml) at
    the organisation named after it; None for any other clause."""
    verbs = "|".join(re.escape(v) for v in _OFFICE_VERBS if not v.endswith(" by"))
    found = re.match(
        rf"(?:(?:now|currently|also|later|today)\s+)?(?P<verb>{verbs})\s+(?:the\s+)?"
        rf"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w&'’.-]*))*)",
        part,
    )
    if found is None:
        return None
    org = re.sub(r"\s+(?:and|of|for|the|&)$", "", found.group("org")).rstrip(" .")
    return _Role(_OFFICE_VERBS[found.group("verb")], org)


def _relative_role(part: str) -> _Role | None:
    """The role a relative clause after a name states: one left ("who retired as CEO of
    Acme in March 2025": not current, ended 2025-03) or one held ("who became Chair of
    X"); None for any other clause."""
    left = _LEFT_AS.match(part)
    if left is not None:
        title, org = split_title_org(left.group("role"))
        if not title:
            return None
        ended = None
        if left.group("year"):
            month = _month_number(left.group("month") or "")
            ended = f"{left.group('year')}-{month:02d}" if month else left.group("year")
        return _Role(title, org, current=False, ended=ended)
    held = _HOLDS_AS.match(part)
    if held is not None:
        title, org = split_title_org(held.group("role"))
        return _Role(title, org) if title else None
    return None


# An organisation written as a comma part of its own: "Harbour Telecom",
# "Ministry of Inland Ports".
_ORG_PART = re.compile(
    r"(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:(?:of|for|and|the|&|de|du|des)\s+)*[A-Z][\w.&'’-]*){0,8}"
)
# Legal suffixes that follow a company's name after a comma ("Acme, Inc.").
_LEGAL_PART = re.compile(
    r"(?:Inc|Corp|Co|Ltd|LLC|LLP|LP|plc|PLC|AG|SA|S\.A|GmbH|N\.?V|B\.?V|S\.?p\.?A|Pty)\.?"
)


_LEGAL_AFTER = re.compile(rf",?\s+{_LEGAL_PART.pattern}(?:[\s,;)]|$)")


def _credential(part: str, known_acronyms: set[str]) -> bool:
    """ "M.D.", "Ph.D.", "APR", "M.P.H.": letters after a name, before the title."""
    if _DEGREE.fullmatch(part) or re.fullmatch(r"(?:[A-Z][a-z]?\.){3,5}", part):
        return True
    return (
        re.fullmatch(r"[A-Z]{2,5}", part) is not None
        and part not in known_acronyms
        and not is_title_word(part)
    )


def _split_two_titles(seg: str) -> list[str]:
    """ "ODA Associate Administrator and Aldorian Council Deputy Envoy", "Board President
    of the X Foundation and Corporate Vice President ...", "Founder of X and a Y": two
    titles joined by "and". "Chairman and Chief Executive Officer" and "Vice President
    for Academic Affairs and Provost" stay one title."""
    for match in re.finditer(r"\s+and\s+", seg):
        left, right = seg[: match.start()], seg[match.end() :]
        if not (is_title_phrase(left) and is_title_phrase(right)):
            continue
        first = right.split()[0]
        article = first.lower() in {
            *("a", "an", "the", "now", "also", "currently", "later", "former", "formerly"),
            "previously",
        }
        # The right half opens with its own organisation ("Aldorian Council Deputy Envoy").
        own_org = (
            first[:1].isupper() and not is_title_word(first) and first.lower() not in STOPWORDS
        )
        left_org = split_title_org(left)[1]
        # The left half ends with its organisation ("President of the X Foundation").
        left_done = left_org is not None and not all(is_title_word(w) for w in left_org.split())
        if article or own_org or left_done:
            return [left, *_split_two_titles(right)]
    return [seg]


def _bare_titles(text: str) -> bool:
    """Whether ``text`` is title words only ("Founder", "Chairman and CEO"): a title
    that names no organisation and no area."""
    words = [w.strip(",.") for w in text.split()]
    return bool(words) and all(is_title_word(w) or w.lower() in {"and", "&"} for w in words)


def _title_list(first: str, parts: list[str]) -> tuple[str, int]:
    """ "Founder", then "Chairman and CEO of Acme": a comma list of bare titles that the
    last one's organisation closes is one title at that organisation ("Founder,
    Chairman and CEO of Acme"), never a bare title and a role elsewhere. Returns the
    joined phrase and how many of ``parts`` it used (0 when ``first`` opens no list)."""
    if not _bare_titles(first):
        return first, 0
    joined = first
    for used, part in enumerate(parts[:4], start=1):
        part = part.strip().rstrip(".")
        title, org = split_title_org(part) if is_title_phrase(part) else (None, None)
        if title is None or not _bare_titles(title):
            break
        joined = f"{joined}, {part}"
        if org is not None:
            return joined, used
    return first, 0


def _listed_portfolio(seg: str, parts: list[str]) -> tuple[str, list[str]]:
    """ "Minister of Innovation" and the parts ["Trade and Rural Development", ...]: a
    portfolio listed with commas and closed by "and" is one title, "Minister of
    Innovation, Trade and Rural Development". Returns the title and the parts left;
    unchanged when the parts after the title's area are not such a list (an organisation: "Minister of Trade, Velmont")."""
    area = re.search(r"\s(?:of|for)\s+(?:the\s+)?(?P<area>[^,]+)$", seg)
    if area is None or not is_area(area.group("area")):
        return seg, parts
    # (Each part whole: area words only, so a clause after the list never passes; the
    # cleaning of a title part would cut it at its "and".)
    for k, part in enumerate(p.strip(" .") for p in parts[:4]):
        if not is_area(part):
            break
        if re.match(r"(?:.*\s)?(?:and|&)\s", part):
            listed = [p.strip(" .") for p in parts[: k + 1]]
            return ", ".join([seg, *listed]), parts[k + 1 :]
    return seg, parts


def appositive_roles(after: str, known_acronyms: set[str]) -> list[_Role]:
    """The roles in the comma parts right after a name, in order.

    "Name, Title of Org", "Name, M.D., a Fenwold Clinic cardiologist", "Name, Title,
    Org and Title2, Org2, Inc.", "Name, Org Part, Part and Part Division Manager",
    "Name, Founder of X and a Y", "Name, former X and now Chair of its Board".
    """
    # "Chief Executive Officer (CEO) of Acme": the title's acronym, then its organisation.
    after = re.sub(r"\s*\([A-Z][A-Za-z&]{1,7}\)(?=\s+(?:of|at|for)\s)", "", after)
    # "the Velmont Health Organization (VHO) Regional Director for Ostria": an
    # organisation's acronym between its name and the title glued after it; the name
    # alone stays (the acronym is its alias).
    after = re.sub(r"(?<=[A-Za-z])\s*\([A-Z][A-Za-z&]{1,9}\)(?=\s+[A-Z][\w-]*\s)", "", after)
    # ("Minister of State (Ports and Shipping)": a qualifier in brackets, in words,
    # is part of the title; an acronym or "(left)" is not.)
    match = re.match(r",\s+(?!and\s|or\s)((?:[^;:()\"“”]|\([A-Z][a-z][^();:\"“”]{1,60}\))+)", after)
    if match is None:
        return []
    parts = [p.strip() for p in match.group(1).split(",")]
    while parts and _credential(parts[0], known_acronyms):
        parts.pop(0)
    if not parts:
        return []
    # "Jane Doe, an award-winning veteran of the X, founder of the Y": a description
    # before the title.
    if len(parts) > 1 and re.match(r"(?:a|an)\s", parts[0]) and not is_title_phrase(parts[0]):
        parts.pop(0)
    first = parts.pop(0)
    if re.match(r"(?:who|which)\s", first):
        # "Jane Doe, who retired as Chief Executive of X in March 2025, now chairs Y".
        relative = _relative_role(first)
        found = [relative] if relative is not None else []
        office = _office_after(parts[0]) if parts else None
        return [*found, office] if office is not None else found
    if re.match(r"[a-z]+ing\s", first) and not is_title_word(first.split()[0]):
        # "Jane Doe, representing President John Roe, signed": a clause about what she
        # does there, naming someone else's title.
        return []
    seg = _clean_appositive(first)
    ended = seg != first  # a verb or the next person cut the part: nothing follows
    # A title with commas inside ("ORDA Research, Outreach and Capacity
    # Division Manager"): join capitalised parts until the whole is a title.
    joined, used = seg, 0
    while not ended and not is_title_phrase(joined) and used < len(parts) and used < 3:
        nxt = parts[used]
        cleaned = _clean_appositive(nxt)
        if not re.fullmatch(
            r"(?:and\s+)?[A-Z][\w&'’-]*(?:\s+(?:and|&|of|for|the|[A-Z][\w&'’-]*))*", cleaned
        ):
            break
        joined, used = f"{joined}, {cleaned}", used + 1
        if cleaned != nxt:
            break
    if is_title_phrase(joined) and not is_title_phrase(seg):
        seg, parts = joined, parts[used:]
        ended = ended or (used > 0 and _clean_appositive(joined) != joined)
    if not ended:
        seg, parts = _listed_portfolio(seg, parts)
    if not ended:
        seg, used = _title_list(seg, [_clean_appositive(p) for p in parts])
        ended = used > 0 and _clean_appositive(parts[used - 1]) != parts[used - 1]
        parts = parts[used:]
    seg = seg.rstrip(" .")
    if not is_title_phrase(seg) or len(seg.split()) > 20:
        return []
    roles: list[_Role] = []
    halves = _split_two_titles(seg)
    for k, half in enumerate(halves):
        former = re.match(r"(?:now|also|currently|later)\s+", half)
        if former:
            half = half[former.end() :]
        # "former Director General of X": a title no longer held.
        # ("formerly a senior X official", "previously the X's CEO": the same, as an adverb.)
        past = re.match(
            r"(?:(?:formerly|previously)\s+(?:(?:a|an|the)\s+)?|(?:former|ex-|erstwhile)\s*)",
            half,
            re.IGNORECASE,
        )
        if past:
            half = half[past.end() :]
            title, org = split_title_org(half)
            if title:
                roles.append(_Role(title, org, current=False))
            continue
        if k > 0 and roles and roles[0].org and re.search(r"\bof its\s", half):
            # "former Director General of X and now Chair of its Advisory Board"
            roles.append(_Role(re.sub(r"\bof its\s", "of the ", half), roles[0].org))
            continue
        title, org = split_title_org(half)
        if title:
            roles.append(_Role(title, org))
    if not roles:
        return []
    # The organisation as the next comma part: "Name, CEO, Acme Corp". That part may
    # open the next role: "Board President, X Foundation and Corporate Vice President
    # Public Affairs, Harbour Telecom, Inc.".
    while not ended and parts and roles[-1].org is None:
        part = _clean_appositive(parts[0])
        ended = part != parts[0]
        org_and_title = re.fullmatch(r"(.+?)\s+and\s+(.+)", part)
        if (
            org_and_title
            and _ORG_PART.fullmatch(org_and_title.group(1))
            and not is_title_phrase(org_and_title.group(1))
            and is_title_phrase(org_and_title.group(2))
        ):
            roles[-1] = _Role(roles[-1].title, org_and_title.group(1))
            title, org = split_title_org(org_and_title.group(2))
            if title is None:
                break
            roles.append(_Role(title, org))
            parts.pop(0)
            continue
        # "Jane Doe, Vice President, Global Partnerships at Acme": the title's area, then
        # its organisation after "at".
        area_at = re.fullmatch(rf"(?P<area>.+?)\s+at\s+(?:the\s+)?({_ORG_PART.pattern})", part)
        if area_at and is_area(area_at.group("area")):
            roles[-1] = _Role(f"{roles[-1].title}, {area_at.group('area')}", area_at.group(2))
            break
        # "Jane Doe, the registrar, on behalf of the Kestrel University": whom she
        # signs for is where she holds the title.
        behalf = re.match(rf"on\s+behalf\s+of\s+(?:the\s+)?({_ORG_PART.pattern})", part)
        if behalf and not is_title_phrase(behalf.group(1)):
            roles[-1] = _Role(roles[-1].title, re.sub(r"^the\s+", "", behalf.group(1)).strip())
            break
        # "USTM in the presence of ...", "AMU on Monday": the organisation, then the story.
        lead_org = re.match(
            rf"({_ORG_PART.pattern})\s+(?:in|on|at|during|after|before|from|who|which|while)\s",
            part,
        )
        if lead_org and not ended:
            part, ended = lead_org.group(1), True
        if _ORG_PART.fullmatch(part) and not is_title_phrase(part) and len(part.split()) <= 9:
            org = re.sub(r"^the\s+", "", part)
            parts.pop(0)
            # "Vice President, Research and Development, Acme Inc.": a part without an
            # organisation word before a company is the title's area, not the company.
            company = _clean_appositive(parts[0]) if parts else ""
            if (
                company
                and not _LEGAL_PART.fullmatch(company.rstrip(" .") + ".")  # "Acme, Inc."
                and not any(w.lower().strip(".") in ALL_HEADS for w in org.split())
                and _ORG_PART.fullmatch(company)
                and (
                    _LEGAL_AFTER.search(company)
                    or any(w.lower().strip(".") in ALL_HEADS for w in company.split())
                    or is_area(org)
                )
                and not is_title_phrase(company)
            ):
                roles[-1] = _Role(f"{roles[-1].title}, {org}", roles[-1].org)
                org = company
                parts.pop(0)
            if parts and _LEGAL_PART.fullmatch(parts[0].rstrip(" .") + "."):
                org = f"{org}, {parts.pop(0)}"
            roles[-1] = _Role(roles[-1].title, org)
        break
    # "Jane Doe, Minister of the Government of X, Head of the Department for Y of X, …":
    # a second title with its own organisation in the next comma part is a second role.
    while not ended and parts and roles[-1].org is not None:
        part = _clean_appositive(parts[0])
        ended = part != parts[0]
        words = part.split()
        if not (words and words[0][:1].isupper() and is_title_word(words[0])):
            break
        title, org = split_title_org(part.rstrip(" ."))
        if title is None or org is None:
            break
        roles.append(_Role(title, org))
        parts.pop(0)
    return roles


# Words that end a contact block's or a signature's label, before the name on the next
# line: "Communications Staff / Jane Doe" copied without its line break reads
# "Communications StaffJane Doe".
_LABEL_ENDS = {
    "staff",
    "team",
    "relations",
    "affairs",
    "contact",
    "contacts",
    "media",
    "press",
    "desk",
    "services",
    "officer",
    "communications",
}


def _glued_at(left: str, right: str) -> bool:
    """Whether ``left`` + ``right`` ("StaffJane", "AffairsAmbassador") is two words whose
    space was lost, rather than a name with an inner capital ("McAdam", "DeShawn",
    "MacKenzie"): a title word or honorific on the right, or on the left a title word, an
    organisation's unit or a label's last word, of four letters or more."""
    if is_title_word(right) or right.lower() in HONORIFICS:
        return True
    units = {u.lower() for u in (*_STANDALONE_UNITS, *_PARENT_UNITS)}
    low = left.lower()
    return len(left) >= 4 and (is_title_word(left) or low in units or low in _LABEL_ENDS)


def _glue_break(left: str, right: str) -> str:
    """What the lost break was: a space inside a title ("Affairs Ambassador"), the end of
    a label line before a name ("Staff: Jane")."""
    if is_title_word(right) or right.lower() in HONORIFICS or is_title_word(left):
        return " "
    return ": "


def _unglue_titles(text: str) -> str:
    """ "Regional AffairsAmbassador Jane Doe" -> "... Affairs Ambassador Jane Doe", and
    "Communications StaffJane Doe" -> "... Staff Jane Doe": two words glued where a line
    break or a space was lost (copied from a web page)."""
    return re.sub(
        r"\b([A-Z][a-z]{2,})([A-Z][a-z]+)\b",
        lambda m: (
            f"{m.group(1)}{_glue_break(m.group(1), m.group(2))}{m.group(2)}"
            if _glued_at(m.group(1), m.group(2))
            else m.group(0)
        ),
        text,
    )


# (An article may open the appositive: "Jane Doe, the Acme Regional Director, John Roe".)
_NAME_THEN_COMMA = re.compile(r"\b[A-Z][\w'’.-]+\s+[A-Z][\w'’-]+,\s*(?:the\s+)?$")


def _after_portfolio(toks: list[Token], start: int, end: int) -> bool:
    """Whether the name run ``toks[start..end]`` (three words or more) follows a title and
    "for"/"of" with the title's portfolio or unit run into it: "Minister Responsible for
    Digital Services Jane Doe", "Minister of the Interior and Safety Jane Doe",
    "Under Secretary of Commerce for Trade Jane Doe". The person is then the run's last
    two words."""
    run = toks[start : end + 1]
    if len(run) < 3 or _has_particle(run):
        return False
    if start > 0 and toks[start - 1].low.rstrip(".") in HONORIFICS:
        # "Minister of Foreign Affairs Sheikh Jane Marie Doe": the honorific ends the
        # portfolio, and the whole run is the name.
        return False

    def capitalised(k: int) -> bool:
        return toks[k].text[:1].isupper() and toks[k].low not in STOPWORDS

    lead = start
    while True:
        # Back over the portfolio's words ("Interior and Safety") and an article.
        while lead > 0 and (
            capitalised(lead - 1)
            or (toks[lead - 1].low in {"and", "&"} and lead > 1 and capitalised(lead - 2))
            # ("Asia and the Pacific")
            or (
                toks[lead - 1].low == "the"
                and lead > 2
                and toks[lead - 2].low in {"and", "&"}
                and capitalised(lead - 3)
            )
        ):
            lead -= 1
        if lead > 0 and toks[lead - 1].low == "the":
            lead -= 1
        if lead < 2 or toks[lead - 1].low not in {"of", "for"}:
            return False
        before = toks[lead - 2]
        if is_title_word(before.text) or before.low == "responsible":
            break
        if not capitalised(lead - 2):
            return False
        lead -= 1  # "of Commerce for Trade": another portfolio link
    port = toks[lead:start] + run[:-2]
    if is_area(" ".join(t.text for t in port)):
        return True  # ("Vice President of Government Relations": an area, heads or not)
    return not any(
        t.low in ALL_HEADS or (len(t.text) > 1 and t.text.isupper()) for t in [*port, *run]
    )


# Where a person stands in the photo, in brackets after the name: "Jane Doe (left), CEO
# of Acme". Never part of the name or the title.
_PHOTO_POSITION = re.compile(
    r"\s*\((?i:left|right|centre|center|middle|pictured|l|r|c|"
    r"(?:(?:second|third|fourth|far)\s+)?(?:from\s+)?(?:left|right))\)"
)


# "Mr. Marius – Ioan Doe": two given names joined by a dash with spaces round it (as a
# word processor sets a typed hyphen), after a courtesy title, then the family name.
_DASHED_GIVEN_NAMES = re.compile(
    rf"\b(?P<style>(?:{_HONORIFIC})\.?\s+[A-Z][a-z]+)\s+[\u2013\u2014-]\s+"
    r"(?P<second>[A-Z][a-z]+)(?=\s+[A-Z][\w'’-]+)"
)


def find_people(sentence: str, known_acronyms: set[str]) -> list[PersonRef]:
    """People introduced with a title in narrative text."""
    sentence = _unglue_titles(_PHOTO_POSITION.sub("", sentence))
    sentence = _DASHED_GIVEN_NAMES.sub(r"\g<style>-\g<second>", sentence)
    toks = tokens(sentence)
    found: list[PersonRef] = []
    n = len(toks)
    i = 0
    while i < n:
        # A run of name-like tokens (2 to 4) that is not preceded by one.
        if not _name_like(toks[i], known_acronyms) or (
            i > 0 and _name_like(toks[i - 1], known_acronyms)
        ):
            i += 1
            continue
        j = _name_run_end(toks, i, known_acronyms)
        name_toks = toks[i : j + 1]
        start_at = i
        i = j + 1
        # "said Jane Doe, President and CEO of Kelto Vane Analytics.": the run is the
        # organisation of the appositive just read for the name before it, never a
        # portfolio with a second person at its end.
        run_text = sentence[name_toks[0].start : name_toks[-1].end].rstrip(".,")
        if found and found[-1].organization == run_text:
            continue
        if is_country(run_text):
            continue  # "Representative of the United Arab Emirates": a country, whole
        if (
            len(name_toks) == 2
            and is_demonym(name_toks[0].text)
            and re.fullmatch(r"[A-Z]{2,6}", name_toks[1].text)
        ):
            continue  # "Kenyan KRU President Jo Ray": a country's body by its acronym
        # "… Organizations in Vienna Andrei Dapkiunas": after "in"/"at", the first
        # capitalised word is a place, and the name starts after it.
        # ("ambassador to Ostria Jane Doe": the post's place, then the name.)
        posted_to = (
            start_at > 1
            and toks[start_at - 1].low == "to"
            and is_title_word(toks[start_at - 2].text)
        )
        if len(name_toks) >= 3 and (
            (start_at > 0 and toks[start_at - 1].low in {"in", "at", "from"}) or posted_to
        ):
            name_toks = name_toks[1:]
        # "Vice-Chancellor of the University of Kestrel Osric Pell": after "<head
        # word> of", the first capitalised words end the organisation's name; the person
        # is the last two.
        elif (
            len(name_toks) >= 3
            and start_at > 1
            and toks[start_at - 1].low == "of"
            and toks[start_at - 2].low in ALL_HEADS
            # ("Network of Independent Design Offices" is all the organisation's.)
            and not any(
                t.low in ALL_HEADS or t.low.removesuffix("s") in ALL_HEADS for t in name_toks
            )
        ) or _after_portfolio(toks, start_at, j):
            name_toks = name_toks[-2:]
        # "Acme President Lind remarked": a family name alone, right after a capitalised
        # title and before a verb of saying, is a person (never a run of capitals).
        family_only = (
            len(name_toks) == 1
            and start_at > 0
            and name_toks[0] is toks[start_at]
            and toks[start_at - 1].text[:1].isupper()
            and is_title_word(toks[start_at - 1].text)
            and re.fullmatch(r"[A-Z][a-z'’-]{2,}", name_toks[0].text) is not None
            and (
                _SPEAKS_AFTER.match(sentence[name_toks[0].end :]) is not None
                # ("led by Professor Doe of the UoK": a title written as an honorific, then
                # its organisation.)
                or (
                    toks[start_at - 1].low.rstrip(".") in HONORIFICS
                    and re.match(r"\s+(?:of|at)\s+(?:the\s+)?[A-Z]", sentence[name_toks[0].end :])
                    is not None
                )
            )
        )
        # "Doe is the minister responsible for the X Secretariat": a family name alone
        # opening a sentence with a copula and a title (a person named before, if any).
        known_only = (
            len(name_toks) == 1
            and start_at == 0
            and re.fullmatch(r"[A-Z][a-z'’-]{2,}", name_toks[0].text) is not None
            and re.match(r"\s+(?:is|was)\s+(?:also\s+)?the\s+", sentence[name_toks[0].end :])
            is not None
        )
        family_only = family_only or known_only
        if (
            not family_only
            and not 2 <= _core_count(name_toks) <= (6 if _has_particle(name_toks) else 4)
            and not (name_toks[0] is toks[start_at] and _five_after_honorific(toks, start_at, j))
        ):
            continue
        if j + 1 < n and toks[j + 1].low in ALL_HEADS:
            continue  # "Harbour Lights Kitchen" is an organisation, not a person
        if (
            j + 2 < n
            and toks[j + 1].text[:1].isupper()
            and toks[j + 2].low in ALL_HEADS
            and len(name_toks) > 2
        ):
            continue  # "Kestrel Lake First Nation" after a name run into it
        if start_at > 0 and toks[start_at - 1].low == "the" and name_toks[0] is toks[start_at]:
            # "a veteran of the Velmar Press, founder of X": English writes no article
            # before a person's name (an honorific, "the Rev. Jane Doe", is not a name token).
            continue
        if _LEGAL_AFTER.match(sentence[name_toks[-1].end :]):
            continue  # "Harbour Telecom, Inc." is a company

        # "H E Jane Doe": His or Her Excellency, written without full stops.
        his_excellency = (
            len(name_toks) >= 4 and name_toks[0].text == "H" and name_toks[1].text in ("E", "E.")
        )
        if his_excellency:
            name_toks = name_toks[2:]
        name = clean_name(sentence[name_toks[0].start : name_toks[-1].end])
        # Premodifier: "[Org] Title Title Name" just before the name.
        t = name_toks[0]
        before = sentence[: t.start]
        # ("Datuk Seri Dr Jane Doe": a Malaysian style of two words, then a degree.)
        honorific = re.search(
            rf"(?:(?<![\w'’])(?:{_HONORIFIC}|H\s+E)\.?['’]?\s+(?:(?:Seri|Sri)\s+)?)+$", before
        )
        if is_place(name) or (honorific and is_place(f"{honorific.group(0)}{name}")):
            continue  # "Premier of Prince Orrin Island": a place is never a person
        bare_before = before[: honorific.start()] if honorific else before
        # "en présence de la ministre des Ports et des X, Jane Doe": a lower-case title
        # after a French, Spanish or Italian article, a portfolio unless an organisation
        # follows its "de".
        title, org = None, None
        romance = re.search(
            r"(?:^|\s)(?:la|le|el|il|l['’])\s*(?P<t>[a-z\u00e0-\u00ff][^,;:()\"“”]{2,160}?),\s*$",
            bare_before,
        )
        if romance and is_title_word(romance.group("t").split()[0]):
            split = _romance_split(romance.group("t"))
            title, org = split if split else (romance.group("t"), None)
        # "Associate Professor Jane Doe": "Professor" after a rank is a title, not only
        # an honorific.
        rank = re.search(
            r"\b(?P<rank>Associate|Assistant|Adjunct|Visiting|Emeritus|Emerita|Distinguished|"
            r"Clinical|Research)\s+$",
            bare_before,
        )
        if title is None and rank and honorific and honorific.group(0).startswith("Prof"):
            title = f"{rank.group('rank')} Professor"
        if title is None:
            title, org = _premodifier(bare_before)
        if title is None:
            title, org = _possessive_premodifier(bare_before)
        if title is None:
            title, org = _portfolio_premodifier(bare_before)
        if title is None and start_at > 0 and toks[start_at - 1].low == "in":
            title, org = _posted_premodifier(bare_before)
        # "Velmarian Ambassador to Ostria Jane Doe": the post's place, then the name.
        posted = re.search(r"\s+to\s+(?P<place>[A-Z][\w'’-]*)\s+$", bare_before)
        if title is None and posted_to and posted:
            post_title, post_org = _premodifier(bare_before[: posted.start()] + " ")
            if post_title is not None:
                title, org = f"{post_title} to {posted.group('place')}", post_org
        if title is None:
            title, org = _lower_case_premodifier(bare_before)
        # "Helvetia Bank's Head of Sustainable Finance, Thomas Brunner, ..."
        if title is None:
            lead = re.search(
                # (Spanish, French and Italian "and" and "the" too: "y el Rector de X, Name".)
                # ("exchanging the MoU with Acme's CEO, Jane Doe": after "with" too.)
                r"(?:^|[,;:]\s+|\b(?:said|says|by|between|with)\s+)(?:(?:and|or|y|et|e)\s+)?"
                r"(?:(?:the|el|la|le|il|l['’])\s*)?"
                r"([A-Z][^,;:]{2,160}?),\s*$",
                bare_before,
            )
            # "… signed by A's Minister X and B's Minister of Y, Jane Doe": only the
            # title after the last "and" before a possessive is hers.
            led = (
                re.split(
                    r"\s+and\s+(?=[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}(?:'s|’s)\s)", lead.group(1)
                )[-1]
                if lead
                else ""
            )
            # "A's Title Jane Doe and B's Title2, John Roe": after the person named before
            # and "and", the title of the next one starts (no comma to anchor it).
            after_person = (
                re.search(
                    # (Any capitalised words after the name: the rest of one longer
                    # than a name run reads, "Jane Marie Anne Doe Binti Roe".)
                    rf"\b{re.escape(found[-1].name)}(?:\s+[A-Z][\w'’-]*)*,?\s+and\s+(?:the\s+)?"
                    r"(?P<t>[A-Z][^,;:]{2,160}?),\s*$",
                    bare_before,
                )
                if found
                else None
            )
            if after_person and is_title_phrase(after_person.group("t")):
                led = after_person.group("t")
            phrase = _title_tail(led) if lead or after_person else ""
            # "… since his appointment as WHO Director General, Carol Bellamy": that
            # title is the other person's.
            owned_by_other = bool(lead and re.search(r"\bas\s+$", led[: len(led) - len(phrase)]))
            # "witnessed by Jane Doe, Executive Editor of X, John Roe, Y Manager": the
            # title between two names is the appositive of the name before it.
            # (Not after "Jane Doe and": "Orrin Minister, Jane Doe and Acme Chair, John
            # Roe" is two pairs, a title then its name, and "and" starts the second.)
            # (Nor after "Title, Jane Doe,": in a list of such pairs, each title is the
            # next name's.)
            titled_before = bool(
                found
                and found[-1].title
                and re.search(
                    rf"\b{re.escape(found[-1].title.split()[-1])}\b[^,]*,\s+[^,]*\b"
                    rf"{re.escape(found[-1].name)},\s+[^,]*,\s*$",
                    bare_before,
                )
            )
            owned_by_other = owned_by_other or bool(
                lead
                and not after_person
                and not titled_before
                and phrase == led
                and _NAME_THEN_COMMA.search(bare_before[: lead.start(1)])
                and not re.search(r"(?:'s|’s)\s", phrase)
            )
            if (
                phrase
                and not owned_by_other
                and is_title_phrase(phrase)
                and len(phrase.split()) <= 16
            ):
                title, org = split_title_org(phrase)
        # "Foreign Minister Jo Ray and his Velmar counterpart Jane Doe": the title of the
        # person named before, held in the place named.
        counterpart = re.search(
            r"\b(?:his|her|their)\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
            r"counterparts?,?\s*$",
            bare_before,
        )
        counterpart_of = (
            (found[-1].title, counterpart.group("place"))
            if title is None and counterpart and found and found[-1].title
            else None
        )
        # "…, said its chairman Jane Doe": a lower-case title after "its"/"their", held
        # at the organisation the sentence is about (the caller finds which).
        owned_title = re.search(
            r"\b(?:its|their)\s+(?P<t>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+$", bare_before
        )
        if (
            title is None
            and owned_title
            and is_title_word(owned_title.group("t").split()[-1])
            and is_title_phrase(owned_title.group("t"))
        ):
            title = owned_title.group("t")
        # "according to the regional representative for Africa of KFD, Jane Doe": a
        # lower-case title after "the", set off by a comma before the name.
        if title is None:
            lower = re.search(
                r"\b(?:according\s+to|by|said|says|from|with|and)\s+the\s+"
                r"(?P<t>[a-z][\w'’-]*(?:\s+[\w&'’-]+){0,11}?),\s*$",
                bare_before,
            )
            if lower and is_title_phrase(lower.group("t")):
                title, org = split_title_org(lower.group("t"))
        # "..., Director General of KFD H E Jane Doe stated": a title with its
        # organisation right before the name, after a comma or the start.
        if title is None:
            clause = re.split(r"[,;:]\s+", bare_before)[-1]
            # ("President of Lantern News Agency Hal Voss met ...": an organisation of
            # several words, when its last word is a head word, ends before the name.)
            org_words = re.search(
                r"\b(?:of|at)\s+(?:the\s+)?((?:[A-Z][\w&'’.-]*\s+){1,5})$", clause
            )
            headed = bool(org_words) and org_words.group(1).split()[-1].lower() in ALL_HEADS
            phrase = (
                _title_tail(clause) if headed or re.search(r"\b(?:of|at)\s+\S+\s*$", clause) else ""
            )
            if (
                phrase
                and phrase[:1].isupper()
                and is_title_phrase(phrase)
                and len(phrase.split()) <= 12
            ):
                title, org = split_title_org(phrase)
        # "The Vice Chancellor, Harrowgate University, Professor Nell Ashdown": title,
        # then its organisation, each between commas.
        if title is None:
            pair = re.search(
                r"(?:^|[,;:]\s+)(?:The\s+)?([A-Z][^,;:]{2,80}?),\s+([A-Z][^,;:]{2,80}?),\s*$",
                bare_before,
            )
            if (
                pair
                and is_title_phrase(pair.group(1))
                and split_title_org(pair.group(1))[1] is None
                and any(w.lower() in ALL_HEADS for w in pair.group(2).split())
            ):
                title, org = pair.group(1), pair.group(2)
        # "Governor Maris Talbot of Eastmarch": the title before the name, the place or
        # organisation after it.
        of_after = re.match(
            r"\s+of\s+(?:the\s+)?([A-Z][\w&'’-]*(?:\s+(?:of\s+)?[A-Z][\w&'’-]*){0,5})",
            sentence[name_toks[-1].end :],
        )
        if title is not None and org is None and of_after:
            org = of_after.group(1)
        # "the appointment of Henrietta H Fore as Executive Director of UNICEF"
        as_title = re.match(
            r"(?:,?\s+(?:since|after|following|upon|on)\s+(?:his|her|their)\s+"
            r"(?:appointment|election|nomination|promotion))?"
            r"\s+as\s+(?:the\s+|its\s+|a\s+|an\s+)?([A-Z][^,;()]{2,100})",
            sentence[name_toks[-1].end :],
        )
        # "Jane Doe is scientific director of Acme's Owen Laboratory": a copula, then a
        # title with its organisation.
        copula = re.match(
            r"(?:,\s+who)?\s+(?:(?:is|was)(?:\s+(?:also\s+)?[a-z]+-?[a-z]+\s+as|"
            r"\s+(?:also|now|currently))?|serves as|"
            r"has served as|will serve as|became|becomes)\s+"
            r"(?:the\s+|a\s+|an\s+)?(?P<t>[^,;.()\"“”]{3,120}?\s+(?:of|at|for)\s+[^,;()\"“”]{2,80})",
            sentence[name_toks[-1].end :],
        )
        if title is None and copula and is_title_word(copula.group("t").split()[0]):
            seg = _clean_appositive(copula.group("t").strip(" ."))
            seg = re.split(r"\s+(?:where|which|who|that|and\s+(?:is|was|has|will))\b", seg)[0]
            copula_title, copula_org = (
                split_title_org(seg) if is_title_phrase(seg) else (None, None)
            )
            if copula_title and copula_org:  # ("is a member of the team" is no role)
                title, org = copula_title, copula_org.strip(" .")
        # "Jane Doe, who chairs the Acme Fund": a verb that names the office.
        office = re.match(
            r",?\s+who\s+(?:also\s+|now\s+|currently\s+)?"
            rf"(?P<verb>{'|'.join(re.escape(v) for v in _OFFICE_VERBS)})\s+(?:the\s+)?"
            r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w&'’.-]*){0,8})",
            sentence[name_toks[-1].end :],
        )
        if title is None and office:
            title = _OFFICE_VERBS[office.group("verb")]
            org = office.group("org")
        if title is None:
            title, org = _passive_office(bare_before)
        if title is None and as_title and is_title_phrase(as_title.group(1)):
            seg = _clean_appositive(as_title.group(1).strip(" ."))
            if is_title_phrase(seg):
                title, org = split_title_org(seg)
        # "Mr Ricky Lind Executive Deputy Chairman of ORDA (second from right)", "Jane
        # Doe President of Acme University, during ...": a title with its organisation
        # right after the name, without a comma.
        glued_after = re.match(r"\s+([A-Z][^,;()\"“”]{2,120})", sentence[name_toks[-1].end :])
        if title is None and glued_after and is_title_word(glued_after.group(1).split()[0]):
            seg = _clean_appositive(glued_after.group(1).strip(" ."))
            # (Only "Title of/at Org": "VU System Chancellor Jane Doe" is an
            # organisation, then a title before the name.)
            of_org = re.search(r"\s(?:of|at)\s+(?:the\s+)?(?P<org>[A-Z].*)$", seg)
            if of_org and is_title_phrase(seg):
                glued_title, glued_org = split_title_org(seg)
                if glued_title and glued_org and glued_org in of_org.group("org"):
                    title, org = glued_title, glued_org
        # "Name (Title, Org)": the same as "Name, Title, Org,".
        # ("Name, (Title), Name2": the same, after a comma.)
        bracket = re.match(r",?\s*\(([^()]{3,160})\)", after_name := sentence[name_toks[-1].end :])
        if bracket and is_title_phrase(bracket.group(1)):
            after_name = f", {bracket.group(1)},{after_name[bracket.end() :]}"
        # Appositive: "Name, Title of Org," right after the name. After a bare title
        # before the name ("Ambassador X, Permanent Representative ..."), the appositive
        # is a second role.
        after = after_name
        appositive_only = title is None
        bare_title = title is not None and org is None and len(title.split()) == 1
        if title is not None and not bare_title and bracket and is_title_phrase(bracket.group(1)):
            # "Director General Prof. Jane Doe (Professor at Orrin University)": a second
            # role in brackets after the name.
            second_title, second_org = split_title_org(bracket.group(1).strip())
            if second_title and second_org:
                found.append(PersonRef(name=name, title=second_title, organization=second_org))
        current, ended = True, None
        if title is None or bare_title:
            roles = appositive_roles(after, known_acronyms)
            if roles and bare_title:
                found.append(PersonRef(name=name, title=title, organization=None))
            for role in roles[:-1]:
                found.append(
                    PersonRef(
                        name=name,
                        title=role.title,
                        organization=role.org,
                        current=role.current,
                        ended=role.ended,
                    )
                )
            if roles:
                title, org = roles[-1].title, roles[-1].org
                current, ended = roles[-1].current, roles[-1].ended
        if title is None and counterpart_of is not None:
            # (Last: "his Velmar counterpart Jane Doe, who is also vice president of
            # Velmar", or "..., Minister of Ports," is read from her own words first.)
            title, place = counterpart_of
            org = f"Government of {place}" if _GOVERNMENT_TITLE.search(title) else place
        # "... the People of Velmont, the Minister of Ports, Dr. X": after "Capitalised of",
        # a name with only an appositive title and no honorific ends a longer name
        # (never "in the presence of Jane Doe, Registrar").
        if (
            appositive_only
            and not honorific
            and start_at > 1
            and toks[start_at - 1].low == "of"
            and toks[start_at - 2].text[:1].isupper()
        ):
            continue
        # "Representative to the International Organizations in Vienna X": a title that
        # ends in "to the" has this name as its object; the person comes later.
        if title is not None and re.search(r"\b(?:to|of|for|the|at|in|and|with)$", title):
            continue
        # "Carol Bellamy today warned …": a name that speaks is a person, title or not.
        speaks = _SPEAKS_AFTER.match(sentence[name_toks[-1].end :]) is not None
        if family_only and title is None and honorific and of_after:
            # ("Professor Doe of the UoK": a title written as an honorific.)
            word = honorific.group(0).split()[0].rstrip(".")
            if is_title_word(word) and len(word) > 4:
                title, org = word, of_after.group(1)
        if family_only and title is None:
            continue
        if title is not None or honorific or speaks:
            found.append(
                PersonRef(
                    name=name,
                    title=title,
                    organization=org,
                    known_only=known_only,
                    current=current,
                    ended=ended,
                )
            )
    shared = _respective_titles(sentence, known_acronyms)
    if shared:
        named = {ref.name for ref in shared}
        found = [ref for ref in found if ref.name not in named]
    found = _leading_title_list(sentence, [_royal_office(sentence, r) for r in found])
    return _delegation_units(found) + _bracket_heads(sentence) + shared


_PERSON = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
_ORG = r"[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w&'’.-]*){0,6}?"
# "A and B, the chief executives of X and the Y respectively": one plural title, each
# person at the organisation in the same place of the second list.
_RESPECTIVELY = re.compile(
    rf"(?P<a>{_PERSON})\s+and\s+(?P<b>{_PERSON}),\s+(?:the\s+)?(?P<title>[A-Za-z][\w -]{{1,40}}?)"
    rf"\s+(?:of|at)\s+(?:the\s+)?(?P<x>{_ORG})\s+and\s+(?:the\s+)?(?P<y>{_ORG}),?\s+respectively\b"
)


# Offices of a royal house written before a name and its styles ("the Crown Prince
# Sheikh Jo Ray"): "Prince" alone is a style (bot/vocab/honorifics.txt), these are offices.
_ROYAL_OFFICE = re.compile(
    rf"\b(?P<office>Crown\s+Prince(?:ss)?|Emir|Amir|Sultan|Deputy\s+Emir)\s+"
    rf"(?:(?:{_HONORIFIC})\.?\s+)*$"
)


def _royal_office(sentence: str, ref: PersonRef) -> PersonRef:
    """``ref`` with the royal office written before the name as its title, when it has
    none: "His Highness the Crown Prince Sheikh Jo Ray" -> Crown Prince (the state it
    serves is left to ``roles.organisation_of``)."""
    at = sentence.find(ref.name)
    office = _ROYAL_OFFICE.search(sentence[:at]) if ref.title is None and at > 0 else None
    if office is None:
        return ref
    return dataclasses.replace(ref, title=re.sub(r"\s+", " ", office.group("office")))


def _leading_title_list(sentence: str, found: list[PersonRef]) -> list[PersonRef]:
    """``found`` with the person a sentence opens with, after a list of titles, given each
    of them: "Deputy Prime Minister, Minister of Oil and Minister of State for Economic
    affairs Dr. Jo Ray signed …" gives Jo Ray three titles (no organisation: the list
    names none). Only a list from the sentence's start, each part a title that opens
    with a capital, so prose before a name is never read as titles."""
    if not found or found[0].organization:
        return found
    first = found[0]
    at = sentence.find(first.name)
    if at <= 0:
        return found
    prefix = re.sub(rf"(?:\s*\b(?:{_HONORIFIC})\.?)+\s*$", "", sentence[:at]).strip(" ,")
    # ("Chairman, President and CEO Jane Doe": title words only are one title; so is
    # "Provost and Executive Vice President for Academic Affairs", with no comma.)
    if _bare_titles(prefix) or "," not in prefix:
        return found
    parts = re.split(r",\s+(?:and\s+)?|\s+and\s+(?=[A-Z])", prefix)
    if len(parts) < 2 or not all(
        p[:1].isupper() and is_title_phrase(p) and is_title_word(p.split()[0]) for p in parts
    ):
        return found
    titles = [dataclasses.replace(first, title=p, organization=None) for p in parts]
    return [*titles, *found[1:]]


def _singular_title(title: str) -> str | None:
    """ "chief executives" -> "chief executive", "directors general" -> "director general"."""
    words = title.split()
    for k in (len(words) - 1, 0):
        word = words[k]
        for singular in (word[:-1], word[:-2]) if word.endswith("s") else ():
            if singular and is_title_word(singular):
                return " ".join([*words[:k], singular, *words[k + 1 :]])
    return None


# "the directors general of the agencies, A and B": a plural title of the two
# organisations the sentence named before, in the same order.
_OF_THE_TWO = re.compile(
    r"\bthe\s+(?P<title>[A-Za-z][\w -]{1,40}?)\s+of\s+(?:the|both|these)\s+(?:two\s+)?"
    r"(?P<what>agencies|organi[sz]ations|companies|universities|institutions|institutes|"
    r"foundations|banks|parties|partners|ministries|firms|groups),?\s+"
    rf"(?P<a>{_PERSON})\s+and\s+(?P<b>{_PERSON})\b"
)
_KIND_WORD = {
    "agencies": "agency", "organisations": "organisation", "organizations": "organization",
    "companies": "company", "universities": "university", "institutions": "institution",
    "institutes": "institute", "foundations": "foundation", "banks": "bank", "ministries":
    "ministry", "firms": "firm", "groups": "group", "parties": "", "partners": "",
}  # fmt: skip


def _two_organisations(before: str, what: str) -> list[str]:
    """The organisations ``before`` names with the kind word ("Ostria's Kestrel news
    agency", "the Kestrel University"), or every capitalised name for "parties"."""
    kind = _KIND_WORD[what]
    if kind:
        pattern = (
            rf"(?:[A-Z][\w'’-]*(?:'s|’s)\s+)?(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,4}})"
            rf"\s+(?:[a-z]+\s+)?{kind}\b"
        )
        found = [m.group("org") for m in re.finditer(pattern, before)]
        if len(found) == 2:
            return found
        # "the Kestrel University and Orrin University": the kind word inside the name
        named = re.findall(rf"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*\s+{kind.capitalize()}\b", before)
        return named if len(named) == 2 else []
    return []


def _respective_titles(sentence: str, known_acronyms: set[str]) -> list[PersonRef]:
    match = _RESPECTIVELY.search(sentence)
    if match is None:
        two = _OF_THE_TWO.search(sentence)
        title = _singular_title(two.group("title")) if two else None
        orgs = _two_organisations(sentence[: two.start()], two.group("what")) if two else []
        people = [clean_name(two.group(g)) for g in ("a", "b")] if two else []
        if not (two and title and len(orgs) == 2):
            return []
        if not all(_all_name_like(p, known_acronyms) for p in people):
            return []
        return [PersonRef(people[0], title, orgs[0]), PersonRef(people[1], title, orgs[1])]
    title = _singular_title(match.group("title"))
    people = [clean_name(match.group(g)) for g in ("a", "b")]
    if title is None or not all(_all_name_like(p, known_acronyms) for p in people):
        return []
    return [
        PersonRef(people[0], title, match.group("x")),
        PersonRef(people[1], title, match.group("y")),
    ]


_OFFICE_VERBS = vocab.office_verbs()


# "the Centre for Ostria Studies (COS), headed by": an organisation, perhaps its
# acronym in brackets, then a passive office verb (bot/vocab/office_verbs.yaml, the
# entries ending in "by") just before the name.
_PASSIVE_OFFICE = re.compile(
    rf"(?P<org>{_ORG})(?:\s*\([A-Z][\w&-]{{1,11}}\))?,?\s+"
    rf"(?P<verb>{'|'.join(re.escape(v) for v in _OFFICE_VERBS if v.endswith(' by'))})\s+$"
)


def _passive_office(before: str) -> tuple[str | None, str | None]:
    """(title, organisation) from "<Org>, headed by " ending ``before``, else (None, None).

    A possessive owner before the organisation ("Velmont's Centre for X") is the
    owner's, not part of the name."""
    m = _PASSIVE_OFFICE.search(before)
    if m is None:
        return None, None
    org = re.sub(r"^(?:The\s+)?(?:.*(?:'s|’s)\s+)?", "", m.group("org"))
    if not org[:1].isupper() or org.lower() in STOPWORDS:
        return None, None
    return _OFFICE_VERBS[m.group("verb")], org


def _delegation_units(found: list[PersonRef]) -> list[PersonRef]:
    """ "X, director of research at Velmont, and Y, dean of the Faculty of Z": a unit
    title that names no organisation is held at the organisation of the person listed
    just before, in the same sentence (one delegation)."""
    out: list[PersonRef] = []
    for ref in found:
        unit = ref.title is not None and re.search(rf"\bof the (?:{_STANDALONE})\b", ref.title)
        if unit and ref.organization is None and out and out[-1].organization:
            ref = PersonRef(ref.name, ref.title, out[-1].organization)
        out.append(ref)
    return out


# "Acme Co., Ltd. (Headquarters: Velmont, President: Jane Doe)": the company's head
# in a bracket of facts after its name (Japanese companies and universities write so).
_BRACKET_HEAD = re.compile(
    r"\((?:[^()]*?[,;]\s*)?(?P<title>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s*:\s*"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*\)"
)
_ORG_BEFORE = re.compile(
    r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w&'’.-]*){0,6}"
    r"(?:,?\s+(?:Co\.,?\s+)?(?:Ltd|Inc|Corp|LLC|plc|AG|GmbH|SA)\.?)?)"
    # (perhaps with a description between commas: "Acme Co., Ltd., a member of X Group,")
    r"(?:,\s+(?:a|an|the)\s+[^,()]{2,80},)?\s*$"
)


def _bracket_heads(sentence: str) -> list[PersonRef]:
    out: list[PersonRef] = []
    for match in _BRACKET_HEAD.finditer(sentence):
        if not is_title_word(match.group("title").split()[-1]):
            continue
        org = _ORG_BEFORE.search(sentence[: match.start()])
        if org is None:
            continue
        out.append(
            PersonRef(clean_name(match.group("name")), match.group("title"), org.group("org"))
        )
    return out


_SPEAKS_AFTER = re.compile(
    r"\s+(?:(?:today|yesterday|also|then|later|on\s+\w+day)\s+)?(?:said|says|stated|warned|added|noted|"
    r"stressed|explained|told|welcomed|thanked|praised|urged|argued|emphasi[sz]ed|commented|"
    r"recalled|remarked|observed|insisted|announced that)\b"
)


# Letters after a name in a signature ("M.D.", "P.C.", "M.P.", "PhD").
_SIGNATURE_LETTERS = re.compile(r"(?:[A-Z]\.){1,4}|[A-Z][A-Za-z]{1,4}\.?")


def signature(line: str, next_line: str, known_acronyms: set[str]) -> PersonRef | None:
    """The person who signs a statement: a line that is only a name (with its honorific
    and letters), then a line that is only a title. Government releases print a quote,
    then "The Honourable Jane Doe, P.C., M.P." and "Minister of Ports" below it.

    None when ``line`` is more than a name or ``next_line`` more than a title.
    """
    line, next_line = line.strip(), next_line.strip()
    if not line or len(line) > 120 or not next_line or len(next_line.split()) > 20:
        return None
    if next_line.endswith((".", "!", "?", ":")) or re.search(r"[\"“”]", next_line):
        return None
    if not is_title_phrase(next_line) or not next_line[:1].isupper():
        return None
    head, *letters = [p.strip() for p in line.split(",")]
    if not all(_SIGNATURE_LETTERS.fullmatch(p) or _DEGREE.fullmatch(p) for p in letters if p):
        return None
    head = re.sub(r"^the\s+", "", head, flags=re.IGNORECASE)
    head = re.sub(rf"^(?:(?:{_HONORIFIC})\.?\s+)+", "", head)
    if not _all_name_like(head, known_acronyms) or len(head.split()) < 2:
        return None
    title, org = split_title_org(next_line)
    return PersonRef(name=clean_name(head), title=title, organization=org) if title else None


# Letters after a name before its title, in a one-line signature ("Jane Doe, P.C., M.P.").
_SIGNATURE_CREDENTIALS = re.compile(r"(?:,\s*(?:(?:[A-Z]\.){1,4}|Ph\.?D\.?|Jr\.?|Sr\.?))+")


def signature_line(line: str, known_acronyms: set[str]) -> PersonRef | None:
    """The person a one-line signature names: "- The Honourable Jane Doe, Minister of
    Ports", "Chief Jane Doe, Kestrel Lake First Nation", "The Honourable Jane Doe, P.C.,
    M.P. Minister of Ports" (a name line and a title line run together). Only a short
    line in title case, with no sentence in it; None otherwise."""
    text = re.sub(r"^[-\u2013\u2014\u2022*\s]+", "", line.strip())
    if not text or len(text) > 200 or re.search(r"[\"“”:;!?]", text):
        return None
    words = re.findall(r"[^\W\d_][\w'’.-]*", text)
    if any(w[:1].islower() and w.lower() not in _SIGNATURE_SMALL for w in words):
        return None
    text = _SIGNATURE_CREDENTIALS.sub("", text.rstrip(" ."))
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    ref = parse_person_phrase(text, known_acronyms)
    # "Honourable Jane Doe Minister of Ports": the name line and the title line run
    # together; the title starts at its first title word after the name.
    words = text.split()
    k = 0
    while k < len(words) and words[k].lower().rstrip(".") in HONORIFICS:
        k += 1
    # "Chief Jane Doe Kestrel Lake First Nation": a title, a name, then the organisation.
    t = k
    while t < len(words) and is_title_word(words[t]):
        t += 1
    if t > k and len(words) - t >= 4 and words[-1].lower() in ALL_HEADS:
        name = " ".join(words[t : t + 2])
        if _all_name_like(name, known_acronyms):
            return PersonRef(clean_name(name), " ".join(words[k:t]), " ".join(words[t + 2 :]))
    for end in range(k + 2, min(k + 5, len(words))):
        if is_title_word(words[end]) and _all_name_like(" ".join(words[k:end]), known_acronyms):
            title, org = split_title_org(" ".join(words[end:]))
            if title is not None:
                ref = PersonRef(clean_name(" ".join(words[k:end])), title, org)
            break
    if ref is None or ref.title is None or len(ref.name.split()) < 2:
        return None
    parts = [p.strip() for p in text.split(",")]
    last = parts[-1] if len(parts) > 1 else ""
    if (
        ref.organization is None
        and last
        and any(w.lower() in ALL_HEADS for w in last.split())
        and not is_title_phrase(last)
    ):
        return PersonRef(ref.name, ref.title, last)
    return ref


_SIGNATURE_SMALL = {
    "of",
    "for",
    "and",
    "the",
    "de",
    "du",
    "des",
    "la",
    "le",
    "to",
    "in",
    "on",
    "at",
}
