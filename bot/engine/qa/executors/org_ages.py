"""How old something is, or was at an event: "how old was the Trust when it made its
grant?", "how old is the seed bank?", "how old is Elena Vargas?".

- **An organisation (or any thing that began):** its age is a date minus the date a
  sentence says it was founded, set up, launched or opened ("founded in 2009", "founded
  in Tampere, Finland on May 15, 2017", "was founded on September 14, 2017"): the date
  of the event the question names after "when" (the best-ranked dated fact about the
  subject for those words: "made its grant"), the year it names ("in 2021"), else the
  newest release's date ("how old is X?", as of what the releases know). Whole years
  when both dates have a day, else the difference of the years. Working shown, the
  founding and the date cited; not found when no sentence says when it began.
- **A person:** only an age a sentence states ("aged 54", "54-year-old") answers; the
  releases give no birth dates, so otherwise the answer is not found, never a guess.
"""

from __future__ import annotations

import itertools
import re

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered, format_date, not_found
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.executors.became import iso_date
from bot.engine.qa.query import Query
from bot.engine.qa.vocabulary import FOUNDING_YEAR, number_word
from bot.engine.qa.written_dates import written_dates
from bot.kb.models import LoadedFact
from bot.search.terms import content_terms
from bot.textnorm import normalize
from bot.vocab import month_names_pattern

_MONTHS = month_names_pattern(capitalised=True)
# "founded in 2009", "set up in 2012", "launched on March 22, 2019", "founded in Kathmandu
# in 2017", "founded in Tampere, Finland on May 15, 2017": when a thing began, as written
# (a place the sentence names first is skipped; a capitalised month is not a place).
_BEGAN_IN = re.compile(
    r"\b(?i:founded|established|set up|created|formed|incorporated|launched|started|opened)"
    rf"(?:\s+in\s+(?!(?:{_MONTHS})\b)[A-Z][\w'’-]*(?:,?\s+[A-Z][\w'’-]*){{0,3}})?"
    rf"\s+(?:in|on)\s+((?:(?:{_MONTHS})\s+(?:\d{{1,2}},?\s+)?)?{FOUNDING_YEAR})\b",
)
# "The Academy's campus": a thing the subject has.
_POSSESSIVE = re.compile(r"\w['’]s\s")
# "How many years older / younger is A than B?".
_OLDER_WORDS = frozenset("older younger newer".split())
# Verbs of a thing's start in an event clause ("when SkyClass launched / was set up").
_START_WORDS = frozenset(
    "launched launch founded established created formed opened started began begun "
    "inaugurated".split()
)
# "How long has X been running / going / around / in operation / existed?": its age.
_RUNNING_WORDS = frozenset(
    "running going around operating operation existed existing active".split()
)
# Words by which a question asks its age as of the day asked, not the newest release.
_TODAY_WORDS = frozenset("today now currently".split())
# "How long has X existed / been running?": the present perfect asks up to now.
_PRESENT_PERFECT_ASKS = frozenset((("how", "long", "has"), ("how", "long", "have")))
# An age a sentence states about a person.
_STATED_AGE = re.compile(r"\b(\d{1,3})[- ]years?[- ]old\b|\baged (\d{1,3})\b", re.IGNORECASE)
# The best-ranked sentences read for the event an age is asked at.
MAX_EVENT_CANDIDATES = 5
# Words of the question that say how old, not what happened.
_AGE_WORDS = frozenset("how old was is were are it its they when age".split())


_ORDINALS = {"first": 0, "earliest": 0, "original": 0, "second": 1, "third": 2}
_LAST = frozenset("last latest newest recent".split())


def _ordinal(clause: str) -> int | None:
    """The position an event clause asks for ("the first …": 0, "the second …": 1,
    "the latest …": -1), or None when it names none."""
    for word in clause.split():
        if word in _ORDINALS:
            return _ORDINALS[word]
        if word in _LAST:
            return -1
    return None


def _began(text: str, names: tuple[str, ...]) -> re.Match[str] | None:
    """When ``text`` says the thing ``names`` names began: the head of the sentence
    (before an appositive: "X, the Alliance's scheme, launched on …") names it, and not
    as the owner of what began ("The Academy's campus in Kigali opened in 2020", "The
    second sorting line, funded by …, opened": neither is the thing's own start)."""
    for name in names:
        # "The Alliance, UNIDO and Alibaba launched the Digital Export Academy on
        # November 12, 2019": the thing as the verb's object, its date right after.
        started = re.search(
            r"\b(?i:founded|established|set up|created|formed|launched|started|opened)\s+"
            rf"(?i:the\s+)?{re.escape(name)}\s+(?:in|on)\s+"
            rf"((?:(?:{_MONTHS})\s+(?:\d{{1,2}},?\s+)?)?{FOUNDING_YEAR})\b",
            text,
        )
        if started is not None:
            return started
    match = _BEGAN_IN.search(text)
    if match is None:
        return None
    head = text[: match.start()].split(",")[0].casefold()
    if _POSSESSIVE.search(head) or not any(n.casefold() in head for n in names):
        return None
    if _OWNED_SUBJECT.search(text, 0, match.start()):
        return None  # "X has trained 120 … since its programme opened in 2021": X's programme
    return match


# The verb's own subject is a thing someone has: "its programme", "their new campus".
_OWNED_SUBJECT = re.compile(r"\b(?i:its|their|his|her)\s+(?:[\w-]+\s+){1,3}$")


def whole_years(began: str, when: str) -> int:
    """The whole years from ``began`` to ``when`` (ISO dates, each "YYYY", "YYYY-MM" or
    "YYYY-MM-DD"): a year is counted only once its anniversary has passed when both
    dates give the month (and day); else the difference of the years."""
    years = int(when[:4]) - int(began[:4])
    if len(began) > len("2017") and len(when) >= len(began) and when[4 : len(began)] < began[4:]:
        years -= 1
    return years


def asks_age(words: tuple[str, ...]) -> bool:
    """ "How old …", "what age …", "at what age …", and the running time of a thing:
    "how long has X been running / going / around?", "how long has X existed?"."""
    pairs = set(itertools.pairwise(words))
    if ("how", "old") in pairs or ("what", "age") in pairs:
        return True
    return (
        words[:3] in (("how", "long", "has"), ("how", "long", "have"))
        and ("been" in words or "existed" in words)
        and bool(set(words) & _RUNNING_WORDS)
    )


class AgeAnswers(ExecutorBase):
    def age(self, q: Query) -> Result:
        """The subject's age, at the event or year asked or as of the newest release;
        None when the question asks no age or no founding year is stated."""
        if not asks_age(q.words) or q.quote or q.meta or not q.subjects:
            return None
        subject = q.subjects[0]
        index = self.index
        name = index.entity(subject).name
        if subject in index.person_ids:
            return self._age_stated(q, subject) or not_found(
                q.question,
                f"The releases don't give {name}'s age or birth date, so I can't say how "
                "old they are.",
            )
        founding = self._age_founding(subject)
        if founding is None:
            # Any other figure about it (members, tonnes) would read as its age.
            return not_found(
                q.question,
                f"The releases don't say when {name} was founded or launched, so I can't "
                "say how old it is.",
            )
        began, founding_text, founding_source = founding
        at = self._age_at(q, subject)
        if at is None:
            return None
        when, event_text, event_source = at
        n = whole_years(began, when)
        if n < 0:
            return None
        unit = "year" if n == 1 else "years"
        working = (
            f"{when} − {began}"
            if len(began) == len(when) == len("2017-09-14")
            else f"{when[:4]} − {began[:4]}"
        )
        # A date known only to the year cannot say whether the anniversary had passed:
        # the count may be one too many, so it is "about" and says why.
        exact = len(began) == len(when) == len("2017-09-14")
        lead = f"**{n} {unit}**" if exact else f"**About {n} {unit}**"
        hedge = "" if exact else ", one date known only to the year"
        lines = [
            f"{lead} ({working} = {n} {unit}{hedge}), as of {format_date(when)}.",
            f"• Founded: {founding_text}{placeholder(founding_source)}",
            f"• Then: {event_text}{placeholder(event_source) if event_source else ''}",
        ]
        cited = [s for s in (founding_source, event_source) if s]
        return answered(index, q.question, "\n".join(lines), cited, entities=[subject])

    def age_gap(self, q: Query) -> Result:
        """ "How many years older is A than B?": the difference between the years the
        releases say each began (founded, set up, launched), both cited; None when the
        question compares no two ages or either founding year is not stated."""
        words = set(q.words)
        if not words & _OLDER_WORDS or "than" not in words or len(q.subjects) < 2:
            return None
        if q.quote or q.meta or not ({"how", "many"} <= words or {"how", "much"} <= words):
            return None
        a, b = q.subjects[:2]
        index = self.index
        if a in index.person_ids or b in index.person_ids:
            return None  # people's ages are only ever stated (``_age_stated``)
        first, second = self._age_founding(a), self._age_founding(b)
        if first is None or second is None:
            return None
        year_a, year_b = int(first[0][:4]), int(second[0][:4])
        n = abs(year_a - year_b)
        older = a if year_a <= year_b else b
        unit = "year" if n == 1 else "years"
        lead = (
            f"**{number_word(n).capitalize()} {unit}** "
            f"({max(year_a, year_b)} − {min(year_a, year_b)} = {n}): "
            f"{index.display_name(older)} is the older one."
            if n
            else f"**The same year** ({year_a}): neither is older by the years stated."
        )
        lines = [
            lead,
            f"• {index.display_name(a)}: {first[1]}{placeholder(first[2])}",
            f"• {index.display_name(b)}: {second[1]}{placeholder(second[2])}",
        ]
        return answered(index, q.question, "\n".join(lines), [first[2], second[2]], entities=[a, b])

    def _age_stated(self, q: Query, person: str) -> Result:
        for fact in self.index.facts_by_entity.get(person, [])[:MAX_LIST_FACTS]:
            match = _STATED_AGE.search(fact.text)
            if match is not None:
                text = f"**{match[1] or match[2]}**, as of {format_date(self.fact_date(fact))}:\n{fact.text.strip()}"
                return answered(self.index, q.question, text, [fact.source], entities=[person])
        return None

    def _age_founding(self, subject: str) -> tuple[str, str, str] | None:
        """The date (ISO: "2017", "2017-09" or "2017-09-14") a sentence (a fact leading
        with the subject, else a summary) says it began, with that sentence and its
        release; the earliest when several do (of one year, the one giving the day)."""
        index = self.index
        entity = index.entity(subject)
        names = (entity.name, *entity.aliases)
        found: list[tuple[str, str, str]] = []
        for fact in index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]:
            match = _began(fact.text, names)
            if match is not None and fact.about and fact.about[0] == subject:
                found.append((iso_date(match[1]), fact.text.strip(), fact.source))
        if not found:
            # "KOU and REA launched ClassBridge, a programme for …, on September 14, 2016":
            # a sentence leading with the thing and saying it began, with one full date.
            for fact in index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]:
                written = set(written_dates(fact.text))
                if (
                    fact.about[:1] == (subject,)
                    and len(written) == 1
                    and set(normalize(fact.text).split()) & _START_WORDS
                ):
                    found.append((written.pop(), fact.text.strip(), fact.source))
        if not found:
            for summary in index.summary_history(subject):
                match = _began(summary.text, names)
                if match is not None:
                    found.append((iso_date(match[1]), summary.text.strip(), summary.source))
        return min(found, key=lambda f: (f[0][:4], -len(f[0]), f[0])) if found else None

    def _age_other_began(self, q: Query, subject: str, clause: str) -> tuple[str, str, str] | None:
        """ "How old was X when Y launched?": the date a sentence says another subject
        named in the clause began (``_age_founding``), when the clause asks for its
        start; None otherwise. Of two things the clause names, the one that began is
        the verb's object ("when the TFA launched SmokeLine": SmokeLine, not the TFA,
        founded in 1958), else the one named last before it."""
        words = clause.split()
        if not set(words) & _START_WORDS and " set up" not in f" {clause}":
            return None
        asked = q.words
        when_at = asked.index("when") if "when" in asked else len(asked)
        verb_at = next(
            (
                i
                for i in range(when_at + 1, len(asked))
                if asked[i] in _START_WORDS or asked[i : i + 2] == ("set", "up")
            ),
            None,
        )
        named = [
            m
            for m in q.found
            if m.words[0] > when_at
            and m.entity_id != subject
            and m.entity_id in q.subjects
            and m.entity_id not in self.index.person_ids
            # "… launched by the TFA": the agent, not the thing that began.
            and asked[m.words[0] - 1 : m.words[0]] != ("by",)
        ]
        if not named or verb_at is None:
            return None
        # The thing that began: the object of the verb ("when the TFA launched
        # SmokeLine"), else its subject ("when SmokeLine launched", "was set up"), never
        # the one that launched it.
        after = [m for m in named if m.words[0] > verb_at]
        before = [m for m in named if m.words[0] < verb_at]
        if after:
            began = min(after, key=lambda m: m.words[0])
        elif before:
            began = max(before, key=lambda m: m.words[0])
        else:
            return None
        return self._age_founding(began.entity_id)

    def _age_at(self, q: Query, subject: str) -> tuple[str, str, str] | None:
        """The date the age is asked at (ISO), with the sentence and release dating it."""
        index = self.index
        words = q.words
        if "when" in words:
            clause = " ".join(w for w in words[words.index("when") + 1 :] if w not in _AGE_WORDS)
            terms = content_terms(clause)
            if not terms:
                return None
            began = self._age_other_began(q, subject, clause)
            if began is not None:
                return began
            ranked = self.retriever.rank(list(terms), {subject}, include_quotes=False)
            about = [
                c.item
                for c in ranked[:MAX_EVENT_CANDIDATES]
                if isinstance(c.item, LoadedFact)
                and subject in c.item.about
                and not _BEGAN_IN.search(c.item.text)
            ]
            if not about:
                return None
            # Of the best sentences, one dated to the day dates an event; a year alone
            # is often a span's start ("led it from 2014 to 2021 and signed …").
            to_the_day = [f for f in about if len(self.fact_date(f)) == len("2019-03-21")]
            nth = _ordinal(clause)
            if nth is not None and len(to_the_day) > 1:
                # "When it signed the first offtake agreement": the first of the events
                # the best sentences date, not the best-ranked (a later one may recall
                # the first: "renewing the agreement they first signed in 2019").
                ordered = sorted(to_the_day, key=self.fact_date)
                if nth < len(ordered):
                    to_the_day = [ordered[nth]]
            fact = to_the_day[0] if to_the_day else about[0]
            return self.fact_date(fact), fact.text.strip(), fact.source
        if q.time.year is not None:
            # "How old was X in 2021?": the year asked, no event to cite but the founding.
            return None
        newest = index.sources_newest
        if q.today is not None and (
            set(words) & _TODAY_WORDS or words[:3] in _PRESENT_PERFECT_ASKS
        ):
            # "How long has X been running as of today?", "how long has X existed?": the
            # present perfect runs to the day asked (``--today``), as a tenure does, with
            # the newest release named for what the releases last say.
            day = q.today.isoformat()
            if not newest:
                return day, f"the day asked ({day})", ""
            date = index.source_date(newest[0].id).isoformat()
            return (
                day,
                f"the day asked ({day}); the newest release is of {date}",
                newest[0].id,
            )
        if not newest:
            return None
        source = newest[0]
        date = index.source_date(source.id).isoformat()
        return date, f"the newest release, {source.source.title} ({date})", source.id
