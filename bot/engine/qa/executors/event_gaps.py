"""The time between two events of one kind: "how much time passed between the two Li
Yong–Jack Ma meetings?", "how long was it between the first and second signing?",
"how many years between the two Meridian grants?".

The kind is a word of the question that names two or more events (entities of kind
event or agreement, by a word of their name or aliases: "meetings" names every "…
meeting …"). The
question's other words pick among them (the people or places their names and summaries
give); "the two" wants exactly two, "the first and second" the first two by date. Each
event is dated by a dated fact about it, and the answer is the duration between the
two dates (``durations.between``), working shown, both dated and cited.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered
from bot.engine.qa.durations import between
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.query import Query
from bot.kb.models import EntityKind, LoadedFact
from bot.search.terms import STOP_WORDS, stem
from bot.textnorm import normalize

# Words asking for a length of time.
_DURATION_ASKS = frozenset("long time years months days weeks gap elapsed passed".split())
# "The two meetings", "both signings": two of a kind.
_TWO = frozenset("two both".split())
_FIRST_SECOND = {"first": 0, "second": 1, "third": 2, "1st": 0, "2nd": 1, "3rd": 2}
# Words read after "between" for the kind and what picks among its events.
MAX_PHRASE_WORDS = 8
# At least this many events share a word for it to name a kind.
MIN_OF_KIND = 2


@dataclass(frozen=True, slots=True)
class DatedEvent:
    """An event, its date (ISO) and the fact dating it."""

    entity: str
    date: str
    fact: LoadedFact


class EventGapAnswers(ExecutorBase):
    @cached_property
    def _events_by_word(self) -> dict[str, tuple[str, ...]]:
        """Event ids by the stems of their name's and aliases' words."""
        return self._by_name_word(frozenset((EntityKind.EVENT,)))

    @cached_property
    def _agreements_by_word(self) -> dict[str, tuple[str, ...]]:
        """Agreement ids by the stems of their name's and aliases' words."""
        return self._by_name_word(frozenset((EntityKind.AGREEMENT,)))

    def _by_name_word(self, kinds: frozenset[EntityKind]) -> dict[str, tuple[str, ...]]:
        found: dict[str, list[str]] = defaultdict(list)
        for entity in self.index.kb.entities.values():
            if entity.kind not in kinds:
                continue
            stems = {
                stem(w)
                for label in (entity.name, *entity.aliases)
                for w in normalize(label).split()
                if w not in STOP_WORDS
            }
            for s in stems:
                found[s].append(entity.id)
        return {s: tuple(ids) for s, ids in found.items()}

    def event_gap(self, q: Query) -> Result:
        """The duration between two events of the kind the question names; None when it
        names no such pair."""
        words = q.words
        if "between" not in words or q.quote or q.meta:
            return None
        if not ("how" in words and set(words) & _DURATION_ASKS):
            return None
        phrase = list(words[words.index("between") + 1 :][:MAX_PHRASE_WORDS])
        ordinals = [_FIRST_SECOND[w] for w in phrase if w in _FIRST_SECOND]
        if not set(phrase) & _TWO and len(ordinals) != 2:
            return None
        # Events first; then agreements, which happen on a day too ("the two grants").
        for by_word in (self._events_by_word, self._agreements_by_word):
            found = self._gap_of_kind(q, phrase, ordinals, by_word)
            if found is not None:
                return found
        return None

    def _gap_of_kind(
        self,
        q: Query,
        phrase: list[str],
        ordinals: list[int],
        by_word: dict[str, tuple[str, ...]],
    ) -> Result:
        """The duration between two things of ``by_word`` (ids by name word) that the
        kind word of ``phrase`` names; None when it names no such pair."""
        words = q.words
        # The kind is the word naming the most events ("meetings", not "Lima"), the
        # later of equals; the ordinals and "two" are no kind.
        kinds = [
            (len(by_word.get(stem(w), ())), i, w)
            for i, w in enumerate(phrase)
            if w not in STOP_WORDS and w not in _TWO and w not in _FIRST_SECOND
        ]
        kinds = [k for k in kinds if k[0] >= MIN_OF_KIND]
        kind = max(kinds)[2] if kinds else None
        if kind is None:
            return None
        dated = [e for e in map(self._gap_event_date, by_word[stem(kind)]) if e is not None]
        # The question's other words pick among them ("Li Yong", "board", "Lima").
        picks = {stem(w) for w in phrase if w not in STOP_WORDS and w != kind} - {
            stem(w) for w in (*_TWO, *_FIRST_SECOND)
        }
        if picks:
            scores = {e.entity: len(picks & self._gap_event_words(e.entity)) for e in dated}
            best = max(scores.values(), default=0)
            if best:
                dated = [e for e in dated if scores[e.entity] == best]
        dated.sort(key=lambda e: e.date)
        if ordinals:
            if max(ordinals) >= len(dated):
                return None
            pair = [dated[min(ordinals)], dated[max(ordinals)]]
        elif len(dated) == 2:
            pair = dated
        else:
            return None
        a, b = pair
        if a.date == b.date:
            return None
        unit = next((u for u in ("days", "months") if u in words or u[:-1] in words), "years")
        duration = between(a.date, b.date, unit)
        lines = [f"**{duration.head}** ({duration.working})."]
        for e in pair:
            name = self.index.entity(e.entity).name
            lines.append(f"• {e.date}: {name} — {e.fact.text.strip()}{placeholder(e.fact.source)}")
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [a.fact.source, b.fact.source],
            entities=[a.entity, b.entity],
        )

    def _gap_event_words(self, entity_id: str) -> set[str]:
        entity = self.index.entity(entity_id)
        text = " ".join((entity.name, *entity.aliases, entity.summary or ""))
        return {stem(w) for w in normalize(text).split() if w not in STOP_WORDS}

    def _gap_event_date(self, entity_id: str) -> DatedEvent | None:
        """The event's date from a dated fact about it, one leading with it first; an
        agreement with none is dated by the oldest release stating it."""
        about = self.index.facts_by_entity.get(entity_id, [])[:MAX_LIST_FACTS]
        facts = [f for f in about if f.date]
        if not facts and about and self.index.entity(entity_id).kind is EntityKind.AGREEMENT:
            # An agreement no sentence dates is made as of the release announcing it.
            first = min(about, key=self.fact_date)
            return DatedEvent(entity_id, self.fact_date(first), first)
        if not facts:
            return None
        facts.sort(key=lambda f: (not (f.about and f.about[0] == entity_id), f.date or ""))
        fact = facts[0]
        return DatedEvent(entity_id, fact.date or "", fact)
