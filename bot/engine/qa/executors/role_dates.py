"""Was a title held at a date? Decided from the roles' dates only.

"Was LI Yong DG of UNIDO in 2022?", "was Daniel Hartmann president of the DTA in 2020?":
the answer comes from when the releases state the title held (each role is as of its
release), when a release marks it ended, and whether someone else held the same title
at the same organisation later. A fact that merely mentions the year says nothing
about the title, so it is never the evidence.

- **Yes:** a role in force then (stated by a release of that year or earlier, not ended
  before it), and the year is not past the newest release that still states it.
- **No:** the title ended before that year, or someone else held it then (a successor
  by then, or a predecessor still in force when the person's title is first stated
  later), or the person held another title at that organisation then.
- **Not found** ("the releases don't say"): the releases first give the title after that
  year, or last give it before it with no end and no successor, or give the person no
  such title at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered, citations, not_found
from bot.engine.qa.executors.base import ExecutorBase, same_title_roles
from bot.engine.qa.executors.qualifiers import TITLE_QUALIFIERS
from bot.engine.qa.held_on import held_text, history_on
from bot.engine.qa.query import Query
from bot.engine.qa.stated_tenure import stated_tenure
from bot.engine.qa.subjects import role_fits, title_named
from bot.engine.qa.superseded import ending_release_date, handed_over, superseding_title
from bot.engine.qa.vocabulary import LEADER_WORDS, TITLE_WORDS
from bot.kb.models import EntityKind, LoadedRole
from bot.search.index import RoleSpan, title_acronyms
from bot.search.synonyms import rewrite_phrases
from bot.search.terms import STOP_WORDS, stem
from bot.textnorm import normalize

# "Does P still run O?": a verb of leading asks for the top title there (``role_fits``
# reads it so); the nouns among LEADER_WORDS ("top", "lead", "chief") name no title alone.
_LEADING_VERBS = LEADER_WORDS - frozenset("top lead chief boss leader leaders".split())


def best_fitting(
    question: str, title_words: Iterable[str], spans: list[RoleSpan]
) -> list[RoleSpan]:
    """The spans (non-empty) whose title fits the asked ``title_words`` best
    (``title_fit``), in their order."""
    wanted = set(title_words)

    def fit(span: RoleSpan) -> tuple[bool, int, int]:
        return title_fit(question, wanted, span.role.title)

    best = max(fit(s) for s in spans)
    return [s for s in spans if fit(s) == best]


def title_fit(question: str, words: set[str], title: str) -> tuple[bool, int, int]:
    """How well a title fits a question: first whether the question names it whole
    ("co-founder" is "Co-founder", not "Founder and Executive Chairman", though the
    reader drops the "co" prefix from the words), then how many of its words are asked,
    then how few qualifiers the title adds that the question does not ask ("become
    chair" is the Chair, not the Deputy Chair; bot/vocab/title_qualifiers.txt)."""
    key = normalize(title)
    asked = set(normalize(question).split())
    title_words = set(key.split())
    unasked = len((title_words & TITLE_QUALIFIERS) - asked)
    return (f" {key} " in f" {normalize(question)} ", len(words & title_words), -unasked)


def _read_title_has(title: str, words: Iterable[str]) -> bool:
    """Whether ``title``, read as a question is (its thesaurus phrases as their heads:
    "Midwife in charge of the Chunya clinic" as "midwife head of the chunya clinic"),
    has every one of ``words``: "still the midwife in charge at the Chunya clinic?" is
    read so too. Every word must be there, so a phrase's head alone ("head") never
    makes a clinic's midwife the head of anything else."""
    wanted = {stem(w) for w in words}
    read = {stem(w) for w in rewrite_phrases(normalize(title).split())}
    return bool(wanted) and wanted <= read


class RoleDateAnswers(ExecutorBase):
    def _asked_titles(self, q: Query) -> tuple[str, list[str], list[str], list[RoleSpan]] | None:
        """The one person asked about, the words naming a title, the organisations named
        and the person's titles (``Index.role_history``) that those words name; None when
        the question names no one person or no title.

        Title words are those of the person's own titles (stop words aside: "programme
        director"), the title vocabulary ("head", "president") and titles' initials
        ("DG")."""
        index = self.index
        person = self.one_person(q)
        if person is None:
            return None
        roles = index.roles_by_entity.get(person, [])
        acronyms = {a for r in roles for a in title_acronyms(r.title)}
        own = {w for r in roles for w in normalize(r.title).split()} - STOP_WORDS
        # A word of the name of an organisation the person holds a title at is not a
        # title word ("Urban" in "Alderbury Urban Heat Institute", though the person was
        # "Professor of Urban Climatology"); a place in a title is ("Head of the Kuala
        # Lumpur campus").
        at = {r.organization for r in roles}
        named = {i for m in q.found if m.entity_id in at for i in range(m.words[0], m.words[1])}
        # "Become GM of Greywater Transit" read as the person by their role: the
        # organisation's name inside it is where the title is, not a title word.
        in_role = self._organisations_in_role_mention(q, person, roles)
        named |= {i for _, at_words in in_role for i in at_words}
        title_words = [
            w
            for i, w in enumerate(q.words)
            if (w in TITLE_WORDS or w in acronyms or w in own or w in _LEADING_VERBS)
            and i not in named
        ]
        if not title_words:
            return None
        orgs = [e for e in q.subjects if e != person and e not in index.person_ids]
        orgs += [org for org, _ in in_role if org not in orgs]
        # "Was P Tessara's health minister?": a country named for its ministry stands for
        # the organisation of P's roles whose name holds it ("Ministry of Health of
        # Tessara").
        orgs = [o for e in orgs for o in self._organisations_of_place(e, roles)]
        # "Was P director of the Andean Genebank Institute?": the organisation the title
        # was read with (which then stands for P among the subjects) is where it is held.
        orgs += [
            a.organization
            for a in q.role_asks
            if a.organization not in orgs and (not a.holders or person in a.holders)
        ]
        history = index.role_history(person)
        # "Does P still run StepUp?": a post at a programme or unit named is held at
        # the organisation running it ("Programme Director of StepUp", ``unit_roles``).
        unit_posts = {id(r) for o in orgs for r in index.unit_roles.get(o, ())}
        spans = [
            s
            for s in history.current + history.earlier
            if (role_fits(s.role.title, title_words) or _read_title_has(s.role.title, title_words))
            and (not orgs or s.role.organization in orgs or id(s.role) in unit_posts)
        ]
        # The titles the words name literally ("chief executive officer") before those
        # they only fit as a top job would (a Chairman is "chief" too).
        named = [s for s in spans if title_named(s.role.title, title_words)]
        return person, title_words, orgs, named or spans

    def _organisations_in_role_mention(
        self, q: Query, person: str, roles: list[LoadedRole]
    ) -> list[tuple[str, range]]:
        """The organisations of ``person``'s roles whose name or alias a mention of the
        person by a role ("GM of Greywater Transit") writes, each with the positions of
        its words in ``q.words``."""
        found: list[tuple[str, range]] = []
        for m in q.found:
            if m.via != "role" or m.entity_id != person:
                continue
            for org in dict.fromkeys(r.organization for r in roles if r.organization):
                entity = self.index.entity(org)
                for label in (entity.name, *entity.aliases):
                    words = normalize(label).split()
                    n = len(words)
                    at = next(
                        (
                            i
                            for i in range(m.words[0], m.words[1] - n + 1)
                            if n and list(q.words[i : i + n]) == words
                        ),
                        None,
                    )
                    if at is not None:
                        found.append((org, range(at, at + n)))
                        break
        return found

    def _organisations_of_place(self, entity: str, roles: list[LoadedRole]) -> list[str]:
        """``entity`` itself, or for a place the organisations of ``roles`` whose name or
        an alias holds one of the place's names as whole words ("Tessara" in "Ministry of
        Health of Tessara"); when none does, nothing if one of ``roles``' titles holds
        the name (the place is the title's), else the place itself."""
        index = self.index
        place = index.entity(entity)
        if place.kind is not EntityKind.PLACE:
            return [entity]
        labels = [n for n in (normalize(x) for x in (place.name, *place.aliases)) if n]
        found = []
        for role in roles:
            org = role.organization
            if org is None or org in found:
                continue
            names = (index.entity(org).name, *index.entity(org).aliases)
            if any(f" {label} " in f" {normalize(n)} " for n in names for label in labels):
                found.append(org)
        if not found and any(
            f" {label} " in f" {normalize(r.title)} " for r in roles for label in labels
        ):
            # "Still the midwife in charge at the Chunya clinic?": the place is a word of
            # the title ("… of the Chunya clinic"), which the title words match; it names
            # no organisation to hold it at.
            return []
        return found or [entity]

    def role_now(self, q: Query) -> Answer | None:
        """ "Is P (still) <title> [of O]?": yes when the title is among the newest
        release's titles for P, no when a release marks it ended or a newer release
        gives P other titles. None when the question asks about another time, names no
        one person or no title, or P has no such title (the yes/no path says more)."""
        if q.time.bounded:
            return None
        asked = self._asked_titles(q)
        if asked is None or not asked[3]:
            return None
        index = self.index
        person, title_words, _orgs, spans = asked
        name = index.entity(person).name
        history = index.role_history(person)
        # "Still head of operations?" names that title whole, though her newer "Chief
        # Operating Officer" fits its words too: the best-fitting title is judged, else
        # the newer title answered a confident Yes for one she no longer holds.
        fitting = best_fitting(q.question, title_words, spans)
        span = max(fitting, key=lambda s: (s in history.current, s.dates[0]))
        text_of = index.span_text(span)
        sources = [*span.sources, *self._ending_sources(person, span)]
        on_day = self._on_day(q, person, span)
        if on_day is not None:
            return on_day
        if span in history.current:
            # "Is she the executive director yet?": when a fact says the title started
            # ("effective June 1, 2024"), that date is what "yet" asks.
            start = self.title_start(person, span)
            since = f"\n{start.fact.text.strip()}" if start is not None else ""
            return answered(
                index,
                q.question,
                f"**Yes:** {name} is {index.role_text(span.role)}.{since}",
                [span.role.source, *([start.fact.source] if start is not None else [])],
                entities=[person],
            )
        more, more_sources = "", []
        org = span.role.organization
        if org is not None:
            fact = self._fact_on_title(person, org, title_words)
            if fact is not None:
                more, more_sources = f"\n{fact.text.strip()}", [fact.source]
        now = "; ".join(index.role_text(s.role) for s in history.current)
        if span.ended:
            text = f"**No:** not now. {name}'s title {text_of} ended."
        else:
            text = f"**No:** not as of the newest release to give {name}'s titles."
            text += f" The releases give {text_of} earlier."
        if now:
            text += f"\nThe newest they give: {now}."
            sources += [s.role.source for s in history.current]
        holder = self._holder_now(person, span.role)
        entities = [person]
        if holder is not None:
            text += f"\nNow held by {index.entity(holder.entity).name}: {index.role_text(holder)}."
            sources.append(holder.source)
            entities.append(holder.entity)
        return answered(
            index, q.question, text + more, [*sources, *more_sources], entities=entities
        )

    def _on_day(self, q: Query, person: str, span: RoleSpan) -> Answer | None:
        """ "Is P (still / yet) <title>?" on the day asked when it differs from the
        releases' own reading (``held_on``): "Not yet" for a title that begins later,
        "Yes" for one whose announced end is still to come; None otherwise."""
        index = self.index
        held = history_on(index, person, q.today, self.title_start)
        key = (span.role.title.casefold(), span.role.organization)
        name = index.entity(person).name
        for u in held.upcoming:
            if (u.span.role.title.casefold(), u.span.role.organization) == key:
                return answered(
                    index,
                    q.question,
                    f"**Not yet:** {name} is {held_text(index, u.span)} from "
                    f"{u.start.written}.\n{u.start.fact.text.strip()}",
                    [u.span.role.source, u.start.fact.source],
                    entities=[person],
                )
        if not span.ended:
            return None
        for now in held.current:
            if (now.role.title.casefold(), now.role.organization) == key:
                return answered(
                    index,
                    q.question,
                    f"**Yes:** {name} is {held_text(index, now)}.",
                    [*now.sources, *self._ending_sources(person, span)],
                    entities=[person],
                )
        return None

    def _holder_now(self, person: str, role: LoadedRole) -> LoadedRole | None:
        """Someone else's current statement of ``role``'s title at its organisation (the
        successor a newer release names), newest first; None when no one holds it now."""
        index = self.index
        if role.organization is None:
            return None
        key = (role.title.casefold(), role.organization)
        found = [
            span.role
            for other in index.people_by_org.get(role.organization, [])
            if other != person
            for span in index.role_history(other).current
            if (span.role.title.casefold(), span.role.organization) == key
        ]
        found.sort(key=lambda r: index.source_date(r.source), reverse=True)
        return found[0] if found else None

    def role_at_date(self, q: Query) -> Answer | None:
        """ "Was P <title> [of O] in Y?" (or "by Y", "as of Y"): yes, no or not found from
        the roles' dates. None when the question names no one person, no title or no year."""
        index = self.index
        year = q.time.year if q.time.year is not None else q.time.until
        asked = self._asked_titles(q)
        if asked is None or year is None:
            return None
        person, title_words, orgs, spans = asked
        name = index.entity(person).name
        if not spans:
            return self._no_such_title(q, person, orgs)
        # "Head of operations" names that title whole, though "Chief Operating
        # Officer" fits its words too: the best-fitting title, then the newest.
        span = max(best_fitting(q.question, title_words, spans), key=lambda s: s.dates[0])
        first, last = min(span.dates), max(span.dates)
        ended_year = int(span.ended_on[:4]) if span.ended_on else None
        sources = [*span.sources, *self._ending_sources(person, span)]
        history = index.span_text(span)
        if span.ended and ended_year is None:
            # Ended on a date not given: held at least until the last "as of", over by
            # the release marking it ended; in between, only a stated start of the
            # title that followed it dates the end.
            undated = self._undated_end(q, person, span, year, history, sources)
            if undated is not None:
                return undated
            ended_year = last.year
        more, more_sources = self._then(person, span, year, title_words)
        if span.ended and ended_year is not None and ended_year < year:
            text = f"**No.** Not in {year}: {name}'s title {history} ended before then."
            successor = self._successor(person, span.role, year)
            if successor is not None:
                text += (
                    f" {index.entity(successor.entity).name} held it by then: "
                    f"{index.role_text(successor)}."
                )
                sources.append(successor.source)
            return answered(
                index, q.question, text + more, [*sources, *more_sources], entities=[person]
            )
        if first.year > year:
            start = self.title_start(person, span)
            if (
                start is not None
                and int(start.date[:4]) <= year
                and (ended_year is None or ended_year >= year)
            ):
                # "Was X heading UNIDO in 2015?": a later release states the term
                # ("served as Director General from 2013 to 2021").
                text = (
                    f"**Yes.** In {year}, {name} held {history}: a release dates it from "
                    f"{start.written}.\n{start.fact.text.strip()}"
                )
                return answered(
                    index, q.question, text, [start.fact.source, *sources], entities=[person]
                )
            lasted = stated_tenure(index, span.role)
            if lasted is not None and lasted.first <= year <= lasted.last:
                # "Was X director in 2014?": "retired … after eleven years as Director"
                # covers the years before the first release naming the title.
                text = (
                    f"**Yes.** In {year}, {name} held {history}: a release gives its length."
                    f"\n{lasted.text}"
                )
                return answered(
                    index, q.question, text, [lasted.source, *sources], entities=[person]
                )
            before = self._holder_then(person, span.role, year)
            if before is not None:
                text = (
                    f"**No.** Not in {year}: {index.entity(before.entity).name} held the title "
                    f"then: {index.role_text(before)}. The releases give {name} as {history}."
                )
                return answered(
                    index,
                    q.question,
                    text + more,
                    [before.source, *sources, *more_sources],
                    entities=[person, before.entity],
                )
            other = self._other_title_then(person, span.role, year)
            if other is not None:
                return answered(
                    index,
                    q.question,
                    f"**No.** In {year}, the releases give {name} as "
                    f"{index.role_text(other)}; they first give {history} later."
                    + more.replace(
                        f"\nIn {year}, the releases give {name} as {index.role_text(other)}.", ""
                    ),
                    [other.source, *sources, *more_sources],
                    entities=[person],
                )
            return self._unsaid(
                q,
                f"The releases don't say: they first give {name} as {history}, after {year}."
                + more,
                [*sources, *more_sources],
            )
        successor = self._successor(person, span.role, year)
        if successor is not None:
            text = (
                f"**No.** Not in {year}: the releases give {name} as {history}, and "
                f"{index.entity(successor.entity).name} as {index.role_text(successor)}."
            )
            return answered(
                index,
                q.question,
                text + more,
                [*sources, successor.source, *more_sources],
                entities=[person, successor.entity],
            )
        if not span.ended and year > last.year:
            replaced = superseding_title(index, person, span, year, self.title_start)
            if replaced is not None:
                # "Was X still Director of Programmes in 2023?": X took the top job there.
                start = replaced.start
                text = (
                    f"**No.** In {year}, the releases give {name} as "
                    f"{index.span_text(replaced.span)}, from {start.written}; they last give "
                    f"{history}.\n{start.fact.text.strip()}"
                )
                return answered(
                    index,
                    q.question,
                    text,
                    [start.fact.source, *replaced.span.sources, *sources],
                    entities=[person],
                )
            return self._unsaid(
                q,
                f"The releases don't say: they last give {name} as {history}, before {year}."
                + more,
                [*sources, *more_sources],
            )
        text = f"**Yes.** In {year}, {name} held the title {history}."
        start = self.title_start(person, span)
        if start is not None and int(start.date[:4]) <= year:
            # "Was P already <title> when A happened?": since when, as a release dates it.
            text += f" A release dates it from {start.written}.\n{start.fact.text.strip()}"
            sources = [start.fact.source, *sources]
        return answered(index, q.question, text, sources, entities=[person])

    def _undated_end(
        self, q: Query, person: str, span: RoleSpan, year: int, history: str, sources: list[str]
    ) -> Answer | None:
        """ "Was P <title> in Y?" for a title a release marks ended with no date, when Y
        falls after the last release stating it held: yes before the stated start of
        the title P took over from it at the same organisation (``handed_over``), no
        from then on; without such a start, not found while Y is not past the release
        marking it ended. None when Y is not after the last "as of" (the caller's rule
        answers from the roles' dates) or is past that release (it ended before then)."""
        index = self.index
        last = max(span.dates)
        ending = ending_release_date(index, person, span)
        if ending is None or year <= last.year:
            return None
        name = index.entity(person).name
        after = handed_over(index, person, span, self.title_start)
        if after is not None:
            start = after.start
            took = index.span_text(after.span)
            cited = [start.fact.source, *after.span.sources, *sources]
            began = int(start.date[:4])
            if year < began or (year == began and start.date[5:] not in ("", "01", "01-01")):
                # Taken over in the course of the year asked: the old title was held then.
                text = (
                    f"**Yes.** In {year}, {name} held the title {history}: a later release "
                    f"says it ended, and {name} took {took} only from {start.written}."
                )
            else:
                text = (
                    f"**No.** Not in {year}: {name}'s title {history} ended when {name} "
                    f"took {took}, from {start.written}."
                )
            text += f"\n{start.fact.text.strip()}"
            return answered(index, q.question, text, cited, entities=[person])
        if year > int(ending[:4]):
            return None
        return self._unsaid(
            q,
            f"The releases don't say: they last give {name} as {history}, and the release "
            f"of {ending} says the title ended, with no date.",
            sources,
        )

    def _then(
        self, person: str, span: RoleSpan, year: int, title_words: list[str]
    ) -> tuple[str, list[str]]:
        """What else the roles and facts say: the person's own title in force in ``year``
        when it is another, and the newest fact about them at the organisation naming the
        title ("became President … on January 1, 2022"). As text to append, and its
        releases."""
        index = self.index
        text, sources = "", []
        key = (span.role.title.casefold(), span.role.organization)
        own = [
            r
            for r in index.roles_in_force(person, year)
            if (r.title.casefold(), r.organization) != key
        ]
        if own:
            text += (
                f"\nIn {year}, the releases give {index.entity(person).name} as "
                f"{index.role_text(own[0])}."
            )
            sources.append(own[0].source)
        org = span.role.organization
        if org is not None:
            # The first release after the year's start to name the title says what
            # changed; else the newest that names it.
            on_title = self._fact_on_title
            fact = on_title(person, org, title_words, dt.date(year, 1, 1)) or on_title(
                person, org, title_words
            )
            if fact is not None:
                text += f"\n{fact.text.strip()}"
                sources.append(fact.source)
        return text, sources

    def _unsaid(self, q: Query, text: str, sources: list[str]) -> Answer:
        """Not found, still citing the releases whose roles and facts are shown."""
        return replace(
            not_found(q.question, text),
            citations=citations(self.index, sources),
            entities=tuple(q.subjects),
        )

    def _ending_sources(self, person: str, span: RoleSpan) -> list[str]:
        """The releases that mark the title ended (they may not state it as held)."""
        key = (span.role.title.casefold(), span.role.organization)
        return [
            r.source
            for r in self.index.roles_by_entity.get(person, [])
            if not r.current and (r.title.casefold(), r.organization) == key
        ]

    def _successor(self, person: str, role: LoadedRole, year: int) -> LoadedRole | None:
        """Someone else's role with the same title at the same organisation, stated by a
        release of ``year`` or earlier and later than every release stating the person's."""
        index = self.index
        if role.organization is None:
            return None
        key = role.title.casefold()
        mine = [
            index.source_date(r.source)
            for r in index.roles_by_entity.get(person, [])
            if r.title.casefold() == key and r.organization == role.organization
        ]
        after = max(mine)
        for when, r in same_title_roles(index, role, person):
            if r.current and after < when and when.year <= year:
                return r
        return None

    def _other_title_then(self, person: str, role: LoadedRole, year: int) -> LoadedRole | None:
        """The person's own role with another title at the same organisation, in force in
        ``year``: they held that one then, when the asked title is first stated later."""
        if role.organization is None:
            return None
        key = role.title.casefold()
        for r in self.index.roles_in_force(person, year):
            if r.organization == role.organization and r.title.casefold() != key:
                return r
        return None

    def _holder_then(self, person: str, role: LoadedRole, year: int) -> LoadedRole | None:
        """Someone else's role with the same title at the same organisation in force in
        ``year`` (``Index.roles_in_force``): a predecessor, when the person's own title is
        first stated later."""
        index = self.index
        if role.organization is None:
            return None
        key = role.title.casefold()
        for other in index.people_by_org.get(role.organization, []):
            if other == person:
                continue
            for r in index.roles_in_force(other, year):
                if r.organization == role.organization and r.title.casefold() == key:
                    return r
        return None

    def _no_such_title(self, q: Query, person: str, orgs: list[str]) -> Answer:
        index = self.index
        name = index.entity(person).name
        history = index.role_history(person)
        shown = [index.span_text(s) for s in (history.current + history.earlier)[:3]]
        text = f"The releases don't say {name} held that title"
        if orgs:
            text += f" at {index.short_name(orgs[0])}"
        text += "."
        if shown:
            text += " The titles they give: " + "; ".join(shown) + "."
        return not_found(q.question, text)
