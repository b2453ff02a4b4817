"""Where an event took place, asked by what hosted it: "which city hosted the 2016 G20
summit?", "where was the summit held?".

The place is the one a dated fact about the event gives (its ``place``), else a place
the event's own name holds ("2016 G20 Hangzhou Summit" names Hangzhou), cited to a
release that names the event. None when neither says, so no other place is guessed.
"""

from __future__ import annotations

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered, where_line
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase
from bot.engine.qa.query import Query
from bot.kb.models import EntityKind
from bot.textnorm import normalize


class EventPlaceAnswers(ExecutorBase):
    def event_place(self, q: Query) -> Answer | None:
        """The place of the one event the question names; None otherwise."""
        if q.wants != "place" or q.quote:
            return None
        index = self.index
        events = [e for e in q.subjects if index.entity(e).kind is EntityKind.EVENT]
        if len(events) != 1:
            return None
        event = events[0]
        facts = index.facts_by_entity.get(event, [])[:MAX_LIST_FACTS]
        # A fact that leads with the event first: the others place what it was part of.
        for fact in sorted(facts, key=lambda f: f.about[0] != event):
            if fact.place:
                # The place's summary says where it is ("Alibaba's headquarters in
                # Hangzhou"), as ``FactAnswers.when_where`` shows it.
                where = where_line(index, fact.place)
                return answered(
                    index,
                    q.question,
                    f"{where.text}\n{fact.text.strip()}",
                    [fact.source, *([where.source] if where.source else [])],
                    entities=[event, fact.place],
                )
        entity = index.entity(event)
        for label in (entity.name, *entity.aliases):
            words = normalize(label).split()
            for n in range(min(3, len(words)), 0, -1):
                for i in range(len(words) - n + 1):
                    run = " ".join(words[i : i + n])
                    places = [
                        m.entity_id
                        for m in index.names.exact(run)
                        if index.entity(m.entity_id).kind is EntityKind.PLACE
                    ]
                    if len(places) == 1:
                        stated = index.summary_source(event, entity.summary)
                        sources = [stated] if stated else self._declared(event)
                        if not sources:
                            return None
                        text = (
                            f"**Where:** {index.display_name(places[0])} (as the event's name, "
                            f"{entity.name}, says).\n{entity.summary.strip()}"
                        )
                        return answered(
                            index, q.question, text, sources, entities=[event, places[0]]
                        )
        return None
