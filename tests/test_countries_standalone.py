"""A country asked for is a name written as a country's, never one inside another name:
"New Jersey", "Jordan Blake", "Chad Morris", "the Kenya Rowing Board" name a state,
people and a body (review of session 9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.engine.qa.executors.countries import countries_named
from tests.kb_acme import acme_engine


@pytest.fixture(scope="module")
def acme(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("acme")
    return acme_engine(root)


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Acme Networks operates in New Jersey, New Mexico and Georgia.", ["Georgia"]),
        (
            "Jordan Blake and Chad Morris opened offices in Uganda and Tanzania.",
            ["Uganda", "Tanzania"],
        ),
        ("Acme sponsors the Kenya Rowing Board and the Rwanda Cycling Federation.", []),
        (
            "In Kenya, Uganda and South Korea it trained 500 people.",
            ["Kenya", "Uganda", "South Korea"],
        ),
        ("It sells china plates in Chile.", ["Chile"]),
    ],
)
def test_a_country_inside_a_longer_name_is_none(text: str, countries: list[str]) -> None:
    assert countries_named(text, standalone=True) == countries


def test_countries_asked_are_not_read_from_names_of_states_or_people(acme: Engine) -> None:
    listed = acme.handle("Which countries is Acme Networks in?").text
    assert "Jersey, Mexico" not in listed, listed
    latest = acme.handle("Which country did RuralReach reach most recently?").text
    assert latest.startswith("**Most recently: Uganda and Tanzania**"), latest
