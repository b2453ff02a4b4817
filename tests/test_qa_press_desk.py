"""A press contact asked in a newsroom's words (issue 10, hunt B5): "who handles press
for X?" is answered from the releases' contact blocks like "who is X's media
contact?", on the five-release fixture in wordings of its own."""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import ask
from tests.kbpaths import KB_FIVE, R3, R4


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


def test_who_handles_press_for_an_organisation(five: Engine) -> None:
    got = ask(five, "Who handles the press for the Development Trust for Africa?")
    assert got.status is Status.ANSWERED, got.reply
    assert "Wanjiru KAMAU" in got.reply and "Claire DUBOIS" not in got.reply, got.reply
    assert got.sources == [R3]


def test_whom_journalists_should_call(five: Engine) -> None:
    got = ask(five, "Who should reporters call at the ASEAN Young Entrepreneurs Circle?")
    assert got.status is Status.ANSWERED, got.reply
    assert "Siti HALIM" in got.reply, got.reply
    assert got.sources == [R4]


_RELEASE = """\
source:
  id: 2024-02-02-fen-boats
  title: Fen Boatworks and Reedmere Trust restore two barges
  publisher: PR Newswire
  date: 2024-02-02
  dateline:
    city: Ely
    country: England
  text: ../sources/2024-02-02-fen-boats.txt
  reviewed: true
entities:
  - id: fen-boatworks
    name: Fen Boatworks
    kind: organization
    summary: Fen Boatworks, a boatyard in Ely.
  - id: reedmere-trust
    name: Reedmere Trust
    kind: organization
    summary: The Reedmere Trust, a charity that keeps old barges afloat.
  - id: olive-marsh
    name: Olive MARSH
    kind: person
    summary: Olive MARSH, media contact of Fen Boatworks.
roles:
  - entity: olive-marsh
    title: Media Contact
    organization: fen-boatworks
facts:
  - id: barges-restored
    about: [fen-boatworks, reedmere-trust]
    date: 2024-02-01
    text: Fen Boatworks and the Reedmere Trust restored two barges in Ely.
"""


def test_another_organisations_contact_is_not_given(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    root = tmp_path_factory.mktemp("kb_fen")
    (root / "releases").mkdir()
    (root / "sources").mkdir()
    (root / "releases" / "2024-02-02-fen-boats.yaml").write_text(_RELEASE)
    (root / "sources" / "2024-02-02-fen-boats.txt").write_text("ELY, England -- Barges.\n")
    fen = Engine(Index(load_knowledge(root)))
    got = ask(fen, "Who is the media contact for the Reedmere Trust?")
    assert "Olive MARSH" not in got.reply.split("\n")[1], got.reply
    assert "Olive MARSH" in ask(fen, "Who is the media contact for Fen Boatworks?").reply
