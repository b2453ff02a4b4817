"""How many quotes the releases hold: "how many quotes are there?", "how many quotes do
you have?", "how many quotes are in the releases from 2023?".

A count of the knowledge base's own things, asked with no speaker, subject or topic:
the quotes of every release (of the releases dated in the time asked, when the question
names one, a quote being dated by its release), with how many each speaker has, most
first, and the newest releases that hold them, cited (at most ``MAX_SOURCES_SHOWN``). A
question naming a speaker or a topic is the quote executors' ("how many quotes from Jack
MA?").
"""

from __future__ import annotations

from collections import Counter

from bot.engine.qa.compose import answered, not_found
from bot.engine.qa.executors.base import MAX_SOURCES_SHOWN, ExecutorBase, Result
from bot.engine.qa.query import Query
from bot.engine.qa.vocabulary import number_word
from bot.search.terms import stem

_QUOTE_NOUNS = frozenset("quote quotes quotation quotations".split())
# Words that ask of the base itself, no topic: "how many quotes does the base hold in
# total?" (a topic left in the question let a list executor answer "Three: …" from a
# sentence listing three things).
_OF_THE_BASE = frozenset(
    "total altogether overall base database knowledge hold holds held store stored have has "
    "got all".split()
)
# "How many quotes from X are in there?", "… in the releases": where, not a topic.
_IN_THE_BASE = frozenset("there here releases release press".split())
_QUOTE_STEMS = frozenset(map(stem, _QUOTE_NOUNS | _OF_THE_BASE | _IN_THE_BASE))
# At most this many speakers are named with their counts.
MAX_COUNTED_SPEAKERS = 10


class QuoteCountAnswers(ExecutorBase):
    def quote_count(self, q: Query) -> Result:
        """The number of quotes, by speaker; None unless the question opens "how many"
        with a word for quotes and names no speaker, subject or topic."""
        if q.words[:2] != ("how", "many") or not set(q.words[2:3]) & _QUOTE_NOUNS:
            return None
        if len(q.subjects) == 1 and not q.role_asks and not set(q.terms) - _QUOTE_STEMS:
            return self._speaker_count(q, q.subjects[0])
        if q.subjects or q.role_asks or set(q.terms) - _QUOTE_STEMS or q.unknown_names:
            return None
        index = self.index
        quotes = [
            quote
            for found in index.quotes_by_speaker.values()
            for quote in found
            if q.time.admits_date(index.source_date(quote.source).isoformat())
        ]
        when = f" {q.time.describe()}" if q.time.bounded else ""
        if not quotes:
            return not_found(q.question, f"The releases{when} hold no quotes.")
        by_speaker = Counter(quote.speaker for quote in quotes)
        lines = [
            f"**{len(quotes)} quote{'s' if len(quotes) != 1 else ''}**{when}, by "
            f"{number_word(len(by_speaker))} {'person' if len(by_speaker) == 1 else 'people'}:"
        ]
        for speaker, count in by_speaker.most_common(MAX_COUNTED_SPEAKERS):
            lines.append(f"• {index.entity(speaker).name}: {count}")
        lines.append(f"`{self.prefix}quote <name>` shows what they said.")
        # The newest releases holding them, at most MAX_SOURCES_SHOWN: a base may hold
        # thousands; sorting the releases that hold them never reads the others.
        sources = [s.id for s in index.newest_sources(quote.source for quote in quotes)]
        if len(sources) > MAX_SOURCES_SHOWN:
            lines.insert(-1, f"From {len(sources)} releases; the newest {MAX_SOURCES_SHOWN} cited.")
        return answered(
            index,
            q.question,
            "\n".join(lines),
            sources[:MAX_SOURCES_SHOWN],
            entities=list(by_speaker),
        )

    def _speaker_count(self, q: Query, speaker: str) -> Result:
        """ "How many quotes does Amara Okafor have?": the count of one speaker's quotes
        (in the time asked), by release, newest first; None when ``speaker`` has no
        quotes at all (the question is then not about a speaker), so that the quote
        executors say what they do."""
        index = self.index
        # ``quotes_for`` also gives the quotes about an organisation or a topic; only
        # those the subject said are counted, and a subject who said none is left to the
        # quote executors ("how many quotes about the eWTP?").
        said = [quote for quote in index.quotes_for(speaker) if quote.speaker == speaker]
        if not said:
            return None
        quotes = [
            quote
            for quote in said
            if q.time.admits_date(index.source_date(quote.source).isoformat())
        ]
        name = index.entity(speaker).name
        when = f" {q.time.describe()}" if q.time.bounded else ""
        if not quotes:
            return not_found(q.question, f"The releases{when} hold no quotes from {name}.")
        per_source = Counter(quote.source for quote in quotes)
        sources = [s.id for s in index.newest_sources(per_source)]
        count = len(quotes)
        noun = "quote" if count == 1 else "quotes"
        lines = [f"**{count} {noun}** from {name}{when}"]
        if len(sources) > 1:
            lines[0] += f", in {number_word(len(sources))} releases:"
            for source in sources[:MAX_SOURCES_SHOWN]:
                lines.append(f"• {index.source_date(source).isoformat()}: {per_source[source]}")
        else:
            lines[0] += "."
        lines.append(f"`{self.prefix}quote {index.short_name(speaker)}` shows them.")
        return answered(
            index, q.question, "\n".join(lines), sources[:MAX_SOURCES_SHOWN], entities=[speaker]
        )
