"""What every executor shares: the index, the retriever, dates of facts, and the constants.

The executors (one module each in this package) answer one kind of question each, from
the structure the knowledge base has. They are mixins of one ``Executors`` class, so
that one can use another's helper (yes/no reads a stated range, as arithmetic does).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from bot.engine.answer import Answer, Status, entity_choice
from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered_facts, not_found
from bot.engine.qa.counted_phrase import noun_phrase
from bot.engine.qa.durations import StatedRange, year_range
from bot.engine.qa.followup import Step
from bot.engine.qa.held_on import asked_day
from bot.engine.qa.query import Query
from bot.engine.qa.range_owner import range_of_another
from bot.engine.qa.retrieve import Candidate, Retriever
from bot.engine.qa.vocabulary import (
    DAY_GROUPS,
    FOUNDER_WORDS,
    KIND_NOUNS,
    LEADER_WORDS,
    NUMBER_WORDS,
    PRICE_WORDS,
    QUOTE_WORDS,
    SPEECH_ACT_WORDS,
    TITLE_WORDS,
    VIEW_WORDS,
    WEEKDAYS,
)
from bot.kb.models import EntityKind, LoadedFact, LoadedRole
from bot.search.index import Index, RoleSpan
from bot.search.terms import stem
from bot.textnorm import normalize
from bot.vocab import month_stems_pattern

# Related facts shown under the answer must score at least this share of the best.
RELATED_RATIO = 0.6
MAX_RELATED = 2
MAX_LISTED_SPEAKERS = 20
# "The closest the releases come" shows this many facts.
CLOSEST_SHOWN = 2
# A list answer names at most this many entities, and reads at most this many facts.
MAX_LISTED = 15
MAX_LIST_FACTS = 200
# A count no release states: at most this many sentences naming what was asked are shown.
MAX_NAMED_COUNTED = 3
MAX_SOURCES_SHOWN = 5
# A role held by several people over time lists at most this many.
MAX_HOLDERS = 4

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_DATES = re.compile(
    rf"\b(?:{month_stems_pattern()})[a-z]*\.? \d{{1,2}}(?:st|nd|rd|th)?\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:{month_stems_pattern()})[a-z]*\b|"
    r"\b\d{4}-\d{2}(?:-\d{2})?\b",
    re.IGNORECASE,
)
# A count, in digits or spelled out ("twelve of them": every number word, not one to
# ten only), never a year; "one of" is no count.
_NON_YEAR_NUMBER = re.compile(
    r"\b(?!(?:19|20)\d\d\b)\d[\d,.]*\b|\b(?:one(?! of\b)|"
    + "|".join(NUMBER_WORDS[2:])
    + r"|dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|billion|billions)\b",
    re.IGNORECASE,
)
# Words asking for the bounds of a period ("when does the framework end?").
_PERIOD_TERMS = frozenset(
    stem(w)
    for w in "end ends start starts begin begins finish expire expires run runs last cover".split()
)
# Among facts scoring at least this share of the best, the newest one states the figure.
NEWEST_AMONG = 0.8
_CHANGE_TERMS = frozenset(
    stem(w)
    for w in "change changed grow grew growth increase increased rise rose fall fell drop dropped "
    "more fewer less difference between".split()
)
_FIGURE = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w-])")

if TYPE_CHECKING:
    from bot.engine.qa.asked_event import AskedEvent
    from bot.engine.qa.executors.became import TitleStart
    from bot.engine.qa.executors.events import DatedEnd
    from bot.engine.qa.figure_series import FigurePoint


def _first_number(text: str) -> float | None:
    """The first figure of a text that is not a year or part of a date ("5,100", "58%")."""
    for match in _FIGURE.finditer(_DATES.sub(" ", text)):
        raw = match[1]
        if _YEAR.fullmatch(raw):
            continue
        return float(raw.replace(",", ""))
    return None


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


_COUNT_TERMS = frozenset(stem(w) for w in "time times often occasion occasions".split())
_DURATION_WORDS = frozenset("year years long decade decades".split())
_DURATION_TERMS = frozenset(
    stem(w) for w in (*_DURATION_WORDS, "pass", "passed", "after", "between")
)
_KIND_LABEL = {
    EntityKind.ORGANIZATION: "Organisations",
    EntityKind.PERSON: "People",
    EntityKind.INITIATIVE: "Initiatives",
    EntityKind.AGREEMENT: "Agreements",
    EntityKind.EVENT: "Events",
    EntityKind.PLACE: "Places",
    EntityKind.DOCUMENT: "Documents",
    EntityKind.TOPIC: "Topics",
}

Result = Answer | Step | None


_SPEAKER_KINDS = frozenset({EntityKind.PERSON, EntityKind.ORGANIZATION})
_QUOTE_TERMS = (
    frozenset(stem(w) for w in QUOTE_WORDS | SPEECH_ACT_WORDS)
    | frozenset(
        # "Her line about X", "the exact words for my piece": how a quote is asked for.
        stem(w)
        for w in "anything something topic topics subject line lines exact piece article".split()
    )
    | frozenset(
        # "Compare A's comments with B's": the quotes side by side are the comparison.
        stem(w)
        for w in "compare compared comparing contrast contrasted versus vs".split()
    )
    # "How does X see Y?": the verb asks the view, which the quotes give.
    | frozenset(stem(w) for w in VIEW_WORDS)
)
_RELEASE_TERMS = frozenset(stem(w) for w in "release releases press announcement this".split())
_WEEKDAY_TERMS = frozenset(stem(w) for w in (*WEEKDAYS, *DAY_GROUPS))
_KIND_TERMS = frozenset(stem(w) for w in KIND_NOUNS)
_TITLE_TERMS = frozenset(stem(w) for w in TITLE_WORDS) - frozenset(
    stem(w) for w in (*LEADER_WORDS, *FOUNDER_WORDS)
)


class ExecutorBase:
    def __init__(self, index: Index, retriever: Retriever, prefix: str) -> None:
        self.index = index
        self.retriever = retriever
        self.prefix = prefix

    def fact_year(self, fact: LoadedFact) -> int:
        """The year a fact is about: its own date, else its release's."""
        if fact.date:
            return int(fact.date[:4])
        return self.index.source_date(fact.source).year

    def _name(self, entity_id: str) -> str:
        return self.index.display_name(entity_id)

    def one_person(self, q: Query) -> str | None:
        """The entity id of the one person the question names; None when it names no
        person or several (the question is then another executor's)."""
        people = [e for e in q.subjects if e in self.index.person_ids]
        return people[0] if len(people) == 1 else None

    def one_employer(self, q: Query) -> str | None:
        """The entity id of the one body people hold titles at that the question names
        (an organisation, or a programme with staff); None when it names none or several."""
        index = self.index
        orgs = [
            e
            for e in q.subjects
            if index.entity(e).kind is EntityKind.ORGANIZATION or e in index.people_by_org
        ]
        return orgs[0] if len(orgs) == 1 else None

    def _role_line(self, person: str, when: dt.date | None = None) -> str | None:
        role = self.index.role_as_of(person, when)
        return self.index.role_text(role) if role else None

    def _in_time(self, q: Query, fact: LoadedFact) -> bool:
        return not q.time.bounded or q.time.admits_date(self.fact_date(fact))

    def known_on(self, q: Query, fact: LoadedFact) -> bool:
        """Whether ``fact`` is in force "now" on the day asked: a question with no time
        of its own, asked on a day a front door gives (``--today``), is not answered
        from a release dated after that day (that figure or goal was not stated yet).
        True for a question with a time of its own and with no day asked."""
        day = asked_day(q.today)
        return day is None or q.time.bounded or self.index.source_date(fact.source) <= day

    def fact_date(self, fact: LoadedFact) -> str:
        """A fact's own date, else its release's, as ISO text ("2021-06-08", "2017")."""
        return fact.date or self.index.source_date(fact.source).isoformat()

    def newest_lead(self, ranked: list[Candidate]) -> list[Candidate]:
        """``ranked`` (non-empty, best first) with the newest of the candidates scoring
        within NEWEST_AMONG of the best moved to the front: "currently", "by March
        2022", "has trained" want the latest of equally good answers. Quotes date as
        oldest."""
        best = ranked[0].score
        close = [c for c in ranked if c.score >= NEWEST_AMONG * best]
        newest = max(
            close,
            key=lambda c: self.fact_date(c.item) if isinstance(c.item, LoadedFact) else "",
        )
        return [newest, *(c for c in ranked if c is not newest)]

    def _declared(self, entity_id: str) -> list[str]:
        return self.mentioning_text(entity_id)[:1]

    def mentioning_text(self, entity_id: str) -> list[str]:
        """Releases whose fact or quote text names the entity, newest first (term postings)."""
        index = self.index
        from bot.search.terms import content_terms

        found: set[str] = set()
        entity = index.entity(entity_id)
        for label in (entity.name, *entity.aliases):
            terms = content_terms(label.casefold())
            if not terms:
                continue
            for doc_id in sorted(index.terms.docs_with_all(terms))[:50]:
                doc = index.terms.docs[doc_id]
                if doc.kind == "fact":
                    found.add(index.fact_by_id[doc.id].source)
                elif doc.kind == "quote":
                    found.add(index.quote_by_id[doc.id].source)
            if found:
                break
        return [s.id for s in index.sources_newest if s.id in found]

    def _fact_terms(self, fact: LoadedFact) -> frozenset[str]:
        from bot.search.terms import Doc, content_terms

        position = self.index.terms.position.get(Doc("fact", fact.id))
        if position is None:
            # A statement read from a dated summary (``figures.summary_statement``) is no
            # doc of the index: its terms are read from its text as the index reads them.
            return frozenset(content_terms(fact.text))
        return self.index.terms.text_terms_of(position)

    def not_found(self, q: Query) -> Answer:
        index = self.index
        what = {"date": "when that was", "place": "where that was", "count": "how many"}.get(
            q.wants or "", "that"
        )
        if q.wants == "count" and "much" in q.words:
            # "How much does the vessel cost?" asks a sum or an amount, not a number of things.
            what = "what it costs" if set(q.words) & PRICE_WORDS else "how much"
        elif q.words[:2] == ("how", "long"):
            # "How long did the works pause?" asks a length of time, not a number of things.
            what = "how long"
        ids = list(q.subjects)[:3]
        names = [index.entity(e).name for e in ids]
        p = self.prefix
        if names:
            text = (
                f"The releases I know don't say {what}. For what they say about "
                f"{', '.join(names)}, try `{p}what {names[0]}`."
            )
            choices = tuple(entity_choice(p, "what", e, n) for e, n in zip(ids, names, strict=True))
            if q.wants == "count":
                named = self._counted_named(q)
                if named is not None:
                    phrase, facts = named
                    # "How many repair vessels does X have?" with no number stated: the
                    # sentences naming the things of that kind, so a reader can see them.
                    lines = "\n".join(f"• {f.text.strip()}{placeholder(f.source)}" for f in facts)
                    text = (
                        f"The releases I know do not state a number of {phrase}. What they "
                        f"say about {phrase}, newest first:\n{lines}"
                    )
                    # Composed as an answer (each sentence marked with its release when
                    # two are shown), then told as what it is: no number stated.
                    shown = answered_facts(index, q.question, [text], facts)
                    return dataclasses.replace(shown, status=Status.NOT_FOUND, choices=choices)
        else:
            text = (
                f"I don't know {what}: I only know about what the press releases in my knowledge base say. "
                f"`{p}sources` lists them and `{p}help` shows what I can do."
            )
            choices = ()
        return not_found(q.question, text, choices)

    def _counted_named(self, q: Query) -> tuple[str, list[LoadedFact]] | None:
        """The noun phrase of "how many <phrase>" and the subjects' sentences holding
        every word of it (stems) and naming one such thing (its head in the singular),
        newest first, at most ``MAX_NAMED_COUNTED``; None when the question has no such
        phrase or no sentence names one."""
        phrase = noun_phrase(q.words)
        wanted = {stem(w) for w in phrase}
        one = _singular(phrase[-1]) if phrase else None
        if not wanted or one is None:
            return None
        found: dict[str, LoadedFact] = {}
        for subject in q.subjects:
            for fact in self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]:
                # One thing of the kind named ("the repair vessel MV Havsund Mender", "a
                # second repair vessel") is what a reader counts; a sentence about the
                # kind in general ("helps SMEs") names none of them.
                # "school-connectivity programme" names no school.
                if wanted <= self._fact_terms(fact) and re.search(
                    rf"\b{re.escape(one)}\b(?!-)", fact.text, re.IGNORECASE
                ):
                    found.setdefault(fact.id, fact)
        if not found:
            return None
        newest = sorted(found.values(), key=self.index.newest_first)[:MAX_NAMED_COUNTED]
        return " ".join(phrase), newest

    def unknown_name(self, q: Query) -> Answer:
        """Not found: the question names something (``q.unknown_names``) no release does;
        what the releases say about the rest is suggested."""
        unknown = ", ".join(q.unknown_names)
        ids = list(q.subjects)[:3]
        names = [self.index.entity(e).name for e in ids]
        p = self.prefix
        text = f"The releases I know don't mention {unknown}."
        datelined = [
            s for n in q.unknown_names for s in self.index.sources_by_dateline.get(normalize(n), ())
        ]
        if datelined:
            # "Dodoma" as a dateline is mentioned, if only there (issue 10, hunt A14).
            where = datelined[0].source
            text = (
                f"The releases name {unknown} only as a dateline ({where.dateline}, "
                f"{where.date.isoformat()}): nothing they state answers that."
            )
        if names:
            text += f" For what they say about {', '.join(names)}, try `{p}what {names[0]}`."
        choices = tuple(entity_choice(p, "what", e, n) for e, n in zip(ids, names, strict=True))
        return not_found(q.question, text, choices)

    # --- shared by several executors ------------------------------------------------------

    def _names_of(self, entity_id: str) -> list[str]:
        """An entity's name and aliases (none for an id the base does not hold)."""
        if entity_id not in self.index.kb.entities:
            return []
        entity = self.index.entity(entity_id)
        return [entity.name, *entity.aliases]

    def _range_of(self, entity_id: str) -> StatedRange | None:
        """A year range the releases give for the entity, from its facts first, then its
        name or summary (``durations.year_range`` reads it)."""
        index = self.index
        entity = index.entity(entity_id)
        for fact in index.facts_by_entity.get(entity_id, []):
            span = year_range(fact.text)
            if span is not None and not range_of_another(
                fact.text, fact.about, (entity_id,), self._names_of
            ):
                return StatedRange(span, fact.text.strip(), fact.source)
        span = year_range(entity.name) or year_range(entity.summary)
        if span is not None:
            stated = self.index.summary_source(entity_id, entity.summary)
            source = [stated] if stated else self._declared(entity_id)
            if source:
                return StatedRange(span, entity.summary.strip(), source[0])
        return None

    def _later_fact(
        self, person: str, org: str, role: LoadedRole, words: Sequence[str] = ()
    ) -> LoadedFact | None:
        """The newest fact from a later release about the person in that title at ``org``
        (or, given ``words``, in the title those words name)."""
        index = self.index
        stated = index.source_date(role.source)
        title = {stem(w) for w in (words or normalize(role.title).split())}
        found = [
            fact
            for fact in index.facts_by_entity.get(person, [])[:MAX_LIST_FACTS]
            if org in fact.about
            and index.source_date(fact.source) > stated
            and title <= self._fact_terms(fact)
        ]
        # A fact about them first ("X stepped down as …"), then one naming them.
        found.sort(key=lambda f: f.about[0] != person)
        return found[0] if found else None

    def _fact_on_title(
        self, person: str, org: str, words: Sequence[str], after: dt.date | None = None
    ) -> LoadedFact | None:
        """A fact about the person at ``org`` holding the title's words, one about them
        first: the oldest from a release later than ``after``, else the newest."""
        index = self.index
        wanted = {stem(w) for w in words}
        found = [
            fact
            for fact in index.facts_by_entity.get(person, [])[:MAX_LIST_FACTS]
            if org in fact.about
            and wanted <= self._fact_terms(fact)
            and (after is None or index.source_date(fact.source) > after)
        ]
        rank = index.newest_first
        if after is None:
            found.sort(key=lambda f: (f.about[0] != person, rank(f)))
        else:
            found.sort(key=lambda f: (f.about[0] != person, [-n for n in rank(f)]))
        return found[0] if found else None

    def _dated(self, fact: LoadedFact) -> bool:
        return bool(fact.date or _YEAR.search(fact.text))

    def _when(self, fact: LoadedFact) -> str:
        """When the fact happened: its own date, else the year its text names (the
        latest), else its release's date."""
        if fact.date:
            return fact.date
        years = _YEAR.findall(fact.text)
        if years:
            return max(years)
        return self.index.source_date(fact.source).isoformat()

    # --- provided by one executor, used by others (declared here so each mixin sees it) --

    # Event ids by the stems of their names' words, built once a snapshot
    # (``EventGapAnswers._events_by_word``, a cached property warmed off the event loop).
    _events_by_word: Mapping[str, tuple[str, ...]]

    def facts(self, q: Query, terms: list[str]) -> Result:
        """The fact BM25 ranks best among those covering ``terms`` (``FactAnswers``)."""
        raise NotImplementedError

    def news(self, q: Query) -> Answer:
        """What is new about the subjects within the time asked (``RecentAnswers``)."""
        raise NotImplementedError

    def role_now(self, q: Query) -> Answer | None:
        """ "Is P (still) <title>?" from the newest titles (``RoleDateAnswers``)."""
        raise NotImplementedError

    def role_at_date(self, q: Query) -> Answer | None:
        """ "Was P <title> in Y?" from the roles' dates (``RoleDateAnswers``)."""
        raise NotImplementedError

    def end_date(self, end: Query) -> DatedEnd | None:
        """When the thing an end names happened, from the facts (``EventAnswers``)."""
        raise NotImplementedError

    def stated_duration(self, q: Query) -> Answer | None:
        """A duration a fact about the subjects states ("after six years in the post")
        (``ArithmeticAnswers``)."""
        raise NotImplementedError

    def figure_in_time(self, q: Query) -> Result:
        """A figure at a time, between two times or short of a goal at a time
        (``FigureTimeAnswers``)."""
        raise NotImplementedError

    def title_start(self, person: str, span: RoleSpan) -> TitleStart | None:
        """When a fact says the title of ``span`` started (``BecameAnswers``)."""
        raise NotImplementedError

    def _asked_titles(self, q: Query) -> tuple[str, list[str], list[str], list[RoleSpan]] | None:
        """The person, title words, organisations and matching titles (``RoleDateAnswers``)."""
        raise NotImplementedError

    def figure_fact_by(self, q: Query, date: str, news: str = "") -> LoadedFact | None:
        """The sentence stating the figure in force at ``date`` for the noun asked, from
        its series, or stated by the release ``news`` (``FigureTimeAnswers``)."""
        raise NotImplementedError

    def figure_first_after(self, q: Query, date: str) -> FigurePoint | None:
        """The first figure for the noun asked when none is in force at ``date``
        (``FigureTimeAnswers``)."""
        raise NotImplementedError

    def count_as_of(self, q: Query, date: str, news: str = "") -> LoadedFact | None:
        """The newest figure for the noun of "how many <noun>" by ``date``, or stated by
        the release ``news`` (``StatedCountAnswers``)."""
        raise NotImplementedError

    def purpose(self, q: Query) -> Result:
        """A subject's own stated purpose ("what was the meeting for?", ``RelationAnswers``)."""
        raise NotImplementedError

    def stated_home(self, q: Query, entity_id: str) -> Answer | None:
        """Where a summary places the entity, when none says where it is based
        (``HomePlaceAnswers``)."""
        raise NotImplementedError

    def contact_from_sources(self, q: Query) -> Result:
        """The press contacts the releases' contact blocks give (``ContactAnswers``)."""
        raise NotImplementedError

    def first_holder(self, q: Query) -> Answer | None:
        """``not_found`` for "who was the first <title> of O?" that no statement settles
        (``FirstHolderAnswers``)."""
        raise NotImplementedError

    def event_unstated(self, q: Query, asked: AskedEvent, facts: list[LoadedFact]) -> Answer:
        """``not_found`` for a "when did S V?" no sentence states of S, with what the
        releases say instead (``UnstatedEventAnswers``)."""
        raise NotImplementedError

    def _fact_answer(self, q: Query, ranked: list[Candidate]) -> Answer:
        """The answer from the best-ranked fact (``FactAnswers`` provides it; the other
        executors fall back to it)."""
        raise NotImplementedError


def same_title_roles(
    index: Index, role: LoadedRole, person: str
) -> Iterator[tuple[dt.date, LoadedRole]]:
    """The roles of other people with ``role``'s title (case-blind) at its organisation,
    each with the date of the release stating it; nothing when the role names no
    organisation. Reads the organisation's people only (``Index.people_by_org``)."""
    if role.organization is None:
        return
    key = role.title.casefold()
    for other in index.people_by_org.get(role.organization, []):
        if other == person:
            continue
        for r in index.roles_by_entity.get(other, []):
            if r.organization == role.organization and r.title.casefold() == key:
                yield index.source_date(r.source), r


def _singular(noun: str) -> str | None:
    """The singular of a plural count noun ("vessels" → "vessel", "facilities" →
    "facility"); None for a word that is no regular plural ("staff", "people")."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3:
        return noun[:-1]
    return None
