"""Back-references the opening-word readers of facts.py miss.

facts.pointing_start flags a statement whose subject points back when the sentence opens
with it ("It", "She", "The partnership" when the release has one partnership). Two more
shapes point back as surely, and a newcomer had to find them unflagged:

* an opening phrase before the subject: "Since its launch, the partnership has trained
  …", "Over the past year, it has …" (the phrase itself may point back: "its launch");
* a definite subject that names no entity of the release, in a sentence that names none
  either: "The stations now reach …", "The news hub and studio in Port Ellery opened …"
  (the stations and the hub of the programme the sentences before are about).

Both get the note "starts with '…' (probably X): name it" that "It" gets; the fact's
``about`` link (the previous statement's subject, or what the sentence describes) is
already set by facts.fact_for.
"""

from __future__ import annotations

import re

from bot.ingest.entities import Registry
from bot.ingest.facts import PointingStart, pointing_start

# An opening adverbial phrase of a few words, up to its comma: "Since its launch,",
# "Over the past two years,", "In the same period,". ("In 2023," is a date, no subject.)
_OPENER = re.compile(
    r"^(?P<opener>(?:Since|After|Over|During|Following|Under|Through|Within|Across|In|At|"
    r"By|Before|Until|With|Together|Meanwhile|So\s+far|To\s+date)\b[^,;:\"“”]{0,50}?),\s+"
)
# A possessive that points back, inside the opener: "Since its launch".
_POSSESSIVE = re.compile(r"\b(?:its|their|his|her)\b", re.IGNORECASE)
# "The stations now reach …": a definite subject in lower case (one to three words,
# a noun phrase's words, before the verb or the first preposition or comma).
_DEFINITE = re.compile(
    r"^(?P<subject>The\s+[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}?)(?=\s+(?:[a-z]+)\b)"
)
# Subjects that speak of the release itself, not of anything it is about.
_OF_THE_RELEASE = {"announcement", "release", "statement", "news", "event", "move", "decision"}
# Words after which a definite subject has ended: verbs and adverbs of a statement's
# predicate, prepositions and conjunctions.
_AFTER_SUBJECT = re.compile(
    r"\s+(?:now|also|still|has|have|had|is|are|was|were|will|would|can|could|opened|opens|"
    r"reach|reaches|reached|in|of|at|on|for|and|with|from|to|by|which|that)\b"
)


def opener_reference(text: str, registry: Registry) -> PointingStart | None:
    """The back-reference after (or inside) an opening phrase ("Since its launch, the
    partnership …" -> "Since its launch, the partnership"); None when there is none."""
    opener = _OPENER.match(text)
    if opener is None or re.fullmatch(
        r"\w+\s+(?:early\s+|late\s+)?(?:19|20)\d\d", opener["opener"]
    ):
        return None
    rest = text[opener.end() :]
    rest = rest[:1].upper() + rest[1:]
    inner = pointing_start(rest, registry)
    if inner is not None:
        return PointingStart(
            f"{opener['opener']}, {rest[: len(inner.opening)].lower()}", inner.described
        )
    if _POSSESSIVE.search(opener["opener"]):
        return PointingStart(opener["opener"])
    return None


def unnamed_subject(text: str, registry: Registry, about: tuple[str, ...]) -> PointingStart | None:
    """The definite subject of a statement that names no entity of the release ("The
    stations now reach …"), when its link (``about``) comes from outside the sentence;
    None when the sentence names what it is about, or opens otherwise."""
    match = _DEFINITE.match(text)
    if match is None or not about:
        return None
    after = _AFTER_SUBJECT.search(text, len("The"))
    subject = text[: after.start()] if after else match["subject"]
    words = subject.split()
    if len(words) < 2 or len(words) > 4 or words[-1].lower() in _OF_THE_RELEASE:
        return None
    if registry.mentions(text):
        return None  # the sentence names what it speaks of
    return PointingStart(subject)
