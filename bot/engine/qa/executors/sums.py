"""The sum of the things a question names by a plural noun: "how much have the bank's two
loans come to in total?", "what do the Fund's grants add up to altogether?".

The things are the entities whose names hold the noun asked ("BRDB EUR 40 million loan
for …" for "loans"), linked to the question's subjects by a fact about both (or named
as subjects themselves), each with one sum of money in its name or, failing that, its
first summary. The answer is their sum in their one currency, every part shown and
cited. None when the question asks no total of a plural noun, names no subject, when a
count it gives ("two", "both") differs from the things found, when fewer than two have
a sum, or when their currencies or scales differ: the other executors then answer.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result, _fmt
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.vocabulary import SPELLED_NUMBERS
from bot.search.terms import content_terms, stem

# Words asking for a total: "in total", "altogether", "combined", "add up to", "come to".
_TOTAL_WORDS = frozenset("total totals altogether combined sum together".split())
_TOTAL_PAIRS = frozenset((("add", "up"), ("adds", "up"), ("come", "to"), ("in", "all")))
# A sum of money as releases write it: "EUR 40 million", "US$2.5 billion", "€300,000".
_MONEY = re.compile(
    r"(?P<cur>EUR|USD|GBP|CHF|SEK|US\$|\$|€|£)\s?(?P<num>\d[\d,]*(?:\.\d+)?)"
    r"(?:\s+(?P<scale>million|billion|thousand|m|bn)\b)?"
)


class _Part(NamedTuple):
    entity: str
    currency: str
    amount: float
    scale: str
    text: str
    source: str


class SumAnswers(ExecutorBase):
    def sum_of_things(self, q: Query) -> Result:
        """The things' sums added (see the module's docstring); None otherwise."""
        if q.answer_type not in (AnswerType.NUMBER, AnswerType.ANY) or q.quote or q.meta:
            return None
        words = q.words
        pairs = set(itertools.pairwise(words))
        if not (set(words) & _TOTAL_WORDS or pairs & _TOTAL_PAIRS) or not q.subjects:
            return None
        for at, word in enumerate(words):
            if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
                continue
            noun = stem(word)
            parts = self._parts(q, noun)
            if len(parts) < 2:
                continue
            before = words[at - 1] if at else ""
            count = 2 if before == "both" else SPELLED_NUMBERS.get(before)
            if before.isdigit():
                count = int(before)
            if count is not None and count != len(parts):
                return None
            if len({(p.currency, p.scale) for p in parts}) != 1:
                return None
            return self._answer(q, parts)
        return None

    def _parts(self, q: Query, noun: str) -> list[_Part]:
        """The things named by ``noun`` linked to the subjects, each with its sum."""
        index = self.index
        found: dict[str, None] = {}
        for subject in q.subjects:
            if noun in content_terms(index.entity(subject).name):
                found.setdefault(subject)
                continue
            for fact in index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]:
                for other in fact.about:
                    if other != subject and noun in content_terms(index.entity(other).name):
                        found.setdefault(other)
        parts = []
        for entity_id in found:
            entity = index.entity(entity_id)
            summaries = index.summary_history(entity_id)
            texts = [(entity.name, summaries[0].source if summaries else "")] + [
                (s.text, s.source) for s in summaries[:1]
            ]
            for text, source in texts:
                money = list(_MONEY.finditer(text))
                if len(money) == 1 and source:
                    m = money[0]
                    amount = float(m["num"].replace(",", ""))
                    shown = summaries[0].text.strip() if summaries else entity.name
                    parts.append(
                        _Part(entity_id, m["cur"], amount, m["scale"] or "", shown, source)
                    )
                    break
        return parts

    def _answer(self, q: Query, parts: list[_Part]) -> Result:
        parts.sort(key=lambda p: self.index.source_date(p.source))
        total = sum(p.amount for p in parts)
        currency, scale = parts[0].currency, parts[0].scale

        def money(amount: float) -> str:
            return f"{currency} {_fmt(amount)}{f' {scale}' if scale else ''}"

        lines = [
            f"**{money(total)}** in total "
            f"({' + '.join(money(p.amount) for p in parts)} = {money(total)}):"
        ]
        lines += [f"• {p.text}{placeholder(p.source)}" for p in parts]
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [p.source for p in parts],
            entities=[p.entity for p in parts],
        )
