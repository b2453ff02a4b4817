"""A wh-question whose premise holds but for one wrong detail, answered with the detail
the releases give: "why did A and B meet in Beijing?" when they met in Hangzhou, "when
did the Academy open its campus in Lagos?" when its campuses are in Kigali and Kuala
Lumpur, "when was X put in the 2018 communique?" when the communique is 2016's.

Issue 10's false-premise rule says a premise no fact supports is said to be wrong, with
what the releases do say; when everything else in the question matches, what they say
is the right detail. The reply is ``not_found`` (the premise as asked is stated by no
release), names the right detail first ("Not in Lagos: no release puts it in Lagos;
they give the place as Kigali and …") and shows the sentences stating it, cited.

- **Place** (``wrong_detail_place``): a capitalised place ending the question that is no word
  of the base (``wrong_place.ASKED_PLACE``, the same reading as the yes/no executor),
  and facts that cover the rest of the question and state a place (their ``place``
  field, from the release's own wording). Up to ``MAX_PLACES`` places, one sentence each.
- **Goal** (``wrong_detail_goal``): a goal figure the question names ("why did X miss its
  goal of 800?") that none of the subject's goals states, when some goal is stated.
- **Year** (``wrong_detail_year``): a year written before a name ("the 2018 G20 communique")
  when every sentence about all the things named is dated another year, by its date or
  by a year in its text, and none states the year asked.

Each returns None when the question is not of its kind, so that the others answer it.
Yes/no questions are ``wrong_place.py``'s and ``yes_no.py``'s.
"""

from __future__ import annotations

import re

from bot.engine.answer import Answer
from bot.engine.qa.compose import not_found_cited
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.executors.wrong_place import unknown_place
from bot.engine.qa.figures import Figure, figure_value, figures_in, is_goal_figure
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.venues import venue_with_city
from bot.kb.models import LoadedFact
from bot.search.synonyms import synonyms
from bot.search.terms import stem
from bot.textnorm import normalize

# At most this many places (one sentence each) are given for a premise's wrong place.
MAX_PLACES = 3
_WH = frozenset("why when how what which who where".split())
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


class WrongDetailAnswers(ExecutorBase):
    def wrong_detail_place(self, q: Query) -> Result:
        """ "Not in <place asked>: the releases place it at <places>", with the facts
        stating them; None unless a wh-question ends in a place no release names and
        facts covering the rest of it state a place."""
        if q.answer_type is AnswerType.YES_NO or not q.words or q.words[0] not in _WH:
            return None
        if q.words[0] == "where":
            return None  # "where did they meet in Beijing?" asks the place itself
        asked = unknown_place(q.question, self.index)
        if asked is None:
            return None  # a place the releases use may be the premise's right one
        index = self.index
        asked_terms = {stem(w) for w in normalize(asked).split()}
        terms = [t for t in q.terms if t not in asked_terms]
        if not terms or not q.subjects:
            return None
        covering = [
            c.item
            for c in self.retriever.rank(terms, set(q.subjects), include_quotes=False)
            if isinstance(c.item, LoadedFact)
            and c.item.place
            and set(q.subjects) <= set(c.item.about)
            and all(({t} | synonyms(t)) & self._fact_terms(c.item) for t in terms)
        ]
        facts: list[LoadedFact] = []
        for fact in covering:
            if all(f.place != fact.place for f in facts):
                facts.append(fact)
        if not facts:
            return None
        facts = sorted(facts[:MAX_PLACES], key=lambda f: (f.date or "", f.id))
        wheres = [venue_with_city(index, f.place, f) for f in facts if f.place]
        head = (
            f"**Not in {asked}:** no release puts it in {asked}; they give the place as "
            f"{_joined(wheres)}."
        )
        return self._corrected(q, head, facts)

    def wrong_detail_year(self, q: Query) -> Result:
        """ "Not 2018: the releases date it 2016", with the sentences; None unless a
        year is written before a name and every sentence about all the things named
        gives another year."""
        if q.answer_type is AnswerType.YES_NO or not q.words or q.words[0] not in _WH:
            return None
        asked = _year_before_a_name(q)
        if asked is None or len(q.subjects) < 2:
            return None
        index = self.index
        shared = [
            f
            for f in index.facts_by_entity.get(q.subjects[0], [])[:MAX_LIST_FACTS]
            if set(q.subjects) <= set(f.about)
        ]
        if not shared:
            return None
        years = [_years_of(f) for f in shared]
        if any(not y for y in years) or any(asked in y for y in years):
            return None  # an undated sentence, or one of the year asked: it may hold
        stated = sorted({y for ys in years for y in ys})
        head = (
            f"**Not {asked}:** the releases date it {_joined(stated)}, and none of them "
            f"puts it in {asked}."
        )
        return self._corrected(q, head, shared[:MAX_PLACES])

    def wrong_detail_goal(self, q: Query) -> Result:
        """ "Not 800: the releases give the goal as 600", with the sentences stating the
        subject's goals; None unless a wh-question names a goal figure ("why did X miss
        its goal of 800?") that no goal of the subject's sentences states, while some
        goal figure is stated."""
        if q.answer_type is AnswerType.YES_NO or not q.words or q.words[0] not in _WH:
            return None
        if not q.subjects or q.quote:
            return None
        # "its goal of 800": the figure right after the goal's noun and "of".
        asked = [
            f
            for f in figures_in(q.question, spelled_out=True)
            if _named_goal(f) and f.before[-1:] == ("of",) and set(f.before[-2:-1]) & _GOAL_STEMS
        ]
        if len(asked) != 1:
            return None
        value = figure_value(asked[0])
        stating: list[LoadedFact] = []
        stated: list[str] = []
        for fact in self.index.facts_by_entity.get(q.subjects[0], [])[:MAX_LIST_FACTS]:
            if not fact.about or fact.about[0] != q.subjects[0]:
                continue  # another's goal that names the subject
            goals = [f for f in figures_in(fact.text, spelled_out=True) if _named_goal(f)]
            if any(figure_value(f) == value for f in goals):
                return None  # the goal asked is stated: the premise's figure holds
            if goals:
                stating.append(fact)
                stated.extend(f.shown for f in goals if f.shown not in stated)
        if not stating:
            return None
        head = (
            f"**Not {asked[0].shown}:** the releases give the goal as {_joined(stated)}, "
            f"and none of them sets a goal of {asked[0].shown}."
        )
        return self._corrected(q, head, stating[:MAX_PLACES])

    def _corrected(self, q: Query, head: str, facts: list[LoadedFact]) -> Answer:
        """Not found, as issue 10's false premises are: the premise as asked is stated
        by no release. The right detail leads, then the sentences stating it, cited."""
        text = "\n".join([head, *(f"• {f.text.strip()}" for f in facts)])
        return not_found_cited(
            self.index,
            q.question,
            text,
            [f.source for f in facts],
            entities=tuple(dict.fromkeys(e for f in facts for e in f.about)),
        )


def _year_before_a_name(q: Query) -> str | None:
    """The year the question writes right before a name it reads ("the 2018 G20
    communique"), or None."""
    for m in q.found:
        at = m.words[0] - 1
        if at >= 0 and _YEAR.fullmatch(q.words[at].strip("?.,!")):
            return q.words[at].strip("?.,!")
    return None


def _years_of(fact: LoadedFact) -> set[str]:
    """The years a fact states: its date's and those written in its text."""
    years = set(_YEAR.findall(fact.text))
    if fact.date:
        years.add(fact.date[:4])
    return years


# A goal named as such before its figure ("its goal of 600", "a new target of 1,000"),
# not a plan ("will train 80 plumbers").
_GOAL_STEMS = frozenset(stem(w) for w in "goal goals target targets aim objective".split())


def _named_goal(figure: Figure) -> bool:
    """Whether ``figure`` is a goal its clause names as one (``_GOAL_STEMS``)."""
    return is_goal_figure(figure) and bool(set(figure.lead) & _GOAL_STEMS)


def _joined(items: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"
