"""Where someone worked before, with no organisation named: "which organisation did Lina
Ma use to work for?", "where did X work before?", "what was X's previous employer?".

From the roles' dates (``Index.role_history``): the titles a person no longer holds
(ended, "previously Director of Training at …", or superseded) at organisations where
they hold no current title. With none, a summary or fact about them that says
"previously" or "formerly" answers; else the reply says the releases name no earlier
organisation, showing their earlier titles where they are now, if any. A question for a
post rather than an employer ("what was X's job before?") is answered by those earlier
titles, wherever they were held.

"Before joining Y" (an organisation named) is ``before.py``'s; "in 2020" is
``affiliation.py``'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.engine.answer import Answer
from bot.engine.cite import number_markers, placeholder
from bot.engine.qa.compose import answered, citations, not_found
from bot.engine.qa.executors.affiliation import AFFILIATION_WORDS, span_line, span_sources
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase
from bot.engine.qa.query import Query
from bot.search.index import Index, RoleSpan

# Words that put the question in the past: "used to", "before", "previous employer".
_PAST_WORDS = frozenset(
    "before previously previous formerly former earlier prior past once".split()
)
# Nouns of an employer: "which organisation", "what company".
_EMPLOYER_WORDS = frozenset(
    "organisation organization company employer employers institution body".split()
)
# Nouns of a post held, not of an employer: "what was X's job before?".
_TITLE_ASKED = frozenset("job jobs title titles role roles post position".split())


def _asks_title(words: tuple[str, ...]) -> bool:
    """Whether the question asks for a post held, not where ("what was X's job before?",
    not "where did X work before?" nor "which organisation")."""
    return bool(_TITLE_ASKED.intersection(words)) and not (
        _EMPLOYER_WORDS.intersection(words) or "where" in words
    )


# A sentence that states an earlier affiliation ("previously Director of Training at …",
# "joined the company as COO from a national grocery distributor"; "from" and an article,
# never a date: "joined from the start" is no employer).
_PREVIOUSLY = re.compile(
    r"\b(?:previously|formerly|former|prior to|before joining)\b"
    r"|\b(?:joined|joins|came|comes|moved|moves|arrived|arrives)\b[^.;]{0,80}?"
    r"\bfrom\s+(?:a|an|the|its|his|her|their)\s+(?!(?:start|outset|beginning|launch)\b)",
    re.I,
)
MAX_SHOWN = 3


class PreviousAffiliationAnswers(ExecutorBase):
    def previous_affiliation(self, q: Query) -> Answer | None:
        """The organisations one person worked at before (see the module's docstring);
        None when the question is not of this kind."""
        if q.quote or q.meta or q.time.bounded:
            return None
        words = q.words
        used_to = any(
            w in ("used", "use") and words[i + 1 : i + 2] == ("to",) for i, w in enumerate(words)
        )
        if not used_to and not _PAST_WORDS.intersection(words):
            return None
        if not (AFFILIATION_WORDS | _EMPLOYER_WORDS).intersection(words):
            return None
        index = self.index
        people = [e for e in q.subjects if e in index.person_ids]
        if len(people) != 1 or len(q.subjects) != 1:
            return None
        person = people[0]
        name = index.entity(person).name
        history = index.role_history(person)
        now = {s.role.organization for s in history.current if s.role.organization}
        elsewhere = [s for s in history.earlier if s.role.organization not in now]
        if elsewhere:
            return self._previously(q, person, elsewhere, history.current)
        stated = self._previously_stated(person)
        if stated is not None:
            text, source = stated
            return answered(index, q.question, text, [source], entities=[person])
        if history.earlier and _asks_title(words):
            # "What was X's job before?": a job, not an employer: the earlier titles
            # answer it, at the organisation where they are now too.
            shown = history.earlier[:MAX_SHOWN]
            text = "**Before:** " + "; ".join(
                f"{index.span_text(s)}{placeholder(*span_sources(index, s))}" for s in shown
            )
            if history.current:
                text += "\nNow: " + "; ".join(index.role_text(s.role) for s in history.current)
            sources = [src for s in shown for src in span_sources(index, s)]
            sources += [s.role.source for s in history.current]
            text, numbered = number_markers(text, force=len(set(sources)) > 1)
            return replace(
                answered(index, q.question, text, sources, entities=[person]),
                citations=citations(index, numbered or sources),
            )
        if history.earlier:
            # Earlier titles, but where they are now: no other organisation.
            shown = history.earlier[:MAX_SHOWN]
            text = (
                f"The releases name no organisation {name} worked for before; their earlier "
                "titles are where they are now: "
                + "; ".join(
                    f"{index.span_text(s)}{placeholder(*span_sources(index, s))}" for s in shown
                )
                + "."
            )
            sources = [src for s in shown for src in span_sources(index, s)]
            text, numbered = number_markers(text, force=len(set(sources)) > 1)
            return replace(
                not_found(q.question, text),
                citations=citations(index, numbered or sources),
                entities=(person,),
            )
        if history.current:
            shown = history.current[:MAX_SHOWN]
            text = (
                f"The releases name no organisation {name} worked for before; they give only "
                + "; ".join(f"{index.role_text(s.role)}{placeholder(s.role.source)}" for s in shown)
                + "."
            )
            sources = [s.role.source for s in shown]
            text, numbered = number_markers(text, force=len(set(sources)) > 1)
            return replace(
                not_found(q.question, text),
                citations=citations(index, numbered or sources),
                entities=(person,),
            )
        return None

    def _previously(
        self, q: Query, person: str, earlier: list[RoleSpan], current: list[RoleSpan]
    ) -> Answer:
        index = self.index
        name = index.entity(person).name
        shown = earlier[:MAX_SHOWN]
        if current:
            now = "; ".join(
                f"{index.role_text(s.role)}{placeholder(s.role.source)}"
                for s in current[:MAX_SHOWN]
            )
            lead = f"Before their current title ({now}), the releases give {name} at:"
        else:
            lead = f"The releases give {name} at:"
        lines = [lead]
        lines += [span_line(index, s) for s in shown]
        sources = [src for s in shown for src in span_sources(index, s)]
        sources += [s.role.source for s in current[:MAX_SHOWN]]
        return answered(
            index,
            q.question,
            "\n".join(lines),
            sources,
            entities=[person, *(s.role.organization for s in shown if s.role.organization)],
        )

    def _previously_stated(self, person: str) -> tuple[str, str] | None:
        return previously_stated(self.index, person)


def previously_stated(index: Index, person: str) -> tuple[str, str] | None:
    """A summary or fact about ``person`` saying where they were before ("previously
    …", "joined X from a national grocery distributor"), with its release id: the newest
    summary first, then their newest MAX_LIST_FACTS facts; None when none says."""
    for summary in index.summary_history(person):
        if _PREVIOUSLY.search(summary.text):
            return summary.text.strip(), summary.source
    for fact in index.facts_by_entity.get(person, [])[:MAX_LIST_FACTS]:
        if fact.about and fact.about[0] == person and _PREVIOUSLY.search(fact.text):
            return fact.text.strip(), fact.source
    return None


def career_before(index: Index, person: str, titles: Sequence[str]) -> tuple[str, str] | None:
    """A summary or fact about ``person`` (any release's, newest first) saying what they
    did before that is none of ``titles`` (the titles the roles give them): "previously
    a field ecologist at …" beside roles that list only the posts since; with its
    release id. None when every such sentence only restates a title given."""
    known = [t.casefold() for t in titles if t.strip()]
    texts = [(s.text, s.source) for s in index.summary_history(person)]
    texts += [
        (f.text, f.source)
        for f in index.facts_by_entity.get(person, [])[:MAX_LIST_FACTS]
        if f.about and f.about[0] == person
    ]
    for text, source in texts:
        found = _PREVIOUSLY.search(text)
        if found is None:
            continue
        told = text[found.start() :].casefold()
        if not any(title in told for title in known):
            return text.strip(), source
    return None
