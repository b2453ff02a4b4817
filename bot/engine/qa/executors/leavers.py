"""Who left an organisation: "who left the food bank network?", "who has stepped down
from X?", "who retired from the academy?".

The answer is the people whose every title at the organisation has ended (a release
marks it ``ended`` or ``current: false``), with their spans, newest end first: a person
whose one title there ended while another there goes on (a COO who became CEO) has not
left. In a year asked ("who left X in 2023?"), only ends dated in that year. None when
the question is not of this shape or no one left, so that the other executors answer it.
"""

from __future__ import annotations

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered
from bot.engine.qa.executors.affiliation import span_sources
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.query import Query
from bot.engine.qa.vocabulary import LEAVING_WORDS
from bot.search.index import RoleSpan

# "Who stopped the pilot?" asks who ended a thing, not who left a post: of the leaving
# words, only those that never take a thing as their object.
_LEFT = LEAVING_WORDS - frozenset("stop stops stopped stopping cease ceased exit exited".split())
# Auxiliaries between "who" and the verb ("who has left", "who will leave").
_AUX = frozenset("has have had did will would".split())
# People shown; more are rare in a base of press releases.
MAX_SHOWN = 6


def _asks_who_left(words: tuple[str, ...]) -> bool:
    """ "who left …", "who has stepped down …": the leaving verb right after "who" (or
    after one auxiliary); "who is left at X" asks who remains."""
    if words[:1] != ("who",) or len(words) < 3:
        return False
    verb = words[2] if words[1] in _AUX else words[1]
    return verb in _LEFT


class LeaverAnswers(ExecutorBase):
    def leavers(self, q: Query) -> Result:
        """The people who left the one organisation asked, newest end first; None for
        another question or when no one left it."""
        if q.quote or q.meta or not _asks_who_left(q.words):
            return None
        index = self.index
        if any(e in index.person_ids for e in q.subjects):
            return None  # "who left X after Y?": about Y (successors, tenures)
        org = self.one_employer(q)
        if org is None:
            return None
        bounded = q.time.bounded  # "who left X in 2023 / since 2024 / before 2022?"
        left: list[RoleSpan] = []
        for person in index.people_by_org.get(org, []):
            history = index.role_history(person)
            there = [s for s in history.current + history.earlier if s.role.organization == org]
            if not there or not all(s.ended for s in there):
                continue
            last = max(there, key=lambda s: (s.ended_on or "", max(s.dates)))
            if bounded and not (last.ended_on and q.time.admits_date(last.ended_on)):
                continue  # left outside the time asked, or on a day the releases don't give
            left.append(last)
        if not left:
            return None
        left.sort(key=lambda s: (s.ended_on or "", max(s.dates)), reverse=True)
        shown = left[:MAX_SHOWN]
        lines = [f"**Left {index.short_name(org)}**, as the releases give it:"]
        sources: list[str] = []
        for span in shown:
            cited = span_sources(index, span)
            lines.append(
                f"• **{index.entity(span.role.entity).name}** — {index.span_text(span)}"
                f"{placeholder(*cited)}"
            )
            sources += cited
        return answered(
            index,
            q.question,
            "\n".join(lines),
            sources,
            entities=[*(s.role.entity for s in shown), org],
        )
