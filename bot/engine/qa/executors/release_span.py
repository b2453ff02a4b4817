"""The time the releases span: "how many years separate the oldest and newest releases?",
"how long between the first and the last release?".

Computed from the oldest and the newest release's dates (``durations.between``), with the
working shown and both releases cited.
"""

from __future__ import annotations

from bot.engine.qa.compose import answered
from bot.engine.qa.durations import between
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.query import Query
from bot.engine.qa.vocabulary import OLDEST_WORDS, RELEASE_NOUNS

# Nouns for a release ("the oldest and newest releases").
# The two ends of the span, as the question names them.
_NEWEST = frozenset("newest latest last most recent".split())
# Words asking for a span of time, and the unit each asks for.
_UNITS = {"year": "years", "years": "years", "month": "months", "months": "months"}
_UNITS |= {"day": "days", "days": "days"}


def _asks_span(words: tuple[str, ...]) -> str | None:
    """The unit a question asking for the time between the oldest and the newest release
    asks for ("years", "months", "days"); None for any other question."""
    if words[:2] != ("how", "many") and words[:2] != ("how", "long"):
        return None
    if words[1] == "long":
        unit: str | None = "years"  # "how long": years, or months and days under a year
    else:
        unit = _UNITS.get(words[2]) if len(words) > 2 else None
    asked = set(words)
    if unit is None or not asked & RELEASE_NOUNS:
        return None
    if not (asked & OLDEST_WORDS and asked & (_NEWEST - {"most"})):
        return None
    return unit


class ReleaseSpanAnswers(ExecutorBase):
    def release_span(self, q: Query) -> Result:
        """The time from the oldest release to the newest; None when the question does
        not ask it or the base holds fewer than two releases."""
        unit = _asks_span(q.words)
        releases = self.index.sources_newest
        if unit is None or len(releases) < 2:
            return None
        newest, oldest = releases[0], releases[-1]
        took = between(oldest.source.date.isoformat(), newest.source.date.isoformat(), unit)
        lines = [f"**{took.head}** ({took.working})."] + [
            f"• {label}: {s.source.date.isoformat()} — {s.source.title} "
            f"({s.source.publisher}, {s.source.dateline})"
            for label, s in (("Oldest", oldest), ("Newest", newest))
        ]
        return answered(self.index, q.question, "\n".join(lines), [oldest.id, newest.id])
