"""Cite and compose: turning executors' findings into Answers that carry their releases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from bot import limits
from bot.engine.answer import Answer, Citation, Status
from bot.engine.cite import attribute, cite, has_placeholders, number_markers
from bot.engine.text import clip, echo
from bot.kb.models import LoadedFact
from bot.search.index import Index


def format_date(value: str) -> str:
    """'2018-04-21' -> 'Saturday, April 21, 2018'; '2016-09' -> 'September 2016'; '2017' stays."""
    parts = value.split("-")
    try:
        if len(parts) == 3:
            day = dt.date.fromisoformat(value)
            return f"{day:%A}, {day:%B} {day.day}, {day.year}"
        if len(parts) == 2:
            return f"{dt.date(int(parts[0]), int(parts[1]), 1):%B %Y}"
    except ValueError:
        pass
    return value


def citations(index: Index, source_ids: Iterable[str]) -> tuple[Citation, ...]:
    """One citation per release, in the order first met. An empty id is a point the
    question itself gives ("between the 2019 and 2021 figures": the years), which no
    release states, so it cites nothing."""
    return tuple(cite(index, s) for s in dict.fromkeys(source_ids) if s)


def answered(
    index: Index,
    question: str,
    text: str,
    sources: Iterable[str],
    *,
    entities: Sequence[str] = (),
    title: str | None = None,
) -> Answer:
    """An answer to a free question, citing ``sources`` (release ids).

    When the text draws on two or more releases, each sentence ends with a marker " [n]"
    naming the citation of the release that states it: the placeholders the executor
    wrote (``cite.placeholder``), else each line that shows a fact, quote, summary or
    title of a cited release (``cite.attribute``). The numbered releases come first
    among the citations."""
    cited = list(dict.fromkeys(sources))
    if len(cited) > 1 and not has_placeholders(text):
        text = attribute(index, text, cited, entities)
    text, numbered = number_markers(text)
    marked = len(numbered) > 1
    if marked:
        cited = [*numbered, *(s for s in cited if s not in numbered)]
    return Answer(
        status=Status.ANSWERED,
        title=clip(title if title is not None else echo(question), limits.EMBED_TITLE_CHARS),
        text=clip(text),
        citations=citations(index, cited),
        entities=tuple(dict.fromkeys(entities)),
        command="question",
        marked=marked,
    )


def answered_facts(
    index: Index, question: str, lines: Sequence[str], facts: Sequence[LoadedFact]
) -> Answer:
    """``answered`` for a reply whose lines show ``facts``: cited to their releases and
    about the entities they link, in the order shown."""
    return answered(
        index,
        question,
        "\n".join(lines),
        [f.source for f in facts],
        entities=[e for f in facts for e in f.about],
    )


def not_found_cited(
    index: Index,
    question: str,
    text: str,
    sources: Iterable[str],
    *,
    entities: Sequence[str] = (),
) -> Answer:
    """``not_found`` that shows what the releases do say (a corrected premise, the
    closest statement), citing ``sources`` (release ids) in the order first met."""
    return Answer(
        status=Status.NOT_FOUND,
        title=echo(question) or None,
        text=clip(text),
        citations=citations(index, sources),
        entities=tuple(entities),
        command="question",
    )


def not_found(question: str, text: str, choices: tuple = ()) -> Answer:
    return Answer(
        status=Status.NOT_FOUND,
        title=echo(question) or None,
        text=clip(text),
        choices=choices,
        command="question",
    )


def combine(answers: Sequence[Answer], title: str | None) -> Answer:
    """Several parts' answers as one reply: each part under its own heading, all cited."""
    if len(answers) == 1:
        return answers[0]
    shown = [a for a in answers if a.status is Status.ANSWERED] or list(answers)
    # A part the releases do not answer is named, so that the reply says which one.
    unanswered = [a for a in answers if a not in shown and a.status is Status.NOT_FOUND and a.title]
    budget = max(200, limits.ANSWER_BODY_CHARS // len(shown) - 40)
    blocks = []
    for a in shown:
        head = f"**{a.title}**" if a.title else ""
        body = a.text
        if a.speaker:
            who = a.speaker + (f", {a.role}" if a.role else "")
            body = f"{body}\n— {who}"
        blocks.append(clip(f"{head}\n{body}".strip(), budget))
    if unanswered:
        names = "; ".join(f"“{a.title}”" for a in unanswered)
        blocks.append(clip(f"The releases I know don't answer {names}.", budget))
    cited: dict[str, Citation] = {}
    for a in shown:
        for c in a.citations:
            cited.setdefault(c.source_id, c)
    status = Status.ANSWERED if any(a.status is Status.ANSWERED for a in shown) else shown[0].status
    return Answer(
        status=status,
        title=clip(title, limits.EMBED_TITLE_CHARS) if title else None,
        text=clip("\n\n".join(blocks)),
        citations=tuple(cited.values()),
        choices=tuple(c for a in shown for c in a.choices)[:5],
        entities=tuple(dict.fromkeys(e for a in shown for e in a.entities)),
        command="question",
    )


class WhereLine(NamedTuple):
    """ "**Where:** <place> — <its summary>", and ``source``, the release that states that
    summary (None when no release does), which the reply must cite too: the summary is
    often another release's sentence than the fact placed there."""

    text: str
    source: str | None


def where_line(index: Index, place_id: str) -> WhereLine:
    """The line that says where a place is: its name, then its summary ("Alibaba Group
    headquarters — Alibaba Group's headquarters in Hangzhou, China"), with the summary's
    release (``Index.summary_source``)."""
    summary = index.entity(place_id).summary
    return WhereLine(
        f"**Where:** {index.display_name(place_id)} — {summary.strip()}",
        index.summary_source(place_id, summary),
    )
