"""The newest party to join a group: "which member joined the consortium most recently?",
"who was the last partner to join X?", "what is X's newest member?".

The joinings are the sentences about the group asked (a subject of the question) that
say someone joined it ("At the meeting of June 20, 2023, Harwick Terminal Logistics
joined the HyHaul Consortium", "… and at that meeting the LVTA joined the consortium"),
each dated by the date the sentence writes (``written_dates.date_when``), else by the
fact's own date. The party is the first entity the sentence is about that is not the
group, an event, a place or a person, and whose name or an alias the sentence uses. The
answer leads with the newest joining and lists the others in date order, each cited.

Only the newest: "which member joined first?" is often about the founders, who never
"join" in a release's words, so the oldest joining sentence would be a confident wrong
answer; that question is left to the founding and list executors. None for another
question, or when no sentence about the group says someone joined it.
"""

from __future__ import annotations

import re

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered_facts
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.vocabulary import NEWEST_WORDS, OLDEST_WORDS
from bot.engine.qa.written_dates import date_when
from bot.kb.models import EntityKind, LoadedFact
from bot.textnorm import normalize

# The verbs of joining in a question (the press-release thesaurus's "join" group,
# bot/vocab/thesaurus.txt, as words).
_ASKED = frozenset("join joins joined joining".split())
# ... or asked by the newest member itself: "the newest member of X", "the latest
# organisation to become a member of X".
_MEMBER_NOUNS = frozenset("member members membership".split())
# ... and in a sentence: the same, and "signed up to", "became its fifth member".
_SAYS_JOINED = re.compile(
    r"\b(?:join(?:s|ed|ing)?|sign(?:s|ed)? up|c(?:a|o)me on board|was admitted|"
    r"bec(?:a|o)me (?:a|an|the|its|their) (?:\w+ )?member)\b",
    re.IGNORECASE,
)
# Kinds that never join a group in a release's words as a party.
_NOT_PARTIES = frozenset({EntityKind.EVENT, EntityKind.PLACE, EntityKind.PERSON})
# The earlier joinings shown after the newest.
MAX_EARLIER = 5


class JoinOrderAnswers(ExecutorBase):
    def joined_by_order(self, q: Query) -> Result:
        """The newest party to join a subject of the question, the earlier ones in date
        order (module docstring); None for another question."""
        if (
            q.quote
            or q.meta
            or not q.subjects
            or q.words[:1] not in (("which",), ("who",), ("what",))
        ):
            return None
        if q.answer_type in (AnswerType.YES_NO, AnswerType.NUMBER, AnswerType.DATE):
            return None
        words = set(q.words)
        if not words & (_ASKED | _MEMBER_NOUNS) or not words & NEWEST_WORDS or words & OLDEST_WORDS:
            return None
        items: dict[str, tuple[str, LoadedFact]] = {}
        for group in q.subjects:
            for fact in self.index.facts_by_entity.get(group, [])[:MAX_LIST_FACTS]:
                party = self._party(fact, set(q.subjects))
                if party is None:
                    continue
                when = date_when(self.fact_date(fact), fact.text)
                kept = items.get(party)
                if kept is None or when < kept[0]:
                    items[party] = (when, fact)
        if not items:
            return None
        ordered = sorted(items.items(), key=lambda item: item[1][0])
        party, (when, fact) = ordered[-1]
        name = self.index.display_name(party)
        lines = [
            f"**Newest to join: {name}** ({when}): {fact.text.strip()}{placeholder(fact.source)}"
        ]
        earlier = ordered[:-1][-MAX_EARLIER:]
        if earlier:
            lines.append("Earlier, in date order:")
            lines += [
                f"• {w}: {self.index.display_name(p)} — {f.text.strip()}{placeholder(f.source)}"
                for p, (w, f) in earlier
            ]
        return answered_facts(self.index, q.question, lines, [fact, *(f for _, (_, f) in earlier)])

    def _party(self, fact: LoadedFact, groups: set[str]) -> str | None:
        """The entity the sentence says joined: the first it is about that is no group
        asked, event, place or person, and that it names (by name or alias) before the
        verb of joining; None when the sentence says no one joined (a person "who joins
        from" an organisation names it after the verb)."""
        text = f" {normalize(fact.text)} "
        verb = _SAYS_JOINED.search(text)
        if verb is None or text[verb.end() :].lstrip().startswith("from "):
            return None
        text = text[: verb.start()] + " "
        for e in fact.about:
            if e in groups:
                continue
            entity = self.index.entity(e)
            if entity.kind in _NOT_PARTIES:
                continue
            names = (entity.name, *entity.aliases)
            if any(f" {n} " in text for n in (normalize(x) for x in names) if n):
                return e
        return None
