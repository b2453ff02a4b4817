"""A goal is reported reached only by a verb of reaching that takes it ("passed its
target of 2,500"), never by one elsewhere in the clause ("met in Tarrow and set a target
of 10,000", "reached an agreement that sets a goal of 5,000"): such a goal stays ahead,
and is no count reached (review of session 9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.engine.qa.figures import figures_in, is_goal_figure
from bot.render.text import render_text
from tests.kb_acme import acme_engine


@pytest.fixture(scope="module")
def acme(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("acme")
    return acme_engine(root)


@pytest.mark.parametrize(
    "sentence",
    [
        "The partners met in Tarrow and set a target of 10,000 homes by 2026.",
        "Acme reached an agreement with Beta that sets a goal of 5,000 kilometres by 2027.",
        "The storm hit the coast and the partners set a new goal of 300 homes.",
    ],
)
def test_a_verb_of_reaching_elsewhere_in_the_clause_leaves_the_goal_ahead(sentence: str) -> None:
    (figure,) = figures_in(sentence)
    assert not figure.met, sentence
    assert is_goal_figure(figure), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The network passed its target of 2,500 sensors in November 2021.",
        "Acme has met its goal of 40 streets.",
        "It reached its first-phase goal of 12 ports.",
    ],
)
def test_a_goal_the_verb_takes_is_reported_reached(sentence: str) -> None:
    (figure,) = figures_in(sentence)
    assert figure.met, sentence


def test_a_goal_set_at_a_meeting_is_no_count_reached(acme: Engine) -> None:
    # "met in Tarrow and set a target of 10,000 homes" had made 10,000 homes a count
    # reached, listed beside the 2,000 homes connected.
    reply = render_text(acme.handle("How many homes has RuralReach connected?"))
    assert "2,000" in reply, reply
    assert "10,000 as of" not in reply, reply
    goal = acme.handle("What is RuralReach's target?").text
    assert goal.startswith("**10,000**"), goal
