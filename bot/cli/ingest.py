"""``partnerbot ingest RELEASE``: draft a knowledge file from a press release (file or URL)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from bot.cli.common import USAGE_ERROR, add_knowledge_option, load_settings
from bot.paths import bundled_knowledge_dir


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "ingest",
        help="draft a knowledge file from a press release (.txt, .html, .eml, .pdf or URL)",
        description=(
            "Read a press release (plain text in any common encoding, a saved web page, an"
            " e-mail, a PDF, or an http(s) URL) and write a DRAFT knowledge file"
            " (reviewed: false) plus the article text beside it. Review the draft, set"
            " reviewed: true, run `partnerbot check`, commit, reload."
        ),
    )
    parser.add_argument(
        "release",
        metavar="RELEASE",
        help="the release: a .txt, .html, .eml or .pdf file, or an http(s):// URL",
    )
    parser.add_argument(
        "--date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the release date, when the release does not say it (or says it without a year)",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="print the draft instead of writing it (nothing is written)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="PATH",
        help="where to write the YAML (default: KNOWLEDGE/releases/<date>-<slug>.yaml);"
        " the text goes to a sources/ folder beside the YAML's folder. An existing folder"
        " gets the draft inside it (a folder not named releases is taken as a knowledge"
        " directory)",
    )
    # The same --knowledge as `check` and `ask`: the base to add to and reuse entities from.
    add_knowledge_option(parser)
    parser.add_argument("--force", action="store_true", help="overwrite existing draft files")
    parser.set_defaults(func=run)


def _named(release: str, error: Exception) -> str:
    """The error's message led by the release it is about ("notes.txt: the file is
    binary, …"), unless it names it already: with several files ingested in a loop, the
    line must say which one failed."""
    message = str(error)
    return message if message.startswith(release) else f"{release}: {message}"


def run(args: argparse.Namespace) -> int:
    # Imported here, not at the top: `partnerbot` registers every subcommand, and the
    # ingest machinery (trafilatura, pypdf, dateutil…) would slow `ask`'s cold start.
    from bot.ingest import IngestError, ingest_file
    from bot.ingest.errors import UnsupportedFormat
    from bot.ingest.extract import is_url
    from bot.ingest.pending import pending_dependencies
    from bot.kb.loader import KnowledgeError, load_knowledge

    settings = load_settings(args)
    if settings is None:
        return USAGE_ERROR
    knowledge_dir = settings.resolved_knowledge_dir()
    if settings.knowledge_dir is None and bundled_knowledge_dir().name == "_knowledge":
        # An installed wheel's bundled knowledge sits in site-packages: never write there.
        knowledge_dir = Path.cwd() / "knowledge"
        print(f"Writing to {knowledge_dir} (pass --knowledge DIR or set KNOWLEDGE_DIR to change)")
    limit = settings.max_knowledge_file_bytes
    release: Path | str = args.release if is_url(args.release) else Path(args.release)
    if isinstance(release, Path) and not release.is_file():
        # Like an unsupported format, a usage error: nothing to draft, nothing written.
        reason = "is a directory, not a release file" if release.is_dir() else "no such file"
        print(f"partnerbot ingest: error: {args.release}: {reason}", file=sys.stderr)
        return USAGE_ERROR
    try:
        size = release.stat().st_size if isinstance(release, Path) else 0
    except OSError:
        size = 0  # ingest_file reports a missing or unreadable release
    if size > limit:
        # Its text would become a knowledge file that `check` and every load reject.
        print(
            f"partnerbot ingest: error: {args.release} is {size} bytes, over "
            f"MAX_KNOWLEDGE_FILE_BYTES ({limit})",
            file=sys.stderr,
        )
        return 1
    try:
        written = ingest_file(
            release,
            knowledge_dir,
            out=args.out,
            force=args.force,
            date=args.date,
            dry_run=args.dry_run,
        )
    except UnsupportedFormat as exc:
        print(f"partnerbot ingest: error: {_named(args.release, exc)}", file=sys.stderr)
        return USAGE_ERROR
    except IngestError as exc:
        print(f"partnerbot ingest: error: {_named(args.release, exc)}", file=sys.stderr)
        return 1
    except Exception as exc:
        # A release nobody foresaw must not end in a traceback: one line, nothing written
        # (ingest_file writes only after the draft parsed and validated).
        print(
            f"partnerbot ingest: error: could not draft {args.release} ({type(exc).__name__}:"
            f" {exc}); nothing was written. Please report this with the release attached.",
            file=sys.stderr,
        )
        return 1
    draft = written.draft
    if written.held_back:
        # Drafted without them, as serving leaves out a broken file: say which and why.
        print(
            f"Held back {len(written.held_back)} problem(s) in unreviewed drafts of"
            f" {knowledge_dir} (drafted without those files; fix them and run"
            " `partnerbot check`):",
            file=sys.stderr,
        )
        for line in written.held_back:
            print(f"  {line}", file=sys.stderr)
    if not written.written:
        print(draft.to_yaml(), end="")
        replacing = " and ".join(str(p) for p in written.replaced)
        replacing = f", replacing {replacing}" if replacing else ""
        if written.refused:
            print(
                f"# (dry run: nothing written; a real run would stop: {written.refused})",
                file=sys.stderr,
            )
        else:
            print(
                f"# (dry run: nothing written; would write {written.yaml_path}{replacing})",
                file=sys.stderr,
            )
        return 0
    print(f"Wrote draft {written.yaml_path}")
    print(f"  and text  {written.text_path}")
    for path in written.replaced:
        print(f"  replacing the earlier draft of this release: removed {path}")
    print(
        f"  {len(draft.new_entities)} new entities, {len(draft.reused_entities)} reused,"
        f" {len(draft.registry.roles)} roles, {len(draft.quotes)} quotes, {len(draft.facts)} facts"
    )
    for note in draft.notes:
        print(f"  check: {note}")
    for dependency in pending_dependencies(
        knowledge_dir, (e.id for e in draft.reused_entities), written.yaml_path
    ):
        print(
            f"  check: this draft reuses {', '.join(dependency.entity_ids)}, declared only in"
            f" the unreviewed draft {dependency.path}: review that one first, and if its"
            " review renames or removes them, edit this draft to match"
        )

    if draft.meta.date is None:
        print(
            "The release date is unknown: set source.date in the draft (or ingest again with"
            " --date YYYY-MM-DD --force); `partnerbot check` fails until then."
        )
        return 0
    # When the draft landed inside the knowledge base, prove it loads with the rest.
    try:
        written.yaml_path.resolve().relative_to(knowledge_dir.resolve())
    except ValueError:
        print(
            "The draft is outside the knowledge directory; move it there and run `partnerbot check`."
        )
        return 0
    try:
        kb = load_knowledge(
            knowledge_dir,
            include_unreviewed=True,
            max_file_bytes=limit,
            hold_back_broken_drafts=True,
        )
    except KnowledgeError as exc:
        print(
            f"partnerbot ingest: error: the draft does not load with the knowledge base:\n{exc}",
            file=sys.stderr,
        )
        return 1
    mine = written.yaml_path.resolve()
    if any((knowledge_dir / f).resolve() == mine for f in kb.broken_files):
        problems = "\n".join(f"  {p}" for p in kb.broken_problems)
        print(
            f"partnerbot ingest: error: the draft does not load with the knowledge base:\n{problems}",
            file=sys.stderr,
        )
        return 1
    print("Review it, set `reviewed: true` under source:, then run `partnerbot check`.")
    return 0
