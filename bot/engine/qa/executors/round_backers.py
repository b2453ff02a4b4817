"""Who backed a funding round, from the sentence announcing it: "who led X's Series A?",
"which organisations invested in X?", "did Y take part in X's funding round?".

Releases name a round's investors in one pattern: "raised $14 million in a Series A
round led by A, with participation from B and C" ("co-led by A and B", "joined by B",
"alongside B"). The lead investors are the parties named after "led by" and before the
participation words; the participants are those named after them, to the clause's end.
The parties are the entities the fact links (``about``) whose name or alias the text
holds in that stretch, so a name the release did not link is not guessed.

Asked "who led", the lead; asked who invested, funded or backed, every backer (the lead
first); asked "did Y take part / invest / join", yes when Y is one of them. None when no
fact of the question's subjects states a round so, or the question asks something else:
the other executors then answer (a person who "led" an organisation is ``roles.py``'s).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.query import AnswerType, Query
from bot.kb.models import LoadedFact
from bot.textnorm import normalize

# Words that make a sentence one about money raised in a round (normalised text).
_FUNDING = re.compile(
    r"\b(?:round|series [a-z]|seed|funding|financing|raised|raises|raise|investment)\b"
)
# "led by A", "co-led by A and B", read in the raw text.
_LED_BY = re.compile(r"\b(?:co-)?led by\b", re.IGNORECASE)
# Kinds that are never a round's backers (the round itself, its place, its subject).
_NOT_BACKERS = frozenset("event place topic document".split())
# The words after which the other backers are named.
_JOINED = re.compile(
    r"\b(?:with (?:the )?participation (?:from|of|by)|with participation|joined by|alongside|"
    r"together with|and participation from)\b"
)
# A clause of the funding sentence ends here (normalised text keeps no punctuation, so the
# raw text's own marks are read).
_CLAUSE_END = re.compile(r"[;.!?](?:\s|$)|\s[-–—]\s")
# Question words for each ask. Leading: "who led", "which firm was the lead investor".
# Only verbs of leading a round: "head" and "leads" ask for a person ("who is the head of
# funding at X?", "who leads X now that the round closed?"), which role questions answer.
_LEAD_WORDS = frozenset("led lead co-led".split())
# Backing, asked as a list or a yes/no ("invested in", "backers", "took part in").
_BACK_WORDS = frozenset(
    "invest invests invested investing investor investors back backs backed backer backers "
    "fund funds funded funder funders financed financier financiers participate participated "
    "participating participant participants part join joined".split()
)
# Words naming a round in the question ("X's Series A", "the funding round"); without one
# (or a subject that is an event), "who leads X?" asks of X's leaders and "did Y join X?"
# of membership.
_ROUND_WORDS = frozenset(
    "round rounds series seed funding financing investment investments investor investors".split()
)
# Backing words that ask of money with no round named ("which firms invested in X?").
_MONEY_WORDS = frozenset(
    "invest invests invested investing investor investors fund funds funded funder funders "
    "financed financier financiers backer backers".split()
)
# Only a wh- or list question asks for the backers ("which", "who", "list them").
_ASKING = frozenset("who whom which what list name".split())
# At most this many facts of the subjects are read (a large base's company has many).
MAX_FACTS_READ = 500


class RoundBackers(NamedTuple):
    """The backers one fact names for a round: entity ids in the order named."""

    fact: LoadedFact
    lead: tuple[str, ...]
    others: tuple[str, ...]

    @property
    def everyone(self) -> tuple[str, ...]:
        return self.lead + self.others


class RoundBackerAnswers(ExecutorBase):
    def round_backers(self, q: Query) -> Result:
        """The lead investors, every backer, or yes for one of them, as above; None when
        no fact of the subjects names a round's backers, or the question asks otherwise."""
        words = set(q.words)
        leading = bool(words & _LEAD_WORDS)
        backing = bool(words & _BACK_WORDS)
        if not q.subjects or not (leading or backing) or q.quote or q.time.bounded:
            return None
        if "now" in words:
            return None  # "who is the lead of X now?": a title's holder
        round_named = bool(words & _ROUND_WORDS) or any(
            self.index.entity(s).kind.value == "event" for s in q.subjects
        )
        if not round_named and not words & _MONEY_WORDS:
            return None
        yes_no = q.answer_type is AnswerType.YES_NO
        if not yes_no and not words & _ASKING:
            return None
        rounds = self._rounds(q.subjects)
        if not rounds:
            return None
        if yes_no:
            return self._took_part(q, rounds, leading)
        found = rounds[0]
        if leading and not backing:
            return self._say(q, found, found.lead, "led")
        return self._say(q, found, found.everyone, "backed")

    def _rounds(self, subjects: tuple[str, ...]) -> list[RoundBackers]:
        """The facts of ``subjects`` naming a round's backers, newest first, those linking
        every subject first ("X's Series A": the round of X)."""
        seen: set[str] = set()
        found: list[RoundBackers] = []
        for subject in subjects:
            for fact in self.index.facts_by_entity.get(subject, [])[:MAX_FACTS_READ]:
                if fact.id in seen:
                    continue
                seen.add(fact.id)
                backers = self._backers(fact, subjects)
                if backers is not None:
                    found.append(backers)
        found.sort(key=lambda b: self.index.newest_first(b.fact))
        found.sort(key=lambda b: -sum(s in b.fact.about for s in subjects))
        return found

    def _backers(self, fact: LoadedFact, subjects: tuple[str, ...]) -> RoundBackers | None:
        text = fact.text
        led = _LED_BY.search(text)
        if led is None or not _FUNDING.search(normalize(text[: led.start()])):
            return None
        rest = text[led.end() :]
        end = _CLAUSE_END.search(rest)
        rest = rest[: end.start()] if end else rest
        joined = _JOINED.search(normalize(rest))
        # The stretch naming the lead, and the one naming the others, in normalised text.
        norm = normalize(rest)
        lead_part, others_part = (
            (norm[: joined.start()], norm[joined.end() :]) if joined else (norm, "")
        )
        lead = self._round_parties_in(lead_part, fact, subjects)
        if not lead:
            return None
        # Whose round it is: a subject that is the round itself, or the first party the
        # sentence names ("X raised …", "X's Series A, led by …"); "the cold chain of the
        # Y programme" later in the sentence does not make it Y's round.
        before = self._round_parties_in(normalize(text[: led.start()]), fact, subjects, rounds=True)
        if not any(
            s in fact.about and self.index.entity(s).kind.value == "event" for s in subjects
        ) and not (before and before[0] in subjects):
            return None
        others = tuple(
            e for e in self._round_parties_in(others_part, fact, subjects) if e not in lead
        )
        return RoundBackers(fact, lead, others)

    def _round_parties_in(
        self, part: str, fact: LoadedFact, subjects: tuple[str, ...], rounds: bool = False
    ) -> tuple[str, ...]:
        """The entities ``fact`` links that ``part`` (normalised) names, in its order;
        the round itself, a place or a topic never back it (``rounds``: any kind)."""
        if not part:
            return ()
        padded = f" {part} "
        at: list[tuple[int, str]] = []
        for entity_id in fact.about:
            entity = self.index.entity(entity_id)
            if entity.kind.value in _NOT_BACKERS and not rounds:
                continue
            places = [
                padded.find(f" {name} ")
                for name in {normalize(entity.name), *(normalize(a) for a in entity.aliases)}
                if name
            ]
            places = [p for p in places if p >= 0]
            if places:
                at.append((min(places), entity_id))
        return tuple(entity_id for _, entity_id in sorted(at))

    def _say(self, q: Query, found: RoundBackers, parties: tuple[str, ...], verb: str) -> Result:
        names = [self._name(e) for e in parties]
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        lines = [f"**{listed}** ({verb}, as the release states):", found.fact.text]
        if verb == "backed" and found.others:
            lead = ", ".join(self._name(e) for e in found.lead)
            lines.insert(1, f"Led by {lead}.")
        return answered(
            self.index, q.question, "\n".join(lines), [found.fact.source], entities=list(parties)
        )

    def _took_part(self, q: Query, rounds: list[RoundBackers], leading: bool) -> Result:
        """ "Did Y take part in X's Series A?": yes when a round names Y among its backers;
        "did Y lead it?" no when Y is named only as taking part. None when Y is not named
        (the yes/no executor then reads the facts: a round not naming Y does not say Y
        stayed out)."""
        for found in rounds:
            named = [s for s in q.subjects if s in found.everyone]
            if not named:
                continue
            who = self._name(named[0])
            if named[0] in found.lead:
                reply = f"**Yes**: {who} led it"
            elif leading:
                lead = ", ".join(self._name(e) for e in found.lead)
                reply = f"**No**: {lead} led it; {who} took part"
            else:
                reply = f"**Yes**: {who} took part"
            return answered(
                self.index,
                q.question,
                f"{reply}, as the release states:\n{found.fact.text}",
                [found.fact.source],
                entities=[named[0], *found.fact.about],
            )
        return None
