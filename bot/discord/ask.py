"""The one place the Discord side asks the engine: every answer command, mention,
click and context-menu question goes through ``ask``, so where the engine runs (the
event loop today, perhaps a worker thread later) is decided here alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.engine.request import Request

if TYPE_CHECKING:
    from bot.engine.answer import Answer
    from bot.service import KnowledgeService


async def ask(service: KnowledgeService, request: Request | str) -> Answer:
    """Answer a structured request, or a message exactly as typed (``str``), from the
    snapshot being served now. Pure engine work: milliseconds, no I/O."""
    engine = service.engine  # one snapshot for the whole request, even across a reload
    if isinstance(request, Request):
        return engine.run(request)
    return engine.handle(request)
