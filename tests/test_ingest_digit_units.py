"""A digit word glued to a unit symbol is a quantity, not a name opening with a digit
(``bot/ingest/digit_names.py``): "a 5GHz network", "the 400kV network"."""

from __future__ import annotations

import pytest

from bot.ingest.digit_names import DigitName, digit_names
from bot.kb.models import EntityKind


@pytest.mark.parametrize(
    "sentence",
    [
        "Velmont Telecom will switch on a 5GHz network in Tarrow next spring.",
        "The grid operator is building a new 400kV network along the coast.",
        "Orla Energy plans a 50GWh storage platform by 2027.",
        "The county launched a 10MW-scale solar project in March.",
        "Schools join a 100Gbps research network called 2Gbit next year.",
    ],
)
def test_a_quantity_with_a_unit_is_no_name(sentence: str) -> None:
    assert digit_names(sentence) == []


def test_digit_names_are_still_names() -> None:
    found = digit_names("The 7harbours alliance and a new 9lives programme met the 3GPP network.")
    assert found == [
        DigitName("7harbours", EntityKind.ORGANIZATION),
        DigitName("9lives", EntityKind.INITIATIVE),
        DigitName("3GPP", EntityKind.ORGANIZATION),
    ]
