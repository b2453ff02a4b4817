"""Purpose and founders from the sentence whose relation says so (issue 10, hunt A6).

"What is X for?" is answered by a sentence stating X's purpose ("to build …", "covers
the running costs"), never one that only shares a word; "who founded X?" by a sentence
with X as what was founded ("A and B set up X", "X's founding partners are …"), and
not_found when none names the founders. On the five-release fixture, in wordings of
their own.
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index
from tests.asking import ask
from tests.kbpaths import KB_FIVE, R2, R3


@pytest.fixture(scope="module")
def five() -> Engine:
    return Engine(Index(load_knowledge(KB_FIVE)))


@pytest.mark.parametrize(
    "question",
    ["What will the Trust's grant pay for?", "What was the US$15 million grant meant for?"],
)
def test_what_a_grant_is_for(five: Engine, question: str) -> None:
    got = ask(five, question)
    assert got.status is Status.ANSWERED, got.reply
    lead = got.reply.split("\n")[1]
    assert "running costs" in lead, got.reply
    assert R3 in got.sources


def test_founders_named_by_a_list_of_founding_partners(five: Engine) -> None:
    got = ask(five, "Which organisations set up the Digital Export Academy?")
    assert got.status is Status.ANSWERED, got.reply
    lead = got.reply.split("\n")[1]
    assert "UNIDO" in lead and "Alibaba Group" in lead, got.reply
    assert got.sources == [R2]


def test_no_founders_named_is_not_found(five: Engine) -> None:
    # R2 says only when it was founded; a list naming it as a founding partner of
    # something else is not who founded it.
    got = ask(five, "Who founded the Digital Trade Alliance?")
    assert got.status is Status.NOT_FOUND, got.reply
    assert "don't say who founded" in got.reply
    assert "founding partners" not in got.reply


_RELEASE = """\
source:
  id: 2024-07-01-harbour-kiln-grant
  title: Harbour Council backs the Quorvane Guild's wood-fired kiln
  publisher: PR Newswire
  date: 2024-07-01
  dateline:
    city: Brindleport
    country: Wales
  text: ../sources/2024-07-01-harbour-kiln-grant.txt
  reviewed: true

entities:
  - id: quorvane-guild
    name: Quorvane Guild
    kind: organization
    summary: The Quorvane Guild, a potters' cooperative in Brindleport.
  - id: harbour-council
    name: Harbour Council
    kind: organization
    summary: The Harbour Council of Brindleport.
  - id: brindleport-college
    name: Brindleport College
    kind: organization
    summary: Brindleport College, a college of art and design.
  - id: clay-lab
    name: Brindle Clay Lab
    kind: organization
    summary: The Brindle Clay Lab, a glaze research workshop in Brindleport.
    aliases: [Clay Lab]
  - id: mira-tolland
    name: Mira TOLLAND
    kind: person
    summary: Mira TOLLAND, head of the Brindle Clay Lab.
    aliases: [Mira Tolland]

quotes:
  - id: tolland-lab
    speaker: mira-tolland
    about: [clay-lab]
    text: >-
      The Clay Lab was founded on borrowed wheels, and three years on it still shares them,

facts:
  - id: guild-dues
    about: [quorvane-guild]
    date: 2024-07-01
    text: The Quorvane Guild is funded by its members' dues and has never taken a grant from the city.
  - id: council-grant
    about: [harbour-council, quorvane-guild]
    date: 2024-07-01
    text: >-
      The Harbour Council has granted GBP 40,000 to the Quorvane Guild to build a wood-fired
      kiln at the Brindle Works.
  - id: council-grant-years
    about: [harbour-council, quorvane-guild]
    text: The Harbour Council's GBP 40,000 grant covers the years 2024 to 2025.
  - id: lab-opened
    about: [clay-lab, quorvane-guild, brindleport-college]
    date: 2021-05-01
    text: >-
      The Quorvane Guild and Brindleport College opened the Brindle Clay Lab, a glaze research
      workshop, on May 1, 2021.
"""

_TEXT = (
    "BRINDLEPORT, Wales -- The Harbour Council backs the Guild's kiln.\n"
    '"The Clay Lab was founded on borrowed wheels, and three years on it still shares '
    'them," said Mira TOLLAND.\n'
)


@pytest.fixture(scope="module")
def guild(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("kb_guild_grant")
    (root / "releases").mkdir()
    (root / "sources").mkdir()
    (root / "releases" / "2024-07-01-harbour-kiln-grant.yaml").write_text(_RELEASE)
    (root / "sources" / "2024-07-01-harbour-kiln-grant.txt").write_text(_TEXT)
    return Engine(Index(load_knowledge(root)))


def test_the_purpose_not_a_sentence_sharing_the_noun(guild: Engine) -> None:
    got = ask(guild, "What is the grant meant for?")
    assert got.status is Status.ANSWERED, got.reply
    lead = got.reply.split("\n")[1]
    assert "to build a wood-fired kiln" in lead, got.reply
    assert "dues" not in got.reply.split("\n\n")[0]


def test_founders_from_the_opening_not_a_quote_naming_it(guild: Engine) -> None:
    got = ask(guild, "Which organisations founded the Clay Lab?")
    assert got.status is Status.ANSWERED, got.reply
    lead = got.reply.split("\n")[1]
    assert "Quorvane Guild" in lead and "Brindleport College" in lead, got.reply
    assert "borrowed wheels" not in got.reply
