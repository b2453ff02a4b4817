"""How a person's name is written: the ``PersonRef`` a mention gives, which tokens can be
part of a name, and a name cleaned of honorifics and post-nominals ("Dr. Jane Doe, PhD").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot import vocab
from bot.ingest.titles import UNIT_LOWER
from bot.ingest.words import (
    ALL_HEADS,
    HONORIFICS,
    NAME_PARTICLES,
    NAME_TOKEN_RE,
    STOPWORDS,
    Token,
    honorific_pattern,
    is_title_word,
    strip_possessive,
    tokens,
)

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


def name_like(tok: Token, known_acronyms: set[str]) -> bool:
    text = strip_possessive(tok.text).rstrip(",")
    if len(text) > 2 and text.endswith("."):
        text = text[:-1]  # "Brenner." ends the sentence; "J." is an initial
    if re.fullmatch(r"[A-Z]\.|[B-HJ-Z]", text):
        return True  # an initial, with or without its full stop ("Lindsay A. Rosenwald")
    low = text.lower().rstrip(".")
    if low in STOPWORDS or is_title_word(low) or low in ALL_HEADS or low in HONORIFICS:
        return False
    if low in UNIT_LOWER or low in _NEVER_A_NAME:
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
HONORIFIC = "|".join(
    re.escape(h.upper()).replace(r"\.", r"\.?") if "." in h else honorific_pattern(h)
    for h in sorted({h.rstrip(".") for h in HONORIFICS}, key=len, reverse=True)
)


PARTICLE = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))


# Letters a member of a parliament or a senior lawyer writes after the name ("Jane Doe
# MP"): part of how the name is written, never of the name.
_POSTNOMINAL = re.compile(
    rf"\s+(?:{'|'.join(sorted(w.upper() for w in vocab.word_list('postnominals')))})$"
)


def clean_name(name: str) -> str:
    name = re.sub(rf"^(?:(?:{HONORIFIC})\.?\s+)+", "", name.strip())
    # "(Datuk) Seri Jane Doe": the second word of a Malaysian style, before two names.
    name = re.sub(r"^Seri\s+(?=\S+\s+\S)", "", name)
    name = _POSTNOMINAL.sub("", name.strip(" ,."))
    return (
        strip_possessive(name.strip(" ,."))
        if not re.search(r"\b[A-Z]\.$", name)
        else name.strip(" ,")
    )


def is_person_name(text: str, known_acronyms: set[str]) -> bool:
    """Whether ``text`` is only a person's name, of two to four words ("Jane Doe", "Dr.
    Jane M. Doe"), as a contact block prints it on a line of its own."""
    return len(clean_name(text).split()) >= 2 and all_name_like(text, known_acronyms)


def all_name_like(text: str, known_acronyms: set[str]) -> bool:
    toks = [t for t in tokens(text) if t.low.rstrip(".") not in HONORIFICS]
    return 1 <= len(toks) <= 4 and all(
        name_like(t, known_acronyms)
        or t.low in NAME_PARTICLES
        or (0 < k == len(toks) - 1 and month_family_name(toks, 0, k - 1, k))
        for k, t in enumerate(toks)
    )


DEGREE = re.compile(
    r"(?:Ph\.?\s?D|M\.?D|MBA|M\.?Sc|B\.?Sc|Jr|Sr|II|III|IV|Esq|CPA|CFA|FRS|OBE|CBE|MBE|KBE|DBE|PE)\.?",
    re.IGNORECASE,
)


# A word written as a possessive ("Acme's", "Velmont’s", "Reyes'").
OWNER_WORD = re.compile(r"(?:['’]s|(?<=s)['’])$")


def _is_particle(tok: Token) -> bool:
    """ "bin", "van", "de la", "Al": joins the parts of a long name, never starts or ends it."""
    return tok.low in NAME_PARTICLES


def core_count(name_toks: list[Token]) -> int:
    return sum(1 for t in name_toks if not _is_particle(t))


def has_particle(name_toks: list[Token]) -> bool:
    return any(_is_particle(t) for t in name_toks[1:-1])


def name_run_end(toks: list[Token], i: int, known_acronyms: set[str]) -> int:
    """The last token of the name that starts at ``i``: name-like words, joined by
    particles ("Pieter van der Berg", "Khalid bin Omar bin Saad Al Rashid").

    At most four words, or six without the particles when particles join them (Arabic,
    Dutch, German, Spanish and Portuguese names).
    """
    j = i
    n = len(toks)
    # ("Acme's Doe said": a possessive ends the run; the owner is no part of a name.)
    while j + 1 < n and not OWNER_WORD.search(toks[j].text):
        k = j + 1
        while k < n and _is_particle(toks[k]) and not name_like(toks[k], known_acronyms):
            k += 1
        if k >= n or not (
            name_like(toks[k], known_acronyms)
            or month_family_name(toks, i, j, k)
            or head_family_name(toks, i, j, k)
            or _family_name_in_capitals(toks, i, j, k, known_acronyms)
        ):
            break
        candidate = toks[i : k + 1]
        if core_count(candidate) > (6 if has_particle(candidate) else 4) and not (
            five_after_honorific(toks, i, k)
        ):
            break
        j = k
    return j


def _family_name_in_capitals(
    toks: list[Token], i: int, j: int, k: int, known_acronyms: set[str]
) -> bool:
    """Whether ``toks[k]``, a long word in capitals, is the family name of the name
    ``toks[i..j]`` begins ("Ms Jane DOEVANSKI, Deputy Director"): the style of UN and
    French documents, after an honorific and given names written as names, never an
    acronym the release defines. (A capitalised word of six letters or fewer is already
    name-like; a longer one alone is read as an acronym.)"""
    word = strip_possessive(toks[k].text).rstrip(",.")
    return (
        k == j + 1
        and i > 0
        and toks[i - 1].low.rstrip(".") in HONORIFICS
        and word.isupper()
        and word.isalpha()
        and word not in known_acronyms
        and all(t.text.istitle() for t in toks[i : j + 1])
    )


# Months that are also family names ("Jane May", "John March"): a stop word that ends a
# name run, except as the family name right after the given names.
_MONTH_SURNAMES = frozenset({"march", "april", "may", "june", "july", "august"})


def month_family_name(toks: list[Token], i: int, j: int, k: int) -> bool:
    """Whether ``toks[k]``, a month, is the family name of the name ``toks[i..j]`` begins
    ("said Richard May, CEO", "Theresa May said"): right after one or two given names,
    written as a name (capital, not in capitals), and not followed by a day or a year
    ("Acme Jane May 5" stays a date)."""
    word = strip_possessive(toks[k].text)
    if word.lower() not in _MONTH_SURNAMES or not word.istitle() or k != j + 1 or j - i > 1:
        return False
    if any(t.text[:1].isdigit() for t in toks[k + 1 : k + 2]):
        return False
    # The given names: name-like words that are no stop words ("In May" is a date).
    return all(t.text[:1].isupper() and t.low not in STOPWORDS for t in toks[i : j + 1])


def head_family_name(toks: list[Token], i: int, j: int, k: int) -> bool:
    """Whether ``toks[k]``, an organisation's head word ("Fund", "Bank", "Guild"), is the
    family name of the name ``toks[i..j]`` begins: right after one or two given names
    that follow an honorific, and before a comma and a title ("Dr. Jane Fund, Managing
    Director of Acme"). The honorific and the title bound it as a person's name; without
    them "Jane Fund" may be an organisation's."""
    word = strip_possessive(toks[k].text).rstrip(".,")
    if not (
        word.lower() in ALL_HEADS
        and word.istitle()
        and k == j + 1
        and j - i <= 1
        and i > 0
        and all(t.text.istitle() and t.low not in STOPWORDS for t in toks[i : j + 1])
    ):
        return False
    if toks[i - 1].low.rstrip(".") in HONORIFICS:
        return (
            k + 2 < len(toks)
            and toks[k + 1].text == ","
            # (A title's first words may be its field: "Publishing Director".)
            and any(is_title_word(t.text) for t in toks[k + 2 : k + 5])
        )
    # ("Acme Store Manager Ada Bank said"): the slot right after a title is its
    # holder's name, so a head word that closes the run there is a family name. (Not
    # when more capitalised words follow: "Director Ada Bank Holdings" is no person.)
    return (
        is_title_word(toks[i - 1].text)
        and toks[i - 1].low not in ALL_HEADS
        and (k + 1 >= len(toks) or not toks[k + 1].text[:1].isupper())
    )


def five_after_honorific(toks: list[Token], i: int, k: int) -> bool:
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


def titled_person(name: str, sentence: str) -> bool:
    """Whether ``name``, as ``sentence`` writes it, is a person whose family name is also
    an organisation's head word ("Dr. Jane Fund, Managing Director of Acme", "Prof Ivo
    Bank, head of …"): it opens with an honorific and a title follows it after a comma.
    ("Sir Ivo Lind Foundation" with no title after it stays a name.)"""
    words = name.split()
    if len(words) < 2 or words[0].lower().rstrip(".") not in HONORIFICS:
        return False
    at = sentence.find(name)
    after = re.match(r",\s+(?:the\s+)?((?:[A-Za-z][\w-]*\s*){1,3})", sentence[at + len(name) :])
    return at >= 0 and after is not None and any(is_title_word(w) for w in after.group(1).split())


def unit_in_a_title(name: str, sentence: str) -> bool:
    """Whether ``sentence`` writes ``name`` as the unit a title heads, at an organisation
    named right after it: "Head of Library Services at Brantwick City Libraries". Such a
    unit is part of the title, no organisation of its own. (Only without an article and
    before "at": "Director of the Orrin Institute at X" may name an institute, and
    "Chair of Acme Ltd., Mr. Jo Ray" an organisation before the next person.)"""
    return any(
        is_title_word(m.group("t"))
        for m in re.finditer(
            rf"\b(?P<t>[A-Za-z-]+)\s+of\s+{re.escape(name)}\s+at\s+(?:the\s+)?[A-Z]", sentence
        )
    )


_OCCUPATIONS = vocab.occupations()
# Lower-case words right before a name, listed with commas or "and".
_LOWER_LIST_BEFORE = re.compile(r"(?:^|(?<=[\s(]))((?:[a-z-]+(?:,\s+|\s+))*[a-z-]+)\s+$")


def occupation_before(before: str) -> bool:
    """Whether ``before`` (a sentence's text before a name) ends with occupations in
    lower case, alone or listed ("designer ", "actress, artist and author ", "wedding
    and event planner, design consultant, and television personality "): each comma
    part ends in an occupation (the words before it say of what)."""
    # ("… with Chef Jane Doe": one occupation written as a style, see
    # ``styled_by_occupation``.)
    styled = re.search(r"(?<![\w-])([A-Z][a-z]+)\s+$", before)
    if styled and styled.group(1).lower() in _OCCUPATIONS:
        return True
    listed = _LOWER_LIST_BEFORE.search(before)
    if listed is None:
        return False
    parts = re.split(r",\s+", listed.group(1))
    # (Lower-case prose before the list is no part of it: "with iconic wedding
    # planner" is read from the first part that ends in an occupation.)
    heads = [p.split()[-1] for p in parts]
    if heads[-1] not in _OCCUPATIONS:
        return False
    return all(h in _OCCUPATIONS for h in heads[1:]) and (
        len(parts) == 1 or heads[0] in _OCCUPATIONS
    )


def styled_by_occupation(toks: list[Token], i: int, j: int) -> bool:
    """Whether the run of capitalised words ``toks[i..j]`` opens with an occupation
    written as a style ("with Chef Jane Doe", "Designer Jo Ray"): like "chef Jane Doe" in
    lower case, it says the words after it are a person's name, and it is no word of that
    name. Two words of the name at least follow it ("Chef Doe" is left as written)."""
    return occupation_styled_name(" ".join(t.text for t in toks[i : j + 1]))


def occupation_styled_name(name: str, *, family_name: bool = False) -> bool:
    """Whether the capitalised run ``name`` ("Chef Jane Doe") is a person's name after an
    occupation written as a style (``styled_by_occupation``): no word after the
    occupation is an organisation's head word ("Designer Outlet Centre" is a place's).
    With ``family_name``, one word after it is enough ("Chef Doe said", where the caller
    knows it names a person)."""
    words = name.split()
    return (
        len(words) >= (2 if family_name else 3)
        and words[0].istitle()
        and words[0].lower() in _OCCUPATIONS
        and not any(w.lower().strip(".,") in ALL_HEADS for w in words[1:])
    )


def introduced_by_occupation(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` right after an occupation anywhere ("… and author
    Jane Doe"): a person's name, wherever else it shows (a headline's "Jane Doe Signs …")."""
    return any(
        occupation_before(text[: m.start()])
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    )
