"""What an event was about: "what was the meeting (mainly) about?", "what did they
discuss?", "what was the summit's topic / agenda / focus?".

A release states an event's purpose in its own sentence ("… met on Saturday to discuss
deepening the cooperation …", "The meeting focused on …", "The discussions also looked
at …"). The answer is those sentences from the facts about the event, the purpose
first, each cited; the event's summary when no fact states one. The event is a subject
of the kind ``event``, or the one event whose facts are about every subject named
("what did A and B discuss?").
"""

from __future__ import annotations

import re
from functools import cached_property

from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.query import AnswerType, Query
from bot.kb.models import EntityKind, LoadedFact

# Words asking for an event's subject matter.
_TOPIC_WORDS = frozenset(
    "discuss discussed discussing discussion discussions talk talked talks topic topics "
    "agenda focus focused focussed purpose theme themes subject cover covered".split()
)
# "What did A and B discuss?": talks between the parties named, at an event of theirs.
_DISCUSS_WORDS = frozenset("discuss discussed discussing talk talked talks".split())
_MET_WORDS = frozenset("met meet meeting".split())
_PARTY_KINDS = frozenset({EntityKind.PERSON, EntityKind.ORGANIZATION})
# "What was X about", "what was X mainly about": "about" closing the question.
_ABOUT_END = frozenset("about".split())
# A sentence stating what an event was for or about, strongest first.
_PURPOSE = (
    re.compile(
        r"\bto\s+(?:discuss|explore|talk\s+about|review|examine|consider|address|debate)\b", re.I
    ),
    re.compile(
        r"\b(?:focus(?:ed|sed|es)?\s+on|centred\s+on|centered\s+on|was\s+about|dealt\s+with)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:discuss(?:ed|es|ions?)?|talks?\s+(?:on|about)|looked\s+at|agenda|topics?)\b", re.I
    ),
    # What the event settled, when no sentence gives its purpose ("the partners agreed to
    # extend the Academy").
    re.compile(r"\b(?:agreed|decided|resolved|signed|approved|announced|launched|adopted)\b", re.I),
)
MAX_TOPIC_FACTS = 3


class EventTopicAnswers(ExecutorBase):
    def event_topic(self, q: Query) -> Result:
        """The sentences stating what the event asked about was for; None when the
        question asks something else or no event is found."""
        if q.quote or q.answer_type not in (AnswerType.ANY, AnswerType.LIST):
            return None
        words = q.words
        if not words or words[0] not in ("what", "which"):
            return None
        asked = set(words) & _TOPIC_WORDS or (words[-1] in _ABOUT_END)
        if not asked:
            return None
        # "…when they met": the talks of a meeting, as "what did they discuss?" asks.
        event = self._event_of(q, talked=bool(set(words) & (_DISCUSS_WORDS | _MET_WORDS)))
        if event is None:
            return None
        ranked: list[tuple[int, LoadedFact]] = []
        for fact in self.index.facts_by_entity.get(event, [])[:MAX_LIST_FACTS]:
            strength = next(
                (i for i, p in enumerate(_PURPOSE) if p.search(fact.text)), len(_PURPOSE)
            )
            if strength < len(_PURPOSE):
                ranked.append((strength, fact))
        ranked.sort(key=lambda r: r[0])
        if ranked and ranked[0][0] < len(_PURPOSE) - 1:
            # A stated purpose: what was settled there is another question.
            ranked = [r for r in ranked if r[0] < len(_PURPOSE) - 1]
        shown = [fact for _, fact in ranked[:MAX_TOPIC_FACTS]]
        if not shown:
            summary = self.index.summary_history(event)
            if summary and any(p.search(summary[0].text) for p in _PURPOSE):
                return answered(
                    self.index,
                    q.question,
                    summary[0].text.strip(),
                    [summary[0].source],
                    entities=[event],
                )
            return None
        name = self.index.display_name(event)
        lines = [f"**What {name} was about, as the releases give it:**"]
        lines += [f"• {fact.text.strip()}" for fact in shown]
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [fact.source for fact in shown],
            entities=[event, *(e for f in shown for e in f.about)],
        )

    @cached_property
    def _only_event(self) -> str | None:
        """The base's one event with a stated purpose, or None when none or several
        have one (read once per index, on the first such question)."""
        found: list[str] = []
        for entity in self.index.kb.entities.values():
            if entity.kind is not EntityKind.EVENT:
                continue
            facts = self.index.facts_by_entity.get(entity.id, [])[:MAX_LIST_FACTS]
            if any(p.search(f.text) for f in facts for p in _PURPOSE[:-1]):
                found.append(entity.id)
                if len(found) > 1:
                    return None
        return found[0] if found else None

    def _event_of(self, q: Query, *, talked: bool) -> str | None:
        index = self.index
        events = [e for e in q.subjects if index.entity(e).kind is EntityKind.EVENT]
        if events:
            return events[0]
        if not q.subjects and talked:
            # "What did they discuss?", "what were the talks about?": a base with one
            # event only (a single release's meeting) has one answer; more is a guess.
            return self._only_event
        parties = [e for e in q.subjects if index.entity(e).kind in _PARTY_KINDS]
        if not talked or len(parties) < 2 or len(parties) != len(q.subjects):
            return None  # "the purpose of X according to Y" is X's purpose, not an event's
        # "What did A and B discuss?": the one event whose facts are about them all.
        subjects = set(q.subjects)
        found = {
            e
            for s in q.subjects
            for fact in index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]
            if subjects <= set(fact.about)
            for e in fact.about
            if index.entity(e).kind is EntityKind.EVENT
        }
        return found.pop() if len(found) == 1 else None
