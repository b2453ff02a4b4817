"""Kinds that held-out sets 20 to 26 found misworded, asked here on an invented base of
orchard cooperatives:

- "how many times did A and B meet?" counts the recorded occasions in the words a reader
  expects: "once", "twice", "three times" (not "two that the releases record");
- "when did A become chair of the guild board?" with "the Guild" an alias: the title
  asked is at the organisation named after "of the", not the one title "Chair" someone
  else holds elsewhere, even when the organisation's name takes the article in;
- "who is the chair (of the board) of fruktlag?" of an organisation no release knows, written in
  lowercase, is not found, never the chair the releases do name elsewhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.engine.qa.vocabulary import times_word
from tests.asking import ask
from tests.tmpkb import engine_of, source_line

_PEOPLE = """\
  - id: solveig
    name: Solveig Rand
    kind: person
    summary: Solveig Rand chairs the Fjordfrukt growers' cooperative.
  - id: tobias
    name: Tobias Melk
    kind: person
    summary: Tobias Melk leads the Kernhaus cider press.
"""


def _release(stem: str, date: str, place: str, day: str, people: str = "") -> str:
    """A release of one meeting of the two growers; ``people`` declares them (once)."""
    return (
        source_line(stem, f"Orchard growers meet in {place}", date, city=place, country="Norway")
        + f"""\
entities:
{people}  - id: {place.lower()}
    name: {place}
    kind: place
    summary: {place}, a fruit town in Norway.
facts:
  - id: meeting-{stem}
    about: [solveig, tobias]
    place: {place.lower()}
    date: {date}
    text: Solveig Rand and Tobias Melk met in {place} on {day} to discuss apple prices.
"""
    )


@pytest.fixture(scope="module")
def orchards(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("orchards")
    return engine_of(
        root,
        {
            "2021-09-14-lofthus": _release(
                "2021-09-14-lofthus", "2021-09-14", "Lofthus", "September 14, 2021", _PEOPLE
            ),
            "2023-10-02-ulvik": _release(
                "2023-10-02-ulvik", "2023-10-02", "Ulvik", "October 2, 2023"
            ),
        },
    )


def test_how_many_times_is_worded_as_a_frequency(orchards: Engine) -> None:
    got = ask(orchards, "how many times did solveig rand and tobias melk meet?")
    assert got.status is Status.ANSWERED, got.reply
    assert "**Twice that the releases record:**" in got.reply, got.reply
    assert "Lofthus" in got.reply and "Ulvik" in got.reply


def test_times_word() -> None:
    assert [times_word(n) for n in (1, 2, 3, 40)] == ["once", "twice", "three times", "40 times"]


_GUILDS = (
    source_line("2022-05-03-guild", "Cider Guild names its board", "2022-05-03")
    + """\
entities:
  - id: guild
    name: Hardanger Cider Guild
    kind: organization
    summary: The Hardanger Cider Guild, an association of cider makers.
    aliases: [the Guild]
  - id: pickers
    name: Young Pickers Club
    kind: organization
    summary: The Young Pickers Club, a society of seasonal fruit pickers.
  - id: ingrid
    name: Ingrid Havsund
    kind: person
    summary: Ingrid Havsund chairs the Guild's board.
  - id: mats
    name: Mats Olden
    kind: person
    summary: Mats Olden chairs the Young Pickers Club.
  - id: petra
    name: Petra Lunde
    kind: person
    summary: Petra Lunde is the Guild's treasurer.
roles:
  - entity: ingrid
    organization: guild
    title: Chair of the Board
  - entity: mats
    organization: pickers
    title: Chair
  - entity: petra
    organization: guild
    title: Treasurer
facts:
  - id: guild-board
    about: [guild, ingrid, petra]
    text: The Hardanger Cider Guild named Ingrid Havsund Chair of the Board and Petra Lunde Treasurer.
"""
)


def test_a_title_of_the_organisation_named_with_its_article(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, {"2022-05-03-guild": _GUILDS})
    got = ask(engine, "when did petra lunde become chair of the guild board?")
    assert "Ingrid Havsund" in got.reply, got.reply
    assert "Mats Olden" not in got.reply, got.reply


def test_a_title_of_an_unknown_organisation_is_not_found(tmp_path: Path) -> None:
    engine = engine_of(tmp_path, {"2022-05-03-guild": _GUILDS})
    for question in ("who is the chair of fruktlag?", "who is the chair of the board of fruktlag"):
        got = ask(engine, question)
        assert got.status is Status.NOT_FOUND, got.reply
        assert "Ingrid Havsund —" not in got.reply, got.reply
    # The organisation the releases know still answers.
    known = ask(engine, "who is the chair of the board of the guild?")
    assert known.status is Status.ANSWERED and "Ingrid Havsund" in known.reply, known.reply
