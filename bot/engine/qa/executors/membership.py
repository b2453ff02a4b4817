"""Membership yes/no: "is A a member of B?", "was A a founding partner of B?".

A yes or a no only when the releases state it (issue 10's yes/no rule):
- **no**, when a sentence about A denies it ("… is not a member of B",
  ``negation.denies``);
- **yes**, when a sentence lists B's <members> (with every qualifier the question puts
  on the noun: "founding", "original") and names A among them;
- **no**, when a sentence gives B's complete list ("B's founding partners are C, D and
  E": a copula right after the noun, no "include" or "among") without A;
- otherwise None, and the general yes/no executor says the releases don't say, with the
  closest facts.

A list of B's *partners* is never read as its *founding* partners: the qualifier must
be in the sentence (hunt A7; a 2022 list of partners once answered "was X a founding
partner?" with a yes).
"""

from __future__ import annotations

import re

from bot.engine.qa.compose import answered, not_found_cited
from bot.engine.qa.executors.base import CLOSEST_SHOWN, MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.negation import asks_negated, denies
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.retrieve import closest_facts
from bot.kb.models import LoadedFact
from bot.search.index import Index
from bot.search.synonyms import synonyms
from bot.search.terms import index_term
from bot.textnorm import normalize, phrase_starts

# Nouns and verbs of belonging to a group, as stems.
MEMBERSHIP_TERMS = frozenset(
    index_term(w)
    for w in "member members membership partner partners join joined belong belongs "
    "signatory signatories founder founders".split()
)
# Words that narrow the group ("founding partners" are not all partners).
QUALIFIERS = frozenset("founding original first initial".split())
# The sentence gives the whole list: the noun, its qualifier words, then a copula.
_COMPLETE = re.compile(r"\b(?:members|partners|signatories|founders)\s+(?:are|were)\b(?:\s+now)?")
# The sentence gives part of a list.
_PARTIAL = re.compile(r"\b(?:include|includes|included|including|among|such as|other)\b")


class MembershipAnswers(ExecutorBase):
    def membership(self, q: Query) -> Result:
        """ "Is A a member of B?" answered from a denial, a list naming A, or B's complete
        list without A; None when the question is not of this kind or nothing states it."""
        asked = self._membership_words(q)
        if not asked:
            return None
        member, group = q.subjects[0], q.subjects[1]
        qualifiers = [w for w in q.words if w in QUALIFIERS]
        facts = [
            f
            for f in self.index.facts_by_entity.get(group, [])[:MAX_LIST_FACTS]
            if self._in_time(q, f)
        ]
        facts.sort(key=self.index.newest_first)
        name = self._name(member)
        for fact in facts:
            if member in fact.about and denies(fact.text, asked):
                return answered(
                    self.index,
                    q.question,
                    f"**No:** the releases say {name} is not.\n{fact.text.strip()}",
                    [fact.source],
                    entities=fact.about,
                )
        lesser = self._lesser_status(q, member, group, facts)
        if lesser is not None:
            return lesser
        if qualifiers:
            # "Was A a founding partner of B?": who founded B, and who joined it later.
            founding = self._founding_membership(q, member, group, facts)
            if founding is not None:
                return founding
        wanted = {a for t in asked for a in (t, *synonyms(t))}
        for summary in self.index.summary_history(member):
            # "Saltmere Mills, a wool spinning company …; a member of B": its own summary.
            words = normalize(summary.text).split()
            at = self._membership_noun_at(words, wanted, qualifiers)
            if (
                at is not None
                and any(p >= at for p in _starts(self.index, words, group))
                and not denies(summary.text, list(wanted))
                and q.time.admits_date(self.index.source_date(summary.source).isoformat())
            ):
                return answered(
                    self.index,
                    q.question,
                    f"**Yes.**\n{summary.text.strip()}",
                    [summary.source],
                    entities=[member, group],
                )
        lists = [
            (f, after)
            for f in facts
            if (after := self._members_listed_after(f.text, group, wanted, qualifiers)) is not None
        ]
        for fact, after in lists:
            words = normalize(fact.text).split()
            if any(p >= after for p in _starts(self.index, words, member)):
                return answered(
                    self.index,
                    q.question,
                    f"**Yes.**\n{fact.text.strip()}",
                    [fact.source],
                    entities=fact.about,
                )
        for fact in facts:
            words = normalize(fact.text).split()
            # "A is a member of B", "A, one of the founding partners of B".
            after = self._members_listed_after(fact.text, group, wanted, qualifiers, of_only=True)
            member_at = [p + n for p, n in name_spans(self.index, words, member)]
            noun_at = self._membership_noun_at(words, wanted, qualifiers)
            if (
                after is not None
                and noun_at is not None
                and any(
                    0 <= noun_at - 1 - end <= _CLAIM_REACH
                    and set(words[end : noun_at - 1]) <= _CLAIM_LINKS | QUALIFIERS
                    for end in member_at
                )
            ):
                return answered(
                    self.index,
                    q.question,
                    f"**Yes.**\n{fact.text.strip()}",
                    [fact.source],
                    entities=fact.about,
                )
        for fact, _ in lists:
            text = normalize(fact.text)
            if _COMPLETE.search(text) and not _PARTIAL.search(text):
                return answered(
                    self.index,
                    q.question,
                    f"**No:** the release lists them, and {name} is not among them.\n"
                    f"{fact.text.strip()}",
                    [fact.source],
                    entities=fact.about,
                )
        return None

    def _lesser_status(self, q: Query, member: str, group: str, facts: list[LoadedFact]) -> Result:
        """ "Is A a (full) member of B?" where a sentence gives A a lesser place in B ("A
        joins B as an observer", A's summary "an observer of B"): not a full member,
        with that status named; None when no sentence about both gives one."""
        statements = [(f.text, f.source) for f in facts if member in f.about] + [
            (s.text, s.source)
            for s in self.index.summary_history(member)
            if q.time.admits_date(self.index.source_date(s.source).isoformat())
        ]
        for text, source in statements:
            words = normalize(text).split()
            if not _starts(self.index, words, group):
                continue
            match = _LESSER_STATUS.search(normalize(text))
            if match is None:
                continue
            status = match["status"]
            article = "an" if status[0] in "aeiou" else "a"
            name, group_name = self._name(member), self.index.display_name(group)
            lead = "**No:**" if "full" in q.words else f"**Only as {article} {status}:**"
            return answered(
                self.index,
                q.question,
                f"{lead} the releases give {name} {article} {status}'s place in {group_name},"
                f" not a full member's.\n{text.strip()}",
                [source],
                entities=[member, group],
            )
        return None

    def _founding_membership(
        self, q: Query, member: str, group: str, facts: list[LoadedFact]
    ) -> Result:
        """ "Was A a founding partner of B?" from who founded B: **yes** when a sentence
        about B ("B, founded in 2017 by C, D and A", its summary too) names A among the
        founders; **no** when a sentence says A joined B ("A and E joined in 2021": a
        founder never joins), or when B's founders are listed whole (no "including",
        "among") without A. None when nothing says who founded B."""
        name = self._name(member)
        statements = [(f.text, f.source, f.about) for f in facts if f.about[0] == group] + [
            (s.text, s.source, (group,)) for s in self.index.summary_history(group)
        ]
        listed_without: tuple[str, str, tuple[str, ...]] | None = None
        for text, source, about in statements:
            founders = self._founders_listed(text)
            if founders is None:
                continue
            if name_spans(self.index, founders, member):
                return answered(
                    self.index,
                    q.question,
                    f"**Yes:** {name} is among those who founded it.\n{text.strip()}",
                    [source],
                    entities=[member, group, *about],
                )
            if listed_without is None and not _PARTIAL.search(" ".join(founders)):
                listed_without = (text, source, about)
        for fact in facts:
            if member not in fact.about:
                continue
            for clause in _CLAUSE.split(fact.text):
                words = normalize(clause).split()
                joined = [i for i, w in enumerate(words) if w in _JOIN_VERBS]
                if joined and any(p < joined[0] for p in _starts(self.index, words, member)):
                    return answered(
                        self.index,
                        q.question,
                        f"**No:** {name} joined later; it was not among the founders.\n"
                        f"{fact.text.strip()}",
                        [fact.source],
                        entities=fact.about,
                    )
        if listed_without is not None:
            text, source, about = listed_without
            return answered(
                self.index,
                q.question,
                f"**No:** the release names who founded it, and {name} is not among them.\n"
                f"{text.strip()}",
                [source],
                entities=[member, group, *about],
            )
        return None

    @staticmethod
    def _founders_listed(text: str) -> list[str] | None:
        """The normalised words of the list after "founded … by" in ``text``, up to the
        clause's end ("… by A, B and C to study …": A, B and C); None when it has none."""
        match = _FOUNDED_BY.search(text)
        if match is None:
            return None
        # A colon opens the list ("founded by four partners: A, B, C and D").
        rest = _SENTENCE_END.split(text[match.end() :], maxsplit=1)[0]
        words = normalize(rest).split()
        end = next((i for i, w in enumerate(words) if w in _LIST_ENDS), len(words))
        return words[:end] or None

    def membership_unstated(self, q: Query) -> Result:
        """A membership question no sentence settles: the releases don't say, with the
        closest facts about both (never a description of one of them as the answer)."""
        if not self._membership_words(q):
            return None
        member, group = q.subjects[0], q.subjects[1]
        closest = closest_facts(self.retriever, [member, group], list(q.terms), CLOSEST_SHOWN)
        lines = [f"• {f.text.strip()}" for f in closest]
        text = (
            f"**The releases don't say** whether {self.index.entity(member).name} is one of "
            f"{self.index.entity(group).name}'s {' '.join(w for w in q.words if w in QUALIFIERS)} "
            "members or partners."
        ).replace("  ", " ")
        if lines:
            text += "\nWhat they say that comes closest:\n" + "\n".join(lines)
        return not_found_cited(
            self.index,
            q.question,
            text,
            [f.source for f in closest],
            entities=(member, group),
        )

    def _membership_words(self, q: Query) -> list[str]:
        """The membership words of a yes/no question about two subjects, A then B
        ("is A a member of B?"); empty for any other question."""
        if q.answer_type is not AnswerType.YES_NO or len(q.subjects) < 2 or q.role_asks:
            return []
        if asks_negated(q.words):
            return []
        return [t for t in q.terms if t in MEMBERSHIP_TERMS]

    def _membership_noun_at(
        self, words: list[str], wanted: set[str], qualifiers: list[str]
    ) -> int | None:
        """The position just after the first membership noun preceded by every
        qualifier asked ("founding partners"), or None."""
        for i, w in enumerate(words):
            if index_term(w) not in wanted:
                continue
            if all(q in words[max(0, i - _QUALIFIER_REACH) : i] for q in qualifiers):
                return i + 1
        return None

    def _members_listed_after(
        self,
        text: str,
        group: str,
        wanted: set[str],
        qualifiers: list[str],
        *,
        of_only: bool = False,
    ) -> int | None:
        """Where the list of ``group``'s members starts in ``text`` (normalised words):
        after "B's <qualifiers> <noun>" or "<qualifiers> <noun> of (the) B". None when the
        text lists no members of B, with every qualifier asked, or denies them."""
        words = normalize(text).split()
        if denies(text, list(wanted)):
            return None
        ends = {p + len_ for p, len_ in name_spans(self.index, words, group)}
        starts = {p for p, _ in name_spans(self.index, words, group)}
        for i, w in enumerate(words):
            if index_term(w) not in wanted:
                continue
            before = words[max(0, i - _QUALIFIER_REACH) : i]
            if not all(q in before for q in qualifiers):
                continue
            j = i
            while j > 0 and words[j - 1] in QUALIFIERS | _NOUN_MODIFIERS:
                j -= 1
            if j in ends and not of_only:
                return i + 1
            k = i + 1
            if words[k : k + 1] == ["of"]:
                k += 1 + (words[k + 1 : k + 2] == ["the"])
                if k in starts:
                    return next(p + n for p, n in name_spans(self.index, words, group) if p == k)
        return None


# A place in a group short of full membership ("joins B as an observer", "an observer
# of B", "as an associate member"), in normalised words.
_LESSER_STATUS = re.compile(
    r"\b(?:as|an?)\s+(?:an?\s+)?(?P<status>observer|associate member|associate partner)\b"
)
# "Founded on March 14, 2017 by A, B and C": the founders follow "by" in the clause.
_FOUNDED_BY = re.compile(
    r"\b(?:founded|co-founded|established|set up|formed|created)\b[^.;:]{0,60}?\bby\b",
    re.IGNORECASE,
)
# Words that end the list of founders ("… by A and B to study shore power").
_LIST_ENDS = frozenset("to that which who whose for with in as".split())
# Joiners are read within one clause ("grown to seven: A and B joined in 2021"), a
# list of founders within its sentence.
_CLAUSE = re.compile(r"[.;:]")
_SENTENCE_END = re.compile(r"[.;]")
# "A and B joined in 2021": a member that joined was no founder.
_JOIN_VERBS = frozenset("joined joins".split())
# "A is a member of B": at most this many words from A's name to the noun.
_CLAIM_REACH = 6
# The words that may link A's name to the noun in "A is (now) one of the members of B".
_CLAIM_LINKS = frozenset(
    "is was are were has been became becomes remains remained now also a an one of the its as".split()
)
# Qualifier words stand at most this many words before the noun ("founding member").
_QUALIFIER_REACH = 3
# Words between an owner's name and its membership noun ("the Academy's current partners").
_NOUN_MODIFIERS = frozenset("current new own other corporate".split())


def name_spans(index: Index, words: list[str], entity_id: str) -> list[tuple[int, int]]:
    """(start, length) of each name or alias of the entity in ``words`` (normalised),
    a leading "the" of a label not required."""
    entity = index.entity(entity_id)
    found: set[tuple[int, int]] = set()
    for label in (entity.name, *entity.aliases):
        name = normalize(label).split()
        if name and name[0] == "the" and len(name) > 1:
            name = name[1:]
        found.update((i, len(name)) for i in phrase_starts(words, name))
    return sorted(found)


def _starts(index: Index, words: list[str], entity_id: str) -> list[int]:
    return [p for p, _ in name_spans(index, words, entity_id)]
