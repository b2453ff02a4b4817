"""Yes/no on an attribute a release states the contrary of: "is X run by governments?"
when a release defines X as "private sector-led".

The pairs of contrary attributes are data (``bot/vocab/contraries.txt``: public sector /
private sector, for-profit / non-profit, local / global …). The answer is "no" only
when a sentence that defines the subject (its summary, or a fact "X is a …") states the
other side and nothing of the side asked; the sentence is shown and cited. Any other
question goes on to the yes/no executor, which says the releases don't say.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.executors.explain import defining_facts
from bot.engine.qa.query import AnswerType, Query
from bot.textnorm import normalize
from bot.vocab import contraries

_BE_OPENERS = frozenset({("is",), ("are",), ("was",), ("were",)})


class Statement(NamedTuple):
    """A sentence that defines a subject, with the release that states it."""

    text: str
    source: str


def _has(text: str, phrases: frozenset[str]) -> str | None:
    """The longest of ``phrases`` found in ``text`` (normalised) as whole words."""
    padded = f" {text} "
    found = [p for p in phrases if f" {p} " in padded]
    return max(found, key=len) if found else None


def _shown(original: str, phrase: str) -> str:
    """The phrase as the release writes it, with a hyphenated word that follows
    ("private sector" in "private sector-led" gives "private sector-led")."""
    words = r"[\s\-]+".join(map(re.escape, phrase.split()))
    match = re.search(rf"\b{words}(?:-\w+)?\b", original, re.IGNORECASE)
    return match[0] if match else phrase


class ContraryAnswers(ExecutorBase):
    def contrary(self, q: Query) -> Result:
        """ "No — the releases describe X as <other side>", cited; None when the
        question asks no attribute of a pair, or no defining sentence states the
        contrary."""
        # "Is X state-run?" reads "state" as a verb of saying: the opener says yes/no.
        yes_no = q.answer_type is AnswerType.YES_NO or q.words[:1] in _BE_OPENERS
        if not yes_no or len(q.subjects) != 1:
            return None
        subject = q.subjects[0]
        named = {i for f in q.found for i in range(*f.words)}
        asked = " ".join(w for i, w in enumerate(q.words) if i not in named)
        names = self._normalised_names(subject)
        names_canonical = normalize(self.index.entity(subject).name)
        for left, right in contraries():
            for wanted, other in ((left, right), (right, left)):
                if _has(asked, wanted) is None:
                    continue
                for statement in self._statements(subject):
                    text = _strip_names(normalize(statement.text), names, names_canonical)
                    stated = _has(text, other)
                    if stated is None or _has(text, wanted) is not None:
                        continue
                    name = self.index.display_name(subject)
                    shown = _shown(statement.text, stated)
                    body = (
                        f"**No:** the releases describe {name} as {shown}.\n"
                        f"• {' '.join(statement.text.split())}"
                    )
                    return answered(
                        self.index, q.question, body, [statement.source], entities=[subject]
                    )
        return None

    def _normalised_names(self, subject: str) -> list[str]:
        """The subject's name and aliases, normalised, longest first. (Not ``_names_of``:
        on the one Executors class that would replace ExecutorBase's, which the year-range
        checks use, with lower-cased names and no guard for an unknown id.)"""
        entity = self.index.entity(subject)
        names = {normalize(n) for n in (entity.name, *entity.aliases)}
        return sorted((n for n in names if n), key=len, reverse=True)

    def _statements(self, subject: str) -> list[Statement]:
        """The subject's defining sentences: defining facts, then its summaries."""
        out = [Statement(f.text, f.source) for f in defining_facts(self.index, subject)]
        out += [Statement(s.text, s.source) for s in self.index.summary_history(subject)]
        return out


def _strip_names(text: str, names: list[str], canonical: str) -> str:
    """``text`` without the subject's own name ("Global Fund" says nothing global): its
    canonical name anywhere, and the name or alias it opens with. A descriptive alias
    elsewhere ("trilateral collaboration") stays: it states the attribute."""
    padded = f" {text} ".replace(f" {canonical} ", " ")
    for n in names:
        for opener in (f" {n} ", f" the {n} "):
            if padded.startswith(opener):
                padded = " " + padded[len(opener) :]
    return padded.strip()
