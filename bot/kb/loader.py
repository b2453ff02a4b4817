"""Read every knowledge file, validate it, cross-check it, and build a KnowledgeBase.

The loader never stops at the first problem: it collects every problem it can find
(with file, location and line) and raises one ``KnowledgeError`` that lists them all,
so a reviewer fixes a broken pull request in one pass.
"""

from __future__ import annotations

import os
import re
import stat
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from bot import stages
from bot.kb.cache import LoadCache
from bot.kb.fileio import ReadProblem, file_kind, not_regular, read_regular
from bot.kb.models import (
    Entity,
    KnowledgeBase,
    LoadedFact,
    LoadedQuote,
    LoadedRole,
    LoadedSource,
    LoadedSummary,
    Source,
    construct_validated,
)
from bot.kb.reader import READ_TIMEOUT_SECONDS, ReadTimeout, read_files
from bot.kb.rows import (
    EntityRow,
    FactRow,
    QuoteRow,
    RoleRow,
    Stamp,
    SummaryRow,
    entity_from_row,
    source_from_row,
)
from bot.kb.store import RowStore
from bot.textnorm import fold_for_verbatim

KNOWLEDGE_SUFFIXES = (".yaml", ".yml")
DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    location: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        loc = f" {self.location}:" if self.location else ""
        return f"{where}:{loc} {self.message}"


class KnowledgeError(Exception):
    """The knowledge base could not be loaded; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(self.summary())

    def summary(self) -> str:
        count = len(self.problems)
        lines = [f"{count} problem{'s' if count != 1 else ''} in the knowledge base:"]
        lines += [f"  {p}" for p in self.problems]
        return "\n".join(lines)


# --- reading files -------------------------------------------------------------------------


class _CheckedIn(NamedTuple):
    """What a file's items were checked against (``_ParsedFile.checked``): the source
    an item naming none gets, the source whose text its own quotes were found in, and
    each source its items name, as it was (a quote's position is found in its text)."""

    own_default: str | None
    own_sid: str | None
    cited: tuple[tuple[str, LoadedSource], ...]


@dataclass(slots=True)
class _ParsedFile:
    """A valid knowledge file, as the cross-checks need it."""

    path: Path
    rel: str
    source: Source | None
    # The source's release text, or why it could not be read (reported only if the
    # source's id is not a duplicate).
    release: str | None
    release_problem: str | None
    entities: list[tuple[Entity, EntityRow]]
    roles: list[RoleRow]
    quotes: list[QuoteRow]
    facts: list[FactRow]
    summaries: list[SummaryRow]
    # What the last load made of this file's items (by position), reused when an item
    # comes out the same (its source, a quote's position): a file reused from the
    # LoadCache then costs no new objects. None where nothing was made yet.
    made_source: LoadedSource | None = None
    made_own: list[LoadedSummary | None] = field(default_factory=list)
    made_summaries: list[LoadedSummary | None] = field(default_factory=list)
    made_roles: list[LoadedRole | None] = field(default_factory=list)
    made_quotes: list[LoadedQuote | None] = field(default_factory=list)
    made_facts: list[LoadedFact | None] = field(default_factory=list)
    # The context in which the last load that passed every check between files found
    # this file's items all valid (and made the models above): while it holds, the
    # next load takes the made models as they are (see _checked). None: check again.
    checked: _CheckedIn | None = None
    # The name and alias keys its entities claim, in order (``_claim_keys``).
    claim_keys: list[str] | None = None

    def __post_init__(self) -> None:
        self.made_own = [None] * len(self.entities)
        self.made_summaries = [None] * len(self.summaries)
        self.made_roles = [None] * len(self.roles)
        self.made_quotes = [None] * len(self.quotes)
        self.made_facts = [None] * len(self.facts)

    def premake(self) -> None:
        """Make the models of the items that cite the file's own source (nearly all),
        as ``_checked`` would if that source turns out valid and its own.

        Called while the other files are still being read, so that this share of the
        work runs beside the reading workers rather than in ``_checked``, which runs on
        one core once every file is read (at 100,000 entities, 400,000 models: about
        0.6 s of its 1.5 s). ``_checked`` still checks every item and makes again any
        model that came out otherwise (another source, a duplicate source id, a quote
        found elsewhere), so what it returns is the same either way.
        """
        src = self.source
        if src is None or self.release is None:
            return  # no own source to cite: _checked makes what it finds valid
        sid = src.id
        self.made_source = _source_model(self)
        self.made_own = [_summary_model(e.id, e.summary, sid) for e, _row in self.entities]
        self.made_summaries = [
            _summary_model(entity_id, text, sid) if ref is None else None
            for entity_id, text, ref in self.summaries
        ]
        self.made_roles = [_role_model(row, sid) if row[3] is None else None for row in self.roles]
        self.made_quotes = [
            _quote_model(row, sid, row[5]) if row[4] in (None, sid) and row[5] is not None else None
            for row in self.quotes
        ]
        self.made_facts = [
            _fact_model(row, sid, i) if row[5] is None else None for i, row in enumerate(self.facts)
        ]


# What the service keeps between loads (see bot.kb.cache).
FileCache = LoadCache[_ParsedFile]


# --- the models a file's items become --------------------------------------------------
# One shape each, used by ``_ParsedFile.premake`` and by ``_checked``.


def _source_model(item: _ParsedFile) -> LoadedSource:
    return construct_validated(
        LoadedSource, {"source": item.source, "file": item.path, "text": item.release}
    )


def _summary_model(entity_id: str, text: str, sid: str) -> LoadedSummary:
    return construct_validated(LoadedSummary, {"entity": entity_id, "text": text, "source": sid})


def _role_model(row: RoleRow, sid: str) -> LoadedRole:
    entity_id, title, organization, _ref, ended, current = row
    return construct_validated(
        LoadedRole,
        {
            "entity": entity_id,
            "title": title,
            "organization": organization,
            "source": sid,
            "ended": ended,
            "current": current,
        },
    )


def _quote_model(row: QuoteRow, sid: str, position: int) -> LoadedQuote:
    quote_id, speaker, text, about, _ref, _position = row
    return construct_validated(
        LoadedQuote,
        {
            "id": quote_id,
            "speaker": speaker,
            "text": text,
            "about": about,
            "source": sid,
            "position": position,
        },
    )


def _fact_model(row: FactRow, sid: str, position: int) -> LoadedFact:
    fact_id, text, about, date, place, _ref = row
    return construct_validated(
        LoadedFact,
        {
            "id": fact_id,
            "text": text,
            "about": about,
            "date": date,
            "place": place,
            "source": sid,
            "position": position,
        },
    )


class _Collector:
    def __init__(self, root: Path, max_bytes: int) -> None:
        self.root = root
        self.max_bytes = max_bytes
        # Resolved once: resolving a path walks every component with a system call,
        # which adds up over tens of thousands of files.
        self.real_root = root.resolve()
        self.problems: list[Problem] = []
        # Where each file's text is, to find the line of a problem. Only the path is
        # kept: holding every file's text until the load ends costs as much memory as
        # the knowledge base's YAML, and lines are only needed when something is wrong.
        self._paths: dict[str, Path] = {}

    def add(
        self, rel: str, loc: tuple[int | str, ...], message: str, *, line: int | None = None
    ) -> None:
        # Imported here: PyYAML is only needed to place a problem, and a process whose
        # files all come from bot.kb.store has no other use for it.
        from bot.kb.yamlfile import format_location, line_of

        if line is None and loc and rel in self._paths:
            try:
                # Read as safely as the first time: the file may have been replaced
                # (by a FIFO, say) since.
                text = read_regular(str(self._paths[rel]), self.max_bytes).decode("utf-8")
            except (OSError, UnicodeDecodeError, ReadProblem):
                text = None
            if text is not None:
                line = line_of(text, loc)
        self.problems.append(Problem(rel, format_location(loc), message, line))

    def remember_text(self, rel: str, path: Path) -> None:
        self._paths[rel] = path


@dataclass(frozen=True, slots=True)
class DirectoryScan:
    """What is in a knowledge directory: the knowledge files to read, and the problems of
    everything else (entries that are not regular files, linked directories, directories
    that cannot be listed)."""

    files: list[Path]
    problems: list[Problem]


def scan_knowledge_dir(root: Path) -> DirectoryScan:
    """Every knowledge file under ``root`` in a stable order, skipping hidden names.

    Unlike ``os.walk``, which skips what it cannot list, an unlistable directory (too
    many open files, permissions) is a problem with the operating system's own words,
    and so is a linked directory (never followed: it may lead anywhere, or in a circle)
    and any entry that is not a regular file or directory (a FIFO, a socket, a device:
    reading one would block or misbehave). A link to a regular file is fine.
    """
    files: list[Path] = []
    problems: list[Problem] = []

    def rel(path: Path) -> str:
        return path.relative_to(root).as_posix() or "."

    pending = [root]
    while pending:
        directory = pending.pop()
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            problems.append(
                Problem(rel(directory), "", f"cannot list directory: {exc.strerror or exc}")
            )
            continue
        subdirs: list[Path] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = directory / entry.name
            try:
                if entry.is_symlink():
                    target = os.stat(path).st_mode  # follows the link
                    if stat.S_ISDIR(target):
                        problems.append(
                            Problem(
                                rel(path),
                                "",
                                "is a link to a directory, which is not read: move the"
                                " files into the knowledge directory, or link each file",
                            )
                        )
                        continue
                elif entry.is_dir(follow_symlinks=False):
                    subdirs.append(path)
                    continue
                elif entry.is_file(follow_symlinks=False):
                    # The directory listing says so: no system call per file.
                    target = stat.S_IFREG
                else:
                    target = entry.stat(follow_symlinks=False).st_mode
            except FileNotFoundError:
                if entry.name.endswith(KNOWLEDGE_SUFFIXES):
                    problems.append(Problem(rel(path), "", "is a broken link; not read"))
                continue
            except OSError as exc:
                problems.append(Problem(rel(path), "", f"cannot read: {exc.strerror or exc}"))
                continue
            if not stat.S_ISREG(target):
                problems.append(Problem(rel(path), "", not_regular(target)))
            elif entry.name.endswith(KNOWLEDGE_SUFFIXES):
                files.append(path)
        # Depth first, in name order, like the sorted os.walk this replaces.
        pending.extend(reversed(subdirs))
    return DirectoryScan(files, problems)


def _relative(paths: list[Path], root: Path) -> list[str]:
    """Each path (``root / …``, as scan_knowledge_dir makes them) relative to ``root``,
    with "/" between parts. By string prefix where paths are written with "/" (10,000
    ``relative_to`` calls were a tenth of a second at 100,000 entities)."""
    prefix = str(root)
    if os.sep != "/" or not prefix:
        return [path.relative_to(root).as_posix() for path in paths]
    prefix = "" if prefix == "." else prefix if prefix.endswith("/") else prefix + "/"
    cut = len(prefix)
    texts = list(map(str, paths))
    if all(text.startswith(prefix) for text in texts):
        return [text[cut:] for text in texts]
    return [path.relative_to(root).as_posix() for path in paths]


def _read_all(
    root: Path,
    out: _Collector,
    max_bytes: int,
    timeout: float,
    cache: FileCache | None,
    store: RowStore | None,
    skip: frozenset[str] = frozenset(),
) -> list[_ParsedFile]:
    """Every valid knowledge file under ``root`` but those in ``skip`` (paths relative to
    ``root``); the problems of the others go to ``out``.

    With a ``cache``, a file whose content (and release text) is unchanged since the
    last load is not read again: its result from then is reused, and the cache keeps
    this load's valid files for the next. With a ``store``, a file read is not parsed
    or validated again when the store has its content (``bot.kb.store``).
    """
    started_ns = time.time_ns()
    scan = scan_knowledge_dir(root)
    out.problems.extend(p for p in scan.problems if p.file not in skip)
    paths = [path for path in scan.files if path.relative_to(root).as_posix() not in skip]
    # Absolute, so that worker processes (whose working directory may differ) read the
    # same files; the working directory is already a real path, so resolving is unchanged.
    cwd = os.getcwd()
    absolute = [os.path.join(cwd, p) for p in paths]
    rels = _relative(paths, root)
    reused: dict[int, tuple[Stamp, _ParsedFile]] = {}
    if cache is not None:
        cache.start(str(out.real_root), max_bytes)
        for i, (rel, path) in enumerate(zip(rels, absolute, strict=True)):
            hit = cache.reuse(rel, path, max_bytes)
            if hit is not None:
                reused[i] = hit
    to_read = [path for i, path in enumerate(absolute) if i not in reused]
    records = iter(read_files(to_read, out.real_root, max_bytes, timeout, store))
    kept: dict[str, tuple[Stamp, _ParsedFile]] = {}
    parsed: list[_ParsedFile] = []
    try:
        for i, (path, rel) in enumerate(zip(paths, rels, strict=True)):
            hit = reused.get(i)
            if hit is not None:
                out.remember_text(rel, path)
                kept[rel] = hit
                parsed.append(hit[1])
                continue
            problems, content, stamp = next(records)
            for location, message, line in problems:
                out.problems.append(Problem(rel, location, message, line))
            if content is None:
                continue
            out.remember_text(rel, path)
            source, release, release_problem, entities, roles, quotes, facts, summaries = content
            item = _ParsedFile(
                path=path,
                rel=rel,
                source=None if source is None else source_from_row(source),
                release=release,
                release_problem=release_problem,
                entities=[(entity_from_row(row), row) for row in entities],
                roles=roles,
                quotes=quotes,
                facts=facts,
                summaries=summaries,
            )
            item.premake()
            parsed.append(item)
            if cache is not None and stamp is not None:
                kept[rel] = (cache.stamp_of_new(stamp, started_ns), item)
        next(records, None)  # lets the reader finish (its workers stop) now
    except ReadTimeout as exc:
        stuck = Path(exc.path)
        where = stuck
        for base in (Path(cwd) / root, out.real_root):
            if stuck.is_relative_to(base):
                where = stuck.relative_to(base)
                break
        out.problems.append(
            Problem(
                where.as_posix(),
                "",
                f"reading took longer than {exc.seconds:g} s (a hung network mount, or a file"
                " that blocks?); the load stopped here",
            )
        )
        raise KnowledgeError(out.problems) from None
    if cache is not None:
        cache.replace(kept)
        cache.reused, cache.read = len(reused), len(to_read)
    return parsed


# --- cross-checks -----------------------------------------------------------------------


class _Claim(NamedTuple):
    """One entity's claim on a normalised name or alias key."""

    entity_id: str
    shared: bool  # listed under the entity's shared_aliases
    rel: str  # the file that declares the entity
    index: int  # the entity's position in that file's entities
    age: int  # the file's release date (ordinal); 0 for a file without a source


def _claim_keys(item: _ParsedFile) -> list[str]:
    """The name and alias keys the file's entities claim, in order (kept with it)."""
    keys = item.claim_keys
    if keys is None:
        keys = item.claim_keys = [key for _, row in item.entities for key, _ in row[-1]]
    return keys


def _check_collisions(key_claims: dict[str, list[_Claim]], out: _Collector) -> None:
    """Report each name or alias that several entities claim without declaring it.

    A collision is declared when the entity that brought it, the one from the newest
    release, lists the key under ``shared_aliases``: an older claim is covered by any
    declaring claim from a strictly newer release, so adding a release never means
    editing an older release's file. Claims from equally new files (one file, or two
    releases of one day) must each declare it. Only the newest undeclared claims are
    reported, each naming every other claimant and its file.
    """
    for key, claims in key_claims.items():
        if len(claims) == 1:
            continue  # most keys: one claimant, nothing to check
        owners = {c.entity_id for c in claims}
        if len(owners) == 1:
            continue
        newest_declared = max((c.age for c in claims if c.shared), default=None)
        uncovered = [
            c
            for c in claims
            if not c.shared and (newest_declared is None or c.age >= newest_declared)
        ]
        if not uncovered:
            continue
        newest = max(c.age for c in uncovered)
        for claim in uncovered:
            if claim.age < newest:
                continue  # declaring it in the newer claimant's file covers this one
            others = ", ".join(
                f"{c.entity_id!r} ({c.rel})"
                for c in sorted(claims, key=lambda c: (c.rel, c.index))
                if c.entity_id != claim.entity_id
            )
            out.add(
                claim.rel,
                ("entities", claim.index, "aliases"),
                f"name or alias {key!r} of {claim.entity_id!r} is also claimed by {others};"
                f" if they share it, list it under shared_aliases of {claim.entity_id!r}",
            )


def load_knowledge(
    directory: Path | str,
    *,
    include_unreviewed: bool = False,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    read_timeout: float = READ_TIMEOUT_SECONDS,
    cache: FileCache | None = None,
    store: RowStore | None = None,
    hold_back_broken: bool = False,
    hold_back_broken_drafts: bool = False,
) -> KnowledgeBase:
    """Load and validate a knowledge directory, or raise KnowledgeError listing every problem.

    ``max_file_bytes`` limits each knowledge file and release text; ``read_timeout`` is
    the longest one file's reading may take (seconds) before the load stops. ``cache``
    (kept by the caller from one load to the next) spares reading and validating the
    files that have not changed since; ``store`` (on disk, shared between processes)
    spares parsing and validating a file whose content it holds. The checks between
    files run either way, so the result and the problems reported are the same as
    without either.

    Unless ``include_unreviewed`` (``check`` and ``SERVE_UNREVIEWED``), an unreviewed
    draft is never served, so its problems (an undated draft fresh from ingest, a quote
    edited mid-review) do not stop the load: the draft is left out as a whole and named
    in ``held_back_files`` like any other draft, and ``check`` reports its problems.

    With ``hold_back_broken`` (the bot's first load: a broken file must never keep the bot
    from starting, and there is no earlier knowledge base to keep serving), reviewed
    files with problems are left out too, and so is every file that then fails for want
    of what only they declared. They are named in ``broken_files`` and their problem
    lines, every round's, in ``broken_problems``. It raises only for a problem that names
    no file.

    With ``hold_back_broken_drafts`` (``ingest``, which reads drafts too: one broken draft
    must not stop a team adding the next release), an unreviewed draft with problems is
    left out even with ``include_unreviewed``, and so is every draft that then fails for
    want of what only it declared; they are named in ``broken_files`` with their problem
    lines in ``broken_problems``. A reviewed file's problem still raises, listing the
    first round's problems (the left-out drafts' among them, which may be its cause).
    """
    skip: set[str] = set()
    broken: set[str] = set()
    broken_lines: list[str] = []
    first: KnowledgeError | None = None
    while True:
        try:
            kb = _load(
                Path(directory),
                include_unreviewed,
                max_file_bytes,
                read_timeout,
                cache,
                store,
                frozenset(skip),
            )
        except KnowledgeError as exc:
            if include_unreviewed and not (hold_back_broken or hold_back_broken_drafts):
                raise
            root = Path(directory)
            files = {p.file for p in exc.problems if p.file} - skip
            drafts = (
                set()
                if include_unreviewed and not hold_back_broken_drafts
                else {f for f in files if _is_draft(root / f, max_file_bytes)}
            )
            left_out = files if hold_back_broken else drafts
            if not left_out:
                # Still failing without the drafts: a reviewed file's own problem, or its
                # use of what only a left-out draft declares. The first round's list
                # names both the draft's problems and those uses; later rounds would
                # show bare "unknown entity" lines, the cause gone. Holding back broken
                # files, the first round's files are already out: this round's problem
                # (one no file can be left out for) is the one to show.
                raise (exc if hold_back_broken else first or exc) from None
            first = first or exc
            # (Reading drafts too, a draft left out is left out for its problems.)
            broken_now = left_out if include_unreviewed else left_out - drafts
            broken |= broken_now
            broken_lines += [str(p) for p in exc.problems if p.file in broken_now]
            # Each round leaves out at least one more file, so this ends.
            skip |= left_out
            continue
        if not skip:
            return kb
        return kb.model_copy(
            update={
                "held_back_files": tuple(sorted({*kb.held_back_files, *(skip - broken)})),
                "broken_files": tuple(sorted(broken)),
                "broken_problems": tuple(broken_lines),
            }
        )


# `reviewed: false` (or true) on a line of its own, as ingest writes it under source:.
_DRAFT_LINE = re.compile(r"^[ \t]+reviewed:[ \t]*(?:false|no)[ \t]*(?:#.*)?$", re.MULTILINE | re.I)
_REVIEWED_LINE = re.compile(
    r"^[ \t]+reviewed:[ \t]*(?:true|yes)[ \t]*(?:#.*)?$", re.MULTILINE | re.I
)


def _is_draft(path: Path, max_bytes: int) -> bool:
    """Whether ``path`` is a knowledge file whose ``source.reviewed`` is false, read as
    YAML even when the file does not validate; False for anything unreadable."""
    try:
        import yaml

        from bot.kb.yamlfile import uses_anchors

        if not path.is_file() or path.stat().st_size > max_bytes:
            return False
        text = path.read_text(encoding="utf-8")
        if uses_anchors(text) is not None:
            return False
    except Exception:
        return False  # unreadable: not known to be a draft, its problems reported as they are
    try:
        data = yaml.safe_load(text)
    except Exception:
        # Not YAML (a quote left open mid-review), or PyYAML's own constructors raising
        # IndexError or AttributeError on a bad scalar: the line ingest writes still says
        # whether a person has reviewed it.
        return _DRAFT_LINE.search(text) is not None and _REVIEWED_LINE.search(text) is None
    source = data.get("source") if isinstance(data, dict) else None
    return isinstance(source, dict) and source.get("reviewed") is False


def _load(
    root: Path,
    include_unreviewed: bool,
    max_file_bytes: int,
    read_timeout: float,
    cache: FileCache | None,
    store: RowStore | None,
    skip: frozenset[str],
) -> KnowledgeBase:
    """``load_knowledge`` without the files in ``skip`` (paths relative to ``root``)."""
    out = _Collector(root, max_file_bytes)
    if not root.is_dir():
        try:
            mode = root.stat().st_mode
        except FileNotFoundError:
            reason = "knowledge directory does not exist"
        except OSError as exc:
            reason = f"cannot open the knowledge directory: {exc.strerror or exc}"
        else:
            reason = f"the knowledge directory is not a directory (it is {file_kind(mode)})"
        raise KnowledgeError([Problem(str(root), "", reason)])

    with stages.stage("reading files"):
        parsed = _read_all(root, out, max_file_bytes, read_timeout, cache, store, skip)
    with stages.stage("checks between files"):
        return _checked(parsed, out, include_unreviewed, cache, left_out=bool(skip))


def _checked(
    parsed: list[_ParsedFile],
    out: _Collector,
    include_unreviewed: bool,
    cache: FileCache | None = None,
    *,
    left_out: bool = False,
) -> KnowledgeBase:
    """The knowledge base of the files read, checked against each other (ids, names,
    references, verbatim quotes), or KnowledgeError listing every problem."""
    # Files that did not load at all: references to what they declare are explained
    # once, not reported one by one (see _condensed).
    unread = {p.file for p in out.problems} - {item.rel for item in parsed}
    unknown_refs: dict[int, str] = {}
    if not parsed and not out.problems and not left_out:
        # (With files left out, as drafts or broken, there are knowledge files: just
        # none served yet.)
        out.add(".", (), "no knowledge files (*.yaml) found")

    # Sources first: everything else refers to them.
    sources: dict[str, LoadedSource] = {}
    source_origin: dict[str, str] = {}
    for item in parsed:
        src = item.source
        if src is None:
            continue
        if src.id in sources:
            out.add(
                item.rel,
                ("source", "id"),
                f"duplicate source id {src.id!r} (also in {source_origin[src.id]})",
            )
            continue
        if item.release is None:
            out.add(item.rel, ("source", "text"), item.release_problem or "")
            continue
        made = item.made_source
        if made is None or made.source is not src or made.text is not item.release:
            made = item.made_source = _source_model(item)
        sources[src.id] = made
        source_origin[src.id] = item.rel

    # Entities: each id declared once; each name/alias key owned by one entity, unless
    # the collision is declared (see _check_collisions).
    entities: dict[str, Entity] = {}
    entity_origin: dict[str, str] = {}
    for item in parsed:
        rel = item.rel
        for i, (entity, _row) in enumerate(item.entities):
            if entity.id in entities:
                out.add(
                    rel,
                    ("entities", i, "id"),
                    f"duplicate entity id {entity.id!r} (first declared in {entity_origin[entity.id]});"
                    " declare an entity once and refer to it by id elsewhere",
                )
                continue
            entities[entity.id] = entity
            entity_origin[entity.id] = rel
    # Only a key claimed twice or more can collide: those are found by counting every
    # file's keys in C, and only the files holding one are read claim by claim (a
    # claim object for each of 250,000 keys was most of this at 100,000 entities).
    counts: Counter[str] = Counter()
    for item in parsed:  # in C, a file at a time
        counts.update(_claim_keys(item))
    twice = {key for key, n in counts.items() if n > 1}
    del counts
    key_claims: dict[str, list[_Claim]] = defaultdict(list)
    for item in parsed:
        if twice.isdisjoint(_claim_keys(item)):
            continue
        # Undated files (shared entity files without a source) count as the oldest.
        age = item.source.date.toordinal() if item.source is not None else 0
        for i, (entity, row) in enumerate(item.entities):
            if entities[entity.id] is not entity:
                continue  # a duplicate id, reported above
            for key, shared in row[-1]:  # name_keys(entity), worked out by the reader
                if key in twice:
                    key_claims[key].append(_Claim(entity.id, shared, item.rel, i, age))
    _check_collisions(key_claims, out)

    roles: list[LoadedRole] = []
    summaries: list[LoadedSummary] = []
    quotes: list[LoadedQuote] = []
    facts: list[LoadedFact] = []
    quote_ids: dict[str, str] = {}
    fact_ids: dict[str, str] = {}

    def claim_id(
        seen: dict[str, str], kind: str, item_id: str, rel: str, loc: tuple[int | str, ...]
    ) -> None:
        """Ids are unique across the whole knowledge base; report the second claimant.
        (The loop below records a first claim itself, without a call.)"""
        if item_id in seen:
            out.add(rel, loc, f"duplicate {kind} id {item_id!r} (also in {seen[item_id]})")
        else:
            seen[item_id] = rel

    folded_texts: dict[str, str] = {}

    def unknown_entity(rel: str, loc: tuple[int | str, ...], ref: str) -> None:
        out.add(rel, loc, f"unknown entity {ref!r}")
        unknown_refs[len(out.problems) - 1] = ref

    def source_of(
        item: _ParsedFile, own_default: str | None, loc: tuple[int | str, ...], ref: str | None
    ) -> str | None:
        """The source id an item cites, or None with the problem reported. (The common
        case, no ``ref`` and a valid own source, is also taken inline by the loop below,
        without a call: half a million items at 100,000 entities.)"""
        if ref is None and own_default is not None:
            return own_default  # the common case first: the file's own, valid source
        if ref is not None:
            if ref not in sources:
                out.add(item.rel, loc, f"unknown source {ref!r}")
                return None
            return ref
        own = item.source
        if own is None:
            out.add(
                item.rel, loc[:-1], "no source: this file has no 'source:' and the item names none"
            )
            return None
        return own.id if own.id in sources else None

    sid: str | None
    # Hundreds of thousands of items: entity references are checked inline (a membership
    # test each) and go through unknown_entity only when they fail.
    # A file whose items the last clean load checked, in the same context, is taken
    # as it was (its made models), unless entities have gone since; its ids are still
    # checked against the others'. Any problem at all, and every file is checked again
    # item by item, so the problems reported are exactly those of a full check.
    last_ids = cache.entity_ids if cache is not None else None
    fast = last_ids is not None and not out.problems and entities.keys() >= last_ids
    problems_before = len(out.problems)
    while True:
        checked: list[tuple[_ParsedFile, _CheckedIn]] = []
        clash = False
        rechecked = 0
        for item in parsed:
            rel = item.rel
            own = item.source
            # The source of an item that names none, when the file's own source is valid.
            own_default = own.id if own is not None and own.id in sources else None
            # The reader found the file's own quotes in its own release text; that holds
            # only if that release is the one registered under its id.
            own_sid = own.id if own is not None and source_origin.get(own.id) == rel else None
            record = item.checked
            if (
                fast
                and record is not None
                and record.own_default == own_default
                and record.own_sid == own_sid
                and all(sources.get(cited) is was for cited, was in record.cited)
            ):
                if own_default is not None:
                    summaries.extend(item.made_own)  # type: ignore[arg-type]
                summaries.extend(item.made_summaries)  # type: ignore[arg-type]
                roles.extend(item.made_roles)  # type: ignore[arg-type]
                quotes.extend(item.made_quotes)  # type: ignore[arg-type]
                facts.extend(item.made_facts)  # type: ignore[arg-type]
                for seen, claimed in (
                    (quote_ids, [row[0] for row in item.quotes]),
                    (fact_ids, [row[0] for row in item.facts]),
                ):
                    size = len(seen)
                    seen.update(dict.fromkeys(claimed, rel))
                    clash = clash or len(seen) != size + len(claimed)
                if clash:
                    break
                checked.append((item, record))
                continue
            item.checked = None  # its made models may change below
            rechecked += 1
            problems_in = len(out.problems)
            if own_default is not None:
                # An entity's own summary is as of the release that declares it.
                made_own = item.made_own
                for i, (entity, _row) in enumerate(item.entities):
                    if entities.get(entity.id) is entity:
                        own_summary = made_own[i]
                        if own_summary is None or own_summary.source != own_default:
                            own_summary = made_own[i] = _summary_model(
                                entity.id, entity.summary, own_default
                            )
                        summaries.append(own_summary)
            for i, (entity_ref, text, ref) in enumerate(item.summaries):
                if entity_ref not in entities:
                    unknown_entity(rel, ("summaries", i, "entity"), entity_ref)
                sid = (
                    own_default
                    if ref is None and own_default is not None
                    else source_of(item, own_default, ("summaries", i, "source"), ref)
                )
                if sid:
                    summary = item.made_summaries[i]
                    if summary is None or summary.source != sid:
                        summary = item.made_summaries[i] = _summary_model(entity_ref, text, sid)
                    summaries.append(summary)
            for i, role_row in enumerate(item.roles):
                entity_ref, _title, organization, ref, _ended, _current = role_row
                if entity_ref not in entities:
                    unknown_entity(rel, ("roles", i, "entity"), entity_ref)
                if organization is not None and organization not in entities:
                    unknown_entity(rel, ("roles", i, "organization"), organization)
                sid = (
                    own_default
                    if ref is None and own_default is not None
                    else source_of(item, own_default, ("roles", i, "source"), ref)
                )
                if sid:
                    role = item.made_roles[i]
                    if role is None or role.source != sid:
                        role = item.made_roles[i] = _role_model(role_row, sid)
                    roles.append(role)
            for i, quote_row in enumerate(item.quotes):
                quote_id, speaker, text, about, ref, position = quote_row
                if quote_id in quote_ids:
                    claim_id(quote_ids, "quote", quote_id, rel, ("quotes", i, "id"))
                else:
                    quote_ids[quote_id] = rel
                if speaker not in entities:
                    unknown_entity(rel, ("quotes", i, "speaker"), speaker)
                for j, about_ref in enumerate(about):
                    if about_ref not in entities:
                        unknown_entity(rel, ("quotes", i, "about", j), about_ref)
                sid = (
                    own_default
                    if ref is None and own_default is not None
                    else source_of(item, own_default, ("quotes", i, "source"), ref)
                )
                if not sid:
                    continue
                if position is None or sid != own_sid:
                    if sid not in folded_texts:
                        folded_texts[sid] = fold_for_verbatim(sources[sid].text)
                    position = folded_texts[sid].find(fold_for_verbatim(text))
                if position < 0:
                    out.add(
                        rel,
                        ("quotes", i, "text"),
                        f"quote is not verbatim: its text does not appear in source {sid!r}"
                        " (only whitespace and curly/straight quote marks may differ)",
                    )
                    continue
                quote = item.made_quotes[i]
                if quote is None or quote.source != sid or quote.position != position:
                    quote = item.made_quotes[i] = _quote_model(quote_row, sid, position)
                quotes.append(quote)
            for i, fact_row in enumerate(item.facts):
                fact_id, _text, about, _date, place, ref = fact_row
                if fact_id in fact_ids:
                    claim_id(fact_ids, "fact", fact_id, rel, ("facts", i, "id"))
                else:
                    fact_ids[fact_id] = rel
                for j, about_ref in enumerate(about):
                    if about_ref not in entities:
                        unknown_entity(rel, ("facts", i, "about", j), about_ref)
                if place is not None and place not in entities:
                    unknown_entity(rel, ("facts", i, "place"), place)
                sid = (
                    own_default
                    if ref is None and own_default is not None
                    else source_of(item, own_default, ("facts", i, "source"), ref)
                )
                if sid:
                    fact = item.made_facts[i]
                    if fact is None or fact.source != sid:
                        fact = item.made_facts[i] = _fact_model(fact_row, sid, i)
                    facts.append(fact)
            if cache is not None and len(out.problems) == problems_in:
                refs = {ref for *_, ref in item.summaries if ref is not None}
                refs.update(row[3] for row in item.roles if row[3] is not None)
                refs.update(row[4] for row in item.quotes if row[4] is not None)
                refs.update(row[5] for row in item.facts if row[5] is not None)
                cited = tuple((ref, sources[ref]) for ref in sorted(refs))
                checked.append((item, _CheckedIn(own_default, own_sid, cited)))
        if fast and (clash or len(out.problems) > problems_before):
            # Checked again item by item, for exactly the problems of a full check.
            fast = False
            del out.problems[problems_before:]
            for position in [i for i in unknown_refs if i >= problems_before]:
                del unknown_refs[position]
            for made in (roles, summaries, quotes, facts, quote_ids, fact_ids, folded_texts):
                made.clear()
            continue
        break
    if cache is not None:
        cache.rechecked = rechecked
    if not out.problems and cache is not None:
        for item, record in checked:
            item.checked = record
        cache.entity_ids = frozenset(entities)

    # The files' rows, freed a file at a time: dropped at once, their millions of small
    # objects go in one C-level cascade that holds the GIL (a stall of the event loop
    # during a reload). The loaded models share only strings with them.
    while parsed:
        parsed.pop()
    if out.problems:
        problems = _condensed(out.problems, unknown_refs, unread, out.root, out.max_bytes)
        raise KnowledgeError(sorted(problems, key=lambda p: (p.file, p.line or 0)))

    held_back = tuple(sorted(sid for sid, s in sources.items() if not s.source.reviewed))
    if held_back and not include_unreviewed:
        return _without_sources(
            sources,
            entities,
            roles,
            quotes,
            facts,
            set(held_back),
            entity_origin,
            source_origin,
            summaries,
        )
    return KnowledgeBase.model_construct(
        sources=sources,
        entities=entities,
        roles=tuple(roles),
        quotes=tuple(quotes),
        facts=tuple(facts),
        summaries=tuple(summaries),
        held_back=held_back if not include_unreviewed else (),
    )


# An id declared in a knowledge file, found in its text even when the file is not valid
# YAML: "- id: jack-ma" or "  id: 'jack-ma'".
_DECLARED_ID = re.compile(r"""^[ \t-]*id:[ \t]*['"]?([A-Za-z0-9._~-]+)""", re.M)


def _condensed(
    problems: list[Problem],
    unknown_refs: dict[int, str],
    unread: set[str],
    root: Path,
    max_bytes: int,
) -> list[Problem]:
    """``problems`` with the unknown-entity ones (``unknown_refs``: position → id) that
    point at an id a file in ``unread`` declares replaced by one problem per referring
    file and unread file. One slip in an old release (a tab, a bad ``kind``) otherwise
    buried its one real problem under every later release's references to its people."""
    declared: dict[str, str] = {}
    for rel in sorted(unread):
        try:
            text = read_regular(str(root / rel), max_bytes).decode("utf-8", "replace")
        except (OSError, ReadProblem):
            continue
        for ref in _DECLARED_ID.findall(text):
            declared.setdefault(ref, rel)
    if not declared:
        return problems
    kept: list[Problem] = []
    grouped: dict[tuple[str, str], list[Problem]] = {}
    refs: dict[tuple[str, str], list[str]] = {}
    for i, problem in enumerate(problems):
        ref = unknown_refs.get(i)
        owner = declared.get(ref) if ref is not None else None
        if ref is None or owner is None or owner == problem.file:
            kept.append(problem)
            continue
        grouped.setdefault((problem.file, owner), []).append(problem)
        if ref not in refs.setdefault((problem.file, owner), []):
            refs[(problem.file, owner)].append(ref)
    for (rel, owner), group in grouped.items():
        ids = refs[(rel, owner)]
        named = ", ".join(repr(r) for r in ids[:3]) + (
            f" and {len(ids) - 3} more" if len(ids) > 3 else ""
        )
        count = len(group)
        kept.append(
            Problem(
                rel,
                "",
                f"{count} reference{'s' if count != 1 else ''} to {named}, declared in {owner},"
                " which did not load: fix its problems first",
                group[0].line,
            )
        )
    return kept


def _without_sources(
    sources: dict[str, LoadedSource],
    entities: dict[str, Entity],
    roles: list[LoadedRole],
    quotes: list[LoadedQuote],
    facts: list[LoadedFact],
    drop: set[str],
    entity_origin: dict[str, str],
    source_origin: dict[str, str],
    summaries: list[LoadedSummary],
) -> KnowledgeBase:
    """The served knowledge base: unreviewed drafts and what only they declare are left out."""
    kept_roles = [r for r in roles if r.source not in drop]
    kept_quotes = [q for q in quotes if q.source not in drop]
    kept_facts = [f for f in facts if f.source not in drop]
    draft_files = {source_origin[s] for s in drop}
    used: set[str] = set()
    for role in kept_roles:
        used.add(role.entity)
        if role.organization:
            used.add(role.organization)
    for quote in kept_quotes:
        used.add(quote.speaker)
        used.update(quote.about)
    for fact in kept_facts:
        used.update(fact.about)
        if fact.place:
            used.add(fact.place)
    kept_entities = {
        eid: e
        for eid, e in entities.items()
        if entity_origin[eid] not in draft_files or eid in used
    }
    return KnowledgeBase.model_construct(
        sources={sid: s for sid, s in sources.items() if sid not in drop},
        entities=kept_entities,
        roles=tuple(kept_roles),
        quotes=tuple(kept_quotes),
        facts=tuple(kept_facts),
        summaries=tuple(s for s in summaries if s.source not in drop and s.entity in kept_entities),
        held_back=tuple(sorted(drop)),
        held_back_files=tuple(source_origin[s] for s in sorted(drop)),
    )


def knowledge_summary(kb: KnowledgeBase) -> dict[str, Any]:
    return {**kb.counts(), "held_back": list(kb.held_back)}
