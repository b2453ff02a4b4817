"""Two entities that share a name (an acronym such as "DTA"), asked about as such.

- "Which DTA gave the academy money?": the parser settled the namesake from what the
  question says of it (``qa/namesakes.py``, ``Query.settled``); the answer is that
  namesake's own statement that says it best, cited.
- "Are the two DTAs connected?", "is the DTA related to the other DTA?": a question
  about the namesakes together is answered by a fact that names them both ("The
  Development Trust for Africa is not related to the Digital Trade Alliance…"); with
  none, the reply says the releases state no link and names each of them.
"""

from __future__ import annotations

from bot.engine.answer import Answer, entity_choice
from bot.engine.qa.compose import answered, not_found
from bot.engine.qa.ends import two_ends
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase
from bot.engine.qa.namesakes import (
    evidence,
    namesakes_of,
    own_facts,
    own_text,
    question_terms,
    settle_namesake,
    term_weights,
)
from bot.engine.qa.query import Query
from bot.kb.models import LoadedFact
from bot.search.terms import content_terms
from bot.textnorm import normalize

# Words that ask about the namesakes together: "the two DTAs", "both DTAs".
_TOGETHER = frozenset({"two", "both", "other", "each"})
# Words of the question that only frame it ("which", "the"): not evidence.
_FRAME = frozenset({"which", "what", "who", "the", "a", "an"})


class NamesakeAnswers(ExecutorBase):
    def namesake_statement(self, q: Query) -> Answer | None:
        """ "Which DTA …?" settled by the question's claim: the namesake's own fact that
        states the claim best, under the namesake's name."""
        if not q.settled or q.words[:1] not in (("which",), ("what",)):
            return None
        if two_ends(q.words) is not None:
            # "Which came first, A or Brandt becoming COO?" asks which of two events,
            # not which Brandt: the ends are dated (answerer._two_ends).
            return None
        index = self.index
        entity = q.settled[0]
        namesakes = {
            e
            for alias in index.entity(entity).shared_aliases
            for e in namesakes_of(index, normalize(alias))
        } - {entity}
        return self._namesake_fact(q, entity, namesakes)

    def _namesake_fact(self, q: Query, entity: str, namesakes: set[str]) -> Answer | None:
        """``entity``'s own fact (naming none of ``namesakes``) that states best what the
        question says, under its name; None when none states any of it."""
        index = self.index
        names = {w for e in q.subjects for w in normalize(index.entity(e).name).split()}
        weights = term_weights(
            index,
            question_terms(
                w
                for w in q.words
                if w not in _FRAME and w not in names and not namesakes_of(index, w)
            ),
        )
        if not weights:
            return None
        others = set(q.subjects) - {entity}
        best: tuple[float, int, LoadedFact] | None = None
        for fact in own_facts(index, entity, namesakes):
            got = evidence(weights, frozenset(content_terms(own_text(index, fact, namesakes))))
            # Equal evidence: the fact that also names the question's other subjects
            # ("the academy") states the claim, not one that only shares a word.
            linked = len(others.intersection(fact.about))
            if got > 0 and (best is None or (got, linked) > best[:2]):
                best = (got, linked, fact)
        if best is None:
            return None
        fact = best[2]
        text = f"**{index.display_name(entity)}**\n{fact.text.strip()}"
        return answered(index, q.question, text, [fact.source], entities=fact.about)

    def namesakes_together(self, q: Query) -> Answer | None:
        """A question about namesakes together: the fact naming them both, else a
        not_found that names each. None when the question is not about them together."""
        if q.quote:
            return None
        index = self.index
        owners: tuple[str, ...] = ()
        words = q.words
        picking = words[:1] in (("which",), ("what",)) and "which" in words[:2]
        for i, word in enumerate(words):
            found = namesakes_of(index, word)
            if not found or (not picking and not set(q.subjects) <= set(found)):
                continue
            # "DTAs": a plural of the shared name, which is no name itself.
            plural = not any(label.via != "role" for label in index.names.exact(word))
            together = bool(_TOGETHER.intersection(words[max(0, i - 2) : i]))
            twice = sum(1 for w in words if namesakes_of(index, w) == found) > 1
            if plural or together or twice:
                owners = found
                break
        if not owners:
            return None
        if picking:
            # "Which of the two DTAs funds the academy?": one of them, told apart by
            # the claim, as a shared name is (``qa/namesakes.py``).
            terms = question_terms(w for w in words if not namesakes_of(index, w))
            entity = settle_namesake(index, owners, terms)
            if entity is None:
                return None
            return self._namesake_fact(q, entity, set(owners) - {entity})
        weights = term_weights(
            index, question_terms(w for w in words if not namesakes_of(index, w))
        )
        # Each namesake's newest MAX_LIST_FACTS statements: a bounded read per question.
        both = [
            f
            for e in owners
            for f in index.facts_by_entity.get(e, [])[:MAX_LIST_FACTS]
            if sum(1 for o in owners if o in f.about) >= 2
        ]
        if both:
            ranked = sorted(
                dict.fromkeys(both),
                key=lambda f: (
                    -evidence(weights, frozenset(content_terms(normalize(f.text)))),
                    len(f.about),
                ),
            )
            fact = ranked[0]
            return answered(index, q.question, fact.text.strip(), [fact.source], entities=owners)
        listed = "; ".join(f"{index.entity(e).name} ({index.entity(e).kind.value})" for e in owners)
        return not_found(
            q.question,
            f"The releases state nothing that links the namesakes: {listed}.",
            tuple(entity_choice(self.prefix, "what", e, index.entity(e).name) for e in owners),
        )
