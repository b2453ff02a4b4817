"""A price asked of a thing the releases call free: "how much does an access pass cost?"
answered from "the Access Pass, the free travel card for riders with disabilities".

Only a statement about the thing asked (its own facts and summaries) that calls it free
answers ("free", "free of charge", "at no cost"); "step-free" or "toll-free" describe
something else, and a sum stated beside the thing is left to the price readers
(``prices.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase
from bot.engine.qa.figures import summary_statement
from bot.engine.qa.prices import priced_thing, states_price_of
from bot.engine.qa.query import Query
from bot.engine.qa.typed_values import ValueKind, asked_value
from bot.search.terms import stem
from bot.vocab import asked_value_words

# "Free" modifying the thing ("a free travel card") or as its predicate ("entry is
# free"), "free of charge", "at no cost", "no charge"; not the end of a compound
# ("step-free", "duty-free"), nor "freely", nor "free" of its own that frees someone or
# something ("leaves riders free to board", "free of pests", "free from debt").
_FREE = re.compile(
    r"(?<![\w-])(?:free of charge|at no cost|no charge|free(?![\w-])(?!\s+(?:to|of|from)\b))",
    re.I,
)


def named_sum(words: Sequence[str]) -> str | None:
    """The noun a question (its normalised words) asks one sum by ("fee" of "what is
    the membership fee?", "how much is the fee?": ``asked_values.txt``'s
    ``money_nouns``; "charge" of "how much does X charge?", ``price_verbs``), which only
    that sum, or "free", answers; None for another question."""
    asked = asked_value(words)
    if asked is not None and asked.kind is ValueKind.MONEY and asked.noun_asked:
        return asked.noun_asked
    # "How much does X charge for a tank?" asks X's price, which a grant's sum is not.
    if tuple(words[:2]) == ("how", "much"):
        return next((w for w in words if w in asked_value_words().price_verbs), None)
    return None


def states_sum(text: str, noun: str) -> bool:
    """Whether ``text`` gives a sum with ``noun`` (or a synonym: "costs", "charges")
    beside it ("a fee of £12", "membership costs £12"), or calls something free of
    charge ("free", "at no cost"; never "step-free", "free to board"). A grant's sum
    that "will pay for" hubs is no fee."""
    return _FREE.search(text) is not None or states_price_of(text, stem(noun))


# "How much does the X cost?" of one named thing: its price to whoever uses it, asked
# without the article of one unit that ``priced_thing`` reads ("a pass", "one pump").
_COST_OF_NAMED = re.compile(
    r"^(?:how much|what) (?:does|do|did|will|would) (?:the )?(?:\w+ ){0,5}\w+ "
    r"(?:cost|costs|charge)$"
)


class FreePriceAnswers(ExecutorBase):
    def free_of_charge(self, q: Query) -> Answer | None:
        """ "How much does X cost?" when a statement about X calls it free: that
        statement, cited; None for another question or when none does."""
        if q.quote or q.meta or len(q.subjects) != 1:
            return None
        if priced_thing(q.words) is None and not _COST_OF_NAMED.match(" ".join(q.words)):
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
