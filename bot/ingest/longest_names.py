"""Organisations named by position, and "the longest attested form is the name".

A release writes a company in full once ("Orrin Financial and Velmont Canada have
signed …") and by its short name after ("Orrin will buy …"). Both are one entity: its
name is the fullest form the text uses, the shorter forms are its aliases.

* ``declare_candidates`` declares the organisations the name-span grammar finds by their
  position (``name_spans.org_candidates``), so the full form is known even when the
  release writes it once and the short form reads first elsewhere;
* ``longest_forms`` folds an organisation whose name is only the opening words of another
  one's into it, when what the longer one adds says the trade or the country of the same
  company ("Orrin" into "Orrin Financial", "Velmont" into "Velmont Canada", "ACME" into
  "ACME Q"), never another body ("Orrin" stays beside "Orrin Foundation", "United
  Nations" beside "United Nations Office for Ports");
* ``programmes_without_their_owner`` gives a programme named after its owner ("the
  Orrin Trust Winter Coat Drive Program") its own name as an alias ("Winter Coat Drive
  Program"), when the text writes the owner's name on its own too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from bot.ingest.name_spans import SIGNS, NameSpan, name_spans, org_candidates
from bot.ingest.names import without_legal_form_prefix
from bot.ingest.people import find_people
from bot.ingest.registry import DraftEntity, Registry, core_key
from bot.ingest.words import guess_kind, is_country, is_place
from bot.kb.models import EntityKind
from bot.textnorm import normalize
from bot.vocab import kind_heads, name_connectors, trade_heads

# The most words a longer form may add to a short one and still be the same company
# ("Orrin" + "Financial"; "Velmont" + "Life Canada" is two).
MAX_ADDED_WORDS = 2
# The fewest words a programme's own name keeps after its owner's name: "Development
# Programme" alone (of the "Orrin Nations Development Programme") names no programme.
MIN_OWN_PROGRAMME_WORDS = 3

_FOLDED_KINDS = (EntityKind.ORGANIZATION, EntityKind.INITIATIVE)


def declare_candidates(registry: Registry, sentences: Iterable[str]) -> set[str]:
    """Declare every organisation ``org_candidates`` finds in ``sentences`` that the
    registry does not know yet (people, places and countries aside), and return their
    ids."""
    sentences = list(sentences)
    attested = {span.text for sentence in sentences for span in name_spans(sentence)}
    _note_unsure(registry, sentences)
    found = [
        (
            sentence,
            [
                span
                for span in org_candidates(sentence)
                # ("Singing Pines announced" where the release also writes Singing Pines
                # Health System: the short form; the full name is read where it stands.)
                if not any(a.startswith(span.text + " ") for a in attested)
            ],
        )
        for sentence in sentences
    ]
    if not any(spans for _, spans in found):
        return set()
    # ("said Ardo Linde, director of …" then "Ardo Linde has donated": a person the
    # release introduces anywhere is no organisation where a verb makes one.)
    people = [normalize(p.name) for s in sentences for p in find_people(s, registry.acronyms())]
    declared: set[str] = set()
    for sentence, spans in found:
        if not spans:
            continue
        known = [
            e.name
            for e in registry.entities.values()
            if e.kind != EntityKind.PERSON and e.name in sentence
        ]
        for span in spans:
            name = without_legal_form_prefix(span.text)
            if any(name in k and name != k for k in known):
                continue  # inside a longer name known already
            if any(name.endswith(" " + k) for k in known):
                continue  # "Open JSC ORRINPROEKT": words before a name known already
            if registry.find(name) is not None or registry.find_person(name) is not None:
                continue
            if is_country(name) or is_place(name):
                continue
            key = f" {normalize(name)} "
            if any(f" {p} " in key or key in f" {p} " for p in people):
                continue  # "Tavi Rand has announced": a person read by position
            kind = guess_kind(name.strip(SIGNS))
            if kind not in _FOLDED_KINDS:
                kind = EntityKind.ORGANIZATION
            declared.add(registry.add(name, kind))
    return declared


def _note_unsure(registry: Registry, sentences: list[str]) -> None:
    """A review note for each name that acts as a party does but whose words do not say
    it is no person ("Dana Ruel has signed a lease"), when nothing else declares it."""
    for sentence in sentences:
        unsure: list[NameSpan] = []
        org_candidates(sentence, unsure)
        for span in unsure:
            if registry.find(span.text) is not None or registry.find_person(span.text):
                continue
            note = (
                f"{span.text!r} acts as a party does ({sentence.strip()[:80]!r}) but its words"
                " do not say whether it is a person or an organisation: check its kind, or add"
                " it as an organisation if it is one"
            )
            if note not in registry.notes:
                registry.notes.append(note)


def adds_only_trade_or_country(short: str, long: str) -> bool:
    """Whether ``long`` is ``short`` and one or two words saying the company's trade
    ("Financial"), its country ("Canada"), its legal form or a letter ("ACME Q")."""
    if not long.startswith(short + " "):
        return False
    added = long[len(short) + 1 :].split()
    if not 1 <= len(added) <= MAX_ADDED_WORDS:
        return False
    trades = trade_heads()
    connectors = name_connectors()
    for word in added:
        low = word.strip(SIGNS + ".,").lower()
        if low in connectors.joining | connectors.weak:
            return False
        if low in trades or is_country(word.strip(SIGNS + ".,")):
            continue
        if len(low) == 1 and word[:1].isupper():
            continue
        if core_key(f"{short} {word}") == core_key(short):
            continue  # a legal form: "Orrin Ltd"
        # Any other word, a head word above all, makes another body: "Orrin Foundation".
        return False
    return True


def _fold(registry: Registry, short: DraftEntity, long: DraftEntity) -> None:
    registry.roles = [
        replace(r, organization=long.id) if r.organization == short.id else r
        for r in registry.roles
    ]
    labels = [short.name, *short.aliases]
    registry.discard(short.id)
    registry.add_aliases(long, labels)


def longest_forms(registry: Registry) -> dict[str, str]:
    """Fold each new organisation whose name is the opening of exactly one other new
    organisation's, by trade or country words only, into that one. Returns the ids
    folded away -> the id they now are."""
    moved: dict[str, str] = {}
    for short in list(registry.entities.values()):
        if short.existing or short.kind not in _FOLDED_KINDS or short.id not in registry.entities:
            continue
        if is_country(short.name) or is_place(short.name):
            continue
        longer = [
            e
            for e in registry.entities.values()
            if e is not short
            and not e.existing
            and e.kind in _FOLDED_KINDS
            and adds_only_trade_or_country(short.name, e.name)
        ]
        if len(longer) != 1:
            continue
        _fold(registry, short, longer[0])
        moved[short.id] = longer[0].id
    return moved


def programmes_without_their_owner(registry: Registry, sentences: Iterable[str]) -> None:
    """Give each new programme whose name opens with a name the text also writes on its
    own (its owner: "Orrin Trust" in "Orrin Trust Winter Coat Drive Program") the rest
    of its name as an alias, when that rest has ``MIN_OWN_PROGRAMME_WORDS`` words or more,
    opens with a capitalised word and ends with a programme's head word."""
    alone = {span.text for sentence in sentences for span in name_spans(sentence)}
    heads = frozenset(w for kind, words in kind_heads() if kind == "initiative" for w in words)
    for entity in list(registry.entities.values()):
        if entity.existing or entity.kind != EntityKind.INITIATIVE:
            continue
        words = entity.name.split()
        if words[-1].lower().strip(SIGNS) not in heads:
            continue
        for k in range(1, len(words) - MIN_OWN_PROGRAMME_WORDS + 1):
            owner, own = " ".join(words[:k]), " ".join(words[k:])
            if (
                owner in alone
                and own[:1].isupper()
                and registry.find(own) is None
                # ("Bright Lanterns" for the Bright Lanterns Reading Program: its own
                # short form, no owner.)
                and registry.find(owner) != entity.id
            ):
                registry._add_aliases(entity, [own])
                break
