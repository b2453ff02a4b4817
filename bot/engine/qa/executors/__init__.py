"""Answer: one executor per kind of question, each over the structure the knowledge base has.

- ``roles.py``: roles with their "as of" dates;
- ``quotes.py``: quotes by speaker, topic and year;
- ``facts.py``: facts by subject, relation, date and place (BM25 as the retriever);
- ``lists.py``: lists from facts' ``about`` links and entity kinds;
- ``sources.py``: release metadata (publisher, dateline, date, headline);
- ``yes_no.py``: yes/no only when a fact states it, and false premises;
- ``relations.py``: affiliations, earlier titles, predecessors and next holders, when a
  title began, a time of day, a press contact (not_found when nothing states them);
- ``arithmetic.py``: durations and changes computed from stated figures.

Each returns an Answer (cited), a follow-up step for the engine, or None when the
question is not of its kind.
"""

from __future__ import annotations

from bot.engine.qa.executors.arithmetic import ArithmeticAnswers
from bot.engine.qa.executors.base import Result
from bot.engine.qa.executors.facts import FactAnswers
from bot.engine.qa.executors.lists import ListAnswers
from bot.engine.qa.executors.quotes import QuoteAnswers
from bot.engine.qa.executors.relations import RelationAnswers
from bot.engine.qa.executors.roles import RoleAnswers
from bot.engine.qa.executors.sources import SourceAnswers
from bot.engine.qa.executors.yes_no import YesNoAnswers


class Executors(
    RelationAnswers,
    SourceAnswers,
    QuoteAnswers,
    RoleAnswers,
    ListAnswers,
    ArithmeticAnswers,
    YesNoAnswers,
    FactAnswers,
):
    """Every executor, over one index and retriever."""


__all__ = ["Executors", "Result"]
