"""What is new in the whole base, and what has changed for a person, over a time.

- "What's new since 2023?", "anything new this year?", "what happened in 2021?" (no
  subject): the facts of every release dated within that time, and the titles that
  releases first give or mark ended then, newest first, spread over the releases, each
  line cited. None in that time: not found, naming the latest date the releases give.
- "What has changed for Amara Okafor since 2021?": the person's titles first given in
  that time, the titles ended or no longer given since, then what the releases say
  about them then (``recent.news`` statements), each dated and cited. A subject that is
  not a person gets the "what's new" answer of ``recent.py``.

"This year" and "last year" are read against the date the question is asked on
(``Query.today``, from ``Request.today``, which the front door sets from the clock):
the engine reads no clock itself, so that an answer depends on its inputs only.
"""

from __future__ import annotations

import dataclasses
import functools
import operator

from bot import slices
from bot.engine.answer import Answer
from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered, not_found
from bot.engine.qa.executors.base import ExecutorBase
from bot.engine.qa.executors.recent import MAX_NEWS, MAX_STATEMENTS_READ, NEWS_WORDS, spread
from bot.engine.qa.held_on import after, asked_day
from bot.engine.qa.query import AnswerType, Query, TimeConstraint
from bot.engine.qa.read import RELATION_TERMS, ROLE_TERMS
from bot.engine.qa.vocabulary import RELEASE_NOUNS
from bot.engine.timeline import Statement, statements
from bot.kb.models import LoadedRole, Source
from bot.search.index import Index, RoleSpan, changed_items
from bot.search.terms import stem

_SOURCE = operator.attrgetter("source")

# Words asking what changed ("what has changed for X", "any changes at Y").
CHANGE_WORDS = frozenset("change changed changes changing different".split())
# Verbs asking what happened ("what went on in 2021?", "what took place?").
HAPPEN_WORDS = frozenset(
    "went occurred occur took events event announced announce announces announcements "
    "reported".split()
)
# Words that ask nothing beyond "what is new" in a question with no subject.
_FILLER = frozenset(
    "anything something any there what whats has have been is are was were did do does the "
    "a an of in on at to for this last year years month lately so far overall generally "
    "all everything place release releases announcement announcements say said".split()
)
_ASK_TERMS = frozenset(stem(w) for w in (*NEWS_WORDS, *CHANGE_WORDS, *HAPPEN_WORDS, *_FILLER))
# "How has X's role changed?", "what new titles has X taken on?".
_ROLE_ASK_TERMS = ROLE_TERMS | frozenset(stem(w) for w in "titles roles take taken on".split())
# A base-wide "what's new" reads at most this many facts (newest releases first), so
# that its work stays bounded on a large base.
MAX_SCANNED_FACTS = 2_000
# A person's changes show at most this many further statements about them.
MAX_CHANGE_STATEMENTS = 4


_PLURAL_RELEASE_NOUNS = frozenset("releases announcements".split())


def _relative_time(q: Query) -> TimeConstraint:
    """The question's time, with "this year" and "last year" read as calendar years."""
    words = q.words
    if q.today is None:
        return q.time
    for i in range(len(words) - 1):
        if words[i + 1] == "year" and words[i] in ("this", "last", "past"):
            year = q.today.year - (words[i] != "this")
            if words[i] == "past":
                return TimeConstraint(since=year)
            return TimeConstraint(year=year, points=(str(year),))
    return q.time


def _title_key(role: LoadedRole) -> tuple[str, str, str | None]:
    """A title as one thing across the releases stating it: person, title, organisation."""
    return (role.entity, role.title.casefold(), role.organization)


# Statements dated after the day asked that a list of news shows apart, at most.
MAX_AHEAD = 3


def _in_order(shown: list[Statement]) -> list[Statement]:
    """Newest first; on the same date, in the release's own order (its lead first)."""
    return sorted(shown, key=lambda s: (s.date, s.order[0], -s.order[1]), reverse=True)


def _asks_what(q: Query, relative: bool = False) -> bool:
    """What a news question asks for: anything ("what …", "list …"), or a yes/no about
    anything ("has anything changed …?", "is there any news …?"); with "this year" or
    "last year", the date the reading saw in it."""
    if q.answer_type in (AnswerType.ANY, AnswerType.LIST):
        return True
    if relative and q.answer_type is AnswerType.DATE:
        return True
    return q.answer_type is AnswerType.YES_NO and bool({"anything", "any"} & set(q.words))


def _more(n: int) -> str:
    """ "1 more statement", "3 more statements": how many a cut list leaves out."""
    return f"{n} more statement" + ("" if n == 1 else "s")


def _describe(time: TimeConstraint) -> str:
    """ "in 2021", "since 2023", "between 2021 and 2022"."""
    return f"in {time.month_year()}" if time.year is not None else time.describe()


class ChangeAnswers(ExecutorBase):
    def asks_base_news(self, q: Query) -> bool:
        """ "What's new since 2023?", "anything new this year?", "what happened in
        2021?": no subject, a news word and nothing else asked."""
        # "What did the June 2021 release say?" asks for its news, not for a quote.
        release = bool(self._releases_dated(q))
        # "What did the releases say in 2023?": the releases of a time as the speaker,
        # whose news is the statements of that time, not a quote.
        release = release or (q.time.bounded and bool(set(q.words) & _PLURAL_RELEASE_NOUNS))
        if q.subjects or q.role_asks or (q.quote and not release) or q.meta or q.same_name:
            return False
        if q.list_kinds:
            return False
        # "What happened last year?" reads as asking for a year; it asks for news.
        relative = _relative_time(q) is not q.time
        asks = _asks_what(q, relative) or (release and q.answer_type is AnswerType.QUOTE)
        if not asks or (q.wants is not None and not relative):
            return False
        news = release or any(
            w in NEWS_WORDS or w in CHANGE_WORDS or w in HAPPEN_WORDS for w in q.words
        )
        if not news:
            return False
        return not (set(q.terms) - _ASK_TERMS - RELATION_TERMS)

    def base_news(self, q: Query) -> Answer:
        """Every release's statements in the time asked, newest first, cited."""
        index = self.index
        time = _relative_time(q)
        words = set(q.words)
        named = self._releases_dated(q)
        if named:
            # "What did the release of June 2021 announce?": that release's statements,
            # not everything dated that year in any release.
            theirs = [st for s in named for st in self._release_statements(s.id)]
            shown = _in_order(spread(theirs, MAX_NEWS))
            dates = ", ".join(dict.fromkeys(s.date.isoformat() for s in named))
            what = "release" if len(named) == 1 else "releases"
            lines = [f"**What the {what} of {dates} announced:**"]
            lines += [f"• **{s.date}** — {s.text}{placeholder(s.source)}" for s in shown]
            if len(theirs) > len(shown):
                lines.append(
                    f"{_more(len(theirs) - len(shown))} in that {what}: {self._see_more()}"
                )
            return answered(index, q.question, "\n".join(lines), [s.id for s in named])
        if (
            words & RELEASE_NOUNS
            and words & {"latest", "newest", "last", "recent"}
            and not time.bounded
            and index.sources_newest
        ):
            # "What's new in the latest release?": that release's statements.
            newest = index.sources_newest[0].source
            shown = _in_order(spread(self._release_statements(newest.id), MAX_NEWS))
            lines = [f"**What's new in the newest release ({newest.date.isoformat()}):**"]
            lines += [f"• **{s.date}** — {s.text}{placeholder(s.source)}" for s in shown]
            return answered(index, q.question, "\n".join(lines), [newest.id])
        if not time.bounded and index.sources_newest:
            # "What's new?", "anything recent?": what happened in the newest release's year.
            time = TimeConstraint(since=index.sources_newest[0].source.date.year)
        every, capped = self._base_statements(time)
        within = [s for s in every if time.admits_date(s.date)]
        # A statement dated after the day asked ("becomes Director on 1 May") is
        # announced, not news yet: shown apart, after what has happened.
        day = asked_day(q.today)
        ahead = [s for s in within if day is not None and after(s.date, day)]
        within = [s for s in within if s not in ahead]
        if not within and ahead:
            return self._announced_ahead(q, time, ahead)
        if not within:
            when = _describe(time) or "in the time asked"
            latest = max(
                (s.date for s in self._statements_by_year.get(self._last_year, [])), default=""
            )
            newest = index.sources_newest[0].source.date.isoformat() if index.sources_newest else ""
            text = f"The releases say nothing new {when}."
            if latest:
                text += f" The latest date they give is {latest}"
                text += f"; the newest release is dated {newest}." if newest else "."
            return not_found(q.question, text)
        shown = _in_order(spread(within, MAX_NEWS))
        head = f"**What's new {_describe(time)}, newest first:**"
        lines = [head] + [f"• **{s.date}** — {s.text}{placeholder(s.source)}" for s in shown]
        if len(within) > len(shown):
            at_least = "at least " if capped else ""
            lines.append(
                f"{at_least}{_more(len(within) - len(shown))} in that time: {self._see_more()}"
            )
        if ahead:
            coming = _in_order(spread(ahead, MAX_AHEAD))
            lines.append("**Announced for later:**")
            lines += [f"• **{s.date}** — {s.text}{placeholder(s.source)}" for s in coming]
            shown += coming
        return answered(index, q.question, "\n".join(lines), [s.source for s in shown])

    def _announced_ahead(self, q: Query, time: TimeConstraint, ahead: list[Statement]) -> Answer:
        """Nothing has happened yet in the time asked, only what is announced for later
        in it: said so, with those statements."""
        coming = _in_order(spread(ahead, MAX_AHEAD))
        lines = [f"**Nothing has happened {_describe(time)} yet; announced for later:**"]
        lines += [f"• **{s.date}** — {s.text}{placeholder(s.source)}" for s in coming]
        return answered(self.index, q.question, "\n".join(lines), [s.source for s in coming])

    def _see_more(self) -> str:
        """How to read the statements a cut list leaves out: the commands that page."""
        p = self.prefix
        return (
            f"`{p}timeline <name>` pages through every statement about one name in date"
            f" order, and `{p}sources` lists the releases."
        )

    def _releases_dated(self, q: Query) -> list[Source]:
        """The releases a question names by their date: "the release of June 2021", "the
        March 2022 announcement" (every release of that month), or "the 2021 release"
        when one release is of that year; [] when it names none."""
        time = q.time
        words = set(q.words)
        if time.year is None or not words & RELEASE_NOUNS:
            return []
        found = [
            s.source
            for s in self.index.sources_newest
            if s.source.date.year == time.year
            and (time.month is None or s.source.date.month == time.month)
        ]
        singular = bool(words & {"release", "announcement"})
        if time.month is None and (len(found) != 1 or not singular):
            return []
        return found

    def _base_statements(self, time: TimeConstraint) -> tuple[list[Statement], bool]:
        """The statements (facts, and titles a release first gives or marks ended) of the
        years ``time`` admits, newest year first, read from ``_statements_by_year`` so
        that only those years are read; at most MAX_SCANNED_FACTS of them. Also whether
        that cap left statements unread."""
        by_year = self._statements_by_year
        if not by_year:
            return [], False
        first, last = min(by_year), self._last_year
        if time.year is not None:
            years = [time.year]
        else:
            low = max(first, time.since) if time.since is not None else first
            high = min(last, time.until) if time.until is not None else last
            years = list(range(high, low - 1, -1))
        found: list[Statement] = []
        for year in years:
            group = by_year.get(year, [])
            room = MAX_SCANNED_FACTS - len(found)
            found += group[:room]
            if len(group) > room:
                return found, True
        return found, False

    def _release_statements(self, source_id: str) -> list[Statement]:
        """One release's facts (dated by when they happened, else by the release) and
        title news."""
        index = self.index
        released = index.source_date(source_id).isoformat()
        found = [
            Statement(
                fact.date or released,
                fact.text.strip(),
                source_id,
                (released, fact.position),
                "fact",
            )
            for fact in index.facts_by_source.get(source_id, [])
        ]
        return found + self._role_news.get(source_id, [])

    @property
    def _last_year(self) -> int:
        return max(self._statements_by_year, default=0)

    @functools.cached_property
    def _statements_by_year(self) -> dict[int, list[Statement]]:
        """Every release's facts (dated by when they happened, else by their release)
        and title news, by year, each year newest first: built once per index
        (``Engine.warm``), so that "what happened in 2015?" reads only 2015."""
        index = self.index
        by_year: dict[int, list[Statement]] = {}
        for source in index.sources_newest:
            for statement in self._release_statements(source.source.id):
                by_year.setdefault(int(statement.date[:4]), []).append(statement)
        for group in by_year.values():
            group[:] = _in_order(group)  # a release's lead before its later sentences
        return by_year

    @functools.cached_property
    def _role_news(self) -> dict[str, list[Statement]]:
        """The titles each release first gives or marks ended, by release id (releases
        with none are left out): read once per knowledge base (the executors live as
        long as its index), or updated from the last one's (``warm_from``)."""
        by_source: dict[str, list[LoadedRole]] = {}
        for role in self.index.kb.roles:
            by_source.setdefault(role.source, []).append(role)
        news: dict[str, list[Statement]] = {}
        for source_id, roles in by_source.items():
            found = self._news_of(roles)
            if found:
                news[source_id] = found
        return news

    def _news_of(self, roles: list[LoadedRole]) -> list[Statement]:
        """The title news of one release, from its roles in the file's order: the titles
        it marks ended, then those it is the first statement of (``_first_statement``).
        Depends on the release's roles, the other statements of the same titles and
        the names of the people and organisations."""
        index = self.index
        ended: list[Statement] = []
        new: list[Statement] = []
        for role in roles:
            released = index.source_date(role.source).isoformat()
            if not role.current:
                text = f"{index.entity(role.entity).name}: {index.role_text(role, with_date=False)}"
                text = text.replace(": former ", ": ") + (
                    f" (ended {role.ended})" if role.ended else " (ended)"
                )
                ended.append(
                    Statement(role.ended or released, text, role.source, (released, -1), "role")
                )
            elif self._first_statement(role) is role:
                text = (
                    f"{index.entity(role.entity).name}: new title "
                    f"{index.role_text(role, with_date=False)}"
                )
                new.append(Statement(released, text, role.source, (released, -1), "role"))
        return ended + new

    def _first_statement(self, role: LoadedRole) -> LoadedRole | None:
        """The statement that first gives ``role``'s title (person, title, organisation)
        as held: the earliest release's; between releases of one date, the one with the
        smaller id; within a release, its first. An explicit order, so that a table
        updated from the last one equals one made from scratch."""
        index = self.index
        key = _title_key(role)
        held = [
            r
            for r in index.roles_by_entity.get(role.entity, [])
            if r.current and _title_key(r) == key
        ]
        # roles_by_entity keeps a release's roles in the file's order, and min() the
        # first of equal keys.
        return min(held, key=lambda r: (index.source_date(r.source), r.source), default=None)

    def warm_from(self, previous: ChangeAnswers) -> None:
        """Make ``_role_news`` and ``_statements_by_year`` from ``previous``'s (the last
        snapshot's executors, whose index still serves) and what changed since: only the
        releases whose statements may differ are read again (their roles or facts
        changed, or a title they state, or the name of a person or organisation they
        name). ``previous``'s tables and lists are left as they are, since its snapshot
        serves them until it is retired. Nothing is done when ``previous`` never made
        them (it was deferred): they are made from scratch on first use."""
        old_news = previous.__dict__.get("_role_news")
        old_by_year = previous.__dict__.get("_statements_by_year")
        if old_news is None or old_by_year is None:
            return
        index, old_index = self.index, previous.index
        kb, old_kb = index.kb, old_index.kb
        roles_gone, roles_new = changed_items(old_kb.roles, kb.roles)
        facts_gone, facts_new = changed_items(old_kb.facts, kb.facts)
        # A slice at a time in C (bot.slices): 100,000 entities and more roles at most.
        old_entity = old_kb.entities.get
        renamed = {
            entity_id
            for entity_id, _ in slices.picked(
                list(kb.entities.items()),
                operator.not_,
                lambda pair: old_entity(pair[0]) is pair[1],
            )
        }
        # Releases whose title news may differ.
        reread = {r.source for r in (*roles_gone, *roles_new)}
        for key in {_title_key(r) for r in (*roles_gone, *roles_new)}:
            reread.update(
                r.source for r in index.roles_by_entity.get(key[0], []) if _title_key(r) == key
            )
        for entity_id in renamed:
            reread.update(r.source for r in index.roles_by_entity.get(entity_id, []))
            for person in index.people_by_org.get(entity_id, []):
                reread.update(
                    r.source
                    for r in index.roles_by_entity.get(person, [])
                    if r.organization == entity_id
                )
        by_source: dict[str, list[LoadedRole]] = {}
        for role in slices.picked(kb.roles, reread.__contains__, _SOURCE):
            by_source.setdefault(role.source, []).append(role)
        news = dict(old_news)
        for source_id in reread:
            found = self._news_of(by_source.get(source_id, []))
            if found:
                news[source_id] = found
            else:
                news.pop(source_id, None)
        self.__dict__["_role_news"] = news

        # Releases whose statements (facts and title news) may differ: their old
        # statements are taken out of their years, their new ones put in.
        changed = {f.source for f in (*facts_gone, *facts_new)}
        changed.update(s for s in reread if s in news or s in old_news)
        old_years = {
            int(st.date[:4])
            for s in changed
            if s in old_kb.sources
            for st in previous._release_statements(s)
        }
        new_statements: dict[int, list[Statement]] = {}
        for source in index.sources_newest:
            if source.id in changed:
                for statement in self._release_statements(source.id):
                    new_statements.setdefault(int(statement.date[:4]), []).append(statement)
        rank = {s.id: i for i, s in enumerate(index.sources_newest)}
        by_year = dict(old_by_year)
        for year in old_years | new_statements.keys():
            kept = [st for st in old_by_year.get(year, []) if st.source not in changed]
            group = kept + new_statements.get(year, [])
            if not group:
                by_year.pop(year, None)
                continue
            # Back in the order a from-scratch build reads them (releases newest first,
            # each in its own order: the sort is stable), then as it orders them.
            by_year[year] = _in_order(sorted(group, key=lambda st: rank[st.source]))
        self.__dict__["_statements_by_year"] = by_year

    def asks_changes(self, q: Query) -> bool:
        """ "What has changed for X since 2021?", "any changes at X?": subjects, a change
        word and nothing else asked."""
        if not q.subjects or q.role_asks or q.quote or q.meta or q.wants is not None:
            return False
        change = any(w in CHANGE_WORDS for w in q.words)
        if not _asks_what(q) and not (
            q.answer_type is AnswerType.ROLE or (change and q.answer_type is AnswerType.YES_NO)
        ):
            return False
        person = len(q.subjects) == 1 and q.subjects[0] in self.index.person_ids
        roles = bool(set(q.terms) & ROLE_TERMS)
        # "What's new with X?" stays the news of recent.py, newest first; "what new
        # titles has X taken on?" asks for the changes.
        if not change and not (person and roles and any(w in NEWS_WORDS for w in q.words)):
            return False
        allowed = _ASK_TERMS | RELATION_TERMS | (_ROLE_ASK_TERMS if person else frozenset())
        return not (set(q.terms) - allowed)

    def changes(self, q: Query) -> Answer:
        """A person's title changes and statements in the time asked; another subject's
        news (``recent.news``)."""
        index = self.index
        subject = q.subjects[0]
        if subject not in index.person_ids or len(q.subjects) > 1:
            return self.news(dataclasses.replace(q, time=_relative_time(q)))
        time = _relative_time(q)
        name = index.entity(subject).name
        history = index.role_history(subject)
        spans = history.current + history.earlier
        newest_stated = max((d for s in spans for d in s.dates), default=None)
        dated: list[tuple[str, str]] = []  # (date, line), sorted below
        sources: list[str] = []

        def admitted(date: str) -> bool:
            return not time.bounded or time.admits_date(date)

        # A new title is dated by the start a fact states ("became President on January
        # 1, 2022"), else by the first release giving it.
        starts = {id(s): self.title_start(subject, s) for s in spans}

        def began(span: RoleSpan) -> str:
            start = starts[id(span)]
            return start.date if start is not None else min(span.dates).isoformat()

        new = [s for s in spans if admitted(began(s)) and not s.ended]
        # A title only ever given as ended ("previously Director of Training") is no new
        # title; one given as held and ended later is.
        held = {
            (r.title.casefold(), r.organization)
            for r in index.roles_by_entity.get(subject, [])
            if r.current
        }
        new += [
            s
            for s in spans
            if s.ended
            and (s.role.title.casefold(), s.role.organization) in held
            and admitted(began(s))
        ]
        for span in sorted(new, key=began):
            first = began(span)
            start = starts[id(span)]
            cited = start.fact.source if start is not None else span.sources[-1]
            dated.append(
                (
                    first,
                    f"• **{first}** — new title: {_title(index, span)}{placeholder(cited)}",
                )
            )
            sources.append(cited)
        for span in history.earlier:
            if span.ended:
                when = span.ended_on or max(span.dates).isoformat()
                if not admitted(when) and not (time.since and when[:4] >= str(time.since)):
                    continue
                ending = self._ending_source(subject, span)
                # With no date, the release gives it as already ended ("previously").
                text = f"ended {span.ended_on}" if span.ended_on else "given as ended"
                dated.append(
                    (when, f"• **{when}** — {text}: {_title(index, span)}{placeholder(ending)}")
                )
                sources.append(ending)
            else:
                # Dropped when the next release giving their titles leaves it out, never
                # in the release that gives it last (which may be the first to give it).
                last = max(span.dates)
                later = [d for s in spans for d in s.dates if d > last]
                if not later or newest_stated is None:
                    continue
                dropped = min(later).isoformat()
                if not admitted(last.isoformat()) or not admitted(dropped):
                    continue
                dated.append(
                    (
                        dropped,
                        f"• **{dropped}** — no longer given: {_title(index, span)} (last "
                        f"given {last.isoformat()}){placeholder(span.sources[0])}",
                    )
                )
                sources.append(span.sources[0])
        lines = [line for _, line in sorted(dated, key=lambda d: d[0])]
        every = statements(index, subject, MAX_STATEMENTS_READ)
        more = [s for s in every if s.kind in ("fact", "quote") and admitted(s.date)]
        more = spread(more[::-1], MAX_CHANGE_STATEMENTS)
        when = _describe(time) or "over time"
        if not lines and not more:
            latest = f" The latest they state is dated {every[-1].date}." if every else ""
            return not_found(q.question, f"The releases give no change for {name} {when}.{latest}")
        text = [f"**What has changed for {name} {when}, oldest first:**", *lines]
        if more:
            text.append("What the releases say about them then:")
            text += [f"• **{s.date}** — {s.text}{placeholder(s.source)}" for s in more]
            sources += [s.source for s in more]
        return answered(index, q.question, "\n".join(text), sources, entities=[subject])

    def _ending_source(self, person: str, span: RoleSpan) -> str:
        """The release that marks the title ended (the title's newest when none does)."""
        key = (span.role.title.casefold(), span.role.organization)
        for role in self.index.roles_by_entity.get(person, []):
            if not role.current and (role.title.casefold(), role.organization) == key:
                return role.source
        return span.sources[0]


def _title(index: Index, span: RoleSpan) -> str:
    """ "President, DTA": a title and its organisation, without dates."""
    role = span.role
    text = role.title
    if role.organization:
        text += f", {index.short_name(role.organization)}"
    return text
