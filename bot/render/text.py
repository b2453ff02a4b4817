"""Render an Answer as plain text: for the terminal, and Discord's no-embed fallback."""

from __future__ import annotations

from bot import limits
from bot.engine.answer import Answer
from bot.render.safety import safe_answer


def citation_lines(answer: Answer) -> list[str]:
    """One line per citation; a release's ``url``, when it has one, closes its line.
    When the answer's sentences carry markers, each line starts with its number: "[2]
    Source: …" is the release of the sentences marked [2]."""
    return [
        (f"[{i}] " if answer.marked else "")
        + f"Source: {c} — {c.title}"
        + (f" <{c.url}>" if c.url else "")
        for i, c in enumerate(answer.citations, 1)
    ]


def render_text(answer: Answer, *, limit: int = limits.MESSAGE_CHARS) -> str:
    """The whole reply as one message of at most ``limit`` characters.

    The body is what gets trimmed, so the title, the speaker and the citations (the
    parts that make an answer trustworthy) always survive. Format controls are gone and
    masked links show their target (``bot.render.safety``).
    """
    answer = safe_answer(answer)
    head: list[str] = []
    if answer.title:
        head.append(f"**{answer.title}**")
    if answer.speaker:
        head.append(f"— {answer.speaker}" + (f", {answer.role}" if answer.role else ""))
    tail = "\n".join(citation_lines(answer))
    fixed = len("\n".join(head)) + (len(tail) + 2 if tail else 0) + 1
    body = answer.text
    room = max(0, limit - fixed)
    if len(body) > room:
        body = body[: max(0, room - 1)].rstrip() + "…"
    text = "\n".join([*head, body])
    if tail:
        text += "\n\n" + tail
    return text[:limit]
