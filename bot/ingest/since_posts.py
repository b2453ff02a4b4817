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

from bot.ingest.dates import MONTH, month_number
from bot.ingest.facts import FoundFact, described_inside
from bot.ingest.registry import Registry
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

NOTE = "drafted from the post and start date the sentence gives in passing: check it"


def since_post(sentence: str, registry: Registry) -> FoundFact | None:
    """The statement of a post held since a date that ``sentence`` gives in an
    appositive (see the module doc), about the person and what the post names; None
    when the sentence has none, or the name is no person of the release."""
    match = _SINCE_POST.match(sentence.strip()) or _SINCE_MAIN.match(sentence.strip())
    if match is None or not is_title_phrase(match["post"]):
        return None
    person = registry.find_person(match["name"])
    if person is None:
        return None
    post = match["post"]
    about = [person, *registry.mentions(post), *described_inside(post, registry)]
    date = (
        f"{match['year']}-{month_number(match['month']):02d}" if match["month"] else match["year"]
    )
    text = f"{match['name']} has been {post} since {match['when']}."
    return FoundFact(text, tuple(dict.fromkeys(about)), date)
