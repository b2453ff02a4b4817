"""A return to the same place: "how many years after their first Hangzhou meeting did they
come back to Hangzhou?", "when did they return to Kigali after the launch?".

The first end is dated as any end is (``events.end_dates``); the return is the earliest
dated fact after it (later at the first end's own precision: "April 2018" is not left
by April 21, 2018) that happens at the place both ends name: its place is that place,
or a place whose name or summary names it (a headquarters "in Hangzhou"), or its text
names it. The years between are worked out as for any two dates, both sentences cited.
"""

from __future__ import annotations

import re

from bot.engine.qa.compose import answered, format_date
from bot.engine.qa.durations import between
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.query import Query
from bot.kb.models import EntityKind, LoadedFact
from bot.search.terms import content_terms
from bot.textnorm import normalize

# At most this many statements and entities naming the place are read per question.
MAX_PLACE_DOCS = 2000
# Words saying the second end is a return ("came back to", "returned to", "again in").
RETURN_WORDS = frozenset("back return returned returning returns again revisit revisited".split())


class ReturnAnswers(ExecutorBase):
    def years_until_return(self, q: Query, first: Query, back: Query) -> Result:
        """The time from the first end to the next dated event at the same place; None
        when the second end is no return, names no place, or nothing is dated later."""
        if not set(back.words) & RETURN_WORDS:
            return None
        index = self.index
        places = [s for s in back.subjects if index.entity(s).kind is EntityKind.PLACE] or [
            s for s in first.subjects if index.entity(s).kind is EntityKind.PLACE
        ]
        if not places:
            return None
        place = places[0]
        start = self.end_date(first)
        if start is None:
            return None
        # Later by the month at least (a year-only date, by the year): the ceremony the
        # day after a signing is the same visit, not a return.
        precision = min(len(start.date), 7)
        later = [
            f
            for f in self._at_place(place)
            if f.date
            and f.date[:precision] > start.date[:precision]
            and f.text.strip() != start.text
        ]
        if not later:
            return None
        fact = min(later, key=lambda f: f.date or "")
        assert fact.date is not None
        words = set(q.words)
        unit = "months" if words & {"month", "months"} else "years"
        took = between(start.date, fact.date, unit)
        text = (
            f"**{took.head}** ({took.working}).\n"
            f"• {format_date(start.date)}: {start.text}\n"
            f"• {format_date(fact.date)}: {fact.text.strip()}"
        )
        return answered(
            index,
            q.question,
            text,
            [s for s in (start.source, fact.source) if s],
            entities=[*first.subjects, *back.subjects],
        )

    def _at_place(self, place: str) -> list[LoadedFact]:
        """Facts that happen at ``place``: placed there or at a place whose name or
        summary names it (a headquarters "in Hangzhou"); when none is, facts about it or
        naming it in their text (which may only recall it).

        Read through the term postings of the place's name (at most MAX_PLACE_DOCS
        statements and entities naming it, and MAX_LIST_FACTS facts of each place), never
        by scanning the base's facts: a scan of its first facts misses later releases."""
        index = self.index
        name = normalize(index.entity(place).name)
        pattern = re.compile(rf"\b{re.escape(name)}\b")
        placed: dict[str, LoadedFact] = {}
        named: dict[str, LoadedFact] = {}
        for fact in index.facts_by_entity.get(place, [])[:MAX_LIST_FACTS]:
            (placed if fact.place == place else named).setdefault(fact.id, fact)
        terms = content_terms(name)
        docs = sorted(index.terms.docs_with_all(terms))[:MAX_PLACE_DOCS] if terms else []
        for doc_id in docs:
            doc = index.terms.docs[doc_id]
            if doc.kind == "entity" and doc.id != place:
                spot = index.entity(doc.id)
                if pattern.search(normalize(f"{spot.name} {spot.summary}")):
                    for fact in index.facts_by_entity.get(doc.id, [])[:MAX_LIST_FACTS]:
                        if fact.place == doc.id:
                            placed.setdefault(fact.id, fact)
            elif doc.kind == "fact":
                fact = index.fact_by_id.get(doc.id)
                if fact is not None and pattern.search(normalize(fact.text)):
                    named.setdefault(fact.id, fact)
        return list((placed or named).values())
