"""Who a group's members or partners are: "who are the members of the SCRRC?", "list the
consortium's members", "which organisations belong to X?", "who are X's partners?", "who
were the founding partners of X?".

A "who" asked of a group is answered by the parties the releases name in it, never by a
sentence about what "the members" did ("SCRRC members have completed 31 repairs" names
none). The parties are the organisations and people a sentence both links (``about``)
and names in its words, when the sentence is about the group and says how it is made
up: its members or partners ("the alliance's seven founding members are …", "… joined
in 2025"), its formation ("announced the formation of X together with …") or what it
is a group of (its summary: "Consortium of A, B, C and D that …"), who runs it ("run by
A with B, C and D") or who launched it ("A, B and C launched X"). Every party named so
is listed, in the order first named, then the sentences, newest first, each cited. The
founding partners (or members) are only those the sentences saying who launched or
founded it name: a partner that joined later is not one of them.

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
from bot.engine.qa.executors.funders import givers
from bot.engine.qa.figures import summary_statement
from bot.engine.qa.premises import premise_asked
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.vocabulary import KIND_NOUNS
from bot.kb.models import EntityKind, LoadedFact
from bot.search.terms import stem
from bot.textnorm import normalize
from bot.vocab import money_given, premise_corrections

# Words asking for the members ("who are the members of X", "who belongs to X").
_MEMBER_WORDS = frozenset(
    "member members membership belong belongs belonged partner partners".split()
)
# Words asking for the founding group only ("the founding partners", "the original members").
_FOUNDING_WORDS = frozenset("founding founder founders original initial".split())
# Words of such a question that ask nothing more ("which organisations are the members").
_ASKING = frozenset(
    stem(w)
    for w in (
        *_MEMBER_WORDS,
        *_FOUNDING_WORDS,
        *KIND_NOUNS,
        "list",
        "name",
        "current",
        "currently",
        "now",
    )
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
    r"^ ?(?:a |an |the )?(?:\w+ ){0,3}(?:consortium|alliance|coalition|network|association|"
    r"federation|union|group) of\b|\brun by\b"
)
_ANYWHERE_CUES = re.compile(r"\bformation of\b")
_BEFORE_CUES = re.compile(r"\b(?:joined|join|joins)\b")
# Asked for partners: "A is a partner of X", "A, a partner of X since 2019, …", "A and B
# remain X's technology partners" name A (and B) before the cue too.
_PARTNER_CUES = re.compile(
    r"\b(?:joined|join|joins)\b|\b(?:a|an) (?:\w+ ){0,2}?partner of\b|"
    r"\b(?:is|are|was|were|remain|remains|remained|became|become|becomes) (?:\w+ ){0,4}?"
    r"partners?\b"
)
# The kind of ``premise_corrections.yaml`` whose phrases say a party left a group.
_WITHDRAWAL = "withdrawal"
# "A, B and C launched X": the parties before the verb started the group named after it.
_LAUNCH_CUES = re.compile(r"\b(?:launched|founded|set up|established|created|formed)\b")
# A sentence saying who started the group: its launch ("A and B launched X", "founded …
# by A"), its formation, or its "founding partners" by name.
_FOUNDING_CUES = re.compile(
    r"\b(?:launched|founded|set up|established|created|formed|formation)\b|"
    r"\bfounding (?:partners|members)\b(?: \w+){0,2}? (?:are|were|include|included)\b"
)
# How many words may come between a launch verb and the group's name ("launched the
# Lochan Canal Trust"): "set up the Brenmoor Lab to run SmokeLine's research" launched
# something else.
MAX_LAUNCH_GAP = 2
# Another role's list after the parties' ("run by A with B, and funded by C"; "run by A
# and B, opened with a grant from C"): a funder or backer the sentence names is not named
# as a partner or member. The nouns of a sum given are the engine's one list of them.
_OTHER_ROLE = re.compile(
    r"\b(?:funded|financed|backed|supported|sponsored|paid for) by\b|"
    r"\b(?:with|through|thanks to) (?:a |an |the )?(?:\w+ ){0,3}?"
    rf"(?:{'|'.join(sorted(money_given().nouns, key=len, reverse=True))})s? (?:from|of)\b"
)
# A list's verb naming only some of the parties ("the members include A and B").
_SOME_OF = frozenset("include includes included including".split())
# Words before a list's verb naming the parties newly added ("five new members are").
_ADDED = frozenset("new newest latest newly additional further".split())
# How many words before a list's cue may say it names new parties ("its five new members").
_PARTIAL_REACH = 2
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
        founding = bool(words & _FOUNDING_WORDS)
        partners = bool(words & {"partner", "partners"})
        # With no whole list, a partner is any party that launched or joined the group,
        # is called its partner or gives it money (below).
        called = partners and not founding
        statements = self._made_up(group, partners=called)
        if founding:
            statements = [f for f in statements if _FOUNDING_CUES.search(normalize(f.text))]
        parties: dict[str, None] = {}
        shown: list[LoadedFact] = []
        listed = False
        for fact in statements:
            # Who launched the group answers who its founders or partners are; its
            # members are those a sentence says make it up.
            found = self._parties_named(fact, group, launches=founding or partners, called=called)
            if found:
                parties.update(dict.fromkeys(found))
                shown.append(fact)
                cues = _cues(f" {normalize(fact.text)} ")
                listed = listed or (cues is not None and cues.after is not None)
        if called:
            for fact in self.index.facts_by_entity.get(group, [])[:MAX_LIST_FACTS]:
                found = givers(self.index, fact, group)
                if found:
                    parties.update(dict.fromkeys(found))
                    shown.append(fact)
        if len(parties) < 2:
            return None
        current = self._current_partners(statements, group) if partners and listed else None
        if partners and not founding and current is not None:
            # Today's partners are the newest sentence listing them ("its partners are
            # now …", "run by A with B and C"), not every party ever named: an older
            # list may hold one that left.
            parties = dict.fromkeys(p for f in current for p in f.parties)
            shown = [f.fact for f in current]
        elif partners and not founding:
            # No sentence lists them whole: every party that launched the group, joined
            # it or is called its partner, less one a sentence says withdrew from it.
            gone = self._withdrawn(group)
            first: dict[str, LoadedFact] = {}  # each party's earliest sentence naming it
            for fact in sorted(shown, key=self.fact_date):
                for party in fact.about:
                    if party in parties and party not in gone:
                        first.setdefault(party, fact)
            if len(first) < 2:
                return None
            parties = dict.fromkeys(sorted(first, key=lambda p: self.fact_date(first[p])))
            shown = list({f.id: f for f in first.values()}.values())
        shown.sort(key=lambda f: self.fact_date(f), reverse=True)
        shown = shown[:MAX_MEMBER_SENTENCES]
        names = ", ".join(self.index.display_name(e) for e in parties)
        noun = "partners" if words & {"partner", "partners"} else "members"
        if partners and not founding and current is not None:
            lines = [f"**Partners as of {self.fact_date(shown[0])}:** {names}"]
        else:
            lines = [
                f"**Named as {'founding ' if founding else ''}{noun} in the releases:** {names}"
            ]
        lines += [f"• {f.text.strip()}{placeholder(f.source)}" for f in shown]
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [f.source for f in shown],
            entities=[group, *parties],
        )

    def _withdrawn(self, group: str) -> set[str]:
        """The parties a sentence about the group says withdrew from it ("A pulled out
        of X"; the withdrawal phrases of ``premise_corrections.yaml``)."""
        kind = next((k for k in premise_corrections() if k.kind == _WITHDRAWAL), None)
        if kind is None:
            return set()
        gone: set[str] = set()
        for fact in self.index.facts_by_entity.get(group, [])[:MAX_LIST_FACTS]:
            words = normalize(fact.text).split()
            if premise_asked(words) is kind:
                gone.update(e for e in fact.about if e != group)
        return gone

    def _made_up(self, group: str, *, partners: bool = False) -> list[LoadedFact]:
        """The group's sentences (its facts, then its summaries as dated statements)
        that say how it is made up; with ``partners``, or who its partners are."""
        facts = self.index.facts_by_entity.get(group, [])[:MAX_LIST_FACTS]
        summaries = map(summary_statement, self.index.summary_history(group))
        return [
            f
            for f in (*facts, *summaries)
            if _cues(normalize(f.text), partners=partners) is not None
        ]

    def _parties_named(
        self, fact: LoadedFact, group: str, *, launches: bool = False, called: bool = False
    ) -> list[str]:
        """The organisations and people ``fact`` links and names in its words, other
        than the group, in the order the sentence names them; with ``launches``, those
        named before a verb launching the group ("A and B launched X") too; with
        ``called``, those it calls the group's partners."""
        padded = f" {normalize(fact.text)} "
        cues = _cues(padded, partners=called)
        if (
            cues is not None
            and cues.after_end is not None
            and self._named_at_or_after(padded, group, cues.after_end)
        ):
            # "the Academy's partners are the Alliance, UNIDO, …" lists the Academy's
            # partners with the group among them: no list of the group's own members
            cues = cues._replace(after=None, after_end=None)
            cues = None if cues.before is None and not cues.anywhere else cues
        if cues is not None and cues.launch is not None:
            # "A and B launched X": only a launch of the group itself names its starters.
            if not launches or not self._named_right_after(padded, group, cues.launch):
                cues = cues._replace(launch=None)
            if (
                cues.after is None
                and cues.before is None
                and not cues.anywhere
                and cues.launch is None
            ):
                cues = None
        if cues is None:
            return []
        candidates = fact.about if fact.about[1:] else self._linked_with(group)
        found: list[tuple[int, str]] = []
        for entity_id in candidates:
            if entity_id == group or entity_id not in self.index.kb.entities:
                continue
            entity = self.index.entity(entity_id)
            if entity.kind is not EntityKind.ORGANIZATION:
                continue  # "the members elected X as Chair" names a chair, not a member
            at = min(
                (
                    i
                    for label in (entity.name, *entity.aliases)
                    if (i := padded.find(f" {normalize(label)} ")) >= 0
                ),
                default=-1,
            )
            if at >= 0 and cues.names_member(at):
                found.append((at, entity_id))
        return [e for _, e in sorted(found)]

    def _named_at_or_after(self, padded: str, entity_id: str, at: int) -> bool:
        """Whether ``padded`` (normalised text with a space either side) names the entity
        by its name or an alias at character offset ``at`` or later."""
        entity = self.index.entity(entity_id)
        return any(
            padded.find(f" {normalize(label)} ", max(at - 1, 0)) >= 0
            for label in (entity.name, *entity.aliases)
            if normalize(label)
        )

    def _current_partners(self, statements: list[LoadedFact], group: str) -> list[_Listing] | None:
        """The newest of ``statements`` that lists the group's parties whole ("partners
        are", "run by"), then every later one naming parties, which add to it ("new
        members include A", "B joined"); None when no sentence lists them whole.

        Only a whole list replaces what came before: a list that says it names some
        ("include", "new members are") adds to the others, never stands for them all."""
        listings = [
            _Listing(f, parties, _whole_list(cues, f" {normalize(f.text)} "))
            for f in statements
            if (cues := _cues(f" {normalize(f.text)} ")) is not None
            and (parties := self._parties_named(f, group, launches=True))
        ]
        whole = [x for x in listings if x.whole and len(x.parties) >= 2]
        base = max(whole, key=lambda x: self.fact_date(x.fact), default=None)
        if base is None:
            return None
        since = self.fact_date(base.fact)
        added = [x for x in listings if x is not base and self.fact_date(x.fact) >= since]
        return [base, *sorted(added, key=lambda x: self.fact_date(x.fact))]

    def _named_right_after(self, padded: str, entity_id: str, at: int) -> bool:
        """Whether ``padded`` names the entity within MAX_LAUNCH_GAP words after the word
        at offset ``at`` (the verb launching it)."""
        rest = padded[at:].split()[1:]
        following = f" {' '.join(rest)} "
        entity = self.index.entity(entity_id)
        for label in (entity.name, *entity.aliases):
            name = normalize(label)
            if not name:
                continue
            found = following.find(f" {name} ")
            if found >= 0 and len(following[:found].split()) <= MAX_LAUNCH_GAP:
                return True
        return False

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
    launch: int | None = None  # parties named before it launched the group
    after_stop: int | None = None  # where another role's list begins ("funded by")

    def names_member(self, at: int) -> bool:
        """Whether a party named at offset ``at`` is named as a member."""
        return (
            self.anywhere
            or (
                self.after is not None
                and at > self.after
                and (self.after_stop is None or at < self.after_stop)
            )
            or (self.before is not None and at < self.before)
            or (self.launch is not None and at < self.launch)
        )


class _Listing(NamedTuple):
    """A sentence naming a group's parties, and whether it names them all (``whole``)."""

    fact: LoadedFact
    parties: list[str]
    whole: bool


def _whole_list(cues: _Cues, text: str) -> bool:
    """Whether ``text`` (normalised, padded) lists the group's parties whole after its
    cue ("the partners are A, B", "run by A and B"), not some of them ("members include
    A", "the new partners are B") nor only those who joined ("B joined")."""
    if cues.after is None or cues.after_end is None:
        return False
    cue = text[cues.after : cues.after_end].split()
    just_before = text[: cues.after].split()[-_PARTIAL_REACH:]
    return not (set(cue) & _SOME_OF) and not (set(cue[:-1] + just_before) & _ADDED)


def _cues(text: str, *, partners: bool = False) -> _Cues | None:
    """The cues of ``text`` (normalised), or None when it says nothing of who makes a
    group up; with ``partners``, the cues naming a partner too (``_PARTNER_CUES``)."""
    after = _AFTER_CUES.search(text)
    before = (_PARTNER_CUES if partners else _BEFORE_CUES).search(text)
    anywhere = _ANYWHERE_CUES.search(text) is not None
    launch = _LAUNCH_CUES.search(text)
    if after is None and before is None and not anywhere and launch is None:
        return None
    other = _OTHER_ROLE.search(text, after.end()) if after is not None else None
    return _Cues(
        after.start() if after is not None else None,
        anywhere,
        before.start() if before is not None else None,
        after.end() if after is not None else None,
        launch.start() if launch is not None else None,
        other.start() if other is not None else None,
    )
