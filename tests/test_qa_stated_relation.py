"""Yes/no on a relation stated in other words ("does A support B?" from "B, backed by A").

Invented releases check the agent's side, the passive, entailment (joining is
supporting), negation, hedges and the reverse direction; the bundled release is asked
in a wording of its own.
"""

from __future__ import annotations

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.render.text import render_text
from bot.search.index import Index

RELEASE = """\
source:
  id: s1
  title: Lantern Programme news
  publisher: Wire
  date: 2022-09-14
  dateline: {city: Ostrava, country: Czechia}
  text: ../sources/s1.txt
entities:
  - {id: trust, name: Brimstone Trust, kind: organization, summary: A charity.}
  - {id: lantern, name: Lantern Programme, kind: initiative, summary: A reading scheme.}
  - {id: ember, name: Ember Network, kind: organization, summary: A network of libraries.}
  - {id: quay, name: Quay Guild, kind: organization, summary: A guild of printers.}
  - {id: moss, name: Moss Foundation, kind: organization, summary: A foundation.}
  - {id: pell, name: Pell Institute, kind: organization, summary: A research institute.}
  - {id: atlas, name: Atlas of Rivers, kind: initiative, summary: A mapping project.}
facts:
  - {id: f1, text: The Lantern Programme is a reading scheme backed by the Brimstone Trust., about: [lantern, trust]}
  - {id: f2, text: The Ember Network joined the Lantern Programme as a partner in 2021., about: [ember, lantern]}
  - {id: f3, text: The Quay Guild does not fund the Lantern Programme., about: [quay, lantern]}
  - {id: f4, text: The Moss Foundation could sponsor the Lantern Programme next year., about: [moss, lantern]}
  - {id: f6, text: "The Lantern Programme's founding partners are the Ember Network, the Brimstone Trust and the Pell Institute.", about: [lantern, ember, trust, pell]}
  - {id: f7, text: The Atlas of Rivers is funded entirely by the Pell Institute., about: [atlas, pell]}
  - {id: f5, text: "The Quay Guild is not related to the Ember Network, despite a similar logo.", about: [quay, ember]}
"""


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("kb")
    (root / "releases").mkdir()
    (root / "sources").mkdir()
    (root / "sources" / "s1.txt").write_text("Lantern Programme news.\n", encoding="utf-8")
    (root / "releases" / "s1.yaml").write_text(RELEASE, encoding="utf-8")
    return Engine(Index(load_knowledge(root)))


def _reply(engine: Engine, message: str) -> tuple[Status, str]:
    answer = engine.handle(message)
    if answer.status is Status.ANSWERED:
        assert answer.citations, message
    return answer.status, render_text(answer)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("does the Brimstone Trust support the Lantern Programme?", "backed by the Brimstone"),
        ("does the Ember Network support the Lantern Programme?", "joined the Lantern"),
    ],
)
def test_a_relation_stated_in_other_words_is_yes(
    invented: Engine, question: str, fact: str
) -> None:
    status, reply = _reply(invented, question)
    assert status is Status.ANSWERED, reply
    assert "**Yes.**" in reply and fact in reply


@pytest.mark.parametrize(
    "question",
    [
        "does the Lantern Programme support the Brimstone Trust?",  # the other way round
        "does the Quay Guild support the Lantern Programme?",  # negated
        "does the Moss Foundation support the Lantern Programme?",  # only hoped for
    ],
)
def test_no_yes_without_the_relation_as_asked(invented: Engine, question: str) -> None:
    _, reply = _reply(invented, question)
    assert "**Yes.**" not in reply


def test_on_the_bundled_release(engine: Engine) -> None:
    status, reply = _reply(engine, "does UNIDO back the eWTP initiative?")
    assert status is Status.ANSWERED and "**Yes.**" in reply and "supported by UNIDO" in reply


def test_the_same_organisation_no_from_a_fact_saying_unrelated(invented: Engine) -> None:
    status, reply = _reply(invented, "are the Ember Network and the Quay Guild one and the same?")
    assert status is Status.ANSWERED and "**No.**" in reply and "not related" in reply, reply
    # Nothing says so of these two: no verdict.
    _, reply = _reply(invented, "are the Moss Foundation and the Brimstone Trust the same?")
    assert "**No.**" not in reply


def test_being_an_initiator_is_supporting_and_a_speakers_view_is_no_verdict(
    engine: Engine,
) -> None:
    status, reply = _reply(engine, "does Alibaba Group back the eWTP?")
    assert status is Status.ANSWERED and "**Yes.**" in reply and "initiators" in reply
    # "According to Jack MA, the cooperation with UNIDO is … valuable": his view.
    _, reply = _reply(engine, "does Jack Ma support UNIDO?")
    assert "**Yes.**" not in reply


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("does the Pell Institute back the Lantern Programme?", True),  # a listed partner
        ("does the Lantern Programme back the Pell Institute?", False),  # the owner
        ("does the Pell Institute support the Atlas of Rivers?", True),  # "funded entirely by"
        ("does the Atlas of Rivers support the Pell Institute?", False),
    ],
)
def test_role_nouns_and_passives_keep_their_direction(
    invented: Engine, question: str, yes: bool
) -> None:
    _, reply = _reply(invented, question)
    assert ("**Yes.**" in reply) is yes, reply
