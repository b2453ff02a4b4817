"""How often something happens: "how often did Orbisight send thermal images in 2019?",
"how frequently are the sensors checked?".

A frequency is what a sentence states with "every 90 minutes", "every week", "twice a
year", "daily" and the like (``FREQUENCY``). The sentences are the facts about the
question's subjects that state one, ranked by the retriever for the question's other
words; of those about the same thing as the best one, the one in force at the time
asked leads (the newest stated on or before it: "in 2019" takes the 2019 statement of
"every 90 minutes", not the 2026 one of "every 30 minutes"), and the others follow as
dated history, newest first, each cited. None when the question asks no frequency or no
sentence about the subjects states one, so the other executors may answer.
"""

from __future__ import annotations

import re

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered, format_date
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.query import Query
from bot.kb.models import LoadedFact
from bot.search.terms import content_terms

_UNITS = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|season)s?"
# "every 90 minutes", "every two weeks", "every day", "twice a year", "three times a
# month", "once per week", "daily", "weekly".
FREQUENCY = re.compile(
    rf"\bevery\s+(?:\d[\d,.]*\s+|[a-z]+\s+)?{_UNITS}\b"
    rf"|\b(?:once|twice|\w+\s+times)\s+(?:a|an|per|each)\s+{_UNITS}\b"
    r"|\b(?:hourly|daily|weekly|fortnightly|monthly|quarterly|annually|yearly)\b",
    re.IGNORECASE,
)
# The best-ranked sentences read for a frequency.
MAX_CANDIDATES = 12
# Older statements shown after the one in force.
MAX_HISTORY = 3


def _frequency_clause(text: str) -> str:
    """The clause of ``text`` stating its first frequency, between the punctuation around
    it ("Under the agreement, Orbisight will give thermal images every 90 minutes, to
    confirm alerts": the middle part), which says what happens that often."""
    match = FREQUENCY.search(text)
    if match is None:
        return ""
    start = max(text.rfind(p, 0, match.start()) for p in ",;:") + 1
    ends = [i for i in (text.find(p, match.end()) for p in ",;:") if i >= 0]
    return text[start : min(ends, default=len(text))]


def asks_frequency(words: tuple[str, ...]) -> bool:
    """ "How often …", "how frequently …"."""
    return any(
        w == "how" and i + 1 < len(words) and words[i + 1] in ("often", "frequently")
        for i, w in enumerate(words)
    )


class FrequencyAnswers(ExecutorBase):
    def frequency(self, q: Query) -> Result:
        """The frequency a sentence about the subjects states, as of the time asked."""
        if q.quote or q.meta or not q.subjects or not asks_frequency(q.words):
            return None
        terms = [t for t in q.terms if t not in ("often", "frequent")]
        ranked = self.retriever.rank(terms or list(q.terms), set(q.subjects), include_quotes=False)
        # What happens, as asked ("send thermal images", "meet"): a sentence stating a
        # frequency of something else about the subject ("images every 30 minutes" for
        # "how often did the partners meet?") is no answer, so the clause stating the
        # frequency must use one of these words (or a thesaurus synonym), when the
        # question has any besides its names.
        own = {t for e in q.subjects for t in q.mention_terms.get(e, frozenset())}
        topic = [t for t in terms if t not in own]
        wanted = {a for qt in self.retriever.query_terms(topic) for a in qt.alternatives}
        wanted |= set(topic)
        stating = [
            c.item
            for c in ranked[:MAX_CANDIDATES]
            if isinstance(c.item, LoadedFact)
            and set(q.subjects) & set(c.item.about)
            and FREQUENCY.search(c.item.text)
            and (not wanted or wanted & set(content_terms(_frequency_clause(c.item.text))))
        ]
        if not stating:
            return None
        # The statements of the same thing as the best one: the frequency's noun words.
        best = stating[0]
        subjects = set(q.subjects)
        rest = set(best.about) - subjects
        same = [f for f in stating if (set(f.about) - subjects) & rest or not rest]
        ordered = sorted(same, key=self.fact_date, reverse=True)
        t = q.time
        end = str(t.year) if t.year is not None else (str(t.until) if t.until else None)
        in_force = [f for f in ordered if end is None or self.fact_date(f)[: len(end)] <= end]
        if not in_force:
            return None
        lead, *history = in_force
        stated = FREQUENCY.search(lead.text)
        assert stated is not None
        lines = [
            f"**{stated[0][0].upper()}{stated[0][1:]}** (as of "
            f"{format_date(self.fact_date(lead))}): {lead.text.strip()}{placeholder(lead.source)}"
        ]
        shown = [lead, *history[:MAX_HISTORY]]
        later = [f for f in ordered if f not in in_force]
        if history:
            lines.append("Earlier:")
            lines += [
                f"• As of {self.fact_date(f)}: {f.text.strip()}{placeholder(f.source)}"
                for f in history[:MAX_HISTORY]
            ]
        if later and end is not None:
            # Asked of a year: a later statement says it changed since.
            newer = later[0]
            lines.append(
                f"Since then, as of {self.fact_date(newer)}: {newer.text.strip()}"
                f"{placeholder(newer.source)}"
            )
            shown.append(newer)
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [f.source for f in shown],
            entities=list(dict.fromkeys(e for f in shown for e in f.about)),
        )
