"""Who used to run an organisation: "who used to run the alliance?", "who formerly led
X?", "who headed X previously?".

The answer is the earlier holders of its top title, with their dates (issue 12: what
was true when), then who holds it now. The top title is the first of ``_TOP_TITLES``
that a stated title at the organisation holds ("Executive Director" before "Chair of
the Board": running an organisation is its executive's job); an earlier holder is one
whose title there ended or was superseded by a later release (``Index.role_history``).
None when the question is not of this shape or the releases name no earlier holder, so
that the role executors answer it.
"""

from __future__ import annotations

from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.query import Query
from bot.engine.qa.vocabulary import LEADER_WORDS
from bot.search.index import RoleSpan
from bot.textnorm import normalize, phrase_starts

# Words putting the question in the past: "used to", "formerly", "previously".
_PAST = frozenset("used formerly previously once earlier before".split())
# Titles that run an organisation, most executive first (each as its words).
_TOP_TITLES = tuple(
    tuple(t.split())
    for t in (
        "director general",
        "chief executive",
        "ceo",
        "executive director",
        "managing director",
        "secretary general",
        "president",
        "director",
        "head",
        "chairman",
        "chairwoman",
        "chair",
        # A ministry's, a university's, a school's, a city's, a state's top job
        # (``vocabulary.LEADER_TITLE_WORDS``).
        "minister",
        "rector",
        "principal",
        "mayor",
        "governor",
    )
)
MAX_SHOWN = 4


def _top_rank(title: str) -> int | None:
    """The rank of a title in ``_TOP_TITLES`` (0 is the most executive), or None. A
    deputy's or a vice's title runs nothing."""
    words = normalize(title).split()
    if set(words) & {"deputy", "vice", "assistant", "acting"}:
        return None
    for rank, top in enumerate(_TOP_TITLES):
        if phrase_starts(words, top):
            return rank
    return None


class FormerHeadAnswers(ExecutorBase):
    def former_heads(self, q: Query) -> Result:
        """The earlier holders of an organisation's top title, newest first, then the
        holder now; None for another question."""
        words = set(q.words)
        if q.quote or q.meta or q.words[:1] != ("who",):
            return None
        if not words & LEADER_WORDS or not words & _PAST:
            return None
        if "used" in words and "to" not in words:
            return None
        index = self.index
        if any(e in index.person_ids for e in q.subjects):
            return None  # "who ran X before Y?": the holder before someone (before.py)
        org = self.one_employer(q)
        if org is None:
            return None
        spans: list[tuple[int, RoleSpan, bool]] = []
        for person in index.people_by_org.get(org, []):
            history = index.role_history(person)
            for span in history.current + history.earlier:
                rank = _top_rank(span.role.title)
                if span.role.organization == org and rank is not None:
                    spans.append((rank, span, span in history.current))
        if not spans:
            return None
        top = min(rank for rank, _, _ in spans)
        former = [s for rank, s, now in spans if rank == top and not now]
        current = [s for rank, s, now in spans if rank == top and now]
        if not former:
            return None
        former.sort(key=lambda s: max(s.dates), reverse=True)
        lines = [
            f"• **{index.entity(s.role.entity).name}** — {index.span_text(s)}"
            f"{placeholder(*s.sources[:1])}"
            for s in former[:MAX_SHOWN]
        ]
        text = f"**Earlier** ({former[0].role.title}, {index.short_name(org)}):\n" + "\n".join(
            lines
        )
        if current:
            text += "\n**Now:** " + "; ".join(
                f"**{index.entity(s.role.entity).name}** — {index.span_text(s)}"
                f"{placeholder(*s.sources[:1])}"
                for s in current[:MAX_SHOWN]
            )
        shown = [*former[:MAX_SHOWN], *current[:MAX_SHOWN]]
        return answered(
            index,
            q.question,
            text,
            [s.sources[0] for s in shown],
            entities=[org, *(s.role.entity for s in shown)],
        )
