"""What the question path hands back to the engine when another command's answer is needed.

The question path never calls into ``Engine`` (the engine owns it, not the other way
round). When the best answer is an entity card, a quote page or the list of releases,
it returns these steps instead and the engine runs them; several steps (a question
with two parts) are combined into one reply by ``compose.combine``.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.answer import Answer
from bot.engine.request import Request


@dataclass(frozen=True, slots=True)
class ShowEntity:
    """The entity card, as ``!what``/``!who`` shows it (``command`` "what" or "who"), or
    the first page of its ``!timeline`` (``command`` "timeline")."""

    entity_id: str
    command: str = "what"


@dataclass(frozen=True, slots=True)
class LookUp:
    """A ``!what``/``!who`` request on a name (which may come out ambiguous)."""

    request: Request


@dataclass(frozen=True, slots=True)
class ShowQuote:
    """One quote of a speaker, as page of ``!quote <speaker>``."""

    speaker: str
    quote_id: str


@dataclass(frozen=True, slots=True)
class ListSources:
    """The releases (those involving all of ``about``, if any), as ``!sources`` lists them."""

    about: frozenset[str] = frozenset()


Step = Answer | ShowEntity | LookUp | ShowQuote | ListSources


@dataclass(frozen=True, slots=True)
class FollowUp:
    steps: tuple[Step, ...]
    # The reply's title when several steps are combined (the question, echoed).
    title: str | None = None
