"""Not-found precision over time (session 14): kinds sealed base 25 found, checked on a
small invented base in other wording.

- "who succeeded X as <title>?" when a release names a successor only in another of X's
  titles, and "who replaced X at <organisation>?" when the one sentence with a
  succession word says whom X replaced: the releases don't say, never the other
  succession.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.render.text import render_text
from tests.tmpkb import engine_of, source_line

FIRST = (
    source_line("r1", "Fenwick Trust opens its river school", "2018-04-02") + "entities:\n"
    "  - {id: fenwick, name: Fenwick Trust, kind: organization, aliases: [Fenwick],"
    " summary: A charity teaching river safety.}\n"
    "  - {id: harrow, name: Harrow Guild, kind: organization, summary: A boatmen's guild.}\n"
    "  - {id: ada, name: Ada Quill, kind: person, summary: Treasurer of the Fenwick Trust.}\n"
    "  - {id: bo, name: Bo Lerner, kind: person, summary: Secretary of the Harrow Guild.}\n"
    "  - {id: cal, name: Cal Dorn, kind: person, summary: A volunteer at the Fenwick Trust.}\n"
    "  - {id: dee, name: Dee Marsh, kind: person, summary: A former head of the Fenwick"
    " Trust.}\n"
    "roles:\n"
    "  - {entity: ada, title: Treasurer, organization: fenwick}\n"
    "  - {entity: bo, title: Secretary, organization: harrow}\n"
)

SECOND = (
    source_line("r2", "Fenwick Trust names new leaders", "2022-06-01") + "roles:\n"
    "  - {entity: ada, title: Treasurer, organization: fenwick, ended: 2021-03-31}\n"
    "  - {entity: ada, title: Director of Finance, organization: fenwick, ended: 2022-05-31}\n"
    "  - {entity: ada, title: Chair, organization: fenwick}\n"
    "  - {entity: bo, title: Secretary, organization: harrow, ended: 2022-01-31}\n"
    "  - {entity: bo, title: Chief Executive, organization: fenwick}\n"
    "facts:\n"
    "  - {id: f1, about: [cal, ada, fenwick], date: 2021-04-01, text: 'Cal Dorn succeeded"
    " Ada Quill as Treasurer of the Fenwick Trust on April 1, 2021.'}\n"
    "  - {id: f2, about: [bo, dee, fenwick], date: 2022-02-01, text: 'Bo Lerner became"
    " Chief Executive of the Fenwick Trust on February 1, 2022, replacing Dee Marsh.'}\n"
)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return engine_of(tmp_path / "kb", {"r1": FIRST, "r2": SECOND})


def _ask(engine: Engine, question: str) -> tuple[Status, str]:
    answer = engine.handle(question)
    return answer.status, render_text(answer)


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        ("who took over from ada quill as director of finance", "Cal Dorn"),
        ("who replaced bo lerner at the harrow guild?", "Dee Marsh"),
        ("who came after bo lerner as secretary of harrow guild", "Dee Marsh"),
    ],
)
def test_a_succession_in_another_title_is_not_the_successor(
    engine: Engine, question: str, wrong: str
) -> None:
    status, reply = _ask(engine, question)
    assert status is Status.NOT_FOUND, reply
    assert wrong not in reply, reply


def test_a_succession_in_the_title_asked_is_shown(engine: Engine) -> None:
    status, reply = _ask(engine, "who was ada quill's successor as treasurer?")
    assert status is Status.ANSWERED, reply
    assert "Cal Dorn" in reply, reply
