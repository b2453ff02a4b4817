"""The period a fact states: "which years did the first phase cover?", "when does the
second phase end?", "what period does the framework span?".

A period is stated as a range ("from 2020 to 2023", "2024-2026", "2018 to 2021"), an
end ("until the end of its first phase in December 2023") or a start ("since its first
cohort in February 2020"). The facts considered are those whose words include every
word the question uses for the thing ("first phase": both words), found among the
subjects' facts and the facts BM25 ranks for those words. The newest release's
statement leads (a later release may extend the period), a full range before an end
alone; the others follow with their releases' dates.
"""

from __future__ import annotations

import dataclasses
import re
from typing import NamedTuple

from bot.engine.answer import Answer
from bot.engine.cite import placeholder
from bot.engine.qa.asked_event import asked_event, states_event
from bot.engine.qa.compose import answered, answered_facts, citations, not_found
from bot.engine.qa.durations import entity_labels, subject_range, year_range
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase
from bot.engine.qa.ordinal_names import ORDINAL_POSITIONS
from bot.engine.qa.query import Query
from bot.engine.qa.range_owner import range_of_another
from bot.kb.models import EntityKind, LoadedFact
from bot.search.index import Index
from bot.search.synonyms import synonyms
from bot.search.terms import STOP_WORDS, stem
from bot.textnorm import normalize
from bot.vocab import month_names_pattern

_MONTH = f"(?:{month_names_pattern(capitalised=True)})"
_YEAR = r"(?:19|20)\d\d"
# "ends in December 2025", "will conclude in 2026", "expires on June 30, 2025".
_ENDS = re.compile(
    rf"\b(?:end|ends|ending|ended|expire|expires|expired|conclude|concludes|concluded|"
    rf"close|closes|closed)\b[^.;]{{0,30}}?\b(?:in|on|by)\s+((?:{_MONTH}\s+)?(?:\d{{1,2}},?\s+)?{_YEAR})\b",
    re.I,
)
# "starting in 2021", "began in March 2020", "launched in 2019".
_STARTS = re.compile(
    rf"\b(?:start|starts|starting|started|begin|begins|beginning|began|commence|commenced|"
    rf"commences)\b[^.;]{{0,30}}?\b(?:in|on)\s+((?:{_MONTH}\s+)?(?:\d{{1,2}},?\s+)?{_YEAR})\b",
    re.I,
)
_UNTIL = re.compile(rf"\b(?:until|till|through)\b[^.;]{{0,60}}?\b((?:{_MONTH}\s+)?{_YEAR})\b", re.I)
# "is extended to March 2027", "was extended until 2030": the new end a later release
# gives (the date right after, so "extended to Samoa in 2019" is no end).
_EXTENDED = re.compile(
    rf"\bextended\s+(?:to|until|till|through)\s+((?:{_MONTH}\s+)?{_YEAR})\b", re.I
)
_SINCE = re.compile(rf"\bsince\b[^.;]{{0,40}}?\b((?:{_MONTH}\s+)?{_YEAR})\b", re.I)
# Words asking for a period, and which end of it.
_END_WORDS = frozenset("end ends ending finish finishes expire expires close closes".split())
_START_WORDS = frozenset("start starts begin begins began started commence".split())
_SPAN_WORDS = frozenset("cover covers covered run runs ran span spans last lasts".split())
_PERIOD_NOUNS = frozenset("years period dates timeframe duration".split())
_DATE_NOUNS = frozenset("year years date dates".split())
# Words of the question that say nothing about which thing is meant.
_ASKING = frozenset(
    "when which what until till year years period dates date timeframe will would does did "
    "do is was were has have going to expected scheduled due".split()
)
_PERIOD_STEMS = frozenset(
    stem(w) for w in (*_END_WORDS, *_START_WORDS, *_SPAN_WORDS, *_PERIOD_NOUNS, "until", "till")
)
_ORDINALS = frozenset(w for w, n in ORDINAL_POSITIONS.items() if n > 0)
_ORDINAL_STEMS = frozenset(stem(w) for w in _ORDINALS)
# "The first / original / initial grant": the ordinal that says the earliest one.
_FIRST_STEMS = frozenset({stem("first")})
# Facts ranked by BM25 for the thing's words that are read, beside the subjects' own.
MAX_RANKED = 30
MAX_EARLIER = 2


def _asks(words: set[str], vocabulary: frozenset[str]) -> bool:
    """Whether ``words`` use a word of ``vocabulary`` in any form ("finishing", "ended")."""
    stems = {stem(v) for v in vocabulary}
    return any(w in vocabulary or stem(w) in stems for w in words)


class Period(NamedTuple):
    """A period a fact states: its start and end as written ("2020", "December 2023"),
    either of which may be unknown (""), and the fact."""

    start: str
    end: str
    fact: LoadedFact


def period_of(fact: LoadedFact) -> Period | None:
    """The period ``fact`` states, or None."""
    text = fact.text
    span = year_range(text)
    if span is not None:
        return Period(str(span.start), str(span.end), fact)
    until = _UNTIL.search(text) or _EXTENDED.search(text) or _ENDS.search(text)
    since = _SINCE.search(text) or _STARTS.search(text)
    if until or since:
        return Period(since[1] if since else "", until[1] if until else "", fact)
    return None


class SummaryPeriod(NamedTuple):
    """A year range a thing's own summary states: start and end years, the summary and
    the release stating it."""

    start: str
    end: str
    text: str
    source: str


def summarised_answer(index: Index, question: str, period: SummaryPeriod) -> Answer:
    """The period a summary states, as an answer citing its release."""
    text = f"**{period.start} to {period.end}**\n{period.text}"
    return answered(index, question, text, [period.source])


def _sole_thing(q: Query) -> str | None:
    """The one thing the question names: its only subject, or the one whose words hold
    every other name found ("the first HFF grant" holds "HFF", its owner); None when
    it names several things side by side."""
    if len(q.subjects) == 1:
        return q.subjects[0]
    spans = {m.entity_id: m.words for m in q.found}
    for subject in q.subjects:
        outer = spans.get(subject)
        if outer is not None and all(
            outer[0] <= m.words[0] and m.words[1] <= outer[1] for m in q.found
        ):
            return subject
    return None


class PeriodAnswers(ExecutorBase):
    def period(self, q: Query, no_launch: bool = False) -> Answer | None:
        """The period of the thing asked about; None when the question asks no period or
        no fact states one for it. ``no_launch``: no sentence dates the thing's launch,
        so "what year does X start?" is the start of its stated period ("Framework
        2018-2021")."""
        words = set(q.words)
        if words & {"until", "till"} and "when" in words:
            words |= {"end"}  # "until when does …?" asks for the end
        which_years = bool(words & {"which", "what"}) and bool(words & _PERIOD_NOUNS)
        # "First phase: start year and end year?", "its start and end dates": the ends
        # named as nouns ask for the period with no question word.
        which_years = which_years or (
            _asks(words, _START_WORDS) and _asks(words, _END_WORDS) and bool(words & _DATE_NOUNS)
        )
        when = q.wants == "date" or "when" in words
        # "When did they last hold an assembly?": "last" before a verb is "most recently",
        # not "lasts" ("how long does it last?", "last until").
        said = [
            w
            for i, w in enumerate(q.words)
            if w != "last" or q.words[i + 1 : i + 2] in ((), ("until",), ("till",), ("for",))
        ]
        verb = any(stem(w) in _PERIOD_STEMS for w in set(said) - _PERIOD_NOUNS)
        if not (which_years or (when and verb)) or q.role_asks or q.quote or q.meta:
            return None
        if words & {"long", "many"}:
            return None  # "how long", "how many years": a duration, for arithmetic
        starting = _asks(words, _START_WORDS) and not _asks(words, _END_WORDS | _SPAN_WORDS)
        if starting and not which_years and not words & _ORDINALS and not no_launch:
            # "When did the Academy start?" is its launch (a dated fact), not the start
            # of a period; "when did its first phase start?" is a period's.
            return None
        thing = {
            stem(w)
            for w in q.words
            if w not in STOP_WORDS and w not in _ASKING and stem(w) not in _PERIOD_STEMS
        }
        if not thing:
            return None
        named = {t for m in q.mention_terms.values() for t in m}
        if (
            len(q.subjects) == 1
            and thing - named == _FIRST_STEMS
            and self._first_of_its_name(q.subjects[0], q.mention_terms.get(q.subjects[0], set()))
        ):
            # "The first Tessaly grant" when the releases name no such thing before it:
            # the grant named is the first, and "first" says which, not what it covers.
            thing -= _FIRST_STEMS
        if no_launch and thing - {t for m in q.mention_terms.values() for t in m}:
            # "When did governments start funding X?" asks an event, not X's period.
            return None
        index = self.index
        pool: dict[str, LoadedFact] = {}
        for subject in q.subjects:
            for fact in index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]:
                pool.setdefault(fact.id, fact)
        for candidate in self.retriever.rank(sorted(thing), set(), include_quotes=False)[
            :MAX_RANKED
        ]:
            if isinstance(candidate.item, LoadedFact):
                pool.setdefault(candidate.item.id, candidate.item)
        periods = self._periods_naming(q, pool, thing, starting)
        earliest_only = False
        if not periods and thing & _FIRST_STEMS:
            # "What period does X's first funding cover?" when no sentence says "first":
            # the earliest of the periods stated for the rest ("funding").
            periods = self._periods_naming(q, pool, thing - _FIRST_STEMS, starting)
            earliest_only = bool(periods)
        sole = _sole_thing(q)
        if sole is not None and not thing - {t for m in q.mention_terms.values() for t in m}:
            # "Which years does the eWTP cover?" names the thing by its name alone: only
            # a period the sentence states for it, as its grammatical subject, answers
            # ("the Academy, a programme under the eWTP, runs from 2020 to 2023" is the
            # Academy's), never another thing's range in a fact that mentions it.
            own = [p for p in periods if self._own_period(p, sole)]
            if not own:
                # "The US$6 million grant …, funding the programme from 2018 to 2021": a
                # range the thing's own summary states is its own.
                summarised = self._summary_period(sole)
                if summarised is not None:
                    return summarised_answer(index, q.question, summarised)
            if periods and not own:
                return self._no_own_period(q, sole, periods)
            periods = own
        asked = asked_event(index, q)
        if periods and asked is not None and not asked.alternatives & _PERIOD_STEMS:
            # "When did the Trust take over running X?" asks for an event, not a period:
            # "covers X's running costs until December 2023" states none of the Trust's.
            stated = [p for p in periods if states_event(index, asked, p.fact.text, p.fact.about)]
            if not stated:
                return self.event_unstated(q, asked, [p.fact for p in periods])
            periods = stated
        if not periods:
            return None
        periods.sort(
            key=lambda p: (
                index.source_date(p.fact.source),
                bool(p.start and p.end),
                p.end[-4:],
            ),
            reverse=True,
        )
        if earliest_only:
            periods = [min(periods, key=lambda p: (p.start[-4:] or p.end[-4:], p.end[-4:]))]
        if _asks(words, _START_WORDS) and not _asks(words, _END_WORDS):
            # "When did X start?": the earliest start stated, not the newest period.
            started = [p for p in periods if p.start]
            if started:
                first = min(started, key=lambda p: p.start[-4:])
                periods = [first, *(p for p in periods if p is not first)]
        best, *others = periods
        both = _asks(words, _START_WORDS) and _asks(words, _END_WORDS)
        if both and best.start and best.end:
            # "When did it start and end?": both ends, in their order.
            head = f"**{best.start} to {best.end}**"
        elif _asks(words, _END_WORDS) and best.end:
            head = f"**Ends:** {best.end}" + (f" (from {best.start})" if best.start else "")
        elif _asks(words, _START_WORDS) and best.start:
            head = f"**Starts:** {best.start}" + (f" (until {best.end})" if best.end else "")
        elif best.start and best.end:
            head = f"**{best.start} to {best.end}**"
        elif best.end:
            head = f"**Until {best.end}**"
        else:
            head = f"**Since {best.start}**"
        lines = [head, f"{best.fact.text.strip()}{placeholder(best.fact.source)}"]
        shown = [best.fact]
        earlier = [p for p in others if p.fact.text.strip() != best.fact.text.strip()]
        if earlier:
            lines.append("Also stated:")
            for p in earlier[:MAX_EARLIER]:
                released = index.source_date(p.fact.source).isoformat()
                lines.append(
                    f"• as of {released}: {p.fact.text.strip()}{placeholder(p.fact.source)}"
                )
                shown.append(p.fact)
        return answered_facts(index, q.question, lines, shown)

    def _periods_naming(
        self, q: Query, pool: dict[str, LoadedFact], thing: set[str], starting: bool
    ) -> list[Period]:
        """The periods stated by the facts of ``pool`` that name ``thing`` (stems), none
        in another thing's name; an end or a start alone only when ``starting``."""
        return [
            p
            for f in pool.values()
            if self._names_thing(f, thing)
            # "The eWTP would dovetail with the Framework 2018-2021": the Framework's.
            and not (q.subjects and range_of_another(f.text, f.about, q.subjects, self._names_of))
            and (p := period_of(f)) is not None
            and (p.end or starting)  # "since February 2020" dates a figure, not a period
        ]

    def _first_of_its_name(self, subject: str, name_terms: set[str] | frozenset[str]) -> bool:
        """Whether no release older than the first one involving ``subject`` has a
        sentence using every word the question names it by ("tessaly grant"): then it is
        the first thing so named."""
        index = self.index
        involving = index.sources_involving(subject, limit=None)
        if not involving or not name_terms:
            return False
        first = min(index.source_date(s) for s in involving)
        ranked = self.retriever.rank(sorted(name_terms), set(), include_quotes=False)
        return not any(
            index.source_date(c.item.source) < first and set(name_terms) <= self._fact_terms(c.item)
            for c in ranked
            if isinstance(c.item, LoadedFact)
        )

    def _summary_period(self, subject: str) -> SummaryPeriod | None:
        """The year range the subject's own summary states (a grant, a programme, a
        report; never a person's, an organisation's or a place's, whose summaries give
        other things' years), with the release stating it; None when it states none."""
        index = self.index
        entity = index.entity(subject)
        if entity.kind in (EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.PLACE):
            return None
        stated = index.stated_summary(subject)
        text = stated.text if stated is not None else entity.summary
        span = year_range(text)
        source = index.summary_source(subject, text)
        if span is None or source is None:
            return None
        return SummaryPeriod(str(span.start), str(span.end), text.strip(), source)

    def _no_own_period(self, q: Query, subject: str, others: list[Period]) -> Answer:
        """Not found: no sentence states a period for ``subject`` itself; the periods
        of other things that mention it are shown (cited) as what the releases do say."""
        index = self.index
        shown = others[:MAX_EARLIER]
        text = (
            f"The releases don't state a period for {index.display_name(subject)} itself. "
            "The years they give are other things':\n"
            + "\n".join(f"• {p.fact.text.strip()}" for p in shown)
        )
        return dataclasses.replace(
            not_found(q.question, text),
            citations=citations(index, [p.fact.source for p in shown]),
            entities=(subject,),
        )

    def _own_period(self, period: Period, subject: str) -> bool:
        """Whether ``period`` is ``subject``'s: a year range the sentence states for it or
        for a part of it (``durations.subject_range``), else an end or a start in a
        sentence led by it."""
        fact = period.fact
        if year_range(fact.text) is None:
            return fact.about[:1] == (subject,)
        # A part of it named in the sentence ("extend the Academy for a second phase,
        # from 2024 to 2026") does not make the range another thing's.
        name = normalize(self.index.entity(subject).name)
        about = [
            e
            for e in fact.about
            if e == subject or name not in normalize(self.index.entity(e).name)
        ]
        labels = entity_labels(self.index)
        return subject_range(fact.text, about, subject, labels) is not None

    def _names_thing(self, fact: LoadedFact, thing: set[str]) -> bool:
        """Whether the fact uses every word naming the thing (or a synonym); with three
        words or more, one may be missing ("pay" where the release says "covers"), but
        never an ordinal ("first", "second")."""
        have = self._fact_terms(fact)
        if not _ORDINAL_STEMS & thing <= have:
            return False  # "the third phase" is never the first one
        matched = sum(1 for t in thing if {t, *synonyms(t)} & have)
        return matched >= len(thing) - (len(thing) >= 3)
