"""Ingest never stops a team: every draft loads with its base, and a broken draft is
held back rather than refusing the next release.

Found by a blind real set: one release's "memorandum of cooperation (MOC)" was read
both as an organisation "MOC" and as the agreement's shared alias, so its draft broke
the knowledge base and every later release of the set gave no draft ("the knowledge base
... does not load"). The kinds: (a) a draft is proved with the real loader before it is
written, and what drafting caused is repaired; (b) a base whose only problems are in
unreviewed drafts is drafted into with those drafts held back, named with file and line.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bot.ingest import IngestError, ingest_file
from bot.ingest.loadable import reconcile_claims
from bot.ingest.registry import DraftEntity
from bot.kb.loader import load_knowledge
from bot.kb.models import EntityKind
from tests.test_cli import run_cli

_MOC = (
    "Velmora Grid Agency and Tarsk Signals Office sign cooperation memorandum\n\n"
    "Published 3 March 2024\n\n"
    "The Velmora Grid Agency (VGA) and the Tarsk Signals Office of Eastmarch (TSO) have"
    " announced the signing of a memorandum of cooperation (MOC).\n\n"
    "The MOC aims to strengthen collaboration on shared grid security priorities.\n\n"
    "\u201cI am pleased to sign this MOC to deepen our collaboration with our partners,\u201d"
    " Dana Orlev said.\n"
)


def _release(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / "in" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_an_acronym_read_as_an_entity_and_an_agreement_alias_is_one_entity(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    ingest_file(_release(tmp_path, "moc.txt", _MOC), knowledge)
    kb = load_knowledge(knowledge, include_unreviewed=True)
    owners = [
        e.id for e in kb.entities.values() if "MOC" in (e.name, *e.aliases, *e.shared_aliases)
    ]
    assert len(owners) == 1 and kb.entities[owners[0]].kind == "agreement"


def test_an_entity_whose_every_name_another_holds_is_merged_into_it(tmp_path: Path) -> None:
    # Whatever reader makes the second claim (the agreement reader no longer does for
    # "MOC"), the draft is repaired before it is written: the entity that adds no name of
    # its own is the other one, with a note saying so.
    written = ingest_file(_release(tmp_path, "moc.txt", _MOC), tmp_path / "knowledge")
    draft = written.draft
    agreement = next(e for e in draft.registry.entities.values() if e.kind == EntityKind.AGREEMENT)
    draft.registry.entities["moc-twin"] = DraftEntity("moc-twin", "MOC", EntityKind.ORGANIZATION)
    reconcile_claims(draft)
    assert "moc-twin" not in draft.registry.entities
    assert agreement.id in draft.registry.entities
    assert any("merged into" in note for note in draft.notes)


# Invented parts, combined at random: organisations with and without acronyms (one
# acronym for two different organisations), agreements with a generic short form, the
# same organisation in several releases, people quoted.
_ORGS = [
    ("Velmora Grid Agency", "VGA"),
    ("Varnholt Genomics Alliance", "VGA"),
    ("Tarsk Signals Office", "TSO"),
    ("Orrin Valley Trust", None),
    ("Kestrel Harbour Authority", "KHA"),
    ("Dunmar Institute of Technology", "DIT"),
    ("Eastmarch Quantum Lab", "EQL"),
    ("Halvard Mutual", None),
]
_PACTS = [
    ("memorandum of understanding", "MoU"),
    ("memorandum of cooperation", "MOC"),
    ("letter of intent", "LOI"),
    ("framework agreement", None),
]
_PEOPLE = ["Dana Orlev", "Ilse Marten", "Tomas Reyk", "Ada Lind", "Piet Varga"]
_MONTHS = ["January", "March", "May", "July", "September", "November"]


def _invented(rng: random.Random, n: int) -> str:
    (a, a_short), (b, b_short) = rng.sample(_ORGS, 2)
    pact, pact_short = rng.choice(_PACTS)
    person = rng.choice(_PEOPLE)
    a_named = f"{a} ({a_short})" if a_short else a
    b_named = f"the {b} ({b_short})" if b_short else f"the {b}"
    pact_named = f"{pact} ({pact_short})" if pact_short else pact
    short = pact_short or "agreement"
    city = rng.choice(["DUNMAR", "PORT ORRIN", "KESTREL"])
    date = f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}, 20{rng.randint(10, 24)}"
    headline = rng.choice(
        [f"{a} and {b} sign {pact}", f"{a_short or a} and {b_short or b} sign {pact_short or pact}"]
    )
    body = [
        headline,
        f"{city}, {date} -- {a_named} and {b_named} signed a {pact_named} today.",
        f"The {short} covers joint research and training.",
        f"\u201cThis {short} is a milestone for {a_short or a},\u201d said {person},"
        f" Director of {a}.",
    ]
    if rng.random() < 0.5:
        body.append(f"About {b}\n{b} is a body working with {a_short or a} since 20{n:02d}.")
    return "\n\n".join(body) + "\n"


def test_every_draft_of_many_invented_releases_loads_with_its_base(tmp_path: Path) -> None:
    rng = random.Random(11)
    knowledge = tmp_path / "knowledge"
    for n in range(14):
        path = _release(tmp_path, f"r{n:02d}.txt", _invented(rng, n))
        ingest_file(path, knowledge)
        # Every draft, as written, loads with all the others.
        load_knowledge(knowledge, include_unreviewed=True)


def _broken_draft(knowledge: Path) -> Path:
    """An unreviewed draft whose two entities claim one alias (lines 10 and 12)."""
    (knowledge / "releases").mkdir(parents=True, exist_ok=True)
    (knowledge / "sources").mkdir(parents=True, exist_ok=True)
    (knowledge / "sources" / "old.txt").write_text("Orrin Valley Trust met.\n", "utf-8")
    path = knowledge / "releases" / "old.yaml"
    path.write_text(
        "source:\n"
        "  id: old\n"
        "  title: Old\n"
        "  publisher: Orrin Valley Trust\n"
        "  date: 2020-01-02\n"
        "  dateline: {city: Dunmar}\n"
        "  text: ../sources/old.txt\n"
        "  reviewed: false\n"
        "entities:\n"
        "  - {id: ovt, name: Orrin Valley Trust, kind: organization, summary: A trust,"
        " aliases: [OVT]}\n"
        "  - {id: ovt-2, name: Orrin Valley Team, kind: organization, summary: A team,"
        " aliases: [OVT]}\n"
        "facts:\n"
        "  - {id: old-met, about: [ovt], text: Orrin Valley Trust met.}\n",
        "utf-8",
    )
    return path


def test_a_broken_unreviewed_draft_is_held_back_not_refusing_the_next(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    _broken_draft(knowledge)
    written = ingest_file(_release(tmp_path, "moc.txt", _MOC), knowledge)
    assert written.written
    assert any(line.startswith("releases/old.yaml:") for line in written.held_back)
    assert any("'ovt" in line for line in written.held_back)


def test_the_cli_names_the_held_back_draft_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    knowledge = tmp_path / "knowledge"
    _broken_draft(knowledge)
    release = str(_release(tmp_path, "moc.txt", _MOC))
    code, out, err = run_cli(["ingest", release, "--knowledge", str(knowledge)], capsys)
    assert code == 0, err
    assert "Wrote draft" in out
    assert "Held back" in err and "releases/old.yaml:1" in err


def test_a_reviewed_files_problem_still_stops_ingest_with_the_reason(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    path = _broken_draft(knowledge)
    path.write_text(path.read_text("utf-8").replace("reviewed: false", "reviewed: true"), "utf-8")
    with pytest.raises(IngestError, match=r"releases/old\.yaml:1\d"):
        ingest_file(_release(tmp_path, "moc.txt", _MOC), knowledge)
