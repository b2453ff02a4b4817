"""Words of a press release: the vocabulary (bot/vocab/), tokens, kinds, titles, slugs.

The shared ground of acronyms.py, names.py, people.py and registry.py: word lists loaded
once from bot/vocab/, tokenising, the kind a head word gives a name, and what a title
word is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

import pycountry
from slugify import slugify as python_slugify

from bot.kb.models import EntityKind
from bot.vocab import country_names, honorifics, ingest_stop_words, kind_heads, units, word_list

# --- lexicons ------------------------------------------------------------------------

# The vocabulary is data in bot/vocab/ (one file per word list), shared with the engine.
# A title needs one of these ...
CORE_TITLES = word_list("title_words")
# ... and may be dressed with these.
TITLE_MODIFIERS = word_list("title_modifiers")
TITLE_WORDS = CORE_TITLES | TITLE_MODIFIERS
# ... or followed, after a hyphen, by one of these ("CEO-designate", "President-elect").
TITLE_STATUSES = word_list("title_statuses")
AUXILIARY_VERBS = word_list("auxiliary_verbs")
HONORIFICS = honorifics()
NAME_PARTICLES = {
    "de",
    "da",
    "van",
    "von",
    "der",
    "den",
    "del",
    "bin",
    "binti",
    "al",
    "la",
    "le",
    "di",
    "du",
    "dos",
    "das",
    # Arabic "bint"/"ibn", Dutch "ter"/"ten", German "zu", Spanish "y", Italian "della".
    "bint",
    "ibn",
    "ter",
    "ten",
    "zu",
    "y",
    "della",
    "dei",
}
# Where a capitalised name ends: the stop words shared with the engine
# (bot/vocab/stop_words.txt) and ingest's own name_stop_words.txt (dates, "new"...).
STOPWORDS = ingest_stop_words()

# Head words that say what kind of thing a capitalised name is (bot/vocab/kind_heads.yaml).
# Order matters: the first table that knows the head word wins.
KIND_HEADS: tuple[tuple[EntityKind, frozenset[str]], ...] = tuple(
    (EntityKind(kind), words) for kind, words in kind_heads()
)
ALL_HEADS = frozenset().union(*(heads for _, heads in KIND_HEADS))  # every head word, of any kind
# Organisation head words in Spanish, French, Italian and Portuguese names.
ROMANCE_HEADS = {
    "universidad",
    "université",
    "università",
    "universidade",
    "fundación",
    "fondation",
    "fondazione",
    "fundação",
    "ministerio",
    "ministère",
    "ministero",
    "ministério",
    "instituto",
    "institut",
    "istituto",
    "centro",
    "centre",
    "agencia",
    "agence",
    "agenzia",
    "banco",
    "banque",
    "cátedra",
    "escuela",
    "école",
    "colegio",
    "consejo",
    "conseil",
    "asociación",
    "association",
    "sociedad",
    "société",
    "grupo",
    "groupe",
    "gobierno",
    "gouvernement",
    "secretaría",
    "comisión",
    "commission",
    "organización",
    "organisation",
    "empresa",
    "entreprise",
    "compañía",
    "compagnie",
    "facultad",
    "faculté",
    "hospital",
    "hôpital",
    "ayuntamiento",
    "mairie",
    "municipalidad",
    "cámara",
    "chambre",
}
# Heads so generic that "The Company" or "the Platform" alone is not a name.
CORP_SUFFIXES = {
    "inc",
    "inc.",
    "corp",
    "corp.",
    "co",
    "co.",
    "ltd",
    "ltd.",
    "llc",
    "plc",
    "ag",
    "sa",
    "s.a.",
    "gmbh",
    "nv",
    "n.v.",
}


def honorific_pattern(entry: str) -> str:
    """A regular expression for one entry of honorifics.txt as written before a name:
    each word capitalised ("tan sri" is "Tan Sri", "(dr)" is "(Dr)"), any run of spaces
    between words, either apostrophe ("Dato' Seri", "Dato’ Seri")."""
    styled = re.sub(r"(^|[\s(])([a-z])", lambda m: m.group(1) + m.group(2).upper(), entry)
    return re.sub(r"['’]", "['’]", re.escape(styled).replace(r"\ ", r"\s+"))


# A style of several words ("Tan Sri") is one token, so that every reader of tokens
# takes it for the honorific it is and never for the start of a name.
_MULTIWORD_HONORIFIC = "|".join(
    honorific_pattern(h) for h in sorted(HONORIFICS, key=len, reverse=True) if " " in h
)
_TOKEN_RE = re.compile(
    rf"(?:{_MULTIWORD_HONORIFIC})(?![\w'’])|\([^()\s]{{2,15}}\)|[^\W_][\w'’.&-]*|[^\s\w]"
)
# A capitalised word of letters (any script: "José", "Øystein"), or an initial ("F.").
NAME_TOKEN_RE = re.compile(r"(?:[^\W\d_][\w'’-]*[^\W\d_]|[^\W\d_]\.)")
_POSSESSIVE_RE = re.compile(r"(?:'s|’s|'|’)$")


@cache
def _ingest_country_names() -> frozenset[str]:
    """ISO 3166's names (``bot.vocab.country_names``) and the prose names and initials
    it lacks (bot/vocab/country_names.txt: "Russia", "U.S."). Ingest's own: it asks about
    a capitalised name, where "US" is a country; the engine reads lower-cased sentences,
    where "us" is a pronoun, so it keeps to ISO 3166."""
    return country_names() | word_list("country_names")


def is_country(name: str) -> bool:
    """Whether ``name`` is a country's name (ISO 3166, via pycountry)."""
    return (
        re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).casefold()
        in _ingest_country_names()
    )


# ISO 3166-1 reserves "UK" for the United Kingdom (code GB) exceptionally.
# "UAE", no ISO code, is how every release writes the United Arab Emirates (ARE, AE).
_EXCEPTIONAL_CODES = {"UK": "GB", "UAE": "AE"}


def country_full_name(initials: str) -> str | None:
    """The ISO 3166 name of the country ``initials`` stands for ("UK", "U.S.", "USA"),
    or None when ``initials`` are no country's code. ``"UK"`` -> ``"United Kingdom"``."""
    code = initials.replace(".", "").strip().upper()
    code = _EXCEPTIONAL_CODES.get(code, code)
    if not re.fullmatch(r"[A-Z]{2,3}", code):
        return None
    country = (
        pycountry.countries.get(alpha_2=code)
        if len(code) == 2
        else pycountry.countries.get(alpha_3=code)
    )
    return None if country is None else getattr(country, "common_name", None) or country.name


def is_demonym(word: str) -> bool:
    """Whether ``word`` is a country's adjective ("Kenyan", "Malaysian", "Japanese",
    "Chinese"): an adjective ending whose stem opens a country's name (pycountry)."""
    if not re.fullmatch(r"[A-Z][a-z]+(?:an|ese|ish|i|ine)", word):
        return False
    low = word.casefold()
    stems = {low[:-cut] for cut in range(2, 5) if len(low) - cut >= 4}
    return any(name.startswith(stem) for name in country_names() for stem in stems)


@cache
def _subdivision_names() -> frozenset[str]:
    """Names of provinces, states and regions ("Nova Scotia", "Santa Fe"),
    case-folded, from pycountry's ISO 3166-2 table."""
    return frozenset(s.name.casefold() for s in pycountry.subdivisions)


PLACE_WORDS = word_list("place_words")
# Nouns for a kind of place after names ("the Eastbank and Millrace neighbourhoods").
PLACE_NOUNS = word_list("place_nouns")


def is_place(name: str) -> bool:
    """Whether ``name`` is a place, never a person: a country's or a province's name
    (ISO 3166 and 3166-2, via pycountry), or a name with a place's word after its first
    (bot/vocab/place_words.txt: "Tallow County", "Prince Orrin Island")."""
    words = name.split()
    return (
        bool(words)
        and (
            is_country(name)
            or name.strip().casefold() in _subdivision_names()
            # ("Prince Orrin Island Council": a place word inside the run too.)
            or any(w.strip(",.").casefold() in PLACE_WORDS for w in words[1:])
        )
    )


# Words of an agreement's generic name ("Memorandum of Understanding", "MOU", "Licensing
# Agreement", "5-year Strategic Framework Agreement"): every release signs one, so such a
# name is never an entity (it would be shared by unrelated releases; issue 11, P7).
_GENERIC_AGREEMENT = {
    "memorandum", "memoranda", "understanding", "agreement", "agreements", "mou", "mous",
    "moa", "moas", "letter", "intent", "loi", "framework", "cooperation", "co-operation",
    "collaboration", "collaborative", "partnership", "license", "licence", "licensing",
    "master", "strategic", "definitive", "joint", "research", "supply", "service", "services",
    "cooperative", "accord", "protocol", "contract", "deal", "term", "sheet", "binding",
    "non-binding", "amended", "restated", "exclusive", "development", "commercial", "core",
    "funding", "contribution", "grant", "new", "formal", "bilateral", "tripartite",
}  # fmt: skip


def is_generic_agreement(name: str) -> bool:
    """Whether ``name`` is only a kind of agreement ("MoU", "Framework Agreement")."""
    words = [w.strip(".,()'’\"") for w in name.lower().split()]
    words = [w for w in words if w and w not in STOPWORDS]
    return (
        bool(words)
        and all(w in _GENERIC_AGREEMENT or re.fullmatch(r"\d+|\w+-years?", w) for w in words)
        and any(
            w
            in {
                "memorandum",
                "understanding",
                "agreement",
                "mou",
                "moa",
                "loi",
                "accord",
                "protocol",
                "contract",
                "letter",
                "deal",
                "agreements",
                "mous",
                "moas",
            }
            for w in words
        )
    )


def slugify(text: str, max_words: int = 8, max_len: int = 60) -> str:
    """An id-safe slug (^[a-z0-9][a-z0-9-]*$) of at most ``max_words`` words and
    ``max_len`` characters, cut at a word boundary; "entity" when nothing is left.

    python-slugify transliterates every script (via text-unidecode: "Øystein Ødegård"
    -> "oystein-odegard", "Zürich" -> "zurich"), so an id stays readable whatever the
    name's alphabet.
    """
    words = python_slugify(text).split("-")[:max_words]
    slug = python_slugify("-".join(words), max_length=max_len, word_boundary=True)
    return slug if slug and slug[0].isalnum() else "entity"


def strip_possessive(token: str) -> str:
    return _POSSESSIVE_RE.sub("", token)


def guess_kind(name: str) -> EntityKind:
    """Organisation, initiative, agreement ... from the name's head word."""
    words = [strip_possessive(w).lower() for w in re.findall(r"[\w'’.&-]+", name)]
    if not words:
        return EntityKind.ORGANIZATION
    if name[:1].islower() and not re.match(r"[a-z]{1,3}[A-Z]", name):
        return EntityKind.TOPIC  # (a brand such as "bioKestrel" is a name)
    # The head is the last word before "of"/"for", or the last word (skipping years).
    head_zone = words
    for connector in ("of", "for", "on"):
        if connector in words[1:]:
            head_zone = words[: words.index(connector, 1)]
            break
    head_zone = [w for w in head_zone if not re.fullmatch(r"[\d-]+", w)] or words
    for word in reversed(head_zone):
        for kind, heads in KIND_HEADS:
            if word in heads:
                return kind
    for word in reversed(words):
        for kind, heads in KIND_HEADS:
            if word in heads:
                return kind
    return EntityKind.ORGANIZATION


# Professions named by their suffix ("gastroenterologist", "paediatrician", "psychiatrist"):
# too many to list, and each is a role ("a cardiologist at Fenwold Clinic").
_PROFESSION_RE = re.compile(r"[a-z]{3,}(?:ologist|iatrist|ician)")


# The parts of an organisation a title is held in (bot/vocab/units.yaml), lower-case.
UNIT_WORDS = frozenset(u.lower() for u in (*units()[0], *units()[1]))


# Ranks written only inside a hyphenated title ("Under-Secretary-General").
_RANK_PREFIXES = frozenset({"under", "sub", "pro", "vice"})


def is_title_word(word: str, words: frozenset[str] = TITLE_WORDS) -> bool:
    """A title word, hyphenated forms included ("Secretary-General", "Director-General",
    and a title glued to its unit: "Dean-School", "Director/Institute"), or a profession by
    its suffix ("oncologist", "physician")."""
    low = word.lower().strip(",.")
    first, _, rest = low.replace("/", "-").partition("-")
    return (
        low in words
        # ("Editor-in-Chief", "Commander-in-Chief": small words inside the compound.)
        or (
            "-" in low
            and all(
                p in TITLE_WORDS or p in {"in", "of", "at"} or p in _RANK_PREFIXES
                for p in low.split("-")
                if p
            )
            # ("Under-Secretary-General": a rank before the title, in the compound.)
            and (low.split("-")[0] in TITLE_WORDS or low.split("-")[0] in _RANK_PREFIXES)
        )
        or (first in words and (rest in UNIT_WORDS or rest in ALL_HEADS))
        # ("Prorector", "Vicepresident", "Undersecretary": a rank prefix glued to the
        # title word, as the hyphenated forms above are written in many languages.)
        or any(
            low.startswith(p) and len(low) - len(p) >= 4 and low[len(p) :] in words
            for p in _RANK_PREFIXES
        )
        # ("President/CEO": two titles written as one.)
        or ("/" in low and all(p in words for p in low.split("/")))
        # ("CEO-designate", "President-elect": a title not yet taken up is a title.)
        or (
            "-" in low
            and low.rpartition("-")[2] in TITLE_STATUSES
            and is_title_word(low.rpartition("-")[0], words)
        )
        # ("composer-in-residence", "entrepreneur-in-residence": a post held for a time.)
        or re.fullmatch(r"[a-z]{3,}-in-residence", low) is not None
        or _PROFESSION_RE.fullmatch(low) is not None
    )


def is_title_phrase(text: str) -> bool:
    """Whether ``text`` holds a title word ("Director of Research", "chief executive").
    A verb phrase is never a title: "will chair the panel" opens with an auxiliary."""
    words = [w.lower().strip(",.") for w in text.split()]
    if words and words[0] in AUXILIARY_VERBS:
        return False
    return any(is_title_word(w, CORE_TITLES) for w in words)


def looks_like_acronym(token: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", token)
    return 2 <= len(letters) <= 12 and sum(ch.isupper() for ch in letters) >= 2


# --- tokens -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return strip_possessive(self.text.rstrip(",")).lower().rstrip(".") or self.text.lower()


def tokens(sentence: str) -> list[Token]:
    return [Token(m.group(0), m.start(), m.end()) for m in _TOKEN_RE.finditer(sentence)]


def is_capitalised(tok: Token) -> bool:
    return (
        tok.text[:1].isupper()
        or bool(re.match(r"[A-Za-z]?[A-Z]", tok.text))
        or tok.text[:1].isdigit()
    )


class Subdivision(NamedTuple):
    """A province or state (ISO 3166-2) and the country it is in."""

    name: str
    country: str


@cache
def _subdivisions_by_name() -> dict[str, Subdivision]:
    """Provinces and states by case-folded name, each with its country's common name
    (pycountry's ISO 3166-2 and ISO 3166 tables)."""
    out: dict[str, Subdivision] = {}
    for sub in pycountry.subdivisions:
        if sub.type not in {"Province", "State", "Territory", "Region"}:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        name = getattr(country, "common_name", None) or country.name
        out.setdefault(sub.name.casefold(), Subdivision(sub.name, name))
    return out


@cache
def _subdivision_countries() -> dict[str, frozenset[str]]:
    """Every country a province's or state's case-folded name is in (a name two
    countries use, "Punjab", has both)."""
    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.type not in {"Province", "State", "Territory", "Region"}:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is not None:
            name = getattr(country, "common_name", None) or country.name
            out.setdefault(sub.name.casefold(), set()).add(name)
    return {name: frozenset(countries) for name, countries in out.items()}


def countries_of_subdivision(name: str) -> frozenset[str]:
    """The countries that have a province or state named ``name`` ("Ontario" ->
    {"Canada"}; "Punjab" -> India and Pakistan), by ISO 3166-2 via pycountry; empty for
    any other name."""
    return _subdivision_countries().get(name.strip().casefold(), frozenset())


def subdivisions_named(text: str) -> list[Subdivision]:
    """The provinces and states ``text`` names (a whole capitalised name, as written:
    "Western" in "Western Sydney University" is no region), most named first."""
    table = _subdivisions_by_name()
    counts: dict[Subdivision, int] = {}
    for run in re.findall(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*", text):
        words = run.split()
        # ("In Velmora", "The Velmora": a sentence's first word; "New" opens names too.)
        while words and words[0].lower() in STOPWORDS and " ".join(words).casefold() not in table:
            words = words[1:]
        found = table.get(" ".join(words).casefold())
        if found is not None and " ".join(words).lower() not in _COMPASS_NAMES:
            counts[found] = counts.get(found, 0) + 1
    return sorted(counts, key=lambda s: -counts[s])


# Regions named by a compass word alone ("Western", "Central"): words, not places.
_COMPASS_NAMES = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "capital", "islands", "coast", "centre", "center", "north east", "north west",
    "south east", "south west", "northeast", "northwest", "southeast", "southwest",
}  # fmt: skip


@cache
def us_state_names() -> frozenset[str]:
    """The names of the states of the United States (ISO 3166-2, via pycountry):
    "Texas", "New York"; a sign that a story is American."""
    return frozenset(
        sub.name
        for sub in pycountry.subdivisions.get(country_code="US") or ()
        if sub.type == "State"
    )
