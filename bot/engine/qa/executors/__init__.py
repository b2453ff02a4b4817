"""Answer: one executor per kind of question, each over the structure the knowledge base has.

- ``roles.py``: roles with their "as of" dates;
- ``role_dates.py``: whether a title was held at a date, from the roles' dates only;
- ``quotes.py``: quotes by speaker, topic and year;
- ``facts.py``: facts by subject, relation, date and place (BM25 as the retriever);
- ``lists.py``: lists from facts' ``about`` links and entity kinds;
- ``items.py``: the items of a list stated inside one fact or quote, and their count;
- ``sources.py``: release metadata (publisher, dateline, date, headline);
- ``yes_no.py``: yes/no only when a fact states it, and false premises;
- ``recent.py``: what is new about an entity since a time, and when something last happened;
- ``arithmetic.py``: durations and changes computed from stated figures;
- ``events.py``: two things in time (which came first, years between, a figure as of one).

Each returns an Answer (cited), a follow-up step for the engine, or None when the
question is not of its kind.
"""

from __future__ import annotations

from bot.engine.qa.executors.arithmetic import ArithmeticAnswers
from bot.engine.qa.executors.base import Result
from bot.engine.qa.executors.events import EventAnswers
from bot.engine.qa.executors.facts import FactAnswers
from bot.engine.qa.executors.items import ItemAnswers
from bot.engine.qa.executors.lists import ListAnswers
from bot.engine.qa.executors.quotes import QuoteAnswers
from bot.engine.qa.executors.recent import RecentAnswers
from bot.engine.qa.executors.role_dates import RoleDateAnswers
from bot.engine.qa.executors.roles import RoleAnswers
from bot.engine.qa.executors.sources import SourceAnswers
from bot.engine.qa.executors.yes_no import YesNoAnswers


class Executors(
    SourceAnswers,
    QuoteAnswers,
    RecentAnswers,
    RoleAnswers,
    RoleDateAnswers,
    ListAnswers,
    ItemAnswers,
    ArithmeticAnswers,
    EventAnswers,
    YesNoAnswers,
    FactAnswers,
):
    """Every executor, over one index and retriever."""


__all__ = ["Executors", "Result"]
