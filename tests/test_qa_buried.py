"""Long chat messages with the question buried in chatter: the question clause(s) are
found and each is answered. Unit tests on invented messages; engine tests in wordings of
their own on the bundled release and the five-release fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.answerer import MAX_QUESTION_WORDS
from bot.engine.qa.read import buried_questions
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index

KB_FIVE = Path(__file__).parent / "fixtures" / "kb_five"


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


def test_one_question_after_chatter() -> None:
    message = (
        "right so my manager pinged me during lunch and I could not recall it, "
        "who chairs the Zorvak Guild these days?"
    )
    assert buried_questions(message) == ["who chairs the Zorvak Guild these days"]


def test_two_questions_whether_reads_as_did() -> None:
    message = (
        "heads up, for the quarterly slides I have to find out which fund Mira Tolland "
        "announced at the fair, and whether she named any partner banks"
    )
    assert buried_questions(message) == [
        "which fund Mira Tolland announced at the fair",
        "did she named any partner banks",
    ]


@pytest.mark.parametrize(
    "message",
    [
        "who chairs the Zorvak Guild?",  # short
        "what did the Zorvak Guild announce at the fair in Brindleport last spring, and "
        "who from the Quillon Trust was there to see it happen in person?",  # opens with it
        "a long message that only tells a story about the guild and the fair and the rain "
        "and the trains that were late again",  # no question in it
    ],
)
def test_nothing_buried(message: str) -> None:
    assert buried_questions(message) == []


def test_a_buried_question_on_the_bundled_release(engine: Engine) -> None:
    answer = engine.handle(
        "quick context: my boss is prepping for a panel tomorrow and wanted one detail "
        "checked, where did LI Yong and Jack Ma hold their meeting?"
    )
    assert answer.status is Status.ANSWERED and answer.citations
    assert "Hangzhou" in render_text(answer)


def test_two_buried_questions_on_the_fixture(five: Engine) -> None:
    answer = five.handle(
        "hi all, pulling together notes for the board pack and I need to confirm how much "
        "the Development Trust for Africa committed to the academy, and who its CEO is"
    )
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED and answer.citations, reply
    assert "15 million" in reply and "MENSAH" in reply


def test_the_question_word_after_a_verb_of_asking() -> None:
    message = (
        "so what happened was I was chatting with the grant team about the fair and they "
        "wanted to know when the Zorvak Guild opened its kiln"
    )
    assert buried_questions(message) == ["when the Zorvak Guild opened its kiln"]


def test_a_question_buried_in_a_message_past_the_word_bound(engine: Engine) -> None:
    # Over MAX_QUESTION_WORDS in all: the chatter must not make the question "too long".
    chatter = (
        "morning everyone, apologies for the noise in this channel today, I am putting "
        "together the onboarding notes for the two new starters on the partnerships desk "
        "and our lead asked me to double check a couple of basics before the welcome call "
        "on Thursday afternoon, which I would really rather get right the first time, so "
    )
    message = chatter + "in which city did LI Yong and Jack Ma hold their meeting?"
    assert len(message.split()) > MAX_QUESTION_WORDS
    answer = engine.handle(message)
    reply = render_text(answer)
    assert answer.status is Status.ANSWERED and answer.citations, reply
    assert "Hangzhou" in reply


def test_a_long_message_with_no_question_is_still_too_long(engine: Engine) -> None:
    message = " ".join(["the eWTP and UNIDO and the summit in Hangzhou"] * 8)
    assert len(message.split()) > MAX_QUESTION_WORDS
    answer = engine.handle(message)
    assert answer.status is Status.USAGE and "too long" in render_text(answer)
