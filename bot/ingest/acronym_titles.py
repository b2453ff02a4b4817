"""A long title that holds its organisation and the organisation's acronym, right before
the name: "Deputy Secretary for Ports and Director of the Velmont Harbour and Ferry Office
(VHFO) Jane Doe".

The bracketed acronym closes the organisation's name, so the name may be as long as it
likes and hold "and" or "of" ("… Harbour and Ferry Office"), which the readers of a title
glued to a name (``bot/ingest/people.py``) stop at.
"""

from __future__ import annotations

import re

from bot.ingest.acronyms import find_acronyms, initials_form
from bot.ingest.appositives import title_tail
from bot.ingest.words import is_title_phrase, is_title_word

# "... of the <Name> (ACR) " right before a person's name.
_OF_ORG_ACRONYM = re.compile(
    r"\b(?:of|at)\s+(?:the\s+)?(?P<org>[A-Z][^,;:()]*?)\s+\((?P<short>[A-Z][A-Za-z&]{1,9})\)\s*$"
)
# A title of more words than this is a clause, not a title (the longest seen in real
# releases, "Under Secretary of Commerce for Intellectual Property and Director", is 9).
_MAX_TITLE_WORDS = 12
_CONNECTORS = frozenset({"of", "for", "and", "the", "&", "on"})
# How much of a comma-free clause before the name is scanned, in characters: the title
# and its organisation (at most 12 title words and an organisation's long name, a few
# hundred characters in real releases) end there, and the lazy search from every "of"
# is quadratic in the clause's length (a 45,000-character clause took 1.6 s).
_MAX_CLAUSE_CHARS = 300


def title_with_acronym_before(before: str) -> tuple[str, str] | None:
    """(title, organisation) of "Title of the Org Name (ACR) " ending ``before`` (the
    text of the sentence before a person's name), or None.

    The organisation is the long form the acronym defines; the title is the title phrase
    before its "of" (from the clause's start: a comma, a dash or the sentence's start).
    """
    clause = re.split(r"[,;:]\s+|\s+[-–—]\s+", before[-_MAX_CLAUSE_CHARS:])[-1]
    m = _OF_ORG_ACRONYM.search(clause)
    if m is None:
        return None
    short = m.group("short")
    defined = next(
        (d for d in find_acronyms(clause[m.start("org") : m.end()]) if d.short == short), None
    )
    if defined is None or not m.group("org").endswith(defined.long):
        return None
    # (The search opens at the first "of"; the organisation is the acronym's long form,
    # and the title ends at the "of" right before it.)
    at = m.end("org") - len(defined.long)
    of = re.search(r"\s(?:of|at)\s+(?:the\s+)?$", clause[:at])
    if of is None:
        return None
    head = clause[: of.start()].strip()
    # The title: the whole clause before "of" when it is all title-case words and
    # connectors ("Under Secretary of Commerce for Ports and Director": an office with its
    # portfolio, then the office at this organisation), else the title phrase it ends with.
    words = head.split()
    # ("Yesterday the Chief Operating Officer": the title opens at its first title word,
    # or at a capitalised word before one, "Under Secretary".)
    first = next(
        (
            k
            for k, w in enumerate(words)
            if w[:1].isupper()
            and (is_title_word(w) or (k + 1 < len(words) and is_title_word(words[k + 1])))
        ),
        len(words),
    )
    words = words[first:]
    head = " ".join(words)
    whole = bool(words) and all(w[:1].isupper() or w in _CONNECTORS for w in words)
    title = head if whole else title_tail(head)
    if not title or not is_title_phrase(title) or len(title.split()) > _MAX_TITLE_WORDS:
        return None
    return title, defined.long


def spelled_out_spans(sentence: str) -> list[tuple[int, int]]:
    """(start, end) offsets in ``sentence`` of each organisation's name written right
    before the acronym its initials spell exactly ("United States Patent and Trademark
    Office (USPTO)"): no run of capitalised words inside one is a person's name."""
    spans: list[tuple[int, int]] = []
    for d in find_acronyms(sentence):
        if initials_form(d.short, d.long) != d.long:
            continue
        for m in re.finditer(rf"{re.escape(d.long)}\s*\({re.escape(d.short)}\)", sentence):
            spans.append((m.start(), m.start() + len(d.long)))
    return spans
