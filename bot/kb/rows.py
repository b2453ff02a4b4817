"""One knowledge file's content as plain data, and back to the validated models.

A file's result is plain tuples of strings and numbers (the layout is below), which
``marshal`` moves between processes several times faster than pickle moves dictionaries
or pydantic models; the ``*_from_row`` functions turn them back into the validated
models without validating them again.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.kb.models import Dateline, Entity, EntityKind, Source, construct_validated
from bot.textnorm import normalize

# --- one file's result, as plain data ---------------------------------------------------
# A problem: (location, message, line); the loader adds the file's relative path.
ProblemRow = tuple[str, str, int | None]
# Models are their field values in declaration order, after the names of the fields the
# file set (``model_fields_set``); a source's date is its ordinal, a dateline nested.
SourceRow = tuple[Any, ...]
# An entity's row ends with its name_keys() items, worked out by the reader (in parallel).
EntityRow = tuple[Any, ...]
# entity, title, organization, source, ended, current
RoleRow = tuple[str, str, str | None, str | None, str | None, bool]
SummaryRow = tuple[str, str, str | None]  # entity, text, source
# id, speaker, text, about, source, then the position of the quote in the file's own
# release text (-1: not there), or None when the quote names another source or the
# release text could not be read (the loader then looks for it itself).
QuoteRow = tuple[str, str, str, tuple[str, ...], str | None, int | None]
FactRow = tuple[str, str, tuple[str, ...], str | None, str | None, str | None]
# source, its release text, or why that could not be read, entities, roles, quotes,
# facts, summaries
ContentRow = tuple[
    SourceRow | None,
    str | None,
    str | None,
    list[EntityRow],
    list[RoleRow],
    list[QuoteRow],
    list[FactRow],
    list[SummaryRow],
]
# What a file was when it was read, for ``bot.kb.cache``: its device, inode, size,
# modification time (ns) and a digest of its bytes.
Fingerprint = tuple[int, int, int, int, bytes]
# The knowledge file's fingerprint, and its release text's path (resolved) and
# fingerprint; None for a file with problems (read again every time) or without a text.
Stamp = tuple[Fingerprint, str | None, Fingerprint | None]
FileRecord = tuple[list[ProblemRow], ContentRow | None, Stamp | None]


def name_keys(entity: Entity) -> dict[str, bool]:
    """Normalised name and alias keys of an entity -> whether the key is a shared alias."""
    keys: dict[str, bool] = {}
    for label in (entity.name, *entity.aliases):
        key = normalize(label)
        if key:
            keys.setdefault(key, False)
    for label in entity.shared_aliases:
        key = normalize(label)
        if key:
            keys[key] = True
    return keys


_KINDS = {kind.value: kind for kind in EntityKind}


def source_from_row(row: SourceRow) -> Source:
    fields, id_, title, publisher, date, (dl_fields, city, country), text, url, reviewed = row
    dateline = construct_validated(Dateline, {"city": city, "country": country}, set(dl_fields))
    values = {
        "id": id_,
        "title": title,
        "publisher": publisher,
        "date": dt.date.fromordinal(date),
        "dateline": dateline,
        "text": text,
        "url": url,
        "reviewed": reviewed,
    }
    return construct_validated(Source, values, set(fields))


def entity_from_row(row: EntityRow) -> Entity:
    fields, id_, name, kind, summary, aliases, shared_aliases, _keys = row
    values = {
        "id": id_,
        "name": name,
        "kind": _KINDS[kind],
        "summary": summary,
        "aliases": aliases,
        "shared_aliases": shared_aliases,
    }
    return construct_validated(Entity, values, set(fields))
