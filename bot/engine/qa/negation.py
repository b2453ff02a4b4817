"""Polarity: whether a sentence denies what a yes/no question asks.

"Did the Alliance receive public money in 2017?" against "The Alliance … receives no
public money" is a **no**, however well the words match: the sentence puts a negator
("no", "not", "never", "without", "nor") right before the question's own words. Matching
words alone (BM25, the year check) reads the sentence as a yes, the worst kind of wrong
answer (issue 10, hunt A7).

The rule, over normalised words:
- the question itself denies nothing (a negated question, "does X receive no …", is
  left to the general yes/no executor);
- the sentence has most of the question's content words, themselves or a thesaurus
  synonym (``MIN_SHARED``), so it speaks to the question's point;
- one of those words lies in a negator's scope: the words after it, up to the end of
  the clause and at most ``NEGATION_SCOPE`` of them ("receives no public money", "is
  not a member of", "not by governments"), and the sentence does not affirm the word
  itself elsewhere ("funded by its makers and takes no money from the city" denies no
  funding);
- the negator denies the sentence's own verb, not a noun phrase inside it: a negator
  of a noun ("no", "without" …) ends at the phrase's end, before a preposition that
  places or times the verb ("trains midwives without formal licences *in* remote
  districts" denies no training in remote districts), and a negator inside a relative
  clause that qualifies a noun ("supports farmers *who* no longer grow tobacco") denies
  nothing of the subject, unless the clause defines the subject ("X is a charity that
  receives no public money").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import NamedTuple

from bot.engine.qa.vocabulary import RELATIVE_PRONOUNS
from bot.search.synonyms import synonyms
from bot.search.terms import index_term
from bot.textnorm import normalize

# Words that deny what follows them. "Free of charge" or "short of" limit rather than
# deny, and are not here: they never turn a question's claim into its opposite.
NEGATORS = frozenset("no not never without nor neither none cannot".split())
# "isn't", "doesn't", "didn't" normalise to "isn t": the "t" is a "not".
_CONTRACTED = frozenset("isn aren wasn weren doesn don didn hasn haven hadn won".split())
# How many words after a negator it denies: "receives no funding from governments".
NEGATION_SCOPE = 4
# The share of the question's content words the sentence must have (itself or a synonym).
MIN_SHARED = 2 / 3
# Negators of a noun phrase rather than of a verb ("receives *no* money", "*without* a
# licence"): their scope ends with the phrase.
_NOUN_NEGATORS = frozenset("no none without nor neither".split())
# Prepositions that start a phrase placing or timing the verb, which ends a negated noun
# phrase ("without licences | in remote districts"); "of", "from", "by", "for", "to" and
# "with" may still complete it ("no funding from governments", "not a member of").
_ADJUNCT_STARTS = frozenset(
    "in at on across during within throughout into inside outside near over under after "
    "before since until".split()
)
# Links by which a relative clause's noun is the subject itself ("X is a charity that
# receives no public money").
_COPULAS = frozenset("is are was were remains remained becomes became be been".split())
# A clause ends here: the negator of one clause denies nothing in the next.
_CLAUSE_END = re.compile(r"[;:.!?]|,\s+(?:which|while|but|and|who)\b|\s+but\s+")


class Denial(NamedTuple):
    """Where a sentence denies the question's point: the negated words as written in
    the sentence (normalised), e.g. "no public money"."""

    words: str


def asks_negated(question_words: Iterable[str]) -> bool:
    """Whether the question itself denies something ("does X receive no …",
    "isn't X a member …")."""
    words = list(question_words)
    return any(w in NEGATORS for w in words) or any(
        w in _CONTRACTED and nxt == "t" for w, nxt in itertools.pairwise(words)
    )


def _alternatives(term: str) -> frozenset[str]:
    return frozenset({term}) | synonyms(term)


def denies(sentence: str, terms: Iterable[str]) -> Denial | None:
    """The denial of the question's point in ``sentence``, or None.

    ``terms``: the question's content terms beyond the names of its subjects, as the
    index stems them (``Query.terms``), light verbs ("get", "go") already left out.
    """
    asked = [t for t in dict.fromkeys(terms) if t]
    if not asked:
        return None
    sentence_terms: set[str] = set()
    clauses = [normalize(c).split() for c in _CLAUSE_END.split(sentence)]
    for words in clauses:
        sentence_terms.update(index_term(w) for w in words)
    shared = [t for t in asked if _alternatives(t) & sentence_terms]
    if len(shared) < MIN_SHARED * len(asked):
        return None
    scopes: list[tuple[list[str], int, int]] = []  # (clause words, start, end)
    for words in clauses:
        for i, w in enumerate(words):
            contracted = w == "t" and i > 0 and words[i - 1] in _CONTRACTED
            if not (w in NEGATORS or contracted) or _qualifies_a_noun(words, i):
                continue
            end = i + 1 + NEGATION_SCOPE
            if w in _NOUN_NEGATORS:
                end = next(
                    (j for j in range(i + 1, min(end, len(words))) if words[j] in _ADJUNCT_STARTS),
                    end,
                )
            scopes.append((words, i - 1 if contracted else i, end))
    if not scopes:
        return None
    # A word the sentence affirms outside every scope ("funded by its makers and takes
    # no money from the city") is not what it denies.
    affirmed: set[str] = set()
    for words in clauses:
        for j, w in enumerate(words):
            if not any(c is words and start <= j < end for c, start, end in scopes):
                affirmed.add(index_term(w))
    for words, start, end in scopes:
        scope_terms = {index_term(x) for x in words[start + 1 : end]}
        if any(_alternatives(t) & scope_terms and t not in affirmed for t in shared):
            return Denial(" ".join(words[start:end]))
    return None


def _qualifies_a_noun(words: list[str], at: int) -> bool:
    """Whether the negator at ``words[at]`` is inside a relative clause that qualifies
    a noun of its clause ("supports farmers who no longer grow tobacco"), rather than
    one opening the clause (", which receives no …": about what precedes the comma) or
    one defining the subject after a copula ("is a charity that receives no …")."""
    for j in range(at - 1, 0, -1):
        if words[j] in RELATIVE_PRONOUNS:
            return not set(words[:j]) & _COPULAS
    return False
