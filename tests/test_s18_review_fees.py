"""Session 18's review: "what is the fee?" was answered by a grant's sum when "will pay
for" stood right after it ("US$8 million grant will pay for …": "pay" is a synonym of a
fee). A sum whose own noun is another money noun (grant, loan, donation) is never the
fee, and "pay for" names what a sum buys. Invented: a village cinema."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.executors.free_prices import states_sum
from tests.asking import ask
from tests.tmpkb import engine_of, source_line

_R = (
    source_line("2024-09-03-lumen-cinema-roof", "Lumen Cinema gets a new roof", "2024-09-03")
    + """\
entities:
  - {id: lumen, name: Lumen Community Cinema, kind: organization, aliases: [Lumen Cinema], summary: A volunteer-run cinema in Oxbury.}
  - {id: rook-fund, name: Rook Heritage Fund, kind: organization, summary: A fund for village buildings.}
facts:
  - id: grant
    about: [lumen, rook-fund]
    text: The Rook Heritage Fund's €95,000 grant will pay for a new roof and seats at the Lumen Community Cinema.
  - id: loan
    about: [lumen]
    text: A €20,000 loan will pay for the Lumen Community Cinema's digital projector.
"""
)


@pytest.fixture(scope="module")
def cinema(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("cinema"), {"2024-09-03-lumen-cinema-roof": _R})


@pytest.mark.parametrize(
    "question",
    ["what is the membership fee of the lumen cinema?", "what is the ticket price?"],
)
def test_a_grant_or_loan_that_will_pay_for_things_is_no_fee(cinema: Engine, question: str) -> None:
    asked = ask(cinema, question)
    assert asked.status is Status.NOT_FOUND, asked.reply
    assert "€95,000" not in asked.reply.split("\n")[0]


@pytest.mark.parametrize(
    ("text", "fee"),
    [
        ("A €4,000 donation will pay for new curtains.", False),
        ("A grant of €9,000 pays for the screen.", False),
        ("Membership costs €15 a year.", True),
        ("The annual fee is €15, and a €4,000 donation will pay for curtains.", True),
    ],
)
def test_only_a_sum_of_the_noun_asked_states_the_fee(text: str, fee: bool) -> None:
    assert states_sum(text, "fee") is fee
