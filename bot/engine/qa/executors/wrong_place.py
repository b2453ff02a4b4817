"""Yes/no on where something happened, asked with a place no release names: "did they
meet in Lisbon?" when the meeting's fact places it in another city.

The answer is "no" only when a fact states the place of what is asked (its ``place``
field, from the release's own wording; for an event named, its own placed fact, whatever
other words the question uses) and the place asked is no word of the base at
all, so no release can put it there; the fact is shown and cited, so the reader sees
where it did happen. A place the releases name (an entity) is left to the yes/no
executor, which checks it against every place they give. The verdict names the city
as well as the premises (``venues.py``): "at Alibaba Group headquarters in Hangzhou".
"""

from __future__ import annotations

import re

from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.venues import venue_with_city
from bot.kb.models import EntityKind, LoadedFact
from bot.search.index import Index
from bot.search.synonyms import synonyms
from bot.search.terms import stem
from bot.textnorm import normalize
from bot.vocab import month_names

# "… in Lisbon?", "… at the Grand Hotel?": a capitalised place phrase ending the question.
# Capitals are required because a lowercase phrase ("in secret", "in person") is a manner
# as often as a place, and nothing else tells the two apart without a gazetteer.
# An owner may come first and a premises noun after ("at UNIDO's Vienna headquarters"):
# the place is the capitalised words between.
ASKED_PLACE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['\u2019]s?\s+)?"
    r"(?P<place>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})"
    r"(?:\s+(?:headquarters|hq|head office|offices?|campus|premises|building|base))?"
    r"\s*[?.!]*\s*$"
)
# "Did they meet in May?": a time, not a place, whatever its capital.
TIMES = frozenset(month_names()) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall "
    "winter".split()
)
# "… in Q1?", "… in H2?", "… in FY2024?": a quarter, half or fiscal year, written as
# companies' releases write them (normalised, so lowercase).
_PERIOD = re.compile(r"(?:q[1-4]|h[12]|fy\d{2}(?:\d{2})?)")


def names_a_time(words: list[str]) -> bool:
    """Whether a capitalised phrase (its normalised words) is a time, not a place: a
    month, day or season (``TIMES``) or a quarter, half or fiscal year ("Q1", "FY2024")."""
    return any(w in TIMES or _PERIOD.fullmatch(w) for w in words)


def unknown_place(question: str, index: Index) -> str | None:
    """The capitalised place a question ends with (``ASKED_PLACE``) when no release uses
    any of its words, else None (no such phrase, a time such as "Q1" or "May", or a name
    the releases use, which the yes/no executor or the answer itself checks)."""
    match = ASKED_PLACE.search(question)
    if match is None:
        return None
    asked_words = normalize(match["place"]).split()
    if (
        not asked_words
        or names_a_time(asked_words)
        or any(index.names.has_word(w) or index.terms.known(stem(w)) for w in asked_words)
    ):
        return None
    return match["place"]


class WrongPlaceAnswers(ExecutorBase):
    def wrong_place(self, q: Query) -> Result:
        """ "No: the releases place it at <place>" with the fact stating it, cited.
        None for any other question, a place the releases name, or when no fact with
        a place matches."""
        if q.answer_type is not AnswerType.YES_NO:
            return None
        asked = unknown_place(q.question, self.index)
        if asked is None:
            return None
        index = self.index
        asked_terms = {stem(w) for w in normalize(asked).split()}
        terms = [t for t in q.terms if t not in asked_terms]
        if not terms and not q.subjects:
            return None
        placed = [
            c.item
            for c in self.retriever.rank(terms, set(q.subjects), include_quotes=False)
            if isinstance(c.item, LoadedFact) and c.item.place and c.literal
        ]
        if not placed:
            # "Did the meeting happen at UNIDO's offices in Vienna?": words no fact
            # uses ("offices"), but an event named, whose own facts place it.
            placed = [
                f
                for e in q.subjects
                if index.entity(e).kind is EntityKind.EVENT
                for f in index.facts_by_entity.get(e, [])[:MAX_LIST_FACTS]
                if f.place and f.about and f.about[0] == e
            ]
        if not placed:
            return None
        # A fact that names its own place among what it is about states the place in its
        # words ("took place at X's headquarters in <city>"), not only in its field.
        # A fact holding every word asked ("the ministers met at …") before one that
        # only places something near it (the launch the ministers met at).
        covering = [
            f for f in placed if all(({t} | synonyms(t)) & self._fact_terms(f) for t in terms)
        ]
        placed = covering or placed
        fact = next((f for f in placed if f.place in f.about), placed[0])
        assert fact.place is not None
        # The place asked is no word of the base, so neither this fact nor its place
        # names it: the answer is no.
        # The city, not only the premises ("headquarters"), is what the reader compares.
        where = venue_with_city(index, fact.place, fact)
        verdict = f"**No:** the releases place it at {where}, not in {asked}."
        shown, sources = [fact.text.strip()], [fact.source]
        if fact.place not in fact.about:
            # The fact has its place in its field only ("met on …"): the sentence that
            # says where that is ("took place at X's headquarters in <city>") follows.
            where = next(
                (
                    f
                    for f in index.facts_by_entity.get(fact.place, [])
                    if f is not fact and f.place == fact.place and set(f.about) & set(fact.about)
                ),
                None,
            )
            if where is not None:
                shown.append(where.text.strip())
                sources.append(where.source)
        return answered(
            index,
            q.question,
            "\n".join([verdict, *shown]),
            sources,
            entities=fact.about,
        )
