"""A count asked for one place that the releases give only for several together:
"how many graduates came from Ghana?" when the only figure is "5,100 entrepreneurs in
Rwanda, Kenya, Ethiopia and Ghana".

The group's figure is not the place's: the answer is not_found, naming the place and
showing the figure the releases give for the group. When any statement with a figure
names the place outside such a list, the question is left to the count executors.
"""

from __future__ import annotations

import re

from bot.engine.qa.compose import answered, not_found_cited
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.executors.items import list_noun
from bot.engine.qa.figure_series import names_counted
from bot.engine.qa.figures import Figure, figures_in
from bot.engine.qa.query import Query
from bot.kb.models import LoadedFact
from bot.search.terms import STOP_WORDS, content_terms, stem

# Words before the place a count is asked for ("trained in Kenya", "came from Ghana").
_PLACE_LEADS = frozenset("in from".split())
# Units of time after "how many": a duration is asked, not a count at the place.
_SPAN_UNITS = frozenset("years months weeks days decades".split())
# A place named in at most this many words ("South Africa", "Democratic Republic of Congo").
MAX_PLACE_WORDS = 4
# At most this many statements holding the place's name are read.
MAX_PLACE_DOCS = 500
# A name: capitalised words ("Rwanda", "South Africa").
_NAME = r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)*"
# A list of names: "Rwanda, Kenya, Ethiopia and Ghana", "Rwanda and Kenya".
_NAME_LIST = re.compile(rf"{_NAME}(?:, {_NAME})*,? (?:and|or) {_NAME}")
# A city just before a country ("Nairobi, Kenya"), the text before the country.
_CITY_BEFORE = re.compile(r"(?:in|at|of) [A-Z][\w'-]*, $")


def asked_place(words: tuple[str, ...]) -> str | None:
    """The place a "how many … in/from <place>?" question ends with, as its words; None
    for another question."""
    if words[:2] != ("how", "many") or set(words[2:3]) & _SPAN_UNITS:
        # "How many years did she teach in Nakivale?" asks a duration, no count there.
        return None
    lead = max((i for i, w in enumerate(words) if w in _PLACE_LEADS), default=None)
    if lead is None:
        return None
    tail = [w.strip("?.!,") for w in words[lead + 1 :]]
    if not tail or len(tail) > MAX_PLACE_WORDS or tail[0] in STOP_WORDS:
        return None
    return " ".join(tail)


def _only_in_lists(text: str, place: str) -> bool | None:
    """Whether ``text`` names ``place`` (casefolded words) only as one item of a list of
    names; None when it does not name it as what could be counted."""
    label = re.compile(rf"\b{re.escape(place)}\b", re.IGNORECASE)
    lists = [m.span() for m in _NAME_LIST.finditer(text)]
    listed = alone = False
    for m in label.finditer(text):
        if any(a <= m.start() < b for a, b in lists):
            listed = True
        elif not _CITY_BEFORE.search(text[: m.start()]):
            # "based in Nairobi, Kenya": a city's country says where the city is, not
            # what is counted.
            alone = True
    if alone:
        return False
    return True if listed else None


def _share_at(text: str, counted: str, place: list[str]) -> Figure | None:
    """The figure of ``text`` written right before "in <place>" (``place``: its terms)
    when another figure of the sentence counts ``counted`` (a stem): "four" of "21
    clinics are open, 17 in Tanzania and four in Malawi"; None when there is none."""
    figures = figures_in(text, spelled_out=True)
    if not any(names_counted(f, counted) for f in figures):
        return None
    wanted = ("in", *place)
    return next((f for f in figures if f.after[: len(wanted)] == wanted), None)


class PlaceCountAnswers(ExecutorBase):
    def count_for_grouped_place(self, q: Query) -> Result:
        """not_found when every statement giving a figure and naming the place asked
        names it only among several; None otherwise."""
        place = asked_place(q.words)
        if place is None:
            return None
        index = self.index
        terms = content_terms(place)
        if not terms:
            return None
        noun = list_noun(q.words)
        counted = stem(noun) if noun is not None else None
        grouped = []
        counting = []
        docs = sorted(index.terms.docs_with_all(terms))[:MAX_PLACE_DOCS]
        split: list[tuple[LoadedFact, Figure]] = []
        for doc_id in docs if counted is not None else ():
            doc = index.terms.docs[doc_id]
            fact = index.fact_by_id.get(doc.id) if doc.kind == "fact" else None
            share = (
                _share_at(fact.text, counted, terms)
                if fact is not None and counted is not None
                else None
            )
            if fact is not None and share is not None:
                split.append((fact, share))
        if split:
            # "40 wells are working, 28 in Ostvale and 12 in Kesso": the place's share of
            # a count, from the newest sentence splitting it so.
            fact, share = max(split, key=lambda fs: index.source_date(fs[0].source))
            return answered(
                index,
                q.question,
                f"**{share.value}** (as of {self.fact_date(fact)}):\n{fact.text.strip()}",
                [fact.source],
                entities=fact.about,
            )
        for doc_id in docs:
            doc = index.terms.docs[doc_id]
            item = (index.fact_by_id if doc.kind == "fact" else index.quote_by_id).get(doc.id)
            figures = figures_in(item.text) if item is not None else []
            if item is None or not figures:
                continue
            only = _only_in_lists(item.text, place)
            if only is None:
                continue
            names_noun = counted is not None and any(names_counted(f, counted) for f in figures)
            if not only and (counted is None or names_noun):
                return None  # a statement counts at the place on its own: the counts decide
            if not only:
                # "42 clubs in the Flemish Region of Belgium" is no count of kilometres
                # there: only a figure of the noun asked would answer for the place.
                continue
            grouped.append(item)
            if names_noun:
                counting.append(item)
        if not grouped:
            return None
        # The group's figure of the noun asked, when one counts it ("318 kilometres … in
        # the Netherlands, Belgium and Denmark"), else any figure of the group.
        item = max(counting or grouped, key=lambda it: index.source_date(it.source))
        shown = next(
            (m[0] for m in re.finditer(_NAME, item.text) if m[0].casefold() == place), place
        )
        date = index.source_date(item.source).isoformat()
        return not_found_cited(
            index,
            q.question,
            f"The releases give no figure for {shown} alone. The nearest they give counts "
            f"several places together ({date}): {item.text.strip()}",
            [item.source],
        )
