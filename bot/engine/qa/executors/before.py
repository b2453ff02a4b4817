"""Titles before another, from the roles' dates: "what did Lina Ma do before she joined
the academy?", "what was Jack Ma's title before he became co-founder?", "who was
Programme Director before Lina Ma?".

- **Before joining an organisation, or before a title:** the person's titles first
  given before the first release giving them at that organisation (or that title), and
  those the same release gives as already ended ("previously Director of Training").
- **Who held a title before someone:** another person's same title at the same
  organisation, first given before the person's; none gives not found, saying when the
  releases first give the person the title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.engine.answer import Answer
from bot.engine.cite import number_markers, placeholder
from bot.engine.qa.compose import answered, citations, not_found
from bot.engine.qa.executors.affiliation import span_line, span_sources
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, same_title_roles
from bot.engine.qa.executors.became import title_regex
from bot.engine.qa.executors.previous import career_before, previously_stated
from bot.engine.qa.executors.role_dates import title_fit
from bot.engine.qa.figures import summary_statement
from bot.engine.qa.leading import asks_by_verb, held_rank
from bot.engine.qa.query import Query
from bot.engine.qa.vocabulary import LEAVING_WORDS
from bot.kb.models import LoadedFact
from bot.search.index import Index, RoleSpan

MAX_SHOWN = 3


class BeforeAnswers(ExecutorBase):
    def titles_before(self, q: Query) -> Answer | None:
        """The answer to a "before" question about titles; None when the question is not
        one (no "before", a year asked, no one person)."""
        if "before" not in q.words or q.time.bounded or q.quote or q.meta:
            return None
        if q.wants == "count":
            return None  # "how many had X trained before Y became …": a figure (events.py)
        after = q.words[q.words.index("before") + 1 : q.words.index("before") + 4]
        if set(after) & LEAVING_WORDS:
            # "What did X do before he left Y?" asks for the title held when leaving, which
            # the relations read from the facts that say so (executors/relations.py).
            return None
        index = self.index
        people = [e for e in q.subjects if e in index.person_ids]
        if not people:
            return None
        asked = self._asked_titles(q)
        # "Who was Luis Ortega's title before …?": the person's own title, typed with
        # "who", not who held the title before them.
        asks_own = _asks_own_title(q, people)
        if "who" in q.words and not asks_own and asked is not None and asked[3]:
            return self._predecessor(q, asked[0], _leading_first(self.index, asked[1], asked[3]))
        if len(people) != 1 or ("who" in q.words and not asks_own):
            return None
        person = people[0]
        orgs = [e for e in q.subjects if e != person and e not in index.person_ids]
        history = index.role_history(person)
        spans = history.current + history.earlier
        if asked is not None and asked[3]:
            # "Before he became co-founder": the titles the words name best.
            words = set(asked[1])

            def fit(span: RoleSpan) -> tuple[bool, int, int]:
                return title_fit(q.question, words, span.role.title)

            best = max(fit(s) for s in asked[3])
            anchor = [s for s in asked[3] if fit(s) == best]
            label = index.role_text(anchor[0].role, with_date=False)
        elif orgs:
            anchor = [s for s in spans if s.role.organization == orgs[0]]
            label = index.short_name(orgs[0])
        else:
            return None
        if not anchor:
            return None
        since = min(d for s in anchor for d in s.dates)
        earlier = [
            s
            for s in spans
            if s not in anchor and (min(s.dates) < since or (min(s.dates) == since and s.ended))
        ]
        name = index.entity(person).name
        stated = (
            None
            if earlier
            # A sentence telling a career the titles do not give, before one that only
            # restates a title ("previously its Wetland Officer").
            else career_before(index, person, [s.role.title for s in spans])
            or previously_stated(index, person)
        )
        if stated is not None:
            # No earlier title, but a sentence says where they came from ("joined as
            # COO from a national grocery distributor"): that is the answer.
            return answered(
                index,
                q.question,
                f"**Before {label}**, the releases say: {stated[0]}",
                [stated[1]],
                entities=[person],
            )
        if not earlier:
            return _unsaid(
                index,
                q,
                f"The releases give {name} no title before {label}, which they first give "
                f"as of {since.isoformat()}{placeholder(*anchor[0].sources[-1:])}.",
                list(anchor[0].sources[-1:]),
            )
        lines = [
            f"**Before {label}** (first given as of {since.isoformat()}), the releases give "
            f"{name} as:"
        ]
        shown = earlier[:MAX_SHOWN]
        lines += [span_line(index, s) for s in shown]
        sources = [src for s in shown for src in span_sources(index, s)]
        stated = career_before(index, person, [s.role.title for s in spans])
        if stated is not None:
            # "What did X do before Bloomway?": the career before the titles the roles
            # give, as a sentence states it ("previously a field ecologist at …").
            lines.append(f"They also say: {stated[0]}{placeholder(stated[1])}")
            sources.append(stated[1])
        return answered(
            index,
            q.question,
            "\n".join(lines),
            sources,
            entities=[person, *(s.role.organization for s in shown if s.role.organization)],
        )

    def _stated_first_holder(self, person: str, title: str) -> LoadedFact | None:
        """A fact or summary about ``person`` calling them the first holder of ``title``
        ("named its first Executive Director"); None when none does."""
        pattern = re.compile(_FIRST_HOLDER + title_regex(title), re.IGNORECASE)
        stated = [summary_statement(s) for s in self.index.summary_history(person)]
        for fact in [*self.index.facts_by_entity.get(person, [])[:MAX_LIST_FACTS], *stated]:
            if pattern.search(fact.text):
                return fact
        return None

    def _predecessor(self, q: Query, person: str, spans: list[RoleSpan]) -> Answer:
        """Who held the person's title at its organisation before them."""
        index = self.index
        span = min(spans, key=lambda s: min(s.dates))
        role = span.role
        first = min(span.dates)
        name = index.entity(person).name
        title = index.role_text(role, with_date=False)
        before = [(when, r) for when, r in same_title_roles(index, role, person) if when < first]
        if not before:
            first_holder = self._stated_first_holder(person, role.title)
            if first_holder is not None:
                # "Named the first Executive Director of Coral Current": no one held it
                # before, which answers the question.
                return answered(
                    index,
                    q.question,
                    f"**No one:** the release names {name} the first {role.title}"
                    + (f" of {index.display_name(role.organization)}" if role.organization else "")
                    + f".\n"
                    f"{first_holder.text.strip()}",
                    [first_holder.source],
                    entities=[person, *([role.organization] if role.organization else [])],
                )
            return _unsaid(
                index,
                q,
                f"The releases name no one as {title} before {name}, whom they first give "
                f"as {title} as of {first.isoformat()}{placeholder(span.sources[-1])}.",
                [span.sources[-1]],
            )
        _, holder = max(before, key=lambda b: b[0])
        history = index.role_history(holder.entity)
        held = next(
            (
                s
                for s in history.current + history.earlier
                if (s.role.title.casefold(), s.role.organization)
                == (holder.title.casefold(), holder.organization)
            ),
            None,
        )
        shown = index.span_text(held) if held is not None else index.role_text(holder)
        text = (
            f"**{index.entity(holder.entity).name}** — {shown}{placeholder(holder.source)}\n"
            f"The releases first give {name} as {title} as of {first.isoformat()}"
            f"{placeholder(span.sources[-1])}."
        )
        return answered(
            index,
            q.question,
            text,
            [holder.source, span.sources[-1]],
            entities=[holder.entity, person],
        )


# Nouns of a person's post, as written after their name ("Luis Ortega's title").
_POST_NOUNS = frozenset("title titles job jobs role roles position positions post posts".split())


def _asks_own_title(q: Query, people: list[str]) -> bool:
    """Whether a noun of a post follows the one person's name ("X's title", the
    possessive's "s" normalised away): their own title is asked, whatever the question
    word."""
    if len(people) != 1:
        return False
    # By name only: a title naming its holder ("the programme director job") is no
    # possessive of theirs.
    ends = [m.words[1] for m in q.found if m.entity_id == people[0] and m.via != "role"]
    return any(q.words[end : end + 1] and q.words[end] in _POST_NOUNS for end in ends)


_FIRST_HOLDER = r"\b(?:the|its|their|his|her|our)\s+(?:very\s+)?first\s+"


def _leading_first(
    index: Index, title_words: Sequence[str], spans: list[RoleSpan]
) -> list[RoleSpan]:
    """The spans a predecessor is sought for: asked with a verb of running ("who ran X
    before Y?"), the person's leading titles (``leading.py``), when they have one, since
    their first title there may be a lesser one ("Director of Programmes" before
    "President"); otherwise every span the words name."""
    if not asks_by_verb(title_words):
        return spans
    best = max((held_rank(index, s.role) for s in spans), default=0)
    if best == 0:
        return spans
    return [s for s in spans if held_rank(index, s.role) == best]


def _unsaid(index: Index, q: Query, text: str, sources: Sequence[str]) -> Answer:
    """Not found, citing the releases whose titles are shown."""
    text, numbered = number_markers(text, force=len(set(sources)) > 1)
    return replace(
        not_found(q.question, text),
        citations=citations(index, numbered or sources),
        entities=tuple(q.subjects),
    )
