"""What a quote is about: the entities it names, and those it speaks of without a name.

A quote rarely names what it is about in full: "Our grant is meant to prove that the
pilot works" is about the speaker's organisation ("our") and the release's programme
("the pilot"). Its ``about`` links are what ``!quote <topic>`` finds it by, so a quote
with none is found only by its speaker. The links drafted, in order:

* the entities the quote names (names and aliases);
* the speaker's organisation, when the quote speaks as it in the first person plural
  ("we", "our", "us"): the organisation of the speaker's first title in this release;
* the entities it describes by a head noun that fits one entity of the release ("the
  pilot", "the Fund"; see ``facts.described_inside``).
"""

from __future__ import annotations

import re

from bot.ingest.facts import described_inside
from bot.ingest.registry import Registry

# The first person plural: the speaker speaks as their organisation.
_WE = re.compile(r"\b(?:we|our|ours|us)\b", re.IGNORECASE)


def quote_about(text: str, speaker: str, registry: Registry) -> tuple[str, ...]:
    """Entity ids ``text`` (a quote by ``speaker``, an entity id) is about, in the order
    of the module doc, without the speaker."""
    about = list(registry.mentions(text))
    if _WE.search(text):
        own = next(
            (r.organization for r in registry.roles if r.entity == speaker and r.organization),
            None,
        )
        if own is not None:
            about.append(own)
    about += described_inside(text, registry)
    return tuple(e for e in dict.fromkeys(about) if e != speaker)
