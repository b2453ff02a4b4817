"""Figures that a later release updates: which facts answer the same question, newest first.

"The Academy has trained 5,100 entrepreneurs" (2021), "… 12,400 entrepreneurs" (2022) and
"… more than 20,000 entrepreneurs" (2024) answer one question; "aims to train 30,000
entrepreneurs" does not (a target is not a state). Two facts state the same figure when
they are about the same subject (their first ``about`` entity), their first figure (not
a year or a date) counts the same thing (the word after it, stemmed: "entrepreneurs",
"member"), neither or both are targets or increments, and the later holds every word of
the question that the first holds. The newest leads; the others are its dated history.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from bot.engine.qa.measures import same_unit
from bot.engine.qa.vocabulary import CURRENCY_WORDS, ORDINAL_POSITIONS, SPELLED_NUMBERS
from bot.kb.models import LoadedFact, LoadedSummary
from bot.search.terms import stem
from bot.vocab import month_stems_pattern

# A date inside a fact ("February 2020", "May 7, 2024", "2024-05-07") is no figure.
_MONTH = rf"(?:{month_stems_pattern()})[a-z]*\.?"
_DATES = re.compile(
    rf"\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? (?:19|20)\d\d\b|\b{_MONTH} (?:19|20)\d\d\b|"
    rf"\b\d{{1,2}} {_MONTH} (?:19|20)\d\d\b|\b\d{{4}}-\d{{2}}(?:-\d{{2}})?\b",
    re.IGNORECASE,
)
# A currency symbol written at the start of a sum: "$", "€", "£", or a dollar with its
# country's capitals ("US$", "A$", "NZ$", "HK$").
MONEY_SYMBOL = r"(?:(?-i:[A-Z]{1,3})\$|\$|€|£)"
_STARTS_MONEY = re.compile(MONEY_SYMBOL)
# "more than 20,000 entrepreneurs", "US$15 million", "58 per cent": the qualifier, the
# figure and the word it counts.
_FIGURE = re.compile(
    r"(?<![\w.,])((?:(?:more|fewer|less) than|over|nearly|almost|about|around|some|at least|"
    rf"up to)\s+)?({MONEY_SYMBOL}?(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)"
    r"(?:\s*(?:million|billion|per cent|percent|%))?)(?!\w|,\d)\s*([A-Za-z][\w-]*)?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A year written alone inside a sentence ("since 2016"), not part of a longer number.
_BARE_YEAR = re.compile(r"(?<![\d.,$€£])\b(?:19|20)\d\d\b(?![.,]?\d)")
# A name with a digit in it ("HH-2 locomotives", "the A320", "COVID-19"): letters, an
# optional hyphen, then digits, all one token. It names a model or a thing, never a
# figure ("Three HH-2 locomotives" counts three, not two), and its digits end no clause.
_NAME_WITH_DIGITS = re.compile(r"(?<![\w$€£.,-])[A-Za-z]+-?\d[\w-]*")
_DIGITS_AS_LETTERS = str.maketrans("0123456789", "abcdefghij")


def _without_names(text: str) -> str:
    """``text`` with the digits of names that hold them ("HH-2") written as letters
    ("HH-c"), same length: what the figure patterns read, so that a model name is never
    taken for a count nor ends the noun phrase a count reaches."""
    return _NAME_WITH_DIGITS.sub(lambda m: m[0].translate(_DIGITS_AS_LETTERS), text)


# The words after a figure that may name what it counts ("2,000 community water operators").
FIGURE_NOUN_REACH = 6
# A figure spelled out ("in nine countries") ends the clause of the figure before it, as
# a figure in digits does: the noun after it is its own, not the earlier figure's.
_SPELLED_FIGURES = frozenset((*SPELLED_NUMBERS, "dozen", "dozens", "hundreds", "thousands"))
# Modifiers in a series before the noun a figure counts ("11,000 dock, crane and harbour
# workers"): lower-case words with commas, then "and"/"or"; names (capitalised) are not.
_MODIFIER_SERIES = re.compile(r"^\s*[a-z][\w-]*(?:,\s*[a-z][\w-]*)+,?\s+(?:and|or)\s+")
# The words before a figure that may say what was done ("has trained 5,100").
FIGURE_VERB_REACH = 3
# Words that make a figure a target, a plan or an increment rather than the state: facts
# with them answer another question than those without ("aims to train 30,000").
NOT_A_STATE = frozenset(
    stem(w)
    for w in "aim aims target targets goal goals objective objectives plan plans planned will expect expects "
    "expected further additional another pledge pledged intend intends seek seeks".split()
)


@dataclass(frozen=True, slots=True)
class Figure:
    """The first figure a fact states: "more than 20,000" counting "entrepreneur"."""

    shown: str  # as the release words it, with its qualifier: "more than 20,000"
    value: str  # the figure alone, for telling updates from restatements: "20,000"
    unit: str  # the stemmed word it counts ("entrepreneur"), "" when none follows
    # The stems of the few words after it ("commun", "water", "oper"): what it counts,
    # past the adjectives ("2,000 community water operators").
    after: tuple[str, ...] = ()
    # The stems of the few words before it in its clause ("has", "train").
    before: tuple[str, ...] = ()
    # The stems of every word of its clause before it ("on the way to its goal of"): what
    # makes it a goal rather than a figure reached (``is_goal_figure``).
    lead: tuple[str, ...] = ()
    # A goal its clause reports as reached ("passed its target of 2,500 sensors in
    # November 2021", "has met its goal of 40 streets"): a figure reached at the
    # sentence's date, not a goal still pursued (``met_goal``).
    met: bool = False
    # The whole that the figure before it is a part of ("22 of the 40 streets", "8 out of
    # 12 sites"): the 40 is how many there are, never a count reached.
    whole: bool = False


# Past forms that report a goal reached, as written (the stems would also take "aims to
# reach"); "exceeded" and the like say the count went past the figure.
# Their participles report it too ("flew 1,310 missions, passing its goal of 1,200").
_REACHED_FORMS = frozenset("met reached achieved hit meeting reaching achieving hitting".split())
_PASSED_FORMS = frozenset(
    "passed exceeded surpassed topped crossed beat "
    "passing exceeding surpassing topping crossing beating".split()
)
# Words of the clause that leave the goal unmet or still ahead ("did not reach", "fell
# short of", "is on track to hit", "expects to have passed").
_UNMET_WORDS = frozenset(
    "not never no yet short missed failed fail to will would could should may might "
    "aims aim expects expect plans plan hopes hope nearly almost close near".split()
)


# The most words between a verb of reaching and the goal it takes ("passed *its original*
# target of", "reached *its first phase* goal of").
_MAX_GOAL_OBJECT_GAP = 3
# Words that end the verb's object: what follows is another clause ("met in Tarrow *and*
# set a target of", "reached an agreement *that* sets a goal of").
_CLAUSE_BREAKS = frozenset("and or but that which who then while after before".split())


def met_goal(clause_before: Sequence[str]) -> bool:
    """Whether a clause (its words, lower case, up to a figure) reports the goal named
    there as reached: a past form of reaching or passing whose object is the goal
    ("passed its target of", "has met its goal of": a goal noun of ``GOAL_NAMING`` at
    most ``_MAX_GOAL_OBJECT_GAP`` words after it, no clause break between), and no word
    that leaves it unmet or ahead ("did not reach", "on track to hit"). The verb must
    take the goal: "the partners met in Tarrow and set a target of 10,000" met people,
    and "reached an agreement that sets a goal of" reached an agreement; both goals are
    still ahead."""
    words = list(clause_before)
    if set(words) & _UNMET_WORDS:
        return False
    for i, word in enumerate(words):
        if word not in _REACHED_FORMS | _PASSED_FORMS:
            continue
        for following in words[i + 1 : i + 2 + _MAX_GOAL_OBJECT_GAP]:
            if following in _CLAUSE_BREAKS:
                break
            if stem(following) in GOAL_NAMING:
                return True
    return False


def first_figure_start(text: str) -> int | None:
    """Where in ``text`` its first figure (not a year or part of a date) starts, or None."""
    blanked = _without_names(_DATES.sub(lambda m: " " * len(m[0]), text))
    for match in _FIGURE.finditer(blanked):
        if not _YEAR.match(match[2]):
            return match.start(2)
    return None


def first_figure(text: str) -> Figure | None:
    """The first figure of ``text`` that is not a year or part of a date, or None."""
    return next(iter(figures_in(text)), None)


def shown_with_unit(text: str, figure: Figure) -> str:
    """``figure`` as ``text`` writes it with its unit word ("1.3 megawatts", "610 kW"):
    a series of one dimension in several units must name each; the figure alone when
    the word after it is not found."""
    found = re.search(rf"(?<![\w.,]){re.escape(figure.shown)}\s*([^\W\d_]+)", text)
    return f"{figure.shown} {found[1]}" if found else figure.shown


def first_in_units(text: str, units: frozenset[str]) -> Figure | None:
    """The first figure of ``text`` measured in one of ``units`` (unit stems: "kilowatt",
    "kw"), or None: "34 roofs, with a combined capacity of 1.3 megawatts" gives the 1.3
    megawatts for the units of power."""
    return next((f for f in figures_in(text) if f.unit in units), None)


# A count spelled out before the noun it counts ("sorts three fibre types", "nineteen
# fibre types"): read as a figure only where asked (``figures_in(spelled_out=True)``), since
# "one" and "two" in running text are seldom the figure a question wants.
_SPELLED_FIGURE = re.compile(
    r"(?<![\w.,-])()("
    # Longest first: "twenty-five" before "twenty".
    + "|".join(sorted((w for w, n in SPELLED_NUMBERS.items() if n >= 2), key=len, reverse=True))
    + r")\s+([A-Za-z][\w-]*)",
    re.IGNORECASE,
)

# "Up from one when it was founded": "one" is a count only after "from" (elsewhere it is
# mostly a pronoun, "one of the partners").
_FROM_ONE = re.compile(r"(?<=\bfrom )()(one)\b\s*([A-Za-z][\w-]*)?", re.IGNORECASE)


# "Already has one electric ferry in service": "one" right after a verb of having counts
# what follows ("one of the partners" is a pronoun again; "one optometrist for every
# 400,000 people" a ratio, whose figure is the other).
_HAS_ONE = re.compile(
    r"(?:(?<=\bhas )|(?<=\bhad )|(?<=\bhave )|(?<=\balready ))()(one)\s+(?!of\b)([A-Za-z][\w-]*)\b"
    r"(?!\s+(?:per\b|(?:for|in)\s+(?:every|each)\b))",
    re.IGNORECASE,
)


# "Has grown from the four it started with to nine.": a count spelled out at the end of
# its clause, after "to" or "at", counts what the clause names before it ("the number
# of coral nurseries", ``figure_series.names_counted``).
_SPELLED_AT_END = re.compile(
    r"(?<=\b(?:to|at) )()("
    + "|".join(sorted((w for w, n in SPELLED_NUMBERS.items() if n >= 2), key=len, reverse=True))
    + r")()(?=\s*(?:[.;,)]|$))",
    re.IGNORECASE,
)


# "Connected its 2,000th school": a subject's own milestone states its count then (never
# "the 5th member", one member's place in a list).
_OWN_ORDINAL = re.compile(
    r"(?:(?<=\bits )|(?<=\btheir ))()(\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)\s+([A-Za-z][\w-]*)",
    re.IGNORECASE,
)


# "A third helicopter entered service", "a fourth depot opened": one more of the
# subject's things, so a count of them as of then (a name may come between: "a third
# Northvale Air Ambulance Network helicopter", the noun phrase reaches it).
_ORDINAL_COUNTS = {w: n for w, n in ORDINAL_POSITIONS.items() if n >= 2}
_A_ORDINAL = re.compile(
    r"(?:(?<=\ba )|(?<=\ban ))()("
    + "|".join(sorted(_ORDINAL_COUNTS, key=len, reverse=True))
    + r")\s+([A-Za-z][\w-]*)",
    re.IGNORECASE,
)

# "has ordered a second repair vessel", "will add a fourth depot": the thing is not had
# yet, so the ordinal counts nothing the subject has (the order is no delivery).
_NOT_YET_HELD = re.compile(
    r"\b(?:order(?:s|ed)?|will|would|shall|plan(?:s|ned)?|intends?|expect(?:s|ed)?|to be"
    r"|commission(?:s|ed)?|tender(?:s|ed)?|contract(?:s|ed)?|propos(?:es|ed)|aims?)\b",
    re.IGNORECASE,
)


def figures_in(text: str, *, spelled_out: bool = False, ordinals: bool = False) -> list[Figure]:
    """Every figure of ``text`` that is not a year or part of a date, in order, each
    with the (stemmed) word after it as its unit; with ``spelled``, counts written as
    words ("three fibre types"), a subject's own milestones ("its 2,000th school", a
    count of 2,000) too (``spelled_out``); with ``ordinals`` also one more of its things
    ("a third helicopter", 3), read only where a count of the things is asked (a goal's
    progress would take "agreed a second phase" for a figure reached)."""
    found = []
    text_without_dates = _without_names(_DATES.sub(" ", text))
    matches = list(_FIGURE.finditer(text_without_dates))
    if spelled_out:
        matches += _SPELLED_FIGURE.finditer(text_without_dates)
        matches += _FROM_ONE.finditer(text_without_dates)
        matches += _HAS_ONE.finditer(text_without_dates)
        matches += _SPELLED_AT_END.finditer(text_without_dates)
        matches += _OWN_ORDINAL.finditer(text_without_dates)
        if ordinals and not _NOT_YET_HELD.search(text_without_dates):
            matches += _A_ORDINAL.finditer(text_without_dates)
        matches.sort(key=lambda m: m.start())
    for match in matches:
        value = match[2]
        if _YEAR.match(value):
            continue
        qualifier = (match[1] or "").strip()
        if match.re is _A_ORDINAL:
            value = str(_ORDINAL_COUNTS[value.casefold()])
        if match.re in (_OWN_ORDINAL, _A_ORDINAL):
            # "Its 1,000th mission" is 1,000 missions flown by then: a dated count.
            qualifier = ""
            shown = value
        else:
            shown = f"{qualifier} {value}".strip()
        unit = stem((match[3] or "").casefold())
        rest = text_without_dates[match.start(3) if match[3] else match.end() :]
        # The figure's own clause, up to the next figure ("5,900 technicians and … 140
        # clinics": "clinics" is the 140's; "20,000 entrepreneurs in nine countries":
        # "countries" is the nine's).
        series = _MODIFIER_SERIES.match(rest)
        if series is not None:
            # "11,000 dock, crane and harbour workers": the commas are the modifiers'.
            rest = series[0].replace(",", " ") + rest[series.end() :]
        rest = re.split(r"[,.;:()]|\d", rest, maxsplit=1)[0]
        clause = re.findall(r"[a-z]+", rest.casefold())[:FIGURE_NOUN_REACH]
        spelled = next((i for i, w in enumerate(clause) if w in _SPELLED_FIGURES), len(clause))
        after = tuple(stem(w) for w in clause[:spelled])
        prefix = text_without_dates[: match.start()].rstrip()
        colon = _COLON_BEFORE.search(prefix)
        if colon is not None:
            # "set a new target: 150,000 children", "…: all 40 depots": the clause the
            # colon ends names the figure that follows it.
            prefix = prefix[: colon.start()] + " " + prefix[colon.start() + 1 :]
        # A year ends no clause ("Total funding … since 2016 has reached US$57 million":
        # the total is the 57 million's); figures_in never takes one for a figure.
        prefix = _BARE_YEAR.sub(" ", prefix)
        head = re.split(r"[,.;:()]|\d", prefix[::-1], maxsplit=1)[0]
        clause_before = re.findall(r"[a-z]+", head[::-1].casefold())
        before = tuple(stem(w) for w in clause_before[-FIGURE_VERB_REACH:])
        lead = tuple(stem(w) for w in clause_before)
        met = bool(set(lead) & NOT_A_STATE) and met_goal(clause_before)
        if met and set(clause_before) & _PASSED_FORMS and not qualifier:
            # "passed its target of 2,500": past the figure, not at it.
            shown = f"more than {value}"
        whole = _PART_OF.search(text_without_dates, 0, match.start()) is not None
        if whole and found and found[-1].unit in _PART_UNITS:
            # "9 of the 12 ponds": the part counts what the whole counts.
            found[-1] = replace(found[-1], unit=unit, after=after)
        found.append(Figure(shown, value, unit, after, before, lead, met, whole))
    return found


# A colon right before a figure, or before a quantifier and the figure ("a new goal:
# all 41 stations"): the figure is what the clause before the colon names.
_COLON_BEFORE = re.compile(r":(?:\s*(?:all|every|each|some|the|its|their))?\s*$", re.IGNORECASE)


# The word after a part's figure when the whole follows it ("9 of the 12", "8 out of 12").
_PART_UNITS = frozenset((stem("of"), stem("out")))


# A figure right after "<figure> of (the)" or "<figure> out of": the whole of a part,
# also after an owner's name ("22 of the utility's 41 depots", "9 of Harrow Water's 30").
_PART_OF = re.compile(
    r"\d\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}[\w-]+['\u2019]s\s+)?$",
    re.IGNORECASE,
)
# "…, meeting its target", "…, reaching the programme's goal": a participle after the
# figure reporting the goal reached, as the past forms before it do (``met_goal``).
_MEETING_FORMS = frozenset("meeting reaching achieving hitting".split())


def reports_goal_met(text: str) -> bool:
    """Whether a sentence that states a goal's figure also reports the goal reached,
    after the figure ("completed the last of its 40 streets in November 2025, meeting
    the programme's target"): a participle of reaching whose object is a goal noun
    (``GOAL_NAMING``, at most ``_MAX_GOAL_OBJECT_GAP`` words after it), and no word
    leaving it unmet."""
    # Dates first: the month "May" is no modal leaving the goal open.
    words = re.findall(r"[a-z']+", _DATES.sub(" ", text).casefold())
    if set(words) & _UNMET_WORDS:
        return False
    for i, word in enumerate(words):
        # "…, meeting the target", "…, so X has met its goal of all 41".
        reaching = word in _MEETING_FORMS or (
            word in _REACHED_FORMS and words[i - 1 : i] in (["has"], ["have"], ["had"])
        )
        if reaching and any(
            stem(w.removesuffix("'s")) in GOAL_NAMING
            for w in words[i + 1 : i + 2 + _MAX_GOAL_OBJECT_GAP]
        ):
            return True
    return False


def is_goal_figure(figure: Figure) -> bool:
    """Whether a figure is a goal, a plan or an increment, not a state reached: a word of
    NOT_A_STATE in its own clause before it ("on the way to its goal of 1,500", "aims to
    train a further 25,000", "the goal remains 3,000"). Judged per figure, since one
    sentence often gives both ("has installed 410 …, on the way to its goal of 1,500").
    A goal reported as reached ("passed its target of 2,500") is a figure reached."""
    return bool(set(figure.lead) & NOT_A_STATE) and not figure.met


_ADD_FORMS = frozenset(stem(w) for w in "add adds added adding".split())


def is_increment(figure: Figure) -> bool:
    """Whether a figure is what was added ("adds 32 stores, bringing the programme to
    150 stores"): the word right before it is a form of "add". An increment is no count
    of the whole; the total its sentence gives after it is."""
    before = figure.before
    if before[-1:] and before[-1] in _CURRENCY_STEMS:
        before = before[:-1]  # "added GBP 2 million": the currency is no word of the verb
    return before[-1:] != () and before[-1] in _ADD_FORMS


def is_starting_value(figure: Figure, later: list[Figure]) -> bool:
    """Whether ``figure`` is where a goal or a change starts "from", with a later figure
    of the same unit it goes "to" ("cut repair time from 21 days to 10 days"): the
    starting value, never the goal. ``later``: the sentence's figures after it."""
    # "From 14 to 27 member stations": a bare figure before "to" counts what the one
    # after it counts.
    bare = figure.after[:1] == ("to",)
    return (
        bool(figure.before)
        and figure.before[-1] == "from"
        and any(
            (bare or f.unit == figure.unit) and f.before and f.before[-1] == "to" for f in later
        )
    )


# Words that name a goal as such in a sentence ("aims to", "its target of"), beside
# which a plan ("will carry", "plans to") is no goal of the subject's.
GOAL_NAMING = frozenset(
    stem(w) for w in "aim aims target targets goal goals objective objectives".split()
)


# Verbs that report a goal's outcome ("fell short of its target of 30,000", "did not
# meet its goal of 1,500", "exceeded its goal"): the goal is then history, unless the
# clause still plans ("aims to reach 3,000").
_OUTCOME_VERBS = frozenset(
    stem(w)
    for w in "short missed miss failed fail exceeded exceed surpassed met meet reached "
    "achieved hit passed".split()
)
_STILL_PLANNED = frozenset(
    stem(w) for w in "aim aims plan plans will expect expects seek seeks intend intends".split()
)


def is_planned_figure(text: str, figure: Figure) -> bool:
    """Whether ``figure`` (one of ``figures_in(text, spelled_out=True)``) is a plan of its
    clause, not a count reached: a word of a plan before it ("will train 300"), also
    across "from … to …" ("has secured £3.5 million, and will grow from 14 to 27 member
    stations": the 27, whose own clause after "from 14" holds only "to"). A plan's
    "from" figure is the count as of the sentence, never planned."""
    if figure.met:
        return False
    if set(figure.lead) & _STILL_PLANNED:
        return figure.before[-1:] != ("from",)
    if figure.before[-1:] != ("to",):
        return False
    figures = figures_in(text, spelled_out=True)
    at = next((i for i, f in enumerate(figures) if f == figure), None)
    if at is None or at == 0:
        return False
    start = figures[at - 1]
    return start.before[-1:] == ("from",) and bool(set(start.lead) & _STILL_PLANNED)


def is_past_goal(figure: Figure) -> bool:
    """Whether a goal figure is reported as missed or met, not still pursued."""
    lead = set(figure.lead)
    return bool(lead & _OUTCOME_VERBS) and not lead & _STILL_PLANNED


# Currencies written as a code or a word beside the figure ("EUR 4.5 million",
# "4.5 million euros"), as stems.
_CURRENCY_STEMS = frozenset(stem(w) for w in CURRENCY_WORDS)


def is_money(figure: Figure) -> bool:
    """Whether a figure is a sum of money ("US$65 million", "€3 million", "EUR 4.5
    million", "4.5 million euros")."""
    return (
        _STARTS_MONEY.match(figure.value) is not None
        or (bool(figure.before) and figure.before[-1] in _CURRENCY_STEMS)
        or (figure.unit in _CURRENCY_STEMS and not _weighs(figure))
    )


_POUND = stem("pound")


def _weighs(figure: Figure) -> bool:
    """Whether a figure counted in "pounds" weighs something ("5.3 million pounds of
    fresh food", "pounds a year"): pounds sterling are written "£" or name no goods."""
    return figure.unit == _POUND and figure.after[1:2] in (("of",), ("a",), ("per",))


def figures_then(figures: list[Figure]) -> list[Figure]:
    """Of a sentence's figures, those stated as of its own date: in "has grown from 40
    sensors to 600 sensors" the figure it went TO (600); the one it came FROM is an
    earlier state, never the figure at the sentence's date. Order is kept."""
    if not any(f.before[-1:] == ("to",) for f in figures):
        return figures
    return [f for f in figures if f.before[-1:] != ("from",)]


@dataclass(frozen=True, slots=True)
class DatedFigure:
    fact: LoadedFact
    figure: Figure
    date: str  # the fact's own date, else its release's (ISO, as coarse as given)


def same_figure(
    best: LoadedFact,
    pool: Iterable[LoadedFact],
    *,
    terms_of: Callable[[LoadedFact], frozenset[str]],
    date_of: Callable[[LoadedFact], str],
    asked: Iterable[str] = (),
    subjects: Iterable[str] = (),
    units: frozenset[str] = frozenset(),
) -> list[DatedFigure]:
    """``best`` and the facts of ``pool`` that state the same figure at another time, newest
    first; only ``best`` when none do, or when they all state one value (a restatement is
    no update). ``asked`` are the question's terms and ``subjects`` its entities: a fact
    of the group holds every term and is about every subject that ``best`` holds ("in
    Kenya" is not answered by a figure for nine countries). ``units``: the unit stems of
    a dimension the question asks for ("capacity": kilowatts, megawatts …); each fact's
    figure is then its first in one of them ("34 roofs, with a combined capacity of 1.3
    megawatts": the 1.3 megawatts), and any unit of them states the same figure."""
    figure = first_in_units(best.text, units) if units else None
    if figure is None:
        units = frozenset()
        figure = first_figure(best.text)
    if figure is None:
        return []
    unit = counted_unit(best.text, figure)
    best_terms = terms_of(best)
    needed = best_terms & frozenset(asked)
    about = set(best.about) & set(subjects)
    # A goal is no state, judged by the figure's own clause where it names one ("a new
    # goal: 40 member stations" is a goal; "reaches 31 member stations, above its target
    # of 27" a state, though its sentence names a target).
    state = not (best_terms & NOT_A_STATE) or not is_goal_figure(figure)
    found = [DatedFigure(best, figure, date_of(best))]
    seen = {best.id}
    # One release stating one value twice (a fact and its restated summary) is one statement.
    stated = {(best.source, figure.value)}
    for fact in pool:
        if fact.id in seen or not fact.about or fact.about[0] != best.about[0]:
            continue
        seen.add(fact.id)
        if units:
            other = first_in_units(fact.text, units)
            if other is None:
                continue
        else:
            other = first_figure(fact.text)
            if other is None or counted_unit(fact.text, other) != unit:
                continue
        terms = terms_of(fact)
        if unit == MEMBER_UNIT:
            # "An alliance of 40 genebanks" says "members" without the word.
            terms |= MEMBERSHIP_TERMS
        if (not (terms & NOT_A_STATE) or not is_goal_figure(other)) != state:
            continue
        if not needed <= terms:
            continue
        if not about <= set(fact.about) or (fact.source, other.value) in stated:
            continue
        stated.add((fact.source, other.value))
        found.append(DatedFigure(fact, other, date_of(fact)))
    if len({f.figure.value for f in found}) < 2:
        return found[:1]
    found.sort(key=lambda f: f.date, reverse=True)
    return found


def same_word(unit: str, term: str) -> bool:
    """ "member" and "membership", "villag" and "villag": one stem starts the other; a
    short stem only as itself ("hub" is "hub", but "art" does not start "artisan"); two
    forms of one unit of measure ("km" and "kilometr", ``measures.same_unit``)."""
    if unit == term or same_unit(unit, term):
        return True
    shorter, longer = sorted((unit, term), key=len)
    return len(shorter) >= 4 and longer.startswith(shorter)


def figure_value(figure: Figure) -> float:
    """The number a figure states ("US$15 million" -> 15,000,000.0)."""
    match = re.search(r"\d[\d,]*(?:\.\d+)?", figure.value)
    spelled = SPELLED_NUMBERS.get(figure.value.casefold())
    if match is None and spelled is not None:
        return float(spelled)
    value = float(match[0].replace(",", "")) if match else 0.0
    scale = {"million": 1e6, "billion": 1e9}
    return value * next((v for k, v in scale.items() if k in figure.value.casefold()), 1.0)


# "Members", "membership": what "an association of 34 utilities" counts.
MEMBERSHIP_TERMS = frozenset(stem(w) for w in "member members membership".split())
_COLLECTIVE = (
    r"\b(?:association|federation|network|alliance|coalition|union|consortium|circle|"
    r"group|league|council|community)\s+of\s+(?:(?:more|fewer|less) than\s+|over\s+|"
    r"nearly\s+|almost\s+|about\s+|around\s+|some\s+|at least\s+)?"
)

# "Founded by four organisations", "set up by 12 utilities": the founders counted.
_FOUNDED_BY = (
    r"\b(?:founded|co-founded|formed|established|created|set up|started)\s+by\s+"
    r"(?:(?:more|fewer|less) than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?"
)


def counts_members(text: str, figure: Figure) -> bool:
    """Whether ``figure`` counts a body's members: "an association of 34 public
    utilities", "a network of 120 firms" (or "34 member utilities"), the membership
    its clause is about ("the Network's membership has grown to 19 organisations"), or
    its founders, its members when it began ("was founded by four organisations").
    A sum of money counts none ("its commitment to the Alliance of A$4.5 million")."""
    if is_money(figure):
        return False
    value = re.escape(figure.value)
    return bool(
        re.search(_COLLECTIVE + value + r"\b", text, re.IGNORECASE)
        or re.search(_FOUNDED_BY + value + r"\b", text, re.IGNORECASE)
        or (figure.unit in MEMBERSHIP_TERMS)
        or (_MEMBERSHIP in figure.lead and "%" not in figure.value)
    )


_MEMBERSHIP = stem("membership")


# What every count of a body's members counts, whatever noun follows the figure.
MEMBER_UNIT = stem("member")


def counted_unit(text: str, figure: Figure) -> str:
    """What ``figure`` counts, for telling which figures state the same thing: its unit,
    but MEMBER_UNIT for every count of members, so that "has 31 member genebanks" and
    "an alliance of 40 genebanks" are one figure (``counts_members``)."""
    return MEMBER_UNIT if counts_members(text, figure) else figure.unit


# The id prefix of a statement read from a summary (``summary_statement``).
SUMMARY_PREFIX = "summary:"


def is_summary_statement(fact: LoadedFact) -> bool:
    """Whether ``fact`` is a summary read as a statement (``summary_statement``): its
    release dates it, never a date written inside it ("launched in March 2021, with 31
    member stations as of January 2025" states the membership as of its 2025 release)."""
    return fact.id.startswith(SUMMARY_PREFIX)


def summary_statement(summary: LoadedSummary) -> LoadedFact:
    """A dated summary as a fact of its release, for the figures it states: "The Network,
    an alliance of 40 genebanks" (restated by a 2025 release) is a statement of the
    membership as of that release, cited to it. Its id ("summary:<entity>:<source>")
    names no fact of the base; it is about its entity alone, and undated (its release
    dates it)."""
    return LoadedFact(
        id=f"{SUMMARY_PREFIX}{summary.entity}:{summary.source}",
        text=summary.text,
        about=(summary.entity,),
        date=None,
        place=None,
        source=summary.source,
        position=0,
    )
