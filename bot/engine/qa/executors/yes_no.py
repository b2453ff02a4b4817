"""Yes/no only when a fact states it; false premises said plainly."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

from bot.engine.answer import Answer
from bot.engine.qa.compose import (
    answered,
    answered_facts,
    format_date,
    not_found_cited,
)
from bot.engine.qa.durations import states_sum, year_range
from bot.engine.qa.executors.base import (
    _WEEKDAY_TERMS,
    _YEAR,
    CLOSEST_SHOWN,
    MAX_LIST_FACTS,
    RELATED_RATIO,
    ExecutorBase,
    Result,
)
from bot.engine.qa.executors.countries import countries_asked, countries_named
from bot.engine.qa.executors.funders import funded_thing, givers, gives_own_gift
from bot.engine.qa.executors.sole import asks_exclusive, states_exclusive
from bot.engine.qa.executors.wrong_place import names_a_time
from bot.engine.qa.figures import figure_value, figures_in, summary_statement
from bot.engine.qa.negation import asks_negated, denies
from bot.engine.qa.premises import Names, corrects, premise_asked
from bot.engine.qa.query import Query, RoleAsk
from bot.engine.qa.retrieve import Candidate, closest_facts
from bot.engine.qa.shorthand import asked_figures
from bot.engine.qa.subjects import role_fits
from bot.engine.qa.support import hedged, statement_terms
from bot.engine.qa.venues import venue_with_city
from bot.engine.qa.vocabulary import (
    CONTINUING_WORDS,
    KIND_NOUNS,
    LIGHT_VERB_WORDS,
    WEEKDAYS,
    asked_days,
)
from bot.kb.models import EntityKind, LoadedFact, LoadedQuote, LoadedRole
from bot.search.synonyms import synonyms
from bot.search.terms import Doc, content_terms, stem
from bot.textnorm import normalize, phrase_starts
from bot.vocab import month_names, place_kinds

# Words by which a fact denies or limits ("no funding from governments", "free of
# charge", "not related", "fell short of its target", "funded entirely by"); "non-"
# turns the word it prefixes into its opposite ("non-resident students" are no
# resident students).
_LIMITS = re.compile(
    r"\b(?:no|not|non|never|none|neither|nor|without|free of charge|short of|instead of|"
    r"rather than|only|entirely|solely|exclusively)\b",
    re.IGNORECASE,
)


_LIGHT_VERBS = frozenset(stem(w) for w in LIGHT_VERB_WORDS)


# Verbs that only soften a claim ("did X help start Y?" claims that X started Y).
_HELPING_TERMS = frozenset(stem(w) for w in "help helped helps assist assisted".split())
# "A Perth, Scotland-based charity": at most this many words between an article and the
# class a question asks about.
MAX_CLASS_MODIFIERS = 4
# Words that end a noun phrase's modifiers: what follows them is another phrase.
_PHRASE_BREAKS = tuple(
    sorted(
        "of for with by from to in on at and or but that which who whose is are was were "
        "not no the a an its their his her".split()
    )
)
# The work bound of a quote's support: at most this many quotes about (and by) each
# subject are read (each is tokenised; a hub entity of a large base has thousands).
MAX_QUOTES_READ = 200
# How many of the closest facts are read for one that states the claim in other words.
SUPPORT_CANDIDATES = 6


class YesNoAnswers(ExecutorBase):
    def _ended_title(self, q: Query, person: str, ask: RoleAsk) -> Answer | None:
        """ "Is X (still) Y's president?", "was X president of Y in 2023?" when a release
        says that title ended before the time asked (now, when no year is given): "No",
        with the title's history. None when the title had not ended by then."""
        index = self.index
        for span in index.role_history(person).earlier:
            role = span.role
            if not span.ended or role.organization != ask.organization:
                continue
            if not role_fits(role.title, ask.words):
                continue
            year = q.time.year or q.time.until if q.time.bounded else None
            ended_year = int(span.ended_on[:4]) if span.ended_on else None
            if year is not None and (ended_year is None or ended_year >= year):
                return None  # held then, or not known to have ended by then
            when = f"in {year}" if year is not None else "now"
            text = (
                f"**No:** not {when}. The releases give {index.entity(person).name} as "
                f"{index.span_text(span)}."
            )
            sources = list(span.sources)
            # The release that says how it ended ("stepped down on …"), when one does.
            later = self._later_fact(person, ask.organization, role) or self._fact_on_title(
                person, ask.organization, ask.words, min(span.dates)
            )
            if later is not None:
                text += f"\n{later.text.strip()}"
                sources.append(later.source)
            return answered(index, q.question, text, sources, entities=[person])
        return None

    def _role_then(self, q: Query, person: str, ask: RoleAsk) -> Answer | None:
        """ "Was X president of Y in 2021?", "is X still Y's chairman?": the role at Y that
        the releases of that time (or the newest, for "still") give, rather than whichever
        release named the title. None when the question names no time, or the
        releases of that time give no role at Y."""
        index = self.index
        at_org = [
            r for r in index.roles_by_entity.get(person, []) if r.organization == ask.organization
        ]
        if q.time.bounded:
            then = [
                r for r in at_org if q.time.admits_date(index.source_date(r.source).isoformat())
            ]
            when = f"in {q.time.year}" if q.time.year is not None else q.time.describe()
            lead = f"{when[0].upper()}{when[1:]}, the releases give {{name}} as"
            end = q.time.year if q.time.year is not None else q.time.until
            if not then and end is not None:
                # No release of that time gives a role there: the last one before it,
                # and what a later release says about the title, without a yes or no.
                before = [r for r in at_org if index.source_date(r.source).year < end]
                if not before:
                    return None
                role = before[0]
                text = (
                    f"**The releases last give** {index.entity(person).name} as "
                    f"{index.role_text(role)} before {end}."
                )
                sources = [role.source]
                change = self._fact_on_title(
                    person, ask.organization, ask.words, index.source_date(role.source)
                )
                if change is not None:
                    text += f"\n{change.text.strip()}"
                    sources.append(change.source)
                return answered(index, q.question, text, sources, entities=[person])
        elif q.time.current or any(w in CONTINUING_WORDS for w in q.words):
            then = at_org[:1]  # newest first
            lead = "The newest release to give {name}'s role there has them as"
        else:
            return None
        if not then:
            return None
        lead = lead.format(name=index.entity(person).name)
        fitting = [r for r in then if role_fits(r.title, ask.words)]
        if fitting:
            role = fitting[0]
            later = self._later_fact(person, ask.organization, role, ask.words)
            if later is None or q.time.bounded:
                return answered(
                    index,
                    q.question,
                    f"**Yes.** {lead} {index.role_text(role)}.",
                    [role.source],
                    entities=[person],
                )
            return None  # "still": the later fact is said by the general branch
        text = f"**No.** {lead} {index.role_text(then[0])}."
        sources = [then[0].source]
        # The first later fact on the asked title says when it began ("became President
        # on January 1, 2022"); for "still", the newest says when it ended.
        change = self._fact_on_title(
            person, ask.organization, ask.words, index.source_date(then[0].source)
        ) or self._fact_on_title(person, ask.organization, ask.words)
        if change is not None:
            text += f"\n{change.text.strip()}"
            sources.append(change.source)
        return answered(index, q.question, text, sources, entities=[person])

    def _what_it_is(self, q: Query) -> Answer | None:
        """ "Is the eWTP a UN programme?": what kind of thing X is, which its summary says
        (a yes or no would need the releases to classify it in those words)."""
        words = q.words
        if len(words) < 4 or words[0] not in ("is", "was"):
            return None
        if not q.subjects or not ({"a", "an"} & set(words)):
            return None
        subject = q.subjects[0]
        entity = self.index.entity(subject)
        if entity.kind is EntityKind.PERSON or not entity.summary.strip():
            return None
        # "Is the Agency a public body?" against "… it is a public body": the class the
        # question names, stated of it word for word (and not denied), is a yes.
        named = {i for m in q.found for i in range(*m.words)}
        after = [i for i in named if words[i + 1 : i + 2] in (("a",), ("an",))]
        if after:
            claim = " ".join(words[max(after) + 2 :])
            for text, source in self._kind_statements(subject):
                padded = f" {normalize(text)} "
                stated = _states_class(text, claim, self._own_names(subject))
                denied = re.search(
                    rf"\b(?:not|never|no longer) (?:a |an )?{re.escape(claim)}\b", padded
                )
                if stated and not denied:
                    return answered(
                        self.index,
                        q.question,
                        f"**Yes:** the releases say so.\n{text.strip()}",
                        [source],
                        entities=[subject],
                    )
        if words[-1] not in KIND_NOUNS:
            return None  # "is X a lender?" not stated so: the facts may say more
        stated = self.index.stated_summary(subject)
        sources = [stated.source] if stated else self._declared(subject)
        if not sources:
            return None
        return answered(
            self.index,
            q.question,
            f"**The releases describe it as:** {(stated.text if stated else entity.summary).strip()}",
            sources,
            entities=[subject],
        )

    def _claim_names(self, q: Query) -> list[str]:
        """The names of the first thing a question names (whose claim ``_stated_claim``
        checks), normalised, longest first; none when it names nothing."""
        if not q.found:
            return []
        return self._own_names(min(q.found, key=lambda f: f.words[0]).entity_id)

    def _own_names(self, subject: str) -> list[str]:
        """The subject's name and aliases, normalised, longest first."""
        entity = self.index.entity(subject)
        names = {normalize(n) for n in (entity.name, *entity.aliases)}
        return sorted((n for n in names if n), key=len, reverse=True)

    def _kind_statements(self, subject: str) -> list[tuple[str, str]]:
        """The subject's summaries (newest first) and the facts that lead with it, as
        (text, release)."""
        index = self.index
        out = [(s.text, s.source) for s in index.summary_history(subject)]
        out += [
            (f.text, f.source)
            for f in index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
            if f.about and f.about[0] == subject
        ]
        return out

    def _stated_then(self, q: Query) -> LoadedFact | None:
        """The newest fact about a subject that names a year within the question's time;
        one about the subject first."""
        index = self.index
        found = [
            fact
            for subject in q.subjects
            for fact in index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
            if any(q.time.admits(int(y)) for y in _YEAR.findall(fact.text))
        ]
        found.sort(key=lambda f: (f.about[0] not in q.subjects, index.newest_first(f)))
        return found[0] if found else None

    def _role_verdict(self, q: Query, person: str, role: LoadedRole, *, held: bool) -> Answer:
        """ "Is X Y's chairman?" against a role: yes when ``held`` (no longer, when a
        release says the title ended), else the role the releases do give."""
        index = self.index
        name, text = index.entity(person).name, index.role_text(role)
        if not held:
            verdict = f"**The releases don't say so.** They give {name}'s role as {text}."
        elif index.title_ended(role)[0]:
            verdict = f"**No longer:** {name} was {text}."
        else:
            verdict = f"**Yes:** {name} is {text}."
        return answered(index, q.question, verdict, [role.source], entities=[person])

    def yes_no(self, q: Query) -> Result:
        index = self.index
        people = [e for e in q.subjects if e in index.person_ids]
        # "Was X <title> of Y in 2022?", "is X still Y's <title>?": decided from the
        # roles' dates only.
        dated = self.role_at_date(q) if q.time.bounded else self.role_now(q)
        if dated is not None:
            return dated
        # "Is X the founder of Y?", "is X from Y?": checked against the roles.
        if q.role_asks and people:
            ask = q.role_asks[0]
            person = people[0]
            roles = index.roles_by_entity.get(person, [])
            ended = self._ended_title(q, person, ask)
            if ended is not None:
                return ended
            if person in ask.holders:
                dated = self._role_then(q, person, ask)
                if dated is not None:
                    return dated
                role = next(
                    r
                    for r in roles
                    if r.organization == ask.organization and role_fits(r.title, ask.words)
                )
                later = self._later_fact(person, ask.organization, role)
                if later is not None:
                    # A later release says more ("stepped down on …"): that, not "yes".
                    when = index.source_date(later.source).isoformat()
                    return answered(
                        index,
                        q.question,
                        f"The releases give {index.entity(person).name} as "
                        f"{index.role_text(role)}, and later ({when}): {later.text.strip()}",
                        [role.source, later.source],
                        entities=[person],
                    )
                return self._role_verdict(q, person, role, held=True)
            if roles:
                return self._role_verdict(q, person, roles[0], held=False)
        described = self._what_it_is(q)
        if described is not None:
            return described
        orgs = [e for e in q.subjects if index.entity(e).kind is EntityKind.ORGANIZATION]
        if len(people) == 1 and orgs and not q.role_asks and not q.terms:
            person = people[0]
            roles = index.roles_by_entity.get(person, [])
            if roles:
                at = [r for r in roles if r.organization in orgs]
                if at:
                    return self._role_verdict(q, person, at[0], held=True)
                return self._role_verdict(q, person, roles[0], held=False)
        # Dates and places the question states, checked against the best fact's.
        month = _asked_month(q)
        terms = [
            t
            for t in q.terms
            if t not in _WEEKDAY_TERMS and not (month and t == stem(MONTH_NAMES[month - 1]))
        ]
        ranked = [
            c
            for c in self.retriever.rank(terms, set(q.subjects), include_quotes=False)
            if isinstance(c.item, LoadedFact)
        ]
        if q.unknown_names and not _only_places(q):
            # "Did Amazon join X?": no release names Amazon, so no fact about X joining
            # (or dated then) answers; the closest facts are shown below, as such. A
            # place asked ("did they sign it in Dodoma?") is checked against the facts'.
            ranked = []
        weekday = asked_days(q.words)
        # "Is A one of the founders of B?" is settled by a fact about A or B (one that
        # leads with it), before a fact about something else that merely names them
        # ("A's Founder met … on B"): among those, a synonym match is weaker evidence
        # than the word itself ("led" vs "director").
        leading = [c for c in ranked if c.item.about and c.item.about[0] in q.subjects]  # type: ignore[union-attr]
        # A fact about all of them that leads with another thing ("The launch ceremony …
        # was attended by X"): still a statement, when the leading ones state nothing.
        # Only by the question's own words: a synonym in such a fact ("costs" for "fee")
        # is weaker evidence than the leading facts' silence.
        others = [c for c in ranked if c not in leading and c.literal] if not q.time.bounded else []
        ranked = (
            [c for c in leading if c.literal]
            or leading
            or [c for c in ranked if c.literal]
            or ranked
        )
        # A fact in the user's own words for the things named ("small businesses", not
        # the "SMEs" it is an alias of) states the point most directly.
        ranked.sort(key=lambda c: -self._names_in_own_words(q, c.doc))
        if ranked and others and self._denied(q, ranked[0].item, terms) is not None:  # type: ignore[arg-type]
            # "Is the X certificate recognised by the government in Uganda?": a fact about
            # every subject using more of the question's words ("The X certificate is
            # recognised by Uganda's … government agency") beats one leading with X that
            # uses fewer and would deny it ("… refugees … without a recognised
            # qualification"). Only against a denial: a fuller sentence otherwise may
            # state another thing ("its first Asian campus" for "its first campus").
            def used(c: Candidate) -> int:
                return len(set(terms) & self._fact_terms(c.item))  # type: ignore[arg-type]

            fuller = [
                c
                for c in others
                if set(q.subjects) <= set(c.item.about)  # type: ignore[union-attr]
                and used(c) > used(ranked[0])
            ]
            if fuller:
                best_other = max(fuller, key=used)
                ranked = [best_other, *(c for c in ranked if c is not best_other)]
        if q.time.bounded:
            # "Still running after 2023?": what the releases say about then.
            in_time = [c for c in ranked if self._in_time(q, c.item)]  # type: ignore[arg-type]
            elsewhen = self._dated_otherwise(q, ranked, in_time)
            if elsewhen is not None:
                return elsewhen
            if not in_time and (not q.unknown_names or _only_places(q)):
                # The words matched only facts of another time ("will run from 2020 to
                # 2023"); a fact about the subject naming a year of that time says what
                # happened then ("extended … from 2024 to 2026").
                then = self._stated_then(q)
                if then is not None:
                    return answered_facts(
                        index,
                        q.question,
                        [f"**According to the releases:** {then.text.strip()}"],
                        [then],
                    )
            ranked = in_time or ranked
        if q.time.current and ranked:
            ranked = self.newest_lead(ranked)
        if (
            ranked
            and not ranked[0].literal
            and not set(q.subjects) <= set(ranked[0].item.about)  # type: ignore[union-attr]
            and not self._places_event_asked(q, ranked[0].item)  # type: ignore[arg-type]
        ):
            # Only a synonym matched, in a fact about some of the subjects ("did the
            # Trust pay Alibaba?" against "accepts no government funding"): it does not
            # state the point; the closest facts below decide whether it speaks to it.
            ranked = []
        if ranked and (q.time.year is not None or weekday or month):
            # A date asked is judged only by a fact stating what happened then: "was the
            # academy founded in February 2019?" is no "No: November 12, 2019" from the
            # goal sentence a number ranked first.
            ranked = [c for c in ranked if self._states_predicate(c.item, terms)]  # type: ignore[arg-type]
        if ranked:
            best = ranked[0].item
            assert isinstance(best, LoadedFact)
            other_country = self._other_country(q, best)
            if other_country is not None:
                return other_country
            asked_places = [e for e in q.subjects if index.entity(e).kind is EntityKind.PLACE]
            if best.place and asked_places and best.place not in asked_places:
                # "Does X have a campus in Y?" with the best fact elsewhere: all the places
                # the releases give it, not the first fact's alone.
                elsewhere = self._placed_elsewhere(q, terms)
                if elsewhere is not None:
                    return elsewhere
            denied = self._denied(q, best, terms)
            if denied is not None:
                return denied
            verdict = (
                self._check(q, best, weekday, month)
                or _stated_claim(q, best, self._claim_names(q))
                or self._entailed(q, best, terms)
            )
            if verdict is not None:
                return answered_facts(
                    index,
                    q.question,
                    [f"{verdict}\n{best.text.strip()}"],
                    [best],
                )
            # The best match does not state it; another close one, or a speaker, may.
            supported = self._supported(q, ranked, terms) or self._supported(
                q, [c for c in others if c not in ranked], terms
            )
            if supported is not None:
                return supported
            denied = self._summary_denial(q, terms)
            if denied is not None:
                return denied
            if not self._asked_only_in_others_titles(q, best, terms):
                return answered_facts(
                    index,
                    q.question,
                    [f"**According to the releases:** {best.text.strip()}"],
                    [best],
                )
            # "Did UNIDO found X?" against "… met Jack MA, Founder of …": the sentence
            # speaks of the subjects, but the claim's word is someone else's title; the
            # closest facts are shown below, with no verdict.
        # A date or range in a fact about the subject ("does X run until 2030?").
        if (q.time.bounded or weekday) and (not q.unknown_names or _only_places(q)):
            for subject in q.subjects:
                span = self._range_of(subject)
                if span is not None and (q.time.until or q.time.year):
                    stated, what, source = span
                    start, end = stated.start, stated.end
                    asked = q.time.until or q.time.year
                    verdict = "**Yes.**" if asked == end else f"**No:** it runs {start} to {end}."
                    return answered(index, q.question, f"{verdict}\n{what}", [source])
            dated = [
                f
                for s in q.subjects
                for f in index.facts_by_entity.get(s, [])[:MAX_LIST_FACTS]
                if f.date and (not terms or set(terms) & self._fact_terms(f))
            ]
            if dated:
                best = dated[0]
                denied = self._denied(q, best, terms)
                if denied is not None:
                    return denied
                verdict = self._check(q, best, weekday, month) or "**According to the releases:**"
                return answered_facts(
                    index,
                    q.question,
                    [f"{verdict}\n{best.text.strip()}"],
                    [best],
                )
        denied = self._summary_denial(q, terms)
        if denied is not None:
            return denied
        elsewhere = self._placed_elsewhere(q, terms)
        if elsewhere is not None:
            return elsewhere
        if not q.unknown_names:
            supported = self._supported(q, [], terms)
            if supported is not None:
                return supported
        closest = closest_facts(self.retriever, list(q.subjects), terms, CLOSEST_SHOWN)
        if not closest:
            return None
        lines = [f"• {f.text.strip()}" for f in closest]
        if q.unknown_names:
            # "Did X meet Xi Jinping?": someone the releases never name.
            return not_found_cited(
                index,
                q.question,
                f"The releases don't mention {', '.join(q.unknown_names)}. "
                "What they say that comes closest:\n" + "\n".join(lines),
                [f.source for f in closest],
            )
        if self._settles(q, closest[0], terms):
            return answered(
                index,
                q.question,
                "**The releases don't say that in so many words.** The closest they come:\n"
                + "\n".join(lines),
                [f.source for f in closest],
                entities=[e for f in closest for e in f.about],
            )
        # No fact speaks to it: not a yes, not a no, and not an answer (issue 10's
        # yes/no rule); the closest facts are shown as related, and cited.
        return not_found_cited(
            index,
            q.question,
            "**The releases don't say.** Related:\n" + "\n".join(lines),
            [f.source for f in closest],
            entities=tuple(dict.fromkeys(e for f in closest for e in f.about)),
        )

    def _other_country(self, q: Query, best: LoadedFact) -> Answer | None:
        """Not found when the question names a country the best sentence does not and the
        sentence names another ("recognised by Kenya's government?" against "recognised
        by Uganda's Rural Education Authority"): said of one country, the claim is not
        said of the other. None otherwise."""
        asked = countries_asked(q.question)
        if not asked:
            return None
        text = f" {normalize(best.text)} "
        missing = [c for c in asked if f" {normalize(c)} " not in text]
        stated = [
            c
            for c in countries_named(best.text, standalone=True)
            if normalize(c) not in map(normalize, asked)
        ]
        if not missing or not stated:
            return None
        return not_found_cited(
            self.index,
            q.question,
            f"The releases don't say that of {', '.join(c.title() for c in missing)}; "
            f"what they say is of {', '.join(stated)}:\n• {best.text.strip()}",
            [best.source],
            entities=best.about,
        )

    def _summary_denial(self, q: Query, terms: Sequence[str]) -> Answer | None:
        """ "No" from a summary of a subject that denies the point ("receives no
        government funding"), newest first, when no fact settles it: a later release
        restating the summary without that clause does not take the denial back."""
        for subject in q.subjects:
            for stated in self.index.summary_history(subject):
                denied = self._denied(q, summary_statement(stated), terms)
                if denied is not None:
                    return denied
        return None

    def _denied(self, q: Query, fact: LoadedFact, terms: Sequence[str]) -> Answer | None:
        """ "No", citing the fact, when it denies the question's point ("receives no
        public money" for "did X receive public money?", ``negation.denies``); at a time
        asked that the fact is not of, the releases don't say for then, and the fact is
        shown as the closest. None when the fact denies nothing asked, or the question
        is itself negated."""
        if not set(q.subjects) & set(fact.about) or asks_negated(q.words):
            return None
        asked = [
            t
            for t in terms
            if t not in _LIGHT_VERBS and t not in _HELPING_TERMS and not t.isdigit()
        ]
        if denies(fact.text, asked) is None:
            return None
        when = self.fact_date(fact)
        if self._in_time(q, fact):
            return answered(
                self.index,
                q.question,
                f"**No:** as of {format_date(when)}, the releases say otherwise:\n{fact.text.strip()}",
                [fact.source],
                entities=fact.about,
            )
        return not_found_cited(
            self.index,
            q.question,
            f"**The releases don't say for {q.time.month_year() or q.time.describe()}.** "
            f"The closest they come, as of {format_date(when)}:\n• {fact.text.strip()}",
            [fact.source],
            entities=fact.about,
        )

    def _supported(self, q: Query, ranked: list[Candidate], terms: Sequence[str]) -> Answer | None:
        """ "Yes" from a statement that supports the claim in other words: one of the
        closest facts (``SUPPORT_CANDIDATES``) stating it (``_stated_claim``,
        ``_entailed``), else a quote by or about the subjects that holds every word of
        the claim (``support.statement_terms``), unhedged and limiting nothing the
        question does not say. The quote is the speaker's view and is given as such.
        None when none does: the caller says what the releases do say."""
        index = self.index
        for c in ranked[:SUPPORT_CANDIDATES]:
            fact = c.item
            if not isinstance(fact, LoadedFact) or self._denied(q, fact, terms) is not None:
                continue
            verdict = _stated_claim(q, fact, self._claim_names(q)) or self._entailed(q, fact, terms)
            if verdict is not None:
                return answered_facts(
                    index,
                    q.question,
                    [f"{verdict}\n{fact.text.strip()}"],
                    [fact],
                )
        quote = self._supporting_quote(q, terms)
        if quote is None:
            return None
        speaker = index.entity(quote.speaker).name
        role = index.role_as_of(quote.speaker, index.source_date(quote.source))
        said = f"{speaker} ({index.role_text(role, with_date=False)})" if role else speaker
        text = f"**Yes**, according to {said}:\n“{' '.join(quote.text.split())}”"
        return answered(
            index, q.question, text, [quote.source], entities=[quote.speaker, *quote.about]
        )

    def _supporting_quote(self, q: Query, terms: Sequence[str]) -> LoadedQuote | None:
        """The newest quote by or about every subject holding every word asked."""
        index = self.index
        subjects = set(q.subjects)
        asked = [
            t
            for t in terms
            if t not in _LIGHT_VERBS and t not in _HELPING_TERMS and not t.isdigit()
        ]
        if not subjects or not asked or asks_negated(q.words) or asks_exclusive(q.words):
            return None
        if "by" in q.words:
            # "Is A supported by B?": a speaker's "our support to …" says nothing of who
            # acts on whom; a fact in the releases' voice must state it.
            return None
        wanted = {x for t in asked for x in ({t} | synonyms(t))}
        question = f" {' '.join(q.words)} "
        # "Did X train 12,000 women?": a figure is part of the claim (its digits are no
        # term above), so a quote only about training women supports nothing of it.
        claimed = asked_figures(q.question)
        pool = {
            quote.id: quote
            for s in subjects
            for quote in (
                *index.quotes_about.get(s, [])[:MAX_QUOTES_READ],
                *index.quotes_by_speaker.get(s, [])[:MAX_QUOTES_READ],
            )
        }
        found = []
        for quote in pool.values():
            missing = subjects - {quote.speaker, *quote.about}
            if missing and not all(self._own_city(quote, place) for place in missing):
                continue
            have = statement_terms(quote.text)
            if any(not ({t} | synonyms(t)) & have for t in asked):
                continue
            if hedged(quote.text, wanted, q.words):
                continue
            if claimed - {figure_value(f) for f in figures_in(quote.text, spelled_out=True)}:
                continue
            limits = [normalize(x).split()[0] for x in _LIMITS.findall(quote.text)]
            if any(f" {w} " not in question for w in limits):
                continue
            found.append(quote)
        found.sort(key=index.newest_first)
        return found[0] if found else None

    def _own_city(self, quote: LoadedQuote, place: str) -> bool:
        """Whether ``quote`` speaks of ``place`` as "the city" (or "our town", a
        settlement noun of ``place_kinds.yaml``) in a release datelined there: a
        speaker says "the busiest playground in the city" of their own city."""
        entity = self.index.entity(place)
        if entity.kind is not EntityKind.PLACE:
            return False
        dateline = self.index.kb.sources[quote.source].source.dateline
        if normalize(dateline.city) != normalize(entity.name):
            return False
        words = normalize(quote.text).split()
        return any(
            w in ("the", "our", "this") and nxt in place_kinds().settlements
            for w, nxt in itertools.pairwise(words)
        )

    def _places_event_asked(self, q: Query, fact: LoadedFact) -> bool:
        """Whether the fact places an event the question asks to be "at"/"in" somewhere
        ("did the meeting take place at UNIDO's offices?" against where it took place)."""
        if not fact.place or not {"at", "in"} & set(q.words):
            return False
        return any(
            self.index.entity(e).kind is EntityKind.EVENT and e in fact.about for e in q.subjects
        )

    def _entailed(self, q: Query, fact: LoadedFact, terms: Sequence[str]) -> str | None:
        """ "Yes" when the fact is about every subject and has every content word of the
        question, itself or a thesaurus synonym ("did Alibaba help start the eWTP?"
        against "Alibaba Group is one of the initiators of the eWTP"), and denies or
        limits nothing the question does not say itself ("free of charge" answers "is it
        free?", but "no government funding" never gives a yes). None otherwise."""
        if not q.subjects or not set(q.subjects) <= set(fact.about):
            return None
        asked = [t for t in terms if t not in _LIGHT_VERBS and t not in _HELPING_TERMS]
        if not asked:
            return None
        told = self._without_others_titles(q, fact)
        have = (
            self._fact_terms(fact) | statement_terms(fact.text)
            if told == fact.text
            else frozenset(content_terms(told)) | statement_terms(told)
        )
        if any(not ({t} | synonyms(t)) & have for t in asked):
            return None
        if asks_exclusive(q.words) and not states_exclusive(fact.text):
            return None  # "the only …?" against a fact that says nothing of others
        if hedged(fact.text, {x for t in asked for x in ({t} | synonyms(t))}, q.words):
            return None  # "could help", "has the potential to contribute": no statement
        if self._reversed(q, fact.text, {x for t in asked for x in ({t} | synonyms(t))}):
            return None  # "is A supported by B?" against "A's support to B"
        question = f" {' '.join(q.words)} "
        for limit in _LIMITS.findall(fact.text):
            if not all(f" {w} " in question for w in normalize(limit).split()[:1]):
                return None
        return "**Yes**, in the release's words:"

    def _asked_only_in_others_titles(
        self, q: Query, fact: LoadedFact, terms: Sequence[str]
    ) -> bool:
        """Whether a word of the claim (itself or a synonym) is in the fact only as the
        title of a person the question does not name (``_without_others_titles``)."""
        told = self._without_others_titles(q, fact)
        if told == fact.text:
            return False
        full = statement_terms(fact.text)
        left = statement_terms(told)
        asked = [t for t in terms if t not in _LIGHT_VERBS and t not in _HELPING_TERMS]
        return any(({t} | synonyms(t)) & full and not ({t} | synonyms(t)) & left for t in asked)

    def _without_others_titles(self, q: Query, fact: LoadedFact) -> str:
        """The fact's text without the titles of the people it names that the question
        does not ("Jack MA, Founder and Executive Chairman of …" in a sentence about a
        meeting): a title says what that person is, and states nothing about the
        subjects asked ("did UNIDO found the eWTP?" is no "yes" from "Founder")."""
        text = fact.text
        for person in fact.about:
            if person in q.subjects or person not in self.index.person_ids:
                continue
            for role in self.index.roles_by_entity.get(person, []):
                if role.title.strip():
                    text = re.sub(rf"\b{re.escape(role.title.strip())}\b", " ", text, flags=re.I)
        return text

    def _reversed(self, q: Query, text: str, wanted: set[str]) -> bool:
        """Whether ``text`` states the relation of a passive question ("is A supported
        by B?") the other way round: A named before the relation word and B after it
        with no "by" between ("A's support to B", "A backs B"), or A named right after
        "by" ("B, an initiative supported by A")."""
        words = list(q.words)
        if "by" not in words:
            return False
        by = words.index("by")
        before = [m.entity_id for m in q.found if m.words[1] <= by]
        after = [m.entity_id for m in q.found if m.words[0] > by]
        if not before or not after:
            return False
        told = normalize(text).split()
        stems = [stem(w) for w in told]
        where_a = self._name_positions(told, before[0])
        where_b = self._name_positions(told, after[0])
        for i, term in enumerate(stems):
            if term not in wanted:
                continue
            a_first = any(j < i for j in where_a)
            b_after = [j for j in where_b if j > i]
            if a_first and b_after and "by" not in told[i + 1 : min(b_after)]:
                return True
            # "B … supported by A": A is the agent, where the question makes B one.
            if "by" in told[i + 1 : i + 3]:
                agent_at = told.index("by", i + 1) + 1
                if any(agent_at <= j <= agent_at + 1 for j in where_a):
                    return True
        return False

    def _name_positions(self, words: list[str], entity_id: str) -> list[int]:
        """Where a name or alias of the entity starts in ``words`` (normalised)."""
        entity = self.index.entity(entity_id)
        found: set[int] = set()
        for label in (entity.name, *entity.aliases):
            found.update(phrase_starts(words, normalize(label).split()))
        return sorted(found)

    def _dated_otherwise(
        self, q: Query, ranked: list[Candidate], in_time: list[Candidate]
    ) -> Answer | None:
        """ "Was the eWTP in the 2017 communique?" when the fact about all the things named
        dates it 2016: "No", with that fact's date. Only for a year asked of a one-off
        event (not "still …"), when the best fact about every subject has its own date in
        another year and no fact of the year asked is about them all."""
        if q.time.year is None or set(q.words) & CONTINUING_WORDS or not ranked:
            return None
        subjects = set(q.subjects)

        def about_all(c: Candidate) -> bool:
            return isinstance(c.item, LoadedFact) and subjects <= set(c.item.about)

        best = ranked[0].item
        if not subjects or not about_all(ranked[0]) or any(about_all(c) for c in in_time):
            return None
        assert isinstance(best, LoadedFact)
        # "Did it make its first run in June 2019?" of a run dated July 2019: the month
        # asked is compared when both give one (a year-only date settles no month).
        asked = f"{q.time.year}-{q.time.month:02d}" if q.time.month else str(q.time.year)
        if not best.date or best.date[: len(asked)] == asked[: len(best.date)]:
            return None
        return answered(
            self.index,
            q.question,
            f"**No:** the releases date it {format_date(best.date)}, not {format_date(asked)}.\n"
            f"{best.text.strip()}",
            [best.source],
            entities=best.about,
        )

    def _placed_elsewhere(self, q: Query, terms: Sequence[str]) -> Answer | None:
        """ "Is there an academy campus in Nairobi?": no fact states it with that place,
        but the fact stating the rest of the question places it: say where, and that
        the place asked is not among them (never a bare "no")."""
        index = self.index
        places = [
            e
            for e in q.subjects
            if index.entity(e).kind is EntityKind.PLACE
            and index.entity(e).name.casefold().split()[0] in q.words
        ]
        if len(places) != 1 or not {"in", "at"} & set(q.words):
            return None
        asked = places[0]
        others = {e for e in q.subjects if e != asked}
        # Words no release uses ("located") would only make every fact fall short.
        known = self.index.terms.known
        terms = [t for t in terms if known(t) or any(known(x) for x in synonyms(t))]
        if not terms and not others:
            return None
        ranked = [
            c
            for c in self.retriever.rank(list(terms), others, include_quotes=False)
            if isinstance(c.item, LoadedFact) and c.literal
        ]
        pool: list[LoadedFact] = [
            c.item
            for c in ranked
            if isinstance(c.item, LoadedFact) and c.score >= RELATED_RATIO * ranked[0].score
        ]
        pool += [
            f
            for e in others
            for f in index.facts_by_entity.get(e, [])[:MAX_LIST_FACTS]
            if others <= set(f.about)
        ]

        asked_terms = set(terms)

        def places_of(fact: LoadedFact) -> list[str]:
            """The places a fact puts things in; a place named by the question's own
            words ("the Kuala Lumpur campus" for "an academy campus") is the thing asked
            about, not where it is."""
            found = (*fact.about, *((fact.place,) if fact.place else ()))
            return [
                e
                for e in dict.fromkeys(found)
                if index.entity(e).kind is EntityKind.PLACE
                and not asked_terms & set(content_terms(index.entity(e).name))
            ]

        name = index.entity(asked).name
        placed = [(f, places_of(f)) for f in pool if places_of(f)]
        # "Did they meet in Geneva in 2018?": the places of that time, not of a later
        # meeting elsewhere.
        placed = [(f, w) for f, w in placed if self._in_time(q, f)]
        if not placed:
            return None
        for fact, where in placed:
            # In the place asked, or in a place within it ("Hangzhou, China").
            inside = [w for w in where if w == asked or name in index.entity(w).summary]
            if inside:
                where = venue_with_city(index, inside[0], fact)
                text = f"**Yes:** in {where}.\n{fact.text.strip()}"
                return answered(index, q.question, text, [fact.source], entities=fact.about)

        def spread(where: list[str]) -> int:
            """Distinct places, a country of a city named with it not counted apart."""
            return sum(
                1
                for e in where
                if not any(
                    o != e and index.entity(e).name in index.entity(o).summary for o in where
                )
            )

        # The fact placing it most widely ("campuses in Kigali and Kuala Lumpur").
        fact, where = max(placed, key=lambda p: spread(p[1]))
        names = ", ".join(venue_with_city(index, e, fact) for e in where)
        if fact.place and any(
            index.entity(e).kind is EntityKind.EVENT and (e in others or others <= set(fact.about))
            for e in fact.about
        ):
            # An event happens in one place, which its own fact states (about the event
            # asked, or about every party named): a plain no.
            where_it = venue_with_city(index, fact.place, fact)
            text = (
                f"**No:** the releases place it at {where_it}, not in "
                f"{index.display_name(asked)}.\n{fact.text.strip()}"
            )
            return answered(index, q.question, text, [fact.source], entities=fact.about)
        text = (
            f"**The releases place it in {names}**, not in "
            f"{index.display_name(asked)}:\n{fact.text.strip()}"
        )
        return answered(index, q.question, text, [fact.source], entities=fact.about)

    def _states_predicate(self, fact: LoadedFact, terms: Sequence[str]) -> bool:
        """Whether ``fact`` states what the question asks happened (a word of it other
        than a number, or a thesaurus synonym): only then is its date a verdict on the
        date asked. "Was the academy founded in February 2019?" is not answered "No: it
        was November 12, 2019" from the goal sentence that the number 30 ranked first."""
        words = [t for t in terms if not t[:1].isdigit()]
        if not words:
            return True
        have = self._fact_terms(fact)
        return any(set(query.alternatives) & have for query in self.retriever.query_terms(words))

    def _asks_place(self, q: Query) -> bool:
        """Whether an "in" or "at" of the question introduces a place ("… at UNIDO's Vienna
        office?", "in Kigali?"), not the event or body something happened at ("did they
        sign an agreement at the meeting?" asks about a signing, not about where the
        meeting was)."""
        index = self.index
        starts = {m.words[0]: m.entity_id for m in q.found}
        for i, word in enumerate(q.words):
            if word not in ("in", "at"):
                continue
            j = i + 1
            named = starts.get(j)  # a mention may start with its article
            while named is None and j < len(q.words) and q.words[j] in ("the", "a", "an"):
                j += 1
                named = starts.get(j)
            if named is None or index.entity(named).kind is EntityKind.PLACE:
                return True
        return False

    def _settles(self, q: Query, fact: LoadedFact, terms: Sequence[str]) -> bool:
        """Whether a fact that does not state the question's point still speaks to it:
        it has the question's predicate (its first content word past a light verb, "led"
        in "is X led by governments?", or a synonym); it denies or limits something about the subject
        ("receives no funding", "free of charge", "not related", "fell short of");
        it places the thing asked to be somewhere; or it dates the end of a title asked
        about with "still". Facts that only name the subjects ("is A related to B?",
        "did A pay B?") do not."""
        have = self._fact_terms(fact)
        # A light verb ("go to", "come to") says little; the word after it carries the point.
        content = [t for t in terms if t not in _LIGHT_VERBS] or list(terms)
        query = self.retriever.query_terms(content[:1])
        if query and set(query[0].alternatives) & have:
            return True
        if _LIMITS.search(fact.text):
            return True
        if fact.place and self._asks_place(q) and fact.about[0] in q.subjects:
            return True
        return bool(set(q.words) & CONTINUING_WORDS and _YEAR.search(fact.text))

    def _check(
        self, q: Query, fact: LoadedFact, weekday: frozenset[str] | None, month: int | None = None
    ) -> str | None:
        """ "Yes"/"No" when the question states a year, month, weekday or place the fact
        also states (``month``: 1-12, from ``_asked_month``)."""
        if fact.date and month is not None and len(fact.date) >= 7:
            # "Was it launched in November (2019)?": the month, and the year when asked.
            same = int(fact.date[5:7]) == month and q.time.year in (None, int(fact.date[:4]))
            if same:
                return f"**Yes:** {format_date(fact.date)}."
            return f"**No:** it was {format_date(fact.date)}."
        if fact.date and q.time.year is not None:
            year = int(fact.date[:4])
            if year == q.time.year:
                return f"**Yes:** {format_date(fact.date)}."
            return f"**No:** it was {format_date(fact.date)}."
        if fact.date and weekday and len(fact.date) == 10:
            day = dt.date.fromisoformat(fact.date)
            actual = WEEKDAYS[day.weekday()]
            if actual in weekday:
                return f"**Yes:** {format_date(fact.date)}."
            return f"**No:** it was on {format_date(fact.date)}."
        if fact.place:
            named_places = [
                e
                for e in q.subjects
                if self.index.entity(e).kind is EntityKind.PLACE and not _is_what_is_asked(q, e)
            ]
            place = self.index.display_name(fact.place)
            summary = self.index.entity(fact.place).summary
            if named_places:
                if fact.place in named_places or any(
                    self.index.entity(p).name in summary for p in named_places
                ):
                    return f"**Yes:** at {place}."
                return f"**No:** at {place}."
            if "in" in q.words or "at" in q.words:
                # "Did the meeting take place at UNIDO's offices?" when it was at premises
                # named after another organisation ("Alibaba Group headquarters").
                # Only an organisation named as the place ("at UNIDO's offices", "in the
                # Alliance's building"), not one named elsewhere ("in partnership with UNIDO").
                placed_at = {
                    m.entity_id
                    for m in q.found
                    if m.words[0] > 0
                    and (
                        q.words[m.words[0] - 1] in ("at", "in")
                        or tuple(q.words[max(0, m.words[0] - 2) : m.words[0]])
                        in (("at", "the"), ("in", "the"))
                    )
                }
                orgs = [
                    e
                    for e in q.subjects
                    if self.index.entity(e).kind is EntityKind.ORGANIZATION and e in placed_at
                ]
                premises = normalize(self.index.entity(fact.place).name)
                owners = [
                    o
                    for o in orgs
                    if any(
                        premises.startswith(normalize(label) + " ")
                        for label in (self.index.entity(o).name, *self.index.entity(o).aliases)
                    )
                ]
                if orgs and owners:
                    return f"**Yes:** at {place}."
                if orgs:
                    return f"**No:** at {place} ({summary.strip()})."
                if q.unknown_names and not any(
                    names_a_time(normalize(n).split()) for n in q.unknown_names
                ):
                    # A place the releases never name; "in partnership", "in November",
                    # "in Q1" name no place and are not answered with one.
                    return (
                        f"**Not as far as the releases say:** they place it at {place}"
                        f" ({summary.strip()})."
                    )
        return None

    def false_premise(self, q: Query) -> Result:
        """ "Why did X leave Y?" with nothing stating it: say so, and what the releases say.
        A premise a sentence contradicts is answered before (``contradicted_premise``)."""
        index = self.index
        names = [self._name(e) for e in q.subjects[:3]]
        closest = closest_facts(self.retriever, list(q.subjects), list(q.terms), CLOSEST_SHOWN)
        # "What they do say about A and B": the facts about both, when there are some.
        closest = [f for f in closest if set(q.subjects[:3]) <= set(f.about)] or closest
        when = ""
        if q.time.bounded and q.subjects:
            # "Why did the Foundation pull its funding in 2020?": what the releases say
            # about it then ("added US$4 million in 2020") leads, whatever its words.
            # A sentence stating a period that covers the time ("US$2 million for a
            # second phase from 2021 to 2023", said in 2020) is about then too.
            then = [
                f
                for f in index.facts_by_entity.get(q.subjects[0], [])[:MAX_LIST_FACTS]
                if set(q.subjects[:3]) <= set(f.about)
                and (q.time.admits_date(self.fact_date(f)) or _covers(f.text, q))
            ]
            if then:
                closest = list(dict.fromkeys([*then, *closest]))[:CLOSEST_SHOWN]
                when = f" {q.time.describe()}"
        # The question's premise is not echoed back: its words are read forms ("pull out
        # of" is "withdraw of" by then), and the question heads the reply anyway.
        text = "The releases don't say that: no fact I have supports the question's premise."
        if closest:
            text += f"\nWhat they do say about {' and '.join(names)}{when}:\n" + "\n".join(
                f"• {f.text.strip()}" for f in closest
            )
        return not_found_cited(
            index,
            q.question,
            text,
            [f.source for f in closest],
            entities=q.subjects,
        )

    def contradicted_premise(self, q: Query) -> Answer | None:
        """ "Why did X pull out of Y (in 2021)?", "why was P fired?": the sentences about
        every subject that contradict the premise (``premises.py``), at the time asked
        if one is, newest first, answered; None when the question asks no "why", states
        no premise ``premises.py`` knows, or no sentence contradicts it (``false_premise``
        then says the releases don't say it)."""
        kind = premise_asked(q.words)
        if kind is None or not q.subjects or q.words[:1] != ("why",) or q.quote:
            return None
        named = set(q.subjects[:3])

        def then(f: LoadedFact) -> bool:
            return q.time.admits_date(self.fact_date(f)) or _covers(f.text, q)

        def sum_then(f: LoadedFact) -> bool:
            # "CAD 1.8 million … from 2017 to 2020" for "why did X stop funding Y in 2019?"
            return kind.corrected_by_sum_then and _covers(f.text, q) and states_sum(f.text)

        subject = q.subjects[0]
        names: dict[str, Names] = {}

        def names_of(entity_id: str) -> Names:
            if entity_id not in names:
                names[entity_id] = self._name_forms(entity_id)
            return names[entity_id]

        def corrected(f: LoadedFact) -> bool:
            # The correction must be the subject's own: "B became Chair, succeeding A,
            # who retired" says nothing against "why was B fired?".
            others = [names_of(e) for e in f.about if e != subject]
            return corrects(f.text, kind, names_of(subject), others)

        def gave_then(f: LoadedFact) -> bool:
            # "Why did X pull out of Y in 2022?" when X gave Y a sum dated 2022 or later
            # (the funding relations: X the giver, Y the receiver), whatever its words.
            if not kind.corrected_by_sum_then or len(q.subjects) < 2 or q.time.year is None:
                return False
            if self.fact_date(f)[:4] < str(q.time.year):
                return False
            thing = funded_thing(self.index, f)
            if thing is not None and thing != q.subjects[1]:
                return False  # "fund the Y prize with …": a sum for another thing
            return subject in givers(self.index, f, q.subjects[1]) or (
                q.subjects[1] in f.about and gives_own_gift(self.index, f, subject)
            )

        correcting = [
            f
            for f in self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
            if named <= set(f.about)
            and (
                ((not q.time.bounded or then(f)) and corrected(f))
                or (q.time.bounded and (sum_then(f) or gave_then(f)))
            )
        ]
        if not correcting:
            return None
        # What the time asked covers first ("renewed … from 2021 to 2024", a sum for a
        # period covering 2019), then a later gift; each newest first.
        correcting.sort(key=lambda f: (self.fact_date(f), f.position), reverse=True)
        correcting.sort(key=lambda f: q.time.bounded and not (then(f) or sum_then(f)))
        shown = correcting[:CLOSEST_SHOWN]
        text = "**The releases say otherwise:** none says that happened.\n" + "\n".join(
            f"• {f.text.strip()}" for f in shown
        )
        return answered(
            self.index, q.question, text, [f.source for f in shown], entities=q.subjects
        )

    def unsupported_premise(self, q: Query) -> Result:
        """ "Why did X leave Y?" when nothing about X and Y states it: the premise said
        to be unsupported (``false_premise``), before an executor shows the nearest fact
        as if it were the reason. None when the question states no premise
        ``premises.py`` knows, names fewer than two things, or the releases may state it:
        a sentence about both in the premise's own words, or an ended title of X's at Y
        (``left_why`` then answers)."""
        kind = premise_asked(q.words)
        if kind is None or len(q.subjects) < 2 or q.words[:1] != ("why",) or q.quote:
            return None
        subject, other = q.subjects[0], q.subjects[1]
        if subject in self.index.person_ids:
            history = self.index.role_history(subject)
            if any(s.role.organization == other for s in history.earlier):
                return None
        for fact in self.index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]:
            if other not in fact.about:
                continue
            words = normalize(fact.text).split()
            if any(phrase_starts(words, phrase) for phrase in kind.premise):
                return None  # the releases may say it: the facts answer
        return self.false_premise(q)

    def _name_forms(self, entity_id: str) -> Names:
        """An entity's name and aliases normalised, with a person's family name ("Ms
        Desai" is Priya Desai); an organisation's last word ("foundation") names none."""
        entity = self.index.entity(entity_id)
        forms = {normalize(n) for n in (entity.name, *entity.aliases)} - {""}
        if entity_id in self.index.person_ids:
            forms |= {f.split()[-1] for f in list(forms) if len(f.split()) > 1}
        return Names(tuple(sorted(forms, key=len, reverse=True)))

    def _names_in_own_words(self, q: Query, doc: Doc) -> int:
        text_terms = self.index.terms.text_terms_of(self.index.terms.position[doc])
        return sum(1 for terms in q.mention_terms.values() if terms and terms <= text_terms)


def _covers(text: str, q: Query) -> bool:
    """Whether ``text`` states a range of years ("from 2021 to 2023") reaching into the
    time ``q`` asks."""
    span = year_range(text)
    return span is not None and any(q.time.admits(y) for y in range(span.start, span.end + 1))


def _only_places(q: Query) -> bool:
    """Whether every name no release uses stands where a place does ("in Dodoma")."""
    text = f" {' '.join(q.words)} "
    return all(
        f" in {normalize(n)} " in text or f" at {normalize(n)} " in text for n in q.unknown_names
    )


# Where a description of the subject starts: the text's start (its name removed), a
# clause mark, or a verb of being ("is a charity", "as a lender").
_DESCRIPTION_START = r"(?:^|\| |\b(?:is|was|are|were|as|remains|becomes) )"


def _states_class(text: str, claim: str, names: list[str]) -> bool:
    """Whether ``text`` describes its subject as a ``claim`` (normalised words): "a
    Perth, Scotland-based charity", "the UN agency whose …", "is a regional lender". The
    article opens a description of the subject (``_DESCRIPTION_START``), not an object
    ("funds the programme"); at most MAX_CLASS_MODIFIERS words, none that starts another
    phrase ("a partner of the bank"), stand between it and the class. The subject's own
    names (``names``: normalised) say nothing of its class and are removed first."""
    chunks = [normalize(c) for c in re.split(r"[,;:()]", text)]
    padded = " " + " | ".join(c for c in chunks if c) + " "
    for name in names:
        padded = padded.replace(f" {name} ", " ")
    padded = re.sub(r"^\s*(?:the |a |an )?\|?\s*", "", padded)
    breaks = "|".join(_PHRASE_BREAKS)
    modifier = rf"(?:(?!(?:{breaks}) )[a-z0-9]+ |\| )"
    pattern = rf"{_DESCRIPTION_START}(?:a|an|the) {modifier}{{0,{MAX_CLASS_MODIFIERS}}}{re.escape(claim)}(?: |$)"
    return re.search(pattern, padded) is not None


# Fewest words of a claim that must appear word for word in a fact for a plain "yes".
MIN_CLAIM_WORDS = 3


def _stated_claim(q: Query, fact: LoadedFact, names: Sequence[str]) -> str | None:
    """ "Yes" when the fact states the question's claim word for word: "is X the largest
    maker of Y?" against "X is the largest maker of Y, …". The claim is what follows the
    first thing named, without its article; it must be at least MIN_CLAIM_WORDS words,
    and a fact that denies or limits (``_LIMITS``) never gives a plain yes."""
    if not q.found or _LIMITS.search(fact.text):
        return None
    first = min(q.found, key=lambda f: f.words[0])
    claim = list(q.words[first.words[1] :])
    one_of = "one" in claim[:2]  # "one of the first …" is met by several
    while claim and claim[0] in ("a", "an", "the", "one"):
        claim.pop(0)
    if len(claim) < MIN_CLAIM_WORDS:
        return None
    stated = f" {' '.join(claim)} "
    # Each sentence (or clause after a semicolon) on its own: the claim is said of
    # what the sentence holding it begins with.
    parts = [f" {normalize(p)} " for p in re.split(r"(?<=[.;!?])\s+", fact.text)]
    holding = [p[: p.find(stated)] for p in parts if stated in p]
    if not holding:
        return None
    # A place or time claimed ("visit X's headquarters", read as "at X's headquarters")
    # is met by the event the sentence places there; a class ("one of the initiators",
    # "the largest operator") is met only by the sentence's subject.
    placed = claim[0] in _PLACE_PREPOSITIONS
    if not placed and not any(_leads_clause(b, first.entity_id, names, fact) for b in holding):
        # "Is UNIDO one of the initiators?" against "Alibaba Group is one of the
        # initiators …": the claim is stated of another thing, not of the one asked.
        # A claim only one thing can meet ("the first campus", "the largest operator")
        # stated of another, in a sentence that never names the one asked, is a no.
        unique = not one_of and _UNIQUE_WORDS & set(claim[:MAX_CLASS_MODIFIERS])
        named = any(f" {n} " in p for n in names for p in parts if stated in p)
        if unique and not named:
            return "**No:** the release says that of another:"
        return None
    return "**Yes:** the release says so."


_PLACE_PREPOSITIONS = frozenset("at in on to inside near".split())
# Words by which a claim fits one thing only ("the first campus", "the largest maker").
_UNIQUE_WORDS = frozenset("first largest biggest oldest smallest only sole main leading".split())


# Words that stand for a sentence's subject already named ("It is the largest …").
_SUBJECT_PRONOUNS = frozenset("it they its their this which".split())


def _leads_clause(before: str, entity: str, names: Sequence[str], fact: LoadedFact) -> bool:
    """Whether the sentence holding a claim (``before`` is its text up to the claim,
    normalised) has ``entity`` as its subject: it begins with one of the entity's
    ``names`` (an article aside), or, in a fact that leads with the entity, with a
    pronoun or with the claim itself (a description: "The largest ferry operator …")."""
    sentence = re.sub(r"^(?:the|a|an)\s+", "", before.strip())
    if any(sentence == n or sentence.startswith(f"{n} ") for n in names):
        return True
    first = sentence.split(" ", 1)[0] if sentence else ""
    leads = bool(fact.about) and fact.about[0] == entity
    return leads and (not first or first in _SUBJECT_PRONOUNS)


MONTH_NAMES = month_names()


def _asked_month(q: Query) -> int | None:
    """The month (1-12) a yes/no question asks about as a time ("in November", "in
    November 2019", "during March"), or None. "May" counts only after "in"/"during" or
    before a year, since it is also the verb."""
    words = q.words
    for i, word in enumerate(words):
        if word not in MONTH_NAMES:
            continue
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if before in ("in", "during", "on", "by") or (after.isdigit() and len(after) == 4):
            return MONTH_NAMES.index(word) + 1
    return None


def _is_what_is_asked(q: Query, entity: str) -> bool:
    """Whether ``entity`` is named as what the question asks about ("is *the Nordfjell
    Seed Vault* the largest …?": right after the opening verb, no preposition before
    it), not as a place something is at."""
    return any(
        m.entity_id == entity
        and 1 <= m.words[0] <= 2
        and q.words[m.words[0] - 1] in ("is", "was", "the")
        and q.words[0] in ("is", "was", "are", "were")
        for m in q.found
    )
