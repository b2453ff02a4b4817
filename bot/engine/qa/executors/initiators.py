"""Who started something: "who kicked off the eWTP?", "who launched X?".

A sentence naming the thing's initiators or founders ("Alibaba Group is one of the
initiators of the eWTP", "X was founded by Y") answers before one in which the thing
itself launched something else ("the eWTP … jointly launched Enabling E-commerce"),
which BM25 ranks first for the verb alone. None when no sentence names them.
"""

from __future__ import annotations

import re

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered, not_found_cited
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


# "One of the initiators", "among the founders": some of the starters, not all.
_ONE_OF = re.compile(rf"\b(?:one of|among) (?:the |its |their )?{_STARTER_NOUNS}\b", re.I)


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
        """The sentence naming who started the one non-person subject; None otherwise.

        "Which company helped kick off X?" asks the same of one kind: the starters of
        that kind the sentence links, named first."""
        which = q.words[:1] in (("which",), ("what",)) and bool(q.list_kinds)
        counting = q.words[:2] == ("how", "many") and bool(q.list_kinds)
        if (
            (q.words[:1] not in (("who",), ("whom",)) and not which and not counting)
            or len(q.subjects) != 1
            or q.quote
        ):
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
        if which or counting:
            # Only the sentences linking a starter of the kind asked.
            facts = [
                f
                for f in facts
                if any(self.index.entity(e).kind in q.list_kinds for e in f.about if e != subject)
            ]
            if not facts:
                return None
        fact = facts[0]
        text = fact.text.strip()
        if counting:
            # "How many organisations launched X?" where a sentence names its starters:
            # a number only when the sentence gives every one ("one of the initiators"
            # gives one of an unstated number).
            if not _ONE_OF.search(text):
                return None
            names = ", ".join(
                self._name(e)
                for e in fact.about
                if e != subject and self.index.entity(e).kind in q.list_kinds
            )
            return not_found_cited(
                self.index,
                q.question,
                f"**The releases don't say how many.** They name {names} as one of them:\n• {text}",
                [fact.source],
                entities=tuple(fact.about),
            )
        if which:
            starters = [
                e for e in fact.about if e != subject and self.index.entity(e).kind in q.list_kinds
            ]
            text = f"**{', '.join(self._name(e) for e in starters)}**\n• {text}"
        return answered(self.index, q.question, text, [fact.source], entities=fact.about)
