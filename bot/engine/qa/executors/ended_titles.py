"""A title asked of today whose only holder the releases name has left it: "who is
Nordalink's CTO now?" when the CTO they give became CEO.

The question names the title by a label of its holder's role ("CTO of Nordalink
Telecom"), which the name index resolves to that person. When every title of theirs
that the words name has ended (``ended`` or ``current: false`` in a release), their
card would present a former CTO as the CTO. Instead: the releases name no current
holder, who held it before (the span, cited) and what that person holds now, as
not_found: no holder of the title asked is known.
"""

from __future__ import annotations

import dataclasses

from bot.engine.answer import Status
from bot.engine.qa.compose import answered
from bot.engine.qa.ended_roles import ended_titles
from bot.engine.qa.executors.affiliation import span_line, span_sources
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.executors.qualifiers import TITLE_QUALIFIERS
from bot.engine.qa.query import Query

# The words of "who is <title> now?" besides the title: the question names nothing else.
_ONLY_NOW = frozenset(
    "who is s the of now currently current today nowadays presently at present moment these "
    "days right".split()
)


class EndedTitleAnswers(ExecutorBase):
    def ended_title_now(self, q: Query) -> Result:
        """ "Who is <title> of <org> (now)?" resolved, through a title label, to a person
        whose named title has ended; None for any other question."""
        if q.quote or q.meta or q.time.bounded or q.words[:1] != ("who",):
            return None
        titled = [m for m in q.found if m.via == "role"]
        if len(titled) != 1:
            return None
        if q.role_asks and not _qualifier_dropped(q, titled[0].words):
            return None  # a title of an organisation asked: the role executors answer
        # Only "who is <title> (now)?": "who replaced X as <title>?" or "who was …" ask
        # for a successor or a past holder.
        person = titled[0].entity_id
        orgs = {m.entity_id for m in q.found if m.entity_id not in self.index.person_ids}
        spanned = {
            i for m in q.found if m is titled[0] or m.entity_id in orgs for i in range(*m.words)
        }
        rest = [w for i, w in enumerate(q.words) if i not in spanned]
        if set(rest) - _ONLY_NOW or len(orgs) > 1:
            return None
        named = set(q.words[slice(*titled[0].words)])
        history = self.index.role_history(person)
        spans = ended_titles(self.index, person, named)
        if orgs:
            # "Who is the CTO of Nordalink?": the title at the organisation named.
            spans = [s for s in spans if s.role.organization in orgs]
        if not spans:
            return None
        index = self.index
        span = spans[0]
        org_id = span.role.organization
        if org_id is None:
            return None  # a title of no organisation names no holder to look for
        org = index.short_name(org_id)
        now = [s for s in history.current if not s.ended]
        lines = [
            f"**The releases name no current {span.role.title} of {org}.**",
            f"{index.entity(person).name} held it:",
            span_line(index, span),
        ]
        sources = span_sources(index, span)
        if now:
            lines.append(f"The newest they give for {index.entity(person).name}:")
            lines += [span_line(index, s) for s in now]
            sources += [src for s in now for src in span_sources(index, s)]
        # No one holds the title asked, so it is not found: what is shown is what the
        # releases say nearby (the former holder), never an answer to "who is it now".
        reply = answered(index, q.question, "\n".join(lines), sources, entities=[person, org_id])
        return dataclasses.replace(reply, status=Status.NOT_FOUND)


def _qualifier_dropped(q: Query, span: tuple[int, int]) -> bool:
    """Whether the title label at ``span`` holds a qualifier ("deputy") that no role ask
    kept: the role executors would then answer the plain title's holder ("Mayor" for
    "who is the deputy mayor now?")."""
    qualifiers = set(q.words[slice(*span)]) & TITLE_QUALIFIERS
    return bool(qualifiers) and all(not qualifiers <= set(a.words) for a in q.role_asks)
