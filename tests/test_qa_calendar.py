"""Yes/no questions about a weekday or a month: the date of the fact that states the
event decides, and calendar words are never names the releases "don't mention", nor
places ("in November", "in partnership with" name no place)."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index
from tests.kbpaths import KB_FIVE


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


def ask(engine: Engine, question: str) -> tuple[Status, str]:
    answer = engine.handle(question)
    return answer.status, render_text(answer)


def test_a_weekday_is_checked_against_the_date(engine: Engine) -> None:
    # The bundled release never says "Sunday": still a day, not an unknown name.
    status, reply = ask(engine, "did LI Yong and Jack MA sit down together on a Sunday?")
    assert status is Status.ANSWERED
    assert "No" in reply and "Saturday, April 21, 2018" in reply
    assert "don't mention" not in reply


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("was the Digital Export Academy launched in December?", "No"),
        ("was the Digital Export Academy launched in November?", "Yes"),
        ("was the Digital Export Academy launched in November 2020?", "No"),
    ],
)
def test_a_month_is_checked_against_the_date(five: Engine, question: str, verdict: str) -> None:
    status, reply = ask(five, question)
    assert status is Status.ANSWERED
    assert reply.split("\n")[1].startswith(f"**{verdict}"), reply
    assert "November 12, 2019" in reply
    assert "Kigali" not in reply.split("\n")[1]


def test_in_partnership_with_names_no_place(five: Engine) -> None:
    status, reply = ask(five, "was the Digital Export Academy launched in partnership with UNIDO?")
    assert status is Status.ANSWERED
    assert "at Kigali" not in reply and "No:" not in reply


def test_a_date_verdict_comes_only_from_a_fact_stating_what_is_asked() -> None:
    """ "Was the academy set up in March 30 2019?": the number 30 ranks the goal sentence
    ("aims to train 30,000") first, but it says nothing about a founding, so its date is
    no verdict ("No: it was November 12, 2019" cited that sentence)."""
    from bot.engine.engine import Engine
    from bot.kb.loader import load_knowledge
    from bot.search.index import Index
    from tests.kbpaths import KB_FIVE

    answer = Engine(Index(load_knowledge(KB_FIVE))).handle(
        "was the academy founded in March 30 2019?"
    )
    assert "30,000" not in answer.text, answer.text
