"""Yes/no on a relation a fact states in other words: "Does A support B?" → yes, when a
fact says "B … supported by A", "A backs B" or "A joined B as a partner".

The question names two subjects and a relation word; a fact about both answers "yes"
when it has the relation word, a thesaurus synonym of it, or a word that entails it
(``ENTAILS``: to join or partner something is to support it), with A as the agent
(before the word, or after "by" in the passive) and B on the other side, in the same
clause, neither negated nor only hoped for ("could", "would", "aims to"), in the
releases' own voice (a fact reporting a speaker, "According to …", is their view).
None otherwise: the general yes/no executor then decides.
"""

from __future__ import annotations

import re

from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.executors.membership import QUALIFIERS
from bot.engine.qa.executors.sole import asks_exclusive
from bot.engine.qa.query import AnswerType, Query
from bot.kb.models import LoadedFact
from bot.search.synonyms import synonyms
from bot.search.terms import STOP_WORDS, stem
from bot.textnorm import normalize, phrase_starts

# A relation entailed by others: the key holds whenever one of its values is stated.
# Stems, as ``stem`` gives them. Only entailments that hold in any release.
ENTAILS: dict[str, frozenset[str]] = {
    stem("support"): frozenset(
        stem(w)
        for w in "back endorse sponsor fund partner join cooperate collaborate member "
        "champion promote initiator initiate found founder cofounder commit grant donate".split()
    ),
    # To commit, grant or donate money to B is to fund it ("has committed US$4 million to
    # the programme").
    stem("fund"): frozenset(
        stem(w) for w in "finance grant donate commit sponsor underwrite bankroll".split()
    ),
    stem("partner"): frozenset(stem(w) for w in "cooperate collaborate join ally".split()),
    stem("cooperate"): frozenset(stem(w) for w in "partner collaborate join".split()),
}
# Words that make a statement not a fact of the relation: negation, only a hope, or a
# relation that ended ("stepped down as Chief Executive of B", "its former head").
_NOT_STATED = frozenset(
    "not no never nor without could would might may if whether aims aim plans plan hopes "
    "hope intends stepped resigned retired quit former formerly until".split()
)
# "Are A and B the same?", "is A related to B?", "are they different?"
_SAME_WORDS = frozenset(
    "same identical related affiliated connected linked link different separate".split()
)
# A statement that two things are not one ("is not related to", "no relation to").
_UNRELATED = re.compile(
    r"\b(?:(?:is|are|was|were) not|isn t|aren t|never) (?:related|affiliated|connected|linked|"
    r"the same|part of)\b|\bno (?:relation|connection|link|affiliation)\b|\bunrelated\b|"
    r"\bseparate (?:from|organi[sz]ations?|entit(?:y|ies))\b|\bdistinct from\b"
)
# A clause ends at these (the relation must hold inside one clause).
_CLAUSE_END = re.compile(r"[;:.!?]|,\s+(?:which|while|but|and)\b")
# An aside describing a name, between commas ("X, an intergovernmental body of …, has").
_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+[^,;:]{1,100},")
# The words of a sum ("EUR 6 million", "US$ 15 million" normalised).
_AMOUNT_WORD = re.compile(r"^(?:\d[\d.,]*|million|billion|thousand|eur|usd|gbp|chf)$")
# The work bound: at most this many facts of the first subject are read.
MAX_FACTS_READ = 2_000
# "Funded entirely by A": "by" at most this many words after the relation word.
_BY_REACH = 2
# Nouns for the holder of a relation, which name it on either side of themselves.
_ROLE_NOUNS = frozenset(
    stem(w)
    for w in "partner partners member members initiator initiators founder founders cofounder "
    "cofounders sponsor sponsors funder funders backer backers supporter supporters".split()
)
# "The Digital Export Academy's founding partners": the owner of a role noun starts at
# most this many words before it.
_OWNER_REACH = 5
# At most this many words between the relation word and either name.
RELATION_REACH = 8


class StatedRelationAnswers(ExecutorBase):
    def stated_relation(self, q: Query) -> Result:
        """ "Does A <relation> B?" answered "yes" from a fact stating it, or None."""
        if q.answer_type is not AnswerType.YES_NO or len(q.subjects) < 2 or q.time.bounded:
            return None
        if q.role_asks or q.quote or asks_exclusive(q.words):
            # "Is A the only supporter of B?": a fact stating that A supports B says
            # nothing of others (``sole``).
            return None
        agent, other = q.subjects[0], q.subjects[1]
        if "by" in q.words:
            # "Is B backed by A?": the agent is the one named after "by".
            by = q.words.index("by")
            after_by = [m.entity_id for m in q.found if m.words[0] > by]
            if other in after_by and agent not in after_by:
                agent, other = other, agent
        if set(q.words) & _SAME_WORDS:
            return self._same_or_not(q, agent, other)
        relation = [t for t in q.terms if t not in _STOP_STEMS]
        if not relation:
            return None
        wanted: set[str] = set()
        for t in relation:
            # "Back" is "support" by the thesaurus, and what entails supporting entails it.
            same = {t, *synonyms(t)}
            wanted |= same
            for word in same:
                wanted |= ENTAILS.get(word, frozenset())
        facts = [
            f
            for f in self.index.facts_by_entity.get(agent, [])[:MAX_FACTS_READ]
            if other in f.about and agent in f.about
        ]
        # The releases' own voice, newest first: "According to A, …" reports A's view,
        # in which A is the speaker, not the agent of the relation.
        facts = [f for f in facts if not f.text.lstrip().startswith("According to")]
        facts.sort(key=self.index.newest_first)

        # "Was A a founding member of B?": a fact that A is a member (one of the "new
        # members") says nothing of founding; the qualifier must be stated too.
        qualifiers = {stem(w) for w in q.words if w in QUALIFIERS}
        for fact in facts:
            if qualifiers - {stem(w) for w in normalize(fact.text).split()}:
                continue
            if self._states(fact, agent, other, wanted):
                return answered(
                    self.index,
                    q.question,
                    f"**Yes.**\n{fact.text.strip()}",
                    [fact.source],
                    entities=fact.about,
                )
        return None

    def _same_or_not(self, q: Query, a: str, b: str) -> Result:
        """ "Are A and B the same organisation?", "is A related to B?": "No." from a
        fact about both saying they are unrelated; None without one."""
        facts = [f for f in self.index.facts_by_entity.get(a, [])[:MAX_FACTS_READ] if b in f.about]
        for fact in sorted(facts, key=self.index.newest_first):
            if _UNRELATED.search(normalize(fact.text)):
                return answered(
                    self.index,
                    q.question,
                    f"**No.**\n{fact.text.strip()}",
                    [fact.source],
                    entities=fact.about,
                )
        return None

    def _states(self, fact: LoadedFact, agent: str, other: str, wanted: set[str]) -> bool:
        """Whether a clause of the fact has a wanted word with ``agent`` as its agent and
        ``other`` on the other side, neither negated nor hoped for."""
        for clause in _CLAUSE_END.split(fact.text):
            # "The Agency, an intergovernmental body of …, has granted": the aside is
            # no distance between the agent and its verb.
            clause = _APPOSITIVE.sub(" ", clause)
            # "Has granted EUR 6 million to B": the sum is no distance either.
            words = [w for w in normalize(clause).split() if not _AMOUNT_WORD.match(w)]
            stems = [stem(w) for w in words]
            if any(w in _NOT_STATED for w in words):
                continue
            at_agent = self._positions(words, agent)
            at_other = self._positions(words, other)
            if not at_agent or not at_other:
                continue
            for i, s in enumerate(stems):
                if s not in wanted or (i + 1 < len(stems) and stems[i + 1] in _ROLE_NOUNS):
                    # "Founding partners": the word only qualifies the role noun after it.
                    continue
                # "Supported by A", "funded entirely by A": the agent follows "by".
                passive = "by" in words[i + 1 : i + 1 + _BY_REACH]
                if s in _ROLE_NOUNS:
                    # "A is one of the initiators of B", "B's founding partners are … A":
                    # B owns the role (just before the noun, or after "of" right behind
                    # it), and A, anywhere else in the clause, holds it.
                    owner_after = words[i + 1 : i + 2] in (["of"], ["for"], ["in"], ["to"])
                    other_side = [
                        j
                        for j in at_other
                        if i - _OWNER_REACH <= j < i or (owner_after and i + 1 < j <= i + 4)
                    ]
                    # "A and the members of B" names A beside B's members, not as one.
                    agent_side = [
                        j
                        for j in at_agent
                        if j not in other_side and (j > i or "and" not in words[j:i])
                    ]
                elif passive:
                    agent_side = [j for j in at_agent if i < j <= i + 1 + RELATION_REACH]
                    other_side = [j for j in at_other if i - RELATION_REACH <= j < i]
                else:
                    agent_side = [j for j in at_agent if i - RELATION_REACH <= j < i]
                    other_side = [j for j in at_other if i < j <= i + RELATION_REACH]
                if agent_side and other_side:
                    return True
        return False

    def _positions(self, words: list[str], entity_id: str) -> list[int]:
        """Where a name or alias of the entity starts in ``words`` (normalised)."""
        entity = self.index.entity(entity_id)
        found = []
        for label in (entity.name, *entity.aliases):
            found += phrase_starts(words, normalize(label).split())
        return sorted(set(found))


_STOP_STEMS = frozenset(stem(w) for w in STOP_WORDS)
