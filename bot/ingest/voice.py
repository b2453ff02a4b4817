"""Whose voice a text is in: a news story reporting on a deal, or a party's own release.

The publisher of a news story is the outlet that ran it, never the organisation the
story is about; when the text does not name the outlet, a blank publisher with a review
note beats the name of a party. No one sign settles it (a university's release may say
"on Thursday" too), so the signs are counted:

* news signs: a weekday for when something happened ("signed on Wednesday"; a release
  says "today"); a statement reported in the third person ("said in a statement",
  "according to the statement", "the insurer said", "told reporters"); a "-based"
  descriptor before a name ("Velmont-based Acme"); a title in lower case after a name
  (AP style: "Jane Doe, president of the Acme Fund"); a reporter's byline with a
  newsroom title ("By Jane Doe, Executive Editor"); a news site's
  furniture ("Was this article valuable?", "Related articles");
* release signs: "today announced" ("today signed": a news story says "on Monday"),
  "is pleased to announce", an "About X" section,
  media contacts, "###", forward-looking statements.

A text is a news story when it shows at least two different news signs, and more news
signs than release signs. Measured on 174 real releases and stories (benchmarks/ingest_eval.py dev sets): one
sign alone is common in releases (a lower-case title in 15% of them), two with no
release sign appeared only in news stories and wire-agency copy.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# "Kestrelwire.com - Acme said it had agreed ...": a site's name in the dateline's place,
# the way a financial news site's copy opens (after the page's date stamp, if any).
SITE_OPENER = re.compile(
    r"\A\s*(?:date\s+\d{4}-\d\d-\d\d(?:\s+[\d: ]+)?\s+)?"
    r"(?P<name>[A-Za-z][\w-]{1,40}\.(?:com|net|org|info|news|biz|co\.uk|com\.au|co\.in|co\.za"
    r"|in|au|uk|ie|ca|ph|sg|my|ng|ke|za|tv))\s+(?:-|--|\u2013|\u2014|:)\s+[A-Z]",
    re.IGNORECASE,
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_NEWS_SIGNS = {
    "a weekday for when it happened": re.compile(
        rf"\b(?:on|last|this|late|early)\s+{_WEEKDAY}\b"
        rf"|\b(?:said|says|announced|signed)\s+{_WEEKDAY}\b"
        # ("announced in a Wednesday news release": the day another party's release came.)
        rf"|\bin\s+an?\s+{_WEEKDAY}\s+(?:news\s+|press\s+)?(?:release|statement)\b"
    ),
    # Agency style: the dateline's city is "here" in the story ("signed ... here on
    # Wednesday"); a party's own release names the place or says nothing.
    "the dateline's place written as 'here'": re.compile(
        r"\b(?:signed|announced|said|held|opened|launched|met|inked|unveiled|agreed)\b"
        r"[^.\n]{0,80}\bhere\s+(?:on|this|last|today|yesterday)\b"
        # ("at a ceremony held here at the Authority's head office")
        r"|\bheld\s+here\s+(?:at|in)\s+the\b"
    ),
    "a statement reported in the third person": re.compile(
        r"\bsaid\s+(?:on\s+\w+\s+)?in\s+(?:a|an|its)\s+(?:statement|interview|e-?mail|"
        r"news release|press release|filing)\b"
        r"|\baccording to (?:the|a|an)\s+(?:statement|release|[A-Z])"
        r"|\btold\s+(?:reporters|journalists|the media)\b"
        r"|\b(?:the|a|its)\s+(?:news\s+|press\s+)?release\s+said\b"
        r"|\bsaid\b[^.\n]{0,60}\bin\s+the\s+(?:news\s+|press\s+)?release\b"
        r"|\bthe (?:insurer|company|firm|group|ministry|agency|bank|retailer|carrier|"
        r"university|council|government|department|institute|organi[sz]ation|association)"
        r"\s+said\b(?!\s+(?:it|that|in))"
    ),
    "a '-based' descriptor before a name": re.compile(
        r"\b[A-Z][\w.]*(?:,\s*[A-Z][\w.]*)*-based\s+(?:[a-z]+\s+){0,2}[A-Z]"
    ),
    # (With a newsroom title: "By Jane Doe" alone may be a university newsroom writer's.)
    "a reporter's byline": re.compile(
        r"(?m)^\s*By\s+[A-Z][a-z]+(?:\s+[A-Z]\.?)?\s+[A-Z][\w'-]+"
        r"\s*[,|]\s*[A-Z][\w ]*(?:Editor|Reporter|Correspondent|Writer)\s*$"
    ),
    # AP style: "Jane Doe, president of the Acme Fund" (a release mostly capitalises
    # its own officials' titles: "Jane Doe, President of Acme").
    "a title in lower case after a name": re.compile(
        r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'-]+,\s+(?:the\s+|an?\s+)?(?:[A-Z][\w&]*\s+)?"
        r"(?:[a-z-]+\s+){0,3}(?:president|director|officer|chairman|chairwoman|chair|"
        r"commissioner|minister|spokes(?:wo)?man|spokesperson|secretary|dean|professor|"
        r"manager|head|chief)\b"
    ),
    "a news site's name opening the story": SITE_OPENER,
    "a news site's furniture": re.compile(
        r"Was this article|more articles|Related (?:articles|stories|news|posts)|"
        r"Subscribe to our|Share this article|Leave a comment",
        re.IGNORECASE,
    ),
}
_RELEASE_SIGNS = {
    "today announced": re.compile(
        r"\btoday\s+(?:announced|signed|launched|unveiled|inked|welcomed)\b"
        r"|\b(?:announced|signed)\s+today\b"
        r"|\bis (?:pleased|proud|delighted|excited|thrilled) to (?:announce|welcome)"
    ),
    "an 'About' section": re.compile(r"(?m)^\s*About\s+(?:the\s+)?[A-Z][^\n]{1,80}$"),
    "a release's closing lines": re.compile(
        r"(?m)^\s*(?:###|-\s*ends\s*-|ENDS\b|Media [Cc]ontacts?|Press [Cc]ontacts?|Contacts?:|"
        r"For more information|Forward[- ]Looking Statements)"
    ),
}


class Voice(NamedTuple):
    """The signs of a news story and of a party's release that a text shows, by name."""

    news: tuple[str, ...]
    release: tuple[str, ...]

    @property
    def is_news(self) -> bool:
        """Two or more news signs, and more of them than release signs (see the
        module's docstring): a news site that copies a release's "today signed" still
        shows its byline and its furniture."""
        return len(self.news) >= 2 and len(self.news) > len(self.release)


def voice(text: str) -> Voice:
    """The news and release signs ``text`` shows (see the module's docstring)."""
    return Voice(
        tuple(name for name, sign in _NEWS_SIGNS.items() if sign.search(text)),
        tuple(name for name, sign in _RELEASE_SIGNS.items() if sign.search(text)),
    )
