"""``partnerbot check``: validate a knowledge directory (for CI and pre-commit)."""

from __future__ import annotations

import argparse
import sys

from bot.cli.common import USAGE_ERROR, add_knowledge_option, load_settings
from bot.kb.loader import KnowledgeError, load_knowledge

# What check counts, as (plural, singular): "1 source", "2 sources".
_NOUNS = (("sources", "source"), ("entities", "entity"), ("quotes", "quote"), ("facts", "fact"))


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="validate the knowledge files and print a summary or every problem",
        description=(
            "Validate every knowledge file. Exits 1 on any problem, and while an unreviewed"
            " draft (reviewed: false) is present unless --allow-drafts is given."
        ),
    )
    add_knowledge_option(parser)
    parser.add_argument(
        "--allow-drafts",
        action="store_true",
        help="exit 0 even when unreviewed drafts are present (they are still validated)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    if settings is None:
        return USAGE_ERROR
    directory = settings.resolved_knowledge_dir()
    try:
        # Drafts are validated too: a draft that would break the bot once reviewed
        # should fail now, not on the day someone flips reviewed: true.
        kb = load_knowledge(
            directory, include_unreviewed=True, max_file_bytes=settings.max_knowledge_file_bytes
        )
    except KnowledgeError as exc:
        print(exc.summary(), file=sys.stderr)
        return 1
    counts = kb.counts()
    drafts = sorted(sid for sid, s in kb.sources.items() if not s.source.reviewed)
    blocking = bool(drafts) and not getattr(args, "allow_drafts", False)
    # "OK" only when check passes: with a blocking draft the files are valid, but the
    # knowledge base is not ready to merge, and a reader of stdout alone must see that.
    verdict = "Valid, but not ready" if blocking else "OK"
    print(
        f"{verdict}: {directory}: "
        + ", ".join(
            f"{counts[plural]} {plural if counts[plural] != 1 else singular}"
            for plural, singular in _NOUNS
        )
    )
    if drafts:
        # CI runs `check`: an unreviewed draft must not be merged by accident.
        # The verdict above goes to stdout and the list below to stderr when it blocks:
        # stdout is flushed first, so a terminal or a `2>&1` pipe shows them in order, and
        # the list opens on a line of its own even where the two streams are joined as
        # captured strings (a newcomer's script once printed "…21 facts1 unreviewed").
        sys.stdout.flush()
        print(
            f"\n{len(drafts)} unreviewed draft(s), not served until reviewed: true is set:",
            file=sys.stderr if blocking else sys.stdout,
        )
        for sid in drafts:
            print(
                f"  {sid} ({kb.sources[sid].file.relative_to(directory) if kb.sources[sid].file.is_relative_to(directory) else kb.sources[sid].file})",
                file=sys.stderr if blocking else sys.stdout,
            )
        if blocking:
            print("Review them (or pass --allow-drafts for a local trial).", file=sys.stderr)
            return 1
    return 0
