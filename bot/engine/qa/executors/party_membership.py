"""Whether someone was among a thing's founders or partners: "was the WTO one of the
founders of Enabling E-commerce?", "was the IMF part of the collaboration?".

The parties are the people and organisations linked (``about``) to the sentence that
says the thing was launched, founded or set up, or that lists its partners, founders,
members or initiators. Named among them: yes, with the sentence. Not named (an entity
the releases know, or a name they never use): not by the releases' account, naming the
parties they do give, cited. None when no such sentence is stated for the thing.
"""

from __future__ import annotations

import re

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase
from bot.engine.qa.executors.events import names_only_as_agent
from bot.engine.qa.query import AnswerType, Query
from bot.kb.models import EntityKind, LoadedFact
from bot.search.terms import stem

# Words asking whether someone belongs to a thing's founding group.
_MEMBER_WORDS = frozenset(
    "part member members partner partners founder founders founding cofounder cofounders "
    "initiator initiators among participant participants".split()
)
# A sentence saying who started the thing or who its parties are.
_PARTIES_SENTENCE = re.compile(
    r"\b(?:launched|founded|set up|established|created|initiated|formed|"
    r"(?:founding )?partners|founders|members|initiators)\b",
    re.IGNORECASE,
)
# A sentence saying who started it ("founding partners", "launched", "initiators").
_STARTERS_SENTENCE = re.compile(
    r"\b(?:launched|founded|set up|established|created|initiated|formed|founding|founders|"
    r"initiators)\b",
    re.IGNORECASE,
)
# Words asking about the founding group rather than the parties at any time.
_FOUNDING_WORDS = frozenset(
    "founder founders founding cofounder cofounders initiator initiators found founded "
    "launch launched start started".split()
)
_PARTY_KINDS = frozenset({EntityKind.ORGANIZATION, EntityKind.PERSON})
_START_STEMS = frozenset(
    stem(w) for w in "launched founded established created initiated formed".split()
)


class PartyMembershipAnswers(ExecutorBase):
    def party_membership(self, q: Query) -> Answer | None:
        """Yes or not-by-the-releases for one party and one thing; None otherwise."""
        if q.answer_type is not AnswerType.YES_NO or not set(q.words) & _MEMBER_WORDS:
            return None
        index = self.index
        # A programme or an agreement has founders and partners; an organisation's
        # "part of" another is no such question.
        things = [
            e
            for e in q.subjects
            if index.entity(e).kind in (EntityKind.INITIATIVE, EntityKind.AGREEMENT)
        ]
        parties_asked = [e for e in q.subjects if index.entity(e).kind in _PARTY_KINDS]
        founding = bool(set(q.words) & _FOUNDING_WORDS)
        if "still" in q.words or (not founding and set(parties_asked) & index.person_ids):
            # "Was X still part of Y in 2022?": a person's affiliation over time.
            return None
        for thing in things:
            facts = self._member_facts(thing, founding=founding)
            if not facts:
                continue
            asked = [e for e in parties_asked if e != thing]
            if not asked and not q.unknown_names:
                continue
            named_in = [f for f in facts if asked and asked[0] in f.about]
            # A sentence using the question's own word ("partners") first.
            member = {w.rstrip("s") for w in q.words if w in _MEMBER_WORDS}
            named_in.sort(key=lambda f: not any(m in f.text.casefold() for m in member))
            if named_in:
                fact = named_in[0]
                text = f"**Yes.** {fact.text.strip()}"
                return answered(index, q.question, text, [fact.source], entities=[thing, asked[0]])
            # The sentence naming the most of them says who they were.
            fact = max(facts, key=lambda f: len(self._member_parties(f, thing)))
            names = ", ".join(index.display_name(e) for e in self._member_parties(fact, thing))
            text = (
                f"**Not by the releases' account:** they give {names} as "
                f"{index.entity(thing).name}'s {'founders' if founding else 'parties'}"
                + (f", not {index.display_name(asked[0])}" if asked else "")
                + f".\n{fact.text.strip()}"
            )
            return answered(index, q.question, text, [fact.source], entities=[thing, *asked[:1]])
        return None

    def _member_parties(self, fact: LoadedFact, thing: str) -> list[str]:
        return [e for e in fact.about if e != thing and self.index.entity(e).kind in _PARTY_KINDS]

    def _member_facts(self, thing: str, *, founding: bool) -> list[LoadedFact]:
        """The sentences about the thing that say who started it or who its parties are,
        linking two parties at least, oldest first; for a question about its founding,
        only those saying who started it."""
        index = self.index
        pattern = _STARTERS_SENTENCE if founding else _PARTIES_SENTENCE
        entity = index.entity(thing)
        found = [
            f
            for f in index.facts_by_entity.get(thing, [])[:MAX_LIST_FACTS]
            if pattern.search(f.text)
            and len(self._member_parties(f, thing)) >= 2
            # "The eWTP … launched Enabling E-commerce" names the eWTP's partners in
            # something else, not its own founders.
            and not names_only_as_agent(entity, f.text, _START_STEMS)
        ]
        return sorted(found, key=self.fact_date)
