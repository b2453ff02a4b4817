"""``partnerbot ask``: answer one message, or one per line of stdin, from the terminal."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator

from bot.cli.common import (
    add_knowledge_option,
    answer_safely,
    held_back_notice,
    load_service,
    terminal_text,
)
from bot.engine.answer import Answer, Status
from bot.kb.loader import KnowledgeError
from bot.render.json import render_json
from bot.render.text import render_text
from bot.service import KnowledgeService


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ask",
        help='answer a message as the bot would, e.g. partnerbot ask "!quote Jack MA"',
        description="Answer MESSAGE exactly as the bot would in a channel. "
        "MESSAGE '-' reads one message per line from standard input.",
    )
    parser.add_argument(
        "message", metavar="MESSAGE", help="e.g. '!what eWTP' or 'when did they meet?'; - for stdin"
    )
    parser.add_argument(
        "--json", action="store_true", help="print JSON (one object per line with -)"
    )
    parser.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        type=_date,
        help="answer as if asked on this date ('this year', 'last year'); default: the system date",
    )
    add_knowledge_option(parser)
    parser.set_defaults(func=run)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2025-02-01") from None


def _json_line(answer: Answer) -> str:
    return json.dumps(render_json(answer), ensure_ascii=False)


def _renderer(as_json: bool) -> Callable[[Answer], tuple[Status, str]]:
    """Answer -> (status, the text to print), so that rendering fails inside
    ``answer_safely`` (and becomes that message's error answer) rather than after it."""
    render = _json_line if as_json else render_text
    return lambda answer: (answer.status, render(answer))


def _stdin_lines() -> Iterator[str]:
    """Standard input line by line, bytes that are not UTF-8 read as U+FFFD (a text
    stream without bytes underneath, as tests substitute, is read as it is)."""
    binary = getattr(sys.stdin, "buffer", None)
    if binary is None:
        yield from sys.stdin
        return
    for raw in binary:
        yield raw.decode("utf-8", "replace")


def _problem_lines(exc: KnowledgeError) -> Iterator[str]:
    """``ask --json``'s output when the knowledge base does not load: one ``error``
    object per message (per input line with ``-``), each listing every problem."""
    count = len(exc.problems)
    text = (
        f"I can't answer: the knowledge base does not load ({count}"
        f" problem{'s' if count != 1 else ''}: see `partnerbot check`)."
    )
    answer = Answer(Status.ERROR, text, command="error")
    data = render_json(answer)
    data["problems"] = [
        {"file": p.file, "line": p.line, "location": p.location, "message": p.message}
        for p in exc.problems
    ]
    while True:
        yield json.dumps(data, ensure_ascii=False)


def run(args: argparse.Namespace) -> int:
    def report(exc: KnowledgeError) -> None:
        # A script reading JSON gets JSON, one object per message, even now.
        lines = _problem_lines(exc)
        for _ in _stdin_lines() if args.message == "-" else [args.message]:
            print(next(lines), flush=True)

    service = load_service(args, on_problems=report if args.json else None)
    if isinstance(service, int):
        return service
    notice = held_back_notice(service)
    if notice is not None:
        print(notice, file=sys.stderr, flush=True)
    if args.today is not None:
        fixed: dt.date = args.today
        service.today = lambda: fixed
    # Answered the way the bot answers (KnowledgeService.ask), so the terminal shows
    # exactly what a channel would get, work bound included.
    return asyncio.run(_answer(service, args))


async def _answer(service: KnowledgeService, args: argparse.Namespace) -> int:
    render = _renderer(args.json)
    if args.message != "-":
        status, text = await answer_safely(service, terminal_text(args.message), render)
        print(text, flush=True)
        return 1 if status is Status.ERROR else 0
    # Every line gets exactly one answer, whatever it holds: bytes that are not UTF-8
    # are read as U+FFFD, and an internal error on one line is that line's `error`
    # answer while the stream goes on.
    for number, line in enumerate(_stdin_lines(), start=1):
        message = line.rstrip("\r\n")
        _, text = await answer_safely(service, message, render, where=f"line {number}")
        print(text, flush=True)
        if not args.json:
            print("---", flush=True)
    return 0
