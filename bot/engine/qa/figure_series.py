"""The dated series of one figure: every figure reached that counts the noun asked.

"How many fridges by 2024?", "how many more between 2019 and 2021?", "how far from
3,000 in September 2023?" all read one series: the facts whose figure counts the noun
(the words after the figure, or the verb right before it: "has trained 5,100" counts
trainees), each dated by the fact (its own date, else its release's). A figure is left
out when it is a goal or a plan (``figures.is_goal_figure``: judged per figure, since
"has installed 410 …, on the way to its goal of 1,500" states both), a sum of money
when no money is asked, or a percentage when none is asked. A figure a sentence gives
as the start ("nine members, up from the four that founded it in 2017") is the series'
origin, dated by the year it names.

The figure *in force* at a time is the newest stated at or before it; a year or a month
asked covers the whole of it ("by 2024", "in September 2023": every statement dated in
it counts). Goals form a series of their own (``goal_points``).
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from bot.engine.qa.figures import (
    GOAL_NAMING,
    MEMBERSHIP_TERMS,
    NOT_A_STATE,
    Figure,
    counts_members,
    figure_value,
    figures_in,
    first_in_units,
    is_goal_figure,
    is_increment,
    is_money,
    is_planned_figure,
    is_starting_value,
    same_word,
    shown_with_unit,
)
from bot.engine.qa.measures import asked_dimensions, dimension_units, in_unit_of
from bot.engine.qa.vocabulary import PERSONNEL_NOUNS, PREPOSITIONS, SPELLED_NUMBERS
from bot.kb.models import EntityKind, LoadedFact
from bot.search.index import Index
from bot.search.synonyms import synonyms
from bot.search.terms import STOP_WORDS, stem
from bot.textnorm import normalize

# Words of a figure's clause that make the figure before them the start ("up from the
# four that founded it", "from 40 at its launch").
ORIGIN_WORDS = frozenset(
    "founding founded found foundation founders opened opening launch launched start "
    "started began beginning inception outset creation created formed formation".split()
)
_ORIGIN_STEMS = frozenset(stem(w) for w in ORIGIN_WORDS)
_SPELLED = frozenset(SPELLED_NUMBERS)
_YEAR_AFTER = re.compile(r"\b((?:19|20)\d\d)\b")


@dataclass(frozen=True, slots=True)
class FigurePoint:
    """One dated figure of a series: "1,870" counting refrigerators, as of 2023-09-20."""

    fact: LoadedFact
    figure: Figure
    value: float
    date: str  # ISO, as coarse as stated ("2023-09-20", "2017")
    origin: bool = False  # the figure at the beginning, stated as where it started


def name_heads(index: Index) -> dict[str, frozenset[str]]:
    """For each last word (stemmed) of a thing's names, the last words of all its names:
    "fridg" -> {"fridg", "refriger"} for "solar fridges", also called "solar vaccine
    refrigerators". Things only: not people, organisations or places, whose names'
    last words ("Group", "Bank") count nothing. Built once per snapshot."""
    skipped = {EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.PLACE}
    table: dict[str, set[str]] = defaultdict(set)
    for entity in index.kb.entities.values():
        if entity.kind in skipped:
            continue
        heads = {
            stem(words[-1])
            for label in (entity.name, *entity.aliases)
            if len(words := normalize(label).split()) > 1
        }
        for head in heads:
            table[head] |= heads
    return {head: frozenset(group) for head, group in table.items()}


def noun_stems(term: str, heads: dict[str, frozenset[str]]) -> frozenset[str]:
    """``term`` with the words that count the same thing: its thesaurus synonyms, and
    the other names' last words of the things named with it (``name_heads``)."""
    return frozenset({term, *synonyms(term), *heads.get(term, ())})


# Words that end the noun phrase after a figure ("1,120 fridges *in* rural clinics",
# "600 clinic staff *to* maintain solar fridges": staff are counted, not fridges).
_PHRASE_ENDS = frozenset(
    stem(w)
    for w in "to in of for by since at from with and on that which who as per across "
    "over under into a an the is are was were has have had".split()
)


def noun_phrase(figure: Figure) -> tuple[str, ...]:
    """The stems right after a figure, up to a preposition, article or verb: what it
    counts ("solar vaccine refrigerators", "member organisations")."""
    words = []
    for w in figure.after:
        if w in _PHRASE_ENDS:
            break
        words.append(w)
    return tuple(words)


_PERSONNEL_STEMS = frozenset(map(stem, PERSONNEL_NOUNS))
_STOP_STEMS = frozenset(map(stem, STOP_WORDS))
_PREPOSITION_STEMS = frozenset(map(stem, PREPOSITIONS))


def names_counted(figure: Figure, noun: str) -> bool:
    """Whether ``figure`` counts ``noun`` (a stem): a word of its noun phrase is ``noun``
    ("600 clinic staff" counts staff), unless the phrase counts people at the place
    ``noun`` names ("340 museum staff so far" is no count of museums: its head, before any
    stop word, is a personnel noun and ``noun`` is not). The head past a coordination of
    modifiers counts too ("11,000 dock, crane and harbour workers": workers), and so does
    a figure ending its clause after "the number of <noun>" ("the number of coral
    nurseries has grown from the four it started with to nine": nine)."""
    phrase = noun_phrase(figure)
    if not any(same_word(w, noun) for w in phrase):
        if not figure.after and _number_of(figure.lead, noun):
            return True
        if _measured_goods(figure, noun):
            return True
        return any(same_word(w, noun) for w in _coordinated_head(figure))
    head: list[str] = []
    for w in phrase:
        if w in _STOP_STEMS:
            break
        head.append(w)
    people_at = len(head) >= 2 and head[-1] in _PERSONNEL_STEMS
    return not people_at or same_word(head[-1], noun)


# Units of weight and volume: "39 million pounds of food" measures food, the noun
# after "of" (a count asked as "how much food …?").
_MEASURE_UNITS = frozenset(
    stem(w)
    for w in "pound pounds tonne tonnes ton tons kilogram kilograms kg litre litres liter "
    "liters gallon gallons "
    # "15,200 pairs of glasses": a count of glasses, in pairs.
    "pair pairs".split()
)
# How many words after "of" the goods' noun may come ("pounds of fresh surplus food").
_GOODS_REACH = 3


def _measured_goods(figure: Figure, noun: str) -> bool:
    """Whether ``figure`` weighs or measures ``noun``: a unit of measure right after it,
    then "of" and, within a few words, the noun ("5.3 million pounds of fresh food")."""
    after = figure.after
    if len(after) < 3 or after[0] not in _MEASURE_UNITS or after[1] != "of":
        return False
    for w in after[2 : 2 + _GOODS_REACH]:
        if same_word(w, noun):
            return True
        if w in _PHRASE_ENDS:
            return False
    return False


_COORDINATORS = frozenset(stem(w) for w in ("and", "or"))
# How many words after "the number of" its noun may come ("the number of ReefRise coral
# nurseries").
_NUMBER_OF_REACH = 4
_NUMBER = stem("number")


def _number_of(lead: tuple[str, ...], noun: str) -> bool:
    """Whether ``lead`` (a figure's clause before it, stems) says "number of" followed,
    within a few words, by a phrase whose head is ``noun``: the figure at its end is
    that number ("the number of coral nurseries" is one of nurseries, not corals)."""
    for i, w in enumerate(lead[:-1]):
        if w == _NUMBER and lead[i + 1] == "of":
            phrase: list[str] = []
            for x in lead[i + 2 : i + 2 + _NUMBER_OF_REACH]:
                if x in _PHRASE_ENDS or x in _STOP_STEMS:
                    break
                phrase.append(x)
            if phrase and same_word(phrase[-1], noun):
                return True
    return False


_PARTICIPLE = re.compile(r"(?:ed|ing)$")


def modified_head(fact: LoadedFact, figure: Figure, measured: frozenset[str]) -> str:
    """The head of ``figure``'s noun phrase (its last word before any stop word) when no
    measured word is that head, only a modifier before it ("nurseri" of "coral
    nurseries" for "coral"); "" when a measured word is the head, the phrase has no
    modifier, or its last word is a participle ("96,800 trees planted")."""
    head: list[str] = []
    for w in noun_phrase(figure):
        if w in _STOP_STEMS or w in _PREPOSITION_STEMS:
            break
        head.append(w)
    if len(head) < 2 or any(same_word(head[-1], t) for t in measured):
        return ""
    at = fact.text.find(figure.value)
    after = fact.text[at + len(figure.value) :] if at >= 0 else ""
    if any(
        any(same_word(h, t) for h in head[:-1])
        and re.search(rf"\b{re.escape(t)}\w*s\s+[A-Za-z]+-[A-Za-z-]+\b", after, re.IGNORECASE)
        for t in measured
    ):
        # "15 stations step-free": a noun asked, written in the plural and followed by a
        # hyphenated adjective, is the head; a noun modifying another stays singular
        # ("coral nurseries"), and a verb after the noun is no head ("midwives begin").
        return ""
    # "its 100th docking station": the ordinal's suffix is no word of the phrase.
    written = re.findall(r"[A-Za-z]+", re.sub(r"^(?:st|nd|rd|th)\b", "", after))
    if len(written) >= len(head) and _PARTICIPLE.search(written[len(head) - 1].casefold()):
        return ""
    if any(same_word(w, t) for w in _coordinated_head(figure) for t in measured):
        return ""
    return head[-1]


def _coordinated_head(figure: Figure) -> tuple[str, ...]:
    """The head noun past a coordination of modifiers: "trees" in "100,000 new street
    and park trees", whose ``noun_phrase`` stops at "street". Empty when the phrase
    has no coordination, or a figure follows it ("30,000 farmers and 500 mentors")."""
    phrase = noun_phrase(figure)
    rest = figure.after[len(phrase) :]
    if not phrase or not rest or rest[0] not in _COORDINATORS:
        return ()
    more = noun_phrase(dataclasses.replace(figure, after=rest[1:]))
    if not more or any(w[:1].isdigit() for w in more):
        return ()
    return more[-1:]


def counted_words(figure: Figure) -> tuple[str, ...]:
    """The stems of what a figure counts, its head last: its ``noun_phrase`` and the head
    past a coordination of modifiers ("new", "street", "tree" of "100,000 new street and
    park trees")."""
    return noun_phrase(figure) + _coordinated_head(figure)


def goal_nouns(figure: Figure, heads: dict[str, frozenset[str]]) -> frozenset[str]:
    """What a goal figure counts, as measured words: its noun phrase and the verb before
    it ("aims to train 30,000 entrepreneurs": "entrepreneur", "train"), each with the
    words counting the same thing (``noun_stems``)."""
    verbs = [w for w in figure.before if w not in NOT_A_STATE and w not in _PHRASE_ENDS]
    found: set[str] = set()
    for word in (*noun_phrase(figure)[-1:], *_coordinated_head(figure), *verbs[-1:]):
        found |= noun_stems(word, heads)
    return frozenset(found)


_PLACING_BEFORE = (stem("in"),)


def _counts(fact: LoadedFact, figure: Figure, measured: frozenset[str]) -> int:
    """How well ``figure`` counts what is asked: 2 when a word after it is a measured
    word (or it counts a body's members and members are asked), 1 when only the verb
    right before it is ("has trained 5,100" for trainees), or for a percentage any word
    of its clause or of the few after it, else 0."""
    if any(names_counted(figure, t) for t in measured):
        return 2
    if measured & MEMBERSHIP_TERMS and counts_members(fact.text, figure):
        return 2
    # A sum is named anywhere in its clause before it ("Total funding committed to X
    # has reached US$57 million"), not only by the few words right before it.
    before = figure.lead if is_money(figure) else figure.before
    if figure.before[-1:] != _PLACING_BEFORE and any(
        # "120,000 subscribers in 14 villages": after "in", the figure counts the places
        # the words before it are in (its own noun, "villages"), never those words.
        same_word(w, t)
        for w in before
        for t in measured
    ):
        return 1
    if ("%" in figure.value or "cent" in figure.value) and any(
        same_word(w, t) for w in (*figure.lead, *figure.after) for t in measured
    ):
        # A percentage counts no noun right after it: its clause names what it measures
        # ("measured tree canopy cover across the region at 17 per cent", "58 per cent
        # of them women").
        return 1
    return 0


def series_fit(points: list[FigurePoint], measured: frozenset[str]) -> tuple[int, int]:
    """How well a series counts ``measured``: its best figure's fit (``_counts``: 2 for
    the noun after it, 1 for a word before it) and its number of points; (0, 0) when
    empty."""
    if not points:
        return (0, 0)
    return (max(_counts(p.fact, p.figure, measured) for p in points), len(points))


def _clause_after(fact: LoadedFact, figure: Figure) -> set[str]:
    """The stems of the words after ``figure`` up to the end of its clause ("… up from
    one when the Harbourmoor Shore Power Research Consortium was founded in 2017")."""
    at = fact.text.find(figure.value)
    if at < 0:
        return set(figure.after)
    clause = re.split(r"[;:.()]", fact.text[at + len(figure.value) :], maxsplit=1)[0]
    return {stem(w) for w in re.findall(r"[a-z]+", clause.casefold())}


def _origin_date(fact: LoadedFact, figure: Figure) -> str | None:
    """The year the clause of a starting figure names ("… the four that founded it in
    2017"), or None."""
    found = re.search(rf"(?<![\w,.]){re.escape(figure.value)}(?![\w])", fact.text)
    if found is None:
        return None
    clause = re.split(r"[;:.()]", fact.text[found.end() :], maxsplit=1)[0]
    match = _YEAR_AFTER.search(clause)
    return match[1] if match else None


# A word after a count that makes it what was added ("14 new sites", "40 more
# stations", "EUR 2 million in additional funding"), not the count in force; one list
# for the series here and the trends (``trends.py``).
INCREMENT_STEMS = frozenset(stem(w) for w in "new additional further extra more another".split())


def achieved_points(
    facts: Iterable[LoadedFact],
    measured: frozenset[str],
    date_of: Callable[[LoadedFact], str],
    *,
    money: bool = False,
    percent: bool = False,
    subjects: Sequence[str] = (),
) -> list[FigurePoint]:
    """The figures reached that count ``measured``, one per fact (its best-fitting
    figure), plus any starting figure a sentence gives; of one subject (the first
    ``about`` entity with the most points; the first of ``subjects``, the question's,
    that a fact is about, when it is about one), oldest first, one point per release
    and value. Empty when nothing counts the noun."""
    asked = set(subjects)
    groups: dict[tuple[str, str], list[tuple[int, FigurePoint]]] = defaultdict(list)
    for fact in facts:
        if not fact.about:
            continue
        figures = figures_in(fact.text, spelled_out=True)
        best: tuple[int, Figure] | None = None
        goal: Figure | None = None
        for i, figure in enumerate(figures):
            # A figure joined by "and" to a goal's is a goal too ("a new goal: 40 member
            # stations and 500,000 weekly listeners by 2027"), as in ``goal_points``.
            joined = goal is not None and coordinated(goal, figure)
            goal = figure if joined or is_goal_figure(figure) else None
            if joined:
                continue
            if is_money(figure) != money:
                continue
            if (
                is_increment(figure)
                and any(
                    _counts(fact, later, measured) == 2
                    # "added GBP 2 million …, bringing its total commitment to GBP 5 million":
                    # a sum is counted by a word before it, the total too.
                    or (money and is_money(later) and _counts(fact, later, measured) > 0)
                    for later in figures[i + 1 :]
                )
            ):
                continue  # "adds 32 stores, bringing it to 150 stores": 150 is the count
            if ("%" in figure.value or "cent" in figure.value) != percent:
                continue
            if is_goal_figure(figure) or figure.before[-1:] == (stem("from"),) or figure.whole:
                continue
            if figure.after[:1] and figure.after[0] in INCREMENT_STEMS and not money:
                continue  # "14 new sites were switched on": what was added, not the count
            fit = _counts(fact, figure, measured)
            if figure.value.casefold() in _SPELLED and fit < 2:
                continue  # "ten" in running text counts the noun only right before it
            if fit and (best is None or fit > best[0]):
                best = (fit, figure)
        if best is None:
            continue
        fit, figure = best
        # One subject's figures are one series: the noun asked already says what they
        # count, whatever word follows each ("2,400 technicians", "5,900 certified
        # technicians"). A figure whose phrase has the noun asked only as a modifier
        # counts its own head: "14 coral nurseries" and "151,300 coral fragments" are
        # two series when "corals" are asked.
        # A fact filed first under a partner ("the City's programme diverted …") still
        # counts the subject asked when it is about it too.
        owner = next((e for e in fact.about if e in asked), fact.about[0])
        key = (owner, modified_head(fact, figure, measured) if fit == 2 else "")
        groups[key].append((fit, FigurePoint(fact, figure, figure_value(figure), date_of(fact))))
        # "nine members, up from the four that founded it in 2017": the start, dated.
        start = stated_start(fact, figures, figure)
        if start is not None:
            other, when = start
            point = FigurePoint(fact, other, figure_value(other), when, origin=True)
            groups[key].append((fit, point))
    if not groups:
        return []
    # The series whose figures count the noun itself (not as a modifier) first, then
    # the one naming more of the words asked as modifiers ("volunteer crew members"
    # over "volunteer lifeboat stations" for "volunteer crew"), then the one with the
    # most statements.
    best_group = max(
        groups.items(),
        key=lambda kv: (
            max(f for f, _ in kv[1]),
            not kv[0][1],
            max(_named_words(p.figure, measured) for _, p in kv[1]),
            len(kv[1]),
            max(p.date for _, p in kv[1]),
        ),
    )[1]
    # One release's best fit speaks for it: "has certified 1,650 refugee teachers" counts
    # teachers, while "the teachers certified teach about 95,000 children" (the same
    # release, a word before its figure only) counts children; both dated alike, the
    # weaker one would tie for the figure in force.
    best_fit: dict[str, int] = defaultdict(int)
    for fit, point in best_group:
        best_fit[point.fact.source] = max(best_fit[point.fact.source], fit)
    # Of two counts one release gives for one date, the larger is the whole and the
    # other a part of it ("now runs at nine sites"; "opened … at four sites"), as a total
    # is to the sum added ("added US$4 million, bringing its total to US$10 million").
    whole: dict[tuple[str, str], float] = {}
    for fit, point in best_group:
        if fit == best_fit[point.fact.source] and not point.origin and not percent:
            key = (point.fact.source, point.date)
            whole[key] = max(whole.get(key, point.value), point.value)
    once: dict[tuple[str, float, bool], FigurePoint] = {}
    for fit, point in best_group:
        if fit < best_fit[point.fact.source]:
            continue
        if (
            not point.origin
            and not percent
            and point.value < whole[(point.fact.source, point.date)]
        ):
            continue
        once.setdefault((point.fact.source, point.value, point.origin), point)
    return sorted(once.values(), key=lambda p: (not p.origin, p.date))


_TIMES = stem("times")


def occurrence_points(
    facts: Iterable[LoadedFact],
    doing: frozenset[str],
    date_of: Callable[[LoadedFact], str],
) -> list[FigurePoint]:
    """The counts of a doing the sentences give as "N times" ("the crews launched 612
    times in 2015" for "how many times did the crews launch?"): each figure followed by
    "times" whose clause before it has every word of ``doing`` (stems), dated by its fact,
    oldest first, one per release and value. Such a count is of the occasions in its
    period, never a running total another series (the crews' number) could stand for;
    empty when no sentence counts the doing so."""
    found: dict[tuple[str, float], FigurePoint] = {}
    for fact in facts:
        for figure in figures_in(fact.text):
            if figure.after[:1] != (_TIMES,) or is_goal_figure(figure) or is_money(figure):
                continue
            if not all(any(same_word(w, d) for w in figure.lead) for d in doing):
                continue
            point = FigurePoint(fact, figure, figure_value(figure), date_of(fact))
            found.setdefault((fact.source, point.value), point)
    return sorted(found.values(), key=lambda p: p.date)


def _named_words(figure: Figure, measured: frozenset[str]) -> int:
    """How many words of ``figure``'s noun phrase are measured words: 2 for "volunteer
    crew members" when "volunteer" and "crew" are asked."""
    return sum(1 for w in counted_words(figure) if any(same_word(w, t) for t in measured))


def stated_start(
    fact: LoadedFact, figures: list[Figure], figure: Figure
) -> tuple[Figure, str] | None:
    """The start a sentence gives after ``figure`` (one of ``figures``, its figures in
    order): "6,800 kilometres, up from 4,200 kilometres when the consortium was formed in
    2021" → (4,200, "2021"); the year is "" when its clause names none. None when the
    sentence gives no start."""
    after = figures[figures.index(figure) + 1 :]
    for other in [*after, *_from_one(fact.text)]:
        if stem("from") in other.lead and _ORIGIN_STEMS & _clause_after(fact, other):
            if _nearer_count(fact.text, figure, after, other):
                return None
            return other, _origin_date(fact, other) or ""
    return None


def _nearer_count(text: str, figure: Figure, after: list[Figure], start: Figure) -> bool:
    """Whether a count of another thing stands between ``figure`` and the ``start`` a
    sentence gives (``after``: the sentence's figures after ``figure``), so that the
    start is that count's: "1,450 members and four hubs, up from two when it opened"
    started with two hubs, not two members. A start naming ``figure``'s own unit
    ("6,800 km past nine locks, up from 4,200 km") is ``figure``'s still."""
    if start.unit == figure.unit:
        return False
    at = next((i for i, f in enumerate(after) if f is start), None)
    if at is not None:
        between = after[:at]
    else:
        # A start "from one", read apart from the figures: those written before it.
        match = _FROM_ONE.search(text)
        cut = match.start() if match else len(text)
        between = [f for f in after if 0 <= text.find(f.shown) < cut]
    return any(f.unit and f.unit != figure.unit for f in between)


# "Up from one when the Consortium was founded": a start of one, which running text
# spells out (``figures_in`` reads no spelled "one", seldom a figure elsewhere).
_FROM_ONE = re.compile(r"\b(from) (?:one|a single)\b", re.IGNORECASE)
# Words read after it for the start it names ("when the … Consortium was founded").
_ORIGIN_REACH = 12


def _from_one(text: str) -> list[Figure]:
    """The start a sentence gives as "from one …", as the figure 1, with the words of
    its clause after it ("when the Consortium was founded in 2017"); else none."""
    match = _FROM_ONE.search(text)
    if match is None:
        return []
    clause = re.split(r"[.;:]", text[match.end() :], maxsplit=1)[0]
    after = tuple(stem(w) for w in re.findall(r"[a-z]+", clause.casefold())[:_ORIGIN_REACH])
    # Shown as the release spells it ("one", "a single"); "one" ``figure_value`` reads as 1.
    spelled = text[match.start() : match.end()].split(maxsplit=1)[-1]
    return [
        dataclasses.replace(f, shown=spelled, value="one", after=after)
        for f in figures_in(_FROM_ONE.sub(r"\1 1", text))
        if f.value == "1"
    ]


def goal_points(
    facts: Iterable[LoadedFact],
    measured: frozenset[str],
    date_of: Callable[[LoadedFact], str],
    *,
    percent: bool = False,
) -> list[FigurePoint]:
    """The goals stated for ``measured`` (or, with nothing measured, every goal figure
    that is no sum of money), oldest first, one per release and value; percentages
    ("30 per cent by 2035") when ``percent``, else none."""
    found: dict[tuple[str, float], FigurePoint] = {}
    for fact in facts:
        # A goal spelt out ("the goal is to have ten electric ferries") is a goal too,
        # when the words before it name a goal; other spelt numbers ("will buy wool for
        # five years", "one of the partners") are left out, as elsewhere.
        every = [
            f
            for f in figures_in(fact.text, spelled_out=True)
            if any(c.isdigit() for c in f.shown) or set(f.lead) & GOAL_NAMING
        ]
        start: Figure | None = None
        goal: Figure | None = None
        for i, figure in enumerate(every):
            if start is not None and figure.unit == start.unit and figure.before[-1:] == ("to",):
                # "aims to cut … from 21 days to 10 days": the 10 is the goal the clause
                # before the 21 sets.
                figure = dataclasses.replace(figure, lead=start.lead + figure.lead)
            if goal is not None and coordinated(goal, figure):
                # "a new goal: 40 member stations and 500,000 weekly listeners by 2027":
                # the 500,000 is a goal of the same clause.
                figure = dataclasses.replace(figure, lead=goal.lead + figure.lead)
            planned = is_goal_figure(figure) or is_planned_figure(fact.text, figure)
            goal = figure if planned else None
            if not planned or is_money(figure):
                continue
            if is_starting_value(figure, every[i + 1 :]):
                start = figure  # the value it starts from is no goal
                continue
            if ("%" in figure.value or "cent" in figure.value) != percent:
                continue
            if measured and not _counts(fact, figure, measured):
                continue
            point = FigurePoint(fact, figure, figure_value(figure), date_of(fact))
            found.setdefault((fact.source, point.value), point)
            break
    return sorted(found.values(), key=lambda p: p.date)


class MeasuredEnds(NamedTuple):
    """Two ends of a change in a measure asked ("capacity"), in the later end's unit:
    ``start`` and ``end`` values, each as its release writes it with its unit, and the
    unit word (" megawatts") the change is in."""

    start: float
    end: float
    start_shown: str
    end_shown: str
    unit: str


def measured_ends(words: Sequence[str], start: str, end: str) -> MeasuredEnds | None:
    """For a question asking a dimension (``words``: "how much did X's capacity grow
    …"), the first figure of the texts ``start`` and ``end`` in a unit of it, the start
    converted to the end's unit ("610 kilowatts" is 0.61 megawatts beside "2.4
    megawatts"; ``measures.yaml`` ``sizes``). None when the question asks no dimension,
    a text has no figure in it, or the units do not convert."""
    units = frozenset(u for d in asked_dimensions(words) for u in dimension_units(d))
    if not units:
        return None
    x, y = first_in_units(start, units), first_in_units(end, units)
    if x is None or y is None:
        return None
    a = in_unit_of(figure_value(x), x.unit, y.unit)
    if a is None:
        return None
    start_shown, end_shown = shown_with_unit(start, x), shown_with_unit(end, y)
    unit = " " + end_shown.split()[-1] if end_shown != y.shown else ""
    if x.unit != y.unit:
        start_shown += f" = {fmt_measure(a)}{unit}"
    return MeasuredEnds(a, figure_value(y), start_shown, end_shown, unit)


def fmt_measure(value: float) -> str:
    """A converted value as a person writes it: "0.61", "1,790" (at most two decimals)."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def reported_met(
    goal: FigurePoint, facts: Iterable[LoadedFact], date_of: Callable[[LoadedFact], str]
) -> FigurePoint | None:
    """The first statement among ``facts`` dated on or after ``goal`` that reports the
    goal reached ("has passed its goal of 60 apartment roofs"): a figure stated met
    (``Figure.met``) of the goal's value that counts the same noun (the last word of
    its noun phrase); None when none does."""
    head = noun_phrase(goal.figure)[-1:]
    found = [
        FigurePoint(fact, figure, goal.value, date_of(fact))
        for fact in facts
        if date_of(fact) >= goal.date
        for figure in figures_in(fact.text)
        if figure.met and figure_value(figure) == goal.value and noun_phrase(figure)[-1:] == head
    ]
    return min(found, key=lambda p: p.date) if found else None


def coordinated(first: Figure, figure: Figure) -> bool:
    """Whether ``figure`` is joined to ``first`` by "and"/"or" alone, past the noun that
    ``first`` counts ("40 member stations and 500,000 weekly listeners")."""
    lead = figure.lead
    return (
        bool(lead)
        and lead[-1] in _AND_OR
        and tuple(first.after[: len(lead) - 1]) == tuple(lead[:-1])
    )


_AND_OR = frozenset((stem("and"), stem("or")))


def in_force(points: list[FigurePoint], end: str) -> FigurePoint | None:
    """The newest point stated at or before ``end`` ("2024", "2023-09", "2023-09-20"),
    a year or month covering all of it; None when none is that old."""
    dated = [p for p in points if p.date and p.date[: len(end)] <= end]
    return max(dated, key=lambda p: (p.date, not p.origin)) if dated else None


def asked_at_point(words: Sequence[str]) -> bool:
    """Whether a month is asked as a point ("at the end of 2023", "in December 2020"),
    not as a bound ("by the end of 2023", "as of January 2022"): a bound is met by the
    newest figure stated before it; a point lies between that and the next one."""
    joined = f" {' '.join(words)} "
    return " by " not in joined and " as of " not in joined


def stale_for_year(
    index: Index,
    q_year: int | None,
    words: Sequence[str],
    stated_in: Iterable[str],
    subjects: Iterable[str],
) -> bool:
    """Whether no statement answers a year asked as a point ("how many students does X
    have in 2026?"): the releases about the subjects reach that year (one is dated in it
    or later), yet every release stating the figure (``stated_in``, source ids) is older.
    A later release about X that does not restate the figure gives no reason to think it
    still held then (issue 14: a figure never stated for the year asked is not found,
    never a nearby number). A bound ("by 2026", "as of 2026") is met by an older figure;
    releases that end before the year asked (nothing newer to say otherwise) keep the
    figure in force, as does a year a release after it restates ("planted 20,000 … in
    August 2023", in a 2025 release, for 2024)."""
    if q_year is None or not asked_at_point(words):
        return False
    sources = set(stated_in)
    if not sources or any(index.source_date(s).year >= q_year for s in sources):
        return False
    # The newest release whose facts, quotes or roles involve each subject, or that gives
    # someone a title at it ("Programme Director of ClassBridge, KOU", as of 2026).
    for s in subjects:
        if any(index.source_date(src).year >= q_year for src in index.sources_involving(s, 1)):
            return True
        for person in index.people_by_org.get(s, [])[:MAX_PEOPLE_READ]:
            for role in index.roles_by_entity.get(person, []):
                if role.organization == s and index.source_date(role.source).year >= q_year:
                    return True
    return False


# How many people with a title at an organisation ``stale_for_year`` reads for a release
# that names it (a few dozen in the largest bundled base's organisations).
MAX_PEOPLE_READ = 200
