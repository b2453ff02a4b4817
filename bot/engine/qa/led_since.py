"""Who led an organisation from a stated date, by a sentence rather than a title there:
"Mereani VAKATORA has led Coral Current as Programme Director since its launch in 2016"
(her title is at the parent company, so no title of hers is at Coral Current until
later). ``holder_at_event`` asks it when the question asks the leading title by a verb
("who led X when …") and no title at X covers the day.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.engine.qa.executors.base import MAX_LIST_FACTS
from bot.engine.qa.executors.became import DATE_PATTERN, iso_date
from bot.kb.models import LoadedFact
from bot.search.index import Index
from bot.textnorm import normalize

# "<person> has led <org> [as <title>] since [its launch in] <date>".
_LED_SINCE = re.compile(
    r"\b(?:has|had|have)\s+(?:led|run|headed)\s+(?P<org>[^.;]{2,80}?)"
    r"(?:\s+as\s+[^.;]{1,60}?)?\s+(?:since|from)\s+"
    r"(?:its\s+(?:launch|founding|creation|start|inception)\s+in\s+)?"
    rf"(?P<date>{DATE_PATTERN})",
    re.IGNORECASE,
)


class LedSince(NamedTuple):
    """A person stated to have led the organisation from ``start`` (ISO) up to the date of
    the release stating it (``until``, ISO), and the sentence."""

    person: str
    start: str
    until: str
    fact: LoadedFact


def led_since(index: Index, organization: str, day: str) -> LedSince | None:
    """The person a fact about ``organization`` says has led it since a date on or before
    ``day`` (ISO, as coarse as a year) and still led it at that release, after ``day``;
    the latest such start. None when no sentence says so."""
    entity = index.entity(organization)
    names = {normalize(label) for label in (entity.name, *entity.aliases)}
    found: list[LedSince] = []
    for fact in index.facts_by_entity.get(organization, [])[:MAX_LIST_FACTS]:
        if not fact.about or fact.about[0] not in index.person_ids:
            continue
        match = _LED_SINCE.search(fact.text)
        if match is None or normalize(match["org"]) not in names:
            continue
        start = iso_date(match["date"])
        until = index.source_date(fact.source).isoformat()
        n = min(len(start), len(day))
        if start[:n] <= day[:n] and until[: len(day)] >= day:
            found.append(LedSince(fact.about[0], start, until, fact))
    return max(found, key=lambda f: f.start) if found else None
