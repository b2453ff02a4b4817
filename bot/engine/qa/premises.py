"""False premises a release corrects: "why did X pull out of Y?" when a release says X
renewed its support, "why was P fired?" when one says P retired.

A premise nothing states and nothing contradicts stays not found ("the releases don't
say that"); one a sentence contradicts is answered with that sentence first, as the
correction is what the releases do say. The kinds and their words are data
(``bot/vocab/premise_corrections.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.textnorm import normalize, phrase_starts
from bot.vocab import PremiseCorrection, premise_corrections, word_list

# Words that open a relative clause, whose doer is the party before it ("A, who
# retired"): bot/vocab/relative_pronouns.txt.
_RELATIVES = word_list("relative_pronouns")


@dataclass(frozen=True, eq=False)
class Names:
    """One party's name forms, normalised ("tomasz wieczorek", "wieczorek"); compared
    by identity, as two parties may share a form."""

    forms: tuple[str, ...]


def premise_asked(words: Sequence[str]) -> PremiseCorrection | None:
    """The kind of premise a question's normalised ``words`` state ("pull out",
    "fired"), the first in the file's order; None when they state none."""
    for kind in premise_corrections():
        if any(phrase_starts(words, phrase) for phrase in kind.premise):
            return kind
    return None


def corrects(text: str, kind: PremiseCorrection, subject: Names, others: Sequence[Names]) -> bool:
    """Whether a sentence contradicts a premise of ``kind`` about ``subject`` ("has
    renewed its support", "retired as Director"): one of its correcting phrases, as whole
    words, whose doer is the subject (``doer``). ``subject`` and ``others`` (the other
    parties the sentence is about) are normalised name forms. "B became Chair, succeeding
    A, who retired" corrects "why was A fired?", never "why was B fired?"."""
    chunks = clauses(text)
    for at, chunk in enumerate(chunks):
        words = chunk.split()
        for phrase in kind.corrected_by:
            for i in phrase_starts(words, phrase):
                if doer(chunks, at, i, subject, others) is subject:
                    return True
    return False


# Marks that end a clause: a relative clause ("…, who retired") or an aside ("A, Chair
# since 2016, stepped down") stands between them.
_CLAUSE_MARKS = re.compile(r"[,;:()\u2013\u2014]|\s-\s")
# A quotation's words are its speaker's, not the release's: "renewed" in a quote or
# "added" after one ("…,” added Jane Doe) is not the narration's verb.
_QUOTED = re.compile(r"[\u201c\"][^\u201d\"]*[\u201d\"]")


def clauses(text: str) -> list[str]:
    """A sentence's clauses in order, normalised, quotations left out."""
    bare = _QUOTED.sub(" ", text)
    return [normalize(c) for c in _CLAUSE_MARKS.split(bare)]


def doer(
    chunks: Sequence[str], at: int, start: int, subject: Names, others: Sequence[Names]
) -> Names | None:
    """Who does the verb at word ``start`` of clause ``at``: the party named nearest
    before it in its clause ("A retired", "X said A retired"); for a relative clause
    with none ("…, who retired"), the party that ends the clause before (its
    antecedent); else the party named last before it in the sentence ("A, Chair since
    2016, stepped down"). None when no party of ``subject`` and ``others`` is there: a
    name the sentence gives that is no party's (a person with no record) may be the
    doer, so no party is assumed."""
    parties = [subject, *others]
    words = chunks[at].split()[:start]
    named = _last_named(words, parties)
    if named is not None:
        return named[0]
    if words[:1] and words[0] in _RELATIVES:
        before = chunks[at - 1].split() if at else []
        named = _last_named(before, parties)
        return named[0] if named is not None and named[1] == len(before) else None
    for chunk in reversed(chunks[:at]):
        named = _last_named(chunk.split(), parties)
        if named is not None:
            return named[0]
    return None


def _last_named(words: Sequence[str], parties: Sequence[Names]) -> tuple[Names, int] | None:
    """The party whose name form ends last in ``words``, and where it ends (the word
    after it); None when none is named. A longer form wins a tie ("jane doe" over
    "doe")."""
    best: tuple[int, int, Names] | None = None
    for party in parties:
        for form in party.forms:
            phrase = form.split()
            n = len(phrase)
            for i in range(len(words) - n, -1, -1):
                if tuple(words[i : i + n]) == tuple(phrase):
                    key = (i + n, n, party)
                    if best is None or key[:2] > best[:2]:
                        best = key
                    break
    return None if best is None else (best[2], best[0])
