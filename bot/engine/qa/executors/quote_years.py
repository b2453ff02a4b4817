"""When someone was quoted: "which years do we have X quotes from?", "in what years did X
speak?", "when was X quoted?".

Each year with a quote by the speaker (the date of the release carrying it), oldest
first, with how many quotes it has and the release's headline, each cited. The quotes
themselves are one ``!quote`` away.
"""

from __future__ import annotations

from collections import defaultdict

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.query import Query

_YEAR_ASKS = frozenset("year years when dates date".split())


class QuoteYearAnswers(ExecutorBase):
    def quote_years(self, q: Query) -> Result:
        """The years the one speaker asked about was quoted; None when the question asks
        no years of someone's quotes."""
        words = set(q.words)
        if not q.quote or q.time.bounded or not words & _YEAR_ASKS:
            return None
        # "What did X say when she was appointed?" asks the quote, not its year.
        if not (words & {"which", "what"} and words & {"year", "years"}) and q.words[0] != "when":
            return None
        speakers = [e for e in q.subjects if self.index.quotes_by_speaker.get(e)]
        if len(speakers) != 1 or len(q.subjects) != 1:
            return None
        speaker = speakers[0]
        by_year: dict[int, list[str]] = defaultdict(list)
        for quote in self.index.quotes_by_speaker[speaker]:
            by_year[self.index.source_date(quote.source).year].append(quote.source)
        name = self.index.entity(speaker).name
        lines = [f"**{', '.join(str(y) for y in sorted(by_year))}**: the years {name} is quoted."]
        for year in sorted(by_year):
            sources = list(dict.fromkeys(by_year[year]))
            count = len(by_year[year])
            titles = "; ".join(
                f"“{self.index.kb.sources[s].source.title}”{placeholder(s)}" for s in sources
            )
            lines.append(f"• {year}: {count} quote{'s' if count != 1 else ''} — {titles}")
        lines.append(f"`{self.prefix}quote {name}` shows them.")
        return answered(
            self.index,
            q.question,
            "\n".join(lines),
            [s for year in sorted(by_year) for s in by_year[year]],
            entities=[speaker],
        )
