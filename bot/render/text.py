"""Render an Answer as plain text: for the terminal, and Discord's no-embed fallback."""

from __future__ import annotations

from bot import limits
from bot.engine.answer import Answer
from bot.render.safety import safe_answer

# When the citations alone would crowd the body out of one message (a timeline can cite
# twenty releases, each line ~150 characters), the body keeps at least this much and the
# citations give way, with a line saying how many were left out.
MIN_BODY_CHARS = 600
# Room kept for that "… and N more" line.
_MORE_LINE_CHARS = 80


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
    tail = "\n".join(_fitting(citation_lines(answer), limit, head, answer.text))
    fixed = len("\n".join(head)) + (len(tail) + 2 if tail else 0) + 1
    body = answer.text
    room = max(0, limit - fixed)
    if len(body) > room:
        body = body[: max(0, room - 1)].rstrip() + "…"
    text = "\n".join([*head, body])
    if tail:
        text += "\n\n" + tail
    return text[:limit]


def _fitting(lines: list[str], limit: int, head: list[str], body: str) -> list[str]:
    """``lines`` as they are when they leave the body room, else the leading ones that
    fit plus a line counting the rest. Cutting the finished message instead would end it
    inside a citation and lose the releases the body's markers point to."""
    room = limit - len("\n".join(head)) - 3 - min(len(body), MIN_BODY_CHARS)
    if len("\n".join(lines)) <= room:
        return lines
    kept: list[str] = []
    used = 0
    for line in lines:
        if used + len(line) + 1 > room - _MORE_LINE_CHARS:
            break
        kept.append(line)
        used += len(line) + 1
    more = len(lines) - len(kept)
    kept.append(f"… and {more} more release{'s' if more != 1 else ''}: `!sources` lists them all.")
    return kept
