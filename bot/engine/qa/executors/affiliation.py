"""Where someone worked at a date, asked with a verb rather than a title: "did Lina Ma
work at the academy in 2020?", "was Okafor with the alliance in 2019?", "where did Lina
Ma work in 2022?", "who did Hartmann work for in 2020?".

Decided from the roles' dates only, as ``role_dates.py`` decides a title at a date: a
title is held in a year from the first release stating it, through the newest one that
does, and up to the year a release says it ended. A fact that merely mentions the year
is never the evidence.

- **Yes:** a title at the organisation held that year.
- **No:** the person held titles elsewhere that year and none at the organisation (nor
  one given there earlier and never ended), or their titles there ended before it.
- **Not found** ("the releases don't say"): the releases give no title held that year,
  naming the titles they do give and when.
"""

from __future__ import annotations

from dataclasses import replace

from bot.engine.answer import Answer
from bot.engine.cite import number_markers, placeholder
from bot.engine.qa.compose import answered, citations, format_date, not_found
from bot.engine.qa.executors.base import ExecutorBase
from bot.engine.qa.executors.became import TitleStart
from bot.engine.qa.query import Query
from bot.kb.models import EntityKind
from bot.search.index import Index, RoleSpan
from bot.search.terms import stem

# Verbs and nouns of working somewhere ("work", "employed", "based"), and the words of
# the question that say nothing more ("organisation" in "which organisation …").
AFFILIATION_WORDS = frozenset(
    "work works worked working employed employ employer employers job jobs serve served "
    "serving belong belonged".split()
)
# Of those, the nouns that name the post itself ("what was her job?": her title).
_POST_NOUNS = frozenset("job jobs".split())
_AFFILIATION_TERMS = frozenset(stem(w) for w in AFFILIATION_WORDS)
_WHERE_TERMS = frozenset(
    stem(w)
    for w in "organisation organization organisations organizations company employer "
    "institution body place".split()
)
# "Was X still with Y", "was X part of Y", "a member of".
_FILLER_TERMS = frozenset(stem(w) for w in "still part member staff team".split())
# With no verb, "was X with/at Y in 2019?" asks the same.
_LINKS = frozenset({"with", "at", "for", "in", "part", "member", "staff"})
MAX_SHOWN = 3


def held_in(index: Index, span: RoleSpan, year: int) -> bool:
    """Whether the title was held in ``year`` by the roles' dates: first stated then or
    earlier, and stated again then or later, or ended then or later. A title only ever
    given as ended, with no date ("previously Director of Training"), is held in no
    year the releases can name."""
    first, last = min(span.dates).year, max(span.dates).year
    if first > year:
        return False
    ended_year = int(span.ended_on[:4]) if span.ended_on else None
    if span.ended and ended_year is None:
        key = (span.role.title.casefold(), span.role.organization)
        stated = [
            index.source_date(r.source).year
            for r in index.roles_by_entity.get(span.role.entity, [])
            if r.current and (r.title.casefold(), r.organization) == key
        ]
        return bool(stated) and year <= max(stated)
    if year <= last:
        return ended_year is None or ended_year >= year
    return ended_year is not None and ended_year >= year


def _end_stated_after(index: Index, span: RoleSpan, year: int) -> bool:
    """Whether every release giving ``span``'s title as ended, with no date, is dated
    after ``year``: its end is then not known to fall before the year."""
    key = (span.role.title.casefold(), span.role.organization)
    ends = [
        index.source_date(r.source).year
        for r in index.roles_by_entity.get(span.role.entity, [])
        if not r.current and (r.title.casefold(), r.organization) == key
    ]
    return bool(ends) and min(ends) > year


def in_force_between(index: Index, there: list[RoleSpan], year: int) -> list[RoleSpan]:
    """The titles at one organisation in force in ``year`` between two statements: the
    ones stated by the newest release before the year (and not ended before it), when
    a later release first gives another title there after the year. Empty otherwise
    (a title stated once and never again is not assumed to last). A title that only
    the later release gives as ended, with no date, ended no earlier than the year:
    the next title there is what replaced it."""
    before = [
        s
        for s in there
        if max(s.dates).year < year
        and not (
            s.ended
            and (
                (s.ended_on is None and not _end_stated_after(index, s, year))
                or (s.ended_on is not None and int(s.ended_on[:4]) < year)
            )
        )
    ]
    if not before or any(year >= min(s.dates).year > max(s.dates).year for s in there):
        return []
    if not any(min(s.dates).year > year for s in there):
        return []
    newest = max(max(s.dates) for s in before)
    # Nothing new was stated there between the newest statement and the year.
    if any(newest < min(s.dates) and min(s.dates).year <= year for s in there):
        return []
    return [s for s in before if max(s.dates) == newest]


_WH_OPENERS = frozenset("what which who where how".split())


def _opening(q: Query, verdict: str) -> str:
    """A yes/no question's first word ("**Yes.** "); none for a wh-question ("who was
    the CTO of X in 2021?"), which a "Yes" does not answer."""
    return "" if q.words[:1] and q.words[0] in _WH_OPENERS else f"**{verdict}.** "


class AffiliationAnswers(ExecutorBase):
    def affiliation_at_date(self, q: Query) -> Answer | None:
        """Yes, no or not found for "did P work at O in Y?"; the titles held in Y for
        "where did P work in Y?". None when the question is not of this kind."""
        index = self.index
        year = q.time.year if q.time.year is not None else q.time.until
        people = [e for e in q.subjects if e in index.person_ids]
        if year is None or len(people) != 1 or q.role_asks or q.quote or q.meta:
            return None
        person = people[0]
        orgs = [
            e for e in q.subjects if e != person and index.entity(e).kind is not EntityKind.PERSON
        ]
        words = set(q.words)
        verb = bool(words & AFFILIATION_WORDS)
        extra = set(q.terms) - _AFFILIATION_TERMS - _WHERE_TERMS - _FILLER_TERMS
        if extra:
            return None
        asks_where = bool(words & {"where", "which", "who", "what"}) and (
            verb or bool(set(q.terms) & _WHERE_TERMS)
        )
        if orgs and len(orgs) == 1 and (verb or words & _LINKS) and not asks_where:
            return self._at(q, person, orgs[0], year)
        if not orgs and asks_where:
            if "what" in words and words & AFFILIATION_WORDS <= _POST_NOUNS:
                # "What was P's job in 2024?" asks the title, as "P's title in 2024"
                # does (roles.py): the newest stated by then, not "where P worked".
                return None
            return self._worked_where(q, person, year)
        return None

    def _spans(self, person: str) -> list[RoleSpan]:
        history = self.index.role_history(person)
        return history.current + history.earlier

    def _at(self, q: Query, person: str, org: str, year: int) -> Answer | None:
        index = self.index
        name = index.entity(person).name
        spans = self._spans(person)
        if not spans:
            return None
        there = [s for s in spans if s.role.organization == org]
        held = [s for s in there if held_in(index, s, year)]
        org_name = index.short_name(org)
        if held:
            # "Who was the CTO of Nordalink in 2021?" (the person read from the title)
            # asks for a name, not a yes.
            lines = [f"{_opening(q, 'Yes')}In {year}, the releases give {name} at {org_name}:"]
            lines += [span_line(index, s) for s in held]
            return answered(
                index,
                q.question,
                "\n".join(lines),
                [src for s in held for src in span_sources(index, s)],
                entities=[person, org],
            )
        between = in_force_between(index, there, year)
        # Only as the person's newest statement by then: a 2019 title that releases of
        # 2021 and 2022 leave out, giving others, may have ended in between.
        stated = [
            index.source_date(r.source)
            for r in index.roles_by_entity.get(person, [])
            if r.current and index.source_date(r.source).year <= year
        ]
        between = [s for s in between if stated and max(s.dates) == max(stated)]
        if between:
            # "What did X do at Y in 2023?" with a title stated in 2022 and another first
            # stated in 2024: the one stated before, in force until the next (issue 12).
            later = [s for s in there if min(s.dates).year > year]
            lines = [
                f"{_opening(q, 'Yes')}In {year}, {name} was "
                + " and ".join(f"**{s.role.title}**" for s in between)
                + f" at {org_name}: the newest the releases give there by then."
            ]
            lines += [span_line(index, s) for s in between]
            if later:
                lines.append("The next release gives:")
                lines += [span_line(index, s) for s in later]
            shown = [*between, *later]
            return answered(
                index,
                q.question,
                "\n".join(lines),
                [src for s in shown for src in span_sources(index, s)],
                entities=[person, org],
            )
        elsewhere = [s for s in spans if held_in(index, s, year)]
        # A title at the organisation given before the year and never ended may still
        # have been held: the releases don't say, so no "No".
        open_before = [s for s in there if min(s.dates).year <= year and not s.ended]
        if elsewhere and not open_before:
            lines = [f"{_opening(q, 'No')}In {year}, the releases give {name} elsewhere:"]
            lines += [span_line(index, s) for s in elsewhere]
            shown = elsewhere
            if there:
                lines.append(f"At {org_name}, they give:")
                lines += [span_line(index, s) for s in there]
                shown = [*elsewhere, *there]
            return answered(
                index,
                q.question,
                "\n".join(lines),
                [src for s in shown for src in span_sources(index, s)],
                entities=[person, org],
            )
        ended = [s for s in there if s.ended and s.ended_on and int(s.ended_on[:4]) < year]
        if there and len(ended) == len(there):
            lines = [f"**No.** Not in {year}: {name}'s titles at {org_name} ended before then:"]
            lines += [span_line(index, s) for s in ended]
            return answered(
                index,
                q.question,
                "\n".join(lines),
                [src for s in ended for src in span_sources(index, s)],
                entities=[person, org],
            )
        first = self._first_start_there(person, there)
        stated_by = min(min(s.dates) for s in there).year if there else None
        if first is not None and int(first.date[:4]) > year and stated_by is not None:
            # "Was X working at Y in 2020?" when a fact says X's first title there began
            # in July 2021: not yet.
            lines = [
                f"**No.** Not yet in {year}: {name}'s first title at {org_name} began "
                f"on {format_date(first.date)}.",
                first.fact.text.strip(),
            ]
            return answered(
                index, q.question, "\n".join(lines), [first.fact.source], entities=[person, org]
            )
        shown = there or spans
        where = f" at {org_name}" if there else ""
        text = (
            f"The releases don't say whether {name} worked at {org_name} in {year}. The "
            f"titles they give{where}:\n"
            + "\n".join(span_line(index, s) for s in shown[:MAX_SHOWN])
        )
        return _unsaid(
            self.index, q, text, [src for s in shown[:MAX_SHOWN] for src in span_sources(index, s)]
        )

    def _first_start_there(self, person: str, there: list[RoleSpan]) -> TitleStart | None:
        """When a fact says ``person``'s earliest title of ``there`` (their titles at
        one organisation) began; None when no fact dates the earliest one."""
        if not there:
            return None
        earliest = min(there, key=lambda s: min(s.dates))
        return self.title_start(person, earliest)

    def _worked_where(self, q: Query, person: str, year: int) -> Answer | None:
        index = self.index
        name = index.entity(person).name
        spans = self._spans(person)
        if not spans:
            return None
        held = [s for s in spans if held_in(index, s, year)]
        if held:
            lines = [f"**In {year}**, the releases give {name} as:"]
            lines += [span_line(index, s) for s in held]
            return answered(
                index,
                q.question,
                "\n".join(lines),
                [src for s in held for src in span_sources(index, s)],
                entities=[person, *(s.role.organization for s in held if s.role.organization)],
            )
        shown = spans[:MAX_SHOWN]
        text = (
            f"The releases don't say where {name} worked in {year}. The titles they give:\n"
            + "\n".join(span_line(index, s) for s in shown)
        )
        return _unsaid(self.index, q, text, [src for s in shown for src in span_sources(index, s)])


def _unsaid(index: Index, q: Query, text: str, sources: list[str]) -> Answer:
    """Not found, citing the releases whose titles are shown, each line marked."""
    text, numbered = number_markers(text, force=len(set(sources)) > 1)
    return replace(
        not_found(q.question, text),
        citations=citations(index, numbered or sources),
        entities=tuple(q.subjects),
    )


def span_line(index: Index, span: RoleSpan) -> str:
    """One bulleted line for a title held over a span, cited to the releases stating it
    and marking it ended (their citation markers are numbered later)."""
    return f"• {index.span_text(span)}{placeholder(*span_sources(index, span))}"


def span_sources(index: Index, span: RoleSpan) -> list[str]:
    """The releases stating the title, then those marking it ended (ids)."""
    key = (span.role.title.casefold(), span.role.organization)
    ending = [
        r.source
        for r in index.roles_by_entity.get(span.role.entity, [])
        if not r.current and (r.title.casefold(), r.organization) == key
    ]
    return list(dict.fromkeys([*span.sources, *ending]))
