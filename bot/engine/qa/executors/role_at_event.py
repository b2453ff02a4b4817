"""Was a title held when something happened? "Was X still president of Y when the trust
announced its grant?", "did X still lead Y at the time of the campus opening?".

The event is dated from the facts (``EventAnswers.end_date``); the title is then judged
at that date, never today: a title a release marks ended before the event's day is "no",
otherwise the question is the one "was X <title> in <the event's year>?" answers
(``RoleDateAnswers.role_at_date``). The event's sentence is shown and cited.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import NamedTuple

from bot.engine.answer import Answer, Status
from bot.engine.qa.compose import answered, format_date
from bot.engine.qa.executors.base import ExecutorBase
from bot.engine.qa.executors.events import NEWS_DAYS, days_between
from bot.engine.qa.query import Query, TimeConstraint
from bot.engine.qa.vocabulary import ROLE_WORDS
from bot.engine.qa.written_dates import first_day
from bot.search.index import RoleSpan

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


def title_clause(words: tuple[str, ...]) -> EventClause | None:
    """ "what was X's title when A happened?", "what was X called when A happened?" →
    (what was X's title, A happened); None for a question that does not open with
    "what"/"which" or names no event after "when"."""
    if not words or words[0] not in _WHAT:
        return None
    text = f" {' '.join(words)} "
    head, found, event = text.partition(" when ")
    if found and len(head.split()) >= 3 and len(event.split()) >= 2:
        return EventClause(tuple(head.split()), tuple(event.split()))
    return None


# Openers of a question asking a person's title ("what was X's job", "which post").
_WHAT = frozenset(("what", "which"))
# "What was X called when …": for a person, the title they went by then.
_CALLED = frozenset(("called", "titled"))


class RoleAtEventAnswers(ExecutorBase):
    def title_at_event(self, q: Query, head: Query, event: Query) -> Answer | None:
        """ "What was X's title when A happened?": the titles of the one person ``head``
        names in force on the date of ``event`` (from a start a fact states, else the
        first release stating the title, to its end; an end with no date given counts
        up to the newest release stating it held; a title first stated by the release
        reporting the event, days after it, held at it). None when ``head`` asks no title
        of one person, the event is not dated or no title is known in force then."""
        if not set(head.words) & (ROLE_WORDS | _CALLED):
            return None
        person = self.one_person(head)
        if person is None or person not in self.index.person_ids:
            return None
        when = self.end_date(event)
        if when is None or not when.source:
            return None
        index = self.index
        day = when.date
        history = index.role_history(person)
        spans = [*history.current, *history.earlier]
        if not spans:
            return None
        held = []
        for span in spans:
            start = self.title_start(person, span)
            first = min(span.dates)
            begins = start.date if start is not None else first.isoformat()
            # An appointment with no date in its sentence is dated by its release.
            undated = start is None or start.written == start.fact.date
            if undated and 0 <= days_between(day, first_day(begins)) <= NEWS_DAYS:
                # First stated by the release reporting the event, days after it: that
                # release describes its people as they were at it.
                begins = day
            if span.ended_on:
                ends = span.ended_on
            elif span.ended:
                # Ended with no date: held up to the newest release stating it held;
                # one only ever given as left ("previously Senior Ecologist") never.
                held_on = self._stated_held(person, span)
                if not held_on:
                    continue
                ends = max(held_on).isoformat()
            else:
                ends = "9999"
            # Compared as written: "2017" covers every day of 2017, "2017-09" its month.
            if begins[: len(day)] <= day and day[: len(ends)] <= ends:
                held.append(span)
        name = index.entity(person).name
        event_line = f"\n• {format_date(day)}: {when.text}"
        if not held:
            return None  # no title known in force then: the other readers say more
        label = "title" if len(held) == 1 else "titles"
        text = f"{name}'s {label} then ({format_date(day)}): " + "; ".join(
            f"**{index.span_text(s)}**" for s in held
        )
        sources = [r for s in held for r in s.sources] + [when.source]
        return answered(index, q.question, text + event_line, sources, entities=[person])

    def _stated_held(self, person: str, span: RoleSpan) -> list[dt.date]:
        """The dates of the releases stating ``span``'s title held (not ended)."""
        key = (span.role.title.casefold(), span.role.organization)
        return [
            self.index.source_date(r.source)
            for r in self.index.roles_by_entity.get(person, [])
            if (r.title.casefold(), r.organization) == key and r.current and not r.ended
        ]

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
