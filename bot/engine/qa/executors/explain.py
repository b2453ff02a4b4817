"""What a thing is, asked as a request: "explain X (to me) (in a line)", "X in a nutshell",
"describe X", "sum up X".

The answer is the thing's definition, never a quote about it: its newest summary (the
appositive a release gives, "Alibaba Group, the world's largest …"), then the fact that
defines it ("The eWTP is a private sector-led … initiative"), each cited to its release.
Only a question that asks nothing beyond the definition is taken: "explain why X left Y"
says more, and goes on to the other executors.
"""

from __future__ import annotations

import re

from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import MAX_LIST_FACTS, ExecutorBase, Result
from bot.engine.qa.query import AnswerType, Query
from bot.engine.qa.vocabulary import QUOTE_WORDS
from bot.kb.models import LoadedFact
from bot.search.index import Index
from bot.textnorm import normalize

# Words that ask for a definition as a request ("explain", "describe", "sum up").
_REQUEST_VERBS = frozenset(
    "explain describe summarise summarize define outline introduce characterise "
    "characterize sum recap".split()
)
# "In a nutshell", "in a line", "briefly": how short, not what about.
_BREVITY = frozenset(
    "nutshell line sentence word words brief briefly short shortly quick quickly simple "
    "simply plain plainly layman laymans terms few couple two one".split()
)
# "X in a nutshell", "give me X in one line", "what's X, briefly?": short is the ask.
_SHORT_ASKS = frozenset("nutshell line sentence briefly brief tldr".split())
# Words of such a request that say nothing about the thing itself.
_FILLER = frozenset(
    "what is are was were the a an to me us for in on of please can could would you pls "
    "up it its this that just give tell say let know s whats about".split()
)
# "X is a / X was an / X are the …": a sentence that defines its subject.
_DEFINES = r"^(?:the\s+)?{name}\s+(?:is|are|was|were|remains|has\s+been)\s+(?:a|an|the|one)\b"


class ExplainAnswers(ExecutorBase):
    def explanation(self, q: Query) -> Result:
        """The definition of the one subject asked to be explained or described in
        short; None for any other question."""
        words = set(q.words)
        # "In simple words" says how to explain, not that a quote is wanted.
        quote = q.quote and not words & QUOTE_WORDS <= _BREVITY
        if len(q.subjects) != 1 or quote or q.answer_type is AnswerType.YES_NO:
            return None
        asked = words & _REQUEST_VERBS or words & _SHORT_ASKS
        if not asked:
            return None
        subject = q.subjects[0]
        named = {w for f in q.found if f.entity_id == subject for w in q.words[slice(*f.words)]}
        rest = words - named - _REQUEST_VERBS - _BREVITY - _FILLER - _audience(q.words)
        if rest:
            return None  # "explain why X left Y": more than the definition is asked
        return self.definition_answer(q, subject)

    def definition_answer(self, q: Query, subject: str) -> Result:
        """The subject's newest summary and its defining facts, cited; None when the
        releases give neither."""
        index = self.index
        lines: list[str] = []
        sources: list[str] = []
        history = index.summary_history(subject)
        if history:
            lines.append(history[0].text.strip())
            sources.append(history[0].source)
        else:
            summary = index.entity(subject).summary.strip()
            stated = index.summary_source(subject, index.entity(subject).summary)
            declared = [stated] if stated else self._declared(subject)
            if summary and declared:
                lines.append(summary)
                sources.append(declared[0])
        for fact in defining_facts(self.index, subject)[:2]:
            lines.append(f"• {fact.text.strip()}")
            sources.append(fact.source)
        if not lines:
            return None
        return answered(
            index,
            q.question,
            "\n".join(lines),
            sources,
            entities=[subject],
            title=index.display_name(subject),
        )


# Who the explanation is for ("for a new intern", "to someone non-technical", "for my
# boss"): the reader, not the topic. A trailing "for"/"to" phrase made only of these
# words, with at least one reader noun, is dropped from what is asked.
_READERS = frozenset(
    "intern interns newcomer newcomers beginner beginners newbie newbies novice novices "
    "kid kids child children student students boss bosses manager managers team colleague "
    "colleagues client clients someone somebody anyone everyone layman laymen laypeople "
    "outsider outsiders hire hires joiner joiners starter starters grandma grandmother "
    "me us".split()
)
_READER_WORDS = frozenset(
    "a an the my our your new non nontechnical technical junior total complete who is just "
    "joined five 5 year old first day".split()
)


def _audience(words: tuple[str, ...]) -> frozenset[str]:
    """The words of a trailing "for <reader>" / "to <reader>" phrase; empty when the
    question ends otherwise ("explain X for SMEs" keeps "smes": a topic, not a reader)."""
    for i, word in enumerate(words):
        if word not in ("for", "to"):
            continue
        tail = set(words[i + 1 :])
        if tail and tail <= _READERS | _READER_WORDS and tail & _READERS:
            return frozenset(words[i:])
    return frozenset()


def defining_facts(index: Index, subject: str) -> list[LoadedFact]:
    """Facts that define the subject ("<name or alias> is a …"), newest first."""
    entity = index.entity(subject)
    names = sorted(
        {normalize(n) for n in (entity.name, *entity.aliases) if normalize(n)},
        key=len,
        reverse=True,
    )
    if not names:
        return []
    pattern = re.compile(_DEFINES.format(name="(?:" + "|".join(map(re.escape, names)) + ")"))
    return [
        fact
        for fact in index.facts_by_entity.get(subject, [])[:MAX_LIST_FACTS]
        if pattern.match(normalize(fact.text))
    ]
