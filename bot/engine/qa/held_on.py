"""A person's titles as of the day asked, not as of the newest release.

A release may announce a change ahead of time: "X will retire as Director on 30 April
2025; Y becomes Director on 1 May 2025". ``Index.role_history`` reads the releases only
(X's title ended, Y's current), which is right once the day has passed; asked before it
(``partnerbot ask --today 2025-04-01``), X still holds the title and Y does not yet. So a
title whose stated end (``ended``) lies after the day asked is still held, and a title
whose start a fact states (``BecameAnswers.title_start``) lies after it is held from then
on, not now. With no day asked the releases' own reading stands.

Two more readings keep a later release from speaking for an earlier day. A title stated
only by releases dated after the day asked is not known to be held then: held only when
a fact dates its start on or before that day, else not current (next when its start is
later). And a start known only to the year ("since 2024") in the year of a month-written
end of the same title at the same organisation ("until June 2024") is read as after that
end: the successor took over after the predecessor left.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from bot.search.index import Index, RoleHistory, RoleSpan

if TYPE_CHECKING:  # executors import this module: the type only, to keep no cycle
    from bot.engine.qa.executors.became import TitleStart


class ReleaseDay(dt.date):
    """The day a question is read against when the front door gives none (a test, a
    benchmark): the newest release's (``QuestionAnswerer``). It dates "this year", but is
    no day asked: titles stay as the releases give them (``asked_day``)."""


def asked_day(today: dt.date | None) -> dt.date | None:
    """``today`` when a front door gave it; None for a ``ReleaseDay``."""
    return None if isinstance(today, ReleaseDay) else today


class Upcoming(NamedTuple):
    """A title that begins after the day asked, and the fact dating its start."""

    span: RoleSpan
    start: TitleStart


class HeldOn(NamedTuple):
    """A person's titles on a day: ``current`` held then, ``earlier`` ended or
    superseded by then (newest first), ``upcoming`` stated to begin later."""

    current: list[RoleSpan]
    earlier: list[RoleSpan]
    upcoming: list[Upcoming]


def first_day(iso: str) -> dt.date | None:
    """The first day of an ISO date as coarse as "2025" or "2025-04"; None when it is
    not one."""
    parts = iso[:10].split("-")
    try:
        if len(parts) == 1:
            return dt.date(int(parts[0]), 1, 1)
        if len(parts) == 2:
            return dt.date(int(parts[0]), int(parts[1]), 1)
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def after(iso: str, today: dt.date) -> bool:
    """Whether the period ``iso`` writes begins after ``today`` ("2025-05" on 2025-04-01:
    yes; "2025" on 2025-04-01: no, the year has begun)."""
    day = first_day(iso)
    return day is not None and day > today


def _day_after(iso: str) -> dt.date | None:
    """The first day after the period ``iso`` writes ("2024-06": 2024-07-01); None when
    it is no date."""
    day = first_day(iso)
    if day is None:
        return None
    parts = len(iso[:10].split("-"))
    if parts == 1:
        return dt.date(day.year + 1, 1, 1)
    if parts == 2:
        return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return day + dt.timedelta(days=1)


def begins_on(index: Index, span: RoleSpan, start: str) -> dt.date | None:
    """The first day ``span``'s title is known held, from its stated ``start`` (ISO, as
    coarse as a year): a year-only start is read after a month-written end of the same
    title at the same organisation in that year (the module's docstring). Reads the
    organisation's people only; None when ``start`` is no date."""
    day = first_day(start)
    org = span.role.organization
    if day is None or len(start[:10].split("-")) != 1 or org is None:
        return day
    title = span.role.title.casefold()
    for other in index.people_by_org.get(org, []):
        if other == span.role.entity:
            continue
        for earlier in index.role_history(other).earlier:
            end = earlier.ended_on
            if (
                end
                and len(end[:10].split("-")) >= 2
                and end[:4] == start[:4]
                and earlier.role.organization == org
                and earlier.role.title.casefold() == title
            ):
                after_end = _day_after(end)
                if after_end is not None and after_end > day:
                    day = after_end
    return day


def history_on(
    index: Index,
    person: str,
    today: dt.date | None,
    title_start: Callable[[str, RoleSpan], TitleStart | None],
) -> HeldOn:
    """``person``'s titles as of ``today`` (``Index.role_history`` read on that day; see
    the module's docstring). Reads the person's roles and, per title still held, the facts
    ``title_start`` reads: never the whole base."""
    history = index.role_history(person)
    today = asked_day(today)
    if today is None:
        return HeldOn(history.current, history.earlier, [])
    live: list[RoleSpan] = list(history.current)
    ended: list[RoleSpan] = []
    for span in history.earlier:
        if span.ended and span.ended_on and after(span.ended_on, today):
            # Its end is announced, not yet come: held on the day asked.
            live.append(dataclasses.replace(span, ended=False))
        else:
            ended.append(span)
    upcoming: list[Upcoming] = []
    held: list[RoleSpan] = []
    for span in live:
        start = title_start(person, span)
        begins = begins_on(index, span, start.date) if start is not None else None
        if start is not None and begins is not None and begins > today:
            upcoming.append(Upcoming(span, start))
        elif begins is not None or any(d <= today for d in span.dates):
            held.append(span)
        # Else stated only by later releases, with no start dated: not known held then.
    if not upcoming and len(held) == len(live) == len(history.current):
        return HeldOn(history.current, history.earlier, [])
    # Of the titles held then, the newest release's are current (as ``role_history``).
    newest = max((s.dates[0] for s in held), default=None)
    current = [s for s in held if s.dates[0] == newest]
    earlier = [s for s in held if s not in current] + ended
    earlier.sort(key=lambda s: s.ended_on or s.dates[0].isoformat(), reverse=True)
    return HeldOn(current, earlier, upcoming)


def as_history(held: HeldOn) -> RoleHistory:
    """``held`` as a ``RoleHistory`` (its upcoming titles left out)."""
    return RoleHistory(held.current, held.earlier)


def held_text(index: Index, span: RoleSpan) -> str:
    """A title held on the day asked, as a card or answer shows it: "Director, O (as of
    2021-09-15)", with "; until 2025-04-30" when its announced end is still to come."""
    if span.ended or not span.ended_on:
        return index.role_text(span.role) if not span.ended else index.span_text(span)
    return f"{index.span_text(span)[:-1]}; until {span.ended_on})"
