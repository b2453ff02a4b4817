"""Yes/no questions that ask for exclusivity: "is Alibaba the only initiator of the
eWTP?", "did the WTO launch it alone?", "is X the sole sponsor of Y?".

"Only", "sole", "alone", "solely", "exclusively", "on its own", "by itself" ask whether nobody else shares the
relation. A fact that states the relation *as shared* ("one of the initiators",
"jointly launched", "together with", "co-founded") answers **no**, however well its
other words match: matching words alone read "one of the initiators" as a yes (set 11).
A fact that states the relation without saying whether it is shared gives no yes either
(``asks_exclusive`` lets the general yes/no executor hold its yes back).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.engine.qa.compose import answered_facts
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.figures import summary_statement
from bot.engine.qa.query import AnswerType, Query
from bot.kb.models import LoadedFact
from bot.search.synonyms import synonyms
from bot.search.terms import content_terms, stem
from bot.textnorm import normalize

# Words by which a question asks that nobody else shares the relation.
EXCLUSIVE_WORDS = frozenset("only sole solely alone exclusively singlehandedly".split())
_EXCLUSIVE_TERMS = frozenset(stem(w) for w in EXCLUSIVE_WORDS)
# Words by which a sentence states a relation as shared with others.
_SHARED = re.compile(
    r"\b(?:one of (?:the|its|their|several|many|two|three|four|five)|among the|jointly|"
    r"together with|along with|alongside|in partnership with|with (?:other|several)|"
    r"and other|co-?(?:found|initiat|organi[sz]|host|lead|led|chair|sponsor|launch|own)\w*)\b",
    re.IGNORECASE,
)
# Words by which a sentence states exclusivity itself.
_EXCLUSIVE_STATED = re.compile(r"\b(?:only|sole|solely|alone|exclusively)\b", re.IGNORECASE)
_OPENERS = frozenset("is are was were did does do has have".split())
# "Is X only about Y?" reads at most this many of X's facts (a large base links many).
MAX_TOPIC_FACTS = 200


# "On its own", "by itself", "single-handedly" (normalised "single handedly"): the same
# ask in several words; their words are no relation to match.
_EXCLUSIVE_PHRASE = re.compile(
    r"\b(?:on (?:its|their|his|her|our|my|your) own|by (?:itself|themselves|himself|"
    r"herself|ourselves|myself|yourself)|single handedly|unaided|without (?:any )?"
    r"(?:partners?|help|anyone else|anybody else|others))\b"
)
_PHRASE_TERMS = frozenset(
    stem(w)
    for w in "own itself themselves himself herself ourselves myself yourself single "
    "handedly unaided partner partners help anyone anybody else others".split()
)


# What may stand between two names of an enumeration, once normalised (commas go).
_LIST_GAP = re.compile(r"(?:\s|\band\b|\bthe\b|\bor\b)*")
# The id prefix of a summary read as a statement (``figures.summary_statement``).
_SUMMARY_ID = "summary:"
_CLAUSE_BREAK = re.compile(r"[;.]|,\s|\band\b")


def _clause_at(text: str, at: int) -> str:
    """The clause of ``text`` holding position ``at`` (between semicolons, sentence
    ends, commas and "and")."""
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)]
    end = _CLAUSE_BREAK.search(text, at)
    return text[(starts[-1] if starts else 0) : end.start() if end else len(text)]


def asks_exclusive(words: Iterable[str]) -> bool:
    """Whether the question's (normalised) words ask for exclusivity ("only", "sole",
    "on its own", "by itself")."""
    words = tuple(words)
    return bool(EXCLUSIVE_WORDS & set(words)) or bool(_EXCLUSIVE_PHRASE.search(" ".join(words)))


def states_exclusive(text: str) -> bool:
    """Whether a sentence itself says "only", "sole", "solely", "alone" or "exclusively"."""
    return _EXCLUSIVE_STATED.search(text) is not None


class SoleAnswers(ExecutorBase):
    def sole_claim(self, q: Query) -> Result:
        """ "**No**", with the fact, when a fact about every subject states the asked
        relation as shared; None when the question asks no exclusivity, names no
        relation beyond the subjects, or no fact states it shared."""
        if not asks_exclusive(q.words) or not q.subjects:
            return None
        if q.answer_type is not AnswerType.YES_NO and q.words[:1] and q.words[0] not in _OPENERS:
            return None
        phrase = _PHRASE_TERMS if _EXCLUSIVE_PHRASE.search(" ".join(q.words)) else frozenset()
        asked = [t for t in q.terms if t not in _EXCLUSIVE_TERMS and t not in phrase]
        if not asked:
            # "Is X only about Y?": no relation word but "about", which the links are.
            return self._sole_topic(q) if "about" in q.words else None
        subjects = set(q.subjects)
        for fact in self._sole_pool(q.subjects):
            if not subjects <= set(fact.about) or states_exclusive(fact.text):
                continue
            shared = _SHARED.search(fact.text)
            if shared is None:
                listed = self._listed_with(fact, q.subjects)
                if listed and self._states_asked(fact, asked):
                    # "The founding partners are A, B, C and D": not A alone.
                    names = ", ".join(self.index.display_name(e) for e in listed)
                    return answered_facts(
                        self.index,
                        q.question,
                        [
                            f"**No:** the release names others with it ({names}):\n{fact.text.strip()}"
                        ],
                        [fact],
                    )
                continue
            have = self._fact_terms(fact)
            if fact.id.startswith(_SUMMARY_ID):
                # A summary sets clauses side by side ("Alibaba Group is one of its
                # initiators and UNIDO supports it"): the asked word, and every subject
                # but the summary's own entity, must be in the clause stating the sharing.
                clause = _clause_at(fact.text, shared.start())
                have = frozenset(content_terms(clause))
                if not all(self._named_in(e, clause) for e in fact.about[1:]):
                    continue
            if not any(({t} | synonyms(t)) & have for t in asked):
                continue
            return answered_facts(
                self.index,
                q.question,
                [f"**No:** the release gives it as shared (“{shared[0]}”):\n{fact.text.strip()}"],
                [fact],
            )
        return None

    def _sole_topic(self, q: Query) -> Result:
        """ "**No**" for "is X only about Y?" when a fact about X links Y and other
        things of Y's kind (topics with topics): what X is about, as the release gives
        it. None with fewer than two subjects or no such fact."""
        if len(q.subjects) < 2:
            return None
        index = self.index
        thing, topics = q.subjects[0], set(q.subjects[1:])
        kinds = {index.entity(t).kind for t in topics}
        best: tuple[LoadedFact, list[str]] | None = None
        for fact in index.facts_by_entity.get(thing, [])[:MAX_TOPIC_FACTS]:
            if not topics <= set(fact.about):
                continue
            others = [
                e
                for e in dict.fromkeys(fact.about)
                if e != thing and e not in topics and index.entity(e).kind in kinds
            ]
            # The sentence giving the most other things it is about shows its scope best.
            if others and (best is None or len(others) > len(best[1])):
                best = (fact, others)
        if best is None:
            return None
        fact, others = best
        names = ", ".join(index.display_name(e) for e in others)
        return answered_facts(
            index,
            q.question,
            [f"**No:** the release gives it as about more ({names}):\n{fact.text.strip()}"],
            [fact],
        )

    def _named_in(self, entity: str, text: str) -> bool:
        """Whether a name or alias of ``entity`` is in ``text``."""
        told = f" {normalize(text)} "
        e = self.index.entity(entity)
        return any(f" {normalize(label)} " in told for label in (e.name, *e.aliases) if label)

    def _states_asked(self, fact: LoadedFact, asked: list[str]) -> bool:
        """Whether the fact has every asked word, itself or a thesaurus synonym."""
        have = self._fact_terms(fact)
        return all(({t} | synonyms(t)) & have for t in asked)

    def _listed_with(self, fact: LoadedFact, subjects: tuple[str, ...]) -> list[str]:
        """The other entities of the first subject's kind that the fact enumerates with
        it ("A, B, C and D": nothing but "and", "the" or a comma between two names in a
        run holding the subject); empty when the subject is in no such run."""
        index = self.index
        first = subjects[0]
        kind = index.entity(first).kind
        text = f" {normalize(fact.text)} "
        spans: dict[str, list[tuple[int, int]]] = {}
        for e in fact.about:
            if e != first and (e in subjects or index.entity(e).kind is not kind):
                continue
            for label in (index.entity(e).name, *index.entity(e).aliases):
                name = f" {normalize(label)} "
                at = text.find(name) if name.strip() else -1
                while at >= 0:
                    spans.setdefault(e, []).append((at, at + len(name)))
                    at = text.find(name, at + 1)
        found = sorted((start, end, e) for e, runs in spans.items() for start, end in runs)
        # Names in a run: each next one starts right after the last, past "and"/"the".
        runs: list[list[str]] = []
        last_end = -1
        for start, end, e in found:
            between = text[last_end:start] if last_end >= 0 else None
            if between is not None and _LIST_GAP.fullmatch(between):
                runs[-1].append(e)
            elif between is None or start >= last_end:
                runs.append([e])
            last_end = max(last_end, end)
        for run in runs:
            if first in run:
                return [e for e in dict.fromkeys(run) if e != first]
        return []

    def _sole_pool(self, subjects: tuple[str, ...]) -> list[LoadedFact]:
        """The first subject's facts, then each subject's dated summaries ("AGI, one of
        the two Peruvian founding members of the Network") as statements about it and
        about every other subject the summary names."""
        index = self.index
        pool = list(index.facts_by_entity.get(subjects[0], []))
        for subject in subjects:
            for summary in index.summary_history(subject):
                text = f" {normalize(summary.text)} "
                named = [
                    other
                    for other in subjects
                    if other != subject
                    and any(
                        f" {normalize(label)} " in text
                        for label in (index.entity(other).name, *index.entity(other).aliases)
                    )
                ]
                statement = summary_statement(summary)
                pool.append(statement.model_copy(update={"about": (subject, *named)}))
        return pool
