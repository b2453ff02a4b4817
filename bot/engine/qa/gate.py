"""The relevance gate: a reply must state what the question asks for.

Every result of the question path (the structured executors, the figure, event and
quote executors, and the retrieval fallback) passes ``gate`` once, in
``QuestionAnswerer``. An executor finds the nearest fact it can; the gate asks whether
that fact is the one asked for. When it is not, the reply is ``not_found``, saying what
is missing and showing the nearest statement as what the releases *do* say, never as
the answer: a wrong confident answer is the worst failure a team can see.

Each check reads one kind of ask (the first that refuses wins):

- ``lower_post``: a title asked ("the Vice-Chancellor of X") answered by a lower post
  that contains its words ("Pro-Vice-Chancellor"): the title nobody holds;
- ``named_missing``: a place the question names ("when will Tuvalu get …") that the
  reply, its releases and the cards of what it is about never name;
- ``unknown_missing``: a name no release knows ("… in Scotland?", "the director general
  of unesco") that the reply lacks;
- ``asked_verb``: "who <verb>s …?" in a verb no release uses (nor its thesaurus
  group), answered by a sentence ("who illustrates the books?" by "will design the bags");
- ``unasked_figures``: a figure series for a question asking a role or a person
  ("what is HBC's role in the partnership?" answered by station counts);
- ``other_year``: a year asked ("raised in 2024", "at the end of 2023") answered by a
  statement that names other years only, from a release of another year;
- ``unsaid``: "what did P say at …?" answered by no quote and no sentence reporting
  speech;
- ``succeeded_only``: "when did P join/become …" answered by a sentence in which P is
  only the one succeeded or replaced;
- ``unplanned_future``: "how many … will X have by 2030?" answered by a count of what
  happened (no plan, aim or target stated);
- ``unnamed_items``: "which three hospitals …?" answered by a sentence that only counts
  them ("… in three hospitals.");
- ``unknown_event``: "when is the trial being extended?" in a participle no release uses
  (nor its thesaurus group): the date of another event is not when that happens;
- ``unnamed_sum``: "what is X's budget?" answered by a sum the reply does not call a
  budget (a grant, a commitment): another sum is not the one asked;
- ``no_sum``: "what is the membership fee?" answered by a statement with no sum beside
  the fee's word (or a synonym) that calls nothing free (a grant that "will pay for"
  hubs, a quote about costs);
- ``no_length``: "how long does delivery take?" answered by a reply that states no
  length of time at all (an organisation's About paragraph, a sentence about training
  before a session).

Checks only refuse; they never pick another answer. A check that cannot tell (no main
sentence, no year, no name) lets the reply through.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable
from typing import NamedTuple

from bot.engine.answer import Answer, Citation, Status
from bot.engine.cite import MARKER
from bot.engine.qa.durations import states_length
from bot.engine.qa.executors.base import Result
from bot.engine.qa.executors.became import START_WORDS
from bot.engine.qa.executors.free_prices import named_sum, states_sum
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.used_words import release_uses
from bot.engine.qa.vocabulary import (
    BODY_WORDS,
    LEAVING_WORDS,
    SPELLED_NUMBERS,
    TITLE_WORDS,
    number_word,
)
from bot.engine.text import clip
from bot.kb.models import EntityKind
from bot.search.index import Index
from bot.search.names import LOWER_POST_WORDS
from bot.search.synonyms import synonyms
from bot.search.terms import STOP_WORDS, stem
from bot.textnorm import normalize
from bot.vocab import figure_questions, money_given, month_names_pattern, month_words


class Refusal(NamedTuple):
    """Why a reply does not answer: ``missing`` completes "The releases I know don't
    say …" ("who holds the title Vice-Chancellor at Elmstead University")."""

    check: str  # the check's name, as listed in the module docstring
    missing: str


# Words at a sentence's start in which its subject is named ("The Digital Export
# Academy has trained …"): a name later in it is an object or a list member.
_OPENING_WORDS = 4
# How a figure series reply opens (facts.py, stated_counts.py).
_FIGURE_SERIES_HEAD = "**Newest first:**"
_RELEASE_WORDS = frozenset(("release", "releases", "announcement", "announcements"))
# Facts of one entity read for their place: a reply shows an entity's newest facts, and
# an entity of a large base may have thousands (the gate must stay a few milliseconds).
MAX_PLACED_FACTS = 200
# Lines of a reply after which it only adds context: the main statement comes before.
_CONTEXT_HEADS = ("\nRelated:", "\nEarlier:", "\n\n[", "\n\nSource:")
# "succeeding Daniel Hartmann", "who replaced X", "took over from X": X is the one who
# left, not the one who joined or became.
_SUCCEEDED = re.compile(
    r"\b(?:succeed(?:ing|s|ed)|replac(?:ing|es|ed)|took over from|taking over from|"
    r"in place of|after)\s+(?:[a-z.]+\s+){0,2}$"
)
# Words that make a question ask when something started ("when did P join Y?").
_START_WORDS = frozenset(
    ("join", "joined", "become", "became", "start", "started", "appointed", "named", "hired")
)
# Words of a plan, aim or forecast: a count "by 2030" is stated only in such a sentence.
_PLAN_WORDS = frozenset(
    (
        "aim",
        "aims",
        "aimed",
        "plan",
        "plans",
        "planned",
        "target",
        "targets",
        "goal",
        "goals",
        "will",
        "expect",
        "expects",
        "expected",
        "scheduled",
        "intends",
        "set",
        "projected",
        "forecast",
        "envisages",
    )
)
# Auxiliaries after "who": the asked verb comes later ("who did X meet?").
_AUX_WORDS = frozenset(
    "is was are were do does did has have had will would can could should s".split()
)
# Words asking for an amount of one year ("raised in 2024", "trained during 2023 alone"),
# which a figure of another year never gives, unlike a total that holds on.
_FLOW_WORDS = (
    frozenset("raised raise added add new during alone spent spend".split())
    # The verbs of giving money (``bot/vocab/money_given.yaml``): a sum given that year.
    | money_given().verbs
)
# Words of a sentence that reports speech ("Li Yong said the platform …"): a quote asked
# may be answered by such a sentence when no quote is stored.
_SAY_WORDS = frozenset(
    "said says say told tells stated states noted notes added adds called calls urged "
    "urges announced announces remarked remarks declared declares according speech "
    "spoke speaks stressed stresses emphasised emphasized highlighted explained "
    "described described welcomed praised argued warned quoted".split()
)
# Words right before the participle naming the event asked ("being extended", "get
# cancelled", "was inaugurated").
_EVENT_AUX = frozenset("being been be get got gets getting is was were are".split())
# Events of a title, which the roles date whatever words the releases use.
_TITLE_EVENTS = START_WORDS | LEAVING_WORDS
# Shorter words ending in "ed" are rarely participles ("need", "bed", "red").
_MIN_PARTICIPLE = 5
# Question words that put a question in the future ("how many … will X have by 2026?").
_FUTURE_WORDS = frozenset(("will", "shall"))
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A year inside an ISO date ("2022-03-15"): a reply's "as of" stamp, not a statement.
_ISO_PART = re.compile(r"-\d\d")
_MONTHS = month_names_pattern()
# Words before a place asked ("how many children in Scotland?").
_PLACE_PREPOSITIONS = ("in", "at", "from", "across", "throughout")
_TITLE_WORD_ALT = "|".join(sorted(map(re.escape, TITLE_WORDS | BODY_WORDS)))
_MONTH_WORDS = month_words()
# A year ending "in 2022", "in March 2022", "during 2023", "in the first quarter of 2021":
# an event's year, unless "since", "from", "by" or "until" comes just before.
_EVENT_YEAR = re.compile(
    rf"(?<!since )(?<!from )(?<!by )(?<!until )\b(?:in|during)\s+"
    rf"(?:(?:early|late|mid|the\s+\w+\s+(?:quarter|half)\s+of)\s+)?"
    rf"(?:(?:{_MONTHS})\s+)?(?:\d{{1,2}},?\s+)?(?:19|20)\d\d$",
    re.IGNORECASE,
)


def main_statement(answer: Answer) -> str:
    """The reply's answer proper: its text before the first context block ("Related:",
    "Earlier:", the citations), which only adds what is nearby."""
    text = answer.text
    for head in _CONTEXT_HEADS:
        text = text.split(head, 1)[0]
    return text


def _statements(answer: Answer) -> str:
    """The main statement's sentences, without the executor's bold headline ("**As of
    2022: US$12 million**"), which is its reading of them, not what a release says."""
    lines = [line for line in main_statement(answer).strip().splitlines() if line.strip()]
    return "\n".join([line for line in lines if not line.startswith("**")] or lines)


def _names(index: Index, entity_id: str) -> list[str]:
    entity = index.entity(entity_id)
    return [n for n in (normalize(x) for x in (entity.name, *entity.aliases)) if n]


def lower_post(index: Index, q: Query, answer: Answer) -> Refusal | None:
    """A title asked whose every mention in the reply dresses a lower post ("Pro-" +
    "Vice-Chancellor"), with no LOWER_POST_WORDS word asked."""
    for ask in q.role_asks:
        asked = [normalize(w) for w in ask.words]
        title = " ".join(w for w in asked if w)
        if not title:
            continue
        text = normalize(main_statement(answer))
        before = [
            text[: m.start()].split()[-1:]
            for m in re.finditer(rf"(?<!\S){re.escape(title)}(?!\S)", text)
        ]
        lower = LOWER_POST_WORDS - set(asked)
        if before and all(b and b[0] in lower for b in before):
            org = index.entity(ask.organization).name if ask.organization else "there"
            return Refusal(
                "lower_post", f"who holds the title {' '.join(ask.words).title()} at {org}"
            )
    return None


def _about_releases(q: Query) -> bool:
    """ "How many releases were published in Nairobi?": a question about the releases'
    own datelines, which release_counts.py answers (none is an answer)."""
    return q.meta is not None or bool(set(q.words) & _RELEASE_WORDS)


def _placed_facts(index: Index, answer: Answer) -> set[str]:
    """The places (``place:`` of a fact) of the facts the reply shows, looked up among
    the facts of the entities it is about (at most MAX_PLACED_FACTS each)."""
    places: set[str] = set()
    for entity_id in answer.entities:
        for fact in index.facts_by_entity.get(entity_id, [])[:MAX_PLACED_FACTS]:
            if fact.place and fact.text.strip() in answer.text:
                places.add(fact.place)
    return places


def named_missing(index: Index, q: Query, answer: Answer) -> Refusal | None:
    """A place the question names in a count or date ask ("when will Tuvalu get …",
    "how many children in Scotland?") that nothing of the reply
    names: not its text, its releases (title, dateline, publisher), nor the card of an
    entity it is about or the question names, where a place only says which one is
    meant ("the exchange in Nairobi"). A yes/no question's place is the claim checked."""
    if q.answer_type is AnswerType.YES_NO or q.wants not in ("count", "date"):
        return None  # a role or a card: the place only says which one is meant
    if _about_releases(q):
        return None
    places = [
        e for e in q.subjects if index.entity(e).kind is EntityKind.PLACE and e not in q.described
    ]
    if not places:
        return None
    near = [answer.text]
    near += [f"{c.title} {c.dateline} {c.publisher}" for c in answer.citations]
    for entity_id in dict.fromkeys((*answer.entities, *q.subjects)):
        if entity_id not in places:
            entity = index.entity(entity_id)
            near += [entity.name, *entity.aliases, index.current_summary(entity_id)]
    padded = f" {normalize(' '.join(near))} "
    placed = _placed_facts(index, answer)
    for place in places:
        if place in answer.entities or place in placed:
            continue
        if not any(f" {n} " in padded for n in _names(index, place)):
            return Refusal("named_missing", f"that about {index.entity(place).name}")
    return None


def unknown_missing(index: Index, q: Query, answer: Answer) -> Refusal | None:
    """A name no release knows, asked as a place ("… in Scotland?", after "in", "at" or
    "from"; ``Query.unknown_names``), that the reply does not contain either: the rest of
    the question was answered, not it."""
    if q.answer_type is AnswerType.YES_NO or not q.unknown_names or _about_releases(q):
        return None
    padded = f" {normalize(answer.text)} "
    asked = f" {normalize(q.question)} "
    for name in q.unknown_names:
        key = normalize(name)
        placed = any(f" {p} {key} " in asked for p in _PLACE_PREPOSITIONS)
        # "The director general of unesco": the organisation a title is asked at.
        owned = bool(re.search(rf" (?:{_TITLE_WORD_ALT}) of (?:the )?{re.escape(key)} ", asked))
        if key in _MONTH_WORDS or not (placed or owned):
            continue  # "in Feb 2023" is a time; "the two DTAs" no place asked
        if f" {key} " not in padded:
            return Refusal("unknown_missing", f"that about {name}")
    return None


def asked_verb(index: Index, q: Query, answer: Answer) -> Refusal | None:
    """ "Who <verb>s …?" ("who illustrates the books?") in a verb that no release uses,
    nor a word of its thesaurus group, answered by a sentence: someone doing something
    else ("will design the book bags") is not who does it. Roles, cards and lists
    (no sentence) are judged by their executors."""
    if q.words[:1] != ("who",) or len(q.words) < 3 or q.role_asks:
        return None
    verb = q.words[1]
    if verb in _AUX_WORDS or not verb.endswith("s") or verb.endswith("ss"):
        return None  # "who is …", "who did …": the verb is elsewhere; present 3rd person only
    lines = [line for line in main_statement(answer).splitlines() if line.strip()]
    if not lines or any(line.startswith(("**", "•")) for line in lines):
        return None  # a structured reply (a role, a list), not a sentence shown
    stems = {stem(verb), stem(verb[:-1]), *synonyms(stem(verb)), *synonyms(stem(verb[:-1]))}
    if any(index.terms.known(s) for s in stems):
        # A verb the releases use ("funds"): a sentence may word it otherwise ("is paid
        # for by"), which the executors judged; only a verb no release uses is checked.
        return None
    said = {stem(w) for w in normalize(" ".join(lines)).split()}
    if said & stems:
        return None
    return Refusal("asked_verb", f"who {verb} that")


def counted_verb(index: Index, q: Query, answer: Answer) -> Refusal | None:
    """ "How many <noun> <verb> …?" ("how many students dropped out?") in a verb that no
    release uses, nor a word of its thesaurus group: a count of the noun doing something
    else ("48 students begin the course") is not how many did it. The verb is the word
    right after the noun phrase counted (the words the statement shares); an auxiliary there ("how many students has X
    trained?") leaves the verb to the executors. Not among ``CHECKS``: the answerer
    applies it to the retrieval fallback only, whose sentence shares the noun alone
    (the figure executors read what each figure counts)."""
    if q.words[:2] != ("how", "many") or len(q.words) < 4 or q.answer_type is not AnswerType.NUMBER:
        return None
    said = {stem(w) for w in normalize(_statements(answer)).split()}
    # The verb follows the noun phrase counted, whose words the statement shares ("how
    # many student pump keepers dropped out" against "24 student pump keepers begin").
    at = 2
    while at < len(q.words) and stem(q.words[at]) in said:
        at += 1
    if at < 3 or at >= len(q.words):
        return None
    verb = q.words[at]
    if (
        verb in _AUX_WORDS
        or verb in STOP_WORDS
        or any(m.words[0] <= at < m.words[1] for m in q.found)
    ):
        return None
    if release_uses(index, verb):
        return None
    return Refusal("counted_verb", f"how many {' '.join(q.words[2:at])} {verb}")


def unsaid_doing(q: Query, noun: str, answer: Answer) -> Refusal | None:
    """ "How many <noun> <verb> …?" ("how many people died in the heatwave?") answered by
    a sentence none of whose figures counts ``noun`` (the caller checks that): the verb
    right after the noun must be the sentence's own, or a thesaurus synonym of it, else
    its figure counts something else done ("18,600 visits"). An auxiliary there ("how
    many people are registered …") leaves the verb unread: None."""
    if noun not in q.words:
        return None
    at = q.words.index(noun) + 1
    if at >= len(q.words):
        return None
    verb = q.words[at].strip("?!.,")
    if not verb.isalpha() or verb in _AUX_WORDS or verb in STOP_WORDS:
        return None
    said = {stem(w) for w in normalize(_statements(answer)).split()}
    if said & {stem(verb), *synonyms(stem(verb))}:
        return None
    return Refusal("unsaid_doing", f"how many {noun} {verb}")


def unasked_figures(index: Index, q: Query, answer: Answer) -> Refusal | None:
    """A figure series ("**Newest first:** 40 as of …") whose sentence does not open
    with a subject asked, for a question that asks a role or a person ("what is HBC's
    role in the partnership?"): the
    figures are what a sentence near the subject counts, not what is asked."""
    if q.answer_type not in (AnswerType.ROLE, AnswerType.PERSON):
        return None  # a date or a place may be in the counting sentence ("since 2020")
    if not main_statement(answer).lstrip().startswith(_FIGURE_SERIES_HEAD):
        return None
    # Figures of the subject's own doing ("Little Lantern Books has printed 610,000 book
    # bags") say what it does; figures of something it is only listed in do not.
    opening = " ".join(normalize(_statements(answer)).split()[:_OPENING_WORDS])
    # The first subject is the one asked of ("MBC" in "what is MBC's role in the
    # Link?"); the Link's own figures are not MBC's role.
    if q.subjects and any(f" {n} " in f" {opening} " for n in _names(index, q.subjects[0])):
        return None
    return Refusal("unasked_figures", "that")


def other_year(index: Index, q: Query, answer: Answer) -> Refusal | None:
    """A figure asked in one year ("how much was raised in 2024?") answered by what
    happened in other years: every year the reply names is an event's ("In 2022 the
    Fund added …"), none is the year asked, and no release it cites is of that year.
    A year after "since", "by" or "as of" dates a running total, which holds on
    ("6.5 hectares restored by October 2021" for 2022 stays an answer). A statement
    naming no year, cited only from releases older than the year asked, is refused too."""
    year = q.time.year
    if year is None or q.time.since is not None or q.time.until is not None:
        return None
    if q.wants != "count" or not set(q.words) & _FLOW_WORDS:
        # A title, a span or a running total ("how many sensors in 2022?") holds on
        # past the year it was stated in; only an amount of the year itself does not.
        return None
    main = _statements(answer)
    named = [m for m in _YEAR.finditer(main) if not _ISO_PART.match(main, m.end())]
    if not named and answer.citations and all(c.date.year < year for c in answer.citations):
        # "Has reached US$41 million", from a 2023 release, for "raised in 2024": a
        # release older than the year cannot state what was done in it.
        return Refusal("other_year", f"that for {year}")
    if not named or any(m.group() == str(year) for m in named):
        return None
    if any(c.date.year == year for c in answer.citations):
        return None
    if not all(_EVENT_YEAR.search(main[: m.end()]) for m in named):
        return None
    return Refusal("other_year", f"that for {year}")


def unsaid(index: Index, q: Query, answer: Answer) -> Refusal | None:
    """ "What did P say at …?" answered by no quote and by a sentence that reports no
    one saying anything ("grew out of a conversation between A and P"): what P said
    there is not in the releases."""
    if q.answer_type is not AnswerType.QUOTE or q.words[:1] != ("what",):
        return None  # "did P say anything about X?" and "which years …" read otherwise
    if answer.speaker is not None or not any(e in index.person_ids for e in q.subjects):
        return None  # "what did the releases say happened …" names no speaker
    at_event = any(index.entity(e).kind is EntityKind.EVENT for e in q.subjects)
    said_at = list(q.words[q.words.index("say") + 1 :][:1]) if "say" in q.words else []
    if not (at_event or q.time.bounded or said_at in (["at"], ["during"])):
        return None  # only "at an event" or "in a year" is checked here
    if set(normalize(_statements(answer)).split()) & _SAY_WORDS:
        return None
    return Refusal("unsaid", "what was said there")


def succeeded_only(index: Index, q: Query, answer: Answer) -> Refusal | None:
    """ "When did P join/become …": P is named in the reply only as the one succeeded."""
    if q.wants != "date" or not set(q.words) & _START_WORDS:
        return None
    people = [e for e in q.subjects if e in index.person_ids]
    if len(people) != 1:
        return None
    text = normalize(main_statement(answer))
    spots = [
        m.start()
        for n in _names(index, people[0])
        for m in re.finditer(rf"(?<!\S){re.escape(n)}(?!\S)", text)
    ]
    if spots and all(_SUCCEEDED.search(text[:at]) for at in spots):
        return Refusal("succeeded_only", f"when {index.entity(people[0]).name} did that")
    return None


def unplanned_future(index: Index, q: Query, answer: Answer) -> Refusal | None:
    """ "How many … will X have by <year>?": a reply with no plan word is a count of
    what happened, not what the releases expect."""
    if q.wants != "count" or not set(q.words) & _FUTURE_WORDS:
        return None
    if q.time.until is None and q.time.year is None:
        return None
    words = set(normalize(main_statement(answer)).split())
    if words & _PLAN_WORDS:
        return None
    return Refusal("unplanned_future", "how many are planned by then")


# "Which three hospitals …?", "what are the two companies …?", "name the 4 partners":
# the count and the noun of things asked by name.
_WHICH_COUNTED = re.compile(
    r"^(?:which|what|name)(?: are| were)?(?: the)? (?P<n>\w+) (?P<noun>[a-z]+s)\b"
)


def unnamed_items(index: Index, q: Query, answer: Answer) -> Refusal | None:
    """ "Which three hospitals are in the trial?" answered by a sentence that only counts
    them ("… in three hospitals."): the count ends the sentence, no names follow, so
    the releases do not say which."""
    match = _WHICH_COUNTED.match(" ".join(q.words))
    if match is None:
        return None
    n = match["n"]
    count = int(n) if n.isdigit() else SPELLED_NUMBERS.get(n)
    if count is None or count < 2:
        return None
    said = rf"(?:{count}|{number_word(count)})"
    text = _statements(answer)
    counted = re.compile(rf"\b{said}\s+{re.escape(match['noun'])}\s*(?:[.;!?]|$)", re.I | re.M)
    if not counted.search(text):
        return None
    return Refusal("unnamed_items", f"which {number_word(count)} {match['noun']} they are")


def unknown_event(index: Index, q: Query, answer: Answer) -> Refusal | None:
    """ "When is the trial being extended?", "when did the pilot get cancelled?": the
    event asked is its participle; when no release uses it, nor a word of its
    thesaurus group, every dated sentence states another event. A participle the
    releases use is left to the executors, which may find it worded otherwise."""
    if q.wants != "date" or q.words[:1] != ("when",) or q.quote or q.meta:
        return None
    named = {t for m in q.mention_terms.values() for t in m}
    for before, word in itertools.pairwise(q.words):
        if before not in _EVENT_AUX or len(word) < _MIN_PARTICIPLE or not word.endswith("ed"):
            continue
        if word in _TITLE_EVENTS:
            continue  # "get promoted", "was appointed": dated from the roles, not words
        stems = {stem(word), *synonyms(stem(word))}
        if stems & named or any(index.terms.known(s) for s in stems):
            continue
        return Refusal("unknown_event", f"when that was {word}")
    return None


# Nouns naming the size of a sum ("budget"): a sum answers only when its sentence says so.
_SUM_NOUN_STEMS = frozenset(stem(w) for w in figure_questions().sum_nouns)


def unnamed_sum(index: Index, q: Query, answer: Answer) -> Refusal | None:
    """ "What is the partnership's budget for 2026?" answered by a sum whose statement
    never names a budget ("commits £2 million over four years"): a grant is not the
    budget, so the releases do not state it."""
    if q.wants != "count":
        return None
    asked = [w for w in q.words if stem(w) in _SUM_NOUN_STEMS]
    if not asked:
        return None
    said = {stem(w) for w in normalize(_statements(answer)).split()}
    if said & _SUM_NOUN_STEMS:
        return None
    return Refusal("unnamed_sum", f"what the {asked[0]} is")


def no_sum(index: Index, q: Query, answer: Answer) -> Refusal | None:
    """ "What is the membership fee?" (a noun naming one sum, ``asked_values.txt``'s
    ``money_nouns``) answered by a statement with no sum beside that noun or a synonym
    ("costs", "charges") that calls nothing free (a grant that will pay for hubs, a
    quote about costs): the releases do not state the fee."""
    noun = named_sum(q.words)
    if noun is None or states_sum(_statements(answer), noun):
        return None
    return Refusal("no_sum", f"what the {noun} is")


# "**As of Tuesday, May 2, 2024:**", "**As of 2019:**": a date heading over a sentence.
_DATE_HEAD = re.compile(r"\*\*As of [^*]*:\*\*\s*$")


def no_length(index: Index, q: Query, answer: Answer) -> Refusal | None:
    """ "How long …?" (not "how long ago") answered by a reply, its headline included
    (a length worked out from dates is one), that states no length of time
    (``durations.states_length``): the releases do not say how long."""
    if q.words[:2] != ("how", "long") or "ago" in q.words:
        return None
    lines = [line for line in main_statement(answer).splitlines() if line.strip()]
    # An executor's bold reading ("**About two years**", "**Newest first:** 64 …") is
    # what it answers; a date heading ("**As of May 2, 2024:**") only dates the sentence.
    read = [x for x in lines if x.startswith("**") and not _DATE_HEAD.match(x)]
    if read:
        return None if states_length("\n".join(read)) else Refusal("no_length", "how long that is")
    # A sentence answers when it states a length at all; which thing the length is of is
    # the executors' to read (``ArithmeticAnswers.stated_duration``): a clause would cut
    # "the 1,000th patient, a farmer …, was flown … in 19 minutes" from its verb.
    if states_length("\n".join(lines)):
        return None
    return Refusal("no_length", "how long that is")


CHECKS: tuple[Callable[[Index, Query, Answer], Refusal | None], ...] = (
    lower_post,
    named_missing,
    unknown_missing,
    asked_verb,
    unasked_figures,
    other_year,
    unsaid,
    succeeded_only,
    unplanned_future,
    unnamed_items,
    unknown_event,
    unnamed_sum,
    no_sum,
    no_length,
)


def refusal(index: Index, q: Query, answer: Answer) -> Refusal | None:
    """The first check refusing ``answer`` to ``q``; None when it states what is asked
    (or is no answered reply)."""
    if answer.status is not Status.ANSWERED:
        return None
    for check in CHECKS:
        found = check(index, q, answer)
        if found is not None:
            return found
    return None


def _shown_citations(answer: Answer, shown: str) -> tuple[str, tuple[Citation, ...], bool]:
    """(``shown`` renumbered, the citations of the releases it marks, still marked?).

    A refusal keeps only the main statement, so the releases of its dropped context
    ("Related:", "Earlier:") would be cited without being shown. Unmarked text keeps
    every citation: nothing says which of them it comes from."""
    kept = [int(n) for n in dict.fromkeys(MARKER.findall(shown))]
    if not answer.marked or not kept or any(n > len(answer.citations) for n in kept):
        return shown, answer.citations, answer.marked
    cited = tuple(answer.citations[n - 1] for n in kept)
    if len(cited) == 1:
        # One release cites it all: its marker goes, as number_markers leaves it out.
        return MARKER.sub("", shown).replace(" \n", "\n").rstrip(), cited, False

    def renumber(match: re.Match[str]) -> str:
        return f"[{kept.index(int(match[1])) + 1}]"

    return MARKER.sub(renumber, shown), cited, True


def refused(answer: Answer, why: Refusal) -> Answer:
    """``answer`` told as not_found: what the releases don't say, then its statement as
    what they say nearby, citing only the releases of that statement."""
    nearest, cited, marked = _shown_citations(answer, _statements(answer))
    text = f"The releases I know don't say {why.missing}."
    if nearest:
        text += f" What they say nearby:\n{nearest}"
    return dataclasses.replace(
        answer, status=Status.NOT_FOUND, text=clip(text), citations=cited, marked=marked
    )


def gate(index: Index, q: Query, result: Result | list[Result]) -> Result | list[Result]:
    """``result`` with each answered reply that does not state what ``q`` asks replaced
    by its ``refused`` form; other results (cards, follow-ups, None) pass unchanged."""
    if isinstance(result, list):
        return [gate(index, q, r) for r in result]  # type: ignore[misc]
    if not isinstance(result, Answer):
        return result
    why = refusal(index, q, result)
    return result if why is None else refused(result, why)
