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
from dataclasses import dataclass, field

from bot.ingest.errors import IngestError
from bot.ingest.text import sentences, split_paragraphs

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
# "April 21, 2018", "Apr. 21 2018", "21 April 2018", "2018-04-21".
DATE_RE = re.compile(
    rf"(?P<md>(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}}))"
    rf"|(?P<dm>(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>\d{{4}}))"
    r"|(?P<iso>(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))",
)
# A ``date YYYY-MM-DD`` header line (the seed release carries one before its dateline).
HEADER_DATE_RE = re.compile(r"^\s*date\s*[:=]?[ \t]*(?=\d|[A-Z])", re.IGNORECASE)

# Wire markers, written /Name/ or (NAME), and the publisher each one stands for.
_WIRES: tuple[tuple[str, str], ...] = (
    (r"PR\s?Newswire(?:[-\u2013 ][A-Za-z]+)*", "PR Newswire"),
    (r"Business\s?Wire", "Business Wire"),
    (r"Globe\s?Newswire", "GlobeNewswire"),
    (r"CNW(?:\s+Telbec)?|Canada\s?Newswire", "CNW"),
    (r"ACCESS\s?WIRE", "ACCESSWIRE"),
    (r"Newsfile\s+Corp\.?(?:\s*-\s*[^)]*)?", "Newsfile"),
    (r"EIN\s?Presswire", "EIN Presswire"),
    (r"Marketwired?", "Marketwired"),
    (r"PRWeb", "PRWeb"),
    (r"Xinhua", "Xinhua"),
    (r"Reuters", "Reuters"),
    (r"AP", "Associated Press"),
    (r"JCN\s?Newswire", "JCN Newswire"),
    (r"ANTARA", "Antara"),
    (r"KYODO", "Kyodo"),
)
WIRE_RE = re.compile(
    r"(?P<mark>/\s*(?P<s>[A-Za-z][^/\n]{1,40}?)\s*/|\(\s*(?P<p>[A-Za-z][^()\n]{1,40}?)\s*\))"
    r"\s*(?:--+|\u2014|\u2013|-)?\s*"
)
_DASH_RE = re.compile(r"\s*(?:--+|\u2014|\u2013)\s*|\s+-\s+")

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
    r"^(?:for immediate release|news release|press release|media (?:release|advisory)|"
    r"embargoed.*|(?:https?://|www\.)\S+|page \d+.*)$",
    re.IGNORECASE,
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


@dataclass(slots=True)
class Metadata:
    date: dt.date
    dateline: Dateline | None
    publisher: str | None
    title: str
    # The release's narrative paragraphs, dateline prefix removed, footer dropped.
    paragraphs: list[str] = field(default_factory=list)
    # Things the reviewer should double-check (shown in the draft's header).
    warnings: list[str] = field(default_factory=list)


def parse_date(match: re.Match[str]) -> dt.date | None:
    try:
        if match.group("md"):
            month = MONTHS[match.group("m1").lower().rstrip(".")]
            return dt.date(int(match.group("y1")), month, int(match.group("d1")))
        if match.group("dm"):
            month = MONTHS[match.group("m2").lower().rstrip(".")]
            return dt.date(int(match.group("y2")), month, int(match.group("d2")))
        return dt.date(int(match.group("y3")), int(match.group("m3")), int(match.group("d3")))
    except (KeyError, ValueError):
        return None


def wire_name(marker: str) -> str | None:
    """The publisher a wire marker stands for (``/PRNewswire/`` -> PR Newswire)."""
    inner = marker.strip().strip("/()").strip()
    for pattern, name in _WIRES:
        if re.fullmatch(pattern, inner, re.IGNORECASE):
            return name
    return None


def _title_case(word_run: str) -> str:
    """HANGZHOU -> Hangzhou, SAN FRANCISCO -> San Francisco; mixed case is kept."""
    if not word_run.isupper() or len(word_run.replace(".", "")) <= 3:
        return word_run
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word_run)


def parse_place(prefix: str) -> Dateline | None:
    """ "HANGZHOU, China" / "AUSTIN, Texas" / "LONDON" -> a Dateline, or None."""
    parts = [p.strip(" .,") for p in prefix.split(",")]
    parts = [p for p in parts if p]
    if not parts or not re.match(r"[A-Z]", parts[0]) or len(parts[0].split()) > 5:
        return None
    city = _title_case(parts[0])
    country: str | None = None
    if len(parts) > 1:
        last = parts[-1]
        if last.lower().rstrip(".") in US_STATES and len(parts) == 2:
            # "AUSTIN, Texas": AP style puts the state where the country would be.
            country = "United States"
        else:
            country = _title_case(last)
    return Dateline(city, country)


@dataclass(slots=True)
class _Lead:
    index: int
    dateline: Dateline | None
    date: dt.date | None
    publisher: str | None
    rest: str


def _find_lead(paragraphs: list[str]) -> _Lead | None:
    """The dateline paragraph among the first few: place, date and wire before the text."""
    for index, para in enumerate(paragraphs[:8]):
        head = para[:220]
        publisher: str | None = None
        cut: tuple[int, int] | None = None
        for match in WIRE_RE.finditer(head):
            name = wire_name(match.group("mark"))
            if name is None:
                continue
            publisher, cut = name, (match.start(), match.end())
            break
        if cut is None:
            dash = _DASH_RE.search(head)
            if dash is None or dash.start() == 0:
                continue
            cut = (dash.start(), dash.end())
        prefix = para[: cut[0]].strip(" -\u2013\u2014,")
        rest = para[cut[1] :].lstrip(" -\u2013\u2014")
        # "SINGAPORE - Media OutReach - 5 March 2021 - Text": a wire named between dashes.
        named = re.match(
            r"([A-Z][\w .&]{2,30}?)\s*(?:--+|\u2014|\u2013|-)\s*(?=\d|[A-Z][a-z]+\.? \d)", rest
        )
        if publisher is None and named and DATE_RE.match(rest, named.end()):
            publisher, rest = named.group(1).strip(), rest[named.end() :]
        # The date may sit after the wire ("LONDON, (BUSINESS WIRE) -- March 3, 2020 --").
        date_match = DATE_RE.search(prefix) or DATE_RE.match(rest)
        date = parse_date(date_match) if date_match else None
        if date_match is not None and date_match.string is rest:
            rest = _DASH_RE.sub("", rest[date_match.end() :], count=1).lstrip(" ,")
        place_text = DATE_RE.sub("", prefix).strip(" ,-\u2013\u2014")
        # A dateline is short and starts with a capitalised place, usually in capitals.
        # A full stop only ends an abbreviation here ("SEATTLE, Wash."), not a sentence.
        last_word = place_text.split()[-1] if place_text else ""
        if not place_text or len(place_text) > 100 or place_text.endswith(("!", "?")):
            continue
        if place_text.endswith(".") and len(last_word) > 6:
            continue
        # Without a wire or a date, only a place in capitals ("MÜNCHEN") is a dateline.
        first_word = place_text.split(",")[0].split()[0]
        if (
            publisher is None
            and date is None
            and not (first_word.isupper() and len(first_word) > 1)
        ):
            continue
        dateline = parse_place(place_text)
        if dateline is None or not rest:
            continue
        return _Lead(index, dateline, date, publisher, rest)
    return None


def _trim(text: str, limit: int = 300) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "\u2026"


def _headline(lines: list[str]) -> str | None:
    for line in lines:
        if _BOILERPLATE_LINE.match(line) or DATE_RE.fullmatch(line.split(" ", 3)[0]):
            continue
        # A line that is only a date and a time ("March 3, 2020 09:00 AM Eastern ...").
        date = DATE_RE.match(line)
        if (
            date
            and len(line) - date.end() < 40
            and not re.search(r"[a-z]{4,}\s+[a-z]{4,}", line[date.end() :])
        ):
            continue
        if len(line.split()) >= 3:
            return line
    return None


def read_metadata(text: str) -> Metadata:
    """Split a release into metadata and narrative paragraphs."""
    warnings: list[str] = []
    header_date: dt.date | None = None
    header = HEADER_DATE_RE.match(text)
    value = DATE_RE.match(text, header.end()) if header else None
    if header and value:
        header_date = parse_date(value)
        if header_date is None:
            raise IngestError(f"the date header {value.group(0)!r} is not a valid date")
        text = text[value.end() :]

    paragraphs = split_paragraphs(text)
    lead = _find_lead(paragraphs)
    if lead is not None:
        before = paragraphs[: lead.index]
        body = [lead.rest, *paragraphs[lead.index + 1 :]]
    else:
        warnings.append(
            "no dateline found (CITY, Country, Month D, YYYY /Wire/ --): set source.dateline"
        )
        before, body = [], paragraphs

    # When nothing precedes the dateline, a first short line without a full stop is a
    # headline on its own line.
    if (
        not before
        and len(body) > 1
        and len(body[0]) <= 300
        and not body[0].endswith((".", "!", "?", ":"))
    ):
        before, body = [body[0]], body[1:]

    date = header_date or (lead.date if lead else None)
    if date is None and lead is not None:
        # Business Wire puts the date on a line of its own above the dateline.
        for para in before:
            match = DATE_RE.match(para)
            parsed = parse_date(match) if match else None
            if parsed:
                date = parsed
                break
    if date is None:
        for para in paragraphs[:6]:
            match = DATE_RE.search(para)
            parsed = parse_date(match) if match else None
            if parsed:
                date = parsed
                warnings.append(f"date {parsed.isoformat()} guessed from the text, not a dateline")
                break
    if date is None:
        raise IngestError(
            "no release date found: add a line 'date YYYY-MM-DD' at the top of the file"
        )

    body = _narrative(body)
    if not any(sentences(p) for p in body) or not any(re.search(r"[A-Za-z]{2,}", p) for p in body):
        raise IngestError("no sentences found: this does not look like a press release")

    title = _headline(before)
    if title is None:
        first = sentences(body[0])
        title = first[0] if first else body[0]
        title = title.rstrip(".").strip()
    if not re.search(r"\w", title):
        title = (
            f"{_publisher_from_boilerplate(paragraphs) or 'Press'} release of {date.isoformat()}"
        )
        warnings.append("no headline found: write a source.title")
    publisher = lead.publisher if lead else None
    if publisher is None:
        publisher = _publisher_from_boilerplate(paragraphs)
        warnings.append(
            "no wire marker (/PRNewswire/, (BUSINESS WIRE), ...) found: check source.publisher"
        )
    return Metadata(
        date=date,
        dateline=lead.dateline if lead else None,
        publisher=publisher,
        title=_trim(title),
        paragraphs=body,
        warnings=warnings,
    )


def _narrative(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for para in paragraphs:
        if _END_RE.match(para):
            break
        out.append(para)
    return out


def _publisher_from_boilerplate(paragraphs: list[str]) -> str | None:
    """Without a wire, the company in the "About X" section is the issuer."""
    for para in paragraphs:
        match = re.fullmatch(r"About\s+(?:the\s+)?(.{2,80}?)[:.]?", para)
        if match:
            return match.group(1)
    return None
