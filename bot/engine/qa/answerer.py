"""The question pipeline, stage by stage: read → parse → plan → answer → cite.

1. **Read** (``read.py``): chat filler, a preamble ("For the deck: …") and misspelt
   grammar words are cleaned up; the kind of answer wanted is noted.
2. **Parse** (``query.py``, ``subjects.py``): subjects as entity ids (by name, alias,
   partial name, typo, description or role), content words, time constraint, answer type.
3. **Plan** (here): a question with two parts ("what is X and who leads it") or two
   speakers ("what did A and B each say") becomes several queries answered together.
4. **Answer** (``executors/``): an executor per kind, over roles, quotes, facts (BM25
   from ``retrieve.py`` as the retriever), lists, release metadata, yes/no, arithmetic.
5. **Cite** (``compose.py``): every answered reply cites the releases it shows.

The answerer never calls into the engine: when another command's answer is wanted (an
entity card, a quote page) it returns a ``FollowUp`` that the engine runs.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from bot import limits
from bot.engine.answer import Answer, Choice, Status
from bot.engine.qa.executors import Executors, Result
from bot.engine.qa.followup import FollowUp, LookUp, ShowEntity, Step
from bot.engine.qa.query import AnswerType, Query, QueryParser
from bot.engine.qa.read import ANSWER_TYPE_TERMS, RELATION_TERMS, understand
from bot.engine.qa.retrieve import Retriever
from bot.engine.qa.subjects import DescriptionResolver, NameFinder
from bot.engine.qa.vocabulary import (
    BACK_REFERENCES,
    DATELINE_WORDS,
    HEADLINE_WORDS,
    PUBLISHER_WORDS,
    ROLE_TERMS,
    TITLE_WORDS,
)
from bot.engine.request import Request
from bot.engine.text import clip, echo
from bot.kb.models import EntityKind
from bot.search.index import Index
from bot.search.terms import content_terms, stem
from bot.textnorm import normalize

# The work bound of one question, checked at the entry (issue 14: a crowd of long
# questions made of the knowledge base's own words held the bot for seconds). Mention
# search makes up to MAX_MENTION_WORDS exact lookups and three fuzzy searches per word,
# and ranking reads the postings of every distinct content word, so bounding both
# bounds a question's work. Past either bound the answer says the question is too long.
MAX_QUESTION_WORDS = 50
MAX_QUESTION_TERMS = 25
# A name shared by more people than this lists only the first ones.
MAX_SAME_NAME_CHOICES = 25
# At most this many parts (or speakers) are answered in one reply.
MAX_PARTS = 3
# "For the comms deck: what …": a short preamble before a colon is context, not question.
_PREAMBLE = re.compile(r"^[^:?]{1,80}:\s+(?=\S)")
_WH = frozenset("who whom what when where which how why".split())
_SOURCE_TRIGGERS = frozenset(
    "release releases announcement newswire newswires wire wires dateline datelined publisher "
    "headline".split()
)


# Words of a role question beyond the title ("who is X's founder?" asks nothing more).
_ROLE_ASK_TERMS = frozenset(stem(w) for w in (*TITLE_WORDS, "current", "currently", "now"))
# Words that ask for a field of the release itself, whatever else the question names.
_FIELD_WORDS = (DATELINE_WORDS | HEADLINE_WORDS | PUBLISHER_WORDS) - {"title", "published"}


def known_word(index: Index, word: str) -> bool:
    """Whether the knowledge base has ``word``, as a term (stemmed) or in a name.

    A module function, bound with ``functools.partial``: a bound method of the answerer
    handed to its own parser made a reference cycle, and a frozen cycle (service.py
    freezes each snapshot for the garbage collector) is never freed after a reload.
    """
    return index.terms.known(stem(word)) or index.names.has_word(word)


class QuestionAnswerer:
    def __init__(self, index: Index, prefix: str = "!") -> None:
        self.index = index
        self.prefix = prefix
        self.retriever = Retriever(index)
        self.finder = NameFinder(index)
        self.parser = QueryParser(
            index,
            self.finder,
            DescriptionResolver(index, index.terms, self.retriever),
            functools.partial(known_word, index),
        )
        self.run = Executors(index, self.retriever, prefix)

    def _known_word(self, word: str) -> bool:
        return known_word(self.index, word)

    def answer(self, request: Request) -> Answer | FollowUp:
        question = request.argument
        text = _PREAMBLE.sub("", question.strip(), count=1) or question
        key = normalize(text)
        if not key:
            return self._usage()
        if (
            len(key.split()) > MAX_QUESTION_WORDS
            or len(set(content_terms(key))) > MAX_QUESTION_TERMS
        ):
            return self._too_long()
        read = understand(key, self._known_word)
        words = list(read.words)
        if not words:
            return self._usage()

        # "Which releases mention X?" asks about the releases, not what X is.
        subject = None if read.meta else self.finder.definition(read.key)
        if subject is not None:
            # Answered like !what / !who, which also reports two equally good matches.
            command = "who" if words[0] in ("who", "whom") else "what"
            return FollowUp((LookUp(Request(command, subject)),))

        parts = _split(words)
        if len(parts) > 1:
            results: list[Step] = []
            previous: Query | None = None
            for part in parts[:MAX_PARTS]:
                part_words = part
                if previous is not None and previous.subjects:
                    part_words = _resolve_back(part, self.index.entity(previous.subjects[0]).name)
                q = self.parser.parse(question, understand(" ".join(part_words), self._known_word))
                if not q.subjects and previous is not None and not q.terms:
                    continue  # "…, and in what year?": the first part's answer has it
                step = self._answer_query(q)
                if step is None:
                    step = self.run.not_found(q)
                results.extend(_steps(step))
                previous = q
            if len(results) == 1:
                return _as_result(results[0])
            return FollowUp(tuple(results), title=echo(question))

        q = self.parser.parse(question, read)
        if (
            not q.subjects
            and not q.terms
            and not q.meta
            and not q.role_asks
            and not q.time.bounded
            and not q.same_name
        ):
            if q.quote:
                return _combined(self.run.quotes(q), question) or self._usage()
            return self._usage()
        return _combined(self._answer_query(q), question) or self.run.not_found(q)

    def _answer_query(self, q: Query) -> Result | list[Result]:
        run = self.run
        words = set(q.words)
        if q.same_name:
            return self._same_name(q)
        if q.meta == "speakers":
            return run.speakers(q)
        related = run.relations(q)
        if related is not None:
            return related
        if q.list_kinds and words & {"release", "releases", "announcement"} and not q.subjects:
            listed = run.listing(q)
            if listed is not None:
                return listed
        if q.answer_type is AnswerType.SOURCE or (
            words & _SOURCE_TRIGGERS
            and (not q.subjects or q.meta == "sources" or words & _FIELD_WORDS)
            and not q.quote
            and not (q.terms and words & {"about"} and not words & _FIELD_WORDS)
        ):
            found = run.source(q)
            if found is not None:
                return found
        if q.meta == "summary" and not q.subjects:
            return run.summary(q)
        if q.quote:
            return run.quotes(q)
        if q.answer_type is AnswerType.YES_NO:
            found = run.yes_no(q)
            if found is not None:
                return found
        role_answer: Result = None
        if q.role_asks and q.answer_type in (AnswerType.PERSON, AnswerType.ANY, AnswerType.ROLE):
            role_answer = run.person_by_role(q)
            specific = bool(set(q.terms) - _ROLE_ASK_TERMS)
            answered_by_role = (
                isinstance(role_answer, Answer) and role_answer.status is Status.ANSWERED
            )
            if answered_by_role and not specific:
                return role_answer
            if specific:
                # "Who was appointed President of X in 2008?": the facts about X and the
                # title, not about whoever the roles name today.
                ask = q.role_asks[0]
                holders = set(ask.holders)
                q = dataclasses.replace(
                    q,
                    subjects=tuple(
                        dict.fromkeys(
                            [ask.organization, *(e for e in q.subjects if e not in holders)]
                        )
                    ),
                    terms=(*q.terms, *content_terms(" ".join(ask.words))),
                )
            elif not specific:
                # Nobody holds it in the roles; a fact may still name them ("X was
                # appointed President of Y in 2008"), else the role's answer stands.
                # Only a fact about Y naming the title answers; any fact about Y does not.
                ask = q.role_asks[0]
                found = run.facts(q, [*q.terms, *content_terms(" ".join(ask.words))])
                if isinstance(found, Answer) and ask.organization not in found.entities:
                    found = None
                return found if found is not None else role_answer
        people = [e for e in q.subjects if e in self.index.person_ids]
        role_terms = set(q.terms) & ROLE_TERMS
        if (
            people
            and role_terms
            and not set(q.terms) - ROLE_TERMS - RELATION_TERMS - {stem("hold")}
        ):
            found = run.role(q)
            if found is not None:
                return found
        if q.answer_type is AnswerType.ROLE and people:
            found = run.role(q)
            if found is not None:
                return found
        if len(q.time.points) == 2 and q.answer_type in (AnswerType.NUMBER, AnswerType.ANY):
            found = run.change(q)
            if found is not None:
                return found
        if q.answer_type is AnswerType.NUMBER and words & {"times", "often"}:
            found = run.occurrences(q)
            if found is not None:
                return found
        if q.answer_type is AnswerType.NUMBER:
            found = run.arithmetic(q)
            if found is not None:
                return found
        if q.list_kinds and q.answer_type is AnswerType.NUMBER:
            # A number the releases state beats counting the things they link.
            found = run.facts(q, [t for t in q.terms if t not in ANSWER_TYPE_TERMS[None]])
            if found is not None:
                return found
        if q.list_kinds and q.answer_type in (AnswerType.LIST, AnswerType.NUMBER):
            found = run.listing(q)
            if found is not None:
                return found
        # Two subjects and nothing else asked: each one's card ("who are A and B?").
        terms = [
            t for t in q.terms if t not in ANSWER_TYPE_TERMS[q.wants] | ANSWER_TYPE_TERMS[None]
        ]
        if q.subjects:
            terms = [t for t in terms if t not in RELATION_TERMS]
        if not terms and q.subjects and q.wants is None and not q.time.bounded:
            if q.described and len(q.subjects) == 1:
                return ShowEntity(
                    q.subjects[0], "who" if q.subjects[0] in self.index.person_ids else "what"
                )
            if len(q.subjects) > 1 and q.answer_type in (AnswerType.ANY, AnswerType.PERSON):
                return [
                    ShowEntity(e, "who" if e in self.index.person_ids else "what")
                    for e in q.subjects[:MAX_PARTS]
                ]
            if len(q.subjects) == 1:
                return ShowEntity(q.subjects[0])
        if q.time.bounded and not terms:
            return run.dated(q)
        if not terms and not q.subjects:
            return None
        found = run.facts(q, terms)
        if found is not None:
            return run.of_listed_kind(q, found)
        if role_answer is not None:
            return role_answer
        if q.wants in ("date", "place") and q.subjects:
            # "Where was the meeting hosted?": an event's own date and place.
            found = run.when_where(q)
            if found is not None:
                return found
        if (
            q.wants is None
            and q.answer_type is AnswerType.ANY
            and len(q.subjects) == 1
            and terms
            and all(self.index.terms.known(t) for t in terms)
        ):
            # "What's the aim of X?" in words no fact uses: what the releases say about X.
            return ShowEntity(q.subjects[0])
        if q.words and q.words[0] == "why" and q.subjects:
            return run.false_premise(q)
        return None

    def _same_name(self, q: Query) -> Answer:
        """ "What does Ma do?" with two people named Ma: ask which, re-asking with each name."""
        index = self.index
        same = q.same_name[0]
        choices = []
        for person in same.people[:MAX_SAME_NAME_CHOICES]:
            name = index.entity(person).name
            words = list(q.words)
            words[same.position] = name
            role = index.role_as_of(person)
            detail = (
                index.role_text(role, with_date=False) if role else index.entity(person).kind.value
            )
            choices.append(
                Choice(
                    label=clip(f"{name} — {detail}", limits.SELECT_LABEL_CHARS),
                    command=" ".join(words),
                )
            )
        lines = "\n".join(f"• {c.label}" for c in choices)
        return Answer(
            status=Status.AMBIGUOUS,
            title="Which one did you mean?",
            text=f"“{echo(same.word)}” names more than one entry:\n{lines}",
            choices=tuple(choices),
            entities=same.people,
            command="question",
        )

    def _too_long(self) -> Answer:
        return Answer(
            status=Status.USAGE,
            text=(
                "That question is too long for me. Please ask one thing at a time, in at most "
                f"{MAX_QUESTION_WORDS} words, e.g. “when did they meet?”."
            ),
            command="too_long",
        )

    def _usage(self) -> Answer:
        p = self.prefix
        return Answer(
            status=Status.USAGE,
            text=(
                "Ask me about the press releases I know, e.g. “when did they meet?” or "
                f"“what is the eWTP?”. Commands: `{p}quote`, `{p}what`, `{p}who`, `{p}sources`, `{p}help`."
            ),
            command="question",
        )


def _steps(result: Result | list[Result]) -> list[Step]:
    """An executor's result as the steps it holds (none for None)."""
    items = result if isinstance(result, list) else [result]
    return [item for item in items if item is not None]


def _combined(result: Result | list[Result], question: str) -> Answer | FollowUp | None:
    """One step as itself; several as one follow-up titled with the question; None when
    the executors had nothing."""
    steps = _steps(result)
    if not steps:
        return None
    if len(steps) == 1:
        return _as_result(steps[0])
    return FollowUp(tuple(steps), title=echo(question))


def _as_result(step: Step | None) -> Answer | FollowUp:
    if isinstance(step, Answer):
        return step
    assert step is not None
    return FollowUp((step,))


def _split(words: list[str]) -> list[list[str]]:
    """ "what is X and who leads it" → two parts; "when and where did…" → two, sharing the rest."""
    if len(words) > 3 and words[0] in _WH and words[1] == "and" and words[2] in _WH:
        rest = words[3:]
        return [[words[0], *rest], [words[2], *rest]]
    for k in range(2, len(words) - 1):
        if words[k] != "and":
            continue
        nxt = words[k + 1]
        if nxt in ("in", "on", "at") and k + 2 < len(words) and words[k + 2] in _WH:
            return [words[:k], words[k + 1 :]]
        if nxt in _WH:
            return [words[:k], words[k + 1 :]]
    return [words]


def _resolve_back(words: list[str], name: str) -> list[str]:
    """ "who leads it" after "what is UNIDO": the pronoun stands for the first part's subject."""
    out: list[str] = []
    replaced = False
    for w in words:
        if not replaced and w in BACK_REFERENCES:
            out.extend(normalize(name).split())
            replaced = True
        else:
            out.append(w)
    return out


_ = (DATELINE_WORDS, HEADLINE_WORDS, PUBLISHER_WORDS, EntityKind)
