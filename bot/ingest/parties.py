"""Parties: the organisations and programmes a release is about, with or without a head word.

``find_named_things`` (entities.py) only knows a name by its head word ("Acme
Foundation"). Partners are often named without one: "ORBALIS and QUILLMARK today
signed", "joint trials with Ostrow Pharma", "Fenwold Foods and the Harbour Lights
Kitchen". Such a name is taken when its *position* says it is a party:

* coordinated with a known party, or with another name in a sentence about a deal
  ("X and Y signed", "between X and Y");
* after "with" in a sentence about a deal ("will run joint trials with Ostrow Pharma");
* a word in capitals ("NORDA") in either position, or as a sentence's subject;
* before a lower-case programme word ("the Bright Lanterns initiative"), or after
  "called"/"named" ("a meal programme called Full Plates"): an initiative.

People, places (the dateline's), titles, months and sentence-opening words are never
parties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from bot.ingest.entities import (
    ALL_HEADS,
    HONORIFICS,
    STOPWORDS,
    Registry,
    appositive_roles,
    find_people,
    guess_kind,
    is_title_word,
)
from bot.ingest.metadata import US_STATES
from bot.ingest.names import name_parts
from bot.ingest.quotes import is_quoted_name
from bot.ingest.words import PLACE_WORDS, ROMANCE_HEADS, is_country
from bot.kb.models import EntityKind
from bot.textnorm import normalize

# A capitalised name: capitalised words, joined by "of", "for", "de", "&" or "the" inside.
# (Brands may open in lower case: "bioKestrel", "eBay".)
_WORD = r"(?:[A-Z][\w'’.&-]*[\w&]|[A-Z]|[a-z]{1,3}[A-Z][\w'’.&-]*[\w&])"
# ("Partner 4 Towns", "Code 2 Learn": one digit may join two words of a programme's or a
# brand's name.)
_NAME = rf"{_WORD}(?:\s+(?:(?:of|for|de|&|on)\s+(?:the\s+)?|the\s+|[1-9]\s+)?{_WORD})*"
# Currency codes and other capitals that are never parties.
_NOT_PARTIES = {"EUR", "USD", "GBP", "CHF", "JPY", "CNY", "RMB", "INR", "AUD", "CAD", "HKD",
                "SGD", "KES", "ZAR", "BRL", "NOK", "SEK", "DKK", "COVID-19", "COVID", "AI",
                "ESG", "SDG", "SDGS", "GDP", "PDF", "FAQ", "TBA", "NEW", "UPDATE",
                "ASA", "PLC", "LLC", "INC", "LTD", "GMBH", "AG", "SA", "NV", "BV", "AB", "SPA"}  # fmt: skip
_DEAL = re.compile(
    r"\b(?:sign\w*|partner\w*|agree\w*|memorand\w*|MoU|deal|alliance|collaborat\w*|joint\w*|"
    r"launch\w*|work\w* with|team\w* up|join\w*|cooperat\w*|co-operat\w*|trials?|fund\w*|"
    r"supply|supplies|share\w*|open\w*|unveil\w*|announc\w*|establish\w*|form\w*|"
    # (French, Spanish, Italian and Portuguese words of a deal.)
    r"partenariat|convention|convenio|accord|acuerdo|accordo|acordo|alianza|firm(?:aron|ó|ado|ada|an|a)|"
    r"sign[ée]\w*|coop[ée]ra\w*)\b",
    re.IGNORECASE,
)
# "the" in English, French, Spanish, Italian and Portuguese.
_ARTICLE = r"(?:the|le|la|les|l['’]|el|los|las|il|lo|gli|o|a|os|as)(?=\s|['’])"
_PROGRAMME_WORDS = r"initiative|programme|program|project|campaign|scheme|platform|fund|challenge"
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
_PLACE_WORDS = {"north", "south", "east", "west", "central", "northern", "southern"}


@dataclass(frozen=True, slots=True)
class Party:
    """A name found by its position, with the kind its position or head word says."""

    name: str
    kind: EntityKind


class ProgrammeName(NamedTuple):
    """A programme written with its own name before a dash and a longer one after it:
    "its Open Doors for Makers \u2013 Orrin Workshop Ownership Program"."""

    name: str
    full: str


_PROGRAMME_TAIL = r"(?:Initiative|Programme|Program|Project|Campaign|Scheme|Fund|Challenge)"


def programme_names(sentence: str) -> list[ProgrammeName]:
    """The programmes in ``sentence`` written "Name \u2013 Longer Name Program"."""
    return [
        ProgrammeName(m.group("n"), m.group("full"))
        for m in re.finditer(
            rf"\b(?:its|the|their|his|her|a|an|new)\s+(?P<n>{_NAME})\s+[\u2013\u2014]\s+"
            rf"(?P<full>{_NAME}\s+{_PROGRAMME_TAIL})\b",
            sentence,
        )
        if not re.search(rf"\b{_PROGRAMME_TAIL}$", m.group("n"))
    ]


# "Orrin has partnered with Kestrel", "bioKestrel and Orrin announced": one word opening
# a sentence about a deal, then a verb of the deal (or "and" another party).
_LEAD_SUBJECT = re.compile(
    r"(?:The\s+)?(?P<n>[A-Z][\w&'’.-]*[\w&]|[a-z]{1,3}[A-Z][\w&'’.-]*[\w&])\s+"
    r"(?:(?:has|have|today|also|will|is|and|now|formally|officially|jointly)\s+)*"
    r"(?:partner\w*|team\w*|sign\w*|select\w*|join\w*|announc\w*|launch\w*|agree\w*|"
    r"acquir\w*|collaborat\w*|award\w*|unveil\w*|open\w*|form\w*|enter\w*|expand\w*|"
    r"renew\w*|extend\w*|and\s+[A-Z])"
)


# A capitalised name opening a sentence, then a verb only a party does (perhaps after
# "has", "today", ...). ("The X Administration today announced a partnership between A
# and B": who announces need not be a party.)
_SUBJECT = re.compile(
    rf"(?:The\s+)?(?P<n>{_NAME})\s+"
    r"(?:(?:has|have|today|also|will|now|formally|officially|jointly)\s+)*"
    r"(?:partnered|teamed|signed|signs|joined|joins|agreed|agrees|entered|enters|renewed|"
    r"renews|extended|extends|collaborat\w*)\b"
)


# The verb of a deal right after its subject ("today announced", "have signed").
_DEAL_VERB_AFTER = re.compile(
    r"\s+(?:(?:has|have|today|also|will|now|formally|officially|jointly)\s+)*"
    r"(?:partner\w*|team\w*|sign\w*|join\w*|announc\w*|launch\w*|agree\w*|collaborat\w*|"
    r"unveil\w*|open\w*|form\w*|enter\w*|renew\w*|extend\w*)\b"
)


def lead_subject(sentence: str) -> str | None:
    """The one-word name that opens a sentence about a deal ("Orrin has partnered with
    ..."), or None. The caller decides whether it is a name: a sentence's first word is
    capitalised anyway."""
    match = _LEAD_SUBJECT.match(sentence)
    if match is None or not _DEAL.search(sentence):
        return None
    word = _possessive_free(match.group("n"))
    if word.lower() in STOPWORDS or is_title_word(word) or word.lower() in HONORIFICS:
        return None
    return word


def _strip_article(name: str) -> str:
    return re.sub(r"^(?:The|A|An)\s+", "", name.strip()).strip(" ,.;:")


def _possessive_free(name: str) -> str:
    return re.sub(r"(?:'s|’s)$", "", name)


# A nationality adjective ("Orrinese", "French", "Canadian"). (Not every "-ian" word:
# "Meridian" and "Guardian" are names.)
_DEMONYM = re.compile(
    r"[A-Z][a-z]+ese|French|Dutch|Swiss|Thai|Greek|German|Czech|Irish|Welsh|Scottish|British|"
    r"Spanish|Polish|Turkish|Finnish|Danish|Swedish|Italian|Indian|Brazilian|Canadian|"
    r"Australian|Russian|Norwegian|Korean|American|Mexican|Belgian|Austrian|Nigerian|Kenyan|"
    r"Egyptian|Iranian|Indonesian|Malaysian|Colombian|Argentine|Chilean|Peruvian|Israeli|"
    r"Saudi|Emirati|Pakistani|Bangladeshi|Iraqi|Afghan|Ukrainian|Romanian|Hungarian"
)


def _is_candidate(
    name: str,
    sentence_start: bool,
    places: set[str],
    registry: Registry,
    *,
    programme: bool = False,
) -> bool:
    words = name.split()
    if not words or len(words) > 8:
        return False
    lows = [w.lower().strip(".,") for w in words]
    if all(w in STOPWORDS or w in _PLACE_WORDS for w in lows):
        return False
    if len(lows) == 1 and _DEMONYM.fullmatch(words[0]):
        return False  # "the Orrinese postal group": where it is from, not a name
    if len(lows) == 1 and (lows[0] in ALL_HEADS | ROMANCE_HEADS | PLACE_WORDS):
        return False  # "the Group", "le Groupe", "the Province": a head word alone
    # A title word makes a name a person's title ("Director of the Acme Fund"), unless the
    # name opens with its head word: "Project Lead the Future" is a programme.
    opens_with_head = lows[0] in ALL_HEADS and not is_title_word(lows[0])
    # (Before a programme word, a title word is the programme's: "the Partner 4 Towns
    # program".)
    if any(w.rstrip(".") in HONORIFICS for w in lows) or (
        any(is_title_word(w) for w in lows) and not opens_with_head and not programme
    ):
        return False
    if normalize(name) in places:
        return False
    if re.search(rf"\b{_MONTHS}\.?\s+[1-9]\b", name):
        return False  # "June 5 Acme": a date, not a name joined by a digit
    if len(name) >= 4 and name.lower().rstrip(".") in US_STATES:
        return False  # "across Massachusetts, New York and Rhode Island"
    if name.upper() in _NOT_PARTIES:
        return False
    found = registry.find(name)
    entity = registry.entities.get(found) if found is not None else None
    if entity is not None and entity.kind == EntityKind.PERSON:
        return False
    if registry.find_person(name) is not None:
        return False
    # A lone capitalised word opening a sentence is usually just the first word.
    return not (len(words) == 1 and sentence_start and not name.isupper())


def quoted_names(sentence: str) -> list[str]:
    """Title Case text in double quotes: the name of an agreement, report or campaign."""
    return [
        m.group(1).strip()
        for m in re.finditer(r"[\"\u201c]([^\"\u201c\u201d]{4,120})[\"\u201d]", sentence)
        if is_quoted_name(m.group(1).strip()) and not _inside_a_name(sentence, m.end())
    ]


def _inside_a_name(sentence: str, end: int) -> bool:
    """A quoted phrase followed by an organisation word is part of that organisation's
    name ('the "Lantern Hope" Foundation'), not a title of its own."""
    after = re.match(r"\s+([A-Z][\w'’-]*)", sentence[end:])
    return after is not None and after.group(1).lower() in ALL_HEADS


# A place's name: one to three capitalised words.
# ("the Republic of Velmora": "of" may join a place's words.)
_PLACE = r"[A-Z][a-z][\w'\u2019-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][a-z][\w'\u2019-]*){0,3}"
# "the Governments of Orrin and Velmora", "the Government of Orrin", "the Velmora
# government", "Velmora's government": a government, named by its place in any order.
_GOVERNMENTS = re.compile(
    rf"\b(?:[Tt]he\s+)?[Gg]overnments?\s+of\s+(?P<the>the\s+)?"
    rf"(?P<places>{_PLACE}(?:,\s+(?:the\s+)?{_PLACE})*(?:,?\s+and\s+(?:the\s+)?{_PLACE})?)"
    rf"|\b(?:[Tt]he\s+(?P<place>{_PLACE})|(?P<owner>{_PLACE})(?:'s|\u2019s))"
    r"\s+(?-i:government|Government)\b(?!\s+(?:of|[A-Z]))"
)


def government_names(sentence: str) -> list[str]:
    """The governments ``sentence`` names, each as "Government of <Place>": "the
    Governments of Orrin and Velmora" are two, "the Velmora government" is one. A
    demonym ("the Orrinese government") names no place and is left out."""
    out: list[str] = []
    for match in _GOVERNMENTS.finditer(sentence):
        if match.group("place") or match.group("owner"):
            place = match.group("place") or match.group("owner")
            if not _DEMONYM.fullmatch(place) and place.lower() not in STOPWORDS:
                out.append(f"Government of {place}")
            continue
        places = re.split(r",?\s+and\s+(?:the\s+)?|,\s+(?:the\s+)?", match.group("places"))
        if "overnments" not in match.group(0):
            # "the Government of Orrin and the Velmora Fund": one government, then another
            # party (the sentence's other names are read as usual).
            places = places[:1]
        # ("the Government of the Republic of Velmora": the article as written, first.)
        article = match.group("the") or ""
        out += [
            f"Government of {article if k == 0 else ''}{_possessive_free(p)}"
            for k, p in enumerate(places)
        ]
    return out


def _blank_governments(match: re.Match[str]) -> str:
    """The government's words as spaces (offsets kept); after a singular "Government of
    X", what follows "and" stays: it is another party."""
    text = match.group(0)
    if "overnments" not in text and match.group("places"):
        rest = re.search(r",?\s+and\s+", text)
        if rest is not None:
            return " " * rest.start() + text[rest.start() :]
    return " " * len(text)


# A corporate suffix after a name in a list: ", Inc.", " Co. Limited", " Ltd.".
_LIST_SUFFIX = re.compile(
    r",?\s+(?:Inc|Corp|Ltd|LLC|plc|PLC|GmbH|Co\.(?:,?\s+(?:Ltd|Limited))?|Limited)\.?(?=[,\s]|$)"
)


def find_parties(sentence: str, registry: Registry, places: set[str]) -> list[Party]:
    """Names in ``sentence`` that its wording marks as parties (see the module doc)."""
    out: list[Party] = []
    # Governments first: their place names are never parties of their own.
    for name in government_names(sentence):
        out.append(Party(name, EntityKind.ORGANIZATION))
    sentence = _GOVERNMENTS.sub(_blank_governments, sentence)
    deal = _DEAL.search(sentence) is not None
    # "signed by Acme's Senior Director for X, Jane Doe and ...": people.py reads these
    # names as people (a title before or after them); they are never parties.
    # (Only with a title: "Acme Pharma said" is a company that speaks.)
    people = {
        normalize(p.name) for p in find_people(sentence, registry.acronyms()) if p.title is not None
    }
    # A quoted title: signed a "Charter for Shared Exhibition Spaces in Velmont and Arden".
    # It is one name; nothing inside it is a party of its own.
    for title in quoted_names(sentence):
        if registry.find(title) is None:
            kind = guess_kind(title)
            if kind == EntityKind.ORGANIZATION and not any(
                w.lower() in ALL_HEADS for w in title.split()
            ):
                kind = EntityKind.TOPIC
            out.append(Party(title, kind))
        sentence = sentence.replace(title, " " * len(title))

    def take(
        raw: str, start: int, kind: EntityKind | None = None, *, described: bool = False
    ) -> None:
        name = _possessive_free(_strip_article(raw))
        # "Velmont's Orrin", "New York's Acme Bank": the owner or place is not the name.
        # ("Ada's Place", "Joe's Kitchen": one word after an owner the release names
        # nowhere else, neither an entity nor a place, is one name with it.)
        parts = re.split(r"(?:'s|’s)\s+", name, maxsplit=1)
        owner, rest = (parts[0], parts[1]) if len(parts) == 2 else (name, "")
        whole = (
            bool(rest)
            and len(rest.split()) == 1
            and len(owner.split()) == 1
            and registry.find(owner) is None
            and normalize(owner) not in places
            and not is_country(owner)
        )
        if not whole:
            name = re.split(r"(?:'s|’s)\s+", name)[-1]
        *programmes, name = name_parts(name)
        for programme in programmes:
            take(programme, start, EntityKind.INITIATIVE, described=described)
        offset = sentence.find(name, start)
        # A name the sentence describes ("Owkin, a … company") may open the sentence.
        if not _is_candidate(
            name,
            offset == 0 and not described,
            places,
            registry,
            programme=kind == EntityKind.INITIATIVE,
        ):
            return
        if normalize(name) in people:
            return
        # "Osric Pell, Minister of Rural Affairs": a person introduced with a title.
        after = sentence[offset + len(name) :] if offset >= 0 else ""
        appositive = re.match(r",\s+(?:the\s+|a\s+)?([^,;]{2,80})", after)
        if appositive and is_title_word(appositive.group(1).split()[0]):
            return
        # "signed by Ivo Lind, ODA Associate Administrator, and ...": a title after the
        # name, whatever its first word, makes it a person (people.py reads the roles).
        if (
            len(name.split()) >= 2
            and not any(w.lower() in ALL_HEADS for w in name.split())
            and appositive_roles(after, registry.acronyms())
        ):
            return
        # A country named as a party ("Italy and Acme signed") is a place.
        out.append(Party(name, EntityKind.PLACE if is_country(name) else kind or guess_kind(name)))

    def known(raw: str) -> bool:
        found = registry.find(_possessive_free(_strip_article(raw)))
        return found is not None and registry.entities[found].kind != EntityKind.PERSON

    # "X and Y", "X, Y and Z": coordinated names.
    # (French, Spanish, Italian and Portuguese "and" and "the" too: "Velposte et le Groupe
    # Orrin ont signé", "la UAV y la UO".)
    chain = re.compile(
        # (An acronym in brackets may follow a name: "… Design Offices (UNIDO) and Kestrel".)
        rf"(?:(?:the|The)\s+)?(?P<a>{_NAME})(?:\s*\([^()]{{1,15}}\))?"
        rf"((?:,\s+(?:the\s+)?{_NAME})*),?\s+(?:and|et|y|e)\s+(?:{_ARTICLE}\s*)?(?P<b>{_NAME})"
    )
    # (A corporate suffix inside the list, "A, Trellis Pharma Inc. and B", would end the
    # chain at its full stop: the chain is read with the suffixes blanked.)
    for match in chain.finditer(_LIST_SUFFIX.sub(lambda m: " " * len(m.group(0)), sentence)):
        names = [match.group("a")]
        names += re.findall(rf"(?:the\s+)?({_NAME})", match.group(2) or "")
        names.append(match.group("b"))
        if any(is_title_word(w) for n in names for w in n.split()):
            continue  # "Research, Outreach and Capacity Division Manager": a title
        # "Smith's and Jones's diseases": possessives before a common noun.
        if (
            match.group("b").endswith(("'s", "’s"))
            and re.match(r"\s+[a-z]", sentence[match.end() :])
            and not any(known(n) for n in names)
        ):
            continue
        if any(known(n) for n in names) or deal:
            # "Velmart and OrrinPay today announced ...": a one-word name opening the
            # sentence is a name when it is the subject of the deal with another name.
            subjects = (
                match.start() == 0
                and _DEAL_VERB_AFTER.match(sentence[match.end() :]) is not None
                and any(
                    _is_candidate(_possessive_free(_strip_article(n)), False, places, registry)
                    for n in names[1:]
                )
            )
            for k, name in enumerate(names):
                take(name, match.start(), described=subjects and k == 0)
    if deal:
        for match in re.finditer(
            rf"\b(?:with|between|entre|avec|con|tra|com)\s+(?:{_ARTICLE}\s*)?(?P<n>{_NAME})",
            sentence,
        ):
            if match.group("n").endswith(("'s", "\u2019s")) and re.match(
                r"\s+[a-z]", sentence[match.end() :]
            ):
                continue  # "with Orrin's national news agency, ORVA": the owner or place
            take(match.group("n"), match.start("n"))
        # "Kestrel Health has signed ...", "Velmora's Kestrel News signed ...": a name of
        # two words or more opening a sentence about a deal, as the subject of its verb.
        subject = _SUBJECT.match(sentence)
        if subject is not None and len(_strip_article(subject.group("n")).split()) >= 2:
            take(subject.group("n"), 0, described=True)
    # Capitals as a subject: "NORDA will share ...", "NORDA is publishing ..." (not in a
    # headline written in capitals, where every word is).
    words = re.findall(r"[A-Za-z]{2,}", sentence)
    shouted = bool(words) and sum(w.isupper() for w in words) / len(words) > 0.6
    for match in re.finditer(
        r"(?<![\w-])([A-Z][A-Z0-9&-]{2,})(?![\w-])", "" if shouted else sentence
    ):
        word = match.group(1)
        if re.search(r"[A-Z][\w.&-]*\s+$|\(\s*[\w .]+:\s*$", sentence[: match.start()]):
            continue  # inside a longer name ("Nordlys Energy ASA") or a ticker ("Nasdaq: FBIO")
        if registry.find(word) is None and normalize(word) not in places:
            after = sentence[match.end() : match.end() + 40]
            if re.match(r"\s+(?:will|is|has|was|and|today|also|said|says|to)\b", after) or deal:
                take(word, match.start())
    # "the Orrinese postal group Kestrel Mail", "le groupe orrinais Kestrel Courrier": a
    # kind of company (and in French or Spanish an adjective after it), then its name.
    if deal:
        for match in re.finditer(
            # (After an article, so "Acme Group Holding" is no "group" before a name.)
            r"(?:\b(?:the|le|la|l['\u2019]|el|an?|une?)|(?<=[a-z])['\u2019]s)\s+(?:[A-Z][a-z]+\s+)?"
            r"(?:[a-z]+\s+)?"
            rf"(?i:group|company|firm|operator|carrier|bank|insurer|airline|arm|unit|subsidiary|"
            rf"division|affiliate|groupe|soci\u00e9t\u00e9|"
            rf"entreprise|op\u00e9rateur|banque|compagnie|empresa|grupo|compa\u00f1\u00eda)\s+"
            rf"(?:[a-z\u00e0-\u00ff]+\s+)?(?P<n>{_NAME})",
            sentence,
        ):
            # ("Kestrel Mail on Monday": the day is not part of the name.)
            name = re.sub(
                r"\s+on\s+(\w+)$",
                lambda m: "" if m.group(1).lower() in STOPWORDS else m.group(0),
                match.group("n"),
            )
            take(name, match.start("n"), EntityKind.ORGANIZATION, described=True)
    # "Saladax Biomedical, Inc.", "Dong-Sung Pharm Co. Ltd.": a corporate suffix names a company.
    for match in re.finditer(
        rf"(?P<n>{_NAME}),?\s+(?:Inc|Corp|Corporation|Ltd|Limited|LLC|LLP|plc|PLC|AG|SA|S\.A|NV|N\.V|"
        r"BV|B\.V|GmbH|KG|Co\.(?:,?\s+Ltd)?|ASA|AB|SE|SpA|S\.p\.A|Srl|S\.r\.l|SAS|S\.A\.S|SL|S\.L|"
        r"Oyj?|A/S|ApS|Pte|Pty|Bhd|K\.K)\b\.?",
        sentence,
    ):
        # Named without the suffix, as people say it; the registry matches "Acme, Inc."
        # to "Acme" by its core name.
        take(match.group("n"), match.start(), EntityKind.ORGANIZATION)
    # "- Campaign Against Hunger, Brooklyn, NY", "• Acme Trust — $5,000 to ...": a list of
    # grantees or partners names one organisation an item.
    item = re.match(
        rf"\s*[-\u2022*\u25aa\u25cf]\s+(?:The\s+)?(?P<n>{_NAME})\s*(?:,|\u2014|\u2013|\s-\s|:)",
        sentence,
    )
    if item:
        take(item.group("n"), item.start("n"), described=True)
    # "Owkin, a French-American biotechnology company that …": a name described as one.
    described = re.match(
        rf"(?:The\s+)?(?P<n>{_NAME}),\s+(?:a|an|the)\s+[^,;]{{0,80}}?\b(?:company|firm|"
        r"organi[sz]ation|agency|institution|provider|developer|maker|manufacturer|group|"
        r"university|foundation|charity|non-?profit|start-?up|bank|insurer|operator|network|"
        r"association|body|ministry|council|producer|retailer|platform|fund|trust|alliance|"
        r"coalition|consortium|partnership|initiative|program|programme)\b",
        sentence,
    )
    if described:
        take(described.group("n"), 0, EntityKind.ORGANIZATION, described=True)
    # "launched Code4Kids, a coding programme for children": a programme described as one.
    for match in re.finditer(
        rf"(?P<n>{_NAME}),\s+(?:a|an)\s+(?:[\w-]+\s+){{0,4}}?(?:{_PROGRAMME_WORDS})\b", sentence
    ):
        if match.start() > 0:
            take(match.group("n"), match.start(), EntityKind.INITIATIVE, described=True)
    # "the Bright Lanterns initiative", "a meal programme called Full Plates", "the Green
    # Ports 2030 initiative", "its Vision 2030 plan" (a plan only with its year).
    for match in re.finditer(
        rf"(?P<n>{_NAME})(?P<num>\s+\d{{1,4}})?\s+"
        rf"(?:{_PROGRAMME_WORDS}|(?(num)(?:plan|strategy|agenda)|(?!)))\b",
        sentence,
    ):
        name = _possessive_free(match.group("n"))
        if "'s " in match.group("n") or "’s " in match.group("n"):
            name = re.split(r"(?:'s|’s)\s+", match.group("n"))[-1]
        name += match.group("num") or ""
        # ("Under the Green Ports 2030 initiative": a sentence's opening word and "the"
        # are not the programme's name.)
        opening = re.match(r"([A-Z][a-z]+)\s+the\s+", name)
        if opening and opening.group(1).lower() in STOPWORDS:
            name = name[opening.end() :]
        if not any(w.lower() in ALL_HEADS for w in name.split()):
            take(name, match.start(), EntityKind.INITIATIVE)
    # "the LoopDeck\u00ae plastic film recycling program": a brand (marked \u00ae or \u2122, or
    # capitals inside one word) that a programme word follows a few words later.
    for match in re.finditer(
        rf"(?P<n>{_NAME})\s*(?P<mark>[\u00ae\u2122])?(?P<gap>(?:\s+[a-z][\w-]*){{1,4}})\s+"
        rf"(?:{_PROGRAMME_WORDS})\b",
        sentence,
    ):
        name = _possessive_free(match.group("n"))
        if match.group("mark") or re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+", name):
            take(name, match.start(), EntityKind.INITIATIVE, described=True)
    for match in re.finditer(
        rf"\b(?:{_PROGRAMME_WORDS})\s+(?:called|named|dubbed|known as)\s+(?P<n>{_NAME})", sentence
    ):
        take(match.group("n"), match.start("n"), EntityKind.INITIATIVE)
    return out
