"""Assemble a draft knowledge file from a release, and write it beside its verbatim text.

``build_draft`` is pure (text and knowledge base in, ``Draft`` out) so tests can run it
without touching disk; ``ingest_file`` does the file work and refuses to overwrite.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

import yaml
from pydantic import ValidationError

from bot.ingest import (
    ampersands,
    appointments,
    backrefs,
    bylines,
    coverage,
    digit_names,
    fact_times,
    founders,
    inferred_orgs,
    inner_attribution,
    joined_names,
    known_roles,
    longest_names,
    name_cuts,
    name_evidence,
    officials,
    party_lists,
    publisher,
    quote_links,
    role_orgs,
    roles,
    short_names,
    since_posts,
    title_orgs,
)
from bot.ingest.agency import acts_as_organisation
from bot.ingest.agreements import GenericDefinition, declare_agreements
from bot.ingest.clause_dates import clause_date, clause_note
from bot.ingest.dateline_country import dateline_country
from bot.ingest.deals import (
    deal_parties,
    deal_party,
    is_demonym_only,
    whole_programme,
    whole_programme_names,
)
from bot.ingest.entities import (
    ALL_HEADS,
    KIND_HEADS,
    STOPWORDS,
    DraftEntity,
    DraftRole,
    PersonRef,
    Registry,
    clean_name,
    core_key,
    find_acronyms,
    find_named_things,
    find_people,
    guess_kind,
    is_person_name,
    is_title_word,
    looks_like_acronym,
    signature,
    signature_line,
    slugify,
)
from bot.ingest.errors import IngestError
from bot.ingest.extract import Article, Hints, fetch_article, is_url, read_article
from bot.ingest.facts import (
    FoundFact,
    PointingStart,
    fact_date,
    fact_for,
    is_statement,
    outside_pronoun,
    pointing_start,
)
from bot.ingest.leading_names import leading_words_as_names
from bot.ingest.loadable import make_loadable
from bot.ingest.metadata import OFFICE_LINE, Dateline, Metadata, read_metadata, wire_name
from bot.ingest.name_spans import is_title_case
from bot.ingest.parties import (
    acronyms_of_whole_names,
    branches_of_parties,
    country_arms,
    federal_government,
    find_parties,
    government_names,
    governments_by_adjective,
    governments_by_demonym,
    headline_subject,
    lead_subject,
    level_governments,
    list_openers,
    listed_companies,
    listed_recipients,
    names_around_an_acronym,
    names_cut_at_a_field,
    names_cut_at_and,
    names_joined_by_their_acronym,
    names_split_at_their_and,
    names_with_the,
    names_with_their_campus,
    names_without_their_legal_form,
    names_without_their_year,
    parents_written_two_ways,
    programme_names,
    quoted_names,
    short_forms_without_head,
    suffixed_names,
)
from bot.ingest.partner_examples import partners_named_as_examples
from bot.ingest.person_names import titled_person, unit_in_a_title
from bot.ingest.premodifiers import rank_before
from bot.ingest.quotes import (
    OUTSIDE_OFFICE,
    FoundQuote,
    QuoteFinder,
    is_speech,
    unmarked_speech,
)
from bot.ingest.text import about_heading, quoted_spans, split_sentences
from bot.ingest.words import (
    ROMANCE_HEADS,
    country_full_name,
    is_country,
    is_generic_agreement,
    is_place,
    subdivisions_named,
)
from bot.kb.loader import KnowledgeError, load_knowledge
from bot.kb.models import (
    DATELINE_PLACEHOLDER,
    EntityKind,
    KnowledgeBase,
    KnowledgeFile,
    check_web_address,
)
from bot.textnorm import fold_for_verbatim, normalize
from bot.vocab import reporting_openers

_STOP_SLUG = {
    "the", "a", "an", "and", "of", "to", "in", "on", "for", "with", "at", "by", "from", "its",
    "new", "announces", "announce", "announced", "launches", "launch", "today", "as", "is",
}  # fmt: skip


@dataclass(slots=True)
class Draft:
    """Everything one knowledge file will say, plus notes for the reviewer."""

    source_id: str
    meta: Metadata
    text_path: str
    release_text: str
    registry: Registry
    quotes: list[tuple[str, FoundQuote, tuple[str, ...]]] = field(default_factory=list)
    facts: list[tuple[str, FoundFact]] = field(default_factory=list)
    # Summaries this release restates for entities the knowledge base already has
    # (entity id, text): its "About X" paragraph when it differs from X's newest summary.
    summaries: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # The release's web address (``source.url``), when ingest read it from a URL or a
    # saved page's canonical link.
    url: str | None = None

    @property
    def new_entities(self) -> list[DraftEntity]:
        # People first, as in the hand-written files: they are what reviewers check most.
        new = [e for e in self.registry.entities.values() if not e.existing]
        return sorted(new, key=lambda e: e.kind != EntityKind.PERSON)

    @property
    def notes(self) -> list[str]:
        """Everything the reviewer should double-check, in one list."""
        return [*self.meta.warnings, *self.warnings, *self.registry.notes]

    @property
    def reused_entities(self) -> list[DraftEntity]:
        return [e for e in self.registry.entities.values() if e.existing]

    def data(self) -> dict[str, Any]:
        """The knowledge file as plain data, in the order a reviewer reads it."""
        meta = self.meta
        source: dict[str, Any] = {
            "id": self.source_id,
            "title": _one_line(meta.title),
            "publisher": _one_line(meta.publisher or "unknown"),
            "date": meta.date,
            "dateline": _dateline(meta),
            **({"url": self.url} if self.url else {}),
            "text": self.text_path,
            "reviewed": False,
        }
        entities = []
        for e in self.new_entities:
            item: dict[str, Any] = {
                "id": e.id,
                "name": _one_line(e.name),
                "kind": str(e.kind),
                "summary": e.summary,
            }
            if e.aliases:
                item["aliases"] = [_one_line(a) for a in e.aliases]
            if e.shared_aliases:
                item["shared_aliases"] = [_one_line(a) for a in e.shared_aliases]
            entities.append(item)
        roles = []
        for role in self.registry.roles:
            item = {"entity": role.entity, "title": _one_line(role.title)}
            if role.organization:
                item["organization"] = role.organization
            if role.ended:
                item["ended"] = role.ended
            elif not role.current:
                item["current"] = False
            roles.append(item)
        quotes = []
        for qid, quote, about in self.quotes:
            entry: dict[str, Any] = {"id": qid, "speaker": quote.speaker}
            if about:
                entry["about"] = list(about)
            # "…for every partner," said X: the comma is the sentence's, not the quote's;
            # dropping it keeps the text a verbatim substring of the release.
            entry["text"] = quote.text.rstrip().removesuffix(",").rstrip()
            quotes.append(entry)
        facts = []
        for fid, fact in self.facts:
            entry = {"id": fid, "about": list(fact.about)}
            if fact.date:
                entry["date"] = fact.date
            entry["text"] = fact.text
            facts.append(entry)
        out: dict[str, Any] = {
            "source": source,
            "entities": entities,
            "roles": roles,
        }
        if self.summaries:
            out["summaries"] = [{"entity": e, "text": text} for e, text in self.summaries]
        out["quotes"] = quotes
        out["facts"] = facts
        return out

    def header(self, body_lines: list[str] | None = None, offset: int = 0) -> str:
        """The comment block above the YAML; review points carry their line numbers.

        ``body_lines`` is the YAML below the header and ``offset`` the number of lines
        before it, so "line N" is the line in the written file.
        """
        # The first line holding each whole stripped line ("id: q1") and each key
        # ("date:"), built once: a long release has thousands of notes, and scanning the
        # YAML for each made ingest quadratic in the release's length.
        first: dict[str, int] = {}
        for i, line in enumerate(body_lines or []):
            stripped = line.lstrip("- ")
            first.setdefault(stripped, i)
            key, colon, _ = stripped.partition(":")
            if colon:
                first.setdefault(key + ":", i)

        def at(needle: str | None) -> str:
            i = None if needle is None else first.get(needle.lstrip())
            return "" if i is None else f"line {offset + i + 1}: "

        lines = [
            f"DRAFT written by `partnerbot ingest` from the {self.meta.publisher or 'press'} release"
            f" of {_when(self.meta)}.",
            f"Verbatim text: {self.text_path}",
            "",
            "Before serving it, a person checks:",
            "  - source: title, publisher, date and dateline;",
            "  - quotes: every speaker (see the notes below) and that nothing was missed;",
            "  - entities: names, kinds, one-line summaries, aliases (add misspellings and",
            "    native-script names), and roles (title and organisation);",
            "  - facts: each a self-contained statement (replace 'it'/'the company' with names),",
            "    linked (about) to the right entities; delete noise;",
            "then sets `reviewed: true` under source: and runs `partnerbot check`.",
            "Until then `partnerbot check` fails and the bot does not serve this file.",
        ]
        if self.reused_entities:
            lines += [
                "",
                "Entities already in the knowledge base (referenced by id, not redeclared):",
            ]
            lines += [f"  - {e.id} ({e.name})" for e in self.reused_entities]
        if self.quotes:
            lines += ["", "How each quote's speaker was found:"]
            lines += [
                f"  - {at(f'id: {qid}')}{qid}: {q.speaker} ({q.how})" for qid, q, _ in self.quotes
            ]
        notes = self.notes
        if notes:
            lines += ["", "Please look at:"]
            item_ids = (
                {qid: i for i, (qid, _, _) in reversed(list(enumerate(self.quotes)))},
                {fid: i for i, (fid, _) in reversed(list(enumerate(self.facts)))},
            )
            lines += [f"  - {at(self._needle(note, item_ids))}{note}" for note in notes]
        # A note quotes release text, which may hold line breaks: each stays one comment
        # line, or the rest of it would be read as YAML.
        return "".join(
            f"# {line[: len(line) - len(line.lstrip(' '))]}{_one_line(line)}".rstrip() + "\n"
            for line in lines
        )

    def _needle(self, note: str, item_ids: tuple[dict[str, int], dict[str, int]]) -> str | None:
        """Where in the YAML a review note points: a source field or an item's id (the
        first quote, else fact, else quoted entity id the note names). ``item_ids`` maps
        the quotes' and the facts' ids to their positions."""
        for key in ("date", "publisher", "dateline", "title"):
            if f"source.{key}" in note:
                return f"  {key}:"
        # The note's id-shaped words looked up, rather than every id searched for in
        # the note: a long release has thousands of notes and of ids.
        words = _ID_WORD.findall(note)
        for ids in item_ids:
            found = [w for w in words if w in ids]
            if found:
                return f"id: {min(found, key=ids.__getitem__)}"
        entities = self.registry.entities
        quoted = [w for w in _QUOTED_ID.findall(note) if w in entities]
        if quoted:
            order = {eid: i for i, eid in enumerate(entities) if eid in quoted}
            return f"id: {min(quoted, key=order.__getitem__)}"
        if "quote" in note:
            return "quotes:"
        if "fact" in note:
            return "facts:"
        return None

    def to_yaml(self) -> str:
        body: str = yaml.safe_dump(
            self.data(), allow_unicode=True, sort_keys=False, width=88, default_flow_style=False
        )
        # An unknown date stays visibly empty: the loader rejects it until a person sets it.
        body = body.replace("\n  date: null\n", f"\n  {UNDATED}: the release date, YYYY-MM-DD\n", 1)
        body_lines = body.splitlines()
        offset = self.header(body_lines).count("\n") + 1  # the blank line after it
        return self.header(body_lines, offset) + "\n" + body


def _one_line(text: str) -> str:
    """``text`` with every run of whitespace, line breaks included, as one space: a name,
    a title or a header note read across a paragraph break must not break the YAML."""
    return " ".join(text.split())


def _when(meta: Metadata) -> str:
    return meta.date.isoformat() if meta.date else "unknown date"


def _dateline(meta: Metadata) -> dict[str, str]:
    if meta.dateline is None:
        return {"city": DATELINE_PLACEHOLDER}
    out = {"city": _one_line(meta.dateline.city)}
    if meta.dateline.country:
        out["country"] = _one_line(meta.dateline.country)
    return out


# --- building -------------------------------------------------------------------------------


# A boilerplate sentence that only points elsewhere ("For more information, visit …").
_POINTER_SENTENCE = re.compile(
    r"\b(?:for more information|more information|learn more|follow us|visit|www\.|https?://)",
    re.IGNORECASE,
)
# At most this much of an "About X" paragraph becomes X's summary: the sentences that say
# what X is and its standing figures ("Founded in 1998, it has supported more than 350
# school projects"), which a later release's boilerplate updates.
MAX_ABOUT_SUMMARY_CHARS = 500


def _summary_from_about(paragraphs: list[str], entity: DraftEntity) -> str | None:
    """The "About X" boilerplate, when X is this entity: its sentences up to the first
    that only points elsewhere (a web address, "for more information"), within
    ``MAX_ABOUT_SUMMARY_CHARS``; always at least the first sentence."""
    keys = {normalize(entity.name), *(normalize(a) for a in entity.aliases)}
    for i, para in enumerate(paragraphs[:-1]):
        name = about_heading(para)
        # ("About Corvid Aviation" for Corvid Aviation Ltd: the heading may drop the
        # legal suffix, which an entity the base already has lists as no alias.)
        if name is not None and (
            normalize(name) in keys
            or (
                entity.kind == EntityKind.ORGANIZATION
                and core_key(name) is not None
                and core_key(name) == core_key(entity.name)
            )
        ):
            body = paragraphs[i + 1]
            bounds = split_sentences(body)
            if not bounds:
                return None
            kept = [body[bounds[0][0] : bounds[0][1]]]
            for a, b in bounds[1:]:
                sentence = body[a:b]
                if _POINTER_SENTENCE.search(sentence):
                    break
                if len(" ".join([*kept, sentence])) > MAX_ABOUT_SUMMARY_CHARS:
                    break
                kept.append(sentence)
            return " ".join(kept)
    return None


def _capitalised_in(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` as a whole word starting with a capital (in any
    case after it: "Jack MA" holds "Ma")."""
    return any(
        m.group(0)[:1].isupper()
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE)
    )


def _extends_a_story_name(body: str, name: str) -> bool:
    """Whether ``name`` (read from a headline) is a name ``body`` writes, after one word
    that ``body`` never writes capitalised: a title-case verb ("Adds Vessen Conservatory"
    where the story has "the Vessen Conservatory"). A name whose own words the story
    leaves out ("Food and Agriculture Organization of the United Nations" above a story
    that says "FAO" and "the United Nations") is no such run."""
    words = name.split()
    if len(words) < 3 or _capitalised_in(body, words[0]):
        return False
    rest = words[1:]
    if not all(w[:1].isupper() or w.islower() for w in rest) or not rest[0][:1].isupper():
        return False
    return re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, rest)) + r"(?!\w)", body) is not None


def _common_noun_in_story(body: str, name: str) -> bool:
    """Whether ``name`` (read from a headline) holds a head word that, with the word
    before it, ``body`` writes together and only in lower case: a common noun phrase that
    title case capitalised ("Customer Service" over a story about "customer service"),
    which would make the run an organisation; a name's own head stays ("OrrU-KSO
    Partnership" over "a partnership": the story never writes "orru-kso partnership")."""
    words = name.split()
    for k in range(len(words) - 1, 0, -1):
        pair = words[k - 1 : k + 1]
        if words[k].lower() not in ALL_HEADS or any(_capitalised_in(body, w) for w in pair):
            continue
        phrase = r"\s+".join(re.escape(w.lower()) for w in pair)
        if re.search(rf"(?<![\w-]){phrase}(?![\w-])", body) is not None:
            return True
    return False


def _headline_phrase(headline: str, body: str, name: str) -> bool:
    """Whether ``name``, read from a title-case ``headline``, is no name at all: the
    story writes none of its words capitalised, nor its initials ("Proposed Solutions"
    over a story that never names them; "Orrin Harbour Authority" over a story that
    says "OHA" stays)."""
    if not is_title_case(headline):
        return False
    words = name.split()
    # (Each part of a joined word counts: "OrrU-KSO Partnership" over a story naming
    # OrrU and KSO is their programme.)
    parts = [p for w in words for p in re.split(r"[-/\u2013]", w.strip(",.")) if p]
    if any(_capitalised_in(body, p) for p in parts):
        return False
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return re.search(rf"(?<![\w-]){re.escape(initials)}(?![\w-])", body) is None


def _title_cased_phrase(headline: str, body: str, name: str) -> bool:
    """Whether ``name``, read as a person from a title-case ``headline``, is words the
    story never capitalises: "Step Down" in "Jane Doe to Step Down as CEO" over a story
    that writes "will step down", or a verb after "to" the story does not repeat
    ("… to Retire Early"). A person the story names is written capitalised there."""
    words = name.split()
    if not words or any(_capitalised_in(body, w) for w in words):
        return False
    phrase = r"\s+".join(re.escape(w.lower()) for w in words)
    in_story = re.search(rf"(?<![\w-]){phrase}(?![\w-])", body) is not None
    after_to = re.search(rf"\bto\s+{re.escape(name)}\b", headline) is not None
    return in_story or after_to


# The words of a title-case headline's future tense, after its subject.
_HEADLINE_FUTURE = {"Will", "Shall", "To"}


def _story_name_then_a_verb(body: str, name: str) -> bool:
    """Whether ``name`` (read from a headline) is a name ``body`` writes, of two words or
    more, then a word ``body`` never writes capitalised: the headline's title-case verb
    and what follows it ("Kestrel Trust Grants Award" where the story has "the Kestrel
    Trust granted"). A name the story writes whole keeps its words: the story writes them
    capitalised."""
    words = name.split()
    for k in range(len(words) - 1, 0, -1):
        after = words[k]
        # (One word, then a headline's future, "QRVL Will Process Cards ...": a name
        # never goes on with "Will".)
        if k == 1 and after not in _HEADLINE_FUTURE:
            continue
        if not after[:1].isupper() or _capitalised_in(body, after):
            continue
        prefix = r"\s+".join(map(re.escape, words[:k]))
        if re.search(rf"(?<![\w-]){prefix}(?![\w-])", body) is not None:
            return True
    return False


def _as_subject(name: str, sentence: str) -> str:
    """The name as a sentence's subject: with "The" when the release writes it after
    "the" ("the Open Airwaves Partnership, a three-year programme" -> "The Open Airwaves
    Partnership")."""
    if re.search(rf"\bthe\s+{re.escape(name)}\b", sentence) and not name.lower().startswith("the "):
        return f"The {name}"
    return name


# The comma of a number's digit grouping ("4,500", "1,200,000"): never a clause's end.
_DIGIT_GROUP = r"(?<=\d),(?=\d{3}(?!\d))"


# "According to the Council, the fund will …": the name after a reporting opener is the
# source of the report; what follows its comma is the report, no appositive.
_REPORTED_BY = re.compile(
    r"\b(?:"
    + "|".join(r"\s+".join(map(re.escape, o.split())) for o in sorted(reporting_openers()))
    + r")\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _summary_from_text(sentences: list[str], entity: DraftEntity) -> str | None:
    labels = sorted({entity.name, *entity.aliases}, key=len, reverse=True)
    for sentence in sentences:
        for label in labels:
            # An appositive right after the name: "Alibaba Group, the world's largest ...,".
            # (A comma that groups a number's digits, "4,500 homes", is inside it.)
            pattern = (
                rf"{re.escape(label)}(?:\s*\([^()]+\))?,\s+((?:the|a|an)\s+"
                rf"(?:[^,;]|{_DIGIT_GROUP}){{8,200}}?)(?:(?!{_DIGIT_GROUP}),|;|\.$|$)"
            )
            match = next(
                (
                    m
                    for m in re.finditer(pattern, sentence)
                    if not _REPORTED_BY.search(sentence[: m.start()])
                ),
                None,
            )
            if match:
                # A sentence, not the name and its appositive ("X, a three-year
                # programme to …" is a fragment a reviewer rewrites).
                return f"{_as_subject(entity.name, sentence)} is {match.group(1).strip()}."
    for sentence in sentences:
        for label in labels:
            # A defining sentence: "Havsund Shipyard is a builder of …", "X was founded in …".
            if re.match(rf"{re.escape(label)}(?:\s*\([^()]+\))?\s+{_DEFINING}", sentence):
                return _clipped(sentence)
    return None


# Verbs after a name that make its sentence say what the thing is, rather than what it did
# in the news of the day ("today announced …"). A copula defines only with a noun phrase
# ("is a builder of", "is the largest", "is Esterland's largest") or a founding or seat
# ("was founded in", "is based in"): "X is pleased to announce", "X is publishing the
# same announcement", "X was not available for comment" say nothing of what X is.
_DEFINING = (
    r"(?:(?:is|was|are|were|has been|have been)\s+(?:(?:a|an|the|one)\b|[\w-]+['’]s\s|"
    r"(?:founded|established|set up|created|formed|incorporated|based|headquartered|"
    r"located)\b)|(?:serves|operates|runs|builds|makes|provides|offers|specializes|"
    r"specialises)\b)"
)


def _clipped(sentence: str) -> str:
    return sentence if len(sentence) <= 400 else sentence[:397].rsplit(" ", 1)[0] + "\u2026"


# A line that says how to reach someone, not what anything is: "Media enquiries: the
# council's press office, press@…", "Press office: media@…".
_CONTACT_OPENING = re.compile(
    r"\s*(?:(?:media|press|news)\s+(?:contacts?|enquiries|inquiries|office|relations)|contacts?"
    r"|for\s+(?:more|further)\s+information)\b[^:]{0,20}:",
    re.IGNORECASE,
)
_ADDRESS = re.compile(r"\S+@\S+\.\w+")


def _first_naming(sentences: list[str], entity: DraftEntity) -> str | None:
    """The first sentence naming the entity: a summary of last resort (usually the lead,
    which says what happened, not what the entity is), so the draft flags it. A contact
    line ("Media enquiries: X press office, press@…") says nothing of what X is, and is
    never taken."""
    labels = sorted({entity.name, *entity.aliases}, key=len, reverse=True)
    for sentence in sentences:
        if _CONTACT_OPENING.match(sentence) or _ADDRESS.search(sentence):
            continue
        if any(re.search(rf"(?<!\w){re.escape(label)}(?!\w)", sentence) for label in labels):
            return _clipped(sentence)
    return None


def _spoken_date(iso: str) -> str:
    """ "2024-01-01" -> "January 1, 2024"; a month or a year as written."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day:%B} {day.day}, {day.year}"


def _newest_summary(kb: KnowledgeBase, entity_id: str) -> str | None:
    """The summary of ``entity_id`` (in ``kb``) the bot shows now: the newest release's
    restatement under ``summaries:``, else the entity's own."""
    stated = [x for x in kb.summaries if x.entity == entity_id]
    if stated:
        return max(stated, key=lambda x: str(kb.sources[x.source].source.date)).text
    return kb.entities[entity_id].summary


def _titled_anew(registry: Registry, kb: KnowledgeBase) -> list[str]:
    """Known people (entity ids) this draft gives a current title that their newest
    summary in ``kb`` does not contain."""
    out: list[str] = []
    for role in registry.roles:
        person = registry.entities.get(role.entity)
        if (
            person is None
            or not person.existing
            or person.kind != EntityKind.PERSON
            or person.id not in kb.entities
            or not role.current
            or role.ended
            or person.id in out
        ):
            continue
        newest = _newest_summary(kb, person.id)
        if normalize(role.title) not in normalize(newest or ""):
            out.append(person.id)
    return out


def _person_summary(
    registry: Registry,
    entity: DraftEntity,
    meta: Metadata,
    upcoming: dict[tuple[str, str], str] | None = None,
) -> str:
    """One line from the person's drafted titles: the newest first (a title that starts
    after the release's date, with its start: ``upcoming`` maps (person id, normalised
    title) to the ISO start, "Chief Executive Officer of X from January 1, 2024"), then
    titles held, then "former …" ones (a title a change ends is "former" even when it
    ends after the release's date, as the reviewed summaries write it)."""
    upcoming = upcoming or {}

    def state(role: DraftRole) -> int:
        if (role.entity, normalize(role.title)) in upcoming:
            return 0
        return 1 if role.current and not role.ended else 2

    parts = []
    for role in sorted(registry.roles, key=state):
        if role.entity != entity.id:
            continue
        held = state(role)
        title = role.title if held < 2 else f"former {role.title}"
        start = upcoming.get((role.entity, normalize(role.title)))
        since = f" from {_spoken_date(start)}" if start else ""
        if role.organization:
            org = registry.entities[role.organization]
            acronyms = [a for a in org.aliases if looks_like_acronym(a) and " " not in a]
            label = f"{org.name} ({acronyms[0]})" if acronyms else org.name
            # "Director of Malaria Programs at X" reads better than "... of Programs of X".
            joiner = " at " if re.search(r" (?:of|for) ", role.title) else " of "
            parts.append(f"{title}{joiner}{label}{since}")
        else:
            parts.append(f"{title}{since}")
    if parts:
        # Never "(as of DATE)": every summary is dated by its release and `!who` adds the
        # date itself, so the README tells reviewers not to write it (a newcomer removed
        # it from five drafted summaries).
        summary = "; ".join(parts) + "."
        return summary[:1].upper() + summary[1:]
    return f"Named in the {meta.publisher or 'press'} release of {_when(meta)}."


# A statement whose subject points back: the reviewer replaces it with the name.
_POINTER_START = re.compile(
    r"^(?:It|Its|They|Their|This|These|The (?:company|organi[sz]ation|programme|program|"
    r"initiative|platform|group|firm|partnership|fund|foundation|agency|university))\b"
)


def _without_leading_title(name: str) -> str:
    """ "Director of Arden Design Week" -> "Arden Design Week" (a title is not a name)."""
    match = re.match(r"^((?:[\w-]+\s+){1,4}?)(?:of|at|for)\s+(?:the\s+)?", name)
    if match and all(is_title_word(w) for w in match.group(1).split()):
        return name[match.end() :]
    return name


_VENUE_HEADS = {"forum", "mission", "dialogue", "roundtable", "session", "retreat", "pavilion"}


def _kind_in_context(name: str, sentence: str) -> EntityKind:
    """The head word's kind, except that a forum something happens *at* is an event."""
    kind = guess_kind(name)
    head = name.lower().split()[-1]
    if head in _VENUE_HEADS and re.search(
        rf"\b(?:at|during|on the sidelines of)\s+the\s+{re.escape(name)}", sentence
    ):
        return EntityKind.EVENT
    return kind


def _known_spans(sentence: str, registry: Registry) -> list[tuple[int, int]]:
    """Where the names and aliases of known non-person entities occur in ``sentence``."""
    spans = []
    for entity in registry.entities.values():
        if entity.kind == EntityKind.PERSON:
            continue
        for label in (entity.name, *entity.aliases):
            for match in re.finditer(rf"(?<!\w){re.escape(label)}(?!\w)", sentence):
                spans.append((match.start(), match.end()))
    return spans


_OWNER_BEFORE = re.compile(r"([A-Z][\w.&-]*(?:['’]s|s['’]))\s+$")


def _after_its_owner_word(sentence: str, at: int, name: str, registry: Registry) -> bool:
    """Whether ``name`` at ``at`` ends a known name that a possessive word before it
    begins: "Markets" in "Marlow's Markets" when the base writes "Marlow’s Markets" (the
    other apostrophe) or the release declared the whole name already."""
    owner = _OWNER_BEFORE.search(sentence[:at]) if at > 0 else None
    return owner is not None and registry.find(f"{owner.group(1)} {name}") is not None


def _own_organisation(meta: Metadata, registry: Registry, body: str) -> str | None:
    """The organisation that issued this release about itself, or None: the publisher
    when the body names it as a party ("Acme University" publishing its own news), else,
    with no publisher read, the one organisation the headline opens with ("Acme Signs
    Agreement With X"; never "A and B sign …", a joint release). Officials the release
    names with a bare title ("Provost Jane Doe") are that organisation's, with a review
    note (see ``QuoteFinder.register_person``)."""

    def organisation(entity_id: str) -> bool:
        return registry.entities[entity_id].kind == EntityKind.ORGANIZATION

    wire_release = bool(meta.publisher) and wire_name(meta.publisher or "") == meta.publisher
    if meta.publisher and not wire_release:
        found = registry.find(meta.publisher)
        if found is not None and organisation(found) and found in registry.mentions(body):
            return found
        return None
    if wire_release:
        # A wire carried the release for the organisation it is about: the one
        # organisation its lead names in its first sentences, when only one is named
        # ("... at Acme Studios ... said co-owner Jane Doe": Jane Doe is Acme's).
        lead = meta.paragraphs[0] if meta.paragraphs else ""
        first_sentences = " ".join(lead[a:b] for a, b in split_sentences(lead)[:2]) or lead
        named = [e for e in _organisations_in_order(first_sentences, registry) if organisation(e)]
        return named[0] if len(named) == 1 else None
    opening = _headline_opening(meta, registry, body)
    return None if opening is None or opening.joint else opening.organisation


class HeadlineOpening(NamedTuple):
    """The organisation a headline opens with (an entity id), and whether the headline
    names it with another party as a joint subject ("Acme and Kestrel sign …")."""

    organisation: str
    joint: bool


def _headline_opening(
    meta: Metadata, registry: Registry, body: str, title: str | None = None
) -> HeadlineOpening | None:
    """The organisation ``meta``'s headline (or ``title``, a headline line given
    instead) opens with, or None (no headline, or none of the organisations ``body``
    names opens it)."""
    title = title or meta.title
    # (A title read from the lead's first sentence is no headline: the lead names the
    # parties whoever issued it.)
    if not title or (
        meta.paragraphs and normalize(meta.paragraphs[0]).startswith(normalize(title))
    ):
        return None
    # The headline's opening, matched against each organisation's name, aliases and
    # name without its head words ("Acme State" for Acme State University).
    headline = f" {normalize(title)} "
    opening: list[tuple[int, int, str]] = []
    mentioned = set(registry.mentions(body))
    for entity in registry.entities.values():
        if entity.kind != EntityKind.ORGANIZATION or entity.id not in mentioned:
            continue
        for label in (entity.name, *entity.aliases):
            words = normalize(label).split()
            while len(words) > 1 and words[-1] in ALL_HEADS:
                words = words[:-1]
            for key in {normalize(label), " ".join(words)}:
                if key and headline.startswith(f" {key} "):
                    opening.append((len(key), len(key.split()), entity.id))
    if not opening:
        return None
    _, count, found = max(opening)
    # ("Acme, Kestrel sign …", "Acme (AC) and Kestrel …": a joint release.)
    after = " ".join(title.split()[count - 1 :])
    after = re.sub(r"^\S*?(?:\s*\([^()]*\))?(?=[\s,]|$)", "", after)
    joint = re.match(r"\s*(?:,|&|(?:and|with|y|et|e|und)\b)", after) is not None
    return HeadlineOpening(found, joint)


def _initials_of(name: str) -> set[str]:
    """The initials an acronym of ``name`` may be: its capitalised words' ("UNDP"), or
    with a lower-case letter for each small word but "the" ("VUfR" for the Velmar Union
    for the Rivers, "DoD" for the Department of Defense); dotted initials count whole
    ("VRSA" for the V.R. Sailing Association). A dash joins two words
    ("Institute of X—Velmont" has the initials IXV, so "IX" is the institute alone)."""
    words = re.split(r"\s*[\u2013\u2014]\s*|\s+", name)

    # ("V.R. Sailing Association" is the VRSA: a word of dotted initials gives them all.)
    def initials(word: str) -> str:
        return word.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.){2,}", word) else word[0]

    capitals = "".join(initials(w) for w in words if w[:1].isupper())
    mixed = "".join(
        initials(w) for w in words if w[:1].isupper() or (w in {"for", "of", "and", "on", "in"})
    )
    return {capitals, mixed}


def _aliases_from_list_tag(registry: Registry, tag: str) -> list[str]:
    """A mailing list's Subject tag ("[KVFBN Partners]") names its sender by initials:
    each word in capitals that spells the initials of exactly one organisation becomes
    its alias, or, for an organisation an older release declares (whose file this draft
    does not touch), a review note saying so. Returns the notes."""
    notes: list[str] = []
    for short in re.findall(r"(?<![\w-])[A-Z][A-Za-z]?[A-Z]{1,7}(?![\w-])", tag):
        if registry.find(short) is not None:
            continue
        fits = [
            e
            for e in registry.entities.values()
            if e.kind in (EntityKind.ORGANIZATION, EntityKind.INITIATIVE)
            and short in _initials_of(e.name)
        ]
        if len(fits) != 1:
            continue
        if not fits[0].existing:
            registry._add_aliases(fits[0], [short])
        else:
            notes.append(
                f"the e-mail's Subject tag [{tag}] calls {fits[0].name} {short!r}: add it to"
                f" the aliases of '{fits[0].id}' in the release that declares it"
            )
    return notes


def _alias_initials(registry: Registry, short: str) -> None:
    if registry.find(short) is not None:
        return
    fits = [
        e
        for e in registry.entities.values()
        if not e.existing
        and e.kind in (EntityKind.ORGANIZATION, EntityKind.INITIATIVE)
        and short in _initials_of(e.name)
    ]
    if len(fits) == 1:
        registry._add_aliases(fits[0], [short])


# An office of an organisation abroad or in a region, written after the organisation's
# name ("Orrin Regional Office"). The qualifier is required: "Transport Office of Orrin"
# is a ministry's unit, and "Transport" no organisation.
_UNIT = re.compile(
    r"(?:Regional|Country|Liaison|Field|Subregional|Sub-regional|Representative|Permanent)\s+"
    r"(?:Office|Branch|Bureau|Representation|Mission|Delegation|Secretariat|Chapter)\b"
)


def _alias_short_form(registry: Registry, word: str, after: str) -> None:
    """Record a one-word short form ("Marrowind") as an alias of the one org it fits.

    ``after`` is the text after the word: when it goes on with the rest of the name,
    the word is just the name's first word.
    """
    low = word.lower()
    if low in STOPWORDS or low in ALL_HEADS or is_title_word(low) or len(word.split()) != 1:
        return
    if is_country(word):
        return  # "Norway and Velmont" is the country, not the Norway Orrin Trade Agency
    found = registry.find(word)
    if found is None or found not in registry.entities:
        return
    entity = registry.entities[found]
    if entity.existing or entity.kind == EntityKind.PERSON or len(entity.name.split()) < 2:
        return
    words = entity.name.split()
    if normalize(words[0]) == normalize(word) and _UNIT.match(" ".join(words[1:])):
        # "Orrin Regional Office for the Isles": Orrin alone is the organisation the office
        # belongs to, a party of its own, never a short form of its office.
        registry.add(word, EntityKind.ORGANIZATION, exact=True)
        return
    # Only where it acts as a name: "Marrowind also works", "Marrowind's", not the
    # adjective in "a Norwegian energy company".
    # (Or owns something: "Marrowind's windrow site", a possessive before a common noun.)
    acts = re.match(
        r"(?:'s|’s)?\s+(?:will|is|was|has|had|also|and|said|says|works?|to)\b|(?:'s|’s)\s+[a-z]",
        after,
    )
    if normalize(words[0]) == normalize(word) and acts and not after.startswith(" " + words[1]):
        registry._add_aliases(entity, [word])


def _unique(base: str, taken: set[str]) -> str:
    base = base[:100].strip("-") or "item"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


# An id as review notes write it: "fact acme-f3 starts with…", "entity 'acme' has…".
_ID_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~-]*")
_QUOTED_ID = re.compile(r"'([A-Za-z0-9][A-Za-z0-9._~-]*)'")


def _words_slug(text: str, count: int) -> str:
    """The first ``count`` telling words as an id part ("" when none are Latin)."""
    words = [w for w in normalize(text).split() if w not in _STOP_SLUG]
    slug = slugify(" ".join(words), max_words=count)
    return "" if slug == "entity" else slug


# A figure in a title ("$2.4 Million", "20,000", "2025"): its digits would read as an id's
# numbering ("...-citywide-2" looks like a second release of the same name), and the date
# already leads the id.
_FIGURE = re.compile(
    r"[$€£¥]?\d[\d,.]*(?:\s*(?:%|per\s?cent|percent|thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)


def _web_address(hints: Hints | None) -> str | None:
    """The container's address when a source may hold it (see ``check_web_address``)."""
    if hints is None or not hints.url:
        return None
    try:
        return check_web_address(hints.url)
    except ValueError:
        return None


def default_source_id(meta: Metadata, registry: Registry) -> str:
    """ "2018-04-21-unido-alibaba-ewtp": the date and the main names in the title."""
    parts: list[str] = []
    for entity_id in registry.mentions(meta.title):
        entity = registry.entities[entity_id]
        if entity.kind == EntityKind.PERSON or any(
            map(is_generic_agreement, entity.shared_aliases)
        ):
            continue  # (the release's "MoU" is named after the parties already in the id)
        acronyms = [a for a in entity.aliases if looks_like_acronym(a) and " " not in a]
        part = slugify(acronyms[0]) if acronyms else slugify(entity.name.split()[0])
        if part != "entity" and part not in parts:
            parts.append(part)
    slug = "-".join(parts[:3]) if len(parts) >= 2 else _words_slug(_FIGURE.sub(" ", meta.title), 5)
    slug = re.sub(r"[^a-z0-9-]", "", slug).strip("-")[:60].strip("-") or "release"
    return f"{meta.date.isoformat() if meta.date else 'undated'}-{slug}"


_LEGAL_SUFFIX = (
    r"Inc|Corp|Corporation|Ltd|Limited|LLC|LLP|plc|PLC|AG|SA|S\.A|N\.?V|B\.?V|GmbH|SpA|Pty|"
    r"Berhad|Bhd|Sdn\.?\s+Bhd|S\.A\.\s+de\s+C\.V|Co\.?,?\s+Ltd"
)


# The label over a contact block: "Media Contact:", "Press contacts", "Contact".
_CONTACT_LABEL = re.compile(
    r"(?P<label>(?:(?:media|press|news)\s+)?contacts?)\s*(?::\s*(?P<rest>\S.*))?:?",
    re.IGNORECASE,
)
# A contact's telephone number or e-mail address, on its own line.
_REACH = re.compile(r"[+()\d][\d\s().+-]{6,}\d|\S+@\S+\.\w+|(?:tel|phone|mobile|e-?mail)\b.*", re.I)


def _contact_title(label: str) -> str:
    """ "Media Contacts" -> "Media Contact": the label of a contact block is the title of
    each person it lists."""
    return " ".join(w.capitalize() for w in re.sub(r"s$", "", label.strip()).split())


def _listed_contacts(lines: list[str], title: str, registry: Registry) -> list[PersonRef]:
    """ "Jane Doe" / "Acme University" / "480-555-0100" / "John Roe" / "ORI" / …: the
    people of a contact block printed as name, organisation and number lines, each
    with the block's ``title`` at the organisation the release names."""
    out: list[PersonRef] = []
    k = 0
    while k + 1 < len(lines):
        name, org = lines[k], lines[k + 1]
        if not is_person_name(name, registry.acronyms()):
            if not _REACH.fullmatch(name):
                break  # the block has ended
            k += 1
            continue
        known = registry.find(org)
        if known is None or registry.entities[known].kind == EntityKind.PERSON:
            break
        out.append(PersonRef(clean_name(name), title, registry.entities[known].name))
        k += 2
    return out


def _contact_line(line: str, registry: Registry) -> PersonRef | None:
    """ "Jane Doe, Communications Manager, Acme" under a contact label: a person, their
    own title and the organisation the release names, on one line (the label is then no
    title: the line gives one). None for any other line."""
    parts = [p.strip() for p in line.split(",")]
    if len(parts) != 3 or not is_person_name(parts[0], registry.acronyms()):
        return None
    known = registry.find(parts[2])
    if known is None or registry.entities[known].kind == EntityKind.PERSON:
        return None
    if not any(is_title_word(w) for w in parts[1].split()):
        return None  # ("Jane Doe, Acme, Velmont": no title between the commas)
    return PersonRef(clean_name(parts[0]), parts[1], registry.entities[known].name)


def _contacts(text: str, registry: Registry) -> list[PersonRef]:
    """The people a contact block names with their title ("Media Contact:" / "Jane Doe"
    / "Director of Communications" / "Acme Foundation"), above or below the story (the
    narrative leaves contact blocks out). The organisation is the line after the title
    when the release names it."""
    lines = [line.strip() for line in text.splitlines()]
    out: list[PersonRef] = []
    for k, line in enumerate(lines):
        label = _CONTACT_LABEL.fullmatch(line)
        if label is None:
            continue
        title = _contact_title(label.group("label"))
        if label.group("rest"):
            # "Media contact: Jane Doe, Acme University, 480-555-0100" on one line.
            parts = [p.strip() for p in label.group("rest").split(",")]
            known = registry.find(parts[1]) if len(parts) > 1 else None
            if (
                known is not None
                and registry.entities[known].kind != EntityKind.PERSON
                and is_person_name(parts[0], registry.acronyms())
            ):
                out.append(PersonRef(clean_name(parts[0]), title, registry.entities[known].name))
            continue
        block = [x for x in lines[k + 1 : k + 10] if x][:3]
        if len(block) < 2:
            continue
        one_line = _contact_line(block[0], registry)
        if one_line is not None:
            out.append(one_line)
            continue
        ref = signature(block[0], block[1], registry.acronyms())
        if ref is None:
            out += _listed_contacts([x for x in lines[k + 1 : k + 16] if x], title, registry)
            continue
        # ("Director of Communications" over "Acme Fund": a department, then the
        # organisation the release names.)
        known_org = ref.organization is not None and registry.find(ref.organization) is not None
        if not known_org and len(block) > 2 and registry.find(block[2]) is not None:
            ref = PersonRef(ref.name, block[1] if ref.organization else ref.title, block[2])
        out.append(ref)
    return out


def _short_forms_of_longer_names(registry: Registry) -> None:
    """ "Director, Orrin Institute" where the release names the Orrin Institute of Marine
    Science: a new organisation whose name opens exactly one longer new organisation's
    name, before its "of" or "for", is that organisation's short form (an alias; its
    roles move to the longer one). Not before "at" or a dash: "University of X at Y" and
    "X Institute—Velmont" may be a campus of their own."""
    orgs = [
        e
        for e in registry.entities.values()
        if not e.existing and e.kind in (EntityKind.ORGANIZATION, EntityKind.INITIATIVE)
    ]
    for short in orgs:
        if len(short.name.split()) < 2:
            continue
        if any(looks_like_acronym(a) for a in short.aliases):
            # "Department of Harbours (DOH)": a name the release defines with its acronym
            # is the organisation's own name; "... for X Project" in a headline is longer
            # words run on, not its full name.
            continue
        longer = [
            e
            for e in orgs
            if e is not short and re.match(rf"{re.escape(short.name)}\s+(?:of|for)\s", e.name)
        ]
        if len(longer) != 1:
            continue
        registry.roles = [
            DraftRole(r.entity, r.title, longer[0].id) if r.organization == short.id else r
            for r in registry.roles
        ]
        registry.discard(short.id)
        registry._add_aliases(longer[0], [short.name])


def _after_with(title: str, entity: DraftEntity) -> bool:
    """Whether ``title`` first names ``entity`` right after "with" ("… with Acme")."""
    folded = normalize(title)
    starts = [
        found.start()
        for label in (entity.name, *entity.aliases)
        if normalize(label)
        for found in [re.search(rf"\b{re.escape(normalize(label))}\b", folded)]
        if found
    ]
    return bool(starts) and re.search(r"\bwith (?:the )?$", folded[: min(starts)]) is not None


def _names_inside(name: str, entity: DraftEntity) -> bool:
    """Whether ``name`` holds ``entity``'s name or one of its aliases as whole words."""
    return any(
        re.search(rf"(?<![^\W_]){re.escape(label)}(?![^\W_])", name)
        for label in (entity.name, *entity.aliases)
        if len(label) >= 2 and label != name
    )


def _organisations_in_order(text: str, registry: Registry) -> list[str]:
    """Organisations and programmes ``text`` names, in reading order. A person named
    with a title counts as their organisation, at the person's place ("Velmont Rector
    Eira Lund and ORDA Deputy Director-General ..." names Velmont first)."""
    folded = normalize(text)
    hits: list[tuple[int, str]] = []
    for entity_id in registry.mentions(text):
        entity = registry.entities[entity_id]
        labels = [entity.name, *entity.aliases, *entity.weak_keys]
        places = [
            found.start()
            for label in labels
            if normalize(label)
            for found in [re.search(rf"\b{re.escape(normalize(label))}\b", folded)]
            if found
        ]
        at = min(places, default=len(folded))
        if entity.kind == EntityKind.PERSON:
            hits += [
                (at, r.organization)
                for r in registry.roles
                if r.entity == entity_id and r.organization
            ]
        elif entity.kind in (EntityKind.ORGANIZATION, EntityKind.INITIATIVE):
            # "North Velmont Chief Minister To Sign ...": a territory named before its
            # minister's title stands for its government, when the release names that.
            government = registry.find(f"{entity.name} Government")
            if government is not None and government != entity_id:
                entity_id = government
            hits.append((at, entity_id))
        else:
            # "ORTA MoU With ...": an agreement named after its party names the party.
            inner = normalize(entity.name)
            for other in registry.entities.values():
                if other.kind not in (EntityKind.ORGANIZATION, EntityKind.INITIATIVE):
                    continue
                for label in (other.name, *other.aliases):
                    key = normalize(label)
                    found = re.search(rf"\b{re.escape(key)}\b", inner) if key else None
                    if found:
                        hits.append((at + found.start(), other.id))
                        break
    ordered: list[str] = []
    for _, entity_id in sorted(hits, key=lambda hit: hit[0]):
        if entity_id not in ordered and entity_id in registry.entities:
            ordered.append(entity_id)
    return ordered


# Heads of a government body that an office "for X" runs ("Under Secretary of Trade
# for Small Exporters" heads the Small Exporters Agency).
_AGENCY_HEADS = {"agency", "administration", "office", "bureau", "service", "authority"}


def _offices_at_their_agencies(registry: Registry) -> None:
    """A role "... for X" with no organisation is held at the release's "X Agency" (or
    Administration, Office, Bureau ...), when exactly one organisation is so named."""
    for k, role in enumerate(registry.roles):
        domain = re.search(
            r"\bfor\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})$", role.title
        )
        if role.organization is not None or domain is None:
            continue
        fits = [
            e.id
            for e in registry.entities.values()
            if e.kind == EntityKind.ORGANIZATION
            and normalize(e.name).rsplit(" ", 1)[0] == normalize(domain.group(1))
            and normalize(e.name).rsplit(" ", 1)[-1] in _AGENCY_HEADS
        ]
        if len(fits) == 1:
            registry.roles[k] = DraftRole(role.entity, role.title, fits[0])


def _generational_suffixes(registry: Registry, text: str) -> None:
    """ "Jane Doe, Jr." is the person Jane Doe (the suffix is dropped from the name, so
    that "said Doe" still finds her), and the written form is an alias: it tells her
    from a parent of the same name, and a reader may ask for it."""
    for entity in list(registry.entities.values()):
        if entity.existing or entity.kind != EntityKind.PERSON:
            continue
        found = re.search(rf"\b{re.escape(entity.name)},?\s+(Jr|Sr|II|III|IV)\b\.?", text)
        if found is not None:
            registry._add_aliases(entity, [found.group(0)])


# Mail and web hosts anyone can use: they say nothing about who issued a release.
_OPEN_HOSTS = {
    "gmail",
    "yahoo",
    "hotmail",
    "outlook",
    "aol",
    "icloud",
    "protonmail",
    "gmx",
    "mail",
    "live",
    "msn",
    "qq",
    "163",
    "yandex",
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "instagram",
    "youtube",
    "bit",
    "prnewswire",
    "businesswire",
    "globenewswire",
    "accesswire",
    "einpresswire",
    "prweb",
    "newswire",
}


def _contact_domains(text: str) -> list[str]:
    """The hosts of the e-mail and web addresses a release gives ("press@acme-fund.org",
    "www.acme.com"), in order, without "www." and without open mail or social hosts."""
    found: list[str] = []
    for match in re.finditer(
        r"[\w.+-]+@(?P<mail>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
        r"|(?:https?://|\bwww\.)(?P<web>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)",
        text,
    ):
        host = (match.group("mail") or match.group("web")).lower().rstrip(".")
        host = re.sub(r"^(?:www|mail|press|news|media)\.", "", host)
        if "." in host and host.split(".")[0] not in _OPEN_HOSTS and host not in found:
            found.append(host)
    return found


def _domain_owner(host: str, registry: Registry) -> str | None:
    """The one organisation the host spells: "kestrelfund.org" is the Kestrel Fund,
    "vra.gov" the organisation that goes by VRA."""
    label = re.sub(r"[^a-z0-9]", "", host.split(".")[0])
    fits = [
        e.id
        for e in registry.entities.values()
        if e.kind == EntityKind.ORGANIZATION
        and any(
            re.sub(r"[^a-z0-9]", "", normalize(re.sub(r"^the\s+", "", n, flags=re.I))) == label
            for n in (e.name, *e.aliases)
        )
    ]
    return fits[0] if len(fits) == 1 else None


# Words that name a newspaper or a news agency ("The Velmont Times", "Orrin Shimbun").
_NEWSPAPER_NAME = re.compile(
    r"\b(?:Times|Daily|Post|Herald|Tribune|Gazette|Journal|Inquirer|Chronicle|Courier|"
    r"Shimbun|Observer|Telegraph|Newspaper|News\s+Agency|Press\s+Agency)\b"
)

_PROGRAMME_NAME_HEADS = ("Program", "Programme", "Initiative", "Project", "Campaign", "Scheme")


# The lead's sentence ending "..., Jane Doe, Minister of X, has announced." (or
# "announced today"): a government's release in the voice of its minister.
_MINISTER_ANNOUNCED = re.compile(
    r",\s+(?:[A-Z][\w'’.-]*\s+){1,4}?[A-Z][\w'’-]*,\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?Minister\s+"
    r"(?:of|for|responsible\s+for)\s+[^.;]{2,120}?,\s+(?:has\s+)?announced(?:\s+today)?\.",
)


def _issuing_government(registry: Registry, lead: str, text: str) -> str | None:
    """A government's own release: its lead has a minister or a government announce, and
    the governments among the parties are "Government of <Place>". The issuer is the one
    whose place the release names most (a joint federal-provincial release is published
    by the province that writes about its own economy), or None."""
    # (Its subject: in the lead's first ten words, so "Acme's director and the Deputy
    # Minister of X signed" is not a minister's release.)
    # (A government opening the lead as its subject counts too; "Acme and the Government
    # of X signed" is Acme's release as much as X's.)
    opening = " ".join(lead.split()[:10])
    if not re.search(r"\b(?:Minister|Premier)\b", opening) and not re.match(
        r"(?:The\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[Gg]overnments?\b", lead
    ):
        return None
    counts = {
        e.id: len(re.findall(rf"\b{re.escape(e.name[len('Government of ') :])}\b", text))
        for e in registry.entities.values()
        if e.kind == EntityKind.ORGANIZATION and e.name.startswith("Government of ")
    }
    if not counts:
        return None
    best = max(counts.values())
    most = [k for k, v in counts.items() if v == best]
    return most[0] if len(most) == 1 else None


def _subheadlines(meta: Metadata, text: str) -> list[str]:
    """The short lines above the story other than the headline: a subheadline, in
    mixed case, three words or more, no full stop at its end."""
    opening = meta.paragraphs[0][:40] if meta.paragraphs else ""
    out: list[str] = []
    for line in (x.strip() for x in text.splitlines()):
        if opening and opening in line:
            break
        if (
            line
            and line != meta.title
            and len(line) <= 150
            and len(line.split()) >= 3
            and not line.isupper()
            and not line.endswith((".", ":"))
        ):
            out.append(line)
    return out


def _publisher_from_parties(meta: Metadata, registry: Registry, lead: str, text: str) -> None:
    """No wire and no "About X": a release on an organisation's own site shows its logo
    above the story ("Acme-Foundation Logo"), or names it first, in the headline or else
    in the lead."""
    how = "is the first organisation the release names"
    issuer = None
    label: str | None = None
    if meta.label_issuer:
        # ("News Release - Velmora": a place's name stands for its government, and
        # "Velmora Government News Release" names it the other way round.)
        place = re.sub(r"\s+[Gg]overnment$", "", meta.label_issuer)
        issuer = registry.find(meta.label_issuer) or registry.find(f"Government of {place}")
        how = f"is the organisation the release label names ({meta.label_issuer!r})"
        if issuer is None:
            # ("News Release - Nova Scotia": a province or a country the label names
            # stands for its government, even where the story never says "government".)
            meta.publisher = (
                f"Government of {place}"
                if place != meta.label_issuer or is_place(place)
                else meta.label_issuer
            )
            meta.warnings = [w for w in meta.warnings if not w.startswith("no wire marker")]
            meta.warnings.append(f"publisher {meta.publisher!r} {how}: check source.publisher")
            return
    if issuer is None and meta.logo_owner:
        issuer = registry.find(meta.logo_owner) or registry.find(meta.logo_owner.replace("-", " "))
        how = f"is the organisation whose logo the page shows ({meta.logo_owner!r})"
    if issuer is None and meta.department:
        # A government page that names its department on a line of its own. The release
        # is the government's: the one government it names, when it names one.
        governments = [
            e.id
            for e in registry.entities.values()
            if e.kind == EntityKind.ORGANIZATION and e.name.startswith("Government of ")
        ]
        if len(governments) > 1:
            # A province's page that also names the federal government: the province's.
            provinces = {normalize(s.name) for s in subdivisions_named(text)}
            governments = [
                g
                for g in governments
                if normalize(registry.entities[g].name[len("Government of ") :]) in provinces
            ] or governments
        issuer = governments[0] if len(governments) == 1 else registry.find(meta.department)
        if issuer is None:
            meta.publisher = meta.department
            meta.warnings = [w for w in meta.warnings if not w.startswith("no wire marker")]
            meta.warnings.append(
                f"publisher {meta.publisher!r} is the department the page names below its"
                " headline: check source.publisher"
            )
            return
        how = (
            f"is the government of the department the page names below its headline"
            f" ({meta.department!r})"
            if len(governments) == 1
            else f"is the department the page names below its headline ({meta.department!r})"
        )
    if issuer is None and meta.masthead:
        issuer = registry.find(meta.masthead)
        how = f"is the organisation named above the headline ({meta.masthead!r})"
        if issuer is None and OFFICE_LINE.fullmatch(meta.masthead):
            # ("Premier of Velmora" above the headline: the office is the issuer, though
            # the story never names it as a party.)
            meta.publisher = meta.masthead
            meta.warnings = [w for w in meta.warnings if not w.startswith("no wire marker")]
            meta.warnings.append(
                f"publisher {meta.publisher!r} is the office or organisation named above the"
                " headline: check source.publisher"
            )
            return
    if issuer is None and meta.copyright_owner:
        # (Only an organisation the release names: a photo agency's credit names none.)
        issuer = registry.find(meta.copyright_owner)
        how = (
            f"is the organisation a copyright line or photo credit names ({meta.copyright_owner!r})"
        )
    domains = _contact_domains(text)
    if issuer is None:
        issuer = next(filter(None, (_domain_owner(d, registry) for d in domains)), None)
        how = f"is the organisation whose web or e-mail address the release gives ({', '.join(domains[:1])})"
    papers = [
        e.id
        for e in registry.entities.values()
        if e.kind == EntityKind.ORGANIZATION and _NEWSPAPER_NAME.search(e.name)
    ]
    # (A colon dateline is a newspaper's, or a company's in the same style: "KUCHING,
    # 11 December 2021: Acme and Kestrel today signed ...", a release's voice.)
    story_voice = publisher.voice(text)
    release_voice = bool(story_voice.release) and not story_voice.is_news
    if issuer is None and ((meta.news_report and not release_voice) or (meta.byline and papers)):
        # A reporter's story about the parties: none of them published it. A paper among
        # the parties is its own reporter's publisher only when it is the one paper. (A
        # byline alone may be a newsroom writer's: with no paper named, the usual rules.)
        if len(papers) != 1:
            named = ", ".join(registry.entities[p].name for p in papers)
            meta.warnings = [w for w in meta.warnings if not w.startswith("no wire marker")]
            meta.warnings.append(
                "a news report (a byline or a newspaper's dateline, no wire): the publisher is"
                " the paper or site that ran it"
                + (f", perhaps one of {named}" if named else ", which the text does not name")
                + ": set source.publisher"
            )
            return
        issuer = papers[0]
        how = "is the one newspaper the news report names"
    if issuer is None:
        issuer = _issuing_government(registry, lead, text)
        how = "is the government whose place the release names most, in a minister's release"
    if issuer is None and _MINISTER_ANNOUNCED.search(lead):
        # "..., Jane Doe, Minister of Harbours, has announced.": a minister's release,
        # published by the government of the province the release names most (never
        # guessed when it names none).
        provinces = subdivisions_named(text)
        if provinces:
            meta.publisher = f"Government of {provinces[0].name}"
            meta.warnings = [w for w in meta.warnings if not w.startswith("no wire marker")]
            meta.warnings.append(
                f"publisher {meta.publisher!r} is the government of the province the release"
                " names most, in a release a minister announces: check source.publisher"
            )
            return
    if issuer is None:
        how = "is the first organisation the release names"
        # (Not from a headline in capitals, where case says nothing about names.)
        in_title = [] if meta.title.isupper() else _organisations_in_order(meta.title, registry)
        # "Initiative with Orrinwell aims to ...": a party after "with" is the partner the
        # issuer works with, not the issuer.
        in_title = [e for e in in_title if not _after_with(meta.title, registry.entities[e])]
        # ("Orrin Signs Agreement With Velmorese University": a nationality adjective
        # names no issuer.)
        in_title = [e for e in in_title if not is_demonym_only(registry.entities[e].name)]
        # ("Federal Government to work with …" over a story that writes "the federal
        # government": title case made a common noun a name; it is what the story
        # reports on, no sign of who issued it.)
        story = text.replace(meta.title, "", 1)
        in_title = [
            e for e in in_title if not _common_noun_in_story(story, registry.entities[e].name)
        ]
        # ("Acme-Kestrel Partnership Will ...": a programme named after its parties is
        # what the release is about; its issuer is one of the parties, read below.)
        joint = [e for e in in_title if publisher.named_after_parties(registry, e)]
        in_title = [e for e in in_title if e not in joint]
        for line in [] if in_title else _subheadlines(meta, text):
            # "ORDA and Velmora launch ...": a subheadline under a headline that names no
            # organisation names the issuer the same way.
            in_title = [
                e
                for e in _organisations_in_order(line, registry)
                if not _after_with(line, registry.entities[e])
                and not is_demonym_only(registry.entities[e].name)
            ]
            if in_title:
                break
        # (Nor, in the lead: "X has signed an agreement with the Y Foundation" is X's.)
        # (Only the lead's opening: a party named further into the story, "said Jane Doe,
        # president of the Acme Bank", is no sign of who issued it, least of all on a
        # page whose paragraphs were run together into one.)
        if normalize(lead) == normalize(meta.title) and len(meta.paragraphs) > 1:
            # (The headline kept as the story's first paragraph: the lead is the next.)
            lead = meta.paragraphs[1]
        opening = " ".join(lead[a:b] for a, b in split_sentences(lead)[:2]) or lead
        named = in_title or [
            e
            for e in _organisations_in_order(opening, registry)
            if not _after_with(opening, registry.entities[e])
            and not publisher.named_after_parties(registry, e)
        ]
        if joint and not in_title and named:
            # Past a joint programme the headline names, the issuer is the lead's subject
            # ("Acme and Kestrel will announce ..."), never a name inside a phrase ("The
            # creation of the Acme Centre ..."): else a reviewer sets it.
            first = registry.entities[named[0]]
            # ("The Acme Publisher Guarantee: …" over "… the publisher Acme has …": a
            # programme named after one organisation only is that organisation's own.)
            own_programme = all(
                _names_inside(registry.entities[j].name, first) for j in joint
            ) and not any(
                _names_inside(registry.entities[j].name, other)
                for j in joint
                for other in registry.entities.values()
                if other.id != first.id
                and other.kind == EntityKind.ORGANIZATION
                and not other.existing
            )
            if not own_programme and not any(
                re.match(rf"\s*(?:The\s+)?{re.escape(label)}(?![\w-])", opening)
                for label in (first.name, *first.aliases)
            ):
                meta.warnings.append(
                    f"no publisher set: the headline names a joint programme"
                    f" ({registry.entities[joint[0]].name!r}) and the lead opens with no party:"
                    " set source.publisher"
                )
                return
        reliable = publisher.reliable_issuer(meta, registry, named, text) if named else None
        if named and reliable is None:
            return
        if reliable is not None:
            issuer, label = reliable
    if issuer is None and domains:
        # An issuer the text never names: its address is all there is.
        meta.publisher = domains[0]
        meta.warnings = [w for w in meta.warnings if not w.startswith("no wire marker")]
        meta.warnings.append(
            f"publisher {meta.publisher!r} is the only web or e-mail address the release"
            " gives: set source.publisher to the organisation's name"
        )
        return
    if issuer is None:
        return
    name = label or registry.entities[issuer].name
    # "Kestrel Romanian National News Agency": a wire's name and what it is; the wire,
    # by its table name.
    agency = re.fullmatch(r"(\S+)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:News|Press)\s+Agency", name)
    if agency is not None and wire_name(agency.group(1)) is not None:
        name = wire_name(agency.group(1)) or name
    # The fullest form the text gives, legal suffix included ("Acme Pharmaceuticals,
    # Inc."): the lead's, else the first the story writes (a summary list may come first).
    suffixed = rf"(?<![\w-]){re.escape(name)},?\s+(?:{_LEGAL_SUFFIX})\b\.?"
    written = re.search(suffixed, lead) or re.search(suffixed, "\n".join(meta.paragraphs))
    meta.publisher = written.group(0) if written else name
    meta.warnings = [w for w in meta.warnings if not w.startswith("no wire marker")]
    meta.warnings.append(f"publisher {meta.publisher!r} {how}: check source.publisher")


def _only_in_older_releases(kb: KnowledgeBase | None, entity_id: str, date: dt.date | None) -> bool:
    """Whether every release with a fact about ``entity_id`` is dated before ``date``: only
    then may this release declare a name it shares with that entity in its own file (the
    loader asks releases of one day to declare it each)."""
    if kb is None or date is None:
        return False
    dates = [
        kb.sources[f.source].source.date
        for f in kb.facts
        if entity_id in f.about and f.source in kb.sources
    ]
    return bool(dates) and all(d is not None and d < date for d in dates)


def _only_inside(person: str, party: str, text: str) -> bool:
    """Whether ``text`` writes the person's name (normalised, ``person``) only ever as
    part of the party's name (normalised, ``party``)."""
    folded = normalize(text)
    alone = len(re.findall(rf"(?<!\w){re.escape(person)}(?!\w)", folded))
    within = len(re.findall(rf"(?<!\w){re.escape(party)}(?!\w)", folded))
    return alone > 0 and alone == within


# A line of the page's header: a label or a dated line, never a paragraph of prose.
_HEADER_LINE = 200


def _header_definitions(text: str, paragraphs: list[str]) -> list[str]:
    """The header's lines above the story that define a short form of a name the story
    uses ("May 4, 2019 - Orrin League (OL) - Kestrel Rovers News Release", over a story
    that writes "the Orrin League"): the story may use the short form undefined."""
    opening = paragraphs[0][:60] if paragraphs else ""
    end = text.find(opening) if opening else -1
    if end <= 0:
        return []
    body = normalize("\n".join(paragraphs))
    return [
        line
        for line in text[:end].splitlines()
        if len(line) <= _HEADER_LINE
        and any(normalize(d.long) and normalize(d.long) in body for d in find_acronyms(line))
    ]


def build_draft(
    text: str,
    kb: KnowledgeBase | None = None,
    *,
    source_id: str | None = None,
    text_path: str | None = None,
    hints: Hints | None = None,
    date: dt.date | None = None,
) -> Draft:
    """Read a release and decide everything its knowledge file will say.

    ``hints`` is the container's metadata (web page, e-mail, PDF); ``date`` overrides
    the release date (``--date``).
    """
    meta = read_metadata(text, hints, date=date)
    found_country = dateline_country(meta.dateline, meta.paragraphs, kb)
    if meta.dateline is not None and found_country is not None:
        meta.dateline = Dateline(meta.dateline.city, found_country.country)
        meta.warnings.append(
            f"dateline country {found_country.country!r} read from {found_country.evidence}:"
            " check source.dateline"
        )
    registry = Registry(kb)
    paragraphs = meta.paragraphs
    body = "\n".join(paragraphs)
    registry.link_known(body)

    # Narrative sentences (no speech quote in them), for entities, summaries and facts.
    # British releases quote speech in 'single' marks; read those only when there is no
    # double-quoted speech at all, since an apostrophe can look like a closing mark.
    # (Curly single pairs do not count: a release in single marks is read in single mode.)
    single = not any(
        is_speech(para, s) for para in paragraphs for s in quoted_spans(para, curly_single=False)
    )
    narrative: list[str] = []
    name_text: list[str] = []
    # Sentences of "About X" boilerplate: the best summary of X, never facts.
    boilerplate: set[str] = set()
    in_about = False
    for para in paragraphs:
        if about_heading(para) is not None:
            in_about = True
            continue
        spans = [s for s in quoted_spans(para, single=single) if is_speech(para, s)]
        # Names are looked for outside speech in every sentence: a lead that quotes a
        # phrase still names its parties.
        blanked = para
        for span in spans:
            blanked = blanked[: span.start] + " " * (span.end - span.start) + blanked[span.end :]
        for a, b in split_sentences(para, single=single):
            if blanked[a:b].strip():
                name_text.append(blanked[a:b].strip())
            if not any(s.start < b and s.end > a for s in spans):
                narrative.append(para[a:b])
                if in_about:
                    boilerplate.add(para[a:b])
    all_sentences = [para[a:b] for para in paragraphs for a, b in split_sentences(para)]

    warnings_early: list[str] = []
    generic_agreements: list[GenericDefinition] = []
    # 1. Acronym definitions first, so "UNIDO" is known as an organisation and never
    #    mistaken for part of a person's name.
    for sentence in [*_header_definitions(text, paragraphs), *all_sentences]:
        for definition in find_acronyms(sentence):
            kind = guess_kind(definition.long)
            long_words = definition.long.lower().split()
            agreement_words = dict(KIND_HEADS)[EntityKind.AGREEMENT]
            if (
                definition.long.islower() and agreement_words & set(long_words)
            ) or is_generic_agreement(definition.long):
                # "memorandum of understanding (MoU)" is a generic noun, not an entity
                # (it would be shared by every release that signs one): this release's
                # agreement is declared once its parties are known (agreements.py).
                generic_agreements.append(
                    GenericDefinition(definition.long, definition.short, sentence)
                )
                continue
            if (
                not any(w in ALL_HEADS or w in ROMANCE_HEADS for w in long_words)
                and kind == EntityKind.ORGANIZATION
                # ("Orrin Evening Times (OET)": a newspaper is an organisation.)
                and not _NEWSPAPER_NAME.search(definition.long)
                # ("The Medicines Pool (MP) welcomes ...": an actor, whatever its head.)
                and not acts_as_organisation((definition.long, definition.short), text)
            ):
                # "DNA Shielding (DSH)": no organisation word, so a technology or topic.
                kind = EntityKind.TOPIC
            owner = registry.find(definition.short)
            if owner is not None and not registry.entities[owner].existing:
                # The release defined it already ("the Orrin Programme (ODP)" before
                # "Team Lead, Malaria Programme, ODP"): in one release an acronym means one
                # thing, the first it is given.
                continue
            if (
                owner is not None
                and registry.find(definition.long) is None
                and core_key(registry.entities[owner].name) != core_key(definition.long)
            ):
                # Another organisation already goes by this acronym: the new one gets its
                # own entity, without the alias (the older release's file is not touched).
                new_id = registry.add(definition.long, kind, id_hint=definition.long, exact=True)
                # In this release the acronym means the new organisation.
                registry.point_key(definition.short, new_id)
                if normalize(registry.entities[owner].name) == normalize(
                    definition.short
                ) and _only_in_older_releases(kb, owner, meta.date):
                    # An older release named it by the acronym alone: this release spells
                    # that name out, so both answer to it, declared here as shared (the
                    # older file is not touched; a reviewer may merge the two).
                    entity = registry.entities[new_id]
                    registry._add_aliases(entity, [definition.short])
                    entity.shared_aliases.append(definition.short)
                    warnings_early.append(
                        f"'{new_id}': {definition.short!r} is also the name of"
                        f" {owner!r}, which an older release names by its acronym alone: both"
                        " answer to it (shared_aliases); merge them if they are one organisation"
                    )
                    continue
                warnings_early.append(
                    f"'{new_id}': {definition.short!r} also names"
                    f" {registry.entities[owner].name} in the knowledge base, so it is not an"
                    f" alias here; add it under shared_aliases in both files if both should answer to it"
                )
                continue
            registry.add(
                definition.long,
                kind,
                aliases=[definition.short],
                id_hint=definition.short if not definition.long[:1].islower() else definition.long,
            )
    # 1b. Companies written with their legal form ("Acme Sdn Bhd"), whole: the form
    #     ends the name, so the words before it are never read as separate names.
    for sentence in all_sentences:
        for name in [
            *suffixed_names(sentence),
            *country_arms(sentence),
            *listed_companies(sentence),
        ]:
            if registry.find(name) is None:
                registry.add(name, EntityKind.ORGANIZATION, exact=True)
    # The headline names the parties too ("UNICEF, WHO pledge …"), often by a short
    # name: read it last, so the body's full names come first.
    if meta.title:
        name_text.append(meta.title)
    if meta.masthead:
        # (The masthead names its organisation in full: "Orrin Regional Office for X".)
        name_text.append(meta.masthead)
    # 2. Capitalised names with a telling head word ("Alibaba Group").
    for sentence in name_text:
        quoted = quoted_names(sentence)
        listed = officials.listed_officials(sentence, registry.acronyms())
        headline = sentence is meta.title  # appended last, above
        above_story = headline or sentence is meta.masthead
        for name in find_named_things(sentence):
            if above_story and _story_name_then_a_verb(body, name):
                # ("Orrin Trust Receives Award": the story's name and a title-case verb.)
                continue
            if above_story and _common_noun_in_story(body, name):
                # ("Acme Improves Customer Service": title case capitalises a common noun
                # the story writes in lower case, "customer service"; no name ends so.)
                continue
            if headline and _headline_phrase(meta.title, body, name):
                # ("Insurers Step Up, Despite Some Officials’ Proposed Solutions": title
                # case capitalised words the story never writes as a name.)
                continue
            if headline and _extends_a_story_name(body, name):
                # Title case capitalises verbs too ("…, Adds Tarnby Music School as
                # Partner"): a run that is a name the story writes plus words it never
                # capitalises is that name and a verb. (A name only the headline or a
                # masthead gives, its short form in the story, stays.)
                continue
            if any(name in title and name != title for title in quoted):
                continue  # part of a quoted title, which parties.py takes whole
            if officials.part_of_the_list(name, listed):
                continue  # "GM-HR Jo Ray of Acme Ltd": a listed official, not a name
            if titled_person(name, sentence):
                continue  # "Dr. Jane Fund, Managing Director of Acme": a person
            if unit_in_a_title(name, sentence):
                continue  # "Head of Library Services at X": the title's unit
            # "2016 G20 Hangzhou Summit" may be known without its year.
            name = _without_leading_title(name)
            # ("30 FrostLane Logistics vans", "Board of Directors of the X": the count
            # and the board are no part of the organisation's name.)
            name = name_cuts.without_governing_body(name_cuts.without_leading_figure(name))
            bare = re.sub(r"^\d{4}\s+", "", name)
            if not name or len(name.split()) < 2 or is_generic_agreement(name):
                continue
            if registry.find(name) is None and (bare == name or registry.find(bare) is None):
                registry.add(name, _kind_in_context(name, sentence))

    # 2a. Organisations named by position in the story ("Orrin Financial and Velmont
    #     Canada have signed", "Tavi Assurance has donated"), so the fullest form a
    #     release writes is known before its short forms are read.
    by_position = longest_names.declare_candidates(
        registry, [s for s in name_text if s is not meta.title and s is not meta.masthead]
    )
    # "UH" for the University of Houston: capitals that spell the initials of exactly
    # one organisation's capitalised words.
    for sentence in name_text:
        # ("VUfR", "DoD": a lower-case letter between capitals stands for a small word.)
        for match in re.finditer(
            r"(?<![\w-])(?:[A-Z]{2,6}|[A-Z](?:[a-z]?[A-Z]){1,5})(?![\w-])", sentence
        ):
            _alias_initials(registry, match.group(0))
    if hints is not None and hints.tag:
        warnings_early += _aliases_from_list_tag(registry, hints.tag)

    party_ids: set[str] = set(by_position)
    # 2b. Parties named without a head word ("ORBALIS and QUILLMARK signed", "trials
    #     with Ostrow Pharma"), known by their position in the sentence.
    places = (
        {normalize(p) for p in (meta.dateline.city, meta.dateline.country) if p}
        if meta.dateline
        else set()
    )
    for sentence in name_text:
        taken = _known_spans(sentence, registry)
        listed = officials.listed_officials(sentence, registry.acronyms())
        for party in find_parties(sentence, registry, places):
            if officials.part_of_the_list(party.name, listed):
                continue  # "GM-HR Jo Ray of Acme Ltd": a listed official, not a party
            # (A longer name that a slash joins to a known one is a name of its own: the
            # "Orrin/Velmont Fund" of Orrin and Velmont. A name written inside a known one
            # and again on its own, the film's title and the programme, is one too. So is
            # the known name with its country or trade after it, "Orrin Relief Fund
            # Canada": the longest form the text writes is the name, longest_forms folds
            # the short one into it.)
            spots = [m.start() for m in re.finditer(re.escape(party.name), sentence)] or [-1]
            if all(
                any(
                    a <= at < b
                    and not (
                        at + len(party.name) > b
                        and (
                            sentence[b : b + 1] == "/"
                            or longest_names.adds_only_trade_or_country(sentence[a:b], party.name)
                        )
                    )
                    for a, b in taken
                )
                for at in spots
            ):
                continue  # part of a longer known name ("Coast and Canal Initiative")
            at = spots[0]
            if _after_its_owner_word(sentence, at, party.name, registry):
                continue  # "Marlow's Markets": a known name the possessive begins
            if is_generic_agreement(party.name):
                continue  # "an MOU", "the Licensing Agreement"
            if roles.WHERE_BASED.fullmatch(party.name):
                continue  # "Velmont-based biotech company Kestrel": where it is based
            # ("the Partner 4 Towns program" beside "Partner 4 Towns Program": the same
            # programme, named without its head word.)
            with_head = (
                next(
                    filter(
                        None,
                        (registry.find(f"{party.name} {h}") for h in _PROGRAMME_NAME_HEADS),
                    ),
                    None,
                )
                if party.kind == EntityKind.INITIATIVE
                else None
            )
            if with_head is not None and registry.find(party.name) is None:
                registry._add_aliases(registry.entities[with_head], [party.name])
            elif registry.find(party.name) is None:
                party_ids.add(registry.add(party.name, party.kind))
            else:
                at_end = sentence[at + len(party.name) :] if at >= 0 else ""
                _alias_short_form(registry, party.name, at_end)
    # A government is an organisation wherever the release names it, a quote included
    # ("... on behalf of the government of Velmora," said the Premier).
    for para in paragraphs:
        for name in government_names(para):
            if registry.find(name) is None:
                party_ids.add(registry.add(name, EntityKind.ORGANIZATION))
    # ("a new industry alliance known as 7harbours": a name no capital opens.)
    for sentence in all_sentences:
        for digit_led in digit_names.digit_names(sentence):
            if registry.find(digit_led.name) is None:
                party_ids.add(registry.add(digit_led.name, digit_led.kind))
        # ("signed ... along with kesto Group, Brennel, vo, and Ostratel": a list of
        # parties after a deal's "with", brands in lower case included.)
        for listed in party_lists.listed_parties(sentence):
            if normalize(listed.name) in places:
                continue
            aliases = [listed.former] if listed.former else []
            party_ids.add(registry.add(listed.name, EntityKind.ORGANIZATION, aliases=aliases))
    # ("The provincial and federal governments ... signed": the province's and the
    # country's, when the release names the province.)
    for name in level_governments(body):
        if registry.find(name) is None:
            party_ids.add(registry.add(name, EntityKind.ORGANIZATION))
    # ("the Kenyan government", a headline's "Federal Government" over a story's
    # "federal government".)
    party_ids.update(governments_by_demonym(registry, body, officials.countries_named(text)))
    federal = federal_government(registry, meta.title, body)
    if federal is not None:
        party_ids.add(federal)
    # "Kelvane Pledges $80,000 to ...": the party a headline opens with.
    opener = headline_subject(meta.title, body, registry, places)
    if opener is not None:
        party_ids.add(registry.add(opener, EntityKind.ORGANIZATION))
    # "Orrin has partnered with Kestrel": a one-word name opening a deal sentence, when
    # the release also writes it capitalised inside a sentence (so it is a name, not
    # just a first word), or writes it as a brand ("bioKestrel"). After the longer
    # names, so that "Orrin" is Orrin Biomedical, Inc. when the release names it so.
    inside = {
        match.group(0)
        for sentence in name_text
        for match in re.finditer(r"(?<=[\w,;:)] )[A-Z][\w&'’.-]*[\w&]", sentence)
    }
    subjects = [s for s in map(lead_subject, name_text) if s is not None]
    # ("Lind and Reyl agreed": family names of people the release names in full.)
    name_words = (
        {w for s in name_text for p in find_people(s, registry.acronyms()) for w in p.name.split()}
        if subjects
        else set()
    )
    for subject in subjects:
        if (
            subject not in name_words
            and (subject in inside or re.match(r"[a-z]{1,3}[A-Z]", subject))
            and registry.find(subject) is None
            and registry.find_person(subject) is None
            and normalize(subject) not in places
            and not is_country(subject)
            and not is_title_word(subject)
            # ("The Administration announced": a head word alone names nothing.)
            and subject.lower() not in ALL_HEADS | _AGENCY_HEADS
        ):
            party_ids.add(registry.add(subject, EntityKind.ORGANIZATION))
    # "between X (X), Velmont, and KTI Limited", "signed an MoU with the Ivo dos Ramos
    # Foundation": news prose names a deal's parties in set phrases, whatever the names.
    for sentence in name_text:
        for name in deal_parties(sentence):
            party_ids |= deal_party(registry, name, places, text)
        for name in whole_programme_names(sentence):
            whole_programme(registry, name, text)
    # "its Open Doors for Makers \u2013 Acme Workshop Program": the programme's own
    # name, before the dash, is an alias of the programme.
    for sentence in narrative:
        for programme in programme_names(sentence):
            found = registry.find(programme.full)
            if found is not None and registry.find(programme.name) is None:
                registry.add(programme.full, EntityKind.INITIATIVE, aliases=[programme.name])
    # "Marrowind" for the Marrowind Foundation: a one-word short form the text uses on
    # its own (not as the first word of the full name).
    # (Never the dateline's city: "in Brackenford" is the place, not the Brackenford
    # Environment Committee.)
    for sentence in narrative:
        for match in re.finditer(r"(?<![\w-])[A-Z][\w-]{2,}(?![\w-])", sentence):
            if normalize(match.group(0)) not in places:
                _alias_short_form(registry, match.group(0), sentence[match.end() :])

    # 2c. Names no list knows, made names by the release's own evidence: where they
    #     stand (a clause's subject, the object of "with"), how often and where the release
    #     writes them (twice, in the headline, under "About"), a bracket they fill.
    abouts = [name for para in paragraphs if (name := about_heading(para)) is not None]
    for candidate in name_evidence.scored_names(
        all_sentences, registry, headline=meta.title, about=abouts, places=places
    ):
        if candidate.unsure:
            # (Where it stands and how often say "a name", a person's as well: no sign
            # says a body, so the reviewer decides.)
            note = (
                f"{candidate.name!r} acts as a party does but its words do not say whether"
                " it is a person or an organisation: check its kind, or add it as an"
                " organisation if it is one"
            )
            if registry.find(candidate.name) is None and note not in registry.notes:
                registry.notes.append(note)
            continue
        if registry.find(candidate.name) is None:
            # (The body it belongs to first, so "Orrin" stays a name of its own.)
            for part in candidate.parts:
                if registry.find(part) is None:
                    registry.add(part, EntityKind.ORGANIZATION, exact=True)
            party_ids.add(registry.add(candidate.name, candidate.kind))
    # (A name the release's evidence has since made an organisation is no longer unsure.)
    declared = {repr(e.name) for e in registry.entities.values() if e.kind != EntityKind.PERSON}
    registry.notes = [
        n for n in registry.notes if n.split(" acts as a party does")[0] not in declared
    ]
    # "Orrin" and "Orrin Financial": one organisation, named by the fullest form.
    folded = longest_names.longest_forms(registry)
    party_ids = {folded.get(p, p) for p in party_ids}
    longest_names.programmes_without_their_owner(registry, narrative)

    # 3. People and quotes, in reading order so "he said" finds the last speaker.
    finder = QuoteFinder(registry, single=single)
    # The first organisation of the lead paragraph is, by newswire convention, the issuer.
    finder.issuer = next(
        (
            e
            for e in registry.mentions(paragraphs[0])
            if registry.entities[e].kind != EntityKind.PERSON
        ),
        None,
    )
    # (In a news story an outlet reports on parties none of which issued it: "the
    # company" is still the one it is about, but an official's bare title is left for the
    # reviewer, never given to the party named first.)
    finder.news_story = publisher.voice(text).is_news
    finder.own_org = _own_organisation(meta, registry, body)
    found_quotes: list[FoundQuote] = []
    countries = officials.countries_named(text)
    # A title-case headline capitalises every word ("… Reaches 3,150 Pupils, Adds Vessen
    # Conservatory as Partner"): a "person" read from it that only extends a name the
    # story writes by a word it never capitalises is that name and a verb, no person.
    # (Someone named only in the headline, "Statement by … Tana Rell", stays.)
    for ref in find_people(meta.title, registry.acronyms()):
        if not _extends_a_story_name(body, ref.name) and not _title_cased_phrase(
            meta.title, body, ref.name
        ):
            finder.register_person(ref)
    for ref in _contacts(text, registry):
        finder.register_person(ref)
    pending_bylines: list[bylines.Byline] = []
    for p, para in enumerate(paragraphs):
        signer = (
            signature(para, paragraphs[p + 1], registry.acronyms())
            if p + 1 < len(paragraphs)
            else None
        )
        # (A one-line signature signs only the quotes right above it.)
        if signer is None and found_quotes and found_quotes[-1].paragraph == p - 1:
            signer = signature_line(para, registry.acronyms())
        # ("I am glad …" over "- Jane Doe, Vice-Chancellor": words in the first person
        # with no quote marks, signed by the line below them.)
        signs_unmarked = (
            signer is None
            and p > 0
            and not (found_quotes and found_quotes[-1].paragraph == p - 1)
            and unmarked_speech(paragraphs[p - 1], first=False)
        )
        if signs_unmarked:
            signer = signature_line(para, registry.acronyms())
        if (
            signer is None
            and found_quotes
            and found_quotes[-1].paragraph == p - 1
            and found_quotes[-1].speaker is None
            and (named := bylines.byline_name(para, registry.acronyms())) is not None
        ):
            # ("Cllr Doe" under a pull-quote: the person is named in full further down.)
            pending_bylines.append(bylines.Byline(p - 1, named))
        if signer is not None:
            person = finder.register_person(signer)
            if person and signs_unmarked:
                finder.signed_unmarked(p - 1, paragraphs[p - 1], person, found_quotes)
            if person:
                finder.signed(p, person, found_quotes)
        for p_sentence in [para[a:b] for a, b in split_sentences(para)]:
            found_people = officials.merge_officials(
                officials.national_offices(
                    officials.portfolio_speakers(
                        find_people(p_sentence, registry.acronyms()), p_sentence
                    ),
                    countries,
                ),
                officials.listed_officials(p_sentence, registry.acronyms(), countries),
                registry.acronyms(),
                countries,
            )
            for ref in found_people:
                ref = roles.without_base(ref)
                rank = rank_before(ref.name, p_sentence)
                service_rank: PersonRef | None = None
                if ref.title is None and rank is not None:
                    ref = replace(ref, title=rank.rank, organization=rank.service)
                elif rank is not None and rank.service is not None:
                    # ("U.S. Navy Vice Admiral Jane Doe, NGA director": the post, and the
                    # rank in the service named before it, a role of its own.)
                    service_rank = PersonRef(ref.name, rank.rank, rank.service)
                described = bool(ref.organization) and roles.is_description(ref.organization or "")
                if described:
                    # ("chief executive of the Velmont-based organization": a kind, no name.)
                    ref = PersonRef(ref.name, ref.title, None, ref.known_only)
                ref = roles.side_of_short_form(ref, p_sentence, registry)
                if ref.title and ref.organization is None:
                    ref, note = roles.organisation_of(
                        ref,
                        p_sentence,
                        registry,
                        issuer=finder.issuer,
                        release=text,
                        described=described,
                    )
                    if note is not None:
                        finder.warnings.append(note)
                person = finder.register_person(ref)
                if person and service_rank is not None:
                    finder.register_person(service_rank)
                if person:
                    finder.person_mentioned(person)
        found_quotes += finder.paragraph(p, para, found_quotes)
        if signer is not None:
            finder.introduced = None  # a signature closes the quotes above; it opens none

    # "South African" as the organisation of a role ("South African deputy minister"):
    # a nationality adjective is no organisation; the role keeps its title.
    for entity in list(registry.entities.values()):
        if (
            not entity.existing
            and entity.kind == EntityKind.ORGANIZATION
            and is_demonym_only(entity.name)
        ):
            registry.roles = [
                DraftRole(r.entity, r.title, None) if r.organization == entity.id else r
                for r in registry.roles
            ]
            registry.discard(entity.id)
    names_cut_at_and(registry, text)
    names_joined_by_their_acronym(registry, body)
    joined_names.split_by_acronyms(registry, body)
    names_split_at_their_and(registry, body)
    list_openers(registry, all_sentences, body)
    partners_named_as_examples(registry, body)
    listed_recipients(registry, body)
    names_cut_at_a_field(registry, body)
    acronyms_of_whole_names(registry, body)
    branches_of_parties(registry, body)
    parents_written_two_ways(registry)
    short_forms_without_head(registry, body)
    leading_words_as_names(registry, body)
    names_with_the(registry, body)
    names_without_their_legal_form(registry, body)
    names_with_their_campus(registry, body)
    names_without_their_year(registry)
    names_around_an_acronym(registry, body)
    governments_by_adjective(registry)
    for entity in list(registry.entities.values()):
        # ("India and the UK signed ..."): a country a release names by its initials
        # answers to its full name too.
        full = (
            country_full_name(entity.name)
            if entity.kind == EntityKind.PLACE and not entity.existing and is_country(entity.name)
            else None
        )
        if full is not None:
            registry._add_aliases(entity, [full])
    assumed_before = set(finder.assumed_roles)
    finder.warnings += role_orgs.settle_organisations(
        registry, text, finder.issuer, finder.assumed_roles
    )
    for person, title in assumed_before - finder.assumed_roles:
        # (An assumption the release's own words overruled: its note goes.)
        opening = f"'{person}' ({title}): organisation assumed"
        finder.warnings = [w for w in finder.warnings if not w.startswith(opening)]
    roles.role_organisations_in_full(registry)
    title_orgs.organisations_in_titles(registry, body)
    ampersands.and_for_ampersand(registry)
    if meta.publisher_hinted and meta.publisher:
        # "Corvid Aviation" from the From: display name: the release's own organisation,
        # by the name its entity has ("Corvid Aviation Ltd").
        sender = registry.find(meta.publisher)
        if sender is not None and registry.entities[sender].kind == EntityKind.ORGANIZATION:
            meta.publisher = registry.entities[sender].name
    publisher.issuer_over_unknown_marker(meta, registry, text)
    if meta.publisher is None:
        publisher.publisher_from_sign_off(meta, registry, text)
    if meta.publisher is None:
        _publisher_from_parties(meta, registry, paragraphs[0] if paragraphs else "", text)
        publisher.regional_office(meta, registry, text)
    warnings: list[str] = [*warnings_early, *finder.warnings]
    if kb is not None:
        folded = fold_for_verbatim(text)
        for loaded in kb.sources.values():
            if fold_for_verbatim(loaded.text) == folded:
                warnings.append(
                    f"this release is already in the knowledge base as source {loaded.id!r};"
                    " delete this draft unless you mean to replace that one"
                )
    found_quotes = bylines.settle_bylines(pending_bylines, found_quotes, registry, warnings)
    found_quotes = inner_attribution.speakers_inside(found_quotes, finder, warnings)
    quotes = _quotes_with_current_speakers(found_quotes, registry, warnings)
    by_partner = roles.speakers_by_partner(
        registry,
        [roles.Speech(q.speaker, q.text) for q in quotes if q.speaker],
        [para[a:b] for para in paragraphs[:3] for a, b in split_sentences(para)[:1]],
        frozenset(finder.assumed_roles),
    )
    # (The note of an assumption the quote overruled goes: the new note replaces it.)
    overruled = {note.split(": organisation assumed")[0] for note in by_partner}
    warnings = [w for w in warnings if w.split(": organisation assumed")[0] not in overruled]
    warnings += by_partner
    # (A title still at no organisation: the one the release otherwise ties the person
    # to, else its issuer, with a note.)
    # (The text's first line, when the title was read from the lead: a headline above it.)
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    joint_headline = any(
        opening is not None and opening.joint
        for opening in (
            _headline_opening(meta, registry, body),
            _headline_opening(meta, registry, body, first_line),
        )
    )
    lead_sentences = split_sentences(paragraphs[0]) if paragraphs else []
    lead = paragraphs[0][lead_sentences[0][0] : lead_sentences[0][1]] if lead_sentences else ""
    # (Under a joint headline or lead, "A and B sign …": either may be the speaker's.)
    joint = joint_headline or inferred_orgs.joint_lead(registry, lead)
    for inferred in inferred_orgs.infer_organisations(
        registry,
        body,
        (
            finder.own_org,
            inferred_orgs.about_issuer(registry, paragraphs),
            inferred_orgs.lead_issuer(registry, lead),
            # (Newswire convention: the lead paragraph's first organisation.)
            finder.issuer,
        ),
        skip=finder.open_roles,
        public_office=OUTSIDE_OFFICE,
        news_story=finder.news_story,
        joint=joint,
        # (Under a joint lead only the publisher its page or e-mail gives is its own.)
        own=finder.own_org if meta.publisher_hinted or not joint else None,
    ):
        finder.assumed_roles.add((inferred.person, inferred.title))
        warnings.append(inferred.note)

    # Leadership changes ("X will become Chair on 1 February 2025", "Y succeeds her as
    # Executive Director"): the new titles as roles, the old ones ended (appointments.py).
    # A title the base already places at an organisation stays there first, so that an
    # ended title is restated at the organisation the base has it at (known_roles.py).
    warnings = known_roles.place_as_the_base_does(registry, kb, finder.assumed_roles, warnings)
    # ("co-founder and Chief Executive Officer": two roles, the founder's never ends.)
    founders.split_founder_titles(registry)
    # (Sentences with their speech blanked: an attribution says changes too, "said X,
    # who joins Acme's board".)
    changes = appointments.read_changes(name_text, registry, meta.date)
    warnings += appointments.apply_changes(registry, changes, finder.issuer, kb)
    warnings += appointments.titles_held_before(narrative, registry, kb)
    # (Titles that start after the release's date, for the summaries: "… from January 1,
    # 2024".)
    upcoming = appointments.upcoming_titles(changes)

    # A party found by position that turns out to hold a person's name ("… in Genvale
    # Ada Morrow and …") was a place and a person run together: drop it.
    people_names = [
        normalize(e.name) for e in registry.entities.values() if e.kind == EntityKind.PERSON
    ]
    for entity_id in party_ids:
        entity = registry.entities.get(entity_id)
        if entity is None:
            continue
        key = normalize(entity.name)
        # ("signed by Rook and Lind": a one-word party that is the family name of a
        # person the release names is that person.)
        inside = [
            p
            for p in people_names
            if key != p and (key.endswith(" " + p) or key.startswith(p + " "))
        ]
        if inside and all(_only_inside(p, key, text) for p in inside):
            # "Kestrel Vance Orrin" the law firm, never "Vance Orrin" on its own: the
            # person is a fragment of the party's name, not the other way round.
            for person_key in inside:
                fragment = next(
                    (e.id for e in registry.entities.values() if normalize(e.name) == person_key),
                    None,
                )
                if fragment is not None and not any(r.entity == fragment for r in registry.roles):
                    registry.discard(fragment)
            continue
        if inside or (
            " " not in key and any(p.split()[-1] == key for p in people_names if " " in p)
        ):
            registry.discard(entity_id)

    _short_forms_of_longer_names(registry)
    short_names.short_forms(registry)
    short_names.without_owners_acronym(registry)
    short_names.headline_tails(registry, meta.title or "", "\n".join(paragraphs))
    short_names.place_tails(registry, meta.dateline.city if meta.dateline else None)
    warnings += short_names.civic_titles(registry)
    short_names.written_titles(registry)

    # "University of Kestrel Osric Pell": an organisation's name run on into the name
    # of a person the release introduces there; the organisation alone is known.
    for entity in [e for e in registry.entities.values() if e.kind != EntityKind.PERSON]:
        if entity.existing:
            continue
        for person in people_names:
            key = normalize(entity.name)
            rest = key[: -len(person)].strip() if key.endswith(" " + person) else ""
            # ("Department of Harbours - Velmont": after a dash, the name's own place.)
            dashed = re.search(r"[-\u2013\u2014,]\s*$", entity.name[: -len(person)]) is not None
            if (
                rest
                and not dashed
                and registry.find(entity.name[: len(rest)].strip()) not in (None, entity.id)
            ):
                registry.discard(entity.id)
                break
            # "Jane Doe of Orrin Therapeutics": a person, then where she comes from.
            # ("Acting President Jane Doe of Orrin University": with her title before.)
            of_org = re.search(
                rf"(?:^|\s){re.escape(person)}\s+(?:of|from)\s+(?:the\s+)?(?P<org>.+)$", key
            )
            if of_org and registry.find(of_org.group("org")) not in (None, entity.id):
                registry.discard(entity.id)
                break

    warnings.extend(
        declare_agreements(
            registry,
            generic_agreements,
            paragraphs[0] if paragraphs else "",
            meta.date.year if meta.date else None,
        )
    )

    # 4. Facts from the narrative sentences.
    #    Every statement of the body is kept: one that names no party is about the
    #    release's parties (those the lead names), and the reviewer is told.
    # (Places are where the news happened, never its parties.)
    lead_parties = (
        tuple(
            e
            for e in registry.mentions(paragraphs[0])
            if registry.entities[e].kind not in (EntityKind.PERSON, EntityKind.PLACE)
        )
        or tuple(e for e in registry.entities if registry.entities[e].kind != EntityKind.PERSON)[:2]
    )
    facts: list[FoundFact] = []
    fact_notes: list[tuple[int, str]] = []
    for sentence in narrative:
        if sentence in boilerplate:
            continue
        fact = fact_for(sentence, registry, facts[-1] if facts else None, meta.date, lead_parties)
        if fact is None and is_statement(sentence.strip()) and lead_parties:
            fact = FoundFact(sentence.strip(), lead_parties, fact_date(sentence, meta.date))
            fact_notes.append((len(facts), "names no party; linked to the release's parties"))
        if fact is None:
            continue
        # (A date a clause set off by commas gives, "The partnership, launched in March
        # 2021, is extended to …", is not the statement's: clause_dates.py.)
        in_clause = clause_date(fact.text, meta.date)
        if in_clause is not None and in_clause.date != fact.date:
            fact = replace(fact, date=in_clause.date)
            fact_notes.append((len(facts), clause_note(in_clause)))
        # ("… today announced …, with a hub opening in July 2025": the announcement's
        # date; "4.6 million in 2023, and 8.2 million in total": two dates: fact_times.py.)
        if fact_times.date_of_a_detail(
            fact.text, fact.date, meta.date.isoformat() if meta.date else None
        ):
            fact = replace(fact, date=None)
            fact_notes.append((len(facts), fact_times.DETAIL_NOTE))
        if fact_times.period_and_total(fact.text):
            fact = replace(fact, date=None)
            fact_notes.append((len(facts), fact_times.PERIOD_TOTAL_NOTE))
        elif fact_times.clauses_with_own_times(fact.text):
            # ("opened at A in April 2019 and at B in October 2019": one date cannot
            # date both clauses.)
            fact = replace(fact, date=None)
            fact_notes.append((len(facts), fact_times.OWN_TIMES_NOTE))
        # ("Citywide, it will reach …": one adverb before the pronoun.)
        after_adverb = re.sub(r"^[A-Z][a-z]+,\s+", "", fact.text)
        pointer = _POINTER_START.match(fact.text) or (
            _POINTER_START.match(after_adverb[:1].upper() + after_adverb[1:])
            if after_adverb != fact.text
            else None
        )
        points = (
            (
                PointingStart(fact.text[: len(fact.text) - len(after_adverb) + pointer.end()])
                if pointer and not _POINTER_START.match(fact.text)
                else PointingStart(pointer.group(0))
                if pointer
                else pointing_start(fact.text, registry)
            )
            # ("Since its launch, the partnership …", "The stations now reach …".)
            or backrefs.opener_reference(fact.text, registry)
            or backrefs.unnamed_subject(fact.text, registry, fact.about)
        )
        if points:
            candidates = points.described or fact.about[:1]
            meant = " or ".join(registry.entities[e].name for e in candidates[:2]) or "?"
            fact_notes.append(
                (len(facts), f"starts with {points.opening!r} (probably {meant}): name it")
            )
        elif (pronoun := outside_pronoun(fact.text, registry, fact.about)) is not None:
            fact_notes.append(
                (len(facts), f"says {pronoun!r} of someone it does not name: name them")
            )
        facts.append(fact)
        # ("Jo Ray, the council's Head of Parks since March 2021, will …": the post's
        # start as a statement of its own.)
        post = since_posts.since_post(sentence, registry)
        if post is not None:
            fact_notes.append((len(facts), since_posts.NOTE))
            facts.append(post)
    # (The same in a quote's attribution, "Jo Ray, Head of Parks since 2021, said: …",
    # read with the speech blanked.)
    stated = {x.strip() for x in narrative}
    for sentence in name_text:
        post = None if sentence in stated else since_posts.since_post(sentence, registry)
        if post is not None and all(f.text != post.text for f in facts):
            fact_notes.append((len(facts), since_posts.NOTE))
            facts.append(post)
    # (A post held since a date ends the titles an older release gave at the same
    # organisation: "Director of Grants at the Trust since 2023" after "Programme
    # Manager at the Trust".)
    for sentence in name_text:
        held = since_posts.held_since(sentence, registry)
        if held is not None:
            warnings += appointments.end_posts_before(
                registry, kb, held.person, held.title, held.organisation, held.since
            )

    # The dateline's city or country named as an "organisation" ("the mayor of Tallis").
    for entity in registry.entities.values():
        if (
            not entity.existing
            and entity.kind == EntityKind.ORGANIZATION
            and normalize(entity.name) in places
        ):
            entity.kind = EntityKind.PLACE

    _offices_at_their_agencies(registry)
    _generational_suffixes(registry, body)

    # 5. Summaries for new entities (the model requires one).
    for entity in registry.entities.values():
        if entity.existing or entity.summary:
            continue
        if entity.kind == EntityKind.PERSON:
            entity.summary = _person_summary(registry, entity, meta, upcoming)
        else:
            entity.summary = (
                _summary_from_about(paragraphs, entity)
                or _summary_from_text(narrative, entity)
                or _summary_from_text(all_sentences, entity)
                or ""
            )
            if not entity.summary:
                lead = _first_naming(narrative, entity) or _first_naming(all_sentences, entity)
                entity.summary = (
                    lead
                    or f"{entity.name}, named in the {meta.publisher or 'press'} release of"
                    f" {_when(meta)}."
                )
                if lead:
                    registry.notes.append(
                        f"the summary of {entity.id!r} is the first sentence naming it (the"
                        " release says nowhere what it is): replace it with one line saying"
                        f" what {entity.name} is"
                    )

    # 5b. An "About X" paragraph for an entity the base already has restates its summary
    #     (a later release's boilerplate carries its newest figures: "now 350 projects"),
    #     written under `summaries:` so the older file stays as it is (issue 12).
    restated: list[tuple[str, str]] = []
    for entity in registry.entities.values():
        if not entity.existing or kb is None or entity.id not in kb.entities:
            continue
        about = _summary_from_about(paragraphs, entity)
        if about is None:
            continue
        current = _newest_summary(kb, entity.id)
        if normalize(about) != normalize(current):
            restated.append((entity.id, about))
    # A person the release gives a new title (a leadership change) whom the base already
    # has: the base's summary would stay the newest, beside the new role, so it is
    # restated from this release's titles (the README asks reviewers to do so).
    retitled = [
        p
        for p in appointments.changed_people(changes)
        if p in registry.entities and registry.entities[p].existing and kb is not None
    ]
    # A known person this release names by a current title their newest summary in the
    # base does not give ("Chief Operating Officer of X" in the base; the release: "X's
    # Chief Executive Officer"): the title changed between releases, so the summary is
    # restated too (the README asks for it; a newcomer restated three by hand).
    if kb is not None:
        retitled += [
            p
            for p in _titled_anew(registry, kb)
            if p not in retitled and not any(p == e for e, _ in restated)
        ]
    for person in retitled:
        restated.append(
            (person, _person_summary(registry, registry.entities[person], meta, upcoming))
        )

    # 6. Ids that are unique across the whole knowledge base (the loader checks that).
    taken_quotes = {q.id for q in kb.quotes} if kb else set()
    taken_facts = {f.id for f in kb.facts} if kb else set()
    sid = source_id or default_source_id(meta, registry)
    if kb and sid in kb.sources and source_id is None:
        sid = _unique(sid, set(kb.sources))
    draft = Draft(
        source_id=sid,
        meta=meta,
        text_path=text_path or f"../sources/{sid}.txt",
        release_text=text,
        registry=registry,
        warnings=warnings,
        summaries=restated,
        url=_web_address(hints),
    )
    draft.warnings += [
        f"summary of {e} restated from this release's About paragraph: keep it only if it is "
        "newer than the one the base has"
        if e not in retitled
        else f"summary of {e} restated from the titles this release gives them: check it"
        for e, _ in restated
    ]
    for quote in _quotes_with_current_speakers(quotes, registry, draft.warnings):
        assert quote.speaker is not None
        qid = _unique(f"{quote.speaker}-{_words_slug(quote.text, 4) or 'quote'}", taken_quotes)
        draft.quotes.append(
            (qid, quote, quote_links.quote_about(quote.text, quote.speaker, registry))
        )
    notes_by_fact: dict[int, list[str]] = {}
    for index, note in fact_notes:
        notes_by_fact.setdefault(index, []).append(note)
    for k, fact in enumerate(facts):
        fid = _unique(f"{sid[:10]}-{_words_slug(fact.text, 5) or 'fact'}", taken_facts)
        draft.facts.append((fid, fact))
        draft.warnings += [f"fact {fid} {note}" for note in notes_by_fact.get(k, [])]
    _check_verbatim(draft)
    _check_references(draft)
    # ("N sentences of the release are in no fact or quote": nothing is lost silently.)
    statements = [
        x for x in narrative if x not in boilerplate and is_statement(x.strip()) and x != meta.title
    ]
    speech = [x for x in name_text if x not in narrative]
    unheld = coverage.left_out(
        statements, speech, [f.text for _, f in draft.facts] + [q.text for _, q, _ in draft.quotes]
    )
    note = coverage.left_out_note(unheld)
    if note is not None:
        draft.warnings.append(note)
    return draft


def _quotes_with_current_speakers(
    found: list[FoundQuote], registry: Registry, warnings: list[str]
) -> list[FoundQuote]:
    """The quotes that have a speaker, each under the id its speaker goes by now: a pass
    after the quotes were read may fold the speaker into another entity or rename it
    ("the company" read as an organisation a later sentence names at more length). A
    quote whose speaker the draft no longer holds is left out with a note quoting it,
    never silently. ``warnings`` gets the notes."""
    kept: list[FoundQuote] = []
    for quote in found:
        if quote.speaker is None:
            continue
        speaker = registry.current_id(quote.speaker)
        if speaker is None:
            warnings.append(
                f"the quote \u201c{quote.text[:60]}\u2026\u201d lost its speaker"
                f" '{quote.speaker}' while drafting: add it by hand"
            )
            continue
        kept.append(replace(quote, speaker=speaker) if speaker != quote.speaker else quote)
    return kept


def _check_references(draft: Draft) -> None:
    """Belt and braces: a reference to an entity the draft does not hold would make the
    whole knowledge base fail to load; drop it and say so, rather than refuse the draft."""
    known = set(draft.registry.entities)
    for k, (fid, fact) in enumerate(draft.facts):
        about = tuple(e for e in fact.about if e in known)
        if about != fact.about:
            draft.warnings.append(f"fact {fid} lost a link to an entity dropped while drafting")
            draft.facts[k] = (fid, FoundFact(fact.text, about, fact.date))
    draft.facts = [(fid, f) for fid, f in draft.facts if f.about]
    for qid, q, _ in draft.quotes:
        if q.speaker not in known:
            draft.warnings.append(f"quote {qid} lost its speaker while drafting: add it by hand")
    draft.quotes = [
        (qid, q, tuple(e for e in about if e in known))
        for qid, q, about in draft.quotes
        if q.speaker in known
    ]
    draft.registry.roles = [
        r
        for r in draft.registry.roles
        if r.entity in known and (r.organization is None or r.organization in known)
    ]


def _check_verbatim(draft: Draft) -> None:
    """Belt and braces: a quote that is not verbatim would make the draft fail to load."""
    folded = fold_for_verbatim(draft.release_text)
    kept = []
    for qid, quote, about in draft.quotes:
        if fold_for_verbatim(quote.text) in folded:
            kept.append((qid, quote, about))
        else:
            draft.warnings.append(f"quote {qid} could not be matched verbatim and was left out")
    draft.quotes = kept


# --- writing --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Written:
    """Where a draft went (or would go, when ``written`` is False: ``--dry-run``).

    ``replaced`` lists the files of earlier drafts of the same release text that the
    draft replaces (removed when written, left alone by ``--dry-run``).
    """

    yaml_path: Path
    text_path: Path
    draft: Draft
    written: bool = True
    replaced: tuple[Path, ...] = ()
    # Unreviewed drafts of the base left out while drafting, for their problems: one
    # line per problem, "file:line: location: message" (relative to the base).
    held_back: tuple[str, ...] = ()
    # Why a real run would stop where this dry run went on (an earlier draft or a file
    # in the way); "" when it would write.
    refused: str = ""


# How an undated draft marks its date (see Draft.to_yaml); the loader rejects it.
UNDATED = "date: null  # REVIEW"


def undated_stand_in() -> str:
    """What an undated draft's date is read as while other releases are ingested: today,
    the likeliest date of a release a team just received (the newest file declares the
    names it shares with older ones, so a stand-in in the past could break the load)."""
    return f"date: {dt.date.today().isoformat()}  #"


@dataclass(frozen=True, slots=True)
class EarlierDraft:
    """An unreviewed knowledge file whose source text is the release being ingested."""

    yaml_path: Path
    text_path: Path


# "reviewed: false" as YAML may spell it; files without it are never drafts.
_SAYS_UNREVIEWED = re.compile(
    r"^\s*reviewed\s*:\s*(?:false|no|off)\b", re.IGNORECASE | re.MULTILINE
)


def text_digest(text: str) -> str:
    """SHA-256 (hex) of a release's stored text, UTF-8 encoded as ``ingest`` writes it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def earlier_drafts(knowledge_dir: Path, text: str) -> list[EarlierDraft]:
    """Unreviewed drafts in ``knowledge_dir`` whose source text has ``text``'s digest.

    Re-ingesting a release (say with ``--date`` once its date is known) replaces these,
    whatever their id or date, instead of adding a second draft beside them.
    Reviewed files are never listed: a person's review is never replaced.
    """
    if not knowledge_dir.is_dir():
        return []
    wanted = text_digest(text)
    found = []
    for path in sorted(knowledge_dir.rglob("*.y*ml")):
        try:
            content = path.read_text(encoding="utf-8")
            # Only a draft is parsed: a large base is mostly reviewed files.
            if not _SAYS_UNREVIEWED.search(content):
                continue
            data = yaml.safe_load(content)
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        source = data.get("source") if isinstance(data, dict) else None
        if not isinstance(source, dict) or source.get("reviewed", True) is not False:
            continue
        relative = source.get("text")
        if not isinstance(relative, str):
            continue
        text_path = Path(os.path.normpath(path.parent / relative))
        try:
            stored = text_path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if text_digest(stored) == wanted:
            found.append(EarlierDraft(path, text_path))
    return found


def load_existing(knowledge_dir: Path, *, replacing: Sequence[Path] = ()) -> KnowledgeBase | None:
    """The knowledge base the draft will join; None when there is none yet.

    ``replacing`` are files about to be replaced (an earlier draft of the same release,
    or a file ``--force`` overwrites). They are left out, or the new draft would
    reference entities that only the old draft declares.
    An undated draft (date still to be set) is read with a stand-in date, so one release
    waiting for its date does not stop the next from being ingested. So is a draft with
    problems (an alias two entities claim, a quote edited mid-review): it is held back,
    as serving holds back a broken file, and named with its problems in the result's
    ``broken_files`` and ``broken_problems`` (paths relative to ``knowledge_dir``).
    Raises ``IngestError`` naming each problem (file and line) when a reviewed file's
    problem stops the load.
    """
    if not knowledge_dir.is_dir() or not any(knowledge_dir.rglob("*.y*ml")):
        return None
    undated = [
        p for p in knowledge_dir.rglob("*.y*ml") if UNDATED in p.read_text("utf-8", "replace")
    ]
    skip = {p.resolve() for p in replacing if p.exists()}
    try:
        if not skip and not undated:
            return load_knowledge(
                knowledge_dir, include_unreviewed=True, hold_back_broken_drafts=True
            )
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "knowledge"
            shutil.copytree(
                knowledge_dir,
                copy,
                ignore=lambda folder, names: [
                    n for n in names if (Path(folder) / n).resolve() in skip
                ],
            )
            for path in copy.rglob("*.y*ml"):
                content = path.read_text("utf-8", "replace")
                if UNDATED in content:
                    path.write_text(content.replace(UNDATED, undated_stand_in()), "utf-8")
            if not any(copy.rglob("*.y*ml")):
                return None
            return load_knowledge(copy, include_unreviewed=True, hold_back_broken_drafts=True)
    except KnowledgeError as exc:
        shown = "\n".join(f"  {knowledge_dir / str(p)}" for p in exc.problems[:10])
        more = len(exc.problems) - 10
        shown += f"\n  … and {more} more (`partnerbot check` lists them all)" if more > 0 else ""
        raise IngestError(
            f"the knowledge base in {knowledge_dir} does not load, and not only for problems"
            f" in unreviewed drafts ({len(exc.problems)} problem(s)); fix it first:\n{shown}"
        ) from None


def plan_paths(knowledge_dir: Path, source_id: str, out: Path | None) -> tuple[Path, Path, str]:
    """(yaml path, text path, text path relative to the yaml) for a draft.

    ``out`` is a YAML file, or an existing directory: a ``releases`` folder gets the draft
    inside it, any other folder is taken as a knowledge directory (``releases/`` and
    ``sources/`` inside it), so that ``--out drafts/`` never writes ``drafts.yaml``
    beside the folder the user named.
    """
    if out is not None and out.is_dir():
        out = out.absolute()
        if out.name != "releases":
            out = out / "releases"
        out = out / f"{source_id}.yaml"
    if out is None:
        yaml_path = knowledge_dir / "releases" / f"{source_id}.yaml"
    else:
        # Absolute, so that "beside its parent" means something for a bare "draft.yaml".
        out = out.absolute()
        yaml_path = out if out.suffix in (".yaml", ".yml") else out.with_suffix(".yaml")
    text_path = yaml_path.parent.parent / "sources" / f"{yaml_path.stem}.txt"
    relative = os.path.relpath(text_path, yaml_path.parent).replace(os.sep, "/")
    return yaml_path, text_path, relative


def read_release(release: Path | str) -> Article:
    """A release file of any supported format, or a URL to fetch (see ``extract``)."""
    if isinstance(release, str) and is_url(release):
        return fetch_article(release)
    return read_article(Path(release))


def _is_draft(path: Path) -> bool:
    """True only when ``path`` is a knowledge file whose source says ``reviewed: false``
    (a file without ``reviewed`` is reviewed, as the schema reads it)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return False
    source = data.get("source") if isinstance(data, dict) else None
    return isinstance(source, dict) and source.get("reviewed", True) is False


def ingest_file(
    release: Path | str,
    knowledge_dir: Path,
    *,
    out: Path | None = None,
    force: bool = False,
    date: dt.date | None = None,
    dry_run: bool = False,
) -> Written:
    """Read ``release`` (a file or URL) and write its draft knowledge file and text.

    With ``dry_run`` nothing is written: ``Written.written`` is False and the draft is
    returned for printing, even where a real run would refuse (``Written.refused`` then
    says why, and the draft is the one ``force`` would write when it would help). Raises ``IngestError`` (``UnsupportedFormat`` for a format
    ingest does not read) with a one-line message.
    """
    article = read_release(release)
    text = article.text
    # Earlier drafts of this very release are replaced, never added to, and the new
    # draft is built without them: it declares every entity they alone declared.
    earlier = earlier_drafts(knowledge_dir, text)
    replaced = [p for e in earlier for p in (e.yaml_path, e.text_path)]
    kb = load_existing(knowledge_dir, replacing=replaced)
    # With --out the file name decides the source id, so id and file stay in step.
    wanted = (
        out.stem if out is not None and re.fullmatch(r"[a-z0-9][a-z0-9._-]*", out.stem) else None
    )
    draft = build_draft(text, kb, source_id=wanted, hints=article.hints, date=date)
    base_id = wanted or default_source_id(draft.meta, draft.registry)
    yaml_path, text_path, relative = plan_paths(knowledge_dir, base_id, out)
    # A real run stops at the refusals below. A dry run writes nothing, so it still
    # prints the draft (the one --force would write, when --force would help) and
    # reports the refusal beside it, so that it predicts the real run.
    refused = ""
    if earlier and not force:
        names = " and ".join(str(e.yaml_path) for e in earlier)
        refused = (
            f"{names} already exists: an earlier draft of this release; pass --force to replace it"
        )
        if not dry_run:
            raise IngestError(refused)
    mine = {p.resolve() for p in replaced}
    taken = [p for p in (yaml_path, text_path) if p.exists() and p.resolve() not in mine]
    if taken:
        reviewed = yaml_path.exists() and not _is_draft(yaml_path)
        if reviewed:
            # --force replaces a draft being redone; a person's review is never lost to it.
            refused = (
                f"{yaml_path} already exists and is a reviewed release (or cannot be read as a"
                " draft); ingest never overwrites one, even with --force. Move it away first,"
                " or use --out."
            )
        elif not force:
            refused = f"{taken[0]} already exists; pass --force to overwrite it"
        if refused and not dry_run:
            raise IngestError(refused)
        if not reviewed:
            # Overwriting another draft: build against the knowledge base without it.
            replaced += taken
            kb = load_existing(knowledge_dir, replacing=replaced)
            draft = build_draft(text, kb, source_id=base_id, hints=article.hints, date=date)
    elif draft.source_id != base_id and out is None:
        # The id is taken by another file: write under the distinct id build_draft chose.
        yaml_path, text_path, relative = plan_paths(knowledge_dir, draft.source_id, out)
    if kb is not None and draft.source_id in kb.sources:
        raise IngestError(
            f"the knowledge base already has a source with id {draft.source_id!r}"
            f" ({kb.sources[draft.source_id].file}); choose another --out name"
        )
    draft.text_path = relative
    held = kb.broken_problems if kb is not None else ()
    broken = [knowledge_dir / f for f in (kb.broken_files if kb is not None else ())]
    # Proved with the loader's own checks on a copy of the base (broken drafts held back
    # as above), repairing what drafting caused: a draft that breaks the base would stop
    # every later ingest and check.
    content = make_loadable(
        draft,
        knowledge_dir,
        yaml_path,
        leave_out=[*replaced, *broken],
        stand_ins=[(UNDATED, undated_stand_in())],
    )
    # Parse what we are about to write with the loader's own schema, so a bug here shows
    # up as an ingest error instead of a knowledge base that no longer loads.
    try:
        data = yaml.safe_load(content)
    except yaml.YAMLError as exc:
        raise IngestError(
            f"could not make a valid draft (YAML: {exc}); please report this"
        ) from None
    if data["source"]["date"] is None:
        data["source"]["date"] = "2000-01-01"  # validate the rest; the date is for review
    if data["source"]["dateline"]["city"] == DATELINE_PLACEHOLDER:
        data["source"]["dateline"]["city"] = "-"  # the same: the city is for review
    try:
        KnowledgeFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise IngestError(
            f"could not make a valid draft ({where}: {first['msg']}); please report this"
        ) from None
    new_paths = {yaml_path.resolve(), text_path.resolve()}
    gone = tuple(
        p for e in earlier for p in (e.yaml_path, e.text_path) if p.resolve() not in new_paths
    )
    if dry_run:
        return Written(
            yaml_path,
            text_path,
            draft,
            written=False,
            replaced=gone,
            held_back=held,
            refused=refused,
        )
    yaml_path.parent.mkdir(parents=True, exist_ok=True)
    text_path.parent.mkdir(parents=True, exist_ok=True)
    text_path.write_text(text, encoding="utf-8", newline="")
    yaml_path.write_text(content, encoding="utf-8")
    for path in gone:
        path.unlink(missing_ok=True)
    return Written(yaml_path, text_path, draft, replaced=gone, held_back=held)
