"""Two things in time: which came first, the years between them, a figure as of one.

The answerer splits the question into its two ends (``ends.py``) and parses each as a
query; here each end is dated from the facts the releases give for it (the fact whose
words and subjects match the end best, else the thing's own dated fact or a year in
its name), and the dates are compared or subtracted. Every answer shows both dated
sentences and cites their releases; when an end has no date the answer says so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass

from bot.engine.answer import Answer, Status
from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered, format_date, not_found, not_found_cited
from bot.engine.qa.durations import between, year_range
from bot.engine.qa.ends import Relation
from bot.engine.qa.executors.base import (
    _YEAR,
    MAX_LIST_FACTS,
    NEWEST_AMONG,
    ExecutorBase,
    Result,
    _first_number,
    _fmt,
)
from bot.engine.qa.executors.became import START_WORDS
from bot.engine.qa.executors.role_dates import title_fit
from bot.engine.qa.figure_series import fmt_measure, measured_ends
from bot.engine.qa.figures import (
    figures_in,
    first_figure_start,
    is_goal_figure,
    is_past_goal,
    reports_goal_met,
    same_word,
)
from bot.engine.qa.measures import asked_dimensions
from bot.engine.qa.query import Query, TimeConstraint
from bot.engine.qa.read import ANSWER_TYPE_TERMS
from bot.engine.qa.vocabulary import (
    FOUNDING_YEAR,
    ORDINAL_POSITIONS,
    RELEASE_NOUNS,
    SHORT_WORDS,
    TITLE_WORDS,
)
from bot.engine.qa.written_dates import date_after_word, first_day, written_dates
from bot.kb.models import Entity, EntityKind, LoadedFact
from bot.search.terms import STOP_WORDS, content_terms, stem
from bot.textnorm import normalize
from bot.vocab import month_names, month_words, recalling_words, succession

# "How many in total if the goal is met?": a figure reached plus a goal's further number.
_TOTAL_WORDS = frozenset("total altogether overall all cumulative".split())
_GOAL_WORDS = frozenset(
    "goal goals target targets aim aims hits hit meets reaches achieves".split()
)
_GOAL_TERMS = frozenset(
    stem(w)
    for w in (
        *_TOTAL_WORDS,
        *_GOAL_WORDS,
        *"if will would when met reached".split(),
        # "What would the total come to / add up to / amount to?": the sum, no noun.
        *"come comes add adds amount amounts".split(),
    )
)
# The noun a figure counts: "a further 25,000 entrepreneurs", "30,000 graduates".
_FIGURE_NOUN = re.compile(r"(?<![\w.])\d[\d,.]*\s+(?:more\s+|new\s+|additional\s+)?([a-z]{3,})")
_FURTHER = re.compile(r"\b(?:further|more|additional|another|extra)\b", re.IGNORECASE)
# "X was founded in 2009": the year a thing began, stated in a sentence about it.
# "Founded in 2009", also with its place first ("founded in Suva in 2011", "founded in
# Arusha, Tanzania in 2009"): a place of a few words, no clause between.
_FOUNDED_IN = re.compile(
    rf"\b(?:founded|established|created|set up|launched|started|formed)"
    rf"(?:\s+in\s+[^.;\d]{{1,40}}?,?)?\s+in\s+({FOUNDING_YEAR})\b",
    re.IGNORECASE,
)
_START_TERMS = frozenset(
    stem(w)
    for w in "launch launched found founded establish established create created open opened "
    "start started form formed".split()
)
# Auxiliaries that make the verb after them passive ("was launched by").
PASSIVE_AUX = frozenset("was were is are been be being".split())
# Words after a past participle used as an adjective or passive ("founded in 2009",
# "launched by the Trust", "opened on May 5"): an active verb takes its object instead.
_AFTER_PARTICIPLE = frozenset("in on by at during since from as under".split())


def names_only_as_agent(entity: Entity, text: str, roots: frozenset[str]) -> bool:
    """Whether ``text`` names ``entity`` only before its first verb of ``roots`` (stems),
    and that verb is active: the entity did it ("In 2017, the eWTP, the WTO and the WEF
    launched Enabling E-commerce") rather than had it done, so the sentence dates
    something else."""
    words = normalize(text).split()
    # A verb in the past tense: "launch" in "the Academy's launch ceremony" is a noun.
    at_verb = [i for i, w in enumerate(words) if w.endswith("ed") and stem(w) in roots]
    if not at_verb:
        return False
    v = at_verb[0]
    if v > 0 and words[v - 1] in PASSIVE_AUX:
        return False
    if v + 1 < len(words) and words[v + 1] in _AFTER_PARTICIPLE:
        return False  # "a foundation founded in 2009", "launched by X": done to it
    labels = [normalize(n).split() for n in (entity.name, *entity.aliases) if normalize(n)]
    places = [i for i in range(len(words)) for lab in labels if words[i : i + len(lab)] == lab]
    return bool(places) and all(i < v for i in places)


# At most this many words between a name and the start word said of it ("the Trust *was
# formally* founded", "launched *the* Tern Count").
_START_NAME_GAP = 2
# Nouns for taking a title ("Joseph Banda's promotion", "her appointment"): the start of
# a title of the person named (``_title_taken_by_noun``); a promotion follows another
# title at the same organisation (bot/vocab/succession.yaml, read on first use: a
# quote never needs the YAML parser).


@functools.cache
def _taking_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns for taking a title and, of them, those for a promotion."""
    words = succession()
    promotion = frozenset(words.promotion_nouns)
    return promotion | frozenset(words.taking_nouns), promotion


# The words between a start verb and its object ("opened *the* Centre").
_ARTICLES = frozenset(("the", "a", "an", "its", "their", "his", "her"))
# Words opening a clause that only recalls a start ("three years *after* the Trust was
# founded"): the sentence's date is another event's.
_RECALLING = recalling_words()


def states_start(entity: Entity, text: str) -> bool:
    """Whether ``text``'s date is that of ``entity``'s start: its first start word
    (``_START_TERMS``) is its main event (not opening an aside after a comma, ", founded
    by …"), said of the entity (its name at most ``_START_NAME_GAP`` words before it,
    with no comma between, or after it: "launched the Tern Count"), and the name is not
    in a clause recalling the start ("after the Trust was founded")."""
    # Words as normalised, with the clause marks kept as ",".
    pieces = [
        (t, piece[:1].islower())
        for piece in re.findall(r"[^\s,;:]+|[,;:]", text)
        for t in ([","] if piece in ",;:" else normalize(piece).split())
    ]
    tokens = [t for t, _ in pieces]
    starts = [i for i, t in enumerate(tokens) if stem(t) in _START_TERMS]
    # A start word written in capitals is a name's ("Open Gate Playgrounds"), unless no
    # other is there (a sentence opening "Launched in 2017, …").
    at = next((i for i in starts if pieces[i][1]), starts[0] if starts else None)
    if at is None:
        return False
    # After a comma the start word is the main verb past an apposition ("The Centre
    # (CRC), the pilot plant …, opened on June 21, 2021") only with its date right
    # after it; else it opens an aside ("the Trust, founded by …, now employs").
    dated_here = tokens[at + 1 : at + 2] in (["on"], ["in"]) and (
        tokens[at + 2 : at + 3] != []
        and (tokens[at + 2] in month_words() or tokens[at + 2].isdigit())
    )
    aside = at > 0 and tokens[at - 1] == ","
    labels = [normalize(n).split() for n in (entity.name, *entity.aliases) if normalize(n)]
    for label in labels:
        n = len(label)
        for i in range(len(tokens) - n + 1):
            if tokens[i : i + n] != label or set(tokens[max(0, i - 2) : i]) & _RECALLING:
                continue
            before = tokens[i + n : at]
            after = tokens[at + 1 : i]
            if aside:
                if i + n <= at and dated_here and not set(before) & _RECALLING:
                    return True
                if i > at and set(after) <= _ARTICLES:
                    # "Northvale, a partner since 2019, opened the Centre on …": the verb
                    # closing an apposition, its object named right after it (an aside
                    # names an agent, "founded by", never an object).
                    return True
            elif (i + n <= at and len(before) <= _START_NAME_GAP and "," not in before) or (
                i > at and len(after) <= _START_NAME_GAP and "," not in after
            ):
                return True
    return False


# Words for a release itself ("the 2024 announcement").
_RELEASE_WORDS = RELEASE_NOUNS | frozenset(("news", "statement"))
# An end is dated from at most this many candidate sentences.
MAX_END_DATES = 5
# Words of an end that say when, not what ("the first", "the launch year").
_NOISE = (
    ANSWER_TYPE_TERMS["date"]
    | ANSWER_TYPE_TERMS[None]
    # "What's older, A or B?": the order asked, no word of either end.
    | frozenset(
        stem(w)
        for w in "first came come happen happened pass passed older oldest newer younger".split()
    )
)


# "The end of X", "the start of X": a bound of the range X is stated to cover.
_RANGE_BOUND = re.compile(
    r"^(?:the )?(?P<side>end|close|expiry|finish|conclusion|start|beginning|outset) of\b"
)
_CLOSING = frozenset("end close expiry finish conclusion".split())


@dataclass(frozen=True, slots=True)
class DatedEnd:
    """One end, dated: ISO date ("2018-04-21", "2018-04" or "2016"), the sentence
    that dates it, its release, and the end as the question words it."""

    date: str
    text: str
    source: str
    label: str


# Ordinals of an end ("the first signing"), which a release's date cannot tell apart.
_ORDINAL_STEMS = frozenset(stem(w) for w in ORDINAL_POSITIONS)


class EventAnswers(ExecutorBase):
    def end_date(self, end: Query) -> DatedEnd | None:
        """When the thing an end names happened, from the facts; None when undated."""
        found = self.end_dates(end)
        return found[0][1] if found else None

    def end_dates(self, end: Query) -> list[tuple[tuple[float, ...], DatedEnd]]:
        """The dated facts that may date an end, best first, each with how well it fits
        (literal words, words or synonyms, subjects, whether it leads with one)."""
        index = self.index
        label = " ".join(end.words)
        terms = [t for t in end.terms if t not in _NOISE]
        if _came_out(end.words):
            # "The results report came out": a release writes "published" or "released" ("came out
            # of Geneva" is a dateline, never an end, so this is read here only).
            terms = [t for t in terms if t not in _CAME_OUT_TERMS] + list(_PUBLISHED_TERMS)
        subjects = list(end.subjects)
        bound = _RANGE_BOUND.match(label)
        if bound is not None and len(subjects) == 1:
            # "The end of the 2018-2021 framework": the year its stated range ends (or,
            # for "the start of", begins), not a sentence that merely names it.
            stated = self._range_of(subjects[0])
            # Words beyond the thing's name ("the first phase") must be the range's own.
            named = {t for m in end.mention_terms.values() for t in m}
            rest = set(terms) - named - {stem(bound["side"])}
            if stated is not None and rest <= {stem(w) for w in normalize(stated.text).split()}:
                closing = bound["side"] in _CLOSING
                year = stated.span.end if closing else stated.span.start
                return [((0.0,), DatedEnd(str(year), stated.text, stated.source, label))]
        named = {t for m in end.mention_terms.values() for t in m}
        began = bool(terms) and set(terms) <= _START_TERMS
        if len(subjects) == 1 and (began or (not terms and not set(_words(end)) - named)):
            # "the academy", "the trust": a thing named bare is dated by its start; so is
            # "the alliance was founded", "the lab opened" (a later sentence recalling
            # it, "has chaired since the Alliance was founded", is dated by its own news).
            start = self._start_of(subjects[0], label, start_asked=began)
            if start is not None:
                return [((0.0,), start)]
        pool: dict[str, LoadedFact] = {}
        # An undated sentence recalling the end ("MV Havsund Mender, delivered … in
        # November 2022" for "the Havsund Mender delivery") is dated by what it writes
        # after the end's own word, not by its release.
        event_terms = [t for t in terms if t not in named]
        start_only = bool(event_terms) and set(event_terms) <= _START_TERMS and bool(subjects)
        recalled: dict[str, str] = {}

        def dated(fact: LoadedFact) -> bool:
            # The event's own word ("delivered"), not a name's ("MV Havsund Mender").
            when = (
                date_after_word(
                    fact.text,
                    lambda w: w[:1].islower() and any(same_word(stem(w), t) for t in event_terms),
                )
                if event_terms
                else None
            )
            if (
                fact.date
                and when is None
                and start_only
                and not any(states_start(index.entity(s), fact.text) for s in subjects)
            ):
                # "Opened on May 4, 2019, three years after the Trust was founded": the
                # sentence's date is the opening's, never the founding's it recalls.
                return False
            if fact.date:
                if when is not None and not fact.date.startswith(when[:4]):
                    # "Daruwe, Programme Director since its launch in 2016, became Dean on
                    # January 1, 2023": the launch recalled is 2016, not the fact's date.
                    recalled[fact.id] = when
                return True
            if when is None:
                # "KOU and REA launched ClassBridge, …, on September 14, 2016": the one
                # full date the sentence writes dates it, however far from the verb.
                written = set(written_dates(fact.text))
                if event_terms and len(written) == 1:
                    when = written.pop()
            if when is not None:
                recalled[fact.id] = when
            return when is not None

        for s in subjects:
            for fact in index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]:
                if dated(fact):
                    pool.setdefault(fact.id, fact)
        scores: dict[str, float] = {}
        if terms:
            for c in self.retriever.rank(terms, set(subjects), include_quotes=False):
                if isinstance(c.item, LoadedFact) and dated(c.item):
                    pool.setdefault(c.item.id, c.item)
                    scores[c.item.id] = c.score
        # Every word of the end counts as written, titles too ("becoming president").
        literal = set(terms) | set(_words(end))
        pairs = _pairs(list(_words(end)))
        loose = {t for qt in self.retriever.query_terms(terms) for t in qt.alternatives}
        fits: list[tuple[tuple[float, ...], DatedEnd]] = []
        for fact in pool.values():
            words = self._fact_terms(fact)
            hits = len(literal & words)
            near = len(loose & words)
            covered = len(set(subjects) & set(fact.about))
            # Some word beyond the names must match: "become Executive Director" is
            # matched by its title when no sentence says "become".
            if terms and not near and not (literal - named) & words:
                continue
            if subjects and not covered:
                continue
            leads = float(bool(fact.about) and fact.about[0] in subjects)
            # An event is dated to the day ("opened … on March 5, 2019"); a state
            # is often dated by its start only ("has been run … since July 2021").
            when = recalled.get(fact.id) or fact.date or ""
            to_the_day = float(len(when) == len("2019-03-05"))
            # Words side by side as the end has them ("became President", not
            # "President …, becomes Chair").
            adjacent = float(len(pairs & _pairs(content_terms(fact.text))))
            key = (
                float(hits),
                adjacent,
                float(near),
                float(covered),
                leads,
                to_the_day,
                scores.get(fact.id, 0.0),
            )
            fits.append((key, DatedEnd(when, fact.text.strip(), fact.source, label)))
        if fits:
            fits.sort(key=lambda kv: kv[0], reverse=True)
            return _at_asked_time(end.time, fits)[:MAX_END_DATES]
        reported = self._reported_end(subjects, event_terms, label)
        if reported is not None:
            return [((0.0,), reported)]
        if end.time.year is not None and set(end.words) & _RELEASE_WORDS:
            # "the 2024 announcement": the release of that year.
            for source in reversed(index.sources_newest):
                day = index.source_date(source.id)
                if day.year == end.time.year:
                    return [
                        (
                            (0.0,),
                            DatedEnd(
                                day.isoformat(),
                                f"The release “{source.source.title}”.",
                                source.id,
                                label,
                            ),
                        )
                    ]
        for s in subjects:
            entity = index.entity(s)
            if entity.kind is EntityKind.PERSON:
                continue
            span = year_range(entity.name) or year_range(entity.summary)
            if span is not None:
                # "Framework 2018-2021": a thing that runs over years starts in the first.
                stated = index.summary_source(s, entity.summary)
                source = [stated] if stated else self._declared(s)
                if source:
                    text = f"{entity.name}: {entity.summary.strip()}"
                    return [((0.0,), DatedEnd(str(span.start), text, source[0], label))]
            years = _YEAR.findall(entity.name)
            if len(years) == 1:
                stated = index.summary_source(s, entity.summary)
                source = [stated] if stated else self._declared(s)
                if source:
                    text = f"{entity.name}: {entity.summary.strip()}"
                    return [((0.0,), DatedEnd(years[0], text, source[0], label))]
        if end.time.year is not None and not subjects:
            # "the 2030 deadline": a year the question itself gives, cited to no release.
            year = str(end.time.year)
            return [((-1.0,), DatedEnd(year, f"{year}, the year the question names.", "", label))]
        return []

    def _reported_end(
        self, subjects: list[str], event_terms: list[str], label: str
    ) -> DatedEnd | None:
        """An end no dated sentence states, dated by the release first reporting it: an
        undated sentence about a subject that writes the end's own word ("Kestrel Optics
        has renewed its support …" for "the Kestrel renewal") is that release's news, as
        of its date. None when no sentence writes every word of it, or the end is one
        of several by its order ("the second signing": a release's date says not which)."""
        if not subjects or not event_terms or set(event_terms) & _ORDINAL_STEMS:
            return None
        found: list[tuple[str, LoadedFact]] = []
        for s in subjects:
            for fact in self.index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]:
                if fact.date:
                    continue
                written = {stem(w) for w in re.findall(r"\b[a-z][a-z-]*\b", fact.text)}
                if all(any(same_word(w, t) for w in written) for t in event_terms):
                    found.append((self.fact_date(fact), fact))
        if not found:
            return None
        when, fact = min(found, key=lambda kv: kv[0])
        return DatedEnd(when, fact.text.strip(), fact.source, label)

    def _start_of(
        self, entity_id: str, label: str, *, start_asked: bool = False
    ) -> DatedEnd | None:
        """When a thing began: a year its facts say it was founded in ("founded in
        2009"), else its earliest dated fact saying it was launched, opened or founded,
        else its earliest dated fact that leads with it (with ``start_asked``, "the
        founding of X", not one recalling the start undated)."""
        entity = self.index.entity(entity_id)
        facts = [
            f
            for f in self.index.facts_by_entity.get(entity_id, [])[:MAX_LIST_FACTS]
            # "X launched Y" dates Y's start, not X's ("when was X launched?" agrees).
            if not names_only_as_agent(entity, f.text, _START_TERMS)
        ]
        leading = [f for f in facts if f.about and f.about[0] == entity_id]
        dated = sorted((f for f in facts if f.date), key=lambda f: f.date or "")
        # A start asked is dated by a sentence stating it: one mentioning it in passing
        # ("opened on May 4, 2019, three years after the Trust was founded"; "the Trust,
        # founded by …, now employs") is dated by its own event, and is not cited for it.
        started = [
            f
            for f in dated
            if _START_TERMS & self._fact_terms(f)
            and (not start_asked or states_start(entity, f.text))
        ]
        for fact in leading:
            match = _FOUNDED_IN.search(fact.text)
            if match is not None:
                # The day, when a dated sentence of that year says it began ("on
                # September 13, 2017, the day the Network was founded").
                precise = [f for f in started if (f.date or "")[:4] == match[1]]
                if precise:
                    first = precise[0]
                    return DatedEnd(first.date or "", first.text.strip(), first.source, label)
                return DatedEnd(match[1], fact.text.strip(), fact.source, label)
        # Leading with it is a thing's first report; not its start, asked, when the
        # sentence recalls the start without dating it ("the Trust, founded by …, now
        # employs 40 staff").
        reported = [
            f
            for f in dated
            if f in leading
            and (
                not start_asked
                or not _START_TERMS & self._fact_terms(f)
                or states_start(entity, f.text)
            )
        ]
        groups = [started, reported]
        if entity.kind is EntityKind.EVENT:
            # An event (a meeting) is dated by the sentences leading with it: a start word
            # in another sentence about it is another thing's ("met again … on the eve
            # of the Academy's launch" is no start of the 2018 meeting).
            groups.reverse()
        for group in groups:
            if group:
                fact = group[0]
                return DatedEnd(fact.date or "", fact.text.strip(), fact.source, label)
        return None

    def _pair(self, a: Query, b: Query, question: str = "") -> tuple[DatedEnd, DatedEnd] | None:
        """The two ends' dates, from two different sentences: when both ends' best
        sentence is the same one, the end with the better second choice takes it."""
        pair = self._distinct(a, b)
        if pair is None or not question:
            return pair
        return (
            dataclasses.replace(pair[0], label=as_typed(question, tuple(pair[0].label.split()))),
            dataclasses.replace(pair[1], label=as_typed(question, tuple(pair[1].label.split()))),
        )

    def _distinct(self, a: Query, b: Query) -> tuple[DatedEnd, DatedEnd] | None:
        xs, ys = self._dates_of_end(a), self._dates_of_end(b)
        if not xs or not ys:
            return None
        if xs[0][1].text != ys[0][1].text:
            return xs[0][1], ys[0][1]
        x2 = xs[1] if len(xs) > 1 else None
        y2 = ys[1] if len(ys) > 1 else None
        if x2 is None and y2 is None:
            # A description may name several things ("the Hangzhou meeting"): its
            # words alone, without the thing it was read as, may date another one.
            taken = xs[0][1].text
            for end, other, flip in sorted(
                ((a, ys[0][1], False), (b, xs[0][1], True)), key=lambda t: not t[0].described
            ):
                loose = self.end_dates(dataclasses.replace(end, subjects=(), terms=_words(end)))
                alternative = next((d for _, d in loose if d.text != taken), None)
                if alternative is not None:
                    return (other, alternative) if flip else (alternative, other)
            return None
        if y2 is None or (x2 is not None and x2[0] >= y2[0]):
            return x2[1], ys[0][1]  # type: ignore[index]
        return xs[0][1], y2[1]

    def next_after(
        self, q: Query, head: Query, anchor: Query, anchor_words: tuple[str, ...] = ()
    ) -> Result:
        """ "When did A and B (next) meet after the Velmar talks?": of the dated
        sentences the head's words fit (``end_dates``), the earliest dated after the
        anchor's date, with the anchor's sentence, both cited. None when either is
        undated or nothing fits after the anchor: the other executors answer.

        An anchor naming only a place ("after Hangzhou") is the head's event there
        (``anchor_words``: the words the question gives for it, its label)."""
        start = self.end_date(anchor)
        if start is None or not start.date:
            return None
        # "…, who met in Hangzhou in April 2018, met again in Kigali on November 11, 2019"
        # (dated 2019-11-11): the anchor's own words date it, where the sentence writes a
        # date right after them.
        own = set(content_terms(" ".join(anchor_words or anchor.words))) - set(head.terms)
        recalled = date_after_word(
            start.text, lambda w: any(same_word(stem(w.casefold()), t) for t in own)
        )
        if recalled is not None and _after(start.date, recalled):
            start = dataclasses.replace(start, date=recalled)
        later = [
            end
            for _, end in self.end_dates(head)
            if end.date
            and (end.text, end.date) != (start.text, start.date)
            and _after(end.date, start.date)
        ]
        if not later:
            return None
        # The earliest after the anchor; best fit first among those of one date.
        found = min(later, key=lambda e: e.date)
        label = as_typed(q.question, tuple(anchor_words or anchor.words))
        text = f"**When:** {format_date(found.date)}\n{found.text}{placeholder(found.source)}\n"
        if start.text == found.text:
            text += f"After {label} ({format_date(start.date)}), as the same sentence says."
        else:
            text += (
                f"After {label} ({format_date(start.date)}): {start.text}"
                f"{placeholder(start.source)}"
            )
        return answered(
            self.index,
            q.question,
            text,
            [found.source, start.source],
            entities=[*head.subjects, *anchor.subjects],
        )

    def which_first_of_ends(self, q: Query, a: Query, b: Query, relation: Relation) -> Result:
        """ "Which came first, A or B?": the dates the releases give for each, compared.

        This is the one "which came first" executor. A person named bare ("Lina Ma or
        Amara Okafor") is not something that happened: not found, asking which event of
        theirs is meant ("Lina Ma's appointment")."""
        people = [e for e in (a, b) if self._bare_person(e)]
        if people:
            name = as_typed(q.question, people[0].words)
            return not_found(
                q.question,
                f"“{name}” is a person, not something that happened: which event of "
                f"theirs do you mean, e.g. “{name}'s appointment as …”?",
            )
        labels = [as_typed(q.question, a.words), as_typed(q.question, b.words)]
        noun = _asked_noun(q.words)
        if noun is not None:
            # "Which campus came first, Kigali or KL?": each end's campus, not whatever
            # else happened in Kigali first (a meeting there a year before).
            a, b = (
                dataclasses.replace(e, terms=(*e.terms, noun)) if noun not in e.terms else e
                for e in (a, b)
            )
        # "Did A become COO before B became CEO?": a title taken is dated by the sentence
        # saying when it started ("COO since April 2024"), as ``as_of_event`` dates it.
        ends = [self._title_taken(a) or self.end_date(a), self._title_taken(b) or self.end_date(b)]
        ends = [
            dataclasses.replace(e, label=label) if e is not None else None
            for e, label in zip(ends, labels, strict=True)
        ]
        missing = [label for label, e in zip(labels, ends, strict=True) if e is None]
        if missing:
            return not_found(
                q.question,
                f"The releases I know give no date for “{missing[0]}”, so I can't say "
                "which came first.",
            )
        first, second = ends
        assert first is not None and second is not None
        if _comparable(first.date, second.date) and (
            first.date.startswith(second.date) or second.date.startswith(first.date)
        ):
            # One date within the other ("2021", "2021-06" and "2021-06-08"): the
            # releases give no order, which comparing the strings would make up.
            lead = f"**Both in {first.date[:4]}**: the releases don't say which came first."
        elif relation in (Relation.IS_BEFORE, Relation.IS_AFTER):
            # "Was A reached before B came out?": yes or no, with both dates.
            earlier = first.date < second.date
            yes = earlier if relation is Relation.IS_BEFORE else not earlier
            word = "Before" if earlier else "After"
            lead = (
                f"**{'Yes' if yes else 'No'}** ({word.lower()}): {first.label}: "
                f"{format_date(first.date)}; {second.label}: {format_date(second.date)}."
            )
        elif relation is Relation.ORDER:
            # "Was A launched before or after B?": A placed against B, in those words.
            word = "Before" if first.date < second.date else "After"
            lead = (
                f"**{word}:** {first.label}: {format_date(first.date)}; "
                f"{second.label}: {format_date(second.date)}."
            )
        else:
            ordered = sorted([first, second], key=lambda e: e.date)
            pick = ordered[0] if relation is Relation.FIRST else ordered[1]
            other = ordered[1] if pick is ordered[0] else ordered[0]
            word = "first" if relation is Relation.FIRST else "later"
            lead = (
                f"**{_cap(pick.label)}** came {word} ({format_date(pick.date)}); "
                f"{other.label}: {format_date(other.date)}."
            )
        lines = [lead] + [f"• {format_date(e.date)}: {e.text}" for e in (first, second)]
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [e.source for e in (first, second) if e.source],
            entities=[*a.subjects, *b.subjects],
        )

    def _bare_person(self, end: Query) -> bool:
        """Whether an end names only people, no event of theirs ("Lina Ma")."""
        if not end.subjects or any(s not in self.index.person_ids for s in end.subjects):
            return False
        named = {t for m in end.mention_terms.values() for t in m}
        return not [t for t in end.terms if t not in _NOISE] and not set(_words(end)) - named

    def years_between(self, q: Query, a: Query, b: Query) -> Result:
        """ "How many years passed between A and B?": the two dates' years, subtracted."""
        pair = self._pair(a, b, q.question)
        if pair is None:
            return None
        first, second = pair
        if not first.source and not second.source:
            return None  # two years the question gives: nothing the releases say
        ordered = sorted([first, second], key=lambda e: e.date)
        words = set(q.words)
        unit = "months" if words & {"month", "months"} else "years"
        unit = "days" if words & {"day", "days"} else unit
        took = between(ordered[0].date, ordered[1].date, unit)
        lead = f"**{took.head}** ({took.working}).\n"
        text = lead + "\n".join(f"• {format_date(e.date)}: {e.text}" for e in ordered)
        return answered(
            self.index,
            q.question,
            text,
            [e.source for e in ordered if e.source],
            entities=[*a.subjects, *b.subjects],
        )

    def time_ago(self, q: Query, event: Query) -> Result:
        """ "How long ago did A happen?": from A's date (the facts') to the day asked
        (``Query.today``); None when A is undated, after that day, or no day is known."""
        when = self._title_taken(event) or self.end_date(event)
        if when is None or not when.source or q.today is None:
            return None
        today = q.today.isoformat()
        if when.date[: len(today)] > today:
            return None
        unit = "months" if "months" in q.words else "years"
        took = between(when.date, today, unit)
        text = (
            f"**{took.head} ago** ({took.working}, counted to the day asked).\n"
            f"• {format_date(when.date)}: {when.text}"
        )
        return answered(self.index, q.question, text, [when.source], entities=list(event.subjects))

    def as_of_event(self, q: Query, head: Query, event: Query, *, before: bool = False) -> Result:
        """ "How many graduates were there when A happened?": the figure as of A's date;
        ``before`` ("…before A happened?"): the newest figure dated before it. A head
        naming nothing that no figure answers is about what the event names ("how many
        schools were connected when SkyClass launched?": SkyClass's schools)."""
        found = self._as_of_event(q, head, event, before=before)
        if found is None and not head.subjects and event.subjects:
            about = dataclasses.replace(head, subjects=event.subjects)
            found = self._as_of_event(q, about, event, before=before)
        return found

    def _as_of_event(self, q: Query, head: Query, event: Query, *, before: bool) -> Result:
        when = self._title_taken(event) or self.end_date(event)
        if when is None:
            return None
        if before:
            found = self._figure_before(head, when.date)
            if found is None:
                return None
            text = (
                f"**Before {as_typed(q.question, event.words)} ({format_date(when.date)}):** "
                f"as of {format_date(self.fact_date(found))}, {found.text.strip()}\n"
                f"• {format_date(when.date)}: {when.text}"
            )
            return answered(
                self.index, q.question, text, [found.source, when.source], entities=found.about
            )
        year, month = int(when.date[:4]), int(when.date[5:7]) if len(when.date) >= 7 else None
        bounded = dataclasses.replace(
            head,
            question=q.question,
            time=TimeConstraint(until=year, until_month=month or 12),
        )
        found = None
        if set(head.words) & SHORT_WORDS:
            # "How far from its 30,000 goal when the KL campus opened?": the shortfall
            # as of the event's month (the figure in force then against the goal).
            point = f"{year}-{month:02d}" if month else str(year)
            at = dataclasses.replace(
                bounded, time=TimeConstraint(year=year, month=month, points=(point,))
            )
            found = self.figure_in_time(at)
        if not isinstance(found, Answer) or found.status is not Status.ANSWERED:
            found = self.figure_as_of(bounded, when.date, when.source)
        if not isinstance(found, Answer):
            # The noun's series last: "membership" counted as "seven member councils".
            reporting = (
                bool(when.source)
                and days_between(when.date, self.index.source_date(when.source)) <= NEWS_DAYS
            )
            fact = self.figure_fact_by(head, when.date, when.source if reporting else "")
            if fact is None:
                return self._no_figure_then(q, head, event, when)
            text = (
                f"**As of {format_date(self.fact_date(fact))}:** {fact.text.strip()}"
                f"{placeholder(fact.source)}\n• {format_date(when.date)}: {when.text}"
                f"{placeholder(when.source)}"
            )
            return answered(
                self.index, q.question, text, [fact.source, when.source], entities=fact.about
            )
        # Its numbered markers are its own citations' order: numbered again below.
        shown = _MARKERS.sub("", found.text)
        text = f"{shown}\n• {format_date(when.date)}: {when.text}"
        sources = [c.source_id for c in found.citations] + [when.source]
        return answered(self.index, q.question, text, sources, entities=found.entities)

    def _no_figure_then(self, q: Query, head: Query, event: Query, when: DatedEnd) -> Result:
        """ "How many members did X have when it opened?" when every figure for members
        is dated after the opening: not_found, showing the first figure the releases
        give and the sentence dating the event, cited; None when no series counts the
        noun (other executors may read the question otherwise)."""
        first = self.figure_first_after(head, when.date)
        if first is None:
            return None
        text = (
            f"The releases I know give no figure for that when"
            f" {as_typed(q.question, event.words)} ({format_date(when.date)}). The first"
            f" they give, as of {format_date(first.date)}: {first.fact.text.strip()}\n"
            f"• {format_date(when.date)}: {when.text}"
        )
        return not_found_cited(
            self.index,
            q.question,
            text,
            [first.fact.source, when.source],
            entities=first.fact.about,
        )

    def change_between(self, q: Query, head: Query, a: Query, b: Query) -> Result:
        """ "How many more were trained between A and B?": the figure stated by each
        end's date, subtracted, with the sentences that date the ends."""
        pair = self._pair(a, b, q.question)
        if pair is None:
            return None
        start, end = sorted(pair, key=lambda e: e.date)
        figures = []
        for when in (start, end):
            fact = self._figure_fact(head, when.date, when.source)
            if fact is None:
                return None
            figures.append(fact)
        fa, fb = figures
        if fa.id == fb.id:
            return None
        measured = measured_ends(q.words, fa.text, fb.text)
        if measured is not None:
            # "How much did X's capacity grow?": its figures in a unit of capacity (the
            # later's), not the first figure of each sentence (a count of roofs).
            x, y, shown_x, shown_y, unit = measured
            fmt = fmt_measure
        elif asked_dimensions(q.words):
            return None
        else:
            first, last = _first_number(fa.text), _first_number(fb.text)
            if first is None or last is None:
                return None
            x, y, shown_x, shown_y, unit, fmt = first, last, _fmt(first), _fmt(last), "", _fmt
        diff = y - x
        sign = "+" if diff > 0 else ("−" if diff < 0 else "±")
        lines = [
            f"**{sign}{fmt(abs(diff))}{unit}** (from {shown_x} to {shown_y}: "
            f"{fmt(y)} − {fmt(x)} = {'−' if diff < 0 else ''}{fmt(abs(diff))})."
        ]
        for when, fact in ((start, fa), (end, fb)):
            # An end the question dates itself ("the 2022 figures") is no event to name.
            named = f"{_cap(when.label)} ({format_date(when.date)})" if when.source else None
            lines.append(f"• {named or f'As of {format_date(when.date)}'}: {fact.text.strip()}")
        sources = [fa.source, fb.source, start.source, end.source]
        return answered(self.index, q.question, "\n".join(lines), sources, entities=q.subjects)

    def _dates_of_end(self, end: Query) -> list[tuple[tuple[float, ...], DatedEnd]]:
        """An end's dates, best first: the start of the title it names when it is someone
        taking a title ("Lina Ma started as programme director": that title's start, not
        the best-ranked sentence, which may give another title's), else ``end_dates``."""
        taken = self._title_taken(end)
        if taken is not None:
            return [((float("inf"),), taken)]
        return self.end_dates(end)

    def _title_taken_by_noun(self, event: Query) -> DatedEnd | None:
        """ "Joseph Banda's promotion", "her appointment": the one title of the one person
        named whose start a fact states (``BecameAnswers.title_start``); a promotion is
        to a title taken after another title at the same organisation. None when the
        words name no such noun, or no or several such titles."""
        words = set(event.words)
        taking, promotion = _taking_nouns()
        if not words & taking or set(event.words) & TITLE_WORDS:
            return None
        person = self.one_person(event)
        if person is None:
            return None
        history = self.index.role_history(person)
        spans = [*history.current, *history.earlier]
        started = [(s, t) for s in spans if (t := self.title_start(person, s)) is not None]
        if words & promotion:
            # Promoted: another title at the same organisation began before this one.
            started = [
                (s, t)
                for s, t in started
                if any(
                    o is not s
                    and o.role.organization == s.role.organization
                    and min(o.dates).isoformat() < t.date
                    for o in spans
                )
            ]
        if len(started) != 1:
            return None
        start = started[0][1]
        return DatedEnd(
            start.date, start.fact.text.strip(), start.fact.source, " ".join(event.words)
        )

    def _title_taken(self, event: Query) -> DatedEnd | None:
        """ "Lina Ma became programme director": when a fact says the person took the
        title (``BecameAnswers.title_start``); None for any other event."""
        if not set(event.words) & START_WORDS:
            return self._title_taken_by_noun(event)
        asked = self._asked_titles(event)
        if asked is None or not asked[3]:
            return None
        person, title_words, _orgs, spans = asked
        best = max(spans, key=lambda s: title_fit(event.question, set(title_words), s.role.title))
        start = self.title_start(person, best)
        if start is None:
            return None
        fact = start.fact
        taken = DatedEnd(start.date, fact.text.strip(), fact.source, " ".join(event.words))
        if len(taken.date) < len("2020-01-04"):
            # "Head of the workshop since January 2020": a sentence dating the same start
            # to the day ("succeeded P as Head … on January 4, 2020") is finer.
            finer = [
                e
                for _, e in self.end_dates(event)
                if e.date.startswith(taken.date) and len(e.date) > len(taken.date)
            ]
            if finer:
                return finer[0]
        return taken

    def _figure_before(self, q: Query, date: str) -> LoadedFact | None:
        """The newest fact stating a figure (not a goal) for the words of ``q`` dated
        before ``date`` (a date to the month or year: before its first day)."""
        day = _day_before(date)
        # The series of the noun asked last: it reads a noun the sentences word
        # otherwise ("tanks" for "rainwater storage cisterns").
        return self.count_as_of(q, day) or self._figure_fact(q, day) or self.figure_fact_by(q, day)

    def _figure_fact(self, q: Query, date: str, source: str = "") -> LoadedFact | None:
        """The newest fact stating a figure (not a goal) for the words of ``q`` by ``date``:
        the figure for the noun of "how many <noun>" first (``StatedCountAnswers``)."""
        # A figure the release reporting the event gives is as of the event too, when
        # the event is that release's news (days before it), not one it recalls from
        # months before ("became Chief Executive on May 1" in a September release).
        news = bool(source) and days_between(date, self.index.source_date(source)) <= NEWS_DAYS
        counted = self.count_as_of(q, date, source if news else "")
        if counted is not None:
            return counted
        if not q.subjects:
            # Nothing named ("how many corals had been outplanted by …"): the series of
            # the noun (``figure_series``), never a percentage sharing its words.
            counted = self.figure_fact_by(q, date, source if news else "")
            if counted is not None:
                return counted
        terms = [
            t
            for t in q.terms
            if t not in ANSWER_TYPE_TERMS["count"] and t not in ANSWER_TYPE_TERMS[None]
        ]
        ranked = self.retriever.rank(terms, set(q.subjects), include_quotes=False)
        figures = [
            c
            for c in ranked
            if isinstance(c.item, LoadedFact)
            and (self.fact_date(c.item)[: len(date)] <= date or (news and c.item.source == source))
            and _first_number(c.item.text) is not None
            and not is_aim(c.item.text)
        ]
        if not figures:
            return None
        best = figures[0].score
        close = [c for c in figures if c.score >= NEWEST_AMONG * best]
        chosen = max(close, key=lambda c: self.fact_date(c.item))  # type: ignore[arg-type]
        return chosen.item  # type: ignore[return-value]

    def total_with_goal(self, q: Query) -> Result:
        """ "If the second phase meets its goal, how many will have been trained in all?":
        the newest figure reached plus the further number a goal adds (or the goal
        itself when it is a total), with both sentences."""
        words = set(q.words)
        # "How many would X have if the goal is hit?" is a total too; so is "what would
        # the total come to if …?", which asks for it without "how many".
        asks = "how" in words or ("what" in words and words & _TOTAL_WORDS)
        if not words & (_TOTAL_WORDS | {"if"}) or not words & _GOAL_WORDS or not asks:
            return None
        terms = [t for t in q.terms if t not in _GOAL_TERMS]
        if terms:
            ranked = self.retriever.rank(terms, set(q.subjects), include_quotes=False)
            candidates = [c.item for c in ranked if isinstance(c.item, LoadedFact)]
        else:
            # "How many in total if the second phase meets its target?" names no noun:
            # the subjects' goals say what is counted ("a further 25,000 entrepreneurs").
            candidates = [
                f
                for s in q.subjects
                for f in self.index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]
            ]
        goals = [f for f in candidates if is_aim(f.text) and _first_number(f.text) is not None]
        if not goals:
            return None
        plain = dataclasses.replace(q, terms=tuple(terms))
        if not terms:
            # Of one date, a goal still open ("a further 25,000") before one the same
            # release reports on ("fell short of its target of 30,000").
            newest = max(goals, key=lambda f: (self.fact_date(f), bool(_FURTHER.search(f.text))))
            noun = _figure_noun(newest.text)
            if noun is None:
                return None
            # The figure reached so far is the whole's ("the Academy has trained …"),
            # which the goal's sentence names beside the phase asked about.
            plain = dataclasses.replace(q, terms=(stem(noun),), subjects=tuple(newest.about))
            goals = [newest]
        reached = self._figure_fact(plain, "9999")
        if reached is None and terms:
            # "If phase two meets its goal, what would the total trained come to?": the
            # figure reached is the whole's, which the goal's sentence names.
            about = max(goals[:3], key=self.fact_date).about
            reached = self._figure_fact(dataclasses.replace(plain, subjects=tuple(about)), "9999")
        if reached is None:
            return None
        goal = max(goals[:3], key=self.fact_date)
        if self.fact_date(goal) < self.fact_date(reached)[:10] and not _FURTHER.search(goal.text):
            return None  # an older total target, already passed or missed
        x, y = _first_number(reached.text), _first_number(goal.text)
        assert x is not None and y is not None
        if _FURTHER.search(goal.text):
            total = x + y
            lead = (
                f"**{_fmt(total)}** if the goal is met ({_fmt(x)} so far + a further "
                f"{_fmt(y)}: {_fmt(x)} + {_fmt(y)} = {_fmt(total)})."
            )
        else:
            lead = f"**{_fmt(y)}** if the goal is met (the goal is a total; {_fmt(x)} so far)."
        lines = [
            lead,
            f"• {format_date(self.fact_date(reached))}: {reached.text.strip()}",
            f"• {format_date(self.fact_date(goal))}: {goal.text.strip()}",
        ]
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [reached.source, goal.source],
            entities=q.subjects,
        )

    def figure_as_of(self, q: Query, date: str, source: str = "") -> Result:
        """The newest stated figure by ``date`` for the question's words."""
        fact = self._figure_fact(q, date, source)
        if fact is None:
            return None
        text = f"**As of {format_date(self.fact_date(fact))}:** {fact.text.strip()}"
        return answered(self.index, q.question, text, [fact.source], entities=fact.about)


# An event at most this many days before a release is that release's news.
NEWS_DAYS = 14


# "Came out", "comes out": a report or study published.
_CAME_OUT_TERMS = frozenset(stem(w) for w in "come came comes coming out".split())
# The words releases use for it: "published its results report", "was released at".
_PUBLISHED_TERMS = tuple(stem(w) for w in "published released issued".split())


def _came_out(words: tuple[str, ...]) -> bool:
    """Whether an end says something came out ("the report came out"), at its end."""
    return len(words) >= 2 and words[-2] in ("came", "come", "comes") and words[-1] == "out"


def days_between(iso: str, later: dt.date) -> int:
    """Days from ``iso`` (a day, a month or a year: its first day) to ``later``."""
    return (later - first_day(iso)).days


def _day_before(iso: str) -> str:
    """The day before a date ("2021-07-01" -> "2021-06-30"); a month or a year stands
    for its first day ("2021-07" -> "2021-06-30", "2021" -> "2020-12-31")."""
    return (first_day(iso) - dt.timedelta(days=1)).isoformat()


def as_typed(question: str, words: tuple[str, ...]) -> str:
    """The words of a question as the user typed them (case, hyphens), found by their
    normalised form; the normalised words when they are not found in order."""
    tokens = question.split()
    spans: list[tuple[str, int]] = []
    for i, token in enumerate(tokens):
        spans.extend((w, i) for w in normalize(token).split())
    n = len(words)
    for k in range(len(spans) - n + 1):
        if tuple(w for w, _ in spans[k : k + n]) == tuple(words):
            first, last = spans[k][1], spans[k + n - 1][1]
            return " ".join(tokens[first : last + 1]).strip(" ,;:?!.\"'“”‘’")
    return " ".join(words)


def _words(end: Query) -> tuple[str, ...]:
    """An end's content words, the names in it included."""
    return tuple(t for t in content_terms(" ".join(end.words)) if t not in _NOISE)


def _comparable(a: str, b: str) -> bool:
    return bool(a) and bool(b)


def _pairs(terms: list[str]) -> set[tuple[str, str]]:
    return set(itertools.pairwise(terms))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# A figure a release sets as a goal is not one it reports ("aims to train 30,000").
_AIM = re.compile(
    r"\b(?:aims?|aimed|targets?|goals?|will|plans?|planned|expects?|hopes?|intends?)\b",
    re.IGNORECASE,
)


# The words before a reached figure that say it was done ("has trained", "have gathered
# seeds from"), at most this many back.
_DONE_REACH = 4
_PERFECT = frozenset("has have had".split())
# Present forms that report a figure as it stands ("reaches 31 member stations, above its
# target of 27", "now counts 40 members"): a state reached, as the perfect is.
_PRESENT_STATE = frozenset(
    "reaches passes exceeds surpasses tops counts numbers totals stands serves now".split()
)
# A figure reported as reached in the passive: "had been planted", "were trained".
_PASSIVE_DONE = re.compile(
    r"\b(?:(?:has|have|had) been\s+[a-z]+|(?:were|was)\s+[a-z]+ed)\b", re.IGNORECASE
)

# A figure's clause saying what it stands at, with a copula ("are now accessible", "were
# open"); not a plan ("are to open", "is planned", "are expected").
_STATE_AFTER = re.compile(
    r"\b(?:are|is|were|was)\s+(?:now\s+|already\s+)?"
    r"(?!to\b|planned\b|expected\b|due\b|set\b|scheduled\b|going\b|targeted\b|aimed\b"
    r"|intended\b|hoped\b|likely\b|being\b|not\b)[a-z][a-z-]*",
    re.IGNORECASE,
)
# How many words of a figure's clause the state may take to come ("22 of the region's
# 41 stations are now …").
_STATE_REACH = 10


def is_aim(text: str) -> bool:
    """Whether a sentence states a goal ("aims to train 30,000") rather than a result.

    A sentence whose first figure comes before any word of a goal, right after a verb
    of what was done, states that figure as reached, the goal after it only named: "has
    collected 1,860 populations towards its target of 2,500" reports 1,860 (issue 12: a
    goal restated beside the newest figure is not the figure). A figure in an aside
    ("with a budget of US$3 million, aims to …") leaves the sentence a goal."""
    match = _AIM.search(text)
    if match is None:
        return False
    figures = figures_in(text)
    if figures and figures[0].met:
        return False  # "passed its target of 2,500 sensors in November 2021": reached
    if reports_goal_met(text):
        return False  # "restored the last of its 12 ponds, meeting the target": reached
    spelled = figures_in(text, spelled_out=True)
    if spelled and is_past_goal(spelled[0]) and any(not is_goal_figure(f) for f in spelled[1:]):
        # "did not meet its goal of 12 clinics by 2020: ten clinics are open": a goal
        # reported missed is history, and the figure after it is the count reached.
        return False
    start = first_figure_start(text)
    if start is None or match.start() < start:
        return True
    clause = re.split(r"[,;:.()]", text[:start])[-1]
    done = re.findall(r"[A-Za-z-]+", clause)[-_DONE_REACH:]
    if any(w.casefold() in _PERFECT | _PRESENT_STATE or w.casefold().endswith("ed") for w in done):
        return False
    # The passive says so after the figure: "18,400 trees had been planted …, towards
    # its goal of 100,000" reports 18,400 (the clause up to the goal word, thousands
    # commas kept).
    after = re.split(r"[,;:.()](?!\d)", text[start : match.start()])[0]
    if _PASSIVE_DONE.search(" ".join(after.split()[: _DONE_REACH + 2])) is not None:
        return False
    # The figure as the subject of a state: "22 of the 41 depots are now electrified;
    # the goal remains 30", "27 … were step-free, short of its goal of 30".
    return _STATE_AFTER.search(" ".join(after.split()[:_STATE_REACH])) is None


# A goal named as such, without the words of a plan ("will", "expects"): a sum a release
# says will be spent is a sum, and a figure "up" from last year is no goal.
_GOAL_NAMED = re.compile(r"\b(?:aims?|aimed|targets?|goals?|objectives?)\b", re.IGNORECASE)


def goal_named_at(text: str) -> int | None:
    """Where a sentence first names a goal, aim, target or objective (a character
    offset), or None when it names none (``names_goal``)."""
    match = _GOAL_NAMED.search(text)
    return match.start() if match else None


def names_goal(text: str) -> bool:
    """Whether a sentence names a goal, aim, target or objective (narrower than
    ``is_aim``, which also takes plans)."""
    return _GOAL_NAMED.search(text) is not None


def _figure_noun(text: str) -> str | None:
    """The noun the first figure of a text (not a year) counts ("entrepreneurs" in "aims
    to train a further 25,000 entrepreneurs"); None when the figure counts no noun."""
    for match in _FIGURE_NOUN.finditer(text):
        if _YEAR.fullmatch(match[0].split()[0]):
            continue
        word = match[1]
        return None if word in STOP_WORDS else word
    return None


# Words after "which" that name no kind of thing ("which one came first").
_NOT_NOUNS = frozenset("one ones came come happened happen event events thing things first".split())


def _asked_noun(words: tuple[str, ...]) -> str | None:
    """The stem of the noun "which <noun> came first" asks about ("campus"), or None."""
    if len(words) < 2 or words[0] not in ("which", "what"):
        return None
    noun = words[1]
    if noun in STOP_WORDS or noun in _NOT_NOUNS:
        return None
    return stem(noun)


# The " [n]" markers of a composed answer (``cite.number_markers``).
_MARKERS = re.compile(r" ?\[\d+\]")


def _after(date: str, anchor: str) -> bool:
    """Whether ISO ``date`` is after ``anchor`` at the precision both give ("2019-11-11"
    is after "2018-04"; "2018-04-21" is not after "2018-04")."""
    n = min(len(date), len(anchor))
    return date[:n] > anchor[:n]


_MONTHS = month_names()


def _at_asked_time(
    time: TimeConstraint, fits: list[tuple[tuple[float, ...], DatedEnd]]
) -> list[tuple[tuple[float, ...], DatedEnd]]:
    """The fits of an end that names its own time ("when he met Y in April 2018"): those
    dated then; else those whose sentence recalls that time ("… first met in Hangzhou in
    April 2018", in a 2019 release), dated to the time named (a later meeting of the
    same two is not the one asked). ``fits`` unchanged when the end names no one year,
    or no sentence is of that time.

    "The first meeting of X and Y" (``time.first``): of the sentences matching it about
    as well as the best (one word fewer at most), the oldest dated, to the day when
    one is (a sentence of a later meeting recalling the first ranks high on its words)."""
    if time.first and fits:
        best = fits[0][0][0]
        close = [f for f in fits if f[1].date and f[0][0] >= best - 1]
        if close:
            oldest = min(close, key=lambda f: f[1].date.ljust(len("2019-03-05"), "~"))
            return [oldest, *[f for f in fits if f is not oldest]]
    if time.year is None:
        return fits
    then = [f for f in fits if f[1].date and time.admits_date(f[1].date)]
    if then:
        return then
    asked = str(time.year) if time.month is None else f"{time.year}-{time.month:02d}"
    written = f"{_MONTHS[time.month - 1]} {time.year}" if time.month else str(time.year)
    recalled = [
        (key, dataclasses.replace(end, date=asked))
        for key, end in fits
        if re.search(rf"\b{written}\b", normalize(end.text))
    ]
    return recalled or fits
