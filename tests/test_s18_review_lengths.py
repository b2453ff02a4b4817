"""Session 18's review: "how long …?" was answered with a length tied to something else
("marked eight years since its launch, with 64 centres open" for how long the centres
open), with the years between two dated sentences, or with a sentence stating no length
at all (an About paragraph). A length read as the answer must stand in one clause with
the words asked, and a reply stating no length is not found. Invented: a town's
swimming baths."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.durations import states_length
from tests.asking import ask
from tests.tmpkb import engine_of, source_line

_R1 = (
    source_line("2016-05-20-brindle-baths-open", "Brindle Baths open", "2016-05-20")
    + """\
entities:
  - {id: baths, name: Brindle Lido Baths, kind: initiative, aliases: [the Baths], summary: Open-air swimming baths in Brindle run by volunteers.}
  - {id: trust, name: Brindle Lido Trust, kind: organization, summary: A charity restoring the town's lido.}
facts:
  - id: opened
    about: [baths, trust]
    date: 2016-05-20
    text: The Brindle Lido Trust opened the Brindle Lido Baths, a heated outdoor pool with lanes for lessons, on May 20, 2016.
  - id: coaches
    about: [baths]
    text: The Brindle Lido Trust will train 12 volunteer coaches before the first Brindle Lido Baths swimming lesson.
"""
)
_R2 = (
    source_line("2024-06-01-brindle-baths-eight", "Brindle Baths turn eight", "2024-06-01")
    + """\
facts:
  - id: eight
    about: [baths]
    text: The Brindle Lido Baths marked eight years since its opening on June 1, 2024, with 9 lanes open and 2,100 season tickets sold.
  - id: lanes
    about: [baths]
    date: 2021
    text: The Brindle Lido Baths added three lanes in 2021.
"""
)


@pytest.fixture(scope="module")
def baths(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(
        tmp_path_factory.mktemp("baths"),
        {"2016-05-20-brindle-baths-open": _R1, "2024-06-01-brindle-baths-eight": _R2},
    )


def test_a_length_of_another_thing_is_no_reading_of_the_length_asked(baths: Engine) -> None:
    reply = ask(baths, "how long are the lanes at the brindle lido baths open?").reply
    # Neither the eight years since the opening read as the answer, nor the years
    # between two dated sentences worked out.
    assert "**Eight years**" not in reply and "years** (" not in reply, reply


def test_a_reply_stating_no_length_is_not_found(baths: Engine) -> None:
    asked = ask(baths, "how long is a swimming lesson at the brindle lido baths?")
    assert asked.status is Status.NOT_FOUND, asked.reply
    assert "how long" in asked.reply.split("\n")[1], asked.reply


def test_how_old_the_baths_are_still_answers(baths: Engine) -> None:
    asked = ask(baths, "how many years have the brindle lido baths been open?")
    assert asked.status is Status.ANSWERED, asked.reply


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("Lessons run from 7 a.m. to 9 p.m. on weekdays.", True),
        ("Season tickets last until the end of the summer in September 2025.", True),
        ("The trust was founded in 2012 and employs 40 people.", False),
        ("Coaches train before the first lesson.", False),
        ("Each lesson takes forty minutes.", True),
    ],
)
def test_what_states_a_length(text: str, length: bool) -> None:
    assert states_length(text) is length
