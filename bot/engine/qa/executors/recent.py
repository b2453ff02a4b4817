"""What is new about an entity, and when something last happened, from the timeline data.

- "What's new with the eWTP since 2020?", "what happened with X after 2021?", "latest on
  X": the statements of ``!timeline`` (``bot.engine.timeline.statements``) dated within
  the time asked, newest first, each cited to its release. None in that time: not found,
  naming the latest date the releases give for X.
- "When did A and B last meet?", "when did X last sign …?": of the dated facts about
  every subject naming what was done, the newest; the earlier ones follow as history.
- "Where did the partners meet in 2021?": the place of their gathering then.
"""

from __future__ import annotations

import itertools

from bot.engine.answer import Answer
from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered, answered_facts, format_date, not_found, where_line
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase
from bot.engine.qa.executors.membership import MEMBERSHIP_TERMS
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.read import ANSWER_TYPE_TERMS, RELATION_TERMS
from bot.engine.qa.vocabulary import PARTY_NOUNS
from bot.engine.timeline import Statement, statements
from bot.kb.models import EntityKind, LoadedFact
from bot.search.terms import QUESTION_WORDS, STOP_WORDS, content_terms, stem
from bot.textnorm import normalize

# Words asking what happened, rather than naming a thing to look up: "what's new with X",
# "any news on X", "what happened with X", "updates about X", "X's latest".
NEWS_WORDS = frozenset(
    "new news happen happened happening latest newest update updates updated recent recently "
    "developments going".split()
)
_NEWS_TERMS = frozenset(stem(w) for w in NEWS_WORDS)
# "The timeline of X": a whole timeline asked, with the words that ask for one shown.
# "!history" is the command's alias: "give me the history of X" asks the same.
_TIMELINE_WORDS = frozenset(("timeline", "timelines", "chronology", "history"))
_TIMELINE_TERMS = frozenset(
    stem(w) for w in (*_TIMELINE_WORDS, *"give show list want need see get full whole".split())
)
# A subject's news reads at most this many of its titles, facts and quotes each (the
# newest): a hub entity of a large base has thousands.
MAX_STATEMENTS_READ = 500
# "When did they last meet?", "most recently": the newest occurrence.
LAST_WORDS = frozenset("last latest recently recent".split())
# ... and the words of the idiom ("the last time they met", "on what occasion"), and
# those saying the subjects did it jointly ("sign something together"), which a sentence
# naming them all as its parties says without the word.
_LAST_TERMS = frozenset(
    stem(w) for w in (*LAST_WORDS, "most", "time", "occasion", "together", "jointly", "both")
)
_PARTY_TERMS = frozenset(stem(w) for w in PARTY_NOUNS)
# "When did they last meet?": the verb of meeting, which an event's name does not hold.
_MEET_TERMS = frozenset(
    stem(w) for w in "meet met meeting meetings gather gathered convene convened".split()
)
# An event is looked up by the names holding each word; a word more names hold than this
# picks out nothing.
MAX_EVENT_OWNERS = 200
# A "what's new" reply shows at most this many statements.
MAX_NEWS = 6
# What a release did outranks what it says the thing is, or what someone said.
_KIND_RANK = {"fact": 0, "role": 1, "summary": 2, "quote": 3}
# "When did A and B last meet?" shows the newest and at most this many earlier ones.
MAX_EARLIER_TIMES = 2


class RecentAnswers(ExecutorBase):
    def asks_news(self, q: Query) -> bool:
        """ "What's new with X since 2020?", "latest on X", "what happened with X after
        2021": subjects, a time ("since", "after", "latest") and no other content."""
        if not q.subjects or q.role_asks or q.quote or q.meta or q.wants is not None:
            return False
        if q.answer_type not in (AnswerType.ANY, AnswerType.LIST):
            return False
        # Words of the question that name no subject ("development" in "Development
        # Trust for Africa" asks nothing); "latest" is read as a time word.
        news = any(w in NEWS_WORDS for w in q.leftover) or (
            q.time.current and any(w in ("latest", "newest") for w in q.words)
        )
        since = q.time.since is not None and q.time.year is None
        if not news and not (since and not q.terms):
            return False
        return not (set(q.terms) - _NEWS_TERMS - RELATION_TERMS)

    def asks_timeline(self, q: Query) -> bool:
        """ "Give me the timeline of X", "X's chronology": one subject, a timeline word,
        no time bound and nothing else asked; the engine then shows ``!timeline X``
        (issue 12: free questions use the timeline's data)."""
        if len(q.subjects) != 1 or q.quote or q.meta or q.time.bounded:
            return False
        if not set(q.words) & _TIMELINE_WORDS:
            return False
        return not (set(q.terms) - _TIMELINE_TERMS - _NEWS_TERMS - RELATION_TERMS)

    def news(self, q: Query) -> Answer:
        """The subjects' statements within the time asked, newest first, cited."""
        index = self.index
        found: dict[str, Statement] = {}
        for subject in q.subjects[:3]:
            for s in statements(index, subject, MAX_STATEMENTS_READ):
                found.setdefault(s.text, s)
        every = sorted(found.values(), key=lambda s: (s.date, s.order), reverse=True)
        names = " and ".join(index.short_name(s) for s in q.subjects[:3])
        within = [s for s in every if not q.time.bounded or q.time.admits_date(s.date)]
        if not within:
            when = q.time.describe() or "in the time asked"
            latest = f" The latest they state is dated {every[0].date}." if every else ""
            return not_found(q.question, f"The releases say nothing about {names} {when}.{latest}")
        if q.time.bounded:
            shown = spread(within, MAX_NEWS)
        else:
            # "Latest on X": what the newest releases say, their facts first.
            newest = sorted(within, key=lambda s: (s.order[0], -_KIND_RANK.get(s.kind, 9)))
            shown = sorted(newest[::-1][:MAX_NEWS], key=lambda s: (s.date, s.order), reverse=True)
        head = f"**What's new about {names}{' ' + q.time.describe() if q.time.bounded else ''}"
        head += ", newest first:**"
        lines = [head] + [f"• **{s.date}** — {s.text}{placeholder(s.source)}" for s in shown]
        if len(within) > len(shown):
            lines.append(
                f"{len(within) - len(shown)} more: `{self.prefix}timeline "
                f"{index.short_name(q.subjects[0])}`."
            )
        return answered(
            index,
            q.question,
            "\n".join(lines),
            [s.source for s in shown],
            entities=q.subjects,
        )

    def last_time(self, q: Query) -> Answer | None:
        """ "When did A and B last meet?": the newest dated fact about every subject that
        names what was done; None when the question asks no "last" or no fact names it."""
        if not any(w in LAST_WORDS for w in q.words):
            return None
        if q.wants != "date" and not (q.wants is None and _names_last_time(q.words)):
            # "Most recent time A and B met up?": the phrase asks when, with no "when".
            return None
        if not q.subjects:
            return self._last_event(q)
        index = self.index
        done = {t for t in q.terms if t not in _LAST_TERMS}
        if not done:
            return None
        first, *others = q.subjects
        pool = [
            f
            for f in index.facts_by_entity.get(first, [])[:MAX_LIST_FACTS]
            if all(o in f.about for o in others)
        ]
        named = [f for f in pool if done <= self._fact_terms(f) and self._dated(f)]
        acts = done - _PARTY_TERMS
        if not named and acts and acts != done:
            # "When did the partners last sign it?": "partners" says who signed, which
            # the sentence may name one by one ("X, Y and Z signed …").
            named = [f for f in pool if acts <= self._fact_terms(f) and self._dated(f)]
        if not named:
            # "When did the members last meet?": the newest of their gatherings (an
            # assembly, a summit) is when they last met, though no sentence says "met";
            # else the newest event whose name holds the question's other words.
            named = self._gatherings(q.subjects, done)
        if not named:
            return self._last_event(q)
        named = list({f.id: f for f in named}.values())
        named.sort(key=self._when, reverse=True)
        newest, earlier = named[0], named[1 : 1 + MAX_EARLIER_TIMES]
        lines = [
            f"**Last:** {format_date(self._when(newest))}",
            f"{newest.text.strip()}{placeholder(newest.source)}",
        ]
        if earlier:
            lines.append(
                "Earlier:\n"
                + "\n".join(
                    f"• {self._when(f)}: {f.text.strip()}{placeholder(f.source)}" for f in earlier
                )
            )
        shown = [newest, *earlier]
        return answered_facts(index, q.question, lines, shown)

    def gathering_place(self, q: Query) -> Answer | None:
        """ "Where did the partners meet in 2021?": the place of the subjects' gathering
        (``_gatherings``) within the time asked, from its leading fact's ``place``; with
        no time asked, the newest, the earlier ones following. None when the question
        asks no place of a meeting, or no gathering in that time is placed."""
        if q.wants != "place" or q.quote or not q.subjects:
            return None
        index = self.index
        if any(index.entity(e).kind is EntityKind.EVENT for e in q.subjects):
            return None  # one event named: ``event_place``
        done = {t for t in q.terms if t not in _LAST_TERMS}
        gatherings = [
            f
            for f in self._gatherings(q.subjects, done)
            if f.place and (not q.time.bounded or q.time.admits_date(self._when(f)))
        ]
        if not gatherings:
            return None
        gatherings.sort(key=self._when, reverse=True)
        newest, earlier = gatherings[0], gatherings[1 : 1 + MAX_EARLIER_TIMES]
        assert newest.place is not None
        where = where_line(index, newest.place)
        lines = [where.text, f"{newest.text.strip()}{placeholder(newest.source)}"]
        if earlier:
            lines.append(
                "Earlier:\n"
                + "\n".join(
                    f"• {format_date(self._when(f))}: {f.text.strip()}{placeholder(f.source)}"
                    for f in earlier
                )
            )
        shown = [newest, *earlier]
        return answered(
            index,
            q.question,
            "\n".join(lines),
            [*(f.source for f in shown), *([where.source] if where.source else [])],
            entities=[e for f in shown for e in f.about],
        )

    def _last_event(self, q: Query) -> Answer | None:
        """ "When did the mayors last meet?", "when did the X assembly last meet?": the
        events whose names hold every other word of the question ("Mayors' Heat Summit",
        "Consortium Assembly 2023"), linked to the subjects when there are any, dated by
        their own facts; the newest leads, the earlier ones follow. None when no event's
        name holds them."""
        index = self.index
        named = {i for m in q.found for i in range(*m.words)}
        words = [
            w
            for i, w in enumerate(q.words)
            if i not in named
            and w not in STOP_WORDS
            and w not in QUESTION_WORDS
            and w not in LAST_WORDS
            and stem(w) not in _LAST_TERMS | _MEET_TERMS
        ]
        if not words:
            return None
        owners = [index.names.owners_of_word(w, limit=MAX_EVENT_OWNERS) for w in words]
        events = [
            e
            for e in sorted(frozenset.intersection(*owners))
            if index.entity(e).kind is EntityKind.EVENT
            and all(self._linked(e, s) for s in q.subjects)
        ]
        dated = [
            (when, e, fact)
            for e in events
            if (found := self._event_day(e))
            for when, fact in [found]
        ]
        if not dated:
            return None
        dated.sort(key=lambda d: d[0], reverse=True)
        (when, event, fact), earlier = dated[0], dated[1 : 1 + MAX_EARLIER_TIMES]
        lines = [
            f"**Last:** {format_date(when)} — {index.entity(event).name}",
            f"{fact.text.strip()}{placeholder(fact.source)}",
        ]
        if earlier:
            lines.append(
                "Earlier:\n"
                + "\n".join(
                    f"• {format_date(w)}: {index.entity(e).name}{placeholder(f.source)}"
                    for w, e, f in earlier
                )
            )
        shown = [fact, *(f for _, _, f in earlier)]
        return answered(
            index,
            q.question,
            "\n".join(lines),
            [f.source for f in shown],
            entities=[event, *(e for _, e, _ in earlier)],
        )

    def _linked(self, event: str, subject: str) -> bool:
        """Whether a fact about ``event`` is about ``subject`` too."""
        return any(
            subject in f.about for f in self.index.facts_by_entity.get(event, [])[:MAX_LIST_FACTS]
        )

    def _event_day(self, event: str) -> tuple[str, LoadedFact] | None:
        """An event's day: the earliest own date of the facts leading with it (else of
        any fact about it), with that fact. A figure reported at a summit ("151,300 by
        August 2025", about the programme and the summit) dates the figure, not the
        summit, as ``event_gaps`` also reads it."""
        facts = [f for f in self.index.facts_by_entity.get(event, [])[:MAX_LIST_FACTS] if f.date]
        if not facts:
            return None
        first = min(facts, key=lambda f: (f.about[:1] != (event,), f.date or "", f.position))
        return first.date or "", first

    def _gatherings(self, subjects: tuple[str, ...], done: set[str]) -> list[LoadedFact]:
        """For a question asking when the subjects met (``done`` holds a verb of
        meeting), each gathering they took part in, as the dated fact that leads with
        it: an event named with the parties in a fact, whose name or summary has a noun
        of gathering, the question's other words, and the places it names ("in
        Hangzhou"); of those, the ones naming who met ("the partners' meeting"), when
        any does."""
        if not done & _GATHER_VERBS:
            return []
        index = self.index
        places = [s for s in subjects if index.entity(s).kind is EntityKind.PLACE]
        # "When did the partners last meet in Riga?" names no party: the gatherings
        # held there (the place's facts name them, or place them there).
        parties = [s for s in subjects if s not in places] or places[:1]
        if not parties:
            return []
        # "The members", "the partners" are who met, not what the gathering is called.
        who = done & MEMBERSHIP_TERMS
        rest = done - _GATHER_VERBS - MEMBERSHIP_TERMS - ANSWER_TYPE_TERMS["date"]
        rest |= {t for p in places for t in content_terms(normalize(index.entity(p).name))}
        first, *others = parties
        events = {
            e
            for f in index.facts_by_entity.get(first, [])[:MAX_LIST_FACTS]
            if all(o in f.about for o in others)
            for e in f.about
            if index.entity(e).kind is EntityKind.EVENT
        }
        fitting: list[tuple[bool, LoadedFact]] = []
        for event in sorted(events):
            entity = index.entity(event)
            text = " ".join((entity.name, *entity.aliases, index.current_summary(event)))
            have = set(content_terms(normalize(text)))
            if not have & _GATHER_NOUNS or not rest <= have:
                continue
            dated = [
                f for f in index.facts_by_entity.get(event, [])[:MAX_LIST_FACTS] if self._dated(f)
            ]
            # The sentence leading with the gathering dates it, else the earliest naming it.
            leading = [f for f in dated if f.about[0] == event]
            if leading or dated:
                first = min(leading or dated, key=self._when)
                # A year ("the 2023 signing took place in the same room …") that another
                # of its sentences dates to the day ("signed … on September 19, 2023").
                coarse = self._when(first)
                finer = [f for f in dated if self._when(f).startswith(coarse)]
                first = max(finer, key=lambda f: len(self._when(f)), default=first)
                fitting.append((bool(who & have), first))
        named_who = [f for hit, f in fitting if hit]
        return named_who or [f for _, f in fitting]


# Verbs asking when people met, and the nouns of a gathering, as stems.
_GATHER_VERBS = frozenset(
    stem(w) for w in "meet meets met gather gathered convene convened assemble assembled".split()
)
_GATHER_NOUNS = frozenset(
    stem(w)
    # A signing gathers the parties that sign ("the 2023 Riga signing"); a ceremony of
    # another kind (a deposit) need not gather the members.
    for w in "meeting assembly summit conference congress forum session gathering "
    "convention signing".split()
)


def spread(items: list[Statement], limit: int) -> list[Statement]:
    """At most ``limit`` of ``items`` (newest first), spread over their releases: each
    release, newest first, gives its best statements (facts, then titles, summaries and
    quotes) in turn, so that a busy last release does not hide the ones before it. The
    result is newest first."""
    by_source: dict[str, list[Statement]] = {}
    for item in items:
        by_source.setdefault(item.source, []).append(item)
    queues = [
        sorted(group, key=lambda s: _KIND_RANK.get(s.kind, 9)) for group in by_source.values()
    ]
    picked: list[Statement] = []
    while len(picked) < limit and any(queues):
        for queue in queues:
            if queue and len(picked) < limit:
                picked.append(queue.pop(0))
    return sorted(picked, key=lambda s: (s.date, s.order), reverse=True)


def _names_last_time(words: tuple[str, ...]) -> bool:
    """Whether the words say "the last / latest / most recent time (or occasion)"."""
    return any(a in LAST_WORDS and b in ("time", "occasion") for a, b in itertools.pairwise(words))
