"""Quotes by speaker (or a role), topic and year."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from bot.engine.answer import Answer, Choice, entity_choice
from bot.engine.qa.compose import answered, not_found, not_found_cited
from bot.engine.qa.executors.base import (
    _QUOTE_TERMS,
    _SPEAKER_KINDS,
    MAX_LIST_FACTS,
    ExecutorBase,
    Result,
)
from bot.engine.qa.followup import ShowQuote
from bot.engine.qa.query import Query, TimeConstraint
from bot.engine.qa.retrieve import Candidate
from bot.engine.qa.role_speakers import speaker_for_role
from bot.engine.qa.shorthand import asked_figures
from bot.engine.qa.vocabulary import (
    CURRENT_WORDS,
    FIRST_WORDS,
    OLDEST_WORDS,
    QUOTE_WORDS,
    SPELLED_NUMBERS,
    YES_NO_OPENERS,
    asked_title,
)
from bot.kb.models import EntityKind, LoadedFact, LoadedQuote, LoadedRole
from bot.search.terms import STOP_WORDS, stem
from bot.textnorm import normalize

# "Said at / during the launch": a quote asked by the event it was given at.
_AT_EVENT_WORDS = frozenset(("at", "during"))
# A fact reporting someone's words: "According to LI Yong, …".
_REPORTED = re.compile(r"according to\b", re.IGNORECASE)
# "What did X say when the campus opened?": a quote asked by the event's time.
_WHEN_WORDS = frozenset(("when",))
# The best-ranked facts read for the event.
_EVENT_CANDIDATES = 3
# "Each of them", "both leaders", "all the speakers": one quote per quoted person.
_EVERY = frozenset("each both all every everyone".split())
_COUNTS = {"two": 2, "2": 2, "three": 3, "3": 3}
_GROUP_TERMS = frozenset(
    stem(w)
    for w in "leader leaders speaker speakers head heads person people side sides party parties "
    "executive executives official officials boss bosses partner partners".split()
)
# "Each speaker" names everyone only when the releases quote at most this many people.
MAX_EVERY_SPEAKER = 3


# "X's first quote", "her most recent quote": the quote asked by its date (stems).
_OLDEST_TERMS = frozenset(stem(w) for w in FIRST_WORDS | OLDEST_WORDS)
_NEWEST_TERMS = frozenset(stem(w) for w in (*CURRENT_WORDS, "recent", "last"))


# Words before a year that make it part of a thing's name ("the 2025 goal").
_DETERMINERS = frozenset("the its their his her our this that".split())
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _year_names_topic(words: tuple[str, ...]) -> bool:
    """Whether every year of the question stands between a determiner and a noun ("about
    the 2025 goal", "on its 2030 target"): it then names a thing, not a time."""
    at = [i for i, w in enumerate(words) if _YEAR.match(w)]
    return bool(at) and all(
        0 < i < len(words) - 1
        and words[i - 1] in _DETERMINERS
        and words[i + 1] not in STOP_WORDS
        and not _YEAR.match(words[i + 1])
        for i in at
    )


# Words between two years that set them side by side ("in 2018 and (in) 2019", "2018
# versus 2019"), where "from 2018 to 2019" or "between 2018 and 2019" is one span.
_SIDE_BY_SIDE = frozenset("and in vs versus or compared with against".split())
_SPAN_OPENERS = frozenset("between from since".split())


def _years_each(words: tuple[str, ...], time: TimeConstraint) -> tuple[int, ...]:
    """The two years a question sets side by side ("what X said in 2018 and 2019"), or
    () when it names another number of years or one span ("between 2018 and 2019")."""
    if len(time.points) != 2 or any(len(p) != 4 for p in time.points):
        return ()
    at = [i for i, w in enumerate(words) if _YEAR.match(w)]
    if len(at) != 2 or (at[0] > 0 and words[at[0] - 1] in _SPAN_OPENERS):
        return ()
    between = set(words[at[0] + 1 : at[1]])
    if (
        not between
        or not between <= _SIDE_BY_SIDE
        or not between & {"and", "vs", "versus", "or", "with", "against"}
    ):
        return ()
    return tuple(sorted(int(p) for p in time.points))


def _claims_speaker_said(q: Query, speaker: str) -> bool:
    """Whether the question asks if the speaker said something ("did X say …?",
    "has X stated …?"): a yes/no opener, then the speaker named before the word of
    saying (not "does the release say …")."""
    if not q.words or q.words[0] not in YES_NO_OPENERS:
        return False
    said = next((i for i, w in enumerate(q.words) if w in QUOTE_WORDS), None)
    return said is not None and any(m.entity_id == speaker and m.words[1] <= said for m in q.found)


def _asked_order(topic: list[str]) -> str | None:
    """ "oldest" or "newest" when a quote question's only topic word is an order by date
    ("first", "earliest", "latest", "most recent", "last"); else None. The words are
    ``FIRST_WORDS`` and ``CURRENT_WORDS`` of the vocabulary, plus "recent" and "last"."""
    if len(topic) != 1:
        return None
    if topic[0] in _OLDEST_TERMS:
        return "oldest"
    return "newest" if topic[0] in _NEWEST_TERMS else None


# A person asked about under a title they do not hold: at most this many of their
# quotes follow the titles they do hold.
MAX_CORRECTED_QUOTES = 2


class QuoteAnswers(ExecutorBase):
    def quotes(self, q: Query) -> Result | list[Result]:
        """What someone said, by speaker, topic and year."""
        index = self.index
        unfilled = [a for a in q.role_asks if not a.holders]
        if unfilled:
            ask = unfilled[0]
            named = [e for e in q.subjects if e in index.person_ids and e in index.speaker_ids]
            if named:
                # "What did Jack Ma say as Alibaba's CEO?": the title is the wrong detail.
                return self._under_another_title(q, named[0], ask.organization, ask.words)
            return not_found(
                q.question,
                f"The releases don't name {self._name(ask.organization)}'s "
                f"{asked_title(ask.words)}, so I have no quote from them."
                + self._speaker_hint(ask.organization),
            )
        if q.role_asks and not set(q.subjects) & index.person_ids:
            # "What did the Alliance president say in 2022?": the holder then, whose
            # title's words are who is asked about, not what.
            ask = q.role_asks[0]
            holder = speaker_for_role(index, ask, q.time)
            if holder is not None:
                title = {stem(w) for w in ask.words}
                q = dataclasses.replace(
                    q,
                    subjects=(holder, *q.subjects),
                    terms=tuple(t for t in q.terms if t not in title),
                )
        speakers = [e for e in q.subjects if e in index.speaker_ids]
        if q.words[:1] in (("who",), ("whom",)) and not set(q.subjects) & index.person_ids:
            # "Who said the Academy's curriculum …?": the speaker is asked; what the
            # question names is what was said about.
            speakers = []
        people = [s for s in speakers if s in index.person_ids]
        if len(people) > 1:
            return [self._quote_of(q, p, others=set(people)) for p in people]
        if people:
            speakers = people
        years = _years_each(q.words, q.time)
        if len(speakers) == 1 and years:
            # "Compare what X said in 2018 and 2019": one quote of each year, side by side.
            return [
                self._quote_of(dataclasses.replace(q, time=TimeConstraint(year=y)), speakers[0])
                for y in years
            ]
        if not speakers:
            everyone = self._every_speaker(q)
            if everyone:
                # "One quote from each of the two leaders": each speaker's, side by side;
                # the group's noun ("leaders") says who, not what about.
                topic = tuple(t for t in q.terms if t not in _GROUP_TERMS)
                each = dataclasses.replace(q, terms=topic)
                return [self._quote_of(each, p, others=set(everyone)) for p in everyone]
            if q.subjects and not q.terms:
                # "What did the WEF say?": named, but nobody of theirs is quoted.
                named = [e for e in q.subjects if index.entity(e).kind in _SPEAKER_KINDS]
                if named:
                    return not_found(
                        q.question,
                        self._none_from(named[0], ".") + self._speaker_hint(None),
                    )
            ranked = [
                c
                for c in self.retriever.rank(list(q.terms), set(q.subjects))
                if c.doc.kind == "quote"
            ]
            if ranked:
                quote = ranked[0].item
                assert isinstance(quote, LoadedQuote)
                return ShowQuote(quote.speaker, quote.id)
            spelled = self._quote_stating_figure(q)
            if spelled is not None:
                return ShowQuote(spelled.speaker, spelled.id)
            # "Who said the eWTP fits UNIDO's mandate?": a fact may report the words
            # ("According to LI Yong, …"), which names who said them.
            reported = [
                c
                for c in self.retriever.rank(list(q.terms), set(q.subjects), include_quotes=False)
                if isinstance(c.item, LoadedFact)
                and _REPORTED.match(c.item.text.strip())
                and set(c.item.about) & index.person_ids
            ]
            if reported and q.terms:
                return self._fact_answer(q, reported)
            said = self._reported_about_all(q)
            if said is not None:
                return said
            if q.subjects:
                named = [e for e in q.subjects if index.entity(e).kind in _SPEAKER_KINDS]
                if named:
                    return not_found(
                        q.question,
                        self._none_from(named[0], " on that.") + self._speaker_hint(None),
                    )
                return None
            return not_found(
                q.question,
                "Whose words do you mean? Name the speaker." + self._speaker_hint(None),
                self._speaker_choices(),
            )
        return self._quote_of(q, speakers[0])

    def _quote_stating_figure(self, q: Query) -> LoadedQuote | None:
        """ "Who said 20,000 graduates is a milestone?" of a quote that spells the figure
        out ("Twenty thousand graduates is a milestone"): the best quote for the
        question's other words whose text states the figure asked; None when none does.
        The question's figure is read as digits, the quote's words are not."""
        values = asked_figures(_SPELLED_SCALE.sub(_spelled_digits, q.question))
        if not values:
            return None
        words = [t for t in q.terms if not any(c.isdigit() for c in t)]
        if not words:
            return None
        for c in self.retriever.rank(words, set(q.subjects)):
            if c.doc.kind != "quote" or not isinstance(c.item, LoadedQuote):
                continue
            if values <= asked_figures(_SPELLED_SCALE.sub(_spelled_digits, c.item.text)):
                return c.item
        return None

    def _reported_about_all(self, q: Query) -> Answer | None:
        """ "Who said the eWTP fits UNIDO's mandate?" in words no sentence uses: the one
        fact reporting someone's words ("According to LI Yong, …") that is about every
        thing the question names (two at least); None when none or several are."""
        if len(q.subjects) < 2 or not q.terms:
            return None
        index = self.index
        first, *rest = q.subjects
        found = [
            f
            for f in index.facts_by_entity.get(first, [])[:MAX_LIST_FACTS]
            if all(s in f.about for s in rest)
            and _REPORTED.match(f.text.strip())
            and set(f.about) & index.person_ids
        ]
        if len(found) != 1:
            return None
        fact = found[0]
        return answered(index, q.question, fact.text.strip(), [fact.source], entities=fact.about)

    def _every_speaker(self, q: Query) -> list[str]:
        """The quoted people "each of the two leaders", "both of them", "all the speakers"
        stand for: every quoted person, when the question names none, asks for each or
        both (or all) of them, and the releases quote as many as it says (two for "both",
        the number given, at most MAX_EVERY_SPEAKER for "each"/"all"); else []. The caller
        has found no speaker among the question's subjects."""
        words = set(q.words)
        if not words & _EVERY:
            return []
        people = sorted(
            (e for e in self.index.quotes_by_speaker if e in self.index.person_ids),
            key=lambda e: (self.index.quotes_by_speaker[e][0].source, e),
        )
        stated = [_COUNTS[w] for w in q.words if w in _COUNTS]
        wanted = 2 if "both" in words else stated[0] if stated else None
        if wanted is None and len(people) <= MAX_EVERY_SPEAKER:
            return people
        return people if len(people) == wanted else []

    def _quote_of(self, q: Query, speaker: str, others: set[str] = frozenset()) -> Result:  # type: ignore[assignment]
        index = self.index
        quotes = index.quotes_for(speaker)
        if q.time.bounded and _year_names_topic(q.words):
            # "What did X say about the 2025 goal?": the year names what was said about,
            # not when: a topic word, and the quote of any year.
            q = dataclasses.replace(q, time=TimeConstraint())
        if q.time.bounded:
            years = sorted({index.source_date(x.source).year for x in quotes})
            quotes = [
                x for x in quotes if q.time.admits_date(index.source_date(x.source).isoformat())
            ]
            if not quotes:
                when = ", ".join(map(str, years)) or "none"
                return not_found(
                    q.question,
                    f"I have no quote from {index.entity(speaker).name} {q.time.describe()}. "
                    f"Years with one: {when}.",
                    (entity_choice(self.prefix, "quote", speaker, index.entity(speaker).name),),
                )
        topic_subjects = (set(q.subjects) - {speaker} - others) - set(
            index.people_by_org.get(speaker, [])
        )
        # "Compare the UNIDO DG's comments with the Alibaba founder's": the organisations
        # that say which people (the speaker's and the other speakers') are who, not what.
        topic_subjects = {
            e
            for e in topic_subjects
            if not {speaker, *others} & set(index.people_by_org.get(e, []))
        }
        # "What did Aziz say?": the speaker's own name words, left as terms when the
        # name was found through the facts, are who is asked about, not a topic.
        # "What did Li and Ma say?": the other speakers' name words are who, not what.
        own = {
            stem(w)
            for person in (speaker, *others)
            for label in (index.entity(person).name, *index.entity(person).aliases)
            for w in normalize(label).split()
        }
        topic = [t for t in q.terms if t not in _QUOTE_TERMS and t not in own]
        if q.relation:
            # "What did X say when appointed Programme Director?": the release that
            # first states that title.
            asked = set(q.relation)
            stated = {
                r.source
                for r in index.roles_by_entity.get(speaker, [])
                if asked <= {stem(w) for w in normalize(r.title).split()}
            }
            in_role = [x for x in quotes if x.source in stated]
            if in_role:
                first = min(in_role, key=lambda x: index.source_date(x.source))
                return ShowQuote(speaker, first.id)
        order = _asked_order(topic)
        if order is not None and quotes and topic_subjects:
            # "The first thing X said about the programme": the oldest of X's quotes about
            # it (its ``about``), not the best match for the word "first".
            about = [x for x in quotes if topic_subjects <= set(x.about)]
            if about:
                quotes = about
                topic_subjects = set()
        if order is not None and quotes and len(topic) == 1 and not topic_subjects:
            # "X's first quote", "her most recent quote": an order by date, not a topic
            # ("first" would rank a quote about "that first meeting" highest). Newest
            # first in ``quotes``; the oldest release's quotes in the order it gives them.
            if order == "newest":
                return ShowQuote(speaker, quotes[0].id)
            oldest = min(index.source_date(x.source) for x in quotes)
            return ShowQuote(
                speaker, next(x for x in quotes if index.source_date(x.source) == oldest).id
            )
        if topic or topic_subjects:
            ranked = self.retriever.rank(
                topic, topic_subjects, include_quotes=True, only={x.id for x in quotes}
            )
            if not ranked and topic and topic_subjects and "according" in q.words:
                # "According to Li Yong, which UNIDO mandate does the eWTP fit?": the view
                # of the speaker on the things named, its words ("fit") worded otherwise
                # ("in line with"): a quote about every thing the question names. Only
                # for a view asked ("according to"): "what did X say about money for Y?"
                # is not answered by any quote about Y.
                ranked = [
                    c
                    for c in self.retriever.rank(
                        [], topic_subjects, include_quotes=True, only={x.id for x in quotes}
                    )
                    if isinstance(c.item, LoadedQuote) and topic_subjects <= set(c.item.about)
                ]
            documents = [e for e in topic_subjects if index.entity(e).kind is EntityKind.DOCUMENT]
            if not ranked and documents:
                # "What did X say in the ten-year report?": X's quote in the release
                # publishing the report, whatever it is about.
                releases = {
                    src for d in documents for src in index.sources_involving(d, limit=None)
                }
                inside = [x for x in quotes if x.source in releases]
                if inside:
                    return ShowQuote(speaker, inside[0].id)
            if not ranked and topic and not topic_subjects:
                # "What did X say about the renewal?": a quote filed under a thing whose
                # name or alias has the word ("2025 renewal"), though its own words are
                # other ("six million dollars is our answer to it").
                filed = self._quotes_filed_under(topic, quotes)
                if filed:
                    return ShowQuote(speaker, filed[0].id)
            if not ranked and set(q.words) & (_AT_EVENT_WORDS | _WHEN_WORDS):
                # "What did LI Yong say at the academy launch?": the words of no quote
                # name the event, but the release reporting it, with them there, quotes them.
                there = self._quote_at_event(q, speaker, topic, topic_subjects, quotes)
                if there is not None:
                    return ShowQuote(speaker, there.id)
            if not ranked and len(topic) >= 2 and not topic_subjects:
                # "What did X say about night flying?" against "… for night operations":
                # no quote has every word, one has the topic's other words; the quote
                # sharing the most of them (at least half), newest first on a tie. A
                # sentence reporting X's words with every one of them ("X said the new
                # vessel will carry …") answers better than a quote sharing half.
                said = self._reported_with_all(topic, speaker)
                if said:
                    return self._fact_answer(q, said)
                ranked = self._quote_sharing(topic, quotes)
            if not ranked and topic and topic_subjects and _claims_speaker_said(q, speaker):
                # "Did X say A will definitely deliver B?": no quote in those words; what
                # X did say about A and B is the answer, given as such, with no "yes".
                about_all = [x for x in quotes if topic_subjects <= set(x.about)]
                if about_all:
                    return self._not_in_those_words(q, speaker, about_all[0], topic_subjects)
            if not ranked:
                # A fact may report what they said ("According to Jack MA, …").
                reported = [
                    c
                    for c in self.retriever.rank(
                        topic, topic_subjects | {speaker}, include_quotes=False
                    )
                    if isinstance(c.item, LoadedFact) and speaker in c.item.about
                ]
                if reported:
                    return self._fact_answer(q, reported)
                return not_found(
                    q.question,
                    f"I have no quote from {index.entity(speaker).name} on that. "
                    f"`{self.prefix}quote {index.entity(speaker).name}` shows what they said.",
                    (entity_choice(self.prefix, "quote", speaker, index.entity(speaker).name),),
                )
            return ShowQuote(speaker, ranked[0].item.id)
        if not quotes:
            return not_found(q.question, f"I have no quotes from {index.entity(speaker).name}.")
        # Asked for by a role ("the head of the campus"): what they said in that role,
        # from the release stating it, if any.
        for ask in q.role_asks:
            if speaker in ask.holders:
                stated = set(ask.sources) or {
                    r.source
                    for r in index.roles_by_entity.get(speaker, [])
                    if r.organization == ask.organization
                }
                in_role = [x for x in quotes if x.source in stated]
                if in_role:
                    return ShowQuote(speaker, in_role[0].id)
        return ShowQuote(speaker, quotes[0].id)

    def _quotes_filed_under(
        self, topic: list[str], quotes: Sequence[LoadedQuote]
    ) -> list[LoadedQuote]:
        """Of ``quotes`` (newest first), those each of whose ``topic`` terms is a word of
        the name or an alias of a thing the quote is about, other than a person (a
        speaker's name is who, not what)."""
        index = self.index
        wanted = set(topic)
        found = []
        for quote in quotes:
            named = {
                stem(w)
                for e in quote.about
                if e not in index.person_ids
                for label in (index.entity(e).name, *index.entity(e).aliases)
                for w in normalize(label).split()
            }
            if wanted <= named:
                found.append(quote)
        return found

    def _reported_with_all(self, topic: list[str], speaker: str) -> list[Candidate]:
        """The facts about ``speaker`` (ranked, best first) holding every term of
        ``topic``: a sentence reporting what they said in the question's words."""
        wanted = set(topic)
        return [
            c
            for c in self.retriever.rank(topic, {speaker}, include_quotes=False)
            if isinstance(c.item, LoadedFact)
            and speaker in c.item.about
            and wanted <= self._fact_terms(c.item)
        ]

    def _quote_sharing(self, topic: list[str], quotes: list[LoadedQuote]) -> list[Candidate]:
        """The quotes (ranked, best first) that share at least half of ``topic``'s terms,
        each term searched alone: a topic worded as the release does not word it."""
        only = {x.id for x in quotes}
        shared: dict[str, set[str]] = {}
        found: dict[str, Candidate] = {}
        for term in topic:
            for c in self.retriever.rank([term], set(), include_quotes=True, only=only):
                if isinstance(c.item, LoadedQuote):
                    shared.setdefault(c.item.id, set()).add(term)
                    found.setdefault(c.item.id, c)
        order = {x.id: k for k, x in enumerate(quotes)}  # newest first
        kept = [i for i, terms in shared.items() if 2 * len(terms) >= len(topic)]
        kept.sort(key=lambda i: (-len(shared[i]), order[i]))
        return [found[i] for i in kept]

    def _not_in_those_words(
        self, q: Query, speaker: str, quote: LoadedQuote, about: set[str]
    ) -> Answer:
        """ "Not in those words", then the speaker's quote about every thing asked."""
        index = self.index
        things = " and ".join(sorted(index.short_name(e) for e in about))
        text = (
            f"**Not in those words.** What {index.entity(speaker).name} said about "
            f"{things}:\n“{' '.join(quote.text.split())}”"
        )
        return answered(index, q.question, text, [quote.source], entities=[speaker, *quote.about])

    def _quote_at_event(
        self,
        q: Query,
        speaker: str,
        topic: list[str],
        topic_subjects: set[str],
        quotes: list[LoadedQuote],
    ) -> LoadedQuote | None:
        """The speaker's first quote in the release of the best dated fact about the event
        the question names (one the speaker is named in); None when none is."""
        # The speaker, or an organisation they hold a title at, is named by the fact.
        present = {speaker} | {
            r.organization for r in self.index.roles_by_entity.get(speaker, []) if r.organization
        }
        # An event named by its entity ("the Rotterdam offtake signing"): its own facts;
        # else the facts ranked for the words ("the academy launch").
        candidates: list[object] = [
            f
            for e in sorted(topic_subjects)
            if self.index.entity(e).kind is EntityKind.EVENT
            for f in self.index.facts_by_entity.get(e, [])[:_EVENT_CANDIDATES]
        ]
        if topic:
            # "When the campus opened its doors": a dated fact about the thing named
            # that uses one of the words ("opened"), before the ranked ones.
            candidates += [
                f
                for e in sorted(topic_subjects)
                for f in self.index.facts_by_entity.get(e, [])[:_EVENT_CANDIDATES]
                if f.date and set(topic) & {stem(w) for w in normalize(f.text).split()}
            ]
            ranked = self.retriever.rank(topic, topic_subjects | {speaker}, include_quotes=False)
            candidates += [c.item for c in ranked[:_EVENT_CANDIDATES] if c.literal]
        for fact in candidates:
            if isinstance(fact, LoadedFact) and fact.date and present & set(fact.about):
                same = [x for x in quotes if x.source == fact.source]
                return same[0] if same else None
        return None

    def _speaker_choices(self) -> tuple[Choice, ...]:
        ranked = sorted(
            # Ties by id, not by the grouping's insertion order, which an index updated
            # from the previous one does not keep.
            self.index.quotes_by_speaker,
            key=lambda e: (-len(self.index.quotes_by_speaker[e]), e),
        )
        return tuple(
            entity_choice(self.prefix, "quote", e, self.index.entity(e).name) for e in ranked[:5]
        )

    def _under_another_title(
        self, q: Query, person: str, organization: str, title: tuple[str, ...]
    ) -> Answer:
        """Not found, as a false premise is: the releases give ``person`` no such title
        at ``organization``. The titles they do give (at that organisation, else any),
        then what the person said (newest first, at most ``MAX_CORRECTED_QUOTES``), cited."""
        index = self.index
        roles = list(index.roles_by_entity.get(person, []))
        held = [r for r in roles if r.organization == organization] or roles
        name = index.entity(person).name
        org = index.short_name(organization)
        text = f"The releases don't call {name} {org}'s {asked_title(title)}"
        # One line a title: an ended one's statement carries its span ("as of 2018-04-21
        # and 2019-11-12; ended 2021"), else the newest statement's date.
        by_title: dict[tuple[str, str | None], LoadedRole] = {}
        newest_first = sorted(held, key=lambda r: index.source_date(r.source), reverse=True)
        for role in sorted(newest_first, key=lambda r: r.current):
            by_title.setdefault((role.title.casefold(), role.organization), role)
        given = [index.role_text(r) for r in by_title.values()]
        text += f": they give {name} as {'; '.join(given)}." if given else "."
        quotes = sorted(index.quotes_for(person), key=index.newest_first)[:MAX_CORRECTED_QUOTES]
        if quotes:
            text += f"\nWhat {name} said:\n" + "\n".join(
                f"• {index.source_date(x.source).isoformat()}: \u201c{x.text.strip()}\u201d"
                for x in quotes
            )
        return not_found_cited(
            index,
            q.question,
            text,
            [*(r.source for r in held), *(x.source for x in quotes)],
            entities=(person, organization),
        )

    def _none_from(self, entity_id: str, end: str) -> str:
        """ "The releases have no quote from Jane Doe." of a person; "… quote no one from
        Acme." of an organisation, whose people might have been quoted."""
        name = self._name(entity_id)
        if entity_id in self.index.person_ids:
            return f"The releases have no quote from {name}{end}"
        return f"The releases quote no one from {name}{end}"

    def _speaker_hint(self, org: str | None) -> str:
        names = [c.label for c in self._speaker_choices()]
        return f" Quoted in the releases: {', '.join(names)}." if names else ""


# "Twenty thousand", "fifteen million": a spelled number before a scale word, read as the
# digits a question's figure is read as ("20 thousand" is 20,000: ``asked_figures``).
_SPELLED_SCALE = re.compile(
    r"\b("
    + "|".join(sorted((w for w in SPELLED_NUMBERS if "-" not in w), key=len, reverse=True))
    + r")(?=\s+(?:thousand|million|billion)\b)",
    re.IGNORECASE,
)


def _spelled_digits(match: re.Match[str]) -> str:
    return str(SPELLED_NUMBERS[match[1].casefold()])
