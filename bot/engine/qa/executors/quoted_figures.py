"""A figure only a quote states: "how many trucks will the city add?" when the one
sentence saying so is a spokesperson's ("We will add eight collection routes and 12
trucks …"), or "what is X's goal for 2027?" when only its director said it ("Our next
goal is 8,000 tonnes a year by 2027").

The quote answers when it holds a figure and every content word of the question (or a
thesaurus synonym of it) and every year the question names, and no fact does: a fact
stating it is the answer, and the executors over facts give it. The quote is linked to
the question's subjects (about them, or said by one of their people) when it names any.
The reply leads with the figure that counts the noun asked (else the one nearest the
question's words), then the speaker, their title as of the quote's release, and the
quote, cited: it is what someone said, not a stated fact.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.executors.items import list_noun
from bot.engine.qa.executors.targets import GOAL_WORDS
from bot.engine.qa.figures import Figure, figures_in
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.read import ANSWER_TYPE_TERMS
from bot.engine.qa.vocabulary import KIND_NOUNS
from bot.kb.models import LoadedFact, LoadedQuote
from bot.search.terms import content_terms, stem

# Only the best-ranked candidates are read: a quote stating what is asked ranks high.
MAX_CANDIDATES = 20
# Words of a question that only say what sort of thing is meant ("the city", "the
# fund"): a quote need not repeat them.
_KIND_STEMS = frozenset(stem(w) for w in KIND_NOUNS)
_NOT_REQUIRED = ANSWER_TYPE_TERMS["count"] | ANSWER_TYPE_TERMS[None] | _KIND_STEMS
# Every word asked stands at most this many words from the figure a quote answers with
# ("We will add eight collection routes and 12 trucks": "add" is six words from 12).
MAX_FIGURE_REACH = 8
# A figure counts the noun asked when it is among this many words after it ("eight
# collection routes").
_COUNTED_REACH = 3
# Punctuation around a word of a quote ("trucks,", "“We"), not part of it ("8,000").
_AROUND = ".,;:!?“”\"'‘’()"


class QuotedFigureAnswers(ExecutorBase):
    def quoted_figure(self, q: Query) -> Result:
        """The quote stating the figure asked when no fact does (see the module's
        docstring); None for any other question."""
        if q.quote or q.meta or q.role_asks:
            return None
        words = set(q.words)
        if q.answer_type is not AnswerType.NUMBER and not (
            q.answer_type is AnswerType.ANY and words & GOAL_WORDS
        ):
            return None
        named = {t for terms in q.mention_terms.values() for t in terms}
        required = list(
            dict.fromkeys(t for t in q.terms if t not in _NOT_REQUIRED and t not in named)
        )
        if not required:
            return None
        years = [p[:4] for p in q.time.points]
        alternatives = [
            frozenset(qt.alternatives) | {t}
            for t, qt in zip(required, self.retriever.query_terms(required), strict=True)
        ]
        quote: LoadedQuote | None = None
        for c in self.retriever.rank(required, set(q.subjects))[:MAX_CANDIDATES]:
            item = c.item
            if not isinstance(item, (LoadedFact, LoadedQuote)):
                continue
            if not _states(item.text, alternatives, years):
                continue
            if isinstance(item, LoadedFact):
                return None  # a fact states it: the executors over facts answer
            if quote is None and self._quote_linked(item, q.subjects) and _figures(item.text):
                quote = item
        if quote is None:
            return None
        figure = _asked_figure(q, quote.text, alternatives)
        if figure is None or not _near(quote.text, figure, alternatives):
            # "How many graduates are still exporting?" of "Twenty thousand graduates is
            # a milestone … how many of them are still exporting": no figure of the
            # quote counts them, or its words are far from what is asked.
            return None
        return self._quoted_answer(q, quote, figure)

    def _quote_linked(self, quote: LoadedQuote, subjects: Iterable[str]) -> bool:
        """Whether ``quote`` is about one of ``subjects`` or said by one of them or their
        people (any quote when the question names none)."""
        wanted = set(subjects)
        if not wanted:
            return True
        if wanted & {quote.speaker, *quote.about}:
            return True
        roles = self.index.roles_by_entity.get(quote.speaker, [])
        return any(r.organization in wanted for r in roles)

    def _quoted_answer(self, q: Query, quote: LoadedQuote, figure: Figure | None) -> Result:
        index = self.index
        speaker = index.entity(quote.speaker).name
        role = index.role_as_of(quote.speaker, index.source_date(quote.source))
        said_by = f"{speaker} ({index.role_text(role, with_date=False)})" if role else speaker
        lead = f"**{figure.shown}**, as {said_by} said" if figure else f"{said_by} said"
        text = (
            f"{lead} (a quote; no fact states it):\n"
            f"“{quote.text.strip()}”{placeholder(quote.source)}"
        )
        return answered(
            index, q.question, text, [quote.source], entities=[quote.speaker, *quote.about]
        )


def _states(text: str, alternatives: list[frozenset[str]], years: list[str]) -> bool:
    """Whether ``text`` has a term of every set of ``alternatives`` and every year."""
    own = set(content_terms(text))
    return all(alts & own for alts in alternatives) and all(y in text for y in years)


def _words(text: str) -> list[str]:
    """The words of ``text`` with the punctuation around them stripped."""
    return [w.strip(_AROUND) for w in text.split()]


def _position(text: str, figure: Figure) -> int | None:
    """The word position of ``figure`` in ``text``."""
    head = figure.value.split()[0]  # "1.2" of "1.2 million"
    return next((i for i, w in enumerate(_words(text)) if head in w), None)


def _near(text: str, figure: Figure, alternatives: list[frozenset[str]]) -> bool:
    """Whether a word of every set of ``alternatives`` stands within ``MAX_FIGURE_REACH``
    words of ``figure`` in ``text``: the figure is then what the words say."""
    at = _position(text, figure)
    if at is None:
        return False
    tokens = [stem(w.casefold()) for w in _words(text)]
    return all(
        any(abs(i - at) <= MAX_FIGURE_REACH for i, t in enumerate(tokens) if t in alts)
        for alts in alternatives
    )


def _figures(text: str) -> list[Figure]:
    return figures_in(text, spelled_out=True)


def _asked_figure(q: Query, text: str, alternatives: list[frozenset[str]]) -> Figure | None:
    """The figure of ``text`` that counts the noun of "how many <noun>" (None when none
    does: "three years later" counts no graduates), else the one nearest the question's
    words in it; None when it has none."""
    figures = _figures(text)
    if not figures:
        return None
    noun = list_noun(q.words) if q.words[:2] == ("how", "many") else None
    if noun is not None:
        counted = stem(noun)
        return next((f for f in figures if counted in f.after[:_COUNTED_REACH]), None)
    tokens = [stem(w.casefold()) for w in _words(text)]
    asked = [i for i, t in enumerate(tokens) if any(t in alts for alts in alternatives)]

    def distance(figure: Figure) -> int:
        at = _position(text, figure)
        return sum(abs((len(tokens) if at is None else at) - i) for i in asked)

    return min(figures, key=distance)
