"""The places something has been done in: "which cities has X built playgrounds in?",
"which towns has X opened clinics in?".

The places are those X's sentences name with the thing asked, written as where it was
done ("has opened 21 playgrounds: 17 in Wendmere, 3 in Hamilton and 1 in Kingston"):
a place linked to the sentence and named after "in" (directly or in a list after it).
A sentence that only aims at it ("a new goal of 50, including the first in Halifax",
``events.is_aim``) names no place it was done in. Asked for cities or towns, a country
and a place whose summary or name gives it another kind ("the province where …", "a
park", ``bot/vocab/place_kinds.yaml``) are left out. Countries are ``countries.py``'s.
"""

from __future__ import annotations

import itertools
import re

from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.executors.countries import normalised_nations
from bot.engine.qa.executors.events import is_aim
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.read import ANSWER_TYPE_TERMS, RELATION_TERMS
from bot.engine.qa.vocabulary import KIND_NOUNS
from bot.kb.models import EntityKind, LoadedFact
from bot.search.terms import stem
from bot.textnorm import normalize
from bot.vocab import place_kinds

# The nouns asking for places in general, and for countries (``countries.py`` answers
# those).
_PLACE_NOUNS = frozenset("place places location locations".split())
_COUNTRY_NOUNS = frozenset("country countries".split())
# How many words may stand between "in" and a place named in a list after it ("in
# Wendmere, Hamilton and Kingston").
MAX_LIST_GAP = 4
# Words that end a list of places after "in": another preposition starts another phrase.
_LIST_BREAKS = frozenset("at on by for to from with of since until before after".split())
# "Based in Guelph", "headquartered in Ottawa": where a party is, not where it did
# anything.
_HOME_WORDS = frozenset("based headquartered located registered born lives living".split())
# At most this many sentences are shown under the places.
MAX_PLACE_SENTENCES = 3
_PLACES = frozenset({EntityKind.PLACE})


class BuiltPlaceAnswers(ExecutorBase):
    def built_places(self, q: Query) -> Result:
        """The places one subject's sentences about the thing asked name as where it was
        done, oldest first, with the newest sentences naming them, cited; None when the
        question is no such ask or no sentence names such a place."""
        if q.list_kinds != _PLACES or q.answer_type is not AnswerType.LIST:
            return None
        asked = [w for w in q.words if KIND_NOUNS.get(w) == _PLACES]
        if not asked or asked[0] in _COUNTRY_NOUNS or q.time.bounded or q.quote or q.meta:
            return None
        if len(q.subjects) != 1 or self.index.entity(q.subjects[0]).kind is EntityKind.PLACE:
            return None
        subject = q.subjects[0]
        named = {t for m in q.mention_terms.values() for t in m}
        kind_terms = {stem(w) for w in asked}
        topic = {
            t
            for t in q.terms
            if t not in kind_terms
            and t not in named
            and t not in ANSWER_TYPE_TERMS[None]
            and t not in RELATION_TERMS
        }
        if not topic:
            return None
        settlements_only = asked[0] not in _PLACE_NOUNS
        # place -> when a sentence first names it: its date, then where in it
        first_named: dict[str, tuple[str, int]] = {}
        naming: dict[str, LoadedFact] = {}  # place -> the newest sentence naming it
        for fact in self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]:
            if not topic & self._fact_terms(fact) or is_aim(fact.text):
                continue
            padded = f" {normalize(fact.text)} "
            date = self.fact_date(fact)
            linked: list[str] = [*fact.about, *([fact.place] if fact.place else [])]
            for place in dict.fromkeys(linked):
                if place == subject or place not in self.index.kb.entities:
                    continue
                if self.index.entity(place).kind is not EntityKind.PLACE:
                    continue
                at = self._placed_after_in(padded, place)
                if at is None:
                    continue
                if settlements_only and not self._may_be_settlement(place):
                    continue
                if place not in first_named or (date, at) < first_named[place]:
                    first_named[place] = (date, at)
                if place not in naming or date > self.fact_date(naming[place]):
                    naming[place] = fact
        if not first_named:
            return None
        places = sorted(first_named, key=lambda p: (first_named[p], p))
        shown = sorted(
            {f.id: f for f in naming.values()}.values(), key=self.fact_date, reverse=True
        )[:MAX_PLACE_SENTENCES]
        names = ", ".join(self.index.entity(p).name for p in places)
        lines = [f"**{names}**", *(f"• {f.text.strip()}" for f in shown)]
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [f.source for f in shown],
            entities=[subject, *places],
        )

    def _placed_after_in(self, padded: str, place: str) -> int | None:
        """Where ``padded`` (normalised, a space either side) names the place after
        "in", directly or in a list that follows it ("in A, B and C"): the character
        offset, None when it does not."""
        entity = self.index.entity(place)
        for label in (entity.name, *entity.aliases):
            key = normalize(label)
            if not key:
                continue
            for match in re.finditer(rf" {re.escape(key)} ", padded):
                before = padded[: match.start()].split()
                if "in" not in before:
                    continue
                at = len(before) - 1 - before[::-1].index("in")
                gap = before[at + 1 :]
                home = at > 0 and before[at - 1] in _HOME_WORDS
                if len(gap) <= MAX_LIST_GAP and not set(gap) & _LIST_BREAKS and not home:
                    return match.start()
        return None

    def _may_be_settlement(self, place: str) -> bool:
        """Whether a place may be a city or town: no country, and no noun of another
        kind of place in its name or after an article in its summary."""
        entity = self.index.entity(place)
        if normalize(entity.name) in normalised_nations():
            return False
        kinds = place_kinds()
        if set(normalize(entity.name).split()) & kinds.others:
            return False
        summary = normalize(self.index.current_summary(place)).split()
        for article, noun in itertools.pairwise(summary):
            if article in ("the", "a", "an"):
                if noun in kinds.others:
                    return False
                if noun in kinds.settlements:
                    return True
        return True
