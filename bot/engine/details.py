"""What tells one entity from another sharing its name, acronym or surname, in a list the
user picks from ("“DTA” names more than one entry: …"): a person's newest role; any other
entity's kind and the first clause of its summary that is not its own name ("Development
Trust for Africa — organization, a private philanthropic foundation founded in 2009 and
based in Nairobi"), so that the choice can be made without opening each one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.search.index import Index

# The clause shown is cut at a word boundary past this many characters: one line of a
# reply's list. A choice's button or menu label is cut shorter where it must be
# (``limits.SELECT_LABEL_CHARS``); the reply's text lists the whole line.
MAX_CLAUSE_CHARS = 90
# Only the summary's opening is read: a name and its first clauses.
MAX_SUMMARY_READ = 300
# What ends the first clause: a semicolon, a colon or a full stop, or a comma before a
# space (not the comma inside "2,050").
_CLAUSE_END = re.compile(r"[;:]\s|,\s|\.(?:\s|$)|\s[—–]\s")
# What joins a name to what it is: "X is a …", "X, a …", "X (XA) — a …".
_JOINER = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:[,:—–-]\s*)?(?:(?:is|was|are|were)\s+)?", re.I)
_ARTICLE = re.compile(r"^\s*the\s+", re.I)
_WORD = re.compile(r"\w+")


def summary_clause(summary: str, names: Sequence[str]) -> str:
    """The first clause of ``summary`` that says more than the entity's own name (any
    of ``names`` or their words, with or without "the" and a bracketed short form): "The
    Acme Trust (AT), a Leeds-based charity, …" gives "a Leeds-based charity", "Jack, a
    made-up person …" gives "a made-up person …". At most MAX_CLAUSE_CHARS characters,
    cut at a word ("…"); empty when the summary says nothing past the name."""
    # The clause sought is within the name and MAX_CLAUSE_CHARS of the opening.
    text = _ARTICLE.sub("", summary.strip()[:MAX_SUMMARY_READ])
    folded = text.casefold()
    for name in sorted((_ARTICLE.sub("", n) for n in names if n.strip()), key=len, reverse=True):
        if folded.startswith(name.casefold()) and not folded[len(name) : len(name) + 1].isalnum():
            text = text[len(name) :]
            break
    own = {w for n in names for w in _WORD.findall(n.casefold())} | {"the"}
    clause = ""
    for part in _CLAUSE_END.split(_JOINER.sub("", text, count=1)):
        part = _JOINER.sub("", part, count=1).strip().rstrip(".")
        if part and not set(_WORD.findall(part.casefold())) <= own:
            clause = part
            break
    if len(clause) > MAX_CLAUSE_CHARS:
        cut = clause[: MAX_CLAUSE_CHARS - 1].rsplit(" ", 1)[0]
        clause = cut.rstrip(",;:") + "…"
    return clause


def entity_detail(index: Index, entity_id: str, *, described: bool = True) -> str:
    """One line telling ``entity_id`` from its namesakes: the newest role of a person
    who has one ("Executive Director, Acme Academy"), else the kind, then (when
    ``described``) the summary's first clause when it says more than the name
    ("organization, a Leeds-based charity")."""
    role = index.role_as_of(entity_id)
    if role is not None:
        return index.role_text(role, with_date=False)
    entity = index.entity(entity_id)
    if not described:
        return entity.kind.value
    clause = summary_clause(index.current_summary(entity_id), (entity.name, *entity.aliases))
    return f"{entity.kind.value}, {clause}" if clause else entity.kind.value


def listed_lines(full: Sequence[str], labels: Sequence[str]) -> list[str]:
    """The lines listing choices in a reply's text: each choice's ``full`` text ("Name —
    detail", uncut) when no two are alike without case, else its ``labels`` (cut to fit a
    menu option and told apart, ``labels.distinct_labels``)."""
    if len({text.casefold() for text in full}) == len(full):
        return list(full)
    return list(labels)
