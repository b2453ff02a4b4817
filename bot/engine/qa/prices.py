"""A price asked of one thing ("how much does a drone cost?", "what does one solar fridge
cost?", "the price of a pump"): only a sum stated as that thing's own answers it.

Releases give sums for loans, grants and budgets ("a US$65 million loan … will pay for
more fridges"): the thing appears in the sentence, but the sum is the loan's, not a
fridge's price. A sum answers a price question only when the thing's word (or a
synonym) stands right beside the sum, in its clause (``figures.Figure``'s words before
and after it: "each pump costs US$2,000", "US$2,000 per pump").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.engine.qa.figures import Figure, figures_in
from bot.search.synonyms import synonyms
from bot.search.terms import stem
from bot.vocab import asked_value_words

# "How much does a drone cost", "what does one fridge cost", "how much is each pump",
# "what is the price of a pump": the thing asked, after an article of one unit.
_PRICE_ASKED = re.compile(
    r"^(?:how much|what) (?:does|do|did|will|would|is|was) (?:a|an|one|each|every|a single) "
    r"(?P<thing>(?:\w+ ){0,3}\w+?) (?:cost|costs|sell for|go for)$|"
    r"^how much (?:is|was|are) (?:a|an|one|each|every|a single) (?P<thing2>(?:\w+ ){0,3}\w+)$|"
    r"^what (?:is|was) the (?:price|cost|unit cost|unit price) of (?:a|an|one|each|every|a single) "
    r"(?P<thing3>(?:\w+ ){0,3}\w+)$"
)
_MONEY = re.compile(r"[$€£]|\b(?:dollars?|euros?|pounds?|usd|eur)\b", re.IGNORECASE)

# Stems of the nouns of a sum that is no price ("grant", "loan": ``asked_values.txt``'s
# ``other_sums``).
_OTHER_SUMS = frozenset(stem(w) for w in asked_value_words().other_sums)
# "Will pay for new boats": what a sum buys, never the sum's price (``pay_verbs``).
_PAYS_FOR = frozenset(stem(w) for w in asked_value_words().pay_verbs)


def priced_thing(words: Sequence[str]) -> str | None:
    """The thing whose unit price a question asks (its last word, stemmed: "drone"), or
    None for any other question."""
    match = _PRICE_ASKED.match(" ".join(words))
    if match is None:
        return None
    thing = match["thing"] or match["thing2"] or match["thing3"]
    return stem(thing.split()[-1])


def states_price_of(text: str, thing: str) -> bool:
    """Whether a sum in ``text`` stands beside ``thing`` (a stem) or a synonym of it."""
    wanted = {thing} | synonyms(thing)
    other = _OTHER_SUMS - wanted
    for figure in figures_in(text):
        if not _MONEY.search(figure.value) and not _MONEY.search(text):
            continue
        if _own_noun(figure) in other:
            continue
        near = {*_without_pays_for(figure.before), *_without_pays_for(figure.after), figure.unit}
        if wanted & near:
            return True
    return False


def _own_noun(figure: Figure) -> str:
    """The stem of the noun a sum is of: "grant" of "a £5,000 grant" (its unit) and of "a
    grant of £40,000"; "" when neither."""
    if figure.unit in _OTHER_SUMS:
        return figure.unit
    if len(figure.before) >= 2 and figure.before[-1] == "of":
        return figure.before[-2]
    return figure.unit


def _without_pays_for(words: tuple[str, ...]) -> list[str]:
    """``words`` (stems) without a "pay" that "for" follows: "will pay for roofs" names
    what the sum buys."""
    return [
        w
        for k, w in enumerate(words)
        if not (w in _PAYS_FOR and k + 1 < len(words) and words[k + 1] == "for")
    ]
