"""Answer -> Discord message: an embed, or plain text when the bot may not embed.

Every size limit comes from ``bot.limits`` so that they live in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import discord

from bot import limits
from bot.engine.answer import Answer, Status
from bot.engine.text import defuse_links
from bot.render.safety import safe_answer
from bot.render.text import render_text
from bot.textnorm import strip_format_controls

if TYPE_CHECKING:
    from bot.kb.loader import KnowledgeError

# One colour per outcome so a glance tells an answer from a "did you mean".
_COLOURS: dict[Status, discord.Colour] = {
    Status.ANSWERED: discord.Colour.blurple(),
    Status.AMBIGUOUS: discord.Colour.gold(),
    Status.NOT_FOUND: discord.Colour.light_grey(),
    Status.USAGE: discord.Colour.dark_teal(),
    Status.ERROR: discord.Colour.red(),
}
# The footer names at most this many sources; the sources list already shows them all.
_FOOTER_CITATIONS = 3
_MARKED_CITATIONS = 20

# Every message the bot sends uses this: nobody is ever pinged, whatever the text says.
NO_MENTIONS = discord.AllowedMentions.none()


@dataclass(frozen=True, slots=True)
class Reply:
    """What to send: exactly one of ``content`` and ``embed`` is set."""

    content: str | None = None
    embed: discord.Embed | None = None


def truncate(text: str, limit: int) -> str:
    """Cut ``text`` to ``limit`` characters, ending with an ellipsis when cut.

    Every text the bot sends to Discord passes here on its way to one of Discord's
    limits (message, embed parts, button and menu labels, autocomplete choices), so this
    is also where bidi controls and other reordering format characters are removed for
    good (``bot.textnorm.strip_format_controls``).
    """
    text = strip_format_controls(text)
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def _speaker_line(answer: Answer) -> str | None:
    if not answer.speaker:
        return None
    return f"{answer.speaker}, {answer.role}" if answer.role else answer.speaker


def _source_line(answer: Answer) -> str | None:
    if not answer.citations:
        return None
    if answer.marked:
        # Sentences carry "[n]": every release is listed with its number, so that each
        # marker has its release (a footer holds 2,048 characters; a citation ~50).
        shown = [f"[{i}] {c}" for i, c in enumerate(answer.citations[:_MARKED_CITATIONS], 1)]
    else:
        shown = [str(c) for c in answer.citations[:_FOOTER_CITATIONS]]
    more = len(answer.citations) - len(shown)
    line = "; ".join(shown) + (f" (+{more} more)" if more > 0 else "")
    return f"Source{'s' if len(answer.citations) > 1 else ''}: {line}"


def _link_lines(answer: Answer) -> str | None:
    """Masked links to the cited releases that have a ``url``: ``[publisher, date](<url>)``,
    one per line, as many as fit in a field. A footer cannot hold links, so they go in
    a field of their own. The url was checked when its file loaded (http or https, no
    character that could end the link early); the label is escaped."""
    lines: list[str] = []
    used = 0
    for number, citation in enumerate(answer.citations, 1):
        if not citation.url:
            continue
        label = (
            discord.utils.escape_markdown(f"{citation.publisher}, {citation.date.isoformat()}")
            .replace("[", "\\[")
            .replace("]", "\\]")
        )
        line = f"[{truncate(label, 200)}](<{citation.url}>)"
        if answer.marked:
            line = f"\\[{number}\\] {line}"
        if used + len(line) + 1 > limits.EMBED_FIELD_VALUE_CHARS:
            break
        lines.append(line)
        used += len(line) + 1
    return "\n".join(lines) or None


def _page_line(answer: Answer) -> str | None:
    if answer.page is None:
        return None
    return f"Page {answer.page.number}/{answer.page.total}"


def render_embed(answer: Answer) -> discord.Embed:
    answer = safe_answer(answer)
    embed = discord.Embed(
        title=truncate(answer.title, limits.EMBED_TITLE_CHARS) if answer.title else None,
        description=truncate(answer.text, limits.EMBED_DESCRIPTION_CHARS),
        colour=_COLOURS.get(answer.status, discord.Colour.blurple()),
    )
    speaker = _speaker_line(answer)
    if speaker:
        embed.add_field(
            name="Speaker", value=truncate(speaker, limits.EMBED_FIELD_VALUE_CHARS), inline=False
        )
    links = _link_lines(answer)
    if links:
        name = "Read the release" + ("s" if links.count("\n") else "")
        embed.add_field(name=name, value=links, inline=False)
    footer = " · ".join(x for x in (_source_line(answer), _page_line(answer)) if x)
    if footer:
        embed.set_footer(text=truncate(footer, limits.EMBED_FOOTER_CHARS))
    # The 6,000-character budget covers every text part; the description gives way.
    excess = len(embed) - limits.EMBED_TOTAL_CHARS
    if excess > 0 and embed.description:
        embed.description = truncate(embed.description, len(embed.description) - excess)
    return embed


def render_plain(answer: Answer) -> str:
    """The no-embed fallback: the shared plain-text renderer, one message long."""
    return render_text(answer, limit=limits.MESSAGE_CHARS)


def render_reply(answer: Answer, *, embeds: bool) -> Reply:
    """An embed where the bot has Embed Links, plain text otherwise."""
    if embeds:
        return Reply(embed=render_embed(answer))
    return Reply(content=render_plain(answer))


def plain(text: str) -> str:
    """A message of our own (errors, cooldowns), kept within the message limit."""
    return truncate(text, limits.MESSAGE_CHARS)


def escape(text: str) -> str:
    """Text we did not write (user input, file paths, problems) shown in a message of
    our own: markdown, mentions and links defused, format controls gone."""
    text = discord.utils.escape_markdown(strip_format_controls(text))
    return defuse_links(discord.utils.escape_mentions(text))


# One problem of a failed reload; longer ones are cut.
PROBLEM_LINE_CHARS = 300


def failure_text(error: KnowledgeError, *, head: str = "") -> str:
    """A failed reload: ``head`` (a first line, already escaped) if given, the summary,
    then the problems one per line, cut to one message with a count of what was left
    out. Used by ``reload`` and by the watcher's post to the moderator log."""
    count = len(error.problems)
    summary = (
        f"Reload failed: {count} problem{'s' if count != 1 else ''} in the knowledge base. "
        "The previous knowledge base is still serving."
    )
    lines = [head, summary] if head else [summary]
    tail_room = 120  # for the "… and N more" line
    used = sum(len(line) + 1 for line in lines)
    shown = 0
    for problem in error.problems:
        # Paths and YAML locations are full of underscores and asterisks.
        line = truncate("• " + escape(str(problem)), PROBLEM_LINE_CHARS)
        if used + len(line) + 1 > limits.MESSAGE_CHARS - tail_room:
            break
        lines.append(line)
        used += len(line) + 1
        shown += 1
    if shown < count:
        lines.append(
            f"… and {count - shown} more: run `partnerbot check` on the knowledge directory "
            "to see them all."
        )
    return plain("\n".join(lines))
