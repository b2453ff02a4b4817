"""Which of an organisation's titles is its leading one: the top job a question asks
about with a verb ("who ran / led / headed X before Y?") rather than a title.

A title is leading when it has a word of a top job (``LEADER_TITLE_WORDS``: president,
director, chair…) and nothing that makes it a part of the organisation or a second in
command: no "of …" qualifier ("Director of Programmes", "Chair of the Steering
Committee") and no deputy word ("Vice President", "Acting Director"). Among leading
titles the formal top jobs (president, CEO, director general, secretary general) come
before a chair, which a board may hold beside the one who runs the organisation.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.qa.vocabulary import LEADER_TITLE_WORDS, LEADER_WORDS
from bot.textnorm import normalize

# Words that make a title a second in command, not the top job.
_DEPUTY_WORDS = frozenset("deputy vice assistant acting associate interim sub co".split())
# Words that tie a title to a part of the organisation ("Director of Programmes").
_PART_WORDS = frozenset("of for at".split())
_CHAIR_WORDS = frozenset("chair chairman chairwoman chairperson".split())


def leading_rank(title: str) -> int:
    """0 for a title that is no top job; 2 for a formal top job ("President", "Director
    General", "CEO"); 1 for a top chair ("Chairman")."""
    words = normalize(title).replace("-", " ").split()
    if not set(words) & LEADER_TITLE_WORDS:
        return 0
    if set(words) & (_DEPUTY_WORDS | _PART_WORDS):
        return 0
    return 1 if set(words) <= _CHAIR_WORDS | {"executive", "board", "the"} else 2


def asks_by_verb(title_words: Sequence[str]) -> bool:
    """Whether the title words of a question are only verbs of running ("ran", "led",
    "headed"), so that it asks for the organisation's leading title, whatever it is."""
    return bool(title_words) and all(w in LEADER_WORDS for w in title_words)
