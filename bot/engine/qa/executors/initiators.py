"""Who started something: "who kicked off the eWTP?", "who launched X?".

A sentence naming the thing's initiators or founders ("Alibaba Group is one of the
initiators of the eWTP", "X was founded by Y") answers before one in which the thing
itself launched something else ("the eWTP … jointly launched Enabling E-commerce"),
which BM25 ranks first for the verb alone. None when no sentence names them.
"""

from __future__ import annotations

import re

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase
from bot.engine.qa.query import Query
from bot.kb.models import EntityKind
from bot.search.synonyms import synonyms
from bot.search.terms import stem

# Verbs of starting a thing (with their thesaurus groups: "kicked off" is "launch").
_START_STEMS = frozenset(
    stem(w) for w in "launch found start initiate create establish begin".split()
)
# Nouns for who started a thing ("the initiators of the eWTP") and verbs with "by"
# after it ("the Alliance was founded by …").
_STARTER_NOUNS = r"(?:co-?)?(?:initiators?|founders?|founding members?)"
_STARTED_BY = r"(?:founded|launched|started|initiated|created|established|set up|conceived) by"


def names_starters(text: str, labels: list[str]) -> bool:
    """Whether ``text`` names who started the thing called by one of ``labels``: "the
    initiators of <label>", or "<label> … founded by" (never a person's own title,
    "Founder of Alibaba", for another thing)."""
    for label in labels:
        name = re.escape(label)
        if re.search(rf"\b{_STARTER_NOUNS} of (?:the )?{name}\b", text, re.IGNORECASE):
            return True
        if re.search(rf"\b{name}\b[^.;]*?\b{_STARTED_BY}\b", text, re.IGNORECASE):
            return True
    return False


class InitiatorAnswers(ExecutorBase):
    def initiators(self, q: Query) -> Answer | None:
        """The sentence naming who started the one non-person subject; None otherwise."""
        if q.words[:1] not in (("who",), ("whom",)) or len(q.subjects) != 1 or q.quote:
            return None
        asked = set(q.terms)
        if not asked & _START_STEMS and not any(synonyms(t) & _START_STEMS for t in asked):
            return None
        subject = q.subjects[0]
        if self.index.entity(subject).kind is EntityKind.PERSON:
            return None
        entity = self.index.entity(subject)
        labels = [entity.name, *entity.aliases]
        facts = [
            f
            for f in self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
            if names_starters(f.text, labels)
            and any(
                self.index.entity(e).kind in (EntityKind.ORGANIZATION, EntityKind.PERSON)
                for e in f.about
                if e != subject
            )
        ]
        if not facts:
            return None
        fact = facts[0]
        return answered(
            self.index, q.question, fact.text.strip(), [fact.source], entities=fact.about
        )
