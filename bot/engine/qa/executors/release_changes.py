"""The change between figures named by their releases: "by how much did the number
trained grow between the 2021 and 2022 announcements?", "what changed in the total
between the 2019 and 2020 releases?".

The releases are named only to date the two figures, so the words naming them
("announcements", "releases", "updates") are set aside and the question is answered as
a change between two dated figures (``ArithmeticAnswers.change``: the difference, the
working, both figures cited). It is not a question about the releases themselves.
"""

from __future__ import annotations

import dataclasses

from bot.engine.qa.executors.arithmetic import ArithmeticAnswers
from bot.engine.qa.executors.base import Result
from bot.engine.qa.query import AnswerType, Query
from bot.search.terms import stem

# Nouns that name a release by its date ("the 2021 announcement").
RELEASE_NOUNS = frozenset(
    "release releases announcement announcements update updates statement statements report "
    "reports edition editions".split()
)
_RELEASE_STEMS = frozenset(stem(w) for w in RELEASE_NOUNS)
# Words that relate the two dates named.
_SPAN_WORDS = frozenset("between from".split())


class ReleaseChangeAnswers(ArithmeticAnswers):
    def change_between_releases(self, q: Query) -> Result:
        """The change between the figures of two releases named by year (or month);
        None when the question names no two dated releases or no figure changes."""
        words = set(q.words)
        if len(q.time.points) != 2 or not words & RELEASE_NOUNS or not words & _SPAN_WORDS:
            return None
        if q.quote or q.meta or q.answer_type not in (AnswerType.NUMBER, AnswerType.ANY):
            return None
        if q.words[:2] == ("how", "many") and set(q.words[2:4]) & RELEASE_NOUNS:
            return None  # "how many releases came out between …" counts the releases
        figure_q = dataclasses.replace(
            q,
            words=tuple(w for w in q.words if w not in RELEASE_NOUNS),
            terms=tuple(t for t in q.terms if t not in _RELEASE_STEMS),
            leftover=tuple(w for w in q.leftover if w not in RELEASE_NOUNS),
        )
        return self.change(figure_q)
