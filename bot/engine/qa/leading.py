"""Which of an organisation's titles is its leading one: the top job a question asks
about with a verb ("who ran / led / headed X before Y?") rather than a title.

A title is leading when it is a formal top job (president, CEO, director general,
executive or managing director, secretary general) with nothing that makes it a part of
the organisation or a second in command: no "of …" part ("Director of Programmes"), no
function ("Medical Director") and no deputy word ("Vice President", "Acting Director").
The board's chair ranks after them, since a board may have one beside the one who runs
the organisation. An "of …" part that only repeats the organisation's own name is no
part of it: the "Director of Parks and Recreation" runs the city's Parks and Recreation
Department (``held_rank``).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.qa.vocabulary import LEADER_WORDS
from bot.kb.models import LoadedRole
from bot.search.index import Index, field_head
from bot.textnorm import normalize

# Words that make a title a second in command, not the top job.
_DEPUTY_WORDS = frozenset("deputy vice assistant acting associate interim sub co".split())
# Formal top jobs: each a set of words the title must hold ("Chief Executive Officer",
# "Director-General"). A director with a function before it ("Medical Director") or a
# part after it ("Director of Programmes") runs a part, not the organisation.
_TOP_JOBS = (
    frozenset({"president"}),
    frozenset({"ceo"}),
    frozenset({"chief", "executive"}),
    frozenset({"director", "general"}),
    frozenset({"executive", "director"}),
    frozenset({"managing", "director"}),
    frozenset({"secretary", "general"}),
    frozenset({"governor"}),
)
# A title of one of these words alone ("Director", "Head") is the top job too.
_BARE_TOP = frozenset("director head leader".split())
_CHAIRS = frozenset("chair chairman chairwoman chairperson".split())
# Words a title may add to a chair and stay the board's ("Executive Chairman", "Chair of
# the Board").
_CHAIR_EXTRAS = frozenset("executive board of the".split())
_IGNORED = frozenset("the former".split())


def leading_rank(title: str) -> int:
    """2 for a formal top job ("President", "Director General", "CEO", "Executive
    Director", a bare "Director"); 1 for the board's chair ("Chairman", "Chair of the
    Board"); 0 for any other title (a deputy, a function's or a part's director)."""
    words = [w for w in normalize(title).replace("-", " ").split() if w not in _IGNORED]
    held = set(words)
    if not held or held & _DEPUTY_WORDS:
        return 0
    if any(job <= held for job in _TOP_JOBS) and not {"of", "for"} & held:
        return 2
    if len(words) == 1 and words[0] in _BARE_TOP:
        return 2
    if held & _CHAIRS and held <= _CHAIRS | _CHAIR_EXTRAS:
        return 1
    return 0


def held_rank(index: Index, role: LoadedRole) -> int:
    """``leading_rank`` of a role's title as held at its organisation: a title whose
    "of …" part only repeats the organisation's name ranks as its head alone
    (``field_head``: "Director of Parks and Recreation" at the Parks and Recreation
    Department is its Director, 2; "Director of Programmes" there stays 0)."""
    if role.organization is not None:
        head = field_head(role.title, index.entity(role.organization).name)
        if head is not None:
            return leading_rank(head)
    return leading_rank(role.title)


def asks_by_verb(title_words: Sequence[str]) -> bool:
    """Whether the title words of a question are only verbs of running ("ran", "led",
    "headed"), so that it asks for the organisation's leading title, whatever it is."""
    return bool(title_words) and all(w in LEADER_WORDS for w in title_words)
