"""Who a group's members are: "who are the members of the SCRRC?", "list the consortium's
members", "which organisations belong to X?".

A "who" asked of a group is answered by the parties the releases name in it, never by a
sentence about what "the members" did ("SCRRC members have completed 31 repairs" names
none). The parties are the organisations and people a sentence both links (``about``)
and names in its words, when the sentence is about the group and says how it is made
up: its members or partners ("the alliance's seven founding members are …", "… joined
in 2025"), its formation ("announced the formation of X together with …") or what it
is a group of (its summary: "Consortium of A, B, C and D that …"). Every party named so
is listed, in the order first named, then the sentences, newest first, each cited.

Only organisations are listed ("the members elected Mayor X as Chair" names a chair).
None when the question asks anything beyond the group's members (a time, a count, a
yes/no, another word), or no sentence names two parties so: the other executors answer.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.figures import summary_statement
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.vocabulary import KIND_NOUNS
from bot.kb.models import EntityKind, LoadedFact
from bot.search.terms import stem
from bot.textnorm import normalize

# Words asking for the members ("who are the members of X", "who belongs to X").
_MEMBER_WORDS = frozenset(
    "member members membership belong belongs belonged partner partners".split()
)
_MEMBER_STEMS = frozenset(stem(w) for w in _MEMBER_WORDS)
_PARTNER_WORDS = frozenset(("partner", "partners"))
# Words of such a question that ask nothing more ("which organisations are the members").
_ASKING = frozenset(
    stem(w) for w in (*_MEMBER_WORDS, *KIND_NOUNS, "list", "name", "current", "currently", "now")
)
_OPENERS = frozenset("who which what list name".split())
# How a sentence says who makes the group up (normalised text), and on which side of
# the cue the parties are named: after a list's noun ("the seven founding members are
# A, B …", "new members include A"), after "by" of a founding ("founded on March 14,
# 2017 by A, B …"), after "<group noun> of" ("Consortium of A, B …"), anywhere beside
# "the formation of" ("A and B announced the formation of X together with C"), before
# "joined" ("A and B joined in 2025").
_AFTER_CUES = re.compile(
    r"\b(?:members|partners|signatories)\b(?: \w+){0,3}? (?:are|were|include|includes|"
    r"included|including)\b|\b(?:founded|formed|set up|established|created)\b(?: \w+){0,6}? by\b|"
    # "the programme run by A and B": who runs it together.
    r"\b(?:run|operated|co-run|jointly run) by\b|"
    r"^ ?(?:a |an |the )?(?:\w+ ){0,3}(?:consortium|alliance|coalition|network|association|"
    r"federation|union|group) of\b"
)
_ANYWHERE_CUES = re.compile(r"\bformation of\b")
_RUN_BY = re.compile(r"(?:run|operated|co-run|jointly run) by\b")
# The words that join the parties of a list ("A with B, the C and the D").
_LIST_JOINERS = frozenset("and with the its their together".split())
_BEFORE_CUES = re.compile(r"\b(?:joined|join|joins)\b")
_GROUP_KINDS = frozenset({EntityKind.ORGANIZATION, EntityKind.INITIATIVE})
# At most this many sentences are shown under the list.
MAX_MEMBER_SENTENCES = 4


class MemberAnswers(ExecutorBase):
    def members_of(self, q: Query) -> Result:
        """The parties the releases name as the group's members, with the sentences
        naming them, cited; None when the question is no such ask or none are named."""
        words = set(q.words)
        if not q.words or q.words[0] not in _OPENERS or not words & _MEMBER_WORDS:
            return None
        if q.answer_type in (AnswerType.YES_NO, AnswerType.NUMBER) or q.quote or q.meta:
            return None
        if q.time.bounded or q.role_asks or len(q.subjects) != 1:
            return None
        group = q.subjects[0]
        if self.index.entity(group).kind not in _GROUP_KINDS:
            return None
        named = {t for m in q.mention_terms.values() for t in m}
        if set(q.terms) - named - _ASKING:
            return None  # "what did the members agree?" asks something else
        statements = self._made_up(group)
        # Asked for partners only, a sentence saying who runs it names them ("run by A
        # and B"); its partner lists, over time, are the lists' (``ListAnswers``).
        run_by_only = not words & (_MEMBER_WORDS - _PARTNER_WORDS)
        parties: dict[str, None] = {}
        shown: list[LoadedFact] = []
        for fact in statements:
            found = self._parties_named(fact, group, run_by_only=run_by_only)
            if found:
                parties.update(dict.fromkeys(found))
                shown.append(fact)
        if len(parties) < 2:
            return None
        shown.sort(key=lambda f: self.fact_date(f), reverse=True)
        shown = shown[:MAX_MEMBER_SENTENCES]
        names = ", ".join(self.index.display_name(e) for e in parties)
        # Asked for its partners, they are called so.
        called = "partners" if words & _PARTNER_WORDS else "members"
        lines = [f"**Named as {called} in the releases:** {names}"]
        lines += [f"• {f.text.strip()}{placeholder(f.source)}" for f in shown]
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [f.source for f in shown],
            entities=[group, *parties],
        )

    def _made_up(self, group: str) -> list[LoadedFact]:
        """The group's sentences (its facts, then its summaries as dated statements)
        that say how it is made up."""
        facts = self.index.facts_by_entity.get(group, [])[:MAX_LIST_FACTS]
        summaries = map(summary_statement, self.index.summary_history(group))
        return [f for f in (*facts, *summaries) if _cues(normalize(f.text)) is not None]

    def _parties_named(
        self, fact: LoadedFact, group: str, *, run_by_only: bool = False
    ) -> list[str]:
        """The organisations and people ``fact`` links and names in its words, other
        than the group, in the order the sentence names them; with ``run_by_only``, only
        those a "run by" clause names."""
        padded = f" {normalize(fact.text)} "
        cues = _cues(padded)
        if run_by_only and (cues is None or not cues.run_by):
            return []
        if (
            cues is not None
            and cues.after_end is not None
            and self._named_at_or_after(padded, group, cues.after_end)
        ):
            # "the Academy's partners are the Alliance, UNIDO, …" lists the Academy's
            # partners with the group among them: no list of the group's own members
            cues = cues._replace(after=None, after_end=None)
            cues = None if cues.before is None and not cues.anywhere else cues
        if cues is None:
            return []
        candidates = fact.about if fact.about[1:] else self._linked_with(group)
        found: list[tuple[int, int, str]] = []
        for entity_id in candidates:
            if entity_id == group or entity_id not in self.index.kb.entities:
                continue
            entity = self.index.entity(entity_id)
            if entity.kind is not EntityKind.ORGANIZATION:
                continue  # "the members elected X as Chair" names a chair, not a member
            spans = [
                (i, i + len(label) + 1)
                for label in (normalize(n) for n in (entity.name, *entity.aliases))
                if label and (i := padded.find(f" {label} ")) >= 0
            ]
            if spans:
                # The first name written, whole ("Brightfield Vision Trust", not its
                # alias "Brightfield" read at the same place).
                at, end = min(spans, key=lambda span: (span[0], -span[1]))
                if cues.names_member(at):
                    found.append((at, end, entity_id))
        found.sort()
        if cues.run_by and cues.after_end is not None:
            found = _run_by_list(padded, cues.after_end, found)
        return [e for _, _, e in found]

    def _named_at_or_after(self, padded: str, entity_id: str, at: int) -> bool:
        """Whether ``padded`` (normalised text with a space either side) names the entity
        by its name or an alias at character offset ``at`` or later."""
        entity = self.index.entity(entity_id)
        return any(
            padded.find(f" {normalize(label)} ", max(at - 1, 0)) >= 0
            for label in (entity.name, *entity.aliases)
            if normalize(label)
        )

    def _linked_with(self, group: str) -> list[str]:
        """The entities the group's facts link it with: the parties a summary may name
        (a summary links nothing itself), read without scanning every entity."""
        linked: dict[str, None] = {}
        for fact in self.index.facts_by_entity.get(group, [])[:MAX_LIST_FACTS]:
            linked.update(dict.fromkeys(fact.about))
        return list(linked)


class _Cues(NamedTuple):
    """Where a sentence's cues are (character offsets in its normalised text): parties
    named after ``after`` (the list itself follows ``after_end``, where that cue ends),
    anywhere when ``anywhere``, or before ``before``."""

    after: int | None
    anywhere: bool
    before: int | None
    after_end: int | None = None
    # The cue is "run by": its list is the parties named one after another after it.
    run_by: bool = False

    def names_member(self, at: int) -> bool:
        """Whether a party named at offset ``at`` is named as a member."""
        return (
            self.anywhere
            or (self.after is not None and at > self.after)
            or (self.before is not None and at < self.before)
        )


def _run_by_list(
    padded: str, start: int, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Of the parties ``found`` (offset, end, id; in order) after a "run by" cue ending
    at ``start``, those its list names: each joined to the one before by list words
    only ("run by A with B, the C and the D"); the list ends at any other word ("…, opened
    with a grant from E", "and funded by E")."""
    kept: list[tuple[int, int, str]] = []
    at = start
    for party in found:
        if party[0] < at:
            continue
        if not set(padded[at : party[0]].split()) <= _LIST_JOINERS:
            break
        kept.append(party)
        at = party[1]
    return kept


def _cues(text: str) -> _Cues | None:
    """The cues of ``text`` (normalised), or None when it says nothing of who makes a
    group up."""
    after = _AFTER_CUES.search(text)
    before = _BEFORE_CUES.search(text)
    anywhere = _ANYWHERE_CUES.search(text) is not None
    if after is None and before is None and not anywhere:
        return None
    run_by = after is not None and _RUN_BY.match(after.group()) is not None
    return _Cues(
        after.start() if after is not None else None,
        anywhere,
        before.start() if before is not None else None,
        after.end() if after is not None else None,
        run_by,
    )
