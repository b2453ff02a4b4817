"""Who took part in a meeting, with each one's title then: "who attended the signing and
in what capacity?", "name the two people who met and give each one's position".

A release states a meeting in one sentence naming its people ("UNIDO Director General
LI Yong and Jack MA, Founder … of the Alibaba Group, met on …"), and the fact links them
(``about``). The people of that fact are the participants, each shown with the role in
force at the fact's date (``Index.role_as_of``: the newest title stated by a release no
later than it), and the fact is shown and cited.

A meeting is found by the thesaurus group of "meet" (met, attended, took part …), or a
signing by that of "sign" ("who signed the charter and in what capacity?"), in the
fact's own words. The question narrows it by what it names (the event, a place, a
person who was there, an organisation), by its time, and by a number of people it
gives ("the two people who met"). None when no meeting fits, or when several meetings
with different people do (another executor, or not_found, answers then).
"""

from __future__ import annotations

import datetime as dt
import functools

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered, format_date
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.vocabulary import NUMBER_WORDS, RELEASE_NOUNS
from bot.kb.models import EntityKind, LoadedFact, LoadedRole
from bot.search.synonyms import synonyms
from bot.search.terms import content_terms, index_term
from bot.textnorm import normalize

# The thesaurus groups of taking part: meeting ("met", "attended", "participated" …)
# and signing ("signed", "inked" …), as terms.
_MEET = index_term("meet")
_SIGN = index_term("sign")
_TAKING_PART = frozenset({_MEET, *synonyms(_MEET), _SIGN, *synonyms(_SIGN)})
# Words that ask for people ("name the people who met", "list the participants").
_PEOPLE_WORDS = frozenset(
    "people persons participants attendees individuals officials executives leaders men women".split()
)
_PEOPLE_OPENERS = frozenset(("who", "whom", "name", "list"))
# "The people in the release": the release itself is what they are asked of.
_NUMBER_VALUES = {word: value for value, word in enumerate(NUMBER_WORDS)}
# Candidate meeting facts read, best ranked first.
MAX_MEETINGS = 20
# A meeting of more people than this is no answer a reply lists one by one.
MAX_PARTICIPANTS = 8
# A dateline city is looked up by runs of at most this many of the question's words.
MAX_PLACE_WORDS = 4


class ParticipantAnswers(ExecutorBase):
    def participants(self, q: Query) -> Result:
        """The people of the one meeting the question points to, each with their title
        at its date, and its fact, cited; None for any other question."""
        if q.quote or q.answer_type in (AnswerType.YES_NO, AnswerType.NUMBER):
            return None
        if q.wants in ("date", "place") and q.words[:1] and q.words[0] not in _PEOPLE_OPENERS:
            # "Where did the two leaders get together?": the meeting's place (or date),
            # not its people, though the question names them by a word for people.
            return None
        words = set(q.words)
        if not (q.words[:1] and q.words[0] in _PEOPLE_OPENERS) and not words & _PEOPLE_WORDS:
            return None
        asked = set(q.terms) & _TAKING_PART
        if not asked:
            # "Who are the two people in the release (and what are their jobs)?"
            return self._release_people(q) if words & RELEASE_NOUNS else None
        # The group of the verb asked: a meeting's people, or a signing's.
        meet_terms = {t for t in _TAKING_PART if t in asked or asked & ({t} | synonyms(t))}
        index = self.index
        people_named = [e for e in q.subjects if e in index.person_ids]
        others = [e for e in q.subjects if e not in index.person_ids]
        wanted = _number_asked(q.words)
        # A place is checked below against the meeting's own place (its headquarters lie
        # in the city asked), which the ranking would not credit.
        parties = {e for e in q.subjects if index.entity(e).kind is not EntityKind.PLACE}
        ranked = self.retriever.rank(
            sorted(asked), parties, include_quotes=False, mention_terms=q.mention_terms
        )
        # The same two people meet again ("met in Hangzhou in April 2018, met again in
        # Kigali"): a meeting the fact itself places at, or links to, what the question
        # names comes before one whose text only writes it (the Kigali sentence writes
        # "Hangzhou" for the earlier meeting, and would give its date and titles).
        linked: dict[frozenset[str], LoadedFact] = {}
        written: dict[frozenset[str], LoadedFact] = {}
        for c in ranked[:MAX_MEETINGS]:
            fact = c.item
            if not isinstance(fact, LoadedFact) or not self._in_time(q, fact):
                continue
            if not self._fact_terms(fact) & meet_terms:
                continue
            people = [e for e in fact.about if e in index.person_ids]
            if len(people) < 2 or len(people) > MAX_PARTICIPANTS:
                continue
            about = set(fact.about) | ({fact.place} if fact.place else set())
            text = f" {normalize(fact.text)} "
            by_link = all(e in about or self._lies_in(e, fact) for e in others)
            if not by_link and not all(
                e in about or self._lies_in(e, fact) or _writes(text, q.mention_terms.get(e))
                for e in others
            ):
                continue
            if not set(people_named) <= set(people):
                continue
            if wanted is not None and len(people) != wanted:
                continue
            found = linked if by_link else written
            found.setdefault(frozenset(people), fact)
        meetings = linked or written
        if len(meetings) != 1:
            return None
        (fact,) = meetings.values()
        when = dt.date.fromisoformat(_day(self.fact_date(fact)))
        people = [e for e in fact.about if e in index.person_ids]
        lines = [f"**{format_date(self.fact_date(fact))}:**"]
        sources = [fact.source]
        for person in people:
            role = self._title_at_meeting(person, when, fact.source)
            if role is None:
                lines.append(f"• **{self._name(person)}**")
                continue
            lines.append(
                f"• **{self._name(person)}** — {index.role_text(role, with_date=False)}"
                f"{placeholder(role.source)}"
            )
            sources.append(role.source)
        lines.append(f"\n{fact.text.strip()}{placeholder(fact.source)}")
        return answered(
            index, q.question, "\n".join(lines), [fact.source, *sources], entities=fact.about
        )

    def _release_people(self, q: Query) -> Result:
        """The people a release names (in its facts, quotes and roles), each with the
        title it gives them; None unless the question picks one release: the base's
        only one, or the one release its time or named place (dateline) fits."""
        index = self.index
        if not words_ask_people(q.words):
            return None
        releases = list(index.sources_newest)
        if len(releases) > 1:
            # A dateline city the question names, looked up by each run of its words.
            words = q.words
            runs = {
                " ".join(words[i:j])
                for i in range(len(words))
                for j in range(i + 1, min(len(words), i + MAX_PLACE_WORDS) + 1)
            }
            datelined = {
                s.id
                for run in runs
                for s in index.sources_by_dateline.get(run, ())
                if normalize(s.source.dateline.city or "") == run
            }
            places = bool(datelined)
            releases = [
                r
                for r in releases
                if (not q.time.bounded or q.time.admits_date(r.source.date.isoformat()))
                and (not places or r.id in datelined)
            ]
            if len(releases) != 1 or not (q.time.bounded or places):
                return None
        release = releases[0]
        named: dict[str, None] = {}
        for fact in index.facts_by_source.get(release.id, []):
            named.update(dict.fromkeys(e for e in fact.about if e in index.person_ids))
        for role in self._roles_by_source.get(release.id, ()):
            if role.entity in index.person_ids:
                named.setdefault(role.entity)
        if not named or len(named) > MAX_PARTICIPANTS:
            return None
        when = release.source.date
        lines = [f"**The people the release of {when.isoformat()} names:**"]
        for person in named:
            # The title the release itself gives (held then, though it ended later;
            # "former" when the release says it ended), else the one in force that day.
            own = next(
                (r for r in index.roles_by_entity.get(person, []) if r.source == release.id),
                None,
            )
            role = own or self._title_at_meeting(person, when, release.id)
            title = ""
            held = own is not None and (
                own.current
                or (own.ended is not None and own.ended > when.isoformat()[: len(own.ended)])
            )
            if own is not None and held:
                org = f", {index.short_name(own.organization)}" if own.organization else ""
                title = f" — {own.title}{org}"
            elif role is not None:
                title = f" — {index.role_text(role, with_date=False)}"
            lines.append(f"• **{self._name(person)}**{title}")
        return answered(index, q.question, "\n".join(lines), [release.id], entities=list(named))

    @functools.cached_property
    def _roles_by_source(self) -> dict[str, list[LoadedRole]]:
        """Each release's roles (release id -> roles, in the knowledge base's order): read
        once per knowledge base, in ``warm``, so that a question about one release's
        people never reads every role of the base (100,000 entities and more roles)."""
        grouped: dict[str, list[LoadedRole]] = {}
        for role in self.index.kb.roles:
            grouped.setdefault(role.source, []).append(role)
        return grouped

    def _title_at_meeting(self, person: str, when: dt.date, source: str) -> LoadedRole | None:
        """The newest title stated as held by a release no later than ``when``, else by
        the release reporting the meeting (which states the titles its people held at
        it, a day later); None when neither states one (never a later title)."""
        index = self.index
        until = max(when, index.source_date(source))
        roles = index.roles_by_entity.get(person, [])  # newest first
        # A title a release says ended before the meeting was not held at it.
        ended = {
            (r.title.casefold(), r.organization): r.ended
            for r in roles
            if r.ended is not None and r.ended < when.isoformat()[: len(r.ended)]
        }
        held = [r for r in roles if r.current and (r.title.casefold(), r.organization) not in ended]
        for day in (when, until):
            for role in held:
                if index.source_date(role.source) <= day:
                    return role
        return None

    def _lies_in(self, entity_id: str, fact: LoadedFact) -> bool:
        """Whether ``entity_id`` is a place the fact's own place lies in (the city of the
        headquarters it names): its place's summary names it."""
        if fact.place is None or self.index.entity(entity_id).kind is not EntityKind.PLACE:
            return False
        where = self.index.entity(fact.place)
        name = self.index.entity(entity_id).name.casefold()
        return name in f"{where.name} {where.summary or ''}".casefold()


def words_ask_people(words: tuple[str, ...]) -> bool:
    """ "Who are the people in the release", "name the persons the announcement
    mentions": a word for people, not one person ("who is in the release")."""
    return bool(set(words) & _PEOPLE_WORDS)


def _number_asked(words: tuple[str, ...]) -> int | None:
    """The number of people a question gives ("the two people who met"), or None."""
    for i, w in enumerate(words[:-1]):
        if words[i + 1] in _PEOPLE_WORDS and (w.isdigit() or w in NUMBER_WORDS):
            return int(w) if w.isdigit() else _NUMBER_VALUES[w]
    return None


def _day(iso: str) -> str:
    """A fact's date as a whole day ("2020" → "2020-12-31"): the roles stated by then."""
    if len(iso) == 4:
        return f"{iso}-12-31"
    if len(iso) == 7:
        return f"{iso}-28"
    return iso[:10]


def _writes(text: str, words: frozenset[str] | None) -> bool:
    """Whether the normalised ``text`` holds every word the question named an entity by
    ("the Safe Harbours agreement" in "… to sign the Safe Harbours agreement")."""
    if not words:
        return False
    terms = set(content_terms(text))
    return words <= terms
