"""Press contacts: "who is the media contact for X?", from the releases' own text.

Knowledge files keep no contact block; the release text (``LoadedSource.text``, read
when the knowledge base is loaded) ends with one: "Media contacts:", "Press contact",
"Contacts", then one entry a line ("Claire DUBOIS, Digital Trade Alliance, +41 …,
media@…") or one entry a few lines (name and organisation, phone, email). The block is
parsed once per release and kept; no file is read at question time.

The answer is the entries naming X (by name or alias) in the releases' blocks, newest
release first, each citing the newest release that prints it. When no entry names X, the
contact blocks of the releases that involve X are what the releases give, when X is
not a person and the question asks for a contact (a person's own email or phone is
theirs, not their release's press desk). Nothing: ``None`` (the caller says the
releases give no contact).
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import NamedTuple

from bot.engine.qa.compose import answered
from bot.engine.qa.executors.base import ExecutorBase, Result
from bot.engine.qa.executors.sources import datelined_sources
from bot.engine.qa.query import Query
from bot.engine.qa.vocabulary import RELEASE_NOUNS
from bot.kb.models import EntityKind
from bot.textnorm import normalize

# The heading of a contact block, a line of its own: "Media contacts:", "Press
# Contact", "CONTACTS", "Media inquiries:", "For media enquiries:", "Contact:". A text
# after the colon on the same line is the first entry ("Contact: Jane Roe, …"); without
# a colon the heading ends the line ("Contacts between the two…" is a sentence).
_HEADING = re.compile(
    r"^\s*(?:for\s+)?(?:(?:media|press|investor|journalist)s?\s+)?"
    r"(?:contacts?|inquiries|enquiries|relations)(?:\s+information)?\s*(?::\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
# Where a contact block ends: the wire's own footer after it.
_FOOTER = re.compile(
    r"^\s*(?:source:?\s|view original content|#{3}|-\s?30\s?-|©|copyright\b|logo\b|photo\b)",
    re.IGNORECASE,
)
# A line that only continues the entry above (phone, email, web address).
_CONTINUATION = re.compile(r"^\s*(?:[+(]?\d[\d ()./-]{5,}|\S+@\S+|(?:https?://|www\.)\S+)")
# A phone number or email anywhere in a line: an entry that has one is complete.
_REACH = re.compile(r"\S+@\S+\.\w|\+?\d[\d ()./-]{6,}\d")
# The heading is looked for in the text's last lines only: "contact" in a body sentence
# ("…contact details in the annex") is no heading.
_TAIL_LINES = 40
# Words asking for a release's press desk, which any contact of the release answers
# (after thesaurus phrases: "media contact" reads "contact").
# Words naming a release ("the Geneva release").
_RELEASE_NOUNS = RELEASE_NOUNS | frozenset(("statement",))
_BLOCK_ASKS = frozenset("contact contacts press media journalists journalist reporters".split())
# At most this many entries are shown.
MAX_CONTACTS = 4


class ContactEntry(NamedTuple):
    """One press contact as printed: its lines joined by ", " (name, organisation,
    phone, email), and the normalised text that names are matched in."""

    text: str
    key: str


class ContactBlock(NamedTuple):
    source: str  # release id
    entries: tuple[ContactEntry, ...]


def contact_entries(text: str) -> tuple[ContactEntry, ...]:
    """The entries of a release text's contact block (the last one in its last
    ``_TAIL_LINES`` lines), in order; () when it has none."""
    lines = text.strip().splitlines()
    start = max(0, len(lines) - _TAIL_LINES)
    heading = None
    for i in range(len(lines) - 1, start - 1, -1):
        match = _HEADING.match(lines[i])
        if match:
            heading = i
            break
    if heading is None:
        return ()
    body: list[str] = []
    rest = (_HEADING.match(lines[heading])["rest"] or "").strip()  # type: ignore[index]
    if rest:
        body.append(rest)
    body.extend(lines[heading + 1 :])
    entries: list[list[str]] = []
    blank = True
    for raw in body:
        line = raw.strip()
        if _FOOTER.match(line):
            break
        if not line:
            blank = True
            continue
        # A phone or email line continues the entry above; so does any line of an
        # entry that runs over several lines without a blank line between entries,
        # as long as the entry above has no phone or email of its own yet.
        if entries and (
            _CONTINUATION.match(line)
            or (not blank and not any(_REACH.search(x) for x in entries[-1]))
        ):
            entries[-1].append(line)
        else:
            entries.append([line])
        blank = False
    return tuple(
        ContactEntry(", ".join(parts), f" {normalize(' '.join(parts))} ") for parts in entries
    )


class ContactAnswers(ExecutorBase):
    @cached_property
    def _contact_blocks(self) -> tuple[ContactBlock, ...]:
        """Every release's contact block, newest release first (releases without one
        are left out)."""
        blocks = []
        for source in self.index.sources_newest:
            entries = contact_entries(self.index.kb.sources[source.id].text)
            if entries:
                blocks.append(ContactBlock(source.id, entries))
        return tuple(blocks)

    def contacts_from(self, previous: ContactAnswers) -> None:
        """Make ``_contact_blocks`` from ``previous``'s (the last snapshot's executors,
        whose index still serves; only read): a release whose source is the same object
        as then (its file and text unchanged, bot.kb.cache) keeps its block, and only
        the others' texts are read again. Nothing is done when ``previous`` never made
        them: they are made from scratch on first use."""
        old = previous.__dict__.get("_contact_blocks")
        if old is None:
            return
        old_sources = previous.index.kb.sources
        old_blocks = {block.source: block for block in old}
        blocks = []
        for source in self.index.sources_newest:
            if old_sources.get(source.id) is source:
                block = old_blocks.get(source.id)  # None: it had none
            else:
                entries = contact_entries(source.text)
                block = ContactBlock(source.id, entries) if entries else None
            if block is not None:
                blocks.append(block)
        vars(self)["_contact_blocks"] = tuple(blocks)

    def contact_from_sources(self, q: Query) -> Result:
        """The press contacts for the question's subjects (or every release's, when it
        names none), from the releases' contact blocks, cited; None when no release
        that mentions them prints a contact block."""
        blocks = self._contact_blocks
        if not blocks:
            return None
        subjects = list(q.subjects)
        named: dict[str, list[str]] = {}  # entry text -> releases printing it
        for subject in subjects:
            entity = self.index.entity(subject)
            labels = [
                f" {normalize(label)} "
                for label in (entity.name, *entity.aliases)
                if len(normalize(label)) > 2
            ]
            for block in blocks:
                for entry in block.entries:
                    if any(label in entry.key for label in labels):
                        named.setdefault(entry.text, []).append(block.source)
        if named:
            return self._contact_answer(q, named, "")
        if any(e in self.index.person_ids for e in subjects) or not set(q.words) & _BLOCK_ASKS:
            # "What's X's email?" for a person is theirs, not their releases' press desk.
            return None
        involved = (
            {s for e in subjects for s in self.index.sources_involving(e, limit=None)}
            if subjects
            else {b.source for b in blocks}
        )
        places = [e for e in subjects if self.index.entity(e).kind is EntityKind.PLACE]
        sent_from = {s.id for s in datelined_sources(self.index, places)}
        if sent_from and set(q.words) & _RELEASE_NOUNS:
            # "The press contact for the Geneva release": the release sent from there.
            involved = sent_from
        given: dict[str, list[str]] = {}
        for block in blocks:
            if block.source in involved:
                for entry in block.entries:
                    given.setdefault(entry.text, []).append(block.source)
        if not given:
            return None
        names = ", ".join(self.index.display_name(e) for e in subjects)
        lead = (
            f"The release datelined {names} gives:\n"
            if involved == sent_from
            else f"No contact is named for {names}; the releases that mention it give these "
            "press contacts:\n"
            if subjects
            else ""
        )
        return self._contact_answer(q, given, lead)

    def _contact_answer(self, q: Query, entries: dict[str, list[str]], lead: str) -> Result:
        shown = list(entries.items())[:MAX_CONTACTS]
        lines = [f"• {text}" for text, _ in shown]
        # The newest release printing an entry is its citation (blocks are newest first).
        sources = [releases[0] for _, releases in shown]
        head = "**Press contact:**" if len(shown) == 1 else "**Press contacts:**"
        return answered(
            self.index,
            q.question,
            f"{lead}{head}\n" + "\n".join(lines),
            sources,
            entities=q.subjects,
        )
