"""The release where something happened, and its metadata: "who published the release
where X was named chair?", "which wire carried the announcement that X would join Y?",
"when was the release saying X stepped down dated?".

The clause after "the release where / in which / that / saying / announcing" is what the
release states: the fact that the retriever ranks best for its words (and the question's
subjects), literally, is the statement, and its release is the one asked about. The answer
gives that release's publisher, dateline, date and headline, with the sentence, cited.
"""

from __future__ import annotations

import re

from bot.engine.qa.compose import answered, format_date
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.executors.became import START_WORDS
from bot.engine.qa.query import Query
from bot.engine.qa.vocabulary import (
    DATELINE_WORDS,
    FIRST_WORDS,
    HEADLINE_WORDS,
    PUBLISHER_WORDS,
    RELEASE_NOUNS,
    spelled_title,
)
from bot.kb.models import LoadedFact
from bot.search.terms import content_terms, stem
from bot.vocab import honorifics

_RELEASE_NOUNS = RELEASE_NOUNS | frozenset(("statement",))
# The words that open the clause saying what the release states.
_CLAUSE_OPENERS = frozenset("where in which that saying announcing reporting when about".split())
# "The release that says / states / reports …": what it states follows (no quote).
_SAYING = frozenset("says said states stated reports reported mentions mentioned".split())
# Words asking for the release's own fields.
_FIELD_ASKS = (
    PUBLISHER_WORDS
    | DATELINE_WORDS
    | HEADLINE_WORDS
    | frozenset("issued issue put out sent date dated".split())
)
_START_STEMS = frozenset(stem(w) for w in (*START_WORDS, "becoming", "named", "appointed"))
# A sentence saying someone took a title.
_TOOK_WORDS = (
    "became become becomes named appointed elected joins joined succeed succeeds took over "
    "takes promoted"
).split()
_TOOK = re.compile(
    r"\b(?:became|become|becomes|named|appointed|elected|joins|joined|succeed|succeeds|"
    r"took over|takes over|promoted)\b",
    re.IGNORECASE,
)
# An honorific with its full stop ("Dr.", "Prof."), from the shared vocabulary.
_HONORIFIC_STOP = re.compile(
    r"\b("
    + "|".join(sorted((re.escape(h.rstrip(".")) for h in honorifics()), key=len, reverse=True))
    + r")\.",
    re.IGNORECASE,
)
# The best-ranked statements read for the clause.
MAX_CANDIDATES = 10
# A statement scoring at least this share of the best one's fits the clause as well.
CLOSE_SCORE = 0.75


class ReleaseOfEventAnswers(ExecutorBase):
    def release_of_event(self, q: Query) -> Result:
        """The release stating the clause, with its metadata; None when the question
        asks no field of "the release where …" or no fact states the clause."""
        words = q.words
        if not set(words) & _FIELD_ASKS:
            return None
        noun = next((i for i, w in enumerate(words) if w in _RELEASE_NOUNS), None)
        if noun is None or noun + 1 >= len(words):
            return None
        start = noun + 1
        if words[start] == "in" and start + 1 < len(words) and words[start + 1] == "which":
            start += 1
        if words[start] not in _CLAUSE_OPENERS:
            return None
        if q.quote and not (start + 1 < len(words) and words[start + 1] in _SAYING):
            return None  # a quote asked for; "the release that says …" asks a release
        clause = [w for w in words[start + 1 :] if w not in _FIELD_ASKS and w not in _SAYING]
        terms = content_terms(" ".join(clause))
        if not terms:
            return None
        # "Where X was named chair": a sentence saying X took the title ("will become
        # Chair"), not one that only gives it ("X, Chair of …").
        took = any(stem(w) in _START_STEMS for w in clause)
        if took:
            # The title in its words ("CEO": "Chief Executive Officer", as releases
            # write it), which the retriever would not find as initials.
            terms = content_terms(" ".join(spelled_title(clause))) or terms
        ranked = self.retriever.rank(list(terms), set(q.subjects), include_quotes=False)
        stating = [
            c
            for c in ranked[:MAX_CANDIDATES]
            if (c.literal or took)
            and isinstance(c.item, LoadedFact)
            and set(q.subjects) <= set(c.item.about)
            and (not took or _TOOK.search(c.item.text))
        ]
        if took:
            # "Where X was named president": a sentence in which X takes that title
            # ("became President of …"), not one in which X, already "President of …",
            # takes another ("becomes Chair of the Board").
            title = self._taken_title_terms(q, clause)
            if title:
                stating = [c for c in stating if _takes_title(c.item.text, title)]  # type: ignore[union-attr]
        if not stating:
            return None
        # "The release about the first Nordfjell deposit": of the statements that fit
        # about as well, the oldest release's describes the event; a later one recalls it
        # ("the largest deposit since its first, in February 2019").
        # A title taken is told by the best-fitting sentence ("will become Executive
        # Director", not an older appointment to another title).
        # "The first …": any statement of it, the oldest.
        first = bool(set(clause) & FIRST_WORDS)
        close = [
            c for c in stating if not took and (first or c.score >= CLOSE_SCORE * stating[0].score)
        ] or stating[:1]
        facts = [c.item for c in close if isinstance(c.item, LoadedFact)]
        fact = min(facts, key=lambda f: self.index.source_date(f.source))
        source = self.index.kb.sources[fact.source].source
        where = ", ".join(p for p in (source.dateline.city, source.dateline.country) if p)
        lines = [
            f"**{source.publisher}**, {where}, {format_date(source.date.isoformat())}: "
            f"“{source.title}”",
            fact.text.strip(),
        ]
        return answered(
            self.index, q.question, "\n".join(lines), [fact.source], entities=fact.about
        )

    def _taken_title_terms(self, q: Query, clause: list[str]) -> frozenset[str]:
        """The title the clause says was taken: its content words (stems, titles spelled
        out) less the subjects' names and the verbs of taking one."""
        named = {
            t
            for e in q.subjects
            for label in (self.index.entity(e).name, *self.index.entity(e).aliases)
            for t in content_terms(label)
        }
        return (
            frozenset(t for t in content_terms(" ".join(spelled_title(clause))) if t not in named)
            - _START_STEMS
            - {stem(w) for w in _TOOK_WORDS}
        )


def _takes_title(text: str, title: frozenset[str]) -> bool:
    """Whether a verb of taking a title in ``text`` is followed, in the same sentence,
    by a word of ``title`` (stems): "became President of …", "was named the Network's
    Chief Scientist"; not "X, President of Y, becomes Chair of …"."""
    for match in _TOOK.finditer(text):
        # "Named Dr. Elena MARSH … as Chief Scientist": an honorific's full stop ends no
        # sentence.
        rest = re.split(r"[.;]", _HONORIFIC_STOP.sub(r"\1", text[match.end() :]), maxsplit=1)[0]
        if set(content_terms(rest)) & title:
            return True
    return False
