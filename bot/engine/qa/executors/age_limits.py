"""An age limit stated in words: "what's the age limit for AYEC members?" from "a network
of business owners under 40", "how old can members be?", "what's the minimum age to join?".

Only a sentence about the subject (a fact filed under it, or its summary) that states the
limit next to the people it applies to answers: "under 40", "aged 18 to 35", "40 or
younger", "over 18". A figure after "under" that counts something ("under 40 per cent",
"under 40 countries") is no age. When no sentence states one, the answer is not_found.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.engine.qa.compose import answered, not_found
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.query import Query

# "age limit", "maximum age", "age cap", "how old can …", "minimum age", "age requirement".
_ASKS_LIMIT = re.compile(
    r"\b(?:age (?:limit|cap|cutoff|cut off|bracket|range|requirement|restriction)s?|"
    r"(?:maximum|max|minimum|min|upper|lower) age|how old (?:can|must|may|should|do))\b"
)
# An age bound after the people it applies to: "owners under 40", "aged 18 to 35",
# "40 or younger", "over 18"; not followed by a counted noun or a per cent.
_LIMIT = re.compile(
    r"\b(?P<phrase>(?:aged |ages )?(?:under|below|over|above|up to|younger than|older than) "
    r"(?P<n>\d{1,3})(?: years(?: of age| old)?)?|aged (?P<a>\d{1,3}) (?:to|and|-) (?P<b>\d{1,3})|"
    r"(?P<m>\d{1,3}) (?:years (?:of age |old )?)?(?:or|and) (?:under|younger|below|over|older))"
    r"(?![\w-]* ?(?:per ?cent|%))(?! (?!years|from|who|in|and|or|across|with|at)[a-z]+s\b)",
    re.IGNORECASE,
)
# Ages people are: a bound outside this range counts something else.
_MIN_AGE, _MAX_AGE = 10, 100


class StatedLimit(NamedTuple):
    phrase: str  # as the release words it: "under 40"
    text: str  # the sentence stating it
    source: str  # its release


class AgeLimitAnswers(ExecutorBase):
    def age_limit(self, q: Query) -> Result:
        """ "What's the age limit for X members?": the bound a sentence about X states,
        cited; None when the question asks no age limit or names no subject."""
        if not q.subjects or not _ASKS_LIMIT.search(" ".join(q.words)):
            return None
        index = self.index
        for subject in q.subjects:
            found = self._stated(subject)
            if found is not None:
                return answered(
                    index,
                    q.question,
                    f"**Age limit:** {found.phrase}, as the release says.\n{found.text.strip()}",
                    [found.source],
                    entities=[subject],
                )
        names = " or ".join(index.entity(e).name for e in q.subjects)
        return not_found(q.question, f"The releases don't state an age limit for {names}.")

    def _stated(self, subject: str) -> StatedLimit | None:
        index = self.index
        texts = [
            (f.text, f.source)
            for f in index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
            if f.about and f.about[0] == subject
        ]
        stated = index.stated_summary(subject)
        if stated:
            texts.append((stated.text, stated.source))
        for text, source in texts:
            for match in _LIMIT.finditer(text):
                ages = [int(g) for g in match.group("n", "a", "b", "m") if g]
                if ages and all(_MIN_AGE <= a <= _MAX_AGE for a in ages):
                    return StatedLimit(match["phrase"], text, source)
        return None
