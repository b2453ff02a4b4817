"""👍/👎 feedback on answers: what a vote is counted against, with no user ids.

A vote counts for one *question and answer* pair (``AnswerKey``): the question as the
gaps database keeps it (normalised, personal data scrubbed, ``bot.ops.privacy``) and
the answer as ``<command>: <entity ids>`` for quote, what and who, or
``question: #<8 hex digits of BLAKE2b of the answer text>`` for free questions (their
entities do not tell two answers apart). The pair's ``key`` (16 hex digits of BLAKE2b of
both) is what a vote button's custom id carries, so a click needs nothing else, even
after a restart.

Why no "one vote per person": that needs to know who voted, and the database keeps no
user ids. So every click counts (one row per click, with the hour, the guild and the
vote), and the clicker gets a private "thanks" instead of a changed button. A
moderator reads the counts as signals, not as a poll.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.ops.privacy import scrub_personal

if TYPE_CHECKING:
    from bot.engine.answer import Answer

# The answers that get vote buttons: answered questions about the knowledge, not
# lists (sources), help, or replies that are already gaps (not_found, ambiguous).
VOTED_COMMANDS = frozenset({"quote", "what", "who", "question"})
QUESTION_CHARS = 300  # as the gaps table keeps them (bot.ops.gaps)
KEY_HEX = 16
ENTITIES_NAMED = 3


@dataclass(frozen=True, slots=True)
class AnswerKey:
    """One question and answer pair that can be voted on."""

    key: str  # KEY_HEX hex digits, what the vote buttons carry
    question: str  # normalised and scrubbed, at most QUESTION_CHARS
    answer: str  # "what: ewtp" or "question: #1a2b3c4d", plus " (page n)" for pages


def _digest(text: str, size: int) -> str:
    return hashlib.blake2b(text.encode(), digest_size=size).hexdigest()


def answer_key(question: str, answer: Answer) -> AnswerKey | None:
    """The pair ``question`` (already normalised) and ``answer`` are counted under, or
    None when the answer gets no vote buttons (see ``VOTED_COMMANDS``)."""
    if answer.status.value != "answered" or answer.command not in VOTED_COMMANDS:
        return None
    question = " ".join(scrub_personal(question).split())[:QUESTION_CHARS]
    if not question:
        return None
    if answer.command != "question" and answer.entities:
        label = f"{answer.command}: {', '.join(answer.entities[:ENTITIES_NAMED])}"
    else:
        label = f"{answer.command}: #{_digest(answer.text, 4)}"
    if answer.page is not None:
        label += f" (page {answer.page.number})"
    return AnswerKey(_digest(f"{question}\0{label}", KEY_HEX // 2), question, label)
