"""Telling namesakes apart by what the question says of them.

"Which DTA gave the academy fifteen million dollars?" names one of two organisations
called DTA. The question's other words ("gave", "fifteen million", "money") are what
the releases state of one of them: the Development Trust for Africa's own facts speak
of a US$15 million grant, the Digital Trade Alliance's of nothing of the kind. Each
namesake gets the weight (idf, synonyms at a discount) of the question's words that
its own statements use; one settles the name when it alone has clear evidence, else
the name stays ambiguous (nothing tells them apart: "when was the DTA founded?" is
stated of both).

A namesake's own statements are its summary, names and the facts about it that name
no other namesake: a fact that names both ("A is not related to B") tells neither
apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.engine.qa.vocabulary import NUMBER_WORDS
from bot.kb.models import LoadedFact
from bot.search.index import Index
from bot.search.synonyms import synonyms
from bot.search.terms import content_terms
from bot.textnorm import normalize

# The settling namesake's evidence must be at least this many times the runner-up's.
EVIDENCE_RATIO = 2.0
# ...and at least this share of the question's weight (one word of several).
MIN_EVIDENCE_SHARE = 0.2
# A synonym counts at this share of the word it stands for (as the retriever's do).
SYNONYM_SHARE = 0.8
# Reading at most this many facts per namesake keeps a hub entity cheap.
MAX_OWN_FACTS = 300
# Number words a question spells out ("fifteen million") are the figures releases print.
_NUMBER_OF = {word: str(n) for n, word in enumerate(NUMBER_WORDS)}


# "$15m", "6bn", "500k": a sum in the short form chat uses, as releases print it.
_SHORT_SUM = re.compile(r"^(\d+(?:\.\d+)?)(m|mn|bn|b|k)$")
_SCALE = {"m": "million", "mn": "million", "bn": "billion", "b": "billion", "k": "thousand"}


def _spelled_sum(word: str) -> str:
    match = _SHORT_SUM.match(word)
    return f"{match[1]} {_SCALE[match[2]]}" if match else word


def question_terms(words: Iterable[str]) -> list[str]:
    """Content terms of ``words``, number words as digits ("fifteen" -> "15") and short
    sums in full ("15m" -> "15 million")."""
    return content_terms(" ".join(_spelled_sum(_NUMBER_OF.get(w, w)) for w in words))


def term_weights(index: Index, terms: Iterable[str]) -> dict[str, float]:
    """Each question term's weight: its idf, or for a word no release uses, its best
    known synonym's ("money" by "grant", "fund"); terms with neither are left out."""
    weights = {}
    for term in dict.fromkeys(terms):
        known = [term] if index.terms.known(term) else sorted(_related(term))
        idf = max((index.terms.idf(t) for t in known if index.terms.known(t)), default=0.0)
        if idf > 0:
            weights[term] = idf
    return weights


def evidence(weights: dict[str, float], have: frozenset[str]) -> float:
    """How much of the weighted question ``have`` (a text's terms) states: a term in
    full, else through a synonym at SYNONYM_SHARE."""
    got = 0.0
    for term, weight in weights.items():
        if term in have:
            got += weight
        elif _related(term) & have:
            got += weight * SYNONYM_SHARE
    return got


def _related(term: str) -> frozenset[str]:
    """A term's thesaurus synonyms and the stems of its agent noun: what "makes
    sensors" says, a release writes "a maker of sensors" ("supplies": "supplier",
    "runs": "runner"); English forms it with -er (-r after e, a doubled consonant after
    a short one)."""
    agents = {f"{term}r" if term.endswith("e") else f"{term}er"}
    if len(term) >= 3 and term[-1] not in "aeiouwy" and term[-2] in "aeiou":
        agents.add(f"{term}{term[-1]}er")
    return synonyms(term) | frozenset(agents)


def settle_namesake(index: Index, owners: Sequence[str], terms: Sequence[str]) -> str | None:
    """The one of ``owners`` whose own statements the question's ``terms`` fit clearly
    best (see the module's docstring), or None."""
    if len(owners) < 2 or not terms:
        return None
    weights = term_weights(index, terms)
    total = sum(weights.values())
    if total <= 0:
        return None
    scored = sorted(
        ((evidence(weights, own_terms(index, o, set(owners) - {o})), o) for o in owners),
        reverse=True,
    )
    (best, owner), (second, _) = scored[0], scored[1]
    if best < MIN_EVIDENCE_SHARE * total or best < EVIDENCE_RATIO * second:
        return None
    return owner


def own_facts(index: Index, owner: str, others: set[str]) -> list[LoadedFact]:
    """The facts about ``owner`` that name none of ``others`` (newest first, bounded),
    and those naming others too that ``owner`` leads: the sentence opens with its name
    ("The Fabric Reuse Agency … has granted EUR 6 million to the Fibre Return
    Alliance's programme" says what the Agency did, not the Alliance)."""
    return [
        f
        for f in index.facts_by_entity.get(owner, [])[:MAX_OWN_FACTS]
        if not others.intersection(f.about) or leads(index, owner, f.text)
    ]


def leads(index: Index, owner: str, text: str) -> bool:
    """Whether ``text`` opens with ``owner``'s name or one of its aliases."""
    entity = index.entity(owner)
    opening = normalize(text).removeprefix("the ")
    return any(
        opening.startswith(f"{label} ")
        for label in (normalize(n).removeprefix("the ") for n in (entity.name, *entity.aliases))
        if len(label) > 3
    )


def own_text(index: Index, fact: LoadedFact, others: set[str]) -> str:
    """What ``fact`` says of the namesake it is filed under, normalised: the whole text,
    or, when it names one of ``others`` too, the words before it ("The Trust is not
    related to the Alliance, which manages the Academy": "manages" is the Alliance's)."""
    text = f" {normalize(fact.text)} "
    cut = len(text)
    for other in others.intersection(fact.about):
        entity = index.entity(other)
        for label in (entity.name, *entity.aliases, *entity.shared_aliases):
            key = normalize(label).removeprefix("the ")
            at = text.find(f" {key} ") if len(key) > 2 else -1
            if at >= 0:
                cut = min(cut, at)
    return text[:cut].strip()


def own_terms(index: Index, owner: str, others: set[str]) -> frozenset[str]:
    """The terms of ``owner``'s summary, names and ``own_facts`` (``own_text`` of each)."""
    entity = index.entity(owner)
    texts = [normalize(t) for t in (index.current_summary(owner), entity.name, *entity.aliases)]
    texts += [own_text(index, f, others) for f in own_facts(index, owner, others)]
    return frozenset(t for text in texts for t in content_terms(text))


def namesakes_of(index: Index, word: str) -> tuple[str, ...]:
    """The entities that share ``word`` (or its singular, "DTAs") as a name or alias,
    when two or more do; titles are not names."""
    for form in dict.fromkeys((word, word[:-1] if word.endswith("s") and len(word) > 3 else word)):
        owners = tuple(
            dict.fromkeys(
                label.entity_id for label in index.names.exact(form) if label.via != "role"
            )
        )
        if len(owners) > 1:
            return owners
    return ()
