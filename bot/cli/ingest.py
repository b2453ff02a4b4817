"""``partnerbot ingest RELEASE.txt``: draft a knowledge file from a press release."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bot.cli.common import USAGE_ERROR, add_knowledge_option, load_settings
from bot.ingest import IngestError, ingest_file
from bot.kb.loader import KnowledgeError, load_knowledge


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "ingest",
        help="draft a knowledge file from a plain-text press release",
        description=(
            "Read a plain-text press release and write a DRAFT knowledge file (reviewed: false)"
            " plus the verbatim text beside it. Review the draft, set reviewed: true, run"
            " `partnerbot check`, commit, reload."
        ),
    )
    parser.add_argument(
        "release", type=Path, metavar="RELEASE.txt", help="the release, as UTF-8 text"
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="PATH",
        help="where to write the YAML (default: KNOWLEDGE/releases/<date>-<slug>.yaml);"
        " the text goes to a sources/ folder beside the YAML's folder",
    )
    # The same --knowledge as `check` and `ask`: the base to add to and reuse entities from.
    add_knowledge_option(parser)
    parser.add_argument("--force", action="store_true", help="overwrite existing draft files")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    if settings is None:
        return USAGE_ERROR
    knowledge_dir = settings.resolved_knowledge_dir()
    limit = settings.max_knowledge_file_bytes
    try:
        size = args.release.stat().st_size
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
        written = ingest_file(args.release, knowledge_dir, out=args.out, force=args.force)
    except IngestError as exc:
        print(f"partnerbot ingest: error: {exc}", file=sys.stderr)
        return 1
    draft = written.draft
    print(f"Wrote draft {written.yaml_path}")
    print(f"  and text  {written.text_path}")
    print(
        f"  {len(draft.new_entities)} new entities, {len(draft.reused_entities)} reused,"
        f" {len(draft.registry.roles)} roles, {len(draft.quotes)} quotes, {len(draft.facts)} facts"
    )
    for note in draft.notes:
        print(f"  check: {note}")

    # When the draft landed inside the knowledge base, prove it loads with the rest.
    try:
        written.yaml_path.resolve().relative_to(knowledge_dir.resolve())
    except ValueError:
        print(
            "The draft is outside the knowledge directory; move it there and run `partnerbot check`."
        )
        return 0
    try:
        load_knowledge(knowledge_dir, include_unreviewed=True, max_file_bytes=limit)
    except KnowledgeError as exc:
        print(
            f"partnerbot ingest: error: the draft does not load with the knowledge base:\n{exc}",
            file=sys.stderr,
        )
        return 1
    print("Review it, set `reviewed: true` under source:, then run `partnerbot check`.")
    return 0
