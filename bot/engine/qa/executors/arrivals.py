"""When something reached a place: "when did X start in Kenya?", "when did X go to
Ethiopia?", "when did Kiribati join X?", "when did the vans start going to Malawi?".

The place is a country the question writes (``countries.countries_asked``) or a place
entity it names; the thing is the question's other subject, if any. The sentences read
are the facts that write the place's name and are about the thing (filed under it or
naming it); each must say it arrived (a verb of ``_ARRIVAL_STEMS``: "opened in Kenya",
"expansion to Samoa", "added Kiribati") or carry a date of its own ("will be based in
Mzuzu from January 2019"). A sentence that only lists the place among those served now
("runs at twelve sites in Uganda, Kenya and Ethiopia") dates nothing and is not read.

The best sentence uses most of the question's other words ("vans"), then says it
arrived, then carries its own date; among equals the earliest wins, since "when did X
start in P" asks for the first time. Its date is the one full date it writes
(``written_dates.date_when``), else its own, else its release's, which the answer
then says is the announcement's date. With no thing named, a sentence must use one of
the question's other words: "when did the vans start going to Malawi?" is not
answered by a foundation founded in Malawi.

None when the question is not of this shape or no sentence fits; the facts and
``unstated_events`` answer then.
"""

from __future__ import annotations

from typing import NamedTuple

from bot.engine.qa.compose import answered, format_date
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.executors.countries import countries_asked
from bot.engine.qa.query import Query
from bot.engine.qa.read import ANSWER_TYPE_TERMS
from bot.engine.qa.written_dates import date_when, written_dates
from bot.kb.models import EntityKind, LoadedFact
from bot.search.terms import content_terms, stem
from bot.textnorm import normalize

# The verbs by which a question asks when something reached a place ("start in",
# "go to", "expand to", "join"); "get to" and "come to" are read through "go" and "come".
_ASK_STEMS = frozenset(
    stem(w)
    for w in "start started begin began go went going come came open opened expand expanded "
    "extend extended arrive arrived join joined enter entered launch launched move moved "
    "reach reached add added".split()
)
# The words by which a sentence says something arrived in a place: "opened in Kenya",
# "expansion to Samoa", "added Kiribati", "extends to northern Malawi".
_ARRIVAL_STEMS = frozenset(
    stem(w)
    for w in "open opened opening opens expand expanded expanding expansion extend extended "
    "extension extends start started starts starting begin began begins launch launched "
    "launches add added adds join joined joins arrive arrived arrival enter entered entry "
    "reach reached reaches introduce introduced".split()
)
# The question words that only say "when": never a topic a sentence must share.
_WHEN_WORDS = frozenset(
    stem(w) for w in "when year month date day did does do first time".split()
) | set(ANSWER_TYPE_TERMS["date"])


class _Arrival(NamedTuple):
    """One sentence dating the arrival, with how well it fits the question."""

    fact: LoadedFact
    date: str  # ISO, the date the answer gives
    own_date: bool  # the sentence's own date, not its release's
    key: tuple[int, int, int]  # topic words shared, says it arrived, own date


class ArrivalAnswers(ExecutorBase):
    def arrival(self, q: Query) -> Result:
        """When the thing asked of reached the place asked (module docstring); None for
        another question or when no sentence dates it."""
        if q.quote or q.meta or q.wants != "date" or q.words[:1] != ("when",):
            return None
        asked = {stem(w) for w in q.words}
        if not asked & _ASK_STEMS:
            return None
        place_names, place_ids = self._arrival_place(q)
        if not place_names:
            return None
        things = [e for e in q.subjects if e not in place_ids]
        named = {t for m in q.mention_terms.values() for t in m}
        place_terms = {t for n in place_names for t in content_terms(n)}
        topic = {
            t for t in q.terms if t not in named and t not in place_terms and t not in _ASK_STEMS
        } - _WHEN_WORDS
        if not things and not topic:
            return None
        found = [
            a
            for a in (
                self._arrival_of(fact, q, place_names, things, topic)
                for fact in self._arrival_pool(q)
            )
            if a is not None
        ]
        if not found:
            return None
        best = max(a.key for a in found)
        if not things and best[0] == 0:
            return None  # nothing named but the place, and no sentence has the other words
        first = min((a for a in found if a.key == best), key=lambda a: a.date)
        fact = first.fact
        when = format_date(first.date)
        if not first.own_date:
            when = f"{when} (the date of the release announcing it; the sentence gives no date)"
        text = f"**When:** {when}\n{fact.text.strip()}"
        return answered(self.index, q.question, text, [fact.source], entities=fact.about)

    def _arrival_place(self, q: Query) -> tuple[list[str], set[str]]:
        """The place asked: its names as sentences write them, and its entity ids (a
        country written but no entity has none)."""
        index = self.index
        names: list[str] = []
        ids: set[str] = set()
        for e in q.subjects:
            entity = index.entity(e)
            if entity.kind is EntityKind.PLACE:
                ids.add(e)
                names.extend(n for n in (entity.name, *entity.aliases) if normalize(n))
        if not ids:
            names.extend(countries_asked(q.question))
        return names, ids

    def _arrival_pool(self, q: Query) -> list[LoadedFact]:
        """The facts about the question's subjects, each once (no subject: none)."""
        pool: dict[str, LoadedFact] = {}
        for e in q.subjects:
            for fact in self.index.facts_by_entity.get(e, [])[:MAX_LIST_FACTS]:
                pool.setdefault(fact.id, fact)
        if not pool:
            # "when did the vans start going to Kenya?" with no entity named: the facts
            # using the question's words, which the retriever finds.
            for c in self.retriever.rank(list(q.terms), set(), include_quotes=False):
                if isinstance(c.item, LoadedFact):
                    pool.setdefault(c.item.id, c.item)
        return list(pool.values())

    def _arrival_of(
        self,
        fact: LoadedFact,
        q: Query,
        place_names: list[str],
        things: list[str],
        topic: set[str],
    ) -> _Arrival | None:
        text = f" {normalize(fact.text)} "
        if not any(f" {normalize(n)} " in text for n in place_names):
            return None
        for thing in things:
            entity = self.index.entity(thing)
            labels = (entity.name, *entity.aliases)
            if thing not in fact.about and not any(f" {normalize(n)} " in text for n in labels):
                return None
        words = self._fact_terms(fact)
        arrives = bool(words & _ARRIVAL_STEMS)
        release = self.index.source_date(fact.source).isoformat()
        date = date_when(fact.date or release, fact.text)
        own = bool(fact.date) or bool(written_dates(fact.text))
        if not arrives and not own:
            return None
        if q.time.bounded and not q.time.admits_date(date):
            return None
        shared = len(topic & words)
        return _Arrival(fact, date, own, (shared, int(arrives), int(own)))
