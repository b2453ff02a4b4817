"""Whether one release's verbatim text mentions something: "did the 2020 release mention
batteries?", "does the first announcement name the Penrose Trust?". The answer is read
from the text as published (the facts drafted from it may leave a sentence out), so a
"no" means the release never says it, and a "yes" quotes the sentence that does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.search.synonyms import synonyms
from bot.search.terms import content_terms
from bot.textnorm import normalize

# A sentence ends at ".", "!" or "?" before a space, or at a blank line (headlines and
# list items carry no full stop); a single line break inside a paragraph (a PDF's or an
# e-mail's wrapped lines) is a space.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")
_SPACES = re.compile(r"\s+")
# Work bound: a release text longer than this many characters is read up to it (a
# release is a few thousand characters; a knowledge file may hold far more).
MAX_TEXT_READ = 100_000


def first_mention(text: str, labels: Sequence[str], topic: Sequence[str]) -> str | None:
    """The first sentence of ``text`` that names one of ``labels`` (an entity's name or
    alias, matched as whole normalised words) and holds every one of ``topic`` (index
    terms; a thesaurus synonym counts), either left out when empty; None when no
    sentence does, or when neither is given."""
    names = [f" {normalize(label)} " for label in labels if normalize(label)]
    wanted = [frozenset((t, *synonyms(t))) for t in topic]
    if not names and not wanted:
        return None
    for piece in _SENTENCE_END.split(text[:MAX_TEXT_READ]):
        sentence = _SPACES.sub(" ", piece).strip()
        if not sentence:
            continue
        if names:
            padded = f" {normalize(sentence)} "
            if not any(name in padded for name in names):
                continue
        if wanted:
            terms = set(content_terms(sentence))
            if not all(w & terms for w in wanted):
                continue
        return sentence
    return None
