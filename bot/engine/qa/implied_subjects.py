"""The thing a question means when it names none: "how many short of the target was it
in June 2021?", "how did the partner list change between launch and 2022?".

Such a question names what it asks about by a thing only one entity of the base has:
a goal, a list of partners. When every sentence that states such a thing (a goal, an
enumeration of partners; the caller's ``keep``) leads with one entity (its ``about``'s
first), that entity is the subject; with two or more owners the question stays as asked
(an honest not found beats picking one). Sentences are found through the term index
(``docs_with_all``), so the work is bounded by ``MAX_OWNER_DOCS``, not the base's size.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.kb.models import LoadedFact
from bot.search.index import Index

# More sentences than this holding the words: too common a thing to have one owner.
MAX_OWNER_DOCS = 300


def sole_owner(
    index: Index, terms: Iterable[str], keep: Callable[[LoadedFact], bool]
) -> str | None:
    """The one entity that every fact holding any of ``terms`` (index terms) and kept by
    ``keep`` leads with; None when none or several do, or when more than
    ``MAX_OWNER_DOCS`` docs hold the terms."""
    ids: set[int] = set()
    for term in set(terms):
        ids |= index.terms.docs_with_all([term])
        if len(ids) > MAX_OWNER_DOCS:
            return None
    owners: set[str] = set()
    for doc_id in sorted(ids):
        doc = index.terms.docs[doc_id]
        if doc.kind != "fact":
            continue
        fact = index.fact_by_id[doc.id]
        if fact.about and keep(fact):
            owners.add(fact.about[0])
            if len(owners) > 1:
                return None
    return next(iter(owners), None)
