"""Facts: one per narrative sentence, linked to the entities it mentions.

Sentences that carry a speech quote are left to the quotes; sentences that name no
entity are kept only when they open with a pronoun ("It achieved ..."), which then
points at the previous fact's main entity, and are dropped otherwise.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from bot.ingest.dates import MONTH, find_date, month_number
from bot.ingest.entities import Registry
from bot.ingest.parties import shared_head_names
from bot.kb.models import EntityKind

_PRONOUN_START = re.compile(
    r"^(?:it|its|they|their|he|she|his|her|this|these|the (?:company|organi[sz]ation|initiative|platform|group|firm|partnership|agreement|meeting))\b",
    re.IGNORECASE,
)
_PLURAL_START = re.compile(
    r"^(?:the two(?: \w+)?|both(?: \w+)?|they|their|the partners|the parties)\b", re.IGNORECASE
)
_DEFINITE_START = re.compile(r"^the\s+[a-z]", re.IGNORECASE)
# "The consortium will …", "The new university plans …": the noun that heads a definite
# subject (one adjective allowed before it).
_DEFINITE_HEAD = re.compile(r"^the\s+(?P<first>[a-z]+)(?:\s+(?P<second>[a-z]+))?\b", re.IGNORECASE)
# One adverb and its comma before a statement's subject ("Citywide, it will …").
_ONE_ADVERB = re.compile(r"^[A-Z][a-z]+,\s+")
_PERSONAL_START = re.compile(r"^(?:he|she|his|her)\b", re.IGNORECASE)
_WEEKDAY = re.compile(
    r"\b(?:today|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\b(?:met|meets) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_YEAR_START = re.compile(
    r"^(?:in|since|during|by)\s+(?:early |late |mid-)?(\d{4})\b", re.IGNORECASE
)

# "entered service in August 2022", "In March 2021, ...": a month the sentence says the
# event happened in. Only after "in" (or opening the sentence): "by June 2025" and
# "until June 2022" bound a span or set a deadline, they do not date the statement.
_MONTH_YEAR = re.compile(
    rf"(?:^|\bin\s+(?:early\s+|late\s+|mid-)?)(?P<month>{MONTH})\s+(?P<year>(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
# Today's report of something ("..., according to a report published today", "...,
# Acme announced today"): the verb of reporting, not of what happened.
_REPORTED_TODAY = re.compile(
    r"\b(?:announced|said|published|released|reported|stated|confirmed|revealed)\s+today\b",
    re.IGNORECASE,
)
# A year the statement happened in ("in 2024", "in early 2023"); "since 2019" is a span.
_IN_YEAR = re.compile(r"(?<!since )\bin\s+(?:early\s+|late\s+|mid-)?((?:19|20)\d{2})\b")
# A plan or a goal is not dated by the month it names: "will open in May 2026" says
# nothing about when the statement became true, and a timeline would show a future line.
_PLANNED = re.compile(
    r"\b(?:will|shall|would|expect(?:s|ed)?|plan(?:s|ned)?|aim(?:s|ed)?|intends?|scheduled"
    r"|due to|is to|are to|target(?:s|ed)?)\b",
    re.IGNORECASE,
)


def _month_date(sentence: str) -> str | None:
    """ "2022-08" for "... entered service in August 2022.", or None (see ``_MONTH_YEAR``)."""
    if _PLANNED.search(sentence):
        return None
    found = {
        f"{m.group('year')}-{month_number(m.group('month')):02d}"
        for m in _MONTH_YEAR.finditer(sentence)
        # "May 2023" opening a sentence is a date; "may" inside one is a verb.
        if m.group("month").casefold() != "may" or m.group("month")[0] == "M"
    }
    # Two months in one sentence: which one dates it is a reviewer's call.
    return found.pop() if len(found) == 1 else None


@dataclass(frozen=True, slots=True)
class FoundFact:
    text: str
    about: tuple[str, ...]
    date: str | None


def fact_date(sentence: str, release_date: dt.date | None) -> str | None:
    """The date a statement is about, when the sentence says so."""
    found = find_date(sentence)
    if found is not None and found.date is not None:
        return found.date.isoformat()
    month = _month_date(sentence)
    if month is not None:
        return month
    year = _YEAR_START.match(sentence)
    if year and not _PLANNED.search(sentence):
        return year.group(1)
    if (
        release_date is not None
        and _REPORTED_TODAY.search(sentence)
        and not _PLANNED.search(sentence)
    ):
        # "X diverted 6,300 tonnes in 2024, according to a report published today": the
        # report is today's, what it reports happened in the one earlier year it names.
        years = {int(y) for y in _IN_YEAR.findall(sentence)}
        if len(years) == 1 and (year := years.pop()) < release_date.year:
            return str(year)
    if release_date is not None and _WEEKDAY.search(sentence):
        return release_date.isoformat()
    return None


def is_statement(sentence: str) -> bool:
    """A full sentence, not a heading ("About Acme") or a stray fragment."""
    words = sentence.split()
    if len(words) < 5 or not re.search(r"[a-z]", sentence) or re.match(r"About\s", sentence):
        return False
    return bool(re.search(r"[.!?\"'”’)]$", sentence)) or len(words) >= 12


def _head_noun(name: str) -> str:
    """ "Kestrel Maritime University" -> "university"; "University of Tarrow" ->
    "university": the word a definite description of the entity would use."""
    before_of = re.split(r"\s+(?:of|for|on)\s+", name, maxsplit=1)[0]
    words = re.findall(r"[A-Za-z]+", before_of)
    return words[-1].casefold() if words else ""


# Nouns a release calls its programme by ("the programme now serves …", "the pilot"):
# they describe the release's one programme even when its name holds none of them
# ("Kitchen to Soil").
_PROGRAMME_NOUNS = {"programme", "program", "pilot", "initiative", "scheme", "project", "campaign"}


def _fitting(head: str, registry: Registry) -> list[str]:
    """The non-person entities of the release whose name ``head`` (a noun, case-folded)
    describes: its head noun, or, for a programme noun that no name has, the release's
    one programme."""
    fits = [
        e.id
        for e in registry.entities.values()
        if e.kind != EntityKind.PERSON and _head_noun(e.name) == head
    ]
    if fits or head not in _PROGRAMME_NOUNS:
        return fits
    programmes = [e.id for e in registry.entities.values() if e.kind == EntityKind.INITIATIVE]
    return programmes if len(programmes) == 1 else []


class _Described(NamedTuple):
    """A definite subject's opening words ("The consortium", "The new university"), the
    non-person entities of the release it may describe, and whether a capitalised
    modifier names the one meant ("The Velmont government", "The Acme Foundation"),
    which then points back to nothing."""

    opening: str
    fits: list[str]
    named: bool = False


def _described(text: str, registry: Registry) -> _Described:
    """The definite subject of ``text`` and the entities its head noun describes;
    ("", []) when none fits."""
    match = _DEFINITE_HEAD.match(text)
    if match is None:
        return _Described("", [])
    named = text[match.start("first") :]
    if any(
        len(e.name.split()) > 1 and named.startswith(e.name)
        for e in registry.entities.values()
        if e.kind != EntityKind.PERSON
    ):
        # "The Coast and Canal Initiative and the Ministry …": the subject is named in
        # full, so its first word is no head noun describing another entity ("Coast").
        return _Described("", [])
    # "The university plans …" (the noun first) or "The new university …" (after one
    # adjective): the first reading that fits an entity.
    for head, opening, modifier in ((match["first"], 2, ""), (match["second"], 3, match["first"])):
        fits = [registry.entities[e] for e in _fitting(head.casefold(), registry)] if head else []
        named = modifier[:1].isupper()
        if named:
            # "The Kenyan government", "The Orrin government": a capitalised modifier says
            # which one, so only an entity whose name has that word fits (never the
            # release's one other government).
            fits = [e for e in fits if modifier.casefold() in e.name.casefold().split()]
        if fits:
            return _Described(" ".join(text.split()[:opening]), [e.id for e in fits], named)
    return _Described("", [])


_COUNTS = {"two": 2, "three": 3, "four": 4, "both": 2}
# "the network", "the network's running costs", "the two hospitals": a definite
# description inside a sentence (lower case: "the Network Fund" is a name).
# (Or capitalised, as a release writes its own short names, when no capitalised word
# follows: "the Fund's Programme Officer", "the City's Head of Waste Services".)
_DEFINITE_INSIDE = re.compile(
    r"(?<![\w-])the\s+(?:(?P<count>two|three|four|both)\s+)?"
    r"(?P<head>[a-z]{3,}|[A-Z][a-z]{2,}(?=(?:'s|’s)?(?![\w-])(?!\s+[A-Z])|(?:'s|’s)))"
    r"(?:'s|’s)?(?![\w-])"
)


def described_inside(text: str, registry: Registry) -> list[str]:
    """The entities definite descriptions inside ``text`` fit ("the network" when the
    release has one network, "the two hospitals" when it has exactly two), in order: a
    singular head fits only when exactly one non-person entity of the release has it as
    its head noun, a counted plural only when exactly that many do."""
    found: list[str] = []
    for match in _DEFINITE_INSIDE.finditer(text):
        head, count = match["head"].casefold(), _COUNTS.get(match["count"] or "", 1)
        if count > 1:
            if not head.endswith("s"):
                continue
            head = head[:-3] + "y" if head.endswith("ies") else head[:-1]
        fits = _fitting(head, registry)
        if len(fits) == count:
            found += [e for e in fits if e not in found]
    return found


def definite_subject(text: str, registry: Registry) -> str | None:
    """The one non-person entity of the release whose name a definite subject ("The
    consortium will …", "The university plans …") describes by its head noun; None when
    the sentence does not open so, or no entity or several fit."""
    fits = _described(text, registry).fits
    return fits[0] if len(fits) == 1 else None


@dataclass(frozen=True, slots=True)
class PointingStart:
    """A statement's subject that points back instead of naming it: its opening words
    ("It", "She", "The consortium") and, for a definite description, the entity ids it
    may describe (empty for a pronoun: the fact's first entity is the guess)."""

    opening: str
    described: tuple[str, ...] = ()


def pointing_start(text: str, registry: Registry) -> PointingStart | None:
    """The subject of a statement when it points back ("It", "She", "The consortium" when
    an entity of the release is a consortium), for the reviewer to replace with the name;
    None when the subject is named."""
    match = _PRONOUN_START.match(text) or _PERSONAL_START.match(text)
    if match is not None:
        return PointingStart(match.group(0))
    described = _described(text, registry)
    if not described.opening or described.named:
        return None  # none, or named by its own words ("The Acme Foundation will …")
    return PointingStart(described.opening, tuple(described.fits))


# "him", or "her" not followed by a noun ("succeeded her as Chief Executive", "thanked
# her."): an object pronoun. Its person is outside the sentence when the sentence names at
# most one person, who is then its subject (a clause's object pronoun never means its own
# subject: "Ann Lee succeeded her" is never Ann Lee).
_OBJECT_PRONOUN = re.compile(
    r"\b(?:him|her(?=\s*(?:[,.;:)]|$|\s+(?:as|in|at|to|on|for|with|from|by|and|or|when|after"
    r"|before|since|until)\b)))\b",
    re.IGNORECASE,
)


def outside_pronoun(text: str, registry: Registry, about: tuple[str, ...]) -> str | None:
    """The object pronoun ("her", "him") of a statement whose person is named elsewhere,
    for the reviewer to replace with the name; None when there is none, or when two or more
    people are named in the statement (it then most likely means one of them)."""
    match = _OBJECT_PRONOUN.search(text)
    if match is None:
        return None
    people = [
        e
        for e in about
        if e in registry.entities and registry.entities[e].kind == EntityKind.PERSON
    ]
    return match.group(0) if len(people) <= 1 else None


def fact_for(
    sentence: str,
    registry: Registry,
    previous: FoundFact | None,
    release_date: dt.date | None,
    parties: tuple[str, ...] = (),
) -> FoundFact | None:
    """The fact a narrative sentence states, or None when it is no statement or names
    nothing. ``parties`` are the release's main parties, for "The two …" and "Both …"."""
    text = sentence.strip()
    if not is_statement(text):
        return None
    about = registry.mentions(text)
    # "the Harrowgate and St Brennan's hospitals": each hospital, though neither full
    # name is written.
    for _match, names in shared_head_names(text, registry):
        about += [e for e in map(registry.find, names) if e is not None and e not in about]
    # "… to fund the network's running costs": the release's one network, though the
    # sentence names it only by its head noun.
    about += [e for e in described_inside(text, registry) if e not in about]
    # "It achieved ..." is about what the previous statement was about; so, failing any
    # name, is "The study is expected ..." (a definite noun phrase pointing back).
    # ("Citywide, it will reach …": one adverb before the pronoun.)
    points_back = (
        _PRONOUN_START.match(text)
        or _PRONOUN_START.match(_ONE_ADVERB.sub("", text))
        or (not about and _DEFINITE_START.match(text))
    )
    plural = _PLURAL_START.match(text)
    described = definite_subject(text, registry)
    if described is not None:
        # "The consortium will pool …": the release's one consortium is the subject,
        # whatever else the sentence names (and whatever the previous one was about).
        about = [described, *(e for e in about if e != described)]
    elif _PERSONAL_START.match(text) and previous is not None:
        # "She previously served as …": a person, the one the previous statement named
        # first; failing one, the sentence stays about what it names (and is flagged).
        person = next(
            (e for e in previous.about if registry.entities[e].kind == EntityKind.PERSON), None
        )
        if person is not None:
            about = [person, *(e for e in about if e != person)]
    elif plural and (len(parties) >= 2 or previous is not None):
        # "The two will pilot …", "Both will …": the release's parties (or, failing
        # two of them, every party of the previous statement).
        group = parties if len(parties) >= 2 else previous.about if previous else ()
        about = [*group, *(e for e in about if e not in group)]
    elif (
        previous is not None
        and points_back
        and not _PRONOUN_START.match(text)
        and registry.entities[previous.about[0]].kind == EntityKind.PERSON
        and parties
    ):
        # ("The compost produced in 2020 was spread …" after a sentence about a person:
        # a thing, which is the release's, not that person's.)
        about = [*parties, *(e for e in about if e not in parties)]
    elif previous is not None and points_back and previous.about[0] not in about:
        about = [previous.about[0], *about]
    if not about:
        return None
    return FoundFact(text=text, about=tuple(about), date=fact_date(text, release_date))
