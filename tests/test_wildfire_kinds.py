"""Kinds that blind base 14 (``tests/fixtures/kb_wildfire``) found missing, asked in other
words on a tiny invented base of their own (``tests.tmpkb``), so that each test fails
without its fix rather than repeating a case of the set.
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from tests.asking import ask
from tests.tmpkb import engine_of

_HEAD = (
    "source: {{id: {id}, title: {title}, publisher: Harbour Wire, date: {date},"
    " dateline: {{city: Dunmore, country: Ireland}}, text: ../sources/{id}.txt}}\n"
)

_LIGHTHOUSE = {
    "l1": _HEAD.format(id="l1", title="Lighthouse trust launches beacon scheme", date="2018-04-10")
    + "entities:\n"
    "  - {id: guild, name: Dunmore Pilots' Guild, kind: organization,"
    " summary: A guild of harbour pilots., aliases: [the Guild]}\n"
    "  - {id: beacons, name: BeaconWatch, kind: initiative,"
    " summary: A scheme of automatic coastal beacons.}\n"
    "facts:\n"
    "  - id: guild-founded\n"
    "    about: [guild]\n"
    "    date: 1862\n"
    "    text: The Dunmore Pilots' Guild was established in 1862.\n"
    "  - id: beacons-launched\n"
    "    about: [beacons, guild]\n"
    "    date: 2018-04-10\n"
    "    text: The Dunmore Pilots' Guild launched BeaconWatch on April 10, 2018.\n",
}


@pytest.fixture(scope="module")
def lighthouse(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("lighthouse"), _LIGHTHOUSE)


def test_an_age_counts_from_a_founding_before_1900(lighthouse: Engine) -> None:
    got = ask(lighthouse, "what age is the Pilots' Guild?")
    assert got.status is Status.ANSWERED, got.reply
    assert "156 years" in got.reply and "1862" in got.reply, got.reply
