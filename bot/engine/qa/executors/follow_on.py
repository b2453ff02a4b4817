"""A later part of a two-part question that names nothing: "how much did the Trust
commit, and what does the money cover?".

"The money" is what the first part's answer was about, so the second part is answered
from the facts about the entities of that answer (the grant, the Trust, the Academy):
the one holding every one of the part's content words (or a synonym of it), on a tie
one the first answer shows. None when no fact holds them all: the part asks about
something else, and is not found. It is asked only when the
part, read alone, has no answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase
from bot.engine.qa.query import Query
from bot.engine.qa.read import ANSWER_TYPE_TERMS, RELATION_TERMS
from bot.search.synonyms import synonyms

# A follow-on part reads the facts of at most this many entities of the answer before.
MAX_CONTEXT_ENTITIES = 4


class FollowOnAnswers(ExecutorBase):
    def follow_on(self, q: Query, context: Sequence[str], shown: str) -> Answer | None:
        """The fact about ``context`` (entity ids of the answer before) that holds all of
        the part's content words, preferring one in ``shown`` (that answer's text)."""
        index = self.index
        asking = ANSWER_TYPE_TERMS[q.wants] | ANSWER_TYPE_TERMS[None] | RELATION_TERMS
        terms = [t for t in q.terms if t not in asking]
        if not terms:
            return None
        wanted = [{t, *synonyms(t)} for t in terms]
        best, best_score = None, (0, False)
        seen: set[str] = set()
        for entity in context[:MAX_CONTEXT_ENTITIES]:
            for fact in index.facts_by_entity.get(entity, [])[:MAX_LIST_FACTS]:
                if fact.id in seen:
                    continue
                seen.add(fact.id)
                have = self._fact_terms(fact)
                # On a tie, the fact the answer before shows ("… 58 per cent of them
                # women" for "and how many were women?").
                score = (
                    sum(1 for alternatives in wanted if alternatives & have),
                    fact.text.strip() in shown,
                )
                # Every content word (or a synonym) must be there: one shared word ("run"
                # in "who runs the moon base?") names something else.
                if score[0] == len(wanted) and score > best_score:
                    best, best_score = fact, score
        if best is None:
            return None
        return answered(
            index,
            q.question,
            best.text.strip(),
            [best.source],
            entities=best.about,
        )
