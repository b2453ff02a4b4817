"""People, organisations and initiatives: finding them in a release and declaring them once.

The work is split by job (issue 13); this module keeps the names other code imports:

* ``words``: the vocabulary from bot/vocab/, tokens, entity kinds from head words, titles;
* ``acronyms``: acronym definitions (Schwartz-Hearst);
* ``names``: capitalised names headed by a telling word;
* ``people``: people introduced with a title, their titles and organisations;
* ``registry``: the draft's entities, reconciled with the existing knowledge base.

Detection is pattern-based on purpose (no model to download, deterministic drafts).
"""

from __future__ import annotations

from bot.ingest.acronyms import AcronymDef, find_acronyms
from bot.ingest.appositives import appositive_roles
from bot.ingest.names import find_named_things
from bot.ingest.people import find_people, parse_person_phrase
from bot.ingest.person_names import PersonRef, clean_name, is_person_name
from bot.ingest.registry import DraftEntity, DraftRole, Registry, core_key
from bot.ingest.signatures import signature, signature_line
from bot.ingest.titles import split_title_org
from bot.ingest.words import (
    ALL_HEADS,
    CORE_TITLES,
    HONORIFICS,
    KIND_HEADS,
    STOPWORDS,
    TITLE_WORDS,
    guess_kind,
    is_title_phrase,
    is_title_word,
    looks_like_acronym,
    slugify,
    strip_possessive,
    tokens,
)

__all__ = [
    "ALL_HEADS",
    "CORE_TITLES",
    "HONORIFICS",
    "KIND_HEADS",
    "STOPWORDS",
    "TITLE_WORDS",
    "AcronymDef",
    "DraftEntity",
    "DraftRole",
    "PersonRef",
    "Registry",
    "appositive_roles",
    "clean_name",
    "core_key",
    "find_acronyms",
    "find_named_things",
    "find_people",
    "guess_kind",
    "is_person_name",
    "is_title_phrase",
    "is_title_word",
    "looks_like_acronym",
    "parse_person_phrase",
    "signature",
    "signature_line",
    "slugify",
    "split_title_org",
    "strip_possessive",
    "tokens",
]
