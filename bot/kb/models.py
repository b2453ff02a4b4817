"""The knowledge base's data model: what a knowledge file may say, and the loaded whole.

A knowledge file (``knowledge/**/*.yaml``) holds at most one ``source`` (a press
release) and the entities, roles, quotes and facts it introduces.  Roles, quotes and
facts belong to the file's source unless they name another one.  An entity is
declared exactly once in the whole knowledge base, in whichever file introduced it
(or in a shared file without a source), and every other file refers to it by id.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

Id = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=1, max_length=120, pattern=r"^[a-z0-9][a-z0-9._-]*$"
    ),
]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]


class _Strict(BaseModel):
    # Unknown keys are errors so that a typo such as ``alias:`` surfaces instead of
    # silently dropping data; frozen because a loaded knowledge base is shared
    # read-only by every request.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


# Characters a source url may not hold (see Source._web_address).
_URL_FORBIDDEN = re.compile(r"[\s\x00-\x1f\x7f<>()\[\]\"\\]|[^\x00-\x7f]")


def check_web_address(value: str) -> str:
    """``value`` when it may be a source's ``url``: an absolute http(s) URL with a host,
    and nothing that could end a markdown link early or hide in it (whitespace, control
    characters, ``<>()[]"``), as it is shown as ``[label](<url>)`` on Discord.

    Raises ``ValueError`` saying what is wrong.
    """
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValueError("url must be an http:// or https:// address with a host")
    if _URL_FORBIDDEN.search(value):
        raise ValueError(
            "url must not contain spaces, control or non-ASCII characters, or any of "
            "<>()[]\"\\ (percent-encode them, e.g. %28 for '(')"
        )
    return value


_ModelT = TypeVar("_ModelT", bound="_Strict")
_object_setattr = object.__setattr__


def construct_validated(
    cls: type[_ModelT], values: dict[str, Any], fields_set: set[str] | None = None
) -> _ModelT:
    """A ``cls`` holding ``values`` as they are: ``model_construct`` without its bookkeeping.

    Only for values already validated against ``cls`` (in a worker process, say) or built
    by the loader from validated ones: nothing is checked. ``values`` becomes the model's
    ``__dict__``, so it lists every field, in declaration order; ``fields_set`` is what
    ``model_fields_set`` reports (default: every field). The loader builds hundreds of
    thousands of models on a large knowledge base, and ``model_construct`` looks up
    aliases and defaults for every field of every one; this does what it ends up doing
    for these models (no extra fields, private attributes or post-init hooks).
    """
    model = cls.__new__(cls)
    _object_setattr(model, "__dict__", values)
    _object_setattr(
        model, "__pydantic_fields_set__", set(values) if fields_set is None else fields_set
    )
    _object_setattr(model, "__pydantic_extra__", None)
    _object_setattr(model, "__pydantic_private__", None)
    return model


class EntityKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    INITIATIVE = "initiative"
    AGREEMENT = "agreement"
    EVENT = "event"
    PLACE = "place"
    DOCUMENT = "document"
    TOPIC = "topic"


# What `partnerbot ingest` writes when a release has no dateline; a person replaces it.
DATELINE_PLACEHOLDER = "unknown"


class Dateline(_Strict):
    city: ShortText
    country: ShortText | None = None

    def is_placeholder(self) -> bool:
        return self.city.strip().casefold() == DATELINE_PLACEHOLDER

    def __str__(self) -> str:
        return f"{self.city}, {self.country}" if self.country else self.city


class Source(_Strict):
    id: Id
    title: ShortText
    publisher: ShortText
    date: dt.date
    dateline: Dateline
    # Path of the verbatim release text, relative to the knowledge file.
    text: ShortText
    # Where the release is published: shown as a link in citations and ``sources``.
    url: ShortText | None = None
    # Drafts written by ``partnerbot ingest`` start unreviewed; the bot does not
    # serve them unless SERVE_UNREVIEWED is set.
    reviewed: bool = True

    @model_validator(mode="after")
    def _no_placeholder_once_reviewed(self) -> Source:
        # A draft keeps ingest's placeholder until review (served only for a local
        # trial); a reviewed one would read "Publisher, unknown, 2023-06-08" in every
        # citation.
        if self.reviewed and self.dateline.is_placeholder():
            raise ValueError(
                f"dateline city {self.dateline.city!r} is ingest's placeholder for a release"
                " without a dateline: write the dateline's city, or the issuer's city when the"
                " release has none"
            )
        return self

    @field_validator("url")
    @classmethod
    def _web_address(cls, value: str | None) -> str | None:
        """An absolute http(s) URL with a host, and nothing that could end a markdown
        link early or hide in it (whitespace, control characters, ``<>()[]"``): it is
        shown as ``[label](<url>)`` on Discord."""
        return None if value is None else check_web_address(value)


class Entity(_Strict):
    id: Id
    name: ShortText
    kind: EntityKind
    summary: Text
    aliases: tuple[ShortText, ...] = ()
    # Aliases this entity knowingly shares with another entity (e.g. a surname).
    # An alias claimed by two entities is an error unless the claimant from the newest
    # release lists it here (older files need no edit; see loader._check_collisions).
    shared_aliases: tuple[ShortText, ...] = ()


def _real_date(value: str) -> str:
    """The pattern admits "2021-13-45"; a month or day must exist on the calendar."""
    parts = value.split("-")
    if len(parts) == 3:
        dt.date.fromisoformat(value)  # ValueError: "day is out of range for month"
    elif len(parts) == 2 and not 1 <= int(parts[1]) <= 12:
        raise ValueError(f"month {parts[1]} is not 01 to 12")
    return value


# A fact's own date can be as coarse as the release is: "2017", "2016-09" or "2018-04-21".
FactDate = Annotated[
    str,
    StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"),
    AfterValidator(_real_date),
]


def _yaml_date_text(value: object) -> object:
    """YAML reads 2018-04-21 as a date and 2017 as an int; keep both as text."""
    if isinstance(value, dt.date | int) and not isinstance(value, bool):
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    return value


class Role(_Strict):
    """A title someone holds, as stated by one source (so it can go out of date).

    ``ended`` (a date as coarse as "2021") or ``current: false`` (ended, date unknown)
    marks a title that is no longer held: the bot then never presents it as current.
    A later release may restate an older title with ``ended`` instead of editing the
    older file; the newest statement of a title wins (``bot.search.index``).
    """

    entity: Id
    title: ShortText
    organization: Id | None = None
    source: Id | None = None
    ended: FactDate | None = None
    current: bool = True

    @field_validator("ended", mode="before")
    @classmethod
    def _ended_as_text(cls, value: object) -> object:
        return _yaml_date_text(value)


class Summary(_Strict):
    """A later release's restatement of an entity's one-line summary.

    The entity's own ``summary`` is as of the file that declares it; a ``summaries:``
    item in a newer release's file restates it without editing the older file. The
    newest one is shown, older ones as dated history.
    """

    entity: Id
    text: Text
    source: Id | None = None


class Quote(_Strict):
    id: Id
    speaker: Id
    text: Text
    about: tuple[Id, ...] = ()
    source: Id | None = None


class Fact(_Strict):
    id: Id
    text: Text
    about: tuple[Id, ...] = Field(min_length=1)
    date: FactDate | None = None
    place: Id | None = None
    source: Id | None = None

    @field_validator("date", mode="before")
    @classmethod
    def _date_as_text(cls, value: object) -> object:
        return _yaml_date_text(value)


class KnowledgeFile(_Strict):
    """The schema of one YAML file under ``knowledge/``."""

    source: Source | None = None
    entities: tuple[Entity, ...] = ()
    roles: tuple[Role, ...] = ()
    summaries: tuple[Summary, ...] = ()
    quotes: tuple[Quote, ...] = ()
    facts: tuple[Fact, ...] = ()

    @field_validator("entities", "roles", "summaries", "quotes", "facts", mode="before")
    @classmethod
    def _none_is_empty(cls, value: object) -> object:
        # ``quotes:`` with nothing under it parses as None; treat it as an empty list.
        return () if value is None else value


# --- The loaded, cross-checked knowledge base ------------------------------------------
# These carry resolved source ids (never None) and are what the index and engine use.


class LoadedSource(_Strict):
    source: Source
    file: Path
    text: str

    @property
    def id(self) -> str:
        return self.source.id


class LoadedRole(_Strict):
    entity: str
    title: str
    organization: str | None
    source: str
    # When the title ended ("2021", "2021-12-31"), or None; ``current`` is False for
    # an ended title, with or without a date.
    ended: str | None = None
    current: bool = True


class LoadedSummary(_Strict):
    """An entity's summary as stated by one release: the declaring file's own (when it
    has a source) and every later ``summaries:`` restatement."""

    entity: str
    text: str
    source: str


class LoadedQuote(_Strict):
    id: str
    speaker: str
    text: str
    about: tuple[str, ...]
    source: str
    # Position in the source text, so quotes of one release keep the release's order.
    position: int


class LoadedFact(_Strict):
    id: str
    text: str
    about: tuple[str, ...]
    date: str | None
    place: str | None
    source: str
    position: int


class KnowledgeBase(_Strict):
    """Everything the bot knows, validated and cross-referenced. Immutable."""

    sources: dict[str, LoadedSource]
    entities: dict[str, Entity]
    roles: tuple[LoadedRole, ...]
    quotes: tuple[LoadedQuote, ...]
    facts: tuple[LoadedFact, ...]
    # Dated summaries (see LoadedSummary); an entity declared in a file without a source
    # has none here, and its ``summary`` is undated.
    summaries: tuple[LoadedSummary, ...] = ()
    # Sources that exist on disk but are not served (unreviewed drafts that load).
    held_back: tuple[str, ...] = ()
    # Every draft file not served (paths relative to the knowledge directory): those of
    # ``held_back`` and the drafts left out for their own problems, whose source ids may
    # be unreadable (``load_knowledge``).
    held_back_files: tuple[str, ...] = ()
    # Reviewed files left out of the bot's first load for their problems, and those
    # problems as ``check`` prints them (``load_knowledge(hold_back_broken=True)``).
    broken_files: tuple[str, ...] = ()
    broken_problems: tuple[str, ...] = ()

    def counts(self) -> dict[str, int]:
        return {
            "sources": len(self.sources),
            "entities": len(self.entities),
            "quotes": len(self.quotes),
            "facts": len(self.facts),
        }
