"""Sentences of a release that no fact or quote of the draft holds.

A reviewer reads the draft, not the release, line by line: a sentence ingest did not
draft is lost silently (a newcomer's PDF lost "a further $600,000 for 2022 to 2024" and
"Ingrid Holm … who joins FrostLane's board of directors"). ``left_out`` lists them, for
one review note that names their openings.
"""

from __future__ import annotations

import re

from bot.textnorm import normalize

# A sentence is held by a fact or quote when this share of its words is in one of them:
# a fact keeps the release's wording, with at most a pronoun replaced by a name.
HELD_SHARE = 0.8

# The news an attribution adds after the speaker's name: "…," said X, Title, who joins
# the board of Y." (A relative clause that only says more of the speech, "who said",
# "who added", is no news.)
_ATTRIBUTION_NEWS = re.compile(r",\s+who\s+(?!said\b|says\b|added\b|adds\b|noted\b)(?P<news>.+)$")

# How many openings the note names.
NAMED_IN_NOTE = 3


def _words(text: str) -> list[str]:
    return [w for w in normalize(text).split() if len(w) > 2]


def _held(sentence: str, texts: list[set[str]]) -> bool:
    words = _words(sentence)
    if not words:
        return True
    return any(sum(w in held for w in words) >= HELD_SHARE * len(words) for held in texts)


def left_out(statements: list[str], attributions: list[str], drafted: list[str]) -> list[str]:
    """The ``statements`` (narrative sentences worth a fact) and the news of
    ``attributions`` (speech sentences with the speech blanked) that no text of
    ``drafted`` (facts and quotes) holds, in the release's order."""
    texts = [set(_words(t)) for t in drafted]
    out = [s.strip() for s in statements if not _held(s, texts)]
    for sentence in attributions:
        news = _ATTRIBUTION_NEWS.search(sentence.strip())
        if news is not None and not _held(news["news"], texts):
            out.append(sentence.strip())
    return out


def left_out_note(sentences: list[str]) -> str | None:
    """The review note for the sentences ``left_out`` found, or None when there are
    none."""
    if not sentences:
        return None
    named = "; ".join(repr(" ".join(s.split()[:8]) + " …") for s in sentences[:NAMED_IN_NOTE])
    more = f" and {len(sentences) - NAMED_IN_NOTE} more" if len(sentences) > NAMED_IN_NOTE else ""
    return (
        f"{len(sentences)} sentence(s) of the release are in no fact or quote ({named}{more}):"
        " add a fact for each one that says something, or leave them out"
    )
