"""Who held a leading title, as of a time, where the roles alone do not say it directly.

- **A title that names the thing run:** "who ran the Kuala Lumpur campus in 2022?" is
  answered by a role titled "Head of the Kuala Lumpur campus" (at the Academy), held
  then (``Index.roles_in_force``).
- **No current holder:** "who is UNIDO's director general?" when every holder the
  releases name has left the title (a release marks it ended): the last holder is the
  answer, with the year the title ended and that no current holder is named; asked
  "now" (or "currently", "at present") of a last holder who holds no title there any
  more, or whose next title there was another person's post before them, the same
  reply is not_found, since the present holder asked for is named nowhere.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from bot.engine.answer import Answer, Status
from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.led_since import led_since
from bot.engine.qa.query import AnswerType, Query, _possessed
from bot.engine.qa.subjects import role_fits
from bot.engine.qa.vocabulary import LEADER_TITLE_WORDS, LEADER_WORDS, PAST_AUX
from bot.kb.models import LoadedRole
from bot.search.terms import stem
from bot.textnorm import normalize

_LEADER_TITLE_STEMS = frozenset(stem(w) for w in LEADER_TITLE_WORDS)
# A name shorter than this many words is too loose to find inside a title.
MIN_NAME_WORDS = 2
# At most this many people's roles are read for a title naming the subject.
MAX_PEOPLE_NEAR = 500
# Words saying the question is about today ("who is X's director now?").
_PRESENT = frozenset("is are does do".split())
_PAST = PAST_AUX


class RoleHolderAnswers(ExecutorBase):
    def holder_by_title_name(self, q: Query) -> Result:
        """The holder of a leading title whose words name the subject (a campus, an
        office), as of the time asked; None when no title names it."""
        words = set(q.words)
        if q.answer_type is not AnswerType.PERSON or not words & LEADER_WORDS:
            return None
        possessed = _possessed_thing(q)
        if possessed is not None and possessed not in self.index.person_ids:
            # "Who runs the training programme's Asian campus?": two hops, the owner
            # only says which campus; the title asked is the campus's, not the owner's.
            q = dataclasses.replace(
                q,
                subjects=(possessed,),
                role_asks=tuple(a for a in q.role_asks if a.organization == possessed),
            )
        if q.quote or q.meta or len(q.subjects) != 1 or any(a.holders for a in q.role_asks):
            return None
        subject = q.subjects[0]
        index = self.index
        if subject in index.person_ids or index.people_by_org.get(subject):
            return None  # a person, or a body whose own roles answer (roles.py)
        labels = _labels(index.entity(subject).name, index.entity(subject).aliases)
        year = (q.time.year or q.time.until or q.time.since) if q.time.bounded else None
        found: list[LoadedRole] = []
        for role in self._roles_near(subject):
            title = f" {normalize(role.title)} "
            if not {stem(w) for w in title.split()} & _LEADER_TITLE_STEMS:
                continue
            if not any(f" {label} " in title for label in labels):
                continue
            if year is not None:
                in_force = index.roles_in_force(role.entity, year)
                if not any(
                    (r.title.casefold(), r.organization)
                    == (role.title.casefold(), role.organization)
                    for r in in_force
                ):
                    continue
            found.append(role)
        if not found:
            return self._led_by_sentence(q, subject, year)
        # The newest statement; of one release, a title it still gives before one it
        # ends (a successor named beside the one who left), unless a year is asked.
        role = max(
            found,
            key=lambda r: (
                index.source_date(r.source),
                year is not None or not index.title_ended(r)[0],
            ),
        )
        text = f"**{index.entity(role.entity).name}** — {index.role_text(role)}"
        return answered(index, q.question, text, [role.source], entities=[role.entity, subject])

    def _led_by_sentence(self, q: Query, subject: str, year: int | None) -> Answer | None:
        """ "Who was leading Mulimi Meals in 2020?" of a programme no one holds a title
        at: the person a sentence says led it from a date in or before the year, up to
        a release of that year or later (``led_since``), cited; None when none does."""
        if year is None:
            return None
        led = led_since(self.index, subject, str(year))
        if led is None:
            return None
        index = self.index
        text = (
            f"**{index.entity(led.person).name}** led {index.entity(subject).name} in {year}: "
            f"the releases date it from {led.start} (as of {led.until}).\n{led.fact.text.strip()}"
        )
        return answered(index, q.question, text, [led.fact.source], entities=[led.person, subject])

    def _roles_near(self, subject: str) -> list[LoadedRole]:
        """The roles at the organisations the subject's facts name (a campus's academy),
        at most MAX_LIST_FACTS facts read: where a title naming it would be. The
        organisations named most often come first, and at most MAX_PEOPLE_NEAR people's
        roles are read in all (an organisation of a large base has thousands)."""
        index = self.index
        named = Counter(
            e
            for fact in index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
            for e in fact.about
            if e != subject
        )
        roles: dict[int, LoadedRole] = {}
        budget = MAX_PEOPLE_NEAR
        for org, _ in sorted(named.items(), key=lambda item: (-item[1], item[0])):
            people = index.people_by_org.get(org, [])[:budget]
            budget -= len(people)
            for person in people:
                for role in index.roles_by_entity.get(person, []):
                    if role.organization == org:
                        roles.setdefault(id(role), role)
            if budget <= 0:
                break
        return list(roles.values())

    def _held_before_by_another(self, role: LoadedRole, person: str) -> bool:
        """Whether someone other than ``person`` held ``role``'s title at its organisation
        before ``person`` did: stated by a release older than any stating it of
        ``person``."""
        index = self.index
        key = _title_key(role)
        own = [
            index.source_date(r.source)
            for r in index.roles_by_entity.get(person, [])
            if _title_key(r) == key
        ]
        if not own:
            return False
        first = min(own)
        return any(
            index.source_date(r.source) < first
            for other in index.people_by_org.get(role.organization or "", [])[:MAX_PEOPLE_NEAR]
            if other != person
            for r in index.roles_by_entity.get(other, [])
            if _title_key(r) == key
        )

    def _moved_to_anothers_post(self, person: str, role: LoadedRole) -> bool:
        """Whether the next title ``person`` was given at ``role``'s organisation (the
        first stated no earlier than ``role``'s title, of another title) is one another
        person held before them."""
        index = self.index
        key = _title_key(role)
        mine = [
            r for r in index.roles_by_entity.get(person, []) if r.organization == role.organization
        ]
        since = min(index.source_date(r.source) for r in mine if _title_key(r) == key)
        later = [r for r in mine if _title_key(r) != key and index.source_date(r.source) >= since]
        if not later:
            return False
        first = min(index.source_date(r.source) for r in later)
        nexts = [r for r in later if index.source_date(r.source) == first]
        return all(self._held_before_by_another(r, person) for r in nexts)

    def no_current_holder(self, q: Query) -> Answer | None:
        """ "Who is X's <title> now?" when every holder the releases name has left the
        title: the last holder and when the title ended, saying no current holder is
        named (cited). None when one still holds it, or the question asks about the past."""
        words = set(q.words)
        if not q.role_asks or q.quote or q.meta or q.time.bounded:
            return None
        if q.answer_type is not AnswerType.PERSON or "who" not in words:
            return None  # "is X still …?" is yes/no (yes_no.py); this asks who
        if not (q.time.current or (words & _PRESENT and not words & _PAST)):
            return None
        ask = q.role_asks[0]
        index = self.index
        held: list[tuple[str, LoadedRole]] = []
        for person in ask.holders:
            roles = [
                r
                for r in index.roles_by_entity.get(person, [])
                if r.organization == ask.organization and role_fits(r.title, ask.words)
            ]
            if roles:
                # Of one release's titles there, one still held before one it ends ("CFO
                # until December 31, 2025", "President and CEO" since).
                newest = max(
                    roles,
                    key=lambda r: (index.source_date(r.source), not index.title_ended(r)[0]),
                )
                held.append((person, newest))
        if not held:
            return None
        ended = [(h, index.title_ended(h[1])) for h in held]
        if not all(e[0] for _, e in ended):
            return None
        # The one whose title ended last is the last holder named.
        (person, role), (_, year) = max(ended, key=lambda e: e[1][1] or 0)
        until = f" until {year}" if year else ""
        org = index.short_name(ask.organization)
        # The last holder is the answer the releases support, with the title's end: a
        # bare "not found" would hide who held it (issue 12: ended roles).
        text = (
            f"**{index.entity(person).name}** held the title{until}; it has ended, and the "
            f"releases name no current {role.title} of {org} (no later holder is given)."
            f"{placeholder(role.source)}"
        )
        sources = [role.source]
        fact = self._later_fact(person, ask.organization, role)
        if fact is not None:
            text += f"\n• {fact.text.strip()}{placeholder(fact.source)}"
            sources.append(fact.source)
        reply = answered(index, q.question, text, sources, entities=[person, ask.organization])
        # A later title there carries the post on under another name ("Founding
        # Coordinator", then "Executive Director"), unless the next title the person took
        # there is one another person held before them: a different post they moved into
        # (the Treasurer who became President in succession to another), and the title
        # asked for has no holder named now.
        still_there = any(
            s.role.organization == ask.organization and not s.ended
            for s in index.role_history(person).current
        ) and not self._moved_to_anothers_post(person, role)
        # "Who is head of X now that P is director?": the last holder, named by the
        # question itself as gone to another title, is not who it asks for.
        own = set(normalize(index.entity(person).name).split())
        by_title = {i for m in q.found if m.via == "role" for i in range(*m.words)}
        named_gone = any(w in own for i, w in enumerate(q.words) if i not in by_title)
        if q.time.current and (not still_there or named_gone):
            # "Who is X's <title> *now*?" asks the present holder, whom no release names:
            # not found, the last holder shown as what the releases do say (as
            # ``ended_titles.py`` answers the same question asked through a title label).
            # Without "now" ("who is X's CEO?") the last holder named is the answer, and
            # so is one who holds a later title there (a "Founding Coordinator" who
            # became Executive Director: the post went on under another name).
            return dataclasses.replace(reply, status=Status.NOT_FOUND)
        return reply


def _title_key(role: LoadedRole) -> tuple[str, str | None]:
    return normalize(role.title), role.organization


def _labels(name: str, aliases: tuple[str, ...]) -> list[str]:
    """The name, its aliases, and the name's last words ("kuala lumpur campus" of
    "Digital Export Academy Kuala Lumpur campus"), normalised, of two words or more."""
    found = []
    for label in (name, *aliases):
        words = normalize(label).split()
        if words[:1] == ["the"]:
            words = words[1:]
        for start in range(len(words)):
            tail = words[start:]
            if len(tail) >= MIN_NAME_WORDS:
                found.append(" ".join(tail))
    return list(dict.fromkeys(found))


def _possessed_thing(q: Query) -> str | None:
    """The entity named right after a possessive ("the Academy's Asian campus": the
    campus), when the question names another thing too (its owner); else None."""
    if len(q.subjects) < 2:
        return None
    after = _possessed(q.question)
    named = [
        m.entity_id
        for m in q.found
        if m.words[0] < len(q.words) and normalize(q.words[m.words[0]]) in after
    ]
    return named[0] if len(set(named)) == 1 else None
