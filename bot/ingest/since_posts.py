"""A post held since a date, said in passing: its own dated statement.

"Jo Ray, the council's Head of Parks since March 2021, will lead the project" states
what Jo Ray will do (the release's news) and, in its appositive, when she took her post.
One fact cannot carry both times: the sentence stays a fact as written (undated, as
clause_dates.py leaves it), and the appositive becomes a statement of its own, "Jo Ray
has been the council's Head of Parks since March 2021.", dated by its month or year, so
that "since when is Jo Ray Head of Parks?" has a dated answer.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.ingest.dates import MONTH, month_number
from bot.ingest.facts import FoundFact, described_inside
from bot.ingest.registry import Registry
from bot.ingest.titles import split_title_org
from bot.ingest.words import is_title_phrase

_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
_WHEN = rf"(?P<when>(?:(?P<month>(?i:{MONTH}))\s+)?(?P<year>(?:19|20)\d\d))"
_POST = r"(?P<post>(?:(?:the|its|their|his|her|an?)\s+)?[^,;]{3,80}?)"
# "Jo Ray, the council's Head of Parks since March 2021, …": a person's name, then a
# post (with an article or a possessive, or a title on its own: "Head of Grants at the
# Orrin Trust since 2023", or in a relative clause: "who has been Head of Parks since
# 2021"), then "since" and a month and year, or a year. After a quote it follows the
# verb: "…," said Jo Ray, Head of Parks since 2021.
_SINCE_POST = re.compile(
    rf"^(?:[^A-Za-z]*(?:said|says|added)\s+)?{_NAME},\s+(?:who\s+has\s+been\s+)?"
    rf"{_POST}\s+since\s+{_WHEN}(?:,|\.?$)"
)
# The post as the sentence's own statement after a relative clause about the person's
# past: "Jo Ray, who ran the pilot in 2019, has been Head of Parks since March 2021." The
# sentence holds two times, so its fact stays undated (clause_dates.py); the post gets
# its own.
_SINCE_MAIN = re.compile(
    rf"^{_NAME},\s+who\s+[^,;]{{3,100}},\s+has\s+been\s+{_POST}\s+since\s+{_WHEN}\.?$"
)

# The post written before the name, opening the sentence or after the verb of a quote:
# "Orrin Trust's Head of Grants since 2023, Jo Ray, said …", "…," said the Trust's Head
# of Grants since 2023, Jo Ray.
_SINCE_BEFORE = re.compile(
    rf"^(?:[^A-Za-z]*(?:said|says|added)\s+)?(?P<post>(?:the\s+)?[A-Z][^,;]{{3,80}}?)\s+since\s+"
    rf"{_WHEN},\s+{_NAME}(?:,|\.?$|\s+(?:said|says|added)\b)"
)


def _match(sentence: str) -> re.Match[str] | None:
    text = sentence.strip()
    return _SINCE_POST.match(text) or _SINCE_MAIN.match(text) or _SINCE_BEFORE.match(text)


NOTE = "drafted from the post and start date the sentence gives in passing: check it"


class HeldSince(NamedTuple):
    """A post ``sentence`` says someone has held since a date: the person's entity id,
    the title and its organisation's entity id (None when it names none the release
    knows), and the start as ISO "YYYY-MM" or "YYYY"."""

    person: str
    title: str
    organisation: str | None
    since: str


def held_since(sentence: str, registry: Registry) -> HeldSince | None:
    """The post held since a date that ``sentence`` gives (see ``since_post``); None when
    it gives none, or no title the release reads."""
    match = _match(sentence)
    if match is None or not is_title_phrase(match["post"]):
        return None
    person = registry.find_person(match["name"])
    title, org = split_title_org(re.sub(r"^(?:the|an?)\s+", "", match["post"]))
    if person is None or not title:
        return None
    return HeldSince(person, title, registry.find(org) if org else None, _start(match))


def _start(match: re.Match[str]) -> str:
    return (
        f"{match['year']}-{month_number(match['month']):02d}" if match["month"] else match["year"]
    )


def since_post(sentence: str, registry: Registry) -> FoundFact | None:
    """The statement of a post held since a date that ``sentence`` gives in an
    appositive (see the module doc), about the person and what the post names; None
    when the sentence has none, or the name is no person of the release."""
    match = _match(sentence)
    if match is None or not is_title_phrase(match["post"]):
        return None
    person = registry.find_person(match["name"])
    if person is None:
        return None
    post = match["post"]
    about = [person, *registry.mentions(post), *described_inside(post, registry)]
    text = f"{match['name']} has been {post} since {match['when']}."
    return FoundFact(text, tuple(dict.fromkeys(about)), _start(match))
