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
    [
        "what is the membership fee of the lumen cinema?",
        "what is the ticket price?",
        "how much does the lumen cinema charge for a film?",
    ],
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
        ("The cinema charges €6 a ticket.", True),
        ("The annual fee is €15, and a €4,000 donation will pay for curtains.", True),
    ],
)
def test_only_a_sum_of_the_noun_asked_states_the_fee(text: str, fee: bool) -> None:
    assert states_sum(text, "fee") is fee


_GIFTS_1 = (
    source_line("2022-05-10-otter-trust-gift", "Otter Trust backs the cinema", "2022-05-10")
    + """\
entities:
  - {id: lumen, name: Lumen Community Cinema, kind: organization, summary: A volunteer-run cinema in Oxbury.}
  - {id: otter, name: Otter Valley Trust, kind: organization, summary: A charitable trust.}
facts:
  - id: first
    about: [otter, lumen]
    text: The Otter Valley Trust has given NZD 640,000 to the Lumen Community Cinema for its film club.
"""
)
_GIFTS_2 = (
    source_line("2024-02-01-otter-trust-again", "Otter Trust renews its gift", "2024-02-01")
    + """\
facts:
  - id: second
    about: [otter, lumen]
    text: The Otter Valley Trust has given a further NZD 2.2 million to the Lumen Community Cinema.
"""
)


def test_two_sums_in_one_currency_at_two_scales_add_up(tmp_path) -> None:
    engine = engine_of(
        tmp_path,
        {"2022-05-10-otter-trust-gift": _GIFTS_1, "2024-02-01-otter-trust-again": _GIFTS_2},
    )
    reply = ask(engine, "how much has the Otter Valley Trust given?").reply
    assert "different currencies" not in reply, reply
    assert "NZD 2.84 million" in reply and "0.64 + 2.2" in reply, reply
