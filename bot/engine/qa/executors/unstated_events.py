"""A "when did S <verb> …?" whose event no sentence states of S: said plainly.

``asked_event.states_event`` decides whether a dated sentence states the asked event
done by the asked agent, not denied. When the sentences that matched the question's
words all fail it ("Daniel HARTMANN stepped down …" for "when did Amara Okafor step
down?"; "receives no funding from governments" for "when did governments start funding
it?"), the answer is ``not_found`` (issue 10: false premises are said plainly), and the
reply shows what the releases do say instead: those sentences, with their dates, and the
titles the asked people hold at the other subjects ("Amara OKAFOR: President, Digital
Trade Alliance (as of 2022-03-15)"), each cited.

Shape: ``event_unstated(q, asked, facts) -> Answer`` (status ``not_found``), ``facts``
the candidate sentences best first; at most ``SHOWN_INSTEAD`` of them are shown.
"""

from __future__ import annotations

from bot.engine.answer import Answer
from bot.engine.qa.asked_event import AskedEvent
from bot.engine.qa.compose import format_date, not_found_cited
from bot.engine.qa.executors.base import ExecutorBase
from bot.engine.qa.query import Query
from bot.engine.qa.written_dates import date_when
from bot.kb.models import LoadedFact

# Sentences shown as what the releases say instead.
SHOWN_INSTEAD = 2
# A person's titles at the other subjects shown beside them.
TITLES_SHOWN = 2


class UnstatedEventAnswers(ExecutorBase):
    def event_unstated(self, q: Query, asked: AskedEvent, facts: list[LoadedFact]) -> Answer:
        """``not_found`` for an event no sentence states of its agent, with what the
        releases say instead (see the module)."""
        index = self.index
        who = " and ".join(self._name(a) for a in asked.agents) or asked.doer_word
        head = (
            f"The releases don't say that: no sentence states it of {who}."
            if who
            else "The releases don't say that: no sentence states it."
        )
        shown = list({f.id: f for f in facts}.values())
        if asked.together:
            # A meeting of the other party with someone else says nothing of the asked
            # one's meeting: only sentences about an asked party are shown.
            shown = [f for f in shown if set(asked.agents) & set(f.about)]
        shown = shown[:SHOWN_INSTEAD]
        lines = [head]
        said = [
            f"• {format_date(date_when(f.date, f.text))}: {f.text.strip()}"
            if f.date
            else f"• {f.text.strip()}"
            for f in shown
        ]
        roles = []
        for person in asked.agents:
            if person not in index.person_ids:
                continue
            held = [
                r
                for r in index.roles_by_entity.get(person, [])
                if r.organization in q.subjects and r.organization != person
            ][:TITLES_SHOWN]
            roles += [(r, f"• {self._name(person)}: {index.role_text(r)}") for r in held]
        if said or roles:
            lines.append("What they do say:")
            lines += said + [line for _, line in roles]
        sources = [f.source for f in shown] + [s for r, _ in roles for s in [r.source]]
        return not_found_cited(
            index,
            q.question,
            "\n".join(lines),
            sources,
            entities=q.subjects,
        )
