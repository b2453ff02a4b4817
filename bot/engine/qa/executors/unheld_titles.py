"""A title asked of someone who never held it: "when did Lina Ma become President of the
Alliance?" when the releases give that presidency to others only.

The premise is wrong and the releases contradict it, so the answer (answered, the
correction first: docs/questions.md, "False premises") says so and names whom the
releases do give the title (with their dates), rather than a date of something else or
a bare "don't know"; the same for "when did A replace B?" when B's title went to
others (``unheld_succession``). Only a start asked ("become", "named", "made", "appointed", "since
when is …") of one person named by name, with the title and its organisation read as a
``RoleAsk`` whose holders are all other people.
"""

from __future__ import annotations

from bot.engine.answer import Answer
from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import ExecutorBase
from bot.engine.qa.executors.became import START_WORDS
from bot.engine.qa.query import Query, RoleAsk
from bot.engine.qa.subjects import Mention, role_fits
from bot.search.index import Index, title_acronyms
from bot.textnorm import normalize

# The person's own titles shown after the holders: their newest few.
MAX_OWN_TITLES = 2
# "When did A replace B?": A asked as B's successor.
_REPLACING = frozenset("replace replaced replacing succeed succeeded succeeding".split())
# The words asking when or why a title was taken.
_ASKING = frozenset("when why how".split())
# The words asking when a successor came: "why did A replace B?" asks a reason, which a
# list of B's successors does not answer.
_SUCCESSION_ASKING = frozenset("when how".split())
# "When was B replaced by A?": the passive names the one who left first.
_BY = "by"


class UnheldTitleAnswers(ExecutorBase):
    def unheld_title(self, q: Query) -> Answer | None:
        """The premise corrected, naming the title's holders, when the one person named
        never held the title asked; None for any other question."""
        words = set(q.words)
        # "Since when is X the programme director?" asks the start as well.
        started = words & START_WORDS or q.words[:2] == ("since", "when")
        if not started or not words & _ASKING or q.quote or q.meta:
            return None
        index = self.index
        people = [m for m in q.found if m.via != "role" and m.entity_id in index.person_ids]
        named = {m.entity_id for m in people}
        if len(named) != 1 or not q.role_asks:
            return None
        (person,) = named
        if any(_surname_of_holder(index, q, m) for m in people):
            # "When did Brandt become COO?" where two people are called Brandt: the one
            # holding the title may be meant, whichever the lone surname matched first.
            return None
        lines: list[tuple[str, str]] = []
        for ask in q.role_asks:
            if person in ask.holders or self._held(person, ask):
                return None
            for holder in ask.holders:
                history = index.role_history(holder)
                for span in (*history.current, *history.earlier):
                    if span.role.organization == ask.organization and _names(ask, span.role.title):
                        line = f"{index.entity(holder).name}: {index.span_text(span)}"
                        lines.append((line, span.sources[0]))
        if not lines:
            return None
        name = index.entity(person).name
        return _premise_corrected(
            self,
            q,
            person,
            f"The releases never give {name} that title.",
            lines,
            (person, *(h for a in q.role_asks for h in a.holders)),
        )

    def unheld_succession(self, q: Query) -> Answer | None:
        """ "When did A replace B (at O)?" when the releases give B's title there to
        others after B, never to A: the premise corrected, naming who they give it to
        and A's own titles; None for any other question, or when A held one of B's titles."""
        words = set(q.words)
        if not words & _REPLACING or not words & _SUCCESSION_ASKING or q.quote or q.meta:
            return None
        index = self.index
        named = sorted(
            (m for m in q.found if m.via != "role" and m.entity_id in index.person_ids),
            key=lambda m: m.words,
        )
        people = list(dict.fromkeys(m.entity_id for m in named))
        if len(people) != 2:
            return None
        newcomer, before = people
        if _passive(q.words):
            before, newcomer = newcomer, before
        orgs = {e for e in q.subjects if e not in index.person_ids}
        # B's titles there, each with the day the releases first give it to B.
        held = index.role_history(before)
        titles = [
            (span.role.title, span.role.organization, min(span.dates))
            for span in (*held.current, *held.earlier)
            if span.role.organization and (not orgs or span.role.organization in orgs)
        ]
        if not titles:
            return None
        if any(
            r.organization == org and same_title(r.title, title)
            for r in index.roles_by_entity.get(newcomer, [])
            for title, org, _ in titles
        ):
            return None
        lines: list[tuple[str, str]] = []
        for title, org, since in titles:
            assert org is not None
            for other in index.people_by_org.get(org, []):
                if other in (before, newcomer):
                    continue
                history = index.role_history(other)
                for span in (*history.current, *history.earlier):
                    # Only B's successors: a holder the releases give the title before
                    # B had it came before B, and replaced no one asked.
                    if (
                        span.role.organization == org
                        and same_title(span.role.title, title)
                        and min(span.dates) > since
                    ):
                        line = f"{index.entity(other).name}: {index.span_text(span)}"
                        lines.append((line, span.sources[0]))
        if not lines:
            return None
        name, was = index.entity(newcomer).name, index.entity(before).name
        return _premise_corrected(
            self,
            q,
            newcomer,
            f"The releases never give {name} the title {was} held.",
            lines,
            (newcomer, before),
        )

    def _held(self, person: str, ask: RoleAsk) -> bool:
        """Whether ``person`` has any title at the organisation with the words asked."""
        return any(
            role.organization == ask.organization and _names(ask, role.title)
            for role in self.index.roles_by_entity.get(person, [])
        )


def _premise_corrected(
    executor: ExecutorBase,
    q: Query,
    person: str,
    premise: str,
    holders: list[tuple[str, str]],
    entities: tuple[str, ...],
) -> Answer:
    """The answer to a title premise the releases contradict: ``premise``, then the holders the releases do
    name (``holders``: (line, source id) pairs, in order, duplicates dropped), then the
    titles they give ``person``, each line cited."""
    index = executor.index
    lines = list(dict.fromkeys(holders))
    name = index.entity(person).name
    text = f"{premise} They give it to:\n" + "\n".join(f"• {line}" for line, _ in lines)
    # What the person did hold corrects the premise ("Director of the Academy, ended
    # 2020-12-31" for one asked as its chief executive).
    history = index.role_history(person)
    own = (*history.current, *history.earlier)[:MAX_OWN_TITLES]
    if own:
        text += f"\nThey give {name} as:\n" + "\n".join(
            f"• {index.span_text(span)}" for span in own
        )
        lines += [("", span.sources[0]) for span in own]
    return answered(index, q.question, text, [source for _, source in lines], entities=entities)


def _names(ask: RoleAsk, title: str) -> bool:
    """Whether ``title`` is the one the question's words name (``subjects.role_fits``,
    as the ask's holders were found: "CEO" names a "President and Chief Executive
    Officer")."""
    return role_fits(title, ask.words)


def _passive(words: tuple[str, ...]) -> bool:
    """Whether the replacing word is passive ("was replaced by", "succeeded by"): the
    person named first is then the one replaced."""
    return any(
        w in _REPLACING and i + 1 < len(words) and words[i + 1] == _BY for i, w in enumerate(words)
    )


def same_title(a: str, b: str) -> bool:
    """Whether two titles are one post as releases write it: the same words
    (normalised), or the same initials ("Chief Executive", "Chief Executive Officer"
    and "CEO" are one title, ``title_acronyms``)."""
    na, nb = normalize(a), normalize(b)
    if na == nb:
        return True
    ia, ib = title_acronyms(a), title_acronyms(b)
    return bool(ia & ib) or na in ib or nb in ia


def _surname_of_holder(index: Index, q: Query, mention: Mention) -> bool:
    """Whether ``mention`` is a lone word of the name of someone else holding a title
    the question asks for: a surname they share."""
    if mention.words[1] - mention.words[0] != 1:
        return False
    word = q.words[mention.words[0]]
    return any(
        holder != mention.entity_id and word in normalize(index.entity(holder).name).split()
        for ask in q.role_asks
        for holder in ask.holders
    )
