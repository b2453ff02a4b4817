"""An amount of one year ("how much was raised in 2025?") is not answered by a total
that names no year from a release older than that year (session 15): an older release
cannot state what was done in a later year. Invented base: a seed library's appeal.
"""

from __future__ import annotations

import json

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.asking import answered, ask
from tests.tmpkb import engine_of, source_line

_ENTITIES = (
    "entities:\n"
    "  - {id: seeds, name: Brackenfold Seed Library, kind: organization, summary: A"
    " community seed library.}\n"
)


def _facts(*rows: tuple[str, str, str]) -> str:
    return "facts:\n" + "".join(
        f"  - id: {fid}\n    about: [{about}]\n    text: {json.dumps(text)}\n"
        for fid, about, text in rows
    )


_RELEASES = {
    "s2022": source_line("s2022", "Seed library appeal passes its goal", "2022-10-04")
    + _ENTITIES
    + _facts(
        (
            "appeal-total",
            "seeds",
            "The Brackenfold Seed Library appeal has raised £180,000 from 2,400 donors.",
        ),
    ),
}


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("seeds"), _RELEASES)


def test_a_later_year_s_amount_is_not_an_older_total(seeds: Engine) -> None:
    found = ask(seeds, "how much money did the brackenfold seed library raise in 2025?")
    assert found.status is Status.NOT_FOUND, found.reply
    assert "for 2025" in found.reply


def test_the_release_s_own_year_keeps_its_total(seeds: Engine) -> None:
    assert "180,000" in answered(
        seeds, "how much money did the brackenfold seed library raise in 2022?"
    )
