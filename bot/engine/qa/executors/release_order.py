"""The first or the latest release about something: "what was the first release about
Kitchen to Soil?", "which was the newest announcement on the Fund?".

The release noun follows an order word ("first", "latest") and is followed by what the
releases are about ("about X", "on X", "mentioning X"): the answer is that release's
headline, publisher, dateline and date, oldest or newest among the releases whose facts,
quotes or roles involve every subject named, cited; how many releases involve them is
said too. A question with no subject ("what was the first release about?") asks what a
release said, which other executors answer.
"""

from __future__ import annotations

from bot.engine.qa.compose import answered, format_date
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.query import Query
from bot.engine.qa.vocabulary import FIRST_WORDS, NEWEST_WORDS, OLDEST_WORDS, RELEASE_NOUNS

# Words after the release noun that say what it is about.
_ABOUT_WORDS = frozenset("about on concerning mentioning regarding covering".split())
# How far before the release noun its order word may stand ("the very first press release").
_ORDER_REACH = 3


class ReleaseOrderAnswers(ExecutorBase):
    def release_in_order(self, q: Query) -> Result:
        """The oldest or newest release involving the subjects (see the module's
        docstring); None for another question."""
        if q.quote or q.meta or not q.subjects:
            return None
        at = next(
            (
                i
                for i, w in enumerate(q.words[:-1])
                if w in RELEASE_NOUNS and q.words[i + 1] in _ABOUT_WORDS
            ),
            None,
        )
        if at is None:
            return None
        before = set(q.words[max(0, at - _ORDER_REACH) : at])
        newest = bool(before & NEWEST_WORDS)
        if not newest and not before & (FIRST_WORDS | OLDEST_WORDS):
            return None
        index = self.index
        involved = set.intersection(
            *(set(index.sources_involving(e, limit=None)) for e in q.subjects)
        )
        releases = index.newest_sources(involved)
        if not releases:
            return None
        chosen = releases[0] if newest else releases[-1]
        source = chosen.source
        where = ", ".join(p for p in (source.dateline.city, source.dateline.country) if p)
        order = "latest" if newest else "first"
        names = " and ".join(index.entity(e).name for e in q.subjects)
        text = (
            f"**The {order} release about {names}:** {source.title} — {source.publisher}, "
            f"{where}, {format_date(source.date.isoformat())}"
        )
        if len(releases) > 1:
            text += f"\n({len(releases)} releases involve it in all.)"
        return answered(index, q.question, text, [chosen.id], entities=list(q.subjects))
