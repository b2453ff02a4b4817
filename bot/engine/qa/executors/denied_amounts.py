"""An amount asked of a giver the releases deny gives anything: "how much did
governments contribute to X?" when a release says "X receives no funding from
governments".

The question presumes a sum; the releases state there is none. Read as a free question,
the sum is not found ("the releases don't say how much"), which hides what they do say.
The answer is the denial, cited: a sentence about the subject that speaks of money (the
thesaurus group of "fund": funding, money, finance …) and puts the giver the question
names in a negator's scope (``negation.denies``: "no funding from governments", "not by
governments").
"""

from __future__ import annotations

from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.negation import asks_negated, denies
from bot.engine.qa.query import Query
from bot.engine.qa.read import ANSWER_TYPE_TERMS
from bot.search.synonyms import synonyms
from bot.search.terms import index_term
from bot.vocab import money_given

_FUND = index_term("fund")
_MONEY_TERMS = frozenset({_FUND, *synonyms(_FUND), index_term("money")})
# Verbs of giving a sum ("how much did X contribute / give / put in"): what the question
# asks of the giver, which the denial words as funding.
_GIVING_TERMS = frozenset(
    index_term(w)
    # The verbs of giving money (``bot/vocab/money_given.yaml``), and "spend", "put in"
    # and "chip in", which ask a sum of the giver too.
    for w in (*money_given().verbs, *"spend spent put chip".split())
)


class DeniedAmountAnswers(ExecutorBase):
    def denied_amount(self, q: Query) -> Result:
        """The sentence denying that the giver asked gives the subject money, cited;
        None unless the question asks "how much" of a giver and a sentence about a
        subject denies it."""
        if q.wants != "count" or "much" not in q.words or not q.subjects:
            return None
        if asks_negated(q.words):
            return None
        # The giver: the question's words beyond the sum asked, the verb of giving and
        # the money words ("how much money did governments put in?").
        giver = [
            t
            for t in q.terms
            if t not in ANSWER_TYPE_TERMS["count"]
            and t not in _GIVING_TERMS
            and t not in _MONEY_TERMS
        ]
        # The verb of giving may be a light verb the terms leave out ("give").
        asked = set(q.terms) | {index_term(w) for w in q.words}
        if not giver or not asked & (_GIVING_TERMS | _MONEY_TERMS):
            return None
        for subject in q.subjects:
            for fact in self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]:
                if not self._fact_terms(fact) & _MONEY_TERMS:
                    continue
                denial = denies(fact.text, giver)
                if denial is None:
                    continue
                return answered(
                    self.index,
                    q.question,
                    f"**None, the releases say** (“{denial.words}”):\n{fact.text.strip()}",
                    [fact.source],
                    entities=fact.about,
                )
        return None
