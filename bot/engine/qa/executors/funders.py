"""Who funds something, from the sentences giving it money: "who funds X?", "which
organisations fund X?", "who are X's funders?".

Releases seldom list funders; they report each sum: "A commits EUR 4 million to X", "B
adds a further EUR 2 million to X", "X is funded by A and B". A funder is an
organisation or person the sentence links (``about``) and names as the giver: before a
money verb, in the clause whose sum goes "to X", or after "funded by" / "financed by".
Every funder found is listed, the one with the newest sum first, each with that
sentence, cited. None when no sentence about X gives it money so (the other executors
then answer): a total ("Total funding committed to X is …") names no giver.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import NamedTuple

from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.figures import figures_in, is_money
from bot.engine.qa.query import AnswerType, Query
from bot.kb.models import EntityKind, LoadedFact
from bot.search.index import Index
from bot.textnorm import normalize
from bot.vocab import money_given

# The question's words asking for funders ("who funds X?", "X's funders", "who pays for").
_FUNDER_WORDS = frozenset("fund funds funded funder funders financer financers finances".split())
_ASKING = frozenset("who whom which list name".split())
# Verbs of giving money, as the giver does it (normalised words): the shared vocabulary
# (``bot/vocab/money_given.yaml``), and "adds" or "renews" a sum given before.
_GIVING = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            map(
                re.escape,
                money_given().verbs | {"add", "adds", "added", "renew", "renews", "renewed"},
            )
        )
    )
    + r")\b"
)
# "X is funded by A and B", "financed entirely by A": the givers follow.
_FUNDED_BY = re.compile(r"\b(?:funded|financed|paid for|supported financially)\s+(?:\w+\s+)?by\b")
# A sentence stating no gift of its own ("Total funding committed to X is …").
_TOTAL = re.compile(r"\btotal\b")
# Kinds that give money.
_GIVERS = (EntityKind.ORGANIZATION, EntityKind.PERSON)
# At most this many facts of the subject are read (a large base's programme has many).
MAX_FACTS_READ = 1_000


class Funding(NamedTuple):
    """One funder and the newest sentence stating its money for the subject."""

    funder: str
    fact: LoadedFact


class FunderAnswers(ExecutorBase):
    def funders(self, q: Query) -> Result:
        """Every funder of the one subject, as above; None when the question asks no
        funders or no sentence names one."""
        words = set(q.words)
        if len(q.subjects) != 1 or not words & _FUNDER_WORDS or not words & _ASKING:
            return None
        if q.answer_type is AnswerType.YES_NO or q.quote or q.time.bounded or q.role_asks:
            return None
        subject = q.subjects[0]
        found: dict[str, LoadedFact] = {}
        facts = sorted(
            self.index.facts_by_entity.get(subject, [])[:MAX_FACTS_READ],
            key=self.index.newest_first,
        )
        for fact in facts:
            for funder in self._givers(fact, subject):
                found.setdefault(funder, fact)
        if not found:
            return None
        names = [self._name(f) for f in found]
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        lines = [f"**{listed}**, as the releases state:"]
        shown: list[str] = []
        for fact in found.values():
            if fact.id not in shown:
                shown.append(fact.id)
                lines.append(f"• {fact.text.strip()}")
        sources = [self.index.fact_by_id[f].source for f in shown]
        return answered(self.index, q.question, "\n".join(lines), sources, entities=list(found))

    def _givers(self, fact: LoadedFact, subject: str) -> list[str]:
        """The entities ``fact`` names as giving money to ``subject``, in its order."""
        return givers(self.index, fact, subject)


def givers(index: Index, fact: LoadedFact, subject: str) -> list[str]:
    """The entities ``fact`` names as giving money to ``subject`` ("A commits EUR 4
    million to X", "X is funded by A and B"), in its order; none for a total."""
    text = normalize(fact.text)
    if _TOTAL.search(text):
        return []
    padded = f" {text} "
    by = _FUNDED_BY.search(text)
    if by is not None:
        # "X is … and funded by A and B": what is funded is the sentence's subject,
        # the first party it names, not a party named between ("launched by H").
        if _first_party_in(index, padded[: by.start() + 1], fact) != subject:
            return []
        return _named(index, padded[by.end() + 1 :], fact, subject)
    giving = _GIVING.search(text)
    if giving is None or not any(is_money(f) for f in figures_in(fact.text)):
        return []
    # The sum goes to the subject: it is named after the verb.
    after = padded[giving.end() + 1 :]
    if not _named(index, after, fact, subject, only=subject):
        return []
    return _named(index, padded[: giving.start() + 1], fact, subject)[-1:]


# "X's US$8 million grant", "X's grant of £400,000": a gift noun a few words after a
# party's possessive is that party's gift.
_POSSESSED_GIFT_REACH = 4
_GIFT_NOUN = re.compile(
    rf"^(?:\S+\s+){{0,{_POSSESSED_GIFT_REACH}}}?(?:"
    + "|".join(sorted(money_given().nouns, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def gives_own_gift(index: Index, fact: LoadedFact, giver: str) -> bool:
    """Whether ``fact`` states a sum as ``giver``'s own gift: a verb of giving after it
    (``gift_givers``) or its possessive before a gift noun ("the Lenta Fund's US$8
    million grant")."""
    if not any(is_money(f) for f in figures_in(fact.text)):
        return False
    if giver in gift_givers(index, fact):
        return True
    entity = index.entity(giver)
    text = fact.text.replace("\u2019", "'").casefold()
    for name in (entity.name, *entity.aliases):
        at = text.find(f"{name.casefold()}'s ")
        if at >= 0 and _GIFT_NOUN.match(text[at + len(name) + 3 :]):
            return True
    return False


# "A will fund B with …": the thing funded stands between the verb and "with".
_FUND_OBJECT = re.compile(r"\bfund(?:s|ed|ing)?\s+(?P<object>.+?)\s+with\b")


def funded_thing(index: Index, fact: LoadedFact) -> str | None:
    """The entity ``fact`` links that "fund <thing> with <sum>" funds: the one whose
    name (or alias) is the longest written there ("the Reading Roads illustration
    prize", not Reading Roads); None when the sentence has no such clause or names no
    linked entity in it."""
    match = _FUND_OBJECT.search(normalize(fact.text))
    if match is None:
        return None
    part = f" {match['object']} "
    best: tuple[int, str] | None = None
    for entity_id in fact.about:
        entity = index.entity(entity_id)
        for name in (entity.name, *entity.aliases):
            form = normalize(name)
            if form and f" {form} " in part and (best is None or len(form) > best[0]):
                best = (len(form), entity_id)
    return best[1] if best else None


def gift_givers(index: Index, fact: LoadedFact) -> list[str]:
    """The parties ``fact`` names before its verb of giving ("A and B have invested …":
    A and B), in order; none when it has no such verb."""
    text = normalize(fact.text)
    giving = _GIVING.search(text)
    if giving is None:
        return []
    return _named(index, f" {text[: giving.start()]} ", fact, subject="")


def shared_gift(index: Index, fact: LoadedFact, giver: str, asked: Collection[str] = ()) -> bool:
    """Whether ``fact`` gives its sum jointly with a party not ``asked``: the clause
    before its verb of giving names ``giver`` and another party ``fact`` links ("A and
    B have invested EUR 6 million in X"), so the sum is not ``giver``'s own; it is A's
    and B's when both are ``asked`` ("how much have A and B invested?")."""
    named = gift_givers(index, fact)
    return giver in named and bool(set(named) - {giver, *asked})


def _first_party_in(index: Index, part: str, fact: LoadedFact) -> str | None:
    """The entity ``fact`` links that ``part`` names first; None when it names none."""
    at: list[tuple[int, str]] = []
    for entity_id in fact.about:
        entity = index.entity(entity_id)
        names = {normalize(entity.name), *(normalize(a) for a in entity.aliases)}
        places = [p for n in names if n and (p := f" {part} ".find(f" {n} ")) >= 0]
        if places:
            at.append((min(places), entity_id))
    return min(at)[1] if at else None


def _named(
    index: Index, part: str, fact: LoadedFact, subject: str, only: str | None = None
) -> list[str]:
    """The givers (or just ``only``) ``fact`` links that ``part`` names, in order."""
    at: list[tuple[int, str]] = []
    for entity_id in fact.about if only is None else (only,):
        entity = index.entity(entity_id)
        if only is None and (entity_id == subject or entity.kind not in _GIVERS):
            continue
        names = {normalize(entity.name), *(normalize(a) for a in entity.aliases)}
        places = [p for n in names if n and (p := f" {part} ".find(f" {n} ")) >= 0]
        if places:
            at.append((min(places), entity_id))
    return [entity_id for _, entity_id in sorted(at)]
