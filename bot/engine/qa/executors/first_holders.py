"""Who was the *first* holder of a title: only what a release says was first.

"Who was the first president of the Digital Trade Alliance?" names a title and an
organisation the roles know (``Query.role_asks``), so the role path answers with the
holders it knows, and a sentence about one of them ("Daniel HARTMANN stepped down as
President … after six years in the post") reads as the answer. The releases know the
holders since they started writing about the organisation, not its first one. So the
question is answered as before only when some statement says a holder was the first
(``_FIRST_MARKS``: "first", "founding", "inaugural", "original", "at its launch", "when
it was founded", "since the Alliance was founded", "since its launch"): a sentence about
the organisation or a holder, or a holder's summary, that names the title. Otherwise ``not_found``, naming
the earliest holder the releases give, with the dates they give the title (issue 10:
a false premise, or a premise the releases cannot settle, is said plainly).

Shape: ``first_holder(q) -> Answer | None`` (None: not this kind of question, or a
statement says who was first, which the role and fact executors then show).
"""

from __future__ import annotations

import re

from bot.engine.answer import Answer
from bot.engine.qa.compose import not_found_cited
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.subjects import role_fits
from bot.engine.qa.vocabulary import FIRST_WORDS, TITLE_WORDS
from bot.search.index import RoleSpan
from bot.textnorm import normalize

# How a statement says a holder was the first: a word before the title, or the
# organisation's start as the time the title was taken.
_FIRST_MARKS = re.compile(
    r"\b(?:first|founding|inaugural|original)\b"
    r"|\bat (?:its|the) (?:launch|founding|creation)\b"
    # "Secretary General … since its launch": held from the start, so the first.
    r"|\b(?:since|from) (?:its|their) (?:launch|founding|creation|formation|inception)\b"
    r"|\b(?:was|were) (?:founded|launched|established|created|set up)\b",
    re.IGNORECASE,
)


class FirstHolderAnswers(ExecutorBase):
    def first_holder(self, q: Query) -> Answer | None:
        """``not_found`` for "who was the first <title> of O?" when no statement says who
        was first (see the module); None otherwise."""
        if q.answer_type is not AnswerType.PERSON or not q.time.first:
            return None
        asked_title = self._first_title(q)
        if asked_title is None:
            return None
        organization, title_words, holders = asked_title
        index = self.index
        title = set(title_words)
        pool = [*index.facts_by_entity.get(organization, [])[:MAX_LIST_FACTS]]
        pool += [f for h in holders for f in index.facts_by_entity.get(h, [])[:MAX_LIST_FACTS]]
        texts = [f.text for f in pool]
        texts += [s.text for h in holders for s in index.summary_history(h)]
        for text in texts:
            said = set(normalize(text).split())
            if title <= said and _FIRST_MARKS.search(text):
                return None  # a release says who was first: shown as before
        spans: list[tuple[str, RoleSpan]] = [
            (h, s)
            for h in holders
            for s in index.role_history(h).current + index.role_history(h).earlier
            if s.role.organization == organization and role_fits(s.role.title, title_words)
        ]
        org = index.display_name(organization)
        asked = _as_asked(q.words, title_words)
        text = f"The releases don't say who was the first {asked} of {org}."
        sources: list[str] = []
        if spans:
            holder, span = min(spans, key=lambda hs: min(hs[1].dates))
            text += (
                f"\nThe earliest they name: {index.entity(holder).name}, {index.span_text(span)}."
            )
            sources = list(span.sources[:1])
        return not_found_cited(
            index,
            q.question,
            text,
            sources,
            entities=(organization, *holders),
        )

    def _first_title(self, q: Query) -> tuple[str, list[str], list[str]] | None:
        """The organisation, the title's words and the people holding it there, when the
        question puts a word of ``FIRST_WORDS`` right before the title ("the first
        president of X", "X's first president"); None otherwise."""
        words = list(q.words)
        if q.role_asks:
            ask = q.role_asks[0]
            at = next((i for i, w in enumerate(words) if w == ask.words[0]), None)
            if at is None or not set(words[max(0, at - 2) : at]) & FIRST_WORDS:
                return None  # "first" asks about something else
            return ask.organization, list(ask.words), list(ask.holders)
        # "The Bank's first president": the title after "first", no role read from it.
        orgs = [e for e in q.subjects if e not in self.index.person_ids]
        at = next((i for i, w in enumerate(words) if w in FIRST_WORDS), None)
        if len(orgs) != 1 or at is None:
            return None
        title = []
        for w in words[at + 1 :]:
            if w not in TITLE_WORDS:
                break
            title.append(w)
        if not title:
            return None
        people = self.index.people_by_org.get(orgs[0], [])
        holders = [
            p
            for p in people
            if any(
                r.organization == orgs[0] and role_fits(r.title, title)
                for r in self.index.roles_by_entity.get(p, [])
            )
        ]
        return orgs[0], title, holders


# Words a title may hold between its words as the question writes it ("director of the
# hydrology lab"), which the title's words leave out.
_TITLE_JOINERS = frozenset("of the for and in at".split())


def _as_asked(words: tuple[str, ...], title_words: list[str]) -> str:
    """The title as the question words it, from its first word to its last ("director
    of the hydrology lab"), when only joining words lie between; else its words."""
    if title_words and title_words[0] in words:
        start = words.index(title_words[0])
        for end in range(start, len(words)):
            if words[end] not in title_words and words[end] not in _TITLE_JOINERS:
                break
            if words[end] == title_words[-1]:
                phrase = words[start : end + 1]
                if set(title_words) <= set(phrase):
                    return " ".join(phrase)
    return " ".join(title_words)
