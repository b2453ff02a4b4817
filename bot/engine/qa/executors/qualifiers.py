"""Qualified titles: "who is UNIDO's *deputy* director general?" when no release names one.

A qualifier (``bot/vocab/title_qualifiers.txt``: deputy, vice, assistant, acting,
interim, regional…) makes another post than the title it qualifies: the Director
General is not the deputy Director General. When no stated role at the organisation
carries the qualifier, the question is ``not_found``, and the reply names who holds
the unqualified title as related information, instead of answering with them.

"Former" (and "previous", "ex", "outgoing") is carried by a title that some holder no
longer holds (ended or superseded, ``Index.role_history``): then the question is left
to the executors that answer titles over time.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.answer import Answer, entity_choice
from bot.engine.qa.compose import answered, not_found
from bot.engine.qa.executors.base import ExecutorBase
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.subjects import title_named
from bot.engine.qa.vocabulary import LEADER_TITLE_WORDS, TITLE_WORDS
from bot.kb.models import LoadedRole
from bot.search.index import RoleSpan, title_acronym
from bot.textnorm import normalize
from bot.vocab import word_list

# Qualifiers whose title is one that was held before: carried by an ended or
# superseded title (``role_history``'s earlier), not by a word of the title.
PAST_QUALIFIERS = frozenset({"former", "previous", "ex", "outgoing", "past"})
# Read when the engine is imported, as the other vocabulary lists are: the engine does
# no I/O on a question (bot/vocab/title_qualifiers.txt).
TITLE_QUALIFIERS = word_list("title_qualifiers")
# Words that end the title a qualifier dresses ("deputy director general *of* UNIDO").
_TITLE_ENDS = frozenset({"of", "at", "for", "in", "s", "on", "from", "to", "and", "with"})
# A title runs at most this many words after its qualifier.
MAX_TITLE_WORDS = 4
# Holders of the unqualified title shown as related information.
MAX_SHOWN = 3
# With no organisation asked, every person's roles are read only in a base with at
# most this many people; a larger base (issue 14: up to 100,000 entities) is not
# scanned per question, and the executor stands aside rather than answer from part.
MAX_UNPLACED_PEOPLE = 2000


@dataclass(frozen=True, slots=True)
class QualifiedTitle:
    """A title asked with a qualifier: "deputy" + ("director", "general")."""

    qualifier: str
    words: tuple[str, ...]


def qualified_title(
    words: tuple[str, ...], acronyms: frozenset[str], named: frozenset[int] = frozenset()
) -> QualifiedTitle | None:
    """The first qualifier in ``words`` followed by a title (a title word, or one of
    ``acronyms``: the initials of a stated title such as "dg", or a word of one), or
    None. ``named`` holds the word positions of names the question gives: a qualifier
    there is a word of the name ("the *Regional* Water Board's chief executive"), not
    of the title."""
    qualifiers = TITLE_QUALIFIERS
    for i, word in enumerate(words):
        if word not in qualifiers and word not in PAST_QUALIFIERS:
            continue
        if i in named:
            continue
        title: list[str] = []
        for follower in words[i + 1 : i + 1 + MAX_TITLE_WORDS]:
            if follower in _TITLE_ENDS:
                break
            title.append(follower)
        if not title:
            continue
        if any(w in TITLE_WORDS or w in LEADER_TITLE_WORDS or w in acronyms for w in title):
            return QualifiedTitle(word, tuple(title))
    return None


def _dressed(title: str, qualifier: str, title_words: list[str]) -> bool:
    """Whether ``title`` is the asked title with the qualifier: "Deputy Chief Executive"
    for "deputy CEO" (the plain "Chief Executive" is named by "CEO", though the
    qualified one's own initials are "DCE")."""
    words = normalize(title).split()
    if qualifier not in words:
        return False
    plain = " ".join(w for w in words if w != qualifier)
    return bool(plain) and title_named(plain, title_words)


class QualifierAnswers(ExecutorBase):
    def qualified_title(self, q: Query) -> Answer | None:
        """not_found for a qualified title no stated role carries (with the holders of
        the unqualified one as related information); for "former <title>", the holders
        who no longer hold it; None otherwise."""
        # Cheap test first: most questions hold no qualifier at all.
        qualifiers = TITLE_QUALIFIERS | PAST_QUALIFIERS
        if not qualifiers.intersection(q.words):
            return None
        organisation = self._qualified_at(q)
        roles = self._qualified_roles(organisation)
        acronyms = frozenset(a for r in roles if (a := title_acronym(r.title)) is not None)
        if organisation is not None:
            # The words of the titles stated there: "deputy programme manager" dresses a
            # title no fixed vocabulary lists.
            acronyms |= {
                w for r in roles for w in normalize(r.title).split() if w not in _TITLE_ENDS
            } - {"the", "a", "an"}
        # A title that names its holder ("the deputy DG") is what is asked, not a name.
        named = frozenset(i for m in q.found if m.via != "role" for i in range(*m.words))
        asked = qualified_title(q.words, acronyms, named)
        if asked is None:
            return None
        # Of several titles asked for, the one the qualifier dresses names the place
        # ("the deputy chair of the academy's board", not another chair also named).
        dressed = [a for a in q.role_asks if asked.qualifier in a.words]
        if dressed and dressed[0].organization != organisation:
            organisation = dressed[0].organization
            roles = self._qualified_roles(organisation)
        # The title words that are a title's (a trailing "said" or name is not).
        title_words = [
            w for w in asked.words if w in TITLE_WORDS or w in LEADER_TITLE_WORDS or w in acronyms
        ]
        named = [r for r in roles if title_named(r.title, title_words)]
        if not named:
            return None  # nobody holds even the plain title: other executors say so
        if organisation is None:
            # "the deputy DG of UNIDO": the title label named its holder, and with it
            # the organisation, when all its holders hold it at one.
            at = {r.organization for r in named if r.organization}
            if len(at) == 1:
                organisation = at.pop()
                roles = self._qualified_roles(organisation)
                named = [r for r in roles if title_named(r.title, title_words)]
        if asked.qualifier in PAST_QUALIFIERS:
            ended = self._qualified_ended(named)
            if ended:
                # Only "who was the former President?" is asked here: "what did the
                # former President say / is she doing now" go to the executors of
                # quotes and titles over time, which know whom it names.
                if q.quote or q.answer_type is not AnswerType.PERSON:
                    return None
                return self._qualified_former(q, ended, named)
        elif any(asked.qualifier in normalize(r.title).split() for r in named) or any(
            _dressed(r.title, asked.qualifier, title_words) for r in roles
        ):
            return None
        # Related information: the plain title's holders, not another qualified post's.
        plain = [r for r in named if not qualifiers.intersection(normalize(r.title).split())]
        return self._qualified_not_found(q, asked, organisation, plain or named)

    def _qualified_at(self, q: Query) -> str | None:
        """The organisation the title is asked at: the role ask's, else the one
        organisation the question names."""
        if q.role_asks:
            return q.role_asks[0].organization
        return self.one_employer(q)

    def _qualified_roles(self, organisation: str | None) -> list[LoadedRole]:
        """Every stated role at ``organisation`` (at any organisation when None, in a
        base of at most MAX_UNPLACED_PEOPLE people; else none), each holder's newest
        statement of each title first."""
        index = self.index
        if organisation is not None:
            people = index.people_by_org.get(organisation, [])
        elif len(index.person_ids) <= MAX_UNPLACED_PEOPLE:
            people = list(index.person_ids)
        else:
            return []  # too many to read per question (MAX_UNPLACED_PEOPLE)
        return [
            role
            for person in people
            for role in index.roles_by_entity.get(person, [])
            if organisation is None or role.organization == organisation
        ]

    def _qualified_ended(self, named: list[LoadedRole]) -> list[RoleSpan]:
        """The spans of ``named`` titles their holders no longer hold (ended or
        superseded), newest first, one per holder."""
        spans: dict[str, RoleSpan] = {}
        for role in named:
            key = (role.title.casefold(), role.organization)
            for span in self.index.role_history(role.entity).earlier:
                if (span.role.title.casefold(), span.role.organization) == key:
                    spans.setdefault(role.entity, span)
        return sorted(spans.values(), key=lambda s: max(s.dates), reverse=True)

    def _qualified_former(self, q: Query, ended: list[RoleSpan], named: list[LoadedRole]) -> Answer:
        """ "Who was the former President of X?": the holders who no longer hold it,
        newest first, then who holds it now."""
        index = self.index
        lines = [f"**{index.entity(s.role.entity).name}** — {index.span_text(s)}" for s in ended]
        sources = [src for s in ended[:MAX_SHOWN] for src in s.sources[:1]]
        former = {s.role.entity for s in ended}
        now = []
        for role in named:
            if role.entity in former or role.entity in {r.entity for r in now}:
                continue
            key = (role.title.casefold(), role.organization)
            current = index.role_history(role.entity).current
            if any((c.role.title.casefold(), c.role.organization) == key for c in current):
                now.append(role)
        text = "Former: " + "; ".join(lines[:MAX_SHOWN])
        if now:
            text += "\nNow: " + "; ".join(
                f"**{index.entity(r.entity).name}** — {index.role_text(r)}" for r in now[:MAX_SHOWN]
            )
            sources += [r.source for r in now[:MAX_SHOWN]]
        entities = [s.role.entity for s in ended[:MAX_SHOWN]] + [r.entity for r in now]
        return answered(index, q.question, text, sources, entities=entities)

    def _qualified_not_found(
        self,
        q: Query,
        asked: QualifiedTitle,
        organisation: str | None,
        named: list[LoadedRole],
    ) -> Answer:
        index = self.index
        # The newest holder first: who holds the plain title now.
        named = sorted(named, key=lambda r: index.source_date(r.source), reverse=True)
        holders = list(dict.fromkeys(r.entity for r in named))[:MAX_SHOWN]
        # The title as the releases print it when it is the one asked ("DG" is their
        # "Director General"), else as asked: "vice chairman", not "vice Founder and
        # Executive Chairman".
        asked_text = " ".join(asked.words)
        titles = {r.title for r in named}
        title = asked_text
        if len(titles) == 1:
            only = next(iter(titles))
            if normalize(only) == asked_text or title_acronym(only) == asked_text:
                title = only
        at = f" at {index.short_name(organisation)}" if organisation else ""
        if asked.qualifier in PAST_QUALIFIERS:
            text = f"The releases name no {asked.qualifier} {title}{at}: no one is given as having left that post."
        else:
            text = f"The releases name no {asked.qualifier} {title}{at}."
        shown = []
        for person in holders:
            role = next(r for r in named if r.entity == person)
            shown.append(f"**{index.entity(person).name}** — {index.role_text(role)}")
        text += " The releases give, without that qualifier: " + "; ".join(shown) + "."
        choices = tuple(entity_choice(self.prefix, "who", p, index.entity(p).name) for p in holders)
        return not_found(q.question, text, choices)
