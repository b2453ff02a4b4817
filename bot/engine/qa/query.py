"""Parse: a cleaned question becomes a typed Query (subjects, relation, time, answer type).

Nothing here answers anything; ``plan.py`` splits a question into queries and
``executors/`` answers them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import NamedTuple

from bot.engine.qa.namesakes import leads, own_text, question_terms, settle_namesake
from bot.engine.qa.ordinal_names import with_ordinals
from bot.engine.qa.partial_names import first_word_mentions, head_noun_mention
from bot.engine.qa.person_words import PersonWords
from bot.engine.qa.place_modified import place_modified
from bot.engine.qa.read import (
    ANSWER_TYPE_TERMS,
    RELATION_TERMS,
    Question,
    without_compound_date,
)
from bot.engine.qa.subjects import (
    MAX_DESCRIPTION_WORDS,
    DescriptionResolver,
    Mention,
    NameFinder,
    excluded,
    title_named,
    unit_role_holders,
)
from bot.engine.qa.vocabulary import (
    BODY_WORDS,
    CALENDAR_WORDS,
    CURRENCY_WORDS,
    CURRENT_WORDS,
    DESCRIBED_NOUNS,
    FIRST_WORDS,
    KIND_NOUNS,
    LEADER_TITLE_WORDS,
    LIGHT_NOUNS,
    NUMBER_WORDS,
    QUOTE_WORDS,
    RELEASE_NOUNS,
    ROLE_TERMS,
    SPEECH_ACT_WORDS,
    TITLE_WORDS,
    VIEW_WORDS,
    YES_NO_OPENERS,
)
from bot.kb.models import Entity, EntityKind, LoadedFact
from bot.search.index import Index, field_head, title_acronyms
from bot.search.terms import QUESTION_WORDS, STOP_WORDS, content_terms, stem
from bot.textnorm import normalize
from bot.vocab import month_numbers, wires

_YEAR_WORD = re.compile(r"^(?:1[89]|20)\d\d$")


# A bare title ("the mayor") held by more people than this names no one organisation.
MAX_BARE_TITLE_HOLDERS = 50
# "The Acme grants director": at most this many words before a title word are read as
# its organisation's name and its field (``QueryParser._own_title``).
MAX_OWN_TITLE_WORDS = 4


# Words of a share, and the points a share changes by.
_SHARE_WORDS = frozenset("share shares percent percentage proportion cent".split())
_POINT_TERMS = frozenset(content_terms("point points"))


def _year_claimed(words: Sequence[str], i: int) -> bool:
    """Whether the year at ``i`` is what a verb before it claims ("which CIT was founded
    in 1964?", "the NWT established in 2011"), which tells namesakes apart, rather than
    when the question is asked of ("the DTA's president in 2020")."""
    return i >= 2 and words[i - 1] == "in" and words[i - 2].endswith("ed")


_NUMBER = re.compile(r"^\d+$")
# Words whose meaning an answer must carry, not just relate to: a question about
# "the next meeting" is not answered by the last one.
_MANDATORY_WORDS = frozenset("next upcoming future tomorrow second third fourth fifth".split())
# Time words qualify the question, not the thing described ("the next G20 summit").
# A shared name is settled by the facts of the question's other subjects, this many each.
MAX_LINKED_FACTS = 200
# Facts scoring at least this share of the best one may settle a relative clause.
CLAUSE_RATIO = 0.8
# Words after "of" that still describe the noun ("network of business owners under 40").
MAX_POST_WORDS = 5
# A description's words that are all words of one entity's name name it ("the Ashcombe
# transit authority"); one word beside the kind noun is still a description ("the
# water authority"), and a word held by more labels than the cap picks out no one.
MIN_PARTIAL_NAME_WORDS = 3
MAX_PARTIAL_NAME_OWNERS = 50
_TIME_WORDS = _MANDATORY_WORDS | CURRENT_WORDS | FIRST_WORDS | frozenset(("last", "previous"))
# What may come before a sentence's first word: nothing, a mention, or the end of an
# earlier sentence ("Thanks. Who …").
_SENTENCE_START = re.compile(r"(?:.*[.!?:]\s+)?[\W_]*(?:@\w+\s+)?", re.DOTALL)
_CAPITALISED = re.compile(r"(?<![\w'’])[A-Z][\w-]*")
_DESCRIPTION_STOPS = frozenset(
    ("the", "a", "an", "this", "that", "these", "those", "of", "in", "at", "on", "for", "with")
)
# "The organisation X works for / used to work for / belongs to".
_AFFILIATED = frozenset(
    "work works worked working belong belongs belonged represent represents represented "
    "joined join serve serves served".split()
)
_FORMERLY = frozenset("used formerly previously once before former earlier".split())
# Words after a description's noun that go on describing it ("the association of
# businesses", "the UN body for industrial development").
_POST_LINKS = frozenset(("of", "for", "from"))


_CURRENCY_TERMS = frozenset(stem(w) for w in CURRENCY_WORDS)


class AnswerType(StrEnum):
    ANY = "any"
    PERSON = "person"
    DATE = "date"
    PLACE = "place"
    NUMBER = "number"
    LIST = "list"
    YES_NO = "yes_no"
    QUOTE = "quote"
    ROLE = "role"
    SOURCE = "source"


@functools.cache
def wire_words() -> frozenset[str]:
    """The words of every newswire's names in ``bot/vocab/wires.yaml`` ("business",
    "wire", "globenewswire"): a wire the question names is no unknown name, though no
    release of the base went out on it. Read on first use (the YAML read stays off the
    cold start), which ``Executors.warm`` makes before any question."""
    return frozenset(
        word
        for wire in wires()
        for name in (wire.publisher, *(n for n, _ in wire.names))
        for word in normalize(name).split()
    )


@dataclass(frozen=True, slots=True)
class TimeConstraint:
    """ "in 2019" (year), "since 2019" (since), "until 2021" (until), "current", "first".

    A month the question names goes with its year: "in January 2022" (``month``),
    "since June 2024" (``since_month``), "until March 2022" (``until_month``)."""

    year: int | None = None
    since: int | None = None
    until: int | None = None
    current: bool = False
    first: bool = False
    until_month: int | None = None
    # The dates named ("2021-06", "2022"), oldest first, for a change between two points.
    points: tuple[str, ...] = ()
    month: int | None = None
    since_month: int | None = None

    def admits_date(self, iso: str) -> bool:
        """Whether a date ("2021-06-08", "2021-06" or "2021") falls within the constraint."""
        if not self.admits(int(iso[:4])):
            return False
        if len(iso) < 7:
            return True  # a date to the year only may be in any month of it
        if self.month is not None and iso[:7] != f"{self.year}-{self.month:02d}":
            return False
        if self.since_month is not None and iso[:7] < f"{self.since}-{self.since_month:02d}":
            return False
        if self.until_month is not None and self.until is not None:
            return iso[:7] <= f"{self.until}-{self.until_month:02d}"
        return True

    def admits(self, year: int) -> bool:
        if self.year is not None and year != self.year:
            return False
        if self.since is not None and year < self.since:
            return False
        return not (self.until is not None and year > self.until)

    @property
    def bounded(self) -> bool:
        return self.year is not None or self.since is not None or self.until is not None

    def describe(self) -> str:
        if self.year is not None:
            return f"from {_month_year(self.year, self.month)}"
        since = _month_year(self.since, self.since_month) if self.since is not None else ""
        until = _month_year(self.until, self.until_month) if self.until is not None else ""
        if until and since:
            return f"between {since} and {until}"
        if since:
            return f"since {since}"
        if until:
            return f"until {until}"
        return ""

    def month_year(self) -> str:
        """ "January 2022" or "2022": the year asked for, with its month."""
        return _month_year(self.year, self.month) if self.year is not None else ""


def _month_year(year: int, month: int | None) -> str:
    return f"{calendar.month_name[month]} {year}" if month else str(year)


@dataclass(frozen=True, slots=True)
class RoleAsk:
    """A person asked for by role: "Alibaba's founder", "who runs UNIDO", "the WTO's CFO"."""

    organization: str
    words: tuple[str, ...]
    holders: tuple[str, ...]  # people holding it; empty when the releases name nobody
    # The releases stating that exact title, when it was named as a title label.
    sources: tuple[str, ...] = ()
    # Named with no organisation ("who was corridor coordinator in 2018?"): the title
    # was matched across the base, and this is one organisation giving it.
    bare: bool = False


class _OwnTitle(NamedTuple):
    """A title of the one person named, written with its organisation's name in it: the
    role asked, the words it spans, and the words naming the organisation."""

    ask: RoleAsk
    span: tuple[int, int]
    org_words: tuple[int, int]


class _WholeTitle(NamedTuple):
    """A whole title read at the organisation holding it (``_whole_title_at``): the
    title's words, the organisation as a mention, and the mention it stands in for."""

    title: list[str]
    org: Mention
    named: Mention


# The words that join a title to where it is held: "Director of Parks in Wendmere".
_TITLE_LINKS = frozenset(("in", "at", "for", "of"))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass(frozen=True, slots=True)
class SameName:
    """A word naming several people ("Ma" for Jack MA and Lina MA)."""

    word: str
    position: int
    people: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Query:
    question: str  # as typed, for titles
    words: tuple[str, ...]
    subjects: tuple[str, ...]  # entity ids, in the order the question names them
    # Subjects found by a description or a role rather than a name.
    described: tuple[str, ...]
    mention_terms: dict[str, frozenset[str]]
    terms: tuple[str, ...]  # content terms beyond the subjects' names
    leftover: tuple[str, ...]  # words not naming a subject
    answer_type: AnswerType
    wants: str | None  # "date", "place", "count" (from reading)
    meta: str | None
    time: TimeConstraint = field(default_factory=TimeConstraint)
    role_asks: tuple[RoleAsk, ...] = ()
    quote: bool = False
    mandatory: frozenset[str] = frozenset()
    list_kinds: frozenset[EntityKind] = frozenset()
    # Capitalised words of the question that name nothing the releases know ("Xi Jinping").
    unknown_names: tuple[str, ...] = ()
    same_name: tuple[SameName, ...] = ()
    # Relation words: a title named beside its holder ("Lina Ma … Executive Director").
    relation: tuple[str, ...] = ()
    # Every name the search found in the words, before any was set aside.
    found: tuple[Mention, ...] = ()
    # Entities a shared name stood for, settled by what the question says of them
    # ("which DTA gave the academy US$15 million?").
    settled: tuple[str, ...] = ()
    # The date asked on (Request.today, else the newest release's), for "this year".
    today: dt.date | None = None

    @property
    def key(self) -> str:
        return " ".join(self.words)


# Nouns of a figure: the words after "number of" / "figure for" say what is counted.
_COUNT_NOUNS = frozenset(("number", "numbers", "count", "tally", "total", "figure", "figures"))


# Organisations a place's name word is checked in ("City of X", "X Port Authority"):
# a word in more names than this names no one organisation.
MAX_PLACE_ORGS = 200


class QueryParser:
    def __init__(
        self,
        index: Index,
        finder: NameFinder,
        descriptions: DescriptionResolver,
        known: Callable[[str], bool],
        previous: QueryParser | None = None,
    ) -> None:
        """``previous``: the last snapshot's parser (still serving, only read), whose
        table of people's name words is updated rather than made again."""
        self.index = index
        self.known = known
        # Built here, with the index (off the event loop), not on the first question.
        self._person_table = PersonWords.build(
            index.kb.entities,
            index.kb.roles,
            index.names.owners_of_word if previous is not None else None,
            previous._person_table if previous is not None else None,
        )
        self._person_words = self._person_table.table
        self.finder = finder
        self.descriptions = descriptions

    def parse(
        self,
        question: str,
        read: Question,
        mentions: Sequence[Mention] | None = None,
        today: dt.date | None = None,
    ) -> Query:
        """``mentions``: the names already found in these words (a part of a question
        parsed whole before), so that they are not searched for again; ``today``: the
        date the question is asked on."""
        read = without_compound_date(question, read)
        words = list(read.words)
        found = list(mentions) if mentions is not None else self.finder.find_mentions(words)
        # "The first offtake signing": the first, by date, of the things so named.
        found = with_ordinals(self.index, words, found)
        # "The Malaysian campus": the campus there, not Malaysia.
        found = [place_modified(self.index, words, m, found) or m for m in found]
        all_found = tuple(found)
        # "When did Lina Ma become Executive Director?": a title next to its holder's name
        # is what the question asks about, not a second mention of them.
        by_name = {m.entity_id for m in found if m.via != "role"}
        titles = [
            m
            for m in found
            if m.via == "role"
            and (
                m.entity_id in by_name
                or self._names_a_title_of(words, m, by_name)
                or self._after_a_name(m, found)
            )
        ]
        found = [m for m in found if m not in titles]
        title_words = {i for m in titles for i in range(*m.words)}
        taken = [False] * len(words)
        for m in found:
            taken[slice(*m.words)] = [True] * (m.words[1] - m.words[0])
        mentions = [m for m in found if not excluded(words, m)]
        described: list[Mention] = []
        mentions = _qualified_titles(self.index, words, mentions)
        mentions, surnames = self._surnames(words, mentions)
        mentions, described = self._descriptions(words, mentions, described, question)
        mentions, described, role_asks = self._roles(
            words, mentions, described, _possessed(question)
        )
        role_asks = [*self._titled(words, mentions), *role_asks]
        if not role_asks:
            own = self._own_title(words, mentions)
            if own is not None:
                # "Is X still the Acme grants director?": X's Director of Grants at Acme,
                # the organisation in place of what its words were read as.
                role_asks = [own.ask]
                mentions = [m for m in mentions if not _overlaps(m.words, own.span)]
                mentions.append(Mention(own.ask.organization, own.org_words, "alias"))
        all_mentions = sorted([*mentions, *described], key=lambda m: m.words)
        # Every name read, a lone part of a person's name too ("who is Amara?"): its words
        # are the subject, not terms to retrieve facts by.
        name_words = {i for m in [*found, *mentions, *described] for i in range(*m.words)}
        subjects = list(dict.fromkeys(m.entity_id for m in all_mentions))
        # "Where is Corvana based?": an organisation by the first word of its name, in
        # words no name, title or description took.
        by_first_word = first_word_mentions(
            self.index,
            question,
            words,
            [*found, *mentions, *described, *titles],
            # "The Norwegian wool company": a nationality describes, it names nothing.
            skip=self.descriptions.demonym_place,
        )
        if by_first_word and not surnames:
            mentions += by_first_word
            if not role_asks and any(
                self.index.entity(m.entity_id).kind is EntityKind.ORGANIZATION
                or m.entity_id in self.index.people_by_org
                for m in by_first_word
            ):
                # "Who was Halvard's MD in 2020?": an organisation named by the first
                # word of its name is found after the titles were read, so its title is
                # read again with it named.
                again = self._roles(words, list(mentions), list(described), _possessed(question))
                if again[2]:
                    mentions, described, role_asks = again[0], again[1], [*again[2]]
                    name_words |= {i for m in described for i in range(*m.words)}
            all_mentions = sorted([*mentions, *described], key=lambda m: m.words)
            name_words |= {i for m in by_first_word for i in range(*m.words)}
            subjects = list(dict.fromkeys(m.entity_id for m in all_mentions))
        head = (
            None
            if subjects or surnames or titles or role_asks
            else head_noun_mention(self.index, words)
        )
        if head is not None:
            # "The network" for the SmokeLine network: the one name ending in the word.
            mentions.append(head)
            all_mentions = sorted([*mentions, *described], key=lambda m: m.words)
            name_words |= set(range(*head.words))
            subjects = [head.entity_id]
        surnames, settled = self._settle_shared(surnames, subjects)
        surnames, stated = self._settle_by_facts(surnames, words, subjects)
        # What the retriever's best facts do not settle, the evidence of each namesake's
        # own statements may ("which DTA gave the academy money?", qa/namesakes.py).
        surnames, told = self._settle_by_evidence(surnames, words, name_words)
        stated += told
        settled += stated
        asked_at = {a.organization for a in role_asks}
        settled_orgs = [
            Mention(entity_id, (position, position + 1), "alias")
            for entity_id, position in settled
            if entity_id not in asked_at
            and (
                self.index.entity(entity_id).kind is EntityKind.ORGANIZATION
                or entity_id in self.index.people_by_org
            )
        ]
        if settled_orgs:
            # "Who was chair of the FRA board in 2019?": a shared acronym is settled only
            # after the titles were read, so its title is read again with it named.
            again = self._roles(
                words, [*mentions, *settled_orgs], list(described), _possessed(question)
            )
            if any(a.organization not in asked_at for a in again[2]):
                mentions, described, role_asks = again[0], again[1], [*again[2]]
                all_mentions = sorted([*mentions, *described], key=lambda m: m.words)
                subjects = list(dict.fromkeys(m.entity_id for m in all_mentions))
                name_words |= {i for m in described for i in range(*m.words)}
        for entity_id, position in settled:
            if entity_id not in subjects:
                subjects.append(entity_id)
            name_words.add(position)
        mention_terms = {
            m.entity_id: frozenset(content_terms(" ".join(words[slice(*m.words)])))
            for m in mentions
        }
        # "How does the eWTP work fit with …?": a light noun a name heads, with more of
        # the question after it, is the name's doings, which its facts are; as a word
        # the base never uses it would outweigh the relation asked. One the releases use
        # ("works to make …") stays a word to match.
        name_words |= {
            m.words[1]
            for m in all_mentions
            if m.words[1] < len(words) - 1
            and normalize(words[m.words[1]]) in LIGHT_NOUNS
            and not self.known(normalize(words[m.words[1]]))
        }
        time, time_words = _time(words, name_words)
        time, time_words = _relative_year(words, time, time_words, today)
        leftover = [
            w
            for i, w in enumerate(words)
            if i not in name_words and i not in time_words and i not in title_words
        ]
        terms = content_terms(" ".join(leftover))
        if any(_NUMBER.match(w) for w in leftover):
            # "Fifteen million dollars": the currency is the figure's, which releases
            # print as a symbol ("US$15 million") that no term holds.
            terms = [t for t in terms if t not in _CURRENCY_TERMS]
        if set(words) & _SHARE_WORDS:
            # "By how many points did the share of women drop?": points of a share are
            # the change's unit (percentage points), never a thing counted.
            terms = [t for t in terms if t not in _POINT_TERMS]
        quote = _asks_quote(words) and read.meta != "speakers"
        answer_type, list_kinds = _answer_type(words, read, quote)
        if (
            answer_type is AnswerType.ANY
            and not terms
            and subjects
            and set(subjects) <= self.index.person_ids
            and words[0] == "what"
            and set(words) & _DOING
            and not self._dated_facts_of(subjects, time)
        ):
            # "What was X doing in 2021?", "what did X do?": asked of people and nothing
            # else, what they did is their post at the time asked, when no sentence of
            # that time says what they did.
            answer_type = AnswerType.ROLE
        mandatory = {w for w in leftover if _NUMBER.match(w) or w in _MANDATORY_WORDS}
        return Query(
            question=question,
            words=tuple(words),
            subjects=tuple(subjects),
            described=tuple(dict.fromkeys(m.entity_id for m in described)),
            mention_terms=mention_terms,
            terms=tuple(terms),
            leftover=tuple(leftover),
            answer_type=answer_type,
            wants=read.wants,
            meta=read.meta,
            time=time,
            role_asks=tuple(role_asks),
            quote=quote,
            mandatory=frozenset(content_terms(" ".join(mandatory))),
            list_kinds=list_kinds,
            unknown_names=self._unknown_names(question),
            same_name=surnames,
            relation=tuple(content_terms(" ".join(words[i] for i in sorted(title_words)))),
            found=all_found,
            settled=tuple(e for e, _ in stated),
            today=today,
        )

    def _dated_facts_of(self, people: Sequence[str], time: TimeConstraint) -> bool:
        """Whether a fact about one of ``people`` falls in ``time`` (by its own date, else
        its release's); False when ``time`` is not bounded."""
        if not time.bounded:
            return False
        index = self.index
        return any(
            time.admits_date(fact.date or index.source_date(fact.source).isoformat())
            for person in people
            for fact in index.facts_by_entity.get(person, [])
            # "According to Dr. Okafor, the graduates proved …": her view, not her doing.
            if not _REPORTED_VIEW.match(fact.text)
        )

    def _after_a_name(self, title: Mention, found: Sequence[Mention]) -> bool:
        """Whether a title found by its words follows another person's name at once:
        "Dr. Amara Okafor, CEO of the DTA" (a caption to check) gives her that title,
        right or wrong; it is no mention of whoever holds it."""
        people = self.index.person_ids
        return any(
            m.via != "role"
            and m.entity_id in people
            and m.entity_id != title.entity_id
            and m.words[1] == title.words[0]
            for m in found
        )

    def _names_a_title_of(self, words: list[str], m: Mention, people: set[str]) -> bool:
        """Whether the title words of role mention ``m`` are a title one of the named
        ``people`` holds or held: "when did Elena Vargas become executive director?" asks
        about her title, not about another person the title words would also find."""
        said = set(words[slice(*m.words)])
        index = self.index
        return any(
            said <= set(normalize(role.title).split())
            for person in people
            if person in index.person_ids
            for role in index.roles_by_entity.get(person, [])
        )

    def _surnames(
        self, words: list[str], mentions: list[Mention]
    ) -> tuple[list[Mention], tuple[SameName, ...]]:
        """A lone word that is part of people's names ("Ma"): one person, or several to choose.

        Read from a table of the words of people's names built once per index; a word
        that is also part of another kind of name ("Kalahari" in an organisation's) is
        not taken for a person.
        """
        same: list[SameName] = []
        table = self._person_words
        # "Which Whitfield …", "what did Marsh say …": a lone surname two people share,
        # which a near alias of one ("Mr Whitfield", "Tom Marsh") matched, names both
        # until the question settles which.
        kept = []
        for m in mentions:
            people = table.get(words[m.words[0]]) if m.words[1] - m.words[0] == 1 else None
            if (
                people
                and len(people) > 1
                and m.entity_id in people
                and not any(
                    x.entity_id == m.entity_id for x in self.index.names.exact(words[m.words[0]])
                )
            ):
                same.append(SameName(words[m.words[0]], m.words[0], tuple(people)))
            else:
                kept.append(m)
        mentions = kept
        for i, word in enumerate(words):
            people = table.get(word)
            if (
                not people
                or word in STOP_WORDS
                or word in QUESTION_WORDS
                or word in TITLE_WORDS
                or any(m.words[0] <= i < m.words[1] for m in mentions)
            ):
                continue
            if len(people) == 1:
                mentions.append(Mention(people[0], (i, i + 1)))
            else:
                same.append(SameName(word, i, people))
        # A name or alias two entities share ("DTA" for two organisations).
        for i, word in enumerate(words):
            if word in STOP_WORDS or any(m.words[0] <= i < m.words[1] for m in mentions):
                continue
            if any(x.position == i for x in same):
                continue
            owners = tuple(
                dict.fromkeys(
                    label.entity_id
                    for label in self.index.names.exact(word)
                    if label.via != "role"  # a title many hold is a role ask, not a name
                )
            )
            if len(owners) > 1:
                named = _owner_by_next_word(self.index, owners, words[i + 1 : i + 2])
                if named is not None:
                    # "The DTA alliance": the word after the shared name is a word of one
                    # owner's name only, which settles it.
                    mentions.append(Mention(named, (i, i + 2)))
                    continue
                same.append(SameName(word, i, owners))
        return mentions, tuple(same)

    def _settle_shared(
        self, shared: tuple[SameName, ...], subjects: list[str]
    ) -> tuple[tuple[SameName, ...], list[tuple[str, int]]]:
        """A shared name the rest of the question settles ("Okafor … the DTA"): the one
        owner that the other subjects' roles or facts are linked to."""
        if not subjects or not shared:
            return shared, []
        index = self.index
        linked: set[str] = set()
        for s in subjects:
            linked.update(r.organization or "" for r in index.roles_by_entity.get(s, []))
            for fact in index.facts_by_entity.get(s, [])[:MAX_LINKED_FACTS]:
                linked.update(fact.about)
        left, settled = [], []
        for same in shared:
            owners = [o for o in same.people if o in linked]
            # "Which Marsh works for the Trust?" when the Trust's facts name the other
            # Marsh: a title at an organisation named outweighs a fact linking them, so
            # the name stays open for the answer to settle by titles (namesake_pick.py).
            titled = [
                o
                for o in same.people
                if any(r.organization in subjects for r in index.roles_by_entity.get(o, []))
            ]
            if titled and owners and not set(owners) & set(titled):
                owners = []
            if len(owners) == 1:
                settled.append((owners[0], same.position))
            else:
                left.append(same)
        return tuple(left), settled

    def _settle_by_facts(
        self, shared: tuple[SameName, ...], words: list[str], subjects: list[str]
    ) -> tuple[tuple[SameName, ...], list[tuple[str, int]]]:
        """A shared name the question's own claim settles ("which DTA gave the academy
        US$15 million?"): the one owner a fact about it states the rest of the question
        of. When facts about several owners state it ("when was the DTA founded?"),
        the name stays ambiguous."""
        if not shared:
            return shared, []
        retriever = self.descriptions.retriever
        left, settled = [], []
        for same in shared:
            # Role words ask who holds a title there, which the roles answer, not a fact
            # that happens to use the word ("runs from 2020 to 2023"); a year or a time
            # word says when, which is no claim ("the DTA's president in 2020").
            terms = content_terms(
                " ".join(
                    w
                    for i, w in enumerate(words)
                    if i != same.position
                    and w not in TITLE_WORDS
                    and (not _YEAR_WORD.match(w) or _year_claimed(words, i))
                    and w not in _TIME_WORDS
                    # "What year was the DTA founded?": the kind of answer, no claim.
                    and stem(w) not in ANSWER_TYPE_TERMS["date"]
                    # "People named Ma", "the surname Ma": how the name is given, no claim.
                    and not (i + 1 == same.position and w in _NAMING_WORDS)
                )
            )
            if not terms:
                left.append(same)
                continue
            owners = set(same.people)
            # A fact naming several of the namesakes ("A is not related to B") tells
            # none of them apart.
            # One that the sentence opens with ("The Fabric Reuse Agency … has granted
            # EUR 6 million to the Fibre Return Alliance's programme") is the one it
            # states the claim of.
            stating = [
                owner
                for owner in same.people
                if any(
                    c.literal
                    and (
                        set(about := getattr(c.item, "about", ())) & owners == {owner}
                        or (
                            owner in about
                            and leads(self.index, owner, getattr(c.item, "text", ""))
                            # What it says of the one it opens with, before it names
                            # another namesake ("X is not related to Y, which funds Z":
                            # funding Z is Y's claim).
                            and _claims_of(self.index, c.item, owner, owners, terms)
                        )
                    )
                    for c in retriever.rank(terms, {owner, *subjects}, include_quotes=False)[:3]
                )
            ]
            if len(stating) == 1:
                settled.append((stating[0], same.position))
            else:
                left.append(same)
        return tuple(left), settled

    def _settle_by_evidence(
        self, shared: tuple[SameName, ...], words: list[str], name_words: set[int]
    ) -> tuple[tuple[SameName, ...], list[tuple[str, int]]]:
        """``settle_namesake`` over the question's words that are not names, titles,
        years or time words (the other namesakes' own mentions included)."""
        left, settled = [], []
        positions = {same.position for same in shared}
        terms = question_terms(
            w
            for i, w in enumerate(words)
            if i not in positions
            and i not in name_words
            and w not in TITLE_WORDS
            and (not _YEAR_WORD.match(w) or _year_claimed(words, i))
            and w not in _TIME_WORDS
            and stem(w) not in ANSWER_TYPE_TERMS["date"]
            and not (i + 1 in positions and w in _NAMING_WORDS)
        )
        for same in shared:
            owner = settle_namesake(self.index, same.people, terms)
            if owner is None:
                left.append(same)
            else:
                settled.append((owner, same.position))
        return tuple(left), settled

    def _unknown_names(self, question: str) -> tuple[str, ...]:
        """Capitalised words the knowledge base has never seen, a sentence's first word
        (capitalised by grammar, not as a name) left out."""
        found = []
        for match in _CAPITALISED.finditer(question):
            if _SENTENCE_START.fullmatch(question[: match.start()]):
                continue
            token = match.group()
            if re.fullmatch(r"I(?:['’](?:m|ve|d|ll))?", token):
                continue  # "am I right that …": the pronoun, never a name
            words = normalize(token).split()
            if words and all(w in CALENDAR_WORDS or w in CURRENCY_WORDS for w in words):
                continue  # "June", "USD": a month or a currency code, no name
            # "Rwandan", "Malaysian": a place the base has, named by its adjective.
            if words and not any(
                self.known(w) or self.descriptions.demonym_place(w) for w in words
            ):
                if all(w in wire_words() for w in words):
                    continue  # "Business Wire or PR Newswire?": a wire offered as a choice
                found.append(token)
        owner = self._unknown_owner(normalize(question).split())
        if owner is not None and owner not in {normalize(f) for f in found}:
            found.append(owner)
        return tuple(found)

    def _unknown_owner(self, words: list[str]) -> str | None:
        """ "Who is the director general of unesco": the one word ending a question right
        after "<title> of [the]" that the knowledge base has never seen, written in
        any case (a lowercase name is still a name the releases lack); None otherwise."""
        if len(words) < 3 or words[-1] in STOP_WORDS or self.known(words[-1]):
            return None
        linked = len(words) - 2 - (words[-2] in _ARTICLES)
        # Only "of": "president at the moment" is a time, not where the title is held.
        # "The chair of the board of X": a body's title is asked at X as well.
        titled = words[linked - 1] in TITLE_WORDS or words[linked - 1] in BODY_WORDS
        if linked < 1 or words[linked] != "of" or not titled:
            return None
        return words[-1]

    # --- descriptions -------------------------------------------------------------

    @staticmethod
    def _capitalised(question: str, word: str) -> bool:
        """Whether the question writes ``word`` only capitalised past its first word: a
        noun of a proper name ("the Federation for …"), not of a description."""
        tokens = re.findall(r"[\w'’-]+", question)[1:]
        forms = [t for t in tokens if t.casefold() == word]
        return bool(forms) and all(t[:1].isupper() for t in forms)

    def _owned_compound(
        self, words: list[str], i: int, mentions: list[Mention], possessed: frozenset[str]
    ) -> bool:
        """Whether ``words[i]``, written right after a name's possessive, only modifies
        the noun after it: "HyHaul's programme budget" when a fact about HyHaul writes
        "programme budget". The possessive then owns the compound (a budget), and
        "HyHaul's programme" describes no programme of HyHaul's."""
        if words[i] not in possessed or i + 1 >= len(words):
            return False
        following = words[i + 1]
        if following in STOP_WORDS or following in QUESTION_WORDS:
            return False
        phrase = f" {words[i]} {following} "
        return any(
            phrase in f" {normalize(fact.text)} "
            for m in mentions
            if m.words[1] == i
            for fact in self.index.facts_by_entity.get(m.entity_id, ())
        )

    def _partial_name(
        self, words: list[str], start: int, noun: int, kinds: frozenset[EntityKind]
    ) -> str | None:
        """The one entity of a kind in ``kinds`` whose name (or alias) holds every word
        of ``words[start:noun + 1]`` but the article, at least MIN_PARTIAL_NAME_WORDS of
        them, the kind noun included; None when no one entity's name holds them all
        (then the words describe, as "the county's transport authority" does). A word
        too many names hold (over MAX_PARTIAL_NAME_OWNERS: "authority" on a large base)
        must still be a name word but picks no one out; the others must pick out the
        one entity of the kind."""
        span = [w for w in words[start : noun + 1] if w not in ("the", "a", "an", "s")]
        if len(span) < MIN_PARTIAL_NAME_WORDS or not all(w.isalpha() for w in span):
            return None
        names = self.index.names
        owners: frozenset[str] | None = None
        for word in span:
            if not names.has_word(word):
                return None  # a word no name holds: the words describe
            held = names.owners_of_word(word, limit=MAX_PARTIAL_NAME_OWNERS)
            if not held:
                continue  # held by too many names to pick out anyone: no constraint
            owners = held if owners is None else owners & held
            if not owners:
                return None
        if owners is None:
            return None
        of_kind = [e for e in owners if self.index.entity(e).kind in kinds]
        return of_kind[0] if len(of_kind) == 1 else None

    def _descriptions(
        self,
        words: list[str],
        mentions: list[Mention],
        described: list[Mention],
        question: str = "",
    ) -> tuple[list[Mention], list[Mention]]:
        """ "the online commerce company", "the UN agency", "the unido guy"."""
        index = self.index
        for i, word in enumerate(words):
            kinds = DESCRIBED_NOUNS.get(word)
            if kinds is None or any(m.words[0] <= i < m.words[1] for m in [*mentions, *described]):
                continue
            if i > 0 and self._capitalised(question, word):
                continue  # "Agency for Industrial Development …": part of a name
            if (
                i > 0
                and words[i - 1] in KIND_NOUNS
                and any(m.words[1] == i for m in mentions)
                and word not in _possessed(question)
            ):
                # "Did the Ocean Foundation fund X?": right after a name ending in a kind
                # noun, a second one is a verb, not a description; after a possessive
                # ("the Kestrel Fund's programme") it is the noun described.
                continue
            if i + 1 < len(words) and (word, words[i + 1]) in index.title_word_pairs:
                continue  # "the academy's programme director": a title, not a programme
            if _title_field_after(words, i, mentions, _possessed(question)):
                continue  # "head of the Academy's programmes": a title's field
            if self._owned_compound(words, i, mentions, _possessed(question)):
                continue  # "HyHaul's programme budget": a budget, not a programme
            start = _description_start(words, i, stop_at_time=True)
            named = self._partial_name(words, start, i, kinds)
            if named is not None:
                # "the Ashcombe transit authority": every word, the kind noun included,
                # is a word of one entity's name, so the words name it, short of a word.
                described.append(Mention(named, (start, i + 1)))
                continue
            before = words[max(0, start - 2) : i]
            if "how" in before and ("many" in before or "much" in before):
                continue  # "how many member companies": what is counted, not a description
            if any(a in _COUNT_NOUNS and b in ("of", "for") for a, b in itertools.pairwise(before)):
                continue  # "the newest number of member companies": what is counted
            # "the association of businesses": an "of" phrase after the noun describes it too.
            end = i + 1
            if end + 1 < len(words) and words[end] in _POST_LINKS:
                first = end + 1
                # "the grant from the development trust": an article may open the phrase.
                if words[first] in ("the", "a", "an") and first + 1 < len(words):
                    first += 1
                stop = first
                while (
                    stop < len(words)
                    and stop - end <= MAX_POST_WORDS
                    and words[stop] not in QUESTION_WORDS
                    and words[stop] not in _DESCRIPTION_STOPS
                    and words[stop] not in YES_NO_OPENERS
                    and not any(m.words[0] == stop for m in mentions)
                ):
                    stop += 1
                if stop > first:
                    end = stop
            by_person = self._by_affiliation(words, i, kinds, mentions)
            if by_person is not None:
                # "the organisation Lina Ma used to work for": whom a person is with.
                entity, stop = by_person
                inside = [m for m in mentions if start <= m.words[0] < stop]
                mentions = [m for m in mentions if m not in inside]
                described.append(Mention(entity, (start, stop)))
                continue
            clause: tuple[int, int] | None = None
            # "the platform Alibaba helped start": a clause with its "that" left out
            # opens with a name and goes on with a verb.
            reduced = (
                end == i + 1
                and i + 2 < len(words)
                and any(
                    m.words[0] == i + 1
                    and m.words[1] < len(words)
                    and words[m.words[1]] not in STOP_WORDS
                    and words[m.words[1]] not in QUESTION_WORDS
                    for m in mentions
                )
            )
            # "the group hosting the campus": a clause reduced to its participle.
            reduced = reduced or (
                end == i + 1
                and i + 2 < len(words)
                and words[i + 1].endswith("ing")
                and len(words[i + 1]) > len("ing") + 1
                and words[i + 1] not in STOP_WORDS
            )
            if (
                end == i + 1
                and i + 2 < len(words)
                and (words[i + 1] in ("that", "which", "who", "whose") or reduced)
            ):
                # "the organisation that supports eWTP": a relative clause, read from facts.
                clause_start = i + 1 if reduced else i + 2
                clause_end = clause_start
                # "that is one of the eWTP initiators": the copula and "one of the" say
                # nothing of what it does, so they take none of the clause's words.
                linking = 0
                while (
                    clause_start + linking < len(words)
                    and words[clause_start + linking] in _CLAUSE_LINKS
                ):
                    linking += 1
                # A name in the clause ("gave the Academy …") counts as one word.
                linking += sum(
                    m.words[1] - m.words[0] - 1
                    for m in mentions
                    if clause_start <= m.words[0]
                    and m.words[1] - clause_start <= MAX_POST_WORDS + 1
                )
                while (
                    clause_end < len(words)
                    and clause_end - i <= MAX_POST_WORDS + 1 + linking
                    and words[clause_end] not in QUOTE_WORDS
                    and words[clause_end] not in QUESTION_WORDS
                    and words[clause_end] != "and"
                ):
                    clause_end += 1
                # A name the bound cuts ("… hosted the 2024 partners | meeting") is whole.
                for m in mentions:
                    if clause_start <= m.words[0] < clause_end < m.words[1]:
                        clause_end = m.words[1]
                found = self._by_clause(words, clause_start, clause_end, kinds, mentions)
                if found is not None:
                    # A name that starts before the description's words ("the UN" is an
                    # alias) belongs to it whole.
                    inside = [
                        m
                        for m in mentions
                        if start <= m.words[0] < clause_end or m.words[0] < start < m.words[1]
                    ]
                    mentions = [m for m in mentions if m not in inside]
                    described.append(Mention(found, (start, clause_end)))
                    continue
                clause = (clause_start, clause_end)
            if start == i and end == i + 1:
                if i > 0 and words[i - 1] == "the" and EntityKind.PERSON not in kinds:
                    # "The foundation's grants director", "the insurer's boss": the one
                    # thing of the kind the releases call so (``sole_of_noun``).
                    sole = self.descriptions.sole_of_noun(word, kinds)
                    if sole is not None and not any(m.entity_id == sole for m in mentions):
                        described.append(Mention(sole, (i, i + 1)))
                continue
            # A name that starts before the description's words ("the UN" is an alias)
            # belongs to it whole.
            for m in mentions:
                if m.words[0] < start < m.words[1]:
                    start = m.words[0]
            inside = [m for m in mentions if start <= m.words[0] and m.words[1] <= end]
            named = {m.entity_id for m in inside}
            entity: str | None = None
            if EntityKind.PERSON in kinds:
                orgs = [e for e in named if index.entity(e).kind is EntityKind.ORGANIZATION]
                # "The UN guy": someone with a role at the UN or at one of its bodies.
                bodies = [b for o in orgs for b in (o, *member_bodies(index, o))]
                people = {p for o in bodies for p in index.people_by_org.get(o, [])}
                if len(people) > 1:
                    # "…in the alibaba meeting": the one the event's facts name.
                    events = [
                        m.entity_id
                        for m in mentions
                        if index.entity(m.entity_id).kind is EntityKind.EVENT
                    ]
                    there = {
                        e
                        for ev in events
                        for f in index.facts_by_entity.get(ev, [])
                        for e in f.about
                    }
                    people = (people & there) or people
                if len(people) == 1:
                    entity = people.pop()
            else:
                modifiers = [w for w in words[start:end] if w not in STOP_WORDS]
                # The noun alone ("how many countries") describes nothing in particular.
                if [w for w in modifiers if w != word]:
                    entity = self.descriptions.by_description(modifiers, kinds, named)
            if entity is None:
                # "the WTO organisation": the name already says which.
                continue
            if clause is not None and self._clause_holds(words, clause, entity, mentions):
                # "the Nairobi foundation that funds the academy": the clause, which a
                # fact states of the described entity, is part of the description.
                end = clause[1]
                inside = [m for m in mentions if start <= m.words[0] < end]
            mentions = [m for m in mentions if m not in inside]
            described.append(Mention(entity, (start, end)))
        return mentions, described

    def _by_affiliation(
        self, words: list[str], i: int, kinds: frozenset[EntityKind], mentions: list[Mention]
    ) -> tuple[str, int] | None:
        """ "The organisation [that] X works for / used to work for / belongs to": X's
        organisation from the roles (an earlier one for "used to", "formerly"), and
        where the phrase ends."""
        if EntityKind.ORGANIZATION not in kinds:
            return None
        j = i + 1 + (i + 1 < len(words) and words[i + 1] in ("that", "which"))
        person = next(
            (m for m in mentions if m.words[0] == j and m.entity_id in self.index.person_ids),
            None,
        )
        if person is None:
            return None
        stop = person.words[1]
        while stop < len(words) and stop - person.words[1] < 5 and words[stop] not in _AFFILIATED:
            if words[stop] in QUESTION_WORDS or words[stop] in _DESCRIPTION_STOPS:
                return None
            stop += 1
        if stop >= len(words) or words[stop] not in _AFFILIATED:
            return None
        former = bool(set(words[person.words[1] : stop]) & _FORMERLY)
        stop += 1
        if stop < len(words) and words[stop] in ("for", "at", "with", "to", "in"):
            stop += 1
        history = self.index.role_history(person.entity_id)
        spans = history.earlier if former else history.current
        every = list(dict.fromkeys(s.role.organization for s in spans if s.role.organization))
        # Of the kind named, else whatever they hold a title at (a programme, a campus).
        orgs = [o for o in every if self.index.entity(o).kind in kinds] or every
        return (orgs[0], stop) if len(orgs) == 1 else None

    def _clause_holds(
        self, words: list[str], clause: tuple[int, int], entity: str, mentions: list[Mention]
    ) -> bool:
        """Whether a fact about ``entity`` states what the relative clause says."""
        start, end = clause
        named = {m.entity_id for m in mentions if start <= m.words[0] and m.words[1] <= end}
        taken = {k for m in mentions for k in range(*m.words)}
        terms = content_terms(
            " ".join(w for k, w in enumerate(words[start:end], start) if k not in taken)
        )
        if not terms:
            return False
        ranked = self.descriptions.retriever.rank(terms, {entity, *named}, include_quotes=False)
        return any(
            c.literal and not isinstance(c.item, Entity) and {entity, *named} <= set(c.item.about)
            for c in ranked[:5]
        )

    def _by_clause(
        self,
        words: list[str],
        start: int,
        end: int,
        kinds: frozenset[EntityKind],
        mentions: list[Mention],
    ) -> str | None:
        """The one entity of ``kinds`` that facts say does what the clause says."""
        named = {m.entity_id for m in mentions if start <= m.words[0] and m.words[1] <= end}
        taken = {k for m in mentions for k in range(*m.words)}
        # "co-initiated": the prefix splits off as a word no fact has on its own.
        terms = content_terms(
            " ".join(
                w for k, w in enumerate(words[start:end], start) if k not in taken and w != "co"
            )
        )
        if not terms or not named:
            return None
        if set(terms) & _HOST_TERMS and EntityKind.ORGANIZATION in kinds:
            # "The company that hosted the meeting": whose premises the event's own fact
            # places it at ("at Alibaba Group's headquarters").
            host = self._host_of(named)
            if host is not None:
                return host
        candidates = self.descriptions.retriever.rank(terms, named, include_quotes=False)
        ranked = [
            c
            for c in candidates
            if c.literal and not isinstance(c.item, Entity) and named <= set(c.item.about)
        ]
        if not ranked and len(named) > 1:
            # "The foundation that gave the Academy the US$15 million (grant)": the clause's
            # verb in other words ("committed"), but a fact about every thing it names
            # links them, which is the statement.
            ranked = [
                c
                for c in self.descriptions.retriever.rank([], named, include_quotes=False)
                if not isinstance(c.item, Entity) and named <= set(c.item.about)
            ]
        if not ranked:
            return None
        # Among the facts stating the clause about as well as the best, the most direct
        # one (naming the fewest such entities) picks the entity out.
        best = ranked[0].score
        options = []
        for c in ranked:
            if c.score < CLAUSE_RATIO * best:
                break
            about = c.item.about  # type: ignore[union-attr]
            found = [e for e in about if e not in named and self.index.entity(e).kind in kinds]
            if found:
                options.append(list(dict.fromkeys(found)))
        if not options:
            return None
        fewest = min(options, key=len)
        return fewest[0] if len(fewest) == 1 else None

    def _host_of(self, named: set[str]) -> str | None:
        """The one organisation whose premises the named events were placed at: a place
        of an event's facts (their ``place``, or a place they are about) named after an
        organisation ("Alibaba Group headquarters"); None when none or several."""
        index = self.index
        hosts: set[str] = set()
        for event in named:
            if index.entity(event).kind is not EntityKind.EVENT:
                continue
            for fact in index.facts_by_entity.get(event, [])[:MAX_LINKED_FACTS]:
                for e in (*((fact.place,) if fact.place else ()), *fact.about):
                    if index.entity(e).kind is EntityKind.PLACE:
                        owner = self.descriptions.named_after(e)
                        if owner is not None:
                            hosts.add(owner)
        return hosts.pop() if len(hosts) == 1 else None

    def _titled(self, words: list[str], mentions: list[Mention]) -> list[RoleAsk]:
        """A person named by their title ("the President of X"): that role, as a role ask.

        Kept so that a question about the title at another time ("who was appointed
        President of X in 2007?") can be answered from the organisation's facts rather
        than from whoever holds it in the roles.
        """
        asks = []
        for m in mentions:
            if m.via != "role":
                continue
            text = " ".join(words[slice(*m.words)])
            for role in self.index.roles_by_entity.get(m.entity_id, []):
                title = normalize(role.title)
                # "Who was Kestrel Optics CEO in 2016?": the title by its initials is the
                # title asked too, while held (an ended one so named is read by
                # executors/ended_titles.py); "… per its DG" in another question only
                # names the person.
                held = not self.index.title_ended(role)[0] and "who" in words
                initials = held and bool(set(text.split()) & title_acronyms(role.title))
                if role.organization and title and (title in text or initials):
                    asks.append(
                        RoleAsk(
                            role.organization,
                            tuple(title.split()),
                            (m.entity_id,),
                            tuple(
                                r.source
                                for r in self.index.roles_by_entity.get(m.entity_id, [])
                                if normalize(r.title) == title
                            ),
                        )
                    )
                    break
        return asks

    def _org_of_place(self, places: list[Mention], title: list[str]) -> Mention | None:
        """The one organisation named after the place mentioned (its name holds the
        place's name) where someone holds ``title``, as a mention at the place's words;
        None when there is no such place, or none or several such organisations."""
        index = self.index
        for m in places:
            place = index.entity(m.entity_id)
            if place.kind is not EntityKind.PLACE:
                continue
            key = f" {normalize(place.name)} "
            last = normalize(place.name).split()[-1:]
            owners = index.names.owners_of_word(last[0], limit=MAX_PLACE_ORGS) if last else ()
            found = [
                e
                for e in sorted(owners)
                if index.entity(e).kind is EntityKind.ORGANIZATION
                and key in f" {normalize(index.entity(e).name)} "
                and self.descriptions.role_holder(e, title)
            ]
            if len(found) == 1:
                return Mention(found[0], m.words, "name")
        return None

    def _org_of_title(self, title: list[str], at: int) -> Mention | None:
        """The one organisation at which the releases give someone exactly ``title``
        (its role labels), as a mention after the title's words; None when the title
        is held at none or several (or by too many people to read)."""
        index = self.index
        labels = [label for label in index.names.exact(" ".join(title)) if label.via == "role"]
        if not labels or len(labels) > MAX_BARE_TITLE_HOLDERS:
            return None
        key = normalize(" ".join(title))
        found = {
            role.organization
            for person in {label.entity_id for label in labels}
            for role in index.roles_by_entity.get(person, [])
            if role.organization and normalize(role.title) == key
        }
        return Mention(found.pop(), (at, at), "role") if len(found) == 1 else None

    def _whole_title_at(
        self, words: list[str], i: int, read: int, mentions: list[Mention]
    ) -> _WholeTitle | None:
        """ "Who was director of parks and recreation in Wendmere in 2021?": a whole
        title the releases give, starting at ``words[i]`` and longer than the ``read``
        words the title vocabulary took (its field holds "and"), held at one
        organisation only, whose name holds the name of the place or organisation
        written right after the title ("in Wendmere", "for the City of Wendmere": the
        city's Parks and Recreation Department). None when the words name no such
        title, it is held at several organisations, or what follows names another."""
        whole = self._title_label_at(words, i)
        if whole is None or len(whole) <= read:
            return None
        j = i + len(whole)
        if j >= len(words) or words[j] not in _TITLE_LINKS:
            return None
        j += 1
        while j < len(words) and words[j] in ("the", "a", "an"):
            j += 1
        named = next((m for m in mentions if m.words[0] == j), None)
        if named is None:
            return None
        entity = self.index.entity(named.entity_id)
        if entity.kind not in (EntityKind.PLACE, EntityKind.ORGANIZATION):
            return None
        holder = self._org_of_title(whole, j)
        if holder is None or holder.entity_id == named.entity_id:
            return None
        if (
            f" {normalize(entity.name)} "
            not in f" {normalize(self.index.entity(holder.entity_id).name)} "
        ):
            return None
        return _WholeTitle(whole, Mention(holder.entity_id, named.words, "name"), named)

    def _own_title(self, words: list[str], mentions: list[Mention]) -> _OwnTitle | None:
        """The one person named's title that the words before a title word name, with
        their organisation's name among them and a field word in another order ("the
        Acme grants director" for Director of Grants at Acme Trust; ``title_named`` once
        the organisation's own words are set aside); None when no one person is named by
        name, the words hold no field word, or they fit none or several of their titles."""
        index = self.index
        people = [m for m in mentions if m.via != "role" and m.entity_id in index.person_ids]
        if len({m.entity_id for m in people}) != 1:
            return None
        person = people[0]
        for t, word in enumerate(words):
            if word not in TITLE_WORDS or person.words[0] <= t < person.words[1]:
                continue
            start = t
            while (
                start > 0
                and t - start < MAX_OWN_TITLE_WORDS
                and words[start - 1] not in STOP_WORDS
                and words[start - 1] not in QUESTION_WORDS
                and not person.words[0] <= start - 1 < person.words[1]
            ):
                start -= 1
            if start == t:
                continue
            span = (start, t + 1)
            found = []
            for role in index.roles_by_entity.get(person.entity_id, []):
                org = role.organization
                if org is None:
                    continue
                entity = index.entity(org)
                named = {
                    w for label in (entity.name, *entity.aliases) for w in normalize(label).split()
                }
                at = [i for i in range(*span) if normalize(words[i]) in named]
                title = [words[i] for i in range(*span) if i not in at]
                # A field word before the title word ("grants director") is what the
                # other readings miss; "the DTA president" they already read.
                field = any(w not in TITLE_WORDS for w in title)
                if at and field and title_named(role.title, title):
                    found.append(
                        _OwnTitle(
                            RoleAsk(org, tuple(title), (person.entity_id,)),
                            span,
                            (min(at), max(at) + 1),
                        )
                    )
            if len({f.ask.organization for f in found}) == 1:
                return found[0]
        return None

    def _bare_title_asks(self, words: list[str], taken: list[Mention]) -> list[RoleAsk]:
        """ "Who was corridor coordinator in 2018?": a whole title the releases give
        (two words or more, ``_title_label_at``) named with no organisation, as one role
        ask per organisation giving it (``RoleAsk.bare``); [] when the words name none,
        or it is held by too many people to read."""
        index = self.index
        for i in range(len(words)):
            if any(m.words[0] <= i < m.words[1] for m in taken):
                continue
            whole = self._title_label_at(words, i)
            if whole is None:
                continue
            if len(whole) == 1 and any(
                w not in STOP_WORDS and w not in QUESTION_WORDS and not w.isdigit()
                for j, w in enumerate(words)
                if j != i
            ):
                # "Who was mayor (in 2022)?" alone: a one-word title beside any other
                # word ("the DTA's president", "chair of the X") is read by the rest.
                continue
            if words[i + len(whole) : i + len(whole) + 1] in (["of"], ["at"], ["for"]):
                # "The chief executive of the Norwegian wool company": the title is
                # asked of something the question goes on to describe.
                return []
            labels = [label for label in index.names.exact(" ".join(whole)) if label.via == "role"]
            if len(labels) > MAX_BARE_TITLE_HOLDERS:
                return []
            key = normalize(" ".join(whole))
            orgs = dict.fromkeys(
                role.organization
                for person in dict.fromkeys(label.entity_id for label in labels)
                for role in index.roles_by_entity.get(person, [])
                if role.organization
                and key
                in (
                    normalize(role.title),
                    # "Minister" of "Minister of Health" at the Ministry of Health
                    normalize(field_head(role.title, index.entity(role.organization).name) or ""),
                )
            )
            if len(whole) == 1 and len(orgs) != 1:
                # "Who was mayor?": a one-word title is read bare only where a single
                # organisation gives it; "director" at several says nothing of which.
                continue
            return [
                RoleAsk(
                    org,
                    tuple(whole),
                    tuple(self.descriptions.role_holder(org, whole)),
                    bare=True,
                )
                for org in orgs
                if org is not None
            ]
        return []

    def _title_label_at(self, words: list[str], i: int) -> list[str] | None:
        """The longest title that the releases give someone (a role label), starting
        at ``words[i]`` (one word when it is the whole of a title: "mayor"); None when
        there is none."""
        for end in range(min(len(words), i + MAX_WHOLE_TITLE_WORDS), i, -1):
            if any(label.via == "role" for label in self.index.names.exact(" ".join(words[i:end]))):
                return words[i:end]
        return None

    def _roles(
        self,
        words: list[str],
        mentions: list[Mention],
        described: list[Mention],
        possessed: frozenset[str] = frozenset(),
    ) -> tuple[list[Mention], list[Mention], list[RoleAsk]]:
        """ "Alibaba's founder", "the head of UNIDO", "who runs X": a person by role.
        ``possessed``: the words the question writes after a possessive ("X's
        programmes"), which may be a title's field (``_title_field_after``)."""
        index = self.index
        # "Who held the Alliance presidency": the office named as its holder's title
        # (one word for one, so the mentions' spans stay as they are).
        words = [_OFFICE_TITLES.get(w, w) for w in words]
        asks: list[RoleAsk] = []
        # Anything people hold roles at: organisations, and a campus or programme too.
        orgs = [
            m
            for m in [*mentions, *described]
            if index.entity(m.entity_id).kind is EntityKind.ORGANIZATION
            or m.entity_id in index.people_by_org
            or m.entity_id in index.unit_roles
        ]
        # "Who was Programme Manager of X in 2017?", "who held the presidency of X": a
        # title someone at X holds or held, read before the fixed vocabulary below so
        # that "Chief Technology Officer" is one title, not "chief" and "officer".
        held = {
            org: span
            for org in orgs
            if (
                span := _title_held_before(index, words, org, [*mentions, *described])
                or _title_held_after(index, words, org, [*mentions, *described])
            )
        }
        in_held = {k for start, end in held.values() for k in range(start, end)}
        i = 0
        while i < len(words):
            if (
                words[i] not in TITLE_WORDS
                or i in in_held
                or any(m.words[0] <= i < m.words[1] for m in [*mentions, *described])
            ):
                i += 1
                continue
            end = i
            while end < len(words) and words[end] in TITLE_WORDS:
                end += 1
                # "Chief financial officer": a word between title words is the title's
                # (``role_fits`` then asks it of every holder's title).
                inner = end
                while (
                    inner < len(words)
                    and inner - end < MAX_TITLE_MODIFIERS
                    and (
                        words[inner] not in STOP_WORDS
                        and words[inner] not in TITLE_WORDS
                        and not any(m.words[0] <= inner < m.words[1] for m in mentions)
                    )
                ):
                    inner += 1
                if inner > end and inner < len(words) and words[inner] in TITLE_WORDS:
                    end = inner
            # "Head of communications": a field after "of" is the title's too (never a
            # name, an article or a body of the organisation: "head of the campus").
            field = end + 1
            while (
                field < len(words)
                and field - end <= MAX_TITLE_MODIFIERS
                and words[end] == "of"
                and words[field] not in STOP_WORDS
                and words[field] not in TITLE_WORDS
                and words[field] not in BODY_WORDS
                and words[field] not in QUESTION_WORDS
                and not any(m.words[0] <= field < m.words[1] for m in [*mentions, *described])
            ):
                field += 1
            if field > end + 1 and end < len(words):
                end = field
            title = words[i:end]
            org: Mention | None = None
            nouns = all(w in _TITLE_NOUNS for w in title if w in TITLE_WORDS)
            if end < len(words) and words[end] in _PERSON_NOUNS:
                # "The top official at X", "the top guy at X": a title word before a
                # plain noun for a person is that person's title.
                end += 1
                nouns = True
            # "Alibaba's founder", "the UNIDO director general": the organisation before.
            before = [m for m in orgs if m.words[1] == i]
            if before and nouns:
                org = before[0]
            elif nouns and (places := [m for m in mentions if m.words[1] == i]):
                # "Wirrinda's mayor": the one organisation named after the place before
                # the title where someone holds it (Wirrinda City Council).
                org = self._org_of_place(places, title)
            else:
                # "the founder of X", "head of the X"; "who runs X", "who founded X".
                j = end
                linked = j < len(words) and words[j] in ("of", "at", "for")
                if linked:
                    j += 1
                while j < len(words) and words[j] in ("the", "a", "an"):
                    j += 1
                after = [m for m in orgs if (end + linked) <= m.words[0] <= j]
                asks_person = "who" in words[:i] or "whom" in words[:i]
                if after and ((nouns and linked) or (not nouns and asks_person)):
                    org = after[0]
                    if (
                        linked
                        and end == i + 1
                        and _title_field_after(words, org.words[1], [org], possessed)
                    ):
                        # "Head of the Academy's programmes" is the Academy's "head of
                        # programmes", a title with its field (``role_fits``).
                        title = [*title, "of", words[org.words[1]]]
                elif linked and not after:
                    # "The mayor of Harbourmoor": the one organisation named after the
                    # place where someone holds that title (the City of Harbourmoor).
                    org = self._org_of_place(
                        [m for m in mentions if end + 1 <= m.words[0] <= j], title
                    )
                elif not orgs and i > 0 and words[i - 1] == "the":
                    # "What did the mayor say in 2017?": a bare title, held at one
                    # organisation only (the City of Harbourmoor's mayors).
                    org = self._org_of_title(title, end)
            if org is None and not orgs:
                # "Who was the Minister of General Education in 2019?": a whole title
                # the releases give, whose field ("general") the title words above cut
                # short, held at one organisation only.
                whole = self._title_label_at(words, i)
                if whole is not None and set(whole[len(title) :]) & TITLE_WORDS:
                    title, end = whole, i + len(whole)
                    org = self._org_of_title(title, end)
            if org is None:
                unit = self._whole_title_at(words, i, len(title), [*mentions, *described])
                if unit is not None:
                    # "Director of Parks and Recreation in Wendmere": the department
                    # holding that title, in place of the place or city named.
                    title, end = unit.title, i + len(unit.title)
                    mentions = [m for m in mentions if m is not unit.named]
                    described = [m for m in described if m is not unit.named]
                    org = unit.org
                    mentions.append(org)
            if org is None:
                i = end
                continue
            # "Who led the PRN steering board": a body of the organisation named right
            # after it is what the title is of.
            k = org.words[1]
            while k < len(words) and words[k] in BODY_WORDS and k not in in_held:
                k += 1
            if k > org.words[1] and org.words[0] >= end:
                title = [*title, *words[org.words[1] : k]]
            holders = tuple(self.descriptions.role_holder(org.entity_id, title))
            unit = None if holders else unit_role_holders(index, org.entity_id, title)
            if unit is not None:
                # "Director of the Hydrology Lab" at Lakemoor University: the Lab's.
                asks.append(RoleAsk(unit.organization, unit.words, unit.holders))
                holders = unit.holders
            else:
                asks.append(RoleAsk(org.entity_id, tuple(title), holders))
            if len(holders) == 1:
                span = (min(i, org.words[0]), max(end, org.words[1]))
                mentions = [m for m in mentions if m is not org]
                described = [m for m in described if m is not org]
                described.append(Mention(holders[0], span))
            i = end
        if not mentions and not described and not asks and {"who", "whom"} & set(words):
            asks = self._bare_title_asks(words, [*mentions, *described])
        for org, (start, end) in held.items():
            if any(a.organization == org.entity_id for a in asks):
                continue
            title = tuple(words[start:end])
            if end <= org.words[0] and _title_field_after(words, org.words[1], [org], possessed):
                # "Head of the Academy's programmes": the Academy's head of programmes.
                title = (*title, "of", words[org.words[1]])
            holders = tuple(self.descriptions.role_holder(org.entity_id, title))
            asks.append(RoleAsk(org.entity_id, title, holders))
            if len(holders) == 1:
                mentions = [m for m in mentions if m is not org]
                described = [m for m in described if m is not org]
                span = (min(start, org.words[0]), max(end, org.words[1]))
                described.append(Mention(holders[0], span))
        return mentions, described, asks


# The copula and partitive that open a relative clause ("that is one of the …").
_CLAUSE_LINKS = frozenset("is are was were one of the a an among".split())


def _title_field_after(
    words: list[str], i: int, mentions: Sequence[Mention], possessed: frozenset[str]
) -> bool:
    """Whether ``words[i]`` is the field of a title written around its organisation:
    "head of the Academy's programmes", "in charge of X's training" (read "head of", a
    thesaurus phrase): the word right after a name that follows "<title word> of
    [the]", written after a possessive (``possessed``: the words after "'s" in the
    question, so "president of the alliance today" is no field), and itself no stop,
    title, body or question word."""
    if i >= len(words) or words[i] not in possessed:
        return False
    if words[i] in STOP_WORDS or words[i] in TITLE_WORDS:
        return False
    if words[i] in BODY_WORDS or words[i] in QUESTION_WORDS:
        return False
    for m in mentions:
        if m.words[1] != i:
            continue
        k = m.words[0]
        while k > 0 and words[k - 1] in ("the", "a", "an"):
            k -= 1
        if k >= 2 and words[k - 1] == "of" and words[k - 2] in TITLE_WORDS:
            return True
    return False


def _owner_by_next_word(index: Index, owners: Sequence[str], after: Sequence[str]) -> str | None:
    """The one of ``owners`` (entities sharing a name) whose own name has the word in
    ``after`` (the word after the shared name, or none) and no other owner's does:
    "alliance" after "DTA" for the Digital Trade Alliance, not the Development Trust
    for Africa. None when no word follows or it names none or several."""
    if not after or after[0] in STOP_WORDS:
        return None
    having = [e for e in owners if after[0] in normalize(index.entity(e).name).split()]
    return having[0] if len(having) == 1 else None


def _possessed(question: str) -> frozenset[str]:
    """The words written right after a possessive ("the Academy's programmes" gives
    "programmes"), normalised."""
    return frozenset(
        # The look-behind keeps a name from being used up by the possessive before it
        # ("what's HyHaul's programme": "HyHaul" and "programme" are both possessed).
        normalize(w)
        for w in re.findall(r"(?<=\w)['’]s\s+([\w-]+)", question, re.IGNORECASE)
    )


# The most words a whole title named without its organisation spans ("Minister of
# General Education").
MAX_WHOLE_TITLE_WORDS = 8
# An office named for its title: "the presidency" is held by the president.
_OFFICE_TITLES = {
    "presidency": "president",
    "chairmanship": "chairman",
    "chairpersonship": "chairperson",
    "directorship": "director",
}
# Words a title may hold between its own words ("Minister of Trade", "Head of the campus").
# At most this many words between title words are read as the title's ("chief
# financial officer").
MAX_TITLE_MODIFIERS = 2
_TITLE_JOINERS = frozenset(("of", "for", "and", "the"))
MAX_TITLE_WORDS = 5


def _title_held_before(
    index: Index, words: list[str], org: Mention, others: list[Mention]
) -> tuple[int, int] | None:
    """The span of words before "of/at/for [the] <org>" that names a title someone at
    ``org`` holds or held ("programme manager", "minister of trade", "presidency"),
    longest first; None when they name none.

    Titles come from the knowledge base's roles at that organisation (``title_named``:
    each word a word of the title, by stem), not from a fixed vocabulary.
    """
    j = org.words[0] - 1
    while j >= 0 and words[j] in ("the", "a", "an"):
        j -= 1
    if j < 1 or words[j] not in _TITLE_AT:
        return None
    end = j
    start = end
    taken = {i for m in others for i in range(*m.words)}
    while (
        start > 0
        and end - start < MAX_TITLE_WORDS
        and start - 1 not in taken
        and (words[start - 1] in _TITLE_JOINERS or words[start - 1] not in STOP_WORDS)
        and words[start - 1] not in QUESTION_WORDS
    ):
        start -= 1
    titles = {
        role.title
        for person in index.people_by_org.get(org.entity_id, [])
        for role in index.roles_by_entity.get(person, [])
        if role.organization == org.entity_id
    }
    for first in range(start, end):
        span = words[first:end]
        if span[0] in _TITLE_JOINERS or span[-1] in _TITLE_JOINERS:
            continue
        if any(title_named(title, span) for title in titles):
            return first, end
    return None


def _title_held_after(
    index: Index, words: list[str], org: Mention, others: list[Mention]
) -> tuple[int, int] | None:
    """The span of words right after ``org`` ("LBC's corridor coordinator", "the LBC
    corridor coordinator") that names a whole title someone at ``org`` holds or held
    (every word of it, as written, or its initials), longest first, when it has a word
    no title vocabulary knows ("coordinator", "MD"): the titles of title words alone ("the DTA president") the
    title reading of ``QueryParser._roles`` takes. None when the words name none."""
    start = org.words[1]
    taken = {i for m in others for i in range(*m.words)}
    end = start
    while (
        end < len(words)
        and end - start < MAX_TITLE_WORDS
        and end not in taken
        and words[end] not in STOP_WORDS
        and words[end] not in QUESTION_WORDS
    ):
        end += 1
    # Written as the title is, word for word: a stem would take a verb ("manage",
    # which the thesaurus makes of "day to day") for the title ("Manager").
    held = {
        role.title
        for person in index.people_by_org.get(org.entity_id, [])
        for role in index.roles_by_entity.get(person, [])
        if role.organization == org.entity_id
    }
    titles = {frozenset(w for w in normalize(t).split() if w not in STOP_WORDS) for t in held}
    # "Halvard's MD": a title by its initials, or one title of a compound one's
    # ("Chair and Managing Director", ``title_acronyms``).
    titles |= {frozenset({a}) for t in held for a in title_acronyms(t)}
    for last in range(end, start, -1):
        span = words[start:last]
        if all(w in TITLE_WORDS for w in span):
            return None
        if frozenset(normalize(w) for w in span) in titles:
            return start, last
    return None


# "UNIDO is one of its agencies": an organisation's summary naming a body of its own.
_OWN_BODY = re.compile(
    r"\b(?:is|are) (?:one of |among )?its (?:agenc|subsidiar|member|division|arm|unit|bod|organ)",
    re.IGNORECASE,
)


def member_bodies(index: Index, org: str) -> list[str]:
    """Organisations that are part of ``org``: those whose name extends its name ("United
    Nations Industrial Development Organization" of "United Nations"), and those its
    summary names as its own body ("UNIDO is one of its agencies"). Looked up through
    the name index (the owners of the name's rarest word, at most MAX_BODY_CANDIDATES;
    the summary's word runs as exact names), never by scanning every entity."""
    entity = index.entity(org)
    name = normalize(entity.name)
    found: list[str] = []
    words = name.split()
    if words:
        owners = min(
            (index.names.owners_of_word(w, limit=MAX_BODY_CANDIDATES) for w in words),
            key=len,
        )
        found += sorted(
            o
            for o in owners
            if o != org
            and index.entity(o).kind is EntityKind.ORGANIZATION
            and normalize(index.entity(o).name).startswith(name + " ")
        )
    summary = entity.summary or ""
    if _OWN_BODY.search(summary):
        said = normalize(summary).split()
        for n in range(1, MAX_BODY_NAME_WORDS + 1):
            for k in range(len(said) - n + 1):
                for label in index.names.exact(" ".join(said[k : k + n])):
                    e = label.entity_id
                    if (
                        e != org
                        and e not in found
                        and label.via != "role"
                        and index.entity(e).kind is EntityKind.ORGANIZATION
                    ):
                        found.append(e)
    return found


# Bounds of the look-up of an organisation's own bodies: name-word owners considered, and
# the longest name read from its summary.
MAX_BODY_CANDIDATES = 200
MAX_BODY_NAME_WORDS = 6


# "The company that hosted X": the organisation at whose premises X took place.
_HOST_TERMS = frozenset(stem(w) for w in "host hosted hosts hosting".split())
# Words that introduce a name ("named Ma", "called Ma", "the surname Ma").
_NAMING_WORDS = frozenset("named called surname surnamed name".split())
# Plain nouns for a person that a title word may qualify ("the top official").
_PERSON_NOUNS = frozenset("official officials person guy man woman figure".split())
_TITLE_NOUNS = LEADER_TITLE_WORDS | frozenset(
    "head chief boss leader leaders chair chairman chairwoman chairperson director president ceo "
    "founder founders cofounder creator cfo coo cto officer minister secretary general "
    "executive".split()
)


def _qualified_titles(index: Index, words: list[str], mentions: list[Mention]) -> list[Mention]:
    """ "The e-commerce giant's executive chairman": words qualifying a title name no one else.

    A person found by their title may be preceded by a description of their
    organisation; those words (and names in them) belong to the title's mention.
    """
    out = list(mentions)
    for m in mentions:
        if m.via == "role" and _titled_at_other_org(index, words, m, mentions):
            # "the director general of the WTO": the title at another organisation
            # than its holder's, left to the role asks as below.
            out = [o for o in out if o is not m]
            continue
        if m.via != "role" or m.words[0] == 0:
            continue
        start = m.words[0]
        before = [o for o in out if o is not m and o.words[1] == start]
        if not before and words[start - 1] not in KIND_NOUNS:
            continue
        holder_orgs = _title_orgs(index, words, m)
        other_org = [
            o
            for o in before
            if index.entity(o.entity_id).kind is EntityKind.ORGANIZATION
            and o.entity_id not in holder_orgs
        ]
        if other_org:
            # "the WTO director-general": the title at another organisation than its
            # holder's; left to the role asks, which find who (if anyone) holds it there.
            out = [o for o in out if o is not m]
            continue
        j = _description_start(words, start, stop_at_time=False)
        out = [o for o in out if o is m or not (j <= o.words[0] and o.words[1] <= start)]
        out = [Mention(m.entity_id, (j, m.words[1]), m.via) if o is m else o for o in out]
    return out


_TITLE_AT = frozenset(("of", "at", "for"))
_ARTICLES = frozenset(("the", "a", "an"))


def _claims_of(
    index: Index, item: object, owner: str, owners: set[str], terms: Sequence[str]
) -> bool:
    """Whether a fact (``item``) says any of ``terms`` of ``owner`` itself: in its words
    before it names another of ``owners`` (``namesakes.own_text``)."""
    if not isinstance(item, LoadedFact):
        return True
    said = set(content_terms(own_text(index, item, owners - {owner})))
    return bool(said & set(terms))


def _title_orgs(index: Index, words: list[str], title: Mention) -> set[str | None]:
    """The organisations at which the person ``title`` found holds the title its words
    name ("chair": Chair of a steering committee, not the Executive Director role the
    same person holds elsewhere); every organisation of theirs when no title matches."""
    roles = index.roles_by_entity.get(title.entity_id, [])
    text = " ".join(words[slice(*title.words)])
    named = {r.organization for r in roles if (t := normalize(r.title)) and t in text}
    return named or {r.organization for r in roles}


def _titled_at_other_org(
    index: Index, words: list[str], title: Mention, mentions: list[Mention]
) -> bool:
    """Whether "<title> of [the] <organisation>" names an organisation at which the
    title's holder holds no such title."""
    end = title.words[1]
    if end >= len(words) or words[end] not in _TITLE_AT:
        return False
    start = end + 1 + (end + 1 < len(words) and words[end + 1] in _DESCRIPTION_STOPS)
    holder_orgs = _title_orgs(index, words, title)
    # Anything people hold titles at: an organisation, or a programme with staff. Its
    # mention may hold the article too ("the Guild" found as one name).
    return any(
        end + 1 <= o.words[0] <= start
        and (
            index.entity(o.entity_id).kind is EntityKind.ORGANIZATION
            or o.entity_id in index.people_by_org
        )
        and o.entity_id not in holder_orgs
        for o in mentions
    )


# "Last year" and "this year": a year counted back from the date asked on ("the past
# year" is the last twelve months, read where it is asked: changes.py).
_RELATIVE_YEARS = {"last": 1, "this": 0}


def _relative_year(
    words: list[str], time: TimeConstraint, used: set[int], today: dt.date | None
) -> tuple[TimeConstraint, set[int]]:
    """``time`` with "last year" / "this year" read as the year before (or of) ``today``
    ("how many technicians were trained last year?" asked in 2019 is 2018), and the
    positions of those words added to ``used``; unchanged when the question names a
    year itself or no date is known."""
    if today is None or time.bounded:
        return time, used
    for i in range(len(words) - 1):
        back = _RELATIVE_YEARS.get(words[i])
        if back is not None and words[i + 1] == "year":
            year = today.year - back
            return replace(time, year=year, points=(str(year),)), used | {i, i + 1}
    return time, used


def _time(words: list[str], name_words: set[int]) -> tuple[TimeConstraint, set[int]]:
    """The question's time constraint, and the positions of the words that state it.

    "in 2019" is a year; "since/after/from 2019" a lower bound; "until/before/by/as of
    March 2022" an upper bound (to the month when one is named); "between June 2021 and
    March 2022" or "from 2019 to 2021" two points, for a change between them.
    """
    used: set[int] = set()
    year = since = until = until_month = None
    year_month = since_month = None  # a month named with "in" or "since"
    points: list[str] = []
    for i, w in enumerate(words):
        if i in name_words or not _YEAR_WORD.match(w):
            continue
        if any(0 <= k < len(words) and _YEAR_WORD.match(words[k]) for k in (i - 1, i + 1)):
            continue  # "Charter 2014-2019": a range in a name, not a time constraint
        used.add(i)
        j = i - 1
        month = _MONTHS.get(words[j]) if j >= 0 else None
        named = month  # a month by name, not a part of the year ("mid", "end of")
        if month is not None:
            used.add(j)
            j -= 1
        elif j >= 0 and words[j] in _PART_OF_YEAR:
            # "by mid 2021", "by the end of 2023": a part of the year, read as its
            # last month, so that "by mid 2021" admits a release of June 2021.
            month = _PART_OF_YEAR[words[j]]
            used.add(j)
            j -= 1
        elif j >= 1 and words[j] == "of" and words[j - 1] in _PART_OF_YEAR:
            month = _PART_OF_YEAR[words[j - 1]]
            used.update((j, j - 1))
            j -= 2
            if j >= 0 and words[j] in ("the", "a"):
                used.add(j)
                j -= 1
        before = words[j] if j >= 0 else ""
        two_before = " ".join(words[max(0, j - 1) : j + 1])
        points.append(f"{w}-{month:02d}" if month else w)
        onward = i + 1 < len(words) and words[i + 1] in ("on", "onward", "onwards")
        if before == "since" or (before == "from" and onward):
            since, since_month = int(w), named
            if onward:
                used.add(i + 1)
        elif before == "from" and year is None:
            # "a quote from 2019" is of that year; "from 2019 to 2021" is made a span
            # below, and "from 2019 on" is read above.
            year, year_month = int(w), named
        elif before == "after":
            if named is None:
                since = int(w) + 1  # "after 2023" starts with 2024
            else:  # "after June 2024" starts with July
                since, since_month = int(w) + named // 12, named % 12 + 1
        elif before in ("until", "before", "till", "through", "by", "to") or two_before == "as of":
            until = int(w)
            until_month = month
        elif year is None:
            year, year_month = int(w), named
        if before in ("in", "since", "after", "from", "until", "before", "till", "during", "by"):
            used.add(j)
            k = j - 1
            while k >= 0 and words[k] in _TIME_FILLERS:
                used.add(k)  # "back in 2019", "way back in 2019": only the year counts
                k -= 1
        if two_before == "as of":
            used.update((j - 1, j))
    if len(points) == 2:
        # "between 2021 and 2022", "from 2019 to 2021": a span, not one year.
        first, last = sorted(points)
        year, since, until, until_month = None, int(first[:4]), int(last[:4]), None
        year_month = None
        since_month = int(first[5:7]) if len(first) > 4 else None
        if len(last) > 4:
            until_month = int(last[5:7])
    current = False
    first_flag = False
    for i, w in enumerate(words):
        if i in name_words:
            continue
        if w in CURRENT_WORDS:
            current = True
            used.add(i)
        elif (w == "moment" and words[i - 2 : i] == ["at", "the"]) or (
            w == "present" and words[i - 1 : i] == ["at"]
        ):
            # "Who chairs it at the moment / at present?": now.
            current = True
            used.update(range(i - 1 - (w == "moment"), i + 1))
        elif w in FIRST_WORDS:
            first_flag = True
    constraint = TimeConstraint(
        year,
        since,
        until,
        current,
        first_flag,
        until_month,
        tuple(sorted(points)),
        month=year_month,
        since_month=since_month,
    )
    return constraint, used


# Words that only colour a time phrase ("back in 2019", "way back in 2019").
_TIME_FILLERS = frozenset(("back", "way"))
# "What does X do for a living / for work?": the idiom asks for a job.
# The verb of "what was X doing", "what did X do", "what is X up to".
_DOING = frozenset("do does did doing up".split())
# A sentence that reports someone's view ("According to X, …") says what X said.
_REPORTED_VIEW = re.compile(r"\s*according to\b", re.IGNORECASE)
_OCCUPATION = re.compile(r"\bdo(?:es)? for (?:a )?(?:living|work|job)$")
# Parts of a year, as the month they end with.
_PART_OF_YEAR = {
    "early": 4,
    "beginning": 3,
    "start": 3,
    "mid": 6,
    "middle": 6,
    "midyear": 6,
    "late": 12,
    "end": 12,
}
_MONTHS = month_numbers()


def _answer_type(
    words: list[str], read: Question, quote: bool
) -> tuple[AnswerType, frozenset[EntityKind]]:
    first = words[0] if words else ""
    list_kinds: frozenset[EntityKind] = frozenset()
    if first in ("which", "what", "list", "name") or (first == "how" and words[1:2] == ["many"]):
        # "which organisations…", "what other companies…": the noun right after the
        # question word (or one word later); "what did Union X join" names no list.
        # "What are the three bodies behind X?": after "are the" and a number.
        scan = words[1:3]
        if words[1:2] and (words[1].isdigit() or words[1] in NUMBER_WORDS):
            # "Which two international organisations…": the noun after the count and
            # one adjective.
            scan = words[2:4]
        if words[1:3] in (["are", "the"], ["were", "the"]):
            scan = [w for w in words[3:6] if not w.isdigit() and w not in NUMBER_WORDS][:1]
        if words[1:3] == ["of", "the"]:
            # "Which of the two men …": the noun after the partitive is the answer's kind
            # (a person), never a word to search for.
            scan = [w for w in words[3:5] if not w.isdigit() and w not in NUMBER_WORDS][:1]
        for w in scan:
            if w in YES_NO_OPENERS:
                break
            kinds = KIND_NOUNS.get(w)
            if kinds is not None:
                list_kinds = kinds
                break
    if read.meta == "sources":
        return AnswerType.SOURCE, list_kinds
    if quote:
        return AnswerType.QUOTE, list_kinds
    if first in YES_NO_OPENERS:
        return AnswerType.YES_NO, list_kinds
    if read.wants == "date":
        return AnswerType.DATE, list_kinds
    if read.wants == "place":
        return AnswerType.PLACE, list_kinds
    if read.wants == "count":
        return AnswerType.NUMBER, list_kinds
    if any(content_terms(w) and content_terms(w)[0] in ROLE_TERMS for w in words):
        return AnswerType.ROLE, list_kinds
    if _OCCUPATION.search(" ".join(words)):
        return AnswerType.ROLE, list_kinds
    if list_kinds or first == "list":
        return AnswerType.LIST, list_kinds
    if first in ("who", "whom"):
        return AnswerType.PERSON, list_kinds
    return AnswerType.ANY, list_kinds


__all__ = [
    "ANSWER_TYPE_TERMS",
    "RELATION_TERMS",
    "AnswerType",
    "Query",
    "QueryParser",
    "RoleAsk",
    "TimeConstraint",
]


def _description_start(words: list[str], end: int, *, stop_at_time: bool) -> int:
    """Where a description ending before ``words[end]`` starts: up to
    MAX_DESCRIPTION_WORDS back, stopping at a question word, a yes/no opener or a stop
    word ("the UN agency" in "who heads the UN agency"); with ``stop_at_time``, also at a
    year or a time word ("in 2020"), which constrain the question rather than describe."""
    start = end
    while start > 0 and end - start < MAX_DESCRIPTION_WORDS:
        word = words[start - 1]
        if word in _DESCRIPTION_STOPS or word in QUESTION_WORDS or word in YES_NO_OPENERS:
            break
        if stop_at_time and (_YEAR_WORD.match(word) or word in _TIME_WORDS):
            break
        start -= 1
    return start


# Who says it when no speaker is wanted: the asker's own hedge ("she has more than one
# i think", "i believe") or the asker's copy ("the caption says 'X, CEO of Y'").
# A release is no speaker: "what does the 2019 release say about X's title?" asks what
# it states, not a quote.
_NOT_SPEAKERS = frozenset("i we caption captions headline slide draft".split()) | RELEASE_NOUNS


def _asks_quote(words: Sequence[str]) -> bool:
    """Whether the words ask for what someone said (``QUOTE_WORDS``, or a "line" that
    opens what it is about or whose it is: "Jack Ma's line about X", "a line from Li
    Yong"), the asker's hedges and copy aside (``_NOT_SPEAKERS``)."""
    if (
        tuple(words[:2]) in _HOW_DO
        and not set(words[2:3]) & {"i", "we", "you"}  # "how do I see the sources?"
        and set(words[2:]) & VIEW_WORDS
    ):
        # "How does UNIDO see the eWTP?": a view, which its people's words give.
        return True
    if _speech_act_asked(words):
        return True
    return any(
        (w in QUOTE_WORDS or (w in _LINE_WORDS and tuple(words[i + 1 : i + 2]) in _LINE_OPENS))
        and not (i and words[i - 1] in _NOT_SPEAKERS)
        and not _document_named(words, i)
        and not _count_a_document_gives(words, i)
        for i, w in enumerate(words)
    )


# Documents that "say" a figure: "how many … did the results report say …?".
_SAYING_DOCUMENTS = frozenset(
    "report reports study survey review evaluation audit census data figures".split()
)


def _count_a_document_gives(words: Sequence[str], at: int) -> bool:
    """Whether ``words[at]`` ("say") is a document's, in a question for a count or an
    amount ("how many teachers did the results report say were still teaching?"): the
    figure it gives is asked, not anyone's quote."""
    return (
        tuple(words[:2]) in (("how", "many"), ("how", "much"))
        and at > 0
        and words[at - 1] in _SAYING_DOCUMENTS
    )


_SPEECH_ACT_ASKS = frozenset("what did does do has have had".split())
_AFTER_SPEECH_ACT = frozenset("about on regarding for over".split())


def _speech_act_asked(words: Sequence[str]) -> bool:
    """ "What did X promise?", "what has X warned about floods?": a speech act
    (``SPEECH_ACT_WORDS``) asked with "what" and an auxiliary, as the question's verb
    (last, or before what it is about), which a release reports as the speaker's words."""
    if tuple(words[:1]) != ("what",) or not set(words[1:2]) & _SPEECH_ACT_ASKS:
        return False
    return any(
        w in SPEECH_ACT_WORDS and (i == len(words) - 1 or words[i + 1] in _AFTER_SPEECH_ACT)
        for i, w in enumerate(words[3:], start=3)
    )


# "How does X see / regard / feel about Y?" asks X's view.
_HOW_DO = frozenset({("how", "do"), ("how", "does"), ("how", "did")})


# A statement something is put into is a document, not what someone said: "written into
# the G20 leaders' statement", "included in the joint statement".
_DOCUMENT_NOUNS = frozenset({"statement", "statements"})
_INTO = frozenset({"in", "into"})
_INCLUDED = frozenset({"include", "included", "includes"})
# The words a document's name may have between "into" and its noun ("the G20 leaders'").
MAX_DOCUMENT_NAME_WORDS = 4


def _document_named(words: Sequence[str], at: int) -> bool:
    """Whether ``words[at]`` is a statement named as what something was put into: an
    "in"/"into" before it, within ``MAX_DOCUMENT_NAME_WORDS``, that follows a verb's
    participle or "put" ("written into", "included in"), not a form of "be" ("what's in
    the statement?" asks what it says)."""
    if words[at] not in _DOCUMENT_NOUNS:
        return False
    for k in range(at - 1, max(0, at - MAX_DOCUMENT_NAME_WORDS - 2), -1):
        if words[k] in _INCLUDED:
            return True  # "written into" read as the thesaurus head "include"
        if words[k] in _INTO:
            verb = words[k - 1]
            return verb.endswith(("ed", "en")) or verb in ("put", "written")
    return False


# A speaker's "line" is a quote only when what follows says what it is about or whose
# it is: "in line with", "product line", "timeline" are no quotes.
_LINE_WORDS = frozenset({"line", "lines"})
_LINE_OPENS = frozenset(
    (w,) for w in "about on from by regarding concerning that explaining describing".split()
)
