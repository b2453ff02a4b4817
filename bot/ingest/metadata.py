"""Source metadata of a release: date, dateline, wire (publisher), title, and the body.

Newswire releases open with a dateline paragraph whose shape varies by wire:

* ``HANGZHOU, China, April 21, 2018 /PRNewswire/ -- Text``
* ``SAN FRANCISCO--(BUSINESS WIRE)--Text`` (the date on a line of its own above)
* ``OSLO, Norway, March 5, 2021 (GLOBE NEWSWIRE) -- Text``
* ``GENEVA, Switzerland – 3 May 2019 – Text`` (no wire at all)

So the wire marker is found first, and the text before it (or before the first dash)
is read as "place, [region,] [country,] [date]".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import NamedTuple

from bot.ingest.acronyms import find_acronyms
from bot.ingest.dates import (
    DATE_RE,
    MONTH,
    FoundDate,
    find_date,
    is_only_a_date,
    read_date_line,
    strip_dates,
)
from bot.ingest.errors import IngestError
from bot.ingest.extract import Hints
from bot.ingest.person_names import is_person_name
from bot.ingest.sender import written_as_a_person
from bot.ingest.text import about_heading, sentences, split_paragraphs
from bot.ingest.words import (
    ALL_HEADS,
    HONORIFICS,
    countries_of_subdivision,
    country_full_name,
    is_country,
    is_place,
    is_title_word,
    us_state_names,
)
from bot.vocab import (
    given_names,
    month_stems_pattern,
    outlet_words,
    story_spellings,
    wires,
    word_list,
)

# A ``date YYYY-MM-DD`` header line (the seed release carries one before its dateline).
HEADER_DATE_RE = re.compile(r"^\s*date\s*[:=]?[ \t]*(?=\d|[A-Z])", re.IGNORECASE)

# A wire marker, written /Name/, / NAME / or (NAME), with the dash after it.
WIRE_RE = re.compile(
    r"(?P<mark>/\s*(?P<s>[A-Za-z0-9][^/\n]{1,40}?)\s*/|\(\s*(?P<p>[A-Za-z][^()\n]{1,80}?)\s*\))"
    r"\s*(?P<dash>--+|\u2014|\u2013|-|:(?=\s))?\s*"
)
# "(ANSA) - ROME, ...": a marker that opens the paragraph, before the place.
# A sentence ends in a word or figure and a full stop, "!" or "?" (a closing quote mark
# or bracket may stand on either side), and holds two words or more. A text with none holds no release to draft.
_SENTENCE_END = re.compile(r"[A-Za-z0-9%][\"'”’)\]]*[.!?][\"'”’)\]]*(?:\s|$)")
_WORD = re.compile(r"[A-Za-z]{2,}")


def _has_sentence(paragraph: str) -> bool:
    return bool(_SENTENCE_END.search(paragraph)) and len(_WORD.findall(paragraph)) >= 2


_LEADING_MARK = re.compile(
    r"^\(\s*(?P<name>[A-Za-z][^()\n]{1,40}?)\s*\)\s*(?:--+|\u2014|\u2013|-|:)\s*"
)
# "(1888PressRelease) November 09, 2011 - Velmont, Vermont - Text": a wire's marker opening
# the paragraph with the date right after it, no dash between (a name may open with
# digits, as that wire's does). Read only when a full date follows.
_MARK_BEFORE_DATE = re.compile(r"^\(\s*(?P<name>[A-Za-z0-9][^()\n]{1,40}?)\s*\)\s*(?=\S)")
# "Velmont, Vermont - Text" after a date-first dateline: the place, then a dash.
_PLACE_THEN_DASH = re.compile(
    r"(?P<place>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}(?:,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})?)"
    r"\s*(?:--+|\u2014|\u2013|\s-)\s+(?=[A-Z\u201c\"])"
)
# Parentheses in a lead that are not wires: tickers, acronyms defined, asides.
_NOT_A_WIRE = re.compile(
    r"^(?:NYSE|NASDAQ|Nasdaq|TSX|TSXV|LSE|ASX|OTC\w*|HKEX|SGX|SIX|Euronext|CSE|AIM|FWB|BSE|NSE)\b"
    # (Dates and figures are not a wire; a name opening with digits, "/9QX Media/", is.)
    r"|[:;]|^(?!\d+[A-Za-z]{2})\D*\d|^(?:the|a|an|and|or)\b"
    # Asides are lower case ("(see below)"); "(KNA)" in capitals is an agency.
    r"|^(?-i:formerly|also|see|including|which|who)\b"
    # "ROME, May 3, 2011 (press release) –": the kind of document, no one's name.
    r"|^(?:press|news|media)\s+(?:release|statement|advisory)s?$",
    re.IGNORECASE,
)
# Separators between dateline parts: dashes, slashes, commas.
# ("(Kestrel).- Text": agencies writing Spanish style end the marker with ".-".)
_SEP = re.compile(r"^(?:\.(?=[-\u2013\u2014]))?[\s,/\-\u2013\u2014]+")
# ("Velmont, N.L.- Text": a hyphen right after an abbreviation's full stop.)
_DASH_RE = re.compile(
    r"\s*(?:--+|\u2014|\u2013)\s*|\s+-\s+|(?<=[A-Z]\.)-\s+"
    # ("November 18, 2008-The Acme Institute ...": the dash glued between the year and the
    # story's first word; "2021-Mar-04" stays a date.)
    r"|(?<=\b(?:19|20)\d\d)-(?=[A-Z][a-z]+\b(?![-/.]\d))"
    # ("Velmont, DC…The Agency ...": an ellipsis glued between a dateline in capitals
    # and the story's first word, as some government pages print the dash.)
    r"|(?<=[A-Z])\u2026(?=[A-Z])"
)

US_STATES = {
    "alabama", "ala", "al", "alaska", "ak", "arizona", "ariz", "az", "arkansas", "ark", "ar",
    "california", "calif", "ca", "colorado", "colo", "co", "connecticut", "conn", "ct",
    "delaware", "del", "de", "florida", "fla", "fl", "georgia", "ga", "hawaii", "hi",
    "idaho", "id", "illinois", "ill", "il", "indiana", "ind", "in", "iowa", "ia", "kansas",
    "kan", "ks", "kentucky", "ky", "louisiana", "la", "maine", "me", "maryland", "md",
    "massachusetts", "mass", "ma", "michigan", "mich", "mi", "minnesota", "minn", "mn",
    "mississippi", "miss", "ms", "missouri", "mo", "montana", "mont", "mt", "nebraska",
    "neb", "ne", "nevada", "nev", "nv", "new hampshire", "n.h", "nh", "new jersey", "n.j",
    "nj", "new mexico", "n.m", "nm", "new york", "n.y", "ny", "north carolina", "n.c", "nc",
    "north dakota", "n.d", "nd", "ohio", "oh", "oklahoma", "okla", "ok", "oregon", "ore",
    "or", "pennsylvania", "pa", "rhode island", "r.i", "ri", "south carolina", "s.c", "sc",
    "south dakota", "s.d", "sd", "tennessee", "tenn", "tn", "texas", "tex", "tx", "utah",
    "ut", "vermont", "vt", "virginia", "va", "washington", "wash", "wa", "west virginia",
    "w.va", "wv", "wisconsin", "wis", "wi", "wyoming", "wyo", "wy", "d.c", "dc",
}  # fmt: skip
_BOILERPLATE_LINE = re.compile(
    r"^(?:for immediate release\b.*|(?:news|press|media) release\b.*|media advisory\b.*|"
    r"for information (?:only|purposes)\b.*|re-?issued as received\b.*|"
    r"(?:for )?(?:immediate|release) (?:release|distribution)\b.*|"
    r"embargoed.*|(?:https?://|www\.)\S+|page \d+.*)$",
    re.IGNORECASE,
)
# An image caption copied with a web page: "Acme-Foundation Logo", "ACME LOGO", "Logo".
_LOGO_LINE = re.compile(
    r"^(?:(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+)?(?:logo|LOGO|Logo)\b.{0,40}$"
)
# Where the narrative ends: contact blocks, wire footers and legal boilerplate.
_END_RE = re.compile(
    r"^(?:#{3}|#\s#\s#|-\s?30\s?-|(?:media|press|investor|journalist)s?\s+(?:contacts?|inquiries)\b.*"
    r"|contacts?\s*:.*|contacts?|source:?\s+\S.*|view original content.*|"
    r"(?:cautionary (?:note|statement)|forward[- ]looking statements?|safe harbou?r).*)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Dateline:
    city: str
    country: str | None


# "Corvid Aviation Press Office", "Media Relations, Acme Ltd", "Acme Newsroom": the words
# for the office that sends an organisation's releases, around its name. (Never a bare
# "Press" or "Media": "Orrin University Press" and "Kestrel Media" are organisations.)
_OFFICE_WORDS = (
    r"(?:(?:global|corporate|group|external)\s+)?(?:press\s+office|press\s+team|press\s+desk|"
    r"media\s+relations|media\s+office|media\s+team|media\s+desk|media\s+centre|media\s+center|"
    r"communications?\s+(?:team|office|department|unit)|corporate\s+communications|"
    r"public\s+relations|public\s+affairs|news\s*room|news\s+desk|news\s+office|PR\s+team)"
)
_OFFICE_AFTER = re.compile(rf"\s*(?:[-–—|:,]\s*)?(?:the\s+)?{_OFFICE_WORDS}$", re.IGNORECASE)
_OFFICE_BEFORE = re.compile(
    rf"^(?:the\s+)?{_OFFICE_WORDS}\s*(?:[-–—|:,]|\s+(?:of|at|for))\s*", re.IGNORECASE
)


def sender_organisation(display: str) -> str:
    """The organisation an e-mail's From: display name or a site name stands for, without
    the office words around it: "Corvid Aviation Press Office" -> "Corvid Aviation",
    "Media Relations, Acme Ltd" -> "Acme Ltd". Unchanged when nothing would be left."""
    name = _OFFICE_BEFORE.sub("", _OFFICE_AFTER.sub("", display.strip())).strip(" ,-–—|:")
    return name if re.search(r"[A-Za-z]{2}", name) else display


@dataclass(slots=True)
class Metadata:
    # None when nothing gives the date: the draft marks it for review.
    date: dt.date | None
    dateline: Dateline | None
    publisher: str | None
    title: str
    # The release's narrative paragraphs, dateline prefix removed, footer dropped.
    paragraphs: list[str] = field(default_factory=list)
    # Things the reviewer should double-check (shown in the draft's header).
    warnings: list[str] = field(default_factory=list)
    # The name in a logo caption above the story ("Acme-Foundation Logo"): on a page
    # from an organisation's own site, the issuer.
    logo_owner: str | None = None
    # The organisation a release label names ("News Release from VLA"): the issuer.
    label_issuer: str | None = None
    # The name a copyright line or a photo credit gives ("© Acme/J. Doe").
    copyright_owner: str | None = None
    # A government department named on a line of its own near the headline.
    department: str | None = None
    # The office's or organisation's name above a headline written as a sentence ("Orrin
    # Regional Office for the Isles" over "Orrin and Kestrel launch ..."): the page's
    # masthead, never the headline; the issuer unless something surer names one.
    masthead: str | None = None
    # A news report rather than a release: a newspaper's colon dateline, or a reporter's
    # byline run into the dateline. Its publisher is the paper, which the text rarely names.
    news_report: bool = False
    # The publisher is a /Name/ or (NAME) marker where a wire goes that the wire table
    # does not know: perhaps a wire, perhaps the issuer's own tag ("/Civic Wire/").
    unknown_marker: bool = False
    # "By Jane Doe" on a line of its own: a reporter's, or a newsroom writer's (a
    # university's own story has one too), so it alone does not make a news report.
    byline: bool = False
    # The publisher is the page's or the e-mail's hint (a site name, a From: display
    # name), not a name the text writes: the draft matches it to the release's parties.
    publisher_hinted: bool = False


def wire_name(marker: str) -> str | None:
    """The publisher a wire marker stands for (``/PRNewswire/`` -> PR Newswire).

    The table is data: ``bot/vocab/wires.yaml``.
    """
    inner = marker.strip().strip("/()").strip()
    for wire in wires():
        if wire.pattern.fullmatch(inner):
            return wire.name_written(inner)
    # "(NNN-Bernama)": the Non-Aligned News Network carrying a member agency's story; the
    # agency wrote it.
    carried = re.fullmatch(r"NNN\s*[-\u2013/]\s*(\S.*)", inner)
    return wire_name(carried.group(1)) if carried else None


def _form_written(name: str, text: str) -> str:
    """The form of a wire's or agency's ``name`` that ``text`` writes: its initials
    ("PTI" for Press Trust of India) when the text writes those and never the full name,
    else ``name``. A reviewer checks a source against the name it gives itself."""
    if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.IGNORECASE):
        return name
    initials = "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())
    if len(initials) < 2 or len(name.split()) < 2:
        return name
    return initials if re.search(rf"(?<![\w-]){initials}(?![\w-])", text) else name


def agency_name(name: str) -> str | None:
    """The wire or agency ``name`` stands for, written as a marker ("Antara") or in
    full ("Antara News Agency"), by its table name (bot/vocab/wires.yaml), or None."""
    known = wire_name(name)
    if known is not None:
        return known
    short = re.sub(r"\s+(?:News\s+Agency|News\s+Service|Press\s+Agency)\s*$", "", name.strip())
    return wire_name(short) if short != name.strip() else None


# "By Kestrel", "By Kestrel News Agency", "By Kestrel writer Jane Doe", "Kestrel reporter
# Jane Doe": a byline naming the agency that wrote the story.
_AGENCY_BYLINE = re.compile(
    r"(?:[Bb]y:?\s+)?(?P<agency>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}?)"
    r"(?:\s+(?:staff\s+)?(?:writers?|reporters?|correspondents?)\b.*)?"
)


def _agency_byline(line: str) -> str | None:
    """The known agency a byline line names (see ``_AGENCY_BYLINE``), or None: only
    with "By" before it or a reporter's word after it."""
    match = _AGENCY_BYLINE.fullmatch(line.strip())
    if match is None or (
        not re.match(r"[Bb]y\b", line.strip()) and match.end("agency") == len(line.strip())
    ):
        return None
    return agency_name(match.group("agency"))


def _joint_credit(line: str) -> str | None:
    """A credit line naming two or more agencies of the wire table joined by a hyphen,
    a slash or "and" ("KNA-Orrin Press", "KNA / Kestrel"), as written, or None: a paper
    credits a story its agencies wrote together so."""
    parts = re.split(r"\s*[-/\u2013]\s*|\s+(?:and|&)\s+", line.strip())
    if len(parts) < 2 or len(line) > 40 or any(wire_name(p) is None for p in parts):
        return None
    return line.strip()


def _title_case(word_run: str) -> str:
    """HANGZHOU -> Hangzhou, SAN FRANCISCO -> San Francisco; mixed case is kept."""
    if not word_run.isupper() or len(word_run.replace(".", "")) <= 3:
        return word_run
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word_run)


def parse_place(prefix: str) -> Dateline | None:
    """ "HANGZHOU, China" / "AUSTIN, Texas" / "LONDON" -> a Dateline, or None."""
    # "Velmont, Texas, USA / Orrin, The Netherlands": two places; the first is the
    # dateline.
    first_place = prefix.split("/")[0]
    if "," in first_place:
        prefix = first_place
    # "Nairobi (Kenya)": the country in brackets after the city.
    bracketed = re.fullmatch(r"\s*([A-Z][^(),]{1,40}?)\s*\(\s*([A-Z][^()]{1,40}?)\s*\)\s*", prefix)
    if bracketed:
        prefix = f"{bracketed.group(1)}, {bracketed.group(2)}"
    parts = [p.strip(" .,") for p in prefix.split(",")]
    parts = [p for p in parts if p]
    if not parts or not re.match(r"[A-Z]", parts[0]) or len(parts[0].split()) > 5:
        return None
    # "BRUSSELS/VIENNA": a release datelined in two cities; the first is the dateline.
    # "HONG KONG SAR", "Macao S.A.R.": the city, without its status as a region.
    city = re.sub(r"\s+(?:SAR|S\.A\.R\.?)$", "", parts[0].split("/")[0].strip(), flags=re.I)
    # "NEW YORK and SHANGHAI": two cities in capitals joined by a lower-case "and" (a
    # name in capitals writes its own AND in capitals: "TRINIDAD AND TOBAGO").
    # ("NEW YORK & ORRIN BAY": an ampersand joins them the same way.)
    two = re.fullmatch(r"(\S.*?)\s+(?:and|&)\s+(\S.*)", city)
    if two and two.group(1).isupper() and two.group(2).isupper():
        city = two.group(1)
    city = _title_case(city)
    country: str | None = None
    if len(parts) > 1:
        last = parts[-1]
        if last.lower().rstrip(".") in US_STATES and len(parts) == 2:
            # "AUSTIN, Texas": AP style puts the state where the country would be.
            country = "United States"
        elif not is_country(last) and (countries := countries_of_subdivision(last)):
            # "BRACKENFORD, Ontario": a province or state is no country; its country is
            # (none when two countries have a province of that name: the reviewer's).
            country = next(iter(countries)) if len(countries) == 1 else None
        else:
            country = _title_case(last)
    return Dateline(city, country)


@dataclass(slots=True)
class _Lead:
    index: int
    dateline: Dateline | None
    date: FoundDate | None
    publisher: str | None
    # The publisher came from a marker that is in no wire table entry.
    unknown_marker: bool
    rest: str
    # A newspaper's dateline: the place (and date) ended by a colon ("VELMONT: Text",
    # "VELMONT, Oct 22: Text"), or a reporter's byline run into it.
    news_style: bool = False


def _bracketed_place(inner: str) -> Dateline | None:
    """ "VELMONT, DC" inside a leading bracket: a city in capitals and its state or
    country, which no wire is named like. A city in title case counts when the region
    is a US state or a country ("(Orrin, D.C.) –"): no outlet is named "Name, State"."""
    city, _, region = inner.partition(",")
    known_region = region.strip().lower().rstrip(".") in US_STATES or is_country(region.strip())
    if (
        not region.strip()
        or wire_name(inner) is not None
        or not (city.strip().isupper() or known_region)
        or len(city.split()) > 3
        or not re.fullmatch(r"\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}\s*", region)
    ):
        return None
    return parse_place(inner)


def _dateline_position(prefix: str) -> bool:
    """Whether text before a marker looks like "PLACE[, Country][, date]"."""
    prefix = prefix.strip(" ,-\u2013\u2014/")
    if not prefix or len(prefix) > 100:
        return False
    if find_date(prefix) is not None:
        return True
    first = prefix.split(",")[0].split()[0]
    # ("Nairobi, Kenya (KNA) -": a city and its country in title case.)
    place_country = re.fullmatch(r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2},\s*(?P<c>[^,]+)", prefix)
    return (first.isupper() and len(first) > 1) or (
        place_country is not None and is_country(place_country.group("c"))
    )


class _DatedLine(NamedTuple):
    line: str
    date: FoundDate
    # The name before the date on a news site's byline ("Daily Planet Aug - 14 - 2023"),
    # or None after a label ("Dated:").
    byline: str | None


_DATE_LABEL = re.compile(
    r"(?:dated|date|published|posted|issued|released|updated)(?:\s+on)?\s*[:\-\u2013]?\s*"
    # "By: Dec. 02, 2014": a news site's byline with no writer, only the day.
    r"|by\s*:\s*"
    # "News | 5 May 2019", "Statement - 5 May 2019", "Press Release · Monday, 5 May 2019":
    # a page's label, then the date.
    r"|(?:(?:joint\s+|media\s+|press\s+)?(?:statement|news|announcement|update)|"
    r"(?:press|news|media)\s+release)\s*[|:\-\u2013\u2014\u00b7]\s*",
    re.IGNORECASE,
)
# The label line a release opens with, perhaps with its number and a date after it:
# "FOR IMMEDIATE RELEASE 2014-05-09", "Press release | 14 October 2016",
# "PRESS RELEASE No: 12/2021 Date: 7th April 2021" (a government's numbered release).
# The issuer may come before the label ("HM Government of Velmont PRESS RELEASE ...") or
# after it ("News Release from VLA").
_ISSUER_WORDS = r"(?-i:[A-Z][\w&.'’-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w&.'’-]*){0,8})"
_RELEASE_LABEL = re.compile(
    rf"\s*(?:(?P<issuer>{_ISSUER_WORDS})\s+)?"
    r"(?:for\s+immediate\s+release|(?:press|news|media)\s+release)\b"
    rf"(?:\s+(?:from|by)\s+(?:the\s+)?(?P<issuer_after>{_ISSUER_WORDS})\s*$)?"
    r"(?:\s*(?:no|number|ref)\.?\s*:?\s*[\w/.-]*\d[\w/.-]*)?"
    r"\s*[|:\-\u2013\u2014,]?\s*(?:(?:dated?|issued)\s*:?\s*)?",
    re.IGNORECASE,
)


# A header line that is one label word: "STATEMENT", "News", "Joint Statement".
_LABEL_WORD = re.compile(
    r"(?:joint\s+|media\s+|press\s+)?(?:statement|news|announcement|update|press|advisory)",
    re.IGNORECASE,
)


def _issuer_line(line: str) -> bool:
    """A short line that can only be a name ("HM Government of Velmont")."""
    return (
        len(line) <= 80
        and re.fullmatch(rf"{_ISSUER_WORDS}", line) is not None
        and not _TERMINAL_MARK.search(line)
        and not _RELEASE_LABEL.match(line)
        and not _BOILERPLATE_LINE.match(line)
        and not _LABEL_WORD.fullmatch(line)
    )


_TERMINAL_MARK = re.compile(r"[.!?:;]$")


class _PlaceDate(NamedTuple):
    dateline: Dateline
    date: FoundDate


def _place_date_line(line: str) -> _PlaceDate | None:
    """ "Velmont, 5 May 2019" on a line of its own: the dateline, without a story after."""
    if len(line) > 80:
        return None
    found = find_date(line)
    if found is None or found.year is None or not is_only_a_date(line[found.start :]):
        return None
    place = line[: found.start].strip(" ,-\u2013\u2014")
    between = line[len(place) : found.start]
    if not re.search(r"[,\u2013\u2014-]", between) or _BOILERPLATE_LINE.match(line):
        return None  # "FOR IMMEDIATE RELEASE 2014-05-09" is a label, not a place
    if not place or not re.fullmatch(r"[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’()-]*){0,4}", place):
        return None
    dateline = parse_place(place)
    return _PlaceDate(dateline, found) if dateline else None


# A news page's section label naming its owner by acronym, in English or another language:
# "News from KTA", "Notizie dalla rete KTA", "Noticias de la KTA".
_SECTION_LABEL = re.compile(
    r"(?i:news(?:room)?|notizie|noticias|not[i\u00ed]cias|nouvelles|actualit[e\u00e9]s|"
    r"nachrichten|nieuws|press|media)(?:\s+[a-z][\w'\u2019]*){1,4}\s+(?P<org>[A-Z][A-Z&]{1,7})"
)


_LABEL_THEN_NAME = re.compile(
    rf"(?i:(?:press|news|media)\s+release)\s*[-\u2013\u2014|:]\s*(?P<name>{_ISSUER_WORDS})"
)


def _label_issuer(paragraphs: list[str]) -> str | None:
    """The organisation a release label names above the story ("News Release from X",
    "X PRESS RELEASE No: 12/2021", or X on the line above the label), or a news page's
    section label names ("Notizie dalla rete KTA"), or None."""
    for para in paragraphs[:3]:
        section = _SECTION_LABEL.fullmatch(para.strip())
        if section is not None:
            return section.group("org")
        # "News Release - Velmora": a government's release label names its province or
        # state after a dash (the draft reads it as that place's government).
        after_dash = _LABEL_THEN_NAME.fullmatch(para.strip())
        name = after_dash.group("name") if after_dash is not None else ""
        if (
            name
            and find_date(name) is None
            and _issuer_line(name)
            # ("News Release - The Honourable Jane Doe": a person, not an issuer.)
            and not any(w.lower().strip(".,") in HONORIFICS for w in name.split())
        ):
            return name
    for index, para in enumerate(paragraphs[:6]):
        label = _RELEASE_LABEL.match(para) or _closing_label(para)
        if label is None:
            continue
        issuer = label.group("issuer") or label.group("issuer_after")
        above = paragraphs[index - 1] if index > 0 else ""
        # (The line above only names an issuer with an organisation word or an acronym:
        # "Speeches", "Newsroom" above the label are a page's sections.)
        named = any(
            w.lower().strip(",.") in ALL_HEADS or re.fullmatch(r"[A-Z][A-Z&]{1,9}", w)
            for w in above.split()
        )
        if issuer is None and named and _issuer_line(above):
            issuer = above
        if issuer and not re.fullmatch(r"(?i:news|press|media|official|joint)", issuer):
            return issuer
    return None


# The parts of a page's header line: "<date> - <league> - <club> News Release".
_HEADER_PARTS = re.compile(r"\s+[-\u2013\u2014|]\s+")
# A header line, not a sentence of the story.
_HEADER_LINE = 150


def _closing_label(para: str) -> re.Match[str] | None:
    """The release label that closes a dated header line ("September 4, 2020 - Orrin
    League - Kestrel Rovers News Release"): its issuer names the club or company whose
    newsroom issued the release. None for any other line."""
    parts = _HEADER_PARTS.split(para.strip()) if len(para) <= _HEADER_LINE else []
    if len(parts) < 2 or find_date(parts[0], anchored=True) is None:
        return None
    label = _RELEASE_LABEL.fullmatch(parts[-1])
    return label if label is not None and label.group("issuer") else None


def _release_label_date(para: str) -> FoundDate | None:
    """The date a release label line gives (see ``_RELEASE_LABEL``), or None."""
    label = _RELEASE_LABEL.match(para)
    if label is None:
        return None
    return find_date(para, label.end(), anchored=True)


_BYLINE = re.compile(
    r"(?!By\s)(?P<by>[A-Z][\w&.'’-]*[a-z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+"
)


# "By Kestrel Home Review in licensing on March 5, 2010", "By Jane Doe on May 4, 2021": a
# news site's byline, the writer (perhaps with the site's section) and the day. (Also
# "Posted by Jane Doe on …", and "By Jane Doe | May 4, 2021" with a separator for "on".)
_BY_ON = re.compile(
    r"(?:(?:Posted|Written|Published|Reported)\s+by|By:?)\s+"
    r"(?P<by>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z&][\w&.'’-]*|of|and|the)){0,5})"
    r"(?:\s+in\s+[\w&'’ -]{1,40}?)?(?:\s+on\s+|\s*[|\u2022\u00b7\u2013\u2014]\s*|\s+-\s+)"
)
# The last words of outlets' names (``bot/vocab/outlet_words.yaml``): those that end
# only an outlet's ("Daily"), and those that end people's names too ("Post").
_MASTHEAD_WORDS = outlet_words().masthead
_OUTLET_SURNAMES = outlet_words().also_surnames
# Every word an outlet's name may end in, for a masthead line of its own (no byline
# around it to tell a reporter from a site).
OUTLET_WORDS = _MASTHEAD_WORDS | _OUTLET_SURNAMES
_GIVEN_NAMES = given_names()


def byline_outlet(name: str) -> str | None:
    """``name`` from a "By <name> on <date>" byline when it is an outlet's, not a
    reporter's, else None. "By <given name> <surname>" is a reporter even when the
    surname ends outlet names too ("Emily Post"); the name is the outlet's only as a
    whole: ending in a masthead word ("Kestrel Daily"), longer than a given name and a
    surname ("Kestrel Floor Review"), or opening with no given name ("Lagos Times",
    "BBC World")."""
    words = name.split()
    last = words[-1].lower()
    if last in _MASTHEAD_WORDS or not is_person_name(name, set()):
        return name
    if last not in _OUTLET_SURNAMES:
        return None
    if len(words) > 2 or not _given_name_like(words[0]):
        return name
    return None


def _given_name_like(word: str) -> bool:
    """Whether ``word`` is a person's given name: one of ``bot/vocab/given_names.txt``,
    capitalised, and no country or place, organisation, title or outlet word. A word
    merely not known as a place is not enough ("Brackwater Post" is a site); a reporter
    whose given name is not listed reads as the outlet, with the draft's review note."""
    low = word.lower().strip(".,")
    return (
        word[:1].isupper()
        and not word.isupper()
        and low in _GIVEN_NAMES
        and low not in ALL_HEADS
        and low not in _MASTHEAD_WORDS | _OUTLET_SURNAMES
        and not is_place(word)
        and not is_title_word(word)
    )


def _dated_line(line: str) -> _DatedLine | None:
    """A short line that gives the release date after a label ("Dated: 3 March 2021",
    "Published on May 4, 2021") or after the site's name, with perhaps a time after it
    ("Daily Planet Aug - 14 - 2023 , 07:50")."""
    if len(line) > 80:
        return None
    found = find_date(line)
    if found is None or found.start == 0 or not is_only_a_date(line[found.start :]):
        return None
    before = line[: found.start]
    if _DATE_LABEL.fullmatch(before):
        return _DatedLine(line, found, None)
    by_on = _BY_ON.fullmatch(before)
    if by_on is not None:
        return _DatedLine(line, found, byline_outlet(by_on.group("by")))
    byline = _BYLINE.fullmatch(before)
    return _DatedLine(line, found, byline.group("by")) if byline else None


class _ClosingDate(NamedTuple):
    """A release's date read from the line that closes it, and that line."""

    date: dt.date
    line: str


def _closing_date(paragraphs: list[str]) -> _ClosingDate | None:
    """The date of a line that closes the release with its issuer or place and a full
    date ("Port of Velmont, November 7, 2013"), among its last three paragraphs, or
    None: a sign-off that dates the release where no dateline does."""
    for para in reversed(paragraphs[-3:]):
        line = para.strip()
        who = re.match(
            r"(?:[A-Z][\w&.'’-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w&.'’-]*)){0,7}),\s*", line
        )
        if who is None or len(line) > 100:
            continue
        found = find_date(line, who.end(), anchored=True)
        if found is not None and found.date is not None and is_only_a_date(line[who.end() :]):
            return _ClosingDate(found.date, line)
    return None


# A person's name in brackets where a wire would go: two or three words in title case,
# none of them a word that names a service.
_BYLINE_NAME = re.compile(
    r"(?!.*\b(?:Wire|News|Newswire|Press|Media|Agency|Service|Times|Post|Daily|Network|TV|"
    r"Radio|Online|Report|Journal|Herald|Tribune|Gazette)\b)[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2}"
)
_REPRINT = re.compile(
    r"^(?:The\s+)?(?P<org>[A-Z][\w&.'’-]*(?:\s+(?:(?:of|for|and|the|&|on)\s+)*[A-Z][\w&.'’-]*){0,8})\s+"
    r"(?:issued|posted|released|published|distributed)\s+the\s+following\s+"
    r"(?:news\s+release|press\s+release|news|statement|release|announcement)"
    r"(?:\s+on\s+(?P<date>[^:]{4,40}?))?\s*:"
)
# Words in capitals before a colon that label a line rather than name a place.
_LABEL_WORDS = re.compile(
    r"\b(?:SOURCE|CONTACTS?|NOTE|UPDATED?|EDITORS?|MEDIA|ATTENTION|SUBJECT|FROM|TO|DATE|RE|"
    r"FYI|PHOTO|VIDEO|AUDIO|WHAT|WHEN|WHERE|WHO|WHY|HOW|HIGHLIGHTS|SUMMARY|ABSTRACT|BACKGROUND|"
    r"DISCLAIMER|ABOUT|RELEASE|NEWS|PRESS|EMBARGO(?:ED)?|TAGS?|KEYWORDS|TOPICS?|CATEGORY|LINKS?|"
    r"NOTE|EDITOR'?S|QUOTE|Q|A|SUMMARY|OVERVIEW|DETAILS|AGENDA|WATCH|READ|LISTEN|IMAGE|CAPTION|"
    r"CREDIT|ANNOUNCEMENT|STATEMENT|REMARKS|TRANSCRIPT|INTRODUCTION|CONCLUSION|PARTNERS?|PROGRAM|"
    r"PROGRAMME|EVENT|VENUE|TIME|LOCATION|REGISTER|REGISTRATION|FACT|FACTS|KEY|TAKEAWAYS)\b"
)


class _DatedStop(NamedTuple):
    """Where a dateline ended by a full stop ends: ``date_end`` after its date,
    ``stop_end`` after the stop, and the agency that signs it between them, if any."""

    date_end: int
    stop_end: int
    agency: str | None


# "YEREVAN, MAY 6, KESTREL. Text": an agency signs the dateline after the date, bare (no
# slashes or brackets), a capitalised name of one to three words before the stop.
_BARE_AGENCY = re.compile(
    r",?\s+(?P<agency>(?-i:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}))(?=\s*[.:]\s+[A-Z\u201c\"])"
)


# A name then a dash, opening what follows a dateline's date ("KESTREL — Text").
_DASHED_NAME = re.compile(
    r"(?P<name>[A-Z][\w&'’.]*(?:\s+[A-Z][\w&'’.]*){0,3})\s*(?:--+|\u2014|\u2013|\s-)\s*(?=\S)"
)
# An agency's own name signed in capitals: one to three words ("KESTREL", "KNA").
_CAPITALS_NAME = re.compile(r"[A-Z][A-Z&.'’-]+(?:\s+[A-Z][A-Z&.'’-]+){0,2}")
# A time zone or half of the day after a date ("EST", "GMT", "UTC", "AM") signs nothing.
_ZONE_OR_HALF_DAY = re.compile(r"[A-Z]{1,3}T|UTC|[AP]\.?M\.?")


def _bare_agency(name: str) -> tuple[str, bool] | None:
    """The publisher a name signed bare after a dateline's date stands for, and whether
    the wire table does not know it: a wire or agency of the table by its table name,
    or a name in capitals that is no place; None for anything else (a company's name in
    mixed case after the date opens the story)."""
    if not name:
        return None
    known = agency_name(name)
    if known is not None:
        return known, False
    if (
        _CAPITALS_NAME.fullmatch(name)
        and not _ZONE_OR_HALF_DAY.fullmatch(name)
        and not is_country(name)
        and name.lower().strip(".") not in US_STATES
        and not _LABEL_WORDS.search(name)
    ):
        return name, True
    return None


def _dated_stop(head: str) -> _DatedStop | None:
    """ "Velmont, Texas, May 3, 2009. Text": a place and a full date ended by a full
    stop instead of a dash; or "VELMONT, May 3, KESTREL. Text", the place in capitals
    and the date without its year, then an agency's name, then the stop."""
    found = find_date(head)
    if found is None or found.start > 120:
        return None
    agency = _BARE_AGENCY.match(head, found.end)
    after = agency.end() if agency else found.end
    # (Or nothing at all after a year: "Velmont, Mass. June 30, 2006 Acme today ...".)
    stop = re.match(r"\s*[.:]\s+(?=[A-Z\u201c\"])", head[after:]) or (
        re.match(r"\s+(?=[A-Z][\w&'’.-]*\s)", head[after:])
        if agency is None and found.year is not None
        else None
    )
    place = head[: found.start].strip(" ,")
    if stop is None or not place or parse_place(place) is None:
        return None
    # A date without its year ends a dateline only after a place in capitals, the
    # agencies' style; in mixed case it is as likely a sentence about a day.
    first_word = place.split(",")[0].split()[0]
    if found.year is None and not (first_word.isupper() and len(first_word) > 1):
        return None
    # Only places: every comma part capitalised words ("USA / Orrin"), never a
    # sentence that happens to end with a date.
    word = r"(?:[A-Z][\w'’-]*\.?|/)"
    if not all(re.fullmatch(rf"{word}(?:\s+{word}){{0,3}}", p.strip()) for p in place.split(",")):
        return None
    name = agency.group("agency") if agency else None
    return _DatedStop(found.end, after + stop.end(), name)


# "ORDA NEWS (Marshen) - Text": an agency's news desk, with the city in brackets.
_AGENCY_DESK = re.compile(
    r"(?P<agency>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+"
    r"(?:NEWS|News|PRESS|Press|MEDIA|Media|NEWSROOM|Newsroom)\s*"
    r"\(\s*(?P<city>[A-Z][\w .'’-]{1,40}?)\s*\)\s*(?:--+|\u2014|\u2013|-|:)\s*"
)


# "VELMONT | Kestrel | Text", "VELMONT, Orrin | Kestrel News | Text": a place in
# capitals, then the agency, each ended by a bar.
_PIPED_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)?)"
    r"\s*\|\s*(?P<agency>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*\|\s*(?=\S)"
)


# A reporter's name in mixed case ("by Jane M. Doe"), then a place in capitals and a comma.
_BYLINE_BEFORE_PLACE = re.compile(
    r"[Bb]y\s+[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z]\.|[A-Z][a-z][\w'’-]*)){0,3}\s+"
    r"(?=[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3},)"
)


def _lead_window(paragraphs: list[str]) -> int:
    """How many paragraphs may hold the dateline: the first eight, or more when a page
    copied its furniture above the story (a list of other headlines, a byline), one
    short line a paragraph, so the story's first long paragraph comes later."""
    for index, para in enumerate(paragraphs[:20]):
        # (A ticker of other stories' headlines between bars is furniture, however long.)
        if len(para) > 150 and len(re.findall(r"\s\|\s", para)) < 2:
            return max(8, index + 1)
    return 8


# "MARSH HILLS, Oct 22: Text": a place in capitals and a date, ended by a colon.
_DATED_COLON = re.compile(
    r"(?P<place>[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})?)"
    r",\s*(?P<date>[^:,]{3,25}?(?:,\s*\d{4})?)\s*:\s+(?=[A-Z\u201c\"])"
)


# "September 10, 2019 — Velmont, Ontario — Northern Relations Aldoria": a government
# page's dateline on a line of its own, the date first, then the place and the
# department that issued it.
_DATE_PLACE_ISSUER = re.compile(
    r"(?P<place>[A-Z][\w'’.-]*(?:[ ,]+[A-Z][\w'’.-]*){0,4})"
    r"(?:\s+[\u2014\u2013-]\s+(?P<issuer>[A-Z][^\u2014\u2013.!?]{2,100}))?"
)


# "27/09/2013 Velmont, Orrin/Marsh Hills, Ostria": a date line that names the place
# after the date with no dash, each place a city and its country (perhaps several, by a
# slash: the first is the dateline's).
_PLACES_AFTER_DATE = re.compile(
    r"(?P<place>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3},\s*[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}"
    r"(?:\s*/\s*[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}(?:,\s*[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})?)*)"
)


def _date_place_line(paragraphs: list[str]) -> _Lead | None:
    """A line of its own that gives the date first, then the place: "<date> — Velmont,
    Ontario — <issuing department>", or "<date> Velmont, Orrin/Marsh Hills, Ostria"; the
    story is the next paragraph."""
    for index, para in enumerate(paragraphs[:8]):
        date = find_date(para, anchored=True)
        if date is None or date.date is None or len(para) > 200:
            continue
        dash = re.match(r"\s*[\u2014\u2013-]\s+", para[date.end :])
        line = _DATE_PLACE_ISSUER.fullmatch(para[date.end + dash.end() :].strip()) if dash else None
        if line is None and "\n" not in para.strip():
            line = _PLACES_AFTER_DATE.fullmatch(para[date.end :].strip(" ,"))
        dateline = parse_place(line.group("place")) if line else None
        if line is None or dateline is None or index + 1 >= len(paragraphs):
            continue
        if any(w.lower().strip(",.") in ALL_HEADS for w in line.group("place").split()):
            continue  # "March 6, 2024 — Acme Corporation": an issuer, not a place
        issuer = line.groupdict().get("issuer")
        # (The story is the next paragraph.)
        publisher = issuer.strip() if issuer else None
        return _Lead(index + 1, dateline, date, publisher, False, paragraphs[index + 1])
    return None


def _mark_before_date(para: str) -> re.Match[str] | None:
    """The marker of "(Wire) <full date> - ..." opening ``para`` (see
    ``_MARK_BEFORE_DATE``), or None when no full date follows it."""
    mark = _MARK_BEFORE_DATE.match(para)
    if mark is None or not re.search(r"[A-Za-z]", mark.group("name")):
        return None
    found = find_date(para, mark.end(), anchored=True)
    return mark if found is not None and found.year is not None else None


class _PlaceAfter(NamedTuple):
    dateline: Dateline
    rest: str


def _place_after_date(rest: str) -> _PlaceAfter | None:
    """The place a date-first dateline gives after the date's dash ("Velmont, Vermont -
    Text" -> Velmont), and the story after it; None when what opens ``rest`` is no place:
    a place and its region (a US state or a country), or one place in capitals, never a
    name with an organisation's word ("Acme Studios - ...")."""
    match = _PLACE_THEN_DASH.match(rest)
    if match is None:
        return None
    place = match.group("place")
    city, _, region = place.partition(",")
    region = region.strip().rstrip(".")
    known_region = bool(region) and (region.lower() in US_STATES or is_country(region))
    capitals = not region and city.isupper() and len(city.replace(".", "")) > 2
    if not (known_region or capitals) or any(
        w.lower().strip(",.") in ALL_HEADS for w in city.split()
    ):
        return None
    dateline = parse_place(place)
    return _PlaceAfter(dateline, rest[match.end() :]) if dateline else None


def _defines_acronym(text: str, inner: str) -> bool:
    """Whether the brackets ending ``text`` define ``inner`` as the acronym of the name
    before them ("The Kestrel News Agency (KNA)"): a party named with its short form,
    never a wire's marker, even when the wire table knows the short form."""
    return any(d.short == inner for d in find_acronyms(text))


# Words that open a sentence before its date ("On April 21, 2008 ..."), never a place.
_OPENING_WORDS = {
    "on", "in", "at", "by", "from", "as", "of", "to", "with", "after", "before", "since",
    "during", "until", "the", "a", "an", "today", "yesterday", "earlier", "last", "this",
}  # fmt: skip


# A byline or a page's time stamp before a date ("By Kestrel Published : <date> -"):
# the page's furniture, never a place.
_BYLINE_OR_STAMP = re.compile(
    r"^(?:by|from)\s|\b(?:published|updated|posted|time|modified)\b\s*:?|:$", re.IGNORECASE
)


# A place of one or two words in title case ("Bonn", "Port Orrin").
_TITLE_CASE_PLACE = re.compile(r"[A-Z][a-z’'.-]+(?:\s[A-Z][a-z’'.-]+)?")


# "Muscat, Oman: Text", "Muscat, Oman – Text": a city in title case and its country (a
# name or its initials), then a colon or a dash, with no date (the page gives the date
# on a line of its own above). Wire-fed news sites write so.
_CITY_COUNTRY_LEAD = re.compile(
    r"(?P<city>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}),\s*"
    r"(?P<country>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})\s*(?::|\s[\u2013\u2014-])\s+"
    r"(?=[A-Z\u201c\"])"
)


def _city_country_lead(paragraphs: list[str]) -> _Lead | None:
    """The lead that opens with "City, Country:" or "City, Country –" (see
    ``_CITY_COUNTRY_LEAD``): the dateline, never a party; None when the second place is
    no country, or the first is one ("Oman, Qatar: …" is a list)."""
    for index, para in enumerate(paragraphs[: _lead_window(paragraphs)]):
        match = _CITY_COUNTRY_LEAD.match(para)
        if match is None or len(para) <= match.end():
            continue
        country = match.group("country")
        if not (is_country(country) or country_full_name(country)) or is_country(
            match.group("city")
        ):
            continue
        return _Lead(
            index,
            Dateline(_title_case(match.group("city")), country),
            None,
            None,
            False,
            para[match.end() :],
        )
    return None


# "[VELMONT, March 12, 2021] – Text": the whole dateline in square brackets.
_SQUARE_BRACKETS = re.compile(
    r"\[\s*(?P<inner>[^\[\]\n]{3,80}?)\s*\]\s*(?:--+|\u2014|\u2013|-|:)\s*"
)


class _SquareDateline(NamedTuple):
    dateline: Dateline | None
    date: FoundDate
    rest: str


def _square_dateline(para: str) -> _SquareDateline | None:
    """A dateline in square brackets opening ``para``: a place and a date inside, then a
    dash. A place that is only a country ("[ALDORIA, May 3, 2021]") names no city."""
    match = _SQUARE_BRACKETS.match(para)
    date = find_date(match.group("inner")) if match else None
    if match is None or date is None or not para[match.end() :]:
        return None
    inner = match.group("inner")
    place = inner[: date.start].strip(" ,")
    if inner[date.end :].strip(" ,") or not place:
        return None
    dateline = parse_place(place)
    if dateline is None:
        return None
    first = place.split(",")[0].strip()
    if is_country(first) or country_full_name(first) is not None:
        dateline = None
    return _SquareDateline(dateline, date, para[match.end() :])


def _find_lead(paragraphs: list[str]) -> _Lead | None:
    """The dateline paragraph among the first few: place, date and wire before the text."""
    for index, para in enumerate(paragraphs[: _lead_window(paragraphs)]):
        if _BOILERPLATE_LINE.match(para) or _LOGO_LINE.match(para):
            continue
        piped = _PIPED_DATELINE.match(para)
        if piped and parse_place(piped.group("place")) is not None:
            # "VELMONT | Kestrel | Text": a news site's dateline and agency between bars.
            agency = piped.group("agency").strip()
            known = wire_name(agency)
            return _Lead(
                index,
                parse_place(piped.group("place")),
                None,
                known or agency,
                known is None,
                para[piped.end() :],
            )
        desk = _AGENCY_DESK.match(para)
        if desk and wire_name(desk.group("city")) is None and para[desk.end() :]:
            place = parse_place(desk.group("city"))
            return _Lead(index, place, None, desk.group("agency"), False, para[desk.end() :])
        # "by Jane Doe VELMONT, March 21st, 2019 (KNA) -- Text": an agency page runs the
        # reporter's byline into the dateline; the dateline starts after the name.
        byline = _BYLINE_BEFORE_PLACE.match(para)
        if byline is not None:
            para = para[byline.end() :]
        publisher: str | None = None
        unknown = False
        body = para
        square = _square_dateline(para)
        if square is not None:
            return _Lead(index, square.dateline, square.date, None, False, square.rest)
        leading = _LEADING_MARK.match(para) or _mark_before_date(para)
        bracketed_place = leading is not None and _bracketed_place(leading.group("name"))
        if leading and bracketed_place and para[leading.end() :]:
            # "(VELMONT, DC) – Text": the dateline itself in brackets, no wire.
            return _Lead(index, bracketed_place, None, None, False, para[leading.end() :])
        if leading and not _NOT_A_WIRE.search(leading.group("name")):
            name = leading.group("name").strip()
            publisher = wire_name(name)
            if publisher is None:
                publisher, unknown = name, True
            body = para[leading.end() :]
        head = body[:220]
        cut: tuple[int, int] | None = None
        marker_date: FoundDate | None = None
        for match in WIRE_RE.finditer(head):
            inner = (match.group("s") or match.group("p") or "").strip()
            if _defines_acronym(body[: match.end()], inner):
                continue  # "The Kestrel News Agency (KNA) and ...": a party, named
            # "(Marketwire - March 25, 2008)": the wire, then the date inside the marker.
            dated = re.match(r"(.+?)\s*[-\u2013\u2014]\s*(.+)$", inner)
            if dated and find_date(dated.group(2), anchored=True) is not None:
                inner = dated.group(1).strip()
                marker_date = find_date(dated.group(2), anchored=True)
            name = wire_name(inner)
            if (
                name is None
                and "/" in inner
                and not _NOT_A_WIRE.search(inner)
                and _dateline_position(body[: match.start()])
            ):
                # "VELMONT, (Orrin Daily / Kestrel Portal / KNA - 18th Nov, 2019)": the
                # sites that carried the story, then the agency that wrote it; the one the
                # wire table knows is the publisher. (Never a credit, "(Photo: A / KNA)".)
                carriers = [wire_name(part) for part in inner.split("/")]
                name = next((c for c in reversed(carriers) if c is not None), None)
            if name is None and is_country(inner):
                continue  # "NAIROBI (Kenya), 21 March 2019 -": the country, not a wire
            if name is None:
                # Another /Name/ or (NAME) where a wire goes is a publisher we do not know.
                slash = match.group("s") is not None
                # "VELMONT, PA (VelmontNewsWire.com), June 18th, 2020 —": the date follows.
                dated_after = (
                    find_date(_SEP.sub("", body[match.end() :]), anchored=True) is not None
                )
                # "Velmont (Kestrel Daily): Text": a newspaper's dateline, a place in
                # title case and its outlet in brackets, ended by a colon.
                outlet_colon = (
                    match.group("dash") == ":"
                    and index <= 3
                    and _TITLE_CASE_PLACE.fullmatch(body[: match.start()].strip()) is not None
                )
                if (
                    publisher is not None
                    or _NOT_A_WIRE.search(inner)
                    or not (slash or match.group("dash") or dated_after)
                    or not (_dateline_position(body[: match.start()]) or outlet_colon)
                    or len(inner.split()) > 6
                ):
                    continue
                if not slash and _BYLINE_NAME.fullmatch(inner):
                    # "Velmont 23 June (Jane Doe)- Text": the reporter, not a publisher.
                    cut = (match.start(), match.end())
                    break
                # (A wire's web address names it: "VelmontNewsWire.com".)
                name, unknown = re.sub(r"\.(?:com|net|org)$", "", inner, flags=re.IGNORECASE), True
            elif publisher is not None and publisher != name:
                continue
            publisher, cut = name, (match.start(), match.end())
            break
        # "GUWAHATI: Text": a place in capitals ended by a colon. ("ORRVALE/KESTMARK:
        # Text": a story datelined in two cities, joined by a slash.)
        colon = re.match(
            r"[A-Z][A-Z.'’-]+(?:(?:\s|\s?/\s?)[A-Z][A-Z.'’-]+){0,3}(?=:\s+[A-Z\u201c\"])", head
        )
        # "Tallis: Text" in title case too, as the opening of a long story paragraph.
        colon = colon or (
            re.match(
                r"[A-Z][a-z’'.-]+(?:\s[A-Z][a-z’'.-]+){0,2}"
                # ("Velmont, Aldoria: Text": the place and its country.)
                r"(?:,\s[A-Z][a-z’'.-]+(?:\s[A-Z][a-z’'.-]+)?)?(?=:\s+[A-Z\u201c\"])",
                body,
            )
            if index <= 3 and len(body) > 150
            else None
        )
        if (
            cut is None
            and colon
            and len(colon.group(0).replace(".", "")) > 2
            and not _LABEL_WORDS.search(colon.group(0).upper())
        ):
            cut = (colon.end(), colon.end() + 1)
        dated_colon = _DATED_COLON.match(head) if cut is None else None
        if dated_colon and find_date(dated_colon.group("date"), anchored=True) is not None:
            cut = (dated_colon.end("date"), dated_colon.end())
        else:
            dated_colon = None
        colon_place = cut is not None and colon is not None and cut[0] == colon.end()
        if cut is None:
            dash = _DASH_RE.search(head)
            dated_stop = _dated_stop(head)
            if dated_stop is not None and (dash is None or dated_stop.date_end < dash.start()):
                cut = (dated_stop.date_end, dated_stop.stop_end)
                if dated_stop.agency is not None and publisher is None:
                    known = agency_name(dated_stop.agency)
                    publisher, unknown = known or dated_stop.agency, known is None
            elif dash is None or dash.start() == 0:
                continue
            else:
                cut = (dash.start(), dash.end())
        prefix = body[: cut[0]].strip(" -\u2013\u2014,/")
        rest = _SEP.sub("", body[cut[1] :])
        # "SINGAPORE - Media OutReach - 5 March 2021 - Text": a wire named between dashes.
        named = re.match(r"([A-Z][\w .&]{2,30}?)\s*(?:--+|\u2014|\u2013|-)\s*", rest)
        if publisher is None and named and find_date(rest, named.end(), anchored=True) is not None:
            publisher, rest = named.group(1).strip(), rest[named.end() :]
        # The date may sit after the wire ("LONDON, (BUSINESS WIRE) -- March 3, 2020 --").
        date = find_date(prefix) or marker_date
        if publisher is None and date is not None and date is not marker_date:
            # "VELMONT, Orrin, Aug. 5 Kyodo - Text": an agency of the wire table signs
            # the dateline bare, after the date, with no slashes or brackets.
            # ("VELMONT, 12 March, KESTREL - Text": an agency the table does not know,
            # in capitals as agencies sign.)
            signed = _bare_agency(prefix[date.end :].strip(" ,"))
            # (After a date that opens the line, "12 May 2021, VELMONT -", is the place.)
            if signed is not None and prefix[: date.start].strip(" ,-\u2013\u2014"):
                (publisher, unknown), prefix = signed, prefix[: date.end]
        foreign = (
            read_date_line(prefix.rsplit(",", 1)[-1]) if date is None and "," in prefix else None
        )
        if foreign is not None:
            # "MADRID, 21 de marzo de 2019 --": the date in the release's own language.
            head_part, _, date_part = prefix.rpartition(",")
            date = FoundDate(
                len(head_part) + 1,
                len(prefix),
                date_part.strip(),
                foreign.month,
                foreign.day,
                foreign.year,
            )
            prefix = head_part
        if date is None:
            date = find_date(rest, anchored=True)
            if date is not None:
                rest = _SEP.sub("", rest[date.end :])
                # "/ ACCESSWIRE / March 15, 2022 /" and "date (Wire) --" after the place.
                trailing = WIRE_RE.match(rest)
                if (
                    trailing
                    and publisher is None
                    and not _NOT_A_WIRE.search(trailing.group("s") or trailing.group("p") or "")
                ):
                    inner = (trailing.group("s") or trailing.group("p") or "").strip()
                    publisher = wire_name(inner) or inner
                    unknown = wire_name(inner) is None
                    rest = _SEP.sub("", rest[trailing.end() :])
        if publisher is None and date is not None:
            # "VELMONT, May 3, 2021 — KESTREL — Text": the agency between dashes after
            # the date.
            between = _DASHED_NAME.match(rest)
            signed = _bare_agency(between.group("name")) if between else None
            if between is not None and signed is not None:
                (publisher, unknown), rest = signed, rest[between.end() :]
        place_text = re.sub(r"\(\s*\)", "", strip_dates(prefix)).strip(" ,-\u2013\u2014/")
        if not place_text and date is not None and publisher is not None and rest:
            # "May 3, 2021 /9QX Media/ - Text": a date and a wire, no place; or the place
            # after the date ("(Wire) May 3, 2021 - Velmont, Vermont - Text").
            after = _place_after_date(rest)
            if after is not None:
                return _Lead(index, after.dateline, date, publisher, unknown, after.rest)
            return _Lead(index, None, date, publisher, unknown, rest)
        # A dateline is short and starts with a capitalised place, usually in capitals.
        # A full stop only ends an abbreviation here ("SEATTLE, Wash."), not a sentence.
        last_word = place_text.split()[-1] if place_text else ""
        if (
            not place_text
            or len(place_text) > 100
            or place_text.endswith(("!", "?"))
            or _BYLINE_OR_STAMP.search(place_text)
            # ("On April 21, 2008 Acme signed": an opening word is no place.)
            or place_text.split()[0].lower() in _OPENING_WORDS
        ):
            continue
        if place_text.endswith(".") and len(last_word) > 6:
            continue
        # Without a wire or a date, only a place in capitals ("MÜNCHEN") is a dateline.
        first_word = place_text.split(",")[0].split()[0]
        # "Harper, Maryland County - Text": a mixed-case "Place, Region" opening the story.
        # ("Velmont, MA - Text", "Velmont, Wash. - Text": a state's postal code or short form;
        # "Velmont, UAE - Text": a country's initials.)
        # (The story's first paragraph: the first, or the one below a headline.)
        first_story = index == 0 or (
            index == 1 and len(paragraphs[0]) < 200 and not paragraphs[0].endswith(".")
        )
        # (Or under a header of short lines, a label and a date: "Press Release · <date>".)
        under_header = 1 < index <= _MAX_HEADER_LINES and all(
            len(p) < 200 and not p.rstrip().endswith(".") for p in paragraphs[:index]
        )
        # ("Velmont, D.C./Orrin, MN - Text": two such places joined by a slash, the
        # release's two home cities; the first is the dateline.)
        place_region = (first_story or under_header) and all(
            _PLACE_REGION.fullmatch(place.strip()) for place in place_text.split("/", 2)
        )
        # "Velmont Bay - Text" right under the headline: an agency's dateline in title
        # case (a place of one to three words, no organisation word in it).
        # (Or the first long paragraph under a header of short lines, "Press Release",
        # a contact, a subheadline, when the text writes the place as one elsewhere:
        # "Velmont - Text" ... "a meeting in Velmont".)
        below_header = (
            1 < index <= _MAX_HEADER_LINES
            and all(len(p) < 200 and not p.rstrip().endswith(".") for p in paragraphs[:index])
            and _named_as_place(place_text, "\n\n".join(paragraphs[index:]))
        )
        under_headline = (
            (first_story or below_header)
            and cut is not None
            and re.fullmatch(r"\s*(?:--?|\u2013|\u2014)\s*", body[cut[0] : cut[1]]) is not None
            and re.fullmatch(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}", place_text) is not None
            and not any(w.lower() in ALL_HEADS for w in place_text.split())
            # (The story follows the dash: a sentence, not a byline's date and time.)
            and re.match(r"[A-Z\u201c\"]", rest) is not None
            and len(rest.split()) >= 6
        )
        # "Mar 2, 2019" on its own line, then "Korvale – Text": the place of a dated story.
        after_date_line = (
            index > 0
            and is_only_a_date(paragraphs[index - 1])
            and re.fullmatch(r"[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2}", place_text) is not None
        )
        if (
            publisher is None
            and date is None
            and not (first_word.isupper() and len(first_word) > 1)
            and not place_region
            and not under_headline
            and not after_date_line
            and not colon_place
        ):
            continue
        dateline = parse_place(place_text.replace(";", ","))
        # "LOS ANGELES -- (Business Wire)" on a line of its own, the story on the next:
        # a known wire makes a line with nothing after it a dateline still.
        alone = publisher is not None and not unknown and index + 1 < len(paragraphs)
        if dateline is None or not (rest or alone):
            continue
        news_style = byline is not None or colon_place or dated_colon is not None
        return _Lead(index, dateline, date, publisher, unknown, rest, news_style)
    return None


# "Harper, Maryland County", "Velmont, MA", "Velmont, Wash.", "Velmont, UAE", "Velmont,
# D.C.": a mixed-case place and its region, as a story's first words before a dash.
_PLACE_REGION = re.compile(
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}[,;]\s(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}|[A-Z]{2,3}|"
    r"[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2,3})"
)


# At most this many short lines (headline, label, contact, subheadline) above a lead
# whose dateline is a place in title case: the dev releases' headers run to five.
_MAX_HEADER_LINES = 6


# A credit line, "(VENDOR- The Daily) KNA", or a byline, "By: Jane Doe": never the title
# nor a fact.
_CREDIT_LINE = re.compile(r"(?:\([^()]{2,60}\)|By:?\s+[A-Z]).{0,60}$")


def _marker_only_lead(paragraphs: list[str]) -> _Lead | None:
    """ "(KVNews) - Acme said ...": an agency marker opening the story, with no place."""
    for index, para in enumerate(paragraphs[:3]):
        leading = _LEADING_MARK.match(para)
        if leading is None or _NOT_A_WIRE.search(leading.group("name")):
            continue
        name = leading.group("name").strip()
        rest = para[leading.end() :]
        if rest:
            known = wire_name(name)
            return _Lead(index, None, None, known or name, known is None, rest)
    return None


class _FlatDateline(NamedTuple):
    start: int
    end: int
    dateline: Dateline
    date: FoundDate


def _named_as_place(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` as a place elsewhere: "in Marshen", "Velmont's"."""
    w = re.escape(word)
    return re.search(rf"\b(?:in|at)\s+{w}\b|\b{w}(?:'s|’s)\s", text) is not None


def _flattened_dateline(para: str, text: str) -> _FlatDateline | None:
    """A dateline inside the first paragraph of a page whose line breaks were lost:
    "<headline> <subhead> Velmont and Marshen, Ostria \u2013 5th September, 2019 \u2013
    <story>". The place's words run on from the words before it, so the city is the
    longest tail of them that the release also writes as a place ("in X", "X's")."""
    for match in DATE_RE.finditer(para[:900]):
        found = find_date(para, match.start(), anchored=True)
        if found is None or found.year is None:
            continue
        before = re.search(r"\s[-\u2013\u2014]\s*$", para[: found.start])
        after = re.match(r",?\s*[-\u2013\u2014]\s+(?=[A-Z\u201c\"])", para[found.end :])
        if before is None or after is None:
            continue
        head = para[: before.start()]
        country = re.search(r",\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)$", head)
        places = head[: country.start()] if country else head
        # "X and Y, Country": the first place is the dateline's (the country is Y's).
        two = re.split(r"\s+and\s+(?=[A-Z][\w'’.-]*$)", places)
        places = two[0]
        if len(two) > 1:
            country = None
        words = re.findall(r"\S+", places)
        k = len(words)
        while k > 0 and re.fullmatch(r"[A-Z][\w'’.-]*", words[k - 1]):
            k -= 1
        run = words[k:]
        for first in range(max(0, len(run) - 3), len(run)):
            if _named_as_place(run[first], text):
                city = " ".join(run[first:])
                start = para.find(city, len(" ".join(words[:k])))
                return _FlatDateline(
                    start,
                    found.end + after.end(),
                    Dateline(city, country.group(1) if country else None),
                    found,
                )
        return None
    return None


def _dated_lead(paragraphs: list[str]) -> _Lead | None:
    """ "5 May 2019 \u2014 Text": a story that opens with its full date and a dash, no
    place (a UN News or agency page); or a colon ("May 5, 2019: Text", an agency's
    newsroom)."""
    for index, para in enumerate(paragraphs[:4]):
        found = find_date(para, anchored=True)
        if found is None or found.year is None:
            continue
        dash = re.match(r"\s*(?:--+|\u2014|\u2013|-|:)\s+(?=[A-Z\u201c\"])", para[found.end :])
        # "17 October 2019, Velmont -The ...": the place after the date (a release
        # republished with its own dateline below the site's header); the dash may touch
        # the story's first word.
        placed = _DATE_THEN_PLACE.match(para[found.end :])
        dateline = parse_place(placed.group("place")) if placed else None
        if placed and dateline is not None:
            rest = para[found.end + placed.end() :]
            if len(rest.split()) >= 6:
                return _Lead(index, dateline, found, None, False, rest)
        rest = para[found.end + dash.end() :] if dash else ""
        if dash and len(rest.split()) >= 6:
            return _Lead(index, None, found, None, False, rest)
    return None


_DATE_THEN_PLACE = re.compile(
    r",\s*(?P<place>[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,2}(?:,\s*[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,2})?)"
    r"\s*(?:--+|\u2014|\u2013|(?<=\s)-)\s*(?=[A-Z\u201c\"])"
)


def _trim(text: str, limit: int = 300) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "\u2026"


# Labelled lines of a memo-style header: "REF NO.: 186", "SUBJECT: ...", a school
# year "2004-2005" on its own.
_HEADER_LABEL = re.compile(
    r"(?:(?:REF(?:ERENCE)?\.?\s*)?(?:NO|NUMBER)\.?|SUBJECT|RE|TITLE|HEADLINE|ATTN|FROM|TO)"
    r"\s*:\s*\S.*|(?:19|20)\d\d\s*[-\u2013/]\s*(?:19|20)?\d\d"
    # "No 12/2021", "Ref. 12-2021": a release number without a colon.
    r"|(?:(?:REF(?:ERENCE)?\.?\s*)?(?:NO|NUMBER)|REF)\.?\s*\d[\w/.-]*",
    re.IGNORECASE,
)
_SUBJECT = re.compile(r"(?:SUBJECT|TITLE|HEADLINE|RE)\s*:\s*(?P<title>\S.*)", re.IGNORECASE)


# A web page's furniture copied above the story: never its headline.
_PAGE_FURNITURE = re.compile(
    r"skip to (?:the )?(?:main )?(?:content|navigation|menu)|\d+\s+mins?\.?\s+read|"
    r"reading time\b.*|web archive|print(?:\s+(?:small|medium|large|this page|version|page))+|"
    r"(?:text size|font size)\b.*|share(?: this)?(?: (?:page|article|story))?|back to top|"
    r"available photos|view details(?: and)?|"
    # A breadcrumb of sections, "WORLD / Regional |".
    r"[^.!?\n]{1,40}\|",
    re.IGNORECASE,
)


def _masthead(line: str, following: str) -> bool:
    """Whether ``line`` is the name of the office or site above a headline: a name in
    title case with an organisation word ("Velmont Regional Office for Orrin"), over a
    headline written as a sentence (its lower-case words make it no name)."""
    return (
        _issuer_line(line)
        and any(w.lower().strip(",.") in ALL_HEADS for w in line.split())
        and len(following.split()) >= 3
        and not _issuer_line(following)
        and not _BOILERPLATE_LINE.match(following)
        # (A breadcrumb of the site's sections under the name is furniture, no headline.)
        and not re.search(r"[>|»]", following)
        and not _PAGE_FURNITURE.fullmatch(following.strip())
    )


# A public office on a line of its own: "Premier of Velmora", "Minister for Harbours",
# "Office of the Mayor of Dunmar".
OFFICE_LINE = re.compile(
    r"(?:Office\s+of\s+the\s+)?(?:Premier|Prime\s+Minister|President|Governor|Mayor|"
    r"Minister|Chief\s+Minister|First\s+Minister|Secretary)\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w'’-]*){0,5}"
)


def _name_and_title(line: str) -> bool:
    """ "Ivo Lind, Premier": the office holder's name and title on a line of its own
    (a minister's page prints it under the office), never a headline."""
    found = re.fullmatch(
        r"[A-Z][a-z]+(?:\s+[A-Z][\w.'’-]+){1,3},\s+(?P<t>[A-Z][a-z]+(?:\s+[A-Za-z]+){0,4})", line
    )
    return found is not None and is_title_word(found.group("t").split()[0].lower())


def _office_above(heads: list[str], title: str) -> str | None:
    """A public office named on a line of its own above the headline ("Premier of
    Velmora" over the date, the minister's name and the headline): the office that
    issued the page, or None."""
    if title not in heads:
        return None
    return next((line for line in heads[: heads.index(title)] if OFFICE_LINE.fullmatch(line)), None)


def _headline(lines: list[str]) -> str | None:
    for line in lines:
        subject = _SUBJECT.fullmatch(line)
        if subject and len(subject.group("title").split()) >= 3:
            return subject.group("title")
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if (
            _HEADER_LABEL.fullmatch(line)
            or _dated_line(line)
            or _END_RE.match(line)
            or _RELEASE_LABEL.match(line)
            or _place_date_line(line)
            or _SECTION_LABEL.fullmatch(line)
            or read_date_line(line) is not None
            or (_RELEASE_LABEL.match(following) and _issuer_line(line))
            or _masthead(line, following)
            or OFFICE_LINE.fullmatch(line)
            or _name_and_title(line)
        ):
            continue
        if (
            _BOILERPLATE_LINE.match(line)
            or is_only_a_date(line)
            or _LOGO_LINE.match(line)
            or re.match(r"[-\u2022*]\s", line)  # a list item or a menu entry
            or _CREDIT_LINE.match(line)
            or _PAGE_FURNITURE.fullmatch(line.strip())
        ):
            continue
        if len(line.split()) >= 3:
            previous = lines[index - 1].strip() if index else ""
            if (
                re.match(r"(?:and|with|&|to|of|for)\s", line)
                and previous[:1].isupper()
                and len(previous.split()) <= 4
                and not _TERMINAL_MARK.search(previous)
            ):
                # "Acme\nand Kestrel Announce ...": a headline a PDF broke across lines
                # starts on the line above its lower-case joining word.
                return f"{previous} {line}"
            if _continues_on(line, following):
                # "X renews its grant as\nprogramme sets new goal": wrapped on to the next.
                return f"{line} {following}"
            return line
    return None


# Words a headline cannot end on: it goes on past them ("… renews grant as").
_HEADLINE_JOINS = re.compile(
    r"\b(?:and|or|as|with|to|of|for|the|a|an|in|on|at|by|from|its|their|&)\s*$", re.IGNORECASE
)
# The most words a headline's wrapped tail may have: a longer line is the story.
MAX_HEADLINE_TAIL_WORDS = 16


def _continues_on(line: str, following: str) -> bool:
    """Whether the headline ``line`` goes on in ``following``, the next line (a PDF or a
    narrow page wrapped it): ``line`` ends on a word no headline ends on, or
    ``following`` opens in lower case; and ``following`` is short, with no full stop,
    and no dateline or date line."""
    if not following or not (_HEADLINE_JOINS.search(line) or following[:1].islower()):
        return False
    return (
        len(following.split()) <= MAX_HEADLINE_TAIL_WORDS
        and not _TERMINAL_MARK.search(following)
        and _place_date_line(following) is None
        and read_date_line(following) is None
        and not _dated_line(following)
    )


_US_WIRES = {"PR Newswire", "Business Wire", "GlobeNewswire", "ACCESSWIRE", "PRWeb"}


# Signs that a story is American, for a numeric date's order: the country named as a
# whole, its people, or a state; and American spellings. British and Commonwealth
# spellings count against. The spellings and the words that make "America" a region are
# data (``bot/vocab/story_spellings.yaml``).
_SPELLINGS = story_spellings()
_AMERICA = re.compile(r"\b(?:U\.S\.A?\.?|United States|Americans?|America)(?![\w-])")


def _alternation(words: frozenset[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


_US_SPELLING = re.compile(
    rf"\b(?:\w{{3,}}(?:{_alternation(_SPELLINGS.american_endings)})"
    rf"|{_alternation(_SPELLINGS.american_words)})\b",
    re.IGNORECASE,
)
_UK_SPELLING = re.compile(
    rf"\b(?:\w{{3,}}(?:{_alternation(_SPELLINGS.british_endings)})"
    rf"|(?:{_alternation(_SPELLINGS.british_ise_stems)})is(?:e|es|ed|ing)"
    rf"|{_alternation(_SPELLINGS.british_words)})\b",
    re.IGNORECASE,
)


def _lower_case_count(pattern: re.Pattern[str], text: str) -> int:
    """How many words ``pattern`` finds in ``text`` written in lower case: a capitalised
    one may be a proper name's, which keeps its own spelling ("Youth Organization")."""
    return sum(1 for m in pattern.finditer(text) if m.group()[:1].islower())


def _america_count(text: str) -> int:
    """How many times ``text`` names the United States or Americans, not counting a
    region's name ("Latin America", "South American growers")."""
    count = 0
    for match in _AMERICA.finditer(text):
        before = text[: match.start()].split()[-1:]
        if not (before and before[0].casefold() in _SPELLINGS.region_qualifiers):
            count += 1
    return count


# A time in one of the United States' zones: "10:00 AM EDT", "9 a.m. PT".
_US_TIME_ZONE = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s*(?:[AaPp]\.?\s?[Mm]\.?\s+)?(?:E|C|M|P)[SD]?T\b(?![\w-])"
)


def _reads_as_american(text: str) -> bool:
    """Whether ``text`` reads as an American story: it names the United States, its
    people or one of its states (not one named as a country too: Georgia), gives a time
    in a US time zone ("10:00 AM EDT"), or spells the American way, in lower case, more
    than it spells the British way (no sign at all: not American)."""
    states = us_state_names()
    american = _america_count(text) + _lower_case_count(_US_SPELLING, text)
    american += len(_US_TIME_ZONE.findall(text))
    american += sum(
        1
        for w in re.findall(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?", text)
        if w in states and not is_country(w)
    )
    return american > _lower_case_count(_UK_SPELLING, text)


def _in_order(found: FoundDate, us: bool, warnings: list[str]) -> FoundDate:
    """An ambiguous numeric date ("8/2/2006") read month first in an American story,
    day first otherwise (as ``find_date`` reads it), with a review note either way."""
    if us:  # 07/06/2019 is July 6 in the US
        found = FoundDate(
            found.start, found.end, found.text, found.day, found.month, found.year, True
        )
    order = "month/day" if us else "day/month"
    warnings.append(f"numeric date {found.text!r} read as {order}: check source.date")
    return found


# "By JANE DOE in Velmont(Kestrel Daily)", "By Jane Doe in Velmont": a reporter's byline
# with the place the story was filed from.
_BYLINE_IN_PLACE = re.compile(
    r"By:?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+in\s+"
    r"(?P<place>[A-Z][a-z'’.-]+(?:\s[A-Z][a-z'’.-]+){0,2})\s*(?:\(|,|$)"
)


def _byline_place(paragraphs: list[str]) -> Dateline | None:
    """The place a reporter's byline files the story from ("By Jane Doe in Velmont"),
    on a short line of its own among ``paragraphs``; None when there is none or the
    place is no place (a section: "in Business")."""
    for k, para in enumerate(paragraphs[:6]):
        match = _BYLINE_IN_PLACE.match(para.strip()) if len(para) < 120 else None
        if match is None:
            continue
        place = match.group("place")
        others = "\n\n".join(paragraphs[:k] + paragraphs[k + 1 :])
        if is_place(place) or _named_as_place(place, others):
            return parse_place(place)
    return None


# "News release posted 23 Oct 2007 at <address>": a repost's line that dates the release.
_RELEASE_POSTED = re.compile(
    r"\b(?:news|press|media)\s+release\s+(?:was\s+)?(?:posted|issued|published|released)"
    r"\s+(?:on\s+)?",
    re.IGNORECASE,
)


def _release_posted(paragraphs: list[str]) -> dt.date | None:
    """The day a short line among ``paragraphs`` says the release itself was posted or
    issued ("News release posted 23 Oct 2007 at ..."), or None."""
    for para in paragraphs:
        label = _RELEASE_POSTED.search(para) if len(para) < 200 else None
        found = find_date(para, label.end(), anchored=True) if label else None
        if found is not None and found.date is not None:
            return found.date
    return None


# "(27 February 2018)" closing a short paragraph: a page's date stamp after its headline.
_BRACKETED_STAMP = re.compile(r"\(\s*(?P<date>[^()]{6,40}?)\s*\)\s*$")
# A headline and its stamp: longer, the paragraph is prose and its bracket an aside.
_HEADLINE_WITH_STAMP = 200

# "(0 comments)", "(12 Comments)": a news page's comment count after its date stamp.
_COMMENT_COUNT = re.compile(r"\s*\(\d+\s+comments?\)\s*$", re.IGNORECASE)


def _dates_in(text: str) -> list[FoundDate]:
    """Every readable date in ``text``, in order."""
    found: list[FoundDate] = []
    at = 0
    while (date := find_date(text, at)) is not None:
        found.append(date)
        at = date.end
    return found


def _resolve_date(
    lead: _Lead | None,
    before: list[str],
    paragraphs: list[str],
    header_date: dt.date | None,
    override: dt.date | None,
    hints: Hints,
    warnings: list[str],
) -> dt.date | None:
    """The release date: --date, a date header, the dateline, metadata, then the text.

    A dateline without a year ("Port Elsin, March 6 -") takes its year from the
    metadata or --date; a date that cannot be read at all stays None (marked for review).
    """
    found = lead.date if lead else None
    # (A dateline in another country writes the date its way, day first, even on an
    # American wire: "PERTH, Scotland (UK), 04/05/2024 /PRNewswire/" is 4 May.)
    abroad = (
        lead is not None
        and lead.dateline is not None
        and bool(lead.dateline.country)
        and lead.dateline.country != "United States"
    )
    us = not abroad and (
        (lead is not None and lead.publisher in _US_WIRES)
        or (
            lead is not None
            and lead.dateline is not None
            and lead.dateline.country == "United States"
        )
        or ((lead is None or lead.dateline is None) and _reads_as_american("\n".join(paragraphs)))
    )
    if found is not None and found.ambiguous:
        found = _in_order(found, us, warnings)
    stated = found.date if found else None
    if override is not None:
        if stated is not None and stated != override:
            warnings.append(
                f"--date {override.isoformat()} differs from the dateline's {stated.isoformat()}"
            )
        return override
    if header_date is not None:
        if found is not None and found.date is None:
            # "date 2019-10-23" above "RONO HILLS, Oct 22:": the header dates the copy;
            # the dateline's day, in the header's year, dates the release.
            dated = found.with_year_near(header_date)
            if dated != header_date:
                warnings.append(
                    f"the dateline's {found.text!r} read as {dated.isoformat()}, not the"
                    f" date line's {header_date.isoformat()}: check source.date"
                )
            return dated
        if stated is not None and stated != header_date:
            # "date 2018-01-17" above "VELMONT, 12th January, 2018 (Kestrel) --": a page
            # stamps the day it posted or updated its copy; the dateline dates the release.
            warnings.append(
                f"date {stated.isoformat()} from the dateline, not the page's stamp"
                f" {header_date.isoformat()}: check source.date"
            )
            return stated
        stamp = _page_stamp_date(paragraphs[:8], us, warnings) if stated is None else None
        if stamp is not None and stamp != header_date:
            # "date 2017-08-01" above "Published: 16 November 2020": the page's own
            # label dates the story; the header dates the copy that was kept.
            warnings.append(
                f"date {stamp.isoformat()} from the page's 'Published' stamp, not the date"
                f" line's {header_date.isoformat()}: check source.date"
            )
            return stamp
        return header_date
    if stated is not None:
        return stated
    posted = _release_posted(paragraphs[:5])
    if posted is not None:
        # (Above a page's own date: a blog or a site reposting a release dates its copy.)
        warnings.append(
            f"date {posted.isoformat()} read from the line that says when the release was"
            " posted: check source.date"
        )
        return posted
    if found is None and lead is not None:
        # Business Wire puts the date on a line of its own above the dateline.
        for para in before:
            line_date = find_date(para, anchored=True)
            if line_date is not None and line_date.date is not None:
                return line_date.date
    if found is not None and found.date is None:
        # "3 October" in the dateline, "4 October 2012" on a line above it: the nearest
        # such line (a page's own date at its top is the day it was saved, not the
        # story's).
        for para in reversed(before):
            line_date = find_date(para)
            if line_date is not None and line_date.date is not None:
                warnings.append(
                    f"the year of {found.text!r} comes from {line_date.text!r}: check source.date"
                )
                return found.with_year_near(line_date.date)
    if found is not None and hints.date is not None:
        warnings.append(f"the year of {found.text!r} comes from {hints.origin}: check source.date")
        return found.with_year_near(hints.date)
    if hints.date is not None:
        warnings.append(f"date taken from {hints.origin}: check source.date")
        return hints.date
    # A release label with its date ("FOR IMMEDIATE RELEASE 2014-05-09"), a labelled
    # date ("Dated: ...", anywhere: filings put it under the signature), then a byline's
    # date above the story.
    for para in paragraphs[:8]:
        label_date = _release_label_date(para)
        if label_date is not None and label_date.date is not None:
            return label_date.date
    labelled = [d for d in map(_dated_line, paragraphs) if d is not None and d.byline is None]
    bylines = [d for d in map(_dated_line, paragraphs[:8]) if d is not None and d.byline]
    for para, dated in [(d.line, d) for d in [*labelled, *bylines]]:
        if dated.date.date is not None:
            warnings.append(
                f"date {dated.date.date.isoformat()} read from {para!r}: check source.date"
            )
            return dated.date.date
    stamp = _page_stamp_date(paragraphs[:8], us, warnings)
    if stamp is not None:
        warnings.append(
            f"date {stamp.isoformat()} read from the page's time stamp: check source.date"
        )
        return stamp
    # "<headline> April 17, 2013 (0 comments)": a news page's stamp of the day and the
    # count of comments, closing the headline's line.
    for para in paragraphs[:4]:
        counted = _COMMENT_COUNT.search(para)
        found_dates = list(_dates_in(para[: counted.start()])) if counted else []
        last = found_dates[-1] if found_dates else None
        if (
            counted is not None
            and last is not None
            and last.date is not None
            and is_only_a_date(para[last.start : counted.start()])
        ):
            warnings.append(
                f"date {last.date.isoformat()} read from the page's stamp above the story:"
                " check source.date"
            )
            return last.date
    # "<headline> (27 February 2018)": a news page's date in brackets closing the
    # headline's line (the headline and its stamp are one paragraph once lines join).
    for para in paragraphs[:4]:
        bracketed = _BRACKETED_STAMP.search(para) if len(para) <= _HEADLINE_WITH_STAMP else None
        stamped = find_date(bracketed.group("date"), anchored=True) if bracketed else None
        if bracketed is not None and stamped is not None and stamped.ambiguous:
            stamped = _in_order(stamped, us, warnings)
        if (
            bracketed is not None
            and stamped is not None
            and stamped.date is not None
            and stamped.end == len(bracketed.group("date"))
        ):
            warnings.append(
                f"date {stamped.date.isoformat()} read from the page's stamp"
                f" {bracketed.group(0).strip()!r} after the headline: check source.date"
            )
            return stamped.date
    # "on 12 May 2017" on a line of its own under the headline: the page's date stamp,
    # which dates the release even when the story opens with the day before.
    for para in paragraphs[:3]:
        line = re.sub(r"^\s*on\s+", "", para, flags=re.IGNORECASE)
        stamped = find_date(line, anchored=True)
        if stamped is not None and stamped.ambiguous and is_only_a_date(line):
            stamped = _in_order(stamped, us, warnings)
        if stamped is not None and stamped.date is not None and is_only_a_date(line):
            warnings.append(
                f"date {stamped.date.isoformat()} read from {para.strip()!r} under the"
                " headline: check source.date"
            )
            return stamped.date
    closing = _closing_date(paragraphs)
    if closing is not None:
        warnings.append(
            f"date {closing.date.isoformat()} read from the closing line {closing.line!r}:"
            " check source.date"
        )
        return closing.date
    # "Velmont, MA - On June 11th, 2014, Acme signed ...": a dateline without a date,
    # and the story opens with the day (or, with no dateline at all, its first paragraph
    # below the headline does).
    story = lead.rest if lead is not None else next((p for p in paragraphs[1:4] if len(p) > 80), "")
    opening = re.match(r"\s*On\s+", story)
    if opening is not None:
        on_day = find_date(story, opening.end(), anchored=True)
        if on_day is not None and on_day.date is not None:
            warnings.append(
                f"date {on_day.date.isoformat()} read from the story's opening sentence"
                f" {story[: on_day.end]!r}: check source.date"
            )
            return on_day.date
    for para in paragraphs[:6]:
        # Only a date standing for the release (a line of its own, or opening the text);
        # "signed on June 18, 2025" inside a sentence is an event's date, not the release's.
        guess = find_date(para, anchored=True)
        # "23 December 2017 - Text": a date as the dateline, with no place.
        dated_lead = guess is not None and re.match(r"\s*[-\u2013\u2014]\s", para[guess.end :])
        if not (len(para) < 80 or is_only_a_date(para) or dated_lead):
            guess = None
        if guess is not None and guess.ambiguous:
            guess = _in_order(guess, us, warnings)
        if guess is not None and guess.date is not None:
            warnings.append(f"date {guess.date.isoformat()} guessed from the text, not a dateline")
            return guess.date
    on_day = _day_the_story_gives(lead, paragraphs)
    if on_day is not None:
        warnings.append(
            f"date {on_day.isoformat()} read from a sentence that dates the signing or the"
            " announcement: check source.date"
        )
        return on_day
    signed_in_lead = _signing_date_in_lead(lead)
    if signed_in_lead is not None:
        warnings.append(
            f"date {signed_in_lead.isoformat()} is the day the lead says the agreement was"
            " signed (the dateline gives no date): check source.date"
        )
        return signed_in_lead
    signed = _signing_day(paragraphs)
    if signed is not None:
        warnings.append(
            f"date {signed.isoformat()} is the day the opening sentence says the agreement"
            " was signed (the page gives no other date): check source.date"
        )
        return signed
    weekday = _weekday_the_story_gives(paragraphs)
    if weekday is not None:
        warnings.append(
            f"date {weekday.isoformat()}: the weekday the story's opening gives, dated by a"
            " caption or line that writes it in full: check source.date"
        )
        return weekday
    named = _weekday_and_day(paragraphs)
    if named is not None:
        warnings.append(
            f"date {named.date.isoformat()}: the story gives {named.text!r} without a year;"
            f" {named.date.year} is the one year next to the newest it names"
            f" ({named.newest_year}) in which that day is a {named.date.strftime('%A')}:"
            " check source.date"
        )
        return named.date
    for para in paragraphs[:8]:
        # "14 Ottobre 2022": a news page in another language dates an English story.
        line_date = read_date_line(para)
        if line_date is not None:
            warnings.append(f"date {line_date.isoformat()} read from {para!r}: check source.date")
            return line_date
    # ("PARIS, May 4 —" and no year anywhere: the day is known, the year never guessed.)
    yearless = (
        f" (the dateline gives {found.text!r} without a year: the year is unknown)"
        if found is not None and found.year is None
        else ""
    )
    warnings.append(
        f"no release date found{yearless}: set source.date (YYYY-MM-DD) or ingest again"
        " with --date; `partnerbot check` fails until it is set"
    )
    return None


# A page's time stamp under the byline: "Published : Nov 25, 2020 - 13:48  Updated : ...",
# or with the time first: "Story posted at 11 a.m. EDT/8 a.m. PDT, 7/8/98".
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4}\b)?"
_STAMP_LABEL = re.compile(
    rf"\b(?:published|posted|issued|released)(?:\s+on)?\s*:?\s*"
    rf"(?:at\s+{_CLOCK}(?:\s*/\s*{_CLOCK})*\s*,?\s*(?:on\s+)?)?",
    re.IGNORECASE,
)
# The zones of the United States: a stamp in them writes a numeric date month first.
_US_ZONE = re.compile(r"\b(?:[ECMP][SD]T|[ECMP]T)\b")


def _page_stamp_date(
    paragraphs: list[str], us: bool = False, warnings: list[str] | None = None
) -> dt.date | None:
    """The date a page's publication stamp gives (the first "Published : <date>" among
    ``paragraphs``, read line by line, perhaps after a byline and before an "Updated"
    stamp), or None. The stamp dates the page, so it only serves when no dateline does.

    A numeric date that reads both ways is month first when ``us`` (an American story)
    or when the stamp's clock is in a US time zone, with a note in ``warnings``.
    """
    for para in paragraphs:
        for line in para.splitlines() or [para]:
            for label in _STAMP_LABEL.finditer(line[:120]):
                found = find_date(line, label.end(), anchored=True)
                if found is not None and found.ambiguous:
                    in_us = us or _US_ZONE.search(line[: found.start]) is not None
                    found = _in_order(found, in_us, [] if warnings is None else warnings)
                if found is not None and found.date is not None:
                    return found.date
    return None


_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?)?"
_SIGNING = re.compile(
    r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|seal(?:s|ed)?|conclud(?:es|ed)|agreed|launch(?:es|ed))\b"
)


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _weekday_the_story_gives(paragraphs: list[str]) -> dt.date | None:
    """A news page with no date line: "The council said Monday it had agreed ...",
    and a photo caption that writes the day in full, "... on Monday, March 4, 2019". The one full date of that weekday the page writes dates the story; None
    when there is none, or more than one."""
    # (The story's opening: its first three sentences, a lead of one sentence included.)
    story = [s for p in paragraphs[:10] if len(p) > 100 for s in sentences(p)][:3]
    opening = " ".join(story)
    days = {d for d in _WEEKDAYS if re.search(rf"\b{d}\b", opening)}
    if len(days) != 1 or (not _SIGNING.search(opening) and "announc" not in opening):
        return None
    day = days.pop()
    dated = {
        found.date
        for para in paragraphs[:30]
        for m in re.finditer(rf"\b{day},?\s+(?:the\s+)?", para)
        if (found := find_date(para, m.end(), anchored=True)) is not None
        and found.date is not None
        and found.date.strftime("%A") == day
    }
    return dated.pop() if len(dated) == 1 else None


# "said Wednesday (Dec. 13)", "on Tuesday, March 4": a news story's weekday with the
# day of the month and no year.
_WEEKDAY_AND_DAY = re.compile(
    rf"\b(?P<weekday>{'|'.join(_WEEKDAYS)})\s*(?:\(\s*(?P<bracketed>(?i:{MONTH})\s+\d{{1,2}})\s*\)"
    rf"|,\s*(?P<plain>(?i:{MONTH})\s+\d{{1,2}})(?![\d,]))"
)
# The years around the newest one a story names that may hold its weekday's day: a
# story written in January looks back on "last year", one in December ahead.
_YEARS_AROUND = (-1, 0, 1)


class _NamedDay(NamedTuple):
    text: str
    date: dt.date
    newest_year: int


def _weekday_and_day(paragraphs: list[str]) -> _NamedDay | None:
    """A story that dates its news by weekday and day ("said in a Wednesday (Dec. 13)
    news release") and names years elsewhere ("... in 2023"): the date, in the one year
    next to the newest year named in which that day falls on that weekday. None when the
    opening gives no such day, no year is named, or the weekday fits no year or two."""
    head = "\n".join(paragraphs[:6])
    match = _WEEKDAY_AND_DAY.search(head)
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", "\n".join(paragraphs))]
    if match is None or not years:
        return None
    day = find_date(match.group("bracketed") or match.group("plain"), anchored=True)
    if day is None or day.year is not None:
        return None
    fitting = []
    for offset in _YEARS_AROUND:
        try:
            candidate = dt.date(max(years) + offset, day.month, day.day)
        except ValueError:  # 29 February
            continue
        if candidate.strftime("%A") == match.group("weekday"):
            fitting.append(candidate)
    return _NamedDay(match.group(0), fitting[0], max(years)) if len(fitting) == 1 else None


def _signing_day(paragraphs: list[str]) -> dt.date | None:
    """The full date that opens the story's first sentence when it says something was
    signed ("On Thursday 13 July 2006, the Director-General signed ..."), or None. Only
    for a page with no other date: the caller asks last."""
    story = next((p for p in paragraphs[:8] if len(p) > 100 and sentences(p)), None)
    if story is None:
        return None
    first = sentences(story)[0]
    if not _SIGNING.search(first):
        return None
    # (Only a sentence that opens with the day: "... signed an MoU on June 18, 2025"
    # inside a sentence may be an event the page looks back on.)
    match = re.match(rf"\s*On\s+{_WEEKDAY}", first)
    found = find_date(first, match.end(), anchored=True) if match else None
    return found.date if found is not None and found.date is not None else None


def _signing_date_in_lead(lead: _Lead | None) -> dt.date | None:
    """ "Velmont - Jane Doe and John Roe on May 4, 2010, signed a memorandum ...": a
    dateline with a place and no date, whose first sentence gives the signing's full date
    ("on <date>") and a signing verb. The one full date of that sentence, or None (no
    dateline, a date in it, no signing, or several dates to choose from)."""
    if lead is None or lead.dateline is None or lead.date is not None or not lead.rest:
        return None
    first = sentences(lead.rest)
    return _one_signing_date(first[0] if first else lead.rest)


# A headline that reports a signing as news, in the present tense: "A and B sign MoU",
# "Velmont inks deal with Orrin". (A page about a partnership that opens with the day
# it was signed, under no such headline, may look back on it: that date is not the page's.)
_SIGNING_NEWS = re.compile(
    r"\b(?:" + "|".join(sorted(word_list("headline_signing_verbs"))) + r")\b", re.IGNORECASE
)


def _signing_date_in_opening(paragraphs: list[str]) -> dt.date | None:
    """ "<headline>\n\nA and B signed a memorandum on 17 May 2020 ...": a page with no
    dateline at all, whose story opens with the signing and its full date. The one full
    date of the story's first sentence, or None (as ``_signing_date_in_lead``); the
    caller asks only under a headline that reports the signing (``_SIGNING_NEWS``)."""
    story = next((p for p in paragraphs[:8] if len(p) > 100 and sentences(p)), None)
    return _one_signing_date(sentences(story)[0]) if story is not None else None


def _one_signing_date(sentence: str) -> dt.date | None:
    """The one full date ("on <date>") of a sentence that says something was signed, or
    None (no signing, no date, or several dates to choose from)."""
    if not _SIGNING.search(sentence):
        return None
    dates = [
        found
        for m in re.finditer(r"\bon\s+", sentence)
        if (found := find_date(sentence, m.end(), anchored=True)) is not None
        and found.date is not None
    ]
    if len(dates) != 1 or len(DATE_RE.findall(sentence)) != 1:
        return None
    return dates[0].date


def _day_the_story_gives(lead: _Lead | None, paragraphs: list[str]) -> dt.date | None:
    """A release whose dateline has no date: the day its opening says the agreement was
    signed or announced. "... announced the agreement on Oct. 28." gives the day; a full
    date of that day elsewhere (a photo caption: "... sign the agreement on Oct. 28,
    2022") gives the year. None otherwise."""
    head = paragraphs[:4]
    story = lead.rest if lead is not None else (head[0] if head else "")
    full = [
        found
        for para in head
        for m in re.finditer(r"\bon\s+", para)
        if (found := find_date(para, m.end(), anchored=True)) is not None and found.year
    ]
    for m in re.finditer(r"\bon\s+", story):
        day = find_date(story, m.end(), anchored=True)
        if day is None or day.year is not None:
            continue
        same = {f.date for f in full if (f.month, f.day) == (day.month, day.day)}
        if len(same) == 1:
            return same.pop()
    # (A full date alone is not enough: "signed on June 18, 2025" may be an event the
    # release looks back on.)
    return None


# A news page whose line breaks were lost: "<headline>(Kestrel)Updated: 2011-04-06 10:12
# VELMONT -- <story>": the agency's marker glued to the headline, then the page's
# time stamp, then the story's dateline.
_PAGE_STAMP = re.compile(
    r"(?P<head>[^\n]*?\S)\s*(?:\((?P<agency>[A-Z][\w .&'’-]{1,40})\)\s*)?"
    r"(?P<label>(?:Updated|Posted|Published)(?:\s+on)?\s*:?\s*)"
)


# A dateline in capitals and a known wire's marker, inside a long line: "... Biotech
# Writers VELMONT, N.J.--(BUSINESS WIRE)--July 24, 2006--Text" (a filing or a page whose
# line breaks were lost).
_BURIED_DATELINE = re.compile(
    r"(?<=\s)(?P<place>[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}"
    r"(?:,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})?)\s*(?:--+|,)?\s*"
    r"(?:\((?P<p>[^()\n]{2,40})\)|/(?P<s>[^/\n]{2,40})/)\s*(?:--+|\u2014|\u2013|-)"
)


# "… of the Velmont Library.APRIL 22, 2021 — Text": a photo caption run into a dated
# dateline with no space between them (a page's caption and story in one line).
_GLUED_DATED_DATELINE = re.compile(
    rf"(?<=[a-z][.!?])(?=(?:{month_stems_pattern()})[A-Za-z]*\.?\s+"
    r"\d{1,2},?\s+(?:19|20)\d\d\s*(?:--+|\u2014|\u2013|-)\s+[A-Z])",
    re.IGNORECASE,
)


def _unglue_dated_dateline(text: str) -> str:
    """``text`` with a paragraph break before a dated dateline glued to the sentence
    before it (see ``_GLUED_DATED_DATELINE``), within the first 2,000 characters."""
    match = _GLUED_DATED_DATELINE.search(text[:2000])
    if match is None:
        return text
    return text[: match.start()] + "\n\n" + text[match.start() :]


def _unglue_buried_dateline(text: str) -> str:
    """``text`` with a paragraph break before a dateline that a long first line buries
    (see ``_BURIED_DATELINE``), so it is read as the dateline it is. Only a wire the
    table knows, within the first 2,000 characters, on a line of 300 or more."""
    for match in _BURIED_DATELINE.finditer(text[:2000]):
        if wire_name(match.group("p") or match.group("s") or "") is None:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.start())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        before = text[line_start : match.start()].strip()
        # ("NEW YORK & VELMONT, Calif.--(BUSINESS WIRE)--": the second city of a dateline
        # that opens its line is no buried one.)
        if len(line) < 300 or len(before) < 40 or re.search(r"(?:&|/|\band)$", before):
            continue
        return text[: match.start()].rstrip() + "\n\n" + text[match.start() :]
    return text


# "/Kestrel Wire/ -- PLACE, date (OTHER WIRE) --": a repost's own marker before the
# release's dateline, which carries the wire that first issued it.
# (At the text's start, or at the start of a paragraph under a headline: a repost keeps
# the release's own headline above the marker.)
_REPOST_MARK = re.compile(
    r"(?:\A|\n[ \t]*\n)[ \t]*(?P<mark>/[^/\n]{2,40}/)\s*(?:--+|\u2014|\u2013)\s*(?=[A-Z])"
)
# How far into the text a repost's marker may start: a headline or two above it.
_REPOST_MARK_WITHIN = 600
# "May 2, 2012 // Kestrel.com // Dunmar – Text": a page's header fields, "//" apart,
# glued to the story's first line.
_HEADER_FIELDS = re.compile(r"\A\s*(?P<fields>(?:[^/\n]{2,40}?\s+//\s+)+)(?=\S)")


def _unglue_header_lines(text: str) -> str:
    """``text`` with the two or more short lines that open a paragraph above its first long one
    ("Section", "Published: <date>", "By: Jane Doe" over the story's first line, with no
    blank line between) as paragraphs of their own: a page's header, never part of the
    story's first sentence. Only in the first 3,000 characters; a paragraph of lines of
    even length (hard-wrapped text) is left alone."""
    head, tail = text[:3000], text[3000:]
    out = []
    for para in re.split(r"(\n[ \t]*\n)", head):
        lines = para.split("\n")
        k = 0
        while k < len(lines) - 1 and 0 < len(lines[k].strip()) <= 60:
            k += 1
        # (Two lines or more: one short line over the story is its headline, read so.)
        if (
            1 < k < len(lines)
            and len(lines[k].strip()) > 150
            and not re.search(r"[.!?,;]$", lines[k - 1].strip())
        ):
            para = "\n\n".join(lines[:k]) + "\n\n" + "\n".join(lines[k:])
        out.append(para)
    return "".join(out) + tail


def _unglue_header_fields(text: str) -> str:
    """``text`` with a repost's wire marker, or a page's "//"-separated header fields,
    that open its first line on lines of their own (see ``_REPOST_MARK`` and
    ``_HEADER_FIELDS``), so that the dateline after them is read as one; nothing else
    changes. Only a marker followed by another wire's marker in the same line."""
    repost = _REPOST_MARK.search(text, 0, _REPOST_MARK_WITHIN)
    if repost is not None:
        line = text[repost.end() : (text.find("\n", repost.end()) + 1 or len(text) + 1) - 1]
        if any(
            wire_name(m.group("p") or m.group("s") or "") is not None
            for m in WIRE_RE.finditer(line[:300])
        ):
            above = text[: repost.start("mark")]
            return f"{above}{repost.group('mark')}\n\n{text[repost.end() :]}"
    fields = _HEADER_FIELDS.match(text)
    if fields is not None:
        parts = [f.strip() for f in fields.group("fields").split("//") if f.strip()]
        rest = text[fields.end() :]
        dated = next((p for p in parts if is_only_a_date(p)), None)
        place = re.match(
            r"(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\s+(?=[-\u2013\u2014]+\s)", rest
        )
        if dated is not None and place is not None:
            # "date // site // Dunmar – Text": the header's date is the dateline's.
            parts.remove(dated)
            rest = f"{place.group('place')}, {dated} {rest[place.end() :]}"
        return "\n\n".join(parts) + "\n\n" + rest
    return text


# "February 14,\n2007": a date a page's layout broke after its day, the year on the
# next line.
_SPLIT_DATE = re.compile(
    rf"\b(?P<day>(?:{month_stems_pattern(capitalised=True)})[a-z]*\.?\s+\d{{1,2}},)[ \t]*\n[ \t]*"
    r"(?=(?:19|20)\d\d\b)"
)


# "By: Dec. 02, 2014" on a line of its own, the page's furniture on the next.
_DATED_BYLINE_LINE = re.compile(r"^(?P<line>By\s*:\s*[^\n]{6,30}?)[ \t]*\n(?=[ \t]*\S)", re.M)


def _join_split_dates(text: str) -> str:
    """``text`` with a date broken over two lines after its day ("February 14,",
    "2007 by ...") joined on one line, and a byline that gives only a date ("By: Dec.
    02, 2014") made a paragraph of its own (the next line is a page's furniture, never
    part of it); only in the first 600 characters (a page's header), nothing else
    changes."""
    head, rest = text[:600], text[600:]
    head = _SPLIT_DATE.sub(lambda m: m.group("day") + " ", head)

    def own_paragraph(match: re.Match[str]) -> str:
        line = match.group("line")
        found = find_date(line)
        dated = found is not None and is_only_a_date(line[found.start :])
        return f"{line}\n\n" if dated else match.group(0)

    return _DATED_BYLINE_LINE.sub(own_paragraph, head) + rest


def _unglue_page_stamp(text: str) -> str:
    """``text`` with the headline, the agency's marker, the time stamp and the story of
    a page whose line breaks were lost (see ``_PAGE_STAMP``) on lines of their own;
    nothing else changes. Only within the first 600 characters, and only where a full
    date follows the label and a dateline in capitals follows the date."""
    for match in _PAGE_STAMP.finditer(text[:600]):
        found = find_date(text, match.end("label"), anchored=True)
        if found is None or found.date is None:
            continue
        clock = re.match(
            r"\s*(?:\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?)?\s+", text[found.end :]
        )
        after = found.end + (clock.end() if clock else 0)
        if clock is None or not re.match(
            r"[A-Z][A-Z .'’-]{2,40}(?:,[^\n]{0,40})?\s*(?:--|\u2014|\u2013|-\s)", text[after:]
        ):
            continue
        head = match.group("head")
        if not match.group("agency") and len(head) > 200:
            continue
        parts = [head]
        if match.group("agency"):
            parts.append(f"({match.group('agency')})")
        parts.append(text[match.start("label") : after].strip())
        # (The headline starts its own paragraph: the page's furniture above it is not it.)
        lead_break = "\n\n" if match.start() > 0 and text[match.start() - 1] == "\n" else ""
        return text[: match.start()] + lead_break + "\n\n".join(parts) + "\n\n" + text[after:]
    return text


# A photo caption's line, ended by its credit: "Jane Doe signs the accord. (Kestrel)".
_CREDITED_LINE = re.compile(r"(?m)([.!?]\s*\([A-Z][\w .&/'’-]{1,40}\))[ \t]*\n(?=[ \t]*\S)")


# A caption's credit run into the dateline after it: "... signs the accord. — KNA
# picVELMONT, May 4 — Text" (a page that prints the credit and drops the line break).
_CREDIT_INTO_DATELINE = re.compile(
    r"([.!?]\s*[\u2014\u2013-]+\s*(?:[A-Z][\w.&'’-]*\s+){1,3}(?:file\s+)?(?:pic|photo|picture))"
    r"(?=\s*[A-Z]{3,}[A-Z ]*,)"
)


def _caption_breaks(text: str) -> str:
    """``text`` with a paragraph break after each line a photo credit ends ("... on
    Tuesday. (Kestrel)") and after a credit run into the dateline ("— KNA picVELMONT,
    May 4 —"): a caption is a paragraph of its own, never the story's first sentence
    run together with it."""
    return _CREDIT_INTO_DATELINE.sub(r"\1\n\n", _CREDITED_LINE.sub(r"\1\n\n", text))


def _navigation_bar(line: str) -> bool:
    """Whether ``line`` is a site's navigation bar: three or more short items between
    bars or bullets ("Home | Webmail | Site Map"), none a sentence or a date. A bar of
    links is never a dateline, a wire marker nor a headline."""
    items = [x.strip() for x in re.split(r"[|\u2022\u00b7]", line) if x.strip()]
    return (
        len(items) >= 3
        and re.search(r"[|\u2022\u00b7]", line) is not None
        and all(len(x.split()) <= 3 and not re.search(r"\d|[.!?:;\"\u201d]$", x) for x in items)
    )


def _without_menus(text: str) -> str:
    """``text`` without the site menu a saved page copies above the story: a
    block of five or more lines of one to four words each, none ending a sentence
    ("National", "Politics", "More Sports", ...). A menu is never the headline, the
    dateline nor the story; the stored text keeps it (this is the metadata's view)."""
    blocks = re.split(r"(\n[ \t]*\n)", text)
    kept = []
    story = False
    for block in blocks:
        if not story:
            block = "\n".join(x for x in block.split("\n") if not _navigation_bar(x))
        lines = [x.strip() for x in block.splitlines() if x.strip()]
        # (Only above the story: a list inside it, of partners say, is the story's.)
        story = story or any(len(x) > 150 for x in lines)
        menu = (
            not story
            and len(lines) >= 5
            and all(len(x.split()) <= 4 and not re.search(r"[.!?:;\"\u201d]$", x) for x in lines)
        )
        kept.append("" if menu else block)
    return "".join(kept)


def read_metadata(
    text: str, hints: Hints | None = None, *, date: dt.date | None = None
) -> Metadata:
    """Split a release into metadata and narrative paragraphs.

    ``hints`` (a web page's or an e-mail's metadata) fill what the text does not say;
    ``date`` (``--date``) overrides the release date. The date is None when nothing
    gives one: the draft is still written, with the date marked for review.
    """
    hints = hints or Hints()
    warnings: list[str] = []
    header_date: dt.date | None = None
    header = HEADER_DATE_RE.match(text)
    value = find_date(text, header.end(), anchored=True) if header else None
    if header and value:
        header_date = value.date
        if header_date is None:
            raise IngestError(f"the date header {value.text!r} has no year")
        text = text[value.end :]

    text = _unglue_header_lines(
        _unglue_header_fields(
            _unglue_buried_dateline(
                _unglue_dated_dateline(_unglue_page_stamp(_join_split_dates(text)))
            )
        )
    )
    # (Lines of table borders or separators, "|", "\u2013 \u2013 \u2013", copied with a web
    # page say nothing.)
    paragraphs = [
        p for p in split_paragraphs(_caption_breaks(_without_menus(text))) if re.search(r"\w", p)
    ]
    if len(paragraphs) > 1 and re.match(rf"{re.escape(paragraphs[0])}(?=[A-Z])", paragraphs[1]):
        # "<headline>\n\n<headline>Velmont - Text": a page repeats its headline glued to
        # the story's first line; the story starts after it.
        paragraphs[1] = paragraphs[1][len(paragraphs[0]) :]
    lead = (
        _find_lead(paragraphs)
        or _marker_only_lead(paragraphs)
        or _date_place_line(paragraphs)
        or _dated_lead(paragraphs)
        or _city_country_lead(paragraphs)
    )
    if lead is not None:
        before = paragraphs[: lead.index]
        body = [*([lead.rest] if lead.rest else []), *paragraphs[lead.index + 1 :]]
    else:
        warnings.append(
            "no dateline found (CITY, Country, Month D, YYYY /Wire/ --): set source.dateline"
        )
        before, body = [], list(paragraphs)

    flat_dateline: Dateline | None = None
    after_label: str | None = None
    if lead is None:
        # Label lines, dates and a contact line open many releases without a dateline
        # ("News Release from X", "FOR IMMEDIATE RELEASE 2014-05-09", "Contact: ..."):
        # they belong above the headline, never in the story.
        while (
            len(body) > 1
            and len(body[0]) <= 150
            and (
                _BOILERPLATE_LINE.match(body[0])
                or is_only_a_date(body[0])
                or read_date_line(body[0]) is not None
                or _SECTION_LABEL.fullmatch(body[0])
                or _END_RE.match(body[0])
                or _dated_line(body[0]) is not None
                or _HEADER_LABEL.fullmatch(body[0])
                or _RELEASE_LABEL.match(body[0])
                or _LABEL_WORD.fullmatch(body[0])
                or _place_date_line(body[0]) is not None
                # The issuer's name on the line above the release label.
                or (_RELEASE_LABEL.match(body[1]) and _issuer_line(body[0]))
            )
        ):
            label = _RELEASE_LABEL.match(body[0])
            label_date = find_date(body[0], label.end(), anchored=True) if label else None
            if label_date is not None and len(body[0][label_date.end :].split()) >= 3:
                # "News Release - <date> <HEADLINE>": the label and date go above; the
                # headline stays to be read as one.
                before.append(body[0][: label_date.end])
                body[0] = after_label = body[0][label_date.end :].strip()
                break
            before.append(body.pop(0))
        label = _RELEASE_LABEL.match(body[0]) if body else None
        label_date = find_date(body[0], label.end(), anchored=True) if label else None
        if label_date is not None and len(body[0][label_date.end :].split()) >= 3:
            # A page whose line breaks were lost: "PRESS RELEASE No: 12/2021 Date: 7th
            # September 2019 <headline> ... <story>", or "News Release - <date> <headline>".
            # The label is not the title.
            before.append(body[0][: label_date.end])
            body[0] = body[0][label_date.end :].strip()
            if len(body[0]) <= 150:
                after_label = body[0]
        flat = _flattened_dateline(body[0], text) if body and len(body[0]) > 400 else None
        if flat is not None:
            before.append(body[0][: flat.start].strip())
            body[0] = body[0][flat.end :].strip()
            flat_dateline = flat.dateline
            warnings.append(
                f"dateline {flat.dateline.city!r} read from inside the first paragraph (a page"
                " whose line breaks were lost): check source.dateline and the title"
            )
    # When nothing precedes the dateline, a first short line without a full stop is a
    # headline on its own line.
    # (Never the dateline paragraph itself, and a sentence ending in a quote mark ends.)
    if (
        lead is None
        and len(body) > 1
        and len(body[0]) <= 300
        and not body[0].rstrip("\"'\u201d\u2019)]").endswith((".", "!", "?", ":"))
    ):
        before, body = [*before, body[0]], body[1:]
        # (A date line under the headline, "March 21, 2019", is not the story either, nor
        # a place and date line, "Velmont, October 3, 2008": the dateline on its own.)
        while len(body) > 1 and (
            is_only_a_date(body[0])
            or read_date_line(body[0])
            or _place_date_line(body[0]) is not None
        ):
            before.append(body.pop(0))

    release_date = _resolve_date(lead, before, paragraphs, header_date, date, hints, warnings)
    place_date = next((pd for pd in map(_place_date_line, before) if pd is not None), None)
    if lead is None and place_date is None:
        # ("<a page's note on the story>. <headline> Velmont, October 3, 2008 <story>": a
        # place and date line among the first lines, under a note the page added above.)
        place_date = next(
            (pd for pd in map(_place_date_line, paragraphs[:4]) if pd is not None), None
        )
    if lead is None and place_date is not None and release_date is None:
        release_date = place_date.date.date
        warnings[:] = [w for w in warnings if not w.startswith("no release date found")]
    # "COLORADO SPRINGS, Colorado, March 4 -- The Acme Foundation issued the following news
    # release on March 3, 2021:": a news service reprinting an organisation's release.
    reprint = _REPRINT.search(lead.rest if lead else "")
    reprint_date = find_date(reprint.group("date")) if reprint and reprint.group("date") else None
    if (
        reprint is not None
        and reprint_date is not None
        and reprint_date.date is not None
        and date is None
    ):
        if release_date != reprint_date.date:
            warnings.append(
                f"date {reprint_date.date.isoformat()} is the day {reprint.group('org')} issued"
                " the release: check source.date"
            )
        release_date = reprint_date.date
        warnings[:] = [w for w in warnings if not w.startswith("no release date found")]

    # The paragraphs before the dateline that are not the headline are part of the story
    # (a lead written above the dateline); boilerplate and date lines are not.
    title = _headline(before)
    heads = before
    if lead is None:
        # No dateline: the headline is among the short lines above the first long
        # paragraph (a page's furniture, "Skip to Main Content", is passed over).
        story = next((k for k, p in enumerate(paragraphs) if len(p) > 150), len(paragraphs))
        heads = [p for p in paragraphs[:story] if not re.search(r"[.!?]$", p)]
        title = _headline(heads)
        if title is None and after_label is not None and after_label in before:
            # "News Release - <date> <HEADLINE>": the headline after the label and date.
            title = after_label
    lead_in = [
        p
        for p in before
        if p != title
        and not _BOILERPLATE_LINE.match(p)
        and not _END_RE.match(p)
        and not _HEADER_LABEL.fullmatch(p)
        and not is_only_a_date(p)
        and sentences(p)
        and re.search(r"[.!?\"\u201d]$", p)
    ]
    body = _narrative(
        [p for p in [*lead_in, *body] if not _CREDIT_LINE.match(p) and not is_photo_caption(p)]
    )
    if not any(map(_has_sentence, body)):
        # Headings, a contact line, words with no full stop anywhere: a draft of them
        # would hold nothing to review, so nothing is written (exit 1).
        raise IngestError("no sentences found: this does not look like a press release")

    if title is None and hints.title:
        title = hints.title
    signed = (
        _signing_date_in_opening(paragraphs)
        if lead is None and release_date is None and title and _SIGNING_NEWS.search(title)
        else None
    )
    if signed is not None:
        # (Last: any date line of the page, "Velmont, 3 May 2010", dates it before this.)
        release_date = signed
        warnings[:] = [w for w in warnings if not w.startswith("no release date found")]
        warnings.append(
            f"date {signed.isoformat()} is the day the opening sentence says the agreement"
            " was signed, which the headline reports (the page gives no other date):"
            " check source.date"
        )
    if title is None:
        first = sentences(body[0])
        title = first[0] if first else body[0]
        title = title.rstrip(".").strip()
    if not re.search(r"\w", title):
        title = f"{_publisher_from_boilerplate(paragraphs) or 'Press'} release"
        warnings.append("no headline found: write a source.title")
    publisher = lead.publisher if lead else None
    if reprint is not None and (publisher is None or (lead is not None and lead.unknown_marker)):
        publisher = reprint.group("org")
        if lead is not None:
            lead.unknown_marker = False
        warnings.append(
            f"publisher {publisher!r}: the organisation whose release a news service reprinted"
        )
    if publisher is not None and lead is not None and lead.unknown_marker:
        warnings.append(
            f"publisher {publisher!r} read from a marker that is not a known wire"
            " (bot/vocab/wires.yaml): check source.publisher"
        )
    if publisher is None and hints.publisher and written_as_a_person(hints.publisher, text):
        # ("From: Erin Calloway <press@…>", the media contact: a person, never the
        # publisher; the release's own signs below decide.)
        warnings.append(
            f"the sender in {hints.origin}, {hints.publisher!r}, is a person the release"
            " names: the publisher is read from the release: check source.publisher"
        )
        hints = replace(hints, publisher=None)
    hinted = publisher is None and bool(hints.publisher)
    if publisher is None and hints.publisher:
        publisher = sender_organisation(hints.publisher)
        warnings.append(f"publisher taken from {hints.origin}: check source.publisher")
    standalone = _standalone_lines(text)
    if publisher is None and standalone.publisher:
        publisher = standalone.publisher
    credit_above = paragraphs[lead.index - 1].strip() if lead is not None and lead.index else ""
    if publisher is None and len(credit_above) <= 40:
        # ("<headline>\n\n<photo caption>\n\nKNA\n\nVELMONT - Text": the agency's credit
        # on the line right above the dateline, under a caption too long for the header.)
        publisher = agency_name(credit_above) or _joint_credit(credit_above)
    carried = _carried_by(text) if publisher is None else None
    if carried is not None:
        publisher = carried
        warnings.append(f"publisher {publisher!r}: the wire that distributed the release")
    source_line = _source_line(text) if publisher is None else None
    if source_line is not None:
        publisher = source_line
        warnings.append(
            f"publisher {publisher!r} read from the 'Source:' line below the story:"
            " check source.publisher"
        )
    # (Imported here: outlet reads the wire table through this module.)
    from bot.ingest import outlet as outlets

    outlet = outlets.best(text, "\n\n".join(body))
    if outlet is not None and publisher is None:
        publisher = outlet.name
        warnings.append(
            f"publisher {publisher!r} read from {outlet.evidence}: check source.publisher"
        )
    title = outlets.headline_without_site(title, outlet)
    if publisher is None and lead is None:
        # No dateline: a news site's byline above the story names the site.
        byline = next(
            (d.byline for d in map(_dated_line, paragraphs[:8]) if d is not None and d.byline),
            None,
        )
        if byline is not None:
            publisher = byline
            warnings.append(f"publisher {byline!r} read from the byline: check source.publisher")
    if publisher is None and lead is None and standalone.masthead:
        publisher = standalone.masthead
        warnings.append(
            f"publisher {publisher!r} read from the name above the headline: check source.publisher"
        )
    if publisher is None and _RNS_NUMBER.search(text[:_RNS_REACH]):
        # A regulatory announcement carries its service's number, as a wire its marker.
        publisher = _RNS
        warnings.append(
            f"publisher {publisher!r} read from the regulatory announcement's number: "
            "check source.publisher"
        )
    if publisher is None and _label_issuer(paragraphs) is None:
        # (A label's issuer is resolved by the draft, against the names the text defines.)
        publisher = _publisher_from_boilerplate(paragraphs)
        warnings.append(
            "no wire marker (/PRNewswire/, (BUSINESS WIRE), ...) found: check source.publisher"
        )
    if publisher is not None:
        written = _form_written(publisher, text)
        if written != publisher:
            warnings.append(
                f"publisher {written!r} as the text writes it ({publisher}): check source.publisher"
            )
            publisher = written
    dateline = lead.dateline if lead else None
    if lead is None and place_date is not None:
        dateline = place_date.dateline
        warnings[:] = [w for w in warnings if not w.startswith("no dateline found")]
        warnings.append(
            f"dateline {dateline.city!r} read from a line of its own above the story: check it"
        )
    if dateline is None and flat_dateline is not None:
        dateline = flat_dateline
        warnings[:] = [w for w in warnings if not w.startswith("no dateline found")]
    if dateline is None and standalone.city:
        dateline = Dateline(standalone.city, None)
        warnings.append(f"dateline city {standalone.city!r} read from a line of its own: check it")
    reported_from = _byline_place(paragraphs) if dateline is None else None
    if reported_from is not None:
        dateline = reported_from
        warnings[:] = [w for w in warnings if not w.startswith("no dateline found")]
        warnings.append(
            f"dateline city {dateline.city!r} read from the reporter's byline: check it"
        )
    if dateline is None and not any(w.startswith("no dateline found") for w in warnings):
        # ("5 May 2019 - Text", "(KVNews) - Text": a lead with no place in it.)
        warnings.append("no dateline city found: set source.dateline")
    return Metadata(
        date=release_date,
        dateline=dateline,
        publisher=publisher,
        title=_trim(title),
        paragraphs=body,
        warnings=warnings,
        logo_owner=_logo_owner(text),
        label_issuer=_label_issuer(paragraphs),
        copyright_owner=_copyright_owner(text),
        department=_department_line(paragraphs),
        masthead=next(
            (line for line, following in pairwise(heads) if _masthead(line, following)),
            None,
        )
        or _office_above(heads, title),
        news_report=lead is not None and lead.news_style,
        unknown_marker=publisher is not None and lead is not None and lead.unknown_marker,
        byline=any(_REPORTER_BYLINE.fullmatch(p) for p in paragraphs[:6]),
        publisher_hinted=hinted and publisher is not None,
    )


# "RNS Number : 1234A": a London Stock Exchange regulatory announcement (Regulatory News
# Service) gives its number in its header, where a release has its wire marker.
_RNS_NUMBER = re.compile(r"^\s*RNS\s+Number\s*:\s*[0-9]{3,5}[A-Z]\b", re.MULTILINE)
_RNS = "RNS"
# How far into the text the announcement's header reaches (characters).
_RNS_REACH = 3000


# A government department's name on a line of its own near the headline ("Office of
# the Harbour Commissioner", "Ministry of Rural Affairs"); not its press office.
_DEPARTMENT_LINE = re.compile(
    r"(?:(?:Office|Department|Ministry|Bureau|Agency|Secretariat)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?!(?:Press|Media|Public|Communications?|Information)\b)[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w'’-]*)){0,6})"
)


# "By Jane Doe", "By: Jane M. Doe": a reporter's byline on a line of its own.
_REPORTER_BYLINE = re.compile(
    r"\s*By:?\s+[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z]\.|[A-Z][a-z][\w'’-]*)){1,3}\s*"
)


def _department_line(paragraphs: list[str]) -> str | None:
    """The department a government page names on a line of its own above or just below
    its headline, before the story's first long paragraph, or None."""
    for para in paragraphs[:10]:
        if len(para) > 150:
            break
        if _DEPARTMENT_LINE.fullmatch(para.strip()):
            return para.strip()
    return None


# "© Velmont Fund/J. Doe" (a photo credit), "© 2024 Velmont Fund. All rights reserved.",
# "Copyright (c) Velmont Fund": the name after the copyright sign.
_COPYRIGHT = re.compile(
    r"(?:\u00a9|\(c\)|copyright)(?:\s*(?:\u00a9|\(c\)))?\s*(?:(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:19|20)\d\d)?,?\s*)?"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w&'’-]*)){0,6})",
    re.IGNORECASE,
)


# "Distributed by Velmont NewsWire on behalf of Acme", "By Velmont Wire Service": a line
# naming the wire or news service that carried the release.
_CARRIED_BY = re.compile(
    r"(?:(?:distributed|issued|released|disseminated|transmitted)\s+(?:by|via|through)|by|via)\s+"
    r"(?P<wire>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})(?:\s+on\s+behalf\s+of\b.*|[.]?)",
    re.IGNORECASE,
)
_WIRE_WORDS = re.compile(
    r"(?:news\s*wire|wire(?:\s+service)?|press\s*wire|news\s+service|news\s+agency|"
    r"press\s+agency)$",
    re.IGNORECASE,
)


def _carried_by(text: str) -> str | None:
    """The wire a "Distributed by X" or "By X Wire Service" line names, or None. Known
    wires by their table name (bot/vocab/wires.yaml); others only when the name says it
    is a wire or a news service."""
    for line in text.splitlines():
        match = _CARRIED_BY.fullmatch(line.strip())
        if match is None or len(line) > 160:
            continue
        wire = match.group("wire").strip(" .")
        known = wire_name(wire)
        if known is not None:
            return known
        if _WIRE_WORDS.search(wire):
            return wire
    return None


# "Source: Kestrel News Agency", "SOURCE Acme Corp.": the line that names who issued the
# story (a wire's footer names the issuing organisation the same way).
_SOURCE_LINE = re.compile(
    r"(?:Source|SOURCE)\s*:?\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*"
    r"[A-Z][\w&.'’-]*){0,7})\.?"
)


def _source_line(text: str) -> str | None:
    """The organisation a "Source:" line on its own names, or None."""
    for line in text.splitlines():
        match = _SOURCE_LINE.fullmatch(line.strip())
        if match is not None and len(line) <= 100:
            return match.group("name").rstrip(".")
    return None


def _copyright_owner(text: str) -> str | None:
    """The name a copyright line or a photo credit gives (the page's owner, or the
    photographer's employer), or None."""
    for line in text.splitlines():
        match = _COPYRIGHT.match(line.strip())
        if match and len(line) < 160 and match.group("name")[:1].isupper():
            return match.group("name")
    return None


def _logo_owner(text: str) -> str | None:
    """The name in the first logo caption above the story, if it names one."""
    for line in [x.strip() for x in text.splitlines()[:15] if x.strip()]:
        if len(line) > 120:
            break  # the story has started
        match = _LOGO_LINE.match(line)
        if match:
            return match.group("name")
    return None


def _named_again(line: str, text: str) -> bool:
    """Whether the capitals of ``line`` name something the headline or story writes the
    same way: a company's logo line ("ORRIN" under "ORRIN Joins ...", then "ORRIN said"),
    not a dateline city, which the story writes in title case if at all."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(line)}(?![\w-])")
    return len(pattern.findall(text)) >= _NAMED_AGAIN


# A logo line's name is written again at least once beyond the line itself.
_NAMED_AGAIN = 2


@dataclass(frozen=True, slots=True)
class _Standalone:
    publisher: str | None
    city: str | None
    # A name in capitals on the first line, above the headline.
    masthead: str | None = None


def _standalone_lines(text: str) -> _Standalone:
    """A wire ("PRNewswire") or a dateline city ("NEW YORK") on a line of its own, above
    the story, as pages copied from a newsroom often print them."""
    publisher = city = masthead = None
    lines = [x.strip() for x in text.splitlines()[:12] if x.strip()]
    for index, line in enumerate(lines):
        if publisher is None and len(line) <= 60:
            # ("Kestrel News Agency" on its own line, "By Kestrel News Agency", "By
            # Kestrel writer Jane Doe": an agency's name or byline above the story.)
            publisher = agency_name(line) if len(line) <= 40 else None
            publisher = publisher or _agency_byline(line) or _joint_credit(line)
            if publisher is not None:
                continue
        if (
            city is None
            and re.fullmatch(r"[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,2}", line)
            and len(line) > 3
            and not _BOILERPLATE_LINE.match(line)
            and not re.search(
                r"\b(?:NEWS|RELEASE|UPDATE|CONTACTS?|MEDIA|ADVISORY|STATEMENT|NOTE|ALERT|LOGO|IMAGE|"
                r"PHOTO|MENU|HOME|SEARCH|LOGIN|SHARE)\b",
                line,
            )
        ):
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if index == 0 and len(lines) > 1 and len(lines[1]) <= 150:
                # "DUNMAR DAILY" above the headline: a newspaper's masthead, not a place
                # (a dateline city on its own line sits between the headline and story).
                masthead = _title_case(line)
            elif (
                len(following.split()) >= 8
                and not re.match(r"[-\u2013\u2014\u2022*]", following)
                and not _named_again(line, text)
            ):
                # A dateline city opens the story; a heading in capitals over a list
                # ("HIGHLIGHTS" above "- ...") or a short line is a section's name.
                city = _title_case(line)
        if len(line) > 120:
            break  # the story has started
    return _Standalone(publisher, city, masthead)


# A photo's caption with its credit ("Inside the test hall. Photo credit: Acme / J. Doe"):
# the picture's words, never the story's, so the credited name is no
# party and never the first organisation named.
_PHOTO_CREDIT = re.compile(
    r"\b(?:(?:photo|image|picture|photograph)s?\s+)?(?:credits?|courtesy)\s*:\s*[A-Z]",
    re.IGNORECASE,
)


def is_photo_caption(paragraph: str) -> bool:
    """Whether ``paragraph`` is a photo's caption: short, and ending with its credit."""
    credit = _PHOTO_CREDIT.search(paragraph)
    return (
        credit is not None
        and len(paragraph) <= 300
        and not re.search(r"[.!?\"\u201d]\s*$", paragraph[credit.end() :])
    )


# A contact block run into one paragraph under its label ("Contacts Acme Jane Doe,
# Media Relations press@…"): no prose, so no sentence end.
_CONTACT_BLOCK = re.compile(r"(?:(?:media|press|investor)\s+)?contacts?\s", re.IGNORECASE)
# An "About X" heading of the boilerplate, alone in its paragraph.
_ABOUT_LINE = re.compile(r"About\s+\S.{0,80}")


def _narrative(paragraphs: list[str]) -> list[str]:
    """The story's paragraphs: up to the first contact block, wire footer or legal text,
    and past it each "About X" section (heading and text, up to the next such end), read
    wherever it stands: an issuer's boilerplate after its safe-harbour text is still its."""
    out: list[str] = []
    ended = False
    for para in paragraphs:
        if _END_RE.match(para) or (_CONTACT_BLOCK.match(para) and not _is_story(para)):
            if not any(_is_story(p) for p in out):
                # "Contact: Jane Doe (555) 0100" above the headline: a header, not the end.
                continue
            ended = True
            continue
        if ended and _ABOUT_LINE.fullmatch(para):
            ended = False
        if not ended:
            out.append(para)
    return out


def _is_story(paragraph: str) -> bool:
    """A paragraph of prose: several words ending a sentence (not a label or a heading)."""
    return len(paragraph.split()) >= 8 and re.search(r"[.!?\"\u201d\u2019]$", paragraph) is not None


def _publisher_from_boilerplate(paragraphs: list[str]) -> str | None:
    """Without a wire, the company in the "About X" section is the issuer."""
    return next((name for para in paragraphs if (name := about_heading(para)) is not None), None)
