"""Everyday phrasings that sealed set 11 found misread on the bundled release (issue 10),
each asked here in wording invented for the test: exclusivity ("the only …", "alone"),
a speaker named in a quote request, time between two dated events, chat and imperative
wrappers, chat markdown, and a few question shapes.
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.asking import answered, ask

# --- "only", "sole", "alone" ask for exclusivity -----------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "did Alibaba start the eWTP alone?",
        "was Enabling E-commerce launched by the WTO alone?",
        "is Alibaba Group the sole founder of the eWTP?",
    ],
)
def test_exclusivity_against_a_shared_relation_is_no(engine: Engine, question: str) -> None:
    reply = answered(engine, question, "**No")
    assert "**Yes" not in reply, reply


def test_exclusivity_never_yes_from_a_fact_silent_on_others(engine: Engine) -> None:
    # "supported by UNIDO" says nothing of other supporters: no yes, no no.
    got = ask(engine, "is UNIDO the only supporter of the eWTP?")
    assert "**Yes" not in got.reply and "**No" not in got.reply, got.reply


def test_a_shared_relation_still_answers_the_plain_question_yes(engine: Engine) -> None:
    answered(engine, "is Alibaba one of the eWTP's initiators?", "**Yes")
