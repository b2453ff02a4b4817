"""``partnerbot ask``: answer one message, or one per line of stdin, from the terminal."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from bot.cli.common import add_knowledge_option, load_service
from bot.engine.answer import Answer, Status
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
    add_knowledge_option(parser)
    parser.set_defaults(func=run)


def _print(answer: Answer, as_json: bool) -> None:
    if as_json:
        print(json.dumps(render_json(answer), ensure_ascii=False), flush=True)
    else:
        print(render_text(answer), flush=True)


def run(args: argparse.Namespace) -> int:
    service = load_service(args)
    if isinstance(service, int):
        return service
    # Answered the way the bot answers (KnowledgeService.ask), so the terminal shows
    # exactly what a channel would get, work bound included.
    return asyncio.run(_answer(service, args))


async def _answer(service: KnowledgeService, args: argparse.Namespace) -> int:
    if args.message != "-":
        answer = await service.ask(args.message)
        _print(answer, args.json)
        return 1 if answer.status is Status.ERROR else 0
    for line in sys.stdin:
        message = line.rstrip("\n")
        _print(await service.ask(message), args.json)
        if not args.json:
            print("---", flush=True)
    return 0
