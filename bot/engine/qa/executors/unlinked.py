"""A link two parties are said not to have: "is A part of B?", "is A related to B?"
against "A is not connected to B, which is also known as …".

A sentence about both that denies a link so general that it denies every link asked
("not connected to", "not related to", "not affiliated with": ``link_words.yaml``),
with B named after the denial, answers **no** to any link question between them: part,
member, branch, affiliate. Two parties sharing a short name (both "CAPS") are often
told apart so. A narrower denial ("not a member of") answers only its own question
(``membership.py``). None for any other question or when no sentence denies a link.
"""

from __future__ import annotations

import re
from functools import cache

from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.negation import asks_negated
from bot.engine.qa.query import AnswerType, Query
from bot.kb.models import LoadedFact
from bot.textnorm import normalize
from bot.vocab import link_words

# "Not connected to", "no longer affiliated with", "never linked to": a negator, at most
# this many words, then the general link word.
MAX_NEGATION_GAP = 2
_NEGATORS = ("not", "never", "no longer")


class UnlinkedAnswers(ExecutorBase):
    def unlinked(self, q: Query) -> Result:
        """ "No" when a sentence about both parties denies any link between them
        (module docstring); None otherwise."""
        if q.answer_type is not AnswerType.YES_NO or len(q.subjects) != 2 or q.quote or q.meta:
            return None
        words = link_words()
        if not set(q.words) & words.asked or asks_negated(q.words):
            return None
        first, second = q.subjects
        for fact in self.index.facts_by_entity.get(first, [])[:MAX_LIST_FACTS]:
            if second not in fact.about:
                continue
            if self._denies_link(fact, second) or self._denies_link(fact, first):
                return answered(
                    self.index,
                    q.question,
                    f"**No:** the releases say:\n{fact.text.strip()}",
                    [fact.source],
                    entities=[first, second],
                )
        return None

    def _denies_link(self, fact: LoadedFact, other: str) -> bool:
        """Whether ``fact`` denies a general link to ``other``, named after the denial."""
        text = f" {normalize(fact.text)} "
        entity = self.index.entity(other)
        labels = [normalize(label) for label in (entity.name, *entity.aliases)]
        for match in _denial().finditer(text):
            rest = text[match.end() - 1 :]
            if any(label and f" {label} " in rest for label in labels):
                return True
        return False


@cache
def _denial() -> re.Pattern[str]:
    """A negator, at most MAX_NEGATION_GAP words, a general link word, then "to" or
    "with", in normalised text (" not connected to ")."""
    general = "|".join(sorted(link_words().denied_general))
    negators = "|".join(_NEGATORS)
    return re.compile(
        rf" (?:{negators})(?: \w+){{0,{MAX_NEGATION_GAP}}}? (?:{general}) (?:to|with) "
    )
