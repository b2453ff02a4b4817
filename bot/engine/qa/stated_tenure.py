"""A title's length stated in words, read back into the years it was held.

"Retired as Director on September 30, 2022 after eleven years as Director", "President
and Chief Executive Officer of the company for sixteen years, until December 31, 2024":
the roles' "as of" dates start with the first release naming the holder, but a length
stated up to the title's end says it was held before that. The years covered are those
after the end's year less the length, up to the end's year (eleven years to 2022 cover
2012 to 2022; the year the count starts in is left out, as the length is rounded).

A sentence counts only when it is about the holder, names the title (in full, one title
of a compound title, or its head when the rest repeats the organisation's name:
``title_parts``, ``field_head``) right beside the length ("N years as <title>", "<title> (of <its organisation's name>) for
N years"), so that "the CEO committed funds for five years" dates nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from bot.engine.qa.vocabulary import NUMBER_WORDS
from bot.kb.models import LoadedRole
from bot.search.index import Index, field_head, title_parts

# At most this many of the holder's facts are read (a person of a large base has many).
MAX_TENURE_FACTS = 40
_COUNT_WORDS = "|".join(NUMBER_WORDS[1:])
_COUNT = rf"(?P<count>\d{{1,2}}|(?i:{_COUNT_WORDS}))"
# What may stand between a title and "for N years": its organisation's name ("of the
# City of Wendmere Parks and Recreation Department": capitalised words and the connectors
# inside names) or "of the company". Anything else ("Chief Financial Officer Tobias Wren
# said the trains are financed for twelve years") makes the length another thing's.
_NAME_WORD = r"[A-Z][\w'’&.-]*"
_NAME_RUN = (
    rf"(?:the\s+)?{_NAME_WORD}"
    rf"(?:\s+(?:{_NAME_WORD}|of|and|the|de|&|for(?=\s+{_NAME_WORD}\s)(?!\s+(?i:{_COUNT_WORDS})\b)))*"
)
_NAMED_OR_NOUN = rf"(?:{_NAME_RUN}|(?:the|this|its|our)\s+[a-z]+)"


_VALUES = {word: n for n, word in enumerate(NUMBER_WORDS)}


class StatedTenure(NamedTuple):
    """A title's length a sentence states: the first and last year it covers, and the
    sentence with its release."""

    first: int
    last: int
    text: str
    source: str


def _count(written: str) -> int:
    word = written.casefold()
    return int(word) if word.isdigit() else _VALUES[word]


def _patterns(index: Index, role: LoadedRole) -> list[re.Pattern[str]]:
    """The two ways a sentence gives the title's length: "N years as (its) <title>" and
    "<title> (of <a name> | of the <noun>) for N years", for each way of writing the
    title."""
    names = set(title_parts(role.title))
    if role.organization is not None:
        head = field_head(role.title, index.entity(role.organization).name)
        if head is not None:
            names.add(head)
    titles = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return [
        re.compile(
            rf"\b(?:for|after)\s+{_COUNT}\s+years?\s+as\s+(?:its\s+|the\s+|their\s+)?(?:{titles})\b",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?i:\b(?:{titles})\b)(?:\s+(?i:of|at)\s+{_NAMED_OR_NOUN})?,?"
            rf"\s+(?i:for|after)\s+{_COUNT}\s+(?i:years?)\b"
        ),
    ]


def stated_tenure(index: Index, role: LoadedRole) -> StatedTenure | None:
    """The years ``role``'s title was held by a length a sentence about its holder
    states, ending at the year the title ended (``Index.title_ended``) or at the year of
    the release stating it, whichever is earlier; None when no sentence states one or
    the title ended in a year not given."""
    person = role.entity
    ended, ended_year = index.title_ended(role)
    if ended and ended_year is None:
        return None
    texts = [(s.text, s.source) for s in index.summary_history(person)]
    texts += [(f.text, f.source) for f in index.facts_by_entity.get(person, [])[:MAX_TENURE_FACTS]]
    patterns = _patterns(index, role)
    for text, source in texts:
        flat = " ".join(text.split())
        for pattern in patterns:
            match = pattern.search(flat)
            if match is None:
                continue
            # "Has been CEO for ten years" counts to its release; "after eleven years"
            # told after the end counts to the end: the earlier of the two holds both.
            last = index.source_date(source).year
            last = min(last, ended_year) if ended_year is not None else last
            return StatedTenure(last - _count(match["count"]) + 1, last, flat, source)
    return None


def own_length(
    index: Index, person: str, text: str, others: Sequence[str], at: tuple[int, int]
) -> bool:
    """Whether the length at ``at`` (start and end offsets in ``text``) is ``person``'s
    own: the last person of ``others`` (entity ids) named before it is ``person`` (in
    "A became Chair, succeeding B, who retired after six years as Chair" the six years
    are B's), and a length given "as <title>" is one of the person's own titles
    (``_patterns``); "after six years in the post" names none."""
    start, end = at
    if _last_named(index, text[:start].casefold(), others) != person:
        return False
    if not text[end:].lstrip().casefold().startswith("as "):
        return True
    for role in index.roles_by_entity.get(person, [])[:MAX_TENURE_FACTS]:
        if role.entity != person:
            continue
        for pattern in _patterns(index, role):
            if any(m.start() <= start < m.end() for m in pattern.finditer(text)):
                return True
    return False


def _last_named(index: Index, before: str, people: Sequence[str]) -> str | None:
    """Of ``people`` (entity ids), the one whose name or alias ``before`` (casefolded)
    ends nearest to its end, or None when it names none."""
    best, at = None, -1
    for person in people:
        entity = index.entity(person)
        for label in (entity.name, *entity.aliases):
            found = before.rfind(label.casefold())
            if found >= 0 and found + len(label) > at:
                best, at = person, found + len(label)
    return best
