"""When someone took a title: "when did Okafor become president?", "since when has Lina
Ma been Programme Director?", "when was Lina Ma named executive director?".

Only a fact about the person that says when that title started answers: the title
followed by "since/from <date>" ("Programme Director since July 2021", "Director
General of UNIDO from 2013 to 2021"), or "became/appointed/named/elected … <title> …
on/effective <date>"; an appointment with no date in the sentence takes the fact's own
date. A fact that names the title and some other date (a meeting the holder attended)
is never the answer. Without such a fact: not found, saying when the releases first
give the title.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from bot.engine.answer import Answer
from bot.engine.cite import number_markers, placeholder
from bot.engine.qa.compose import answered, citations, format_date, not_found
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase
from bot.engine.qa.executors.role_dates import best_fitting
from bot.engine.qa.figures import summary_statement
from bot.engine.qa.query import Query
from bot.engine.qa.vocabulary import TITLE_WORDS
from bot.kb.models import LoadedFact, LoadedRole
from bot.search.index import Index, RoleHistory, RoleSpan
from bot.textnorm import normalize
from bot.vocab import month_names_pattern

# Words asking when a title started.
# "Succeed" is also the thesaurus' word for "took over" / "take over" (bot/vocab).
START_WORDS = frozenset(
    "become became becomes appointed named elected made promoted join joined start started "
    "took take assume assumed succeed succeeded succeeds".split()
)
# "When did X's term as DG begin?": a title's start, asked of the term (only here: a
# thing that "began" elsewhere is a launch or a period's start, not a title taken).
_BEGIN_WORDS = frozenset("begin began begun beginning commence commenced".split())
# Of those, the words of a start asked with no title ("when did she start?"); joining is
# the first title at a place, which relations.py answers.
_STARTED = frozenset("start started starting begin began begun".split())
_JOINED = frozenset("join joined joining".split())
# "Promoted" with no "to <title>" moves out of the title named ("when did the fund's CIO
# get promoted?"); with "to", the title named is the new one.
_PROMOTED = frozenset("promoted promotion".split())
_TO_WORDS = frozenset({"to"})
_MONTHS = month_names_pattern(capitalised=True)
# "July 1, 2021", "July 2021", "2021", and the day first ("1 April 2022").
_DATE = (
    rf"(?:(?:{_MONTHS})\s+(?:\d{{1,2}},?\s+)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS}),?\s+)?"
    r"(?:19|20)\d\d"
)
# The date pattern, for other modules reading a start from a sentence.
DATE_PATTERN = _DATE
# "Y succeeded X as Minister in September 2021" dates Y's start (the passive "X was
# succeeded by Y" does not date X's: the subject check in ``title_start`` and the "by"
# left out here).
_CUE = (
    r"(?:became|becomes|become|appointed|named|elected|made|promoted|joined\s+as"
    r"|succeed(?:s|ed)(?!\s+by\b))"
)


def _title_pattern(title: str) -> str:
    """The title's words in order, a few other words allowed between them ("Chair of the
    Digital Export Academy's Board" is "Chair of the Board"). The first word may be read
    as a verb ("has chaired the Board since …" states when the Chair began)."""
    words = [re.escape(w) for w in re.findall(r"[\w']+", title)]
    if words:
        # As a verb the title loses its "of the": "has chaired the Harbour Board".
        content = [w for w in words[1:] if w.casefold() not in _LINK_WORDS]
        words = [words[0] + r"(?:ed|s)?", *content] if content else words
    return r"\W+(?:[\w'’-]+\W+){0,5}?".join(words)


def _org_pattern(names: tuple[str, ...]) -> str:
    """An optional "of/at (the) <organisation> (ACRONYM)" after a title: a long name there
    would otherwise push "since <date>" past the few words allowed before it."""
    if not names:
        return ""
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return rf"(?:\s+(?:of|at|for)\s+(?:the\s+)?(?:{alternatives})(?:\s*\([^)]{{1,20}}\))?)?"


def title_regex(title: str) -> str:
    """A regular expression for ``title`` in a sentence: its words in order, a few others
    allowed between them (see ``_title_pattern``)."""
    return _title_pattern(title)


# One character of the title's own clause: the window between a title and its "since /
# from <date>" stops at a comma and at a clause opener ("…, who taught in Nakivale from
# 2009" or "… and worked in Gulu from 2009" dates something else the person did).
_SAME_CLAUSE = (
    r"(?:(?!,|\b(?:who|which|whose|where|while|when|that)\b"
    r"|\band\s+(?:has|had|have|was|is|were|\w+ed)\b)[^.;])"
)

# Words that link a title's head to the rest ("Chair of the Board"), left out of its
# pattern: the words between are allowed anyway.
_LINK_WORDS = frozenset({"of", "the", "for", "at", "on", "in"})


def start_of_title(fact: LoadedFact, title: str, org_names: tuple[str, ...] = ()) -> str | None:
    """When ``fact`` says the title started, as written ("July 2021", "January 1, 2022",
    or the fact's own date for a dateless appointment), else None. ``org_names`` are the
    names of the title's organisation, which may follow the title in full ("Executive
    Director of the Riverlands Community Radio Network (RCRN) since 2015")."""
    text = fact.text
    # "One of its Lead Mentors since 2018": the title may be written in the plural.
    named = _title_pattern(title) + "s?" + _org_pattern(org_names)
    since = re.search(rf"{named}\b{_SAME_CLAUSE}{{0,40}}?\b(?:since|from)\s+({_DATE})", text, re.I)
    if since:
        return since[1]
    # "was named the Peatland Recovery Network's Chief Scientist on …": the
    # organisation's name may stand between the cue and the title.
    cue = re.search(rf"\b{_CUE}\b([^.;]{{0,60}}?){named}\b([^.;]{{0,80}})", text, re.I)
    if cue and re.search(r"\bfrom\s+(?:the\s+|its\s+|a\s+)?$", cue[1], re.I):
        # "Promoted from Programme Manager to Programme Director": the title left.
        return None
    if cue:
        dated = re.search(rf"\b(?:on|effective|from|in|as of)\s+({_DATE})", cue[2], re.I)
        if dated:
            return dated[1]
        return fact.date
    return None


def units_of_role(index: Index, role: LoadedRole) -> list[str]:
    """The units or programmes whose post ``role`` is (``Index.unit_roles``: "Director
    of the Hydrology Lab" at Lakemoor University is the Lab's), in index order; one
    lookup in ``Index.units_by_role``."""
    return list(index.units_by_role.get(id(role), ()))


def iso_date(written: str) -> str:
    """A date as written ("January 1, 2022", "July 2021", "2022") or ISO, in ISO form
    ("2022-01-01", "2021-07", "2022")."""
    if re.fullmatch(r"\d{4}(?:-\d\d){0,2}", written):
        return written
    year = re.search(r"(?:19|20)\d\d", written)
    month = re.search(_MONTHS, written, re.I)
    if year is None:
        return written
    if month is None:
        return year[0]
    number = [m.casefold() for m in _MONTHS.split("|")].index(month[0].casefold()) + 1
    day = re.search(r"\b(\d{1,2}),?\s+(?:19|20)\d\d", written) or re.search(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b", written, re.I
    )
    return f"{year[0]}-{number:02d}" + (f"-{int(day[1]):02d}" if day else "")


# "From what date is X Executive Director?", "as of when", "effective which day".
_FROM_WHEN = re.compile(
    r"\b(?:since|from|as of|effective|starting|beginning) (?:when|what|which) ?(?:date|day)?\b"
)


class TitleStart(NamedTuple):
    """When a fact says a title started: the ISO date, the date as written ("July
    2021"; the fact's own date for a dateless appointment) and the fact."""

    date: str
    written: str
    fact: LoadedFact


class BecameAnswers(ExecutorBase):
    def title_start(self, person: str, span: RoleSpan) -> TitleStart | None:
        """When a fact about ``person`` says the title of ``span`` started, the most
        precise date stated ("effective July 1, 2021" over "since July 2021"); None
        when no fact says."""
        org = span.role.organization
        # A post at a unit or programme of the organisation ("Programme Director of
        # ClassBridge" at the university): a sentence about the unit dates it as well,
        # and may give the title without the unit ("one of its Lead Mentors since 2018").
        units = units_of_role(self.index, span.role)
        scope = {org, *units} if org is not None else set()
        head = span.role.title.rpartition(" of ")[0] if units else ""
        found: list[tuple[str, LoadedFact]] = []
        facts = self.index.facts_by_entity.get(person, [])[:MAX_LIST_FACTS]
        # A summary says it as often ("Chair of the Steering Board since July 1, 2020"):
        # it is about its person, and names the organisation in its words.
        stated = [summary_statement(s) for s in self.index.summary_history(person)]
        stated = [
            f for f in stated if org is None or any(self._text_names(f.text, e) for e in scope)
        ]
        people = self.index.person_ids
        org_names: tuple[str, ...] = ()
        if org is not None:
            entity = self.index.entity(org)
            org_names = (entity.name, *entity.aliases)
        for fact in [*facts, *stated]:
            if org is not None and not scope & set(fact.about) and fact not in stated:
                continue
            # "B was elected Mayor in May 2025, succeeding A": B's start, not A's. The
            # sentence's subject is the person it names first, whatever order a reviewer
            # linked the people in; one not naming the person goes by that order.
            first = self._another_named_first(fact, person)
            if first is None:
                first = bool(fact.about) and fact.about[0] != person and fact.about[0] in people
            if first:
                continue
            when = start_of_title(fact, span.role.title, org_names)
            if not when and head and any(self._text_names(fact.text, u) for u in units):
                when = start_of_title(fact, head)
            if when:
                found.append((when, fact))
        if not found:
            return None
        when, fact = max(found, key=lambda c: (_precision(c[0]), -c[1].position))
        return TitleStart(iso_date(when), when, fact)

    def _another_named_first(self, fact: LoadedFact, person: str) -> bool | None:
        """Whether the sentence names another person it is about before ``person``
        (its subject, "B becomes Director …, succeeding A"); None when it does not
        name ``person`` at all (a summary, "Director since 2021")."""
        at = self._named_at(fact.text, person)
        if at is None:
            return None
        people = self.index.person_ids
        for other in fact.about:
            if other != person and other in people:
                other_at = self._named_at(fact.text, other)
                if other_at is not None and other_at < at:
                    return True
        return False

    def _named_at(self, text: str, entity_id: str) -> int | None:
        """Where ``text`` first names the entity (its name or an alias, as whole words,
        in the normalised text); None when it does not."""
        entity = self.index.entity(entity_id)
        padded = f" {normalize(text)} "
        found = [padded.find(f" {normalize(label)} ") for label in (entity.name, *entity.aliases)]
        found = [i for i in found if i >= 0]
        return min(found) if found else None

    def _text_names(self, text: str, entity_id: str) -> bool:
        """Whether ``text`` names the entity (its name or an alias, as whole words)."""
        entity = self.index.entity(entity_id)
        padded = f" {normalize(text)} "
        return any(f" {normalize(label)} " in padded for label in (entity.name, *entity.aliases))

    def _start_of_current_title(
        self, q: Query
    ) -> tuple[str, list[str], list[str], list[RoleSpan]] | None:
        """ "When did Halima Abdi start?", "when did she join?": a start asked of one
        person with no title named (only start words) is the start of the titles they
        hold now (``Index.role_history``); None otherwise."""
        person = self.one_person(q)
        if person is None or q.role_asks or len(q.subjects) != 1:
            return None  # "when did X join the academy?": the first title there (relations)
        if not set(q.words) & _STARTED or set(q.words) & _JOINED:
            return None
        if any(w in TITLE_WORDS and w not in START_WORDS for w in q.words):
            return None
        current = list(self.index.role_history(person).current)
        return (person, [], [], current) if current else None

    def became(self, q: Query) -> Answer | None:
        """When the person took the title asked; None when the question asks no such
        thing (no start word, no date asked, no one person or no title of theirs)."""
        words = set(q.words)
        # "Since when is X …?", "from what date / as of when is X …?": the start asked.
        since_when = ("since" in words and "when" in words) or _FROM_WHEN.search(
            " ".join(q.words)
        ) is not None
        if not (
            words & (START_WORDS | _BEGIN_WORDS) and (q.wants == "date" or "when" in words)
        ) and not (since_when):
            return None
        if q.time.bounded or q.quote or q.meta or q.wants == "count":
            return None  # "how many … when X became …": a figure as of then (events.py)
        asked = self._asked_titles(q)
        if asked is None or not asked[3]:
            asked = self._start_of_current_title(q)
        if asked is None or not asked[3]:
            return None
        person, title_words, _orgs, spans = asked
        spans = best_fitting(q.question, title_words, spans)
        index = self.index
        if _PROMOTED & words and not words & _TO_WORDS:
            # "When did the fund's CIO get promoted?": promoted out of the title named,
            # so the start of the title that followed it there.
            spans = _following(index.role_history(person), spans) or spans
        name = index.entity(person).name
        found = [
            (start, span.role.organization)
            for span in spans
            if (start := self.title_start(person, span)) is not None
        ]
        if found:
            # The most precise date ("effective July 1, 2021" over "since July 2021").
            start, org = max(found, key=lambda c: (_precision(c[0].written), -c[0].fact.position))
            return answered(
                index,
                q.question,
                f"**When:** {_shown(start.written)}\n{start.fact.text.strip()}",
                [start.fact.source],
                entities=[person, *([org] if org else [])],
            )
        span = min(spans, key=lambda s: min(s.dates))
        first = min(span.dates).isoformat()
        source = span.sources[-1]
        text, numbered = number_markers(
            f"The releases don't say when {name} became "
            f"{_title_at(index, span)}. They first give the title as of "
            f"{first}{placeholder(source)}.",
        )
        return replace(
            not_found(q.question, text),
            citations=citations(index, numbered or [source]),
            entities=(person,),
        )


def _following(history: RoleHistory, spans: list[RoleSpan]) -> list[RoleSpan]:
    """The person's titles at the organisation of ``spans`` first given after all of them
    (``history`` is ``Index.role_history``): where a promotion out of those titles led."""
    if not spans:
        return []
    orgs = {s.role.organization for s in spans}
    after = max(min(s.dates) for s in spans)
    return [
        s
        for s in (*history.current, *history.earlier)
        if s.role.organization in orgs and s not in spans and min(s.dates) > after
    ]


def _title_at(index: Index, span: RoleSpan) -> str:
    """ "Executive Director, RCRN": the title as it was taken, without the "former" an
    ended title's text carries (it was not former when it was taken)."""
    org = span.role.organization
    return span.role.title + (f", {index.short_name(org)}" if org else "")


def _shown(when: str) -> str:
    """An ISO date as a weekday date ("2024-06-01"); a written one as it is."""
    if re.fullmatch(r"\d{4}(?:-\d\d){0,2}", when):
        return format_date(when)
    return when


def _precision(when: str) -> int:
    """How precise a date is: 3 with a day, 2 with a month, 1 for a year alone."""
    if re.fullmatch(r"\d{4}(?:-\d\d){0,2}", when):
        return when.count("-") + 1
    return 1 + bool(re.search(_MONTHS, when)) + bool(re.search(r"\b\d{1,2},?\s", when))
