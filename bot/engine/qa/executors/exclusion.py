"""Questions that set something aside: "apart from the eWTP, what else did they discuss?".

``split_exclusion`` reads the set-aside phrase ("apart from X", "besides X", "other
than X", "aside from X", "except X", leading or trailing) off the read words; the
answerer resolves X to entities and parses the rest as the question. ``other_than``
then answers the rest from the facts that match its words and are neither about X nor
name it: what else the releases say.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.engine.answer import Answer, entity_choice
from bot.engine.qa.compose import answered, not_found
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.query import Query
from bot.engine.qa.read import ANSWER_TYPE_TERMS
from bot.kb.models import EntityKind, LoadedFact
from bot.search.terms import stem
from bot.textnorm import normalize

_MARKERS = r"apart from|aside from|besides|other than|except for|except|excluding|not counting"
_LEADING = re.compile(
    rf"^(?:{_MARKERS}) (?P<aside>.+?) (?P<rest>(?:who|what|which|where|when|how|did|does|do|is|are|was|were)\b.+)$"
)
_TRAILING = re.compile(rf"^(?P<rest>.+?) (?:{_MARKERS}) (?P<aside>.+)$")
# Words that open the question again after the set-aside phrase ("… anything else …").
_REST_STARTS = frozenset("anything anyone anybody something someone else any".split())
# The set-aside phrase names at most this many words ("the eWTP", "the G20 summit").
MAX_ASIDE_WORDS = 6
# "Was any other topic on the table?": words for a thing discussed name what is asked
# for, as "which city" does, and no fact needs to say them.
_TOPIC_TERMS = frozenset(
    stem(w)
    for w in "topic topics subject subjects issue issues matter matters theme themes item items "
    "area areas point points".split()
)
# Words by which the rest asks for something beyond the set-aside ("which other
# companies …", "who else …"): the set-aside is then no answer to it.
_BEYOND_WORDS = frozenset(("other", "others", "else", "another", "more"))
# At most this many other facts are shown.
MAX_OTHERS = 2


class Exclusion(NamedTuple):
    """A question's words with the set-aside phrase taken out."""

    aside: tuple[str, ...]  # "the ewtp"
    rest: tuple[str, ...]  # "what else did they discuss"


def split_exclusion(words: tuple[str, ...]) -> Exclusion | None:
    """The set-aside phrase and the rest of the question, or None when there is none."""
    text = " ".join(words)
    match = _LEADING.match(text) or _TRAILING.match(text)
    if match is None:
        return None
    aside = tuple(match["aside"].split())
    rest = tuple(match["rest"].split())
    # "Other than the eWTP, was anything else discussed?" reads as "was other than the
    # ewtp anything else discussed": the set-aside phrase ends where the question's
    # "anything else" begins, which goes back to the rest.
    cut = next((i for i, w in enumerate(aside) if i and w in _REST_STARTS), None)
    if cut is not None:
        aside, rest = aside[:cut], (*rest, *aside[cut:])
    if not aside or len(aside) > MAX_ASIDE_WORDS:
        return None
    return Exclusion(aside, rest)


class ExclusionAnswers(ExecutorBase):
    def other_than(self, q: Query, excluded: tuple[str, ...]) -> Result:
        """The facts answering ``q`` that are not about (nor name) the ``excluded``
        entities, best first; None when there are none or nothing is excluded."""
        if not excluded:
            return None
        subjects = {e for e in q.subjects if e not in excluded}
        # "Which city…": the kind of answer asked for, which the facts need not say.
        asked = ANSWER_TYPE_TERMS[q.wants] | ANSWER_TYPE_TERMS[None]
        terms = [t for t in q.terms if t not in asked and t not in _TOPIC_TERMS]
        literal: list[LoadedFact] = []
        by_synonym: list[LoadedFact] = []
        for c in self.retriever.rank(terms, subjects, include_quotes=False):
            if isinstance(c.item, LoadedFact) and not self._touches(c.item, excluded):
                (literal if c.literal else by_synonym).append(c.item)
        # The question's own words first; a thesaurus synonym ("talk about" for the
        # releases' "discussions") when no other fact has them.
        others = literal or by_synonym
        if q.wants == "place":
            # "Which city…": a fact placing something before one that only mentions it.
            others.sort(key=lambda f: not (f.place or self._names_place(f)))
        others = others[:MAX_OTHERS]
        if not others:
            return None
        names = ", ".join(self._name(e) for e in excluded)
        lines = "\n".join(f"• {f.text.strip()}" for f in others)
        return answered(
            self.index,
            q.question,
            f"**Besides {names}:**\n{lines}",
            [f.source for f in others],
            entities=[e for f in others for e in f.about],
        )

    def none_other(self, q: Query, excluded: tuple[str, ...]) -> Answer | None:
        """not_found for "which other companies initiated X besides A?" when no fact
        answers it without A (``other_than`` found none): the question asks for others,
        so an answer naming A again is no answer. None unless the rest asks for others
        of a kind or people ("which other companies", "who else") and the set-aside
        names an entity."""
        if not excluded or not set(q.words) & _BEYOND_WORDS:
            return None
        if not q.list_kinds and q.words[:1] not in (("who",), ("whom",)):
            # "What else was on the table?": a topic, which the whole question's answer
            # may give in words ``other_than`` does not match; only others of a kind
            # ("which other companies", "who else") are known to be none.
            return None
        names = [self._name(e) for e in excluded]
        p = self.prefix
        return not_found(
            q.question,
            f"Besides {', '.join(names)}, the releases I know name none. For what they say "
            f"about {names[0]}, try `{p}what {names[0]}`.",
            tuple(entity_choice(p, "what", e, n) for e, n in zip(excluded, names, strict=True)),
        )

    def _names_place(self, fact: LoadedFact) -> bool:
        return any(self.index.entity(e).kind is EntityKind.PLACE for e in fact.about)

    def _touches(self, fact: LoadedFact, excluded: tuple[str, ...]) -> bool:
        if set(fact.about) & set(excluded):
            return True
        text = f" {normalize(fact.text)} "
        for e in excluded:
            entity = self.index.entity(e)
            if any(f" {normalize(label)} " in text for label in (entity.name, *entity.aliases)):
                return True
        return False
