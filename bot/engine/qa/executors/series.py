"""The n-th of a series the releases record fewer of: "when was the third offtake
signing?" when they declare two signings.

The series is read by ``ordinal_names.series_asks`` (entities of a dated kind whose name
holds the phrase's words, oldest first). With fewer than n of them, the answer is
not_found, saying how many the releases record and when, each cited from a release
that mentions it; never the newest one as if it were the n-th.
"""

from __future__ import annotations

from dataclasses import replace

from bot.engine.answer import Answer
from bot.engine.qa.compose import citations, format_date, not_found
from bot.engine.qa.executors.base import ExecutorBase
from bot.engine.qa.ordinal_names import date_of, series_asks
from bot.engine.qa.query import Query


class SeriesAnswers(ExecutorBase):
    def beyond_series(self, q: Query) -> Answer | None:
        """Not found for the n-th of a series of fewer than n; None otherwise."""
        if q.subjects or q.quote or q.meta:
            return None
        for ask in series_asks(self.index, list(q.words)):
            if len(ask.series) >= max(ask.n, 1 - ask.n):
                continue
            listed = "; ".join(
                f"{self.index.entity(e).name} ({format_date(date_of(self.index, e))})"
                for e in ask.series
            )
            count = len(ask.series)
            ordinal = q.words[ask.words[0]]
            times = "once" if count == 1 else f"{count} times"
            # Worded as ``nth_time`` words it: "no record of a third time; … only 2 times".
            text = (
                f"The releases have no record of a {ordinal} time; they record {ask.phrase}"
                f" only {times}: {listed}."
            )
            sources = [s for e in ask.series for s in self.index.sources_involving(e, limit=1)]
            return replace(
                not_found(q.question, text),
                citations=citations(self.index, sources),
                entities=ask.series,
            )
        return None
