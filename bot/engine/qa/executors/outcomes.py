"""What an event led to: "what did the April 2018 meeting eventually lead to?", "what
came out of the Kigali meeting?".

The event is the one the question names, or the one event whose name holds a word of
the question and that a fact dates within the time asked ("the April 2018 meeting").
The answer is a later sentence about it that says something grew out of it, followed it
or was started by it ("The Academy grew out of a conversation … in April 2018"); None
when no sentence says so, so that no later news is passed off as its outcome.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase
from bot.engine.qa.query import Query
from bot.kb.models import EntityKind, LoadedFact
from bot.search.index import Index

# "Lead to", "result in", "come out of", "outcome": asking what followed from a thing.
_ASKS_OUTCOME = re.compile(
    r"\b(?:lead|led|leads) to\b|\bresult(?:ed|s)? in\b|\b(?:come|came|comes) (?:out )?of\b|"
    r"\boutcomes?\b|\b(?:give|gave|gives) rise to\b|\bresulted\b"
)
# A sentence saying something came from an earlier thing.
_CAME_FROM = re.compile(
    r"\b(?:grew|grown|grows) out of\b|\b(?:came|comes) out of\b|\bresult(?:ed|s)? from\b|"
    r"\bstemmed from\b|\bborn (?:of|out of|from)\b|\bled to\b|\bstarted all this\b|"
    r"\bfollow(?:ed|s|ing) (?:up )?(?:on|from)\b|\bpromise of\b",
    re.IGNORECASE,
)


class OutcomeAnswers(ExecutorBase):
    def outcome(self, q: Query) -> Answer | None:
        """The sentence saying what grew out of the event asked about; None otherwise."""
        if q.quote or q.meta or not _ASKS_OUTCOME.search(" ".join(q.words)):
            return None
        event = self._outcome_event(q)
        if event is None:
            return None
        index = self.index
        later = [
            f
            for f in index.facts_by_entity.get(event, [])[:MAX_LIST_FACTS]
            if f.about and f.about[0] != event and _CAME_FROM.search(f.text)
        ]
        if not later:
            return None
        fact = max(later, key=self.fact_date)
        text = f"{fact.text.strip()}"
        return answered(index, q.question, text, [fact.source], entities=fact.about)

    def _outcome_event(self, q: Query) -> str | None:
        """The event named, else the one event whose name holds a question word and that
        a fact dates within the time asked."""
        index = self.index
        events = [e for e in q.subjects if index.entity(e).kind is EntityKind.EVENT]
        if len(events) == 1:
            return events[0]
        if events:
            return None
        return event_in_time(index, q, self.fact_date, self._events_by_word)


def event_in_time(
    index: Index,
    q: Query,
    fact_date: Callable[[LoadedFact], str],
    events_by_word: Mapping[str, tuple[str, ...]],
) -> str | None:
    """The one event whose name holds a word of ``q`` and that a fact leading with it
    dates within the time ``q`` names ("the April 2018 meeting", "the partners met in
    2024"); None without a time or when none or several fit. ``events_by_word``: event
    ids by the stems of their names' words (``EventGapAnswers._events_by_word``, built
    once a snapshot), so no question walks every entity."""
    if not q.time.bounded:
        return None
    candidates = dict.fromkeys(e for t in q.terms for e in events_by_word.get(t, ()))
    found = []
    for entity_id in candidates:
        facts = index.facts_by_entity.get(entity_id, [])[:MAX_LIST_FACTS]
        dated = [fact_date(f) for f in facts if f.about and f.about[0] == entity_id]
        dated += [f.date for f in facts if f.date]
        if any(q.time.admits_date(d) for d in dated):
            found.append(entity_id)
    return found[0] if len(found) == 1 else None
