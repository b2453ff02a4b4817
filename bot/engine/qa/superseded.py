"""A title superseded by the person's own top job at the same organisation.

"Was Dr. Okafor still Director of Programmes at the Alliance in 2023?": no release marks
that title ended, but a fact says she became the Alliance's President on January 1, 2022,
and no release states the old title after that. Whoever takes an organisation's top job
(``leading.held_rank`` 2: President, CEO, Executive Director …) leaves the lesser
title they held there, so the old title is taken as held until the new one began. Only a
start a fact states counts (never a release's date alone), and the old title must be
one the releases no longer give as current (``Index.role_history``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from bot.engine.qa.leading import held_rank
from bot.search.index import Index, RoleSpan

if TYPE_CHECKING:  # executors import this module: the type only, to keep no cycle
    from bot.engine.qa.executors.became import TitleStart


class Supersession(NamedTuple):
    """The title that replaced the one asked, and the fact dating its start."""

    span: RoleSpan
    start: TitleStart


def superseding_title(
    index: Index,
    person: str,
    span: RoleSpan,
    year: int,
    title_start: Callable[[str, RoleSpan], TitleStart | None],
) -> Supersession | None:
    """The person's top job at ``span``'s organisation that began (by a fact) after the
    releases last gave ``span``'s title and no later than ``year``; None when there is
    none, the asked title is itself the top job, or a release still gives it as current."""
    org = span.role.organization
    if org is None or span.ended or held_rank(index, span.role) == 2:
        return None
    history = index.role_history(person)
    key = (span.role.title.casefold(), org)
    if any((s.role.title.casefold(), s.role.organization) == key for s in history.current):
        return None
    last = max(span.dates).isoformat()
    for other in (*history.current, *history.earlier):
        role = other.role
        if role.organization != org or (role.title.casefold(), org) == key:
            continue
        if held_rank(index, role) != 2:
            continue
        start = title_start(person, other)
        if start is None or int(start.date[:4]) > year:
            continue
        if start.date[: len(last)] <= last[: len(start.date)]:
            continue  # begun while a release still gave the old title: both were held
        return Supersession(other, start)
    return None


def ending_release_date(index: Index, person: str, span: RoleSpan) -> str | None:
    """The ISO date of the first release that marks ``span``'s title ended (``current:
    false`` or ``ended``); None when no release does."""
    key = (span.role.title.casefold(), span.role.organization)
    dates = [
        index.source_date(r.source).isoformat()
        for r in index.roles_by_entity.get(person, [])
        if not r.current and (r.title.casefold(), r.organization) == key
    ]
    return min(dates, default=None)


def handed_over(
    index: Index,
    person: str,
    span: RoleSpan,
    title_start: Callable[[str, RoleSpan], TitleStart | None],
) -> Supersession | None:
    """For a title a release marks ended without a date: the person's other title at the
    same organisation whose stated start (a fact's, ``title_start``) falls after the
    releases last gave the old title and no later than that release. The release that
    says "Programme Director from March 2021" is over while stating "Chair since January
    1, 2026" dates the end; any title counts here, not only the top job, because a
    release, not an inference, says the old one ended. None when no such start is
    stated: the end then lies somewhere between the last "as of" and that release."""
    org = span.role.organization
    ending = ending_release_date(index, person, span)
    if org is None or not span.ended or span.ended_on or ending is None:
        return None
    key = (span.role.title.casefold(), org)
    last = max(span.dates).isoformat()
    history = index.role_history(person)
    for other in (*history.current, *history.earlier):
        role = other.role
        if role.organization != org or (role.title.casefold(), org) == key:
            continue
        start = title_start(person, other)
        if start is None or start.date[: len(ending)] > ending[: len(start.date)]:
            continue
        if start.date[: len(last)] <= last[: len(start.date)]:
            continue  # begun while a release still gave the old title
        return Supersession(other, start)
    return None


def held_until_handover(
    index: Index,
    person: str,
    span: RoleSpan,
    year: int,
    title_start: Callable[[str, RoleSpan], TitleStart | None],
) -> bool:
    """Whether a title marked ended without a date was still held in ``year``, after
    the last release stating it: before the next title there began (``handed_over``),
    or in the year it began when that was after January 1."""
    if not span.ended or span.ended_on or year <= max(span.dates).year:
        return False
    after = handed_over(index, person, span, title_start)
    if after is None:
        return False
    began = int(after.start.date[:4])
    return year < began or (year == began and after.start.date[5:] not in ("", "01", "01-01"))
