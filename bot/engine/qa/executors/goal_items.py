"""When a thing only a goal covers will happen: "when will the Halifax playground open?"
when the one sentence naming it is "the new goal is 50 playgrounds by the end of 2028,
including the first outside Ontario, in Halifax".

The thing asked is a subject of the question that is no organisation or person, and the
sentences about it that share the question's other words ("playground", "open") all
state a goal of another thing (a goal or target, the goal's own subject leading them,
``events.is_aim``) and give no date of their own: the goal's deadline is the whole goal's, not the date of
the part asked. The answer is not found, with the goal shown and cited, never its
release's date nor its deadline as the thing's date. A question about the goal itself
("when will X reach its goal?") is ``goal_deadlines``'s.
"""

from __future__ import annotations

import re

from bot.engine.qa.compose import format_date, not_found_cited
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.executors.events import is_aim
from bot.engine.qa.query import Query
from bot.engine.qa.read import ANSWER_TYPE_TERMS
from bot.engine.qa.written_dates import written_dates
from bot.kb.models import EntityKind, LoadedFact
from bot.search.terms import stem

# Words by which a question asks about a goal itself, which ``goal_deadlines`` answers.
_GOAL_ASKED = frozenset(
    stem(w) for w in "goal goals target targets aim aims deadline supposed meant due".split()
)
# A goal's own words: a sentence only planning a step ("the grant will pay for X's
# expansion to Samoa") is no goal, and its release dates the plan.
_GOAL_NOUNS = re.compile(r"\b(?:goals?|targets?|objectives?)\b", re.IGNORECASE)
# Actors: they set goals, they are not a goal's part.
_ACTORS = frozenset({EntityKind.PERSON, EntityKind.ORGANIZATION})
# At most this many goal sentences are shown.
MAX_GOALS_SHOWN = 2


class GoalItemAnswers(ExecutorBase):
    def goal_item_date(self, q: Query) -> Result:
        """Not found, the goals shown, for a thing only a goal names (module docstring);
        None for any other question."""
        if q.quote or q.meta or q.wants != "date" or q.words[:1] != ("when",):
            return None
        if q.time.bounded or {stem(w) for w in q.words} & _GOAL_ASKED:
            return None
        things = [e for e in q.subjects if self.index.entity(e).kind not in _ACTORS]
        if len(things) != 1:
            return None
        (thing,) = things
        named = {t for m in q.mention_terms.values() for t in m}
        topic = {t for t in q.terms if t not in named} - set(ANSWER_TYPE_TERMS["date"])
        if not topic:
            return None
        sharing = [
            f
            for f in self.index.facts_by_entity.get(thing, [])[:MAX_LIST_FACTS]
            if topic & self._fact_terms(f)
        ]
        if not sharing or not all(self._part_of_goal(f, thing) for f in sharing):
            return None
        goals = sorted(sharing, key=self.index.newest_first)[:MAX_GOALS_SHOWN]
        name = self.index.entity(thing).name
        lines = [f"The releases give no date for that: they only name {name} in a goal."]
        lines += [
            f"• As of {format_date(self.index.source_date(f.source).isoformat())}: {f.text.strip()}"
            for f in goals
        ]
        return not_found_cited(
            self.index,
            q.question,
            "\n".join(lines),
            [f.source for f in goals],
            entities=[thing, *goals[0].about],
        )

    def _part_of_goal(self, fact: LoadedFact, thing: str) -> bool:
        """Whether ``fact`` is another thing's goal that names ``thing`` as a part and
        dates nothing of its own (no date field, no full date written)."""
        return (
            bool(fact.about)
            and fact.about[0] != thing
            and _GOAL_NOUNS.search(fact.text) is not None
            and is_aim(fact.text)
            and not fact.date
            and not written_dates(fact.text)
        )
