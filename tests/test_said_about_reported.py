"""'Did X say anything about Y?' counts a fact reporting X's words ("X said …"), never one
reporting another person's words after X is named ("X met Kim Lee, who said …"), which
had answered a confident "Yes" (review of session 9)."""

from __future__ import annotations

from pathlib import Path

from bot.engine.engine import Engine
from bot.kb.loader import load_knowledge
from bot.search.index import Index

_SOURCE = (
    "Acme and Beta team up.\n"
    '"We will connect every village," said Jordan Blake.\n'
    "Jordan Blake met Kim Lee, who said Beta Power would cut outages by half.\n"
    "Jordan Blake said Acme Networks would publish fibre maps.\n"
)
_RELEASE = """\
source: {id: q1, title: Acme and Beta team up, publisher: Acme Networks, date: 2023-03-05,
  dateline: {city: Tarrow, country: Kenya}, text: ../sources/q1.txt}
entities:
  - {id: acme, name: Acme Networks, kind: organization, summary: A broadband operator.}
  - {id: beta, name: Beta Power, kind: organization, summary: A power company.}
  - {id: jordan, name: Jordan Blake, kind: person, summary: Chief Executive of Acme Networks.}
  - {id: kim, name: Kim Lee, kind: person, summary: Chief Executive of Beta Power.}
quotes:
  - {id: q-village, speaker: jordan, text: "We will connect every village,", source: q1,
     about: [acme]}
facts:
  - id: met-kim
    about: [jordan, kim, beta]
    text: Jordan Blake met Kim Lee, who said Beta Power would cut outages by half.
  - id: maps
    about: [jordan, acme]
    text: Jordan Blake said Acme Networks would publish fibre maps.
"""


def _engine(root: Path) -> Engine:
    (root / "releases").mkdir()
    (root / "sources").mkdir()
    (root / "sources" / "q1.txt").write_text(_SOURCE, encoding="utf-8")
    (root / "releases" / "q1.yaml").write_text(_RELEASE, encoding="utf-8")
    return Engine(Index(load_knowledge(root)))


def test_another_persons_reported_words_are_not_the_speakers(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    reply = engine.handle("Did Jordan Blake say anything about outages?").text
    assert not reply.startswith("**Yes"), reply
    own = engine.handle("Did Jordan Blake say anything about fibre maps?").text
    assert own.startswith("**Yes**, as the releases report it"), own
