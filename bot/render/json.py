"""Render an Answer as a JSON-ready dict (``partnerbot ask --json``)."""

from __future__ import annotations

from typing import Any

from bot.engine.answer import Answer
from bot.render.safety import safe_answer
from bot.render.text import render_text


def render_json(answer: Answer) -> dict[str, Any]:
    """Every text field as the text renderer shows it (``bot.render.safety``)."""
    answer = safe_answer(answer)
    return {
        "status": answer.status.value,
        "reply": render_text(answer),
        "sources": answer.source_ids,
        "title": answer.title,
        "text": answer.text,
        "speaker": answer.speaker,
        "role": answer.role,
        "citations": [
            {
                "source": c.source_id,
                "title": c.title,
                "publisher": c.publisher,
                "dateline": c.dateline,
                "date": c.date.isoformat(),
                "url": c.url,
            }
            for c in answer.citations
        ],
        "suggestions": [c.label for c in answer.choices],
        "page": {"number": answer.page.number, "total": answer.page.total} if answer.page else None,
        "command": answer.command,
    }
