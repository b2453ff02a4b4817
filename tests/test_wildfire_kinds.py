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


_ORCHARD = {
    "o1": _HEAD.format(id="o1", title="Orchard cooperative sets planting goal", date="2020-02-03")
    + "entities:\n"
    "  - {id: coop, name: Fenwick Orchard Cooperative, kind: organization,"
    " summary: A cooperative of fruit growers., aliases: [the Cooperative]}\n"
    "facts:\n"
    "  - id: goal\n"
    "    about: [coop]\n"
    "    text: The Fenwick Orchard Cooperative aims to plant 20,000 saplings by the end of"
    " 2023.\n"
    "  - id: planted-2020\n"
    "    about: [coop]\n"
    "    text: The Fenwick Orchard Cooperative has planted 4,100 saplings so far.\n",
    "o2": _HEAD.format(id="o2", title="Orchard planting update", date="2022-06-10") + "facts:\n"
    "  - id: planted-2022\n"
    "    about: [coop]\n"
    "    date: 2022-05-31\n"
    "    text: The Fenwick Orchard Cooperative had planted 12,300 saplings by May 31, 2022.\n",
    "o3": _HEAD.format(id="o3", title="Orchard harvest fair", date="2025-05-06") + "facts:\n"
    "  - id: goal-exceeded\n"
    "    about: [coop]\n"
    "    date: 2023-08\n"
    "    text: The Fenwick Orchard Cooperative exceeded its goal of 20,000 saplings in August"
    " 2023.\n"
    "  - id: goal-new\n"
    "    about: [coop]\n"
    "    text: The Fenwick Orchard Cooperative now aims to plant 35,000 saplings by the end of"
    " 2027.\n",
}


@pytest.fixture(scope="module")
def orchard(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("orchard"), _ORCHARD)


def test_a_goal_reported_passed_is_a_figure_reached_at_its_date(orchard: Engine) -> None:
    # As of 2024 the count in force is the goal passed in August 2023, not May 2022's.
    got = ask(orchard, "how many saplings had the Cooperative planted in 2024?")
    assert got.status is Status.ANSWERED, got.reply
    assert "more than 20,000" in got.reply and "August 2023" in got.reply, got.reply
    got = ask(orchard, "had the Cooperative got to 20,000 saplings by the end of 2023?")
    assert got.status is Status.ANSWERED, got.reply
    assert got.reply.split("\n")[1].startswith("**Yes"), got.reply
    # A goal still ahead is no figure reached.
    got = ask(orchard, "how many saplings has the Cooperative planted?")
    assert "35,000" not in got.reply.split("\n")[1], got.reply


@pytest.fixture(scope="module")
def lighthouse(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("lighthouse"), _LIGHTHOUSE)


def test_an_age_counts_from_a_founding_before_1900(lighthouse: Engine) -> None:
    got = ask(lighthouse, "what age is the Pilots' Guild?")
    assert got.status is Status.ANSWERED, got.reply
    assert "156 years" in got.reply and "1862" in got.reply, got.reply
