"""The engine's platform-neutral output. Renderers turn an Answer into text, JSON or an embed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from bot.engine.request import Request, entity_ref


class Status(StrEnum):
    ANSWERED = "answered"
    AMBIGUOUS = "ambiguous"
    NOT_FOUND = "not_found"
    USAGE = "usage"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Citation:
    source_id: str
    title: str
    publisher: str
    dateline: str
    date: dt.date
    # The release on the web (the knowledge file's optional ``url``: http or https only,
    # checked when the file loads), or None.
    url: str | None = None

    def __str__(self) -> str:
        return f"{self.publisher}, {self.dateline}, {self.date.isoformat()}"


@dataclass(frozen=True, slots=True)
class Choice:
    """Something the user can pick when an answer is ambiguous, or a suggestion."""

    label: str
    # The message that asks for this choice as a user would type it, e.g.
    # "!quote Jack MA": for text front ends.
    command: str
    # The same as a structured request with an exact entity reference: what buttons,
    # menus and autocomplete values carry, so that a pick never becomes ambiguous again.
    request: Request | None = None


def entity_choice(
    prefix: str, command: str, entity_id: str, name: str, label: str | None = None
) -> Choice:
    """A pick of one entity for ``command`` ("who", "quote"…): the typed form for text
    front ends ("!who LI Yong") and the exact request for buttons and menus, so that two
    entities with one name can still be told apart. ``label`` defaults to ``name``."""
    return Choice(
        label=name if label is None else label,
        command=f"{prefix}{command} {name}",
        request=Request(command, name, entity_id=entity_ref(entity_id)),
    )


@dataclass(frozen=True, slots=True)
class Page:
    """Where this answer sits in a longer list (quotes of a speaker, sources…)."""

    number: int
    total: int
    # The message that shows page ``n``: ``command.format(n=...)`` is deliberately
    # avoided (user text could contain braces), so front ends append the number.
    command_stem: str
    # The request for this list, its page left out: front ends set ``page`` on it.
    request: Request | None = None


@dataclass(frozen=True, slots=True)
class Answer:
    status: Status
    # Plain text with light markdown (**bold**, bullet lines). Never longer than
    # MAX_REPLY_CHARS once rendered with its citations.
    text: str
    title: str | None = None
    # For quotes: who said it, and their role as of the source.
    speaker: str | None = None
    role: str | None = None
    citations: tuple[Citation, ...] = ()
    choices: tuple[Choice, ...] = ()
    page: Page | None = None
    # Entity ids the answer is about (for stats and autocomplete warm-up).
    entities: tuple[str, ...] = ()
    # The command the engine ran ("quote", "what", "question"…), for logs and metrics.
    command: str = ""
    # Sentences in ``text`` end with markers " [n]": the n-th citation is the release that
    # states them. Renderers then number the citations ("[1] PR Newswire, …").
    marked: bool = False

    @property
    def source_ids(self) -> list[str]:
        return [c.source_id for c in self.citations]
