"""The title and organisation written before a name: "Velmont Ports Minister Jane Doe",
"TSU's Provost X", "Chief Medical Officer in Velmont, Jane Doe".
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot import vocab
from bot.ingest.titles import ADJECTIVE, AREA_WORDS, FUNCTIONS, PORTFOLIO, is_area
from bot.ingest.words import (
    ALL_HEADS,
    STOPWORDS,
    Token,
    is_demonym,
    is_place,
    is_title_phrase,
    is_title_word,
    strip_possessive,
    tokens,
)


def premodifier(before: str) -> tuple[str | None, str | None]:
    """ "Acme Robotics CEO " / "UNIDO Director General " before a name -> (title, org)."""
    before = _without_title_acronym(before)
    toks = tokens(before)
    t = len(toks)
    while (
        t > 0
        and (
            # (Lower-case titles too: "Orrin Biotech chief scientific officer Jane Doe", checked
            # below to follow an organisation.)
            (
                is_title_word(strip_possessive(toks[t - 1].text))
                and not _ends_lower_case_title(toks, t)
            )
            # "Chairman and Chief Executive Officer", "President/CEO", "president & CEO":
            # "and" (or its sign) or a slash between title words.
            or (
                # ("Co-founder, President and CEO": a comma list of title words.)
                toks[t - 1].low in {"and", "&", "/", ","}
                and t > 1
                and t < len(toks)
                and is_title_word(strip_possessive(toks[t - 2].text))
                # (Both in the same case: "president and vice-chancellor" is one title,
                # "Acme Director and chief X" is not; an acronym has no case of its own:
                # "president and CEO".)
                and (
                    toks[t - 2].text[:1].isupper() == toks[t].text[:1].isupper()
                    or _is_acronym(toks[t].text)
                    or _is_acronym(toks[t - 2].text)
                )
            )
        )
    ):
        t -= 1
    if t == len(toks):
        return None, None
    title = before[toks[t].start :].strip()
    if not is_title_phrase(title):
        return None, None
    # "Ports and Information Minister": a title that opens with an area word ("Chief
    # Information Officer" makes it a title word too) after other areas and "and" holds
    # the whole portfolio, never just its last area.
    listed = re.search(
        r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:,\s+|\s+(?:and|&)\s+))+$", before[: toks[t].start]
    )
    if listed and is_area(toks[t].text) and is_area(listed.group(0)):
        title = before[listed.start() :].strip()
        return title, None
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
    if (
        owner is None
        and is_title_word(toks[o].text)
        and toks[o].low not in FUNCTIONS
        # (Unless those words end in an organisation's head word: "High Court Judge",
        # "Global Fund Director" name the court and the fund.)
        and not any(tok.low in ALL_HEADS and not is_title_word(tok.text) for tok in toks[o:t])
    ):
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
    if ADJECTIVE.fullmatch(org):
        # "Federal Secretary", "National Director": one adjective before the title is
        # the title's, as ``split_title_org`` reads it, never an organisation's name.
        return f"{org} {title}", None
    if is_demonym(org) or (
        len(org.split()) == 2 and org.split()[0] in _COMPASS and is_demonym(org.split()[1])
    ):
        # "Kenyan Ambassador", "South Velmarian Ambassador": a country's adjective is
        # part of the title, no organisation's name.
        return f"{org} {title}", None
    if org and GOVERNMENT_TITLE.search(title):
        return _minister_of(title, org)
    # "OGL Laboratory Director": the acronym already ends in the head word after it
    # (OGL, "... Games Laboratory"), so that word is the title's ("Laboratory Director",
    # the laboratory's director), the acronym alone the organisation.
    redundant = re.fullmatch(r"(?P<acronym>[A-Z]{2,6})\s+(?P<head>[A-Z][a-z]+)", org)
    if (
        redundant
        and redundant.group("head").lower() in ALL_HEADS
        and redundant.group("acronym")[-1] == redundant.group("head")[0]
    ):
        return f"{redundant.group('head')} {title}", redundant.group("acronym")
    return title, org or None


_COMPASS = {"North", "South", "East", "West", "Central"}
_BRACKETED_ACRONYM = re.compile(r"\s*\((?P<short>[A-Z][A-Za-z&]{1,7})\)\s*$")


def _without_title_acronym(before: str) -> str:
    """``before`` without the title's own acronym in brackets at its end ("chief
    executive officer (CEO) " before a name): the title's short form, no organisation."""
    found = _BRACKETED_ACRONYM.search(before)
    if found is None:
        return before
    words = [w for w in before[: found.start()].split() if w.lower() not in _CONNECTORS]
    short = found.group("short")
    spelled = "".join(w[0] for w in words[-len(short) :]).upper() == short.upper()
    if not (is_title_word(short) and (spelled or is_title_word(words[-1] if words else ""))):
        return before
    return before[: found.start()] + " "


# Titles held in a government: what stands before them is a place or a portfolio.
GOVERNMENT_TITLE = re.compile(r"\b(?:Minister|Premier)\b")


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
            and words[-1].lower() in PORTFOLIO
            and not any(w.lower() in ALL_HEADS or w.isupper() for w in words[k:])
        ):
            return f"{portfolio} {title}", f"Government of {place}"
    if (
        is_area(before)
        or (len(words) == 1 and before.endswith("s") and not before.endswith("ss"))
        # "Higher Education Minister": a portfolio, whatever word qualifies it.
        or (
            len(words) <= 3
            and words[-1].lower() in PORTFOLIO
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


def portfolio_premodifier(before: str) -> tuple[str | None, str | None]:
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
    portfolio = port.split()[-1].lower() in AREA_WORDS or match.group("rel").startswith(
        "Responsible"
    )
    if not portfolio and org is None:
        return " ".join(words[k:]), port
    org = strip_possessive(org) if org else None
    if org and GOVERNMENT_TITLE.search(title):
        # "Velmora Minister for Ports": Velmora's government.
        return _minister_of(title, org)
    return title, org


_POSTED_BEFORE = re.compile(r"(?P<head>[^,;:()]*?)\s+in\s+(?P<place>[A-Z][\w'’-]*)\s*$")


def posted_premodifier(before: str) -> tuple[str | None, str | None]:
    """ "the Aldorian Ambassador in Velmont " right before a name -> (title,
    organisation): a title held in a place, the place part of it. A country's adjective
    before it is part of the title too (the post is no organisation's); other
    capitalised words before it are its organisation ("Acme Director in Velmont")."""
    match = _POSTED_BEFORE.search(before)
    if match is None:
        return None, None
    words = match.group("head").split()
    k = len(words)
    # (In one case: "Acme Director in X", or AP style's "ACR representative in X".)
    capitalised = bool(words) and words[-1][:1].isupper()
    while k > 0 and words[k - 1][:1].isupper() == capitalised and is_title_word(words[k - 1]):
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
    if not capitalised and not pre:
        return None, None  # a lower-case title is one only after its organisation
    title = f"{' '.join(words[k:])} in {match.group('place')}"
    if len(pre) == 1 and is_demonym(pre[0]):
        return f"{pre[0]} {title}", None
    return title, " ".join(pre) or None


_CONNECTORS = {"of", "for", "to", "the", "and", "in", "on", "at", "&"}


def _is_acronym(word: str) -> bool:
    """ "CEO", "CFO", "EVP": a title acronym, written in capitals whatever the title's case."""
    letters = strip_possessive(word).strip(",.")
    return len(letters) > 1 and letters.isupper()


def _ends_lower_case_title(toks: list[Token], t: int) -> bool:
    """Whether ``toks[t - 1]``, a capitalised title word, is the organisation's last word
    rather than the first of the lower-case title after it ("Orrin Group senior vice
    president": "Group" names the company). AP style writes a title before a name in lower
    case, so a capitalised word right before it belongs to the name before, unless it is
    capitalised only because it opens the text ("Vice president Jane Doe said")."""
    word = toks[t - 1].text
    if not word[:1].isupper() or _is_acronym(word):
        return False
    after = [tok.text for tok in toks[t:] if tok.low not in _CONNECTORS]
    if not after or any(w[:1].isupper() and not _is_acronym(w) for w in after):
        return False
    if not any(w[:1].islower() for w in after):
        return False  # "Group CEO": only acronyms after, no lower-case title
    return t >= 2 and toks[t - 2].text[:1].isupper() and toks[t - 2].low not in STOPWORDS


# Words before a lower-case title that say it is no longer (or not yet) held.
_NOT_HELD = frozenset({"former", "late", "then", "ex", "outgoing", "incoming", "future"})


def possessive_premodifier(before: str) -> tuple[str | None, str | None]:
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
    # ("composer-in- residence": a compound broken at a line's end, one word.)
    title = re.sub(r"(?<=[a-z])-\s+(?=[a-z])", "-", match.group("title"))
    words = title.split()
    # ("Velmar's ambassador to Ostria Jane Doe": a title in lower case, from its first
    # word a title word.)
    lower = title[:1].islower() and is_title_word(words[0])
    # ("Acme's coordination affairs head Jane Doe": lower-case words of the office's
    # field, then the title word, next to the name; never a title no longer held.)
    field_then_title = (
        title[:1].islower()
        and 1 <= len(words) <= 4
        and is_title_word(words[-1])
        and (words[0] not in _NOT_HELD or (words[0] == "former" and len(words) >= 2))
        and all(re.fullmatch(r"[a-z][a-z-]*", w) for w in words)
    )
    if field_then_title:
        # ("the Orchestra's former composer-in-residence Jane Doe": the caller reads
        # "former" as a title no longer held.)
        return title, match.group("org")
    if words[-1].lower() in _CONNECTORS:
        return None, None  # "… to Ostria Jane Doe and ": the title ended before a name
    if not (title[:1].isupper() or lower) or not all(
        w[:1].isupper() or w.lower() in _CONNECTORS or (lower and is_title_word(w)) for w in words
    ):
        return None, None
    # "Ostria's Environment Minister": a portfolio before the title word is the title's.
    if not (is_title_word(words[0]) or is_title_word(words[-1])) or not is_title_phrase(title):
        return None, None
    if GOVERNMENT_TITLE.search(title):
        # "Velmar's Minister of Health": Velmar's government.
        return _minister_of(title, match.group("org"))
    return title, match.group("org")


_LOWER_TITLE_BEFORE = re.compile(
    r"(?:^|\s)(?P<org>(?:[A-Z]|[a-z]{1,3}[A-Z])[\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+"
    r"(?P<title>(?:[\w-]+\s+){0,5}?[\w-]+\s+(?:of|for)\s+"
    # ("Acme senior vice president of Global Claims Jane Doe": the unit, capitalised, is
    # the title's too; the organisation is the one glued before the title.)
    r"(?:[a-z]+(?:\s+(?:and|&)\s+[a-z]+)?|(?P<unit>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})))\s*$"
)


def lower_case_premodifier(before: str) -> tuple[str | None, str | None]:
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
    # ("senior vice president and president of X": two titles joined by "and".)
    if (
        not head
        or not is_title_word(head[-1])
        or not all(is_title_word(w) or w in {"and", "&"} for w in head)
    ):
        return None, None
    if match.group("unit") and (head[0] in {"and", "&"} or not all(w.islower() for w in head)):
        return None, None  # "Velmont Mayor of Orrin Town": the town's mayor
    return match.group("title"), match.group("org")


# Ranks, longest first ("Air Chief Marshal" before "Air Marshal"), as written before a
# name: each word capitalised, any run of spaces between words.
_RANKS = sorted(vocab.ranks(), key=len, reverse=True)
_RANK_BEFORE = re.compile(
    r"(?<![\w-])(?P<rank>"
    + "|".join(r"\s+".join(w.capitalize() for w in rank.split()) for rank in _RANKS)
    + r")\.?\s+$"
)


class Rank(NamedTuple):
    """A military or police rank written before a name, and the service written before
    it, if any ("Velmont Navy Rear Admiral Jane Doe": "Rear Admiral", "Velmont Navy")."""

    rank: str
    service: str | None


# The capitalised words right before a rank: the service, when its last word ends a
# service's name ("U.S. Navy", "Orrin Air Force"; bot/vocab/services.txt).
_SERVICE_WORDS = re.compile(r"(?:[A-Z][\w.&'’-]*\s+){1,5}$")
_SERVICES = vocab.services()


def rank_before(name: str, sentence: str) -> Rank | None:
    """The military or police rank written right before ``name`` in ``sentence``
    ("signed by Air Marshal Jane Doe" -> "Air Marshal"), with the service named before it
    ("U.S. Navy Vice Admiral Jane Doe"), or None. A rank is dropped from the name as an
    honorific is (bot/vocab/ranks.txt); it is the person's title only when the release
    gives no post ("Chief of Naval Staff, Admiral Jane Doe" holds the post), or when the
    service it is held in is named (a role of its own beside the post)."""
    at = sentence.find(name)
    if at <= 0:
        return None
    found = _RANK_BEFORE.search(sentence[:at])
    if found is None:
        return None
    rank = re.sub(r"\s+", " ", found.group("rank"))
    run = _SERVICE_WORDS.search(sentence[: found.start()])
    words = run.group(0).split() if run else []
    # ("in June U.S. Navy …", "The Velmont Navy …": words that only open the run.)
    while words and words[0].lower().strip(".,") in STOPWORDS:
        words = words[1:]
    service = " ".join(words)
    if not words or words[-1].lower() not in _SERVICES:
        return Rank(rank, None)
    return Rank(rank, service)
