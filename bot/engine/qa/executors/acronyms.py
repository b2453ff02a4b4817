"""What a short name stands for: "UNIDO is short for what?", "what's eWTP an
abbreviation of?", "what does AYEC stand for?".

The answer is the entity's full name, when the word asked is one of its aliases that is
an acronym or short form (not its name), cited to a release that names it. A short form
two entities share (declared with ``shared_aliases``) stands for each: all are given,
each cited to its own release, never the first one found alone.
"""

from __future__ import annotations

import re

from bot.engine.answer import Answer
from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import ExecutorBase
from bot.engine.qa.query import Query
from bot.textnorm import normalize

# "short for", "stand(s) for", "an abbreviation of / for", "acronym for", "expand".
_ASKS_EXPANSION = re.compile(
    r"\b(?:short for|stands? for|(?:an )?abbreviation (?:of|for)|abbreviated from|"
    r"(?:an )?acronym (?:of|for)|initials? (?:of|for)|spelled out|spelt out|full name|"
    r"(?:full|long|longer|complete|unabbreviated) (?:form|name|version)|longhand|"
    r"expand(?:ed)?|(?:name|names|words?|meaning) behind|acronyms?|abbreviations?|"
    r"initialisms?)\b"
)
# "The acronym of X", "X's abbreviation", "what does X go by": the short form asked.
_ASKS_SHORT = re.compile(
    r"\b(?:acronyms?|abbreviations?|abbreviated|initials|short (?:form|name)|shortened)\b"
)
# A bare "acronym" asks either way ("the name behind the acronym UNIDO", "UNIDO's
# acronym"): only the short alias typed (``short`` below) makes it an expansion.


class AcronymAnswers(ExecutorBase):
    def expansion(self, q: Query) -> Answer | None:
        """The full name of the one subject whose short alias the question uses; None when
        the question asks no expansion or names no such alias."""
        text = " ".join(q.words)
        if not (_ASKS_EXPANSION.search(text) or _ASKS_SHORT.search(text)):
            return None
        if len(q.subjects) != 1:
            return None
        subject = q.subjects[0]
        entity = self.index.entity(subject)
        name = normalize(entity.name)
        typed = f" {text} "
        short = [
            a
            for a in entity.aliases
            if len(normalize(a).split()) == 1
            and normalize(a) != name
            and f" {normalize(a)} " in typed
            and len(normalize(a)) < len(name)
        ]
        if not short:
            return self._short_form(q, subject, typed)
        sources = self.index.sources_involving(subject, limit=1) or self._declared(subject)
        if not sources:
            return None
        shared = self._owners(short[0])
        if len(shared) > 1:
            return self._each_expansion(q, short[0], shared)
        return answered(
            self.index,
            q.question,
            f"**{short[0]}** stands for **{entity.name}**.",
            sources,
            entities=[subject],
        )

    def _owners(self, alias: str) -> list[str]:
        """The entities with ``alias`` as a name or alias (not a role), in index order."""
        labels = self.index.names.exact(alias)
        return list(dict.fromkeys(x.entity_id for x in labels if x.via != "role"))

    def _each_expansion(self, q: Query, alias: str, owners: list[str]) -> Answer | None:
        index = self.index
        lines, sources = [], []
        for owner in owners:
            cited = index.sources_involving(owner, limit=1) or self._declared(owner)
            if not cited:
                continue
            entity = index.entity(owner)
            lines.append(f"• **{entity.name}**{placeholder(cited[0])}")
            sources.append(cited[0])
        if len(lines) < 2:
            return None
        head = f"**{alias}** stands for {len(lines)} names in the releases:"
        return answered(index, q.question, "\n".join([head, *lines]), sources, entities=owners)

    def _short_form(self, q: Query, subject: str, typed: str) -> Answer | None:
        """ "What is the acronym of the World Trade Organization?": the short aliases
        (one word, capitals) of the entity named in full; None when the question does not
        write its full name, asks no short form, or it has none."""
        entity = self.index.entity(subject)
        if f" {normalize(entity.name)} " not in typed or not _ASKS_SHORT.search(typed):
            return None
        short = [
            a
            for a in entity.aliases
            if len(a.split()) == 1
            and a.isascii()
            and sum(ch.isupper() for ch in a) >= 2
            and len(a) < len(entity.name)
        ]
        sources = self.index.sources_involving(subject, limit=1) or self._declared(subject)
        if not short or not sources:
            return None
        return answered(
            self.index,
            q.question,
            f"**{' / '.join(dict.fromkeys(short))}** is short for **{entity.name}**.",
            sources,
            entities=[subject],
        )
