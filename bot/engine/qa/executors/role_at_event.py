"""Was a title held when something happened? "Was X still president of Y when the trust
announced its grant?", "did X still lead Y at the time of the campus opening?".

The event is dated from the facts (``EventAnswers.end_date``); the title is then judged
at that date, never today: a title a release marks ended before the event's day is "no",
otherwise the question is the one "was X <title> in <the event's year>?" answers
(``RoleDateAnswers.role_at_date``). The event's sentence is shown and cited.
"""

from __future__ import annotations

import dataclasses
from typing import NamedTuple

from bot.engine.answer import Answer, Status
from bot.engine.qa.compose import answered, format_date
from bot.engine.qa.executors.base import ExecutorBase
from bot.engine.qa.query import Query, TimeConstraint

# Words opening a yes/no question about a person's title.
_YES_NO_OPENERS = frozenset("was were did had is".split())
# The phrases that put an event after the title asked ("…when A happened?").
_EVENT_MARKERS = ("at the time of", "by the time", "at the time", "when")


class EventClause(NamedTuple):
    """A yes/no question split at its event: the title asked, and the event, as words."""

    head: tuple[str, ...]
    event: tuple[str, ...]


def event_clause(words: tuple[str, ...]) -> EventClause | None:
    """ "was X still P of Y when A happened?" → (was X still P of Y, A happened); None
    for a question that is not a yes/no one or names no event after a marker."""
    if not words or words[0] not in _YES_NO_OPENERS:
        return None
    text = f" {' '.join(words)} "
    for marker in _EVENT_MARKERS:
        head, found, event = text.partition(f" {marker} ")
        if found and len(head.split()) >= 3 and event.split():
            return EventClause(tuple(head.split()), tuple(event.split()))
    return None


class RoleAtEventAnswers(ExecutorBase):
    def role_at_event(self, q: Query, head: Query, event: Query) -> Answer | None:
        """The title of ``head`` judged at the date of ``event``; None when the event is
        not dated by any fact or ``head`` names no one person's title."""
        when = self.end_date(event)
        if when is None or not when.source:
            return None
        asked = self._asked_titles(head)
        if asked is None:
            return None
        person, _words, _orgs, spans = asked
        index = self.index
        event_line = f"\n• {format_date(when.date)}: {when.text}"
        day = when.date if len(when.date) == 10 else None
        if spans and day and all(_ended_before(s.ended_on, day) for s in spans):
            span = max(spans, key=lambda s: s.ended_on or "")
            text = (
                f"**No.** {index.entity(person).name}'s title {index.span_text(span)} "
                f"ended before then ({format_date(day)})."
            )
            return answered(
                index,
                q.question,
                text + event_line,
                [*span.sources, when.source],
                entities=[person],
            )
        year, month = int(when.date[:4]), (int(when.date[5:7]) if len(when.date) >= 7 else None)
        dated = dataclasses.replace(
            head, question=q.question, time=TimeConstraint(year=year, month=month)
        )
        found = self.role_at_date(dated)
        if found is None or found.status is not Status.ANSWERED:
            return found
        sources = [c.source_id for c in found.citations] + [when.source]
        return answered(
            index, q.question, found.text + event_line, sources, entities=found.entities
        )


def _ended_before(ended_on: str | None, day: str) -> bool:
    """Whether a title's end, given to the day ("2021-12-31"), is before ``day``."""
    return ended_on is not None and len(ended_on) == 10 and ended_on < day
