"""Whether a figure answers the subject asked: "how much does phase two cost?" is not
answered by the first phase's grant, nor by a budget of something else.

A figure's subject is its sentence's: the phase the sentence names, and the entities it
is about. A figure question naming a phase is answered only by a sentence naming that
phase or none; one naming another phase is about something else, and one naming that
phase is about it, whatever entities it is filed under. A money question
("how much does X cost?", "what is X's budget?") is answered only by a sentence about
one of the question's subjects, since money sentences name several parties (the funder,
the programme, the phase) and the one asked must be among them; and a cost or a price
asked only by a sentence stating one (``COST_WORDS``), not a sum paying for something.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.engine.qa.phases import phase_named

# Words asking for an amount of money.
MONEY_WORDS = frozenset(
    "cost costs costing budget budgets price priced worth spend spent spending funding "
    "fund funded money paid pay".split()
)


# Words asking for, and stating, a cost or price: a cost question is answered only by a
# sentence stating one (every blind set so far expects "don't say" otherwise).
COST_WORDS = frozenset(
    "cost costs costing costed price prices priced budget budgets budgeted worth".split()
)


def main_sentence(text: str) -> str:
    """The answer's own sentences: before "Related:" and the citations."""
    return text.split("\nRelated:", 1)[0]


def off_subject(
    question: str,
    words: Sequence[str],
    subjects: Sequence[str],
    answer_text: str,
    answer_entities: Sequence[str],
) -> bool:
    """Whether a figure answer is about another subject than the question's: another
    phase than the one named, or (a money question) none of the subjects asked."""
    main = main_sentence(answer_text)
    asked = phase_named(question)
    if asked is not None:
        given = phase_named(main)
        if given is not None:
            return given != asked  # the phase named is the figure's own subject
    if set(words) & COST_WORDS and not set(re.findall(r"[a-z]+", main.casefold())) & COST_WORDS:
        # "How much does a drone cost?": a sum that pays for something ("will pay for
        # more drone deliveries") is no price; only a sentence stating a cost is.
        return True
    if set(words) & MONEY_WORDS and subjects:
        return not set(subjects) & set(answer_entities)
    return False
