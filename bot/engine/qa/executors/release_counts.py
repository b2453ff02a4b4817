"""Counts over the releases themselves: "how many of the releases were on PR Newswire?",
"how many releases mention the Trust?", "how many releases are datelined Lima?".

Read from the releases' metadata (publisher, dateline city, date) and, for what a
release mentions, from the entities its facts, quotes and roles involve. The count is
stated, then each counted release with its publisher, dateline and date, all cited.
"""

from __future__ import annotations

from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import MAX_SOURCES_SHOWN, ExecutorBase, Result
from bot.engine.qa.query import Query
from bot.engine.qa.vocabulary import number_word
from bot.textnorm import normalize

# Nouns for a release in a count question.
_RELEASE_NOUNS = frozenset(
    "release releases announcement announcements statement statements news".split()
)


class ReleaseCountAnswers(ExecutorBase):
    def release_count(self, q: Query) -> Result:
        """How many releases match the publisher, dateline, year and subjects the
        question names; None when it does not count releases."""
        words = q.words
        if words[:2] != ("how", "many") or not set(words[2:6]) & _RELEASE_NOUNS:
            return None
        index = self.index
        text = f" {' '.join(words)} "
        chosen = list(index.sources_newest)
        publishers = {normalize(s.source.publisher) for s in chosen}
        named = [p for p in publishers if p and f" {p} " in text]
        if named:
            chosen = [s for s in chosen if normalize(s.source.publisher) in named]
        cities = {normalize(s.source.dateline.city) for s in chosen}
        in_city = [c for c in cities if c and f" {c} " in text]
        subjects = [
            e for e in q.subjects if not any(normalize(index.entity(e).name) == c for c in in_city)
        ]
        if in_city:
            chosen = [s for s in chosen if normalize(s.source.dateline.city) in in_city]
        if q.time.bounded:
            chosen = [s for s in chosen if q.time.admits_date(s.source.date.isoformat())]
        for subject in subjects:
            involving = set(index.sources_involving(subject, limit=None))
            involving |= set(self.mentioning_text(subject))
            chosen = [s for s in chosen if s.id in involving]
        total = len(index.sources_newest)
        count = len(chosen)
        if not named and not in_city and not subjects and not q.time.bounded:
            lead = f"**{number_word(count).capitalize()}** releases in all."
        else:
            lead = f"**{number_word(count).capitalize()}** of the {number_word(total)} releases."
        if not chosen:
            # None matches: the count is of the releases checked, which are cited.
            return answered(
                index,
                q.question,
                lead + " None of them matches.",
                [s.id for s in index.sources_newest[:MAX_SOURCES_SHOWN]],
            )
        lines = [lead] + [
            f"• {s.source.title} ({s.source.publisher}, {s.source.dateline}, "
            f"{s.source.date.isoformat()})"
            for s in chosen[:MAX_SOURCES_SHOWN]
        ]
        return answered(
            index, q.question, "\n".join(lines), [s.id for s in chosen], entities=subjects
        )
