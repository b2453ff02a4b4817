"""The n-th time something happened: "when did A and B meet for the second time?", "when
was the second campus opened?".

The occurrences are the dated facts about every subject (or, with no subject, any
fact) that name what was done; facts of the same date, or one a coarser form of the
other's ("2020-02" and "2020-02-14"), state one occurrence. The n-th in date order
answers, cited, with the ones before it; fewer occurrences give not found, saying how
many the releases record.

A fact that itself says "first phase" or "second campus" names the thing, rather than
counting occurrences: the question is then left to the other executors (the period of
"the first phase" is a range, not the first of the phases found).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.engine.answer import Answer
from bot.engine.cite import number_markers, placeholder
from bot.engine.qa.compose import (
    answered_facts,
    citations,
    format_date,
    not_found,
    not_found_cited,
)
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase
from bot.engine.qa.ordinal_names import ORDINAL_POSITIONS
from bot.engine.qa.query import Query
from bot.engine.qa.read import ANSWER_TYPE_TERMS
from bot.engine.qa.vocabulary import BACK_REFERENCES
from bot.kb.models import LoadedFact
from bot.search.synonyms import synonyms
from bot.search.terms import STOP_WORDS, index_term, stem
from bot.textnorm import normalize
from bot.vocab import irregular_participles

# Ordinal words and their numbers ("the 2nd time"); "last" counts from the end and is
# read by the series rule alone (``ordinal_names``).
ORDINALS = {w: n for w, n in ORDINAL_POSITIONS.items() if n > 0}
_ORDINAL_TERMS = frozenset(stem(w) for w in ORDINALS)
# Words of the idiom, not of what was done ("for the second time", "on which occasion").
_IDIOM_TERMS = frozenset(stem(w) for w in "time times occasion occasions ever".split())
# Verbs of a thing done again ("reopened", "relaunched"): not a further occurrence of it.
_REPEAT_TERMS = frozenset(
    stem(w)
    for w in "reopen reopened relaunch relaunched restart restarted resume resumed renew "
    "renewed reappoint reappointed reelect reelected reconvene reconvened".split()
)
_RENEW_TERMS = frozenset(stem(w) for w in "renew renewed renewing".split())
_SIGN_TERMS = frozenset(stem(w) for w in "sign signed signing signature".split())
# A base-wide count reads at most this many facts.
MAX_SCANNED_FACTS = 2_000
# Words asking for the date of the occurrence.
_WHEN_WORDS = frozenset({"when", "date", "year", "day"})
_ISO = re.compile(r"^\d{4}(?:-\d\d){0,2}$")


class OrdinalAnswers(ExecutorBase):
    def _labels_of(self, entity_id: str) -> list[str]:
        """The entity's name and aliases, normalised, a leading "the" dropped."""
        entity = self.index.entity(entity_id)
        labels = [normalize(n) for n in (entity.name, *entity.aliases)]
        return [n.removeprefix("the ") for n in labels if n]

    def nth_time(self, q: Query) -> Answer | None:
        """The n-th dated occurrence of what the question names; None when it asks no
        ordinal, no date, names nothing done, or a fact names the ordinal itself."""
        where = q.wants == "place"
        # "What was the second meeting about?": the n-th occurrence itself.
        what = q.wants is None and "what" in q.words
        if q.wants != "date" and not where and not what and not (set(q.words) & _WHEN_WORDS):
            return None
        if q.wants == "count":
            # "How many missions in its first year?": a figure for a period, not a date.
            return None
        if q.role_asks or q.quote or q.meta:
            return None
        # An ordinal in a name ("the second phase", an entity) counts nothing.
        asked = [
            (i, ORDINALS[w]) for i, w in enumerate(q.words) if w in ORDINALS and stem(w) in q.terms
        ]
        if len(asked) != 1:
            return None
        position, n = asked[0]
        asking = ANSWER_TYPE_TERMS[q.wants] | ANSWER_TYPE_TERMS[None]
        done = {
            t
            for t in q.terms
            if t not in _ORDINAL_TERMS and t not in _IDIOM_TERMS and t not in asking
        }
        if not done:
            return None
        if not q.subjects and set(q.words) & BACK_REFERENCES:
            # "When did they meet for the third time?" with no one to be "they": counting
            # everyone's meetings would answer another question.
            return None
        index = self.index
        capped = False
        if q.subjects:
            first, *others = q.subjects
            pool = [
                f
                for f in index.facts_by_entity.get(first, [])[:MAX_LIST_FACTS]
                if all(o in f.about for o in others)
            ]
        else:
            # The facts that rank for what was done, not the first ones loaded.
            ranked = [
                c.item
                for c in self.retriever.rank(sorted(done), set(), include_quotes=False)
                if isinstance(c.item, LoadedFact)
            ]
            capped = len(ranked) > MAX_SCANNED_FACTS
            pool = ranked[:MAX_SCANNED_FACTS]
        if where:
            # "Where were X's first corridors planted?": a sentence naming "the first
            # corridors" with their place says it, in the verb asked or one of its group
            # ("sown"); the first of the figures stated with that verb ("has planted 96
            # km") is no event.
            stated = self._ordinal_place(q, pool, q.words[position], done)
            if stated is not None:
                return stated
        # "Reopened" is the same campus again, not another opening: a repeat verb the
        # question does not use makes the fact no new occurrence.
        repeats = _REPEAT_TERMS - set(q.terms)
        if done & _SIGN_TERMS:
            # A renewal is signed anew: "signed the Helsinki agreement, renewing the one
            # signed in 2019" is a second signing.
            repeats -= _RENEW_TERMS
        named = [f for f in pool if done <= (terms := self._fact_terms(f)) and not terms & repeats]
        if q.subjects:
            # An occurrence happens to what the question names: a fact about a "second
            # sorting line" opening does not open the Lab, and "the Lab, opened with
            # HIT, has been run … since 2021" restates the opening in an aside.
            labels = self._labels_of(q.subjects[0])
            named = [f for f in named if _reports(f.text, labels, done)]
        named = list({f.id: f for f in named}.values())
        ordinal = q.words[position]
        if any(_names_ordinal(f, ordinal, done) for f in named):
            return None
        dated = [f for f in named if self._dated(f)]
        if not dated:
            return None
        events = _occurrences(dated, self._when)
        if len(events) < n:
            shown = [facts[0] for _, facts in events]
            listed = "; ".join(
                f"{format_date(when)}{placeholder(f.source)}"
                for (when, _), f in zip(events, shown, strict=True)
            )
            count = "once" if len(events) == 1 else f"{len(events)} times"
            read = f"Of the {len(pool):,} facts I read, the" if capped else "The"
            text, numbered = number_markers(
                f"{read} releases have no record of a {ordinal} time; they record that only"
                f" {count}: {listed}."
                f"\n{shown[-1].text.strip()}{placeholder(shown[-1].source)}",
                force=len(shown) > 1,
            )
            return replace(
                not_found(q.question, text),
                citations=citations(index, numbered or [f.source for f in shown]),
                entities=tuple(q.subjects),
            )
        when, facts = events[n - 1]
        fact = facts[0]
        shown_when = format_date(when)
        if where:
            # "Where did they meet for the second time?": the place of that occurrence.
            place = next((f.place for f in facts if f.place), None)
            if place is not None:
                shown_when = f"{index.display_name(place)}, {shown_when}"
        lines = [
            f"**{ordinal.capitalize()} {_on_record(len(events), capped)}:** {shown_when}",
            f"{fact.text.strip()}{placeholder(fact.source)}",
        ]
        shown = [fact]
        others = [(w, fs[0]) for k, (w, fs) in enumerate(events) if k != n - 1][:3]
        if others:
            lines.append(
                "The others:\n"
                + "\n".join(f"• {w}: {f.text.strip()}{placeholder(f.source)}" for w, f in others)
            )
            shown += [f for _, f in others]
        return answered_facts(index, q.question, lines, shown)

    def _ordinal_place(
        self, q: Query, pool: list[LoadedFact], ordinal: str, done: set[str]
    ) -> Answer | None:
        """The place of the oldest placed fact in ``pool`` that names ``ordinal`` before
        a word of what was asked ("Bloomway's first corridors will be sown … near
        Amersfoort", placed at Amersfoort), cited; None when no such fact."""
        position = q.words.index(ordinal)
        # What the ordinal numbers, as asked: its words up to a participle or grammar
        # word ("first Belgian corridors planted": Belgian corridors), each to be in the
        # fact's phrase after the ordinal.
        numbered: set[str] = set()
        verb: str | None = None
        for w in q.words[position + 1 : position + 1 + _MAX_ORDINAL_GAP]:
            if is_participle(w):
                verb = w
                break
            if w in STOP_WORDS:
                break
            numbered.add(stem(w))
        placed = [
            f
            for f in pool
            if f.place and numbered and _names_ordinal(f, ordinal, numbered, every=True)
        ]
        if not placed:
            return None
        if verb is not None:
            # "Where were the first engines scrapped?" is not answered by where they
            # were unveiled: the sentence's verb is the one asked, or one of its group.
            asked = {index_term(verb), stem(verb)}
            asked |= {s for a in tuple(asked) for s in synonyms(a)}
            doing = [f for f in placed if self._fact_terms(f) & asked]
            if not doing:
                other = min(placed, key=self._when)
                return not_found_cited(
                    self.index,
                    q.question,
                    f"The releases don't say where those were {verb}; they say:\n"
                    f"{other.text.strip()}{placeholder(other.source)}",
                    [other.source],
                    entities=other.about,
                )
            placed = doing
        fact = min(placed, key=self._when)
        assert fact.place is not None
        lines = [
            f"**{self.index.display_name(fact.place)}** ({format_date(self._when(fact))})",
            f"{fact.text.strip()}{placeholder(fact.source)}",
        ]
        return answered_facts(self.index, q.question, lines, [fact])


def is_participle(word: str) -> bool:
    """Whether ``word`` is a past participle, the end of the words an ordinal numbers in
    a question ("first corridors *planted*"): a listed irregular one, or an "-ed" word
    the stemmer shortens ("planted" -> "plant"; "seed" and "red" stay whole)."""
    return word in irregular_participles() or (word.endswith("ed") and stem(word) != word)


# Words that open an aside between commas ("X, which opened in 2019, …").
_ASIDE_OPENERS = frozenset("which who whose where".split())


def _reports(text: str, labels: list[str], done: set[str]) -> bool:
    """Whether ``text`` names the subject (one of ``labels``, normalised; not only as
    the place of something else, ``_named_as_party``) and reports
    what was done outside an aside: a comma-delimited segment right after the subject's
    name, not the last, that opens with the verb itself or "which" restates an earlier
    event ("the Lab, opened with HIT, has been run …")."""
    words = normalize(text).split()
    if not _named_as_party(words, labels):
        return False
    segments = text.split(",")
    for k, segment in enumerate(segments):
        words = normalize(segment).split()
        if not words or not {index_term(w) for w in words} & done:
            continue
        before = f" {normalize(segments[k - 1])}" if k else ""
        aside = (
            0 < k < len(segments) - 1
            and (words[0] in _ASIDE_OPENERS or index_term(words[0]) in done)
            and any(before.endswith(f" {label}") for label in labels if label)
        )
        if not aside:
            return True
    return False


# A name after one of these is where or near what something happened, not what it
# happened to ("a new shed beside the Works opened").
_PLACE_PREPOSITIONS = frozenset(
    "beside near at in inside outside behind next across around opposite from of".split()
)


def _named_as_party(words: list[str], labels: list[str]) -> bool:
    """Whether one of ``labels`` is in ``words`` other than right after a preposition
    of place (an article between them allowed)."""
    taken: set[int] = set()
    for label in sorted(labels, key=lambda x: -len(x.split())):
        name = label.split()
        n = len(name)
        for i in range(len(words) - n + 1):
            if not n or words[i : i + n] != name or taken & set(range(i, i + n)):
                continue
            # The longest label wins: "works" inside "brindle works" is that one.
            taken |= set(range(i, i + n))
            j = i - 1
            if j >= 0 and words[j] in ("the", "a", "an", "its", "their"):
                j -= 1
            if j < 0 or words[j] not in _PLACE_PREPOSITIONS:
                return True
    return False


def _on_record(count: int, capped: bool = False) -> str:
    """ "of 3 on record"; "of at least 3 on record" when the facts read were capped."""
    if capped:
        return f"of at least {count} on record"
    return "(the only one on record)" if count == 1 else f"of {count} on record"


# The most words between an ordinal and the noun it numbers ("a third *Northvale Air
# Ambulance Network* helicopter", a name a reviewer put in to make the fact stand alone).
_MAX_ORDINAL_GAP = 5


def _names_ordinal(fact: LoadedFact, ordinal: str, done: set[str], *, every: bool = False) -> bool:
    """Whether the fact says the ordinal before a word of what was asked (with
    ``every``, before all of them), in the same clause ("its first phase", "the first
    campus", "a third Northvale helicopter"): it names the thing rather than counting."""
    for clause in re.split(r"[,;:()]", fact.text):
        words = normalize(clause).split()
        for i, w in enumerate(words):
            if w != ordinal:
                continue
            after = {stem(x) for x in words[i + 1 : i + 2 + _MAX_ORDINAL_GAP]}
            if (done <= after) if every else bool(done & after):
                return True
    return False


def _occurrences(
    facts: list[LoadedFact], when_of: Callable[[LoadedFact], str]
) -> list[tuple[str, list[LoadedFact]]]:
    """The facts grouped by when they happened, oldest first: a date and the facts of it
    (a coarser date such as "2020-02" joins "2020-02-14")."""
    events: list[tuple[str, list[LoadedFact]]] = []
    for fact in sorted(facts, key=when_of):
        when = when_of(fact)
        if not _ISO.match(when):
            continue
        for k, (other, group) in enumerate(events):
            if other.startswith(when) or when.startswith(other):
                group.append(fact)
                if len(when) > len(other):
                    events[k] = (when, group)
                break
        else:
            events.append((when, [fact]))
    return events
