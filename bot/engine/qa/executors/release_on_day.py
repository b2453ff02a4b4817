"""What someone announced on a day a release is dated: "what did the Academy announce on
May 8, 2024?", "what news did the Trust share on 8 June 2021?"; and in a year ("what did
the Fund announce this year?", ``release_in_year``): that year's releases by or about it.

A full date written in the question ("May 8, 2024", "8 May 2024", "2024-05-08") that is the
date of a release makes that release the announcement asked about: the answer is its
headline (publisher, dateline, date) and the statements it makes about the subjects the
question names (all of its statements when it names none), in the release's order, each
cited. A release names the day it went out in its dateline, which is why the day alone
picks it; the rule comes from blind set 16 (issue 10), where "announce on <date>" was
answered with nothing. A day no release is dated is left to the other executors (facts
dated that day, events), and so is a subject the release says nothing about.
"""

from __future__ import annotations

import functools
import re

from bot.engine.qa.compose import answered, format_date
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.query import Query
from bot.engine.qa.vocabulary import RELEASE_NOUNS
from bot.engine.qa.written_dates import written_dates
from bot.kb.models import LoadedFact, LoadedQuote, LoadedSource
from bot.search.synonyms import synonyms
from bot.search.terms import content_terms, stem
from bot.textnorm import normalize

# The verbs and nouns of an announcement: "announce", "news", "unveil".
_ANNOUNCE_STEMS = frozenset(
    stem(w)
    for w in "announce announced announcement announcements news unveil unveiled reveal "
    "revealed publish published".split()
)
# Words that announce only as a verb: "what did the Trust share / report / put out?",
# "what was released?". Their base form after no auxiliary is a noun of the question's
# own ("the Academy's share of women", "the annual report"), which a day's release does
# not answer.
_VERB_ONLY = frozenset("share report release put".split())
_VERB_ONLY_PAST = frozenset("shared reported released put".split())
_AUXILIARIES = frozenset("did do does will would".split())
_ISO_DAY = re.compile(r"\b((?:19|20)\d\d-\d\d-\d\d)\b")
# At most this many statements of the release are shown.
MAX_SHOWN = 6


class ReleaseOnDayAnswers(ExecutorBase):
    @functools.cached_property
    def _releases_by_day(self) -> dict[str, list[LoadedSource]]:
        """The releases by the day they are dated (ISO date -> releases, newest order):
        read once per knowledge base, in ``warm``, so that a question never reads every
        release to find a day's."""
        grouped: dict[str, list[LoadedSource]] = {}
        for loaded in self.index.sources_newest:
            grouped.setdefault(loaded.source.date.isoformat(), []).append(loaded)
        return grouped

    @functools.cached_property
    def _releases_by_publisher(self) -> dict[str, list[str]]:
        """The ids of the releases by their publisher's normalised name, newest first:
        read once per knowledge base, in ``warm``, so that "what did X announce?" never
        reads every release to find X's."""
        grouped: dict[str, list[str]] = {}
        for loaded in self.index.sources_newest:
            grouped.setdefault(normalize(loaded.source.publisher), []).append(loaded.id)
        return grouped

    def release_on_day(self, q: Query) -> Result:
        """The release dated the day the question writes, as that day's announcement;
        None for a question of another shape, a day no release is dated, or subjects
        the release states nothing about."""
        if q.quote or q.meta or q.words[:1] not in (("what",), ("which",)):
            return None
        if not {stem(w) for w in q.words} & _ANNOUNCE_STEMS and not _announcing_verb(q.words):
            return None
        days = {*written_dates(q.question), *_ISO_DAY.findall(q.question)}
        if len(days) != 1:
            return None
        day = days.pop()
        index = self.index
        releases = self._releases_by_day.get(day, [])
        if len(releases) != 1:
            return None
        release = releases[0].id
        source = releases[0].source
        facts = index.facts_by_source.get(release, [])
        wanted = set(q.subjects)
        if wanted:
            facts = [f for f in facts if wanted & set(f.about)]
        if not facts:
            return None
        where = ", ".join(part for part in (source.dateline.city, source.dateline.country) if part)
        head = f"**{source.publisher}, {where}, {format_date(day)}:** {source.title}"
        lines = [head, *(f"• {f.text.strip()}" for f in facts[:MAX_SHOWN])]
        return answered(
            index,
            q.question,
            "\n".join(lines),
            [release],
            entities=list(dict.fromkeys(e for f in facts for e in f.about)),
        )

    def release_in_year(self, q: Query) -> Result:
        """ "What did X announce this year / in 2021?": the releases of that year that X
        published or that state something about X, newest first, each with its headline
        and its statements about X (dated by the release, not by the sentence: a 2025
        report of 2024's figures is 2025's announcement). None for a question of
        another shape, naming no subject, or a year with no such release."""
        if q.quote or q.meta or q.words[:1] not in (("what",), ("which",)) or not q.subjects:
            return None
        if not {stem(w) for w in q.words} & _ANNOUNCE_STEMS and not _announcing_verb(q.words):
            return None
        t = q.time
        if t.year is None or t.month is not None or t.since or t.until or len(t.points) != 1:
            return None
        index = self.index
        wanted = set(q.subjects)
        names = {index.entity(e).name.casefold() for e in wanted}
        lines: list[str] = []
        cited: list[str] = []
        entities: list[str] = []
        # The releases a subject published or is involved in, never every release.
        involved = {s for e in wanted for s in index.sources_involving(e, limit=None)}
        for e in wanted:
            entity = index.entity(e)
            for label in (entity.name, *entity.aliases):
                involved.update(self._releases_by_publisher.get(normalize(label), ()))
        for loaded in index.newest_sources(involved):
            source = loaded.source
            if source.date.year != t.year:
                continue
            facts = [f for f in index.facts_by_source.get(loaded.id, []) if wanted & set(f.about)]
            if not facts and source.publisher.casefold() not in names:
                continue
            where = ", ".join(p for p in (source.dateline.city, source.dateline.country) if p)
            lines.append(
                f"**{source.publisher}, {where}, {format_date(source.date.isoformat())}:** "
                f"{source.title}"
            )
            lines += [f"• {f.text.strip()}" for f in facts[:MAX_SHOWN]]
            cited.append(loaded.id)
            entities += [e for f in facts for e in f.about]
        if not cited:
            return None
        return answered(
            index, q.question, "\n".join(lines), cited, entities=list(dict.fromkeys(entities))
        )

    @functools.cached_property
    def _releases_by_year(self) -> dict[int, list[LoadedSource]]:
        """The releases by the year they are dated, newest first: read once per knowledge
        base, in ``warm``, so that a question never reads every release to find a year's."""
        grouped: dict[int, list[LoadedSource]] = {}
        for loaded in self.index.sources_newest:
            grouped.setdefault(loaded.source.date.year, []).append(loaded)
        return grouped

    def release_topic_in_year(self, q: Query) -> Result:
        """ "What did the 2020 release say about volunteers?", naming no entry: the
        sentences and quotes of that year's releases holding the topic's words (or their
        thesaurus synonyms), under each release's headline. None for a question of
        another shape, or when no statement of that year holds them."""
        words = q.words
        if q.subjects or not set(words) & RELEASE_NOUNS or "about" not in words:
            return None
        t = q.time
        if t.year is None or t.month is not None or t.since or t.until or len(t.points) != 1:
            return None
        asked = content_terms(" ".join(words[words.index("about") + 1 :]))
        wanted = [frozenset((w, *synonyms(w))) for w in asked if not w.isdigit()]
        if not wanted:
            return None
        index = self.index
        releases = self._releases_by_year.get(t.year, [])
        if not releases:
            return None
        # The statements holding every topic word (or a synonym), from the term index's
        # postings, kept when of that year's releases: never every statement of the year
        # read per question.
        terms = index.terms
        holding = terms.mask_of_any(wanted[0])
        for group in wanted[1:]:
            holding &= terms.mask_of_any(group)
        year_ids = {loaded.id for loaded in releases}
        facts: dict[str, list[LoadedFact]] = {}
        quotes: dict[str, list[LoadedQuote]] = {}
        for doc_id in holding.nonzero()[0].tolist():
            doc = terms.docs[doc_id]
            if doc.kind == "fact":
                fact = index.fact_by_id.get(doc.id)
                if fact is not None and fact.source in year_ids and _holds(fact.text, wanted):
                    facts.setdefault(fact.source, []).append(fact)
            elif doc.kind == "quote":
                quote = index.quote_by_id.get(doc.id)
                if quote is not None and quote.source in year_ids and _holds(quote.text, wanted):
                    quotes.setdefault(quote.source, []).append(quote)
        lines: list[str] = []
        cited: list[str] = []
        for loaded in releases:
            said = [
                f"• {f.text.strip()}"
                for f in sorted(facts.get(loaded.id, []), key=lambda f: f.position)
            ]
            said += [
                f"• {index.entity(x.speaker).name}: “{x.text.strip()}”"
                for x in sorted(quotes.get(loaded.id, []), key=lambda x: x.position)
            ]
            if not said:
                continue
            source = loaded.source
            lines.append(f"**{format_date(source.date.isoformat())}:** {source.title}")
            lines += said[:MAX_SHOWN]
            cited.append(loaded.id)
        if not cited:
            return None
        return answered(index, q.question, "\n".join(lines), cited)


def _holds(text: str, wanted: list[frozenset[str]]) -> bool:
    """Whether ``text`` holds every word of the topic, each or one of its synonyms."""
    terms = set(content_terms(text))
    return all(w & terms for w in wanted)


def _announcing_verb(words: tuple[str, ...]) -> bool:
    """Whether a word that announces only as a verb is one here: a past form ("what
    was shared on …"), or the base form after an auxiliary ("what did X share on …"),
    never the noun ("what was X's market share on …")."""
    return any(
        w in _VERB_ONLY_PAST or (w in _VERB_ONLY and set(words[:i]) & _AUXILIARIES)
        for i, w in enumerate(words)
    )
