"""Lists inside someone's quote: "what crops did X mention?", "how many crops did X list?".

A speaker often lists things in their own words ("grow drought-proof beans, maize,
sorghum and millet, and sell through cooperatives, markets and exporters") without
the noun the question uses ("crops"). The items are read from the speaker's quotes
(``enumeration.enumerations``), newest quote first, and the quote is shown and cited:
- a list whose items or lead-in words hold the noun asked is the answer alone;
- else, one list in the quote is the answer; several are each shown with the words
  that introduce them ("after “grow”: …"), so that the reader sees which is which:
  the releases do not say which of them are the "crops".
"""

from __future__ import annotations

from bot.engine.qa.compose import answered
from bot.engine.qa.enumeration import Enumeration, enumerations
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.executors.items import list_noun
from bot.engine.qa.query import Query
from bot.engine.qa.read import ANSWER_TYPE_TERMS
from bot.engine.qa.vocabulary import number_word
from bot.kb.models import LoadedQuote
from bot.search.synonyms import synonyms
from bot.search.terms import index_term
from bot.textnorm import normalize

# Verbs of saying a list ("what crops did X mention / list / name / talk about?").
_SAYING = frozenset(
    "mention mentioned mentions list listed lists name named names cite cited say said "
    "talk talked talks give gave refer referred".split()
)
_SAYING_TERMS = frozenset(index_term(w) for w in _SAYING)
# At most this many of the speaker's quotes are read.
MAX_QUOTES_READ = 50
# The words shown before a list to say what it is ("after “sell through”").
_LEAD_WORDS = 2
# The lead-in words read for the noun asked ("crops such as beans, …").
_LEAD_REACH = 4


class QuoteListAnswers(ExecutorBase):
    def quoted_list(self, q: Query) -> Result:
        """The items a speaker lists in their quotes, or their number; None when the
        question asks no list of one person's words, or their quotes list nothing."""
        people = [e for e in q.subjects if e in self.index.person_ids]
        if len(people) != 1 or len(q.subjects) != 1 or not set(q.words) & _SAYING:
            return None
        noun = list_noun(q.words)
        if noun is None:
            return None
        counting = q.words[:2] == ("how", "many")
        speaker = people[0]
        quotes = self.index.quotes_by_speaker.get(speaker, [])[:MAX_QUOTES_READ]
        wanted = {index_term(noun), *synonyms(index_term(noun))}
        # "…say farmers could grow drought-proof?": words beyond the list asked say which
        # list they lead into, which ``items.py`` reads.
        topic = {
            t
            for t in q.terms
            if t not in wanted
            and t not in _SAYING_TERMS
            and t not in ANSWER_TYPE_TERMS[None]
            and t not in ANSWER_TYPE_TERMS["count"]
        }
        if topic:
            return None  # the list the words lead into: ``items.py`` reads it
        found: list[tuple[LoadedQuote, list[Enumeration]]] = []
        for quote in quotes:
            lists = enumerations(quote.text)
            if not lists:
                continue
            named = [e for e in lists if _holds(e, wanted)]
            found.append((quote, named or lists))
            if named:
                found = [found[-1]]
                break
        if not found:
            return None
        quote, lists = found[0]
        if len(lists) == 1:
            items = lists[0].items
            joined = _joined(items)
            lead = (
                f"**{number_word(len(items)).capitalize()}:** {joined}"
                if counting
                else (f"**{joined}**")
            )
        else:
            lines = [
                f"• after “{_lead_in(e)}”: {_joined(e.items)} ({number_word(len(e.items))})"
                for e in lists
            ]
            lead = f"**In {self._name(speaker)}'s words, {number_word(len(lists))} lists:**\n"
            lead += "\n".join(lines)
        shown = f"• {self._name(speaker)}: “{quote.text.strip()}”"
        return answered(
            self.index,
            q.question,
            f"{lead}\n{shown}",
            [quote.source],
            entities=[speaker, *quote.about],
        )


def _holds(enumeration: Enumeration, wanted: set[str]) -> bool:
    """Whether the list's items or its lead-in words hold a wanted term."""
    words = [w for item in enumeration.items for w in normalize(item).split()]
    words += normalize(enumeration.before).split()[-_LEAD_REACH:]
    return any(index_term(w) in wanted for w in words)


def _lead_in(enumeration: Enumeration) -> str:
    return " ".join(enumeration.before.split()[-_LEAD_WORDS:])


def _joined(items: tuple[str, ...]) -> str:
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"
