"""Review fixes C of session 16 (ingest): succession wordings beyond "succeeded by", a
title written with its start ("… since 2018"), a dateline abroad on an American wire,
and abbreviations such as "R&D" that are no entity.

Every release here is invented, in other names, trades and wordings than the cases the
reviewer found.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot.ingest import build_draft, ingest_file

SUCCESSIONS = """\
Quillon Glassworks announces leadership changes

ABERFELDY, United Kingdom, 12 January 2027 -- Quillon Glassworks today announced three \
changes to its leadership team.

Faye Ormond will stand down as Head of Furnaces at Quillon Glassworks on 28 February 2027. \
Her successor will be Idris Pellow, currently Senior Glassblower.

Rowan Teague will retire as Treasurer of Quillon Glassworks in April 2027 and \
will be replaced by Selma Brandvik.

Quillon Glassworks' Chief Designer, Dr. Hal Emberly, will step down in May 2027. Una \
Castellane, who has led the design studio since 2022, takes over from June 2027.

"Glass keeps the memory of the fire," said Faye Ormond.
"""


def _roles(draft) -> dict[tuple[str, str], dict]:
    return {(r["entity"], r["title"]): r for r in draft.data()["roles"]}


def test_a_successor_named_by_a_noun_takes_the_title_left() -> None:
    draft = build_draft(SUCCESSIONS)
    roles = _roles(draft)
    assert roles[("faye-ormond", "Head of Furnaces")]["ended"] == "2027-02-28", roles
    heir = roles[("idris-pellow", "Head of Furnaces")]
    assert "ended" not in heir and heir.get("current", True), roles
    assert heir["organization"] == draft.registry.find("Quillon Glassworks")


def test_replaced_by_hands_the_title_on_like_succeeded_by() -> None:
    roles = _roles(build_draft(SUCCESSIONS))
    assert str(roles[("rowan-teague", "Treasurer")]["ended"]) == "2027-04", roles
    assert ("selma-brandvik", "Treasurer") in roles, roles


def test_stepping_down_without_as_ends_the_title_the_sentence_gives() -> None:
    draft = build_draft(SUCCESSIONS)
    roles = _roles(draft)
    assert str(roles[("hal-emberly", "Chief Designer")]["ended"]) == "2027-05", roles
    # "… takes over from June 2027": the next person takes that title.
    assert ("una-castellane", "Chief Designer") in roles, roles
    notes = [n for n in draft.notes if "'una-castellane'" in n]
    assert notes and "Chief Designer" in notes[0], draft.notes


def test_the_note_never_says_the_successor_leaves_the_predecessors_title() -> None:
    draft = build_draft(SUCCESSIONS)
    note = next(n for n in draft.notes if n.startswith("'idris-pellow'"))
    assert "Faye Ormond's" not in note, note
    assert "Faye Ormond leaves it" in note, note


FIRST = """\
Marrow Point Ferries adds a route

STROMNESS, United Kingdom, 3 March 2026 -- Marrow Point Ferries today opened a route to \
Hoy.

"The island is closer now," said Tamsin Greer, Director of Operations at Marrow Point Ferries.
"""

SECOND = """\
Marrow Point Ferries thanks its director

STROMNESS, United Kingdom, 9 September 2026 -- Marrow Point Ferries today said that \
Tamsin Greer will retire on 31 October 2026 after twenty winters at the pier.
"""


def test_retiring_without_a_title_ends_the_one_the_base_gives(tmp_path: Path) -> None:
    kb_dir = tmp_path / "kb"
    (tmp_path / "first.txt").write_text(FIRST, encoding="utf-8")
    first = ingest_file(tmp_path / "first.txt", kb_dir)
    text = first.yaml_path.read_text(encoding="utf-8")
    first.yaml_path.write_text(text.replace("reviewed: false", "reviewed: true"), "utf-8")
    second = SECOND.replace(" after twenty winters at the pier", "")
    (tmp_path / "second.txt").write_text(second, encoding="utf-8")
    done = ingest_file(tmp_path / "second.txt", kb_dir)
    data = yaml.safe_load(done.yaml_path.read_text(encoding="utf-8"))
    roles = {(r["entity"], r["title"]): r for r in data.get("roles", [])}
    assert str(roles[("tamsin-greer", "Director of Operations")]["ended"]) == "2026-10-31", roles


def test_a_start_date_is_no_part_of_a_title_and_dates_the_post() -> None:
    draft = build_draft(
        "Brisk Hollow Dairy opens a creamery\n\n"
        "DUNOON, United Kingdom, 8 August 2026 -- Brisk Hollow Dairy today opened a"
        " creamery.\n\n"
        '"Milk is a morning craft," said Brisk Hollow Dairy\'s Head Cheesemaker since'
        " March 2020, Oriel Fenwick.\n"
    )
    roles = _roles(draft)
    assert ("oriel-fenwick", "Head Cheesemaker") in roles, roles
    assert not any("since" in title for _, title in roles), roles
    dated = [f for f in draft.data()["facts"] if "since March 2020" in f["text"]]
    assert dated and str(dated[0]["date"]) == "2020-03", draft.data()["facts"]


def test_a_dateline_abroad_reads_a_numeric_date_day_first_on_an_american_wire() -> None:
    draft = build_draft(
        "Kelso Looms wins an award\n\n"
        "HAWICK, Scotland (UK), 09/03/2026 /PRNewswire/ -- Kelso Looms, a weaving"
        " cooperative, today won a design award.\n"
    )
    assert str(draft.data()["source"]["date"]) == "2026-03-09", draft.data()["source"]


def test_a_common_ampersand_abbreviation_is_no_entity() -> None:
    draft = build_draft(
        "Velder Optics opens a lab\n\n"
        "LEIDEN, Netherlands, 2 June 2026 -- Velder Optics today opened a lens laboratory.\n\n"
        "R&D will move there in July. Velder Optics and its M&A advisers hosted a Q&A.\n"
    )
    names = {e["name"] for e in draft.data()["entities"]}
    assert not names & {"R&D", "M&A", "Q&A"}, names
    assert not any(re.fullmatch(r"r-d|m-a|q-a", e["id"]) for e in draft.data()["entities"])
