"""The titles of a person that a question's words name, when all of them have ended:
"CTO" in "who is Nordalink's CTO now?" for a CTO who became CEO (``current: false``).

Shared by the look-up of "who is <title label>" (``subjects.NameFinder.definition``),
which must then not show the former holder's card as the holder, and by
``executors/ended_titles.py``, which answers such a question.
"""

from __future__ import annotations

from bot.search.index import Index, RoleSpan, title_acronyms
from bot.textnorm import normalize
from bot.vocab import word_list

# Words that make a title another post than the one they dress ("deputy"):
# bot/vocab/title_qualifiers.txt.
_QUALIFIERS = word_list("title_qualifiers")
# Title words this short ("of", "the", "vice") say nothing of which title is meant.
_MIN_TITLE_WORD = 4


def _names(span: RoleSpan, words: set[str]) -> bool:
    """Whether ``words`` name the span's title: a word of it or its acronym ("cto")."""
    own = {w for w in normalize(span.role.title).split() if len(w) >= _MIN_TITLE_WORD}
    return bool(words & (own | title_acronyms(span.role.title)))


def ended_titles(index: Index, person: str, words: set[str]) -> list[RoleSpan]:
    """The person's titles that ``words`` name, newest first, when every one of them has
    ended; [] when none is named or one of them is still held."""
    history = index.role_history(person)
    spans = [s for s in (*history.current, *history.earlier) if _names(s, words)]
    qualifiers = words & _QUALIFIERS
    if qualifiers:
        # "Who is the deputy mayor now?": the Deputy Mayor's title, not the Mayor's
        # one its former holder took on (a word of both).
        spans = [s for s in spans if qualifiers <= set(normalize(s.role.title).split())]
    return spans if spans and all(s.ended for s in spans) else []
