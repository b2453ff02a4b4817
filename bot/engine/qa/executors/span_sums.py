"""A sum over a span of years: "what was the total funding of X from 2017 to 2022?".

Only a sentence led by the thing asked about that states a sum for exactly the years
asked answers ("X is funded with CAD 88.5 million from 2017 to 2022"). One party's
commitment over the same years ("the City commits CAD 48 million … from 2017 to 2022")
is that party's share, not the total, and the shares are never added up here: a sum the
releases do not state is not guessed.
"""

from __future__ import annotations

import re

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered
from bot.engine.qa.durations import year_range
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase
from bot.engine.qa.figures import figures_in, is_money
from bot.engine.qa.query import Query
from bot.vocab import money_given

# Words of a question asking a sum, beside the verbs and nouns of money given
# (``bot/vocab/money_given.yaml``): "funded", "budget", "cost".
_SUM_WORDS = frozenset("funded fund funds financed financing budget budgets cost costs".split())


def _asks_sum(words: tuple[str, ...]) -> bool:
    return bool(set(words) & (_SUM_WORDS | money_given().words))


class SpanSumAnswers(ExecutorBase):
    def sum_over_span(self, q: Query) -> Answer | None:
        """The sum a sentence led by a subject states for the years asked ("from 2017 to
        2022"), cited; None when the question asks no sum over two years or no such
        sentence states one."""
        t = q.time
        if q.quote or q.meta or q.role_asks or not q.subjects:
            return None
        if t.since is None or t.until is None or t.since >= t.until or not _asks_sum(q.words):
            return None
        for subject in q.subjects:
            for fact in self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]:
                if not fact.about or fact.about[0] != subject:
                    continue
                span = year_range(fact.text)
                if span is None or (span.start, span.end) != (t.since, t.until):
                    continue
                sums = [f for f in figures_in(fact.text) if is_money(f)]
                if len(sums) != 1:
                    continue  # several sums: which one is the total is not said
                # The currency as written before the figure ("CAD 88.5 million").
                code = re.search(rf"\b([A-Z]{{3}})\s+{re.escape(sums[0].shown)}", fact.text)
                shown = f"{code[1]} {sums[0].shown}" if code else sums[0].shown
                text = (
                    f"**{shown}** from {t.since} to {t.until}, as the release "
                    f"states:\n• {fact.text.strip()}"
                )
                return answered(self.index, q.question, text, [fact.source], entities=fact.about)
        return None
