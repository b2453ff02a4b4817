"""A contradicted premise is answered only when the correcting verb is the one asked
about's own (session 17 review): "A became X, succeeding B, who retired" corrects "why
was B fired?", never "why was A fired?", which stays not found; "the Trust renewed its
support, alongside the Museum" says nothing against "why did the Museum pull out?".
Invented material: a museum's shared archive of scanned maps."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.asking import ask
from tests.tmpkb import engine_of, source_line

_MAPS = (
    source_line("2023-05-02-stacks", "New keeper at Open Stacks", "2023-05-02")
    + """\
entities:
  - id: verrin
    name: Verrin Museum
    kind: organization
    summary: The Verrin Museum, a museum of maps.
  - id: pell
    name: Pell Trust
    kind: organization
    summary: The Pell Trust, a heritage charity.
  - id: stacks
    name: Open Stacks
    kind: initiative
    summary: Open Stacks, a shared archive of scanned maps.
  - id: odile
    name: Odile Marchetti
    kind: person
    summary: Keeper of Open Stacks.
  - id: bram
    name: Bram Tollund
    kind: person
    summary: Keeper of Open Stacks until 2023.
roles:
  - {entity: odile, title: Keeper, organization: stacks}
  - {entity: bram, title: Keeper, organization: stacks, current: false, ended: 2023}
facts:
  - id: keeper-change
    about: [odile, bram, stacks]
    date: 2023-05-02
    text: >-
      Odile Marchetti became Keeper of Open Stacks on May 2, 2023, succeeding Bram
      Tollund, who retired after eleven years in the post.
  - id: pell-renews
    about: [pell, stacks, verrin]
    date: 2023-05-02
    text: >-
      The Pell Trust has renewed its support for Open Stacks, which it runs with the
      Verrin Museum.
"""
)


@pytest.fixture(scope="module")
def maps(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("maps")
    return engine_of(root, {"2023-05-02-stacks": _MAPS})


def test_the_one_who_retired_gets_the_correction(maps: Engine) -> None:
    got = ask(maps, "why was bram tollund dismissed?")
    assert got.status is Status.ANSWERED, got.reply
    assert "otherwise" in got.reply and "who retired" in got.reply, got.reply


def test_the_successor_is_not_given_the_predecessors_retirement(maps: Engine) -> None:
    got = ask(maps, "why was odile marchetti dismissed?")
    assert got.status is Status.NOT_FOUND, got.reply
    assert "otherwise" not in got.reply, got.reply


def test_another_partys_renewal_does_not_correct_a_withdrawal(maps: Engine) -> None:
    got = ask(maps, "why did the verrin museum pull out of open stacks?")
    assert got.status is Status.NOT_FOUND, got.reply
    assert "otherwise" not in got.reply, got.reply
    got = ask(maps, "why did the pell trust pull out of open stacks?")
    assert got.status is Status.ANSWERED and "renewed its support" in got.reply, got.reply
