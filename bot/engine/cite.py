"""Citations: the engine turns a release id into the ``Citation`` an answer carries, and
ties each sentence shown to its release with a marker " [n]".

The engine builds citations (design.md: "cite" is the last stage of answering); the
index only stores the releases, so the search layer never depends on the engine.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

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


# --- per-sentence markers ------------------------------------------------------------------
#
# While an answer is built, a sentence's release is written after it as a placeholder
# (source ids are [a-z0-9._-], so they never hold the separator); once the text is
# whole, the placeholders become " [n]", numbering the releases in the order the text
# first names them. ``Answer.marked`` then tells renderers to number the citations.

_PLACEHOLDER = re.compile("\x1f([^\x1f]+)\x1f")
# A marker: "[n]" after a sentence's space or after another marker ("[1][3]").
MARKER = re.compile(r"(?<=[ \]])\[(\d{1,3})\]")


def placeholder(*source_ids: str) -> str:
    """The mark of a sentence stated by ``source_ids``, to number with ``number_markers``."""
    return "".join(f"\x1f{s}\x1f" for s in dict.fromkeys(source_ids))


def number_markers(
    text: str, *, force: bool = False, numbering: Sequence[str] = ()
) -> tuple[str, list[str]]:
    """``text`` with each placeholder replaced by " [n]", numbering the releases in the
    order of ``numbering`` and then in the order the text first names them, and those
    releases. With only one release the markers are left out (the one citation says it
    all), unless ``force``."""
    named = list(dict.fromkeys(_PLACEHOLDER.findall(text)))
    order = [*numbering, *(s for s in named if s not in numbering)] if numbering else named
    if len(named) < 2 and not force:
        return _PLACEHOLDER.sub("", text), order

    def number(match: re.Match[str]) -> str:
        return f" [{order.index(match[1]) + 1}]"

    marked = _PLACEHOLDER.sub(number, text)
    # Two releases for one sentence read "[1] [3]": keep them together as "[1][3]".
    return marked.replace("] [", "]["), order


def strip_placeholders(text: str) -> str:
    return _PLACEHOLDER.sub("", text)


def has_placeholders(text: str) -> bool:
    return _PLACEHOLDER.search(text) is not None


def statements_of(
    index: Index, sources: Iterable[str], entities: Iterable[str]
) -> list[tuple[re.Pattern[str] | str, str]]:
    """(text or pattern, release) for what the releases ``sources`` state that an answer
    about ``entities`` may show: their facts, and the entities' quotes, summaries and
    titles. A title is found as ``Index.role_text`` and ``span_text`` write it, "Title,
    ORG (as of …<the release's date>…)", so that two people's same title stated by
    different releases are told apart."""
    cited = set(sources)
    found: list[tuple[re.Pattern[str] | str, str]] = []
    for source in dict.fromkeys(sources):
        found += [(f.text.strip(), source) for f in index.facts_by_source.get(source, [])]
    for entity in dict.fromkeys(entities):
        quotes = [*index.quotes_by_speaker.get(entity, []), *index.quotes_about.get(entity, [])]
        found += [(q.text.strip(), q.source) for q in quotes if q.source in cited]
        found += [
            (s.text.strip(), s.source) for s in index.summary_history(entity) if s.source in cited
        ]
        for role in index.roles_by_entity.get(entity, []):
            if role.source in cited:
                org = f", {index.short_name(role.organization)}" if role.organization else ""
                date = index.source_date(role.source).isoformat()
                # A release that marks the title ended states the "; ended" part.
                tail = date if role.current else "; ended"
                label = re.escape(f"{role.title}{org} (as of ") + rf"[^)]*{tail}"
                found.append((re.compile(label), role.source))
    return [(text, source) for text, source in found if text]


def attribute(index: Index, text: str, sources: Iterable[str], entities: Iterable[str]) -> str:
    """``text`` with a placeholder at the end of each line that shows something one of
    ``sources`` states (``statements_of``): the releases of that line's sentence. Lines
    that show nothing stated (a heading, "**When:** …") are left unmarked."""
    known = statements_of(index, sources, entities)
    lines = []
    for line in text.split("\n"):
        found = [
            source
            for stated, source in known
            if (stated in line if isinstance(stated, str) else stated.search(line))
        ]
        lines.append(line + placeholder(*found) if found and line.strip() else line)
    return "\n".join(lines)
