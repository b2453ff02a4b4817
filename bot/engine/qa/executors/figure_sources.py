"""Where a figure comes from: "where does the 12,400 figure come from?", "which release
gives the 5,100 number?", "source for the 20,000 stat?".

Not a place question: the answer is the statements that give that figure (the figure
as the question writes it, digits compared without their separators), each with its
release's date, publisher and dateline, all cited: facts and quotes, and the dated
summaries of the things the question names ("a federation of 33 cooperatives"). Not
found when no statement gives it.
"""

from __future__ import annotations

import re

from bot.engine.qa.compose import answered, not_found
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.figures import figures_in, summary_statement
from bot.engine.qa.query import Query
from bot.engine.qa.vocabulary import RELEASE_NOUNS
from bot.search.terms import content_terms

# Words that ask where a figure comes from, and words naming it as a figure.
_ORIGIN_WORDS = frozenset("where source sources cite citation".split())
# "Which release gives the 5,100 number?": a release asked for by "which" or "what".
_WHICH_WORDS = frozenset("which what".split())
_RELEASE_NOUNS = RELEASE_NOUNS | frozenset(("statement",))
# A goal is a figure too: "the source for the 50,000-tonne goal being set" (base 17).
_FIGURE_NOUNS = frozenset(
    "figure figures number numbers stat stats statistic statistics goal goals target "
    "targets".split()
)
# A figure as a question writes it: "12,400", "20000", "5.1" (a year is never one).
_ASKED_FIGURE = re.compile(r"^\$?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)[%]?$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# At most this many statements holding the figure's digits are read, and shown.
MAX_FIGURE_DOCS = 200
MAX_SHOWN = 5


def asked_figure(question: str) -> str | None:
    """The figure a "where does the <figure> figure come from?" question asks about,
    digits only ("12400"); None for any other question."""
    words = question.casefold().split()
    asked = {w.strip("?.!,:;'\"") for w in words}
    origin = asked & _ORIGIN_WORDS or (asked & _WHICH_WORDS and asked & _RELEASE_NOUNS)
    if not origin or not asked & (_FIGURE_NOUNS | _RELEASE_NOUNS):
        return None
    for word in words:
        # "the 340-member figure", "the 20,000-strong figure": a figure joined to its
        # noun by a hyphen is the figure.
        word = word.strip("?.!:;'\"()").split("-")[0]
        match = _ASKED_FIGURE.match(word)
        if match and not _YEAR.match(match[1]):
            return match[1].replace(",", "")
    return None


class FigureSourceAnswers(ExecutorBase):
    def figure_source(self, q: Query) -> Result:
        """The statements giving the figure asked, oldest release first, each cited."""
        figure = asked_figure(q.question)
        if figure is None:
            return None
        index = self.index
        terms = content_terms(_shown(figure))
        found = []
        for doc_id in sorted(index.terms.docs_with_all(terms))[:MAX_FIGURE_DOCS]:
            doc = index.terms.docs[doc_id]
            item = (index.fact_by_id if doc.kind == "fact" else index.quote_by_id).get(doc.id)
            if item is None:
                continue
            if any(_digits(f.value) == figure for f in figures_in(item.text)):
                found.append(item)
        # A figure a release restates only in a summary ("a federation of 33
        # cooperatives"): the summaries of the things the question names, which the
        # term index does not hold (bounded by the subjects' summaries).
        for subject in q.subjects:
            for summary in index.summary_history(subject)[:MAX_FIGURE_DOCS]:
                if any(_digits(f.value) == figure for f in figures_in(summary.text)):
                    found.append(summary_statement(summary))
        if not found:
            return not_found(
                q.question,
                f"No release I know gives the figure {_shown(figure)}. "
                "`!sources` lists the releases.",
            )
        found.sort(key=lambda item: index.source_date(item.source))
        shown = found[:MAX_SHOWN]
        lines = [f"**The figure {_shown(figure)}** is stated in:"]
        for item in shown:
            source = index.kb.sources[item.source].source
            lines.append(
                f"• {source.date.isoformat()} ({source.publisher}, {source.dateline}): "
                f"{item.text.strip()}"
            )
        return answered(index, q.question, "\n".join(lines), [item.source for item in shown])


def _shown(figure: str) -> str:
    """A figure of digits with its thousands separators ("12400" → "12,400")."""
    return f"{int(figure):,}" if figure.isdigit() else figure


def _digits(value: str) -> str:
    """A stated figure's number without separators ("US$15 million" → "15")."""
    match = re.search(r"\d[\d,]*(?:\.\d+)?", value)
    return match[0].replace(",", "") if match else ""
