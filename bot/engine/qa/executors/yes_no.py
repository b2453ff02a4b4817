"""Yes/no only when a fact states it; false premises said plainly."""

from __future__ import annotations

import datetime as dt

from bot.engine.answer import Answer, Status
from bot.engine.qa.compose import answered, citations, format_date
from bot.engine.qa.executors.base import (
    _WEEKDAY_TERMS,
    CLOSEST_SHOWN,
    MAX_LIST_FACTS,
    NEWEST_AMONG,
    ExecutorBase,
    Result,
)
from bot.engine.qa.query import Query
from bot.engine.qa.retrieve import closest_facts
from bot.engine.qa.vocabulary import (
    WEEKDAYS,
)
from bot.engine.text import clip, echo
from bot.kb.models import EntityKind, LoadedFact
from bot.search.terms import Doc


class YesNoAnswers(ExecutorBase):
    def yes_no(self, q: Query) -> Result:
        index = self.index
        people = [e for e in q.subjects if e in index.person_ids]
        # "Is X the founder of Y?", "is X from Y?": checked against the roles.
        if q.role_asks and people:
            ask = q.role_asks[0]
            person = people[0]
            roles = index.roles_by_entity.get(person, [])
            if person in ask.holders:
                role = next(r for r in roles if r.organization == ask.organization)
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
                return answered(
                    index,
                    q.question,
                    f"**Yes:** {index.entity(person).name} is {index.role_text(role)}.",
                    [role.source],
                    entities=[person],
                )
            if roles:
                return answered(
                    index,
                    q.question,
                    f"**The releases don't say so.** They give {index.entity(person).name}'s role as "
                    f"{index.role_text(roles[0])}.",
                    [roles[0].source],
                    entities=[person],
                )
        orgs = [e for e in q.subjects if index.entity(e).kind is EntityKind.ORGANIZATION]
        if len(people) == 1 and orgs and not q.role_asks and not q.terms:
            person = people[0]
            roles = index.roles_by_entity.get(person, [])
            if roles:
                at = [r for r in roles if r.organization in orgs]
                if at:
                    return answered(
                        index,
                        q.question,
                        f"**Yes:** {index.entity(person).name} is {index.role_text(at[0])}.",
                        [at[0].source],
                        entities=[person],
                    )
                return answered(
                    index,
                    q.question,
                    f"**The releases don't say so.** They give {index.entity(person).name}'s role as "
                    f"{index.role_text(roles[0])}.",
                    [roles[0].source],
                    entities=[person],
                )
        # Dates and places the question states, checked against the best fact's.
        terms = [t for t in q.terms if t not in _WEEKDAY_TERMS]
        ranked = [
            c
            for c in self.retriever.rank(terms, set(q.subjects), include_quotes=False)
            if isinstance(c.item, LoadedFact)
        ]
        weekday = next((w for w in q.words if w in WEEKDAYS), None)
        # A synonym match is weaker evidence than the word itself ("led" vs "director").
        ranked = [c for c in ranked if c.literal] or ranked
        # A fact in the user's own words for the things named ("small businesses", not
        # the "SMEs" it is an alias of) states the point most directly.
        ranked.sort(key=lambda c: -self._names_in_own_words(q, c.doc))
        if q.time.bounded:
            # "Still running after 2023?": what the releases say about then.
            ranked = [c for c in ranked if self._in_time(q, c.item)] or ranked  # type: ignore[arg-type]
        if q.time.current and ranked:
            best_score = ranked[0].score
            close = [c for c in ranked if c.score >= NEWEST_AMONG * best_score]
            newest = max(close, key=lambda c: self.fact_date(c.item))  # type: ignore[arg-type]
            ranked = [newest, *(c for c in ranked if c is not newest)]
        if ranked:
            best = ranked[0].item
            assert isinstance(best, LoadedFact)
            verdict = self._check(q, best, weekday)
            if verdict is not None:
                return answered(
                    index,
                    q.question,
                    f"{verdict}\n{best.text.strip()}",
                    [best.source],
                    entities=best.about,
                )
            return answered(
                index,
                q.question,
                f"**According to the releases:** {best.text.strip()}",
                [best.source],
                entities=best.about,
            )
        # A date or range in a fact about the subject ("does X run until 2030?").
        if q.time.bounded or weekday:
            for subject in q.subjects:
                span = self._range_of(subject)
                if span is not None and (q.time.until or q.time.year):
                    start, end, what, source = span
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
                verdict = self._check(q, best, weekday) or "**According to the releases:**"
                return answered(
                    index,
                    q.question,
                    f"{verdict}\n{best.text.strip()}",
                    [best.source],
                    entities=best.about,
                )
        closest = closest_facts(self.retriever, list(q.subjects), terms, CLOSEST_SHOWN)
        if not closest:
            return None
        lines = [f"• {f.text.strip()}" for f in closest]
        if q.unknown_names:
            # "Did X meet Xi Jinping?": someone the releases never name.
            return Answer(
                status=Status.NOT_FOUND,
                title=echo(q.question) or None,
                text=clip(
                    f"The releases don't mention {', '.join(q.unknown_names)}. "
                    "What they say that comes closest:\n" + "\n".join(lines)
                ),
                citations=citations(index, [f.source for f in closest]),
                command="question",
            )
        return answered(
            index,
            q.question,
            "**The releases don't say that in so many words.** The closest they come:\n"
            + "\n".join(lines),
            [f.source for f in closest],
            entities=[e for f in closest for e in f.about],
        )

    def _check(self, q: Query, fact: LoadedFact, weekday: str | None) -> str | None:
        """ "Yes"/"No" when the question states a year, weekday or place the fact also states."""
        if fact.date and q.time.year is not None:
            year = int(fact.date[:4])
            if year == q.time.year:
                return f"**Yes:** {format_date(fact.date)}."
            return f"**No:** it was {format_date(fact.date)}."
        if fact.date and weekday and len(fact.date) == 10:
            day = dt.date.fromisoformat(fact.date)
            actual = WEEKDAYS[day.weekday()]
            if actual == weekday:
                return f"**Yes:** {format_date(fact.date)}."
            return f"**No:** it was on {format_date(fact.date)}."
        if fact.place:
            named_places = [e for e in q.subjects if self.index.entity(e).kind is EntityKind.PLACE]
            place = self.index.display_name(fact.place)
            summary = self.index.entity(fact.place).summary
            if named_places:
                if fact.place in named_places or any(
                    self.index.entity(p).name in summary for p in named_places
                ):
                    return f"**Yes:** at {place}."
                return f"**No:** at {place}."
            if "in" in q.words or "at" in q.words:
                return f"**Not as far as the releases say:** they place it at {place} ({summary.strip()})."
        return None

    def false_premise(self, q: Query) -> Result:
        """ "Why did X leave Y?" with nothing stating it: say so, and what the releases say."""
        index = self.index
        premise = " ".join(q.words[2:]) if len(q.words) > 2 else " ".join(q.words)
        names = [self._name(e) for e in q.subjects[:3]]
        closest = closest_facts(self.retriever, list(q.subjects), list(q.terms), CLOSEST_SHOWN)
        text = f"The releases don't say that {premise}: no fact I have supports it."
        if closest:
            text += f"\nWhat they do say about {' and '.join(names)}:\n" + "\n".join(
                f"• {f.text.strip()}" for f in closest
            )
        return Answer(
            status=Status.NOT_FOUND,
            title=echo(q.question) or None,
            text=clip(text),
            citations=citations(index, [f.source for f in closest]),
            entities=q.subjects,
            command="question",
        )

    def _names_in_own_words(self, q: Query, doc: Doc) -> int:
        text_terms = self.index.terms.text_terms_of(self.index.terms.position[doc])
        return sum(1 for terms in q.mention_terms.values() if terms and terms <= text_terms)
