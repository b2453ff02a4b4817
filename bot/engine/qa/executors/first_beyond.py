"""The first of something beyond a place: "which city will get the first X playground
outside Ontario?", "where was the first clinic beyond Kenya?".

The order asked is no date order over every item: it is the sentence that itself says
"the first … outside R" (or "beyond R") and names, after it, the place that is or will
be first ("including the first outside Ontario, in Halifax"). The place is an entity
the sentence links, other than R, named after the words "outside R". A sentence that
only aims at it is answered as the goal it is ("a goal, not yet reported done"). None
when the question names no place to be outside of, or no sentence says so.
"""

from __future__ import annotations

from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.executors.events import is_aim
from bot.engine.qa.query import Query
from bot.kb.models import EntityKind
from bot.textnorm import normalize

# The words by which a question and a sentence put a place past a region.
_BEYOND = frozenset("outside beyond".split())
_FIRST = "first"


class FirstBeyondAnswers(ExecutorBase):
    def first_beyond(self, q: Query) -> Result:
        """The place a sentence names as the first beyond the region asked (module
        docstring); None otherwise."""
        if q.quote or q.meta or _FIRST not in q.words:
            return None
        at = next((i for i, w in enumerate(q.words) if w in _BEYOND), None)
        if at is None or at < q.words.index(_FIRST):
            return None
        # The region: the place named right after "outside".
        region = next(
            (
                m.entity_id
                for m in q.found
                if m.words[0] in (at + 1, at + 2)
                and self.index.entity(m.entity_id).kind is EntityKind.PLACE
            ),
            None,
        )
        if region is None:
            return None
        others = [e for e in q.subjects if e != region]
        keys = [
            f" {beyond} {normalize(label)} "
            for beyond in _BEYOND
            for label in self._names_of(region)
            if normalize(label)
        ]
        # A sentence about the thing asked (else the region) that writes "outside R";
        # it need not be filed under R.
        owner = others[0] if others else region
        pool = self.index.facts_by_entity.get(owner, [])[:MAX_LIST_FACTS]
        for fact in sorted(pool, key=self.index.newest_first):
            if not set(others) <= set(fact.about):
                continue
            text = f" {normalize(fact.text)} "
            found = [text.find(k) for k in keys if k in text]
            if not found or f" {_FIRST} " not in text[: min(found) + 1]:
                continue
            after = text[min(found) :]
            place = self._place_after(after, fact.about, region)
            if place is None:
                continue
            name = self.index.entity(place).name
            head = f"**{name}**"
            if is_aim(fact.text):
                head += ", as a goal the releases set (not yet reported done)"
            return answered(
                self.index,
                q.question,
                f"{head}:\n{fact.text.strip()}",
                [fact.source],
                entities=[place, *fact.about],
            )
        return None

    def _place_after(self, text: str, about: tuple[str, ...], region: str) -> str | None:
        """The place ``about`` links that ``text`` (normalised, padded) names first, other
        than the region."""
        best: tuple[int, str] | None = None
        for entity_id in about:
            if entity_id == region or entity_id not in self.index.kb.entities:
                continue
            if self.index.entity(entity_id).kind is not EntityKind.PLACE:
                continue
            for label in self._names_of(entity_id):
                key = normalize(label)
                at = text.find(f" {key} ") if key else -1
                if at >= 0 and (best is None or at < best[0]):
                    best = (at, entity_id)
        return best[1] if best else None
