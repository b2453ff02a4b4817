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
import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from bot import limits, stages
from bot.engine.answer import Answer, Choice, Status
from bot.engine.details import entity_detail, listed_lines
from bot.engine.examples import examples_of
from bot.engine.qa.claimed_titles import title_of_another
from bot.engine.qa.claims import without_guess
from bot.engine.qa.compose import answered
from bot.engine.qa.datelined import dated_releases
from bot.engine.qa.ends import Relation, ago_event, two_ends
from bot.engine.qa.event_choice import settle_events
from bot.engine.qa.executors import Executors, Result
from bot.engine.qa.executors.exclusion import Exclusion, split_exclusion
from bot.engine.qa.executors.holder_at_event import holder_clause
from bot.engine.qa.executors.items import COUNT_VERBS, list_noun
from bot.engine.qa.executors.role_at_event import event_clause, title_clause
from bot.engine.qa.executors.title_quotes import said_at_event
from bot.engine.qa.figure_subjects import main_sentence, off_subject
from bot.engine.qa.followup import FollowUp, LookUp, ShowEntity, ShowQuote, Step
from bot.engine.qa.gate import counted_verb, gate, unsaid_doing
from bot.engine.qa.held_on import ReleaseDay
from bot.engine.qa.identifying import without_identifying_clause
from bot.engine.qa.measures import joined_words
from bot.engine.qa.namesake_pick import (
    namesake_by_organisation,
    namesake_by_quote_topic,
    namesake_by_statement_topic,
    own_organisation,
    settled_by_shared_word,
)
from bot.engine.qa.partial_names import names_someone_else
from bot.engine.qa.prices import priced_thing, states_price_of
from bot.engine.qa.query import AnswerType, Query, QueryParser, RoleAsk
from bot.engine.qa.read import (
    ANSWER_TYPE_TERMS,
    RELATION_TERMS,
    buried_questions,
    count_after_statement,
    event_clause_last,
    kind_named_after,
    question_about_statement,
    understand,
    without_chat_tail,
)
from bot.engine.qa.references import plural_referents
from bot.engine.qa.relative import without_relative_clause
from bot.engine.qa.retrieve import Retriever
from bot.engine.qa.subjects import (
    DescriptionResolver,
    Mention,
    NameFinder,
    role_fits,
    title_modifiers,
)
from bot.engine.qa.vocabulary import (
    BACK_REFERENCES,
    CONTINUING_WORDS,
    DATELINE_WORDS,
    HEADLINE_WORDS,
    INTENT_WORDS,
    KIND_NOUNS,
    NUMBER_WORDS,
    PRESENT_AUX,
    PUBLISHER_WORDS,
    ROLE_TERMS,
    SHAPE_WORDS,
    TITLE_WORDS,
)
from bot.engine.request import COMMANDS, Request
from bot.engine.text import clip, echo
from bot.kb.models import EntityKind
from bot.search.index import Index
from bot.search.synonyms import synonyms
from bot.search.terms import STOP_WORDS, content_terms, index_term, stem
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
# "…: which came first?" asks about what precedes the colon.
_ORDER_ONLY = re.compile(
    r"^\s*(?:which|what)\s+\w+\s+(?:first|earlier|earliest|later|last|sooner|older)\W*$",
    re.IGNORECASE,
)
# "The framework: how long does it run?", "Re the eWTP - who started it?": a topic named
# before the question. A topic that is itself a question ("which came first: A or B?")
# is kept as it is.
_TOPIC_SPLIT = re.compile(
    r"^\s*(?P<topic>[^:?—–]{1,80}?)\s*(?P<sep>:|\s[—–-]{1,2})\s+(?P<rest>\S.*)$", re.S
)
# After a dash the rest must open as a question: "did Li Yong - the DG - meet Jack Ma?" is
# one question with an aside.
_QUESTION_OPENING = re.compile(
    r"(?:who|whom|what|when|where|which|how|why|is|are|was|were|did|does|do|has|have|can|"
    r"will|could)\b",
    re.IGNORECASE,
)
# What stands for the topic in the question: a pronoun, or "that"/"this" at most two
# words from its end ("how many years is that in total?"), where it is no conjunction.
_TOPIC_PRONOUN = re.compile(r"\b(?:it|its|they|them|their)\b", re.IGNORECASE)
# Words that mark what follows as the topic ("quick one about X", "re X").
_TOPIC_MARKS = frozenset("re about regarding concerning on".split())
_TOPIC_CLOSING = re.compile(r"\b(?:that|this)\b(?=(?:\s+\w+){0,2}\s*[?.!]*\s*$)", re.IGNORECASE)
# "Everyone with the surname Ma", "all the people named Ma": a list of namesakes.
_NAMED_WORDS = frozenset("surname surnames named called name names family".split())
_EVERYONE_WORDS = frozenset("everyone everybody all people persons list anyone who".split())
_WH = frozenset("who whom what when where which how why".split())
# "What four safe things …": a count of things asked for, which is a list.
_COUNTED = frozenset(NUMBER_WORDS[2:])
# A pronoun standing for a thing in one end of a span ("this meeting" names one itself).
_END_PRONOUNS = frozenset("it its they them their".split())
_PERSONAL_PRONOUNS = frozenset("he him his she her".split())
# Pronouns that stand for a thing named before ("how many has it trained").
_THING_PRONOUNS = frozenset("it its".split())
# A topic the chat names ("about the joint thing …") is also "that" or "this".
_TOPIC_PRONOUNS = _THING_PRONOUNS | frozenset("that this".split())
# A chat's topic is at most this many words ("the joint thing the eWTP launched with two
# big international organisations back in 2017" is 14); longer is chatter.
MAX_TOPIC_WORDS = 16
# The topic a chat ends on: "…asked me about X", "one slide on X" (normalised text).
_CHAT_TOPIC = re.compile(r"\b(?:about|on|regarding)\s+(?P<topic>(?:the|that|this|our)\s.+)$")


class ChatReferent(NamedTuple):
    """What a pronoun of a buried question stands for: the words put in its place,
    and the pronouns it may replace."""

    text: str
    pronouns: frozenset[str]


_SHAPE_TERMS = frozenset(stem(w) for w in SHAPE_WORDS)
# Words of intent as the index stems them ("supposed" → "suppos").
_INTENT_TERMS = frozenset(stem(w) for w in INTENT_WORDS)
_AUXILIARIES = frozenset("did does do is was were are has have had will can".split())
_SOURCE_TRIGGERS = frozenset(
    "release releases announcement newswire newswires wire wires dateline datelined publisher "
    "headline".split()
)


_SOURCE_NOUNS = frozenset(
    "source sources title titles date dates year years story stories article articles".split()
)


# Words of a role question beyond the title ("who is X's founder?" asks nothing more).
_ROLE_ASK_TERMS = frozenset(stem(w) for w in (*TITLE_WORDS, "current", "currently", "now"))
# "Which years did X cover / span / run?": asking for a stated range.
_PERIOD_ASKS = frozenset(stem(w) for w in "cover span run ran last period".split())
# Words that ask for a field of the release itself, whatever else the question names.
_FIELD_WORDS = (DATELINE_WORDS | HEADLINE_WORDS | PUBLISHER_WORDS) - {"title", "published"}
_PUBLISHED = frozenset(("published", "publish"))


# A word more names hold than this picks out nothing (the work bound of ``in_a_name``).
MAX_NAME_OWNERS = 500


def in_a_name(index: Index, words: str) -> bool:
    """Whether a name or alias holds ``words`` (normalised, several) as whole words in a
    row: "scale up phase" in "Academy Scale-Up Phase"."""
    owners: frozenset[str] | None = None
    for word in words.split():
        found = index.names.owners_of_word(word, limit=MAX_NAME_OWNERS)
        if not found:
            if index.names.has_word(word):
                continue  # too common to narrow the names down; the others do
            return False
        owners = found if owners is None else owners & found
        if not owners:
            return False
    padded = f" {words} "
    return any(
        padded in f" {normalize(label)} "
        for e in sorted(owners or ())
        for label in (index.entity(e).name, *index.entity(e).aliases)
    )


def known_word(index: Index, word: str) -> bool:
    """Whether the knowledge base has ``word``, as a term (stemmed), in a name, in a
    release's publisher or dateline ("GlobeNewswire"), or has a thesaurus synonym of
    it: "CO2" is known where a release writes "carbon dioxide", so the question is
    answered rather than told the releases never mention it.

    A module function, bound with ``functools.partial``: a bound method of the answerer
    handed to its own parser made a reference cycle, and a frozen cycle (service.py
    freezes each snapshot for the garbage collector) is never freed after a reload.

    A run of words ("scale up phase", a thesaurus phrase with a word beside it) is known
    when a name or alias holds it word for word (``in_a_name``).
    """
    if " " in word:
        return in_a_name(index, word)
    term = stem(word)
    return (
        index.terms.known(term)
        or index.names.has_word(word)
        or normalize(word) in index.release_words
        or any(index.terms.known(t) for t in synonyms(index_term(word)))
    )


class QuestionAnswerer:
    def __init__(
        self, index: Index, prefix: str = "!", previous: QuestionAnswerer | None = None
    ) -> None:
        """``previous``: the answerer of the snapshot this one replaces (still serving,
        only read), whose tables are updated rather than made again where cheaper."""
        self.index = index
        self.prefix = prefix
        with stages.stage("question tables.retriever"):
            self.retriever = Retriever(index)
        self.finder = NameFinder(index)
        with stages.stage("question tables.parser"):
            self.parser = QueryParser(
                index,
                self.finder,
                DescriptionResolver(index, index.terms, self.retriever),
                functools.partial(known_word, index),
                previous.parser if previous is not None else None,
            )
        self.run = Executors(index, self.retriever, prefix)

    def _newest_release_date(self) -> dt.date | None:
        """ "Today" for a request that gives no date (a test, a benchmark): the newest
        release's date, so that the answer depends on the knowledge only."""
        newest = self.index.sources_newest
        if not newest:
            return None
        day = self.index.source_date(newest[0].id)
        return ReleaseDay(day.year, day.month, day.day)

    def _known_word(self, word: str) -> bool:
        return known_word(self.index, word)

    def answer(self, request: Request) -> Answer | FollowUp:
        question = request.argument
        # A question buried in chatter is found first, whatever the message's length (the
        # front doors cap a message's characters): each clause found is then answered
        # within the bounds below, and at most MAX_PARTS of them, so a long message costs
        # at most MAX_PARTS questions' work. Real members write long messages around a
        # short question; only a long message with no question clause is "too long".
        buried = buried_questions(question)
        if buried and not self._topic_stands_in(question):
            # A long chat message with its question(s) inside: each one answered.
            return self._answer_buried(request, buried)
        # "Who started X? just Y?": the question, not the guess after it (claims.py); and
        # "The China-UNIDO framework: how long does it run?": the topic named first is
        # what the pronoun stands for.
        asked = without_guess(question.strip()) or question
        # "…? cheers mate", "…? ||spoiler||": chat after the question mark.
        asked = kind_named_after(without_chat_tail(asked, self._known_word))
        asked = question_about_statement(count_after_statement(event_clause_last(asked)))
        text = self._with_topic(asked) or asked
        if _ORDER_ONLY.match(text):
            text = question  # "A or B: which came first?": the options are before it
        # "The Geneva release": the one release datelined there, by its year.
        key = " ".join(dated_releases(self.index, normalize(text).split()))
        if not key:
            return self._usage()
        if (
            len(key.split()) > MAX_QUESTION_WORDS
            or len(set(content_terms(key))) > MAX_QUESTION_TERMS
        ):
            return self._too_long()
        read = understand(key, self._known_word, joined_words(text))
        words = list(read.words)
        if not words:
            return self._usage()
        # The engine reads no clock: the front door says when the question is asked.
        today = request.today or self._newest_release_date()

        # "Apart from X, what else did they discuss?": the rest, with X set aside.
        aside = split_exclusion(read.words)
        if aside is not None:
            found = self._answer_excluding(aside, question, today)
            if found is not None:
                return found

        # "Which releases mention X?" asks about the releases, not what X is.
        subject = None if read.meta else self.finder.definition(read.key, text)
        if subject is not None:
            # Answered like !what / !who, which also reports two equally good matches.
            command = "who" if words[0] in ("who", "whom") else "what"
            return FollowUp((LookUp(Request(command, subject)),))

        parts = _split(words)
        if len(parts) > 1 and all(_asks_roles_only(p) for p in parts[1:]):
            # "Who attended the signing and in what capacity?": the people, with titles.
            people = self.run.participants(self.parser.parse(question, read, today=today))
            if isinstance(people, Answer):
                return people
        if len(parts) > 1:
            results: list[Step] = []
            previous: Query | None = None
            before: Step | None = None  # the answer to the part before
            previous_words: list[str] | None = None
            for part in parts[:MAX_PARTS]:
                part_words = part
                again = _same_ask_at(part, previous_words)
                if again is not None:
                    # "What share were women in 2021, and what was it in 2022?": the
                    # part before, asked of the new time.
                    part = part_words = again
                elif previous is not None and previous.subjects:
                    # "…and what are their jobs": the people the part before is about.
                    named = before.entities if isinstance(before, Answer) else ()
                    people = plural_referents(self.index, part, previous.subjects, named)
                    referent = " and ".join(self.index.entity(e).name for e in people)
                    part_words = own_organisation(self.index, part, previous.subjects) or part
                    part_words = _resolve_back(
                        part_words,
                        referent
                        or self.index.entity(_referent(self.index, part, previous, named)).name,
                    )
                # Each part is titled with its own words as typed ("who supports it", under
                # the question that says what "it" is), so that the reply's heading (the
                # whole question) is not repeated above the first part.
                asked = part
                if isinstance(before, Answer):
                    # "…, and what did it launch the following year?": the year after the
                    # one the part before answered with (the part is titled with it).
                    dated = relative_year(part, before.text)
                    if dated != part:
                        asked = dated
                        part_words = relative_year(part_words, before.text)
                part_text = " ".join(part_words)
                q = self.parser.parse(
                    " ".join(asked), understand(part_text, self._known_word), today=today
                )
                if not q.subjects and previous is not None and not q.terms and asked is part:
                    # "…, and in what year?": the first part's answer has it. A part made
                    # a year ("…, and what happened the year after?") is a question.
                    continue
                if not q.subjects and previous is not None and part[0] in _PART_PREPOSITIONS:
                    # "How much is the extension, and for which years?": the thing the
                    # part before named, in its words, is what the part asks about.
                    # Its verb and time first ("…commit in 2021, and for which years?":
                    # the years of that commitment, not of another sum it names); the
                    # thing alone when that answers nothing new ("who gave the grant and
                    # for which years?": the grant's years, not the giving again).
                    carried = _after_opener(previous_words or [])
                    named = _first_named_words(previous)
                    for words in [w for w in (carried, named) if w] or [[]]:
                        again = [*part_words, *words]
                        q = self.parser.parse(
                            " ".join(asked),
                            understand(" ".join(again), self._known_word),
                            today=today,
                        )
                        step = self._answer_query(q)
                        if (
                            step is not None
                            and not _unanswered(step)
                            and not _repeats(step, before)
                        ):
                            break
                else:
                    step = self._answer_query(q)
                if (
                    not q.subjects
                    and isinstance(before, Answer)
                    and before.entities
                    and (step is None or _unanswered(step))
                ):
                    # "How much did the Trust commit, and what does the money cover?": a
                    # part naming nothing is about what the part before answered with.
                    step = self.run.follow_on(q, before.entities, before.text) or step
                step = self._typed_or(q, step)
                before = next(iter(_steps(step)), None)
                if step is None:
                    step = self.run.not_found(q)
                results.extend(_steps(step))
                previous = q
                previous_words = part_words
            if len(results) == 1:
                only = results[0]
                if isinstance(only, Answer):
                    only = dataclasses.replace(only, title=echo(question))
                return _as_result(only)
            return FollowUp(tuple(results), title=echo(question))

        q = self.parser.parse(question, read, today=today)
        # "Who founded the giant that hosted the meeting?": the clause picks the giant.
        q = without_relative_clause(self.parser, self.index, q, read, today) or q
        # "What does the Varga who works at X do?": the clause only says which Varga.
        q = without_identifying_clause(self.parser, self.index, q, read, today) or q
        if (
            not q.quote
            and _according_to_speaker(self.index, q)
            and not _asks_plural(q)
            and not set(q.words) & _COUNTED
        ):
            # "According to Li Yong, which mandate does X fit?": the speaker's words; a
            # list asked of them ("what four things …, according to X?") stays a list.
            q = dataclasses.replace(q, quote=True, answer_type=AnswerType.QUOTE)
        at_end = self.run.release_at_end(q)
        if at_end is not None:
            # "What is the newest release?": no subject and no term, but a release.
            return at_end
        if (
            not q.subjects
            and not q.terms
            and not q.meta
            and not q.role_asks
            and not q.time.bounded
            and not q.same_name
        ):
            # "How many releases are there?": a count of the base's own releases.
            counted = self.run.release_count(q)
            if isinstance(counted, Answer):
                return counted
            if q.quote:
                return _combined(self.run.quotes(q), question) or self._usage()
            return self._usage()
        return _combined(self._typed_or(q, self._answer_query(q)), question) or self.run.not_found(
            q
        )

    def _typed_or(self, q: Query, result: Result | list[Result]) -> Result | list[Result]:
        """``result``, unless it is not_found (or nothing): then the statement carrying a
        value of the type ``q`` asks for (``typed_fallback.py``), when one does."""
        if _steps(result) and not _not_found(result):
            return result
        typed = self.run.typed_value(q)
        return typed if typed is not None else result

    def _with_topic(self, question: str) -> str:
        """ "<topic>: <question>" (or a dash) as one question. The topic (when it names
        something, ``find_mentions``; chat before a topic mark such as "quick one about"
        is dropped) takes the place of the pronoun that stands for it, or opens the
        question when that names nothing itself ("The framework: how many years?", "A and B - how many years
        apart?"). A topic naming nothing is chat ("For the deck: …") and goes; after a
        dash, the question is kept whole."""
        match = _TOPIC_SPLIT.match(question)
        if match is None:
            return question
        topic, rest = match["topic"], match["rest"]
        topic_words = normalize(topic).split()
        if not topic_words or topic_words[0] in _WH:
            return question
        dash = match["sep"] != ":"
        if dash and not _QUESTION_OPENING.match(rest):
            return question
        mentions = self.finder.find_mentions(topic_words)
        if not mentions:
            return question if dash else rest
        # The topic from its first named thing's side: "quick one about the academy" is
        # the academy; but "the 2018-2021 framework" keeps its years.
        first = min(m.words[0] for m in mentions)
        cut = max(
            (i + 1 for i, w in enumerate(topic_words[:first]) if w in _TOPIC_MARKS), default=0
        )
        named = " ".join(topic_words[cut:])
        pronoun = _TOPIC_PRONOUN.search(rest) or _TOPIC_CLOSING.search(rest)
        if pronoun is not None:
            if pronoun[0].casefold() in ("its", "their"):
                named += "'s"
            return f"{rest[: pronoun.start()]}{named}{rest[pronoun.end() :]}"
        if not self.finder.find_mentions(normalize(rest).split()):
            return f"{named} {rest}"
        return rest

    def _topic_stands_in(self, question: str) -> bool:
        """Whether "<topic> - <question with a pronoun for it>" ("the partners met in
        Hangzhou in 2024 - how many years after the first meeting was that?"): then the
        topic is part of the question (``_with_topic``), not chatter around it."""
        match = _TOPIC_SPLIT.match(question)
        if match is None or not _QUESTION_OPENING.match(match["rest"]):
            return False
        rest = match["rest"]
        if not (_TOPIC_PRONOUN.search(rest) or _TOPIC_CLOSING.search(rest)):
            return False
        return bool(self.finder.find_mentions(normalize(match["topic"]).split()))

    def _answer_buried(self, request: Request, clauses: list[str]) -> Answer | FollowUp:
        """The question clauses of a long message, each answered as a question of its
        own, a pronoun in a later one standing for the first one's first subject."""
        steps: list[Step] = []
        subjects: tuple[str, ...] = ()
        # "…one slide on the academy, basically how many people it has trained…": a
        # pronoun in a question before any names something stands for the one thing
        # the chat before the questions names.
        context = self._chat_referent(request.argument, clauses[0])
        for clause in clauses[:MAX_PARTS]:
            words = normalize(clause).split()
            if (
                not subjects
                and context is not None
                and set(words) & context.pronouns
                and not self._names_something(clause)
            ):
                clause = " ".join(_resolve_back(words, context.text, context.pronouns))
            elif subjects:
                # "he", "she" stand for a person the first clause named, before a thing.
                personal = bool(set(words) & _PERSONAL_PRONOUNS)
                people = [e for e in subjects if e in self.index.person_ids]
                referent = people[0] if personal and people else subjects[0]
                clause = " ".join(_resolve_back(words, self.index.entity(referent).name))
            if steps and isinstance(steps[0], Answer):
                # "…, and what did it launch the following year?": after the first answer's.
                clause = " ".join(relative_year(clause.split(), steps[0].text))
            answer = self.answer(dataclasses.replace(request, argument=clause))
            if not subjects:
                read = understand(normalize(clause), self._known_word)
                subjects = self.parser.parse(clause, read).subjects
            steps.extend(answer.steps if isinstance(answer, FollowUp) else [answer])
        if len(steps) == 1 and isinstance(steps[0], Answer):
            return dataclasses.replace(
                steps[0], title=clip(echo(request.argument), limits.EMBED_TITLE_CHARS)
            )
        return FollowUp(tuple(steps), title=echo(request.argument))

    def _names_something(self, clause: str) -> bool:
        """Whether a clause names an entity of its own ("…did X and Y have that
        meeting?": "that" is then a determiner, not the chat's topic)."""
        key = normalize(clause)
        return bool(key and self.parser.parse(clause, understand(key, self._known_word)).subjects)

    def _chat_referent(self, message: str, first_clause: str) -> ChatReferent | None:
        """What a pronoun in the first question clause of a long message stands for:
        the topic the chat names last ("…asked me about the joint thing the eWTP
        launched in 2017, what was that called?"), when it names something the
        releases know; else the one entity the chat names ("…one slide on the academy,
        basically how many people it has trained…"). None otherwise."""
        at = message.casefold().find(" ".join(first_clause.split()[1:4]).casefold())
        if at <= 0:
            return None
        lead = message[:at]
        # The chat ends at the last clause mark before the question ("…, basically how").
        cut = max(lead.rfind(mark) for mark in ",;:!?.")
        lead = lead[:cut] if cut > 0 else lead
        key = normalize(lead)
        if not key:
            return None
        # The topic is the chat's last clause's ("…asked me about X"), of a few words.
        last = normalize(re.split(r"[,;:!?.](?=\s|$)", lead)[-1])
        topic = _CHAT_TOPIC.search(last)
        if topic is not None and len(topic["topic"].split()) <= MAX_TOPIC_WORDS:
            phrase = topic["topic"]
            if self.parser.parse(phrase, understand(phrase, self._known_word)).subjects:
                return ChatReferent(phrase, _TOPIC_PRONOUNS)
        found = self.parser.parse(lead, understand(key, self._known_word)).subjects
        if len(found) != 1:
            return None
        return ChatReferent(self.index.entity(found[0]).name, _THING_PRONOUNS)

    def _answer_excluding(
        self, aside: Exclusion, question: str, today: dt.date | None
    ) -> Answer | None:
        """The question's rest answered without the set-aside entities; None when the
        set-aside words name no entity or nothing else answers."""
        aside_text = " ".join(aside.aside)
        excluded = self.parser.parse(
            aside_text, understand(aside_text, self._known_word), today=today
        ).subjects
        rest = " ".join(aside.rest)
        q = self.parser.parse(rest, understand(rest, self._known_word), today=today)
        found = self.run.other_than(q, excluded)
        if found is None:
            # "Which other companies initiated X besides A?" and only A did: not found,
            # rather than the whole question answered with A.
            found = self.run.none_other(dataclasses.replace(q, question=question), excluded)
        if not isinstance(found, Answer):
            return None
        return dataclasses.replace(found, title=clip(echo(question), limits.EMBED_TITLE_CHARS))

    def _answer_query(self, q: Query) -> Result | list[Result]:
        """What the executors answer to ``q``, through the relevance gate (gate.py): a
        reply that does not state what is asked becomes not_found."""
        return gate(self.index, q, self._executors_answer(q))

    def _executors_answer(self, q: Query) -> Result | list[Result]:
        run = self.run
        words = set(q.words)
        mentioned = run.release_mentions(q)
        if mentioned is not None:
            # "Did the 2020 release mention X?": that release's own text, yes or no.
            return mentioned
        counted = run.quote_count(q)
        if counted is not None:
            # "How many quotes are there?": a count of the base's own quotes.
            return counted
        backers = run.round_backers(q)
        if backers is not None:
            # "Who led X's Series A?": the round's investors, not X's leaders.
            return backers
        funding = run.funders(q)
        if funding is not None:
            # "Who funds X?": the givers of the sums the releases report.
            return funding
        together = run.namesakes_together(q)
        if together is not None:
            # "Are the two DTAs connected?": about the namesakes, not one of them.
            return together
        qualified = run.qualified_title(q)
        if qualified is not None:
            # "UNIDO's deputy director general": not the Director General.
            return qualified
        ended = run.ended_title_now(q)
        if ended is not None:
            # "Who is Nordalink's CTO now?" when the one CTO given left it: not their card.
            return ended
        if q.same_name:
            shared = self._title_at_shared_name(q)
            if shared is not None:
                return shared
            settled = self._namesake_settled(q)
            if settled is not None:
                # "Who is the Ma who works at the Academy?": the Ma with a title there.
                return settled
            at = q.same_name[0].position
            if set(q.words[max(0, at - 2) : at]) & _NAMED_WORDS and words & _EVERYONE_WORDS:
                # "List everyone with the surname Ma": the namesakes are the answer.
                return self._namesakes_listed(q)
            return self._same_name(q)
        named = settled_by_shared_word(self.index, q)
        if named is not None:
            # "Which Okoro works at the Fund?", "which HTL does P run?": the one the
            # surname or shared acronym was settled to.
            return ShowEntity(named, "who" if named in self.index.person_ids else "what")
        described = _described_is_asked(q)
        if described is not None:
            # "Which company is described as the largest online commerce company?": the
            # description resolved (subjects.py) is the answer, not a list of companies.
            return ShowEntity(described, "who" if described in self.index.person_ids else "what")
        if q.meta == "speakers":
            # "In which years was X quoted?" asks about one speaker's quotes, not who is.
            return run.quote_years(dataclasses.replace(q, quote=True)) or run.speakers(q)
        for shape in run.statement_shapes:
            found = shape(q)
            if found is not None:
                return found
        # "How much did the tonnage grow from 2021 to 2023?", "by when is X supposed to
        # hit 25,000 tonnes?": before words no fact uses ("tonnage" for "tonnes",
        # "supposed") make it unanswerable.
        for figure_over_time in (
            run.figure_duration,
            run.figure_in_time,
            run.figure_gain,
            run.goal_deadline,
        ):
            found = figure_over_time(q)
            if found is not None:
                return found
        # A nationality, a name no release uses, a claim in words none uses: not_found
        # before any executor could show an unrelated fact as the answer.
        unanswerable = run.unanswerable(q)
        if unanswerable is not None:
            return unanswerable
        if not q.quote:
            # "Who was president of X when A happened?": the holder on A's date, before
            # any executor answers with today's holder.
            found = self._holder_at_event(q) or self._title_at_event(q)
            if found is not None:
                return found
            announced = run.announced_when(q)
            if announced is not None:
                # "When was the launch announced?": the release that announced it.
                return announced
            ago = ago_event(q.words)
            if ago is not None:
                # "How long ago did A happen?": A's date to the day asked.
                found = self.run.time_ago(q, self._parse_end(q, ago))
                if found is not None:
                    return found
            # Titles over time are decided from the roles' dates ("when did X become
            # <title>?", "what did X do before joining Y?", "did X work at Y in 2020?");
            # these come before the relations read from appositives and summaries, which
            # would answer them from a single release.
            for by_dates in (
                run.successor,
                run.left_when,
                run.left_why,
                run.tenure,
                run.unheld_title,
                run.unheld_succession,
                run.became,
                run.titles_before,
                run.affiliation_at_date,
                run.previous_affiliation,
            ):
                found = by_dates(q)
                if found is not None:
                    return found
        # Figures over time, goals, stated counts, the releases counted, start dates and
        # title holders (``Executors.over_time``): each takes only its own kind.
        # Last, "how many campuses did X have in 2021?" with no number stated: the
        # openings the releases report by then.
        for over_time in (*run.over_time, run.figure_at_time, run.opened_count):
            found = over_time(q)
            if found is not None:
                return found
        if q.wants == "count" and not q.quote:
            # "How many had X trained before Y became …?": a figure as of an event, which
            # the relations' words ("became", "succeeded") would otherwise take.
            found = self._two_ends(q)
            if found is not None:
                return found
        related = run.relations(q)
        if related is not None:
            return related
        settled = run.namesake_statement(q)
        if settled is not None:
            # "Which DTA gave the academy money?": the namesake the claim settled.
            return settled
        if q.list_kinds and words & {"release", "releases", "announcement"} and not q.subjects:
            listed = run.listing(q)
            if listed is not None:
                return listed
        if words & _SOURCE_TRIGGERS and _lists_other_than_releases(q):
            # "Which languages are the courses offered in (per the launch release)?": the
            # list asked for; the release words only say where it is stated.
            found = run.items(q, needs_topic=True)
            if found is not None:
                return found
        if words & _SOURCE_TRIGGERS and run.asks_base_news(q):
            # "What did the releases announce in 2022?": their news, not the list.
            return run.base_news(q)
        if q.answer_type is AnswerType.SOURCE or (
            words & _SOURCE_TRIGGERS
            and (
                not q.subjects
                or q.meta == "sources"
                or words & _FIELD_WORDS
                # "Who published the trust grant release?": the release's publisher.
                or (words & _PUBLISHED and q.words[0] in ("who", "which"))
            )
            and not q.quote
            and not (q.terms and words & {"about"} and not words & _FIELD_WORDS)
        ):
            found = run.source(q)
            if found is not None:
                return found
        if q.meta == "summary" and not q.subjects:
            return run.summary(q)
        if q.quote and (q.words[:2] == ("how", "many") or q.words[0] in COUNT_VERBS):
            # "How many things did X say the eWTP should help SMEs do?": the items of the
            # list inside the quote, counted, not the quote alone.
            counted = dataclasses.replace(q, answer_type=AnswerType.NUMBER)
            found = run.items(counted)
            if found is not None:
                return found
        if q.quote:
            # "What did the Alliance president say at the launch?": that day's president.
            said = said_at_event(q.words)
            if said is not None:
                head = self.parser.parse(
                    " ".join(("who", "was", *said.title)),
                    understand(" ".join(("who", "was", *said.title)), self._known_word),
                    today=q.today,
                )
                found = run.quote_of_holder_at_event(q, head, self._parse_end(q, said.event))
                if found is not None:
                    return found
            return run.quotes(q)
        found = self._two_ends(q) or self._next_after(q)
        if found is not None:
            return found
        if run.asks_timeline(q):
            # "Give me the timeline of X": ``!timeline X``'s first page.
            return ShowEntity(q.subjects[0], "timeline")
        if run.asks_base_news(q):
            # "What's new since 2023?", "what happened in 2021?": every release's news.
            return run.base_news(q)
        if run.asks_changes(q):
            # "What has changed for X since 2021?": a person's titles, then their news.
            return run.changes(q)
        if run.asks_news(q):
            # "What's new with X since 2020?", "latest on X": the timeline, newest first.
            return run.news(q)
        period = run.period(q)
        if period is not None:
            # "Which years did the first phase cover?", "when does X end?": a stated period.
            return period
        # "What year did <initiative> start?" with no period stated: when it was launched.
        launched = run.founded(q, start_as_launch=True)
        if launched is not None:
            return launched
        # No launch stated: the start of the period a sentence or its name gives.
        started = run.period(q, no_launch=True)
        if started is not None:
            return started
        nth = run.nth_time(q)
        if nth is not None:
            # "When did A and B meet for the second time?": the n-th dated occurrence.
            return nth
        last = run.last_time(q)
        if last is not None:
            return last
        found = run.list_change(q)
        if found is not None:
            # "How did X's partner list change between launch and 2022?"
            return found
        if q.answer_type is AnswerType.YES_NO:
            # "Has X already trained 25,000?": the newest figure reached, not a goal.
            found = run.figure_check(q)
            if found is not None:
                return found
            if words & CONTINUING_WORDS and q.words[0] in PRESENT_AUX and "when" not in words:
                # "Is P still chairing O?": the newest titles, dated, before a sentence
                # that states the title once (``stated_relation``) says a plain "yes".
                found = run.role_now(q)
                if found is not None:
                    return found
            # "Is Jack Ma UNIDO's director general?": a title the releases give another.
            found = title_of_another(self.index, q)
            if found is not None:
                return found
            found = self._role_at_event(q)
            if found is not None:
                return found
            found = (
                run.membership(q)
                or run.stated_relation(q)
                or run.membership_unstated(q)
                or run.yes_no(q)
            )
            if found is not None:
                return found
        # "Who was the first president of X?": only a statement saying who was first.
        first = run.first_holder(q)
        if first is not None:
            return first
        role_answer: Result = None
        if len(q.role_asks) > 1 and all(a.bare for a in q.role_asks):
            return self._title_at_several(q)
        if q.role_asks and q.answer_type in (AnswerType.PERSON, AnswerType.ANY, AnswerType.ROLE):
            role_answer = run.person_by_role(q)
            # The asked title's own words ("programme manager") and words for a title
            # ("who held the post of …") are not more specific.
            ask = q.role_asks[0]
            asked_title = {stem(w) for w in ask.words}
            # The words of the titles its holders hold there ("board" of "Chair of the
            # Board" in "who chairs the board?") are the title's, not more specific.
            asked_title |= {
                stem(w)
                for holder in ask.holders
                for r in self.index.roles_by_entity.get(holder, [])
                if r.organization == ask.organization and role_fits(r.title, ask.words)
                for w in normalize(r.title).split()
            }
            # Words naming or describing the organisation ("the ACE internet exchange":
            # its summary's) only say which one it is.
            org = self.index.entity(ask.organization)
            summary = self.index.current_summary(org.id)
            described = set(content_terms(" ".join((org.name, *org.aliases, summary))))
            specific = bool(set(q.terms) - _ROLE_ASK_TERMS - ROLE_TERMS - asked_title - described)
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
                if isinstance(found, Answer) and (
                    ask.organization not in found.entities
                    or not _states_modifiers(found.text, ask.words)
                ):
                    found = None
                elif not isinstance(found, Answer) and title_modifiers(ask.words):
                    found = None  # another entry's card says nothing of the post asked
                elif isinstance(found, ShowQuote):
                    # "Who founded the Fund?": someone's words sharing "first" or "found"
                    # say nothing of who holds the post.
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
        if (
            q.wants == "date"
            and q.words[:2] in (("which", "years"), ("what", "years"), ("what", "period"))
            and set(q.terms) & _PERIOD_ASKS
        ):
            # "Which years did the first phase cover?": the range a fact states.
            found = run.stated_period(q)
            if found is not None:
                return found
        if q.answer_type in (AnswerType.NUMBER, AnswerType.ANY):
            found = run.total_with_goal(q)
            if found is not None:
                return found
        figure = run.figure_by_noun(q)
        if figure is not None:
            # "What's the latest figure for entrepreneurs trained?": its newest statement.
            return figure
        if len(q.time.points) == 1 and q.answer_type is AnswerType.NUMBER:
            # "How many partners at launch versus in 2022?": the start is the other time.
            found = run.count_change(q)
            if found is not None:
                return found
        if len(q.time.points) == 2 and q.answer_type in (AnswerType.NUMBER, AnswerType.ANY):
            found = run.change(q)
            if found is not None:
                return found
            # "How many more partners in 2022 than in 2019?": two lists, counted.
            found = run.count_change(q)
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
            # A number the releases state beats counting the things they link; only a
            # figure for the noun counted ("how many people died?" is no count of visits).
            found = run.facts(q, [t for t in q.terms if t not in ANSWER_TYPE_TERMS[None]])
            noun = list_noun(q.words)
            if (
                isinstance(found, Answer)
                and noun is not None
                and not self._states_figure_asked(q, found)
                and unsaid_doing(q, noun, found)
            ):
                return run.not_found(q)
            if found is not None:
                return found
        if q.answer_type is AnswerType.NUMBER:
            # "How many partners launched X?": the parties one sentence lists (or says
            # X's initiators are, without their number).
            found = run.initiators(q) or run.items(q)
            if found is not None:
                return found
        if q.list_kinds and q.answer_type is AnswerType.LIST:
            # "Which countries does the campus serve?": the sentence that lists them
            # all, before the entities the facts happen to link.
            found = run.items(q, needs_topic=True)
            if found is not None:
                return found
        if q.list_kinds and q.answer_type in (AnswerType.LIST, AnswerType.NUMBER):
            # "Which company helped kick off X?": the sentence naming its initiators.
            found = run.initiators(q) or run.listing(q)
            if found is not None:
                return found
        if q.answer_type in (AnswerType.LIST, AnswerType.ANY):
            # "What languages does X teach in?": the items of the sentence that lists them.
            found = run.items(q)
            if found is not None:
                return found
        # Two subjects and nothing else asked: each one's card ("who are A and B?").
        terms = [
            t for t in q.terms if t not in ANSWER_TYPE_TERMS[q.wants] | ANSWER_TYPE_TERMS[None]
        ]
        if q.subjects:
            terms = [t for t in terms if t not in RELATION_TERMS]
        if q.wants == "date":
            # "When was the depot supposed to open?": a word of intent no release uses
            # says the plan is asked, not what was planned; the plan's own sentence
            # ("said it would open … in 2021") is found by the rest. A word of intent a
            # release does use ("planned") still helps find it.
            terms = [t for t in terms if t not in _INTENT_TERMS or self.index.terms.known(t)]
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
        if not q.subjects and not q.list_kinds and set(terms) <= _SHAPE_TERMS:
            # No executor took it and nothing is named: any fact sharing "year" or
            # "first" would be a random answer, so the question is not found.
            return run.not_found(q)
        started_by = run.initiators(q)
        if started_by is not None:
            # "Who kicked off the eWTP?": the sentence naming its initiators.
            return started_by
        if q.wants == "place":
            # "Which city hosted the 2016 G20 summit?": the event's own place.
            hosted = run.event_place(q) or run.gathering_place(q)
            if hosted is not None:
                return hosted
        found = run.facts(q, terms)
        if found is not None:
            # A fact naming none of the kind asked gives way to one that states it ("which
            # people attended the meeting?": the meeting's own fact names them).
            found = run.of_listed_kind(q, found)
        if (
            isinstance(found, Answer)
            and found.status is Status.ANSWERED
            and q.wants in ("date", "place")
            and len(q.subjects) >= 2
            and not q.described
            and not q.role_asks
            and not all(self._involves(found, e) for e in self._parties(q))
        ):
            # "Where did Corvana meet UNIDO?": a meeting of UNIDO with someone else is not
            # where the two met; the answer must be about every party the question names.
            return run.not_found(q)
        if (
            isinstance(found, Answer)
            and found.status is Status.ANSWERED
            and not set(q.subjects) & set(found.entities)
            and names_someone_else(self.index, q.leftover, found.text, found.entities)
        ):
            # "Where is corvana based?" with no mention found: a fact placing something
            # else (a meeting at another company's headquarters) is not about it.
            return run.not_found(q)
        if q.unknown_names and isinstance(found, Answer) and found.status is Status.ANSWERED:
            # "When will X open a campus in Lagos?": a name no release has is the point
            # of the question, so a fact about the rest does not answer it.
            return run.unknown_name(q)
        if (
            isinstance(found, Answer)
            and found.status is Status.ANSWERED
            and q.answer_type is AnswerType.NUMBER
            and off_subject(q.question, q.words, q.subjects, found.text, found.entities)
        ):
            # "How much does phase two cost?": the first phase's grant is not its cost.
            return run.not_found(q)
        thing = priced_thing(q.words)
        if (
            thing is not None
            and isinstance(found, Answer)
            and found.status is Status.ANSWERED
            and not states_price_of(main_sentence(found.text), thing)
        ):
            # "How much does a drone cost?": a loan that pays for drones is no price.
            return run.not_found(q)
        if isinstance(found, Answer) and (
            not self._states_figure_asked(q, found) or counted_verb(self.index, q, found)
        ):
            # "How many partners does X have?": a sentence that only uses "partners"
            # ("…which the partners attributed to…") is not their number.
            return run.not_found(q)
        if (
            q.list_kinds
            and (q.answer_type is AnswerType.LIST or _asks_plural(q))
            and isinstance(found, Answer)
            and found.status is Status.ANSWERED
            and not self._names_kind(found, q.list_kinds)
        ):
            # "Which countries have joined X?": a sentence naming no country is no list.
            return run.not_found(q)
        if (
            _unanswered(found)
            and isinstance(role_answer, Answer)
            and role_answer.status is Status.ANSWERED
        ):
            # "Who was chair of the FRA board in 2018?": no fact dated 2018 says so, but
            # the roles in force that year do.
            return role_answer
        if found is not None:
            return found
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

    def _parties(self, q: Query) -> list[str]:
        """The subjects that act (people, organisations, initiatives): a place or an
        event named is where or at what they acted, which a sentence may word otherwise
        ("visited the Brimstone Trust's head office")."""
        return [
            e
            for e in q.subjects
            if self.index.entity(e).kind not in (EntityKind.PLACE, EntityKind.EVENT)
        ]

    def _involves(self, answer: Answer, entity_id: str) -> bool:
        """Whether ``answer`` is about the entity: filed under it, or naming it (by name
        or alias) in its text."""
        if entity_id in answer.entities:
            return True
        entity = self.index.entity(entity_id)
        text = f" {normalize(answer.text)} "
        return any(
            f" {normalize(n)} " in text for n in (entity.name, *entity.aliases) if normalize(n)
        )

    def _states_figure_asked(self, q: Query, answer: Answer) -> bool:
        """For "how many <noun>…", whether the answer's sentence (before "Related:") gives
        a figure for the noun or a synonym of it; True for other questions."""
        noun = list_noun(q.words)
        if q.answer_type is not AnswerType.NUMBER or noun is None:
            return True
        if answer.status is not Status.ANSWERED:
            return True
        main = answer.text.split("\nRelated:", 1)[0]
        nouns = {stem(noun), *synonyms(stem(noun))}
        return any(_figure_near(clause, nouns) for clause in _CLAUSE.split(main))

    def _names_kind(self, answer: Answer, kinds: frozenset[EntityKind]) -> bool:
        """Whether the answer's main sentence (before "Related:") names an entity of
        one of ``kinds``."""
        main = f" {normalize(answer.text.split(chr(10) + 'Related:')[0])} "
        for e in answer.entities:
            entity = self.index.entity(e)
            if entity.kind in kinds and any(
                f" {normalize(label)} " in main for label in (entity.name, *entity.aliases)
            ):
                return True
        return False

    def _two_ends(self, q: Query) -> Result:
        """ "Which came first, A or B?", "how many years between A and B?", "how many
        graduates when A opened?": each end parsed as a query and dated by the executors."""
        ends = two_ends(q.words)
        if ends is None:
            return None

        def parse(words: tuple[str, ...]) -> Query:
            text = " ".join(words)
            read = understand(text, self._known_word)
            return self.parser.parse(text, read, _mentions_in(q, read.words), today=q.today)

        if ends.relation in (Relation.WHEN, Relation.BEFORE):
            before = ends.relation is Relation.BEFORE
            return self.run.as_of_event(q, parse(ends.head), parse(ends.second), before=before)
        a, b = parse(ends.first), parse(ends.second)
        # "…between the launch of X and the decision to extend it": "it" is the other's.
        a = self._end_referring(a, b, parse)
        b = self._end_referring(b, a, parse)
        # "The Hangzhou meeting" where two took place: the one the question means.
        a, b = settle_events(self.index, a, b)
        if ends.relation is Relation.CHANGE:
            return self.run.change_between(q, parse(ends.head), a, b)
        if ends.relation is Relation.BETWEEN:
            # "…after A did they come back to P?": the next event at the same place.
            back = self.run.years_until_return(q, a, b)
            return back if back is not None else self.run.years_between(q, a, b)
        ordered = self.run.which_first_of_ends(q, a, b, ends.relation)
        if ends.relation in (Relation.IS_BEFORE, Relation.IS_AFTER) and not (
            isinstance(ordered, Answer) and ordered.status is Status.ANSWERED
        ):
            # "Was X president before Okafor?": no two dated events; the titles' readers
            # and the yes/no facts answer it.
            return None
        return ordered

    def _next_after(self, q: Query) -> Result:
        """ "When did A and B next meet after <an event or a place>?": the head's next
        occurrence after the anchor's date (``EventAnswers.next_after``). A year after
        "after" is the time constraint's, not an anchor."""
        if q.wants != "date" or "after" not in q.words[2:] or q.time.bounded:
            return None
        at = q.words.index("after")
        head = self._parse_end(q, tuple(w for w in q.words[:at] if w != "next"))
        anchor = self._parse_end(q, q.words[at + 1 :])
        places = [e for e in anchor.subjects if self.index.entity(e).kind is EntityKind.PLACE]
        if anchor.subjects and places == list(anchor.subjects):
            # "after Hangzhou": the head's event there.
            anchor = self._parse_end(q, (*head.words, "in", *q.words[at + 1 :]))
        if not head.subjects or not anchor.words:
            return None
        return self.run.next_after(q, head, anchor, q.words[at + 1 :])

    def _end_referring(
        self, end: Query, other: Query, parse: Callable[[tuple[str, ...]], Query]
    ) -> Query:
        """An end naming nothing but a pronoun ("the decision to extend it") re-read
        with the other end's first name in the pronoun's place: the name read first,
        even when a description holds it ("the Trust gave its grant" is the grant, and
        "its founding" the Trust's)."""
        if end.subjects or not other.subjects or not set(end.words) & _END_PRONOUNS:
            return end
        named = sorted(other.found, key=lambda m: m.words)
        name = self.index.entity(named[0].entity_id if named else other.subjects[0]).name
        return parse(tuple(_resolve_back(list(end.words), name)))

    def _holder_at_event(self, q: Query) -> Answer | None:
        """ "Who was <title> of Y when A happened?": the holder on A's date."""
        clause = holder_clause(q.words)
        if clause is None:
            return None
        return self.run.holder_at_event(
            q, self._parse_end(q, clause.head), self._parse_end(q, clause.event)
        )

    def _title_at_event(self, q: Query) -> Answer | None:
        """ "What was X's title when A happened?": X's titles on A's date."""
        clause = title_clause(q.words)
        if clause is None:
            return None
        return self.run.title_at_event(
            q, self._parse_end(q, clause.head), self._parse_end(q, clause.event)
        )

    def _role_at_event(self, q: Query) -> Answer | None:
        """ "Was X still <title> when A happened?": the title judged at A's date."""
        clause = event_clause(q.words)
        if clause is None:
            return None
        return self.run.role_at_event(
            q, self._parse_end(q, clause.head), self._parse_end(q, clause.event)
        )

    def _parse_end(self, q: Query, words: tuple[str, ...]) -> Query:
        """Part of ``q`` (``words``) parsed as a query of its own."""
        text = " ".join(words)
        read = understand(text, self._known_word)
        return self.parser.parse(text, read, _mentions_in(q, read.words), today=q.today)

    def _title_at_shared_name(self, q: Query) -> Answer | list[Result] | None:
        """ "Who is the DTA's director?" where two organisations go by "DTA": the title
        at each of them. One holds it: that answer, saying what else the name stands
        for; several do: each one's answer, labelled with its organisation. None when
        the shared name is a person's, the question names no title, or no owner has one."""
        index = self.index
        same = q.same_name[0]
        if any(owner in index.person_ids for owner in same.people):
            return None
        # "…president of the DTA when Lina Ma was named Executive Director?": the title
        # asked is before the event.
        clause = holder_clause(q.words)
        title = [w for w in (clause.head if clause else q.words) if w in TITLE_WORDS]
        if not title:
            return None
        found: list[Answer] = []
        others: list[str] = []
        for owner in same.people[:MAX_SAME_NAME_CHOICES]:
            holders = tuple(self.parser.descriptions.role_holder(owner, title))
            if not holders:
                others.append(owner)
                continue
            ask = RoleAsk(owner, tuple(title), holders)
            sub = dataclasses.replace(
                q,
                subjects=(owner, *q.subjects),
                role_asks=(ask,),
                same_name=q.same_name[1:],
            )
            # "Who was president of the DTA when the Academy launched?": the holder then.
            answer = (
                self.run.holder_at_event(sub, sub, self._parse_end(q, clause.event))
                if clause is not None
                else None
            ) or self.run.person_by_role(sub)
            if isinstance(answer, Answer) and answer.status is Status.ANSWERED:
                found.append(answer)
            else:
                others.append(owner)
        if not found:
            return None
        if len(found) == 1:
            (answer,) = found
            owner = next(e for e in same.people if e in answer.entities or e not in others)
            names = ", ".join(index.display_name(o) for o in others)
            note = (
                f"\n“{echo(same.word)}” also stands for {names}, which the releases give no "
                "such title at."
                if others
                else ""
            )
            return dataclasses.replace(
                answer,
                title=clip(
                    f"{echo(q.question)} ({index.display_name(owner)})", limits.EMBED_TITLE_CHARS
                ),
                text=clip(answer.text + note),
            )
        # Several namesakes hold the title: the question is ambiguous, and each one's
        # holder is shown under its name (blind sets 21-23: "who runs the DTA?" is
        # ``ambiguous``, naming both).
        labelled: list[Result] = []
        for answer, owner in zip(found, [o for o in same.people if o not in others], strict=False):
            labelled.append(
                dataclasses.replace(
                    answer,
                    status=Status.AMBIGUOUS,
                    title=clip(index.display_name(owner), limits.EMBED_TITLE_CHARS),
                )
            )
        return labelled

    def _namesake_settled(self, q: Query) -> Result | list[Result]:
        """The question asked again with the shared name made the full name of the one
        namesake holding a title at an organisation it names; None when none settles it."""
        person = (
            namesake_by_organisation(self.index, q)
            or namesake_by_quote_topic(self.index, q)
            or namesake_by_statement_topic(self.index, q)
            # "How many volunteers does MRF have?": the namesake whose figures count them.
            or self.run.figure_owner(q, q.same_name[0].people)
        )
        if person is None:
            return None
        words = list(q.words)
        words[q.same_name[0].position] = normalize(self.index.entity(person).name)
        text = " ".join(words)
        again = self.parser.parse(q.question, understand(text, self._known_word), today=q.today)
        if again.same_name or person not in again.subjects:
            return None
        if again.words[:2] in (("who", "is"), ("who", "s")) or (
            q.words[:1] in (("which",), ("what",)) and q.same_name[0].position == 1
        ):
            # "Who is the Ma who works at X?", "which Ma works at X?" ask who they are:
            # their card.
            return ShowEntity(person, "who")
        return self._answer_query(again)

    def _namesakes_listed(self, q: Query) -> Answer:
        """Everyone the shared name names, each with their newest role, cited from the
        release stating it (or one that mentions them)."""
        index = self.index
        same = q.same_name[0]
        lines: list[str] = []
        sources: list[str] = []
        for person in same.people[:MAX_SAME_NAME_CHOICES]:
            role = index.role_as_of(person)
            line = f"• **{index.entity(person).name}**"
            if role is not None:
                line += f" — {index.role_text(role, with_date=False)}"
                sources.append(role.source)
            else:
                sources += index.sources_involving(person, limit=1)
            lines.append(line)
        count = len(same.people)
        head = f"**{count} {'people' if count != 1 else 'person'} named “{echo(same.word)}”:**"
        return answered(index, q.question, "\n".join([head, *lines]), sources, entities=same.people)

    def _title_at_several(self, q: Query) -> Answer:
        """ "Who was grants officer in 2019?" when several organisations give that title
        (``RoleAsk.bare``): which one, each choice asking again with its name."""
        index = self.index
        title = " ".join(q.role_asks[0].words)
        choices = []
        full = []
        for ask in q.role_asks[:MAX_SAME_NAME_CHOICES]:
            name = index.entity(ask.organization).name
            full.append(f"{name} — {entity_detail(index, ask.organization)}")
            choices.append(
                Choice(
                    label=clip(full[-1], limits.SELECT_LABEL_CHARS),
                    command=_asked_at(q.question, title, name),
                )
            )
        lines = "\n".join(f"• {line}" for line in listed_lines(full, [c.label for c in choices]))
        return Answer(
            status=Status.AMBIGUOUS,
            title="Which one did you mean?",
            text=f"The releases give a “{echo(title)}” at more than one organisation:\n{lines}",
            choices=tuple(choices),
            entities=tuple(a.organization for a in q.role_asks),
            command="question",
        )

    def _same_name(self, q: Query) -> Answer:
        """ "What does Ma do?" with two people named Ma: ask which, re-asking with each name."""
        index = self.index
        same = q.same_name[0]
        choices = []
        full = []
        for person in same.people[:MAX_SAME_NAME_CHOICES]:
            name = index.entity(person).name
            words = list(q.words)
            words[same.position] = name
            full.append(f"{name} — {entity_detail(index, person)}")
            choices.append(
                Choice(
                    label=clip(full[-1], limits.SELECT_LABEL_CHARS),
                    command=" ".join(words),
                )
            )
        lines = "\n".join(f"• {line}" for line in listed_lines(full, [c.label for c in choices]))
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
                f"{MAX_QUESTION_WORDS} words, e.g. “{examples_of(self.index).question}”."
            ),
            command="too_long",
        )

    def _usage(self) -> Answer:
        p = self.prefix
        return Answer(
            status=Status.USAGE,
            text=(
                f"Ask me about the press releases I know, e.g. “{examples_of(self.index).question}”"
                # From the one registry of commands, so a new command is never left out.
                ". Commands: " + ", ".join(f"`{p}{c}`" for c in COMMANDS) + "."
            ),
            command="question",
        )


def _asked_at(question: str, title: str, organisation: str) -> str:
    """``question`` with ``title`` (normalised words) followed by "at <organisation>",
    so that asking it again names where the title is held; the question with the
    organisation added at its end when the title is not found as typed."""
    pattern = r"\b" + r"\W+".join(map(re.escape, title.split())) + r"\b"
    found = re.search(pattern, question, re.IGNORECASE)
    if found is None:
        return f"{question.rstrip(' ?')} at {organisation}?"
    return f"{question[: found.end()]} at {organisation}{question[found.end() :]}"


# "The following year", "two years later": counted from the part before's year. Not "a
# year after the founding", which counts from an event the question names.
_FROM_EVENT = r"(?!\s+(?:the|its|their|his|her|a|an|this|that)\b)"
_RELATIVE_YEAR = re.compile(
    r"\b(?:the )?(?P<side>following|next|previous|preceding) year\b|"
    rf"\b(?:the )?year (?P<side2>after|before)\b{_FROM_EVENT}|"
    r"\b(?P<n>a|one|two|three|four|five|\d{1,2}) years? "
    rf"(?P<side3>later|after|earlier|before)\b{_FROM_EVENT}",
    re.IGNORECASE,
)
_ANSWERED_YEAR = re.compile(r"\*\*When:\*\*[^\n]*?\b((?:19|20)\d\d)\b")
_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def relative_year(words: list[str], answered_text: str) -> list[str]:
    """``words`` with "the following year", "two years later", "the year before" made
    the year they stand for, counted from the year the part before answered with (its
    "**When:**" line); unchanged when it gave none or the words name no such year."""
    year = _ANSWERED_YEAR.search(answered_text)
    text = " ".join(words)
    match = _RELATIVE_YEAR.search(text)
    if year is None or match is None:
        return words
    side = (match["side"] or match["side2"] or match["side3"]).lower()
    n = (match["n"] or "").lower()
    step = (_SMALL_NUMBERS.get(n) or int(n)) if n else 1
    sign = 1 if side in ("following", "next", "after", "later") else -1
    target = int(year[1]) + sign * step
    return f"{text[: match.start()]}in {target}{text[match.end() :]}".split()


def _repeats(result: Result | list[Result], before: Step | None) -> bool:
    """Whether ``result`` is the answer of the part before again (it adds nothing)."""
    return isinstance(result, Answer) and isinstance(before, Answer) and result.text == before.text


def _unanswered(result: Result | list[Result]) -> bool:
    """Whether an executor's result is one answer that is not ``answered``."""
    return isinstance(result, Answer) and result.status is not Status.ANSWERED


def _not_found(result: Result | list[Result]) -> bool:
    """Whether an executor's result is one not_found answer."""
    return isinstance(result, Answer) and result.status is Status.NOT_FOUND


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


def _mentions_in(q: Query, words: tuple[str, ...]) -> list[Mention] | None:
    """The names the whole question's search found inside ``words`` (a run of its
    words), renumbered from the run's start; None when the run is not found."""
    n = len(words)
    for start in range(len(q.words) - n + 1):
        if q.words[start : start + n] == words:
            return [
                Mention(m.entity_id, (m.words[0] - start, m.words[1] - start), m.via)
                for m in q.found
                if start <= m.words[0] and m.words[1] <= start + n
            ]
    return None


_CLAUSE = re.compile(r"[;:()]|,\s|\.\s|\n")
_FIGURE_WORD = re.compile(
    r"^(?:\d[\d,.]*%?|" + "|".join(NUMBER_WORDS[1:]) + r"|dozens?|hundreds?|thousands?|millions?)$"
)
# A figure is for a noun at most this many words from it, in the same clause ("trained
# 12,400 entrepreneurs", "its target of 30,000 graduates").
_FIGURE_REACH = 3


def _figure_near(clause: str, nouns: set[str]) -> bool:
    """Whether the clause has a figure (not a year) within reach of one of ``nouns``
    (stems, matched as word prefixes: "partner" for "partners")."""
    words = [w.strip("*'’\"") for w in clause.casefold().split()]
    figures = [
        i
        for i, w in enumerate(words)
        if _FIGURE_WORD.match(w) and not re.fullmatch(r"(?:19|20)\d\d", w)
    ]
    named = [i for i, w in enumerate(words) if any(w.startswith(n) for n in nouns)]
    return any(abs(i - j) <= _FIGURE_REACH for i in figures for j in named)


# "…and in what capacity?", "…and what were their titles?": a part asking only the
# titles of the people the part before names.
_ROLE_ONLY_WORDS = frozenset(
    "capacity capacities position positions title titles role roles job jobs post posts "
    "function functions".split()
)


def _states_modifiers(text: str, title: tuple[str, ...]) -> bool:
    """Whether the answer's lead sentence has every word that makes the title another
    post ("financial" of "chief financial officer"): a Chief Executive Officer's
    sentence does not name the chief financial officer."""
    lead = set(content_terms(text.split("\n\n")[0]))
    return all(stem(w) in lead for w in title_modifiers(title))


def _asks_roles_only(words: list[str]) -> bool:
    """Whether a part's words ask nothing but titles ("in what capacity")."""
    content = [w for w in words if w not in STOP_WORDS and w not in _WH]
    return bool(content) and all(w in _ROLE_ONLY_WORDS for w in content)


def _lists_other_than_releases(q: Query) -> bool:
    """ "Which languages…", "in what countries…": a list of things other than the
    releases or their fields (publishers, datelines, dates)."""
    noun = list_noun(q.words)
    return (
        noun is not None
        and noun not in _SOURCE_TRIGGERS | _FIELD_WORDS | _SOURCE_NOUNS
        and q.answer_type in (AnswerType.LIST, AnswerType.ANY)
    )


def _according_to_speaker(index: Index, q: Query) -> bool:
    """Whether the question names a speaker right after "according to"."""
    return any(
        q.words[max(0, m.words[0] - 2) : m.words[0]] == ("according", "to")
        and m.entity_id in index.speaker_ids
        for m in q.found
    )


# The kind nouns as stems ("company", "companies"): the sort of thing asked for.
_KIND_NOUN_TERMS = frozenset(stem(w) for w in KIND_NOUNS)


def _described_is_asked(q: Query) -> str | None:
    """The one entity a "which <kind> is (described as) <description>?" question
    resolved its description to, when nothing but the kind noun is left to ask (no
    time, quote, title or other subject); else None."""
    if (
        len(q.words) < 3
        or q.words[0] not in ("which", "what")
        or q.words[1] not in KIND_NOUNS
        or len(q.described) != 1
        or q.subjects != q.described
        or q.quote
        or q.role_asks
        or q.time.bounded
        or not set(q.terms) <= _KIND_NOUN_TERMS
    ):
        return None
    return q.described[0]


def _asks_plural(q: Query) -> bool:
    """ "Which countries…", "what organisations…": a question for several things."""
    noun = list_noun(q.words)
    return noun is not None and noun.endswith("s") and q.words[0] in ("which", "what")


# Prepositions that may open a second question ("… and for which years?"); "by" does
# not: "what was the goal, and by when?" asks the goal's deadline in the same breath.
_PART_PREPOSITIONS = frozenset("in on at for from with".split())


def _split(words: list[str]) -> list[list[str]]:
    """ "what is X and who leads it" → two parts; "when and where did…" → two, sharing the rest."""
    if len(words) > 3 and words[0] in _WH and words[1] == "and" and words[2] in _WH:
        rest = words[3:]
        return [[words[0], *rest], [words[2], *rest]]
    if len(words) > 4 and words[0] in _WH and words[1] == "and":
        # "Where and on what date did X meet Y?": the first question word shares what
        # follows the second one's phrase ("on what date").
        second = words[2:]
        j = next((i for i, w in enumerate(second) if w in _WH), None)
        if j is not None and j <= 2:
            end = j + 1
            if second[j] in ("what", "which") and end < len(second):
                end += second[end] not in _AUXILIARIES
            rest = second[end:]
            if rest:
                return [[words[0], *rest], second]
    for k in range(2, len(words) - 1):
        if words[k] != "and":
            continue
        nxt = words[k + 1]
        # "… and in what year", "… and for which years": a preposition may open the
        # second question.
        if nxt in _PART_PREPOSITIONS and k + 2 < len(words) and words[k + 2] in _WH:
            return [words[:k], words[k + 1 :]]
        if nxt in _WH:
            return [words[:k], words[k + 1 :]]
    return [words]


# Words opening a question that ask its amount ("how much", "how many").
_AMOUNT_OPENERS = frozenset("much many".split())


def _after_opener(words: Sequence[str]) -> list[str]:
    """``words`` after their question word ("how much did X commit in 2021" → "did X
    commit in 2021"); empty when no question word opens them or nothing follows."""
    if not words or words[0] not in _WH:
        return []
    rest = list(words[1:])
    if words[0] == "how" and rest[:1] and rest[0] in _AMOUNT_OPENERS:
        rest = rest[1:]
    return rest


def _first_named_words(q: Query) -> list[str]:
    """The words naming ``q``'s first subject ("2019 extension"), as the question
    wrote them; empty when it was found by no words."""
    if not q.subjects:
        return []
    spans = [m.words for m in q.found if m.entity_id == q.subjects[0]]
    return list(q.words[spans[0][0] : spans[0][1]]) if spans else []


def _referent(index: Index, part: Sequence[str], previous: Query, named: Sequence[str] = ()) -> str:
    """What a pronoun of ``part`` stands for after the part ``previous``: its first
    subject, except that "it"/"its" stands for a thing, so after "who heads the Trust"
    (whose subject is the head) it is the Trust the part named; and "he"/"she" for a
    person: the part's own, else the first person its answer named (``named``: "who is
    the Trust's chief executive, and when did he start?")."""
    if {"it", "its"} & set(part):
        for entity in (*previous.subjects, *(m.entity_id for m in previous.found)):
            if index.entity(entity).kind is not EntityKind.PERSON:
                return entity
    if _PERSONAL_PRONOUNS & set(part):
        first = previous.subjects
        if previous.answer_type is AnswerType.PERSON:
            # "Who is P's successor, and when did he start?": the person the part before
            # asked for is its answer's, not the one it named to ask it.
            first = (*(e for e in named if e not in previous.subjects), *previous.subjects)
        for entity in (*first, *named):
            if entity in index.person_ids:
                return entity
    return previous.subjects[0]


# A part that asks the part before again, of another time: "(and) what was it in 2022?".
_AGAIN_WORDS = frozenset("what how much many was is were are it that this the figure".split())
_YEAR_WORD = re.compile(r"^(?:19|20)\d\d$")
_TIME_PREPOSITIONS = frozenset("in by for during as of at the end".split())


def _same_ask_at(part: Sequence[str], before: Sequence[str] | None) -> list[str] | None:
    """The part before with its years swapped for this part's, when this part names
    nothing but a pronoun and a year ("what was it in 2022?"); else None."""
    if before is None or ("it" not in part and "that" not in part):
        return None
    years = [i for i, w in enumerate(part) if _YEAR_WORD.match(w)]
    if not years or not any(_YEAR_WORD.match(w) for w in before):
        return None
    at = years[0]
    while at > 0 and part[at - 1] in _TIME_PREPOSITIONS:
        at -= 1
    if not all(w in _AGAIN_WORDS for w in part[:at]) or not all(
        _YEAR_WORD.match(w) or w in ("and", "or") for w in part[years[0] :]
    ):
        return None
    kept: list[str] = []
    for w in before:
        if _YEAR_WORD.match(w):
            while kept and kept[-1] in _TIME_PREPOSITIONS:
                kept.pop()
            continue
        kept.append(w)
    return [*kept, *part[at:]]


def _resolve_back(
    words: list[str], name: str, pronouns: frozenset[str] = BACK_REFERENCES
) -> list[str]:
    """ "who leads it" after "what is UNIDO": the pronoun stands for the first part's subject."""
    out: list[str] = []
    replaced = False
    for w in words:
        if not replaced and w in pronouns:
            out.extend(normalize(name).split())
            replaced = True
        else:
            out.append(w)
    return out


_ = (DATELINE_WORDS, HEADLINE_WORDS, PUBLISHER_WORDS, EntityKind)
