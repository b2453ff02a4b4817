"""A surname two people share stays ambiguous when one of them also has it as an alias
("Dr. Kowalczyk"): the alias says how releases name her, not that the name is hers alone."""

from __future__ import annotations

import textwrap

import pytest

from bot.engine.answer import Status
from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index

TEXT = (
    "BUDAPEST, May 4, 2023 /Wire/ -- Dr. Ilona Kowalczyk, Director of the Danube Seed Trust, "
    'and Bartholomew Kowalczyk, its treasurer, opened a seed vault. "A safe place," said Dr. Kowalczyk.\n'
)
RELEASE = """\
source:
  id: s1
  title: Danube Seed Trust opens a vault
  publisher: Wire
  date: 2023-05-04
  dateline: {city: Budapest, country: Hungary}
  text: ../sources/s1.txt
entities:
  - id: danube-seed-trust
    name: Danube Seed Trust
    kind: organization
    summary: A seed conservation trust.
  - id: ilona-kowalczyk
    name: Ilona KOWALCZYK
    kind: person
    summary: Director of the Danube Seed Trust.
    aliases: [Ilona Kowalczyk, Dr. Ilona Kowalczyk, Dr. Kowalczyk, Ilona Kowalcyk]
  - id: mate-kowalczyk
    name: Bartholomew KOWALCZYK
    kind: person
    summary: Treasurer of the Danube Seed Trust.
    aliases: [Bartholomew Kowalczyk]
roles:
  - entity: ilona-kowalczyk
    title: Director
    organization: danube-seed-trust
  - entity: mate-kowalczyk
    title: Treasurer
    organization: danube-seed-trust
quotes:
  - id: q1
    speaker: ilona-kowalczyk
    text: A safe place,
facts:
  - id: f1
    text: Dr. Ilona Kowalczyk and Bartholomew Kowalczyk opened a seed vault.
    about: [ilona-kowalczyk, mate-kowalczyk, danube-seed-trust]
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("kb")
    (root / "releases").mkdir()
    (root / "sources").mkdir()
    (root / "sources" / "s1.txt").write_text(TEXT, encoding="utf-8")
    (root / "releases" / "s1.yaml").write_text(textwrap.dedent(RELEASE), encoding="utf-8")
    return Engine(Index(load_knowledge(root)))


@pytest.mark.parametrize("message", ["!who Kowalczyk", "!what kowalczyk", "who is Kowalczyk?"])
def test_a_shared_surname_is_ambiguous_even_as_one_person_s_alias(
    engine: Engine, message: str
) -> None:
    answer = engine.handle(message)
    assert answer.status is Status.AMBIGUOUS, answer.text
    labels = " ".join(c.label for c in answer.choices)
    assert "Ilona" in labels and "Bartholomew" in labels


def test_the_full_name_or_the_alias_with_its_title_still_names_one(engine: Engine) -> None:
    assert engine.handle("!who Ilona Kowalczyk").status is Status.ANSWERED
    # Only Ilona is quoted: among speakers the surname is hers alone.
    assert engine.handle("!quote Kowalczyk").speaker == "Ilona KOWALCZYK"


def test_a_lone_given_name_asks_for_the_persons_card() -> None:
    """ "Who's Daniel?": a word of one person's name alone is that person, and the
    question asks nothing else, so it answers with their card (titles first), never a
    fact that happens to use the name (a newcomer's "who is Tomasz?")."""
    from bot.engine.engine import Engine
    from bot.kb.loader import load_knowledge
    from bot.render.text import render_text
    from bot.search.index import Index
    from tests.kbpaths import KB_FIVE

    reply = render_text(Engine(Index(load_knowledge(KB_FIVE))).handle("who's Daniel?"))
    assert reply.startswith("**Daniel HARTMANN**"), reply
