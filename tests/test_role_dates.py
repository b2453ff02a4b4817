"""Every rendering of an ended title dates it by the releases that state it held.

A later release that only says a title ended restates the role with ``ended:``; lists
that show one role per person (who is quoted, people of a release) once printed that
later release's date as the title's "as of" date, which reads as if the title were held
then (a newcomer's trial, session 9).
"""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.render.text import render_text
from tests.tmpkb import engine_of, source_line

_RELEASES = {
    "r1": source_line(
        "r1",
        "Ferry alliance formed",
        "2020-05-04",
        publisher="Fjord Wire",
        city="Tromso",
        country="Norway",
    )
    + "entities:\n"
    "  - {id: nordferj, name: Nordferj Lines, kind: organization, summary: A ferry operator.}\n"
    "  - {id: eira-vik, name: Eira Vik, kind: person, summary: A ferry executive.}\n"
    "roles:\n"
    "  - {entity: eira-vik, title: Managing Director, organization: nordferj}\n"
    "quotes:\n"
    "  - id: vik-ferries\n"
    "    speaker: eira-vik\n"
    "    text: Release text.\n",
    "r2": source_line(
        "r2",
        "Nordferj names new head",
        "2024-09-10",
        publisher="Fjord Wire",
        city="Tromso",
        country="Norway",
    )
    + "roles:\n"
    "  - {entity: eira-vik, title: Managing Director, organization: nordferj,"
    " ended: 2023-11}\n",
}


@pytest.fixture(scope="module")
def ferries(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("ferries"), _RELEASES)


@pytest.mark.parametrize("message", ["who is quoted in the releases?", "!who Eira Vik"])
def test_ended_title_is_dated_by_the_release_stating_it(ferries: Engine, message: str) -> None:
    reply = render_text(ferries.handle(message))
    assert "ended 2023-11" in reply, reply
    assert "as of 2020-05-04" in reply, reply
    assert "as of 2024-09-10" not in reply, reply
