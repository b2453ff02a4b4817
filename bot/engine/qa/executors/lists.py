"""Lists from facts' ``about`` links and entity kinds, and counts of dated events."""

from __future__ import annotations

import functools

from bot.engine.answer import Answer
from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered, format_date
from bot.engine.qa.executors.base import (
    _COUNT_TERMS,
    _KIND_LABEL,
    _KIND_TERMS,
    MAX_LIST_FACTS,
    MAX_LISTED,
    ExecutorBase,
    Result,
)
from bot.engine.qa.passive_agent import passive_agent
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.read import ANSWER_TYPE_TERMS, RELATION_TERMS
from bot.engine.qa.retrieve import Candidate
from bot.engine.qa.vocabulary import (
    KIND_NOUNS,
    NUMBER_WORDS,
    number_word,
    times_word,
)
from bot.kb.models import EntityKind, LoadedFact, LoadedQuote
from bot.search.terms import stem
from bot.textnorm import normalize


def _kind_modifiers(words: tuple[str, ...]) -> frozenset[str]:
    """The stems of the words between a list question's count and its kind noun
    ("international" in "which two international organisations …"): they describe the
    things listed, which the sentence linking them need not repeat. Only the first kind
    noun is the list's: in "which organisations joined the alliance" the verb before
    "alliance" describes nothing listed."""
    for i in range(1, min(len(words), 5)):
        if words[i] in KIND_NOUNS:
            between = [w for w in words[1:i] if not w.isdigit() and w not in NUMBER_WORDS]
            return frozenset(stem(w) for w in between)
    return frozenset()


# Sentences stating the same link as the best one score at least this share of it.
PARALLEL_RATIO = 0.8
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
        """ "Which organisations launched X?": entities of a kind linked to the answer's
        facts. The words describing the kind ("international" in "which two
        international organisations …") are tried, then left out when the facts they
        find link nothing of the kind: the sentence naming the things need not say them."""
        found = self._listing(q)
        modifiers = _kind_modifiers(q.words)
        if found is None and modifiers & set(q.terms):
            found = self._listing(q, modifiers)
        return found

    def _listing(self, q: Query, modifiers: frozenset[str] = frozenset()) -> Result:
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
            and t not in modifiers
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
            ranked = [
                c
                for c in self.retriever.rank(topic, subjects, include_quotes=False)
                if isinstance(c.item, LoadedFact)
                and (self._in_time(q, c.item) or _states_year(c.item.text, q, topic))
            ]
            facts = [c.item for c in ranked[:3]]  # type: ignore[misc]
            if facts:
                best = facts[0]
                facts = [
                    best,
                    *[f for f in facts[1:] if set(f.about) & set(best.about) - subjects][:1],
                ]
                # "X joined Y as a founding member", "Z joined Y as a founding member":
                # one link stated in several sentences, each naming one of the list.
                facts += [f for f in self._parallel(ranked, topic, subjects) if f not in facts]
        if not facts and subjects:
            facts = [
                f
                for s in subjects
                for f in index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]
                if self._in_time(q, f)
            ]
            # "Which man linked A to B?": the facts about every subject name who did; the
            # facts about one of them name anyone near either.
            joint = [f for f in facts if subjects <= set(f.about)]
            if len(subjects) > 1 and joint:
                facts = joint
            if topic:
                # Nothing states the link asked for: not a list to make up.
                facts = []
        found = [
            e for f in facts for e in f.about if e not in subjects and index.entity(e).kind in kinds
        ]
        found = list(dict.fromkeys(found))
        if not found:
            return None
        if topic and len(found) > 1 and _one_asked(q):
            # "Which organisation hosts the hub?" over "… a hub hosted by HBC": the one
            # party the sentence gives the verb to, not every party it names.
            agent = passive_agent(index, facts[0], topic, found)
            if agent is not None:
                found = [agent]
        shown = facts[:2] if topic else []
        return self._list_answer(q, found, shown, facts, kinds)

    def _parallel(
        self, ranked: list[Candidate], topic: list[str], subjects: set[str]
    ) -> list[LoadedFact]:
        """Facts stating what the best one states about the subjects: scoring nearly as
        well, about every subject, using every question word the best one uses."""
        if not ranked or not subjects:
            return []
        best = ranked[0]
        assert isinstance(best.item, LoadedFact)
        words = set(topic) & self._fact_terms(best.item)
        if not words:
            return []  # the best states the link in other words: nothing to match
        out = []
        for c in ranked[1 : MAX_LISTED * 2]:
            fact = c.item
            if c.score < PARALLEL_RATIO * best.score:
                break
            if (
                isinstance(fact, LoadedFact)
                and subjects <= set(fact.about)
                and words <= self._fact_terms(fact)
            ):
                out.append(fact)
        return out

    @functools.cached_property
    def _quotes_by_source(self) -> dict[str, list[LoadedQuote]]:
        grouped: dict[str, list[LoadedQuote]] = {}
        for quote in self.index.kb.quotes:
            grouped.setdefault(quote.source, []).append(quote)
        return grouped

    def _mentioned(self, q: Query, kinds: frozenset[EntityKind], sources: list[str]) -> Result:
        """Entities of ``kinds`` that the releases name (in facts and quotes), in the order
        the releases (oldest first) name them, each marked with the release naming it
        first; people with their role as of those releases, marked with its release."""
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
        shown = ids[:MAX_LISTED]
        names = ", ".join(self._name(e) + placeholder(found[e]) for e in shown)
        label = _KIND_LABEL[next(iter(sorted(kinds)))]
        if q.answer_type is AnswerType.NUMBER:
            count = number_word(len(ids))
            lead = f"**At least {count}:** " if capped else f"**{count.capitalize()}:** "
        else:
            lead = f"**{label}:** "
        lines = [lead + names]
        cited = [found[e] for e in shown]
        if kinds == {EntityKind.PERSON} and len(ids) <= MAX_ROLE_LINES:
            # Who each one is, as of the newest of those releases.
            when = max(index.source_date(s) for s in sources)
            for person in ids:
                role = index.role_as_of(person, when)
                if role is not None:
                    lines.append(
                        f"• {self._name(person)} — {index.role_text(role)}{placeholder(role.source)}"
                    )
                    cited.append(role.source)
        return answered(index, q.question, "\n".join(lines), cited, entities=ids)

    def _list_answer(
        self,
        q: Query,
        found: list[str],
        shown: list[LoadedFact],
        linking: list[LoadedFact],
        kinds: frozenset[EntityKind],
    ) -> Answer:
        """The names ``found``, each marked with the releases of the ``linking`` facts that
        name it (or place something there), and the facts ``shown`` below them."""
        label = _KIND_LABEL[next(iter(sorted(kinds)))]

        def releases(entity_id: str) -> str:
            return placeholder(
                *(f.source for f in linking if entity_id in f.about or entity_id == f.place)
            )

        names = [self._name(e) + releases(e) for e in found[:MAX_LISTED]]
        lines = []
        if q.answer_type is AnswerType.NUMBER:
            lines.append(f"**{number_word(len(found)).capitalize()}:** " + ", ".join(names))
        else:
            lines.append(f"**{label}:** " + ", ".join(names))
        lines += [f"• {f.text.strip()}{placeholder(f.source)}" for f in shown]
        # Cited: the releases of the facts naming what is listed, and of those shown.
        listed = set(found[:MAX_LISTED])
        sources = [f.source for f in linking if listed & {*f.about, f.place}]
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [*sources, *(f.source for f in shown)],
            entities=found,
        )

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
        lines = [f"**{times_word(len(dated)).capitalize()} that the releases record:**"]
        for fact in dated:
            where = f", {index.entity(fact.place).name}" if fact.place else ""
            lines.append(
                f"• {format_date(fact.date or '')}{where}: {fact.text.strip()}"
                f"{placeholder(fact.source)}"
            )
        return answered(
            index, q.question, "\n".join(lines), [f.source for f in dated], entities=q.subjects
        )


def _states_year(text: str, q: Query, topic: list[str]) -> bool:
    """Whether ``text`` says the asked link happened in the year asked: "after A and B
    joined in 2025" in a release of 2026 answers "which organisations joined in 2025?"
    (the fact holds as of its release; the year it writes is when they joined)."""
    year = q.time.year
    if year is None or q.time.points[1:]:
        return False
    words = normalize(text).split()
    return any(
        words[i + 1 : i + 3] == ["in", str(year)] and stem(words[i]) in topic
        for i in range(len(words) - 2)
    )


def _one_asked(q: Query) -> bool:
    """Whether the question asks for one ("which organisation", "what company"), its kind
    noun singular, not a list ("which organisations")."""
    return len(q.words) > 1 and q.words[0] in ("which", "what") and not q.words[1].endswith("s")
