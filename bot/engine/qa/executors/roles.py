"""Roles with their "as of" dates: a person's title, a title's holder at a date."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from bot.engine.answer import Answer, Status, entity_choice
from bot.engine.qa.compose import answered, not_found
from bot.engine.qa.executors.base import (
    MAX_HOLDERS,
    MAX_LIST_FACTS,
    ExecutorBase,
    Result,
)
from bot.engine.qa.executors.became import TitleStart
from bot.engine.qa.executors.operators import operator_answer, stated_operator
from bot.engine.qa.held_on import Upcoming, asked_day, held_text, history_on
from bot.engine.qa.leading import asks_by_verb, held_rank
from bot.engine.qa.query import Query, RoleAsk
from bot.engine.qa.stated_tenure import stated_tenure
from bot.engine.qa.subjects import role_fits
from bot.engine.qa.superseded import held_until_handover
from bot.engine.qa.vocabulary import BODY_WORDS, asked_title
from bot.kb.models import LoadedRole
from bot.search.index import Index
from bot.textnorm import normalize

# A title nobody holds at an organisation is not_found naming at most this many titles
# the releases do give there.
MAX_TITLES_NAMED = 5
# "from 2013 to 2021", "between 2013 and 2021", "2013-2021": a span of years stated in words.
_YEAR_SPAN = re.compile(
    r"\b(?:from |between )?(?P<start>(?:19|20)\d\d)\s*(?:to|until|and|[-\u2013])\s*"
    r"(?P<end>(?:19|20)\d\d)\b"
)


# One holder of a title asked: when its statement is dated, who, and the role.
_Held = tuple[dt.date, str, LoadedRole]


def _title_key(role: LoadedRole) -> tuple[str, str | None]:
    return role.title.casefold(), role.organization


def _distinct(roles: list[LoadedRole]) -> list[LoadedRole]:
    """The first statement of each title (title and organisation), in order."""
    seen: set[tuple[str, str | None]] = set()
    return [r for r in roles if not (_title_key(r) in seen or seen.add(_title_key(r)))]


def _one(ids: list[str]) -> str | None:
    return ids[0] if len(ids) == 1 else None


def _before_event_clause(q: Query, ids: list[str]) -> list[str]:
    """``ids`` less those named only in a "when …" clause after the person: in "what
    was X's title when the Alliance launched?" the Alliance dates the question, it is
    not where the title is held."""
    if "when" not in q.words[1:]:
        return ids
    cut = q.words.index("when", 1)
    return [e for e in ids if any(m.entity_id == e and m.words[0] < cut for m in q.found)]


class RoleAnswers(ExecutorBase):
    def _current_roles(self, q: Query, person: str, orgs: list[str]) -> Result:
        """The person's current titles (never an ended one), then earlier ones with their
        dates (``Index.role_history``); at ``orgs`` when the question names some."""
        index = self.index
        held = history_on(index, person, q.today, self.title_start)
        current, earlier = held.current, held.earlier
        upcoming = [u for u in held.upcoming if not orgs or u.span.role.organization in orgs]
        if orgs:
            at_now = [s for s in current if s.role.organization in orgs]
            at_before = [s for s in earlier if s.role.organization in orgs]
            if at_now or at_before:
                current, earlier = at_now, at_before
        lines = []
        if current:
            label = "**Role:**" if len(current) == 1 else "**Roles:**"
            lines.append(f"{label} " + "; ".join(held_text(index, s) for s in current))
            if len(index.sources_newest) > 1:
                lines[0] += " — the newest stated"
        else:
            at = f" at {index.short_name(current_org)}" if (current_org := _one(orgs)) else ""
            lines.append(f"The releases give no current title for {index.entity(person).name}{at}.")
        shown = earlier[:3]
        if shown:
            lines.append("Earlier: " + "; ".join(index.span_text(s) for s in shown))
        if upcoming:
            # Announced to begin after the day asked: next, not now.
            lines.append(
                "Next: "
                + "; ".join(f"{held_text(index, u.span)}, from {u.start.written}" for u in upcoming)
            )
        sources = [s.role.source for s in current] + [r for s in shown for r in s.sources]
        sources += [s.role.source for s in shown if s.ended]
        sources += [x for u in upcoming for x in (u.span.role.source, u.start.fact.source)]
        return answered(
            index,
            q.question,
            "\n".join(lines),
            sources,
            entities=[person],
            title=index.entity(person).name,
        )

    def role(self, q: Query) -> Result:
        """ "What's X's title?", "what was X's job in 2020?", "X's current role"."""
        index = self.index
        people = [e for e in q.subjects if e in index.person_ids]
        if len(people) > 1:
            return self._role_of_each(q, people)
        if len(people) != 1:
            return None
        person = people[0]
        roles = index.roles_by_entity.get(person, [])
        orgs = _before_event_clause(q, [e for e in q.subjects if e != person])
        if orgs:
            at = [r for r in roles if r.organization in orgs]
            roles = at or roles
        if not roles:
            return None
        name = index.entity(person).name
        if not q.time.bounded:
            return self._current_roles(q, person, orgs)
        if q.time.bounded:
            year = q.time.year or q.time.until or q.time.since
            assert year is not None
            in_force = set(map(id, index.roles_in_force(person, year)))
            # A title a later release gives as ended, with no date: in ``year`` it is
            # still the newest stated by then (what this answer says it gives), newer
            # than an older title never said to end ("Chief Scientist" of 2021 over a
            # 2019 "science lead" in 2022, when only 2025 says the former ended).
            in_force |= set(map(id, _undated_end_after(index, roles, year)))
            stated = [r for r in roles if id(r) in in_force]
            if not stated and any(index.source_date(r.source).year <= year for r in roles):
                ended = [span for span in index.role_history(person).earlier if span.ended]
                return not_found(
                    q.question,
                    f"The releases state no title {name} still held in {year}; the titles "
                    "they give had ended by then: "
                    + "; ".join(index.span_text(span) for span in ended[:3])
                    + ".",
                )
            lasted = [
                (r, t)
                for r in _distinct(roles)
                if not stated
                and (t := stated_tenure(index, r)) is not None
                and t.first <= year <= t.last
            ]
            if lasted:
                # A length stated up to the title's end ("after eleven years as
                # Director") covers years before the first release naming it.
                role, tenure = lasted[0]
                return answered(
                    index,
                    q.question,
                    f"In {year}, {name}'s role: **{_named_in_full(index, role)}**\n{tenure.text}",
                    [role.source, tenure.source],
                    entities=[person],
                    title=name,
                )
            if not stated:
                first = min(index.source_date(r.source) for r in roles)
                return not_found(
                    q.question,
                    f"The releases state no title for {name} in {year}; the earliest they "
                    f"give is {index.role_text(roles[-1])} (from {first.isoformat()}).",
                )
            # Every title the newest release by then gives (a person may hold two at
            # once: a directorship and the chair of a committee).
            as_of = index.source_date(stated[0].source)
            held = _distinct([r for r in stated if index.source_date(r.source) == as_of])
            label = "role" if len(held) == 1 else "roles"
            head = f"In {year}, {name}'s {label} (the newest stated by then): " + "; ".join(
                f"**{_named_in_full(index, r)}**" for r in held
            )
        lines = [head]
        # "Earlier" is only for statements no newer than the ones answering: a title a
        # later release gives is "Later" (oldest first), never earlier.
        shown = {_title_key(r) for r in held}
        others = [r for r in roles if _title_key(r) not in shown]
        older = _distinct([r for r in others if index.source_date(r.source) <= as_of])[:3]
        later = _distinct([r for r in reversed(others) if index.source_date(r.source) > as_of])
        later = later[:3]
        if older:
            lines.append("Earlier: " + "; ".join(index.role_text(r) for r in older))
        if later:
            lines.append("Later: " + "; ".join(index.role_text(r) for r in later))
        return answered(
            index,
            q.question,
            "\n".join(lines),
            [*(r.source for r in held), *(r.source for r in [*older, *later])],
            entities=[person],
            title=name,
        )

    def _role_of_each(self, q: Query, people: list[str]) -> Result:
        """ "What are the jobs of A and B?": each one's newest role (by the time asked)."""
        index = self.index
        orgs = [e for e in q.subjects if e not in people]
        year = q.time.year or q.time.until or q.time.since
        lines, sources = [], []
        for person in people:
            roles = index.roles_by_entity.get(person, [])
            roles = [r for r in roles if r.organization in orgs] or roles
            if year is not None:
                in_force = set(map(id, index.roles_in_force(person, year)))
                roles = [r for r in roles if id(r) in in_force]
            if roles:
                lines.append(f"• **{index.entity(person).name}:** {index.role_text(roles[0])}")
                sources.append(roles[0].source)
        if not lines:
            return None
        head = f"In {year}, the newest roles stated by then:" if year is not None else "**Roles:**"
        return answered(index, q.question, "\n".join([head, *lines]), sources, entities=people)

    def _literal_holders(self, ask: RoleAsk) -> list[str]:
        """The holders whose title at the organisation has every asked word ("chief
        economist"), when any has; else all of them. "Chief" alone would also name a
        Director General as a top job, but not when a Chief Economist is there."""
        words = set(ask.words)
        literal = [
            person
            for person in ask.holders
            if any(
                r.organization == ask.organization and words <= set(normalize(r.title).split())
                for r in self.index.roles_by_entity.get(person, [])
            )
        ]
        return literal or list(ask.holders)

    def _stated_held_in(self, person: str, year: int) -> bool:
        """Whether a summary or fact about ``person`` gives a span of years that covers
        ``year`` ("Director General of UNIDO from 2013 to 2021"): the roles' "as of"
        dates start with the first release, a span stated in words may start earlier."""
        index = self.index
        texts = [s.text for s in index.summary_history(person)]
        texts += [f.text for f in index.facts_by_entity.get(person, [])[:MAX_LIST_FACTS]]
        for text in texts:
            for span in _YEAR_SPAN.finditer(text):
                if int(span["start"]) <= year <= int(span["end"]):
                    return True
        return False

    def _started_by(self, person: str, role: LoadedRole, year: int) -> TitleStart | None:
        """The fact or summary saying ``role``'s title started in ``year`` or before
        ("Chief Operating Officer since 2019", ``title_start``) while the releases give it
        held after ``year``, else None: the roles' "as of" dates start with the first
        release that states them, a start stated in words may be earlier."""
        span = self.index.span_of(role)
        if span is None:
            return None
        start = self.title_start(person, span)
        return start if start is not None and int(start.date[:4]) <= year else None

    def _holders_over(self, ask: RoleAsk, held: list[_Held], first: int, last: int) -> list[_Held]:
        """The other holders of a title in ``held`` (same title, same organisation) whose
        stated span overlaps ``first``..``last``: a title ended in or after ``first``
        that was stated or started by ``last``, or one still held whose stated start
        falls inside the years. Only stated bounds count: a title stated once and never
        ended says nothing of the years after its statement. Newest statement first."""
        index = self.index
        keys = {_title_key(h[2]) for h in held}
        have = {h[1] for h in held}
        found: list[_Held] = []
        for person in self._literal_holders(ask):
            if person in have:
                continue
            roles = [
                r
                for r in index.roles_by_entity.get(person, [])
                if r.organization == ask.organization and _title_key(r) in keys
            ]
            for role in sorted(roles, key=lambda r: index.source_date(r.source), reverse=True):
                span = index.span_of(role)
                if span is None:
                    continue
                ended, end_year = index.title_ended(role)
                started = self._started_by(person, role, last)
                stated = min(span.dates).year if span.dates else None
                if ended:
                    overlaps = (
                        end_year is not None
                        and end_year >= first
                        and (started is not None or (stated is not None and stated <= last))
                    )
                else:
                    overlaps = started is not None and int(started.date[:4]) >= first
                if overlaps:
                    found.append((index.source_date(role.source), person, role))
                    break
        return sorted(found, key=lambda h: h[0], reverse=True)

    def _held_till_handover(self, person: str, role: LoadedRole, year: int) -> bool:
        """Whether ``role``'s title, marked ended without a date, was still held in
        ``year`` (``superseded.held_until_handover``)."""
        span = self.index.span_of(role)
        return span is not None and held_until_handover(
            self.index, person, span, year, self.title_start
        )

    def _title_not_given(self, q: Query, ask: RoleAsk) -> Answer:
        """Not found for a title nobody holds at the organisation in the releases ("who
        is the CEO of X?" when X's releases name a Co-founder and a Chair): the titles
        they do give there, each with its holders; never another title's holder."""
        index = self.index
        org = self._name(ask.organization)
        people = index.people_by_org.get(ask.organization, [])
        given: dict[str, list[str]] = {}
        for person in people:
            for role in index.roles_by_entity.get(person, []):
                if role.organization != ask.organization:
                    continue
                holders = given.setdefault(role.title, [])
                if person not in holders:
                    holders.append(person)
        text = f"The releases don't name {org}'s {asked_title(ask.words)}."
        titles = list(given.items())[:MAX_TITLES_NAMED]
        if titles:
            text += f" The titles they give at {org}: " + "; ".join(
                f"{title} ({', '.join(index.entity(p).name for p in holders[:MAX_HOLDERS])})"
                for title, holders in titles
            )
            text += "."
        return not_found(
            q.question,
            text,
            tuple(entity_choice(self.prefix, "who", p, index.entity(p).name) for p in people[:3]),
        )

    def _lead_key(self, role: LoadedRole) -> tuple[bool, int, dt.date]:
        """How well ``role`` answers "who leads X now?", higher first: still held, then
        its ``leading_rank``, then its release's date."""
        index = self.index
        return (
            not index.title_ended(role)[0],
            held_rank(index, role),
            index.source_date(role.source),
        )

    def person_by_role(self, q: Query) -> Result:
        """ "Who runs UNIDO?", "Alibaba's founder": the holder of the role, as of its date."""
        index = self.index
        ask = q.role_asks[0]
        if asks_by_verb(ask.words) and not q.time.bounded:
            # "Who runs X?" of a programme "run by" an organisation: that organisation,
            # not a person whose title there has a word of running ("Head Mechanic").
            operator = stated_operator(index, ask)
            if operator is not None:
                return operator_answer(index, q, operator)
        if not ask.holders:
            return self._title_not_given(q, ask)
        # Each holder's newest role at the organisation, newest first: the first is the
        # current one; with a time constraint, the newest stated by then.
        year = (q.time.year or q.time.until or q.time.since) if q.time.bounded else None
        # "Who leads X now?" when X has a top job or a board chair stated: those rank
        # first (``_lead_key``); without one, the newest statement decides as for a title.
        by_verb = (
            year is None
            and asks_by_verb(ask.words)
            and any(
                held_rank(index, r)
                for person in ask.holders
                for r in index.roles_by_entity.get(person, [])
                if r.organization == ask.organization and not index.title_ended(r)[0]
            )
        )
        held: list[_Held] = []
        for person in self._literal_holders(ask):
            roles = [
                r
                for r in index.roles_by_entity.get(person, [])
                if r.organization == ask.organization
            ]
            # The title asked for, when the holder's titles name it ("president"); a
            # role word that is no title ("runs", "heads") keeps every role there.
            titled = [r for r in roles if set(ask.words) <= set(normalize(r.title).split())]
            titled = titled or [r for r in roles if role_fits(r.title, ask.words)]
            roles = titled or roles
            if year is not None:
                # Held in that year: stated by then and not ended before it.
                in_force = set(map(id, index.roles_in_force(person, year)))
                roles = (
                    [r for r in roles if id(r) in in_force]
                    # Ended without a date, it ran until the next title there began
                    # (its statements as held, not the one saying it ended).
                    or [r for r in roles if r.current and self._held_till_handover(person, r, year)]
                    or [r for r in roles if index.source_date(r.source).year > year]
                )
            elif by_verb:
                # "Who leads X now?": each holder's title still held and the highest
                # there (Executive Director over the Head of Training it ended).
                roles = sorted(roles, key=self._lead_key, reverse=True)
            if roles and not by_verb and _asks_head(q, ask):
                # "Who led X in 2021?": of the person's titles there, the leading one
                # (a President's, not their "Director of Programmes").
                best = max(held_rank(index, r) for r in roles)
                roles = [r for r in roles if held_rank(index, r) == best]
            if roles:
                held.append((index.source_date(roles[0].source), person, roles[0]))
        # Newest first; of one release, a title it still gives before one it ends
        # ("Dr. Huamán succeeded Dr. Quispe as Medical Director"). In a year asked, only
        # between holders of that one title: both held it that year, and the one the
        # release still gives is the later holder (a lesser title is not preferred so).
        if q.time.bounded:
            ended = {_title_key(h[2]) for h in held if index.title_ended(h[2])[0]}
            held.sort(
                key=lambda h: (
                    h[0],
                    _title_key(h[2]) in ended and not index.title_ended(h[2])[0],
                ),
                reverse=True,
            )
        elif by_verb:
            # "Who leads X now?": the executive head (President, CEO, Executive Director)
            # before a board's chair stated beside them, then the newest statement; a
            # title that ended is never the one leading now, and a title that leads
            # nothing (a Communications Manager) is no answer beside one that does.
            held.sort(key=lambda h: self._lead_key(h[2]), reverse=True)
            if held and held_rank(index, held[0][2]):
                held = [h for h in held if held_rank(index, h[2])]
        else:
            held.sort(key=lambda h: (h[0], not index.title_ended(h[2])[0]), reverse=True)
            # "Who's the boss at X?": its heads and chairs, now and before, not a
            # manager there (the board's chair may be named beside the one who runs it).
            held = _leading_holders(index, q, ask, held, lowest=1)
        upcoming: list[tuple[str, Upcoming]] = []
        ended_now: set[int] = set()
        if not q.time.bounded and asked_day(q.today) is not None and held:
            # As of the day asked (``held_on``): a holder whose title begins later is
            # the next one, and a title whose announced end is later is still held.
            on_day = {h[1]: history_on(index, h[1], q.today, self.title_start) for h in held}
            upcoming = [
                (h[1], u)
                for h in held
                for u in on_day[h[1]].upcoming
                if _title_key(u.span.role) == _title_key(h[2])
            ]
            later = {person for person, _ in upcoming}
            held = [h for h in held if h[1] not in later]
            still = {
                (h[1], _title_key(s.role))
                for h in held
                for s in (*on_day[h[1]].current, *on_day[h[1]].earlier)
                if not s.ended and s.ended_on
            }
            ended_now = {
                id(h[2])
                for h in held
                if index.title_ended(h[2])[0] and (h[1], _title_key(h[2])) not in still
            }
            held.sort(key=lambda h: (id(h[2]) not in ended_now, h[0]), reverse=True)
        if not held:
            return None
        caveat = ""
        start_line: tuple[str, str] | None = None
        if q.time.bounded:
            year = q.time.year or q.time.until or q.time.since
            assert year is not None
            by_then = _leading_holders(index, q, ask, [h for h in held if h[0].year <= year])
            if by_then:
                later = [h for h in held if h[0].year > year and h[1] != by_then[0][1]]
                held = by_then[:1]
                gone = _ended_before(index, held[0][2], year)
                for when, person, role in later:
                    # "Who was mayor in 2022?" when a later release says the next one
                    # took the title during 2022: both held it that year, newest first;
                    # took it earlier, after the one before left: the next one alone.
                    started = self._started_by(person, role, year)
                    if started is not None and (started.date[:4] == str(year) or gone):
                        held = [(when, person, role)] if gone else [(when, person, role), *held]
                        start_line = (started.fact.text.strip(), started.fact.source)
                        break
            else:
                # Every holder is first stated after the year: the one whose start is
                # stated by then (and whose title had not ended before it) held it, as
                # "succeeded her as Minister in September 2021" says for 2022.
                # Or the one whose title's length, stated up to its end, covers the
                # year ("retired … after eleven years as Director").
                lasted = {
                    id(h[2]): t
                    for h in held
                    if (t := stated_tenure(index, h[2])) is not None and t.first <= year <= t.last
                }
                first = next(
                    (
                        h
                        for h in held
                        if self._started_by(h[1], h[2], year) is not None
                        and not _ended_before(index, h[2], year)
                    ),
                    next((h for h in held if id(h[2]) in lasted), held[-1]),
                )
                held = [first]
                started = self._started_by(first[1], first[2], year)
                if started is not None:
                    # The stated start is the evidence it was held then: shown and cited.
                    start_line = (started.fact.text.strip(), started.fact.source)
                elif id(first[2]) in lasted:
                    # So is the stated length: shown and cited.
                    tenure = lasted[id(first[2])]
                    start_line = (tenure.text, tenure.source)
                elif not self._stated_held_in(first[1], year):
                    # Dated by the releases that state the title held: an ended one's
                    # newest statement is the release saying it ended.
                    span = index.span_of(first[2])
                    since = min(span.dates) if span is not None and span.dates else first[0]
                    caveat = (
                        f"The releases state no holder for {year}; the earliest they name "
                        f"is from {since.isoformat()}:"
                    )
        span_asked = _asked_years(q)
        if span_asked is not None and not caveat:
            # "Who led X from 2019 to 2022?", "… during 2021?": every holder of the title
            # whose stated span overlaps the years, newest first, each cited.
            held = [*held, *self._holders_over(ask, held, *span_asked)]
        newest_ended, ended_in = index.title_ended(held[0][2])
        if upcoming or (asked_day(q.today) is not None and not q.time.bounded):
            newest_ended = newest_ended and id(held[0][2]) in ended_now
        if not q.time.bounded and newest_ended:
            # "Who heads the Heat Institute?" when the newest holder's title has ended
            # and no later holder is given: the name is history, not the answer.
            org = self._name(ask.organization)
            until = f" until {ended_in}" if ended_in else ""
            caveat = (
                f"The releases name no current holder at {org}; the last they give held "
                f"the title{until}:"
            )
        lines = [caveat] if caveat else []
        newest = held[0][0]
        sources: list[str] = []
        for i, (when, person, role) in enumerate(held[:MAX_HOLDERS]):
            mark = " — the newest stated" if i == 0 and len(held) > 1 else ""
            # "Earlier" only for an older statement or an ended title: another holder the
            # same release gives is no earlier one.
            role_ended = index.title_ended(role)[0]
            if asked_day(q.today) is not None and not q.time.bounded:
                role_ended = id(role) in ended_now
            earlier = when < newest or role_ended
            prefix = "" if not i else "Earlier: " if earlier else "Also: "
            # An ended title is dated by the releases that state it held: the release
            # that only says it ended is no date it was held on ("as of 2026-02-10;
            # ended 2025-12-31" would read as held after it ended).
            span = index.span_of(role) if not role.current else None
            text = index.span_text(span) if span is not None else index.role_text(role)
            if span is not None and not role_ended and span.ended_on:
                text = held_text(index, dataclasses.replace(span, ended=False))
            lines.append(f"{prefix}**{index.entity(person).name}** — {text}{mark}")
            sources += [*span.sources, role.source] if span is not None else [role.source]
        for person, u in upcoming[:MAX_HOLDERS]:
            lines.append(
                f"Next: **{index.entity(person).name}** — {held_text(index, u.span)}, "
                f"from {u.start.written}"
            )
            sources += [u.span.role.source, u.start.fact.source]
        if start_line is not None and len(held) <= 2:
            lines.append(start_line[0])
            sources.append(start_line[1])
        elif len(held) == 1:
            # The newest summary, cited to the release that states it (the declared one
            # may be years older than the role shown).
            summaries = index.summary_history(held[0][1])
            if year is not None and summaries:
                # "Who was X's CEO in 2025?": the summary as of then, never a later one
                # (a 2026 restatement may give the next title).
                by_then = [s for s in summaries if index.source_date(s.source).year <= year]
                if by_then:
                    lines.append(by_then[0].text.strip())
                    sources.append(by_then[0].source)
            elif (day := asked_day(q.today)) is not None:
                # As of the day asked: a later release's summary may tell what is yet
                # to happen then (a successor's "since 2024").
                by_then = [s for s in summaries if index.source_date(s.source) <= day]
                if by_then:
                    lines.append(by_then[0].text.strip())
                    sources.append(by_then[0].source)
            else:
                lines.append(index.current_summary(held[0][1]).strip())
                sources += [summaries[0].source] if summaries else []
        if not q.time.bounded:
            # A later release may say more about the newest holder in that role
            # ("served as Director General from 2013 to 2021"): shown, dated and cited.
            _, person, role = held[0]
            fact = self._later_fact(person, ask.organization, role)
            if fact is not None:
                when = index.source_date(fact.source).isoformat()
                lines.append(f"Since then ({when}): {fact.text.strip()}")
                sources.append(fact.source)
            # A title the holder no longer holds in the newest releases (superseded,
            # not only ended): what they hold now leads the history.
            now = history_on(index, person, q.today, self.title_start).current
            key = (role.title.casefold(), role.organization)
            if now and all((s.role.title.casefold(), s.role.organization) != key for s in now):
                lines.append(
                    f"Now: {index.entity(person).name} is "
                    + "; ".join(index.role_text(s.role) for s in now)
                    + "."
                )
                sources += [s.role.source for s in now]
        reply = answered(
            index,
            q.question,
            "\n".join(lines),
            sources,
            entities=[h[1] for h in held],
        )
        if caveat:
            # No holder stated for the year asked: the earliest holder is related, not
            # the answer (issue 10: a time with nothing stated is ``not_found``, and
            # names what the releases do have).
            return dataclasses.replace(reply, status=Status.NOT_FOUND)
        return reply


def _asked_years(q: Query) -> tuple[int, int] | None:
    """The first and last year a question asks about as a whole ("in 2021", "during
    2021", "from 2019 to 2022"), or None for a month, an open end or no time."""
    t = q.time
    if t.month is not None or t.since_month is not None or t.until_month is not None:
        return None
    if t.year is not None:
        return t.year, t.year
    if t.since is not None and t.until is not None and t.since <= t.until:
        return t.since, t.until
    return None


def _asks_head(q: Query, ask: RoleAsk) -> bool:
    """Whether the question asks for the organisation's head with a verb of running
    ("who led / ran / headed X?", "the boss at X"), not for a body's ("the boss of the
    academy's board": its chair, ``vocabulary.BODY_WORDS``) nor a title by name."""
    return asks_by_verb(ask.words) and not {normalize(w) for w in q.words} & BODY_WORDS


def _leading_holders(
    index: Index, q: Query, ask: RoleAsk, held: list[_Held], lowest: int | None = None
) -> list[_Held]:
    """``held`` (the holders in force in the year asked, or all of them, newest
    statement first) less those of a lesser title, when the question asks with a verb of
    running ("who led / ran / headed X in 2021?", "who's the boss at X?"): the
    organisation's head is the holder of its leading title (``leading.held_rank``),
    though a release of that year names only someone's "Director of Programmes" there.
    With ``lowest``, the holders of a rank at least that (or of the best rank, if lower)
    stay. Unchanged for a title asked by name."""
    if not held or not _asks_head(q, ask):
        return held
    best = max(held_rank(index, h[2]) for h in held)
    floor = best if lowest is None else min(best, lowest)
    return [h for h in held if held_rank(index, h[2]) >= floor]


def _named_in_full(index: Index, role: LoadedRole) -> str:
    """``Index.role_text`` with the organisation's full name before its acronym ("Chair,
    Irish Deaf Council (IDC) (as of 2016-09-20)"): the answer to "what was X's title in
    2016?" names where the title was held, and an acronym may be one only the knowledge
    files use."""
    text = index.role_text(role)
    if role.organization is None:
        return text
    short, full = index.short_name(role.organization), index.entity(role.organization).name
    if short == full or f", {short}" not in text:
        return text
    return text.replace(f", {short}", f", {full} ({short})", 1)


def _undated_end_after(index: Index, roles: list[LoadedRole], year: int) -> list[LoadedRole]:
    """The roles stated held by a release of ``year`` or earlier whose title only a
    release after ``year`` gives as ended, with no date: the end is not known to fall
    before ``year``, so they are the newest stated by then (newest statement first)."""
    out = []
    for role in roles:
        if not role.current or index.source_date(role.source).year > year:
            continue
        key = (role.title.casefold(), role.organization)
        ends = [r for r in roles if not r.current and (r.title.casefold(), r.organization) == key]
        if ends and all(not r.ended and index.source_date(r.source).year > year for r in ends):
            out.append(role)
    return out


def _ended_before(index: Index, role: LoadedRole, year: int) -> bool:
    """Whether ``role``'s title ended in a year before ``year`` (a stated end year)."""
    ended, ended_year = index.title_ended(role)
    return ended and ended_year is not None and ended_year < year
