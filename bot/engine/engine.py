"""The answer engine: a pure function of (Index, Request) -> Answer.

No I/O happens here and discord is never imported, so the same engine serves Discord,
the terminal and the tests.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import cached_property
from itertools import compress, islice
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from bot import limits, stages
from bot.engine.answer import Answer, Choice, Citation, Page, Status, entity_choice
from bot.engine.cite import MARKER, attribute, cite, number_markers, placeholder
from bot.engine.details import entity_detail, listed_lines
from bot.engine.examples import examples_of
from bot.engine.labels import LabelSource, distinct_labels
from bot.engine.qa.compose import combine
from bot.engine.qa.figures import figures_in
from bot.engine.qa.followup import FollowUp, ListSources, LookUp, ShowEntity, ShowQuote, Step
from bot.engine.qa.held_on import as_history, asked_day, held_text, history_on
from bot.engine.qa.vocabulary import TITLE_WORDS
from bot.engine.request import (
    COMMANDS,
    ENTITY_REF_CHARS,
    Request,
    asked_page,
    entity_ref,
    is_hashed_ref,
    no_such_page,
    page_number,
    parse,
    ref_in_option,
)
from bot.engine.text import (
    clip,
    declared_gender,
    echo,
    has_word,
    honorific_gender,
    strip_honorific,
)
from bot.engine.timeline import Markers, overview, pages, statements, title_lines
from bot.kb.models import LoadedFact, LoadedQuote, LoadedRole, LoadedSummary
from bot.search.index import Index, RoleHistory, RoleSpan, title_acronyms
from bot.search.names import (
    AMBIGUITY_MARGIN,
    MATCH_THRESHOLD,
    SUGGEST_THRESHOLD,
    Match,
    without_titles_of_named,
)
from bot.textnorm import normalize
from bot.vocab import romanisations

if TYPE_CHECKING:
    from bot.engine.qa.answerer import QuestionAnswerer

SOURCES_PER_PAGE = 10
FACTS_PER_ENTITY = 3
# Earlier titles an entity card lists (newest first) after the current ones.
EARLIER_ROLES = 4
# Earlier summaries (restated by a later release) an entity card lists after the newest.
EARLIER_SUMMARIES = 2
MAX_SUGGESTIONS = 5
# An ambiguous answer offers as many choices as a select menu holds (Discord: 25);
# Discord shows up to five as buttons and a menu beyond. Its text lists fewer.
MAX_AMBIGUOUS_CHOICES = limits.SELECT_OPTIONS
AMBIGUOUS_LISTED = 10
# Commands that name one entity, and so can take an exact entity reference.
ENTITY_COMMANDS = ("quote", "what", "who", "timeline")


def _distinct_older(summaries: Sequence[LoadedSummary]) -> list[LoadedSummary]:
    """The summaries after the newest (newest first) whose text differs from every newer one."""
    seen = {summaries[0].text.strip()} if summaries else set()
    older = []
    for summary in summaries[1:]:
        if summary.text.strip() not in seen:
            seen.add(summary.text.strip())
            older.append(summary)
    return older


def _renumber(answer: Answer, order: list[str]) -> Answer:
    """``answer`` with its markers "[n]" numbered by the release ids ``order`` instead of
    its own citations (for a reply that combines several answers)."""
    own = [c.source_id for c in answer.citations]

    def number(match: re.Match[str]) -> str:
        n = int(match[1])
        if not 1 <= n <= len(own) or own[n - 1] not in order:
            return match[0]
        return f"[{order.index(own[n - 1]) + 1}]"

    return replace(answer, text=MARKER.sub(number, answer.text))


def _newest_figures(index: Index, entity_id: str, facts: list[LoadedFact]) -> list[LoadedFact]:
    """``facts`` (a card's, in its order) with a figure a later release restates for the
    entity in its place: a fact whose first figure counts what a newer fact about the
    entity (first in its ``about``) counts ("450,000 subscribers" in 2023, "1.2 million
    subscribers" in 2025) gives way to the newest, shown once, so that a card leads with
    the current figure (issue 12: newest first); its history is `!timeline`'s."""

    def unit(fact: LoadedFact) -> str:
        figures = figures_in(fact.text)
        return figures[0].unit if figures and figures[0].unit else ""

    newest: dict[str, LoadedFact] = {}
    for fact in facts:
        u = unit(fact)
        if u and fact.about[0] == entity_id:
            held = newest.get(u)
            if held is None or index.source_date(fact.source) > index.source_date(held.source):
                newest[u] = fact
    out: list[LoadedFact] = []
    for fact in facts:
        u = unit(fact)
        shown = newest.get(u, fact) if u and fact.about[0] == entity_id else fact
        if shown not in out:
            out.append(shown)
    return out


def _card_role(index: Index, history: RoleHistory, role: LoadedRole | None) -> str | None:
    """An entity card's role line: its first current title; with none, its newest
    earlier one with the dates it was held and its end."""
    if history.current:
        return held_text(index, history.current[0])
    if history.earlier:
        return index.span_text(history.earlier[0])
    return index.role_text(role) if role else None


# An article before a name ("the DTA"), tried without when the name as typed is unknown.
_LEADING_ARTICLE = re.compile(r"^\s*(?:the|an?)\s+", re.IGNORECASE)


def _names_a_title(query: str) -> bool:
    """Whether a ``!who`` argument holds a title word ("DTA president", "head of X")."""
    return any(w in TITLE_WORDS for w in normalize(query).split())


def _unique(citations: Sequence[Citation]) -> tuple[Citation, ...]:
    seen: dict[str, Citation] = {}
    for citation in citations:
        seen.setdefault(citation.source_id, citation)
    return tuple(seen.values())


# A one-word name shared by more people than this is too common to list them all.
MAX_SURNAME_SHARERS = 25


# "!sources page 2": the word before a page number names the page, not a search.
_PAGE_WORDS = frozenset(("", "page", "pg", "p", "pages"))


class Engine:
    def __init__(self, index: Index, prefix: str = "!", previous: Engine | None = None) -> None:
        """``previous``: the engine of the snapshot this one replaces (still serving,
        only read): the question tables are updated from its where that is cheaper. No
        reference to it is kept."""
        self.index = index
        self.prefix = prefix
        if not index.deferred:
            # Built now, as the index was (the cached property, filled in).
            old = previous.__dict__.get("questions") if previous is not None else None
            vars(self)["questions"] = self._questions(old)
            # The name postings a large index builds in a worker meanwhile (the build
            # of a snapshot ends with them: no request waits for them).
            with stages.stage("name index.postings"):
                index.names.warm()

    @cached_property
    def questions(self) -> QuestionAnswerer:
        """The free-question pipeline. Imported and built on first use when the index
        is deferred: a terminal command such as ``!quote`` never needs it."""
        return self._questions(None)

    def _questions(self, previous: QuestionAnswerer | None) -> QuestionAnswerer:
        from bot.engine.qa.answerer import QuestionAnswerer

        return QuestionAnswerer(self.index, self.prefix, previous)

    def warm(self, previous: Engine | None = None) -> None:
        """Build now the tables that are otherwise built on first use and that the
        event loop reads (autocomplete; the text of a request by hashed reference),
        and whatever a deferred index left for later.

        Blocking, for the thread that builds a snapshot: at 100,000 entities they take
        about 200 ms, which the first autocomplete after every reload would otherwise
        spend on the event loop.

        ``previous``: the engine of the snapshot this one replaces (still serving): the
        question tables are updated from its rather than made again. Only read here;
        no reference to it is kept."""
        index = self.index
        index.warm()
        if previous is not None:
            # Read by the executors' tables below (title news by release) as well.
            index.facts_by_source_from(previous.index)
        old_questions = previous.__dict__.get("questions") if previous is not None else None
        with stages.stage("warm-up.executors"):
            self.questions.run.warm(old_questions.run if old_questions is not None else None)
        with stages.stage("warm-up.index tables"):
            index.speaker_ids  # noqa: B018 (cached_property: computed and kept)
            index.by_popularity  # noqa: B018
            index.facts_by_source  # noqa: B018 (per-sentence citations read it)
            index.release_words  # noqa: B018 (known words of every question)
            index.publisher_terms  # noqa: B018 (a wire's name is no release topic)
            index.dateline_terms  # noqa: B018 (nor is the city a release came from)
            index.release_years  # noqa: B018 (lists as of a year)
            index.sources_by_dateline  # noqa: B018 (releases asked by their dateline)
            index.sources_by_year  # noqa: B018 (a release asked by its year)
            index.unit_roles  # noqa: B018 (titles at an organisation's unit: every role read)
            index.units_by_role  # noqa: B018 (and its reverse, a role's units)
        with stages.stage("warm-up.hashed references"):
            self._hashed_refs  # noqa: B018

    # --- entry points -------------------------------------------------------------------

    def handle(self, message: str, today: dt.date | None = None) -> Answer:
        """Answer a message exactly as typed in a channel, asked on ``today`` (see
        ``Request.today``)."""
        if len(message) > limits.INPUT_CHARS * 4:
            return self._too_long()
        return self.run(replace(parse(message, self.prefix), today=today))

    def run(self, request: Request) -> Answer:
        if len(request.argument) > limits.INPUT_CHARS:
            return self._too_long()
        if request.command in ENTITY_COMMANDS:
            exact = self._exact(request)
            if exact is not None:
                return exact
        handler = {
            "quote": self.quote,
            "what": self.what,
            "who": self.who,
            "timeline": self.timeline,
            "sources": self.sources,
            "help": self.help,
            "question": self.question,
        }.get(request.command)
        if handler is None:
            return self._unknown_command(request.raw_command)
        return handler(request)

    def question(self, request: Request) -> Answer:
        """A free question; the question path may ask for another command's answer."""
        result = self.questions.answer(request)
        if isinstance(result, Answer):
            return result
        return self._follow(result, request.today)

    def _follow(self, follow: FollowUp, today: dt.date | None = None) -> Answer:
        answers = [self._step(step, today) for step in follow.steps]
        shown = [a for a in answers if a.status is Status.ANSWERED] or answers
        if len(answers) < 2 or len({c.source_id for a in shown for c in a.citations}) < 2:
            return combine(answers, follow.title)
        # The reply draws on two or more releases: a part with one release marks its
        # sentences too, so that every marked reply says which release each is from.
        answers = [a if a.marked else self._marked(a) for a in answers]
        # The parts' markers count their own citations: renumber them by the combined
        # citations, which are the parts' in order of first appearance (compose.combine).
        shown = [a for a in answers if a.status is Status.ANSWERED] or answers
        order = list(dict.fromkeys(c.source_id for a in shown for c in a.citations))
        renumbered = [_renumber(a, order) if a.marked else a for a in answers]
        return replace(combine(renumbered, follow.title), marked=True)

    def _marked(self, answer: Answer) -> Answer:
        """``answer`` with markers numbered by its own citations on each line that shows
        something a cited release states (``cite.attribute``)."""
        if answer.status is not Status.ANSWERED or not answer.citations:
            return answer
        own = [c.source_id for c in answer.citations]
        text = attribute(self.index, answer.text, own, answer.entities)
        text, _ = number_markers(text, force=True, numbering=own)
        return replace(answer, text=text, marked=True)

    def _step(self, step: Step, today: dt.date | None = None) -> Answer:
        if isinstance(step, Answer):
            return step
        if isinstance(step, ShowEntity):
            if step.command == "timeline":
                return self.timeline_page(step.entity_id, 1)
            return self.describe(step.entity_id, command=step.command, today=today)
        if isinstance(step, LookUp):
            # A look-up the question path asks for is asked on the question's day too.
            request = step.request if step.request.today else replace(step.request, today=today)
            return self.what(request, command=request.command)
        if isinstance(step, ShowQuote):
            quotes = self.index.quotes_shown(step.speaker)
            page = next(i for i, q in enumerate(quotes, 1) if q.id == step.quote_id)
            return self.quote_page(step.speaker, page)
        assert isinstance(step, ListSources)
        return self.sources(Request("sources"), about=step.about)

    def complete(
        self, command: str, text: str, limit: int = limits.AUTOCOMPLETE_CHOICES
    ) -> list[Choice]:
        """Autocomplete choices for a slash option, ranked like the engine matches."""
        allowed = self._allowed_for(command)
        if not text.strip():
            ids = self._most_known(allowed, limit)
            matches = [Match(e, self.index.entity(e).name, 0.0, "name") for e in ids]
        else:
            matches = self.index.names.prefix_complete(text, allowed=allowed)
            if len(matches) < limit:
                seen = {m.entity_id for m in matches}
                matches += [
                    m
                    for m in self.index.names.fuzzy_complete(text, allowed=allowed)
                    if m.score >= SUGGEST_THRESHOLD and m.entity_id not in seen
                ]
        shown = matches[:limit]
        sources = []
        for match in shown:
            name = self.index.entity(match.entity_id).name
            text = name if match.via == "name" or match.label == name else f"{name} ({match.label})"
            # The role or kind only: a keystroke has a few milliseconds for 25 choices.
            sources.append(LabelSource(text, self._details(match.entity_id, described=False)))
        labels = distinct_labels(sources, limits.AUTOCOMPLETE_CHOICE_CHARS)
        return [
            self.choice_for(command, m.entity_id, label)
            for m, label in zip(shown, labels, strict=True)
        ]

    def _details(self, entity_id: str, *, described: bool = True) -> tuple[str, ...]:
        """What tells an entity from a namesake: its role, or its kind and (when
        ``described``) what its summary says it is (``details.entity_detail``), then its
        id."""
        return (entity_detail(self.index, entity_id, described=described), entity_id)

    # --- exact references -----------------------------------------------------------------

    @cached_property
    def _hashed_refs(self) -> dict[str, str]:
        """Hashed reference -> entity id, for the few ids too long to be their own."""
        # Only ids longer than ENTITY_REF_CHARS are hashed: the few of them are found
        # by length (a C-level filter: the entities are 100,000 at the largest).
        long_ids = compress(
            self.index.kb.entities,
            map(ENTITY_REF_CHARS.__lt__, map(len, self.index.kb.entities)),
        )
        return {entity_ref(e): e for e in long_ids}

    def entity_for_ref(self, ref: str) -> str | None:
        """The entity id an exact reference (see ``request.entity_ref``) names, or None
        when no entity has it (e.g. it was removed by a reload)."""
        if is_hashed_ref(ref):
            return self._hashed_refs.get(ref)
        return ref if ref in self.index.kb.entities else None

    def _exact(self, request: Request) -> Answer | None:
        """The answer for a request that names its entity exactly (a button, a menu, an
        autocomplete value "id:…"), or None to resolve ``argument`` as typed."""
        ref = request.entity_id or ref_in_option(request.argument) or ""
        if not ref:
            return None
        entity_id = self.entity_for_ref(ref)
        if entity_id is None:
            typed = request.argument if ref_in_option(request.argument) is None else ""
            if typed.strip():
                return None  # the name the user saw still works
            return Answer(
                status=Status.NOT_FOUND,
                text=(
                    "That entry is no longer in the knowledge base (it changed since this "
                    f"was offered). Ask again by name, or see `{self.prefix}help`."
                ),
                command=request.command,
            )
        if request.command == "quote":
            if entity_id in self.index.speaker_ids:
                return self.quote_page(entity_id, asked_page(request))
            return self.quote_page(
                entity_id, asked_page(request), quotes=self.index.quotes_about.get(entity_id, [])
            )
        if request.command == "timeline":
            return self.timeline_page(entity_id, asked_page(request))
        return self.describe(entity_id, command=request.command, today=request.today)

    def choice_for(self, command: str, entity_id: str, label: str) -> Choice:
        """A pick of ``entity_id`` for ``command``: typed form and exact request."""
        return entity_choice(
            self.prefix, command, entity_id, self.index.entity(entity_id).name, label
        )

    def request_text(self, request: Request) -> str:
        """What a structured request asks, as a user would type it without the prefix,
        e.g. "quote LI Yong 2": for logs and the gaps database."""
        argument = request.argument
        ref = request.entity_id or ref_in_option(argument) or ""
        entity_id = self.entity_for_ref(ref) if ref else None
        if entity_id is not None:
            argument = self.index.entity(entity_id).name
        page = f" {request.page}" if request.page and request.page > 1 else ""
        return " ".join(f"{request.command} {argument}{page}".split())

    # --- resolving names ----------------------------------------------------------------

    def _allowed_for(self, command: str) -> frozenset[str] | None:
        return self.index.speaker_ids if command == "quote" else None

    def resolve(
        self, query: str, command: str, today: dt.date | None = None
    ) -> tuple[list[Match], list[Match]]:
        """(matches good enough to answer, suggestions). Ambiguity is left to the caller.
        A title found several holders is read as of ``today`` (see ``_current_holders``).

        An article before a name ("the eWTP", "the DTA") is no part of it, unless a name
        has it ("the Trust"): both are tried, and the better match wins, as typed on a tie."""
        typed = self._resolve_typed(query, command, today)
        bare = _LEADING_ARTICLE.sub("", query)
        if bare == query or not bare.strip():
            return typed
        without, _ = self._resolve_typed(bare, command, today)
        if without and (not typed[0] or without[0].score > typed[0][0].score):
            return without, []
        return typed

    def _resolve_typed(
        self, query: str, command: str, today: dt.date | None
    ) -> tuple[list[Match], list[Match]]:
        matches, suggestions = self._resolve_titled(query, command, today)
        gender = honorific_gender(query) if len(matches) > 1 else None
        if gender is not None:
            # "Ms Holt" with two Holts: not the one whose aliases say "Mr Holt".
            kept = [
                m
                for m in matches
                if declared_gender(self.index.entity(m.entity_id).aliases) in (gender, None)
            ]
            if len(kept) == 1:
                return kept, []
        return matches, suggestions

    def _resolve_titled(
        self, query: str, command: str, today: dt.date | None
    ) -> tuple[list[Match], list[Match]]:
        allowed = self._allowed_for(command)
        bare = strip_honorific(query)
        if bare != query:
            # "Mr Holt" declared as one person's alias: the honorific says which of the
            # namesakes is meant (Maren and Anders HOLT share the surname).
            titled = self.index.names.closest(query, allowed=allowed, margin=AMBIGUITY_MARGIN)
            if titled is not None and len(titled) == 1:
                return self._current_holders(titled, today), []
        query = bare
        exact = self.index.names.closest(query, allowed=allowed, margin=AMBIGUITY_MARGIN)
        if exact is not None:  # what the search below would find, without its postings
            return self._current_holders(self._surname_sharers(query, exact, allowed), today), []
        found = self._without_holders_of_matched(
            without_titles_of_named(self.index.names.search(query, allowed=allowed), query)
        )
        good = [m for m in found if m.score >= MATCH_THRESHOLD]
        if good:
            best = good[0].score
            close = _named_by_head(query, [m for m in good if m.score >= best - AMBIGUITY_MARGIN])
            return self._current_holders(self._surname_sharers(query, close, allowed), today), []
        respelt = self._respelt(query, allowed)
        if respelt:
            # "Lee Yong": LI Yong's surname in another romanisation.
            return self._current_holders(respelt, today), []
        suggestions = [m for m in found if m.score >= SUGGEST_THRESHOLD][:MAX_SUGGESTIONS]
        if allowed is not None and not suggestions:
            # Nothing close among the speakers: perhaps they asked about a non-speaker.
            suggestions = [m for m in self.index.names.search(query) if m.score >= MATCH_THRESHOLD][
                :MAX_SUGGESTIONS
            ]
        return [], suggestions

    def _without_holders_of_matched(self, matches: list[Match]) -> list[Match]:
        """``matches`` less the people found only by a title label ("ED of Korvell
        Foundation") whose organisation matched at least as well by its own name: "Korvel"
        (a typo) or "Alliance" names the organisation, not everyone holding a title there.
        A title asked for ("DG of UNIDO") matches its label better than the organisation,
        and stays."""
        by_name = {m.entity_id: m.score for m in matches if m.via != "role"}
        if not by_name:
            return matches
        roles = self.index.roles_by_entity
        return [
            m
            for m in matches
            if m.via != "role"
            or not any(
                by_name.get(r.organization, -1.0) >= m.score
                for r in roles.get(m.entity_id, [])
                if r.organization
            )
        ]

    def _surname_sharers(
        self, query: str, exact: list[Match], allowed: frozenset[str] | None
    ) -> list[Match]:
        """``exact`` (the best matches), or every person whose name holds the one word
        typed when ``exact`` is one person and others' names hold that word too: "Dr.
        Halvorsen" as Ingrid HALVORSEN's alias does not make "Halvorsen" hers when Erik
        HALVORSEN shares the surname (the same ambiguity as two people named Ma)."""
        words = normalize(query).split()
        people = self.index.person_ids
        if len(words) != 1 or len(exact) != 1 or exact[0].entity_id not in people:
            return exact
        sharers = sorted(
            e
            for e in self.index.names.owners_of_word(words[0], limit=MAX_SURNAME_SHARERS)
            if e in people and (allowed is None or e in allowed)
        )
        if len(sharers) < 2:
            return exact
        return [
            exact[0]
            if e == exact[0].entity_id
            else Match(e, self.index.entity(e).name, exact[0].score, "name")
            for e in sharers
        ]

    def _respelt(self, query: str, allowed: frozenset[str] | None) -> list[Match]:
        """Matches for ``query`` with one word respelt in another romanisation of a
        surname (``bot/vocab/romanisations.txt``), when exactly one person is then
        matched; [] otherwise. Only tried once the query as typed matched nothing."""
        words = normalize(query).split()
        table = romanisations()
        found: dict[str, Match] = {}
        for i, word in enumerate(words):
            for other in sorted(table.get(word, ())):
                respelt = " ".join([*words[:i], other, *words[i + 1 :]])
                for m in self.index.names.search(respelt, allowed=allowed):
                    if m.score >= MATCH_THRESHOLD and m.entity_id in self.index.person_ids:
                        found.setdefault(m.entity_id, m)
        return list(found.values()) if len(found) == 1 else []

    def _described(self, request: Request, command: str) -> str | None:
        """The entity an argument describes rather than names ("the DG of UNIDO",
        "the UN agency"), resolved as the question path resolves "who/what is …"
        (``qa.argument``); None when it describes no one entity."""
        from bot.engine.qa.argument import described_entity

        found = described_entity(
            self.questions,
            strip_honorific(request.argument),
            person=command in ("who", "quote"),
            today=request.today,
        )
        return found.entity_id if found is not None else None

    def _taken_as(self, query: str, entity_id: str, answer: Answer) -> Answer:
        """``answer`` (about ``entity_id``) opening with the entity the argument was taken
        for, since no name in it said so: "Taking “the DG of UNIDO” as LI Yong."."""
        entity = self.index.entity(entity_id)
        name = entity.name
        asked = normalize(strip_honorific(query))
        if asked in {normalize(label) for label in (name, *entity.aliases)}:
            # The argument named it ("!quote Jonah Reyes" of a person who said nothing,
            # answered through the description path): a note would only repeat the name.
            return answer
        note = f"*Taking “{echo(query)}” as {name}.*"
        # The answer already fits the budget it was made for (a timeline page has its
        # own): the note adds to it rather than cut its end, where a page's "next page"
        # command is (the renderer still holds the whole reply to Discord's limits).
        budget = max(limits.ANSWER_BODY_CHARS, len(answer.text)) + len(note) + 2
        return replace(answer, text=clip(f"{note}\n\n{answer.text}", budget))

    def _by_title(self, query: str, match: Match, answer: Answer) -> Answer:
        """``answer`` about ``match``, opening with whom the argument was taken for when
        a title found it ("!quote the DG of UNIDO"), not a name: the reader is told which
        holder of the title is meant (see ``_taken_as``)."""
        if match.via != "role":
            return answer
        return self._taken_as(query, match.entity_id, answer)

    def _current_holders(self, matches: list[Match], today: dt.date | None) -> list[Match]:
        """Matches found by a title ("President of the DTA"): those who hold it on
        ``today``, when some do and some held it before or take it later; else
        ``matches`` unchanged. "Current" is ``qa.held_on.history_on``'s (the releases'
        own reading when no day is given): a past, ended or announced title never wins
        over it."""
        if len({m.entity_id for m in matches}) < 2 or any(m.via != "role" for m in matches):
            return matches

        def holds_now(match: Match) -> bool:
            # A title label may give the title in full or by its initials ("CEO of X"
            # for a Chief Executive Officer): either form of a current title counts.
            label = f" {normalize(match.label)} "
            current = history_on(
                self.index, match.entity_id, today, self.questions.run.title_start
            ).current
            return any(
                f" {form} " in label
                for span in current
                for form in (normalize(span.role.title), *title_acronyms(span.role.title))
                if form
            )

        now = [m for m in matches if holds_now(m)]
        return now or matches

    def _ambiguous(self, command: str, query: str, matches: list[Match]) -> Answer:
        shown = matches[:MAX_AMBIGUOUS_CHOICES]
        labels = self._choice_labels([m.entity_id for m in shown])
        choices = tuple(
            self.choice_for(command, m.entity_id, label)
            for m, label in zip(shown, labels, strict=True)
        )
        full = [
            f"{self.index.entity(m.entity_id).name} — {self._details(m.entity_id)[0]}"
            for m in shown
        ]
        listed = listed_lines(full, [c.label for c in choices])
        lines = [f"• {line}" for line in listed[:AMBIGUOUS_LISTED]]
        if len(choices) > AMBIGUOUS_LISTED:
            lines.append(f"… and {len(choices) - AMBIGUOUS_LISTED} more")
        more = len(matches) - len(choices)
        if more > 0:
            lines.append(f"({more} more not shown: add a word to narrow it down)")
        return Answer(
            status=Status.AMBIGUOUS,
            title="Which one did you mean?",
            text=clip(f"“{echo(query)}” matches more than one entry:\n" + "\n".join(lines)),
            choices=choices,
            entities=tuple(m.entity_id for m in matches),
            command=command,
        )

    def _choice_labels(self, entity_ids: Sequence[str]) -> list[str]:
        """ "Name — role or kind" per entity, distinct, each fits a menu option."""
        sources = []
        for entity_id in entity_ids:
            detail, _ = self._details(entity_id)
            text = f"{self.index.entity(entity_id).name} — {detail}"
            sources.append(LabelSource(text, (entity_id,)))
        return distinct_labels(sources, limits.SELECT_LABEL_CHARS)

    def _not_found(
        self, command: str, query: str, suggestions: list[Match], known: Sequence[str]
    ) -> Answer:
        sources = [
            LabelSource(
                s.label if s.via != "role" else self.index.entity(s.entity_id).name,
                self._details(s.entity_id),
            )
            for s in suggestions
        ]
        labels = distinct_labels(sources, limits.SELECT_LABEL_CHARS)
        choices = tuple(
            self.choice_for(command, s.entity_id, label)
            for s, label in zip(suggestions, labels, strict=True)
        )
        text = f"I don't know anything about “{echo(query)}”."
        if choices:
            text += " Did you mean: " + ", ".join(c.label for c in choices) + "?"
        elif known:
            text = f"I don't know “{echo(query)}”, but I know about: " + ", ".join(known) + "."
        else:
            text += (
                " I only know about what the press releases in my knowledge base say:"
                f" `{self.prefix}sources` lists them."
            )
        return Answer(status=Status.NOT_FOUND, text=clip(text), choices=choices, command=command)

    def known_sample(self, pool: AbstractSet[str] | None = None, count: int = 8) -> list[str]:
        """Short names of the entities (from ``pool``) the knowledge base says most about."""
        return [self.index.short_name(e) for e in self._most_known(pool, count)]

    def _most_known(self, pool: AbstractSet[str] | None, count: int) -> list[str]:
        ranked = self.index.by_popularity
        if pool is None:
            return ranked[:count]
        return list(islice((e for e in ranked if e in pool), count))

    # --- commands -----------------------------------------------------------------------

    def quote(self, request: Request) -> Answer:
        query = request.argument
        if not query.strip() or not has_word(query):
            speakers = self.known_sample(self.index.quotes_by_speaker.keys(), count=20)
            example = examples_of(self.index).speaker
            text = f"Usage: `{self.prefix}quote <person or organisation> [page]`, e.g. `{self.prefix}quote {example}`."
            if speakers:
                text += "\nSpeakers: " + ", ".join(speakers)
            return Answer(status=Status.USAGE, title="quote", text=clip(text), command="quote")
        matches, suggestions = self.resolve(query, "quote", request.today)
        if not matches and request.page is None:
            # The parser takes only short trailing numbers as pages ("2", not "2019");
            # when the name before a longer one names a speaker, it was a page after all.
            rest, _, last = query.rpartition(" ")
            page = page_number(last) if rest.strip() else None
            if page is not None:
                named, _ = self.resolve(rest, "quote", request.today)
                if len({m.entity_id for m in named}) == 1:
                    return self.quote_page(named[0].entity_id, page)
        if not matches:
            # Not a speaker: "!quote eWTP" shows what people said about it instead.
            topics, _ = self.resolve(query, "what", request.today)
            topics = [m for m in topics if self.index.quotes_about.get(m.entity_id)]
            if len({m.entity_id for m in topics}) == 1:
                entity_id = topics[0].entity_id
                return self.quote_page(
                    entity_id,
                    asked_page(request),
                    quotes=self.index.quotes_about.get(entity_id, []),
                )
            described = self._described(request, "quote")
            if described is not None:
                # A speaker's own quotes; else, as for a topic, the quotes about it.
                about = None
                if described not in self.index.speaker_ids:
                    about = self.index.quotes_about.get(described, [])
                answer = self.quote_page(described, asked_page(request), quotes=about)
                return self._taken_as(query, described, answer)
            return self._not_found(
                "quote", query, suggestions, self.known_sample(self.index.quotes_by_speaker.keys())
            )
        if len({m.entity_id for m in matches}) > 1:
            return self._ambiguous("quote", query, matches)
        entity_id = matches[0].entity_id
        return self._by_title(query, matches[0], self.quote_page(entity_id, asked_page(request)))

    def quote_page(
        self, entity_id: str, page: int, quotes: Sequence[LoadedQuote] | None = None
    ) -> Answer:
        index = self.index
        entity = index.entity(entity_id)
        quotes = list(quotes) if quotes is not None else index.quotes_shown(entity_id)
        if not quotes:
            return Answer(
                status=Status.NOT_FOUND,
                text=f"I have no quotes from {entity.name}.",
                command="quote",
            )
        total = len(quotes)
        stem = f"{self.prefix}quote {index.short_name(entity_id)}"
        if not 1 <= page <= total:
            return self._no_such_page(entity_id, page, total, stem)
        quote = quotes[page - 1]
        speaker = index.entity(quote.speaker)
        role = index.role_as_of(quote.speaker, index.source_date(quote.source))
        text = clip(f"“{quote.text.strip()}”")
        if total > 1:
            more = f"Quote {page} of {total}"
            if page < total:
                more += f" — `{stem} {page + 1}` for the next"
            text = clip(f"{text}\n\n{more}.", limits.ANSWER_BODY_CHARS + 200)
        return Answer(
            status=Status.ANSWERED,
            title=self._quote_title(quote, entity_id),
            text=text,
            speaker=speaker.name,
            role=index.role_text(role) if role else None,
            citations=(cite(index, quote.source),),
            page=Page(page, total, stem, Request("quote", entity_id=entity_ref(entity_id)))
            if total > 1
            else None,
            entities=(quote.speaker, *quote.about),
            command="quote",
        )

    def _no_such_page(
        self,
        entity_id: str,
        page: int,
        total: int,
        stem: str,
        command: str = "quote",
        noun: str = "quote",
    ) -> Answer:
        """ "!quote Jack MA 2" when there is one quote (or "!timeline X 9" past its last
        page, or "!quote X 0"): say so, rather than repeat or clamp. ``total`` counts
        ``noun``s, one a page."""
        name = self.index.display_name(entity_id)
        return Answer(
            status=Status.NOT_FOUND,
            text=clip(no_such_page(page, total, stem, noun, f"{noun}s", f" for {name}")),
            choices=(self.choice_for(command, entity_id, self.index.entity(entity_id).name),),
            entities=(entity_id,),
            command=command,
        )

    def _quote_title(self, quote: LoadedQuote, asked: str) -> str:
        """ "Jack MA on eWTP": the quote's topic, or what was asked about when that was a topic."""
        index = self.index
        speaker = index.entity(quote.speaker).name
        if asked != quote.speaker and asked not in index.people_by_org:
            return f"{speaker} on {index.display_name(asked)}"
        topic = next((a for a in quote.about if a != quote.speaker), None)
        return f"{speaker} on {index.display_name(topic)}" if topic else speaker

    def what(self, request: Request, *, command: str = "what") -> Answer:
        query = request.argument
        if not query.strip() or not has_word(query):
            pool = self.index.person_ids if command == "who" else None
            examples = self.known_sample(pool, count=6)
            example = examples[0] if command == "who" and examples else examples_of(self.index).term
            what = "person" if command == "who" else "name or term"
            text = f"Usage: `{self.prefix}{command} <{what}>`, e.g. `{self.prefix}{command} {example}`."
            if examples:
                text += "\nI know about: " + ", ".join(examples)
            return Answer(status=Status.USAGE, title=command, text=clip(text), command=command)
        matches, suggestions = self.resolve(query, command, request.today)
        if command == "who" and len(matches) > 1:
            people = [m for m in matches if m.entity_id in self.index.person_ids]
            matches = people or matches
        if not matches and command == "what":
            described = self._described(request, command)
            if described is not None:
                return self._taken_as(
                    query, described, self.describe(described, command=command, today=request.today)
                )
        if not matches and command == "who" and _names_a_title(query):
            # "!who DTA president": a title at an organisation, which the question
            # path reads as a role ask (and settles a shared acronym by the title).
            lead = "who is "
            asked = self.question(Request("question", f"{lead}{query}"))
            if asked.status in (Status.ANSWERED, Status.AMBIGUOUS):
                title = asked.title
                if title and title.startswith(lead):
                    title = title.removeprefix(lead)
                return replace(asked, title=title, command=command)
        if not matches and command == "who":
            described = self._described(request, command)
            if described is not None:
                return self._taken_as(
                    query, described, self.describe(described, command=command, today=request.today)
                )
        if not matches:
            # Limnoria-style: nothing close, so name what the releases say most about
            # (people only for `who`).
            pool = self.index.person_ids if command == "who" else None
            return self._not_found(command, query, suggestions, self.known_sample(pool))
        if len({m.entity_id for m in matches}) > 1:
            return self._ambiguous(command, query, matches)
        card = self.describe(matches[0].entity_id, command=command, today=request.today)
        return self._by_title(query, matches[0], card)

    def who(self, request: Request) -> Answer:
        return self.what(request, command="who")

    def describe(
        self, entity_id: str, *, command: str = "what", today: dt.date | None = None
    ) -> Answer:
        """An entity card: current title(s), earlier ones with dates, the newest summary
        and older ones, facts, a quote count and aliases. When its sentences come from
        two or more releases, each ends with a marker " [n]" naming its citation. Titles
        are as of ``today`` when given (``qa.held_on``): one whose announced start is later
        is shown with it, not as current."""
        index = self.index
        entity = index.entity(entity_id)

        def mark(*sources: str) -> str:
            return placeholder(*sources)

        # The newest summary leads; older ones that differ follow as dated history.
        stated = index.summary_history(entity_id)
        day = asked_day(today)
        # On a day asked, a summary a later release restates is not yet current (every
        # summary, when none was stated by then: the entity is known from later ones).
        summaries = [
            s for s in stated if day is None or index.source_date(s.source) <= day
        ] or stated
        summary = (summaries[0].text if summaries else index.current_summary(entity_id)).strip()
        parts = [summary + (mark(summaries[0].source) if summaries else "")]
        older_summaries = _distinct_older(summaries)[:EARLIER_SUMMARIES]
        if older_summaries:
            parts.append(
                "\n".join(
                    f"Earlier (as of {index.source_date(s.source).isoformat()}): "
                    f"{s.text.strip()}{mark(s.source)}"
                    for s in older_summaries
                )
            )
        role = index.role_as_of(entity_id)
        held = history_on(index, entity_id, today, self.questions.run.title_start)
        history = as_history(held)
        if history.current:
            # A person may hold two titles at once, both stated by the newest release.
            label = "**Role:**" if len(history.current) == 1 else "**Roles:**"
            shown_roles = "; ".join(
                held_text(index, s) + mark(s.role.source) for s in history.current
            )
            parts.insert(0, f"{label} {shown_roles}")
        if history.earlier:
            # Ended or superseded titles: history with their dates, never as current;
            # cited to every release that states it, and the one that ends it.
            earlier = "; ".join(
                index.span_text(s) + mark(*reversed(s.sources), s.role.source)
                for s in history.earlier[:EARLIER_ROLES]
            )
            parts.insert(1 if history.current else 0, f"Earlier: {earlier}")
        if held.upcoming:
            # Announced ahead of the day asked: when it begins, never as current.
            coming = "; ".join(
                f"{held_text(index, u.span)}, from {u.start.written}"
                + mark(u.span.role.source, u.start.fact.source)
                for u in held.upcoming
            )
            parts.insert(int(bool(history.current)), f"**Next:** {coming}")
        people = index.people_by_org.get(entity_id, [])
        if people:
            parts.append("**People:** " + ", ".join(index.entity(p).name for p in people[:10]))
        facts = sorted(
            index.facts_by_entity.get(entity_id, []),
            key=lambda f: (f.about[0] != entity_id, len(f.about), index.newest_first(f)),
        )
        summary_texts = {entity.summary.strip(), *(s.text.strip() for s in stated)}
        shown = _newest_figures(
            index, entity_id, [f for f in facts if f.text.strip() not in summary_texts]
        )[:FACTS_PER_ENTITY]
        if shown:
            # The current state leads (the newest summary and titles); a fact from an
            # older release than the newest that involves the entity is history: dated.
            newest = max((index.source_date(f.source) for f in facts), default=None)

            def dated(fact: LoadedFact) -> str:
                if newest is None or index.source_date(fact.source) >= newest:
                    return ""
                return f"As of {fact.date or index.source_date(fact.source).isoformat()}: "

            parts.append("\n".join(f"• {dated(f)}{f.text.strip()}{mark(f.source)}" for f in shown))
        quotes = index.quotes_shown(entity_id)
        if quotes:
            # Cited to the newest quote's release, which `!quote` shows first.
            parts.append(
                f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''}: "
                f"`{self.prefix}quote {entity.name}`{mark(quotes[0].source)}"
            )
        aliases = [a for a in entity.aliases if a != entity.name][:6]
        if aliases:
            parts.append("Also known as: " + ", ".join(aliases))
        text, marked = number_markers("\n\n".join(parts))
        # Numbered citations are those of the marked sentences; an unmarked card (one
        # release) cites that release and its newest quote's.
        sources = marked if len(marked) > 1 else marked + [q.source for q in quotes[:1]]
        if not sources:
            sources = self.index.sources_involving(entity_id)
        if not sources:
            # Declared with nothing stated about it: the releases whose text names it.
            sources = self.questions.run.mentioning_text(entity_id)[:3]
        return Answer(
            status=Status.ANSWERED,
            title=index.display_name(entity_id),
            text=clip(text),
            role=_card_role(index, history, role),
            citations=_unique([cite(index, s) for s in sources]),
            entities=(entity_id,),
            command=command,
            marked=len(marked) > 1,
        )

    def timeline(self, request: Request) -> Answer:
        """``!timeline <name>``: what the releases say about an entity, oldest first."""
        query = request.argument
        if not query.strip() or not has_word(query):
            examples = self.known_sample(count=6)
            text = (
                f"Usage: `{self.prefix}timeline <name or term> [page]`, e.g. "
                f"`{self.prefix}timeline {examples_of(self.index).term}`: what the releases say"
                " about it, in date order."
            )
            if examples:
                text += "\nI know about: " + ", ".join(examples)
            return Answer(
                status=Status.USAGE, title="timeline", text=clip(text), command="timeline"
            )
        matches, suggestions = self.resolve(query, "timeline", request.today)
        if not matches:
            described = self._described(request, "timeline")
            if described is not None:
                answer = self.timeline_page(described, asked_page(request))
                return self._taken_as(query, described, answer)
            return self._not_found("timeline", query, suggestions, [])
        if len({m.entity_id for m in matches}) > 1:
            return self._ambiguous("timeline", query, matches)
        answer = self.timeline_page(matches[0].entity_id, asked_page(request))
        return self._by_title(query, matches[0], answer)

    def timeline_page(self, entity_id: str, page: int) -> Answer:
        """Page ``page`` of an entity's timeline: one line per statement ("• date —
        sentence [n]"), where [n] is the answer's n-th citation, the release stating it."""
        index = self.index
        name = index.display_name(entity_id)
        titles = title_lines(index, entity_id, self._title_start)
        # Not "•", the bullet of a dated statement: a title line is no one statement.
        lead = [f"◦ {t.text}" for t in titles]
        # The titles' lines, and room for a citation each, come off the first page.
        chunks = pages(statements(index, entity_id), sum(len(x) + 80 for x in lead))
        if not chunks:
            return Answer(
                status=Status.NOT_FOUND,
                text=f"No release states anything dated about {name}.",
                entities=(entity_id,),
                command="timeline",
            )
        total = len(chunks)
        stem = f"{self.prefix}timeline {index.short_name(entity_id)}"
        if not 1 <= page <= total:
            return self._no_such_page(entity_id, page, total, stem, "timeline", "timeline page")
        markers = Markers()
        head = overview(index, chunks).text()
        if titles and page == 1:
            # A person's titles over time lead: which title was held when is what a
            # timeline of a person is asked for first, before every dated statement.
            marked = [" " + "".join(markers.mark(s).strip() for s in t.sources) for t in titles]
            head += "\n**Titles, oldest first:**\n" + "\n".join(
                f"{line}{mark}" for line, mark in zip(lead, marked, strict=True)
            )
        lines = [f"• **{s.date}** — {s.text}{markers.mark(s.source)}" for s in chunks[page - 1]]
        # Every page opens with what the whole timeline covers: its first page alone
        # shows only the oldest statements of an entity the releases say much about.
        text = head + "\n\n" + "\n".join(lines)
        if total > 1:
            more = f"Page {page} of {total}"
            if page < total:
                more += f" — `{stem} {page + 1}` for the next"
            text += f"\n\n{more}."
        return Answer(
            status=Status.ANSWERED,
            title=f"Timeline: {name}",
            text=clip(text, limits.ANSWER_BODY_CHARS + 200),
            citations=tuple(cite(index, s) for s in markers.sources),
            page=Page(page, total, stem, Request("timeline", entity_id=entity_ref(entity_id)))
            if total > 1
            else None,
            entities=(entity_id,),
            command="timeline",
            marked=True,
        )

    def _title_start(self, person: str, span: RoleSpan) -> tuple[str, str, str] | None:
        """When a fact says ``span``'s title started, as (ISO date, date as written,
        release id), from the question pipeline's reading (``BecameAnswers``); None for
        a title of no person or with no stated start."""
        if person not in self.index.person_ids:
            return None
        start = self.questions.run.title_start(person, span)
        return None if start is None else (start.date, start.written, start.fact.source)

    def sources(self, request: Request, *, about: AbstractSet[str] = frozenset()) -> Answer:
        """The releases, newest first; with ``about``, those involving all those entities.
        An argument that is no page number ("!sources abc") gets a usage reply naming the
        forms, rather than page 1 as if it had not been typed."""
        if request.argument.strip().casefold() not in _PAGE_WORDS and not about:
            stem = f"{self.prefix}sources"
            text = (
                f"`{stem}` lists the releases, a page at a time: `{stem}` or `{stem} 2`. "
                f"For what the releases say about “{echo(request.argument)}”, use "
                f"`{self.prefix}timeline` with that name."
            )
            return Answer(status=Status.USAGE, title="sources", text=clip(text), command="sources")
        newest = self.index.sources_newest
        if about:
            involved = set.intersection(
                *(set(self.index.sources_involving(e, limit=None)) for e in about)
            )
            newest = [s for s in newest if s.id in involved] or newest
        total_pages = max(1, -(-len(newest) // SOURCES_PER_PAGE))
        page = asked_page(request)
        stem = f"{self.prefix}sources"
        if newest and not 1 <= page <= total_pages:
            return Answer(
                status=Status.NOT_FOUND,
                text=no_such_page(page, total_pages, stem, "page of releases", "pages of releases"),
                command="sources",
            )
        chunk = newest[(page - 1) * SOURCES_PER_PAGE : page * SOURCES_PER_PAGE]
        if not chunk:
            return Answer(
                status=Status.NOT_FOUND,
                text="The knowledge base has no releases yet.",
                command="sources",
            )
        lines = [
            f"• {s.source.date.isoformat()} — {s.source.title} ({s.source.publisher}, {s.source.dateline})"
            for s in chunk
        ]
        count = len(newest)
        return Answer(
            status=Status.ANSWERED,
            title=f"{count} release{'s' if count != 1 else ''}, newest first",
            text=clip("\n".join(lines)),
            citations=tuple(cite(self.index, s.id) for s in chunk),
            page=Page(page, total_pages, f"{self.prefix}sources", Request("sources"))
            if total_pages > 1
            else None,
            command="sources",
        )

    def help(self, request: Request | None = None) -> Answer:
        p = self.prefix
        ex = examples_of(self.index)
        text = "\n".join(
            [
                f"`{p}quote <person or organisation> [page]` — what someone said, e.g. `{p}quote {ex.speaker}`",
                f"`{p}what <name or term>` — what something is, e.g. `{p}what {ex.term}`",
                f"`{p}who <person>` — someone's role and what the releases say about them, e.g. `{p}who {ex.person}`",
                f"`{p}timeline <name> [page]` — what the releases say about it, in date order, e.g. `{p}timeline {ex.term}`",
                f"`{p}sources [page]` — the press releases I know, newest first",
                f"`{p}help` — this list",
                f"Or just ask a question, e.g. “{ex.question}” (mention me on Discord).",
            ]
        )
        newest = self.index.sources_newest
        if not newest:
            return Answer(
                status=Status.USAGE, title="partnerbot commands", text=text, command="help"
            )
        # Help answers what the bot can do, which includes what it knows: the number of
        # releases and the newest one, cited (an ``answered`` reply always cites).
        count = len(newest)
        known = (
            f"I answer from {count} press release{'s' if count != 1 else ''}; the newest is "
            f"“{newest[0].source.title}” ({newest[0].source.date.isoformat()})."
        )
        return Answer(
            status=Status.ANSWERED,
            title="partnerbot commands",
            text=clip(f"{text}\n{known}"),
            citations=(cite(self.index, newest[0].id),),
            command="help",
        )

    def _unknown_command(self, raw: str) -> Answer:
        best = (
            process.extractOne(raw.casefold(), COMMANDS, scorer=fuzz.ratio, score_cutoff=60)
            if raw
            else None
        )
        hint = f" Did you mean `{self.prefix}{best[0]}`?" if best else ""
        shown = echo(raw) if raw else ""
        lead = f"I don't know the command “{shown}”." if shown else "That's not a command I know."
        help_text = self.help().text
        return Answer(
            status=Status.USAGE,
            title="Unknown command",
            text=clip(f"{lead}{hint}\n\n{help_text}"),
            command="unknown",
        )

    def _too_long(self) -> Answer:
        return Answer(
            status=Status.USAGE,
            text=f"That's too long for me: please ask in at most {limits.INPUT_CHARS:,} characters.",
            command="too_long",
        )


def _named_by_head(query: str, close: list[Match]) -> list[Match]:
    """``close`` (matches about equally good), or the one entity whose label's head noun
    (``_head_word``) is the one word typed, when the others only use it as a modifier:
    "academy" is the Academy ("the Academy"), not the "Academy launch" or the "Digital
    Export Academy Kuala Lumpur campus", which are things of it. Two entities headed by
    it ("Kigali campus", "Kuala Lumpur campus" for "campus") stay a choice."""
    words = normalize(query).split()
    if len(close) < 2 or len(words) != 1:
        return close
    headed = [m for m in close if m.via != "role" and _head_word(m.label) == words[0]]
    return headed if len({m.entity_id for m in headed}) == 1 else close


# Words after which a name goes on about something else: "grant *to* the Academy" is a
# grant, "CEO *of* Acme" a title.
_HEAD_ENDS = frozenset("of to for in at on with from by".split())


def _head_word(label: str) -> str:
    """A name's head noun, read in English order: its last word before the first
    preposition ("Academy launch" -> launch, "grant to the Academy" -> grant)."""
    words = normalize(label).split()
    for i, word in enumerate(words):
        if word in _HEAD_ENDS and i > 0:
            return words[i - 1]
    return words[-1] if words else ""
