"""Facts by subject, relation, date and place, BM25 as the retriever."""

from __future__ import annotations

import re

from bot.engine.answer import Answer
from bot.engine.cite import placeholder
from bot.engine.qa.asked_event import asked_event, states_event
from bot.engine.qa.compose import answered, answered_facts, format_date, not_found, where_line
from bot.engine.qa.durations import states_length
from bot.engine.qa.executors.base import (
    _DATES,
    _NON_YEAR_NUMBER,
    _PERIOD_TERMS,
    _TITLE_TERMS,
    _YEAR,
    MAX_LIST_FACTS,
    MAX_RELATED,
    RELATED_RATIO,
    ExecutorBase,
    Result,
)
from bot.engine.qa.executors.became import START_WORDS
from bot.engine.qa.executors.events import is_aim, names_only_as_agent
from bot.engine.qa.executors.free_prices import named_sum, states_sum
from bot.engine.qa.figure_periods import is_period_amount, is_running_total
from bot.engine.qa.figures import (
    DatedFigure,
    same_figure,
    shown_with_unit,
    summary_statement,
)
from bot.engine.qa.followup import ShowEntity, ShowQuote
from bot.engine.qa.measures import asked_dimensions, dimension_units
from bot.engine.qa.ordinal_names import leads_with_another_of_kind
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.read import ANSWER_TYPE_TERMS
from bot.engine.qa.retrieve import Candidate
from bot.engine.qa.stated_places import locative_after, place_in_words
from bot.engine.qa.vocabulary import CAUSE_CLAUSE, KIND_NOUNS
from bot.engine.qa.written_dates import date_when
from bot.kb.models import Entity, EntityKind, LoadedFact, LoadedQuote
from bot.search.synonyms import synonyms
from bot.search.terms import STOP_WORDS, Doc, stem
from bot.textnorm import normalize

# "When was X launched?": the auxiliaries of a passive question.
_PASSIVE_AUX = frozenset("was were is are".split())
# Verbs of taking a title ("became", "appointed"), which a fact naming the title dates.
_START_TERMS = frozenset(stem(w) for w in START_WORDS) | frozenset(
    stem(w) for w in "succeed succeeded appoint".split()
)
# A question's word counts as said of a subject within this many words of its name.
RELATION_WINDOW = 3
# A person's titles at the other subjects shown beside a year with nothing said.
MAX_TITLES_SHOWN = 2
STOP_STEMS = frozenset(stem(w) for w in STOP_WORDS)


# Words by which a count question asks for a goal rather than a figure reached.
_GOAL_WORDS = frozenset(
    "aim aims aimed goal goals target targets plan plans planned expect expected will "
    "intend intends intended promise promised pledge pledged".split()
)

# "Who funds / pays for X?": the verbs of paying for something, as stems.
_FUNDING_TERMS = frozenset(
    stem(w)
    for w in "fund funds funded funding finance finances financed financing pay pays paid "
    "paying bankroll bankrolls".split()
)
# "… with EUR 40 million: EUR 25 million from the Regional Government": a sum of money
# from a named party, which says who pays without a word of paying.
_SUM_FROM = re.compile(
    r"(?:\b(?:EUR|USD|GBP|CHF)\s?|US\$\s?|[$€£]\s?)\d[\d.,]*(?:\s(?:million|billion|m|bn))?"
    r"(?:\s[a-z]+){0,3}?\sfrom\s(?:the\s)?[A-Z]"
)


class FactAnswers(ExecutorBase):
    def _funded_from(self, q: Query) -> list[Candidate]:
        """ "Who funds phase two?" when no sentence about the subject has a word of
        paying: the sentences about it giving a sum from a named party ("with EUR 40
        million: EUR 25 million from the Eastmere Regional Government …"), newest first."""
        if q.answer_type is not AnswerType.PERSON or len(q.subjects) != 1:
            return []
        asked = set(q.terms) & _FUNDING_TERMS
        if not asked or set(q.terms) - _FUNDING_TERMS:
            return []
        subject = q.subjects[0]
        own = list(self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS])
        wanted = {a for t in asked for a in (t, *synonyms(t))} & _FUNDING_TERMS
        if any(self._fact_terms(f) & wanted for f in own):
            return []  # a sentence says it in words of paying: the ranking finds it
        found = [
            f
            for f in sorted(own, key=self.index.newest_first)
            if _SUM_FROM.search(f.text) and any(e != subject for e in f.about)
        ]
        return [Candidate(Doc("fact", f.id), f, 1.0, 1.0) for f in found]

    def _places_named(self, fact: LoadedFact, subjects: tuple[str, ...]) -> list[str]:
        """The places (entities of kind place, not the question's subjects) a fact is
        filed under and names in its text, in the order it names them."""
        text = normalize(fact.text)
        found = []
        for e in fact.about:
            entity = self.index.entity(e)
            if e in subjects or entity.kind is not EntityKind.PLACE:
                continue
            at = [text.find(normalize(n)) for n in (entity.name, *entity.aliases)]
            at = [a for a in at if a >= 0]
            if at:
                found.append((min(at), e))
        return [e for _, e in sorted(found)]

    def facts(self, q: Query, terms: list[str]) -> Result:
        """The fact (or summary) BM25 ranks best among those covering the question."""
        funded = self._funded_from(q)
        if funded:
            return self._fact_answer(q, funded)
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
                if q.words[:1] == ("why",) and q.subjects:
                    # "Why did X pull out in 2021?": a premise nothing states, which the
                    # false-premise reply answers with what the releases say of X then.
                    return None
                return self.nothing_then(q)
        if ranked and q.wants == "date":
            # "When was the eWTP launched?" asks when it was the thing launched; a fact
            # where it did the launching ("the eWTP … launched Enabling E-commerce")
            # dates something else.
            ranked = [c for c in ranked if not self._agent_not_object(q, c.item)]
            if not ranked:
                return None
        words = set(q.words)
        if ranked and q.wants == "count" and not words & _GOAL_WORDS:
            # "How many had been trained by mid 2021?", "how many has X trained?" ask for
            # a figure reached, not one a release set as a goal ("aims to train 30,000").
            reached = [c for c in ranked if not is_aim(getattr(c.item, "text", ""))]
            ranked = reached or ranked
        # "How many has X trained?": the present perfect asks for the figure now.
        so_far = q.wants == "count" and not q.time.bounded and bool(words & {"has", "have"})
        if ranked and (q.time.until is not None or q.time.current or so_far):
            # "…by March 2022", "currently": the newest of the equally good answers.
            ranked = self.newest_lead(ranked)
        if ranked and len(q.subjects) == 1:
            # "Where was the first offtake agreement signed?": the facts that lead with
            # it, before one about the next agreement that only mentions it.
            own = [
                c
                for c in ranked
                if not isinstance(c.item, LoadedFact)
                or not leads_with_another_of_kind(self.index, q.subjects[0], c.item.about)
            ]
            if any(
                isinstance(c.item, LoadedFact) and c.item.about[0] == q.subjects[0] for c in own
            ):
                ranked = own
        if ranked and q.words[:1] == ("why",):
            # "Why did the first phase miss its number?": of the statements that cover
            # the premise, one that states a cause ("which the partners attributed to
            # the pandemic years") answers; one that only repeats the premise does not.
            causal = [c for c in ranked if _states_cause(c.item)]
            if causal:
                # The one covering most of the premise: its cause is the one asked.
                best = max(c.coverage for c in causal)
                ranked = [c for c in causal if c.coverage >= best]
        if not ranked:
            return None
        return self._best(q, _literal_first_on_tie(ranked))

    def _agent_not_object(self, q: Query, item: object) -> bool:
        """Whether a passive question ("when was X launched?") meets a fact in which X
        does the verb in the active voice ("X … launched Y") and is never its object:
        X named before the verb, which no "was"/"were"/"been" marks as passive, and not
        named again after it."""
        if not isinstance(item, LoadedFact) or len(q.subjects) != 1:
            return False
        words = list(q.words)
        if words[:1] != ["when"] or len(words) < 4 or words[1] not in _PASSIVE_AUX:
            return False
        verb = words[-1]
        if not verb.endswith("ed"):
            return False
        entity = self.index.entity(q.subjects[0])
        return names_only_as_agent(entity, item.text, frozenset({stem(verb)}))

    def _summary_figure(self, q: Query, entity: Entity) -> Result:
        """The entity's newest summary, cited, when it states a figure (not a year); the
        caller's check that the figure is for the noun asked still applies."""
        history = self.index.summary_history(entity.id)
        if not history or not _NON_YEAR_NUMBER.search(history[0].text):
            return None
        newest = history[0]
        return answered(
            self.index, q.question, newest.text.strip(), [newest.source], entities=[entity.id]
        )

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
                # "When did X step down as chairman?": a fact naming the title dates taking
                # it; a verb of another change must be the fact's own (or a synonym).
                change = set(q.terms) - title_terms - _START_TERMS
                if change:
                    wanted = change | {s for t in change for s in synonyms(t)}
                    own = [f for f in own if wanted & self._fact_terms(f)]
                if own:
                    asked = set(q.terms) | set(q.relation)
                    fact = max(own, key=lambda f: len(asked & self._fact_terms(f)))
                    when = date_when(fact.date or "", fact.text)
                    text = f"**When:** {format_date(when)}\n{fact.text.strip()}"
                    return answered(index, q.question, text, [fact.source], entities=fact.about)
                continue
            if kind is not EntityKind.EVENT:
                span = self._range_of(subject) if q.wants == "date" and bounds else None
                if span is not None:
                    text = f"**When:** {span.span.start} to {span.span.end}\n{span.text}"
                    return answered(index, q.question, text, [span.source], entities=[subject])
                continue
            own = [f for f in index.facts_by_entity.get(subject, []) if f.about[0] == subject]
            if q.wants == "date":
                fact = next((f for f in own if f.date), None)
                if fact is not None and fact.date:
                    when = date_when(fact.date, fact.text)
                    text = f"**When:** {format_date(when)}\n{fact.text.strip()}"
                    return answered(index, q.question, text, [fact.source], entities=fact.about)
            else:
                fact = next((f for f in own if f.place), None)
                if fact is not None and fact.place:
                    where = where_line(index, fact.place)
                    return answered(
                        index,
                        q.question,
                        f"{where.text}\n{fact.text.strip()}",
                        [fact.source, *([where.source] if where.source else [])],
                        entities=fact.about,
                    )
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
        elif not facts:
            # "What did Lina Ma do in 2022?": no sentence carries a date of its own, but
            # a release of that year states what they were doing, as of its date.
            facts = [
                f
                for s in q.subjects
                for f in self.index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]
                if self._in_time(q, f)
            ]
        if not facts:
            return self.nothing_then(q)
        facts = list({f.id: f for f in facts}.values())[:3]
        head = (
            f"**When:** {format_date(facts[0].date)}"
            if facts[0].date
            else f"**As of {format_date(self.fact_date(facts[0]))}:**"
        )
        lines = [head] + [f"• {f.text.strip()}" for f in facts]
        return answered_facts(self.index, q.question, lines, facts)

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
        held = self._titles_between(q.subjects)
        if held:
            # "Why did X leave Y in 2023?": what the releases do say of X at Y.
            text += "\nWhat they say: " + "; ".join(held) + "."
        return not_found(q.question, text)

    def _titles_between(self, subjects: tuple[str, ...]) -> list[str]:
        """ "X: Title, Y (as of …)" for each person among ``subjects`` with a title at
        another of them, newest first (at most ``MAX_TITLES_SHOWN`` each)."""
        index = self.index
        shown: list[str] = []
        for person in subjects:
            if person not in index.person_ids:
                continue
            roles = [
                r
                for r in index.roles_by_entity.get(person, [])
                if r.organization in subjects and r.organization != person
            ]
            shown += [
                f"{self._name(person)}: {index.role_text(r)}" for r in roles[:MAX_TITLES_SHOWN]
            ]
        return shown

    def _led_by_other_event(self, fact: LoadedFact, events: set[str]) -> bool:
        """Whether the fact is first about an event other than ``events``."""
        lead = fact.about[0] if fact.about else None
        return (
            lead is not None
            and lead not in events
            and self.index.entity(lead).kind is EntityKind.EVENT
        )

    def _best(self, q: Query, ranked: list[Candidate]) -> Result:
        noun = _which_noun(q)
        if noun is not None:
            # "Which landfill did the waste go to?": a sentence naming one ("the Harlow
            # Ridge landfill") before any that only uses the word ("going to landfill").
            ranked = sorted(
                ranked,
                key=lambda c: (
                    not (isinstance(c.item, LoadedFact) and _names_one(c.item.text, noun))
                ),
            )
        if q.wants is not None:
            # A date, a place or a number is stated by a fact, not by someone's words.
            ranked = [c for c in ranked if not isinstance(c.item, LoadedQuote)]
            if not ranked:
                return None
        elif (sum_noun := named_sum(q.words)) is not None:
            # "What is the membership fee?": someone's words answer only with the fee
            # (or "free") in them, not a quote about costs (the gate's ``no_sum`` reads
            # the facts).
            ranked = [
                c
                for c in ranked
                if not isinstance(c.item, LoadedQuote) or states_sum(c.item.text, sum_noun)
            ]
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
                if q.wants == "count":
                    # "How many countries does X operate in?": a figure its summary (the
                    # release's "About X") states, the newest summary first.
                    return self._summary_figure(q, item)
                return None
        wants = q.wants
        if wants == "date":
            ranked = [
                c
                for c in ranked
                if isinstance(c.item, LoadedFact)
                and (c.item.date or _YEAR.search(c.item.text))
                # A synonym alone does not date a fact ("led" is not "director"), unless
                # the fact is about everything the question names ("when did A, B and C
                # start working together": they "jointly launched" it). The fact's place
                # is what it is about too: "visit X's HQ" is a meeting held there.
                and (
                    c.literal
                    or (
                        len(q.subjects) >= 2
                        and set(q.subjects)
                        <= {*c.item.about, *([c.item.place] if c.item.place else [])}
                    )
                )
            ]
            asked = asked_event(self.index, q)
            if asked is not None and ranked:
                # "When did A step down?" is not dated by B stepping down, by a sentence
                # denying it, or by another event of A's (``asked_event``).
                stated = [
                    c
                    for c in ranked
                    if states_event(self.index, asked, c.item.text, c.item.about)  # type: ignore[union-attr]
                ]
                if not stated:
                    return self.event_unstated(q, asked, [c.item for c in ranked])  # type: ignore[misc]
                ranked = stated
            asked_events = {e for e in q.subjects if self.index.entity(e).kind is EntityKind.EVENT}
            if asked_events:
                # "When was the founding assembly?": not the date of another event whose
                # sentence names it ("the 2022 General Assembly, where it was founded").
                ranked.sort(key=lambda c: self._led_by_other_event(c.item, asked_events))  # type: ignore[arg-type]
        elif wants == "place":
            placed = [
                c
                for c in ranked
                if isinstance(c.item, LoadedFact)
                and (
                    c.item.place
                    or self._places_named(c.item, q.subjects)
                    or place_in_words(c.item.text, q.terms)
                )
            ]
            # "Where was the compost spread?": "spread on 14 city parks and 31 community
            # gardens" names no place, but says where: the sentence answers, with no
            # place slot, when no sentence names a place.
            ranked = placed or [
                c
                for c in ranked
                if isinstance(c.item, LoadedFact)
                and c.coverage >= 1.0
                and locative_after(c.item.text, q.terms)
            ]
        elif wants == "count":
            lasting = (
                [c for c in ranked if isinstance(c.item, LoadedFact) and states_length(c.item.text)]
                if q.words[:2] == ("how", "long")
                else []
            )
            # "How long do residents borrow a bike for?": a length stated ("for up to
            # four weeks", spelled out or not) before counts of other things ("borrowed
            # bicycles 62,000 times").
            ranked = lasting or [
                c
                for c in ranked
                if isinstance(c.item, LoadedFact)
                and _NON_YEAR_NUMBER.search(_DATES.sub(" ", c.item.text))
            ]
            # A count asked "now" on a day given: the newest figure out by that day.
            ranked = [c for c in ranked if self.known_on(q, c.item)] or ranked  # type: ignore[arg-type]
        else:
            ranked = [c for c in ranked if isinstance(c.item, LoadedFact)]
            if q.answer_type is AnswerType.PERSON:
                # "Who pays for X?": a person or organisation other than the subjects
                # is the answer, so a fact naming one comes before one that does not
                # ("X is free of charge for entrepreneurs").
                # Then one whose asked word stands next to the subject's name ("the
                # initiators of the eWTP") before one where it belongs to someone else
                # ("Jack MA, Founder … of the Alibaba Group, met … on the eWTP").
                ranked.sort(
                    key=lambda c: (
                        not self._names_someone_else(q, c.item),  # type: ignore[arg-type]
                        not self._relation_by_subject(q, c.item),  # type: ignore[arg-type]
                    )
                )
        if not ranked:
            return None
        return self._fact_answer(q, ranked)

    def _relation_by_subject(self, q: Query, fact: LoadedFact) -> bool:
        """Whether a word of the question (or a synonym) stands within a few words of a
        subject's name in the fact's text."""
        words = [stem(w) for w in normalize(fact.text).split()]
        asked = {a for t in self.retriever.query_terms(list(q.terms)) for a in t.alternatives}
        named = {t for e in q.subjects for t in self._name_terms(e)}
        at_asked = [i for i, w in enumerate(words) if w in asked]
        at_named = [i for i, w in enumerate(words) if w in named]
        return any(abs(i - j) <= RELATION_WINDOW for i in at_asked for j in at_named)

    def _name_terms(self, entity_id: str) -> set[str]:
        entity = self.index.entity(entity_id)
        return {
            stem(w) for label in (entity.name, *entity.aliases) for w in normalize(label).split()
        } - STOP_STEMS

    def _names_someone_else(self, q: Query, fact: LoadedFact) -> bool:
        kinds = (EntityKind.PERSON, EntityKind.ORGANIZATION)
        return any(e not in q.subjects and self.index.entity(e).kind in kinds for e in fact.about)

    def _fact_answer(self, q: Query, ranked: list[Candidate]) -> Answer:
        index = self.index
        best = ranked[0]
        item = best.item
        assert isinstance(item, LoadedFact)
        # Facts stating the same figure at other times: the newest leads, the others
        # follow as dated history (``figures.same_figure``).
        updates = self._figure_history(q, item, ranked)
        if updates:
            item = updates[0].fact
        lines: list[str] = []
        if updates:
            # A measure (a capacity) may be stated in several units: each is named.
            measured = bool(asked_dimensions(q.words))
            lines.append(
                "**Newest first:** "
                + "; ".join(
                    f"{shown_with_unit(u.fact.text, u.figure) if measured else u.figure.shown}"
                    f" as of {u.date}{placeholder(u.fact.source)}"
                    for u in updates
                )
            )
        if q.wants == "count":
            # A figure holds as of its date: the fact's own, else its release's.
            lines.append(f"**As of {format_date(self.fact_date(item))}:**")
        if q.wants == "date" and item.date:
            lines.append(f"**When:** {format_date(date_when(item.date, item.text))}")
        place_source: str | None = None
        if q.wants == "place" and item.place:
            # "Alibaba Group headquarters" says less than where it is: its summary does,
            # cited to the release that states it.
            where = where_line(index, item.place)
            place_source = where.source
            lines.append(where.text + (placeholder(place_source) if place_source else ""))
        elif q.wants == "place" and (named := self._places_named(item, q.subjects)):
            # "The first collection points will open in Tampere and Gothenburg": the
            # places the sentence names and is filed under.
            lines.append(f"**Where:** {', '.join(index.display_name(p) for p in named)}")
        elif q.wants == "place" and (written := place_in_words(item.text, q.terms)):
            # "Signed in Nairobi": a place the sentence gives for the act asked about,
            # which the base files no entry for.
            lines.append(f"**Where:** {written}, as the release says.")
        lines.append(item.text.strip() + placeholder(item.source))
        shown = [item]
        if updates[1:]:
            lines.append(
                "Earlier:\n"
                + "\n".join(
                    f"• As of {u.date}: {u.fact.text.strip()}{placeholder(u.fact.source)}"
                    for u in updates[1:]
                )
            )
            shown += [u.fact for u in updates[1:]]
        ids = {f.id for f in shown}
        related = [
            c.item
            for c in ranked[1:]
            if isinstance(c.item, LoadedFact)
            and c.score >= RELATED_RATIO * best.score
            and c.item.id not in ids
        ][: max(0, MAX_RELATED - len(updates[1:]))]
        if related:
            lines.append(
                "\nRelated:\n"
                + "\n".join(f"• {f.text.strip()}{placeholder(f.source)}" for f in related)
            )
            shown += related
        if place_source is not None and place_source not in {f.source for f in shown}:
            return answered(
                index,
                q.question,
                "\n".join(lines),
                [*(f.source for f in shown), place_source],
                entities=[e for f in shown for e in f.about],
            )
        return answered_facts(index, q.question, lines, shown)

    def _figure_history(
        self, q: Query, best: LoadedFact, ranked: list[Candidate]
    ) -> list[DatedFigure]:
        """The facts stating ``best``'s figure at other times within the question's time,
        newest first; empty when there are none."""
        subject = best.about[0] if best.about else None
        if subject is None or q.answer_type is AnswerType.PERSON:
            # "Who are the members of X?" asks for names: a figure in the fact that
            # ranks first ("X members have completed 31 repairs") is not what is asked.
            return []
        pool = [
            f
            for f in self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
            if self._in_time(q, f) and self.known_on(q, f)
        ]
        # A later release restating the subject's summary with a figure states it too.
        pool += [
            f
            for f in map(summary_statement, self.index.summary_history(subject))
            if self._in_time(q, f) and self.known_on(q, f)
        ]
        found = same_figure(
            best,
            pool,
            terms_of=self._fact_terms,
            date_of=self.fact_date,
            asked=[*q.terms, *q.mandatory],
            subjects=q.subjects,
            units=frozenset(u for d in asked_dimensions(q.words) for u in dimension_units(d)),
        )
        if is_running_total(best.text):
            # "Total diversion since 2019 has reached 14,200 tonnes": a running total's
            # history holds no one year's amount ("produced 710 tonnes in 2020").
            found = [d for d in found if not is_period_amount(d.fact.text)]
        return found if len(found) > 1 else []


# Capitalised words that open a sentence or a noun phrase without naming anything.
_DETERMINERS = frozenset("the a an this that these those its their our".split())


def _which_noun(q: Query) -> str | None:
    """The noun of "which <noun> …?" when it is no kind of entry ("landfill", not
    "company", which the kinds answer) and no word of an answer's type ("year")."""
    if q.words[:1] != ("which",) or len(q.words) < 3 or q.list_kinds:
        return None
    noun = q.words[1]
    stemmed = stem(noun)
    if noun in KIND_NOUNS or any(stemmed in terms for terms in ANSWER_TYPE_TERMS.values()):
        return None
    return noun if noun.isalpha() else None


def _names_one(text: str, noun: str) -> bool:
    """Whether ``text`` names one thing of ``noun``'s kind: capitalised words right
    before the noun ("the Harlow Ridge landfill"), not a determiner alone ("The
    landfill")."""
    base = re.escape(noun[:-1] if noun.endswith("s") else noun)
    for match in re.finditer(rf"((?:[A-Z][\w'’-]* )+){base}\w*\b", text):
        if any(w.casefold() not in _DETERMINERS for w in match[1].split()):
            return True
    return False


# A candidate in the question's own words within this share of the best score leads
# one that matched only through the thesaurus ("what does X promote?": "promotes …"
# before "… foster …", which BM25 scored a hair higher).
LITERAL_TIE_RATIO = 0.95


def _literal_first_on_tie(ranked: list[Candidate]) -> list[Candidate]:
    """``ranked`` with the best literal candidate first when the top one is a synonym
    match and the literal one scores within ``LITERAL_TIE_RATIO`` of it."""
    top = ranked[0]
    if top.literal:
        return ranked
    for i, c in enumerate(ranked[1:], 1):
        if c.score < LITERAL_TIE_RATIO * top.score:
            break
        if c.literal:
            return [c, *ranked[:i], *ranked[i + 1 :]]
    return ranked


def _states_cause(item: object) -> bool:
    """Whether a fact or quote states a cause or a reason (``CAUSE_CLAUSE``)."""
    return isinstance(item, (LoadedFact, LoadedQuote)) and bool(CAUSE_CLAUSE.search(item.text))
