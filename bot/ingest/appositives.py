"""The titles written after a name: "Jane Doe, Founder and Executive Chairman of the X
Group", "who retired as CEO of Y in March 2025", "former A and now B".
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from bot import vocab
from bot.ingest.offices import split_offices
from bot.ingest.person_names import DEGREE, HONORIFIC, PARTICLE
from bot.ingest.titles import UNIT_END, is_area, is_region, split_title_org
from bot.ingest.words import (
    ALL_HEADS,
    is_title_phrase,
    is_title_word,
)

_AFTER_ORG = re.compile(
    r"\s+(?:and\s+(?:then\s+)?)?(?:said|says|added|adds|stated|noted|explained|commented|remarked|"
    r"welcomed|hosted|signed|opened|attended|thanked|announced|led|leads|will|is|was|has|had|"
    # "Chief of the Kestrel First Nation today signed": a time word opens the story.
    r"today|yesterday|tomorrow)\b.*$"
)


# Lower-case particles inside a French, Spanish or Italian name ("Aéroports de la Côte").
_NAME_PARTICLES = {"la", "le", "les", "du", "des", "del", "della", "di", "da"}


def title_tail(phrase: str) -> str:
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
            # ("Port de la Côte d’Orrin’s Chairman": a name's particles and elided
            # article are in the organisation's name.)
            or (low in _NAME_PARTICLES and k < len(words) and words[k][:1].isupper())
            or re.match(r"[dl]['’][A-Z]", w) is not None
            or is_title_word(low)
            # "Representative in Ostria": a title held in a place ("Ambassador to
            # Ostria": posted to it).
            or (
                low in {"in", "to"}
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


# An abbreviation ("Sept.") or a full name ("September"; "May" is one already).
_MONTHS = rf"(?:{vocab.month_stems_pattern(capitalised=True)})\.?|" + "|".join(
    m.name.capitalize() for m in vocab.months() if m.abbreviations
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# "1 July 2022", "June 2022", "July 1, 2022", "2016", "1 July": a date as releases write it.
_DATE = (
    rf"(?:(?:the\s+)?{_DAY}\s+(?:of\s+)?(?:{_MONTHS})(?:,?\s+(?:19|20)\d\d)?|"
    rf"(?:{_MONTHS})\s+{_DAY}(?:,?\s+(?:19|20)\d\d)?|(?:(?:{_MONTHS})\s+)?(?:19|20)\d\d)"
)
# "... until June 2022", "... from 2016 until June 2022": the date a title was held until.
_UNTIL_TAIL = re.compile(
    rf",?\s+(?:(?:from|since)\s+{_DATE}\s+)?(?:until|till|through|to)\s+(?:the\s+end\s+of\s+)?"
    rf"(?P<when>{_DATE})$"
)
# "... on 1 July 2022", "... in March 2024": a date after a name, never part of it.
_DATE_TAIL = re.compile(rf",?\s+(?:on|in|from|since|as\s+of|effective)\s+{_DATE}$")
# "... of Acme for eleven years", "... for more than 10 years": how long a title was
# held, in figures or lower-case words, never part of the organisation's name.
_DURATION_TAIL = re.compile(
    r",?\s+for\s+(?:(?:about|almost|nearly|over|more\s+than|some|the\s+past|the\s+last)\s+)?"
    r"(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:years?|months?|decades?)$"
)


def until_tail(seg: str) -> tuple[str, str | None]:
    """ "Chief Executive of X from 2016 until June 2022" -> ("Chief Executive of X",
    "2022-06"): a title phrase without the period the text bounds it by, and the end date
    as coarse as written (YYYY-MM or YYYY; a day is dropped, as roles give months). The
    date is None and the phrase unchanged when no "until <date>" ends it."""
    found = _UNTIL_TAIL.search(seg)
    if found is None:
        return seg, None
    when = found.group("when")
    year = re.search(r"(?:19|20)\d\d", when)
    if year is None:
        return seg, None
    month_word = re.search(rf"(?:{_MONTHS})", when)
    month = _month_number(month_word.group(0)) if month_word else None
    return seg[: found.start()], f"{year.group(0)}-{month:02d}" if month else year.group(0)


def drop_date_tail(seg: str) -> str:
    """ "Chair of the Board of Trustees on 1 July 2022" -> "Chair of the Board of
    Trustees": a date, "on/in/from <date>" or "for N years", never ends an
    organisation's name."""
    seg = until_tail(seg)[0]
    return drop_duration_tail(_DATE_TAIL.sub("", seg))


def drop_duration_tail(seg: str) -> str:
    """ "Chief Executive of Acme for eleven years" -> "Chief Executive of Acme": how
    long a title was held ("for N years/months/decades") is no part of its
    organisation's name."""
    return _DURATION_TAIL.sub("", seg)


def clean_appositive(seg: str) -> str:
    """An appositive title without the verb or the next person after it.

    "CEO of Tidewell Health said" -> "CEO of Tidewell Health"; "Chair of the Lowmarsh
    Council and Osric Pell" -> "Chair of the Lowmarsh Council" (the next signatory).
    """
    seg = drop_date_tail(_AFTER_ORG.sub("", seg))
    # "… Manager and other officials from both papers": the people after are unnamed.
    seg = re.sub(r"\s+and\s+(?:other|several|many|various|more|senior)\s+[a-z].*$", "", seg)
    person_next = re.search(
        rf"\s+and\s+(?:(?:{HONORIFIC})\.?\s+)*[A-Z][\w'’-]+"
        rf"(?:\s+(?:(?:{PARTICLE})\s+)*[A-Z][\w.'’-]*){{1,5}}$",
        seg,
    )
    # "Faculty of Engineering and Applied Science", "Ministry of Ports and Inland
    # Waterways": after "<organisation or unit word> of X", "and Y Z" goes on naming it.
    named_by_of = person_next is not None and re.search(
        r"\b(?P<head>[A-Z][\w-]*)\s+(?:of|for)\s+[A-Z][\w-]*$", seg[: person_next.start()]
    )
    if named_by_of and (
        named_by_of.group("head").lower() in ALL_HEADS
        or UNIT_END.fullmatch(named_by_of.group("head"))
    ):
        person_next = None
    # ("Head of the Outreach and Regional Liaison Sector": a unit's name,
    # no one's.)
    if person_next and not any(
        w.lower() in ALL_HEADS or is_title_word(w) or UNIT_END.fullmatch(w)
        for w in seg[person_next.start() :].split()
    ):
        seg = seg[: person_next.start()]
    return seg


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
# "who was Chief Executive of X from 2016 until June 2022", "who had been Medical
# Director of Y until December 2023": a title the text bounds with an end date, so no
# longer held (ended as coarse as the text gives it).
_BOUNDED_AS = re.compile(
    r"(?:who|which)\s+(?:had\s+been|has\s+been|was|served\s+as|worked\s+as)\s+(?:as\s+)?"
    r"(?P<role>.+?)(?:\s+(?:from|since)\s+(?:(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+)?"
    r"(?:\d{1,2},?\s+)?(?:19|20)\d\d)?\s+(?:until|till|to|through)\s+(?:the\s+end\s+of\s+)?"
    r"(?P<when>(?:(?P<day>\d{1,2})\s+)?(?P<month>[A-Z][a-z]{2,8}\.?)?\s*(?P<day2>\d{1,2},?\s+)?"
    r"(?P<year>(?:19|20)\d\d))$"
)
# "who is / became / was named / has been Chair of X": a title held now.
_HOLDS_AS = re.compile(
    r"(?:who|which)\s+(?:(?:also|now|currently)\s+)?(?:is|became|becomes|was\s+named|"
    r"has\s+been\s+named|was\s+appointed|has\s+been\s+appointed|serves\s+as)"
    r"\s+(?:(?:also|now|currently)\s+)?(?:as\s+)?(?P<role>.+)$"
)


def _office_after(part: str, left: _Role | None = None) -> _Role | None:
    """The office the sentence's verb gives after a relative clause ("…, now chairs the
    OHDP Advisory Board"): the title of the office verb (bot/vocab/office_verbs.yaml) at
    the organisation named after it; None for any other clause. "now chairs its board"
    names no organisation: the board is that of the organisation ``left`` (the title
    the clause before says was left) was held at, or None when it names none."""
    verbs = "|".join(re.escape(v) for v in OFFICE_VERBS if not v.endswith(" by"))
    opening = rf"(?:(?:now|currently|also|later|today)\s+)?(?P<verb>{verbs})\s+"
    own_body = re.match(
        rf"{opening}(?:its|their|the)\s+(?P<body>board(?:\s+of\s+(?:trustees|directors))?)\b",
        part,
    )
    if own_body is not None:
        body = own_body.group("body").title().replace(" Of ", " of ")
        return _Role(f"{OFFICE_VERBS[own_body.group('verb')]} of the {body}", left and left.org)
    found = re.match(
        rf"{opening}(?:the\s+)?"
        rf"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w&'’.-]*))*)",
        part,
    )
    if found is None:
        return None
    org = re.sub(r"\s+(?:and|of|for|the|&)$", "", found.group("org")).rstrip(" .")
    return _Role(OFFICE_VERBS[found.group("verb")], org)


def _relative_role(part: str) -> _Role | None:
    """The role a relative clause after a name states: one left ("who retired as CEO of
    Acme in March 2025": not current, ended 2025-03) or one held ("who became Chair of
    X"); None for any other clause."""
    left = _BOUNDED_AS.match(part) or _LEFT_AS.match(part)
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


def _held_list(part: str) -> list[_Role]:
    """The offices, each with its organisation, of a relative clause that states the
    titles held ("who also serves as Chair of A and Treasurer of B"), or []."""
    held = _HOLDS_AS.match(part)
    if held is None:
        return []
    return [r for r in office_list(held.group("role")) if r.org is not None]


# An organisation written as a comma part of its own: "Harbour Telecom",
# "Ministry of Inland Ports".
_ORG_PART = re.compile(
    r"(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:(?:of|for|and|the|&|de|du|des)\s+)*[A-Z][\w.&'’-]*){0,8}"
)
# Legal suffixes that follow a company's name after a comma ("Acme, Inc.").
_LEGAL_PART = re.compile(
    r"(?:Inc|Corp|Co|Ltd|LLC|LLP|LP|plc|PLC|AG|SA|S\.A|GmbH|N\.?V|B\.?V|S\.?p\.?A|Pty)\.?"
)


LEGAL_AFTER = re.compile(rf",?\s+{_LEGAL_PART.pattern}(?:[\s,;)]|$)")
_LEGAL_OPENING = re.compile(rf"{_LEGAL_PART.pattern}(?=[\s&]|$)")


def comma_parts(text: str) -> list[str]:
    """The comma parts of an appositive, stripped; a legal form after a comma stays with
    the name before it ("Acme Group Co., Ltd & President of X" is one part, so the
    office after the "&" is read, not lost with a part that opens with "Ltd")."""
    parts: list[str] = []
    for part in (p.strip() for p in text.split(",")):
        if parts and _LEGAL_OPENING.match(part):
            parts[-1] = f"{parts[-1]}, {part}"
        else:
            parts.append(part)
    return parts


def region_parts(area: str, parts: list[str]) -> tuple[str, int]:
    """A title's world region written over several comma parts ("Asia Pacific", then
    ["Middle East & Africa (APMEA)", "Acme"]): ``area`` joined with each next part that is
    a region too (its acronym in brackets aside), and how many parts that took. Unchanged,
    0, when ``area`` is no region."""
    if not is_region(area):
        return area, 0
    used = 0
    while used < len(parts):
        part = re.sub(r"\s*\([A-Z][A-Za-z&]{1,9}\)$", "", parts[used].strip(" ."))
        if not is_region(part):
            break
        area, used = f"{area}, {part}", used + 1
    return area, used


def _credential(part: str, known_acronyms: set[str]) -> bool:
    """ "M.D.", "Ph.D.", "APR", "M.P.H.": letters after a name, before the title."""
    if DEGREE.fullmatch(part) or re.fullmatch(r"(?:[A-Z][a-z]?\.){3,5}", part):
        return True
    return (
        re.fullmatch(r"[A-Z]{2,5}", part) is not None
        and part not in known_acronyms
        and not is_title_word(part)
    )


def bare_titles(text: str) -> bool:
    """Whether ``text`` is title words only ("Founder", "Chairman and CEO"): a title
    that names no organisation and no area."""
    words = [w.strip(",.") for w in text.split()]
    return bool(words) and all(is_title_word(w) or w.lower() in {"and", "&"} for w in words)


def title_list(first: str, parts: list[str]) -> tuple[str, int]:
    """ "Founder", then "Chairman and CEO of Acme": a comma list of bare titles that the
    last one's organisation closes is one title at that organisation ("Founder,
    Chairman and CEO of Acme"), never a bare title and a role elsewhere. Returns the
    joined phrase and how many of ``parts`` it used (0 when ``first`` opens no list)."""
    if not bare_titles(first):
        return first, 0
    joined = first
    for used, part in enumerate(parts[:4], start=1):
        part = part.strip().rstrip(".")
        title, org = split_title_org(part) if is_title_phrase(part) else (None, None)
        if title is None or not bare_titles(title):
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
        # ("…, Children and Social Development and Minister Responsible for X": the list
        # closes at its "and", then another office begins; ``split_offices`` cuts it.)
        closes = any(
            is_area(part[: m.start()])
            and re.search(r"\sand\s", part[: m.start()])
            and is_title_word(part[m.end() :].split()[0])
            for m in re.finditer(r"\s+and\s+(?=[A-Z])", part)
        )
        if closes:
            listed = [p.strip(" .") for p in parts[: k + 1]]
            return ", ".join([seg, *listed]), parts[k + 1 :]
        if not is_area(part):
            break
        if re.match(r"(?:.*\s)?(?:and|&)\s", part):
            listed = [p.strip(" .") for p in parts[: k + 1]]
            return ", ".join([seg, *listed]), parts[k + 1 :]
    return seg, parts


class AreasAt(NamedTuple):
    """A title's areas, joined as written with commas, and the organisation after "at"."""

    areas: str
    org: str


# How many comma parts a title's list of areas may run to before its "at".
_MAX_AREA_PARTS = 4


def areas_then_at(parts: list[str]) -> AreasAt | None:
    """The areas and the organisation of comma parts that list a title's areas and
    close with "<area> at <Organisation>" (["Field Sales", "Channel Planning at Acme"]),
    or None when the parts are not all areas up to such a close."""
    for k, raw in enumerate(parts[:_MAX_AREA_PARTS]):
        part = clean_appositive(raw).rstrip(" .")
        closing = re.fullmatch(rf"(?P<area>.+?)\s+at\s+(?:the\s+)?({_ORG_PART.pattern})", part)
        if closing and is_area(closing.group("area")):
            areas = [clean_appositive(p).rstrip(" .") for p in parts[:k]]
            return AreasAt(", ".join([*areas, closing.group("area")]), closing.group(2))
        if not is_area(part):
            return None
    return None


# An appositive that says what a name is to the speaker or the writer: "our partners".
_GROUP_DESCRIBED = re.compile(r"(?:our|your|their|my)\s", re.IGNORECASE)
# Where one office of a list ends and the next begins: a comma, a semicolon or "as well
# as", perhaps followed by "and", an adverb of time ("concurrently", "also") and "as"
# ("…, concurrently as Chairman of B as well as Vice Chairman of C").
_LIST_BREAK = re.compile(
    r"\s*(?:[,;]|\s+as\s+well\s+as\b)\s*(?:and\s+)?"
    r"(?:(?:concurrently|also|currently|now|later|previously|formerly)\s+)?(?:as\s+)?"
)
# How many offices a list may hold: a person's posts, not a paragraph.
_MAX_LISTED_OFFICES = 8


def office_list(text: str, *, current: bool = True) -> list[_Role]:
    """The offices of a title list, in order: "Director and Group President of A,
    concurrently as Chairman of B as well as Vice Chairman of C" -> [("Director and Group
    President", "A"), ("Chairman", "B"), ("Vice Chairman", "C")].

    Pieces are cut at commas, semicolons and "as well as" (``_LIST_BREAK``), and each
    piece into offices at its "and"/"&" by ``split_offices`` ("Chairman of B and Vice
    Chairman of C" is two; "Chairman and CEO of B" one). Bare titles with no
    organisation of their own take the next office's ("Founder, Chair and CEO of B").
    The list ends at the first piece that is no title phrase (a clause, the next
    person); bare titles left at its end come back with no organisation. Every role
    gets ``current``."""
    roles: list[_Role] = []
    waiting: list[str] = []
    opening = _LIST_BREAK.match(text)
    if opening is not None:
        text = text[opening.end() :]  # (the rest of a list whose first office was read)
    for piece in _LIST_BREAK.split(text)[:_MAX_LISTED_OFFICES]:
        cleaned = clean_appositive(piece).strip(" .")
        if not cleaned or not is_title_phrase(cleaned):
            break
        for office in split_offices(cleaned):
            title, org = split_title_org(office)
            if title is None:
                break
            if org is None:
                waiting.append(title)
                continue
            roles += [_Role(t, org, current) for t in waiting] + [_Role(title, org, current)]
            waiting = []
        if cleaned != piece.strip(" ."):
            break  # a verb or the next person cut the piece: the list ends there
    return roles + [_Role(t, None, current) for t in waiting]


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
    # ("…, Middle East & Africa (APMEA), Acme": the acronym of a region before a comma.)
    after = re.sub(r"(?<=[A-Za-z])\s*\([A-Z][A-Za-z&]{1,9}\)(?=,)", "", after)
    match = re.match(r",\s+(?!and\s|or\s)((?:[^;:()\"“”]|\([A-Z][a-z][^();:\"“”]{1,60}\))+)", after)
    if match is None:
        return []
    parts = comma_parts(match.group(1))
    while parts and _credential(parts[0], known_acronyms):
        parts.pop(0)
    if not parts:
        return []
    # "Jane Doe, an award-winning veteran of the X, founder of the Y": a description
    # before the title.
    if len(parts) > 1 and re.match(r"(?:a|an)\s", parts[0]) and not is_title_phrase(parts[0]):
        parts.pop(0)
    first = parts.pop(0)
    if _GROUP_DESCRIBED.match(first) and any(
        w.endswith("s") and is_title_word(w[:-1]) for w in first.split()[1:4]
    ):
        # ("… for Acme Health, our fellow partners and …": what a group is to the
        # speaker, a plural, is no one person's title.)
        return []
    if re.match(r"(?:who|which)\s", first):
        # "Jane Doe, who retired as Chief Executive of X in March 2025, now chairs Y".
        # ("…, who stepped down as CEO on 31 March 2021 and now chairs its board": the
        # title left ends on its date; what follows "and now" is a title held now.)
        then = re.search(r"\s+and\s+(?=(?:now|currently|later|also)\s)", first)
        clause = first[: then.start()] if then else first
        relative = _relative_role(clause)
        listed = _held_list(clause)
        if len(listed) > 1:
            # ("who also serves as Chair of A and Treasurer of B": each office a role.)
            relative, more = listed[0], listed[1:]
        else:
            more = []
        found = ([relative] if relative is not None else []) + more
        if then is not None:
            office = _office_after(first[then.end() :], relative)
        else:
            office = _office_after(parts[0], relative) if parts else None
        return [*found, office] if office is not None else found
    if re.match(r"[a-z]+ing\s", first) and not is_title_word(first.split()[0]):
        # "Jane Doe, representing President John Roe, signed": a clause about what she
        # does there, naming someone else's title.
        return []
    seg = clean_appositive(first)
    ended = seg != first  # a verb or the next person cut the part: nothing follows
    # A title with commas inside ("ORDA Research, Outreach and Capacity
    # Division Manager"): join capitalised parts until the whole is a title.
    joined, used = seg, 0
    while not ended and not is_title_phrase(joined) and used < len(parts) and used < 3:
        nxt = parts[used]
        cleaned = clean_appositive(nxt)
        if not re.fullmatch(
            r"(?:and\s+)?[A-Z][\w&'’-]*(?:\s+(?:and|&|of|for|the|[A-Z][\w&'’-]*))*", cleaned
        ):
            break
        joined, used = f"{joined}, {cleaned}", used + 1
        if cleaned != nxt:
            break
    if is_title_phrase(joined) and not is_title_phrase(seg):
        seg, parts = joined, parts[used:]
        ended = ended or (used > 0 and clean_appositive(joined) != joined)
    if not ended:
        seg, parts = _listed_portfolio(seg, parts)
    if not ended:
        seg, used = title_list(seg, [clean_appositive(p) for p in parts])
        ended = used > 0 and clean_appositive(parts[used - 1]) != parts[used - 1]
        parts = parts[used:]
    seg = seg.rstrip(" .")
    if not is_title_phrase(seg) or len(seg.split()) > 20:
        return []
    roles: list[_Role] = []
    halves = split_offices(seg)
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
        if re.match(rf"(?:{HONORIFIC})\.?\s+[A-Z]", parts[0]):
            break  # "…, Mr. Jane Doe, Director of Y": the next person of a list, no organisation
        part = clean_appositive(parts[0])
        ended = part != parts[0]
        # ("Acme, Inc.", one part since ``comma_parts``: the name is read without it.)
        legal = re.search(rf",\s+{_LEGAL_PART.pattern}$", part)
        legal_tail = part[legal.start() :] if legal else ""
        part = part[: legal.start()] if legal else part
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
        # its organisation after "at"; also a comma list of areas ("vice president,
        # Field Sales, Partner Programs and Channel Planning at Acme").
        listed = areas_then_at(parts)
        if listed is not None:
            roles[-1] = _Role(f"{roles[-1].title}, {listed.areas}", listed.org)
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
            # ("president, Asia Pacific, Middle East & Africa, Acme": one region over
            # several comma parts.)
            org, used = region_parts(org, [clean_appositive(p) for p in parts])
            del parts[:used]
            if used and not parts:
                # (No company after the region: the title's, held at an organisation
                # the draft finds.)
                roles[-1] = _Role(f"{roles[-1].title}, {org}", None)
                break
            # "Vice President, Research and Development, Acme Inc.": a part without an
            # organisation word before a company is the title's area, not the company.
            company = clean_appositive(parts[0]) if parts else ""
            if (
                company
                and not _LEGAL_PART.fullmatch(company.rstrip(" .") + ".")  # "Acme, Inc."
                and not any(w.lower().strip(".") in ALL_HEADS for w in org.split())
                and _ORG_PART.fullmatch(company)
                and (
                    LEGAL_AFTER.search(company)
                    or any(w.lower().strip(".") in ALL_HEADS for w in company.split())
                    or is_area(org)
                    # ("SVP, Arabian Peninsula & Turkey, Hilton": a region, then the
                    # company, whatever its name.)
                    or is_region(org)
                )
                and not is_title_phrase(company)
            ):
                roles[-1] = _Role(f"{roles[-1].title}, {org}", roles[-1].org)
                org = company
                parts.pop(0)
            if parts and _LEGAL_PART.fullmatch(parts[0].rstrip(" .") + "."):
                org = f"{org}, {parts.pop(0)}"
            roles[-1] = _Role(roles[-1].title, org + legal_tail)
        break
    # "Jane Doe, Minister of the Government of X, Head of the Department for Y of X, …":
    # a second title with its own organisation in the next comma part is a second role.
    while not ended and parts and roles[-1].org is not None:
        part = clean_appositive(parts[0])
        ended = part != parts[0]
        # ("…, as well as Treasurer of B", "…, and also Chair of C": the list goes on.)
        part = re.sub(r"^(?:and\s+|as\s+well\s+as\s+)(?:also\s+)?(?:as\s+)?", "", part)
        words = part.split()
        if not (words and words[0][:1].isupper() and is_title_word(words[0])):
            break
        # ("…, Chairman of B and Vice Chairman of C": one comma part, two offices.)
        listed = [r for r in office_list(part) if r.org is not None]
        if not listed:
            break
        roles += listed
        parts.pop(0)
    return roles


OFFICE_VERBS = vocab.office_verbs()
