"""Arithmetic on stated figures: durations from ranges or two dates, change between two figures."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered, format_date, not_found
from bot.engine.qa.durations import (
    RangeVotes,
    StatedRange,
    YearRange,
    between,
    entity_labels,
    range_duration,
    range_votes,
    states_sum,
    subject_range,
    year_range,
)
from bot.engine.qa.executors.base import (
    _CHANGE_TERMS,
    _DURATION_TERMS,
    _DURATION_WORDS,
    _YEAR,
    MAX_LIST_FACTS,
    NEWEST_AMONG,
    ExecutorBase,
    Result,
    _fmt,
)
from bot.engine.qa.executors.events import is_aim
from bot.engine.qa.executors.funders import shared_gift
from bot.engine.qa.figures import figure_value, figures_in, figures_then, same_word
from bot.engine.qa.phases import phase_named
from bot.engine.qa.query import Query
from bot.engine.qa.range_owner import range_of_another
from bot.engine.qa.stated_tenure import own_length
from bot.engine.qa.vocabulary import (
    NUMBER_WORDS,
    ORDINAL_POSITIONS,
    ROLE_TERMS,
    TITLE_WORDS,
    number_word,
)
from bot.kb.models import EntityKind, LoadedFact
from bot.search.terms import stem
from bot.textnorm import normalize
from bot.vocab import money_given, month_names_pattern

# "After six years in the post", "an eighteen-month course": a length a sentence states
# in whole units (years, months or weeks; ``_length_head`` shows it in its own unit).
_STATED_LENGTH = re.compile(
    r"\b(\d{1,3}|" + "|".join(NUMBER_WORDS[1:]) + r")[ -](years?|months?|weeks?)\b",
    re.IGNORECASE,
)


# What sets a clause apart within a sentence: a comma, a semicolon, a colon, a dash or a
# bracket.
_CLAUSE_EDGE = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


class _Gift(NamedTuple):
    """One sum a subject gives, as ``_gift_length`` orders them: the first year it covers
    (else its sentence's year), its sentence's ISO date, the fact's place in its
    release, the fact, and the range of years it states (None when it states a length
    only: "over four years")."""

    start: int
    date: str
    position: int
    fact: LoadedFact
    span: YearRange | None


def _clause_terms(text: str, span: tuple[int, int]) -> frozenset[str]:
    """The content terms (stems) of the clause of ``text`` holding ``span`` (character
    offsets): from the clause edge before it to the one after it."""
    from bot.search.terms import content_terms

    edges = [m.start() for m in _CLAUSE_EDGE.finditer(text)]
    start = max((e for e in edges if e < span[0]), default=-1) + 1
    end = min((e for e in edges if e >= span[1]), default=len(text))
    return frozenset(content_terms(text[start:end]))


def _length_head(match: re.Match[str]) -> str:
    """A length ``_STATED_LENGTH`` matched, in its own unit: "Eighteen months", "One
    year"."""
    amount = match[1].lower()
    shown = amount if not amount.isdigit() else number_word(int(amount))
    unit = match[2].lower().rstrip("s")
    unit += "" if shown in ("one", "1") else "s"
    return f"{shown.capitalize()} {unit}"


# Words for a post, in a question about how long someone held it.
_POST_TERMS = ROLE_TERMS | frozenset(
    stem(w) for w in (*TITLE_WORDS, *"serve served serving hold held helm charge stay".split())
)

# "How long are A's grants to B?" with several and none picked: at most this many listed.
MAX_GIFTS_SHOWN = 4

# Words naming what a figure measures ("the share of", "the number of").
_MEASURE_TERMS = frozenset(
    stem(w)
    for w in "share number amount total count figure level rate proportion percentage percent "
    "among".split()
)
# Words relating two things in time ("between A and B", "after A").
_TWO_ENDS_WORDS = frozenset("between after before since from until till ago".split())
# "How long does / will / do X …": how long something lasts, in the present or future.
_ONGOING_ASKS = frozenset(("how", "long", verb) for verb in "does do will can would".split())
_ONGOING_IS = frozenset(("how", "long", verb) for verb in ("is", "are"))
# "for its first three years", "over six years": the length a sentence states.
_FOR_YEARS = re.compile(
    r"\b(?:for|over)\s+(?:(?:its|the|their)\s+)?(?:(?:first|next)\s+)?(?P<n>\d{1,3}|"
    + "|".join(NUMBER_WORDS[1:])
    + r")[ -](?P<unit>years?|months?)\b",
    re.IGNORECASE,
)
# "A three-year grant", "a five-year commitment": a length written before a sum's noun
# (``money_given.yaml``), which "a 25-year history" is not.
_LENGTH_OF_SUM = re.compile(
    r"\b(?P<n>\d{1,3}|"
    + "|".join(NUMBER_WORDS[1:])
    + r")[ -](?P<unit>years?|months?)[ -](?:\w+ )?(?:"
    + "|".join(sorted(money_given().nouns, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def _sum_length(text: str) -> re.Match[str] | None:
    """The length a sentence gives its sum: "over four years", "for its first three
    years" (``_FOR_YEARS``) or "a three-year grant"; None for another length ("its
    25-year history")."""
    return _FOR_YEARS.search(text) or _LENGTH_OF_SUM.search(text)


def _sum_length_head(match: re.Match[str]) -> str:
    """A length ``_sum_length`` matched, in its own unit: "Four years"."""
    amount = match["n"].lower()
    shown = amount if not amount.isdigit() else number_word(int(amount))
    unit = match["unit"].lower().rstrip("s")
    unit += "" if shown in ("one", "1") else "s"
    return f"{shown.capitalize()} {unit}"


# "until December 2023", "through 2026": the end a sentence states.
_UNTIL = re.compile(
    r"\b(?:until|till|through|to the end of)\s+"
    rf"(?P<end>(?:(?:{month_names_pattern(capitalised=True)})\s+)?(?:19|20)\d\d)\b"
)
# Words asking for a period rather than naming what it is of.
_PERIOD_WORDS = frozenset(
    stem(w) for w in "span spans cover covers covered run runs ran last lasts period".split()
)
# Asking for a change of a percentage: read the percentages, in percentage points.
_PERCENT_WORDS = frozenset("share percent percentage proportion per cent".split())
_PERCENTAGE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|per ?cent\b|percent\b)", re.IGNORECASE)


def _reached_part(text: str) -> str:
    """What a sentence says was reached, before any goal it names: "has outplanted
    152,000 fragments, short of its goal of 200,000" reads 152,000; a sentence that only
    sets a goal ("aims to train 30,000") reads nothing."""
    if not is_aim(text):
        return text
    goal = _GOAL_WORD.search(text)
    return text[: goal.start()] if goal else ""


_GOAL_WORD = re.compile(
    r"\b(?:aims?|aimed|aiming|targets?|goals?|objectives?|plans?|planned|will|seeks?)\b",
    re.IGNORECASE,
)


def _count_in(text: str, terms: set[str]) -> float | None:
    """The count a sentence states, never a percentage ("71 per cent were still alive"
    is no count of fragments): the figure counting a word asked, else the first."""
    found = figures_then([f for f in figures_in(text) if not _PERCENTAGE.search(f.value)])
    if not found:
        return None
    named = [f for f in found if any(same_word(w, t) for w in f.after for t in terms)]
    figure = (named or found)[0]
    if not _DIGITS.search(figure.value):
        return None
    # With its scale: "1.1 million kilometres" is 1,100,000, never 1.1.
    return figure_value(figure)


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _percentage(text: str) -> float | None:
    """The first percentage a sentence states ("61 per cent" -> 61.0)."""
    match = _PERCENTAGE.search(text)
    return float(match[1]) if match else None


class ArithmeticAnswers(ExecutorBase):
    def change(self, q: Query) -> Result:
        """ "How much did X grow from 2019 to 2021?": two stated figures, subtracted."""
        if len(q.time.points) != 2:
            return None
        terms = [t for t in q.terms if t not in _CHANGE_TERMS]
        found = self._change_of(q, terms)
        # "the share of women among trainees", "the number of trained…": words naming
        # the measure, which the sentences stating it need not use (and which other
        # sentences may: "share" in "shared vision").
        plain = [t for t in terms if t not in _MEASURE_TERMS]
        if found is None and plain != terms:
            found = self._change_of(q, plain)
        return found

    def _change_of(self, q: Query, terms: list[str]) -> Result:
        """The change between the figures the best sentences for ``terms`` state at the
        question's two dates; None when a date has none."""
        ranked = self.retriever.rank(terms, set(q.subjects), include_quotes=False)
        if not ranked:
            return None
        percent = bool(set(q.words) & _PERCENT_WORDS)
        wanted = set(terms)

        def read(text: str) -> float | None:
            return _percentage(text) if percent else _count_in(text, wanted)

        figures = [
            (c, number)
            for c in ranked
            if isinstance(c.item, LoadedFact)
            and (number := read(_reached_part(c.item.text))) is not None
        ]
        chosen = []
        for point in q.time.points:
            at = [
                (c, n)
                for c, n in figures
                if self.fact_date(c.item).startswith(point)  # type: ignore[arg-type]
                or (len(point) > 4 and self.fact_date(c.item)[:7] <= point)  # type: ignore[arg-type]
            ]
            if not at:
                return None
            # The best match; among equally good ones, the newest by then.
            best = max(c.score for c, _ in at)
            close = [(c, n) for c, n in at if c.score >= NEWEST_AMONG * best]
            chosen.append(max(close, key=lambda cn: self.fact_date(cn[0].item)))  # type: ignore[arg-type]
        (a, x), (b, y) = chosen
        if a.item.id == b.item.id:
            return None
        fa, fb = a.item, b.item
        assert isinstance(fa, LoadedFact) and isinstance(fb, LoadedFact)
        diff = y - x
        sign = "+" if diff > 0 else ("−" if diff < 0 else "±")
        unit, mark = (" percentage points", "%") if percent else ("", "")
        text = (
            f"**{sign}{_fmt(abs(diff))}{unit}** (from {_fmt(x)}{mark} to {_fmt(y)}{mark}: "
            f"{_fmt(y)} − {_fmt(x)} = {'-' if diff < 0 else ''}{_fmt(abs(diff))}).\n"
            f"• {format_date(self.fact_date(fa))}: {fa.text.strip()}\n"
            f"• {format_date(self.fact_date(fb))}: {fb.text.strip()}"
        )
        return answered(self.index, q.question, text, [fa.source, fb.source], entities=q.subjects)

    def arithmetic(self, q: Query) -> Result:
        """How many years: a stated range ("2018-2021"), or between two dated things."""
        if not set(q.words) & _DURATION_WORDS or _counts_other_than_time(q.words):
            return None
        index = self.index
        # "How long is A's latest grant to B?": one of A's sums, before what lasts.
        gift = self._gift_length(q)
        if gift is not None:
            return gift
        if (
            len(q.subjects) > 1
            and q.words[:3] in _ONGOING_IS
            and not set(q.words) & _TWO_ENDS_WORDS
        ):
            # "How long is the Trust's money meant to keep the Academy going?": the end a
            # sentence states for it, when one does ("how long is the first phase?" is
            # its range, below).
            until = self._stated_until(q)
            if until is not None:
                return until
        if len(q.subjects) > 1 and q.words[:3] in _ONGOING_ASKS:
            # "How long does the Trust's money keep the Academy running?": how long one
            # thing lasts, not the time between the things it names; the end a sentence
            # states for it ("covering its running costs until December 2023"), else the
            # releases don't say.
            return self._stated_until(q) or not_found(
                q.question, "The releases don't say how long that lasts."
            )
        first_phase = self._first_phase_span(q)
        if first_phase is not None:
            return first_phase
        stated = self.stated_duration(q)
        if stated is not None:
            return stated
        if not set(q.words) & _TWO_ENDS_WORDS:
            # "How many years did the first phase run?": one thing's stated range, not
            # the years between the things the question names.
            span = self.stated_range(q)
            if span is not None:
                return self._duration(q, q.subjects[0] if q.subjects else "", span)
        dated: list[tuple[str, str, str]] = []  # (ISO date, what, source)
        for subject in q.subjects:
            found = self._year_of(subject)
            if found is not None:
                dated.append(found)
        years = sorted({d[0][:4] for d in dated})
        if len(years) < 2:
            for subject in q.subjects:
                span = self._range_of(subject)
                if span is not None and not self._given_by_another(subject, span):
                    return self._duration(q, subject, span)
        if len(years) == 1:
            # "…between the G20 recognition and this meeting": the other end is a dated
            # fact the question's words name.
            terms = [t for t in q.terms if t not in _DURATION_TERMS]
            # All the words together first, then each alone ("recognition … meeting").
            for group in [terms, *([t] for t in terms)] if terms else []:
                ranked = self.retriever.rank(group, set(), include_quotes=False, wants="date")
                for c in ranked:
                    fact = c.item
                    if isinstance(fact, LoadedFact) and fact.date and c.literal:
                        if fact.date[:4] not in years:
                            dated.append((fact.date, fact.text.strip(), fact.source))
                            years.append(fact.date[:4])
                        break
                if len(years) > 1:
                    break
            if len(years) == 1:
                for subject in q.subjects:
                    if index.entity(subject).kind is not EntityKind.PERSON:
                        continue
                    for fact in index.facts_by_entity.get(subject, []):
                        if fact.date and set(terms) & self._fact_terms(fact):
                            if fact.date[:4] not in years:
                                dated.append((fact.date, fact.text.strip(), fact.source))
                                years.append(fact.date[:4])
                            break
        if not q.subjects:
            # "How many years does the framework span?": the range the sentence the
            # question's words name states.
            found = self.stated_range(q)
            if found is not None:
                return self._duration(q, "", found)
        if set(q.words) & money_given().nouns and not set(q.words) & _TWO_ENDS_WORDS:
            # "How many years does A's grant to B cover?" asks one sum's years: the time
            # between A's founding and B's launch is no answer to it.
            return None
        if q.words[:3] in _ONGOING_ASKS | _ONGOING_IS and not set(q.words) & _TWO_ENDS_WORDS:
            # "How long are the centres open?" asks how long one thing lasts: the time
            # between two dated things it names is no answer to it.
            return None
        if len(dated) >= 2 and len(years) >= 2:
            first = min(dated)
            last = max(dated)
            took = between(first[0], last[0])
            text = f"**{took.head}** ({took.working}).\n• {first[1]}\n• {last[1]}"
            return answered(index, q.question, text, [first[2], last[2]], entities=q.subjects)
        return None

    def _first_phase_span(self, q: Query) -> Answer | None:
        """ "How long was the first phase of X?" when no sentence names a first phase but
        a later release names a later one: X's span as stated before that (a "six-year
        programme", "from 2017 to 2022"), the first phase being X as first planned.
        ``not_found`` when no statement about X names any phase: X's own span (or a
        grant's for it) is no phase's. None otherwise."""
        if phase_named(q.question) != 1 or not q.subjects:
            return None
        subject = q.subjects[0]
        facts = self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
        summaries = self.index.summary_history(subject)
        if all(
            phase_named(t) is None for t in [*(f.text for f in facts), *(s.text for s in summaries)]
        ):
            name = self.index.entity(subject).name
            return not_found(q.question, f"The releases name no phases of {name}.")
        later = [
            self.index.source_date(f.source)
            for f in facts
            if (n := phase_named(f.text)) is not None and n > 1
        ]
        if not later or any(phase_named(f.text) == 1 for f in facts):
            return None
        before = sorted(
            (f for f in facts if self.index.source_date(f.source) < min(later)),
            key=lambda f: (self.index.source_date(f.source), f.position),
        )
        for fact in before:
            if not fact.about or fact.about[0] != subject:
                continue  # another party's commitment "over six years" is its own span
            match = _STATED_LENGTH.search(fact.text)
            if match is not None:
                text = (
                    f"**{_length_head(match)}**, as first planned: the releases name no "
                    f"first phase, and a later release names a later one.\n• {fact.text.strip()}"
                )
                return answered(self.index, q.question, text, [fact.source], entities=[subject])
        return None

    def _stated_until(self, q: Query) -> Answer | None:
        """The end a sentence about every subject states ("until December 2023"): a
        fact about them all, or the summary of a thing such a fact is also about (the
        grant the fact records); None when none states one."""
        index = self.index
        subjects = set(q.subjects)
        for fact in index.facts_by_entity.get(q.subjects[0], [])[:MAX_LIST_FACTS]:
            if not subjects <= set(fact.about):
                continue
            # A sentence also about another thing states that thing's span ("funding CWR
            # Rescue … over six years"); the other thing's own summary may state the
            # subjects' (the grant the fact records).
            alone = set(fact.about) == subjects
            statements = [(fact.text, fact.source)] * alone + [
                (summary.text, summary.source)
                for e in fact.about
                if e not in subjects
                for summary in index.summary_history(e)
            ]
            for text, source in statements:
                until = _UNTIL.search(text)
                lasts = _FOR_YEARS.search(text)
                if until is not None:
                    head = f"Until {until['end']}"
                elif lasts is not None:
                    head = f"{lasts['n'].capitalize()} {lasts['unit'].lower()}"
                else:
                    continue
                return answered(
                    index,
                    q.question,
                    f"**{head}**, as the release says.\n• {text.strip()}",
                    [source],
                    entities=list(fact.about),
                )
        return None

    def stated_duration(self, q: Query) -> Answer | None:
        """A duration a fact about every subject states in words ("after six years in the
        post"): it beats working one out from a range that may be another thing's."""
        if not q.subjects:
            return None
        index = self.index
        terms = {t for t in q.terms if t not in _DURATION_TERMS}
        # "How many years was X in charge of Y?": words for holding a post ("head",
        # "serve", "at the helm") are said by the fact's title, whichever it is ("after
        # six years in the post"); other words must be the fact's own.
        person = q.subjects[0] in index.person_ids
        other = terms - _POST_TERMS if person else terms
        # "How long is / does X …": how long a thing lasts, asked by its own words.
        lasting = not person and q.words[:3] in _ONGOING_ASKS | _ONGOING_IS
        # Of several, the sentence about the subjects alone: "the Fund is funding CWR Rescue
        # … over six years" is about another thing the Fund and the Network share.
        facts = sorted(
            index.facts_by_entity.get(q.subjects[0], [])[:MAX_LIST_FACTS],
            key=lambda f: len(set(f.about) - set(q.subjects)),
        )
        for fact in facts:
            if not set(q.subjects) <= set(fact.about):
                continue
            match = _STATED_LENGTH.search(fact.text)
            if match is None or (other and not terms & self._fact_terms(fact)):
                continue
            if lasting and not other <= _clause_terms(fact.text, match.span()):
                # "How long are the centres open?": "… marked eight years since its
                # launch, with 64 centres open" is the launch's length, not how long the
                # centres open; the length must stand in one clause with the words asked.
                continue
            # "An eighteen-month course" is a length of eighteen months.
            if person and not own_length(
                index,
                q.subjects[0],
                fact.text,
                [e for e in fact.about if e in index.person_ids],
                match.span(),
            ):
                # A person's length is their own: no other person named between them
                # and it ("succeeding B, who retired after fourteen years as Chief
                # Executive" is B's), and "as <title>" one of their titles.
                continue
            head = _length_head(match)
            text = f"**{head}**, as the release says.\n• {fact.text.strip()}"
            return answered(index, q.question, text, [fact.source], entities=q.subjects)
        return None

    def _gift_length(self, q: Query) -> Answer | None:
        """ "How many years does A's first grant to B cover?": the sums given that
        every subject's sentences state with a length or a range of years, in the order
        of their years; the one the ordinal asked picks ("first", "second", "latest"),
        else the only one, else the one sharing the question's other words. Its stated
        length ("over four years") beats a range worked out. None when the question
        names no sum given ("commitment", ``money_given.yaml``) or no one sum is found."""
        words = set(q.words)
        if not q.subjects or not words & money_given().nouns or words & _TWO_ENDS_WORDS:
            return None
        subjects = set(q.subjects)
        gifts: list[_Gift] = []
        for fact in self.index.facts_by_entity.get(q.subjects[0], [])[:MAX_LIST_FACTS]:
            if not subjects <= set(fact.about) or not states_sum(fact.text):
                continue
            if shared_gift(self.index, fact, q.subjects[0], q.subjects):
                continue  # "A and B have invested …": no one gift of A's
            span = year_range(fact.text)
            if span is None and _sum_length(fact.text) is None:
                continue
            date = self.fact_date(fact)
            # A gift's time is the first year it covers, else its sentence's date.
            start = span.start if span is not None else int(date[:4])
            gifts.append(_Gift(start, date, fact.position, fact, span))
        # A sum whose sentence names another thing besides the subjects ("the Fund is
        # funding CWR Rescue … over six years", filed under both) is that thing's, when
        # some sum is theirs alone; the agreement a sum is ("the 2021 renewal") and a
        # place are no other thing.
        alone = [g for g in gifts if not self._other_receivers(g.fact, subjects)]
        gifts = alone or gifts
        if not gifts:
            return None
        gifts.sort(key=lambda g: (g.start, g.date, g.position))
        ordinals = [ORDINAL_POSITIONS[w] for w in q.words if w in ORDINAL_POSITIONS]
        if ordinals:
            n = ordinals[0]
            if abs(n) > len(gifts) and n != -1:
                return None
            chosen = gifts[n - 1 if n > 0 else n]
        elif len(gifts) == 1:
            chosen = gifts[0]
        elif len(q.time.points) == 1 and (dated := self._gift_of_year(gifts, q.time.points[0])):
            # "How many years does A's 2025 commitment cover?": the sum whose years start
            # then, else the one a release of that year gives.
            chosen = dated
        else:
            asked = {t for t in q.terms if t not in _DURATION_TERMS and t not in _PERIOD_WORDS}
            sharing = [g for g in gifts if asked & self._fact_terms(g.fact)]
            if len(sharing) != 1:
                # Several sums and nothing to choose one: each with its length, in order.
                lines = [
                    f"• {self._gift_head(g.fact, g.span)}: {g.fact.text.strip()}"
                    for g in gifts[:MAX_GIFTS_SHOWN]
                ]
                text = "**The releases give these sums, each for its own years:**\n" + "\n".join(
                    lines
                )
                sources = [g.fact.source for g in gifts[:MAX_GIFTS_SHOWN]]
                return answered(self.index, q.question, text, sources, entities=q.subjects)
            chosen = sharing[0]
        fact, span = chosen.fact, chosen.span
        match = _sum_length(fact.text)
        if match is not None:
            text = f"**{_sum_length_head(match)}**, as the release says.\n• {fact.text.strip()}"
            return answered(self.index, q.question, text, [fact.source], entities=q.subjects)
        assert span is not None
        return self._duration(q, q.subjects[0], StatedRange(span, fact.text.strip(), fact.source))

    @staticmethod
    def _gift_of_year(gifts: list[_Gift], year: str) -> _Gift | None:
        """The one gift starting in ``year`` (ISO, "2025"), else the one stated in a
        release of that year; None when none or several are."""
        for picked in (
            [g for g in gifts if str(g.start) == year[:4]],
            [g for g in gifts if g.date[:4] == year[:4]],
        ):
            if len(picked) == 1:
                return picked[0]
        return None

    def _other_receivers(self, fact: LoadedFact, subjects: set[str]) -> set[str]:
        """The things ``fact`` links besides ``subjects`` that a sum may be for: no
        agreement (the sum itself), place or person."""
        index = self.index
        return {
            e
            for e in fact.about
            if e not in subjects
            and e in index.kb.entities
            and index.entity(e).kind
            not in (EntityKind.AGREEMENT, EntityKind.PLACE, EntityKind.PERSON)
        }

    def _gift_head(self, fact: LoadedFact, span: YearRange | None) -> str:
        """A sum's length as a list line leads with it: the stated one ("Four years,
        as stated"), else its range's count ("Four years, 2021 to 2024")."""
        match = _sum_length(fact.text)
        if match is not None:
            return f"{_sum_length_head(match)}, as stated"
        assert span is not None
        counted = self._counted_as_written(StatedRange(span, fact.text, fact.source))
        return f"{range_duration(counted).head}, {span.start} to {span.end}"

    def _given_by_another(self, subject: str, stated: StatedRange) -> bool:
        """Whether ``stated`` is the years of a sum another party gives ``subject`` ("The
        Foundation renewed its support for X with EUR 4.5 million from 2023 to 2025"):
        the giver's sum, not how long ``subject`` or anyone in it lasts."""
        if not stated.span.summed:
            return False
        opening = normalize(stated.text)
        labels = [normalize(label) for label in self._names_of(subject)]
        return not any(opening.startswith((label, f"the {label}")) for label in labels if label)

    @functools.cached_property
    def _range_counting(self) -> tuple[dict[str, bool], bool | None]:
        """How the releases count a range "from X to Y" where a sentence also states its
        length (``durations.range_votes``): by release id (only releases that show it),
        and over the whole base (None when it never shows, or shows both equally)."""
        by_source: dict[str, bool] = {}
        overall = RangeVotes(0, 0)
        for source, facts in self.index.facts_by_source.items():
            votes = range_votes([f.text for f in facts])
            if votes.counting is not None:
                by_source[source] = votes.counting
            overall += votes
        return by_source, overall.counting

    def _counted_as_written(self, stated: StatedRange) -> YearRange:
        """``stated``'s range, counted both ends or not as its release (else the base)
        counts the ranges whose length it also states, when only the sum its sentence
        gives made it count both ends (``YearRange.summed``)."""
        span = stated.span
        if not span.summed:
            return span
        by_source, overall = self._range_counting
        counting = by_source.get(stated.source, overall)
        if counting is False:
            return span._replace(inclusive=False)
        return span

    def _duration(self, q: Query, subject: str, stated: StatedRange) -> Answer:
        """The years a stated range spans, counted as the sentence writes it
        (``durations.range_duration``) and as the releases count such ranges
        (``_counted_as_written``): whichever thing the question names first."""
        took = range_duration(self._counted_as_written(stated))
        text = f"**{took.head}** ({took.working}).\n• {stated.text}"
        return answered(
            self.index, q.question, text, [stated.source], entities=[subject] if subject else []
        )

    def stated_range(self, q: Query) -> StatedRange | None:
        """A year range ("2018-2021", "from 2020 to 2023") stated by the fact that the
        question's words (and subjects) name best: (first, last, sentence, release)."""
        terms = [t for t in q.terms if t not in _DURATION_TERMS and t not in _PERIOD_WORDS]
        subjects = set(q.subjects)
        if not terms and not subjects:
            return None
        ranked = self.retriever.rank(terms, subjects, include_quotes=False) if terms else []
        if terms:
            # The words alone too: the subject may have been read from a partial name.
            named = [t for m in q.mention_terms.values() for t in m]
            ranked += self.retriever.rank([*terms, *named], set(), include_quotes=False)
        pool = {c.item.id: c.item for c in ranked if isinstance(c.item, LoadedFact)}
        for s in q.subjects:
            for fact in self.index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]:
                pool.setdefault(fact.id, fact)
        literal = set(terms)
        # Named by its name alone ("which years does the eWTP cover?"): only a range the
        # sentence states for it as its subject, not another thing's in a fact naming it.
        own = q.subjects[0] if not terms and len(q.subjects) == 1 else None
        labels = entity_labels(self.index)
        asked_phase = phase_named(q.question)
        best: tuple[tuple[int, int, int], LoadedFact, YearRange] | None = None
        for rank, fact in enumerate(pool.values()):
            match = year_range(fact.text)
            if match is None:
                continue
            stated_phase = phase_named(fact.text)
            if asked_phase is not None and stated_phase not in (None, asked_phase):
                continue  # "the first phase": the second phase's years are not its own
            if subjects and range_of_another(fact.text, fact.about, subjects, self._names_of):
                continue  # "the eWTP would dovetail with the Framework 2018-2021"
            if own is not None and subject_range(fact.text, fact.about, own, labels) is None:
                continue
            hits = len(literal & self._fact_terms(fact))
            covered = len(subjects & set(fact.about))
            # The question's own words first: "the first phase" may have been read as
            # the second phase's name, but a sentence saying "first phase" settles it.
            if (terms and not hits) or (not terms and not covered):
                continue
            key = (hits, covered, -rank)
            if best is None or key > best[0]:
                best = (key, fact, match)
        if best is None:
            return None
        _, fact, span = best
        return StatedRange(span, fact.text.strip(), fact.source)

    def stated_period(self, q: Query) -> Result:
        """ "Which years did the first phase cover?": the range a fact states."""
        found = self.stated_range(q)
        if found is None:
            return None
        text = f"**{found.span.start} to {found.span.end}**\n• {found.text}"
        return answered(self.index, q.question, text, [found.source], entities=q.subjects)

    def _year_of(self, entity_id: str) -> tuple[str, str, str] | None:
        """When a thing happened (ISO date, sentence, release): its own dated fact, or a
        year in its name."""
        index = self.index
        entity = index.entity(entity_id)
        facts = [f for f in index.facts_by_entity.get(entity_id, []) if f.date]
        if entity.kind is EntityKind.PERSON:
            return None
        if facts:
            own = sorted(facts, key=lambda f: (f.about[0] != entity_id, f.date))
            fact = own[0]
            return fact.date or "", fact.text.strip(), fact.source
        years = _YEAR.findall(entity.name)
        if len(years) == 1:
            stated = self.index.summary_source(entity_id, entity.summary)
            source = [stated] if stated else self._declared(entity_id)
            if source:
                return years[0], f"{entity.name}: {entity.summary.strip()}", source[0]
        return None


# What "how many / how much" counts when it asks for a length of time.
_TIME_COUNTED = frozenset("year years month months day days week weeks decade decades time".split())


def asks_time_count(words: tuple[str, ...]) -> bool:
    """Whether "how many …" counts time ("how many years does the grant cover?"): a
    duration, never a figure stated in a year the question names."""
    for i in range(len(words) - 2):
        if words[i] == "how" and words[i + 1] in ("many", "much"):
            return words[i + 2] in _TIME_COUNTED
    return False


def _counts_other_than_time(words: tuple[str, ...]) -> bool:
    """Whether the question counts something that is not time: "how many pupils … now
    compared with last year?" asks for pupils, whatever year it names."""
    for i in range(len(words) - 2):
        if words[i] == "how" and words[i + 1] in ("many", "much"):
            return words[i + 2] not in _TIME_COUNTED
    return False
