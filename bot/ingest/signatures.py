"""People who sign a release or its quotes: a signature block ("Jane Doe" over "Director,
Velmont Fund") and a one-line signature ("- Jane Doe, Vice-Chancellor").
"""

from __future__ import annotations

import re

from bot.ingest.people import parse_person_phrase
from bot.ingest.person_names import DEGREE, HONORIFIC, PersonRef, all_name_like, clean_name
from bot.ingest.titles import split_title_org
from bot.ingest.words import (
    ALL_HEADS,
    HONORIFICS,
    is_title_phrase,
    is_title_word,
)

# Letters after a name in a signature ("M.D.", "P.C.", "M.P.", "PhD").
_SIGNATURE_LETTERS = re.compile(r"(?:[A-Z]\.){1,4}|[A-Z][A-Za-z]{1,4}\.?")


def signature(line: str, next_line: str, known_acronyms: set[str]) -> PersonRef | None:
    """The person who signs a statement: a line that is only a name (with its honorific
    and letters), then a line that is only a title. Government releases print a quote,
    then "The Honourable Jane Doe, P.C., M.P." and "Minister of Ports" below it.

    None when ``line`` is more than a name or ``next_line`` more than a title.
    """
    line, next_line = line.strip(), next_line.strip()
    if not line or len(line) > 120 or not next_line or len(next_line.split()) > 20:
        return None
    if next_line.endswith((".", "!", "?", ":")) or re.search(r"[\"“”]", next_line):
        return None
    if not is_title_phrase(next_line) or not next_line[:1].isupper():
        return None
    head, *letters = [p.strip() for p in line.split(",")]
    if not all(_SIGNATURE_LETTERS.fullmatch(p) or DEGREE.fullmatch(p) for p in letters if p):
        return None
    head = re.sub(r"^the\s+", "", head, flags=re.IGNORECASE)
    head = re.sub(rf"^(?:(?:{HONORIFIC})\.?\s+)+", "", head)
    if not all_name_like(head, known_acronyms) or len(head.split()) < 2:
        return None
    title, org = split_title_org(next_line)
    return PersonRef(name=clean_name(head), title=title, organization=org) if title else None


# Letters after a name before its title, in a one-line signature ("Jane Doe, P.C., M.P.").
_SIGNATURE_CREDENTIALS = re.compile(r"(?:,\s*(?:(?:[A-Z]\.){1,4}|Ph\.?D\.?|Jr\.?|Sr\.?))+")


def signature_line(line: str, known_acronyms: set[str]) -> PersonRef | None:
    """The person a one-line signature names: "- The Honourable Jane Doe, Minister of
    Ports", "Chief Jane Doe, Kestrel Lake First Nation", "The Honourable Jane Doe, P.C.,
    M.P. Minister of Ports" (a name line and a title line run together). Only a short
    line in title case, with no sentence in it; None otherwise."""
    text = re.sub(r"^[-\u2013\u2014\u2022*\s]+", "", line.strip())
    if not text or len(text) > 200 or re.search(r"[\"“”:;!?]", text):
        return None
    words = re.findall(r"[^\W\d_][\w'’.-]*", text)
    if any(w[:1].islower() and w.lower() not in _SIGNATURE_SMALL for w in words):
        return None
    text = _SIGNATURE_CREDENTIALS.sub("", text.rstrip(" ."))
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    ref = parse_person_phrase(text, known_acronyms)
    # "Honourable Jane Doe Minister of Ports": the name line and the title line run
    # together; the title starts at its first title word after the name.
    words = text.split()
    k = 0
    while k < len(words) and words[k].lower().rstrip(".") in HONORIFICS:
        k += 1
    # "Chief Jane Doe Kestrel Lake First Nation": a title, a name, then the organisation.
    t = k
    while t < len(words) and is_title_word(words[t]):
        t += 1
    if t > k and len(words) - t >= 4 and words[-1].lower() in ALL_HEADS:
        name = " ".join(words[t : t + 2])
        if all_name_like(name, known_acronyms):
            return PersonRef(clean_name(name), " ".join(words[k:t]), " ".join(words[t + 2 :]))
    for end in range(k + 2, min(k + 5, len(words))):
        if is_title_word(words[end]) and all_name_like(" ".join(words[k:end]), known_acronyms):
            title, org = split_title_org(" ".join(words[end:]))
            if title is not None:
                ref = PersonRef(clean_name(" ".join(words[k:end])), title, org)
            break
    if ref is None or ref.title is None or len(ref.name.split()) < 2:
        return None
    parts = [p.strip() for p in text.split(",")]
    last = parts[-1] if len(parts) > 1 else ""
    if (
        ref.organization is None
        and last
        and any(w.lower() in ALL_HEADS for w in last.split())
        and not is_title_phrase(last)
    ):
        return PersonRef(ref.name, ref.title, last)
    return ref


_SIGNATURE_SMALL = {
    "of",
    "for",
    "and",
    "the",
    "de",
    "du",
    "des",
    "la",
    "le",
    "to",
    "in",
    "on",
    "at",
}
