"""A sum per year keeps the figure as its release states it: the currency symbol and the
scale word ("billion") of the sum divided, on an invented canal-restoration base."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from tests.asking import answered
from tests.tmpkb import engine_of, source_line

_RELEASE = (
    source_line("fen24", "Fenwick Canal restoration funded", "2024-03-12") + "entities:\n"
    "  - {id: fenwick, name: Fenwick Canal Fund, kind: initiative, summary: A fund that"
    " restores the Fenwick Canal.}\n"
    "  - {id: kestrel, name: Kestrel Trust, kind: organization, summary: A charitable"
    " trust.}\n"
    "  - {id: marlow, name: Marlow Water Board, kind: organization, summary: A regional"
    " water authority.}\n"
    "facts:\n"
    "  - {id: fen24-trust, about: [kestrel, fenwick], text: 'The Kestrel Trust grants"
    " €2 billion to the Fenwick Canal Fund over four years.'}\n"
    "  - {id: fen24-board, about: [marlow], text: 'The Marlow Water Board sets aside"
    " US$1.5 million for dredging from 2024 to 2026.'}\n"
)


@pytest.fixture(scope="module")
def canal(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("canal")
    return engine_of(root, {"fen24": _RELEASE})


def test_a_yearly_share_of_billions_keeps_its_symbol_and_scale(canal: Engine) -> None:
    answered(
        canal,
        "how much does the Kestrel Trust grant give per year?",
        "€500 million a year",
        "€2 billion ÷ 4 years",
    )


def test_a_yearly_share_below_a_million_keeps_its_symbol(canal: Engine) -> None:
    answered(
        canal,
        "how much is the Marlow Water Board's dredging money a year?",
        "US$500,000 a year",
        "3 years",
    )
