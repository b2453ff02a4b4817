"""What the holder of a title said at an event: "what did the Alliance president say at
the academy launch?", "what did the Fund's director say during the signing?".

The speaker is named by a title at an organisation, and the title's holder changes over
time, so the speaker is the holder on the event's date (``HolderAtEventAnswers``: the
title in force then, never today's holder). Their quotes are then read from the release
reporting the event: the first release dated on or after the event that quotes them
(a release reports an event on its day or soon after). None when the question is not of
this shape, the event is not dated, no one held the title then, or that person is not
quoted on or after it.
"""

from __future__ import annotations

import datetime as dt
import re
from datetime import timedelta
from typing import NamedTuple

from bot.engine.answer import Answer, Status
from bot.engine.cite import placeholder
from bot.engine.qa.compose import answered, format_date, not_found
from bot.engine.qa.executors.events import as_typed
from bot.engine.qa.executors.holder_at_event import HolderAtEventAnswers
from bot.engine.qa.query import Query
from bot.engine.qa.subjects import role_fits
from bot.engine.qa.vocabulary import TITLE_WORDS
from bot.kb.models import LoadedRole

# Verbs of saying, as a question asks what was said.
_SAY = frozenset("say said tell told remark remarked state stated declare declared".split())
# Words putting the saying at an event ("at the launch", "during the signing").
_AT = frozenset(("at", "during"))
_OPENERS = (("what", "did"), ("what", "does"), ("what", "had"))
# A release reporting an event is dated at most this many days after it.
MAX_REPORT_DAYS = 14
# At most this many of the speaker's quotes from that release are shown.
MAX_SHOWN = 3


class SaidAtEvent(NamedTuple):
    """ "what did <title words> say at <event words>" split in two."""

    title: tuple[str, ...]
    event: tuple[str, ...]


def said_at_event(words: tuple[str, ...]) -> SaidAtEvent | None:
    """The title and the event of "what did the <org> <title> say at <event>?"; None for
    any other question, or when the words before the verb hold no title word."""
    if tuple(words[:2]) not in _OPENERS:
        return None
    verb = next((i for i, w in enumerate(words) if w in _SAY), None)
    if verb is None or verb + 2 >= len(words) or words[verb + 1] not in _AT:
        return None
    title = tuple(words[2:verb])
    if not set(title) & TITLE_WORDS:
        return None
    return SaidAtEvent(_title_of_org(title), tuple(words[verb + 2 :]))


def _title_of_org(title: tuple[str, ...]) -> tuple[str, ...]:
    """ "the PRN executive director", "PRN's executive director" as "the executive
    director of the PRN": the question's parser reads an organisation named before a
    title as a name ("PRN executive director" matched a person's "Director" elsewhere),
    but an organisation after "of" as the title's own. Unchanged when already so."""
    if "of" in title:
        return title
    n = len(title)
    while n > 0 and title[n - 1] in TITLE_WORDS:
        n -= 1
    org = [w for w in title[:n] if w not in ("the", "s")]
    if not org or n == len(title):
        return title
    return ("the", *title[n:], "of", "the", *org)


class TitleQuoteAnswers(HolderAtEventAnswers):
    def quote_of_holder_at_event(self, q: Query, head: Query, event: Query) -> Answer | None:
        """The quotes of the title's holder on the event's date (``head`` asks who held
        it, ``event`` names the event), from the release reporting it; None otherwise."""
        when = self._event_in_time(event)
        if when is None:
            return None
        index = self.index
        held = self.holder_at_event(q, head, event)
        if held is not None and held.status is Status.ANSWERED and held.entities:
            person = held.entities[0]
            role = held.text.split("\n", 1)[0]
            role_sources = [c.source_id for c in held.citations]
        else:
            # A release reporting the event a day later states the titles its people
            # held at it ("X, Director of Y, met … yesterday"): that release's holder.
            reported = self._holder_in_release(head, when.source)
            if reported is None:
                return None
            person, stated = reported
            role = f"**{index.entity(person).name}** — {index.role_text(stated)}"
            role_sources = [stated.source]
        event_day = dt.date.fromisoformat(_whole_day(when.date))
        quotes = sorted(
            (
                quote
                for quote in index.quotes_by_speaker.get(person, [])
                if quote.source == when.source
                or timedelta(0)
                <= index.source_date(quote.source) - event_day
                <= timedelta(days=MAX_REPORT_DAYS)
            ),
            key=lambda quote: (quote.source != when.source, index.source_date(quote.source)),
        )
        name = index.entity(person).name
        if not quotes:
            # The holder then is known: not today's holder's quotes, and no guess.
            # The role line's citation marks ("[1]") point at nothing in a not_found.
            bare = re.sub(r"(?:\s*\[\d+\])+$", "", role)
            return not_found(
                q.question,
                f"{bare}\nThe releases quote nothing {name} said at "
                f"{as_typed(q.question, event.words)} ({format_date(when.date)}).",
            )
        source = quotes[0].source
        said = [quote for quote in quotes if quote.source == source][:MAX_SHOWN]
        lines = [
            role,
            f"At {as_typed(q.question, event.words)} ({format_date(when.date)}), {name} said:",
            *(f"“{quote.text.strip()}”{placeholder(quote.source)}" for quote in said),
        ]
        return answered(
            index,
            q.question,
            "\n".join(lines),
            [source, *role_sources, when.source],
            entities=[person, *(a.organization for a in head.role_asks[:1])],
        )

    def _holder_in_release(self, head: Query, source: str) -> tuple[str, LoadedRole] | None:
        """The one holder of the title ``head`` asks whose role at its organisation the
        release ``source`` states; None when it states none or several."""
        if not head.role_asks:
            return None
        ask = head.role_asks[0]
        found = [
            (person, role)
            for person in ask.holders
            for role in self.index.roles_by_entity.get(person, [])
            if role.organization == ask.organization
            and role.source == source
            and role_fits(role.title, ask.words)
        ]
        return found[0] if len(found) == 1 else None


def _whole_day(iso: str) -> str:
    """An event date as a day: "2019" is its first day, "2019-11" its month's first."""
    return (iso + "-01-01")[:10] if len(iso) == 4 else (iso + "-01")[:10]
