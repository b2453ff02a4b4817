"""An attribution set inside the quote between dashes: «A - ha detto il rettore Doe - B»,
or between a comma and a full stop: «A, says Jane Doe, Director. B».

Italian (and Spanish, French) copy breaks a quote with its attribution between two
dashes rather than closing and reopening the quote marks; French copy also runs the
attribution into the speech after a comma, with the speech going on after its full stop.
A quote that found no speaker and holds such an insert is the speaker's it names; one
with the comma insert is two quotes, before and after it (the attribution is no speech),
whoever the quote was given to from outside it.
"""

from __future__ import annotations

import re

from bot.ingest.quotes import _VERB, FoundQuote, QuoteFinder, _trim_who, with_speaker
from bot.kb.models import EntityKind

HOW = "the attribution set between dashes inside the quote"
HOW_COMMA = "the attribution run into the quote after a comma"

# " - ha detto il rettore Doe - ", " – said Jane Doe, CEO – ": a dash, a verb of saying,
# the speaker (no dash inside), and a dash again before the quote goes on.
_INSERT = re.compile(
    rf"\s[-\u2013\u2014]\s+{_VERB}\s+(?P<who>[^-\u2013\u2014\"“”«»]{{2,100}}?)\s+[-\u2013\u2014]\s",
    re.IGNORECASE,
)


# ", says Jane Doe, Director of Acme. ": a comma, a verb of saying, the speaker (a
# capitalised name and its appositive), then a full stop and the next sentence of the
# speech. (A full stop after an initial, "Jane B. Doe", does not end it.)
_COMMA_INSERT = re.compile(
    rf",\s+{_VERB}\s+(?P<who>[A-Z][^\"“”«»]{{2,160}}?)(?<![\s.][A-Z])\.\s+(?=[A-Z\d])"
)
# The fewest words of speech on each side of a comma insert: a sentence, not a fragment.
_MIN_SPEECH_WORDS = 4


def speakers_inside(
    quotes: list[FoundQuote], finder: QuoteFinder, warnings: list[str]
) -> list[FoundQuote]:
    """``quotes`` with each unattributed one that holds an inserted attribution given to
    the person it names (resolved as any speaker phrase is: "il rettore Doe" is the Doe
    the release named in full). The review note of a quote that finds its speaker goes."""
    out: list[FoundQuote] = []
    for quote in quotes:
        out.extend(_split_at_comma_insert(quote, finder, warnings))
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


def _split_at_comma_insert(
    quote: FoundQuote, finder: QuoteFinder, warnings: list[str]
) -> list[FoundQuote]:
    """``quote`` as the two quotes around an attribution run into it after a comma
    ("A, says Jane Doe, Director. B"), both the named person's (whoever the quote was
    given to from outside it: the insert names its speaker); ``[quote]`` when it holds no
    such insert, or the insert names no person."""
    insert = _COMMA_INSERT.search(quote.text)
    if insert is None:
        return [quote]
    before, after = quote.text[: insert.start()].strip(), quote.text[insert.end() :].strip()
    if len(before.split()) < _MIN_SPEECH_WORDS or len(after.split()) < _MIN_SPEECH_WORDS:
        return [quote]
    person, _ = finder.resolve(_trim_who(insert.group("who")))
    if person is None or finder.registry.entities[person].kind != EntityKind.PERSON:
        return [quote]
    with_speaker(quote, person, HOW_COMMA, warnings)  # (takes its review note back)
    return [
        FoundQuote(before, person, HOW_COMMA, quote.paragraph),
        FoundQuote(after, person, HOW_COMMA, quote.paragraph, quote.open_ended),
    ]
