"""A thing the releases only plan, asked as done: "when did X open the Marlow Junction
depot?", "has the depot opened yet?", "did they open it in 2024?".

The thing is a subject of the question that is no organisation or person (the depot,
not the consortium opening it); a question naming only actors is left alone (an
announced step of theirs, "X will retire on March 31", is dated as the release gives it). When the sentences about it that
have the question's other words ("open") all state a plan or aim
(``goal_events.states_plan``: "plans to open … by 2024", "is due to open"), and none
reports it done, the answer is not found: the releases give the plan, with its date and
release, and no later release reports it happened. Showing the plan as the answer
would present an intention as the event.

None when the question itself asks about the plan ("when is it due to open?", "when
will it open?"), names no such thing, or any sentence with its words reports it done
(the facts answer then).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.engine.qa.compose import citations, format_date, not_found
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.executors.goal_events import states_plan
from bot.engine.qa.figures import figure_value, figures_in
from bot.engine.qa.query import AnswerType, Query
from bot.kb.models import EntityKind, LoadedFact
from bot.search.terms import content_terms, stem

# Words by which a question asks about the plan itself, not the event.
_ASKS_PLAN = frozenset(
    stem(w)
    for w in "will due plan plans planned planning aim aims aimed target targets goal goals "
    "expected expect supposed scheduled schedule intend intended going meant promise "
    "promised pledge pledged commit committed hope hoped".split()
)
# The auxiliaries of a question asking about something done.
_PAST = frozenset((("did",), ("has",), ("have",), ("was",), ("were",), ("had",)))
# Actors: they do the thing planned, they are not it.
_ACTORS = frozenset({EntityKind.ORGANIZATION, EntityKind.PERSON})


# A plan's wording right before the thing planned: "plans to open", "will reach", "is
# due to open", "aims to complete"; the words after it are what is planned.
_PLAN_CUE = re.compile(
    r"\b(?:will|shall|plans? to|planned to|aims? to|intends? to|hopes? to|expects? to|"
    r"(?:is|are|was|were) (?:due|scheduled|set|expected|planned|going) to)\s+"
    r"(?P<next>(?:[\w-]+\s+){0,3}[\w-]+)",
    re.IGNORECASE,
)
# A plan in reported speech, where "will" becomes "would": "X said the trust would open a
# workshop in 2021". The saying verb must come first in the clause, so a conditional
# ("the grant would pay for ...") or a hypothetical is not read as a plan.
_REPORTED_PLAN = re.compile(
    r"\b(?:said|announced|confirmed|stated|promised|told \w+|added)\b[^.;]{0,80}?\bwould\s+"
    r"(?P<next>(?:[\w-]+\s+){0,3}[\w-]+)",
    re.IGNORECASE,
)


class PlannedOnlyAnswers(ExecutorBase):
    def _plans(self, fact: LoadedFact, done_words: set[str]) -> bool:
        """Whether the sentence states as a plan (``goal_events.states_plan``) the very
        thing asked: a verb of the question follows a plan's wording ("plans to open",
        "will reach", or reported, "said it would open"); "met … to plan the project"
        plans something else."""
        if any(
            done_words & set(content_terms(m["next"])) for m in _REPORTED_PLAN.finditer(fact.text)
        ):
            return True
        if not states_plan(fact.text):
            return False
        return any(
            done_words & set(content_terms(m["next"])) for m in _PLAN_CUE.finditer(fact.text)
        )

    def _reported_met(self, things: list[str], plans: list[LoadedFact]) -> bool:
        """Whether a sentence about one of ``things`` reports a plan's figure reached in
        other words ("aims to reach 150 sites" and "passed its goal of 150 sites in
        October 2025", ``Figure.met``): the plan happened, whatever verb says so."""
        planned = {figure_value(f) for p in plans for f in figures_in(p.text)}
        if not planned:
            return False
        return any(
            f.met and figure_value(f) in planned
            for thing in things
            for fact in self.index.facts_by_entity.get(thing, [])[:MAX_LIST_FACTS]
            for f in figures_in(fact.text)
        )

    def planned_not_done(self, q: Query) -> Result:
        """Not found, with the plan shown and cited, for a thing only planned asked as
        done (module docstring); None otherwise."""
        if q.quote or q.meta or not q.subjects:
            return None
        if q.wants != "date" and q.answer_type is not AnswerType.YES_NO:
            return None
        # Asked as done: "when did / was", "has it", "did they". A present or future
        # question ("when does it open?", "does the plan cover X?") may ask the plan.
        opener = q.words[:2] if q.words[:1] == ("when",) else q.words[:1]
        if opener[-1:] not in _PAST:
            return None
        if {stem(w) for w in q.words} & _ASKS_PLAN:
            return None
        named = {t for m in q.mention_terms.values() for t in m}
        # Words no release uses ("yet", "already") say how it is asked, not what was done.
        done_words = {
            t for t in q.terms if t not in named and not t.isdigit() and self.index.terms.known(t)
        }
        if not done_words:
            return None
        index = self.index
        # A person's or organisation's own announced step ("X will retire on March
        # 31") dates it as the release gives it; only a thing planned is asked here.
        things = [e for e in q.subjects if index.entity(e).kind not in _ACTORS]
        if not things:
            return None
        stated: dict[str, LoadedFact] = {}
        for thing in things:
            for fact in index.facts_by_entity.get(thing, [])[:MAX_LIST_FACTS]:
                if done_words <= self._fact_terms(fact):
                    stated.setdefault(fact.id, fact)
        if not stated or not all(self._plans(f, done_words) for f in stated.values()):
            return None
        if self._reported_met(things, list(stated.values())):
            return None  # "passed its goal of 150 sites in October 2025": it happened
        plans = sorted(stated.values(), key=index.newest_first)
        lines = [
            "The releases don't report that it happened: they only state the plan.",
            *(
                f"• As of {format_date(index.source_date(f.source).isoformat())}: {f.text.strip()}"
                for f in plans[:3]
            ),
            "No later release says it was done.",
        ]
        return replace(
            not_found(q.question, "\n".join(lines)),
            citations=citations(index, [f.source for f in plans[:3]]),
            entities=tuple(dict.fromkeys(e for f in plans[:3] for e in f.about)),
        )
