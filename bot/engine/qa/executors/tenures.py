"""Tenures: when someone left a post, and how long they held a title.

Both come from the roles' dates: a title's start is the earliest release stating it (or a
fact saying when it started, ``BecameAnswers.title_start``), its end the date a release
marks it ``ended``; a title never ended lasts at least to the newest release stating it.

- "When did X leave Y?", "when did X step down?": the end date of X's one ended title
  (at Y, when Y is named), with the fact saying so when there is one.
- "How long did X chair the board?", "how long was X President of Y?": the time from the
  title's start to its end, the working shown (``durations.between``).
"""

from __future__ import annotations

import dataclasses
import itertools

from bot.engine.answer import Answer, Status
from bot.engine.qa.compose import answered, format_date
from bot.engine.qa.durations import between, year_range
from bot.engine.qa.executors.base import ExecutorBase
from bot.engine.qa.executors.became import TitleStart
from bot.engine.qa.executors.role_dates import best_fitting
from bot.engine.qa.held_on import asked_day, history_on
from bot.engine.qa.led_since import stated_lead
from bot.engine.qa.query import Query
from bot.engine.qa.vocabulary import LEADER_WORDS, LEAVING_WORDS, RELEASE_NOUNS
from bot.kb.loader import LoadedFact
from bot.kb.models import Source
from bot.search.index import Index, RoleSpan
from bot.search.terms import STOP_WORDS
from bot.textnorm import normalize

_DOWN_VERBS = frozenset("step steps stepped stepping stand stands stood".split())
_UNTIL_WORDS = frozenset(("before", "until", "till"))
# "How long did X chair …", "for how many years was X …".
_LONG_WORDS = frozenset(("long", "years", "months"))
# "How long has X been …": the auxiliaries of the present perfect.
_PRESENT_PERFECT = frozenset(("has", "have"))


def _leaves(words: tuple[str, ...]) -> bool:
    """Whether the words ask about leaving a post ("left", "stepped down")."""
    if set(words) & LEAVING_WORDS:
        return True
    return any(w in _DOWN_VERBS and nxt == "down" for w, nxt in itertools.pairwise(words))


def _asks_present(words: tuple[str, ...]) -> bool:
    """Whether "how long" is asked in the present perfect ("how long has X been …",
    "how long have they run …"): up to now, not as of the releases."""
    return bool(set(words) & _PRESENT_PERFECT)


def _asks_how_long(words: tuple[str, ...]) -> bool:
    """ "How long…", "how many years…", "for how many months…"."""
    return any(
        w == "how"
        and i + 1 < len(words)
        and (words[i + 1] == "long" or words[i + 1] == "many")
        and (words[i + 1] == "long" or (i + 2 < len(words) and words[i + 2] in _LONG_WORDS))
        for i, w in enumerate(words)
    )


def _ending_sources(index: Index, person: str, span: RoleSpan) -> list[str]:
    """The releases that mark the title ended (they may not state it as held)."""
    key = (span.role.title.casefold(), span.role.organization)
    return [
        r.source
        for r in index.roles_by_entity.get(person, [])
        if not r.current and (r.title.casefold(), r.organization) == key
    ]


def _first_source(span: RoleSpan) -> str:
    """The release that first states the title (``span.sources`` follow ``span.dates``)."""
    return min(zip(span.dates, span.sources, strict=True))[1]


def _before_the_next(question: str, spans: list[RoleSpan]) -> list[RoleSpan]:
    """ "How long was X programme director before she became executive director?": of
    the titles named, the ones named before "before" / "until" (the later title only
    ends the one asked about)."""
    key = f" {normalize(question)} "
    cut = min(
        (key.find(f" {w} ") for w in ("before", "until", "till") if f" {w} " in key), default=-1
    )
    if cut < 0 or len(spans) < 2:
        return spans
    asked = [s for s in spans if 0 <= key.find(f" {normalize(s.role.title)} ") < cut]
    return asked or spans


class TenureAnswers(ExecutorBase):
    def left_when(self, q: Query) -> Answer | None:
        """ "When did X leave Y?": the date X's one ended title (at Y) ended. None when
        the question is not of this kind, or the releases give no single dated end."""
        if q.wants != "date" or q.time.bounded or q.quote or q.meta or not _leaves(q.words):
            return None
        index = self.index
        person = self.one_person(q)
        if person is None:
            return None
        asked = self._asked_titles(q)
        # "Mayor of Wirrinda": the organisations the title was read with, a place standing
        # for the one of the person's organisations named after it ("Wirrinda City Council").
        orgs = (
            asked[2]
            if asked is not None
            else [e for e in q.subjects if e != person and e not in index.person_ids]
        )
        history = index.role_history(person)
        spans = [
            s
            for s in history.current + history.earlier
            if s.ended and s.ended_on and (not orgs or s.role.organization in orgs)
        ]
        if asked is not None:
            # "When did X step down as Chair?" when X's ended title is another (Head of
            # Operations): that end is not the one asked; the facts may still say it.
            spans = [s for s in spans if s in asked[3]]
        if len(spans) > 1 and len({s.ended_on for s in spans}) == 1:
            # "Managing Director" and "Founder and Managing Director" at one company, both
            # ended on one day: one end, named by the shortest title (the one asked).
            spans = [min(spans, key=lambda s: len(s.role.title.split()))]
        if len(spans) != 1:
            return None
        span = spans[0]
        assert span.ended_on is not None
        name = index.entity(person).name
        title = span.role.title
        if span.role.organization:
            title += f", {index.short_name(span.role.organization)}"
        text = f"**{format_date(span.ended_on)}:** {name}'s title {title} ended then."
        sources = [*_ending_sources(self.index, person, span)] or [span.role.source]
        fact = self._leaving_fact(person, span)
        if fact is not None:
            text += f"\n{fact.text.strip()}"
            sources.append(fact.source)
        org = span.role.organization
        return answered(
            index, q.question, text, sources, entities=[person, *([org] if org else [])]
        )

    def left_why(self, q: Query) -> Answer | None:
        """ "Why did X leave Y?" when X still holds a title at Y (a new one after the one
        that ended): the premise is wrong, and the answer (answered, the correction
        first) gives X's title there now and the one that ended; not_found with X's
        title when no title of X's there ended (nothing records a change). None for any
        other question, or when X holds none at Y."""
        if "why" not in q.words or q.quote or q.meta or not _leaves(q.words):
            return None
        index = self.index
        person = self.one_person(q)
        if person is None:
            return None
        orgs = [e for e in q.subjects if e != person and e not in index.person_ids]
        if len(orgs) != 1:
            return None
        history = index.role_history(person)
        now = [s for s in history.current if s.role.organization == orgs[0]]
        ended = [s for s in history.earlier if s.ended and s.role.organization == orgs[0]]
        if not now:
            return None
        name = index.entity(person).name
        org = index.display_name(orgs[0])
        lines = [
            f"The releases report no departure of {name} from {org}: they give {name} as "
            + "; ".join(index.role_text(s.role) for s in now)
            + "."
        ]
        sources = [s.role.source for s in now]
        if ended:
            lines.append("Earlier, ended: " + "; ".join(index.span_text(s) for s in ended) + ".")
            sources += [src for s in ended for src in _ending_sources(index, person, s)]
        found = answered(index, q.question, "\n".join(lines), sources, entities=[person, orgs[0]])
        if ended:
            # The releases record what happened instead: a title there ended and X went
            # on in another. A premise they contradict is answered, the correction first
            # (docs/questions.md, "False premises").
            return found
        # Only a title in force as of some release: nothing says X left, nor that X did
        # not leave later; what was asked (a reason) is nowhere, what is, is shown.
        return dataclasses.replace(found, status=Status.NOT_FOUND)

    def _leaving_fact(self, person: str, span: RoleSpan) -> LoadedFact | None:
        """A fact about ``person`` (and the title's organisation) that says they left."""
        org = span.role.organization
        for fact in self.index.facts_by_entity.get(person, []):
            if org is not None and org not in fact.about:
                continue
            words = tuple(normalize(fact.text).split())
            if _leaves(words):
                return fact
        return None

    def _title_first_stated(self, person: str, span: RoleSpan) -> LoadedFact | None:
        """The earliest dated fact about ``person`` that names the title (all its words)
        on or before the first release stating it ("The founding members elected X …
        as Chair of the Board"): the title's start when no fact says "from"/"since"."""
        org = span.role.organization
        words = set(normalize(span.role.title).split()) - STOP_WORDS
        first = min(span.dates).isoformat()
        found = [
            fact
            for fact in self.index.facts_by_entity.get(person, [])
            # An undated fact is dated by its release (issue 12): the title was held then.
            if self.fact_date(fact) <= first
            and (org is None or org in fact.about)
            and words <= set(normalize(fact.text).split())
        ]
        return min(found, key=self.fact_date, default=None)

    def _next_title_start(self, person: str, span: RoleSpan, after: str) -> TitleStart | None:
        """When a fact says ``person`` took a current title at the same organisation
        after ``after`` (ISO), for a title the releases stop giving or end with no day."""
        history = self.index.role_history(person)
        if span.ended_on or span in history.current:
            # A title ended on a stated day ends then; one ended with no day given ends
            # when the next title there began ("no longer held once she became
            # Director on 2021-09-01").
            return None
        org = span.role.organization
        starts = [
            start
            for other in history.current
            if other.role.organization == org
            and (start := self.title_start(person, other)) is not None
            and start.date > after
        ]
        return min(starts, key=lambda s: s.date, default=None)

    def _release_of_year(self, q: Query) -> Source | None:
        """The one release of the year asked when the question names a release ("when
        the 2024 announcement came out"); None otherwise, or when that year has several."""
        if q.time.year is None or q.time.month or not set(q.words) & RELEASE_NOUNS:
            return None
        found = [s.source for s in self.index.sources_by_year.get(q.time.year, ())]
        return found[0] if len(found) == 1 else None

    def _led_tenure(self, q: Query) -> Answer | None:
        """ "How long has X led Y?" when X holds no title at Y but a sentence says she
        "has led Y since its launch in 2017" (``led_since.stated_lead``): from that start
        to the release stating it, "at least", since no later release dates it. None when
        the question names no one person and no organisation with such a sentence."""
        if not set(q.words) & LEADER_WORDS or q.time.bounded:
            return None
        index = self.index
        people = [e for e in q.subjects if e in index.person_ids]
        if len(people) != 1:
            return None
        person = people[0]
        for org in (e for e in q.subjects if e != person):
            led = stated_lead(index, person, org)
            if led is None or led.until < led.start:
                continue
            duration = between(led.start, led.until)
            head = duration.head.removeprefix("About ")
            name, org_name = index.entity(person).name, index.entity(org).name
            text = (
                f"**Since {format_date(led.start)}**: at least {head[0].lower()}{head[1:]} "
                f"({duration.working}), as of {format_date(led.until)}, the release "
                f"saying {name} has led {org_name}.\n{led.fact.text.strip()}"
            )
            return answered(index, q.question, text, [led.fact.source], entities=[person, org])
        return None

    def tenure(self, q: Query) -> Answer | None:
        """ "How long did X chair the board?": from the title's start to its end (or to
        the newest release stating it, "at least"). None when the question is not of
        this kind or names no one title of one person."""
        # "How long had X been president by May 2024?": the tenure up to that date; "…
        # when the 2024 announcement came out?": up to that year's one release's date.
        by_date = q.time.until is not None and q.time.year is None and q.time.since is None
        release_day = self._release_of_year(q)
        by_date = by_date or release_day is not None
        if not _asks_how_long(q.words) or (q.time.bounded and not by_date) or q.quote or q.meta:
            return None
        # "How long was X programme director before she became executive director?":
        # the title asked is named before "before"; the one after only ends it.
        cut = next((i for i, w in enumerate(q.words) if w in _UNTIL_WORDS), len(q.words))
        asked = self._asked_titles(dataclasses.replace(q, words=q.words[:cut]))
        if asked is None or not asked[3]:
            return self._led_tenure(q)
        person, title_words, _orgs, spans = asked
        spans = best_fitting(q.question, title_words, spans)
        spans = _before_the_next(q.question, spans)
        if len(spans) != 1:
            return None
        span = spans[0]
        index = self.index
        name = index.entity(person).name
        start = self.title_start(person, span)
        stated = start.fact if start is not None else self._title_first_stated(person, span)
        ended_to_the_month = bool(span.ended and span.ended_on and len(span.ended_on) > len("2021"))
        if stated is None:
            # No sentence names the title: the first release to give it (a declared
            # role) bounds its start, unless a fact states the whole term ("after six
            # years in the post"), which arithmetic answers.
            told = self.stated_duration(q)
            first = min(span.dates).isoformat()
            if told is not None or not (
                span.ended or self._next_title_start(person, span, first) is not None
            ):
                # A title never ended (nor superseded) has no end to measure to.
                return told
        elif start is None and stated.date is None:
            # The first release to give the title only bounds its start; a fact stating
            # the whole term ("after six years in the post") says more.
            told = self.stated_duration(q)
            if told is not None:
                return told
        if stated is not None and year_range(stated.text) is not None and not ended_to_the_month:
            # "served … from 2013 to 2021": the stated term (arithmetic.py). A title a
            # release marks ended on a day ("ended: 2023-05-02") is measured to that day.
            return None
        if start is not None:
            start_date = start.date
        elif stated is not None:
            start_date = self.fact_date(stated)
        else:
            start_date = min(span.dates).isoformat()
        sources = [stated.source if stated is not None else _first_source(span)]
        title = span.role.title
        if span.role.organization:
            title += f", {index.short_name(span.role.organization)}"
        succeeded = None
        if span.ended and span.ended_on:
            end_date, at_least = span.ended_on, False
            sources += _ending_sources(self.index, person, span)
        elif (succeeded := self._next_title_start(person, span, start_date)) is not None:
            # Superseded by a later title at the same organisation: it ended when that
            # one began ("Programme Director until she became Executive Director").
            end_date, at_least = succeeded.date, False
        elif span.ended:
            return None  # ended, but the releases give no date
        else:
            end_date, at_least = max(span.dates).isoformat(), True
        to_today = None
        day = asked_day(q.today)
        if (
            at_least
            and day is not None
            and end_date >= start_date
            and _asks_present(q.words)
            and day.isoformat() > end_date
            and span in history_on(index, person, day, self.title_start).current
        ):
            # "How long has X been chief executive?" of a title still held: to the day
            # asked, saying that no release says it ended since.
            end_date, at_least, to_today = day.isoformat(), False, end_date
        elif at_least and end_date < start_date and q.today is not None:
            # Announced ahead ("named Executive Director, effective June 1, 2024" in a
            # May release): "how long has she been …" is measured from the start to the
            # day asked, once that day has come; no release says it ended.
            if q.today.isoformat() < start_date:
                return None
            stated_last = end_date
            end_date, at_least, to_today = q.today.isoformat(), False, stated_last
        cutoff = None
        if by_date:
            month = q.time.until_month
            cutoff = f"{q.time.until}-{month:02d}" if month else str(q.time.until)
            if release_day is not None:
                cutoff = release_day.date.isoformat()
                sources.append(release_day.id)
            if start_date[: len(cutoff)] > cutoff:
                return None  # not yet held by then
            if end_date[: len(cutoff)] >= cutoff:
                # Held at that date (stated then or later, or ended after it): up to it.
                end_date, at_least, succeeded = cutoff, False, None
            else:
                cutoff = None  # it ended before: its whole term
        if end_date < start_date:
            return None
        duration = between(start_date, end_date)
        head = duration.head
        if cutoff is not None:
            on = "on" if len(cutoff) == len("2024-05-08") else "in"
            tail = f"{name} still held it {on} {format_date(cutoff)}."
        elif to_today is not None:
            tail = (
                f"Measured to {format_date(end_date)}; no release says it ended (the newest "
                f"to state it is of {to_today})."
            )
        elif at_least:
            head = f"At least {head[0].lower()}{head[1:]}"
            tail = f"{name} still held it as of the newest release to state it ({end_date})."
        else:
            tail = f"It ended on {format_date(end_date)}."
        since = format_date(start_date)
        if start is None and (stated is None or stated.date is None):
            # Undated, the first release to state the title only bounds its start.
            if not at_least:
                head = f"At least {head.removeprefix('About ')[0].lower()}{head.removeprefix('About ')[1:]}"
            since += " (the first release to state it)"
        shown = stated.text.strip() if stated is not None else ""
        verb = "has been" if to_today is not None else "was"
        prep = "since" if to_today is not None else "from"
        text = f"**{head}** ({duration.working}): {name} {verb} {title} {prep} {since}. {tail}"
        if shown:
            text += f"\n{shown}"
        if succeeded is not None:
            text += f"\n{succeeded.fact.text.strip()}"
            sources.append(succeeded.fact.source)
        org = span.role.organization
        return answered(
            index, q.question, text, sources, entities=[person, *([org] if org else [])]
        )
