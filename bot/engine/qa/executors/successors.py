"""Who came after someone in a title: "who replaced LI Yong as head of UNIDO?", "who
succeeded Tomas Eklund?", "who took over from X as CEO?", "X's successor".

Decided from the roles' dates: the successor is the first other person the releases
give the same title at the same organisation after the person's first statement of it
(or in the release that marks the person's title ended). A fact that names a succession
in words ("Y succeeded X", about the title asked: ``succession_facts.py``) is the facts
path's to show, so with no such role and such a fact, this gives way; with neither, the answer is that the releases don't say, never a
guess from a fact that merely names the person. The predecessor ("who did X replace",
"who was DG before X") is ``before.py``'s; a future holder ("who will replace X") is
``relations.py``'s.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered, citations, not_found
from bot.engine.qa.executors.base import same_title_roles
from bot.engine.qa.executors.relations import FUTURE_WORDS
from bot.engine.qa.executors.role_dates import RoleDateAnswers
from bot.engine.qa.query import Query
from bot.engine.qa.succession_facts import SuccessionAsk, name_forms, states_successor
from bot.engine.qa.vocabulary import LEAVING_WORDS
from bot.kb.models import LoadedRole
from bot.search.index import RoleSpan
from bot.textnorm import normalize

# "Who replaced / succeeded X": the verb right after the question word (the reader
# reads "took over from" as "succeed from").
_AFTER_VERBS = frozenset("replaced replaces succeeded succeed succeeds followed follows".split())
_AFTER_NOUNS = frozenset(("successor", "successors"))
# "Who became / was named <title> after X?", "who followed X as …": a succession asked
# with "after <person>" (or "followed"), the verb right after the question word.
_BECAME_WORDS = frozenset(
    "became become becomes came comes was is got named appointed stepped followed follows".split()
)
_TOOK_OVER = re.compile(r"\b(?:took|taken) over from\b")
# A fact that states a succession in words: then the facts path has the answer.
SUCCESSION_TEXT = re.compile(
    r"\b(?:succeed\w*|successor|replac\w*|took over|takes over)\b", re.IGNORECASE
)


class SuccessorAnswers(RoleDateAnswers):
    def successor(self, q: Query) -> Answer | None:
        """The next holder of one person's title; None for a question of another kind,
        or one naming no one person, or a person with no title at an organisation."""
        if not _asks_successor(q) or q.time.bounded or q.quote:
            return None
        index = self.index
        person = self.one_person(q)
        if person is None:
            return None
        asked = self._asked_titles(q)
        if asked is not None and asked[3]:
            spans = asked[3]
        else:
            # No title named: the ones the person no longer holds first.
            history = index.role_history(person)
            spans = history.earlier + history.current
        spans = [s for s in spans if s.role.organization is not None]
        # "Who replaced X at O?": only the titles at the organisation named.
        orgs = {e for e in q.subjects if e != person and e not in index.person_ids}
        if orgs and any(s.role.organization in orgs for s in spans):
            spans = [s for s in spans if s.role.organization in orgs]
        if not spans:
            return None
        name = index.entity(person).name
        for span in spans:
            found = self._next_holder(person, span)
            if found is None:
                continue
            other = index.entity(found.entity).name
            text = (
                f"The next holder the releases give: **{other}** — {index.role_text(found)}.\n"
                f"{name}: {index.span_text(span)}."
            )
            return answered(
                index,
                q.question,
                text,
                [found.source, *span.sources, *self._ending_sources(person, span)],
                entities=[found.entity, person],
            )
        span = spans[0]
        entity = index.entity(person)
        ask = SuccessionAsk(
            names=name_forms(entity.name, entity.aliases),
            title=normalize(span.role.title) if asked is not None and asked[3] else None,
            other_titles=tuple(normalize(r.title) for r in index.roles_by_entity.get(person, [])),
        )
        if any(states_successor(f.text, ask) for f in index.facts_by_entity.get(person, [])):
            return None  # a release says it in words: the facts path shows that sentence
        org = index.short_name(span.role.organization or "")
        text = (
            f"The releases don't say who succeeded {name} as {span.role.title} of {org}: "
            f"they give no one else that title. They give {name} as {index.span_text(span)}."
        )
        return replace(
            not_found(q.question, text),
            citations=citations(index, [*span.sources, *self._ending_sources(person, span)]),
            entities=(person,),
        )

    def _next_holder(self, person: str, span: RoleSpan) -> LoadedRole | None:
        """The first other holder of the span's title stated after the person's first
        statement of it, or by a release that marks the person's title ended."""
        index = self.index
        first = min(span.dates)
        ending = {index.source_date(s) for s in self._ending_sources(person, span)}
        later: list[tuple[dt.date, LoadedRole]] = [
            (when, role)
            for when, role in same_title_roles(index, span.role, person)
            if role.current and (when > first or when in ending)
        ]
        return min(later, key=lambda h: h[0])[1] if later else None


def _asks_successor(q: Query) -> bool:
    """ "Who replaced X", "who succeeded X", "who took over from X", "X's successor",
    "who followed X as …", "who became <title> after X" (a person named right after
    "after"); never a future holder ("who will replace X") or a predecessor ("who did X
    replace")."""
    words = q.words
    if set(words) & FUTURE_WORDS:
        return False
    if set(words) & _AFTER_NOUNS or _TOOK_OVER.search(" ".join(words)):
        return True
    if words[:1] == ("what",) and "after" in words:
        # "What happened after X stepped down?": X left a post, and what followed in it
        # is its next holder (the roles' dates), not the sentence saying X left.
        after = words.index("after") + 1
        return any(
            m.words[0] == after
            and m.entity_id in q.subjects
            and m.via != "role"
            and set(words[m.words[1] : m.words[1] + 1]) & LEAVING_WORDS
            for m in q.found
        )
    if len(words) < 2 or words[0] not in ("who", "whom"):
        return False
    if words[1] in _AFTER_VERBS:
        return True
    if words[1] not in _BECAME_WORDS or "after" not in words:
        return False
    after = words.index("after") + 1
    return any(
        m.words[0] == after and m.entity_id in q.subjects and m.via != "role" for m in q.found
    )
