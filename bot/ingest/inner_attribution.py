"""An attribution set inside the quote between dashes: «A - ha detto il rettore Doe - B».

Italian (and Spanish, French) copy breaks a quote with its attribution between two
dashes rather than closing and reopening the quote marks. A quote that found no speaker
and holds such an insert is the speaker's it names.
"""

from __future__ import annotations

import re

from bot.ingest.quotes import _VERB, FoundQuote, QuoteFinder, _trim_who, with_speaker
from bot.kb.models import EntityKind

HOW = "the attribution set between dashes inside the quote"

# " - ha detto il rettore Doe - ", " – said Jane Doe, CEO – ": a dash, a verb of saying,
# the speaker (no dash inside), and a dash again before the quote goes on.
_INSERT = re.compile(
    rf"\s[-\u2013\u2014]\s+{_VERB}\s+(?P<who>[^-\u2013\u2014\"“”«»]{{2,100}}?)\s+[-\u2013\u2014]\s",
    re.IGNORECASE,
)


def speakers_inside(
    quotes: list[FoundQuote], finder: QuoteFinder, warnings: list[str]
) -> list[FoundQuote]:
    """``quotes`` with each unattributed one that holds an inserted attribution given to
    the person it names (resolved as any speaker phrase is: "il rettore Doe" is the Doe
    the release named in full). The review note of a quote that finds its speaker goes."""
    out = list(quotes)
    for k, quote in enumerate(out):
        if quote.speaker is not None:
            continue
        insert = _INSERT.search(quote.text)
        if insert is None:
            continue
        person, _ = finder.resolve(_trim_who(insert.group("who")))
        if person is None or finder.registry.entities[person].kind != EntityKind.PERSON:
            continue
        out[k] = with_speaker(quote, person, HOW, warnings)
    return out
