"""The organisation of a title the release names none for, inferred from the release.

A title read with no organisation ("the Permanent Secretary Mrs Jane Doe", "Jane Doe,
chief economist, said") is still held somewhere: a release names people because they
speak or act for its parties. Once every mention is read, ``infer_organisations`` gives
such a role, in order of evidence:

1. the one organisation of the person's other titles in the release ("Founder of Acme"
   beside a bare "Chairman");
2. the organisation the release writes right after the person's name ("Jane Doe at the
   Velmont Port Authority", "Jane Doe of Acme", "Jane Doe from Acme");
3. else the release's issuer: its own organisation, the publisher when that is one of
   its organisations, the organisation its lead opens with as subject, or else the lead
   paragraph's first organisation (newswire convention). This is the one place a
   release's issuer is assumed for a title, under two guards: never in a news story (the
   people it quotes speak for the parties it reports on, and its lead's subject is only
   the one it is about), and never in a joint release ("A and B today announced …",
   under its appositives and brackets), where either party may be the speaker's. (The
   organisation the release names as its own, by its page's or e-mail's publisher or as
   the one organisation of a headline that is no joint one, is its issuer whatever its
   voice, a newsroom writes of its own body in the third person; under a joint lead only
   when the page or e-mail gave that publisher.)

Each inferred organisation carries a review note saying how it was inferred, and the
role counts as assumed (a stated organisation, or the knowledge base's, replaces it).
Never for a public office held in a place (a minister, a governor), or a title the
release leaves open on purpose; a title no longer held only at the organisation the
release names as its own (a move inside it). A title the guards leave open is left for
the reviewer.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import NamedTuple

from bot.ingest.registry import DraftRole, Registry
from bot.ingest.text import about_heading
from bot.kb.models import EntityKind
from bot.textnorm import normalize

# After a name: the word that ties the person to an organisation ("at", "of", "from").
_TIED_AFTER_NAME = re.compile(r"\s*,?\s*(?:at|of|from)\s+(?:the\s+)?")
# Capitalised words joined by the short words an organisation's name holds.
_NAME_RUN = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&|the|on|[A-Z][\w&'’.-]*))*")
# The most words of an organisation's name tried after a person's name.
_MAX_NAME_WORDS = 10


class Inferred(NamedTuple):
    """A role given an inferred organisation: the person and title (as in
    ``DraftRole``), the organisation's entity id and the review note."""

    person: str
    title: str
    organisation: str
    note: str


def _organisation(registry: Registry, entity_id: str | None) -> bool:
    return (
        entity_id is not None
        and entity_id in registry.entities
        and registry.entities[entity_id].kind == EntityKind.ORGANIZATION
    )


def _other_titles_organisation(registry: Registry, person: str) -> str | None:
    """The one organisation the person's titles with one are held at, or None."""
    orgs = {r.organization for r in registry.roles if r.entity == person and r.organization}
    orgs = {o for o in orgs if _organisation(registry, o)}
    return orgs.pop() if len(orgs) == 1 else None


def _written_after_name(registry: Registry, person: str, text: str) -> str | None:
    """The one organisation the release writes right after the person's name (a full
    name or an alias), joined by "at", "of" or "from"; the longest name that is one of
    the release's organisations. None when there is none, or several."""
    entity = registry.entities[person]
    found: set[str] = set()
    for label in (entity.name, *entity.aliases):
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(label)}(?![\w'’-])", text):
            tie = _TIED_AFTER_NAME.match(text, match.end())
            run = _NAME_RUN.match(text, tie.end()) if tie else None
            if run is None:
                continue
            words = run.group(0).split()[:_MAX_NAME_WORDS]
            for size in range(len(words), 0, -1):
                org = registry.find(" ".join(words[:size]).rstrip(".,"))
                if _organisation(registry, org):
                    found.add(org or "")
                    break
    return found.pop() if len(found) == 1 else None


# Lower-case words inside an organisation's name, or joining two ("A and the B", "la
# Universidad de X y la Fundación Y"): they do not end a sentence's subject.
_SUBJECT_WORDS = frozenset(
    {"and", "of", "for", "the", "on", "y", "et", "e", "und", "de", "del", "la", "le", "du", "des"}
)


# An appositive or a bracket inside a lead's subject ("Acme, Inc. (NASDAQ: ACM), a maker
# of valves, and Kestrel …"): set aside, the subject's parties stand side by side.
_APPOSITIVE = re.compile(r"\([^()]*\)|,\s+(?:a|an|the)\s[^,]*,")


def _lead_subject_organisations(registry: Registry, lead: str) -> set[str]:
    """The organisations the subject of ``lead`` names: its words up to the first
    lower-case word that is no connector, past a dateline written in capitals and
    figures, its appositives and brackets set aside."""
    words = _APPOSITIVE.sub(" ", lead).split()
    k = next(
        (i for i, w in enumerate(words) if w[:1].islower() and w.lower() not in _SUBJECT_WORDS),
        len(words),
    )
    return {e for e in registry.mentions(" ".join(words[:k])) if _organisation(registry, e)}


def lead_issuer(registry: Registry, lead: str) -> str | None:
    """The one organisation the subject of ``lead`` (the release's first sentence of
    story) names ("Acme today announced …"), or None when the subject names none, or
    two (``joint_lead``)."""
    named = _lead_subject_organisations(registry, lead)
    return named.pop() if len(named) == 1 else None


def joint_lead(registry: Registry, lead: str) -> bool:
    """Whether the subject of ``lead`` names two organisations or more: a joint release
    ("A and B signed …", "A, a maker of valves, and B signed …") has no one issuer."""
    return len(_lead_subject_organisations(registry, lead)) > 1


def about_issuer(registry: Registry, paragraphs: Iterable[str]) -> str | None:
    """The organisation of the release's one "About X" section, or None (none, or one
    for each party of a joint release)."""
    named = {registry.find(name) for p in paragraphs if (name := about_heading(p)) is not None}
    return named.pop() if len(named) == 1 else None


def infer_organisations(
    registry: Registry,
    text: str,
    issuers: Iterable[str | None],
    *,
    skip: Collection[tuple[str, str]] = (),
    public_office: re.Pattern[str],
    news_story: bool = False,
    joint: bool = False,
    own: str | None = None,
) -> list[Inferred]:
    """Give each role of ``registry`` without an organisation the one the module doc
    infers, in place. ``text`` is the release's body, ``issuers`` the candidate entity
    ids for its issuer, surest first (None and non-organisations are passed over),
    ``skip`` the (person id, title) pairs left open on purpose, ``public_office`` the
    titles held in a place (never inferred), ``news_story`` whether the release is a
    news story and ``joint`` whether it is a joint release (either way no issuer is
    assumed), ``own`` the organisation the release names as its own (its publisher named
    as a party, or the one organisation a headline that is no joint one opens with; the
    caller passes None under a joint lead unless the page or e-mail gave the publisher):
    its issuer whatever its voice (a newsroom writes of its own body in the third
    person), also for a title no longer held. Returns what was inferred."""
    guarded = () if news_story or joint else issuers
    issuer = next((i for i in (own, *guarded) if _organisation(registry, i)), None)
    out: list[Inferred] = []
    for k, role in enumerate(registry.roles):
        if role.organization is not None or (role.entity, role.title) in skip:
            continue
        if public_office.search(role.title):
            continue  # (a public office is held in a place, not at an organisation)
        if not role.current:
            # (A title no longer held was held elsewhere, but in the release an
            # organisation issues about itself, "X, previously Head of Outreach, takes
            # over as Treasurer": a move inside it.)
            own_issuer = own
            if own_issuer is None or not _organisation(registry, own_issuer):
                continue
            registry.roles[k] = DraftRole(
                role.entity, role.title, own_issuer, role.current, role.ended
            )
            note = (
                f"'{role.entity}' ({role.title}): organisation assumed to be"
                f" {registry.entities[own_issuer].name}, which issued the release: check it"
            )
            out.append(Inferred(role.entity, role.title, own_issuer, note))
            continue
        if registry.entities[role.entity].kind != EntityKind.PERSON:
            continue
        if any(
            r.entity == role.entity
            and r.organization is not None
            and normalize(r.title) == normalize(role.title)
            for r in registry.roles
        ):
            continue  # (the same title, stated with its organisation elsewhere)
        org = _other_titles_organisation(registry, role.entity)
        why = "the organisation of their other title in the release"
        if org is None:
            org = _written_after_name(registry, role.entity, text)
            why = "the organisation the release names right after them"
        if org is None and issuer is not None:
            org, why = issuer, "the release's issuer (the release names no organisation for it)"
            if issuer == own:
                why = "which issued the release (the release names no organisation for it)"
        if org is None:
            continue
        registry.roles[k] = DraftRole(role.entity, role.title, org, role.current, role.ended)
        note = (
            f"'{role.entity}' ({role.title}): organisation assumed to be"
            f" {registry.entities[org].name}, {why}: check it"
        )
        out.append(Inferred(role.entity, role.title, org, note))
    return out
