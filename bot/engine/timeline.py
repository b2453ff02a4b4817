"""What the releases say about an entity, in date order: the statements of ``!timeline``,
and the per-sentence markers ("[1]", "[2]") that tie a shown sentence to its citation.

A statement is one summary, role, fact or quote, dated by when it happened where the
knowledge file says so (a fact's ``date``, a role's ``ended``), else by its release.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.search.index import Index, RoleSpan

# A timeline page holds at most this many statements, and at most this many characters
# of them, so that a page fits an answer body (limits.ANSWER_BODY_CHARS) with its pager line.
PER_PAGE = 8
PAGE_CHARS = 1_250
# A statement longer than this (a long quote) is cut on a timeline line.
LINE_CHARS = 400


@dataclass(frozen=True, slots=True)
class Statement:
    """One dated thing a release says about an entity."""

    date: str  # "2019-11-11", or as coarse as the knowledge file gives it ("2021")
    text: str  # the sentence as shown, e.g. "Role: President, DTA" or a fact's text
    source: str  # the release that states it
    # Ties keep the release's own order: release date, then position in the release.
    order: tuple[str, int]
    kind: str = "fact"  # "summary", "role", "fact" or "quote"


def statements(index: Index, entity_id: str, limit: int | None = None) -> list[Statement]:
    """Everything the releases state about ``entity_id``, oldest first: its summaries,
    its titles (a person's own; an organisation's people), facts about it or at it, and
    quotes by or about it. Each statement appears once.

    With ``limit``, at most that many of each kind (titles, facts, quotes), the newest
    (the index keeps each group newest first): a question's work stays bounded on a
    hub entity with thousands of facts."""
    cap = slice(None, limit)
    found: list[Statement] = []

    def add(date: str, text: str, source: str, position: int, kind: str) -> None:
        order = (index.source_date(source).isoformat(), position)
        found.append(Statement(date, text.strip(), source, order, kind))

    for summary in index.summary_history(entity_id):
        date = index.source_date(summary.source).isoformat()
        add(date, f"Summary: {summary.text.strip()}", summary.source, -2, "summary")
    roles = list(index.roles_by_entity.get(entity_id, []))
    for person in index.people_by_org.get(entity_id, [])[cap]:
        roles += [r for r in index.roles_by_entity.get(person, []) if r.organization == entity_id]
    for role in roles[cap]:
        holder = "" if role.entity == entity_id else f"{index.entity(role.entity).name}: "
        title = index.role_text(role, with_date=False).removeprefix("former ")
        if role.current:
            date = index.source_date(role.source).isoformat()
            add(date, f"{holder or 'Title: '}{title}", role.source, -1, "role")
        else:
            ended = f"ended {role.ended}" if role.ended else "ended"
            date = role.ended or index.source_date(role.source).isoformat()
            add(date, f"{holder or 'Title: '}{title} ({ended})", role.source, -1, "role")
    seen: set[str] = set()
    for fact in index.facts_by_entity.get(entity_id, [])[cap]:
        if fact.id not in seen:
            seen.add(fact.id)
            add(
                fact.date or index.source_date(fact.source).isoformat(),
                fact.text,
                fact.source,
                0,
                "fact",
            )
    quotes = {q.id: q for q in index.quotes_by_speaker.get(entity_id, [])[cap]}
    quotes.update((q.id, q) for q in index.quotes_about.get(entity_id, [])[cap])
    for quote in list(quotes.values())[cap]:
        speaker = index.entity(quote.speaker).name
        text = quote.text.strip()
        if len(text) > LINE_CHARS:
            text = text[: LINE_CHARS - 1].rsplit(" ", 1)[0] + "…"
        add(
            index.source_date(quote.source).isoformat(),
            f"{speaker}: “{text}”",
            quote.source,
            quote.position,
            "quote",
        )
    found.sort(key=lambda s: (s.date, s.order))
    return found


def pages(items: list[Statement], first_reserved: int = 0) -> list[list[Statement]]:
    """``items`` cut into pages of at most PER_PAGE statements and PAGE_CHARS characters
    (a longer single statement gets a page of its own); the first page holds
    ``first_reserved`` characters fewer, kept for what leads it (``TitleLine``s)."""
    result: list[list[Statement]] = []
    page: list[Statement] = []
    used = first_reserved
    for item in items:
        size = len(item.text) + 24  # the date, the marker and the bullet
        if page and (len(page) >= PER_PAGE or used + size > PAGE_CHARS):
            result.append(page)
            page, used = [], 0
        page.append(item)
        used += size
    if page:
        result.append(page)
    return result


# A timeline leads with at most this many of a person's titles (the newest ones).
MAX_TITLES = 6


@dataclass(frozen=True, slots=True)
class TitleLine:
    """One of a person's titles over time, as a timeline leads with it: the title with
    the dates of the releases stating it (``Index.span_text``), the start a fact states
    ("from March 2021") when one does, and the releases to cite: the stated start's, the
    first stating it, the first saying it ended."""

    text: str
    sources: tuple[str, ...]
    order: str  # when it began: the stated start, else its first "as of" date


def title_lines(
    index: Index,
    entity_id: str,
    start_of: Callable[[str, RoleSpan], tuple[str, str, str] | None] | None = None,
) -> list[TitleLine]:
    """The entity's own titles (``Index.role_history``), oldest first, so that
    ``!timeline <person>`` says which title was held when before the statements by
    date ("Programme Manager … → Programme Director, from March 2021 → Chair").
    ``start_of(person, span)`` gives a stated start as (ISO date, date as written,
    release id), or None. Empty for an entity with no titles of its own."""
    history = index.role_history(entity_id)
    found: list[TitleLine] = []
    for span in (*history.current, *history.earlier):
        text = index.span_text(span)
        start = start_of(entity_id, span) if start_of is not None else None
        ending = [
            r.source
            for r in index.roles_by_entity.get(entity_id, [])
            if not r.current
            and (r.title.casefold(), r.organization)
            == (span.role.title.casefold(), span.role.organization)
        ]
        # The first release stating it and the one saying it ended: the others only
        # restate it, and a citation each would crowd a page's text rendering.
        sources = list(dict.fromkeys((span.sources[-1], *ending[-1:])))
        order = min(span.dates).isoformat()
        if start is not None and start[0] < order:
            order = start[0]
        if start is not None:
            text += f", from {start[1]}"
            sources = list(dict.fromkeys((start[2], *sources)))
        if span in history.current:
            text += " — current"
        found.append(TitleLine(text, tuple(sources), order))
    found.sort(key=lambda t: t.order)
    return found[-MAX_TITLES:]


class Markers:
    """Numbers the releases of an answer in the order its sentences first cite them, so
    that "[2]" after a sentence is the answer's second citation."""

    def __init__(self) -> None:
        self.sources: list[str] = []

    def mark(self, source: str) -> str:
        """The marker of ``source``, " [n]", numbering it if it is new."""
        if source not in self.sources:
            self.sources.append(source)
        return f" [{self.sources.index(source) + 1}]"


# The overview line lists at most this many years (the oldest and the newest ones).
MAX_YEARS_SHOWN = 12


@dataclass(frozen=True, slots=True)
class YearSpan:
    """The statements of one year on a timeline, and the pages that show them."""

    year: str
    count: int
    first_page: int
    last_page: int


@dataclass(frozen=True, slots=True)
class Overview:
    """What a whole timeline covers: a page of the oldest statements alone cannot say
    how far the releases reach, nor on which page a year starts."""

    statements: int
    release_dates: tuple[str, ...]  # the releases stating them, oldest first (ISO dates)
    years: tuple[YearSpan, ...]  # oldest first
    pages: int

    def text(self) -> str:
        """ "**12 statements from 4 releases, 2019-11-12 to 2024-05-08.**" and a line
        of the years with their statement counts and pages ("2019 ×5 (p. 1–2)")."""
        n, r = self.statements, len(self.release_dates)
        dates = self.release_dates
        span = dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}"
        lead = (
            f"**{n} statement{'s' if n != 1 else ''} from {r} release{'s' if r != 1 else ''}, "
            f"{span}.**"
        )
        shown = list(self.years)
        cut = len(shown) > MAX_YEARS_SHOWN
        if cut:
            shown = [shown[0], *shown[-(MAX_YEARS_SHOWN - 1) :]]
        parts = []
        for i, y in enumerate(shown):
            where = ""
            if self.pages > 1:
                pages = (
                    str(y.first_page)
                    if y.first_page == y.last_page
                    else f"{y.first_page}–{y.last_page}"
                )
                where = f" (p. {pages})"
            parts.append(f"{y.year} ×{y.count}{where}")
            if cut and i == 0:
                parts.append("…")
        if len(self.years) < 2:
            return lead
        return f"{lead}\nPer year: " + " · ".join(parts)


def overview(index: Index, chunks: list[list[Statement]]) -> Overview:
    """The ``Overview`` of a timeline cut into ``chunks`` (``pages``)."""
    years: dict[str, list[int]] = {}  # year -> [count, first page, last page]
    sources: set[str] = set()
    for number, chunk in enumerate(chunks, 1):
        for item in chunk:
            sources.add(item.source)
            year = years.setdefault(item.date[:4], [0, number, number])
            year[0] += 1
            year[2] = number
    return Overview(
        statements=sum(len(chunk) for chunk in chunks),
        release_dates=tuple(sorted(index.source_date(s).isoformat() for s in sources)),
        years=tuple(YearSpan(y, c, f, last) for y, (c, f, last) in sorted(years.items())),
        pages=len(chunks),
    )
