"""A price asked of a thing the releases call free: "how much does an access pass cost?"
answered from "the Access Pass, the free travel card for riders with disabilities".

Only a statement about the thing asked (its own facts and summaries) that calls it free
answers ("free", "free of charge", "at no cost"); "step-free" or "toll-free" describe
something else, and a sum stated beside the thing is left to the price readers
(``prices.py``).
"""

from __future__ import annotations

import re

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase
from bot.engine.qa.figures import summary_statement
from bot.engine.qa.prices import priced_thing
from bot.engine.qa.query import Query

# "Free", "free of charge", "at no cost", "no charge", not the end of a compound
# ("step-free", "duty-free"), nor "freely".
_FREE = re.compile(r"(?<![\w-])(?:free|free of charge|at no cost|no charge)(?![\w-])", re.I)


class FreePriceAnswers(ExecutorBase):
    def free_of_charge(self, q: Query) -> Answer | None:
        """ "How much does X cost?" when a statement about X calls it free: that
        statement, cited; None for another question or when none does."""
        if q.quote or q.meta or len(q.subjects) != 1 or priced_thing(q.words) is None:
            return None
        subject = q.subjects[0]
        facts = [
            f
            for f in self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
            if f.about and f.about[0] == subject
        ]
        facts += [summary_statement(s) for s in self.index.summary_history(subject)]
        for fact in facts:
            if _FREE.search(fact.text):
                text = f"**Free**, as the release states:\n• {fact.text.strip()}"
                return answered(self.index, q.question, text, [fact.source], entities=[subject])
        return None
