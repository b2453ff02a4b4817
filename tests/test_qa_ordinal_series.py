"""Ordinal events (issue 10, hunt A4): "the second meeting" is the second, by date, of
the things the releases so name; an alias that says it ("first offtake agreement")
wins; asking for more than the releases record says how many they do; a sentence
restating an earlier event in an aside is no new occurrence.

On the five-release fixture (three meetings: 2018, 2019, 2024) and a one-release
invented base written by the test, in wordings of their own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import ask
from tests.kbpaths import KB_FIVE, R2, R5


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


def test_the_second_of_a_series_by_date(five: Engine) -> None:
    got = ask(five, "In which city did the second meeting happen?")
    assert got.status is Status.ANSWERED, got.reply
    assert "Kigali" in got.reply.split("\n")[1], got.reply
    assert R2 in got.sources


def test_the_last_of_a_series(five: Engine) -> None:
    got = ask(five, "When was the last meeting held?")
    assert got.status is Status.ANSWERED, got.reply
    assert "May 7, 2024" in got.reply, got.reply
    assert R5 in got.sources


def test_more_than_the_releases_record(five: Engine) -> None:
    got = ask(five, "Where did the fifth meeting take place?")
    assert got.status is Status.NOT_FOUND, got.reply
    assert "no record of a fifth time" in got.reply and "only 3 times" in got.reply, got.reply
    assert got.sources  # each one on record is cited


_RELEASE = """\
source:
  id: 2024-05-02-quorvane-kilns
  title: Quorvane Guild fires its new kiln
  publisher: PR Newswire
  date: 2024-05-02
  dateline:
    city: Brindleport
    country: Wales
  text: ../sources/2024-05-02-quorvane-kilns.txt
  reviewed: true

entities:
  - id: quorvane-guild
    name: Quorvane Guild
    kind: organization
    summary: The Quorvane Guild, a potters' cooperative in Brindleport.
  - id: brindle-works
    name: Brindle Works
    kind: place
    summary: The Brindle Works, the Guild's pottery, opened in 2016.
    aliases: [the Works]
  - id: east-kiln-firing
    name: East kiln firing
    kind: event
    summary: The first firing of the Guild's east kiln, in March 2019.
  - id: west-kiln-firing
    name: West kiln firing
    kind: event
    summary: The first firing of the Guild's west kiln, in April 2024.
  - id: old-kiln-agreement
    name: Brindle Kiln Agreement
    kind: agreement
    summary: The Guild's first lease of the Works' kilns, signed in 2016.
    aliases: [first kiln lease]
  - id: new-kiln-agreement
    name: Harbour Kiln Agreement
    kind: agreement
    summary: The Guild's second lease, signed in 2024.
  - id: harbour-office
    name: Brindleport harbour office
    kind: place
    summary: The harbour office of Brindleport, where the Harbour Kiln Agreement was signed.

facts:
  - id: works-opened
    about: [brindle-works, quorvane-guild]
    date: 2016-09-01
    text: The Quorvane Guild opened the Brindle Works in Brindleport on September 1, 2016.
  - id: works-run-alone
    about: [brindle-works, quorvane-guild]
    date: 2022-01
    text: >-
      The Brindle Works, opened with the town council, has been run by the Quorvane Guild
      alone since January 2022.
  - id: shed-opened
    about: [quorvane-guild, brindle-works]
    date: 2023-06
    text: A new glazing shed beside the Brindle Works opened in June 2023.
  - id: east-firing
    about: [east-kiln-firing, quorvane-guild]
    date: 2019-03-11
    text: The Quorvane Guild fired its east kiln for the first time on March 11, 2019.
  - id: west-firing
    about: [west-kiln-firing, quorvane-guild]
    date: 2024-04-30
    text: The Quorvane Guild fired its west kiln for the first time on April 30, 2024.
  - id: old-lease
    about: [old-kiln-agreement, quorvane-guild]
    date: 2016-08-15
    place: brindle-works
    text: >-
      On August 15, 2016, at the Brindle Works, the Quorvane Guild signed the Brindle Kiln
      Agreement.
  - id: new-lease
    about: [new-kiln-agreement, quorvane-guild, old-kiln-agreement, harbour-office]
    date: 2024-04-02
    place: harbour-office
    text: >-
      The Quorvane Guild signed the Harbour Kiln Agreement at the Brindleport harbour
      office on April 2, 2024, renewing the kiln lease it first signed in 2016.
"""


@pytest.fixture(scope="module")
def guild(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("kb_guild")
    (root / "releases").mkdir()
    (root / "sources").mkdir()
    (root / "releases" / "2024-05-02-quorvane-kilns.yaml").write_text(_RELEASE)
    (root / "sources" / "2024-05-02-quorvane-kilns.txt").write_text(
        "BRINDLEPORT, Wales -- The Quorvane Guild fired its new west kiln.\n"
    )
    return Engine(Index(load_knowledge(root)))


def test_an_alias_naming_the_first_wins_over_the_later_one_mentioning_it(guild: Engine) -> None:
    got = ask(guild, "Where was the first kiln lease signed?")
    assert got.status is Status.ANSWERED, got.reply
    assert "Brindle Works" in got.reply.split("\n")[1], got.reply
    assert "harbour office" not in got.reply.split("\n")[1]


def test_first_and_second_of_a_series_named_by_its_words(guild: Engine) -> None:
    got = ask(guild, "Which came first, the Works opening or the second kiln firing?")
    assert got.status is Status.ANSWERED, got.reply
    assert "Works opening** came first" in got.reply, got.reply
    assert "April 30, 2024" in got.reply


def test_an_aside_restating_an_opening_is_no_second_opening(guild: Engine) -> None:
    got = ask(guild, "When did the Brindle Works open a second time?")
    assert got.status is Status.NOT_FOUND, got.reply
    assert "only once" in got.reply, got.reply
    assert "2022" not in got.reply.split("\n")[1]


def test_the_last_of_a_series_with_its_owner_named(guild: Engine) -> None:
    # "last kiln firing" reads like "East kiln firing" by spelling; the last by date is
    # the west kiln's (2024), of the two the Guild's facts link.
    got = ask(guild, "When was the Quorvane Guild's last kiln firing?")
    assert got.status is Status.ANSWERED, got.reply
    assert "April 30, 2024" in got.reply.split("\n")[1], got.reply
    got = ask(guild, "Where did the Quorvane Guild sign its second kiln agreement?")
    assert "harbour" in got.reply.split("\n")[1].casefold(), got.reply
