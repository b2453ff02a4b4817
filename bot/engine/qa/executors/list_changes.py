"""How a list changed over time: "how did X's partner list change between its launch and
2022?", "did X's funders change between 2021 and 2024?".

The list of the noun asked (partners, funders, members: a party noun) is read as stated
by each time (``ItemAnswers.count_change``: the newest enumeration by each year, or the
first one for "launch"), and the items the later one adds or drops are named, both
sentences cited. When no sentence enumerates them ("funded by A, B and the members of
C"), the parties the facts using the noun's root link (``about``) are compared instead.
A yes/no question leads with whether any item changed.
"""

from __future__ import annotations

import dataclasses
from dataclasses import replace

from bot.engine.answer import Answer, Status
from bot.engine.qa.compose import answered, citations, format_date, not_found
from bot.engine.qa.executors.base import MAX_LIST_FACTS
from bot.engine.qa.executors.items import ItemAnswers, uses_root
from bot.engine.qa.implied_subjects import sole_owner
from bot.engine.qa.query import AnswerType, Query, TimeConstraint
from bot.kb.models import EntityKind, LoadedFact
from bot.search.terms import stem

# Words asking how something changed.
_CHANGE_WORDS = frozenset(
    "change changed changes differ differed evolve evolved "
    # "Which partners did X add between its launch and 2022?": the items added.
    "add added adds gain gained gains join joined joins".split()
)
# Nouns of the parties a list names.
_PARTY_NOUNS = frozenset(
    stem(w)
    for w in "partner partners member members funder funders backer backers sponsor sponsors "
    "donor donors signatory signatories participant participants".split()
)
# The kinds of entity a list of parties names.
_PARTY_KINDS = frozenset({EntityKind.ORGANIZATION, EntityKind.PERSON})
# "Which partners did X add in 2022?": what a year's list adds.
_ADDED_WORDS = frozenset("add added adds gain gained gains join joined joins".split())
_ADDED_STEMS = frozenset(stem(w) for w in _ADDED_WORDS)
# "After its launch", "since its founding": from the start to now.
_SINCE_WORDS = frozenset("after since".split())
# "Between launch and 2022": the list at the start is the other end.
_START_WORDS = frozenset("launch launched start started outset founding beginning".split())


class ListChangeAnswers(ItemAnswers):
    def list_change(self, q: Query) -> Answer | None:
        """The change in a party list between two times; None when the question asks no
        such change (no change word, no party noun, not two times) or a list is missing."""
        words = set(q.words)
        if not words & _CHANGE_WORDS or q.quote:
            return None
        noun = next((w for w in q.words if stem(w) in _PARTY_NOUNS), None)
        if noun is None:
            return None
        plural = noun if noun.endswith("s") else f"{noun}s"
        if not q.subjects:
            # "How did the partner list change between launch and 2022?": the one thing
            # whose facts list partners (``implied_subjects``).
            owner = self._list_owner(noun)
            if owner is None:
                return None
            q = dataclasses.replace(q, subjects=(owner,))
        # "Added", "gained": how the list changed, not words its sentences use.
        q = dataclasses.replace(q, terms=tuple(t for t in q.terms if t not in _ADDED_STEMS))
        if not q.time.points and words & _START_WORDS and words & _SINCE_WORDS:
            # "Which partners joined X after its launch?": from the start to the newest
            # release.
            newest = self.index.sources_newest
            if newest:
                year = str(self.index.source_date(newest[0].id).year)
                q = dataclasses.replace(q, time=TimeConstraint(points=(year,)))
        from_start = len(q.time.points) == 1 and bool(words & _START_WORDS)
        if len(q.time.points) == 1 and not from_start and words & _ADDED_WORDS:
            # "Which partners did X add in 2022?": the list that year against the
            # newest one stated before it.
            return self._added_in(q, plural)
        if len(q.time.points) != 2 and not from_start:
            return None
        found = self.count_change(q, plural, from_start=from_start)
        if not isinstance(found, Answer) or found.status is not Status.ANSWERED:
            found = self._linked_change(q, plural, from_start=from_start)
        if found is None:
            # Asked how a list changed, but no list is stated for both times: no other
            # sentence about the thing answers that.
            times = (
                " and ".join(q.time.points)
                if not from_start
                else f"its start and {q.time.points[0]}"
            )
            return not_found(
                q.question,
                f"The releases don't list {self.index.display_name(q.subjects[0])}'s {plural} "
                f"at both {times}, so they don't say how they changed.",
            )
        if q.answer_type is AnswerType.YES_NO and found.status is Status.ANSWERED:
            changed = "New:" in found.text or "No longer " in found.text
            lead = "**Yes.**" if changed else "**No**, the same ones are listed."
            found = dataclasses.replace(found, text=f"{lead} {found.text}")
        return found

    def _list_owner(self, noun: str) -> str | None:
        """The one entity whose facts list ``noun``s: a sentence using the noun's root
        that links at least two parties (people or organisations) besides its lead."""
        index = self.index

        def lists_parties(fact: LoadedFact) -> bool:
            parties = [e for e in fact.about[1:] if index.entity(e).kind in _PARTY_KINDS]
            return len(parties) >= 2 and uses_root(fact.text, noun)

        return sole_owner(index, {stem(noun)}, lists_parties)

    def _added_in(self, q: Query, plural: str) -> Answer | None:
        """The items a year's list adds to the newest list stated before that year;
        None when no earlier list is stated."""
        year = int(q.time.points[0][:4])
        # Only the years a release is dated can state a list: at most one try each.
        for earlier in (y for y in self.index.release_years if y < year):
            ends = TimeConstraint(points=(str(earlier), str(year)))
            found = self.count_change(dataclasses.replace(q, time=ends), plural)
            if isinstance(found, Answer) and found.status is Status.ANSWERED:
                return found
        return None

    def _linked_change(self, q: Query, noun: str, *, from_start: bool) -> Answer | None:
        """The parties (people and organisations) linked by the facts about the subject
        that use the noun's root ("funded by …" for funders), as stated by the newest
        release by each time, compared; None when a time has no such fact."""
        subject = q.subjects[0]
        facts = [
            f
            for f in self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
            if uses_root(f.text, noun)
            and any(self.index.entity(e).kind in _PARTY_KINDS for e in f.about if e != subject)
        ]
        if not facts:
            return None
        years = [int(p[:4]) for p in q.time.points]
        if from_start:
            years = [min(int(self.fact_date(f)[:4]) for f in facts), *years]
        ends: list[tuple[str, list[LoadedFact]]] = []
        for year in years:
            by_then = [f for f in facts if int(self.fact_date(f)[:4]) <= year]
            if not by_then:
                return None
            newest = max(self.index.source_date(f.source) for f in by_then)
            ends.append(
                (
                    newest.isoformat(),
                    [f for f in by_then if self.index.source_date(f.source) == newest],
                )
            )
        (start, old), (end, new) = ends
        if start == end:
            # No later release states them: whether they changed is not said.
            return replace(
                not_found(
                    q.question,
                    f"The releases state the {noun} only as of {format_date(start)}, so they "
                    f"don't say whether they changed by {years[-1]}.\n"
                    + "\n".join(f"• {f.text.strip()}" for f in old),
                ),
                citations=citations(self.index, [f.source for f in old]),
            )
        before = self._parties(old, q.subjects)
        after = self._parties(new, q.subjects)
        added = [e for e in after if e not in before]
        dropped = [e for e in before if e not in after]
        name = self.index.display_name
        lines = [
            f"**{noun.capitalize()}** named as of {format_date(start)}: "
            + ", ".join(name(e) for e in before)
            + f"; as of {format_date(end)}: "
            + ", ".join(name(e) for e in after)
            + "."
        ]
        if added:
            lines.append("New: " + ", ".join(name(e) for e in added) + ".")
        if dropped:
            lines.append("No longer named: " + ", ".join(name(e) for e in dropped) + ".")
        if not added and not dropped:
            lines.append("The same ones are named.")
        shown = [*old, *new]
        lines += [f"• {format_date(self.fact_date(f))}: {f.text.strip()}" for f in shown]
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [f.source for f in shown],
            entities=[*q.subjects, *before, *after],
        )

    def _parties(self, facts: list[LoadedFact], subjects: tuple[str, ...]) -> list[str]:
        """The people and organisations the facts link, in order, without the subjects."""
        return list(
            dict.fromkeys(
                e
                for f in facts
                for e in f.about
                if e not in subjects and self.index.entity(e).kind in _PARTY_KINDS
            )
        )
