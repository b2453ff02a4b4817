"""Lists from facts' ``about`` links and entity kinds, and counts of dated events."""

from __future__ import annotations

import dataclasses
import functools

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered, format_date
from bot.engine.qa.executors.base import (
    _COUNT_TERMS,
    _KIND_LABEL,
    _KIND_TERMS,
    MAX_LIST_FACTS,
    MAX_LISTED,
    MAX_SOURCES_SHOWN,
    ExecutorBase,
    Result,
)
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.read import ANSWER_TYPE_TERMS, RELATION_TERMS
from bot.engine.qa.vocabulary import (
    number_word,
)
from bot.engine.text import clip
from bot.kb.models import EntityKind, LoadedFact, LoadedQuote
from bot.search.terms import stem

# A list of everything of a kind reads at most this many facts (a large knowledge base).
MAX_SCANNED = 1500
# A list of people shows each one's role when it has at most this many.
MAX_ROLE_LINES = 8
# Words saying only that something appears in the releases ("the people mentioned").
_PRESENCE_TERMS = frozenset(
    stem(w) for w in "mention mentioned named name appear appears feature featured cited".split()
)
# "All the releases", "the releases": every release, not the newest one.
_ALL_RELEASES = frozenset(("releases", "announcements", "all", "every", "any"))


class ListAnswers(ExecutorBase):
    def listing(self, q: Query) -> Result:
        """ "Which organisations launched X?": entities of a kind linked to the answer's facts."""
        index = self.index
        kinds = q.list_kinds
        if not kinds:
            return None
        words = set(q.words)
        release = bool(words & {"release", "releases", "announcement", "announcements"})
        subjects = set(q.subjects)
        topic = [
            t
            for t in q.terms
            if t not in ANSWER_TYPE_TERMS[None]
            and t not in RELATION_TERMS
            and t not in _KIND_TERMS
            and t not in _PRESENCE_TERMS
        ]
        if not subjects and (release or not topic):
            # "List the people mentioned", "which organisations are in the 2022 release?":
            # everything of the kind the releases (of that time) name.
            sources = [
                s.id
                for s in index.sources_newest
                if not q.time.bounded or q.time.admits_date(index.source_date(s.id).isoformat())
            ]
            if release and not q.time.bounded and not words & _ALL_RELEASES:
                sources = sources[:1]  # "this release": the newest one
            return self._mentioned(q, kinds, list(reversed(sources)))
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

    @functools.cached_property
    def _quotes_by_source(self) -> dict[str, list[LoadedQuote]]:
        grouped: dict[str, list[LoadedQuote]] = {}
        for quote in self.index.kb.quotes:
            grouped.setdefault(quote.source, []).append(quote)
        return grouped

    def _mentioned(self, q: Query, kinds: frozenset[EntityKind], sources: list[str]) -> Result:
        """Entities of ``kinds`` that the releases name (in facts, quotes and roles),
        in the order the releases (oldest first) name them, citing those releases."""
        index = self.index
        found: dict[str, str] = {}  # entity -> first release naming it
        budget = MAX_SCANNED
        capped = False
        for source in sources:
            if budget <= 0:
                capped = True  # a large knowledge base: count what was read, say so
                break
            budget -= len(index.facts_by_source.get(source, ())) + 1
            named: list[str] = []
            for fact in index.facts_by_source.get(source, [])[:MAX_LIST_FACTS]:
                named.extend((*fact.about, *([fact.place] if fact.place else [])))
            for quote in self._quotes_by_source.get(source, [])[:MAX_LIST_FACTS]:
                named.extend((quote.speaker, *quote.about))
            for e in named:
                if index.entity(e).kind in kinds:
                    found.setdefault(e, source)
            if len(found) > MAX_LISTED and q.answer_type is not AnswerType.NUMBER:
                break  # more than a reply shows
        if not found:
            return None
        ids = list(found)
        cited = list(dict.fromkeys(found.values()))[:MAX_SOURCES_SHOWN]
        answer = self._list_answer(q, ids, [], cited, kinds)
        if capped and q.answer_type is AnswerType.NUMBER:
            body = answer.text.removeprefix("**")
            text = f"**At least {body[:1].lower()}{body[1:]}"
            answer = dataclasses.replace(answer, text=clip(text))
        if kinds == {EntityKind.PERSON} and len(ids) <= MAX_ROLE_LINES:
            # Who each one is, as of the newest of those releases.
            when = max(index.source_date(s) for s in sources)
            lines = [
                f"• {self._name(p)} — {role}"
                for p in ids
                if (role := self._role_line(p, when)) is not None
            ]
            if lines:
                text = answer.text + "\n" + "\n".join(lines)
                answer = dataclasses.replace(answer, text=clip(text))
        return answer

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
