"""What every renderer does to an Answer before showing it: the output boundary.

Two rules hold for every reply, whatever the front door (Discord embed or text, the
terminal, JSON):

* no bidi control or other reordering format character is shown
  (``bot.textnorm.strip_format_controls``): neither a user's echoed text nor a knowledge
  file can make the bot's own line display reversed;
* a masked link ``[text](url)`` in knowledge text is shown with its target visible, as
  ``text (url)``, so a link never pretends to go somewhere it does not.

Echoed user text is defused earlier, where it is quoted (``bot.engine.text.echo``).
"""

from __future__ import annotations

import dataclasses
import re

from bot.engine.answer import Answer
from bot.textnorm import strip_format_controls

# Discord's masked link: [label](target), [label](<target>) or [label](target "title").
# An escaped bracket (\[, as echo() writes user text) does not open one. The label has
# no brackets, so a nested link unmasks from the inside out, one pass per level.
_MASKED_LINK = re.compile(
    r"(?<!\\)\[(?P<label>(?:\\.|[^\[\]\\])*)(?<!\\)\]"
    r"\(\s*<?(?P<target>[^\s()<>]*(?:\([^\s()<>]*\)[^\s()<>]*)*)>?"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
)
# Enough for any nesting a reply can hold; each pass only ever shortens the text.
_MAX_PASSES = 8


def _unmasked(match: re.Match[str]) -> str:
    label, target = match["label"].strip(), match["target"]
    if not target:
        return label
    return f"{label} ({target})" if label else target


def unmask_links(text: str) -> str:
    """``[text](url)`` -> ``text (url)``: the target stays visible, and the result is
    never longer than the input (so limits computed before still hold)."""
    if "](" not in text:
        return text
    for _ in range(_MAX_PASSES):
        unmasked = _MASKED_LINK.sub(_unmasked, text)
        if unmasked == text:
            break
        text = unmasked
    return text


def safe_markdown(text: str) -> str:
    """Text about to be shown as (light) markdown: links unmasked, format controls gone."""
    return strip_format_controls(unmask_links(text))


def _safe_optional(text: str | None) -> str | None:
    return None if text is None else safe_markdown(text)


def safe_answer(answer: Answer) -> Answer:
    """A copy of ``answer`` with every text a renderer shows made safe (title, body,
    speaker, role, citations, choice labels). Idempotent, and never longer."""
    return dataclasses.replace(
        answer,
        text=safe_markdown(answer.text),
        title=_safe_optional(answer.title),
        speaker=_safe_optional(answer.speaker),
        role=_safe_optional(answer.role),
        citations=tuple(
            dataclasses.replace(
                c,
                title=safe_markdown(c.title),
                publisher=safe_markdown(c.publisher),
                dateline=safe_markdown(c.dateline),
            )
            for c in answer.citations
        ),
        choices=tuple(
            dataclasses.replace(c, label=strip_format_controls(c.label)) for c in answer.choices
        ),
    )
