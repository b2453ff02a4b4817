"""Who held a title when something happened? "Who was president of the Alliance when the
Academy was launched?", "who held the Alliance presidency when Lina Ma was appointed?".

The event is dated from the facts (``EventAnswers.end_date``, or the fact saying someone
took a title, ``_title_taken``); the holder is then the one whose title was in force on
that date, never today's holder. A title is in force from when a fact says it started
(``BecameAnswers.title_start``), else from the first release stating it, until the end a
release gives; a title that ended with no date given counts up to the newest release
stating it held. When no one's title covers the date the answer is ``not_found``, naming
the holders the releases do give, rather than a guess.
"""

from __future__ import annotations

from typing import NamedTuple

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered, format_date, not_found
from bot.engine.qa.executors.base import MAX_LIST_FACTS
from bot.engine.qa.executors.events import (
    NEWS_DAYS,
    DatedEnd,
    EventAnswers,
    as_typed,
    days_between,
)
from bot.engine.qa.executors.membership import name_spans
from bot.engine.qa.executors.outcomes import event_in_time
from bot.engine.qa.executors.successors import SUCCESSION_TEXT as _SUCCESSION_TEXT
from bot.engine.qa.leading import asks_by_verb
from bot.engine.qa.led_since import led_since
from bot.engine.qa.query import Query, RoleAsk
from bot.engine.qa.subjects import role_fits
from bot.search.index import RoleSpan, title_acronyms
from bot.textnorm import normalize

# The phrases that put an event after the title asked ("…when A happened?").
_EVENT_MARKERS = ("at the time of", "at the time", "by the time", "when")
# Question words opening "who was <title> … when …".
_WHO = frozenset(("who", "whom"))
# After an opening "when", these make it a question ("when did A …"), not a clause.
_AUXILIARIES = frozenset("is are was were did does do has have had will would".split())


class HolderClause(NamedTuple):
    """ "who was P of Y when A happened" split at its event: the title asked, the event."""

    head: tuple[str, ...]
    event: tuple[str, ...]


def holder_clause(words: tuple[str, ...]) -> HolderClause | None:
    """ "who was president of Y when A happened" → (who was president of Y, A happened);
    the event may come first: "at the time of A, who led Y?", "when A happened, who was
    president of Y?". None for a question with no "who" clause or no event marked."""
    if words and words[0] not in _WHO:
        return _event_first(words)
    if not words:
        return None
    text = f" {' '.join(words)} "
    for marker in _EVENT_MARKERS:
        head, found, event = text.partition(f" {marker} ")
        if found and len(head.split()) >= 3 and len(event.split()) >= 2:
            return HolderClause(tuple(head.split()), tuple(event.split()))
    return None


def _event_first(words: tuple[str, ...]) -> HolderClause | None:
    """ "at the time of A who led Y" → (who led Y, A): an event marker opening the
    question, its event up to the first "who"."""
    text = " ".join(words)
    for marker in _EVENT_MARKERS:
        if not text.startswith(f"{marker} "):
            continue
        rest = words[len(marker.split()) :]
        if rest[:1] and rest[0] in _AUXILIARIES:
            return None  # "when was A launched, and who …": a question of its own
        at = next((i for i, w in enumerate(rest) if w in _WHO), None)
        if at is not None and at >= 2 and len(rest) - at >= 3:
            return HolderClause(rest[at:], rest[:at])
        return None
    return None


class _Held(NamedTuple):
    person: str
    span: RoleSpan
    start: str  # ISO date the title is known held from
    start_source: str
    # Whether a fact says the title started then (else it is the first release's date).
    stated_start: bool
    # Whether the title is first stated by the release reporting the event, days after
    # it: in force at the event, as that release describes its people at it.
    reported: bool = False


class HolderAtEventAnswers(EventAnswers):
    def holder_at_event(self, q: Query, head: Query, event: Query) -> Answer | None:
        """The holder of the title ``head`` asks for on the date of ``event``; None when
        ``head`` asks no title at an organisation or the event is not dated."""
        # A shared acronym ("the DTA") that only the whole question settles (by the
        # title or the event named) leaves the head alone with no title asked: the
        # whole question's is the head's.
        asks = head.role_asks or tuple(a for a in q.role_asks if set(a.words) <= set(head.words))
        ask = asks[0] if asks else self._ask_by_initials(head)
        if ask is None:
            return None
        if not ask.holders:
            return None
        index = self.index
        when = self._title_taken(event) or self._event_in_time(event)
        if when is None or not when.source:
            # The title is asked at a time no fact dates: not today's holder.
            return not_found(
                q.question,
                f"The releases I know don't say when {as_typed(q.question, event.words)}, so I can't "
                f"tell who {_asked_title(ask.words)} {index.display_name(ask.organization)} "
                "then.",
            )
        day = when.date
        candidates: list[_Held] = []
        for person in ask.holders:
            history = index.role_history(person)
            for span in (*history.current, *history.earlier):
                role = span.role
                if role.organization != ask.organization:
                    continue
                if not (
                    set(ask.words) <= set(normalize(role.title).split())
                    or role_fits(role.title, ask.words)
                ):
                    continue
                started = self.title_start(person, span)
                first = min(span.dates).isoformat()
                if started is not None and started.fact.about[:1] != (person,):
                    # "B became President, succeeding A" is filed under A too, but it is
                    # B's start: only a sentence about the holder dates their title.
                    started = None
                start = started.date if started is not None else first
                source = started.fact.source if started is not None else span.sources[-1]
                reported = (
                    started is None
                    and when.source in span.sources
                    and 0 <= days_between(day, index.source_date(when.source)) <= NEWS_DAYS
                    and first == index.source_date(when.source).isoformat()
                )
                if reported:
                    # The release reporting the event names the holder as they were at it
                    # ("Mayor Nguyen signed …", published two days after the summit).
                    start = day
                candidates.append(_Held(person, span, start, source, started is not None, reported))
        event_line = f"• {format_date(day)}: {when.text}"
        in_force = [c for c in candidates if _covers(c, day)]
        if not in_force:
            succession = self._successor_then(candidates, day)
            if succession is not None:
                held, before, line, line_source = succession
                assert before.span.ended_on is not None
                text = (
                    f"**{index.entity(held.person).name}** — {index.span_text(held.span)}; "
                    f"succeeded {index.entity(before.person).name}, who held it until "
                    f"{format_date(before.span.ended_on)}, so in force {_on(day)}.\n"
                    f"• {line}\n{event_line}"
                )
                sources = [line_source, *held.span.sources, when.source]
                return answered(
                    index, q.question, text, sources, entities=[held.person, ask.organization]
                )
        if not in_force and asks_by_verb(ask.words):
            # "Who led X when it launched?": a sentence saying someone has led X since
            # then answers, when no title of theirs is at X itself.
            led = led_since(index, ask.organization, day)
            if led is not None:
                text = (
                    f"**{index.entity(led.person).name}** — led "
                    f"{index.display_name(ask.organization)} from {format_date(led.start)} "
                    f"(still as of {led.until}), so {_on(day)} too.\n• {led.fact.text.strip()}"
                )
                if when.text.strip() != led.fact.text.strip():
                    text += f"\n{event_line}"  # the event's own sentence, when another
                sources = [led.fact.source, when.source]
                return answered(
                    index, q.question, text, sources, entities=[led.person, ask.organization]
                )
        if not in_force:
            org = index.display_name(ask.organization)
            named = "; ".join(
                f"{index.entity(c.person).name}, {index.span_text(c.span)}" for c in candidates
            )
            text = f"The releases don't say who {_asked_title(ask.words)} {org} {_on(day)}."
            if named:
                text += f" The holders they give: {named}."
            return not_found(q.question, f"{text}\n{event_line}")
        # Of two titles in force, the one that began last is the holder then.
        best = max(in_force, key=lambda c: c.start)
        name = index.entity(best.person).name
        if best.reported:
            reported_on = index.source_date(best.span.sources[0]).isoformat()
            since = f"stated by the release reporting it, of {reported_on}"
        else:
            since = f"{'held from' if best.stated_start else 'first stated as of'} {format_date(best.start)}"
        text = (
            f"**{name}** — {index.span_text(best.span)}; {since}, so in force "
            f"{_on(day)}.\n{event_line}"
        )
        sources = [best.start_source, *best.span.sources, when.source]
        return answered(index, q.question, text, sources, entities=[best.person, ask.organization])

    def _successor_then(
        self, candidates: list[_Held], day: str
    ) -> tuple[_Held, _Held, str, str] | None:
        """The holder on ``day`` when no title is known in force then, but one holder's
        title ended before it and a sentence names the next as their successor ("He was
        Director until September 30, 2024, and was succeeded by Dr. Marta ZIELINSKA",
        whose title is first stated in 2026): (successor, predecessor, the sentence, its
        release). None when no such succession spans ``day``, or another holder is
        known to have started between the end and ``day``."""
        for before in sorted(
            (c for c in candidates if c.span.ended_on), key=lambda c: c.span.ended_on or ""
        ):
            end = before.span.ended_on or ""
            n = min(len(end), len(day))
            if end[:n] >= day[:n]:
                continue
            if any(c.person != before.person and end < c.start <= day for c in candidates):
                continue
            for after in candidates:
                if after.person == before.person or after.span.ended or after.start[:n] <= end[:n]:
                    continue
                line = self._succession_line(before.person, after.person)
                if line is not None:
                    return after, before, *line
        return None

    def _succession_line(self, before: str, after: str) -> tuple[str, str] | None:
        """A sentence (a fact or summary of either) stating that ``after`` succeeded
        ``before``: a succession word, and both named or the one it is about ("He was
        Director until …, and was succeeded by B"); the sentence and its release."""
        index = self.index
        stated = [
            (f.text, f.source, f.about[0] if f.about else "")
            for person in (before, after)
            for f in index.facts_by_entity.get(person, [])[:MAX_LIST_FACTS]
        ] + [(s.text, s.source, p) for p in (before, after) for s in index.summary_history(p)]
        for text, source, owner in stated:
            if not _SUCCESSION_TEXT.search(text):
                continue
            words = normalize(text).split()
            named = {p for p in (before, after) if p == owner or name_spans(index, words, p)}
            if len(named) == 2:
                return text.strip(), source
        return None

    def _ask_by_initials(self, head: Query) -> RoleAsk | None:
        """ "Who was UNIDO's DG": a title named by its initials, which the parser reads
        as its holder (a ``role`` mention) rather than as a title asked; the title (and
        its holders at that organisation) whose initials the question uses."""
        index = self.index
        words = set(head.words)
        for mention in head.found:
            if mention.via != "role" or mention.entity_id not in index.person_ids:
                continue
            for role in index.roles_by_entity.get(mention.entity_id, []):
                if role.organization is None or not title_acronyms(role.title) & words:
                    continue
                title = role.title.casefold()
                holders = tuple(
                    p
                    for p in index.people_by_org.get(role.organization, [])
                    if any(
                        r.organization == role.organization and r.title.casefold() == title
                        for r in index.roles_by_entity.get(p, [])
                    )
                )
                return RoleAsk(role.organization, tuple(normalize(role.title).split()), holders)
        return None

    def _event_in_time(self, event: Query) -> DatedEnd | None:
        """The date of ``event``, within the time it names ("the partners met in 2024"
        is not their 2018 meeting); None when no dated fact fits."""
        for _fit, when in self.end_dates(event):
            if not event.time.bounded or event.time.admits_date(when.date):
                return when
        # "When the partners met in Hangzhou in 2024": the event by its name's words and
        # the time, dated by its own facts.
        named = event_in_time(self.index, event, self.fact_date, self._events_by_word)
        if named is not None:
            facts = [
                f
                for f in self.index.facts_by_entity.get(named, [])[:MAX_LIST_FACTS]
                if f.date and event.time.admits_date(f.date)
            ]
            if facts:
                fact = facts[0]
                label = " ".join(event.words)
                return DatedEnd(fact.date or "", fact.text.strip(), fact.source, label)
        return None


def _covers(held: _Held, day: str) -> bool:
    """Whether ``held``'s title was in force on ``day`` (ISO, as coarse as a year): begun
    by then, and not ended before it (a title ended on an unknown date counts up to the
    newest release stating it)."""
    n = min(len(day), len(held.start))
    if held.start[:n] > day[:n]:
        return False
    span = held.span
    if not span.ended:
        return True
    if span.ended_on:
        m = min(len(day), len(span.ended_on))
        return span.ended_on[:m] >= day[:m]
    return max(span.dates).isoformat()[: len(day)] >= day


def _asked_title(words: tuple[str, ...]) -> str:
    """ "was president", or "held the title" when the question asked with a verb
    ("who led / chaired X")."""
    if any(w.endswith("ed") for w in words):
        return "held the leading title at"
    return f"was {' '.join(words)} of"


def _on(day: str) -> str:
    """ "on Tuesday, November 12, 2019" for a day; "in March 2022", "in 2016" otherwise."""
    return f"{'on' if len(day) == 10 else 'in'} {format_date(day)}"
