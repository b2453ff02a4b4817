"""Whether something still runs, now or in a year: "is the academy still running?", "will
the academy still be running in 2027?", "X was supposed to end in 2023, is it still going?".

A thing's run is the period its facts state: a range ("runs from 2020 to 2023") or an
extension ("extended to 2026"). The NEWEST statement decides (a later release may extend
or shorten what an older one said); older ones follow as history, each cited. A year
inside the newest period is a yes; after its end, the releases plan no run then (the
answer says so and gives the end); with no year asked, the question is about the
newest release's date.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered
from bot.engine.qa.durations import subject_range
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.query import AnswerType, Query
from bot.kb.models import LoadedFact
from bot.textnorm import normalize

# "Still running", "still going", "will it be operating in 2027"; of a charter, pact or
# agreement: "still in force", "still in effect", "still valid", "will it still apply".
_RUN_WORDS = frozenset(
    "run runs running ran going operate operates operating operational active continue "
    "continues continuing exist exists existing open force effect valid apply applies "
    "binding".split()
)
# "Extended to 2026", "prolonged until 2030", "extending it … from 2027 to 2030": a new end.
_EXTENDED = re.compile(
    r"\b(?:extend(?:ed|s|ing)?|prolong(?:ed|s|ing)?|renew(?:ed|s|ing)?)\b[^.;]{0,60}?\b(?:to|until|till|"
    r"through)\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# Words that make a year the old plan ("was supposed to end in 2023"), not the year asked.
_PLAN_WORDS = frozenset("supposed meant planned due expected end ended ending scheduled".split())
MAX_HISTORY = 2


class _Run(NamedTuple):
    """A period a fact states for the thing: first year (None when only the end is
    given), last year, the fact and its date (ISO)."""

    start: int | None
    end: int
    fact: LoadedFact
    date: str


class StillRunningAnswers(ExecutorBase):
    def still_running(self, q: Query) -> Result:
        """Yes or no from the newest stated period; None when the question is not of
        this kind or no fact about the one subject states a period."""
        words = set(q.words)
        if q.quote or q.meta or q.role_asks or not words & _RUN_WORDS:
            return None
        if not ("still" in words or (q.answer_type is AnswerType.YES_NO and q.time.year)):
            return None
        things = [e for e in q.subjects if e not in self.index.person_ids]
        if len(things) != 1 or len(q.subjects) != 1:
            return None
        subject = things[0]
        runs = self._runs(subject)
        if not runs:
            return None
        newest, *older = runs
        # "It was supposed to end in 2023, is it still running?": that year is the old
        # plan, the question is about now.
        planned = bool(words & _PLAN_WORDS)
        if q.time.year is not None and not planned:
            year, when = q.time.year, f"in {q.time.year}"
        elif q.today is not None:
            year, when = q.today.year, f"as of {q.today.isoformat()}"
        else:
            return None
        name = self.index.display_name(subject)
        # It began with the earliest start any statement gives (a second phase's start
        # is not the thing's), and ends with the newest statement's end.
        start = min((r.start for r in runs if r.start is not None), default=None)
        period = f"from {start} to {newest.end}" if start else f"until {newest.end}"
        if start is not None and year < start:
            lead = f"**Not yet** {when}: the releases have {name} run {period}."
        elif year <= newest.end:
            lead = f"**Yes**, {when}: the newest statement has {name} run {period}."
        else:
            lead = (
                f"**No**, not as the releases stand: the newest statement has {name} end "
                f"in {newest.end}, and none gives a run {when}."
            )
        lines = [lead, f"• As of {newest.date}: {newest.fact.text.strip()}"]
        lines[-1] += placeholder(newest.fact.source)
        shown = [newest]
        for run in older[:MAX_HISTORY]:
            if run.end != newest.end:
                lines.append(
                    f"• Earlier, as of {run.date}: {run.fact.text.strip()}"
                    f"{placeholder(run.fact.source)}"
                )
                shown.append(run)
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [r.fact.source for r in shown],
            entities=[subject],
        )

    def _runs(self, subject: str) -> list[_Run]:
        """The periods facts about ``subject`` state for it, newest statement first
        (of one date, the latest end)."""
        found = []
        entity = self.index.entity(subject)
        labels = [normalize(label) for label in (entity.name, *entity.aliases)]
        for fact in self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]:
            extended = _EXTENDED.search(fact.text)
            if subject not in fact.about[:1]:
                # A range or an extension in a sentence led by another thing is that
                # thing's ("the Academy, under the eWTP, was extended to 2026"), unless
                # the extension itself names the subject ("extended the X to 2026").
                if extended is None:
                    continue
                clause = f" {normalize(extended[0])} "
                if not any(label and f" {label} " in clause for label in labels):
                    continue
                found.append(_Run(None, int(extended[1]), fact, self._stated_on(fact)))
                continue
            span = subject_range(fact.text, fact.about, subject, self._labels)
            if span is not None:
                found.append(_Run(span.start, span.end, fact, self._stated_on(fact)))
            elif extended is not None:
                found.append(_Run(None, int(extended[1]), fact, self._stated_on(fact)))
        # A release's statements are of its date (a sentence dated by its own past event
        # is no newer); of one release, the latest end (a phase recalled beside the
        # extension that follows it).
        found.sort(key=lambda r: (r.date, r.end), reverse=True)
        return found

    def _labels(self, entity_id: str) -> list[str]:
        if entity_id not in self.index.kb.entities:
            return []
        entity = self.index.entity(entity_id)
        return [entity.name, *entity.aliases]

    def _stated_on(self, fact: LoadedFact) -> str:
        return self.index.source_date(fact.source).isoformat()
