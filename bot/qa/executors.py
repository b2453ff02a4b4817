"""Answer: one executor per kind of question, each over the structure the knowledge base has.

Roles (with "as of" dates), quotes (by speaker, topic, year), facts (BM25 as the
retriever, filtered by subject, date and place), lists (from facts' ``about`` links and
entity kinds), release metadata, yes/no, false premises and arithmetic on stated
figures. Each returns an Answer (cited), a follow-up step for the engine, or None when
the question is not of its kind.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.engine.answer import Answer, Choice, Status
from bot.engine.text import clip, echo
from bot.kb.models import Entity, EntityKind, LoadedFact, LoadedQuote, LoadedRole
from bot.qa.compose import answered, citations, format_date, not_found
from bot.qa.followup import ListSources, ShowEntity, ShowQuote, Step
from bot.qa.query import AnswerType, Query
from bot.qa.read import ANSWER_TYPE_TERMS, RELATION_TERMS
from bot.qa.retrieve import Candidate, Retriever, closest_facts
from bot.qa.vocabulary import (
    BACK_REFERENCES,
    DATELINE_WORDS,
    FOUNDER_WORDS,
    HEADLINE_WORDS,
    KIND_NOUNS,
    LEADER_WORDS,
    PUBLISHER_WORDS,
    QUOTE_WORDS,
    ROLE_TERMS,
    TITLE_WORDS,
    WEEKDAYS,
    number_word,
)
from bot.search.index import Index
from bot.search.terms import stem
from bot.textnorm import normalize

# Related facts shown under the answer must score at least this share of the best.
RELATED_RATIO = 0.6
MAX_RELATED = 2
MAX_LISTED_SPEAKERS = 20
# "The closest the releases come" shows this many facts.
CLOSEST_SHOWN = 2
# A list answer names at most this many entities, and reads at most this many facts.
MAX_LISTED = 15
MAX_LIST_FACTS = 200
MAX_SOURCES_SHOWN = 5
# A role held by several people over time lists at most this many.
MAX_HOLDERS = 4

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:-|–|to|through|until)\s*((?:19|20)\d\d)\b")
_DATES = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b\d{4}-\d{2}(?:-\d{2})?\b",
    re.IGNORECASE,
)
_NON_YEAR_NUMBER = re.compile(
    r"\b(?!(?:19|20)\d\d\b)\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|billion|billions)\b",
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


class Executors:
    def __init__(self, index: Index, retriever: Retriever, prefix: str) -> None:
        self.index = index
        self.retriever = retriever
        self.prefix = prefix

    # --- helpers ------------------------------------------------------------------

    def fact_year(self, fact: LoadedFact) -> int:
        """The year a fact is about: its own date, else its release's."""
        if fact.date:
            return int(fact.date[:4])
        return self.index.source_date(fact.source).year

    def _name(self, entity_id: str) -> str:
        return self.index.display_name(entity_id)

    def _role_line(self, person: str, when: dt.date | None = None) -> str | None:
        role = self.index.role_as_of(person, when)
        return self.index.role_text(role) if role else None

    # --- release metadata -----------------------------------------------------------

    def source(self, q: Query) -> Result:
        """Publisher, dateline, date and headline of the release(s); "which release says…"."""
        index = self.index
        words = set(q.words)
        field_words = PUBLISHER_WORDS | DATELINE_WORDS | HEADLINE_WORDS
        topic = [t for t in q.terms if t not in {stem(w) for w in field_words} | _RELEASE_TERMS]
        if (
            topic
            and q.words[0] in ("which", "what")
            and words & {"say", "says", "said", "mention", "mentions", "state", "states"}
        ):
            ranked = [
                c for c in self.retriever.rank(topic, set(q.subjects)) if c.doc.kind != "entity"
            ]
            if ranked:
                items = [c.item for c in ranked[:3]]
                lines = [f"• {i.text.strip()}" for i in items]
                return answered(
                    index,
                    q.question,
                    "It is stated in:\n" + "\n".join(lines),
                    [i.source for i in items],
                )
        places = [e for e in q.subjects if index.entity(e).kind is EntityKind.PLACE]
        if places and words & DATELINE_WORDS:
            # "Which releases were datelined in Hangzhou?"
            names = {normalize(index.entity(p).name) for p in places}
            sources = [
                s for s in index.sources_newest if normalize(s.source.dateline.city) in names
            ]
        elif q.subjects:
            involved = None
            for s in q.subjects:
                mentioning = set(self.sources_mentioning(s, limit=None))
                involved = mentioning if involved is None else involved & mentioning
            sources = [s for s in index.sources_newest if s.id in (involved or set())]
            # The release *about* them first: the one stating most about them.
            weight = {
                s.id: sum(
                    1
                    for e in q.subjects
                    for f in index.facts_by_source.get(s.id, [])
                    if f.about and f.about[0] == e
                )
                for s in sources
            }
            sources.sort(key=lambda s: -weight[s.id])
        else:
            sources = list(index.sources_newest)
        if not sources:
            return None
        if q.wants == "date" or (words & {"date", "day", "issued"} and q.wants != "place"):
            field = "date"
        elif q.wants == "place" or words & DATELINE_WORDS or "from" in words:
            field = "dateline"
        elif words & HEADLINE_WORDS:
            field = "title"
        elif words & PUBLISHER_WORDS or q.words[0] in ("who", "which"):
            field = "publisher"
        else:
            return ListSources(frozenset(q.subjects))
        lines = []
        for loaded in sources[:MAX_SOURCES_SHOWN]:
            s = loaded.source
            value = {
                "date": format_date(s.date.isoformat()),
                "dateline": f"{s.dateline}, {s.date.isoformat()}",
                "title": f"“{s.title}”",
                "publisher": s.publisher,
            }[field]
            rest = f"{s.publisher}, {s.dateline}, {s.date.isoformat()}"
            lines.append(f"• **{value}** — {s.title} ({rest})")
        head = {
            "date": "Issued on",
            "dateline": "Dateline",
            "title": "Headline",
            "publisher": "Carried by",
        }[field]
        return answered(
            index,
            q.question,
            f"{head}:\n" + "\n".join(lines),
            [s.id for s in sources[:MAX_SOURCES_SHOWN]],
        )

    def sources_mentioning(self, entity_id: str, limit: int | None = 3) -> list[str]:
        """Releases whose facts, quotes or roles involve the entity, newest first."""
        index = self.index
        found = {f.source for f in index.facts_by_entity.get(entity_id, [])}
        found |= {q.source for q in index.quotes_about.get(entity_id, [])}
        found |= {q.source for q in index.quotes_by_speaker.get(entity_id, [])}
        found |= {r.source for r in index.roles_by_entity.get(entity_id, [])}
        return [s.id for s in index.sources_newest if s.id in found][:limit]

    def speakers(self, q: Query) -> Answer:
        """Who is quoted: the most quoted first, with their roles and counts."""
        index = self.index
        speakers = sorted(
            index.quotes_by_speaker, key=lambda e: (-len(index.quotes_by_speaker[e]), e)
        )[:MAX_LISTED_SPEAKERS]
        lines = []
        for speaker in speakers:
            role = index.role_as_of(speaker)
            count = len(index.quotes_by_speaker[speaker])
            detail = f", {index.role_text(role)}" if role else ""
            lines.append(
                f"• {index.entity(speaker).name}{detail}: {count} quote{'s' if count != 1 else ''}"
            )
        total = len(index.quotes_by_speaker)
        head = f"{number_word(total).capitalize()} {'person is' if total == 1 else 'people are'} quoted:"
        sources = {qq.source for e in speakers for qq in index.quotes_by_speaker[e]}
        return answered(
            index,
            q.question,
            head
            + "\n"
            + "\n".join(lines)
            + f"\n\n`{self.prefix}quote <name>` shows what they said.",
            [s.id for s in index.sources_newest if s.id in sources],
            entities=speakers,
            title="Who is quoted",
        )

    def summary(self, q: Query) -> Result:
        index = self.index
        newest = index.sources_newest[0] if index.sources_newest else None
        if newest is None:
            return ListSources()
        facts = index.facts_by_source.get(newest.id, [])
        body = "\n".join(f"• {f.text.strip()}" for f in facts[:5])
        return answered(index, q.question, body, [newest.id], title=newest.source.title)

    # --- quotes ---------------------------------------------------------------------

    def quotes(self, q: Query) -> Result | list[Result]:
        """What someone said, by speaker, topic and year."""
        index = self.index
        unfilled = [a for a in q.role_asks if not a.holders]
        if unfilled:
            ask = unfilled[0]
            return not_found(
                q.question,
                f"The releases don't name {self._name(ask.organization)}'s "
                f"{' '.join(ask.words)}, so I have no quote from them."
                + self._speaker_hint(ask.organization),
            )
        speakers = [e for e in q.subjects if e in index.speaker_ids]
        people = [s for s in speakers if s in index.person_ids]
        if len(people) > 1:
            return [self._quote_of(q, p, others=set(people)) for p in people]
        if people:
            speakers = people
        if not speakers:
            if q.subjects and not q.terms:
                # "What did the WEF say?": named, but nobody of theirs is quoted.
                named = [e for e in q.subjects if index.entity(e).kind in _SPEAKER_KINDS]
                if named:
                    return not_found(
                        q.question,
                        f"The releases quote no one from {self._name(named[0])}."
                        + self._speaker_hint(None),
                    )
            ranked = [
                c
                for c in self.retriever.rank(list(q.terms), set(q.subjects))
                if c.doc.kind == "quote"
            ]
            if ranked:
                quote = ranked[0].item
                assert isinstance(quote, LoadedQuote)
                return ShowQuote(quote.speaker, quote.id)
            if q.subjects:
                named = [e for e in q.subjects if index.entity(e).kind in _SPEAKER_KINDS]
                if named:
                    return not_found(
                        q.question,
                        f"The releases quote no one from {self._name(named[0])} on that."
                        + self._speaker_hint(None),
                    )
                return None
            return not_found(
                q.question,
                "Whose words do you mean? Name the speaker." + self._speaker_hint(None),
                self._speaker_choices(),
            )
        return self._quote_of(q, speakers[0])

    def _quote_of(self, q: Query, speaker: str, others: set[str] = frozenset()) -> Result:  # type: ignore[assignment]
        index = self.index
        quotes = index.quotes_for(speaker)
        if q.time.bounded:
            years = sorted({index.source_date(x.source).year for x in quotes})
            quotes = [x for x in quotes if q.time.admits(index.source_date(x.source).year)]
            if not quotes:
                when = ", ".join(map(str, years)) or "none"
                return not_found(
                    q.question,
                    f"I have no quote from {index.entity(speaker).name} {q.time.describe()}. "
                    f"Years with one: {when}.",
                    (
                        Choice(
                            index.entity(speaker).name,
                            f"{self.prefix}quote {index.entity(speaker).name}",
                        ),
                    ),
                )
        topic_subjects = (set(q.subjects) - {speaker} - others) - set(
            index.people_by_org.get(speaker, [])
        )
        topic_subjects = {
            e for e in topic_subjects if speaker not in index.people_by_org.get(e, [])
        }
        topic = [t for t in q.terms if t not in _QUOTE_TERMS]
        if q.relation:
            # "What did X say when appointed Programme Director?": the release that
            # first states that title.
            asked = set(q.relation)
            stated = {
                r.source
                for r in index.roles_by_entity.get(speaker, [])
                if asked <= {stem(w) for w in normalize(r.title).split()}
            }
            in_role = [x for x in quotes if x.source in stated]
            if in_role:
                first = min(in_role, key=lambda x: index.source_date(x.source))
                return ShowQuote(speaker, first.id)
        if topic or topic_subjects:
            ranked = self.retriever.rank(
                topic, topic_subjects, include_quotes=True, only={x.id for x in quotes}
            )
            if not ranked:
                # A fact may report what they said ("According to Jack MA, …").
                reported = [
                    c
                    for c in self.retriever.rank(
                        topic, topic_subjects | {speaker}, include_quotes=False
                    )
                    if isinstance(c.item, LoadedFact) and speaker in c.item.about
                ]
                if reported:
                    return self._fact_answer(q, reported)
                return not_found(
                    q.question,
                    f"I have no quote from {index.entity(speaker).name} on that. "
                    f"`{self.prefix}quote {index.entity(speaker).name}` shows what they said.",
                    (
                        Choice(
                            index.entity(speaker).name,
                            f"{self.prefix}quote {index.entity(speaker).name}",
                        ),
                    ),
                )
            return ShowQuote(speaker, ranked[0].item.id)
        if not quotes:
            return not_found(q.question, f"I have no quotes from {index.entity(speaker).name}.")
        # Asked for by a role ("the head of the campus"): what they said in that role,
        # from the release stating it, if any.
        for ask in q.role_asks:
            if speaker in ask.holders:
                stated = set(ask.sources) or {
                    r.source
                    for r in index.roles_by_entity.get(speaker, [])
                    if r.organization == ask.organization
                }
                in_role = [x for x in quotes if x.source in stated]
                if in_role:
                    return ShowQuote(speaker, in_role[0].id)
        return ShowQuote(speaker, quotes[0].id)

    def _speaker_choices(self) -> tuple[Choice, ...]:
        ranked = sorted(
            self.index.quotes_by_speaker, key=lambda e: -len(self.index.quotes_by_speaker[e])
        )
        return tuple(
            Choice(self.index.entity(e).name, f"{self.prefix}quote {self.index.entity(e).name}")
            for e in ranked[:5]
        )

    def _speaker_hint(self, org: str | None) -> str:
        names = [c.label for c in self._speaker_choices()]
        return f" Quoted in the releases: {', '.join(names)}." if names else ""

    # --- roles ----------------------------------------------------------------------

    def role(self, q: Query) -> Result:
        """ "What's X's title?", "what was X's job in 2020?", "X's current role"."""
        index = self.index
        people = [e for e in q.subjects if e in index.person_ids]
        if len(people) != 1:
            return None
        person = people[0]
        roles = index.roles_by_entity.get(person, [])
        orgs = [e for e in q.subjects if e != person]
        if orgs:
            at = [r for r in roles if r.organization in orgs]
            roles = at or roles
        if not roles:
            return None
        name = index.entity(person).name
        if q.time.bounded:
            year = q.time.year or q.time.until or q.time.since
            assert year is not None
            stated = [r for r in roles if index.source_date(r.source).year <= year]
            if not stated:
                first = min(index.source_date(r.source) for r in roles)
                return not_found(
                    q.question,
                    f"The releases state no title for {name} in {year}; the earliest they "
                    f"give is {index.role_text(roles[-1])} (from {first.isoformat()}).",
                )
            current = stated[0]
            head = f"In {year}, {name}'s role (the newest stated by then): **{index.role_text(current)}**"
        else:
            current = roles[0]
            head = f"**Role:** {index.role_text(current)}"
            if len(index.sources_newest) > 1:
                head += " — the newest stated"
        lines = [head]
        older = [r for r in roles if r is not current and r.title != current.title]
        if older:
            lines.append("Earlier: " + "; ".join(index.role_text(r) for r in older[:3]))
        return answered(
            index,
            q.question,
            "\n".join(lines),
            [current.source, *(r.source for r in older[:3])],
            entities=[person],
            title=name,
        )

    def person_by_role(self, q: Query) -> Result:
        """ "Who runs UNIDO?", "Alibaba's founder": the holder of the role, as of its date."""
        index = self.index
        ask = q.role_asks[0]
        if not ask.holders:
            org = self._name(ask.organization)
            people = index.people_by_org.get(ask.organization, [])
            known = ", ".join(f"{index.entity(p).name} ({self._role_line(p)})" for p in people[:3])
            text = f"The releases don't name {org}'s {' '.join(ask.words)}."
            if known:
                text += f" The people they give at {org}: {known}."
            return not_found(
                q.question,
                text,
                tuple(
                    Choice(index.entity(p).name, f"{self.prefix}who {index.entity(p).name}")
                    for p in people[:3]
                ),
            )
        # Each holder's newest role at the organisation, newest first: the first is the
        # current one; with a time constraint, the newest stated by then.
        held = []
        for person in ask.holders:
            roles = [
                r
                for r in index.roles_by_entity.get(person, [])
                if r.organization == ask.organization
            ]
            if roles:
                held.append((index.source_date(roles[0].source), person, roles[0]))
        held.sort(key=lambda h: h[0], reverse=True)
        if not held:
            return None
        caveat = ""
        if q.time.bounded:
            year = q.time.year or q.time.until or q.time.since
            assert year is not None
            by_then = [h for h in held if h[0].year <= year]
            if by_then:
                held = by_then[:1]
            else:
                first = held[-1]
                held = [first]
                caveat = (
                    f"The releases state no holder for {year}; the earliest they name is "
                    f"from {first[0].isoformat()}:"
                )
        lines = [caveat] if caveat else []
        for i, (_, person, role) in enumerate(held[:MAX_HOLDERS]):
            mark = " — the newest stated" if i == 0 and len(held) > 1 else ""
            prefix = "Earlier: " if i else ""
            lines.append(f"{prefix}**{index.entity(person).name}** — {index.role_text(role)}{mark}")
        if len(held) == 1:
            lines.append(index.entity(held[0][1]).summary.strip())
        sources = [h[2].source for h in held[:MAX_HOLDERS]]
        if not q.time.bounded:
            # A later release may say more about the newest holder in that role
            # ("served as Director General from 2013 to 2021"): shown, dated and cited.
            _, person, role = held[0]
            fact = self._later_fact(person, ask.organization, role)
            if fact is not None:
                when = index.source_date(fact.source).isoformat()
                lines.append(f"Since then ({when}): {fact.text.strip()}")
                sources.append(fact.source)
        return answered(
            index,
            q.question,
            "\n".join(lines),
            sources,
            entities=[h[1] for h in held],
        )

    def _later_fact(self, person: str, org: str, role: LoadedRole) -> LoadedFact | None:
        """The newest fact from a later release about the person in that title at ``org``."""
        index = self.index
        stated = index.source_date(role.source)
        title = {stem(w) for w in normalize(role.title).split()}
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

    # --- lists ----------------------------------------------------------------------

    def listing(self, q: Query) -> Result:
        """ "Which organisations launched X?": entities of a kind linked to the answer's facts."""
        index = self.index
        kinds = q.list_kinds
        if not kinds:
            return None
        release = bool(set(q.words) & {"release", "releases", "announcement"})
        if release and not q.subjects:
            source = index.sources_newest[0] if index.sources_newest else None
            if source is None:
                return None
            facts = index.facts_by_source.get(source.id, [])
            found = [e for f in facts for e in (*f.about, *([f.place] if f.place else []))]
            found = [e for e in dict.fromkeys(found) if index.entity(e).kind in kinds]
            if not found:
                return None
            return self._list_answer(q, found, [], [source.id], kinds)
        subjects = set(q.subjects)
        topic = [
            t
            for t in q.terms
            if t not in ANSWER_TYPE_TERMS[None] and t not in RELATION_TERMS and t not in _KIND_TERMS
        ]
        facts: list[LoadedFact] = []
        if topic:
            ranked = self.retriever.rank(topic, subjects, include_quotes=False)
            facts = [
                c.item
                for c in ranked
                if isinstance(c.item, LoadedFact) and self._in_time(q, c.item)
            ][:3]
            if facts:
                best = facts[0]
                facts = [
                    best,
                    *[f for f in facts[1:] if set(f.about) & set(best.about) - subjects][:1],
                ]
        if not facts and subjects:
            facts = [
                f
                for s in subjects
                for f in index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]
                if self._in_time(q, f)
            ]
            if topic:
                # Nothing states the link asked for: not a list to make up.
                facts = []
        found = [
            e for f in facts for e in f.about if e not in subjects and index.entity(e).kind in kinds
        ]
        found = list(dict.fromkeys(found))
        if not found:
            return None
        shown = facts[:2] if topic else []
        return self._list_answer(q, found, shown, [f.source for f in facts], kinds)

    def _list_answer(
        self,
        q: Query,
        found: list[str],
        shown: list[LoadedFact],
        sources: list[str],
        kinds: frozenset[EntityKind],
    ) -> Answer:
        label = _KIND_LABEL[next(iter(sorted(kinds)))]
        names = [self._name(e) for e in found[:MAX_LISTED]]
        lines = []
        if q.answer_type is AnswerType.NUMBER:
            lines.append(f"**{number_word(len(found)).capitalize()}:** " + ", ".join(names))
        else:
            lines.append(f"**{label}:** " + ", ".join(names))
        lines += [f"• {f.text.strip()}" for f in shown]
        return answered(self.index, q.question, "\n".join(lines), sources, entities=found)

    def _in_time(self, q: Query, fact: LoadedFact) -> bool:
        return not q.time.bounded or q.time.admits_date(self.fact_date(fact))

    def fact_date(self, fact: LoadedFact) -> str:
        """A fact's own date, else its release's, as ISO text ("2021-06-08", "2017")."""
        return fact.date or self.index.source_date(fact.source).isoformat()

    # --- change between two dated figures ---------------------------------------------

    def change(self, q: Query) -> Result:
        """ "How much did X grow from 2019 to 2021?": two stated figures, subtracted."""
        if len(q.time.points) != 2:
            return None
        terms = [t for t in q.terms if t not in _CHANGE_TERMS]
        ranked = self.retriever.rank(terms, set(q.subjects), include_quotes=False)
        figures = [
            (c, number)
            for c in ranked
            if isinstance(c.item, LoadedFact) and (number := _first_number(c.item.text)) is not None
        ]
        chosen = []
        for point in q.time.points:
            at = [
                (c, n)
                for c, n in figures
                if self.fact_date(c.item).startswith(point)  # type: ignore[arg-type]
                or (len(point) > 4 and self.fact_date(c.item)[:7] <= point)  # type: ignore[arg-type]
            ]
            if not at:
                return None
            # The best match; among equally good ones, the newest by then.
            best = max(c.score for c, _ in at)
            close = [(c, n) for c, n in at if c.score >= NEWEST_AMONG * best]
            chosen.append(max(close, key=lambda cn: self.fact_date(cn[0].item)))  # type: ignore[arg-type]
        (a, x), (b, y) = chosen
        if a.item.id == b.item.id:
            return None
        fa, fb = a.item, b.item
        assert isinstance(fa, LoadedFact) and isinstance(fb, LoadedFact)
        diff = y - x
        sign = "+" if diff > 0 else ("−" if diff < 0 else "±")
        text = (
            f"**{sign}{_fmt(abs(diff))}** (from {_fmt(x)} to {_fmt(y)}: "
            f"{_fmt(y)} − {_fmt(x)} = {'-' if diff < 0 else ''}{_fmt(abs(diff))}).\n"
            f"• {format_date(self.fact_date(fa))}: {fa.text.strip()}\n"
            f"• {format_date(self.fact_date(fb))}: {fb.text.strip()}"
        )
        return answered(self.index, q.question, text, [fa.source, fb.source], entities=q.subjects)

    def occurrences(self, q: Query) -> Result:
        """ "How many times have A and B met?": the dated facts about all of them, counted."""
        index = self.index
        if not q.subjects:
            return None
        terms = [t for t in q.terms if t not in _COUNT_TERMS]
        if not terms:
            return None
        # The words themselves, not synonyms: attending a ceremony is not a meeting.
        wanted = {
            t
            for qt in self.retriever.query_terms(terms)
            for t in qt.alternatives
            if t not in qt.synonyms
        }
        pools = [{f.id for f in index.facts_by_entity.get(e, [])} for e in q.subjects]
        common = set.intersection(*pools)
        events: dict[str, LoadedFact] = {}
        for fact in index.facts_by_entity.get(q.subjects[0], [])[:MAX_LIST_FACTS]:
            if fact.id in common and fact.date and wanted & self._fact_terms(fact):
                events.setdefault(fact.date, fact)
        if not events:
            return None
        dated = sorted(events.values(), key=lambda f: f.date or "")
        lines = [f"**{number_word(len(dated)).capitalize()} that the releases record:**"]
        for fact in dated:
            where = f", {index.entity(fact.place).name}" if fact.place else ""
            lines.append(f"• {format_date(fact.date or '')}{where}: {fact.text.strip()}")
        return answered(
            index, q.question, "\n".join(lines), [f.source for f in dated], entities=q.subjects
        )

    # --- arithmetic -----------------------------------------------------------------

    def arithmetic(self, q: Query) -> Result:
        """How many years: a stated range ("2018-2021"), or between two dated things."""
        if not set(q.words) & _DURATION_WORDS:
            return None
        index = self.index
        dated: list[tuple[int, str, str]] = []  # (year, what, source)
        for subject in q.subjects:
            found = self._year_of(subject)
            if found is not None:
                dated.append(found)
        years = sorted({d[0] for d in dated})
        if len(years) < 2:
            for subject in q.subjects:
                span = self._range_of(subject)
                if span is not None:
                    return self._duration(q, subject, span)
        if len(years) == 1:
            # "…between the G20 recognition and this meeting": the other end is a dated
            # fact the question's words name.
            terms = [t for t in q.terms if t not in _DURATION_TERMS]
            # All the words together first, then each alone ("recognition … meeting").
            for group in [terms, *([t] for t in terms)] if terms else []:
                ranked = self.retriever.rank(group, set(), include_quotes=False, wants="date")
                for c in ranked:
                    fact = c.item
                    if isinstance(fact, LoadedFact) and fact.date and c.literal:
                        year = int(fact.date[:4])
                        if year not in years:
                            dated.append((year, fact.text.strip(), fact.source))
                            years.append(year)
                        break
                if len(years) > 1:
                    break
            if len(years) == 1:
                for subject in q.subjects:
                    if index.entity(subject).kind is not EntityKind.PERSON:
                        continue
                    for fact in index.facts_by_entity.get(subject, []):
                        if fact.date and set(terms) & self._fact_terms(fact):
                            year = int(fact.date[:4])
                            if year not in years:
                                dated.append((year, fact.text.strip(), fact.source))
                                years.append(year)
                            break
        if len(dated) >= 2 and len(years) >= 2:
            first = min(dated)
            last = max(dated)
            n = last[0] - first[0]
            text = (
                f"**{number_word(n).capitalize()} year{'s' if n != 1 else ''}** "
                f"({first[0]} to {last[0]}: {last[0]} − {first[0]} = {n}).\n"
                f"• {first[1]}\n• {last[1]}"
            )
            return answered(index, q.question, text, [first[2], last[2]], entities=q.subjects)
        return None

    def _duration(self, q: Query, subject: str, span: tuple[int, int, str, str]) -> Answer:
        start, end, what, source = span
        n = end - start + 1
        text = (
            f"**{number_word(n).capitalize()} years**, {start} to {end} "
            f"({end} − {start} + 1 = {n}, counting both).\n• {what}"
        )
        return answered(self.index, q.question, text, [source], entities=[subject])

    def _year_of(self, entity_id: str) -> tuple[int, str, str] | None:
        """When a thing happened: its own dated fact, or a year in its name."""
        index = self.index
        entity = index.entity(entity_id)
        facts = [f for f in index.facts_by_entity.get(entity_id, []) if f.date]
        if entity.kind is EntityKind.PERSON:
            return None
        if facts:
            own = sorted(facts, key=lambda f: (f.about[0] != entity_id, f.date))
            fact = own[0]
            return int(fact.date[:4]), fact.text.strip(), fact.source  # type: ignore[index]
        years = _YEAR.findall(entity.name)
        if len(years) == 1:
            source = self.sources_mentioning(entity_id, limit=1) or self._declared(entity_id)
            if source:
                return int(years[0]), f"{entity.name}: {entity.summary.strip()}", source[0]
        return None

    def _range_of(self, entity_id: str) -> tuple[int, int, str, str] | None:
        index = self.index
        entity = index.entity(entity_id)
        for fact in index.facts_by_entity.get(entity_id, []):
            match = _RANGE.search(fact.text)
            if match:
                return int(match[1]), int(match[2]), fact.text.strip(), fact.source
        match = _RANGE.search(entity.name) or _RANGE.search(entity.summary)
        if match:
            source = self.sources_mentioning(entity_id, limit=1) or self._declared(entity_id)
            if source:
                return int(match[1]), int(match[2]), entity.summary.strip(), source[0]
        return None

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

    # --- yes/no and false premises --------------------------------------------------

    def yes_no(self, q: Query) -> Result:
        index = self.index
        people = [e for e in q.subjects if e in index.person_ids]
        # "Is X the founder of Y?", "is X from Y?": checked against the roles.
        if q.role_asks and people:
            ask = q.role_asks[0]
            person = people[0]
            roles = index.roles_by_entity.get(person, [])
            if person in ask.holders:
                role = next(r for r in roles if r.organization == ask.organization)
                later = self._later_fact(person, ask.organization, role)
                if later is not None:
                    # A later release says more ("stepped down on …"): that, not "yes".
                    when = index.source_date(later.source).isoformat()
                    return answered(
                        index,
                        q.question,
                        f"The releases give {index.entity(person).name} as "
                        f"{index.role_text(role)}, and later ({when}): {later.text.strip()}",
                        [role.source, later.source],
                        entities=[person],
                    )
                return answered(
                    index,
                    q.question,
                    f"**Yes:** {index.entity(person).name} is {index.role_text(role)}.",
                    [role.source],
                    entities=[person],
                )
            if roles:
                return answered(
                    index,
                    q.question,
                    f"**The releases don't say so.** They give {index.entity(person).name}'s role as "
                    f"{index.role_text(roles[0])}.",
                    [roles[0].source],
                    entities=[person],
                )
        orgs = [e for e in q.subjects if index.entity(e).kind is EntityKind.ORGANIZATION]
        if len(people) == 1 and orgs and not q.role_asks and not q.terms:
            person = people[0]
            roles = index.roles_by_entity.get(person, [])
            if roles:
                at = [r for r in roles if r.organization in orgs]
                if at:
                    return answered(
                        index,
                        q.question,
                        f"**Yes:** {index.entity(person).name} is {index.role_text(at[0])}.",
                        [at[0].source],
                        entities=[person],
                    )
                return answered(
                    index,
                    q.question,
                    f"**The releases don't say so.** They give {index.entity(person).name}'s role as "
                    f"{index.role_text(roles[0])}.",
                    [roles[0].source],
                    entities=[person],
                )
        # Dates and places the question states, checked against the best fact's.
        terms = [t for t in q.terms if t not in _WEEKDAY_TERMS]
        ranked = [
            c
            for c in self.retriever.rank(terms, set(q.subjects), include_quotes=False)
            if isinstance(c.item, LoadedFact)
        ]
        weekday = next((w for w in q.words if w in WEEKDAYS), None)
        # A synonym match is weaker evidence than the word itself ("led" vs "director").
        ranked = [c for c in ranked if c.literal] or ranked
        if q.time.bounded:
            # "Still running after 2023?": what the releases say about then.
            ranked = [c for c in ranked if self._in_time(q, c.item)] or ranked  # type: ignore[arg-type]
        if q.time.current and ranked:
            best_score = ranked[0].score
            close = [c for c in ranked if c.score >= NEWEST_AMONG * best_score]
            newest = max(close, key=lambda c: self.fact_date(c.item))  # type: ignore[arg-type]
            ranked = [newest, *(c for c in ranked if c is not newest)]
        if ranked:
            best = ranked[0].item
            assert isinstance(best, LoadedFact)
            verdict = self._check(q, best, weekday)
            if verdict is not None:
                return answered(
                    index,
                    q.question,
                    f"{verdict}\n{best.text.strip()}",
                    [best.source],
                    entities=best.about,
                )
            return answered(
                index,
                q.question,
                f"**According to the releases:** {best.text.strip()}",
                [best.source],
                entities=best.about,
            )
        # A date or range in a fact about the subject ("does X run until 2030?").
        if q.time.bounded or weekday:
            for subject in q.subjects:
                span = self._range_of(subject)
                if span is not None and (q.time.until or q.time.year):
                    start, end, what, source = span
                    asked = q.time.until or q.time.year
                    verdict = "**Yes.**" if asked == end else f"**No:** it runs {start} to {end}."
                    return answered(index, q.question, f"{verdict}\n{what}", [source])
            dated = [
                f
                for s in q.subjects
                for f in index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]
                if f.date and (not terms or set(terms) & self._fact_terms(f))
            ]
            if dated:
                best = dated[0]
                verdict = self._check(q, best, weekday) or "**According to the releases:**"
                return answered(
                    index,
                    q.question,
                    f"{verdict}\n{best.text.strip()}",
                    [best.source],
                    entities=best.about,
                )
        closest = closest_facts(self.retriever, list(q.subjects), terms, CLOSEST_SHOWN)
        if not closest:
            return None
        lines = [f"• {f.text.strip()}" for f in closest]
        if q.unknown_names:
            # "Did X meet Xi Jinping?": someone the releases never name.
            return Answer(
                status=Status.NOT_FOUND,
                title=echo(q.question) or None,
                text=clip(
                    f"The releases don't mention {', '.join(q.unknown_names)}. "
                    "What they say that comes closest:\n" + "\n".join(lines)
                ),
                citations=citations(index, [f.source for f in closest]),
                command="question",
            )
        return answered(
            index,
            q.question,
            "**The releases don't say that in so many words.** The closest they come:\n"
            + "\n".join(lines),
            [f.source for f in closest],
            entities=[e for f in closest for e in f.about],
        )

    def _fact_terms(self, fact: LoadedFact) -> frozenset[str]:
        from bot.search.terms import Doc

        return self.index.terms.text_terms_of(self.index.terms.position[Doc("fact", fact.id)])

    def _check(self, q: Query, fact: LoadedFact, weekday: str | None) -> str | None:
        """ "Yes"/"No" when the question states a year, weekday or place the fact also states."""
        if fact.date and q.time.year is not None:
            year = int(fact.date[:4])
            if year == q.time.year:
                return f"**Yes:** {format_date(fact.date)}."
            return f"**No:** it was {format_date(fact.date)}."
        if fact.date and weekday and len(fact.date) == 10:
            day = dt.date.fromisoformat(fact.date)
            actual = WEEKDAYS[day.weekday()]
            if actual == weekday:
                return f"**Yes:** {format_date(fact.date)}."
            return f"**No:** it was on {format_date(fact.date)}."
        if fact.place:
            named_places = [e for e in q.subjects if self.index.entity(e).kind is EntityKind.PLACE]
            place = self.index.display_name(fact.place)
            summary = self.index.entity(fact.place).summary
            if named_places:
                if fact.place in named_places or any(
                    self.index.entity(p).name in summary for p in named_places
                ):
                    return f"**Yes:** at {place}."
                return f"**No:** at {place}."
            if "in" in q.words or "at" in q.words:
                return f"**Not as far as the releases say:** they place it at {place} ({summary.strip()})."
        return None

    def false_premise(self, q: Query) -> Result:
        """ "Why did X leave Y?" with nothing stating it: say so, and what the releases say."""
        index = self.index
        premise = " ".join(q.words[2:]) if len(q.words) > 2 else " ".join(q.words)
        names = [self._name(e) for e in q.subjects[:3]]
        closest = closest_facts(self.retriever, list(q.subjects), list(q.terms), CLOSEST_SHOWN)
        text = f"The releases don't say that {premise}: no fact I have supports it."
        if closest:
            text += f"\nWhat they do say about {' and '.join(names)}:\n" + "\n".join(
                f"• {f.text.strip()}" for f in closest
            )
        return Answer(
            status=Status.NOT_FOUND,
            title=echo(q.question) or None,
            text=clip(text),
            citations=citations(index, [f.source for f in closest]),
            entities=q.subjects,
            command="question",
        )

    # --- facts ----------------------------------------------------------------------

    def facts(self, q: Query, terms: list[str]) -> Result:
        """The fact (or summary) BM25 ranks best among those covering the question."""
        mentioned = set(q.subjects)
        ranked = self.retriever.rank(
            terms,
            mentioned,
            wants=q.wants,
            include_quotes=True,
            mention_terms=q.mention_terms,
            mandatory=q.mandatory,
        )
        if q.time.bounded:
            ranked = [
                c for c in ranked if not isinstance(c.item, LoadedFact) or self._in_time(q, c.item)
            ]
            ranked = [c for c in ranked if isinstance(c.item, LoadedFact)]
            if not ranked:
                pool = (
                    [f for e in q.subjects for f in self.index.facts_by_entity.get(e, [])]
                    if q.subjects
                    else list(self.index.kb.facts[:MAX_LIST_FACTS])
                )
                if any(self._in_time(q, f) for f in pool[:MAX_LIST_FACTS]):
                    return None  # things are dated then, just not this
                return self.nothing_then(q)
        if ranked and (q.time.until is not None or q.time.current):
            # "…by March 2022", "currently": the newest of the equally good answers.
            best = ranked[0].score
            close = [c for c in ranked if c.score >= NEWEST_AMONG * best]
            newest = max(
                close,
                key=lambda c: self.fact_date(c.item) if isinstance(c.item, LoadedFact) else "",
            )
            ranked = [newest, *(c for c in ranked if c is not newest)]
        if not ranked:
            return None
        return self._best(q, ranked)

    def when_where(self, q: Query) -> Result:
        """When or where an event (or a dated thing) was: its own dated or placed fact.

        Only a fact that leads with the subject counts, so "where is UNIDO based?" is
        not answered by where UNIDO's Director General met someone. A stated range
        ("2018-2021") answers when something starts and ends.
        """
        index = self.index
        if q.mandatory:
            return None  # "the next meeting", "the third phase": not the one on record
        bounds = set(q.terms) <= _PERIOD_TERMS
        title_terms = (set(q.terms) | set(q.relation)) & _TITLE_TERMS
        for subject in q.subjects:
            kind = index.entity(subject).kind
            if kind is EntityKind.PERSON and title_terms and q.wants == "date":
                # "When did X become Executive Director?": X's dated fact naming the title.
                own = [
                    f
                    for f in index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
                    if f.date and title_terms <= self._fact_terms(f)
                ]
                if own:
                    asked = set(q.terms) | set(q.relation)
                    fact = max(own, key=lambda f: len(asked & self._fact_terms(f)))
                    text = f"**When:** {format_date(fact.date or '')}\n{fact.text.strip()}"
                    return answered(index, q.question, text, [fact.source], entities=fact.about)
                continue
            if kind is not EntityKind.EVENT:
                span = self._range_of(subject) if q.wants == "date" and bounds else None
                if span is not None:
                    start, end, what, source = span
                    text = f"**When:** {start} to {end}\n{what}"
                    return answered(index, q.question, text, [source], entities=[subject])
                continue
            own = [f for f in index.facts_by_entity.get(subject, []) if f.about[0] == subject]
            if q.wants == "date":
                fact = next((f for f in own if f.date), None)
                if fact is not None and fact.date:
                    text = f"**When:** {format_date(fact.date)}\n{fact.text.strip()}"
                    return answered(index, q.question, text, [fact.source], entities=fact.about)
            else:
                fact = next((f for f in own if f.place), None)
                if fact is not None and fact.place:
                    place = index.entity(fact.place)
                    text = (
                        f"**Where:** {index.display_name(fact.place)} — {place.summary.strip()}\n"
                        f"{fact.text.strip()}"
                    )
                    return answered(index, q.question, text, [fact.source], entities=fact.about)
        return None

    def dated(self, q: Query) -> Result:
        """ "What did X do in 2017?": the subject's facts dated then."""
        facts = [
            f
            for s in (q.subjects or ())
            for f in self.index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]
            if self._in_time(q, f) and f.date
        ]
        if not q.subjects:
            facts = [
                f for f in self.index.kb.facts[:MAX_LIST_FACTS] if f.date and self._in_time(q, f)
            ]
        if not facts:
            return self.nothing_then(q)
        facts = list({f.id: f for f in facts}.values())[:3]
        lines = [f"**When:** {format_date(facts[0].date or '')}"] + [
            f"• {f.text.strip()}" for f in facts
        ]
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [f.source for f in facts],
            entities=[e for f in facts for e in f.about],
        )

    def nothing_then(self, q: Query) -> Answer:
        index = self.index
        pool = (
            [f for s in q.subjects for f in index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]]
            if q.subjects
            else list(index.kb.facts[:MAX_LIST_FACTS])
        )
        years = sorted({self.fact_year(f) for f in pool})
        about = f" about {', '.join(self._name(s) for s in q.subjects[:2])}" if q.subjects else ""
        text = f"The releases say nothing{about} dated {q.time.describe().removeprefix('from ')}."
        if years:
            text += " Years they cover: " + ", ".join(map(str, years)) + "."
        return not_found(q.question, text)

    def _best(self, q: Query, ranked: list[Candidate]) -> Result:
        if q.wants is not None:
            # A date, a place or a number is stated by a fact, not by someone's words.
            ranked = [c for c in ranked if not isinstance(c.item, LoadedQuote)]
            if not ranked:
                return None
        best = ranked[0]
        item = best.item
        if isinstance(item, LoadedQuote):
            return ShowQuote(item.speaker, item.id)
        if isinstance(item, Entity):
            if q.wants is None:
                return ShowEntity(item.id)
            facts = [c for c in ranked if isinstance(c.item, LoadedFact)]
            if not facts:
                return None
        wants = q.wants
        if wants == "date":
            ranked = [
                c
                for c in ranked
                if isinstance(c.item, LoadedFact)
                and (c.item.date or _YEAR.search(c.item.text))
                and c.literal
            ]
        elif wants == "place":
            ranked = [c for c in ranked if isinstance(c.item, LoadedFact) and c.item.place]
        elif wants == "count":
            ranked = [
                c
                for c in ranked
                if isinstance(c.item, LoadedFact)
                and _NON_YEAR_NUMBER.search(_DATES.sub(" ", c.item.text))
            ]
        else:
            ranked = [c for c in ranked if isinstance(c.item, LoadedFact)]
        if not ranked:
            return None
        return self._fact_answer(q, ranked)

    def _fact_answer(self, q: Query, ranked: list[Candidate]) -> Answer:
        index = self.index
        best = ranked[0]
        item = best.item
        assert isinstance(item, LoadedFact)
        lines: list[str] = []
        if q.wants == "count":
            # A figure holds as of its date: the fact's own, else its release's.
            lines.append(f"**As of {format_date(self.fact_date(item))}:**")
        if q.wants == "date" and item.date:
            lines.append(f"**When:** {format_date(item.date)}")
        if q.wants == "place" and item.place:
            place = index.entity(item.place)
            where = index.display_name(item.place)
            # "Alibaba Group headquarters" says less than where it is: its summary does.
            lines.append(f"**Where:** {where} — {place.summary.strip()}")
        lines.append(item.text.strip())
        shown = [item]
        related = [
            c.item
            for c in ranked[1:]
            if isinstance(c.item, LoadedFact)
            and c.score >= RELATED_RATIO * best.score
            and c.item.id != item.id
        ][:MAX_RELATED]
        if related:
            lines.append("\nRelated:\n" + "\n".join(f"• {f.text.strip()}" for f in related))
            shown += related
        return answered(
            index,
            q.question,
            "\n".join(lines),
            [f.source for f in shown],
            entities=[e for f in shown for e in f.about],
        )

    def not_found(self, q: Query) -> Answer:
        index = self.index
        what = {"date": "when that was", "place": "where that was", "count": "how many"}.get(
            q.wants or "", "that"
        )
        names = [index.entity(e).name for e in q.subjects][:3]
        p = self.prefix
        if names:
            text = (
                f"The releases I know don't say {what}. For what they say about "
                f"{', '.join(names)}, try `{p}what {names[0]}`."
            )
            choices = tuple(Choice(n, f"{p}what {n}") for n in names)
        else:
            text = (
                f"I don't know {what}: I only know about what the press releases in my knowledge base say. "
                f"`{p}sources` lists them and `{p}help` shows what I can do."
            )
            choices = ()
        return not_found(q.question, text, choices)


_SPEAKER_KINDS = frozenset({EntityKind.PERSON, EntityKind.ORGANIZATION})
_QUOTE_TERMS = frozenset(stem(w) for w in QUOTE_WORDS) | frozenset(
    stem(w) for w in "anything something topic topics subject".split()
)
_RELEASE_TERMS = frozenset(stem(w) for w in "release releases press announcement this".split())
_WEEKDAY_TERMS = frozenset(stem(w) for w in WEEKDAYS)
_KIND_TERMS = frozenset(stem(w) for w in KIND_NOUNS)
_TITLE_TERMS = frozenset(stem(w) for w in TITLE_WORDS) - frozenset(
    stem(w) for w in (*LEADER_WORDS, *FOUNDER_WORDS)
)
_ = (BACK_REFERENCES, ROLE_TERMS)
