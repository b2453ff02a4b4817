"""Examples from the knowledge base being served, for help and usage replies.

A team serving its own releases must not be told to try ``!quote Jack MA``: each example
is the entity the releases say most about (``Index.by_popularity``) among those that fit
the command. The bundled release's names are the fallback only for a base with nothing
served yet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from bot.search.index import Index

# An empty knowledge base (every file a draft) still gets a readable help text.
_FALLBACK_SPEAKER = "Jack MA"
_FALLBACK_TERM = "eWTP"
_FALLBACK_PERSON = "Li Yong"


@dataclass(frozen=True)
class Examples:
    """One name per kind of argument, as a user would type it.

    ``speaker``: someone with quotes (``!quote``); ``term``: an organisation, initiative or
    other thing, by its acronym when it has one (``!what``, ``!timeline``); ``person``: a
    person (``!who``)."""

    speaker: str
    term: str
    person: str

    @property
    def question(self) -> str:
        """A free question the base answers: what the example term is."""
        return f"what is {self.term}?"


def examples_of(index: Index) -> Examples:
    """The served base's examples; reads at most the popularity ranking (one pass, stopping
    at the first fit of each kind)."""
    speakers = index.quotes_by_speaker.keys()
    people = index.person_ids
    speaker = _first(index, lambda e: e in speakers)
    person = _first(index, lambda e: e in people)
    term = _first(index, lambda e: e not in people)
    return Examples(
        speaker=speaker or _FALLBACK_SPEAKER,
        term=term or _FALLBACK_TERM,
        person=person or speaker or _FALLBACK_PERSON,
    )


def _first(index: Index, fits: Callable[[str], bool]) -> str | None:
    found = next(islice((e for e in index.by_popularity if fits(e)), 1), None)
    return index.short_name(found) if found is not None else None
