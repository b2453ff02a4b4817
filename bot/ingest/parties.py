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
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from bot.ingest.deals import is_demonym_only
from bot.ingest.entities import (
    ALL_HEADS,
    HONORIFICS,
    STOPWORDS,
    DraftEntity,
    DraftRole,
    Registry,
    appositive_roles,
    core_key,
    find_people,
    guess_kind,
    is_title_word,
)
from bot.ingest.metadata import US_STATES
from bot.ingest.names import name_parts
from bot.ingest.officials import country_of_demonym
from bot.ingest.person_names import (
    introduced_by_occupation,
    occupation_before,
    occupation_styled_name,
)
from bot.ingest.quotes import is_quoted_name
from bot.ingest.words import (
    CORE_TITLES,
    PLACE_NOUNS,
    PLACE_WORDS,
    ROMANCE_HEADS,
    TITLE_MODIFIERS,
    UNIT_WORDS,
    is_country,
    is_place,
    subdivisions_named,
)
from bot.kb.models import EntityKind
from bot.textnorm import normalize
from bot.vocab import (
    common_abbreviations,
    kind_acronyms,
    month_stems_pattern,
    name_connectors,
    word_list,
)

# A capitalised name: capitalised words, joined by "of", "for", "de", "&" or "the" inside.
# (Brands may open in lower case: "bioKestrel", "eBay".)
_WORD = r"(?:[A-Z][\w'’.&-]*[\w&]|[A-Z]|[a-z]{1,3}[A-Z][\w'’.&-]*[\w&])"
# ("Partner 4 Towns", "Code 2 Learn": one digit may join two words of a programme's or a
# brand's name.)
# ("Lucia de la Fenne", "Huis van der Berg": a family name's particles join its words.)
# (One grammar: the connectors are bot/vocab/name_connectors.yaml's, as name_spans.py
# reads them; particles may come two together, "de la", "van der", "bin al".)
_PARTICLE_WORDS = "|".join(sorted(name_connectors().particles | {"de"}, key=lambda w: (-len(w), w)))
_PARTICLES = rf"(?:{_PARTICLE_WORDS})(?:\s+(?:{_PARTICLE_WORDS}))?"
_STRONG = "|".join(
    re.escape(w) for w in sorted(name_connectors().strong - {"the"}, key=lambda w: (-len(w), w))
)
_NAME = (
    rf"{_WORD}(?:\s+(?:(?:{_STRONG})\s+(?:the\s+)?|(?:{_PARTICLES})\s+|the\s+|[1-9]\s+)?"
    rf"{_WORD})*"
)
# A programme's name may hold a "to" a company's never does ("Kitchen to Soil", "Farm
# to Fork"): read so only where the release describes it as a programme. (Not "in" or
# "at": "launched Code Club in Velmont, a programme" names a place after it.)
_PROGRAMME_NAME = rf"{_WORD}(?:\s+(?:(?:of|for|de|&|on|to)\s+(?:the\s+)?|the\s+|[1-9]\s+)?{_WORD})*"
_KIND_ACRONYMS = kind_acronyms()
_ABBREVIATIONS = common_abbreviations()
# An adverb made from an adjective ("Separately", "Additionally", "Simultaneously"); a
# name ending in "-ly" has no such stem ("Bentley", "Italy", "Kelly").
_OPENING_ADVERB = re.compile(
    r"[A-Z][a-z]+(?:al|ous|ive|ent|ant|ate|ful|ar|ic|ed|ing|ible|able|less)ly"
)
# What a company is, then its name in lower case: "lamp maker n.glow".
_LOWER_CASE_NAME = re.compile(
    r"\b(?:company|firm|specialist|start-?up|brand|maker|manufacturer|provider|retailer|"
    r"developer|enterprise|platform|partner)\s+(?P<n>[a-z][a-z0-9]*(?:[.-]?[A-Za-z0-9]+)+)"
    r"(?![\w-]|\.[a-z])"
)
# A party's part written before its name: "long-time partner Kestrel is helping …",
# "founding sponsor Orrin's staff". Only a one-word name: a person is introduced with
# both names ("managing partner Ada Lind"), a company by its short name.
_PARTY_ROLE_BEFORE = re.compile(
    r"(?<![\w-])(?:partners?|sponsors?|donors?|funders?)\s+"
    r"(?P<n>[A-Z][\w&'’.-]*[\w&])(?:'s|’s)?(?=[\s.,;:!?)]|$)(?!\s+[A-Z&])"
)
_WEB_ENDING = re.compile(r"\.(?:com|org|net|io|co|gov|edu|info|biz|ai|app|[a-z]{2})$")
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
_MONTHS = rf"(?:{month_stems_pattern(capitalised=True)})[a-z]*"
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
    # ("Orrin and the Velmont Survey Office announce ...": the other party may take
    # its article.)
    r"renew\w*|extend\w*|and\s+(?:the\s+)?[A-Z])"
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


# Nouns for a group of people, whose possessive is a word of an organisation's name
# ("People's Bank", "Women's Institute", "Children's Fund"), never its owner.
_GROUP_NOUNS = word_list("group_nouns")


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


def _head_of(name: str) -> str:
    """The last word of ``name``, lower case ("" for none)."""
    words = name.split()
    return words[-1].lower().strip(".,") if words else ""


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
    # ("Kestrel Technology", "Orrin Digital": a title's modifier closing a name is the
    # company's word; a title ends with its head, "Chief Technology Officer".)
    # (Not a unit, "the Acme Board", which ``units.yaml`` keeps for titles.)
    modifier_end = (
        lows[-1] in TITLE_MODIFIERS
        and lows[-1] not in UNIT_WORDS
        and not any(is_title_word(w, CORE_TITLES) for w in lows)
    )
    if any(w.rstrip(".") in HONORIFICS for w in lows) or (
        any(is_title_word(w) for w in lows)
        and not opens_with_head
        and not programme
        and not modifier_end
    ):
        return False
    if normalize(name) in places:
        return False
    if re.search(rf"\b{_MONTHS}\.?\s+[1-9]\b", name):
        return False  # "June 5 Acme": a date, not a name joined by a digit
    if len(name) >= 4 and name.lower().rstrip(".") in US_STATES:
        return False  # "across Massachusetts, New York and Rhode Island"
    if name.upper() in _NOT_PARTIES or name.casefold() in _ABBREVIATIONS:
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
    """Title Case text in double quotes, or in curly single ones (‘…’: the opening mark is
    no apostrophe): the name of an agreement, report, campaign or programme."""
    return [
        text.strip()
        for m in re.finditer(
            r"[\"\u201c]([^\"\u201c\u201d]{4,120})[\"\u201d]|\u2018([^\u2018\u2019]{4,120})\u2019",
            sentence,
        )
        for text in [m.group(1) or m.group(2)]
        if is_quoted_name(text.strip()) and not _inside_a_name(sentence, m.end())
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
            # (A demonym's government is read by ``governments_by_demonym``, with the
            # country the adjective names.)
            if (
                not _DEMONYM.fullmatch(place)
                and country_of_demonym(place) is None
                and place.lower() not in STOPWORDS
            ):
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
_LEGAL_SUFFIX = r"(?:Inc|Corp|Ltd|LLC|plc|PLC|GmbH|Co\.(?:,?\s+(?:Ltd|Limited))?|Limited)\.?"
_LIST_SUFFIX = re.compile(rf",?\s+{_LEGAL_SUFFIX}(?=[,\s]|$)")


# A company's legal form after its name that the capitalised-name reader does not know
# as one (it knows Inc, Ltd, Co. Ltd, plc ...): "Sdn Bhd" and "Berhad" (Malaysia),
# "S.A. de C.V." (Mexico), "S.A.R.L." and "S.A.S." (France and French-speaking Africa),
# "S.p.A." (Italy).
_LEGAL_FORM = (
    r"(?:Sdn\.?\s+Bhd|Bhd|Berhad|S\.\s?A\.\s+de\s+C\.\s?V|S\.A\.R\.L|SARL|S\.A\.S|S\.p\.A)\.?"
)
_SUFFIXED_NAME = re.compile(
    # ("Orrin Ore & Minerals S.A.R.L.": an ampersand joins the name's words.)
    r"(?<![\w&.'’-])(?P<name>(?:[A-Z0-9][\w&.'’-]*\s+(?:&\s+)?){0,6}?[A-Z0-9][\w&.'’-]*"
    # ("Acme Development (M) Sdn Bhd": a country's name or initial in brackets.)
    rf"(?:\s+\([A-Z][a-z]*\))?,?\s+{_LEGAL_FORM})(?=[\s,;:)]|$)"
)


def suffixed_names(sentence: str) -> list[str]:
    """Companies written with their legal form ("K.L.M. Sdn Bhd", "Orrin Mineral S.A.
    de C.V."), whole, as the sentence writes them: a legal
    form ends an organisation's name, so every capitalised word right before it is part
    of the name (a list of such names is read one name at a time)."""
    out = []
    for match in _SUFFIXED_NAME.finditer(sentence):
        words = match.group("name").split()
        # (A capitalised function word opens a sentence, not a name: "The", "And".)
        while words and words[0].lower() in STOPWORDS:
            words = words[1:]
        # ("... on Monday. Felcra Bhd": a full stop after a word ends its sentence.)
        name = re.split(r"(?<=[a-z]{2})\.\s+", " ".join(words))[-1]
        core = re.sub(rf",?\s+{_LEGAL_FORM}$", "", name)
        if (
            core
            and core != name
            and not is_country(core)
            and len(core.strip(".")) > 1
            # ("the Company Limited": a generic word, no name.)
            and core.lower() not in ALL_HEADS
        ):
            out.append(name)
    return out


# "KestrelQ (NYSE: KSTQ)", "Acme Corp. (Nasdaq: ACME)": a listed company before its
# exchange and ticker.
_LISTED = re.compile(
    r"(?<![\w&.'’-])(?P<name>(?:[A-Z][\w&.'’-]*\s+(?:(?:of|and|&|de)\s+)?){0,5}[A-Z][\w&.'’-]*)"
    r"(?:,\s*(?:Inc|Corp|Co|Ltd|LLC|plc|AG|SA|NV|S\.A|N\.V)\.?)?,?"
    r"\s*\(\s*(?:NYSE|NASDAQ|Nasdaq|TSXV?|LSE|ASX|OTC\w*|HKEX|SGX|SIX|Euronext|CSE|AIM|FWB|BSE"
    r"|NSE|TYO|TSE|KRX|KOSDAQ|TWSE|SSE|SZSE|JSE|BMV|B3|Xetra)(?:\s+American|\s+MKT)?"
    r"\s*:\s*[A-Z][A-Z0-9.]{0,7}"
)


def listed_companies(sentence: str) -> list[str]:
    """Companies written with their stock exchange and ticker ("KestrelQ (NYSE: KSTQ)"),
    whole: a name before a ticker is a listed company, whatever its head word (or none:
    "KestrelQ"). A capitalised function word that opens the run is no part of it, and a
    legal form after a comma ("Acme Group, Inc.") is left to the name's other readers."""
    out = []
    for match in _LISTED.finditer(sentence):
        words = match.group("name").split()
        while words and words[0].lower() in STOPWORDS:
            words = words[1:]
        name = " ".join(words).rstrip(",")
        if name and not is_country(name) and name.lower() not in ALL_HEADS:
            out.append(name)
    return out


# "Acme Technologies (Velmora)", "ACME (Orrin)": a company's arm in a country, the
# country in brackets after its name.
_COUNTRY_ARM = re.compile(
    r"(?<![\w&.'’-])(?P<name>(?:[A-Z][\w&.'’-]*\s+){0,5}[A-Z][\w&.'’-]*)\s+\((?P<c>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\)"
    r"(?=[\s,;:.]|$)"
)


def country_arms(sentence: str) -> list[str]:
    """Companies named with their country in brackets ("Orrin Technologies (Velmora)",
    "KESTREL (Orrin)"), whole: the arm in that country is the party. Only a name in
    capitals or one with an organisation's head word: "Velmont (Orrin)" is a city."""
    out = []
    for match in _COUNTRY_ARM.finditer(sentence):
        words = match.group("name").split()
        while words and words[0].lower() in STOPWORDS:
            words = words[1:]
        # ("NAIROBI (Kenya), 21 March -": a dateline opens the text, a city in capitals.)
        if not words or not is_country(match.group("c")) or not sentence[: match.start()].strip():
            continue
        core = " ".join(words)
        if is_country(core) or is_place(core):
            continue
        if (len(core) > 2 and core.replace("&", "").isupper()) or words[-1].lower() in ALL_HEADS:
            out.append(f"{core} ({match.group('c')})")
    return out


# "the fisheries ministry", "the science and space ministry": a ministry by its portfolio,
# in lower case as news agencies write it.
_PORTFOLIO_MINISTRY = re.compile(
    r"\b[Tt]he\s+(?P<p>(?:[a-z]{3,}|[A-Z]{2,5})(?:\s+(?:and|&)\s+(?:[a-z]{3,}|[A-Z]{2,5}))?)"
    r"\s+ministry\b"
)
# Words before "ministry" that say which one in the story, not its portfolio.
_NOT_A_PORTFOLIO = {
    "same", "relevant", "concerned", "respective", "two", "both", "new", "other", "said",
    "line", "host", "parent", "federal", "provincial", "state", "national", "regional", "key",
    "sectoral", "government", "nodal", "competent", "responsible", "former", "whole",
}  # fmt: skip


def portfolio_ministries(sentence: str) -> list[str]:
    """The ministries ``sentence`` names by their portfolio in lower case ("the fisheries
    ministry and the transport ministry signed ..."), each as a name: "Fisheries
    Ministry", "Science and Space Ministry"."""
    out: list[str] = []
    for match in _PORTFOLIO_MINISTRY.finditer(sentence):
        words = match.group("p").split()
        if any(w in _NOT_A_PORTFOLIO for w in words):
            continue
        name = " ".join(w if w.isupper() or w in {"and", "&"} else w.capitalize() for w in words)
        out.append(f"{name} Ministry")
    return out


def _title_in_name(name: str) -> bool:
    """Whether a word of ``name`` is a title ("Capacity Division Manager"); a last word
    that heads an organisation is its head, not a title ("Orrin Pharmaceutical Group",
    though "Group CEO" is a title)."""
    words = name.split()
    return any(
        is_title_word(w) and not (k == len(words) - 1 and k > 0 and w.lower() in ALL_HEADS)
        for k, w in enumerate(words)
    )


_SHARED_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
# "the Harrowgate and St Brennan's hospitals", "the Orrin, Velmar and Kestrel
# universities": names that share one plural head word written once, after the last.
_SHARED_HEAD = re.compile(
    rf"(?:\bthe\s+)?(?P<names>{_SHARED_NAME}(?:,\s+{_SHARED_NAME})*,?\s+(?:and|&)\s+"
    rf"{_SHARED_NAME})\s+(?P<head>[a-z]{{4,}}(?:ies|s))\b"
)


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def shared_head_names(sentence: str, registry: Registry) -> list[tuple[re.Match[str], list[str]]]:
    """ "the Harrowgate and St Brennan's hospitals": each name with the shared head, as
    the fullest name the knowledge base or the release gives ("Harrowgate General
    Hospital", one entity whose name starts with the word and ends with the head), else
    the word and the head ("Harrowgate Hospital"). Returns each match with its names;
    only heads that name an organisation kind (hospital, university, foundation, ...)."""
    found: list[tuple[re.Match[str], list[str]]] = []
    for match in _SHARED_HEAD.finditer(sentence):
        head = _singular(match.group("head"))
        if head not in ALL_HEADS:
            continue
        names: list[str] = []
        for raw in re.split(r",?\s+(?:and|&)\s+|,\s+", match.group("names")):
            raw = raw.strip()
            if not raw or raw.lower() in STOPWORDS:
                names = []
                break
            known = [
                *registry.entities.values(),
                *(registry.kb.entities.values() if registry.kb else ()),
            ]
            fuller = [
                e.name
                for e in {e.name: e for e in known}.values()
                if e.kind != EntityKind.PERSON
                and re.fullmatch(
                    rf"(?:the\s+)?{re.escape(raw)}\b.*\b{re.escape(head)}", e.name, re.IGNORECASE
                )
            ]
            names.append(fuller[0] if len(fuller) == 1 else f"{raw} {head.title()}")
        if len(names) >= 2:
            found.append((match, names))
    return found


def find_parties(sentence: str, registry: Registry, places: set[str]) -> list[Party]:
    """Names in ``sentence`` that its wording marks as parties (see the module doc)."""
    # "the Harrowgate and St Brennan's hospitals": two hospitals, never "Harrowgate".
    # (The names stay in the sentence: "Corvid Aviation and the Harrowgate ..." still
    # marks Corvid Aviation as a party by its coordination.)
    shared: list[Party] = []
    bare: set[str] = set()
    for match, names in shared_head_names(sentence, registry):
        shared.extend(Party(name, EntityKind.ORGANIZATION) for name in names)
        bare.update(
            normalize(_strip_article(raw))
            for raw in re.split(r",?\s+(?:and|&)\s+|,\s+", match.group("names"))
        )
    found = [p for p in _parties(sentence, registry, places) if normalize(p.name) not in bare]
    return [*shared, *found]


# ", a French-American biotechnology company", ", one of the largest foundries": what
# describes a name as an organisation.
_DESCRIBED_AS = (
    # (The noun capitalised too: "a U.S.-owned Trusted Foundry".)
    r"(?:a|an|the|one\s+of\s+the)\s+[^,;]{0,80}?\b(?i:compan(?:y|ies)|firms?|"
    r"organi[sz]ation|agency|institution|provider|developer|maker|manufacturer|group|"
    r"university|foundation|charity|non-?profit|start-?up|bank|insurer|operator|network|"
    r"association|body|ministry|council|producer|retailer|platform|fund|trust|alliance|"
    r"coalition|consortium|(?P<programme>partnership|initiative|program|programme)|foundr(?:y|ies)|"
    r"shipyards?|laborator(?:y|ies)|suppliers?)\b"
)
# "to establish a Velmont – Orrin Trade Bridge", "will launch the Orrin Green Corridor".
_ESTABLISHED = re.compile(
    r"\b(?:to\s+)?(?:establish(?:es|ed|ing)?|set(?:s|ting)?\s+up|creat(?:e|es|ed|ing)|"
    r"launch(?:es|ed|ing)?|form(?:s|ed|ing)?)\s+(?:a|an|the)\s+(?:new\s+|joint\s+)?"
    rf"(?P<n>{_WORD}(?:\s*[\u2013\u2014]\s*{_WORD}|\s+{_WORD})+)(?=[\s.,;:]|$)"
)
# ", and Kestrel Technology, a shipyard,": a second subject after "and", described.
_SECOND_DESCRIBED = re.compile(rf",?\s+and\s+(?:the\s+)?(?P<n>{_NAME}),\s+{_DESCRIBED_AS}")


def _described_kind(match: re.Match[str]) -> EntityKind:
    """ "Mend & Lend, the repair café and tool-lending programme run by ...": described as a
    programme, an initiative; described as anything else in ``_DESCRIBED_AS``, an organisation."""
    return EntityKind.INITIATIVE if match.group("programme") else EntityKind.ORGANIZATION


def _parties(sentence: str, registry: Registry, places: set[str]) -> list[Party]:
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
    # 'the "Code4Orrin" programme': one quoted word before a programme word.
    for match in re.finditer(
        rf"[\"\u201c](?P<n>[A-Z][\w&'\u2019-]{{2,40}})[\"\u201d]\s+(?:[a-z-]+\s+){{0,2}}"
        rf"(?:{_PROGRAMME_WORDS})\b",
        sentence,
    ):
        if registry.find(match.group("n")) is None and match.group("n").lower() not in STOPWORDS:
            out.append(Party(match.group("n"), EntityKind.INITIATIVE))
    # A quoted title: signed a "Charter for Shared Exhibition Spaces in Velmont and Arden".
    # It is one name; nothing inside it is a party of its own.
    for title in quoted_names(sentence):
        if registry.find(title) is None:
            kind = guess_kind(title)
            if kind == EntityKind.ORGANIZATION and not any(
                w.lower() in ALL_HEADS for w in title.split()
            ):
                kind = EntityKind.TOPIC
            # ('the "Orrin Bright Idea" grant program': a programme word after the quote.)
            if re.search(
                rf"{re.escape(title)}[\"\u201d]\s+(?:[a-z-]+\s+){{0,2}}(?:{_PROGRAMME_WORDS})\b",
                sentence,
            ):
                kind = EntityKind.INITIATIVE
            out.append(Party(title, kind))
        sentence = sentence.replace(title, " " * len(title))

    def take(
        raw: str, start: int, kind: EntityKind | None = None, *, described: bool = False
    ) -> None:
        name = _possessive_free(_strip_article(raw))
        # ("Orrin and Kestrel on Tuesday announced": a day after "on" is no part of a name;
        # nor is a weekday news copy writes without it, "Orrin and Kestrel Monday signed".)
        name = re.sub(
            rf"\s+(?:on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{_MONTHS})"
            r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$",
            "",
            name,
        )
        # "NGO Orrin Relief": the kind's acronym describes the name; alone it names none.
        words = name.split()
        while words and words[0].lower() in _KIND_ACRONYMS:
            start += len(words[0]) + 1
            words = words[1:]
            # (and says what the rest is, though it has no head word: "NGO Orrin Voices")
            kind = kind or EntityKind.ORGANIZATION
        if not words:
            return
        name = " ".join(words)
        # "Kestrel of Velmora": a company and its country, where the name has no head
        # word before "of" ("Bank of Velmora", "Council of Velmora" keep theirs).
        of_country = re.fullmatch(r"(?P<n>.+?)\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w\s'’-]+)", name)
        if (
            of_country
            and is_country(of_country.group("c"))
            and of_country.group("n").split()[-1].lower() not in ALL_HEADS
            and not is_title_word(of_country.group("n").split()[-1].lower())
        ):
            name = of_country.group("n")
        # "Velmont's Orrin", "New York's Acme Bank": the owner or place is not the name.
        # ("Ada's Place", "Joe's Kitchen": one word after an owner the release names
        # nowhere else, neither an entity nor a place, is one name with it.)
        parts = re.split(r"(?:'s|’s)\s+", name, maxsplit=1)
        owner, rest = (parts[0], parts[1]) if len(parts) == 2 else (name, "")
        whole = (
            bool(rest)
            # ("Acme's rhCollagen": a word in lower case is the owner's product.)
            and rest[:1].isupper()
            and len(rest.split()) == 1
            and len(owner.split()) == 1
            and registry.find(owner) is None
            and normalize(owner) not in places
            and not is_country(owner)
        )
        # "Velmont People's Aid", "the Children's Hospital of Orrin": a possessive of
        # a group of people owns nothing; it is a word of the name.
        whole = whole or (
            bool(rest) and rest[:1].isupper() and owner.split()[-1].lower() in _GROUP_NOUNS
        )
        if not whole:
            name = re.split(r"(?:'s|’s)\s+", name)[-1]
        *programmes, name = name_parts(name)
        for programme in programmes:
            take(programme, start, EntityKind.INITIATIVE, described=described)
        offset = sentence.find(name, start)
        # ("Separately, the two companies signed …": an adverb opening the sentence, not a
        # name the words after its comma describe.)
        if offset == 0 and _OPENING_ADVERB.fullmatch(name) and sentence[len(name) :][:1] == ",":
            return
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
        # "Rep. Ada Lind and Cllr Ivo Pell signed …": an honorific right before a name
        # makes it a person's, never a party's.
        before = sentence[:offset].split() if offset > 0 else []
        if before and before[-1].lower().rstrip(".") in HONORIFICS:
            return
        # ("actress and author Jane Doe", "Chef Jane Doe": so does an occupation.)
        if (offset > 0 and occupation_before(sentence[:offset])) or occupation_styled_name(name):
            return
        # "Osric Pell, Minister of Rural Affairs": a person introduced with a title.
        after = sentence[offset + len(name) :] if offset >= 0 else ""
        # "Ada Lind from the Orrin Zoo and Ivo Pell from Kestrel Trust signing the MOU":
        # a name with no head word, from an organisation, is a person there (a caption's
        # or a delegation's list), never a party.
        source = re.match(rf"\s+from\s+(?:the\s+)?(?P<org>{_NAME})", after)
        if (
            source
            and 2 <= len(name.split()) <= 4
            and not any(w.lower() in ALL_HEADS for w in name.split())
            and _head_of(source.group("org")) in ALL_HEADS
        ):
            return
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
        if any(_title_in_name(n) for n in names):
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
            # ("in the Eastbank and Millrace neighbourhoods": the names of places.)
            # (Plural, as the head of its own phrase: "the Harrow and Orrin town councils"
            # are councils.)
            noun = re.match(r"\s+([a-z]+s)\b(?!\s+[a-z]+s\b)", sentence[match.end() :])
            place = noun is not None and noun.group(1)[:-1] in PLACE_NOUNS
            for k, name in enumerate(names):
                take(
                    name,
                    match.start(),
                    EntityKind.PLACE if place else None,
                    described=subjects and k == 0,
                )
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
    if deal:
        out += [Party(name, EntityKind.ORGANIZATION) for name in portfolio_ministries(sentence)]
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
            # (Or after "between", "with" and a compound adjective: "a partnership between
            # agriculture-based firm Kestrel of Orrin and ...".)
            # ("its subsidiary Acme USA": a possessive is an article too.)
            r"(?:\b(?:[Tt]he|le|la|l['\u2019]|el|an?|une?|its|their)|(?<=[a-z])['\u2019]s|"
            r"\b(?:between|with|and)(?=\s+[a-z]+-[a-z]+\s))\s+(?:[A-Z][a-z]+\s+)?"
            r"(?:[a-z-]+\s+)?"
            rf"(?i:group|company|firm|operator|carrier|bank|insurer|airline|arm|unit|subsidiary|"
            rf"division|affiliate|business|venture|groupe|soci\u00e9t\u00e9|"
            rf"entreprise|op\u00e9rateur|banque|compagnie|empresa|grupo|compa\u00f1\u00eda)"
            # ("the co-branded business \u2013 Orrin Kestrel Freight \u2013 was announced": the
            # name set off by a dash after what it is.)
            rf"(?:\s+|\s*[\u2013\u2014]\s*)"
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
    # "Global law firm Kestrel Vance announced ...", "Nonprofit organisation Orrin Aid
    # signed ...": a sentence about a deal that opens with what its subject is, in lower
    # case, then its name (a firm's name may be its partners' surnames, no head word).
    opening = (
        re.match(
            r"(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+)?"
            r"(?:firm|company|consultancy|group|bank|insurer|operator|carrier|airline|developer|"
            r"maker|manufacturer|start-?up|retailer|non-?profit|charity|organi[sz]ation|agency|"
            rf"network|partnership|adviser|advisor)\s+(?P<n>{_NAME})",
            sentence,
        )
        if deal
        else None
    )
    if opening is not None and not opening.group(0).split()[0][:1].islower():
        take(opening.group("n"), opening.start("n"), EntityKind.ORGANIZATION, described=True)
    # (The part itself says a deal: no other word of one is needed.)
    for match in _PARTY_ROLE_BEFORE.finditer(sentence):
        name = _possessive_free(match.group("n"))
        if not (is_country(name) or is_place(name) or normalize(name) in places):
            take(name, match.start("n"), EntityKind.ORGANIZATION, described=True)
    # "water filter company b.clear", "payments firm eZetto": a name that opens in lower
    # case, written right after what it is; a dot or a capital inside tells it from a
    # word ("company policy"), and a web address is no name.
    for match in _LOWER_CASE_NAME.finditer(sentence):
        name = match.group("n")
        if re.search(r"[a-z]\.[a-z]|[a-z][A-Z]", name) and not _WEB_ENDING.search(name):
            take(name, match.start("n"), EntityKind.ORGANIZATION, described=True)
    # "Open JSC ORRINPROEKT", "PJSC «Kestrel»", "OOO Velmont": a legal form written
    # before the name (Russian and other CIS styles) names a company.
    for match in re.finditer(
        r"\b(?:(?:Open|Closed|Public)\s+)?(?:JSC|OJSC|CJSC|PJSC|OAO|ZAO|PAO|OOO|LLP|TOO|AO)"
        rf"\s+[\"\u201c\u00ab]?(?P<n>{_NAME})",
        sentence,
    ):
        take(match.group("n"), match.start("n"), EntityKind.ORGANIZATION, described=True)
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
    # ("Inspired by the film, Acme, one of the world's largest food companies, announced
    # ...": after an opening clause too.)
    described = re.match(
        rf"(?:[^,;\"\u201c]{{3,120}},\s+)?(?:The\s+)?(?P<n>{_NAME}),\s+{_DESCRIBED_AS}",
        sentence,
    )
    if described:
        take(described.group("n"), described.start("n"), _described_kind(described), described=True)
    # "Acme, a maker of boats, and Kestrel Technology, a shipyard, today signed ...": the
    # second subject, described as one too.
    for second in _SECOND_DESCRIBED.finditer(sentence):
        take(second.group("n"), second.start("n"), _described_kind(second), described=True)
    # "Skills Orrin\u2122, a partnership between Acme and Kestrel": the name of what two
    # parties run together, described as their partnership.
    for match in re.finditer(
        rf"(?P<n>{_NAME})[\u2122\u00ae]?,\s+(?:a|an|the)\s+(?:[\w-]+\s+)?partnership\s+"
        r"(?:between|of|with|among)\b",
        sentence,
    ):
        take(match.group("n"), match.start("n"), EntityKind.INITIATIVE, described=True)
    # "launched Code4Kids, a coding programme for children": a programme described as one
    # ("the seed-lending programme of X" too; "Acme, the project's sponsor" is no programme).
    # ("launched Sow & Share, a pilot that …": a pilot is a programme on trial; only here,
    # where a name is described as one: "Acme Air pilot Jane Doe" is an occupation.)
    for match in re.finditer(
        rf"(?P<n>{_PROGRAMME_NAME}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?"
        rf"(?:{_PROGRAMME_WORDS}|pilot)\b(?!['’])",
        sentence,
    ):
        if match.start() > 0:
            take(match.group("n"), match.start(), EntityKind.INITIATIVE, described=True)
    # "signed an MoU to establish a Velmont – Orrin Trade Bridge": what the parties set
    # up together, named in capitals after the verb (two places joined by a dash too).
    for match in _ESTABLISHED.finditer(sentence):
        name = match.group("n")
        if len(name.split()) >= 2 and not is_place(name) and registry.find(name) is None:
            take(name, match.start("n"), EntityKind.INITIATIVE, described=True)
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


# Where a short form acts as a name of its own: a possessive, the end of a clause, or a
# verb or preposition after it ("for Orrin State.", "Orrin State's college", "Orrin State
# will ...").
_ACTS_AS_NAME = re.compile(
    r"(?:'s|’s)\b|\s*[.,;:!?)]|\s+(?:will|is|was|has|had|have|also|and|said|says|signed|"
    r"signs|to|for|in|on|at|with|from)\b"
)


def short_forms_without_head(registry: Registry, text: str) -> None:
    """A new organisation's name without its head word ("Orrin State" for Orrin State
    University), when ``text`` writes it as a name of its own (see ``_ACTS_AS_NAME``),
    after no other capitalised word, becomes an alias: a headline often names the
    issuer so ("Orrin State Signs Agreement With ..."). Only names of two words or more
    once the head is gone, never a place's name, and never a short form another entity
    already goes by."""
    for entity in list(registry.entities.values()):
        words = entity.name.split()
        if (
            entity.existing
            or entity.kind != EntityKind.ORGANIZATION
            or len(words) < 3
            or words[-1].lower() not in ALL_HEADS
            or words[-2].lower() in STOPWORDS
        ):
            continue
        short = " ".join(words[:-1])
        if (
            registry.find(short) is not None
            or is_country(short)
            or is_place(short)
            or normalize(short) == ""
            # ("Velmont Government", "Velmont City Council": the rest is a place, which
            # the text writes as one: "in Velmont".)
            or words[-1].lower() in {"government", "council", "municipality", "administration"}
            or re.search(rf"\b(?:in|near|across|around)\s+{re.escape(short)}(?![\w-])", text)
        ):
            continue
        for found in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
            before = text[: found.start()]
            if re.search(r"[A-Z][\w'’.-]*\s+$", before):
                continue  # inside a longer name
            if _ACTS_AS_NAME.match(text, found.end()):
                registry._add_aliases(entity, [short])
                break


def names_with_the(registry: Registry, text: str) -> None:
    """ "The Orrin State University" with a capital "The" inside a sentence: the article
    is part of the official name (as a few universities write theirs), so the name with
    it becomes an alias of the organisation."""
    for entity in list(registry.entities.values()):
        if (
            entity.existing
            or entity.kind != EntityKind.ORGANIZATION
            or entity.name.startswith("The ")
        ):
            continue
        pattern = rf"(?<=[a-z0-9,;:] )The {re.escape(entity.name)}(?![\w-])"
        if re.search(pattern, text) and registry.find(f"The {entity.name}") in (None, entity.id):
            registry._add_aliases(entity, [f"The {entity.name}"])


def names_without_their_legal_form(registry: Registry, text: str) -> None:
    """ "Orrin Kites Inc." that the release otherwise writes "Orrin Kites": the name as
    the text uses it, without the legal form, becomes an alias of the organisation (the
    publisher or a partner may be given either way)."""
    for entity in list(registry.entities.values()):
        if entity.existing or entity.kind != EntityKind.ORGANIZATION:
            continue
        form = re.search(rf",?\s+{_LEGAL_SUFFIX}$", entity.name)
        if form is None or form.start() == 0:
            continue
        core = entity.name[: form.start()]
        alone = rf"(?<![\w-]){re.escape(core)}(?![\w-]|,?\s+{_LEGAL_SUFFIX})"
        if re.search(alone, text) and registry.find(core) in (None, entity.id):
            registry._add_aliases(entity, [core])


def acronyms_of_whole_names(registry: Registry, text: str) -> None:
    """ "Tavelsund Orrin Dunmar Institute (ODI)": the acronym spells the name's last
    words only, so it was given to "Orrin Dunmar Institute"; when the release also
    names the longer organisation and writes it right before the acronym, the acronym
    and the short name are the longer one's (the short entity is dropped, its roles
    moved)."""
    orgs = [
        e
        for e in registry.entities.values()
        if not e.existing and e.kind == EntityKind.ORGANIZATION
    ]
    for short in orgs:
        acronyms = [a for a in short.aliases if re.fullmatch(r"[A-Z][A-Za-z&]{1,9}", a)]
        longer = [e for e in orgs if e is not short and e.name.endswith(" " + short.name)]
        if not acronyms or len(longer) != 1:
            continue
        whole = longer[0]
        extra = whole.name[: -len(short.name)].split()
        if any(w.lower() in STOPWORDS or re.match(_ARTICLE, w.lower() + " ") for w in extra):
            continue  # "La Universidad de Velmont": an article is no part of the name
        if not any(
            re.search(rf"{re.escape(whole.name)}\s*\(\s*{re.escape(a)}\s*\)", text)
            for a in acronyms
        ):
            continue
        registry.roles = [
            DraftRole(r.entity, r.title, whole.id) if r.organization == short.id else r
            for r in registry.roles
        ]
        labels = [short.name, *short.aliases]
        registry.discard(short.id)
        registry._add_aliases(whole, labels)


# "Velmont Branch of the Orrin Trade Council": a branch or office, named with its parent.
_BRANCH_HEADS = r"(?:Branch|Office|Chapter|Bureau|Division|Centre|Center|Campus|Secretariat)"
_BRANCH_OWNER = r"(?:[A-Z][\w'’.&-]*\s+){1,4}"


def branches_of_parties(registry: Registry, text: str) -> None:
    """A branch named with its parent organisation ("Velmont Branch of the Orrin Trade
    Council", "Regional Office for Velmar of the Orrin Health Agency") is an
    organisation of its own: the party that signs is the branch. The parent stays."""
    for entity in list(registry.entities.values()):
        if entity.kind != EntityKind.ORGANIZATION:
            continue
        for found in re.finditer(
            rf"(?<![\w-])(?P<b>{_BRANCH_OWNER}{_BRANCH_HEADS}(?:\s+(?:for|in)\s+(?:the\s+)?"
            rf"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?)\s+of\s+(?P<the>the\s+)?"
            rf"{re.escape(entity.name)}(?![\w-])",
            text,
        ):
            branch = found.group("b")
            first = branch.split()[0]
            if first.lower() in STOPWORDS or is_title_word(first.lower()):
                # ("The Velmont Branch of ...", "Director Office of ..."): trim the
                # opening word that is no part of the branch's name.
                branch = " ".join(branch.split()[1:])
            if len(branch.split()) < 2:
                continue
            whole = f"{branch} of {found.group('the') or ''}{entity.name}"
            if registry.find_exact(whole) is None:
                registry.add(whole, EntityKind.ORGANIZATION, exact=True)


def parents_written_two_ways(registry: Registry) -> None:
    """ "Orrin Institute of Sea Health of the Kestrel Research Agency" and "... of the KRA":
    a unit named with its parent, the parent written two ways (in full and by its
    acronym), so the parent is no part of the unit's name. The unit is one organisation
    named without it; both long forms stay its aliases, and the parent stays too. (A
    parent always written the same way may be part of the official name: "X
    Organization of the Orrin Union" is left alone.)"""
    units: dict[str, list[tuple[DraftEntity, str]]] = {}
    for entity in list(registry.entities.values()):
        if entity.existing or entity.kind != EntityKind.ORGANIZATION:
            continue
        for cut in re.finditer(r"\s+of\s+(?:the\s+)?", entity.name):
            unit, parent = entity.name[: cut.start()], entity.name[cut.end() :]
            owner = registry.find(parent)
            if (
                owner is not None
                and owner != entity.id
                and registry.entities[owner].kind == EntityKind.ORGANIZATION
                and any(w.lower() in ALL_HEADS for w in unit.split())
            ):
                units.setdefault(f"{normalize(unit)}|{owner}", []).append((entity, unit))
                break
    for found in units.values():
        ids = {e.id for e, _ in found}
        if len(ids) < 2:
            continue
        labels = [label for e, _ in found for label in (e.name, *e.aliases)]
        held = [r for r in registry.roles if r.organization in ids]
        for entity_id in ids:
            registry.discard(entity_id)
        new_id = registry.add(found[0][1], EntityKind.ORGANIZATION, aliases=labels, exact=True)
        registry.roles = [r for r in registry.roles if r not in held] + [
            DraftRole(r.entity, r.title, new_id) for r in held
        ]


def names_cut_at_and(registry: Registry, text: str) -> None:
    """ "Fish and Waterways Organization of the Velmar Union" read from its "and" on
    ("Waterways Organization ..."): when the text writes a capitalised word and "and"
    right before a new organisation's name, and writes that word nowhere else as a name
    (no entity, no place), the word belongs to the name; the entity is renamed, the
    shorter name kept as an alias."""
    for entity in list(registry.entities.values()):
        if entity.existing or entity.kind != EntityKind.ORGANIZATION or " " not in entity.name:
            continue
        # (The word opens the name: no capitalised word before it, "Velmont Commission
        # and Orrin Corporation" being two names.)
        found = next(
            (
                m
                for m in re.finditer(
                    rf"(?<![\w-])([A-Z][a-z]+)\s+and\s+{re.escape(entity.name)}(?![\w-])", text
                )
                if not re.search(r"[A-Z][\w'’.&-]*\s+$", text[: m.start()])
                # ("Institute for the Deaf and Orrin Labs": the word ends a longer name.)
                and not re.search(r"\b(?:of|for|on|to)\s+(?:the\s+)?$", text[: m.start()])
            ),
            None,
        )
        if found is None:
            continue
        word = found.group(1)
        whole = f"{word} and {entity.name}"
        if (
            word.lower() in STOPWORDS
            or word.lower() in ALL_HEADS
            or is_title_word(word.lower())
            or registry.find(word) is not None
            or is_country(word)
            or word.lower() in PLACE_WORDS
            or len(re.findall(rf"(?<![\w-]){word}(?![\w-])", text))
            > len(re.findall(re.escape(whole), text))
        ):
            continue
        held = [r for r in registry.roles if r.organization == entity.id]
        registry.discard(entity.id)
        new_id = registry.add(
            whole, EntityKind.ORGANIZATION, aliases=[entity.name, *entity.aliases], exact=True
        )
        registry.roles += [DraftRole(r.entity, r.title, new_id) for r in held]
        # ("FAO" on its own: the initials of the name before its "of", declared apart
        # before the name was whole.)
        initials = "".join(w[0] for w in whole.split(" of ")[0].split() if w[0].isupper())
        acronym = registry.find_exact(initials)
        if acronym is not None and acronym != new_id:
            other = registry.entities[acronym]
            if not other.existing and other.kind == EntityKind.ORGANIZATION and not other.aliases:
                moved = [r for r in registry.roles if r.organization == acronym]
                registry.discard(acronym)
                registry._add_aliases(registry.entities[new_id], [initials])
                registry.roles += [DraftRole(r.entity, r.title, new_id) for r in moved]


def names_joined_by_their_acronym(registry: Registry, text: str) -> None:
    """ "Velmar Rail and Harbour Corp." read as two organisations ("Velmar Rail",
    "Harbour Corp.") although the release calls it "VRH" elsewhere: when the initials
    of the capitalised words of "<A> and <B>" (its legal suffix aside) spell an acronym
    the text writes, the words are one name. The two entities, and the acronym's own if
    it has no other name, become one, named as written, with the acronym as its alias
    and their roles moved to it."""
    orgs = [
        e
        for e in registry.entities.values()
        if not e.existing and e.kind == EntityKind.ORGANIZATION
    ]
    for first in orgs:
        for second in orgs:
            if first is second or not {first.id, second.id} <= registry.entities.keys():
                continue
            joined = re.search(
                rf"(?<![\w-]){re.escape(first.name)}\s+(?:and|&)\s+{re.escape(second.name)}"
                r"(?![\w-])",
                text,
            )
            if joined is None:
                continue
            whole = joined.group(0)
            core = (core_key(whole) or "").split()
            acronym = "".join(w[0] for w in core if w not in STOPWORDS).upper()
            if len(acronym) < 3 or not re.search(rf"(?<![\w-]){acronym}(?![\w-])", text):
                continue
            ids = [first.id, second.id]
            own = registry.find_exact(acronym)
            if (
                own is not None
                and own not in ids
                and not registry.entities[own].existing
                and registry.entities[own].kind == EntityKind.ORGANIZATION
                and normalize(registry.entities[own].name) == normalize(acronym)
            ):
                ids.append(own)
            held = [r for r in registry.roles if r.organization in ids]
            for entity_id in ids:
                registry.discard(entity_id)
            new_id = registry.add(whole, EntityKind.ORGANIZATION, aliases=[acronym], exact=True)
            registry.roles += [DraftRole(r.entity, r.title, new_id) for r in held]


def names_split_at_their_and(registry: Registry, text: str) -> None:
    """ "the Velmar Trade and Harbour Commission" read as two organisations ("Velmar
    Trade", "Harbour Commission"): when the words before "and" follow "the", have no
    head word of their own, and the text never writes them but right before "and" and
    the organisation's name, they open that name. The entity is renamed as written (neither half is a name
    of it), the fragment's entity, if any, dropped, and their roles moved. (``names_cut_at_and`` joins a single word with nothing before it.)"""
    for entity in list(registry.entities.values()):
        if (
            entity.existing
            or entity.kind not in (EntityKind.ORGANIZATION, EntityKind.INITIATIVE)
            or entity.id not in registry.entities
            or entity.name.split()[-1].lower() not in ALL_HEADS
        ):
            continue
        found = next(
            (
                m
                for m in re.finditer(
                    # ("its 2020 Research and Service Grants Program": an owner's
                    # programme, its year before the name.)
                    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:\d{{4}}\s+)?(?P<run>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})\s+and\s+"
                    rf"{re.escape(entity.name)}(?![\w-])",
                    text,
                )
                # ("the Institute for the Deaf and Acme Labs": "the" inside a longer name.)
                if not re.search(r"[A-Z][\w'’-]*\s+(?:of|for|on|to|in)\s+$", text[: m.start()])
            ),
            None,
        )
        if found is None:
            continue
        run = found.group("run")
        words = run.split()
        whole = f"{run} and {entity.name}"
        if (
            any(
                w.lower() in STOPWORDS
                # (One word alone before a programme's name is no name of its own:
                # "the Research and Service Grants Program".)
                or (
                    (w.lower() in ALL_HEADS or is_title_word(w.lower()))
                    and (len(words) > 1 or entity.kind != EntityKind.INITIATIVE)
                )
                for w in words
            )
            or is_country(run)
            or is_place(run)
            # (A sentence's first word is capitalised whatever it is.)
            or len(
                re.findall(
                    rf"(?<![\w-])(?<![\"“‘'])(?<![.!?]\s)(?<!^){re.escape(run)}(?![\w-])",
                    text,
                    re.MULTILINE,
                )
            )
            > len(re.findall(re.escape(whole), text))
        ):
            continue
        fragment = registry.find_exact(run)
        ids = [entity.id]
        if fragment is not None and fragment != entity.id:
            other = registry.entities[fragment]
            if other.existing or other.kind != EntityKind.ORGANIZATION:
                continue
            ids.append(fragment)
        held = [r for r in registry.roles if r.organization in ids]
        aliases = list(entity.aliases)
        kind = entity.kind
        for entity_id in ids:
            registry.discard(entity_id)
        new_id = registry.add(whole, kind, aliases=aliases, exact=True)
        registry.roles += [DraftRole(r.entity, r.title, new_id) for r in held]


def list_openers(registry: Registry, sentences: list[str], text: str) -> None:
    """Declare the one-word name that opens a list of three names or more ("Orrin,
    Kestrel Labs and the Velmont Fund will ..."), when another name in the list is a
    known organisation: a list of names is a list of parties, so its first word is a
    name though a sentence's first word is capitalised whatever it is. A word the text
    also writes in lower case ("Researchers, students and the Acme Fund") is a common
    noun, never a name."""
    for sentence in sentences:
        found = re.match(
            rf"(?P<a>[A-Z][\w&'’-]+),\s+(?P<rest>(?:(?:the\s+)?{_NAME},\s+)*(?:the\s+)?{_NAME}),?"
            rf"\s+and\s+(?:the\s+)?(?P<b>{_NAME})",
            sentence.strip(),
        )
        if found is None:
            continue
        first = found.group("a")
        others = [*re.findall(rf"(?:the\s+)?({_NAME})", found.group("rest")), found.group("b")]
        if (
            first.lower() in STOPWORDS
            or is_title_word(first.lower())
            or registry.find(first) is not None
            or re.search(rf"(?<![\w-]){re.escape(first.lower())}(?![\w-])", text)
            or is_country(first)
            or is_place(first)
        ):
            continue
        if not any(
            (found_id := registry.find(o)) is not None
            and registry.entities[found_id].kind == EntityKind.ORGANIZATION
            for o in others
        ):
            continue
        registry.add(first, EntityKind.ORGANIZATION, exact=True)


# "• Orrin Place - $100,000 (…)": a list item naming a recipient, then a dash and an
# amount.
_LISTED_RECIPIENT = re.compile(
    # (A bullet opens a line, or, where a page's list was run into one paragraph, any
    # word: "• A - $5 (…) • B - $3 (…)".)
    r"(?:^[ \t]*[-\u2022*\u25aa\u25cf]|(?<=\s)[\u2022\u25aa\u25cf])[ \t]+"
    r"(?P<n>[A-Z][\w&.'’-]*(?:,?[ \t]+[A-Z][\w&.'’-]*){0,6})"
    # (An amount of money: a currency sign or code, never a bare year, "- 2019 winner".)
    r"[ \t]+[-\u2013\u2014][ \t]+(?:[$€£¥₹]|(?:[A-Z]{2,3}\$?|Rs\.?)[ \t]?)\d",
    re.MULTILINE,
)


def listed_recipients(registry: Registry, text: str) -> None:
    """Declare each name a list of recipients gives ("• Orrin Place - $100,000 (…)" under
    "grants to the following organizations:"), when the list has two items or more and
    another of its names is a known organisation: an item of such a list is a party,
    though its name ("Orrin Place") says nothing of what it is."""
    names = [m.group("n").rstrip(",") for m in _LISTED_RECIPIENT.finditer(text)]
    if len(names) < 2:
        return
    if not any(
        (found := registry.find(n)) is not None
        and registry.entities[found].kind == EntityKind.ORGANIZATION
        for n in names
    ):
        return
    for name in names:
        if (
            registry.find(name) is None
            and not is_country(name)
            and not is_place(name)
            and name.lower() not in STOPWORDS
        ):
            registry.add(name, EntityKind.ORGANIZATION, exact=True)


# "the provincial and federal governments", "the state government": governments by
# their level.
_LEVEL_GOVERNMENTS = re.compile(
    r"\b(?P<a>provincial|state|federal)(?:\s+and\s+(?P<b>provincial|state|federal))?"
    r"\s+governments?\b",
    re.IGNORECASE,
)
# A party word between a government's place adjective and "Government".
_PARTY_WORDS = (
    r"(?:Liberal|Labor|Labour|Conservative|Coalition|Democratic|Republican|Green|National)"
)


def level_governments(text: str) -> list[str]:
    """The governments ``text`` names by their level, as "Government of <Place>": the
    provincial (or state) one is the government of the one province or state the text
    names most, the federal one that of its country (ISO 3166-2 via pycountry); [] when
    the text names no province or state."""
    levels = {
        level.lower()
        for m in _LEVEL_GOVERNMENTS.finditer(text)
        for level in (m.group("a"), m.group("b"))
        if level
    }
    named = subdivisions_named(text) if levels else []
    if not named:
        return []
    out: list[str] = []
    if levels & {"provincial", "state"}:
        out.append(f"Government of {named[0].name}")
    if "federal" in levels:
        out.append(f"Government of {named[0].country}")
    return out


# "the Velmoran government", "Kenyan government officials": a government named by its
# country's adjective.
_DEMONYM_GOVERNMENT = re.compile(r"(?<![\w-])(?P<adj>[A-Z][a-z]{3,})\s+(?P<g>[Gg]overnment)\b")
# "the Federal Government", capitalised as the name it is.
_FEDERAL_GOVERNMENT = re.compile(r"(?<![\w-])Federal\s+Government\b")


def governments_by_demonym(registry: Registry, text: str, named: Iterable[str]) -> list[str]:
    """The governments ``text`` names by their country's adjective ("the Kenyan
    government"): each is "Government of <Country>" (the country by
    ``officials.country_of_demonym``, among the countries the release ``named`` first),
    with the words as written ("Kenyan government") as an alias. Returns the ids added."""
    added: list[str] = []
    for match in _DEMONYM_GOVERNMENT.finditer(text):
        country = country_of_demonym(match.group("adj"), named)
        if country is None:
            continue
        name = f"Government of {country}"
        found = registry.find(name)
        if found is None:
            found = registry.add(name, EntityKind.ORGANIZATION)
            added.append(found)
        as_written = f"{match.group('adj')} {match.group('g')}"
        entity = registry.entities[found]
        if entity.existing:
            # (An earlier release's government: only its own file can add the alias.)
            registry._point_new_labels(entity, [as_written])
        elif registry.find(as_written) in (None, found):
            registry._add_aliases(entity, [as_written])
    return added


def federal_government(registry: Registry, title: str, text: str) -> str | None:
    """ "Federal Government to work with …" (a headline) over a story that writes "the
    federal government": when the release names no province or state to find the
    country by (``level_governments``), the government is the party by the name the
    release gives it, "Federal Government". Returns the id added, or None."""
    if level_governments(text) or not re.search(r"\bfederal\s+government\b", text, re.I):
        return None
    if not _FEDERAL_GOVERNMENT.search(f"{title}\n{text}") or registry.find("Federal Government"):
        return None
    longer = _longer_federal_government(f"{title}\n{text}")
    if longer is not None:
        # ("the Velmoran Federal Government will ...": "Federal Government" is the tail
        # of the government's whole name; elsewhere in the release it is that one
        # government, never a second one.)
        return registry.add(longer, EntityKind.ORGANIZATION, aliases=["Federal Government"])
    return registry.add("Federal Government", EntityKind.ORGANIZATION)


# "the Velmoran Federal Government": capitalised words right before "Federal Government".
_LONGER_FEDERAL = re.compile(r"(?<![\w-])((?:[A-Z][\w'’-]*\s+)+)Federal\s+Government\b")


def _longer_federal_government(text: str) -> str | None:
    """The whole name a release gives its federal government when "Federal Government"
    is only its tail ("Velmar Federal Government"; an article before it, "The", is no
    part of it), or None when the release writes no longer name."""
    for match in _LONGER_FEDERAL.finditer(text):
        words = match.group(1).split()
        while words and words[0].lower() in {"the", "a", "an"}:
            words = words[1:]
        if words:
            return " ".join([*words, "Federal", "Government"])
    return None


def governments_by_adjective(registry: Registry) -> None:
    """ "the Velmoran Liberal Government": the government, whatever party leads it, is
    also "Velmoran Government" (an alias)."""
    for entity in list(registry.entities.values()):
        match = re.fullmatch(
            rf"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+{_PARTY_WORDS}\s+Government",
            entity.name,
        )
        if (
            match
            and not entity.existing
            and registry.find(f"{match.group('place')} Government") is None
        ):
            registry._add_aliases(entity, [f"{match.group('place')} Government"])


# A headline that opens with its subject, then a verb of giving or dealing in title case:
# "Kelvane Pledges $80,000 to ...", "Orrin Labs Joins ...".
_HEADLINE_SUBJECT = re.compile(
    rf"(?P<n>{_NAME})\s+(?:Commits|Pledges|Donates|Gives|Awards|Grants|Invests|Funds|Backs|"
    r"Sponsors|Signs|Joins|Partners|Teams|Launches|Announces|Opens|Acquires|Selects|Renews|"
    r"Extends|Expands|Forms|Enters|Agrees|Inks|Seals|Unveils)\b"
)


def headline_subject(title: str, text: str, registry: Registry, places: set[str]) -> str | None:
    """The party a headline opens with ("Kelvane Pledges $80,000 to ..."), though the
    story may never name it again, or None. In a title-case headline every word is
    capitalised, so a word the text also writes in lower case ("Students Launch ...")
    is a common noun, not a name."""
    if title.isupper():
        return None
    match = _HEADLINE_SUBJECT.match(title.strip())
    if match is None:
        return None
    name = _possessive_free(_strip_article(match.group("n")))
    words = name.split()
    if (
        not words
        or registry.find(name) is not None
        # ("Orrin State Signs ..." for Orrin State University: its short form, which
        # short_forms_without_head links.)
        or any(e.name.startswith(name + " ") for e in registry.entities.values())
        or any(
            re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", text)
            for w in words
            if w.lower() not in STOPWORDS
        )
        or not _is_candidate(name, False, places, registry)
        or is_place(name)
        or is_demonym_only(name)
        # ("Jane Doe Signs …" over "actress and author Jane Doe": a person.)
        or introduced_by_occupation(name, text)
    ):
        return None
    return name


def names_with_their_campus(registry: Registry, text: str) -> None:
    """ "Orrin Institute of Technology, Dunmar": a name the text writes twice or more
    with the same city after a comma (its campus, part of its name), or once so after
    its acronym ("Orrin Institute of Technology (OIT), Dunmar has signed"), goes by
    that longer name too (an alias)."""
    for entity in list(registry.entities.values()):
        if entity.existing or entity.kind != EntityKind.ORGANIZATION:
            continue
        acronyms = "|".join(re.escape(a) for a in entity.aliases if a.isupper())
        bracket = rf"(?:\s*\((?:{acronyms})\))?" if acronyms else ""
        cities: dict[str, int] = {}
        for found in re.finditer(
            rf"(?<![\w-]){re.escape(entity.name)}(?P<b>{bracket}),\s+(?P<c>[A-Z][a-z]+)"
            r"(?=[.,;]|\s+(?:has|have|said|says|will|is|and|signed)\b)",
            text,
        ):
            city = found.group("c")
            cities[city] = cities.get(city, 0) + (2 if found.group("b") else 1)
        best = [c for c, n in cities.items() if n >= 2]
        if len(best) == 1 and (is_place(best[0]) or best[0] not in STOPWORDS):
            registry._add_aliases(entity, [f"{entity.name}, {best[0]}"])


def _fragment_of(other: DraftEntity, name: str) -> bool:
    """Whether ``other`` is ``name`` with its country after "of" ("Coastal Sciences of
    Velmora" of "Coastal Sciences"): a piece of a longer phrase read on its own."""
    rest = re.fullmatch(r"\s+of\s+(?:the\s+)?(?P<c>.+)", other.name[len(name) :])
    return other.name.startswith(name) and rest is not None and is_country(rest.group("c"))


def names_cut_at_a_field(registry: Registry, text: str) -> None:
    """ "Orrin Centre for Marine" where the text writes "Orrin Centre for Marine and
    Coastal Sciences of Velmora": a name whose "for" or "of" names
    one field, then "and" and more capitalised words, goes on over the "and" (without
    a country after "of"); the name is made whole and the fragment after the "and",
    when declared, is dropped."""
    for entity in list(registry.entities.values()):
        words = entity.name.split()
        if (
            entity.existing
            or entity.kind != EntityKind.ORGANIZATION
            or len(words) < 3
            or words[-2] not in {"for", "of"}
            or words[0].lower() in STOPWORDS
        ):
            continue
        found = re.search(
            rf"(?<![\w-]){re.escape(entity.name)}\s+and\s+(?P<more>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})"
            r"(?:\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?",
            text,
        )
        if found is None or (found.group("c") and not is_country(found.group("c"))):
            continue
        more = found.group("more")

        # ("Government of Aldoria and Orrin Bank": "and" joins another party, one the
        # text names elsewhere.)
        known = registry.find(more)
        if (
            (known is not None and not _fragment_of(registry.entities[known], more))
            or any(
                (e.name.startswith(more) or more.startswith(e.name)) and not _fragment_of(e, more)
                for e in registry.entities.values()
                if e is not entity
            )
            or is_place(words[-1])
        ):
            continue
        whole = f"{entity.name} and {more}"
        for other in list(registry.entities.values()):
            if (
                other is not entity
                and not other.existing
                and other.kind == EntityKind.ORGANIZATION
                and normalize(whole).endswith(" " + normalize(other.name.split(" of ")[0]))
                and (" of " not in other.name or is_country(other.name.split(" of ", 1)[1]))
            ):
                registry.discard(other.id)
        held = [r for r in registry.roles if r.organization == entity.id]
        registry.discard(entity.id)
        new_id = registry.add(
            whole, EntityKind.ORGANIZATION, aliases=[entity.name, *entity.aliases], exact=True
        )
        registry.roles += [DraftRole(r.entity, r.title, new_id) for r in held]


def names_without_their_year(registry: Registry) -> None:
    """ "2024 Orrin Community Awards": a year before a name is the edition, not the
    name; the name without it becomes an alias."""
    for entity in list(registry.entities.values()):
        match = re.fullmatch(r"(?:19|20)\d\d\s+(?P<n>[A-Z].{3,})", entity.name)
        if match and not entity.existing and registry.find(match.group("n")) is None:
            registry._add_aliases(entity, [match.group("n")])


def names_around_an_acronym(registry: Registry, text: str) -> None:
    """ "Orrin Heart Care (OHC) Foundation of Velmora": an acronym in brackets inside a
    name, the head word after it. The whole name, as written, is the organisation; the
    fragment after the bracket ("Foundation of Velmora") is dropped."""
    for entity in list(registry.entities.values()):
        acronyms = [a for a in entity.aliases if a.isupper() and len(a) >= 2]
        for acronym in acronyms:
            found = re.search(
                rf"(?<![\w-]){re.escape(entity.name)}\s+\({re.escape(acronym)}\)\s+"
                r"(?P<rest>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|the)\s+)*[A-Z][\w'’-]*){0,4})",
                text,
            )
            if found is None or found.group("rest").split()[0].lower() not in ALL_HEADS:
                continue
            whole = f"{entity.name} ({acronym}) {found.group('rest')}"
            # ("Orrin Zero-Waste Hotels (OZWH) Project": the name without its bracket is
            # how questions write it, and its head word gives the kind.)
            bare = f"{entity.name} {found.group('rest')}"
            kind = guess_kind(bare)
            fragment = registry.find_exact(found.group("rest"))
            if fragment is not None and not registry.entities[fragment].existing:
                registry.discard(fragment)
            if registry.find_exact(whole) is not None:
                break
            if kind == EntityKind.INITIATIVE and entity.kind == EntityKind.TOPIC:
                # A topic the acronym was read for ("Orrin Zero-Waste Hotels (OZWH)") is
                # the first words of the programme's name: the acronym names the
                # programme, written as a name with its acronym, like any defined one.
                if not entity.existing:
                    registry.discard(entity.id)
                registry.add(bare, kind, aliases=[acronym, whole], exact=True)
            else:
                registry.add(whole, EntityKind.ORGANIZATION, aliases=[bare], exact=True)
            break
