"""A yes/no question whose predicate is a description of its own subject: "is Alibaba
the biggest online commerce company in the world?", "the release calls X the largest …,
right?".

The parser reads "the biggest online commerce company" as a description and resolves it
(``DescriptionResolver``) to the very subject the question names, so the words that make
the claim leave the query's terms; the general yes/no executor then judged the question
on what was left ("in the world") and said yes from a sentence that only shares a word
with it (set 14). Here the description's own words are the claim: **yes** only from a
sentence about the subject (a fact or a dated summary) that has every content word of
the description, itself or a thesaurus synonym ("biggest" for "largest"), as issue 10
asks ("yes or no only when a fact states it"); otherwise the releases' closest
sentence, with no verdict (``not_found``).

Shapes: ``described_claim(q) -> Answer | None``; None when the question is no yes/no,
or no description resolves to an entity the question also names.
"""

from __future__ import annotations

from collections import Counter

from bot.engine.qa.compose import answered, not_found_cited
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.figures import summary_statement
from bot.engine.qa.negation import asks_negated, denies
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.vocabulary import CONTINUING_WORDS
from bot.kb.models import LoadedFact
from bot.search.synonyms import synonyms
from bot.search.terms import content_terms

# A description of fewer content words than this is a kind noun alone ("the company"):
# no claim to check.
MIN_DESCRIPTION_TERMS = 2


class DescribedClaimAnswers(ExecutorBase):
    def described_claim(self, q: Query) -> Result:
        """ "**Yes**" with the sentence stating the description of the subject; the
        closest sentence with no verdict when none states all of it; None for another
        question (see the module docstring)."""
        if q.answer_type is not AnswerType.YES_NO or q.quote or not q.described:
            return None
        if asks_negated(q.words):
            # "Is X not the largest …?": a "yes" would affirm the denial; the general
            # yes/no executor weighs negated questions.
            return None
        if q.role_asks or q.time.bounded or set(q.words) & CONTINUING_WORDS:
            # "Is X still in charge of Y?", "was X Director of Y in 2023?": a title at a
            # time, which the executors of titles over time judge from the roles' dates.
            return None
        named = {m.entity_id for m in q.found if m.via in ("name", "alias")}
        subject = next((e for e in q.described if e in named), None)
        if subject is None:
            return None
        terms = _description_terms(q, subject, self.index.entity(subject).name)
        if len(terms) < MIN_DESCRIPTION_TERMS:
            return None
        # "… the largest ferry operator in Denmark?": the scope is part of the claim even
        # when the parser leaves it over (a place no release names).
        terms += [t for t in _scope_terms(q) if t not in terms]
        pool: dict[str, LoadedFact] = {}
        for fact in self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]:
            pool.setdefault(fact.id, fact)
        for summary in self.index.summary_history(subject):
            fact = summary_statement(summary)
            pool.setdefault(fact.id, fact)
        best: tuple[int, LoadedFact] | None = None
        for fact in pool.values():
            have = self._fact_terms(fact)
            hits = sum(1 for t in terms if ({t} | synonyms(t)) & have)
            if best is None or hits > best[0]:
                best = (hits, fact)
        if best is None or not best[0]:
            return None
        hits, fact = best
        if denies(fact.text, terms) is not None:
            # "X is not the largest …": a denial, which the general yes/no executor
            # answers with a "no" citing it.
            return None
        if hits < len(terms):
            # Not stated: not_found, with the closest sentence, cited (yes_no's shape).
            return not_found_cited(
                self.index,
                q.question,
                f"**The releases don't say.** Related:\n• {fact.text.strip()}",
                [fact.source],
                entities=tuple(fact.about),
            )
        return answered(
            self.index,
            q.question,
            f"**Yes**, in the release's words:\n{fact.text.strip()}",
            [fact.source],
            entities=list(fact.about),
        )


def _description_terms(q: Query, subject: str, name: str) -> list[str]:
    """The content words (stemmed) of the description: the question's words that are
    neither left over by the parser nor the subject's name."""
    rest = Counter(q.words)
    rest.subtract(q.leftover)
    for mention in q.found:
        if mention.entity_id == subject:
            rest.subtract(q.words[slice(*mention.words)])
    words = [w for w in q.words if rest[w] > 0]
    own = set(content_terms(name))
    return [t for t in dict.fromkeys(content_terms(" ".join(words))) if t not in own]


# Prepositions that open a claim's scope ("the largest … in Denmark / across Europe").
_SCOPE_WORDS = frozenset("in across within throughout".split())


def _scope_terms(q: Query) -> list[str]:
    """The stems of the question's left-over terms after its last scope preposition
    ("denmark" in "is X the largest ferry operator in Denmark?"); [] when it has none."""
    at = max((i for i, w in enumerate(q.words) if w in _SCOPE_WORDS), default=None)
    if at is None:
        return []
    left = set(q.terms)
    return [t for t in content_terms(" ".join(q.words[at + 1 :])) if t in left]
