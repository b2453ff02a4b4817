"""Who represented an organisation: "who was there for X?", "who represented X at the
meeting?", also when X is given by a description ("the world's largest … company").

A release names an organisation's people by their roles there, and an event by the facts
about it. The answer is the people with a role at the organisation, narrowed to those a
fact of the event names when an event is asked (or when some of them are named by one);
each with their role, and the event's fact, cited.
"""

from __future__ import annotations

from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.query import AnswerType, Query
from bot.kb.models import EntityKind

# Verbs and nouns of acting for an organisation ("represented", "on behalf of").
_REPRESENT = frozenset(
    "represent represents represented representing representative representatives behalf "
    "delegate delegates delegation envoy".split()
)


class RepresentativeAnswers(ExecutorBase):
    def representatives(self, q: Query) -> Result:
        """The organisation's people, with their roles and the event fact naming them,
        cited; None for any other question or when no one has a role there."""
        if q.answer_type not in (AnswerType.PERSON, AnswerType.ANY) or q.words[:1] != ("who",):
            return None
        if not _REPRESENT & set(q.words):
            return None
        index = self.index
        orgs = [e for e in q.subjects if index.entity(e).kind is EntityKind.ORGANIZATION]
        if len(orgs) != 1:
            return None
        org = orgs[0]
        people = list(index.people_by_org.get(org, []))
        if not people:
            return None
        events = [e for e in q.subjects if index.entity(e).kind is EntityKind.EVENT]
        # The facts naming the organisation's people at an event: the asked event's, or
        # any fact about an event when none is named.
        event_facts = [
            f
            for f in index.facts_by_entity.get(org, [])
            if any(p in f.about for p in people)
            and any(
                e in events if events else index.entity(e).kind is EntityKind.EVENT for e in f.about
            )
        ]
        if event_facts:
            present = [p for p in people if any(p in f.about for f in event_facts)]
            people = present or people
        lines: list[str] = []
        sources: list[str] = []
        for person in people[:3]:
            role = next(
                (r for r in index.roles_by_entity.get(person, []) if r.organization == org),
                None,
            )
            line = f"**{index.entity(person).name}**"
            if role is not None:
                line += f" — {index.role_text(role)}"
                sources.append(role.source)
            lines.append(line)
        if event_facts:
            lines.append(event_facts[0].text.strip())
            sources.append(event_facts[0].source)
        if not sources:
            return None
        return answered(index, q.question, "\n".join(lines), sources, entities=people[:3])
