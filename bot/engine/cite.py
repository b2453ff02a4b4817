"""Citations: the engine turns a release id into the ``Citation`` an answer carries.

The engine builds citations (design.md: "cite" is the last stage of answering); the
index only stores the releases, so the search layer never depends on the engine.
"""

from __future__ import annotations

from bot.engine.answer import Citation
from bot.search.index import Index


def cite(index: Index, source_id: str) -> Citation:
    """The citation for release ``source_id``: publisher, dateline, date, title and url.

    Raises ``KeyError`` for an id the knowledge base does not have: every id an answer
    cites comes from a loaded quote, fact or source.
    """
    source = index.kb.sources[source_id].source
    return Citation(
        source_id=source.id,
        title=source.title,
        publisher=source.publisher,
        dateline=str(source.dateline),
        date=source.date,
        url=source.url,
    )
