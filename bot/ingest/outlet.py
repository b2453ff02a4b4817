"""The outlet a news page names: candidates for ``source.publisher``, each with its evidence.

A news site or agency that runs a story names itself on the page, in a few places whose
layout is the same from one site to the next, whatever the site:

* in the page's header, above the story: a site name after the headline ("<headline> --
  Kestrel.Net", "<headline> | Dunmar Daily"), a logo's caption ("kestrel daily logo"),
  a web site's name among the header's fields ("May 2, 2012 // Kestrel.com // Dunmar");
* at the story's end: an agency's credit on a line of its own ("--KNA"), perhaps above a
  desk's initials ("ab/cd/") or the site's note on syndicated copy.

Each place gives a candidate with a weight (how often that place names the outlet
rather than something else, judged on the dev sets' pages: a web address's name is
always the site; a caption or a headline's suffix nearly always). The best one above
``_ENOUGH`` is taken, with a review note naming its evidence; nothing is taken when the
page names no outlet (the gold of some dev releases comes from the URL alone, which
the text cannot give): a blank publisher with a note beats a party's name.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.ingest.metadata import OUTLET_WORDS, wire_name
from bot.ingest.voice import SITE_OPENER
from bot.textnorm import normalize

# A web site's own name: "Kestrel.Net", "Franchising.com", "dunmar-news.co.uk".
_DOMAIN_NAME = re.compile(
    r"(?<![\w@/.-])(?P<name>[A-Za-z][\w-]{1,40}\.(?:com|net|org|info|news|biz|co\.uk|com\.au"
    r"|co\.in|co\.za|in|au|uk|ie|ca|ph|sg|my|ng|ke|za|tv))(?![\w.-])",
    re.IGNORECASE,
)
# "<headline> -- Site Name" / "<headline> | Site Name": the page title's suffix.
_TITLE_SUFFIX = re.compile(
    r"^(?P<head>.{12,}?\S)\s+(?:--|\||\u2014|\u2013)\s+"
    r"(?P<site>[A-Z][\w.&'’-]*(?:\s+[A-Za-z][\w.&'’-]*){0,3})\s*$"
)
# "kestrel daily logo", "Kestrel Daily Logo": an image's caption, the site's own logo.
_LOGO_CAPTION = re.compile(r"^(?P<name>[A-Za-z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,3})\s+logo$", re.I)
# "Kestrel: The Art & Business of Grids": a site's name and its tagline, the page's title.
_NAME_AND_TAGLINE = re.compile(
    r"^(?:\s*date\s+\d{4}-\d\d-\d\d\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}):\s+"
    r"(?P<tagline>[A-Z][\w'’-]*(?:\s+(?:[A-Z&][\w'’-]*|of|and|for|the|in|on|to)){2,8})$"
)
# An agency's credit on a line of its own at the end: "--KNA", "— Kestrel News".
_CREDIT = re.compile(
    r"^(?:--+|\u2014|\u2013|-)\s*(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})$"
)
# What follows a credit: a desk's initials ("ab/cd/"), a note on the copy in brackets.
_AFTER_CREDIT = re.compile(r"^(?:[a-z]{1,5}(?:/[a-z]{1,5})+/?|\(.*|\[.*)$")


def _name(more: str = "{0,4}") -> str:
    """The pattern of an outlet's name captured as ``name``: a capitalised word, then
    ``more`` (a repeat count) words that start with a capital or "&" ("Kestrel & Vine
    Review")."""
    return rf"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){more})"


# "Brought to you by Kestrel Home Review": a trade site's header line over its stories.
_BROUGHT_BY = re.compile(
    rf"^(?:brought\s+to\s+you\s+by|courtesy\s+of)\s+{_name()}\.?$", re.IGNORECASE
)
# "A service of Kestrel Chip News, Orrin Media Inc. Story posted at ...": a trade
# paper's line in its page header, naming itself first (its owner after the comma).
_SERVICE_OF = re.compile(
    rf"^(?i:an?\s+(?:service|publication)\s+of)\s+{_name()}(?=\s*(?:[,.;|]|$))"
)
# "By Kestrel Home Review in Outdoor on March 2010": a site's byline, with its section.
_SITE_BYLINE = re.compile(rf"^By:?\s+{_name()}\s+in\b.{{0,40}}?\s+on\b")
# "By JANE DOE in Velmont(Kestrel Daily Asia)": a reporter's byline, the paper in brackets.
_BRACKETED_AFTER_BYLINE = re.compile(
    r"^By:?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+in\s+[A-Z][\w'’ .-]{1,30}?\s*"
    rf"\({_name()}\)\s*$"
)
# "Kestrel Home Review" on a line of its own in the header: a masthead, when it ends in
# a word mastheads end in (see ``metadata.OUTLET_WORDS``).
_MASTHEAD = re.compile(rf"^{_name('{1,4}')}$")
# "Plus, get the best of KestrelWorld delivered to your inbox": a site's sign-up box.
_SIGN_UP = re.compile(rf"\bget\s+the\s+(?:best|latest)\s+of\s+{_name('{0,3}')}\s+delivered\b")

# Below this weight a candidate is left for the reviewer.
_ENOUGH = 0.6
_WEIGHTS = {
    "a web site's name in the page header": 0.9,
    "an agency's credit closing the story": 0.85,
    "a web site's name opening the story": 0.85,
    "a logo's caption above the story": 0.7,
    "a site name after the headline": 0.65,
    "a site's name and tagline over the page's menus": 0.6,
    "a 'brought to you by' line in the page header": 0.85,
    "a 'service of' line in the page header": 0.85,
    "the paper in brackets after a reporter's byline": 0.85,
    "a site's byline with its section": 0.8,
    "a site's sign-up box": 0.7,
    "a masthead line under the headline": 0.65,
}


class Outlet(NamedTuple):
    """A candidate outlet: its name as the page writes it, where it was found, a weight."""

    name: str
    evidence: str
    weight: float


def _header_lines(text: str) -> list[str]:
    """The page's lines above the story (up to its first long line, at most 15), and
    the short fields a long first line opens with ("May 2, 2012 // Kestrel.com // ...")."""
    out = []
    for line in (x.strip() for x in text.splitlines()):
        if not line:
            continue
        if len(line) > 160 or len(out) >= 15:
            fields = re.split(r"\s+(?://|\|)\s+", line)
            out += [f for f in fields[:-1] if len(f) <= 40]
            break
        out.append(line)
    return out


def _written_in(name: str, story: str) -> bool:
    """Whether ``story`` writes ``name`` (case, hyphens and punctuation aside)."""
    key = normalize(name)
    return bool(key) and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", normalize(story)) is not None


def _without_credits(name: str, story: str) -> str:
    """``story`` without the places it credits ``name`` as its site ("By <name> in",
    "Brought to you by <name>"), which a page may repeat between or under its stories."""
    return re.sub(
        rf"\b(?:By:?|brought\s+to\s+you\s+by|courtesy\s+of)\s+{re.escape(name)}\b",
        " ",
        story,
        flags=re.IGNORECASE,
    )


def _site_case(name: str) -> str:
    """A caption in lower case ("kestrel daily") written as a name ("Kestrel Daily")."""
    return name.title() if name.islower() else name


def candidates(text: str, story: str) -> list[Outlet]:
    """Every outlet candidate the page shows, best first. ``story`` is the narrative
    (without the header): a name the story itself writes is a party of it, no site."""
    found: list[Outlet] = []

    def add(name: str, evidence: str) -> None:
        name = name.strip(" .,:;")
        if len(name) >= 2:
            found.append(Outlet(name, evidence, _WEIGHTS[evidence]))

    header = _header_lines(text)
    # (A page without a dateline leaves its header lines in the story, and a page may
    # repeat its byline under the story: neither is the story naming a party.)
    story = "\n".join(
        line
        for line in story.splitlines()
        if line.strip() not in header or re.search(r"[.!?][\"”’']?$", line.strip())
    )
    for line in header:
        for match in _DOMAIN_NAME.finditer(line):
            if not re.search(rf"(?<![\w.-]){re.escape(match.group('name'))}", story):
                add(match.group("name"), "a web site's name in the page header")
        caption = _LOGO_CAPTION.match(line)
        # (A party's logo names the party, which the draft reads as the issuer.)
        if caption is not None and not _written_in(caption.group("name"), story):
            add(_site_case(caption.group("name")), "a logo's caption above the story")
    for k, line in enumerate(header):
        for pattern, evidence in (
            (_BROUGHT_BY, "a 'brought to you by' line in the page header"),
            (_SERVICE_OF, "a 'service of' line in the page header"),
            (_SITE_BYLINE, "a site's byline with its section"),
            (_BRACKETED_AFTER_BYLINE, "the paper in brackets after a reporter's byline"),
        ):
            match = pattern.match(line)
            if match is not None and not _written_in(
                match.group("name"), _without_credits(match.group("name"), story)
            ):
                add(match.group("name"), evidence)
        masthead = _MASTHEAD.match(line) if k > 0 else None
        if (
            masthead is not None
            and masthead.group("name").split()[-1].lower() in OUTLET_WORDS
            and not _written_in(masthead.group("name"), story)
        ):
            add(masthead.group("name"), "a masthead line under the headline")
    sign_up = _SIGN_UP.search("\n".join(header))
    if sign_up is not None and not _written_in(
        sign_up.group("name"), story.replace(sign_up.group(0), " ")
    ):
        add(sign_up.group("name"), "a site's sign-up box")
    # (One separator only, after a headline of several words: "Home | News | Site Map"
    # is a menu.)
    if header and len(re.findall(r"\s(?:--|\||\u2014|\u2013)\s", header[0])) == 1:
        suffix = _TITLE_SUFFIX.match(header[0])
        if (
            suffix is not None
            and len(suffix.group("head").split()) >= 4
            and not re.search(rf"(?<![\w-]){re.escape(suffix.group('site'))}(?![\w-])", story)
        ):
            add(suffix.group("site"), "a site name after the headline")
    # (Over at least three short lines of menus and stamps: a headline "Acme: A New
    # Deal For Grids" stands over the story itself.)
    tagline = _NAME_AND_TAGLINE.match(header[0]) if len(header) >= 4 else None
    if tagline is not None and not re.search(
        rf"(?<![\w-]){re.escape(tagline.group('name'))}(?![\w-])", story
    ):
        add(tagline.group("name"), "a site's name and tagline over the page's menus")
    # (Written once, at the start only: a site the story goes on to name is a party.)
    opener = SITE_OPENER.match(text)
    if opener is not None and len(re.findall(re.escape(opener.group("name")), text)) == 1:
        add(opener.group("name"), "a web site's name opening the story")
    tail = [x.strip() for x in text.rstrip().splitlines()[-12:] if x.strip()]
    while tail and _AFTER_CREDIT.match(tail[-1]) and len(tail[-1]) < 200:
        tail.pop()
    credit = _CREDIT.match(tail[-1]) if tail else None
    if credit is not None:
        name = wire_name(credit.group("name"))
        if name is not None:
            add(name, "an agency's credit closing the story")
    return sorted(found, key=lambda o: -o.weight)


def credits_an_agency(text: str) -> str | None:
    """The wire or news agency the opening credits in a marker ("(Kestrel Post / KNA -
    21st Dec, 2021)", "/KNA/"), by its table name, or None: an agency that wrote the story
    is its publisher, whichever site reposted it."""
    for match in re.finditer(r"\(([^()\n]{2,80})\)|/([^/\n]{2,40})/", text[:600]):
        for part in re.split(r"\s*(?:/|\s-\s|,)\s*", match.group(1) or match.group(2)):
            name = wire_name(part.strip())
            if name is not None:
                return name
    return None


def best(text: str, story: str) -> Outlet | None:
    """The outlet to take as publisher (see the module's weights), or None; None too
    when the opening credits an agency (``credits_an_agency``)."""
    if credits_an_agency(text) is not None:
        return None
    found = candidates(text, story)
    return found[0] if found and found[0].weight >= _ENOUGH else None


def headline_without_site(title: str, outlet: Outlet | None) -> str:
    """The headline without the site name the page title appends ("<headline> -- Site")."""
    if outlet is None:
        return title
    match = _TITLE_SUFFIX.match(title)
    if match is not None and match.group("site").strip(" .") == outlet.name:
        return match.group("head")
    return title
