"""What happened the day before or after an event: "what happened the day before the
academy launch?", "anything the day after the signing?".

The event is dated by the best dated fact (to the day) that the question's words and
subjects name; the answer is every fact about the event's parties dated the day before
(or after) it, each cited,
with the event's own sentence for reference. Nothing dated that day is not_found, naming
the event's date.
"""

from __future__ import annotations

import datetime as dt

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered, format_date, not_found
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.query import Query
from bot.kb.models import LoadedFact
from bot.search.terms import stem

_SHIFT = {"before": -1, "after": 1}
# Words of the question that say when, not what the event is.
_NOT_EVENT = frozenset(
    stem(w)
    for w in "what happened happen happens anything something day before after the on "
    "was were did".split()
)
# The best-ranked facts read for the event.
MAX_EVENT_CANDIDATES = 5
MAX_SHOWN = 4


class DayAroundAnswers(ExecutorBase):
    def day_around(self, q: Query) -> Result:
        """The facts dated the day before or after the event named; None when the
        question asks no such day or no fact dates the event to the day."""
        words = q.words
        at = next(
            (
                i
                for i in range(len(words) - 2)
                if words[i] == "the" and words[i + 1] == "day" and words[i + 2] in _SHIFT
            ),
            None,
        )
        if at is None or q.quote or q.meta:
            return None
        shift = _SHIFT[words[at + 2]]
        terms = [t for t in q.terms if t not in _NOT_EVENT]
        if not terms and not q.subjects:
            return None
        events = self._event_facts(q, terms)
        if not events:
            return None
        event = events[0]
        assert event.date is not None
        parties = {e for f in events for e in f.about}
        day = dt.date.fromisoformat(event.date) + dt.timedelta(days=shift)
        # The facts of the event's parties (bounded per party, as every list read is),
        # not the whole base: what happened around an event happened to those in it.
        then = list(
            {
                f.id: f
                for e in sorted(parties)
                for f in self.index.facts_by_entity.get(e, [])[:MAX_LIST_FACTS]
                if f.date == day.isoformat()
            }.values()
        )
        which = "before" if shift < 0 else "after"
        if not then:
            return not_found(
                q.question,
                f"The releases date nothing to {format_date(day.isoformat())}, the day {which} "
                f"{format_date(event.date)}.",
            )
        lines = [f"**{format_date(day.isoformat())}** (the day {which}):"]
        lines += [f"• {f.text.strip()}{placeholder(f.source)}" for f in then[:MAX_SHOWN]]
        lines.append(f"The event, {format_date(event.date)}: {event.text.strip()}")
        lines[-1] += placeholder(event.source)
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [*(f.source for f in then[:MAX_SHOWN]), event.source],
            entities=[e for f in then[:MAX_SHOWN] for e in f.about],
        )

    def _event_facts(self, q: Query, terms: list[str]) -> list[LoadedFact]:
        """The best dated fact (to the day) naming the event, then the other best-ranked
        ones of that day (the same event told from another side: the ceremony's
        guests)."""
        ranked = self.retriever.rank(terms, set(q.subjects), include_quotes=False)
        dated = [
            c.item
            for c in ranked[:MAX_EVENT_CANDIDATES]
            if isinstance(c.item, LoadedFact)
            and c.item.date
            and len(c.item.date) == len("2019-11-12")
        ]
        return [f for f in dated if f.date == dated[0].date] if dated else []
