"""A title phrase split into its title and its organisation: "Director of the Velmont
Fund", "Fenwold President Europe", "Head of the Outreach Sector", "Ministro de Puertos".
"""

from __future__ import annotations

import re

from bot import vocab
from bot.ingest.words import (
    ALL_HEADS,
    CORE_TITLES,
    KIND_HEADS,
    ROMANCE_HEADS,
    STOPWORDS,
    TITLE_WORDS,
    is_country,
    is_demonym,
    is_place,
    is_title_phrase,
    is_title_word,
    looks_like_acronym,
)
from bot.kb.models import EntityKind

# "of (the)" in Spanish, French, Italian and Portuguese titles: "Rector de la UVE",
# "directeur général du Centre X", "Presidente della Fondazione Y".
_ROMANCE_OF = re.compile(
    r"\s+(?:de\s+la|de\s+las|de\s+los|del|de\s+l['’]|du|des|della|dello|degli|delle|di|de|da|do|dos|das)\s+"
    # ("directrice générale d'Orrin Labs": "de" elided before a vowel.)
    r"|\s+d['’](?=[A-Z])"
    # ("direttrice generale dell'Istituto X": the Italian "of the" elided the same way.)
    r"|\s+dell['’](?=[A-Z])"
)


def romance_split(text: str) -> tuple[str, str] | None:
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


RESPONSIBLE_FOR = re.compile(
    r"(?:(?:Deputy|Associate|Vice)[\s-])?Minister\s+(?:Responsible|responsible)\s+for\s"
)


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
    romance = romance_split(text)
    if romance is not None:
        return romance
    # "Deputy Governor, Financial System Stability": title words, then the portfolio
    # after a comma; one title, held at the organisation the sentence names elsewhere.
    portfolio = re.fullmatch(r"(?P<title>[^,]+),\s+(?P<area>[^,]+)", text)
    if (
        portfolio is not None
        and is_area(portfolio.group("area"))
        and all(is_title_word(w) for w in portfolio.group("title").split())
    ):
        return text, None
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
    # "vice president for research in Harlow's Walden Center": a title held in a unit
    # its owner names; the owner's unit is the organisation (read to its owner later).
    owned_in = re.fullmatch(
        r"(?P<title>.+?)\s+(?:in|at)\s+(?:the\s+)?(?P<org>[A-Z][\w&.-]*(?:'s|’s)\s+\S.*)", text
    )
    if owned_in and is_title_phrase(owned_in.group("title")):
        return owned_in.group("title"), owned_in.group("org")
    unit = _title_unit(text)
    if unit is not None:
        return unit
    # "performing the non-exclusive duties of the Under Secretary of X": an acting
    # holder; the title is the office.
    text = _ACTING.sub("", text)
    if not is_title_phrase(text):
        return None, None
    if RESPONSIBLE_FOR.match(text):
        # "Minister Responsible for the Velmont Housing Agency": what a minister answers
        # for is the portfolio, part of the title; the office is the government's.
        return text, None
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
    if head in UNIT_LOWER and unit_of:
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
STANDALONE_UNITS, PARENT_UNITS = vocab.units()
_UNIT_WORDS = "|".join(sorted(STANDALONE_UNITS | PARENT_UNITS))
STANDALONE = "|".join(sorted(STANDALONE_UNITS))
# "LHF National Board", "Acme Foundation Advisory Board", "LHF – Velmont Metro Board":
# the parent organisation, then a unit of it.
# "Faculty of Engineering and Applied Science": a unit named on its own.
# (Not a department or an office: "Department of Health" is an organisation.)
# "Management Board", "Supervisory Board": a board of a kind is a board all the same.
_BOARD_KIND = "|".join(sorted(vocab.board_kinds()))
_UNIT_ONLY = re.compile(rf"(?:(?:{_BOARD_KIND})\s+)?(?:{STANDALONE})\b(?:\s+(?:of|for)\s+.+)?")
UNIT_END = re.compile(rf"(?:{_UNIT_WORDS})")
UNIT_LOWER = {u.lower() for u in (*STANDALONE_UNITS, *PARENT_UNITS)}


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
    if posted and UNIT_END.fullmatch(posted.group("unit").split()[-1]):
        # "Head of the ODP Office in Velmont": the unit's place stays in the title.
        unit_title, parent = _unit_of(title, posted.group("unit"))
        if parent is not None:
            return f"{unit_title} in {posted.group('place')}", parent
    words = org.split()
    if len(words) < 2 or not UNIT_END.fullmatch(words[-1]):
        return title, org
    dash = re.match(r"(?P<parent>.+?)\s*(?:--+|[-\u2013\u2014])\s*\S", org)
    candidates = [dash.group("parent")] if dash else []
    candidates += [" ".join(words[:k]) for k in range(len(words) - 1, 0, -1)]
    for parent in candidates:
        last = parent.split()[-1]
        if (len(parent.split()) == 1 and looks_like_acronym(parent) and parent.isupper()) or (
            last.lower() in ALL_HEADS and not UNIT_END.fullmatch(last)
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
        and first.lower() not in UNIT_LOWER
        and owner.split()[-1].lower() not in ALL_HEADS
    )


def _split_title_org(text: str) -> tuple[str | None, str | None]:
    poss = re.match(
        # ("Port d’Orrin’s Chairman": an apostrophe inside a word of the name.)
        r"^(?P<org>\w[\w.&'’-]*(?:\s+\w[\w.&'’-]*)*?)(?:'s|’s|(?<=s)'|(?<=s)’)\s+(?P<title>.+)$",
        text,
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
PORTFOLIO = {
    "affairs", "labor", "labour", "finance", "health", "education", "defence", "defense",
    "trade", "industry", "agriculture", "justice", "interior", "energy", "environment",
    "transport", "transportation", "culture", "tourism", "planning", "works", "welfare",
    "security", "housing", "employment", "fisheries", "forestry", "mines", "mining",
    "communications", "telecommunications", "economy", "commerce", "investment", "youth",
    "sports", "women", "family", "development", "infrastructure", "innovation", "science",
    "relations", "ports", "shipping", "waterways", "aviation", "railways", "roads", "water",
    "power", "petroleum", "textiles", "steel", "coal", "information", "broadcasting",
    "state",  # "Secretary of State", "Minister of State"
    # ("Labour and Social Security" above; "Families, Children and Social Development".)
    "social", "children",
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
        # ("vice president of public relations for Orrin-LX": after a title in lower
        # case, a capitalised name is the organisation the title is held for.)
        if (
            match.group(0).strip().startswith("for")
            and not org_words & ALL_HEADS
            and not (
                # (Only a title with its own area, "director of sales for X": "spokesman
                # for Velmont" may name a place.)
                title.islower()
                and " of " in title
                and org[:1].isupper()
                and not is_area(org)
                and not any(is_title_word(w) for w in org.split())
            )
        ):
            continue
        # "Minister of Labor and Social Affairs" is one title: a portfolio, not an
        # organisation ("Minister of Rural Affairs of Eastmarch" splits at Eastmarch).
        if (
            re.search(r"(?:minister|secretary|commissioner|ministry)$", last)
            and org_words & PORTFOLIO
            and not org_words & ALL_HEADS
        ):
            continue
        if is_area(org):
            continue  # "Senior Director of Clinical Procurement": one title
        # "Deputy Director of the Department of Planning of Velmont City": the title
        # would hold an organisation named with "of"; the organisation starts there.
        named_inside = re.search(r"\s(?:of|at)\s+(?:the\s+)?([A-Z][\w-]*)\s+(?:of|for)\s", title)
        if (
            named_inside
            and named_inside.group(1).lower() in ALL_HEADS
            and connector == r"of|for"
            # ("Chairman of the Board of Directors of Acme": the board is Acme's governing
            # body, a unit written into the title, never an organisation of its own.)
            and not _GOVERNING_BODY.search(title[named_inside.start(1) :])
        ):
            continue
        brand = re.match(r"[A-Z]|[a-z]{1,3}[A-Z]", org) is not None  # "myLEADERBOARD", "eBay"
        if (brand or _lower_case_org(text[match.start() :])) and (
            is_title_phrase(title)
            # ("Chair of the Board of Acme": the board is Acme's, the title ends on it.)
            and (
                last not in ALL_HEADS
                or (
                    _BOARD_TITLE_END.search(title) is not None
                    and _GOVERNING_BODY.match(f"Board of {org}") is None
                )
            )
        ):
            return title, org
    return None


# The governing body of an organisation, named after it with "of": part of a title.
_GOVERNING_BODY = re.compile(
    r"^Board\s+of\s+(?:Directors|Trustees|Governors|Regents|Supervisors|Management)\b"
)


_BOARD_TITLE_END = re.compile(rf"\b(?:of|on)\s+(?:the\s+)?(?:(?:{_BOARD_KIND})\s+)?Board$")


_ORGANISATION_HEADS = dict(KIND_HEADS)[EntityKind.ORGANIZATION] - {
    u.lower() for u in (*STANDALONE_UNITS, *PARENT_UNITS)
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
    # ("of the global initiatives of the orchestra": an area of the title, then a head
    # word alone after "of the", which refers back; a lower-case name has no "of".)
    if "of" in words:
        return False
    return len(words) >= 2 and words[-1].lower() in _ORGANISATION_HEADS


# What a department does, written before a title word ("Marketing Director").
FUNCTIONS = {
    "marketing", "sales", "operations", "programme", "program", "project", "research",
    "policy", "media", "press", "procurement", "purchasing", "accounts", "admissions",
    # ("Team Lead", "Group CEO", "Country Manager": the part of the organisation a
    # title covers, never an organisation of one word.)
    "team", "group", "country", "site", "branch", "account", "brand", "product", "category",
    # ("Music Director", "Artistic Director", "Academic Dean": the field an arts or a
    # teaching body's title covers, one title, never a body named "Music".)
    "music", "artistic", "academic", "scientific",
}  # fmt: skip
# Words of the area a title covers inside its organisation ("Clinical Procurement",
# "Preclinical Development", "Fisheries, Food and Rural Development"). A phrase of
# these words only (no organisation word) is part of the title, never an organisation.
AREA_WORDS = (
    PORTFOLIO
    | FUNCTIONS
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
        # ("Financial System Stability", "Monetary Policy", "Banking Supervision": a
        # central bank's portfolios.)
        "financial", "monetary", "stability", "banking", "supervision", "payments", "system",
    }
) - (ALL_HEADS - {"government", "library"})  # fmt: skip
# Area words only before another area word ("Financial System Stability"): last, they
# head a name ("Health System").
_AREA_NOT_LAST = {"system"}
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
        and content[-1].lower() not in ALL_HEADS | _AREA_NOT_LAST
        and all(w[:1].isupper() and bool(_inflections(w.lower()) & AREA_WORDS) for w in content)
    )


_REGION_WORDS = vocab.word_list("world_regions")


def is_region(phrase: str) -> bool:
    """Whether ``phrase`` is the world region a title covers ("Arabian Peninsula &
    Turkey", "Asia Pacific", "Northern Europe and Africa"): countries, places and words
    of ``bot/vocab/world_regions.txt`` joined by commas, "and" or "&"."""
    pieces = [p for p in re.split(r"\s*(?:,|&|\band\b)\s*", phrase.strip(" ,.")) if p]
    return bool(pieces) and all(
        is_place(p)
        or is_country(p)
        or all(w.lower() in _REGION_WORDS for w in p.split() if w.lower() != "the")
        # ("Greater China", "Northern Ostria": region words before a country or a place.)
        or _region_of_place(p.split())
        for p in pieces
    )


def _region_of_place(words: list[str]) -> bool:
    """Whether ``words`` are region words then a country's or a place's name."""
    return any(
        all(w.lower() in _REGION_WORDS for w in words[:k])
        and (is_country(" ".join(words[k:])) or is_place(" ".join(words[k:])))
        for k in range(1, len(words))
    )


# A capitalised adjective ("Administrative", "Technical", "Regional"): before a title
# word it is part of the title, never an organisation.
# ("Federal Secretary": a state's adjective in "-ral" too.)
ADJECTIVE = re.compile(r"[A-Z][a-z]{3,}(?:ive|ical|ial|nal|ral|ary|ory)")


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
    lead = titles.index(False) if False in titles else len(words)
    named_after = lead
    while named_after < len(words) and not titles[named_after]:
        named_after += 1
    if (
        0 < lead < len(words)
        and not any(is_title_word(w, CORE_TITLES) for w in words[:lead])
        and any(w.lower() in ALL_HEADS for w in words[lead:named_after])
    ):
        # ("Global Fund Director", "High Court Judge": words that only dress titles,
        # before a name that ends in an organisation's head word, open that name.)
        titles[:lead] = [False] * lead
    if not titles[0]:
        # Organisation first: every word up to the first title word.
        first = titles.index(True) if True in titles else len(words)
        # ("Velmont High School Principal", "Orrin Global Fund Director": a word that
        # dresses titles, inside a name before its head word, is the name's.)
        named = [
            i for i in range(first, len(words)) if not titles[i] and words[i].lower() in ALL_HEADS
        ]
        if named:
            first = named[-1] + 1
        if first == len(words):
            return None
        acronym = words[0].isupper() and looks_like_acronym(words[0])
        if (
            first == 1
            and not acronym
            and (ADJECTIVE.fullmatch(words[0]) or words[0].lower() in PORTFOLIO | FUNCTIONS)
        ):
            # "Administrative Officer", "Finance Officer": one title; "Federal Secretary
            # Statistics Division": one title, then its unit or organisation.
            end = 2
            while end < len(words) and titles[end] and is_title_word(words[end], CORE_TITLES):
                end += 1
            rest = words[end:]
            if (
                capital
                and len(rest) >= 2
                and not any(is_title_word(w, CORE_TITLES) for w in rest)
                and rest[-1].lower() in ALL_HEADS | UNIT_LOWER
            ):
                return " ".join(words[:end]), " ".join(rest)
            return None
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
        # ("Jane Doe, Kestrel Charts president": news style, a name then a title all in
        # lower case, title words only.)
        # (Not after a country's adjective: "the Kenyan president" is read by nationality.)
        lower_title = (
            all(w[:1].islower() and (is_title_word(w) or w in {"and", "&"}) for w in words[first:])
            and is_title_word(words[-1])
            and not (first == 1 and is_demonym(words[0]))
        )
        if not (capital or strong or lower_title):
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
