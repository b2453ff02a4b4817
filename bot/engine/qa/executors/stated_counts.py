"""A count the releases state for the noun asked: "how many villages does X reach?", "how
many members did X have in 2019?", "how many utilities are members of X?".

The figure may be any figure of a sentence, not only its first ("has trained 5,200
operators and brought water to 310 villages"): the one followed, within a few words,
by the noun asked (stems compared by prefix, "utilities" in "34 public water and
sanitation utilities"), or, for "members", the figure of "an association of 34 …".
Goals are not counts reached. The time asked picks the figure: "in 2019" the newest
stated that year (else before it), "by 2023" the newest on or before it, none the
newest of all; the older statements follow as dated history, each cited.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from bot.engine.answer import Answer
from bot.engine.cite import placeholder
from bot.engine.qa.compose import (
    answered,
    answered_facts,
    citations,
    format_date,
    not_found,
    not_found_cited,
)
from bot.engine.qa.counted_phrase import noun_phrase as _noun_phrase
from bot.engine.qa.ends import two_ends
from bot.engine.qa.executors.base import (
    _CHANGE_TERMS,
    _DURATION_WORDS,
    MAX_LIST_FACTS,
    ExecutorBase,
    Result,
    _fmt,
)
from bot.engine.qa.executors.commitments import (
    GIFT_NOUNS,
    Commitment,
    asks_commitment_list,
    asks_every_commitment,
    asks_first_commitment,
    asks_newest_commitment,
    commitments,
    every_commitment_answer,
    first_commitment_answer,
    newest_commitment_answer,
)
from bot.engine.qa.executors.events import goal_named_at, is_aim, names_goal
from bot.engine.qa.executors.founding import began_on
from bot.engine.qa.executors.funders import funded_thing, gift_givers, shared_gift
from bot.engine.qa.executors.items import list_noun
from bot.engine.qa.executors.per_year import asks_per_year, per_year_answer
from bot.engine.qa.executors.period_figures import Stated, answer_within_period
from bot.engine.qa.executors.targets import GOAL_WORDS
from bot.engine.qa.executors.typed_fallback import gives_or_holds
from bot.engine.qa.figure_periods import is_period_amount, is_running_total
from bot.engine.qa.figure_series import (
    asked_at_point,
    fmt_measure,
    measured_ends,
    modified_head,
    names_counted,
    stale_for_year,
)
from bot.engine.qa.figures import (
    MEMBER_UNIT,
    MEMBERSHIP_TERMS,
    Figure,
    counted_unit,
    counts_members,
    figure_value,
    figures_in,
    is_increment,
    is_money,
    is_planned_figure,
    is_summary_statement,
    same_word,
    summary_statement,
)
from bot.engine.qa.measures import as_unit, asked_dimensions, unit_stem
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.vocabulary import KIND_NOUNS, number_word
from bot.engine.qa.written_dates import months_in, span_end_month
from bot.kb.models import EntityKind, LoadedFact
from bot.search.index import Index
from bot.search.terms import STOP_WORDS, content_terms, stem
from bot.textnorm import normalize
from bot.vocab import money_given, total_verbs

# "In its first year (of operation)": a figure for that period, not as of the release.
_FIRST_YEAR = re.compile(r"\bin (?:its|their) first (?:full )?year\b", re.IGNORECASE)
# A goal named beside a figure ("its objective of 10,000", "its goal of 600"), as stems.
_GOAL_STEMS = frozenset(stem(w) for w in GOAL_WORDS)
# A question with these asks for a plan, a frequency or a change, not a count reached.
_OTHER_ASKS = frozenset("will would should plan plans planned times often".split())
MAX_HISTORY = 3
# A place's name in more labels (names, aliases) than this names too many things.
MAX_NAMED_AFTER = 200
# "How much did X invest / contribute / put in?": a sum of money asked by its verb.
# The verbs of giving are the shared vocabulary's (``bot/vocab/money_given.yaml``);
# "put in" and "spend" ask a sum too, though neither gives it to another.
_MONEY_VERBS = money_given().verbs | frozenset(
    "put puts putting spend spends spent spending".split()
)
# "At (the) launch", "at the outset", "initially": the sum at the start.
_START_WORDS = frozenset("launch outset initially initial start beginning".split())
# A sentence calling a sum the first ("an initial US$4.5 million", "seed funding of").
_INITIAL_STEMS = frozenset(stem(w) for w in "initial initially seed starting founding".split())
# The only words between a party's name and the sum it gives in an elliptic clause
# ("Elmstead University £500,000", "Elmstead University a further £500,000").
_ELLIPSIS_WORDS = frozenset("a an another further additional extra".split())
# Words asking a running total ("since 2018", "in total", "so far"), not one year's amount.
_TOTAL_ASKED = frozenset("since total totals cumulative altogether overall".split())
# "How much money / funding / budget…": a sum of money is asked.
_MONEY_WORDS = frozenset("money funding funds fund budget cash capital grant financing".split())
# A sum asked by a word of money, a verb of giving or the noun of a sum given ("how much
# was X's donation?").
_MONEY_ASKED = _MONEY_WORDS | _MONEY_VERBS | money_given().nouns
# The kinds of entity that give money ("how much did the co-op contribute to X?").
_GIVERS = frozenset((EntityKind.ORGANIZATION, EntityKind.PERSON))
# "When did X start funding / giving to Y?": a verb or noun of money given ("fund" is
# no verb of ``money_given``, which leaves it out of givers' names).
_FUNDING_ASKED = _MONEY_VERBS | money_given().nouns | frozenset(("fund", "funding", "funds"))


# "…, which brings the Bike Library's cargo fleet to 40 cargo bikes": at most this many
# words name the holding between the owner's possessive and "to".
_CARRIED_REACH = 4
# Articles and possessive determiners allowed between the verb and the owner's name.
_OWNER_DETERMINERS = frozenset("the its their his her".split())
_TOTAL_VERBS = total_verbs()


def _funds_asked(index: Index, fact: LoadedFact, party: str, asked: tuple[str, ...]) -> bool:
    """Whether a "fund <thing> with <sum>" sentence funds a thing asked (or names no
    linked thing there): "will fund the Reading Roads illustration prize with …" is a
    sum for the prize, not for Reading Roads."""
    thing = funded_thing(index, fact)
    return thing is None or thing in asked or len(asked) < 2 or thing == party


@dataclass(frozen=True, slots=True)
class StatedCount:
    fact: LoadedFact
    figure: Figure
    date: str


class StatedCountAnswers(ExecutorBase):
    def stated_count(self, q: Query) -> Result:
        """The newest figure (in the time asked) that counts the noun of "how many
        <noun>"; None when the question is no such count or no sentence about its
        subject states one."""
        words = set(q.words)
        if q.answer_type is not AnswerType.NUMBER or q.wants != "count":
            return None
        if not q.subjects:
            return self._subjectless_count(q)
        if q.quote or q.meta or q.role_asks:
            return None
        if q.words[:2] == ("how", "much") and words & _MONEY_ASKED and asks_per_year(q.words):
            return self._per_year(q)
        if (words - _across_the_years(q.words)) & (_OTHER_ASKS | GOAL_WORDS | _DURATION_WORDS):
            return None
        if len(q.time.points) == 2 and q.words[:2] == ("how", "much"):
            # "How much has X given for 2023 to 2025?": the sum stated for that period,
            # not a change between two years.
            found = self._sum_for_period(q, q.time.points[0][:4], q.time.points[1][:4])
            if found is not None:
                return found
        if len(q.time.points) > 1:
            return self._count_between(q)
        if set(q.terms) & _CHANGE_TERMS:
            return None
        if two_ends(q.words) is not None:
            return None  # "how many … before / when X happened?": as of an event (events.py)
        if (q.words[:2] == ("how", "much") and words & _MONEY_ASKED) or _pounds_given(q):
            q = self._with_givers(q)
            # "How much money was X launched with in 2019?", "how much did X invest?": a
            # sum of money; a sum a release says will be spent ("will run … funded with
            # US$4 million") is one, a goal is not. A party's own sum in a sentence led
            # by another ("HBC adds £1 million and Elmstead University £500,000") is the
            # one written after its name.
            groups = self._groups(q, _money, goals_too=True, named_sums=True)
            if not groups:
                return None
            first = q.subjects[0]
            bound = _commitment_bound(q)
            joint = self._joint_sum(q, groups)
            if joint is not None:
                # "How much have A and B invested in total?": the sum a sentence states
                # they gave together, not their own sums added to it.
                return joint
            if asks_every_commitment(q.words) and bound is not None and len(q.subjects) <= 2:
                # "How much has X committed?": every sum X gave, not the newest; "how
                # much had X committed in total by 2020?" every sum given by then.
                found = every_commitment_answer(
                    self.index,
                    q.question,
                    [
                        c
                        for c in commitments(self._party_sums(groups, first, q.subjects))
                        if c.date[: len(bound)] <= bound
                    ],
                    self.fact_date,
                )
                if found is not None:
                    return found
            if len(q.subjects) > 1 and words & _MONEY_VERBS:
                # "How much did X invest in Y?": the sums X's own sentences give, in
                # whatever verb ("will fund Y with …"), not those of Y's sentences led by
                # others ("partners have invested …").
                # A sum paid TO X for something X lets ("X leases its granary to the
                # trust for a rent of GBP 1") is no sum X gives (``gives_or_holds``).
                own = {
                    k: kept
                    for k, g in groups.items()
                    if k[0] == first
                    and (
                        kept := [
                            c
                            for c in g
                            if gives_or_holds(self.index, first, c.fact.text, c.figure.value)
                        ]
                    )
                }
                if not own and self.index.entity(first).kind in _GIVERS:
                    # "How much has the co-op contributed to X?" when only the other
                    # partners' sums are stated: theirs are no answer for it.
                    return self._no_sum_from(q, first, groups)
                groups = own or groups
            groups = _money_of_kind(q, groups)
            if (_asks_start(q.words) or words & _START_WORDS) and not q.time.points:
                return self._start_sum(q, groups)
            return self._stated_answer(q, groups, set(q.terms))
        noun = list_noun(q.words)
        if noun is None or noun in _DURATION_WORDS:
            return None
        if noun in GIFT_NOUNS and q.words[:2] == ("how", "many") and not q.time.bounded:
            # "How many grants has X given Y?": X's sums given, counted, whatever
            # noun each sentence uses for them.
            return self._commitment_count(q, noun)
        asked = stem(noun)
        unit = unit_stem(asked) if as_unit(noun, q.question) else None
        if unit is not None:
            # "How many tonnes of honey …?": only a figure in tonnes (of honey) answers,
            # never a count of hives nor a length in kilometres of the goods asked.
            goods = _goods_after_unit(q.words, noun)
            groups = self._groups(q, lambda text: _in_unit(text, unit, goods), counted=unit)
            if not groups:
                return not_found(q.question, f"The releases give no figure in {noun} for that.")
            return self._stated_answer(q, groups, set(q.terms) - {asked})
        groups = {}
        # "How many volunteers run RCRN's stations?": a name ends the phrase counted;
        # what follows the name is its own (the stations are RCRN's, not counted), and
        # a phrase so cut that counts nothing falls back to its first word.
        before_name = q.words[: min((m.words[0] for m in q.found if m.words[0] > 2), default=None)]
        head = _head_noun(before_name)
        if head is not None and head != noun:
            # "How many ship calls …": the run's head ("2,100 calls"), never its first
            # word ("seven ships"); the first word when nothing counts the head and the
            # head is only a kind ("partner organisations" stated as "six partners").
            # A head that names a thing of its own ("repair vessels") is what is
            # counted: "31 cable repairs" counts no vessels.
            by_head = stem(head)
            groups = self._groups(q, lambda text: _counting(text, by_head), counted=by_head)
            if groups or (head not in KIND_NOUNS and head == _head_noun(q.words)):
                asked = by_head
        terms = set(q.terms) - {asked}
        if not groups:
            groups = self._groups(q, lambda text: _counting(text, asked), counted=asked)
        if not groups:
            # "How many ship calls used shore power at Harbourmoor?": what is named after
            # the place (the Port of Harbourmoor) states it, when exactly one thing does.
            counted = [stem(head)] if head is not None and head != noun else []
            for stem_ in [*counted, asked]:
                near = self._named_after_place(q)
                found = self._groups(
                    dataclasses.replace(q, subjects=near),
                    lambda text, n=stem_: _counting(text, n),
                    counted=stem_,
                )
                if len(found) == 1:
                    groups, asked = found, stem_
                    break
        if (_asks_start(q.words) or words & _START_WORDS) and not q.time.points:
            # "How many stores were in X at launch?": the earliest count stated, a
            # launch's own "38 stores will set aside …" too.
            found = self._start_count(q, asked) or self._earliest_count(q, asked)
            if found is not None:
                return found
        if not groups and _names_things_not_people(noun):
            # "How many countries has X trained people in?": the figure the verb comes
            # before counts people, never countries, organisations or events.
            return None
        if not groups:
            # "How many people / business owners has X trained?": a wider or other word
            # for what is counted; the figure the question's verb comes before ("has
            # trained 5,100 entrepreneurs") is the count.
            # The noun phrase's own words ("repair" of "repair vessels") are no verb.
            phrase = {stem(w) for w in _noun_phrase(q.words)}
            verbs = terms - phrase - {t for m in q.mention_terms.values() for t in m}
            groups = self._groups(q, lambda text: _done(text, verbs)) if verbs else {}
        if not groups:
            return None
        if _asks_start(q.words):
            return (
                self._start_count(q, asked)
                or self._earliest_count(q, asked)
                or self._stated_answer(q, groups, terms)
            )
        return self._stated_answer(q, groups, terms)

    def _no_sum_from(
        self, q: Query, giver: str, groups: dict[tuple[str, str], list[StatedCount]]
    ) -> Answer:
        """not_found for a sum ``giver`` gave that no sentence states, with the newest
        sum the releases do give for the rest of the question, cited."""
        name = self.index.entity(giver).name
        text = f"The releases don't say how much {name} gave."
        newest = max((c for g in groups.values() for c in g), key=lambda c: c.date, default=None)
        if newest is None:
            return not_found(q.question, text)
        text += f" The sums they do give are others':\n• {newest.fact.text.strip()}"
        return not_found_cited(
            self.index, q.question, text, [newest.fact.source], entities=q.subjects
        )

    def _giver_named(self, entity_id: str) -> str | None:
        """The party whose name opens an agreement's name ("Bramhall Foundation grant
        to …" is the Bramhall Foundation's), among the things its sentences are about;
        None for another entity or when none does."""
        index = self.index
        if index.entity(entity_id).kind is not EntityKind.AGREEMENT:
            return None
        name = normalize(index.entity(entity_id).name)
        parties = {
            e for f in index.facts_by_entity.get(entity_id, [])[:MAX_LIST_FACTS] for e in f.about
        }
        return next(
            (
                e
                for e in sorted(parties)
                if e != entity_id and name.startswith(normalize(index.entity(e).name) + " ")
            ),
            None,
        )

    def first_given(self, q: Query) -> Result:
        """ "When did X start funding Y?": the date of the earliest sum the releases state
        X gave (``commitments``), never a later renewal that a search for "funding" finds
        first. None when the question is not of this kind or no sum is stated."""
        words = set(q.words)
        if q.wants != "date" or not q.subjects or q.quote or q.time.bounded:
            return None
        if not {stem(w) for w in words} & _START_STEMS or not words & _FUNDING_ASKED:
            return None
        parts = self._given_by(q)
        if not parts:
            return None
        first = parts[0]
        when = format_date(first.date)
        text = (
            f"**{when}**: the earliest sum the releases state it gave.\n{first.fact.text.strip()}"
        )
        if len(parts) > 1:
            text += f"\nLater: {len(parts) - 1} more (the newest as of {parts[-1].date})."
        return answered(
            self.index,
            q.question,
            text,
            [first.fact.source, *([parts[-1].fact.source] if len(parts) > 1 else [])],
            entities=first.fact.about,
        )

    def _given_by(self, q: Query) -> list[Commitment]:
        """The first subject's distinct sums given (``commitments``), oldest first."""
        q = self._with_givers(q)
        groups = self._groups(q, _money, goals_too=True, named_sums=True)
        first = q.subjects[0]
        return commitments(self._party_sums(groups, first, q.subjects))

    def _commitment_count(self, q: Query, noun: str) -> Result:
        """The first subject's distinct sums given (``commitments``), counted, oldest
        first; None when the releases state none (the facts decide)."""
        parts = self._given_by(q)
        if not parts:
            return None
        plural = noun if noun.endswith("s") else f"{noun}s"
        counted = f"{number_word(len(parts))} {plural if len(parts) != 1 else noun.rstrip('s')}"
        lines = [f"**{counted.capitalize()}** that the releases state, oldest first:"]
        lines += [
            f"• As of {p.date}: {p.fact.text.strip()}{placeholder(p.fact.source)}" for p in parts
        ]
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [p.fact.source for p in parts],
            entities=[e for p in parts for e in p.fact.about],
        )

    def _with_givers(self, q: Query) -> Query:
        """``q`` with a party named right before a gift noun ("the first Halvorsen
        grant", "the two Halvorsen grants") as its first subject, in place of a thing the
        phrase was read as describing (a facility whose summary says the grant paid for
        it): the gifts asked are that party's. ``q`` itself when none is."""
        if not q.described or not set(q.words) & GIFT_NOUNS:
            return q
        parties = (EntityKind.ORGANIZATION, EntityKind.PERSON)
        for m in q.found:
            end = m.words[1]
            if (
                end < len(q.words)
                and q.words[end] in GIFT_NOUNS
                and m.entity_id not in q.subjects
                and self.index.entity(m.entity_id).kind in parties
            ):
                rest = tuple(e for e in q.subjects if e not in q.described)
                return dataclasses.replace(q, subjects=(m.entity_id, *rest))
        return q

    def latest_sum(self, q: Query) -> Result:
        """ "What's the latest grant from X?": the newest sum X gave (its commitments,
        ``commitments.py``), the earlier ones after it; "how much was X's first grant?":
        the oldest, the later ones after it; "list X's grants": all of them; None for
        another question or when no subject gave a sum."""
        if q.quote or q.meta or q.role_asks or not q.subjects or q.time.points:
            return None
        listed = asks_commitment_list(q.words)
        newest = asks_newest_commitment(q.words)
        if not newest and not listed and not asks_first_commitment(q.words):
            return None
        q = self._with_givers(q)
        if listed:
            # "List the Fund's grants to X": every sum the first party named gave,
            # oldest first, with their sum (a grant the words were read as naming is
            # not a giver: the party its name opens with is).
            first = next(
                (
                    s
                    for s in (*q.subjects, *map(self._giver_named, q.subjects))
                    if s is not None
                    and self.index.entity(s).kind in (EntityKind.ORGANIZATION, EntityKind.PERSON)
                ),
                q.subjects[0],
            )
            q = dataclasses.replace(q, subjects=(first, *(e for e in q.subjects if e != first)))
            groups = self._groups(q, _money, goals_too=True, named_sums=True)
            return every_commitment_answer(
                self.index,
                q.question,
                commitments(self._party_sums(groups, first, q.subjects)),
                self.fact_date,
            )
        groups = self._groups(q, _money, goals_too=True, named_sums=True)
        for subject in q.subjects:
            parts = commitments(self._party_sums(groups, subject, q.subjects))
            composer = newest_commitment_answer if newest else first_commitment_answer
            found = composer(self.index, q.question, parts)
            if found is not None:
                return found
        return None

    def _per_year(self, q: Query) -> Result:
        """ "How much is X's 2023 money per year?": a sum of X's over a span, by year
        (``per_year``); the one stated in the year asked first, else the newest."""
        groups = self._groups(q, _money, goals_too=True, named_sums=True)
        year = q.time.points[0][:4] if len(q.time.points) == 1 else ""
        # "How much does <a body> spend on X each year?": a sum of that body's, named
        # before it; another party's sum for X ("A and B have invested …") is not its
        # spending.
        party = q.subjects[0] if q.subjects else None
        if party is not None and self.index.entity(party).kind not in _GIVERS:
            party = None
        every = sorted(
            (
                c
                for g in groups.values()
                for c in g
                if party is None or self._named_before_sum(party, c)
            ),
            key=lambda c: (c.date[:4] != year, _descending(c.date)),
        )
        return per_year_answer(self.index, q.question, [(c.fact, c.figure) for c in every])

    def _named_before_sum(self, party: str, stated: StatedCount) -> bool:
        """Whether ``stated``'s sentence names ``party`` (name or alias) before its sum."""
        text = normalize(stated.fact.text)
        at = text.find(normalize(stated.figure.value).split()[0])
        head = f" {text[: at if at >= 0 else len(text)]} "
        entity = self.index.entity(party)
        return any(f" {n} " in head for n in map(normalize, (entity.name, *entity.aliases)) if n)

    def _named_by_head(self, q: Query, entity_id: str) -> bool:
        """Whether the question calls the entity by the last word of its name ("the
        network" for the Kestrel Valley Food Bank Network)."""
        words = normalize(self.index.entity(entity_id).name).split()
        return bool(words) and stem(words[-1]) in {stem(w) for w in q.words}

    def _one_count(self, q: Query, count: StatedCount, reading: str) -> Answer:
        """The reply with one stated count: its figure and ``reading`` in bold ("**12**
        at the start (as of 2021-03-04):", ``reading`` " at the start"), then its
        sentence, cited."""
        text = f"**{count.figure.shown}**{reading} (as of {count.date}):\n{count.fact.text.strip()}"
        return answered(
            self.index, q.question, text, [count.fact.source], entities=count.fact.about
        )

    def _start_count(self, q: Query, asked: str) -> Result:
        """ "How many helicopters did X start with?": the count a sentence gives X to
        start or open with ("will start with two helicopters", a launch's plan stated
        as such), the earliest; None when no sentence says so."""
        found = []
        for subject in q.subjects:
            for fact in self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]:
                if fact.about and fact.about[0] != subject:
                    continue
                for figure in figures_in(fact.text, spelled_out=True):
                    if names_counted(figure, asked) and set(figure.before) & _START_STEMS:
                        found.append(StatedCount(fact, figure, self._count_date(fact)))
        if not found:
            return None
        first = min(found, key=lambda c: c.date)
        return self._one_count(q, first, " at the start")

    def _earliest_count(self, q: Query, asked: str) -> Result:
        """ "How many vans did X start with?", "… at launch?" when no sentence says
        "start": the earliest count of ``asked`` stated, a plan of the first release
        ("will collect … with a fleet of 12 vans") too, never a goal; of two on one day,
        the sentence about more of the question's subjects (the programme's 38 stores
        before the chain's 112). None when none is stated."""
        groups = self._groups(q, lambda text: _counting(text, asked), goals_too=True, counted=asked)
        wanted = set(q.subjects)
        every = [c for g in groups.values() for c in g if not is_money(c.figure)]
        if not every:
            return None
        first = min(
            every,
            key=lambda c: (c.date, -len(wanted & set(c.fact.about)), is_summary_statement(c.fact)),
        )
        if first.date == max(c.date for c in every):
            return None  # one date only: nothing earlier to tell apart
        first_release = min(
            (
                self.index.source_date(f.source)
                for s in q.subjects
                for f in self.index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]
            ),
            default=None,
        )
        if first_release is None or self.index.source_date(first.fact.source) > first_release:
            # The first count stated comes after the subject's first release ("has grown
            # to seven members" four years on): no count at the start, so not this one.
            return None
        return self._one_count(q, first, " at the start")

    def _sum_for_period(self, q: Query, start: str, end: str) -> Result:
        """The subject's sums whose sentence states the period asked ("EUR 4.5 million
        from 2023 to 2025" for "2023 to 2025"), newest first; None when none does."""
        words = set(q.words)
        if not words & (_MONEY_WORDS | _MONEY_VERBS) or start >= end:
            return None
        period = re.compile(rf"\b{start}\s*(?:-|–|to|and|through|until)\s*{end}\b", re.IGNORECASE)
        groups = self._groups(q, _money, goals_too=True, named_sums=True)
        first = q.subjects[0]
        stated = [
            c
            for key, group in groups.items()
            if key[0] == first
            for c in group
            if period.search(c.fact.text)
        ]
        if not stated:
            return None
        newest = max(stated, key=lambda c: c.date)
        lines = [
            f"**{newest.figure.shown}** for {start} to {end} (as of {newest.date}):",
            newest.fact.text.strip() + placeholder(newest.fact.source),
        ]
        return answered_facts(self.index, q.question, lines, [newest.fact])

    def _start_sum(self, q: Query, groups: dict[tuple[str, str], list[StatedCount]]) -> Result:
        """ "How much money did X start with?", "how much did X invest at the launch?":
        the sum a sentence calls initial ("backed by an initial US$4.5 million"), else
        the earliest stated, with the newest after it when it differs."""
        every = [c for g in groups.values() for c in g]
        initial = [c for c in every if set(c.figure.lead) & _INITIAL_STEMS]
        first = min(initial or every, key=lambda c: c.date)
        newest = max(every, key=lambda c: c.date)
        lines = [
            f"**{first.figure.shown}** at the start (as of {first.date}):",
            first.fact.text.strip() + placeholder(first.fact.source),
        ]
        shown = [first.fact]
        if newest.figure.value != first.figure.value and newest.date > first.date:
            lines.append(
                f"Newest stated ({newest.date}): {newest.fact.text.strip()}"
                f"{placeholder(newest.fact.source)}"
            )
            shown.append(newest.fact)
        return answered_facts(self.index, q.question, lines, shown)

    def _subjectless_count(self, q: Query) -> Result:
        """ "How many cold storage hubs?", naming no subject: the figures stated for the
        noun in the sentences holding every word of the question's noun phrase, as one
        series over time; None when the question is another kind or none states one."""
        words = set(q.words)
        if q.quote or q.meta or q.role_asks or q.list_kinds or len(q.time.points) > 1:
            return None
        if words & (_OTHER_ASKS | GOAL_WORDS | _DURATION_WORDS | _MONEY_WORDS):
            return None
        noun = _head_noun(q.words)
        if noun is None or noun in _DURATION_WORDS or not q.terms:
            return None
        asked = stem(noun)
        if asked not in q.terms or set(q.terms) & _CHANGE_TERMS:
            return None
        groups: dict[tuple[str, str], list[StatedCount]] = defaultdict(list)
        # "How many CWR populations had been collected by September 2022?": by a date,
        # the sentences holding the noun phrase ("CWR populations") are the series,
        # whatever verb each uses ("gathered seeds from 740 populations").
        phrase = content_terms(" ".join(_noun_phrase(q.words)))
        dated = bool(q.time.points) and len(phrase) > 1
        # "How many tools did the tool library start with?": the start is the time
        # asked, not a word the sentence stating it must use ("a starter collection").
        starting = _asks_start(q.words) and not q.time.points
        required = [t for t in q.terms if not (starting and t in _START_STEMS)]
        docs = self.index.terms.docs_with_all(phrase if dated else required)
        if len(docs) > MAX_LIST_FACTS:
            return None  # words too common to pick out one series
        for doc_id in sorted(docs):
            doc = self.index.terms.docs[doc_id]
            fact = self.index.fact_by_id.get(doc.id) if doc.kind == "fact" else None
            if fact is None and not (doc.kind == "entity" and self._named_by_head(q, doc.id)):
                continue
            # A named goal is no count, but a count reached before the goal it names is
            # ("reaches 31 member stations, above its target of 27"); a plan stays, its
            # sentence shown as it says it
            # ("will invest … in 40 hubs", then "Twelve of the planned 40 are running").
            # A thing's summary states counts too ("a network … serving 11 counties"),
            # as of each release restating it: read when no sentence states one, for a
            # thing the question calls by its name's head ("the network").
            statements = (
                [fact]
                if fact is not None
                else [summary_statement(s) for s in self.index.summary_history(doc.id)]
            )
            for fact in statements:
                figure = _counting(fact.text, asked)
                if figure is not None and not _goal_named_before(fact.text, figure):
                    key = ("", asked) if doc.kind == "fact" else ("summary", asked)
                    groups[key].append(StatedCount(fact, figure, self._count_date(fact)))
        if len(groups) > 1 or (groups and ("", asked) in groups):
            groups.pop(("summary", asked), None)
        if len(groups) != 1:
            return None  # none, or counts of different things: the facts decide
        found = next(iter(groups.values()))
        owners = {c.fact.about[0] for c in found}
        if len(owners) == 1:
            # The sentences found are one thing's count ("outplanted 12,400 coral
            # fragments on the Calder Reef"): its newer statements of that count, worded
            # without the question's other words ("had outplanted 151,300 coral
            # fragments by August 2025"), are the newest figure (issue 12).
            owned = dataclasses.replace(q, subjects=tuple(owners))
            series = self._groups(owned, lambda text: _counting(text, asked), counted=asked)
            ids = {c.fact.id for c in found}
            newer = [
                c
                for g in series.values()
                if ids & {c.fact.id for c in g}
                for c in g
                if c.fact.id not in ids
            ]
            # Added to the sentences found, which keep what they state (a plan too).
            groups = {key: [*found, *newer] for key in groups}
        if starting:
            every = [c for g in groups.values() for c in g]
            first = min(every, key=lambda c: c.date)
            if first.date < max(c.date for c in every):
                # The earliest count stated is the one started with.
                return self._one_count(q, first, " at the start")
        return self._stated_answer(q, groups, set(q.terms) - {asked})

    def _stated_answer(
        self, q: Query, groups: dict[tuple[str, str], list[StatedCount]], terms: set[str]
    ) -> Result:
        # The statements that share most of the question's other words ("reach",
        # "trained"), then the most statements.
        best = max(
            groups.values(),
            key=lambda g: (max(len(terms & self._fact_terms(c.fact)) for c in g), len(g)),
        )
        # "How many calls did X handle in 2019?": the amount within that year, which a
        # running total ("since January 2017") never is (``figure_periods``).
        within = answer_within_period(
            self.index, q, [Stated(c.fact, c.figure.shown, c.date) for c in best]
        )
        if within is not None:
            return within
        chosen = self._counts_as_of(q, best)
        if not chosen:
            return self._stated_too_early(q, best)
        standing = [c for c in chosen if not is_period_amount(c.fact.text)]
        if standing and (set(q.words) & _TOTAL_ASKED or is_running_total(chosen[0].fact.text)):
            # "How many rides since 2018?", "the latest total": the totals reached, never
            # one year's amount ("logged 300,000 rides in 2023") as the figure or its past.
            chosen = standing
        lead, *history = chosen
        if stale_for_year(
            self.index, q.time.year, q.words, (c.fact.source for c in best), q.subjects
        ):
            return _stale_answer(self.index, q, lead)
        end = q.time.points[0] if len(q.time.points) == 1 and asked_at_point(q.words) else ""
        later = stated_after(best, lead.date, end)
        if later is not None:
            # "How many at the end of 2023?" between a 2022 and a 2024 figure: neither.
            text = (
                f"The releases give no figure for that at {format_date(end)}. They give "
                f"{lead.figure.shown} as of {lead.date} and {later.figure.shown} as of "
                f"{later.date}:\n• {lead.fact.text.strip()}\n• {later.fact.text.strip()}"
            )
            return dataclasses.replace(
                not_found(q.question, text),
                citations=citations(self.index, [lead.fact.source, later.fact.source]),
                entities=tuple(lead.fact.about),
            )
        history = history[:MAX_HISTORY]
        # The same shape as every newest-first figure (facts.py): the series, the
        # answering sentence as of its date, then the older ones as dated history.
        lines = []
        if history:
            lines.append(
                "**Newest first:** "
                + "; ".join(
                    f"{c.figure.shown} as of {c.date}{placeholder(c.fact.source)}"
                    for c in (lead, *history)
                )
            )
        # Alone, the figure is named: the sentence may state others ("5,900 … 140").
        shown = "" if history else f" {lead.figure.shown}"
        lines.append(f"**As of {format_date(lead.date)}:{shown}**")
        lines.append(lead.fact.text.strip() + placeholder(lead.fact.source))
        if history:
            lines.append(
                "Earlier:\n"
                + "\n".join(
                    f"• As of {c.date}: {c.fact.text.strip()}{placeholder(c.fact.source)}"
                    for c in history
                )
            )
        return answered_facts(self.index, q.question, lines, [c.fact for c in (lead, *history)])

    def _stated_too_early(self, q: Query, counts: list[StatedCount]) -> Result:
        """ "How many had X trained by the end of 2020?" when the first statement is
        later: not_found, naming the earliest figure and its date (never a later figure
        as the one then), cited, as figure_times does for a series; None when the time
        asked is no bound before the figures."""
        bound = q.time.until if q.time.until is not None else q.time.year
        dated = [c for c in counts if c.date]
        if bound is None or q.time.since is not None or not dated:
            return None
        first = min(dated, key=lambda c: c.date)
        if int(first.date[:4]) <= bound:
            return None
        when = f"in {bound}" if q.time.year is not None else q.time.describe()
        text = (
            f"The releases give no figure for that {when}. The earliest "
            f"they give is {first.figure.shown}, as of {first.date}:\n{first.fact.text.strip()}"
        )
        return dataclasses.replace(
            not_found(q.question, text),
            citations=citations(self.index, [first.fact.source]),
            entities=tuple(first.fact.about),
        )

    def _count_between(self, q: Query) -> Result:
        """ "How many clinics did X equip between 2018 and 2021?": the figure for the
        noun by the later date minus the one by the earlier, both cited; None when the
        noun has no figure by each date."""
        if "between" not in q.words and "from" not in q.words:
            return None
        first, last = q.time.points[0], q.time.points[-1]
        before = self.count_as_of(q, first)
        after = self.count_as_of(q, last)
        if before is None or after is None or before.id == after.id:
            return None
        measured = measured_ends(q.words, before.text, after.text)
        if asked_dimensions(q.words):
            # "How much did X's capacity grow?": the figures in a unit of capacity, not the
            # count beside them ("34 roofs, with a combined capacity of 1.3 megawatts").
            if measured is None:
                return None
            a, b, shown_x, shown_y, unit = measured
        else:
            asked = stem(list_noun(q.words) or "")
            x, y = _counting(before.text, asked), _counting(after.text, asked)
            if x is None or y is None:
                return None
            a, b, shown_x, shown_y, unit = figure_value(x), figure_value(y), x.shown, y.shown, ""
        diff = b - a
        sign = "+" if diff > 0 else ("−" if diff < 0 else "±")
        fmt = fmt_measure if unit else _fmt
        text = (
            f"**{sign}{fmt(abs(diff))}{unit}** (from {shown_x} to {shown_y}: "
            f"{fmt(b)} − {fmt(a)} = {'−' if diff < 0 else ''}{fmt(abs(diff))}).\n"
            f"• {format_date(self.fact_date(before))}: {before.text.strip()}\n"
            f"• {format_date(self.fact_date(after))}: {after.text.strip()}"
        )
        return answered(
            self.index, q.question, text, [before.source, after.source], entities=q.subjects
        )

    def count_as_of(self, q: Query, date: str, news: str = "") -> LoadedFact | None:
        """The newest fact dated on or before ``date`` (ISO) stating a figure for the noun
        of "how many <noun>" (``q`` is that head of a question), or stated by the release
        ``news`` (the one reporting the event dated ``date``: "Forty pilot schools are
        already connected", dated the day after the launch it reports); None when none
        does."""
        noun = list_noun(q.words)
        if noun is None or not q.subjects:
            return None
        # "How many SkyClass schools …": the noun phrase's head ("schools") first, as
        # ``stated_count`` reads it; the first word when nothing counts the head.
        head = _head_noun(q.words)
        groups: dict[tuple[str, str], list[StatedCount]] = {}
        asked = stem(noun)
        for word in dict.fromkeys(w for w in (head, noun) if w is not None):
            asked = stem(word)
            groups = self._groups(q, lambda text, a=asked: _counting(text, a), counted=asked)
            if groups:
                break
        if not groups:
            return None
        terms = set(q.terms) - {asked}
        best = max(
            groups.values(),
            key=lambda g: (max(len(terms & self._fact_terms(c.fact)) for c in g), len(g)),
        )
        by = [c for c in best if c.date[: len(date)] <= date or c.fact.source == news]
        return max(by, key=lambda c: c.date).fact if by else None

    def _named_after_place(self, q: Query) -> tuple[str, ...]:
        """The things named after the places the question names ("Port of Harbourmoor"
        for "Harbourmoor"), read from the name postings (a name too common, none)."""
        index = self.index
        found: dict[str, None] = {}
        for subject in q.subjects:
            if index.entity(subject).kind is not EntityKind.PLACE:
                continue
            words = normalize(index.entity(subject).name).split()
            owners = (
                set.intersection(
                    *(set(index.names.owners_of_word(w, limit=MAX_NAMED_AFTER)) for w in words)
                )
                if words
                else set()
            )
            found.update(dict.fromkeys(sorted(owners - {subject})))
        return tuple(found)

    def _joint_sum(self, q: Query, groups: dict[tuple[str, str], list[StatedCount]]) -> Result:
        """The newest sum whose sentence names exactly the parties asked as its givers
        ("A and B have invested AUD 6.9 million"), when two or more are asked; None
        when none is."""
        parties = set(q.subjects)
        if len(parties) < 2 or any(self.index.entity(e).kind not in _GIVERS for e in parties):
            return None
        joint = [
            c for g in groups.values() for c in g if set(gift_givers(self.index, c.fact)) == parties
        ]
        if not joint:
            return None
        newest = max(joint, key=lambda c: c.date)
        return self._one_count(q, newest, ", given together")

    def _party_sums(
        self,
        groups: dict[tuple[str, str], list[StatedCount]],
        party: str,
        asked: tuple[str, ...],
    ) -> list[Commitment]:
        """The sums in ``groups`` stated for ``party``, as commitments, but those it
        gives jointly with a party not ``asked`` ("A and B have invested …" is not A's
        own, but is A's and B's)."""
        return [
            Commitment(c.fact, c.figure, c.date)
            for key, group in groups.items()
            if key[0] == party
            for c in group
            if not shared_gift(self.index, c.fact, party, asked)
            and _funds_asked(self.index, c.fact, party, asked)
        ]

    def _groups(
        self,
        q: Query,
        pick: Callable[[str], Figure | None],
        *,
        goals_too: bool = False,
        counted: str = "",
        named_sums: bool = False,
    ) -> dict[tuple[str, str], list[StatedCount]]:
        """The subjects' statements of the figure ``pick`` reads, by subject and unit;
        no goals ("aims to"), nor plans ("will") unless ``goals_too``. With ``counted``
        (the stem ``pick`` found counted), that is every figure's unit: "310 schools" and
        "1,450 rural schools" are one series, as in ``figure_series.achieved_points``.
        With ``named_sums``, a sentence led by another party gives the subject the sum
        written right after the subject's name (``_sum_after_name``)."""
        groups: dict[tuple[str, str], list[StatedCount]] = defaultdict(list)
        for subject in q.subjects:
            facts = self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
            # A later release restating the subject's summary ("an alliance of 40
            # genebanks") states its figures as of that release.
            summaries = map(summary_statement, self.index.summary_history(subject))
            seen: set[tuple[str, str]] = set()
            for fact in (*facts, *summaries):
                if not fact.about:
                    continue
                led = fact.about[0] == subject or self._first_named(fact) == subject
                carried = None if led else _carried_total(fact.text, self.index, subject, pick)
                if not led and carried is None and not named_sums:
                    continue
                if names_goal(fact.text) if goals_too else is_aim(fact.text):
                    continue
                figure = (
                    pick(fact.text)
                    if led
                    else carried or (self._sum_after_name(fact, subject) if named_sums else None)
                )
                if figure is None or (fact.source, figure.value) in seen:
                    continue  # a summary restating its release's own fact adds nothing
                if not goals_too and is_planned_figure(fact.text, figure):
                    continue  # "…, and will grow from 14 to 27 stations": 27 is a plan
                seen.add((fact.source, figure.value))
                # Every count of members is one figure, whatever noun follows it ("31
                # member genebanks", "an alliance of 40 genebanks").
                unit = figure.unit if figure.unit == "money" else counted_unit(fact.text, figure)
                if counted and unit != MEMBER_UNIT:
                    # The noun asked says what each counts, whatever adjective comes first,
                    # unless it is itself only the modifier of another count ("14 coral
                    # nurseries" beside "151,300 coral fragments" for corals).
                    head = modified_head(fact, figure, frozenset((counted,)))
                    unit = f"{counted} {head}" if head else counted
                groups[(subject, unit)].append(StatedCount(fact, figure, self._count_date(fact)))
        return groups

    def _count_date(self, fact: LoadedFact) -> str:
        """When a count holds: the fact's own date; for an undated one, the end of the
        period it covers ("640 missions in its first year": a year after the subject
        began, ``founding.began_on``), else the one month its sentence says it happened
        in ("a third helicopter entered service in August 2022"), else its release's. A
        summary is dated by its release alone (``figures.is_summary_statement``)."""
        date = self.fact_date(fact)
        if fact.date is not None or is_summary_statement(fact):
            return date
        if _FIRST_YEAR.search(fact.text) and fact.about:
            began = began_on(self.index, fact.about[0])
            if began is not None and len(began) >= 7 and f"{int(began[:4]) + 1}" <= date[:4]:
                return f"{int(began[:4]) + 1}{began[4:7]}"
        months = set(months_in(fact.text))
        if len(months) == 1 and (month := months.pop()) <= date[:7]:
            return month
        ended = span_end_month(fact.text)
        if ended is not None and ended <= date[:7]:
            # "repaired 1,240 items between June 2018 and December 2019": the count
            # holds at the span's end, not at the release reporting it weeks later.
            return ended
        return date

    def _sum_after_name(self, fact: LoadedFact, subject: str) -> Figure | None:
        """The sum of money written right after the subject's name or alias, with only
        ``_ELLIPSIS_WORDS`` between ("HBC adds £1 million and Elmstead University
        £500,000": £500,000 for the university); None when the sentence gives the
        subject none."""
        entity = self.index.entity(subject)
        for label in (entity.name, *entity.aliases):
            at = re.search(rf"\b{re.escape(label)}\b", fact.text, re.IGNORECASE)
            if at is None:
                continue
            rest = fact.text[at.end() :]
            figure = _money(rest)
            if figure is None:
                return None
            gap = rest[: rest.find(figure.value)] if figure.value in rest else rest
            # Only an elliptic clause: "Elmstead University has secured £3.5 million"
            # says what a group the name is in secured, not what it gives.
            if set(gap.casefold().split()) <= _ELLIPSIS_WORDS:
                return figure
            return None
        return None

    def _first_named(self, fact: LoadedFact) -> str | None:
        """The entity of the fact's ``about`` whose name or alias comes first in its text:
        the sentence's subject, when a reviewer listed another first ("A third Northvale
        Air Ambulance Network helicopter, based at St Brennan's University Hospital, …"
        about the hospital, then the Network). A possessive owner is no subject:
        "Varnholm's PedalPath scheme logged …" is led by PedalPath."""
        padded = f" {normalize(fact.text)} "
        first: tuple[int, str] | None = None
        for entity_id in fact.about:
            entity = self.index.entity(entity_id)
            for label in (entity.name, *entity.aliases):
                at = padded.find(f" {normalize(label)} ")
                if not label or at < 0 or _possessive_first(fact.text, label):
                    continue
                if first is None or at < first[0]:
                    first = (at, entity_id)
        return first[1] if first is not None else None

    def _counts_as_of(self, q: Query, group: list[StatedCount]) -> list[StatedCount]:
        """The statements for the time asked, the answering one first, then the older
        ones, newest first (restatements of one value dropped)."""
        ordered = sorted(group, key=lambda c: c.date, reverse=True)
        t = q.time
        if t.year is not None:
            cutoff = f"{t.year}-{t.month:02d}" if t.month else str(t.year)
        elif t.until is not None:
            cutoff = f"{t.until}-{t.until_month:02d}" if t.until_month else str(t.until)
        else:
            cutoff = None
        if cutoff is not None:
            ordered = [c for c in ordered if c.date[: len(cutoff)] <= cutoff]
        # Asked "now" on a day given: the counts stated by then (all, if none was yet).
        ordered = [c for c in ordered if self.known_on(q, c.fact)] or ordered
        kept: list[StatedCount] = []
        for c in ordered:
            if not kept or c.figure.value != kept[-1].figure.value:
                kept.append(c)
        return kept


def _stale_answer(index: Index, q: Query, newest: StatedCount) -> Answer:
    """not_found for a year no statement reaches (``figure_series.stale_for_year``),
    naming the newest figure stated and its date, cited."""
    # The older figure is not shown: read beside the year asked, it would be taken for
    # the answer (the blind bases ban it in such a reply); its date and release are.
    text = (
        f"The releases give no figure for that in {q.time.year}: the newest they state "
        f"is as of {newest.date}, older than that."
    )
    return dataclasses.replace(
        not_found(q.question, text),
        citations=citations(index, [newest.fact.source]),
        entities=tuple(newest.fact.about),
    )


def _commitment_bound(q: Query) -> str | None:
    """The date every commitment asked is given by: "9999" (no bound) when the question
    names no time, the year (or month) of "by 2020" / "until 2020", None for another
    time ("in 2018" asks that year's sum, not every one)."""
    t = q.time
    if not t.points and not t.bounded:
        return "9999"
    if len(t.points) == 1 and not asked_at_point(q.words):
        return t.points[0]
    if t.until is not None and t.since is None and t.year is None:
        return f"{t.until}-{t.until_month:02d}" if t.until_month else str(t.until)
    return None


def _descending(date: str) -> tuple[int, ...]:
    """A sort key putting newer ISO dates first."""
    return tuple(-int(part) for part in date.split("-") if part.isdigit())


def _head_noun(words: tuple[str, ...]) -> str | None:
    """The last word of the noun phrase after "how many" ("hubs" in "how many cold
    storage hubs are running"), or None when the question does not open so."""
    phrase = _noun_phrase(words)
    return phrase[-1] if phrase else None


def _names_things_not_people(noun: str) -> bool:
    """Whether ``noun`` (as asked: "countries") names a kind of entity other than people
    (``KIND_NOUNS``): what a verb's figure ("has trained 5,100") never counts."""
    kinds = KIND_NOUNS.get(noun)
    return kinds is not None and EntityKind.PERSON not in kinds


def _money(text: str) -> Figure | None:
    """The first sum of money a sentence states ("US$4 million"), its unit "money"
    (sums are one series whatever word follows them); in "raised the budget from £38
    million to £61 million" the sum it went to, never the one it started from, with the
    clause of the change as its lead: "budget" and "raised" say what £61 million is,
    though the figure reader ends its lead at the sum before it."""
    sums = [f for f in figures_in(text) if is_money(f)]
    for i, figure in enumerate(sums):
        if figure.before[-1:] == (_FROM,) and any(g.before[-1:] == (_TO,) for g in sums[i + 1 :]):
            continue
        if i and figure.before[-1:] == (_TO,) and sums[i - 1].before[-1:] == (_FROM,):
            start = sums[i - 1]
            figure = dataclasses.replace(figure, lead=(*start.lead, *figure.lead))
        return dataclasses.replace(figure, unit="money")
    return None


_FROM, _TO = stem("from"), stem("to")
# "Start / begin / open / launch with": the count at the start.
_START_STEMS = frozenset(stem(w) for w in "start begin open launch".split())


def _asks_start(words: tuple[str, ...]) -> bool:
    """Whether "how many …" asks what the subject started with ("did X start with",
    "did X begin with", "did X launch with", "did X start in?")."""
    if "with" in words and any(stem(w) in _START_STEMS for w in words):
        return True
    # "How many libraries did X start in?": "in" after the start word, no year after it
    # ("how many did X start in 2019?" asks a year).
    return any(
        stem(w) in _START_STEMS
        and words[i + 1 : i + 2] == ("in",)
        and not (words[i + 2 : i + 3] and words[i + 2].isdigit())
        for i, w in enumerate(words)
    )


def _possessive_first(text: str, label: str) -> bool:
    """Whether ``label`` first occurs in ``text`` as a possessive ("Varnholm's")."""
    found = re.search(rf"\b{re.escape(label)}(['’]s)?\b", text, re.IGNORECASE)
    return found is not None and found[1] is not None


def _money_of_kind(
    q: Query, groups: dict[tuple[str, str], list[StatedCount]]
) -> dict[tuple[str, str], list[StatedCount]]:
    """The sums of the kind the question's verb asks ("raised", "committed", "pledged"):
    those whose own clause has the verb, when any does. A total raised since 2009 and a
    year's funding renewed are two measures, never one series newest first."""
    mentioned = {t for m in q.mention_terms.values() for t in m}
    verbs = set(q.terms) - mentioned - {stem(w) for w in _MONEY_WORDS}
    if not verbs:
        return groups
    kept = {key: [c for c in group if verbs & set(c.figure.lead)] for key, group in groups.items()}
    kept = {key: group for key, group in kept.items() if group}
    return kept or groups


def _goal_named_before(text: str, figure: Figure) -> bool:
    """Whether ``text`` names a goal ("aims", "its target of") before ``figure`` (one of
    its figures), or names one and the figure cannot be placed: "its goal of 150 sites
    is unchanged" states a goal, "reaches 31 stations, above its target of 27" a count
    (the first place the figure's value is written)."""
    goal = goal_named_at(text)
    if goal is None:
        return False
    at = re.search(rf"(?<![\d.,]){re.escape(figure.value)}(?![\d])", text)
    return at is None or goal < at.start()


def _done(text: str, verbs: set[str]) -> Figure | None:
    """The figure of ``text`` right after one of ``verbs`` (stems): "has trained 5,100"."""
    for figure in figures_in(text):
        if "%" in figure.value or "cent" in figure.value:
            continue
        if set(figure.before) & verbs:
            return figure
    return None


def _carried_total(
    text: str, index: Index, subject: str, pick: Callable[[str], Figure | None]
) -> Figure | None:
    """The total a sentence led by another party carries the subject's holding to, as
    ``pick`` reads it: "Brightline has bought 30 cargo bikes, which brings the Bike
    Library's cargo fleet to 40 cargo bikes" gives the Library 40 (a verb of
    ``total_verbs.txt``, the subject's name or alias in the possessive, at most
    ``_CARRIED_REACH`` words of what it holds, "to", then the figure); None otherwise."""
    entity = index.entity(subject)
    for label in (entity.name, *entity.aliases):
        if not label:
            continue
        pattern = (
            rf"\b([A-Za-z]+)\s+(?:([A-Za-z]+)\s+)?{re.escape(label)}['\u2019]s\s+"
            rf"((?:[\w-]+\s+){{1,{_CARRIED_REACH}}}?)to\s+(.+)"
        )
        for at in re.finditer(pattern, text, re.IGNORECASE):
            verb, determiner, _holding, rest = at.groups()
            if determiner is not None:
                if determiner.casefold() not in _OWNER_DETERMINERS:
                    continue
            elif verb.casefold() in _OWNER_DETERMINERS:
                continue
            if verb.casefold() not in _TOTAL_VERBS:
                continue
            figure = pick(rest)
            # The figure right after "to", never a later one of another clause.
            if figure is not None and rest.lstrip().startswith(figure.value):
                return figure
    return None


def _counting(text: str, noun: str) -> Figure | None:
    """The figure of ``text`` that counts ``noun`` (a stem), or None; a count spelled
    out ("three fibre types") counts too."""
    figures = [f for f in figures_in(text, spelled_out=True, ordinals=True) if "%" not in f.value]
    for i, figure in enumerate(figures):
        if "cent" in figure.value or (set(figure.lead) & _GOAL_STEMS and not figure.met):
            # "…did not reach its objective of 10,000 homes", "…on the way to its goal
            # of 10,000 homes": the goal beside a figure reached is no count of homes. A
            # plan stays ("will dig 60 farm dams": the subjectless count shows it).
            continue
        if is_increment(figure) and any(names_counted(f, noun) for f in figures[i + 1 :]):
            # "Adds 32 stores, bringing the programme to 150 stores": the total counts
            # the stores, the increment does not.
            continue
        # What it counts is the noun phrase right after it: "600 clinic staff to maintain
        # solar fridges" counts staff, not fridges (``figure_series.noun_phrase``).
        if names_counted(figure, noun):
            return figure
        if (
            figure.after[:1] == ("of",)
            and i + 1 < len(figures)
            and "of" in figures[i + 1].before
            and any(same_word(w, noun) for w in figures[i + 1].after)
        ):
            # "Twelve of the planned 40 hubs are running": the part counts what is
            # there; the whole after it is what was planned. A figure of another clause
            # ("all nine of the city's libraries, and … lends 1,100 tools") is no whole.
            return figure
        if (
            figure.after[:1] == ("of",)
            and any(same_word(w, noun) for w in figure.after[1:_PART_OF_REACH])
            and not (i + 1 < len(figures) and "of" in figures[i + 1].before)
        ):
            # "All nine of the city's libraries": nine libraries, the whole named after
            # "of" with no figure of its own.
            return figure
        if noun in MEMBERSHIP_TERMS and counts_members(text, figure):
            return figure
    return None


# How many words after "N of" the noun N counts may come ("nine of Brantwick's libraries").
_PART_OF_REACH = 5

# How many words after "<unit> of" the goods' noun may come ("kilometres of pollinator
# corridors").
_GOODS_REACH = 3


def _goods_after_unit(words: tuple[str, ...], unit_word: str) -> str | None:
    """The stem of the goods a question measures in a unit: "corridors" of "how many
    kilometres of corridors …"; None when no "of <noun>" follows the unit."""
    at = words.index(unit_word)
    rest = words[at + 1 : at + 3]
    if len(rest) < 2 or rest[0] != "of" or rest[1] in STOP_WORDS:
        return None
    return stem(rest[1])


# "Pounds" is a weight and a currency; given or granted, it is money.
_POUND = stem("pounds")


def _pounds_given(q: Query) -> bool:
    """Whether ``q`` asks "how many pounds did X grant / donate …?": a sum in pounds
    sterling (money_given.yaml's verbs), not a weight, so a "£250,000" answers it.
    Pounds "of" goods ("pounds of food did X donate") are a weight still."""
    if q.words[:2] != ("how", "many") or not set(q.words) & money_given().verbs:
        return False
    noun = list_noun(q.words)
    if noun is None or unit_stem(stem(noun)) != unit_stem(_POUND):
        return False
    at = q.words.index(noun)
    return q.words[at + 1 : at + 2] != ("of",)


def _in_unit(text: str, unit: str, goods: str | None) -> Figure | None:
    """The figure of ``text`` written in ``unit`` (a unit's stem, any of its forms:
    "8 MW" for megawatts), of ``goods`` (a stem) when given: "318 kilometres of
    pollinator corridors" for kilometres of corridors; None when none is."""
    for figure in figures_in(text):
        after = figure.after
        if not after or unit_stem(after[0]) != unit:
            continue
        if goods is None:
            return figure
        reach = after[2 : 2 + _GOODS_REACH] if after[1:2] == ("of",) else ()
        if any(same_word(w, goods) for w in reach):
            return figure
    return None


def _across_the_years(words: tuple[str, ...]) -> set[str]:
    """The word "years" of "over the years" / "through the years" / "across the years",
    which asks every time, no length of time ("how much has X committed over the
    years?"); none otherwise."""
    return {
        c
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
        if a in ("over", "through", "across") and b == "the" and c == "years"
    }


def stated_after(counts: list[StatedCount], held: str, end: str) -> StatedCount | None:
    """For a month asked (``end`` "2023-12"), the first count stated after it when the
    one in force (dated ``held``) is from an earlier year: the figure then lies between
    the two. None for a year asked ("in 2022": the older figure held in part of it),
    a figure of the year asked, or nothing stated later."""
    if len(end) < 7 or not held or held[:4] >= end[:4]:
        return None
    later = [c for c in counts if c.date and c.date[: len(end)] > end]
    return min(later, key=lambda c: c.date) if later else None
